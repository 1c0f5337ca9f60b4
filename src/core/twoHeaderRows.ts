/**
 * Two header rows read as one (SPEC): group titles above the headers (`Paid` over `Amount`), a header merged
 * down over two rows, and the group titles a mapping by hand may name (groupedHeaders, titlesAlone).
 * Split from headers.ts.
 */
import type { TabSpec } from "../schema";
import { isBlank, isBlankRow, normalizeHeader } from "./text";
import { headerText, matchHeader } from "./headerMatch";
import { looksLikeData } from "./dataSigns";
import { type HeaderTexts, type RowMatch, matchTexts, textsOf } from "./headerRowReading";
import type { Cell, Matrix } from "./types";

/** The previous non-blank row directly above `row`, if it is there and holds headers, not data. */
function headerLikeRow(matrix: Matrix, row: number): readonly Cell[] | undefined {
  const cells = matrix[row];
  if (row < 0 || !Array.isArray(cells) || isBlankRow(cells) || looksLikeData(cells)) return undefined;
  return cells;
}

/**
 * Two header rows read as one: group titles above (often merged, so the title sits in the first
 * cell of its span) and the real headers below. A column takes the two together when they name a
 * column (`Amount` under `Paid` → `Paid Amount`), else the lower text, else the upper title alone
 * when nothing is below it (a header merged down over both rows); the same text on both rows is that
 * header too (merged down, its value read into each row: fillMergedDown), and no group title.
 */
function combine(upper: readonly Cell[], lower: readonly Cell[], tab: TabSpec): HeaderTexts {
  const width = Math.max(upper.length, lower.length);
  const out: (string | undefined)[] = [];
  let group: string | undefined;
  for (let i = 0; i < width; i++) {
    const up = textsOf([upper[i]])[0];
    const low = textsOf([lower[i]])[0];
    // The same text on both rows: one header merged down over them (as the sheet is read), no group
    // title over the columns after it (`Unit/ Sector Unit/ Sector`, real: Frontex's grants).
    if (up !== undefined && up === low) {
      group = undefined;
      out.push(low);
      continue;
    }
    if (up !== undefined) group = up;
    else if (!isBlank(upper[i])) group = undefined;
    if (low === undefined) {
      out.push(up);
      continue;
    }
    const joined =
      group === undefined ? undefined : [`${group} ${low}`, `${low} ${group}`].find((t) => matchHeader(tab, t));
    out.push(joined ?? low);
  }
  return out;
}

/**
 * Three header rows read as one: each column's header with the group title over it where the two name
 * a column (`Paid Amount` under `Paid` / `FY2024`: combine), else as the two lower rows read it (the
 * sub-title's join, the header alone, or, nothing below, the sub-title; then the top row's text, a
 * header merged down over the three and saved as CSV). twoRowHeader keeps the reading that maps most.
 */
function combineThree(
  top: readonly Cell[],
  middle: readonly Cell[],
  lower: readonly Cell[],
  tab: TabSpec,
): HeaderTexts {
  const byMiddle = combine(middle, lower, tab);
  const byTop = combine(top, lower, tab);
  const low = textsOf(lower);
  const out: (string | undefined)[] = [];
  for (let i = 0; i < Math.max(byMiddle.length, byTop.length); i++) {
    const joined = low[i] !== undefined && byTop[i] !== low[i];
    out.push(joined ? byTop[i] : (byMiddle[i] ?? byTop[i]));
  }
  return out;
}

