import { AWARD_DATE_HEADERS, REPORT_DATE_HEADERS, YEAR_HEADERS } from "../schema";
import { coerceDate } from "./dateCells";
import { serialToIso } from "./excelDate";
import { cellText, isBlank, normalizeHeader } from "./text";
import { firstLanguage } from "./headerMatch";
import type { Cell, HeaderMapping } from "./types";

/**
 * A ledger's years (PartnerSummary.years): which year each row is for, by a column the tracker does
 * not map (`Year`, `FY`, `Ejercicio`), and each year's partners and Committed. A partner with rows in
 * several years is summed over all of them — right for a funder's yearly grants, twice the money for
 * a plan whose every yearly edition lists the same projects (real: a university's capital plans,
 * $4.17bn summed for a current plan of $1.99bn). Which one a sheet is, only its reader can tell: the
 * summary gives each year's figures, so the reader can.
 */

/** YEAR_HEADERS as compared, with their places in the list (the first are the surest years). */
const YEAR_RANK = new Map(YEAR_HEADERS.map((h, i) => [normalizeHeader(h), i] as const).reverse());

const REPORT_KEYS = new Set(REPORT_DATE_HEADERS.map(normalizeHeader));

/**
 * A year as a Year column writes it: `2025`, `FY2025`, `2024-25`, `2024/2025`, `2005 ~ 2006` (the
 * Arts Council of Wales' financial years, a helper's round: seven years summed without a word) — its
 * label as written.
 */
const YEAR_TEXT = /^\s*(?:FY\s*)?((?:19|20)\d{2})(?:\s*[-/–~]\s*(?:\d{2}|(?:19|20)\d{2}))?\s*$/i;

/** The 0-based column of a block's Year header that the mapping leaves unmapped, or -1. */
export function yearColumnOf(mapping: HeaderMapping): number {
  // A bilingual export's header read by its first language (`Fiscal Year:Année fiscal`: a helper's round,
  // real: the Ontario Trillium Foundation's grants, five fiscal years summed with no word of them).
  // The header earliest in YEAR_HEADERS wins: a `Year` beside a `Quarter` or a `Round` says the years.
  let best = -1;
  let rank = Infinity;
  for (const u of mapping.unknown) {
    const at = Math.min(
      YEAR_RANK.get(normalizeHeader(u.header)) ?? Infinity,
      YEAR_RANK.get(normalizeHeader(firstLanguage(u.header))) ?? Infinity,
    );
    if (at < rank) [best, rank] = [u.index, at];
  }
  return best;
}

const AWARD_DATE_KEYS = new Set(AWARD_DATE_HEADERS.map(normalizeHeader));

/**
 * The 0-based column of an award's date (`Award Date`), unmapped, read by its year for a block with
 * neither a Year column nor a report's date; or -1.
 */
export function awardDateColumnOf(mapping: HeaderMapping): number {
  if (yearColumnOf(mapping) >= 0 || reportColumnOf(mapping) >= 0) return -1;
  const found = mapping.unknown.find((u) => AWARD_DATE_KEYS.has(normalizeHeader(u.header)));
  return found ? found.index : -1;
}

/**
 * The 0-based column whose rows say which report they are from (`Date Reported As Of`), unmapped,
 * for a block without a Year column; or -1.
 */
export function reportColumnOf(mapping: HeaderMapping): number {
  if (yearColumnOf(mapping) >= 0) return -1;
  const found = mapping.unknown.find((u) => REPORT_KEYS.has(normalizeHeader(u.header)));
  return found ? found.index : -1;
}

/**
 * Does a report column (reportColumnOf) hold years alone (`2021`, `FY2021`) on its first filled rows?
 * Then each row is that year's award, not a report restating the others (a helper's round, real:
 * FEMA's EMPG grants, `reportingPeriod` 2014–2023 called "10 reports", 2023's figures "the sheet's").
 */
export function holdsYearsOnly(
  matrix: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  column: number,
): boolean {
  let seen = 0;
  for (let r = headerRow + 1; r < matrix.length && seen < 20; r++) {
    const cell = matrix[r]?.[column];
    if (cell === null || cell === undefined || cell === "") continue;
    if (yearIn(cell) === undefined) return false;
    seen++;
  }
  return seen > 0;
}

/** A report date's cell as its label (`2019-05-01`), or undefined when it holds no date. */
export function reportIn(cell: Cell): string | undefined {
  const serial = coerceDate(cell);
  return serial === undefined ? undefined : serialToIso(Math.floor(serial));
}

