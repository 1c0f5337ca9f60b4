import { isUnitCell } from "./currencyWords";
import { isBlank, isPlaceholder } from "./text";
import type { Cell, Matrix } from "./types";

/**
 * The header's further lines under the header row: a row of sub-names (`ennuste` under `Kustannus-`)
 * and a row of units (`1000 €`), as planning workbooks head their figures (a helper's round, real:
 * Helsinki's capital programmes, whose units cell was summed as €1,000 a sheet and whose sub-names
 * were "Kohde is empty" errors). They are the header's, not data: TypedTable leaves them out as "the
 * header row's second line", and a unit they say (`1000 €`) speaks for the column's figures.
 */

/** How many rows under the header row can be its further lines. */
const MOST_LINES = 2;

/** Units of area and volume (`m2`, `€ / m2`, `km²`): their digits are no figures. */
const SQUARE_OR_CUBIC = /(?<![\p{L}\d])(?:k|c)?m[23²³](?![\p{L}\d])/gu;

/** A footnote's number after a header's words (`± VI 6)`, `Total 2)`): no figure. */
const FOOTNOTE_MARK = /\s\d{1,2}\)$/;

/** A year heading a column's line (`2023` under `Työvaihe`): written as a number or as text. */
const YEAR = /^(?:19|20)\d{2}$/;

/** A cell of a rule line: dashes, equals signs or underscores, two at least (`---------`, `=====`). */
const RULE = /^\s*(?:-{2,}|={2,}|_{2,}|[–—]{2,})\s*$/;

/**
 * A rule line under the header row (`---------;------------;------`), as SQL*Plus and other database
 * exports write one under their column names: every filled cell a rule, two cells at least (a helper's
 * round, real: Amsterdam's subsidy register, its rule line counted as an applicant, "expected an
 * amount" twice). The header's, as a line of units is.
 */
export function isRuleLine(cells: readonly Cell[] | undefined): boolean {
  if (!Array.isArray(cells)) return false;
  let rules = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || !RULE.test(cell)) return false;
    rules++;
  }
  return rules >= 2;
}

/**
 * How many rows directly under `headerRow` continue it: a rule line (isRuleLine), then further lines. Each one has nothing in the key column, two
 * filled cells or more, each under a header (or a merged title's span) but one at most, each words without figures, a year, or a unit — and at
 * least one of them in a mapped column of amounts or dates, where a word cannot be a value, and none
 * in the block's other mapped columns. A placeholder (`TBD`) is a value: a row holding one is data.
 */
export function headerLinesUnder(
  matrix: Matrix,
  headerRow: number,
  keyColumn: number,
  valueColumns: ReadonlySet<number>,
  mappedColumns: ReadonlySet<number>,
): number {
  const head = matrix[headerRow] ?? [];
  if (isRuleLine(matrix[headerRow + 1])) {
    return 1 + linesUnder(matrix, headerRow + 1, head, keyColumn, valueColumns, mappedColumns, MOST_LINES - 1);
  }
  // A blank row, or one that only repeats the header above it (a title merged down over two rows,
  // as a statistics office heads its tables), continues the header when a line of units follows
  // (a helper's round, real: a Swiss federal table — its `%` row read as data, and every year's
  // row under its `Total` section label then as a note).
  const next = matrix[headerRow + 1];
  if (Array.isArray(next) && (keyColumn < 0 || isBlank(next[keyColumn])) && onlyRepeatsHeader(next, head)) {
    const more = linesUnder(matrix, headerRow + 1, head, keyColumn, valueColumns, mappedColumns, MOST_LINES - 1);
    if (more > 0) return 1 + more;
  }
  return linesUnder(matrix, headerRow, head, keyColumn, valueColumns, mappedColumns, MOST_LINES);
}

/** headerLinesUnder's rows under `from`, at most `most`, read against the header row `head`. */
function linesUnder(
  matrix: Matrix,
  from: number,
  head: readonly Cell[],
  keyColumn: number,
  valueColumns: ReadonlySet<number>,
  mappedColumns: ReadonlySet<number>,
  most: number,
): number {
  const firstHead = head.findIndex((h) => !isBlank(h));
  let lastHead = head.length - 1;
  while (lastHead >= 0 && isBlank(head[lastHead])) lastHead--;
  let lines = 0;
  for (let r = from + 1; r < Math.min(matrix.length, from + 1 + most); r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || (keyColumn >= 0 && !isBlank(cells[keyColumn]))) break;
    let filled = 0;
    let underValue = false;
    let fits = true;
    let underBlank = 0;
    for (let c = 0; c < cells.length && fits; c++) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      filled++;
      // A blank header between headers is a merged title's span (`Alustava investointiohjelma
      // 2026-2032` over a year each); one cell past the headers may head a column the row above leaves
      // blank (real: Helsinki's `HKR / PW` over its project numbers).
      if (isBlank(head[c]) && (c < firstHead || c > lastHead) && ++underBlank > 1) break;
      const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
      const year = YEAR.test(text) && !valueColumns.has(c);
      fits =
        text !== "" &&
        !isPlaceholder(text) &&
        (year ||
          (typeof cell === "string" &&
            text.length <= 40 &&
            (isUnitCell(text) || !/\d/.test(text.replace(SQUARE_OR_CUBIC, "").replace(FOOTNOTE_MARK, "")))));
      // A value in a mapped column of text, a list or an email (`Nonprofit` under Type) makes it data.
      if (mappedColumns.has(c) && !valueColumns.has(c)) fits = false;
      underValue ||= valueColumns.has(c);
    }
    if (!fits || underBlank > 1 || filled < 2 || !underValue) break;
    lines++;
  }
  return lines;
}

/** Is the row blank, or each filled cell the header above it again (a title merged down)? */
function onlyRepeatsHeader(cells: readonly Cell[], head: readonly Cell[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    const above = head[c];
    if (typeof cell !== "string" || typeof above !== "string" || cell.trim() !== above.trim()) return false;
  }
  return true;
}
