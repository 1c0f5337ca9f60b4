/**
 * The organisation identifier column a Partners mapping leaves unmapped but the check reads beside it
 * (`Recipient Org:Identifier`, `Tax ID`): compared with the Partner's names — or, where Excel rounded
 * most of its numbers (`3,26E+13`), compared with nothing. One reading for every door: `check` listed the
 * column "(compared with Partner)" while the task pane's editor offered it as "(ignore)".
 */
import { besideMapping } from "./ignoredColumns";
import { roundedIdentifiersIn, type RoundedIdentifiers } from "./roundedIdentifiers";
import { organisationIdAmong } from "./rules/rowIdentity";
import { PARTNERS } from "../schema";
import type { HeaderMapping, Matrix } from "./types";

/** The identifier column read beside a mapping: which of `mapping.unknown`, and what it is compared with. */
export interface IdentifierBeside<U> {
  /** The column, as `mapping.unknown` holds it. */
  readonly column: U;
  /** The tracker column its identifiers are compared with (Partner). */
  readonly with: string;
  /** Most of its values numbers Excel rounded: compared with nothing (roundedIdentifiersIn). */
  readonly rounded?: RoundedIdentifiers;
}

/**
 * The identifier column the check compares a Partners sheet's names with (organisationIdAmong), never one
 * the mapping leaves out on purpose (HeaderMapping.ignored); undefined for another tab or where there is none.
 */
export function identifierBeside(
  matrix: Matrix,
  mapping: HeaderMapping,
): IdentifierBeside<HeaderMapping["unknown"][number]> | undefined {
  if (mapping.tab !== PARTNERS.name) return undefined;
  const column = organisationIdAmong(besideMapping(mapping).unknown);
  if (column === undefined) return undefined;
  const rounded = roundedIdentifiersIn(matrix, mapping.headerRow, column.index);
  return { column, with: PARTNERS.col.partner.name, ...(rounded ? { rounded } : {}) };
}
