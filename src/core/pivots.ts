/**
 * Pivot tables on a user's sheet: a report of other data, not data. The command line finds them in
 * the file's parts, the task pane through Office.js; both leave their cells out with these and say
 * so in the same words, so a sheet reads the same through either door.
 */
import { columnLetter } from "../schema";
import type { Cell, Matrix } from "./types";

/** Where a pivot table sits, filter rows included: 1-based worksheet rows and columns, inclusive. */
export interface PivotArea {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A3:C20`. */
export function areaAddress(a: PivotArea): string {
  return `${columnLetter(a.left)}${a.top}:${columnLetter(a.right)}${a.bottom}`;
}

/** Why the pivot table is not checked, as `check` lists it under "Not checked" and the pane says it. */
export function pivotLeftOut(a: PivotArea): string {
  const where = areaAddress(a);
  return `a pivot table${a.name ? ` (${a.name}, ${where})` : ` (${where})`}: a summary of other data, not data to check`;
}

/**
 * The values with the pivot tables' cells emptied: a copy of the rows they touch, the others shared.
 * `firstRow` and `firstColumn` are the worksheet row and column of `values[0][0]` (1 when the values
 * start at A1, as the command line's do; the used range's corner in the task pane).
 */
export function withoutPivots(values: Matrix, areas: readonly PivotArea[], firstRow = 1, firstColumn = 1): Cell[][] {
  const out = values.slice() as Cell[][];
  for (const a of areas) {
    const top = Math.max(0, a.top - firstRow);
    const bottom = Math.min(out.length - 1, a.bottom - firstRow);
    for (let r = top; r <= bottom; r++) {
      const row = (out[r] = (out[r] ?? []).slice());
      const left = Math.max(0, a.left - firstColumn);
      const right = Math.min(row.length - 1, a.right - firstColumn);
      for (let c = left; c <= right; c++) row[c] = null;
    }
  }
  return out;
}
