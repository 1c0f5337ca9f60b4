import type { TypedTable } from "./rows";
import { trimCaseKey } from "./text";

/**
 * Tables side by side on one sheet that list the same partners: a report's recap of one kind of
 * funding beside its recap of all funding (a helper's round, real: NHMRC's 2013 "Administering
 * Institutions" sheet, Table 4's competitive grants beside Table 5's all funding, the same
 * institutions — summed together, $1.57bn for the $809.8M of Table 5's own Total row). Or a year's
 * table beside the next year's, the same partners in both: only the reader can tell, so both are summed
 * and the summary says each table's total.
 */

/** A share of the smaller table's partners found in the other, at least, for the two to restate. */
const SAME_PARTNERS = 0.8;

/** The fewest partners a table names for its list to be compared (two names alike are no restatement). */
const FEWEST_PARTNERS = 3;

/** One block's partners (as compared: case and outer spaces aside) and its Committed total. */
export interface BlockTally {
  readonly partners: ReadonlySet<string>;
  readonly committed: number;
}

/** A block beside another listing the same partners: the one adding up to less (`block`), and the other. */
export interface RestatedBlock {
  /** Its index among the blocks given. */
  readonly block: number;
  /** The block summed in its place. */
  readonly keptBlock: number;
  /** Its partners, and how many of them the kept block names too. */
  readonly partners: number;
  readonly shared: number;
  /** Its Committed total, and the kept block's. */
  readonly committed: number;
  readonly keptCommitted: number;
}

/**
 * Of blocks side by side (`beside`: the same number for blocks of one sheet, undefined for a block on
 * its own), the pairs listing the same partners: the smaller list's partners SAME_PARTNERS in the other,
 * each pair once, the block adding up to less first (the later, when equal). `tally` reads a block once.
 */
export function restatedBlocks(
  beside: readonly (number | undefined)[],
  tally: (block: number) => BlockTally,
): RestatedBlock[] {
  const groups = new Map<number, number[]>();
  beside.forEach((group, b) => {
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), b]);
  });
  const left: RestatedBlock[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const tallies = new Map(members.map((b) => [b, tally(b)] as const));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        const [ta, tb] = [tallies.get(a)!, tallies.get(b)!];
        const [small, large] = ta.partners.size <= tb.partners.size ? [ta, tb] : [tb, ta];
        if (small.partners.size < FEWEST_PARTNERS) continue;
        let shared = 0;
        for (const name of small.partners) if (large.partners.has(name)) shared++;
        if (shared < small.partners.size * SAME_PARTNERS) continue;
        const [kept, dropped] = tb.committed > ta.committed ? [b, a] : [a, b];
        left.push({
          block: dropped,
          keptBlock: kept,
          partners: tallies.get(dropped)!.partners.size,
          shared,
          committed: tallies.get(dropped)!.committed,
          keptCommitted: tallies.get(kept)!.committed,
        });
      }
    }
  }
  return left;
}

/** A block's tally from its own TypedTable (a fresh one: its rows are read here and nowhere else). */
export function tallyOf(table: TypedTable, partnerSlot: number, committedSlot: number): BlockTally {
  const partners = new Set<string>();
  let committed = 0;
  table.forEachRow(() => {
    if (table.has(partnerSlot)) partners.add(trimCaseKey(table.text(partnerSlot)));
    if (table.has(committedSlot)) committed += table.num[committedSlot] * table.scale[committedSlot];
  });
  return { partners, committed };
}
