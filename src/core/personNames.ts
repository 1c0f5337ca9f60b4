/**
 * A donor list of people and organisations in one sheet: its Partner column an organisation's name
 * (`company_name`), blank on the rows of people, who are named in two columns beside it (`first_name`,
 * `last_name`) and marked as people (`donor_type` = Individual). On those rows the partner is the
 * person: `Colline Ryves`, not an empty name (a helper's round, real: a charity's donor ledger, 1,811
 * "company_name is empty — every row needs one" errors and 83 partners where some 700 gave, 91% of the
 * money from people). Read so by every door alike: TypedCells reads the sheet through withPersonNames.
 */
import { PARTNERS } from "../schema";
import { besideMapping } from "./ignoredColumns";
import { keyNamePart, namePart } from "./nameParts";
import { isBlank } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/** The key column and the person's name columns beside it, 0-based in the block's matrix. */
export interface PersonNameColumns {
  readonly key: number;
  readonly family: number;
  readonly given: number;
}

/**
 * The Partners key and the family and given name columns the mapping leaves beside it, when the key is
 * no half of a name itself (a name in two columns is read as one already: nameCompanions). Only bare
 * name headers count (`First Name`, not `Contact First Name`, the organisation's contact).
 */
export function personNameColumns(mapping: HeaderMapping): PersonNameColumns | undefined {
  if (mapping.tab !== PARTNERS.name) return undefined;
  const key = mapping.columns.find((c) => c.id === PARTNERS.col.partner.id);
  if (!key) return undefined;
  const headers = mapping.unknown.map((u) => u.header);
  if (keyNamePart(key.header, headers) !== undefined) return undefined;
  // Not a name the mapping leaves out on purpose (HeaderMapping.ignored): the user said not to read it.
  const read = besideMapping(mapping).unknown;
  const family = read.find((u) => namePart(u.header) === "family");
  const given = read.find((u) => namePart(u.header) === "given");
  return family && given ? { key: key.index, family: family.index, given: given.index } : undefined;
}

/**
 * A cell saying its row is a person's (a donor list's `donor_type`). Not `Private` alone: a directory's
 * sector, its contact no partner (a reviewer's repro).
 */
const PERSON_KIND = /^\s*(?:individuals?|person|private\s+(?:individual|person|donor)|natural\s+person|household)\s*$/i;

/**
 * `matrix` with the key cell of each person's row (key blank, a name beside it, a cell saying Individual)
 * holding the person's name, given then family; the rows so read are counted. The matrix itself is left
 * as it is: the rows read so are copies. Rows above `firstRow` (the header) are not read.
 */
export function withPersonNames(
  matrix: Matrix,
  firstRow: number,
  columns: PersonNameColumns,
): { readonly matrix: Matrix; readonly rows: number } {
  let out: (readonly Cell[])[] | undefined;
  let rows = 0;
  for (let r = firstRow; r < matrix.length; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || !isBlank(cells[columns.key])) continue;
    const name = [cells[columns.given], cells[columns.family]]
      .filter((c) => !isBlank(c))
      .map((c) => String(c).trim())
      .join(" ");
    if (name === "" || !cells.some((c) => typeof c === "string" && PERSON_KIND.test(c))) continue;
    const row = [...cells];
    row[columns.key] = name;
    out ??= [...matrix];
    out[r] = row;
    rows++;
  }
  return { matrix: out ?? matrix, rows };
}
