import { LISTS } from "../schema";
import { CONTRIBUTION_FUNDING } from "./rules/vocabulary";
import { matchList } from "./listLookups";
import type { Cell } from "./types";

/**
 * Partners whose Contribution is no money — In-kind, Services, Expertise or Data, the tracker's own list
 * (SPEC: Partners' Contribution; only Funding with Committed empty is an error) — are no partners "given
 * nothing, declined or not yet decided?" when they have no amount: they were asked for none. SUMMARY's
 * rows record each named row's partner (by its first row's id) where a block has the column; after
 * them, only the rows of partners left without money are read here.
 */
export interface GivenOtherwise {
  /** Partners with no money whose Contribution says another kind on one of their rows. */
  readonly partners: number;
  /** The kinds said, in the list's order (`In-kind`, `Services`). */
  readonly kinds: readonly string[];
}

/** The listed Contribution a cell names when it is no Funding, else undefined. */
function otherKind(cell: Cell | undefined): string | undefined {
  if (typeof cell !== "string" || cell === "") return undefined;
  const value = matchList("contribution", cell.trim())?.value;
  return value === undefined || value === CONTRIBUTION_FUNDING ? undefined : value;
}

/**
 * Marks in `otherwise` (by first row id) the partners `without` says have no money whose rows name a
 * Contribution other than Funding. `partnerOf[id]`: row id's partner (0: no named partner on the row);
 * `cellOf(id)`: the row's Contribution cell (undefined where its block has none).
 */
export function givenOtherwise(
  partnerOf: Int32Array,
  without: (partner: number) => boolean,
  cellOf: (id: number) => Cell | undefined,
): { otherwise: Uint8Array; said: GivenOtherwise } | undefined {
  const otherwise = new Uint8Array(partnerOf.length);
  const kinds = new Set<string>();
  let partners = 0;
  for (let id = 1; id < partnerOf.length; id++) {
    const p = partnerOf[id];
    if (p === 0 || otherwise[p] === 1 || !without(p)) continue;
    const kind = otherKind(cellOf(id));
    if (kind === undefined) continue;
    otherwise[p] = 1;
    kinds.add(kind);
    partners++;
  }
  if (partners === 0) return undefined;
  return { otherwise, said: { partners, kinds: LISTS.contribution.values.filter((v) => kinds.has(v)) } };
}
