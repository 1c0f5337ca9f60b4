/**
 * A value in the sheet's last column holding the separator without quotes: a CSV line
 * `2013,169144,Internationaler Bund (IB) Freier Träger der Jugend-, Sozial- und Bildungsarbeit` opens
 * in Excel with the name cut at its comma and the rest in the unheaded column right of it (D, E …).
 * Read as the file held it, those cells joined with ", ", by every door alike — VALIDATE, SUMMARY, the
 * task pane, `check`, `summary` and `new --from` (TypedCells reads the sheet through withRunOnValues),
 * and said once (runOnSentence). Real: Berlin's grants ledger, 362 of 2,000 names cut, two
 * organisations read as one partner (`…der Jugend-, Sozial- und Bildungsarbeit`, `…der Jugend-,
 * Hilfe e. V.`). Only rows whose other cells stand in their columns (figures under figures, words
 * under words: movedRows.ts' kinds) and some rows, not all: a row shifted by a separator in an
 * earlier column is said by the rules that say so, and cells past the header on every row are a
 * column left unheaded. Reading only: the cells themselves are never changed.
 */
import { FIT_BLANK, FIT_TEXT, columnKinds, fitKind } from "./movedRows";
import { isBlank, isBlankRow, rowList } from "./text";
import type { TypedCells } from "./typedCells";
import type { Cell, HeaderMapping, Matrix } from "./types";

/** Rows whose value in `column` (0-based, the block's last headed column) runs on past it. */
export interface RunOn {
  readonly column: number;
  /** 0-based rows of the block, in order. */
  readonly rows: readonly number[];
  /** The first such row's value, joined, and where its own cell's text ends in it. */
  readonly example: string;
  readonly cut: number;
}

/**
 * What a table's rows usually hold, column by column: their kinds (movedRows.ts' columnKinds) and
 * whether their words begin with a space (`, Sozial- und Bildungsarbeit` past a separator does).
 */
export interface RunOnShape {
  readonly kinds: readonly number[];
  readonly spaced: readonly boolean[];
}

/** Rows read for a table's shape, as columnKinds reads them. */
const SHAPE_ROWS = 500;

/** The shape (RunOnShape) of the first `width` columns, read from rows `from` up to `to`. */
export function runOnShape(
  matrix: readonly (readonly Cell[] | undefined)[],
  from: number,
  to: number,
  width: number,
): RunOnShape {
  const words = new Array<number>(width).fill(0);
  const spaces = new Array<number>(width).fill(0);
  for (let r = from, rows = 0; r < to && rows < SHAPE_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells)) continue;
    rows++;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (typeof cell !== "string" || isBlank(cell)) continue;
      words[c]++;
      if (SPACE_FIRST.test(cell)) spaces[c]++;
    }
  }
  return { kinds: columnKinds(matrix, from, to, width), spaced: words.map((n, c) => spaces[c] * 2 >= n && n > 0) };
}

const SPACE_FIRST = /^\s/;

/**
 * Does the row's value in `column` run on past it — its cell there words, in a column of words, the
 * cells right of it words or empty (one filled at least, the first right of it: a field after a
 * separator), and its other cells of their columns' kinds (figures under figures, words under words)? A figure past the
 * value, or among words, is no such thing: a row shifted, or a column left unheaded. Nor is a row
 * whose words in a column before it begin with a space where that column's do not, after words: a
 * value split there, before the last column (`Avenida Dos 45, piso 3`: a helper's round, real:
 * Chile's lobbying register), its values after it a column to the right.
 */
export function runsOnPast(cells: readonly Cell[], column: number, shape: RunOnShape): boolean {
  // The value's next part begins with the space written after its comma (`Jugend-, Sozial- und …`):
  // a column of its own right of the last header (`Acme Foundation | renewed`, a note typed beside
  // it: a reviewer's repro) or a row shifted by a separator before it (`Berlin | Jane Roe`) does not.
  const next = cells[column + 1];
  if (typeof next !== "string" || isBlank(next) || !SPACE_FIRST.test(next)) return false;
  const { kinds, spaced } = shape;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    // (An Excel object, an error the custom functions were handed: the row is read as it is.)
    if (cell !== null && typeof cell === "object") return false;
    const kind = fitKind(cell);
    if (c > column) {
      if (kind !== FIT_BLANK && kind !== FIT_TEXT) return false;
      continue;
    }
    if (kind !== FIT_BLANK && kinds[c] !== FIT_BLANK && kind !== kinds[c]) return false;
    // (The value's column one of words: not amounts, nor one mostly empty whose words are another
    // table's — the corpus's derived_gifts_register, donors' names under the first table's Totaalbedrag.)
    if (c === column && (kind !== FIT_TEXT || kinds[c] !== FIT_TEXT)) return false;
    const split =
      c > 0 &&
      kind === FIT_TEXT &&
      !spaced[c] &&
      SPACE_FIRST.test(cell as string) &&
      fitKind(cells[c - 1]) === FIT_TEXT;
    if (split) return false;
  }
  return true;
}

