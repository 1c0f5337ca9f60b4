import type { Cell, Matrix } from "./types";

/**
 * A row describing each column (a data dictionary's line under its headers: `The total cost of the
 * project estimated at the point in time of the reporting` under Budget Forecast) stands out from the
 * data under it: there, the same columns hold figures. Where the rows under it put words in those
 * columns too, the sheet writes its amounts as words — each row a record, the first one included (corpus
 * round hn, real: a city's candidate funding sources, `Approx. $155 million/year for Muni if passed` over
 * `Not fully specified; …` in every row, its first two sources left out "as the header row's second line").
 */

/** How many rows under a row are looked at for a figure (the NYC dashboard's: a notes row, then data). */
const ROWS_LOOKED_AT = 6;

/** A figure or a date where one goes: a number, or text that starts with one (`$1,200`, `3/1/2024`). */
function isFigure(cell: Cell): boolean {
  return typeof cell === "number" || (typeof cell === "string" && /^\W*\d/.test(cell));
}

/**
 * Has one of the rows under `row` (the next ROWS_LOOKED_AT) a figure in one of `columns` — the columns
 * where `row` holds a sentence? Then `row` describes the columns; otherwise it is a record like the rest.
 */
export function figuresFollow(matrix: Matrix, row: number, columns: readonly number[]): boolean {
  const end = Math.min(matrix.length, row + 1 + ROWS_LOOKED_AT);
  for (let r = row + 1; r < end; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells)) continue;
    for (const c of columns) if (isFigure(cells[c])) return true;
  }
  return false;
}