export function twoRowHeader(matrix: Matrix, best: RowMatch): RowMatch {
  const r = best.row;
  const above = headerLikeRow(matrix, r - 1);
  const below = headerLikeRow(matrix, r + 1);
  let result = best;
  if (above) {
    const m = matchTexts(combine(above, matrix[r], best.tab), matrix[r], r, r - 1, best.tab);
    if (m.columns.length > result.columns.length) result = m;
    // Three header rows (a group title, a sub-title, the column names), read as two are: where the
    // sub-title does not make a column's header, the group title over it may (a helper's brief: `Awarded`
    // and `Paid` over `FY2024` over `Amount`, `Amount` twice and no Committed column).
    const top = headerLikeRow(matrix, r - 2);
    if (top) {
      const three = matchTexts(combineThree(top, above, matrix[r], best.tab), matrix[r], r, r - 2, best.tab);
      if (three.columns.length > result.columns.length) result = three;
    }
  }
  if (below && result === best) {
    const m = matchTexts(combine(matrix[r], below, best.tab), below, r + 1, r, best.tab);
    if (m.columns.length > result.columns.length) result = m;
    // A header merged down over two rows, some columns headed on the second row alone: the two rows
    // are the header even when the second heads no tracker column (corpus round fi, real: Frontex's
    // grants, `Address of the beneficiary` in E2 under A1:A2, B1:B2 … merged, lost from every report
    // and row 2 called "the header row again").
    else if (secondHeaderLine(matrix[r], below) && sameColumns(m, best)) result = m;
  }
  return result;
}

/**
 * Is `lower` the second line of a header merged down over two rows: text only, some of `upper`'s
 * headers said again in their columns (a merged cell's value, as the sheet is read: fillMergedDown),
 * and the others' cells saying more only where `upper` heads nothing (`Address of the beneficiary` in
 * E2 under an empty E1)? Not the header said again whole (a page's header repeated, no merge: the
 * header row again), nor a row of values under headers (it says none of them again).
 */
function secondHeaderLine(upper: readonly Cell[], lower: readonly Cell[]): boolean {
  let same = 0;
  let more = 0;
  // Saved as CSV, a merged cell keeps its text in its first row only: the second line holds nothing
  // but the headers of the columns `upper` leaves blank between its headers (`,,Address of the
  // beneficiary,` under `Grant No,Name of Beneficiary,,Total GRANTED`). Words only, as headers are —
  // not a note typed beside the table (past its last header) nor a value (a figure, a date).
  const firstHead = upper.findIndex((h) => !isBlank(h));
  let lastHead = upper.length - 1;
  while (lastHead >= 0 && isBlank(upper[lastHead])) lastHead--;
  let inGaps = true;
  for (let c = 0; c < lower.length; c++) {
    const below = lower[c];
    if (isBlank(below)) continue;
    if (typeof below !== "string") return false;
    const above = upper[c];
    const words = below.trim().length <= 60 && !/\d/.test(below);
    // Sub-headers under a group title merged across them are the header's too, in the title's own
    // column as well (corpus round hn D6, real: Japan's 様式1, `公益法人の場合` over `公益法人の区分` and
    // `国認定、都道府県認定の区分`, the second line called "the header row again").
    if (words && subHeader(upper, lower, c)) more++;
    else if (isBlank(above)) {
      more++;
      inGaps &&= c > firstHead && c < lastHead && words;
    } else if (typeof above === "string" && above.trim() === below.trim()) same++;
    else return false;
  }
  return more > 0 && (same > 0 || inGaps);
}

/** The text of the header cell at or left of column `c` on a header's first line, the title over `c`. */
function titleOver(upper: readonly Cell[], c: number): string | undefined {
  let t = c;
  while (t >= 0 && isBlank(upper[t])) t--;
  const text = upper[t];
  return typeof text === "string" ? text.trim() : undefined;
}

/**
 * Is column `c` of a header's second line a sub-header under a group title: a text of its own under a
 * title that spans a neighbouring column holding another (the title in each cell of its merged area, as
 * a workbook is read, or in its first alone, as CSV saves it)? One column's text under its own header
 * is no sub-header (`Address` under `Name`: a data row's).
 */
