import { isFigure } from "./amountCells";
import { cellText, isBlank, isBlankRow } from "./text";
import type { Cell } from "./types";

/**
 * A sheet that goes on with the table of the sheet before it, without a header row of its own: a
 * printed report converted page by page repeats its title lines on each page and its column headers on
 * the first only (a helper's round, real: a town council's payments over £250, `Page 2` holding 33 of
 * the quarter's 72 payments — £147,722 of £280,677 — summed as nothing, the sheet "not checked").
 * Told by the title lines above the first sheet's header row, repeated over the other's first rows.
 */

/**
 * The rows of `cells` that repeat the title lines above the header row of `base` (`headerRow`, 0-based):
 * the first data row's index in `cells`, or -1 when `cells` does not go on with that table. The title
 * lines must say something (one filled row at least) and be repeated cell for cell, and the row under
 * them must be data: filled, and not the header row again (a sheet with its own header is read so).
 */
export function continuedFrom(base: readonly (readonly Cell[])[], headerRow: number, cells: readonly Cell[][]): number {
  if (headerRow === 0)
    return sameShape(base[1] ?? [], cells[0] ?? []) && !sameRow(cells[0] ?? [], base[0] ?? []) ? 0 : -1;
  if (headerRow < 1 || cells.length <= headerRow) return -1;
  let said = false;
  for (let r = 0; r < headerRow; r++) {
    const above = base[r] ?? [];
    const here = cells[r] ?? [];
    if (!sameRow(above, here)) return -1;
    said ||= !isBlankRow(above);
  }
  const first = cells[headerRow];
  if (!said || isBlankRow(first) || sameRow(first, base[headerRow] ?? [])) return -1;
  // Data under the table's columns: nothing right of the header row's last heading.
  const header = base[headerRow] ?? [];
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1])) width--;
  for (let c = width; c < first.length; c++) if (!isBlank(first[c])) return -1;
  // And a figure where the table's first row has one: a header row of its own that maps to nothing
  // (`Applicant | Amount requested`), or a sheet of notes under the same titles, has none (a reviewer's
  // repro: a "Not funded" sheet's header read as a partner, its bids summed with the grants).
  // (The table's first row with a figure: under a header wrapped onto a second line, `Unrecoverabl` /
  // `e VAT`, that line has none — real: Sutton's payments, its Page 2 then "not checked" unsaid.)
  const under = firstWithFigure(base, headerRow + 1);
  if (!under.some((cell, c) => isFigure(cell) && isFigure(first[c]))) return -1;
  return headerRow;
}

/**
 * Without title lines (the header on the first page alone, row 1): a sheet whose first row is filled in
 * the cells the table's first row is, figures where it has figures, two at least — a page of the same
 * list (a helper's round: a converted grants list, Page2 and Page3 headerless, $405,000 of $409,000
 * left out of the summary unsaid).
 */
function sameShape(under: readonly Cell[], first: readonly Cell[]): boolean {
  const n = Math.max(under.length, first.length);
  let filled = 0;
  let figures = 0;
  for (let c = 0; c < n; c++) {
    if (isBlank(under[c]) !== isBlank(first[c]) || isFigure(under[c]) !== isFigure(first[c])) return false;
    if (!isBlank(under[c])) filled++;
    if (isFigure(under[c])) figures++;
  }
  return filled >= 2 && figures >= 1;
}

/** The first of the rows from `from` (six at most) holding a figure, or an empty row. */
function firstWithFigure(rows: readonly (readonly Cell[])[], from: number): readonly Cell[] {
  for (let r = from; r < Math.min(rows.length, from + 6); r++) if ((rows[r] ?? []).some(isFigure)) return rows[r];
  return [];
}

/** Do two rows hold the same text in the same cells? */
function sameRow(a: readonly Cell[], b: readonly Cell[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let c = 0; c < n; c++) {
    const x = isBlank(a[c]) ? "" : cellText(a[c]).trim();
    const y = isBlank(b[c]) ? "" : cellText(b[c]).trim();
    if (x !== y) return false;
  }
  return true;
}

/** Rows of each sheet looked at to tell whether their columns line up. */
const ROWS_COMPARED = 200;

/**
 * Do the rows of `cells` from `first` on hold figures where the table's rows under `headerRow` do, in
 * each of `columns`? A page converted apart may lose an empty column, its amounts then under the
 * next heading (real: the same council's `Page 2`, its amounts in E under Page 1's category column).
 */
export function columnsLineUp(
  base: readonly (readonly Cell[])[],
  headerRow: number,
  cells: readonly (readonly Cell[])[],
  first: number,
  columns: readonly number[],
): boolean {
  return columns.every((c) => {
    const above = figureShare(base, headerRow + 1, c);
    const here = figureShare(cells, first, c);
    return above === undefined || here === undefined || Math.abs(above - here) <= 0.5;
  });
}

/** The share of figures among the filled cells of column `c` from row `from` on (undefined: none filled). */
function figureShare(rows: readonly (readonly Cell[])[], from: number, c: number): number | undefined {
  let filled = 0;
  let figures = 0;
  for (let r = from; r < Math.min(rows.length, from + ROWS_COMPARED); r++) {
    const cell = rows[r]?.[c];
    if (isBlank(cell)) continue;
    filled++;
    if (isFigure(cell)) figures++;
  }
  return filled === 0 ? undefined : figures / filled;
}
