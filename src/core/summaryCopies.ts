import type { SameRows } from "./sameRows";
import type { SameRowsOfBlock } from "./partnerSummary";

/**
 * Copies of earlier rows once SUMMARY's rows are read: each block's read as the check reads them
 * (SameRows.reading), and taken out of every figure where they are left out. Apart from summaries.ts
 * as they are read once, after its row loop; the loop only notes each copy (CopiedRow).
 */

/** A copy of an earlier row, with what it added: taken out of the figures where its block's copies are left out. */
export interface CopiedRow {
  readonly block: number;
  readonly id: number;
  readonly original: number;
  readonly g: { committed: number; received: number } | undefined;
  readonly partner: number;
  readonly committed: number;
  readonly received: number;
}

/** PartnerSummary.sameRows as the rows are read, then filled by readCopies. */
export interface SameRowsTally {
  rows: number;
  committed: number;
  received: number;
  of: number;
  leftOut: boolean;
  units: number | undefined;
  blocks: SameRowsOfBlock[];
}

/**
 * Copies of earlier rows read as the check reads them (SameRows.reading), each block's on its own:
 * left out of every figure where they are most of their block's rows, unless units bought at a
 * fixed amount. Fills `sameRows`; gives each block's reading. `rowOf`: a row id's 0-based row in its block.
 */
export function readCopies(
  sameRows: SameRowsTally,
  copiesOf: readonly SameRows[],
  copied: readonly CopiedRow[],
  rowOf: (id: number) => number,
): { readonly leftOut: boolean }[] {
  const byBlock = copiesOf.map((c, block) => ({
    block,
    ...c.reading(),
    rows: c.rows,
    of: c.of,
    committed: 0,
    received: 0,
  }));
  for (const c of copied) {
    byBlock[c.block].committed += c.committed;
    byBlock[c.block].received += c.received;
  }
  const withCopies = byBlock.filter((p) => p.rows > 0);
  sameRows.of = copiesOf.reduce((n, c) => n + c.of, 0);
  sameRows.rows = copiesOf.reduce((n, c) => n + c.rows, 0);
  sameRows.units = withCopies.find((p) => !p.leftOut && p.units !== undefined)?.units;
  sameRows.leftOut = withCopies.some((p) => p.leftOut);
  sameRows.blocks = withCopies.map(({ block, rows, of, committed, received, leftOut, units }) => ({
    block,
    rows,
    of,
    committed,
    received,
    leftOut,
    ...(units !== undefined ? { units } : {}),
    ...(leftOut
      ? {
          copies: copied
            .filter((c) => c.block === block)
            .map((c) => ({ row: rowOf(c.id), earlier: rowOf(c.original) })),
        }
      : {}),
  }));
  return byBlock;
}

/** Hidden rows that are copies of a block whose copies are left out: out of `hidden` and its sums. */
export function leaveHiddenCopiesOut(
  hidden: { rows: { block: number; row: number }[]; committed: number; received: number },
  hiddenCopies: readonly { id: number; block: number; committed: number; received: number }[],
  out: (block: number) => boolean,
): void {
  const gone = new Set(hiddenCopies.filter((c) => out(c.block)).map((c) => c.id));
  hidden.rows = hidden.rows.filter((_, i) => !gone.has(i));
  for (const c of hiddenCopies) {
    if (!out(c.block)) continue;
    hidden.committed -= c.committed;
    hidden.received -= c.received;
  }
}

/**
 * The copies of blocks whose copies are left out, taken out of the total, their groups and the
 * largest partner's share; `copyBeside` takes each out of the amounts beside Committed.
 */
export function leaveCopiesOut(
  copied: readonly CopiedRow[],
  out: (block: number) => boolean,
  total: { committed: number; received: number },
  shares: { of: Float64Array; total: number; own: number } | undefined,
  copyBeside: (c: CopiedRow) => void,
): void {
  for (const c of copied) {
    if (!out(c.block)) continue;
    total.committed -= c.committed;
    total.received -= c.received;
    copyBeside(c);
    if (c.g !== undefined) {
      c.g.committed -= c.committed;
      c.g.received -= c.received;
    }
    // The largest partner's share of the positive Committed, copies left out where SUMMARY leaves them.
    if (shares !== undefined && c.committed > 0) {
      shares.of[c.partner] -= c.committed;
      shares.total -= c.committed;
    }
  }
}