/** A cell's year as its label (`2025`, `2024-25`), or undefined when it holds no year. */
export function yearIn(cell: Cell): string | undefined {
  if (typeof cell === "number")
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? String(cell) : undefined;
  if (typeof cell !== "string") return undefined;
  if (YEAR_TEXT.test(cell)) return cell.trim();
  // A stray mark typed before or after it (`` `2017/18 ``, `'2019`): the year (a helper's round, real:
  // Oxford's community grants, £122,611 of 2017/18 left out of that year's figures).
  const bare = cell.trim().replace(STRAY_MARKS, "");
  return bare !== cell.trim() && YEAR_TEXT.test(bare) ? bare : undefined;
}

/** Quotes and backticks around a year. */
const STRAY_MARKS = /^[`'"\u2018\u2019\u201c\u201d]+|[`'"\u2018\u2019\u201c\u201d]+$/g;

/** `Q1 2024`, `2024 Q1`, `2024-Q1`, `Q1 FY2024`: a quarter, its year and number. */
const QUARTER_TEXT =
  /^\s*(?:Q([1-4])\s*[-/ ]?\s*(?:FY\s*)?((?:19|20)\d{2})|(?:FY\s*)?((?:19|20)\d{2})\s*[-/ ]?\s*Q([1-4]))\s*$/i;

/**
 * A Year column's cell as the period it is for: a year (yearIn), a quarter as `2024 Q1` (so they sort
 * in order), or a date's year — a round or year kept as a date (`01/01/2015 12:00:00 AM`). Helpers'
 * rounds, real: a state's disaster allocations restated each quarter, $109.5bn summed for a latest
 * $4.47bn without a word; USDOT's TIGER grants, eight rounds under `Round` as dates, summed unsaid.
 */
export function periodIn(cell: Cell, exactDates = false, dated?: { serial: number }): string | undefined {
  const year = yearIn(cell);
  if (year !== undefined) return year;
  if (typeof cell === "string") {
    const q = QUARTER_TEXT.exec(cell);
    if (q) return `${q[2] ?? q[3]} Q${q[1] ?? q[4]}`;
  }
  // A date as text, or as a serial of a real date (not a quarter's `1`…`4` read as 1900).
  if (typeof cell === "number" && cell < MIN_DATE_SERIAL) return undefined;
  const serial = coerceDate(cell);
  if (serial === undefined) return undefined;
  const iso = serialToIso(Math.floor(serial));
  if (dated) dated.serial = serial;
  // A round's date is the round (two rounds in one year are two); a date of 1 January is its year.
  return exactDates && !iso.endsWith("-01-01") ? iso : iso.slice(0, 4);
}

/** 1 January 1950 as an Excel serial: a smaller number in a Year column is no date. */
const MIN_DATE_SERIAL = 18_264;

/** A programme's rounds (`Round`, `Funding round`): dated rounds are told apart by their dates. */
const ROUND_HEADER = /\bround\b/i;

/** One year's rows: its distinct partners (each row whose name is withheld one, as the Total counts) and its Committed. */
export interface YearFigures {
  readonly year: string;
  readonly partners: number;
  readonly committed: number;
}

/** What PartnerSummary says of a ledger's years: each year's figures, and the partners in several. */
export interface LedgerYears {
  /** The Year column's header as written. */
  readonly column: string;
  /** The rows' periods are reports' dates (reportColumnOf), not years. */
  readonly reports?: boolean;
  /** Each year's figures, in year order. */
  readonly byYear: readonly YearFigures[];
  /** Partners with rows in more than one year. */
  readonly inSeveral: number;
  /** Rows with money whose cell is no year (blank, or `TBC`): in the totals, in no year's figures. */
  readonly unplaced?: { readonly rows: number; readonly committed: number; readonly as?: string };
  /**
   * Of the partners in both of the last two years, how many have the same Committed in each: most
   * of them, and the years may be editions of one plan (real: a university's capital plans, 23 of 30
   * projects); few, and they are a funder's yearly grants (Maryland's, 22 of 395; Berlin's, 17 of
   * 214), where a word of editions is noise.
   */
  readonly lastTwo: { readonly inBoth: number; readonly sameCommitted: number };
}

/** Dated rows a list has at least before dates within twelve months say it is one year's list. */
const ONE_YEARS_LIST_ROWS = 10;

/** Tallies rows by year as SUMMARY adds them (partners known by the id of their first row). */
export class YearTally {
  /** Each year's Committed, and each of its partners' Committed summed over its rows. */
  private readonly years = new Map<string, { partners: Map<number, number>; withheld: number; committed: number }>();
  private readonly firstYear = new Map<number, string>();
  private readonly several = new Set<number>();
  private column = "";
  private reports = false;
  /** Rows placed in a year (or a report). */
  private rows = 0;
  /** Of them, rows placed by a whole date, and the first and last such date (serials). */
  private datedRows = 0;
  private firstDate = Infinity;
  private lastDate = -Infinity;
  private readonly dated = { serial: Number.NaN };

  /**
   * The header of the Year column the rows' years come from (the first block's that has one), or of
   * the column of report dates (`reports`) they come from.
   */
  headedBy(header: string, reports = false): void {
    if (this.column !== "") return;
    this.column = header;
    this.reports = reports;
  }

  /** Rows whose cell is no year: how many, their Committed, the first one written. */
  private readonly unplaced: { rows: number; committed: number; as?: string } = { rows: 0, committed: 0 };

  /**
   * One row: its year's cell, its partner (undefined for a row without a name) and its Committed.
   * `withheld`: a row whose name is kept back (`(Particulier)`), one partner of that year's as the
   * Total counts it — none known to be another's, so in no several years (corpus round gn, real:
   * Amsterdam's register, "2016: 1 partner" for three grants, two to private persons the Total counts).
   */
  add(cell: Cell, partner: number | undefined, committed: number, withheld = false): void {
    this.dated.serial = Number.NaN;
    const year = this.reports ? reportIn(cell) : periodIn(cell, ROUND_HEADER.test(this.column), this.dated);
    if (year === undefined) {
      // A row of no year it can read: its money is in the totals and in no year's figures (said).
      this.unplaced.rows++;
      this.unplaced.committed += committed;
      if (this.unplaced.as === undefined && !isBlank(cell)) this.unplaced.as = cellText(cell).trim();
      return;
    }
    this.rows++;
    const serial = this.dated.serial;
    if (!Number.isNaN(serial)) {
      this.datedRows++;
      if (serial < this.firstDate) this.firstDate = serial;
      if (serial > this.lastDate) this.lastDate = serial;
    }
    let y = this.years.get(year);
    if (!y) this.years.set(year, (y = { partners: new Map(), withheld: 0, committed: 0 }));
    y.committed += committed;
    if (withheld) y.withheld++;
    if (partner === undefined) return;
    y.partners.set(partner, (y.partners.get(partner) ?? 0) + committed);
    const first = this.firstYear.get(partner);
    if (first === undefined) this.firstYear.set(partner, year);
    else if (first !== year) this.several.add(partner);
  }

  /** The years, when rows are in two or more and a partner is in more than one; else undefined. */
  result(): LedgerYears | undefined {
    if (this.years.size < 2 || this.several.size === 0) return undefined;
    // Dates all within twelve months are one year's list, whatever month it starts in: a UK financial
    // year's April to March is no two years to add up (a helper's round, real: Arts Council England's
    // project grants 2018/19, "2 years … the totals add up both").
    // (A programme's dated rounds are rounds, however close.)
    const rounds = ROUND_HEADER.test(this.column);
    // Ten dated rows at least: two grants eleven months apart say nothing of a year's list.
    if (
      !this.reports &&
      !rounds &&
      this.datedRows === this.rows &&
      this.rows >= ONE_YEARS_LIST_ROWS &&
      this.lastDate - this.firstDate < 366 &&
      // (A year-end and the next, 30 June and 30 June: two years, a reviewer's repro.)
      serialToIso(Math.floor(this.firstDate)).slice(5) !== serialToIso(Math.floor(this.lastDate)).slice(5)
    )
      return undefined;
    // Reports' dates are editions restating a list: a few dates, each over many rows, most partners
    // in several — not a notice's own publish date on each row (a reviewer's repro: six grants on six
    // `Date published` called six reports, the last grant "the sheet's figures").
    if (this.reports && (this.years.size * 2 > this.rows || this.several.size * 2 < this.firstYear.size))
      return undefined;
    const byYear = [...this.years]
      .map(([year, y]) => ({ year, partners: y.partners.size + y.withheld, committed: y.committed }))
      .sort((a, b) => a.year.localeCompare(b.year));
    return {
      column: this.column,
      ...(this.reports ? { reports: true } : {}),
      byYear,
      inSeveral: this.several.size,
      lastTwo: this.lastTwo(byYear),
      ...(this.unplaced.committed !== 0 ? { unplaced: { ...this.unplaced } } : {}),
    };
  }

  private lastTwo(byYear: readonly YearFigures[]): LedgerYears["lastTwo"] {
    const [before, last] = byYear.slice(-2).map((y) => this.years.get(y.year)!.partners);
    let inBoth = 0;
    let sameCommitted = 0;
    for (const [partner, committed] of last) {
      const earlier = before.get(partner);
      if (earlier === undefined) continue;
      inBoth++;
      // To the cent: sums of the same figures in another order may differ in the last bits. Nothing
      // in either year is no edition of a plan (a helper's round, real: a university's grant list, a
      // cooperative agreement blank in both years called "the same Committed").
      if (committed !== 0 && Math.abs(earlier - committed) < 0.005) sameCommitted++;
    }
    return { inBoth, sameCommitted };
  }
}
