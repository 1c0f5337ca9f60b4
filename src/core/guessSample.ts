import type { TabSpec } from "../schema";
import { NOT_TOTAL, totalKind } from "./notData";
import { isBlank } from "./text";
import type { MappedColumn, Matrix } from "./types";

/**
 * What every check of a guessed mapping (guesses.ts) reads and changes: the first SAMPLE filled cells
 * of a column, and the guess with a column let go or read from another header.
 */

/** The part of a guessed header row these checks read and change. */
export interface Guess {
  /** 0-based header row; data below it. */
  readonly row: number;
  readonly tab: TabSpec;
  readonly columns: MappedColumn[];
  readonly unknown: { header: string; index: number }[];
}

/** What the header matcher says of a header (headers.ts): its column in the tab, and how strongly. */
export interface HeaderNames {
  /** The schema column id `header` names in `tab`, if any (synonyms and fallbacks included). */
  columnOf(tab: TabSpec, header: string): string | undefined;
  /** Does `header` name its column of `tab` by the column's own name (not a synonym)? */
  isExact(tab: TabSpec, header: string): boolean;
}

/** How many filled cells of a column are looked at. */
export const SAMPLE = 50;

export type Plain = string | number | boolean;

/**
 * Do the first SAMPLE filled data cells of `column` all pass `test`? How many were read when they
 * do, -1 at the first that does not: most guesses are settled by their first cell (VALIDATE and
 * SUMMARY call this on every call). Text, numbers and booleans only: a custom function's range may
 * hold Excel's objects (a linked data type's entity), made plain row by row later (TypedTable's
 * plainRow); the sample passes them by.
 */
export function everyCell(matrix: Matrix, headerRow: number, column: number, test: (cell: Plain) => boolean): number {
  let n = 0;
  for (let r = headerRow + 1; r < matrix.length && n < SAMPLE; r++) {
    const cell: unknown = matrix[r]?.[column];
    if ((typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") || isBlank(cell)) continue;
    // A totals row's label, wherever it sits (`TOTAL` under `DATE PAID`), says nothing of the column's
    // cells (a helper's round, real: Rochdale's spend, its dates read as Received beside the label).
    if (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL) continue;
    if (!test(cell)) return -1;
    n++;
  }
  return n;
}

/** The first filled plain data cell of `column`, if any. */
export function firstCell(matrix: Matrix, guess: Guess, column: number): Plain | undefined {
  let first: Plain | undefined;
  everyCell(matrix, guess.row, column, (cell) => ((first = cell), false));
  return first;
}

/** Numbers, or text of digits alone (`210`, `0410-22`): an account code, not a name. */
const CODE = /^\s*\d[\d\s./-]*$/;

/**
 * Are the filled cells under row `row` of `column` (a sample) numbers or codes of digits — all but a
 * few words (a table stacked under this one heads the column with a word of its own: real, a grants
 * research workbook's `Recipients` counts, taken for partner names)?
 */
export function holdsCodes(matrix: Matrix, row: number, column: number): boolean {
  let codes = 0;
  let words = 0;
  everyCell(matrix, row, column, (c) => {
    if (typeof c === "number" || (typeof c === "string" && CODE.test(c))) codes++;
    else words++;
    return true;
  });
  return codes > 0 && words * WORDS_AMONG_CODES <= codes;
}

/** Codes for each word, at least, in a column of codes. */
const WORDS_AMONG_CODES = 4;

/**
 * Does the column under `row` hold a few words over and over (`Water`, `Storm Drain`, `Water` …), as
 * a category does — not one name a row? A key header over such a column (a capital register's
 * `Facility`) is not what tells its rows apart, so no hint offers it as the key (real: DC's capital
 * projects, `--map "Facility=Asset"` suggested while `Name` held the projects).
 */
export function holdsCategories(matrix: Matrix, row: number, column: number): boolean {
  const seen = new Set<string>();
  const filled = everyCell(matrix, row, column, (c) => (seen.add(String(c).trim().toLowerCase()), true));
  return filled >= MIN_ROWS_FOR_CATEGORIES && seen.size * ROWS_PER_CATEGORY <= filled;
}

/** Rows read, at least, before a column is said to hold categories; and rows per distinct value. */
const MIN_ROWS_FOR_CATEGORIES = 6;
const ROWS_PER_CATEGORY = 3;

/** The guess with `col` moved to the unmapped columns. */
export function unmapped<G extends Guess>(guess: G, col: MappedColumn, misfit = false): G {
  // (`misfit`: its cells are no fit for the column — words under an amount, dates under a list — said in
  // the report with the --map that reads it all the same; not for a column let go for another reason, a
  // second `Amount` beside the first, where that --map would read the wrong one: a reviewer's repro.)
  const left = misfit
    ? { header: col.header, index: col.index, notAs: col.name }
    : { header: col.header, index: col.index };
  const unknown = [...guess.unknown, left].sort((a, b) => a.index - b.index);
  return { ...guess, columns: guess.columns.filter((c) => c !== col), unknown };
}

/** `col`'s tracker column read from the unmapped header `to` instead, `col`'s header then unmapped. */
export function movedTo<G extends Guess>(guess: G, col: MappedColumn, to: { header: string; index: number }): G {
  const columns = guess.columns.map((c) => (c === col ? { ...c, header: to.header, index: to.index } : c));
  const unknown = [...guess.unknown.filter((u) => u !== to), { header: col.header, index: col.index }];
  return { ...guess, columns, unknown: unknown.sort((a, b) => a.index - b.index) };
}
