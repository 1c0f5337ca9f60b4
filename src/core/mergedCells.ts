import { KEY_COLUMNS, tabByName } from "../schema";
import { isBlank } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/** A merged area of a sheet, 0-based and inclusive (`C2:C5` is rows 1–4 of column 2). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Cells merged down a column read as the user sees them: Excel keeps a merged area's value in its
 * top-left cell and reports the others empty (Range.values gives "" for them), while the sheet shows
 * one name spanning every row. A recipient merged down over a project's rows (a helper's round, real:
 * California's transit awards, `Award_Recipient` over each project's component rows: 190 "is empty"
 * errors) is each row's recipient; a vertically merged header (`Party` over four header rows: a
 * climate pledges database) heads the column on its last row too.
 *
 * Only text is carried down, in the area's first column: a figure merged over several rows is one
 * figure, and counting it on each row would count it again; the columns to the right of a wide area
 * are its span, as a title merged across is (headers.ts reads those blanks so).
 * Changes `cells` in place; cells beyond a row's end are added.
 */
export function fillMergedDown(cells: Cell[][], areas: readonly MergedArea[]): void {
  for (const area of areas) {
    if (area.bottom <= area.top) continue;
    const value = cells[area.top]?.[area.left];
    if (typeof value !== "string" || value.trim() === "") continue;
    for (let r = area.top + 1; r <= area.bottom; r++) {
      const row = (cells[r] ??= []);
      const cell = row[area.left];
      if (cell !== null && cell !== undefined && cell !== "") continue;
      for (let c = row.length; c < area.left; c++) row[c] = null;
      row[area.left] = value;
    }
  }
}

/**
 * `A2:C5` (or a lone `B3`, `$A$2:$A$6`) as a 0-based area; undefined for text no range reference is.
 * Rows and columns past Excel's grid are the caller's to refuse.
 */
export function mergedArea(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) return undefined;
  const top = Number(a[2]) - 1;
  const bottom = Number(b[2]) - 1;
  const left = columnIndex(a[1]);
  const right = columnIndex(b[1]);
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

const CELL = /^([A-Za-z]{1,3})([1-9]\d{0,6})$/;

/** `A` → 0, `AA` → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n - 1;
}

/**
 * A figure merged down a column, once the block's columns are known: an identifier, a year or a date
 * (`Project_#` 11 over a project's rows, `Award_Year` 2018) is each row's, as text is (fillMergedDown);
 * an amount or a count the tracker adds up stays on its first row, counted once. `top` and `left`
 * are the sheet's 0-based row and column of the block's first cell. Puts a filled copy of each row
 * it fills in `matrix` (the row arrays as read are not written).
 */
export function fillMergedFigures(
  matrix: Cell[][],
  areas: readonly MergedArea[],
  mapping: HeaderMapping,
  top: number,
  left: number,
): void {
  const tab = tabByName(mapping.tab);
  for (const area of areas) {
    const c = area.left - left;
    const first = area.top - top;
    if (c < 0 || first <= mapping.headerRow || first >= matrix.length) continue;
    const mapped = mapping.columns.find((m) => m.index === c);
    const type = mapped ? tab?.columns.find((s) => s.id === mapped.id)?.type : undefined;
    if (type === "currency" || type === "number" || type === "derived") continue;
    const value = matrix[first]?.[c];
    if (typeof value !== "number") continue;
    for (let r = first + 1; r <= Math.min(area.bottom - top, matrix.length - 1); r++) {
      const cell = matrix[r]?.[c];
      if (cell !== null && cell !== undefined && cell !== "") continue;
      // A copy of the row: the rows as read stay as they were, for a mapping the user corrects next.
      const row = [...(matrix[r] ?? [])];
      for (let k = row.length; k < c; k++) row[k] = null;
      row[c] = value;
      matrix[r] = row;
    }
  }
}