/** The last column the header row (and a header row above it, read as one) heads, else -1. */
function lastHeaded(matrix: Matrix, mapping: HeaderMapping): number {
  let last = -1;
  for (const r of new Set([mapping.firstHeaderRow ?? mapping.headerRow, mapping.headerRow])) {
    const header = matrix[r];
    if (!Array.isArray(header)) continue;
    for (let c = header.length - 1; c > last; c--) {
      if (!isBlank(header[c])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * `matrix` with each row whose value in the last headed column runs on past it (runsOnPast) holding
 * that value whole, its cells joined with ", " and nothing past it; and those rows. The matrix itself
 * is left as it is: the rows read so are copies. Only when the mapping reads that column. A row no
 * longer than the header costs one comparison of its length.
 */
export function withRunOnValues(
  matrix: Matrix,
  mapping: HeaderMapping,
): { readonly matrix: Matrix; readonly runOn: RunOn | undefined } {
  const none = { matrix, runOn: undefined };
  const first = mapping.headerRow + 1;
  const column = lastHeaded(matrix, mapping);
  if (column < 0 || !mapping.columns.some((c) => c.index === column)) return none;
  // A column past it that the mapping names (by its letter: `D=Notes`, or `D=Ignore`) is one of its own.
  if (mapping.columns.some((c) => c.index > column) || mapping.ignored?.some((i) => i > column)) return none;
  const next = column + 1;
  let longer: number[] | undefined;
  for (let r = first; r < matrix.length; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || cells.length <= next) continue;
    const past = cells[next];
    if (past !== null && past !== undefined && past !== "" && !isBlank(past)) (longer ??= []).push(r);
  }
  if (longer === undefined) return none;
  // Some rows, not all: cells past the header on every row are a column left unheaded.
  let filled = 0;
  for (let r = first; r < matrix.length && filled <= longer.length; r++) if (!isBlankRow(matrix[r])) filled++;
  if (filled <= longer.length) return none;
  const shape = runOnShape(matrix, first, matrix.length, next);
  let out: (readonly Cell[])[] | undefined;
  const rows: number[] = [];
  let example = "";
  let cut = 0;
  for (const r of longer) {
    const cells = matrix[r];
    if (!runsOnPast(cells, column, shape)) continue;
    const own = String(cells[column]).trimEnd();
    const parts = [own];
    for (let c = next; c < cells.length; c++) if (!isBlank(cells[c])) parts.push(String(cells[c]).trim());
    const row = cells.slice(0, next);
    row[column] = parts.join(", ");
    out ??= [...matrix];
    out[r] = row;
    if (rows.length === 0) [example, cut] = [row[column] as string, own.length];
    rows.push(r);
  }
  return out === undefined ? none : { matrix: out, runOn: { column, rows, example, cut } };
}

/** The longest value runOnSentence shows whole, and the most of one it shows. */
const SHOWN_WHOLE = 48;

/**
 * Once per sheet: `2 rows' name runs on past its column (rows 2, 3): read as one name each, "…Jugend-,
 * Sozial- und Bildungsarbeit" — in a CSV, put such names in quotes.` A long value is shown from its
 * cell's last word, where it was cut. `header` is the column's; `noun` what its values are (`name`);
 * `firstRow` the sheet's row number of the matrix's first row (a block read from lower down the sheet).
 */
export function runOnSentence(runOn: RunOn, header: string, noun: "name" | "value", firstRow = 1): string {
  const n = runOn.rows.length;
  const own = runOn.example.slice(0, runOn.cut);
  let shown = runOn.example;
  if (shown.length > SHOWN_WHOLE) {
    shown = `…${own.slice(own.search(/\S+$/))}${runOn.example.slice(runOn.cut)}`;
    if (shown.length > SHOWN_WHOLE) shown = `${shown.slice(0, SHOWN_WHOLE - 1)}…`;
  }
  shown = `"${shown.replace(/\s+/g, " ").trim()}"`;
  const rows = firstRow === 1 ? runOn.rows : runOn.rows.map((r) => r + firstRow - 1);
  return n === 1
    ? `1 row's ${header} runs on past its column (row ${rows[0] + 1}): read as one ${noun}, ${shown} — in a ` +
        `CSV, put such a ${noun} in quotes.`
    : `${n.toLocaleString("en-US")} rows' ${header} runs on past its column (rows ${rowList(rows, n)}): read ` +
        `as one ${noun} each, ${shown} — in a CSV, put such ${noun}s in quotes.`;
}

/**
 * The table's values run on past its last column (TypedCells.runOn), said once — VALIDATE's warning,
 * `summary`'s note, a copy's report: its slot (-1 for none), the column's header and the sentence (rows
 * numbered from `firstRow`, the sheet's row of the matrix's first); undefined when none.
 */
export function runOnSaid(
  table: TypedCells,
  firstRow = 1,
): { slot: number; header: string; sentence: string } | undefined {
  const runOn = table.runOn;
  if (runOn === undefined) return undefined;
  const slot = table.tab.columns.findIndex((_, s) => table.index[s] === runOn.column);
  const header = slot < 0 ? "" : table.header[slot];
  return {
    slot,
    header,
    sentence: runOnSentence(runOn, header, slot >= 0 && slot === table.keySlot ? "name" : "value", firstRow),
  };
}