function subHeader(upper: readonly Cell[], lower: readonly Cell[], c: number): boolean {
  const title = titleOver(upper, c);
  const own = (d: number) => {
    const text = lower[d];
    return typeof text === "string" && text.trim() !== "" && text.trim() !== title;
  };
  if (title === undefined || !own(c)) return false;
  // (Column `d` is in the title's span when its first line is blank or the title again, merged across.)
  const spans = (d: number) => {
    const text = upper[d];
    return isBlank(text) || (typeof text === "string" && text.trim() === titleOver(upper, d - 1));
  };
  return (c + 1 < lower.length && spans(c + 1) && own(c + 1)) || (c > 0 && spans(c) && own(c - 1));
}

/** Do two readings map the same tracker columns, in the same columns? */
function sameColumns(a: RowMatch, b: RowMatch): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c) => b.columns.some((d) => d.id === c.id && d.index === c.index))
  );
}

/**
 * Is `lower` the second row of a header merged down over two rows: text only, each of the mapping's
 * headers (`keys`, normalised) on `upper` said again under it, and other cells saying more (sub-headers
 * under a group title)? Not the header row said again whole, a page's header repeated; nor a row
 * describing each column under it (`Project ID` under `PID`), which says none of the mapping's headers again.
 */
export function mergedDown(
  upper: readonly Cell[] | undefined,
  lower: readonly Cell[] | undefined,
  keys: readonly string[],
): boolean {
  if (!Array.isArray(upper) || !Array.isArray(lower)) return false;
  let same = 0;
  let more = 0;
  for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
    const above = upper[c];
    const below = lower[c];
    const again = typeof above === "string" && typeof below === "string" && above.trim() === below.trim();
    if (!again && typeof above === "string" && keys.includes(normalizeHeader(above))) return false;
    if (isBlank(below)) continue;
    if (typeof below !== "string") return false;
    if (again) same++;
    else more++;
  }
  return same > 0 && more > 0;
}

/**
 * Row `row`'s headers read with the group titles of the header-like row above them (normalised;
 * "" where either is missing): a title merged over several columns sits in the first cell of its
 * span and goes on until the next. Empty when there is no such row above.
 */
export function groupedHeaders(matrix: Matrix, row: number, up: 1 | 2 = 1): string[] {
  // (`up` 2: the group title over a sub-title, three header rows read as twoRowHeader reads them.)
  const above = headerLikeRow(matrix, row - 1) && (up === 1 || headerLikeRow(matrix, row - 2));
  const cells = matrix[row];
  if (!above || !Array.isArray(cells)) return [];
  return cells.map((_, i) => normalizeHeader(groupedText(matrix, row, i, up)));
}

/**
 * Row `row`'s group titles (from the header-like row above) that stand over one column only, each in
 * its column, normalised ("" elsewhere): a title a mapping may name alone (real: a Flemish pivot's
 * `Total` over its `Uitgave per inwoner`; `--map "Total=Committed"` was "no such header").
 */
export function titlesAlone(matrix: Matrix, row: number): string[] {
  const above = headerLikeRow(matrix, row - 1);
  const cells = matrix[row];
  if (!above || !Array.isArray(cells)) return [];
  const titles = matrix[row - 1] ?? [];
  return cells.map((_, i) => {
    if (isBlank(titles[i]) || isBlank(cells[i])) return "";
    // Its span ends at the next title, or at the row's last header.
    const next = i + 1;
    const spansMore = next < cells.length && !isBlank(cells[next]) && isBlank(titles[next]);
    return spansMore ? "" : normalizeHeader(headerText(titles[i]));
  });
}

/** Column `i`'s group title (from the row above) and header together, or "" (see groupedHeaders). */
export function groupedText(matrix: Matrix, row: number, i: number, up: 1 | 2 = 1): string {
  const above = matrix[row - up] ?? [];
  let group = "";
  for (let c = i; c >= 0; c--) {
    if (!isBlank(above[c])) {
      group = headerText(above[c]).trim();
      break;
    }
  }
  const low = headerText((matrix[row] ?? [])[i]).trim();
  return group === "" || low === "" ? "" : `${group} ${low}`;
}
