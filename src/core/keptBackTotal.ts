import { isBlank, isAmountKeptBack } from "./text";
import { NOT_TOTAL, totalKind } from "./notData";
import type { LeftOutKind } from "./notData";
import type { TypedTable } from "./rows";
import { figureOf } from "./summaryOtherAmounts";

/**
 * The sheet's own total of the amounts SUMMARY keeps back (`Einwilligung des Zuwendungsgebers zur
 * Veröffentlichung liegt nicht vor`, `withheld`): a Total row left out of the sums that stands for
 * exactly those rows, whose figure the note on them then quotes (corpus round io D9, real: Hamburg's
 * sponsoring report, `Gesamtwert igs` 404,598 under the garden show's 14 donations kept back, and the
 * note saying only that "the money given is more than they say"). Read after the row loop, from what
 * it recorded (the rows left out), and only where a summary keeps amounts back.
 */

/** A Total row standing for kept-back rows: its block, 0-based matrix row, label and figure. */
export interface KeptBackTotal {
  readonly block: number;
  readonly row: number;
  readonly label: string;
  readonly figure: number;
}

/**
 * Rows a Total row's rows start after: another total, the header row again, another table's. A label
 * row is none (a section's heading inside the rows a Total adds up).
 */
const BOUNDARIES: ReadonlySet<LeftOutKind> = new Set<LeftOutKind>([
  "total",
  "header",
  "headerMore",
  "table",
  "title",
  "sumAbove",
  "rollUp",
]);

/** Words of a label, lowercased: letters and digits, two at least (`igs`, `2013`). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]{2,}/gu) ?? [];
}

/**
 * The Total rows (kind "total", a figure in the Committed column) that between them stand for every
 * one of the `keptBack` rows the summary kept back and for no row with a figure: each one's rows are
 * those since the last boundary above it (BOUNDARIES), or — where its label names a group beyond its
 * total word (`Gesamtwert igs`) — those from the nearest row above whose cell in the label's column
 * names it too (`igs internationale gartenschau hamburg 2013 gmbh`). Undefined unless the rows so
 * read are exactly the kept-back ones: a Total over other rows as well is not theirs.
 */
export function keptBackTotals(
  tables: readonly TypedTable[],
  committedSlot: number,
  keptBack: number,
): readonly KeptBackTotal[] | undefined {
  const found: KeptBackTotal[] = [];
  let covered = 0;
  for (let b = 0; b < tables.length; b++) {
    const t = tables[b];
    const column = t.index[committedSlot];
    if (column < 0 || !t.leftOut.some((l) => l.kind === "total")) continue;
    const leftOut = new Map(t.leftOut.map((l) => [l.row, l.kind]));
    const european = t.writtenAsEurope[committedSlot] === 1;
    for (const total of t.leftOut) {
      if (total.kind !== "total") continue;
      const figure = figureOf(t.matrix[total.row]?.[column] ?? null, european);
      if (figure === undefined || figure <= 0) continue;
      const first = groupStart(t, total.row, total.column, total.label, leftOut);
      const kept = keptBackIn(t, first, total.row, column, leftOut);
      if (kept <= 0) continue;
      found.push({ block: b, row: total.row, label: total.label, figure: figure * (t.scale[committedSlot] || 1) });
      covered += kept;
    }
  }
  return found.length > 0 && covered === keptBack ? found : undefined;
}

/**
 * The first row a Total row at `row` adds up: after the last boundary above it, or the row naming the
 * group its label names (its words that are no total word, in the label's column above it).
 */
function groupStart(
  t: TypedTable,
  row: number,
  labelColumn: number,
  label: string,
  leftOut: ReadonlyMap<number, LeftOutKind>,
): number {
  let start = t.firstDataRow;
  for (let r = row - 1; r >= t.firstDataRow; r--) {
    const kind = leftOut.get(r);
    if (kind !== undefined && BOUNDARIES.has(kind)) {
      start = r + 1;
      break;
    }
  }
  const named = wordsOf(label).filter((w) => totalKind(w) === NOT_TOTAL);
  if (named.length === 0) return start;
  // The group's first row: the topmost of the rows above naming it in the label's column, up to one
  // naming something else (a partner's name on each of its rows, `X` over `X Total`, starts at the
  // first). The nearest name above is the group's, or the label names none there.
  const names = (cell: unknown): boolean => {
    const words = new Set(wordsOf(String(cell)));
    return named.every((w) => words.has(w));
  };
  let first = -1;
  for (let r = row - 1; r >= start; r--) {
    const cell = t.matrix[r]?.[labelColumn];
    if (isBlank(cell)) continue;
    if (!names(cell)) break;
    first = r;
  }
  return first >= 0 ? first : start;
}

/**
 * How many data rows from `first` to `end` keep their amount back, or -1 where one holds a figure (the
 * Total then adds up other money too). Blank and placeholder amounts (`-`) add nothing: passed over.
 */
function keptBackIn(
  t: TypedTable,
  first: number,
  end: number,
  column: number,
  leftOut: ReadonlyMap<number, LeftOutKind>,
): number {
  let kept = 0;
  for (let r = first; r < end; r++) {
    if (leftOut.has(r)) continue;
    const cell = t.matrix[r]?.[column] ?? null;
    if (isAmountKeptBack(cell)) kept++;
    else if (figureOf(cell, false) !== undefined) return -1;
  }
  return kept;
}

/** SUMMARY's kept-back amounts, with the sheet's own total of them where one stands for exactly them. */
export function withTotals(
  withheld: { readonly rows: number; readonly as: string },
  tables: readonly TypedTable[],
  committedSlot: number,
): { readonly rows: number; readonly as: string; readonly totals?: readonly KeptBackTotal[] } {
  const totals = keptBackTotals(tables, committedSlot, withheld.rows);
  return totals ? { ...withheld, totals } : withheld;
}
