import { headerCurrency, headerScale } from "./currencyWords";
import { isBlank } from "./text";
import type { Cell, Matrix } from "./types";

/*
 * What the lines above a header row say of the amounts under it: the multiple and the currency a
 * report's title (`Net current expenditure (£ thousand)`) or a group's title (`IMPORTI (€)`) names,
 * read once per table (saidAbove), and the header cell that is a unit alone (UNITS_ONLY).
 */

/** A header cell that is a unit alone: `($ Millions)`, `(in thousands)`, `£000s`, `(€ m)`. */
export const UNITS_ONLY =
  /^\s*\(?\s*(?:in\s+)?(?:[$£€]\s*)?(?:thousands?|millions?|billions?|'?000s?|m|mn|bn|k)(?:\s+of\s+(?:dollars|pounds|euros))?\s*\)?\s*$/i;

/** How far above the header row a title saying the amounts' currency or multiple is looked for. */
export const TITLE_ROWS = 10;

/**
 * The last column a cell of a row above the header speaks for, `c` its column: a group's title (a row
 * of several, `RCR (n) | IMPORTI (€) | CANTIERI`, each over the columns up to the next — filled across
 * them where merged) to the column before the next cell holding another text; a title line (its row's
 * one text, or a text in its first column) for all (Infinity).
 */
function groupEnd(row: readonly Cell[], c: number): number {
  if (c === 0) return Infinity;
  const cell = row[c];
  let before = false;
  for (let k = 0; k < c && !before; k++) before = !isBlank(row[k]) && row[k] !== cell;
  for (let k = c + 1; k < row.length; k++) {
    if (!isBlank(row[k]) && row[k] !== cell) return k - 1;
  }
  return before ? row.length : Infinity;
}

/** The last row above `top` that is neither blank nor a text alone (a title line); -1 for none. */
function lastNonTitleAbove(matrix: Matrix, top: number): number {
  for (let r = top - 1; r >= 0; r--) {
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    let filled = 0;
    for (const cell of row) {
      if (isBlank(cell)) continue;
      if (typeof cell !== "string" || ++filled > 1) return r;
    }
  }
  return -1;
}

/** What the lines above a header say of one column's figures (saidAbove): the row -1 where none says. */
export interface SaidAbove {
  readonly scale: number;
  readonly scaleRow: number;
  readonly code: string;
  readonly codeRow: number;
}

/**
 * The multiple and the currency the nearest title above a table's header row (`top`, its first line)
 * says for each of `columns` (matrix indexes of amount columns): a report's title speaks for all its
 * amount columns (`Net current expenditure (£ thousand)`), a group's title for those under it alone
 * (groupEnd). The nearest line saying one speaks; the rest do not.
 */
export function saidAbove(matrix: Matrix, top: number, columns: readonly number[]): SaidAbove[] {
  const said = columns.map(() => ({ scale: 1, scaleRow: -1, code: "", codeRow: -1 }));
  let done = false; // the nearest title saying a multiple or a currency speaks; the rest do not
  // The rows just above the header row; then, for a table further down with nothing between but
  // title lines, the sheet's own first rows, whose unit line speaks for it (a drift check, real:
  // Baltimore's capital plan, "Amounts in Thousands" on row 4, lost with --header-row 21: $5,200 for
  // $5.2M). Another table between may have its own (reviewers' repros: a list in dollars under a
  // budget "(in thousands)", × 1,000 — whether its title or a line of its own says so).
  const above = Array.from({ length: Math.min(top, TITLE_ROWS) }, (_, i) => top - 1 - i);
  const below = lastNonTitleAbove(matrix, top);
  const sheetTop = Array.from({ length: Math.max(0, Math.min(TITLE_ROWS, top - TITLE_ROWS)) }, (_, i) => i).filter(
    (r) => r > below,
  );
  for (const r of [...above, ...sheetTop]) {
    if (done) break;
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string" || cell.length > 200) continue;
      const scale = headerScale(cell);
      const code = headerCurrency(cell);
      if (scale === 1 && code === "") continue;
      // A group's title over some columns (`IMPORTI (€)` over three amounts, `RCR (n)` and `CANTIERI`
      // beside it: corpus round fk, real, Italy's earthquake reconstruction) speaks for the columns
      // under it alone; a title line, for all.
      const last = groupEnd(row, c);
      let spoke = false;
      columns.forEach((column, k) => {
        if (column < c || column > last) return;
        if (scale !== 1 && said[k].scaleRow < 0) [said[k].scale, said[k].scaleRow] = [scale, r];
        if (code !== "" && said[k].codeRow < 0) [said[k].code, said[k].codeRow] = [code, r];
        spoke = true;
      });
      if (last === Infinity) {
        done = true;
        break;
      }
      done ||= spoke;
    }
  }
  return said;
}
