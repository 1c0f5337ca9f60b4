import type { Cell, Matrix } from "./types";

/**
 * Names that start with their project's number (`104114 - CRIME & DRUGS FREE FOUNDATION`,
 * `56623-GUNGUBELE JUNIOR SECONDARY SCHOOL`: corpus round fk, real, South Africa's National Lottery
 * payments): where nearly every name of a column does, the partner is the name after the number —
 * one organisation's projects are one partner, not one each (1,941 "partners" for 1,903 organisations).
 */

/** A separator between the number and the name: `-`, `–`, `—` or `:`. */
function isSeparator(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 58;
}

/**
 * Where the name starts after a leading number and its separator (`104114 - X` → 9, `12:X` → 3), or 0
 * where the text starts with none. Character codes only, no pattern and no string made: SUMMARY asks
 * it of every name of a numbered column (DuplicateFinder.numbered).
 */
export function afterNumber(text: string): number {
  const length = text.length;
  let i = 0;
  while (i < length && text.charCodeAt(i) === 32) i++;
  const digits = i;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === digits) return 0;
  while (i < length && text.charCodeAt(i) === 32) i++;
  if (i === length || !isSeparator(text.charCodeAt(i))) return 0;
  i++;
  while (i < length && text.charCodeAt(i) === 32) i++;
  // A name after it: a letter or a figure, not a range (`2019-2020`) or a date (`12-05-2024`).
  if (i === length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return 0;
  return isSeparator(c) ? 0 : i;
}

/** Names read to decide a column (its first ones). */
const SAMPLE = 200;
/** Names at least, and the share of them numbered, for the column's names to be read so. */
const AT_LEAST = 10;
const SHARE = 0.9;

/**
 * The first name of `column` (rows `from` to `to`, 0-based in `matrix`) that starts with a number and a
 * separator, where nearly every one of its first SAMPLE names does (SHARE of them, AT_LEAST names):
 * its row and its text; undefined for a column of names as names are written. Decided once a column,
 * before its rows are read.
 */
export function numberedNamesOf(
  matrix: Matrix,
  column: number,
  from: number,
  to: number,
): { row: number; name: string; value: Cell } | undefined {
  let names = 0;
  let numbered = 0;
  let first: { row: number; name: string; value: Cell } | undefined;
  for (let r = from; r < to && names < SAMPLE; r++) {
    const cell = matrix[r]?.[column];
    if (typeof cell !== "string" || cell.trim() === "") continue;
    names++;
    if (afterNumber(cell) === 0) continue;
    numbered++;
    first ??= { row: r, name: cell.trim(), value: cell };
  }
  return names >= AT_LEAST && numbered >= names * SHARE ? first : undefined;
}

/** `name` without its leading number and separator (`104114 - X` → `X`), as a numbered column reads it. */
export function withoutNumber(name: string): string {
  const at = afterNumber(name);
  return at === 0 ? name : name.slice(at);
}
