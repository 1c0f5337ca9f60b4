/**
 * Rows standing a column to the right of their headers, an empty cell put in before their figures
 * (a block pasted a column off, or an export's stray separator): told by how the row fits its
 * columns' usual kinds, figures under figures and words under words. The checks name such rows
 * (rules/common.ts movedRight) and the summary reads no figure of theirs, as none is where it
 * belongs.
 */
import { isFigure } from "./amountCells";
import type { TypedTable } from "./rows";
import { isBlank } from "./text";
import type { Cell } from "./types";

/** Kinds of a cell fitsLeftByOne (and runOnValues.ts) compares with its column's. */
export const FIT_BLANK = 0;
export const FIT_NUMBER = 1;
export const FIT_TEXT = 2;

export function fitKind(cell: Cell | undefined): number {
  if (isBlank(cell)) return FIT_BLANK;
  // (A share, `100%`, is a figure too.)
  return isFigure(cell) || (typeof cell === "string" && PERCENT.test(cell)) ? FIT_NUMBER : FIT_TEXT;
}

/** A share written with its sign. */
const PERCENT = /^\s*-?\d[\d.,]*\s*%\s*$/;

/** Rows of a table read for its columns' kinds. */
const FIT_ROWS = 500;

/** Per table, each column's usual kind (FIT_NUMBER or FIT_TEXT, FIT_BLANK when mostly empty or mixed). */
const usualKinds = new WeakMap<TypedTable, number[]>();

function usualKindsOf(t: TypedTable): number[] {
  let kinds = usualKinds.get(t);
  if (kinds) return kinds;
  kinds = columnKinds(t.matrix, t.firstDataRow, t.rowCount, (t.matrix[t.mapping.headerRow] ?? []).length);
  usualKinds.set(t, kinds);
  return kinds;
}

/**
 * The usual kind of each of the first `width` columns (FIT_NUMBER or FIT_TEXT, FIT_BLANK when mostly
 * empty or mixed), read from the rows `from` up to `to` (FIT_ROWS of them at most).
 */
export function columnKinds(
  matrix: readonly (readonly Cell[] | undefined)[],
  from: number,
  to: number,
  width: number,
): number[] {
  const counts = Array.from({ length: width }, () => [0, 0, 0]);
  let rows = 0;
  for (let r = from; r < to && rows < FIT_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells)) continue;
    rows++;
    for (let c = 0; c < width; c++) counts[c][fitKind(cells[c])]++;
  }
  // A kind on half the rows or more: a column's; fewer, it says nothing.
  return counts.map(([, n, x]) => (n * 2 >= rows ? FIT_NUMBER : x * 2 >= rows ? FIT_TEXT : FIT_BLANK));
}

/**
 * Does the loaded row fit its columns' usual kinds (figures under figures, words under words) better
 * by two or more, and `column` then hold a figure or nothing, once an empty cell left of `column`, in a
 * column usually filled, is taken out? Then its cells stand one column right of their headers.
 */
export function fitsLeftByOne(row: TypedTable, column: number): boolean {
  const cells = row.matrix[row.row] ?? [];
  // No empty cell left of `column`, nothing to take out: settled before the columns' kinds are read
  // (500 rows of the sheet, once a table: a text amount on a full row never pays for them).
  let empty = false;
  for (let c = column - 1; c >= 0 && !empty; c--) empty = isBlank(cells[c]);
  if (!empty) return false;
  const kinds = usualKindsOf(row);
  let gap = column - 1;
  while (gap >= 0 && !(isBlank(cells[gap]) && kinds[gap] !== FIT_BLANK)) gap--;
  if (gap < 0 || fitKind(cells[column + 1]) === FIT_TEXT) return false;
  let asIs = 0;
  let shifted = 0;
  // A cell of its column's kind counts one, a figure among words or words among figures minus one,
  // an empty cell nothing (a KPI's missing actual says nothing of where the row stands).
  const fit = (cell: Cell | undefined, kind: number) => {
    const k = fitKind(cell);
    return k === FIT_BLANK ? 0 : k === kind ? 1 : -1;
  };
  for (let c = gap; c < kinds.length; c++) {
    if (kinds[c] === FIT_BLANK) continue;
    asIs += fit(cells[c], kinds[c]);
    shifted += fit(cells[c + 1], kinds[c]);
  }
  return shifted - asIs >= 2;
}

/** Per table, per column, the texts of the two columns to its left (their rows', trimmed). */
const textsLeft = new WeakMap<TypedTable, Map<number, Map<string, number>>>();

/**
 * The texts the two columns left of `column` hold on their rows (trimmed), each with the column it is
 * in — the nearer one where both hold it. Read once per table and column.
 */
export function textsLeftOf(t: TypedTable, column: number): ReadonlyMap<string, number> {
  let byColumn = textsLeft.get(t);
  if (!byColumn) textsLeft.set(t, (byColumn = new Map()));
  let texts = byColumn.get(column);
  if (texts) return texts;
  texts = new Map();
  for (const c of [column - 1, column - 2]) {
    if (c < 0) continue;
    for (let r = t.firstDataRow; r < t.rowCount; r++) {
      const cell = t.matrix[r]?.[c];
      if (typeof cell === "string" && cell.trim() !== "" && !texts.has(cell.trim())) texts.set(cell.trim(), c);
    }
  }
  byColumn.set(column, texts);
  return texts;
}

/**
 * Does the loaded row stand a column right of its headers at `column` — its cell there words a
 * column to its left holds on other rows (`Nonprofit` under Committed, beside Sector), and the row
 * fitting its columns better an empty cell taken out (fitsLeftByOne)? A row whose amount is a remark
 * (`see MOU`) stands where it is: its other figures are its own (a reviewer's repro, $75,000 dropped).
 */
export function standsRight(t: TypedTable, column: number): boolean {
  const raw = t.matrix[t.row]?.[column];
  return typeof raw === "string" && fitsLeftByOne(t, column) && textsLeftOf(t, column).has(raw.trim());
}
