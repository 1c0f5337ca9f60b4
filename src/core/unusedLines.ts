import { sameText } from "./notData";
import { isBlank, isBlankRow } from "./text";
import type { Cell } from "./types";
import type { RowKinds } from "./rowKinds";

/**
 * Rows with nothing in any tracker column that are as good as blank: a printed page's number, a
 * running total's step, a form's unused lines (unticked boxes, a value filled down, a running number
 * carried on). notData names them "empty". Apart from rows.ts as only rows with no tracker value are
 * asked, never a row of data.
 */

/** Is the row one whole number alone, a printed page's number (`22`)? */
export function pageNumber(cells: readonly Cell[]): boolean {
  let n: Cell = null;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (n !== null) return false;
    n = cell;
  }
  const v = typeof n === "number" ? n : typeof n === "string" ? Number(n.trim()) : NaN;
  return Number.isInteger(v) && v > 0 && v < 10_000;
}

/**
 * Does the row hold only what the row above holds (its group: `MINISTRY OF HEALTH`) and the next of
 * a running number (`2507` under `2506`)? A publication's blank line, numbered with the rest (a
 * helper's round, real: Ontario's transfer payments, two such rows "Organization is empty", exit 1).
 */
export function carriedOnly(t: RowKinds, cells: readonly Cell[]): boolean {
  const above = t.row - 1 > t.mapping.headerRow ? t.matrix[t.row - 1] : undefined;
  if (!Array.isArray(above)) return false;
  // (The running number is what tells the line from a label row repeating the one above: a helper's
  // drift check, real: a district plan's label row, named before, then left out unsaid.)
  let numbered = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    const was = above[i];
    const next = typeof cell === "number" && typeof was === "number" && Number.isInteger(was) && cell === was + 1;
    if (!next && cell !== was && !sameText(cell, was)) return false;
    numbered ||= next;
  }
  return numbered;
}

/**
 * Does the row, under the last named row, hold only its columns' one value, the one every row above
 * writes (`non`, `1` filled down past the data)? A form's unused lines (a helper's round, real: the
 * Mayenne's subsidies, two "nomBeneficiaire is empty" errors and "2 rows have no Partner name" for
 * lines with no money).
 */
export function defaultsOnly(t: RowKinds, cells: readonly Cell[], lastNamed: number): boolean {
  // Under the data only: amid it such a row is a label row, named (`HEALTH` alone among HEALTH's rows).
  if (t.row <= lastNamed) return false;
  // Filled down, so right under the rows above: past a blank row it is something else, to name (a
  // helper's round, real: Japan's subsidies to public-interest bodies, the list behind two columns'
  // dropdowns under the grants; under a one-line header its first row `公財 | 国認定`, what every
  // grant above says, was named nowhere, the rows after it notes).
  // (Any row past that blank row: the second of two such lines was dropped unsaid, a reviewer's repro.)
  for (let r = t.row - 1; r > lastNamed; r--) if (isBlankRow(t.matrix[r] ?? [])) return false;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    filled++;
    let seen = 0;
    for (let r = t.row - 1; r > t.mapping.headerRow && seen < DEFAULTS_LOOKED_AT; r--) {
      const was = t.matrix[r]?.[i];
      if (isBlank(was)) continue;
      if (was !== cell && !sameText(cell, was)) return false;
      seen++;
    }
    if (seen < 2) return false;
  }
  return filled > 0;
}

/** How many rows above defaultsOnly compares a value with. */
const DEFAULTS_LOOKED_AT = 200;

/** Are the row's figures all under headers saying a running total (`Running Total of …`, `Cumulative …`)? */
export function runningTotalsOnly(t: RowKinds, cells: readonly Cell[]): boolean {
  const head = t.matrix[t.mapping.headerRow] ?? [];
  return cells.every((cell, i) => isBlank(cell) || /running|cumulative/i.test(String(head[i] ?? "")));
}

/**
 * Are the row's filled cells unticked checkboxes alone (FALSE), beside its line number at most? A
 * template's unused lines, their boxes and numbers copied down (a helper's round, real: Austin's
 * recommendations tracker, 82 "Program is empty", and 42 more on its template sheet).
 */
export function untickedOnly(cells: readonly Cell[]): boolean {
  let unticked = 0;
  let numbers = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell === "number" && Number.isInteger(cell) && ++numbers === 1) continue;
    if (cell !== false && !(typeof cell === "string" && /^\s*false\s*$/i.test(cell))) return false;
    unticked++;
  }
  return unticked > 0;
}
