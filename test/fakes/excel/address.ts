/**
 * A1 addresses for the Excel fake: parse `Sheet1!$A$1:$C$4`, `'My sheet'!A1`, `C:C`, `3:3` into
 * 0-based rectangles and format them back the way Excel reports `Range.address`.
 */
import { columnLetter } from "../../../src/schema";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive-exclusive rectangle: rows [row, row + rows). */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * 0-based column index → letters (0 → A). The schema's conversion (the same arithmetic the fake had
 * its own copy of), pinned to Excel's letters by test/schema/schema.test.ts, so sharing it hides
 * no bug from the fake.
 */
export function colToLetters(index0: number): string {
  return columnLetter(index0 + 1);
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `Sheet!A1:B2` into its sheet (unquoted) and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses a local A1 address; returns undefined when it is not one. */
export function parseLocal(local: string): Rect | undefined {
  const parts = local.trim().split(":");
  if (parts.length === 1) parts.push(parts[0]);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  let ca = CELL.exec(a);
  let cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = lettersToCol(ca[1]);
    const c2 = lettersToCol(cb[1]);
    return normalise(r1, c1, r2, c2);
  }
  ca = COL.exec(a);
  cb = COL.exec(b);
  if (ca && cb) return normalise(0, lettersToCol(ca[1]), MAX_ROWS - 1, lettersToCol(cb[1]));
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) return normalise(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, MAX_COLUMNS - 1);
  return undefined;
}

function normalise(r1: number, c1: number, r2: number, c2: number): Rect | undefined {
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function formatLocal(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const a = `${d}${colToLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${d}${colToLetters(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
