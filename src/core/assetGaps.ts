import { ASSETS, type ColumnSpec } from "../schema";
import { mapBlocks } from "./blocks";
import { slotOf, TypedTable } from "./rows";
import { TrackerError, type Matrix } from "./types";

/**
 * GAPS over a user's Assets blocks: each asset whose Needed is above its Available, largest first.
 * Apart from summaries.ts, which adds up Partners: the two share no reading but the blocks'.
 */

export interface AssetGapRow {
  readonly asset: string;
  readonly category: string;
  readonly initiativeId: string;
  /** undefined when the cell is blank (counted as 0). */
  readonly available: number | undefined;
  readonly needed: number | undefined;
  readonly gap: number;
}

const A = {
  asset: slotOf(ASSETS, ASSETS.col.asset),
  category: slotOf(ASSETS, ASSETS.col.category),
  initiativeId: slotOf(ASSETS, ASSETS.col.initiativeId),
  available: slotOf(ASSETS, ASSETS.col.available),
  needed: slotOf(ASSETS, ASSETS.col.needed),
  gap: slotOf(ASSETS, ASSETS.col.gap),
};

/** The columns GAPS spills, in order. */
export const GAP_COLUMNS: readonly ColumnSpec[] = [
  ASSETS.col.asset,
  ASSETS.col.category,
  ASSETS.col.initiativeId,
  ASSETS.col.available,
  ASSETS.col.needed,
  ASSETS.col.gap,
];

/**
 * GAPS: assets whose gap (Needed minus Available, a blank Available counting as 0) is above 0,
 * largest first. A sheet with a Gap column but no Needed column is read through its Gap column.
 * Blocks side by side (SPEC rev 2) are each read with their own headers — one mapping over the
 * whole sheet took a Category from one block and the amounts from the other — and a block beside
 * them with neither Needed nor Gap (a lookup list, notes) is not an Assets block to list.
 */
export function assetGaps(matrix: Matrix): AssetGapRow[] {
  const blocks = mapBlocks(matrix, ASSETS.name).map((b) => new TypedTable(b.matrix, b.mapping, Object.values(A)));
  const withAmounts = blocks.filter((t) => t.present(A.needed) || t.present(A.gap));
  if (withAmounts.length === 0) {
    throw new TrackerError(
      "#N/A",
      `The range has no ${ASSETS.col.needed.name} column (nor ${ASSETS.col.gap.name}) — include it, with its header.`,
    );
  }
  const found = withAmounts.flatMap((t, block) => gapsOf(t).map((g) => ({ ...g, block })));
  // Largest first; among equal gaps, sheet order: by row, then the blocks left to right.
  found.sort((a, b) => b.gap.gap - a.gap.gap || a.row - b.row || a.block - b.block);
  return found.map((f) => f.gap);
}

/** One Assets block's gaps, each with its row in the sheet. */
function gapsOf(t: TypedTable): { gap: AssetGapRow; row: number }[] {
  const fromNeeded = t.present(A.needed);
  const rows: { gap: AssetGapRow; row: number }[] = [];
  t.forEachRow(() => {
    const available = t.has(A.available) ? t.num[A.available] : undefined;
    const needed = t.has(A.needed) ? t.num[A.needed] : undefined;
    let gap: number;
    if (fromNeeded) {
      gap = needed === undefined ? 0 : needed - (available ?? 0);
    } else {
      gap = t.has(A.gap) ? t.num[A.gap] : 0;
    }
    if (!(gap > 0)) return;
    rows.push({
      gap: {
        asset: t.text(A.asset),
        category: t.listValue(A.category) ?? t.text(A.category),
        initiativeId: t.text(A.initiativeId),
        available,
        needed,
        gap,
      },
      row: t.row,
    });
  });
  return rows;
}
