import { isWithheld } from "./text";
import { KIND_NUMBER, OK } from "./cellStates";
import type { TypedTable } from "./rows";

/**
 * A `Total <name>` row that adds up only the rows above whose names are kept back (`Total withheld`
 * under `REDACTED`, `Withheld`, `Anonymous` rows among named partners): a total of that part of the
 * list, though not of the rows above — which is all RunningSums.addsUpAbove asks, so it was summed as
 * a partner and its money counted twice (a helper's round: `Total withheld,7000` under two withheld
 * rows of 3,000 and 4,000). Asked only at a `Total <name>` row that adds up nothing else (rows.ts
 * isTotalRow), never at every row: it reads the rows since the last Total row once.
 */

/** The label's words after its total word: `withheld` of `Total withheld`, `anonymous donors` of `Subtotal anonymous donors`. */
const AFTER_TOTAL_WORD = /^\s*(?:grand\s+|sub-?\s*)?totals?\s+(.+?)[\s:]*$/i;

/**
 * Does each amount the loaded row fills equal the sum of its column over the rows since the last
 * Total row (`totals`) whose key cell keeps the name back — two such rows at least, or one where the
 * label itself says so (`Total withheld`)? One withheld grant's figure equal to `Total Wine & More`'s
 * makes no total of it.
 */
export function addsUpWithheld(t: TypedTable, kind: Uint8Array, totals: ReadonlySet<number>, label: string): boolean {
  if (t.keySlot < 0) return false;
  const key = t.index[t.keySlot];
  const slots = t.slots;
  let sums: Float64Array | undefined;
  let withheld = 0;
  for (let r = t.row - 1; r >= t.firstDataRow && !totals.has(r); r--) {
    if (!isWithheld(t.matrix[r]?.[key] ?? null)) continue;
    sums ??= new Float64Array(t.state.length);
    let figures = false;
    for (let k = 0; k < slots.length; k++) {
      if (kind[slots[k]] !== KIND_NUMBER) continue;
      const v = t.numAt(r, slots[k]);
      if (Number.isFinite(v)) {
        sums[slots[k]] += v;
        figures = true;
      }
    }
    if (figures) withheld++;
  }
  if (sums === undefined || withheld === 0) return false;
  if (withheld < 2 && !isWithheld(AFTER_TOTAL_WORD.exec(label)?.[1] ?? "")) return false;
  let matched = 0;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k];
    if (kind[slot] !== KIND_NUMBER || t.state[slot] !== OK) continue;
    const sum = sums[slot];
    if (Math.abs(t.num[slot] - sum) > Math.max(0.005, Math.abs(sum) * 0.001)) return false;
    if (sum !== 0) matched++;
  }
  return matched > 0;
}
