import { columnLetter } from "../schema";
import type { SummaryWords } from "./doorWording";
import { formatAmount } from "./coerce";
import type { PartnerSummary } from "./partnerSummary";
import { mappingName } from "./repeatedHeaders";
import { UNSAID_CURRENCY } from "./summaryCurrency";
import type { HeaderMapping, Matrix } from "./types";

/**
 * What the notes of a Partners summary are made from, and the few ways of saying a figure, a header and
 * a list they share (sheetSummaryNotes.ts, summaryRepeatNotes.ts, summaryColumnNotes.ts). Each door —
 * the command line's `summary`, the task pane's summary of a sheet — passes the blocks it summed and its
 * own words (doorWording's SUMMARY_WORDS), and says the same notes.
 */

/** A block summed (the CLI's findBlocks, the pane's sheet read): where it is, its cells and its mapping. */
export interface SummedBlock {
  readonly sheet: string;
  readonly table?: string;
  readonly isTrackerTable: boolean;
  /** Its header row's place on the sheet, 1-based: matrix row i is worksheet row top + i. */
  readonly top: number;
  /** Its first column on the sheet, 1-based. */
  readonly left: number;
  readonly matrix: Matrix;
  readonly mapping: HeaderMapping;
}

/** One sheet's summary (summarizePartnerBlocks over `blocks`) and what its notes are said with. */
export interface SheetNotesInput {
  readonly summary: PartnerSummary;
  /** The blocks summed, in the order they were summed: a note's `block` is an index into these. */
  readonly blocks: readonly SummedBlock[];
  /** The block whose columns the figures are read by (its mapping names Committed): the first summed. */
  readonly main: SummedBlock;
  /** Per block summed: is it one table of several on its sheet (what is said of its rows is the table's)? */
  readonly tableOfSheet: readonly boolean[];
  /** The sheets a filter hides rows of (their hidden rows are said as hidden by a filter). */
  readonly filteredSheets: ReadonlySet<string>;
  /** Read from a text file (CSV): no cell is text to Excel's SUM. */
  readonly fromText: boolean;
  /** The door's words (SUMMARY_WORDS). */
  readonly words: SummaryWords;
}

/** The notes of one sheet's summary, in three lists as each door places them among its own. */
export interface SheetNotes {
  /** Said before every other note: the currency the figures are read in, a total of 0 that is no total. */
  readonly lead: string[];
  /** Said of a block among several: values run on past their column, countries summed as partners. */
  readonly blocks: string[];
  /** The rest, in the order they are said. */
  readonly notes: string[];
}

/** The years a summary's note lists figures for, the latest ones (a ledger may span twenty). */
export const YEARS_SHOWN = 5;

/** Most items a note lists by name (listedCapped): the rest counted, so no note runs past ~3 lines. */
export const NOTE_NAMES = 3;

/** An amount in the summary's currency; with none said (UNSAID_CURRENCY), a figure without a sign. */
export function money(value: number, currency: string): string {
  return currency === UNSAID_CURRENCY
    ? value.toLocaleString("en-US", {
        maximumFractionDigits: 2,
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      })
    : formatAmount(value, currency);
}

/** A header or title as one line: a header typed on two lines (`Total Allocation⏎$ Millions`) reads as one. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `a`, `a and b`, `a, b and c` (or `or`). */
export function listed(items: readonly string[], last = "and"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/** `a, b, c and 29 more columns`: listed, the first NOTE_NAMES named. */
export function listedCapped(items: readonly string[], more = "more"): string {
  return items.length <= NOTE_NAMES
    ? listed(items)
    : `${items.slice(0, NOTE_NAMES).join(", ")} and ${(items.length - NOTE_NAMES).toLocaleString("en-US")} ${more}`;
}

/** Each year's or report's figures as a note lists them: `2025: 3 partners, $4,000 · 2026: …`. */
export function periodFigures(
  periods: readonly { readonly year: string; readonly partners: number; readonly committed: number }[],
  currency: string,
): string {
  return periods
    .map(
      (y) =>
        `${oneLine(y.year)}: ${y.partners.toLocaleString("en-US")} ${y.partners === 1 ? "partner" : "partners"}, ` +
        money(y.committed, currency),
    )
    .join(" · ");
}

/**
 * Where block `i` of those summed is, as a summary's note names it: `in columns G–J` (blocks side by
 * side), `in table tblGrants`, `on Jan` (sheets summed with --sheet all; `on Jan (columns A–D)`).
 */
export function blockPlace(blocks: readonly SummedBlock[], i: number): string {
  const b = blocks[i];
  const width = (b.matrix[b.mapping.headerRow] ?? []).length;
  const columns = `columns ${columnLetter(b.left)}–${columnLetter(b.left + Math.max(width, 1) - 1)}`;
  const sideBySide = blocks.filter((x) => x.sheet === b.sheet && x.table === b.table).length > 1;
  const at = b.table ? `table ${b.table}` : sideBySide ? columns : "";
  return new Set(blocks.map((x) => x.sheet)).size > 1 ? `on ${b.sheet}${at ? ` (${at})` : ""}` : `in ${at || b.sheet}`;
}

/** A place (blockPlace) opening a sentence: `On y2016`, `In columns A–C`. */
export function sentenceStart(place: string): string {
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/** The header of the column mapped to `id`, as --map names it (`budget2014 (1)` where repeated: mappingName). */
export function mappedHeader(mapping: HeaderMapping, id: string): string | undefined {
  const at = mapping.columns.find((c) => c.id === id)?.index;
  return at === undefined ? undefined : mappingName(mapping, at);
}