/**
 * The block's rows (0-based, in its matrix) whose key cell shows a name merged down from a row above:
 * one record's further lines (a project's components under its recipient), not the partner listed
 * again. `top` and `left` as fillMergedFigures has them.
 */
export function rowsUnderMergedKey(
  areas: readonly MergedArea[],
  mapping: HeaderMapping,
  top: number,
  left: number,
): ReadonlySet<number> {
  const rows = new Set<number>();
  const keys = KEY_COLUMNS[mapping.tab].map((k) => k.id);
  const keyAt = mapping.columns.filter((c) => keys.includes(c.id)).map((c) => c.index + left);
  for (const area of areas) {
    if (!keyAt.includes(area.left) || area.top - top <= mapping.headerRow) continue;
    for (let r = area.top + 1; r <= area.bottom; r++) rows.add(r - top);
  }
  return rows;
}

/**
 * A block read as its merged cells show it, once its mapping is known: figures merged down filled
 * where they are no amount (fillMergedFigures), and the rows under a merged key cell said to be one
 * record's lines (rowsUnderMergedKey). `values` is left as it is: the returned rows are a copy where
 * a figure was filled, so a mapping corrected next (the task pane's editor) starts from the sheet as
 * read. The command line and the task pane read merged sheets through this one step.
 */
export function withMergedAreas(
  values: Matrix,
  mapping: HeaderMapping,
  areas: readonly MergedArea[] | undefined,
  top: number,
  left: number,
): { readonly values: Matrix; readonly mapping: HeaderMapping } {
  if (!areas || areas.length === 0) return { values, mapping };
  const headed = headerMergedDown(values, mapping, areas, top, left);
  const filled = [...values] as Cell[][];
  fillMergedFigures(filled, areas, headed, top, left);
  const mergedRows = rowsUnderMergedKey(areas, headed, top, left);
  return { values: filled, mapping: mergedRows.size === 0 ? headed : { ...headed, mergedRows } };
}

/**
 * The mapping with its header row moved down over the rows its header cells are merged down to: a
 * header whose every cell spans two rows (`A5:A6`, `B5:B6` … real: Frontex's 2023 grants) reads the
 * same text on both as the sheet is read (fillMergedDown), which without the merges is the header
 * row said again — "Row 6 looks like the header row again", false. A row under the header is its
 * line when every filled cell of it is a merged area's that begins on the header's rows. `top` and
 * `left` as fillMergedFigures has them.
 */
function headerMergedDown(
  values: Matrix,
  mapping: HeaderMapping,
  areas: readonly MergedArea[],
  top: number,
  left: number,
): HeaderMapping {
  const first = mapping.firstHeaderRow ?? mapping.headerRow;
  let last = mapping.headerRow;
  for (let r = last + 1; r < values.length; r++) {
    const cells = values[r];
    if (!Array.isArray(cells)) break;
    let spanned = 0;
    let own = 0;
    for (let c = 0; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      const row = r + top;
      const column = c + left;
      const area = areas.find(
        (a) =>
          a.left <= column &&
          column <= a.right &&
          a.top <= mapping.headerRow + top &&
          a.top >= first + top &&
          a.bottom >= row,
      );
      if (!area) {
        own++;
        break;
      }
      spanned++;
    }
    if (spanned === 0 || own > 0) break;
    last = r;
  }
  return last === mapping.headerRow ? mapping : { ...mapping, headerRow: last, firstHeaderRow: first };
}

/** Areas moved into a block's own coordinates: `rows` down and `columns` left (0-based); those outside it dropped. */
export function mergedAreasWithin(
  areas: readonly MergedArea[] | undefined,
  rows: number,
  columns: number,
  width: number,
): MergedArea[] | undefined {
  if (!areas) return undefined;
  return areas
    .filter((a) => a.left >= columns && a.left < columns + width)
    .map((a) => ({ top: a.top + rows, bottom: a.bottom + rows, left: a.left - columns, right: a.right - columns }));
}
