import { isWithheld, trimmed } from "./text";
import { KIND_NUMBER, OK } from "./cellStates";
import type { RowKinds } from "./rowKinds";
import { sameFigure } from "./subtotals";

/**
 * A `Total <name>` row that adds up a part of the rows above it, not all of them — the rows whose names
 * are kept back (`Total withheld` under `REDACTED`, `Withheld`, `Anonymous` rows among named partners),
 * or a group's rows (`Total Business` under rows whose Sector is Business; `Total Parks` under rows a
 * department column says Parks of). RunningSums.addsUpAbove asks only whether it adds up all the rows
 * since the last total, so such a row was summed as a partner and its money counted twice (a helper's
 * round: `Total withheld,7000` under two withheld rows of 3,000 and 4,000). Asked only at a `Total
 * <name>` row that adds up nothing else (rows.ts isTotalRow) and of the last Total's message
 * (validate.ts totalApart), never at every row.
 */

/** A part of the rows above a Total: those with a withheld key (`column` -1), or naming its group in `column`. */
export interface PartSum {
  readonly column: number;
  /** The group's name as the first of its rows writes it (`Business`); "" for the withheld rows. */
  readonly value: string;
  /** Its rows with a figure in one of the slots summed. */
  readonly rows: number;
  /** Per slot summed (partSums' `slots`, in that order), the part's sum. */
  readonly sums: Float64Array;
}

/**
 * How many rows above a `Total <name>` addsUpPart reads at most: a list whose businesses are called
 * `Total …` on many rows (`Total Wine & More`, a ledger's) is not read whole at each.
 */
const PART_ROWS_BACK = 1000;

/** The label's words after its total word: `withheld` of `Total withheld`, `Parks` of `Subtotal Parks:`. */
const AFTER_TOTAL_WORD = /^\s*(?:grand\s+|sub-?\s*)?totals?\s+(.+?)[\s:]*$/i;

/** A group's name as a label and a cell are compared: trimmed, one space, lower-cased. */
function nameKey(text: string): string {
  return trimmed(text).replace(/\s+/g, " ").toLowerCase();
}

/**
 * The parts of rows [from, to) (none in `skip`) a Total labelled `label` may add up, each summed over
 * `slots`: the rows whose key is withheld, and per column the rows whose cell there says the label's
 * name (`Business` of `Total Business`).
 */
export function partSums(
  t: RowKinds,
  slots: readonly number[],
  from: number,
  to: number,
  label: string,
  skip?: ReadonlySet<number>,
): PartSum[] {
  const key = t.keySlot < 0 ? -1 : t.index[t.keySlot];
  const after = AFTER_TOTAL_WORD.exec(label)?.[1];
  const name = after === undefined ? "" : nameKey(after);
  const initial = name.charCodeAt(0) | 32;
  const parts = new Map<number, { value: string; rows: number; sums: Float64Array }>();
  const add = (column: number, value: string, figures: Float64Array, filled: boolean) => {
    let part = parts.get(column);
    if (!part) parts.set(column, (part = { value, rows: 0, sums: new Float64Array(slots.length) }));
    for (let k = 0; k < slots.length; k++) part.sums[k] += figures[k];
    if (filled) part.rows++;
  };
  const figures = new Float64Array(slots.length);
  for (let r = from; r < to; r++) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells) || skip?.has(r)) continue;
    const withheld = key >= 0 && isWithheld(cells[key] ?? null);
    let named = -1;
    if (name !== "") {
      for (let c = 0; c < cells.length && named < 0; c++) {
        const cell = cells[c];
        // (Its length first: a cell of other words is passed over without a copy made of it.)
        if (typeof cell !== "string" || cell.length < name.length || cell.length > name.length + 8) continue;
        // (And its first letter, where no space leads: `Total Wine & More` above `Total Wine & More`.)
        const first = cell.charCodeAt(0);
        if (first > 32 && (first | 32) !== initial && first < 128) continue;
        if (nameKey(cell) === name) named = c;
      }
    }
    if (!withheld && named < 0) continue;
    let filled = false;
    for (let k = 0; k < slots.length; k++) {
      const v = t.numAt(r, slots[k]);
      figures[k] = Number.isFinite(v) ? v : 0;
      filled ||= Number.isFinite(v);
    }
    if (withheld) add(-1, "", figures, filled);
    if (named >= 0) add(named, trimmed(cells[named] as string), figures, filled);
  }
  return [...parts].map(([column, p]) => ({ column, ...p }));
}

/**
 * Does each amount the loaded row fills equal the sum of its column over a part of the rows since the
 * last Total row (`totals`): its group's, two rows at least; or the withheld rows, two at least, or one
 * where the label itself says so (`Total withheld`)? One row's figure equal to `Total Wine & More`'s
 * makes no total of it.
 */
export function addsUpPart(t: RowKinds, kind: Uint8Array, totals: ReadonlySet<number>, label: string): boolean {
  let from = t.row;
  const oldest = Math.max(t.firstDataRow, t.row - PART_ROWS_BACK);
  while (from > oldest && !totals.has(from - 1)) from--;
  const slots: number[] = [];
  for (const slot of t.slots) if (kind[slot] === KIND_NUMBER && t.state[slot] === OK) slots.push(slot);
  if (slots.length === 0) return false;
  const saysWithheld = isWithheld(AFTER_TOTAL_WORD.exec(label)?.[1] ?? "");
  return partSums(t, slots, from, t.row, label).some((part) => {
    if (part.rows < (part.column < 0 && saysWithheld ? 1 : 2)) return false;
    let matched = 0;
    for (let k = 0; k < slots.length; k++) {
      const sum = part.sums[k];
      if (!sameFigure(t.num[slots[k]], sum)) return false;
      if (sum !== 0) matched++;
    }
    return matched > 0;
  });
}

/** `the 2 rows whose Partner is withheld`, `the 2 rows whose Sector is "Business"`: a part, as a message names it. */
export function partWords(t: RowKinds, part: PartSum): string {
  const them = part.rows === 1 ? "the row" : `the ${part.rows} rows`;
  if (part.column < 0) return `${them} whose ${t.header[t.keySlot]} is withheld`;
  const header = trimmed(String(t.matrix[t.mapping.headerRow]?.[part.column] ?? ""));
  return header === "" ? `${them} saying "${part.value}"` : `${them} whose ${header} is "${part.value}"`;
}
