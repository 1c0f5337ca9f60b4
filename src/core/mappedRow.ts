/**
 * The header row a mapping by hand maps (mappingFromPairs): the first scanned row holding the most of
 * its headers. Split from mappingByHand.ts so that a hint offering headers to --map names them by the
 * same decision (asMapped).
 */
import { headerText } from "./headerMatch";
import { HEADER_SCAN_ROWS } from "./headerRowReading";
import { repeatedHeaderName } from "./repeatedHeaders";
import { isBlank, isBlankRow, normalizeHeader } from "./text";
import { groupedHeaders, mergedDown, titlesAlone } from "./twoHeaderRows";
import type { Matrix } from "./types";

/** How many of headers `keys` (normalised; `bases`, those named by place, `Department (2)`'s) row `r` holds. */
export function namedOn(matrix: Matrix, r: number, keys: readonly string[], bases: readonly (string | undefined)[]) {
  const have = new Set([
    ...matrix[r].map((c) => normalizeHeader(headerText(c))),
    ...groupedHeaders(matrix, r),
    ...groupedHeaders(matrix, r, 2),
    ...titlesAlone(matrix, r),
  ]);
  return keys.filter((k, i) => have.has(k) || (bases[i] !== undefined && have.has(bases[i]))).length;
}

/**
 * Of the first HEADER_SCAN_ROWS non-empty rows, the first holding the most of headers `keys` (-1 for
 * none) and how many it holds, the widest (the row a reader takes for the headers without any of them),
 * and the row the scan stopped at.
 */
export function pairsRow(
  matrix: Matrix,
  keys: readonly string[],
  bases: readonly (string | undefined)[],
): { row: number; most: number; widest: number; next: number } {
  let row = -1;
  let most = 0;
  let widest = -1;
  let widestFilled = 0;
  let r = 0;
  for (let scanned = 0; r < matrix.length && scanned < HEADER_SCAN_ROWS; r++) {
    if (!Array.isArray(matrix[r]) || isBlankRow(matrix[r])) continue;
    scanned++;
    const filled = matrix[r].filter((c) => !isBlank(c)).length;
    if (filled > widestFilled) [widest, widestFilled] = [r, filled];
    const n = namedOn(matrix, r, keys, bases);
    if (n > most) [row, most] = [r, n];
    // The same headers again on the next row, the row above's cells said again in the row under it: a
    // header merged down over two rows (a file's reader writes a merged cell's text in each of its
    // cells), sub-headers beside them under a group title — the lower row is the header's, the upper
    // its title line (a helper's round, real: Japan's NPO subsidies, the lower row told "the header row again").
    else if (n === most && n > 0 && r === row + 1 && mergedDown(matrix[row], matrix[r], keys)) row = r;
  }
  return { row, most, widest, next: r };
}

/**
 * The headers one --map command of a hint names together (`headers`), each as that command's mapping
 * takes it: by its place where the header row it maps (pairsRow) heads it over several columns, alike
 * as the mapping compares them (`Name` and `name`: `Name (1)`), else as written. Not by the row the hint
 * read them on: a workbook of stacked tables, row 21 heading `Grant amount` and `Grant amount %`, was
 * hinted `--map "Grant amount (1)=Committed"` where the command maps row 4's one `Grant amount`, and
 * followed it summed another sheet (the drift run, derived_stacked_tables). A bare header over two
 * columns is refused by the mapping (a helper's round nx, real: a youth co-operatives' directory,
 * `Organization Type, Name, name, …`, hinted `--map "Name=Partner"`). `read`: the row the hint read
 * them on; a header's `column` (or `index`, a matched column's) there, where the hint knows it.
 */
export function asMapped(
  matrix: Matrix,
  read: number,
  headers: readonly { readonly header: string; readonly index?: number; readonly column?: number }[],
): string[] {
  const keys = headers.map((h) => normalizeHeader(h.header));
  const { row, most } = pairsRow(matrix, keys, []);
  const cells = matrix[row];
  // (Not all on one of the first rows: the mapping says where they are, and maps none.)
  if (most < keys.length || !Array.isArray(cells)) return headers.map((h) => h.header);
  const normalized = cells.map((c) => (isBlank(c) ? "" : normalizeHeader(headerText(c))));
  return headers.map(({ header, index, column = index }, i) => {
    const all = normalized.flatMap((n, c) => (n === keys[i] ? [c] : []));
    if (all.length < 2) return header;
    // The column meant, where the row mapped is the row read; else the one written so (`Name`, not
    // `name`), the first where several are.
    const meant = row === read && column !== undefined ? all.indexOf(column) : -1;
    const place = meant >= 0 ? meant : all.findIndex((c) => headerText(cells[c]).trim() === header.trim());
    return repeatedHeaderName(header, place >= 0 ? place + 1 : 1);
  });
}
