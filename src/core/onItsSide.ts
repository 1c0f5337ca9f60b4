/**
 * A table on its side (onItsSide): its items across its first row, what is said of each down its first
 * column, one column per item — a KPI or budget table kept "one column per measure". No mapping reads it:
 * a tracker's rows are its items. Read only where no header row was found (noHeaderError).
 */
import { TABS } from "../schema";
import { coerceNumber } from "./amountCells";
import { moneyInWords } from "./closestTab";
import { matchHeader } from "./headerMatch";
import { cellText, isBlank, isBlankRow } from "./text";
import type { Cell, Matrix } from "./types";

/** What the no-header message says of a table on its side (the CLI's hint reads it: no --map turns it). */
export const ON_ITS_SIDE = "a table on its side";

/** Rows under the top row read: a table on its side has a row per figure said of its items, a few. */
const SIDE_ROWS = 30;

/** A figure, as a number or as text (`185768345`, `1.234,5`). */
function figure(cell: Cell): boolean {
  return typeof cell === "number" || (typeof cell === "string" && coerceNumber(cell) !== undefined);
}

/** Does a label read as the header of a tracker column (`importo_erogato`: Received), or say money in words? */
function readsAsHeader(label: string): boolean {
  return TABS.some((t) => matchHeader(t, label) !== undefined) || moneyInWords(label);
}

/**
 * Is the table from `row` on its side — its items across `row` (words, not figures, none a tracker
 * header), under them in its first column labels (words, each once) half of which at least read as a
 * tracker column's header or say money (`importo_finanziamento`, `importo_erogato`), two at least, and
 * on each labelled row figures across? Its items and its labels when it is; else undefined. A header row
 * with data under it has names, not headers, down its first column: never so read.
 */
export function onItsSide(
  matrix: Matrix,
  row: number,
): { readonly items: readonly string[]; readonly labels: readonly string[] } | undefined {
  const top = matrix[row] ?? [];
  const items: string[] = [];
  for (let c = 1; c < top.length; c++) {
    const cell = top[c];
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || figure(cell) || readsAsHeader(cell)) return undefined;
    items.push(cell.trim());
  }
  if (items.length < 2) return undefined;
  const labels: string[] = [];
  let read = 0;
  for (let r = row + 1; r < matrix.length && r <= row + SIDE_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    const label = cells[0];
    if (typeof label !== "string" || isBlank(label) || figure(label)) return undefined;
    const text = label.trim();
    if (labels.includes(text)) return undefined;
    // Figures across: each item's cell on the row a figure, or blank.
    let figures = 0;
    for (let c = 1; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      if (!figure(cells[c])) return undefined;
      figures++;
    }
    if (figures < 2) return undefined;
    labels.push(text);
    if (readsAsHeader(text)) read++;
  }
  // More rows than read: a long list, no table on its side.
  for (let r = row + SIDE_ROWS + 1; r < matrix.length; r++) {
    if (Array.isArray(matrix[r]) && !isBlankRow(matrix[r])) return undefined;
  }
  if (labels.length < 2 || read < 2 || read * 2 < labels.length) return undefined;
  return { items, labels: labels.map((l) => cellText(l)) };
}
