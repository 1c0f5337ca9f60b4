import { DATE_WINDOW } from "../schema";
import { isoToSerial, serialToIso, ymdToSerial } from "./excelDate";
import { trimmed } from "./text";
import type { Cell } from "./types";

/**
 * A date cell read as Excel's serial (SPEC "Cell values arrive as Excel gives them"): serials, the
 * ways people type a day, a month, a quarter, a half-year or a year alone, what kind of date the last
 * one read was (a side channel, as amountCells' is), and why a refused cell is no date.
 * Allocation-free on the common path (dates that are serials).
 */

/** The last serial Excel can show (9999-12-31). */
export const MAX_DATE_SERIAL = 2958465;

/**
 * The last day a date column holds, as the tracker's own date columns take them (the schema's
 * DATE_WINDOW: 2100-12-31, serial 73,415). A number past it in a date column is no date, at every door: a
 * CSV's amount shifted under its start date (`425180`: corpus round fl, real, Finland's ERDF projects,
 * "before Start date 3064-02-06", a day no one wrote), or a serial Excel shows as a day past 2100.
 */
export const LAST_DATE_SERIAL = isoToSerial(DATE_WINDOW.to) as number;

/**
 * A serial past LAST_DATE_SERIAL that is a year's last day (`9999-12-31`, `2999-12-31`): a system's "no
 * end" written as a date, read as the day it is, as before LAST_DATE_SERIAL was (a reviewer's repro: an
 * open-ended agreement's End date, a date cell, said 'End date is "2958465" — expected a date', a number
 * no one wrote). A figure shifted under a date column is another day (`425180`, 3064-02-06). Asked only of
 * numbers past 2100, never in the fast lane.
 */
function isYearEndPast2100(cell: number): boolean {
  return cell < MAX_DATE_SERIAL + 1 && serialToIso(Math.floor(cell)).endsWith("-12-31");
}

/** A time of day after a date (`12:00:00 AM`, `0:00`): the usual open-data export; dropped. */
const TIME =
  "(?:[T ]\\s*\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:Z|GMT|UTC|[+-]\\d{2}:?\\d{2})?)?";
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const YMD_SLASH = new RegExp(`^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME}$`);
/**
 * `3/1/2024`, `3-1-2024`, `01.03.2024`: month first unless the column says otherwise (SPEC: decided
 * per column from the values that can only be one, such as `25/03/2024`). A two-digit year
 * (`14/01/99`) as Excel reads it (fullYear), said once for the column (DATE_SHORT_YEAR).
 */
// A space after a separator is the day or month printed padded (`7/ 9/2018`: a foundation's grants
// ledger, 49 dates "expected a date"; `01. 03. 2024`).
const NUMERIC_DATE = new RegExp(`^(\\d{1,2})([/.-]) ?(\\d{1,2})\\2 ?(\\d{4}|\\d{2})${TIME}$`);
/**
 * `1 March 2024`, `1-Mar-2024`, an e-mail style `Fri, 01 Jan 2010 00:00:00 -0500`, and the database
 * export `14-MAR-12` (two-digit year: read as Excel reads it, 00–29 → 2000s, 30–99 → 1900s).
 */
const DAY_MONTH_NAME = new RegExp(
  `^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?[\\s-]+(?:de\\s+)?(\\p{L}{3,10})\\.?,?[\\s-]+(?:de\\s+)?(\\d{4}|\\d{2})${TIME}$`,
  "iu",
);
const MONTH_NAME_DAY = new RegExp(`^([a-z]{3,9})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, "i");
/** `October 2024`, `Oct-2024`: a month alone, read as its first day with a warning (SPEC). */
const MONTH_YEAR = /^([a-z]{3,9})\.?[\s-]+(\d{4})$/i;
/**
 * `Mar-16`, `Mar '16`: a month and a two-digit year — what Excel's `mmm-yy` format shows, so what an
 * export of such a column holds as text (a day typed as `16-Mar` is shown day first). A month alone.
 */
const MONTH_SHORT_YEAR = /^([a-z]{3,9})\.?(?:-'?|\s+')(\d{2})$/i;
/**
 * `Mar 18`: 18 March, or March 2018? Read as a month and a year only in a column whose other dates
 * are written `Mar-18` (monthYearWithSpace); alone, a date to write out (dateProblem says both).
 */
const MONTH_SPACE_SHORT_YEAR = /^([a-z]{3,9})\.?\s+(\d{2})$/i;
/** `11/2023`: a month alone in numbers. */
const NUMERIC_MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;

/** Excel's reading of a two-digit year (its default window: 1930–2029). */
function fullYear(digits: string): number {
  const y = Number(digits);
  return digits.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].flatMap((name, i): [string, number][] => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    ...(name === "september" ? [["sept", 9] as [string, number]] : []),
  ]),
  // And as German, Spanish, French and Dutch write them, whole or short (helpers' rounds, real: an
  // English list exported through a German Excel, `31. Dez 18`, 125 errors; Spain's `4 de marzo de
  // 2009`). Each spelling means one month in every language that has it.
  ...([
    ["januar", 1],
    ["jänner", 1],
    ["februar", 2],
    ["märz", 3],
    ["mär", 3],
    ["mrz", 3],
    ["mai", 5],
    ["juni", 6],
    ["juli", 7],
    ["oktober", 10],
    ["okt", 10],
    ["dezember", 12],
    ["dez", 12],
    ["enero", 1],
    ["ene", 1],
    ["febrero", 2],
    ["marzo", 3],
    ["abril", 4],
    ["abr", 4],
    ["mayo", 5],
    ["junio", 6],
    ["julio", 7],
    ["agosto", 8],
    ["ago", 8],
    ["septiembre", 9],
    ["setiembre", 9],
    ["set", 9],
    ["octubre", 10],
    ["noviembre", 11],
    ["diciembre", 12],
    ["dic", 12],
    ["janvier", 1],
    ["janv", 1],
    ["février", 2],
    ["févr", 2],
    ["fév", 2],
    ["mars", 3],
    ["avril", 4],
    ["avr", 4],
    ["juin", 6],
    ["juillet", 7],
    ["juil", 7],
    ["août", 8],
    ["septembre", 9],
    ["octobre", 10],
    ["novembre", 11],
    ["décembre", 12],
    ["déc", 12],
    ["januari", 1],
    ["februari", 2],
    ["maart", 3],
    ["mrt", 3],
    ["mei", 5],
    ["augustus", 8],
  ] as [string, number][]),
]);

function validYear(y: number): boolean {
  return y >= 1900 && y <= 9999;
}

/**
 * A day from its year, month and day, within a tracker's dates: past LAST_DATE_SERIAL (2100-12-31) a
 * date typed as text is no date, as a serial past it is not (`3064-02-06`: a mistyped year).
 */
function fromParts(y: number, m: number, d: number): number | undefined {
  const serial = validYear(y) ? ymdToSerial(y, m, d) : undefined;
  // (A year's last day past 2100, `9999-12-31`, is a system's "no end", as its serial is: isYearEndPast2100.)
  return serial !== undefined && (serial <= LAST_DATE_SERIAL || (m === 12 && d === 31)) ? serial : undefined;
}

/**
 * The last day of the period a date without its day stands for (`kind`: DATE_MONTH_ONLY, DATE_QUARTER
 * or DATE_YEAR_ONLY, as lastDateKind says), from its first day `serial`.
 */
export function periodEnd(serial: number, kind: number): number {
  const [y, m] = serialToIso(serial).split("-").map(Number);
  const months =
    kind === DATE_MONTH_ONLY
      ? 1
      : kind === DATE_QUARTER
        ? 3
        : kind === DATE_HALF_YEAR
          ? 6
          : kind === DATE_YEAR_ONLY
            ? 12
            : 0;
  if (months === 0) return serial;
  const next = m + months > 12 ? ymdToSerial(y + 1, m + months - 12, 1) : ymdToSerial(y, m + months, 1);
  return next === undefined ? serial : next - 1;
}

/**
 * Dates: an Excel serial (the time of day is dropped), or unambiguous text: `2024-03-01`,
 * `2024/03/01`, `3/1/2024` (US order, as SPEC says), `March 1, 2024`, `1 Mar 2024`. Impossible
 * dates (`2/30/2024`, `13/1/2024`) and two-digit years (`3/1/24`) are refused.
 */
/**
 * What the last coerceDate read: a whole date, a month alone (read as its first day), or a year
 * alone (read as its 1 January).
 */
export const DATE_WHOLE = 0;
export const DATE_MONTH_ONLY = 1;
export const DATE_YEAR_ONLY = 2;
export const DATE_QUARTER = 3;
/**
 * A whole date with a two-digit year (`14/01/99`), read as Excel reads it: Excel accepts it silently,
 * but `45` is 1945 there, not 2045, so the column says how it read them (real: a register of
 * political parties, 64 such dates each refused as an error of its own).
 */
export const DATE_SHORT_YEAR = 4;
/** A half-year (`H1 2025`, `1º semestre 2025`, `2. Halbjahr 2025`), read as its first day. */
export const DATE_HALF_YEAR = 5;
/**
 * A date written as one number, year, month and day (`20150601`): a database export's, which Excel
 * holds as the number 20,150,601 and sorts and filters so (a helper's round, real: Philadelphia's
 * contracts, 254 "that number is not a date Excel can show", one per distinct date).
 */
export const DATE_COMPACT = 6;

/** The serial of a `YYYYMMDD` number (19000101–21001231, a day the calendar has), else undefined. */
function compactDateSerial(n: number): number | undefined {
  if (!Number.isInteger(n) || n < 19000101 || n > 21001231) return undefined;
  return fromParts(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}
const COMPACT_DATE = /^\d{8}$/;

/**
 * The serial of a date in Taiwan's Minguo (ROC) calendar written as one number, `YYYMMDD` with the year
 * counted from 1912 (`1000601`, year 100: 2011-06-01), as Taipei's open data writes every date (corpus
 * round qa D-qa2, real: Taipei City's industry grant recipients, each start and end date refused "as a
 * day, that number is 4639-07-20"). Seven digits (years 100–189, 2011–2100); with `short`, also the
 * years 1–99 (`991201`: 2010-12-01), which alone are as likely a `DDMMYY`. Else undefined. Asked only of
 * a column most of whose cells are seven-digit such dates (typedCells).
 */
export function minguoDateSerial(cell: Cell, short = false): number | undefined {
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{5,7}\s*$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isInteger(n) || n < (short ? 10101 : 1000101) || n > 1891231) return undefined;
  return fromParts(Math.floor(n / 10000) + 1911, Math.floor(n / 100) % 100, n % 100);
}

/** Says the date just read was written as one number (DATE_COMPACT): for a reading made outside coerceDate. */
export function readAsCompact(serial: number): number {
  dateKind = DATE_COMPACT;
  return serial;
}

/** `2027-Q2`, `2027 Q2`, `Q2 2027`, `Q2-2027`: a quarter (real: a capital pipeline's completion dates). */
const YEAR_QUARTER = /^(\d{4})\s*[-/ ]?\s*Q([1-4])$/i;
const QUARTER_YEAR = /^Q([1-4])\s*[-/ ]?\s*(\d{4})$/i;

/**
 * Half-years, as plans schedule their actions (a helper's round, real: a Basque action plan's
 * `1º semestre 2025`, 20 of its 22 actions' dates refused): `H1 2025`, `2025-H2`, `S1 2025`,
 * `1º semestre 2025`, `2.º semestre de 2025`, `primer semestre 2025`, `1. Halbjahr 2025`,
 * `first half 2025`. Each gives [half (1 or 2), year].
 */
const HALF_YEAR_PATTERNS: readonly [RegExp, number, number][] = [
  [/^(\d{4})\s*[-/ ]?\s*[HS]([12])$/i, 2, 1],
  [/^[HS]([12])\s*[-/ ]?\s*(\d{4})$/i, 1, 2],
  [
    /^([12])\s*(?:\.?\s*[º°ªo]|er|[eè]me|e|st|nd|\.)?\s*(?:semestre|semester|halbjahr|half(?:[- ]?year)?)\s*(?:de(?:l)?\s+|of\s+|[-/,]\s*)?(\d{4})$/i,
    1,
    2,
  ],
];
const HALF_WORDS =
  /^(primer|segundo|first|second|premier)\s+(?:semestre|semester|half(?:[- ]?year)?)\s*(?:de(?:l)?\s+|of\s+|[-/,]\s*)?(\d{4})$/i;

/** [half, year] of a half-year text (HALF_YEAR_PATTERNS), or undefined. */
function halfYear(s: string): [number, number] | undefined {
  for (const [re, half, year] of HALF_YEAR_PATTERNS) {
    const m = re.exec(s);
    if (m) return [Number(m[half]), Number(m[year])];
  }
  const m = HALF_WORDS.exec(s);
  return m ? [/^(primer|first|premier)$/i.test(m[1]) ? 1 : 2, Number(m[2])] : undefined;
}

/**
 * A year alone in a date column — a KPI table's `Target date` of 2030, typed as a number (a CSV's
 * plain number, an .xlsx's General cell) or as text — is that year, not the Excel serial it would
 * also be (2030 is 22 July 1905, which no tracker date is): read as its 1 January, and said.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const YEAR_ONLY = /^\d{4}$/;

/** The serial of 1 January of `n` when `n` is a year alone (see FIRST_YEAR), else undefined. */
export function yearOnlySerial(n: number): number | undefined {
  return n >= FIRST_YEAR && n <= LAST_YEAR && Number.isInteger(n) ? ymdToSerial(n, 1, 1) : undefined;
}
/** Side channel like lastAmountCurrency: set by every coerceDate of text, read right after it. */
let dateKind = DATE_WHOLE;

export function lastDateKind(): number {
  return dateKind;
}

/**
 * The two leading numbers of a `3/1/2024`-style date, or undefined: how a column decides whether it
 * is written day first (SPEC: from the values that can only be one).
 */
export function numericDateParts(text: string): { first: number; second: number; dotted: boolean } | undefined {
  const t = trimmed(text);
  // A digit first, and a `/`, `.` or `-` second or third (NUMERIC_DATE's start): most text is settled
  // by these reads, not the pattern (SUMMARY reads a thousand rows' cells for a day-first date).
  const c0 = t.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) || !(isDateSeparator(t.charCodeAt(1)) || isDateSeparator(t.charCodeAt(2)))) {
    return undefined;
  }
  const m = NUMERIC_DATE.exec(t);
  return m ? { first: Number(m[1]), second: Number(m[3]), dotted: m[2] === "." } : undefined;
}

/** `/`, `.` or `-`: what separates a numeric date's parts. */
function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

export function coerceDate(cell: Cell, dayFirst = false): number | undefined {
  dateKind = DATE_WHOLE;
  if (typeof cell === "number") {
    const year = yearOnlySerial(cell);
    if (year !== undefined) {
      dateKind = DATE_YEAR_ONLY;
      return year;
    }
    if (cell >= MAX_DATE_SERIAL + 1) {
      const compact = compactDateSerial(cell);
      if (compact !== undefined) dateKind = DATE_COMPACT;
      return compact;
    }
    return cell >= 1 && (cell < LAST_DATE_SERIAL + 1 || isYearEndPast2100(cell)) ? Math.floor(cell) : undefined;
  }
  if (typeof cell !== "string") return undefined;
  const s = trimmed(cell);
  const quarter = YEAR_QUARTER.exec(s) ?? QUARTER_YEAR.exec(s);
  if (quarter) {
    const [year, q] = quarter[1].length === 4 ? [quarter[1], quarter[2]] : [quarter[2], quarter[1]];
    const serial = fromParts(Number(year), (Number(q) - 1) * 3 + 1, 1);
    if (serial !== undefined) dateKind = DATE_QUARTER;
    return serial;
  }
  const half = halfYear(s);
  if (half) {
    const serial = fromParts(half[1], half[0] === 1 ? 1 : 7, 1);
    if (serial !== undefined) dateKind = DATE_HALF_YEAR;
    return serial;
  }
  if (YEAR_ONLY.test(s)) {
    const year = yearOnlySerial(Number(s));
    if (year !== undefined) dateKind = DATE_YEAR_ONLY;
    return year;
  }
  if (COMPACT_DATE.test(s)) {
    const compact = compactDateSerial(Number(s));
    if (compact !== undefined) dateKind = DATE_COMPACT;
    return compact;
  }
  let m = ISO_DATE.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DATE.exec(s);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
    const serial = dayFirst ? fromParts(year, b, a) : fromParts(year, a, b);
    if (serial !== undefined && m[4].length === 2) dateKind = DATE_SHORT_YEAR;
    return serial;
  }
  m = MONTH_YEAR.exec(s) ?? MONTH_SHORT_YEAR.exec(s);
  if (m) {
    const month = MONTHS.get(m[1].toLowerCase());
    if (month === undefined) return undefined;
    dateKind = DATE_MONTH_ONLY;
    return fromParts(fullYear(m[2]), month, 1);
  }
  m = NUMERIC_MONTH_YEAR.exec(s);
  if (m) {
    dateKind = DATE_MONTH_ONLY;
    return fromParts(Number(m[2]), Number(m[1]), 1);
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = MONTHS.get(m[1].toLowerCase());
    return month ? fromParts(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = MONTHS.get(m[2].toLowerCase());
    return month ? fromParts(fullYear(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/**
 * Excel's day 0: a date cell holding 0, which Excel shows as `1/0/1900` (or `00/01/1900`, as the
 * locale writes it) and a CSV export keeps so (a helper's round, real: a state's drinking-water
 * awards, `1/0/1900` on 363 rows "a day that does not exist", its order "read month first (0NaN-…)").
 */
function isZeroDate(cell: Cell): boolean {
  if (cell === 0) return true;
  return typeof cell === "string" && ZERO_DATE.test(cell);
}
const ZERO_DATE = /^\s*(?:(?:0?1[/.-]0{1,2}|0{1,2}[/.-]0?1)[/.-](?:1900|00)|1900-0?1-0{1,2}|0)\s*$/;

/**
 * `Mar 18` read as March 2018, a month alone (the column's other dates are `Mar-18`): its serial, the
 * last date kind set to DATE_MONTH_ONLY; undefined for any other text.
 */
export function monthYearWithSpace(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const m = MONTH_SPACE_SHORT_YEAR.exec(trimmed(cell));
  const month = m ? MONTHS.get(m[1].toLowerCase()) : undefined;
  if (m === null || month === undefined) return undefined;
  dateKind = DATE_MONTH_ONLY;
  return fromParts(fullYear(m[2]), month, 1);
}

/** The two-digit year of a cell written `Mar-18` (Excel's mmm-yy, as text), else undefined. */
export function monthShortYearOf(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const m = MONTH_SHORT_YEAR.exec(trimmed(cell));
  return m && MONTHS.has(m[1].toLowerCase()) ? Number(m[2]) : undefined;
}

/**
 * Is the text a day written with its month's name and its year (`20-Sep-17`, Excel's `dd-mmm-yy` saved
 * as text; `1 March 2024`, `Sep 20, 2017`)? A date, which no header is (dataSigns).
 */
export function namedMonthDate(text: string): boolean {
  const s = trimmed(text);
  const m = DAY_MONTH_NAME.exec(s);
  if (m) return MONTHS.has(m[2].toLowerCase());
  const n = MONTH_NAME_DAY.exec(s);
  return n !== null && MONTHS.has(n[1].toLowerCase());
}

/** Why a date cell was refused, in words a partner understands (only called for refused cells). */
export function dateProblem(cell: Cell, dayFirst = false, minguo = false): string {
  const s = typeof cell === "string" ? cell.trim() : "";
  // A Minguo date among a column of them whose day the month has not (`1051131`: corpus round qa, real:
  // Taipei's grant recipients, three such, each said to be "4777-11-23: past 2100").
  const roc = minguo ? Number(typeof cell === "number" ? cell : /^\d{5,7}$/.test(s) ? s : NaN) : NaN;
  if (Number.isInteger(roc) && roc >= 10101 && roc <= 1891231) {
    const [y, m, d] = [Math.floor(roc / 10000), Math.floor(roc / 100) % 100, roc % 100];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      const pad = (k: number) => String(k).padStart(2, "0");
      return `that day does not exist on the calendar (read as this column's Minguo dates are, it is ${y + 1911}-${pad(m)}-${pad(d)})`;
    }
  }
  // `00/01/1900`, `1/0/1900`, `1900-01-00`, 0: Excel's day 0, what an empty date cell shows under a
  // date format (real: a Brazilian ledger's `00/01/1900` on 12 rows).
  if (isZeroDate(cell)) {
    return "that is Excel's day 0 (an empty date cell shown as a date): leave the cell blank, or type the date";
  }
  // A year Excel has no day for (`1214-07-01`, `0015-08-01`): a mistyped year, not a day missing from
  // the calendar (a helper's round, real: FEMA's EMPG grants, 17 such dates "that day does not exist").
  const numeric = NUMERIC_DATE.exec(s);
  const year = (ISO_DATE.exec(s) ?? YMD_SLASH.exec(s))?.[1] ?? (numeric?.[4].length === 4 ? numeric[4] : undefined);
  if (year !== undefined && Number(year) < 1900) {
    return `the year ${year} is before 1900, the first year Excel has: a mistyped year?`;
  }
  // A day typed as text past the tracker's last (`3064-02-06`, `6 Feb 3064`, `Q1 3064`): its year said,
  // as a serial past it is (LAST_DATE_SERIAL).
  const lateYear =
    year ??
    MONTH_NAME_DAY.exec(s)?.[3] ??
    DAY_MONTH_NAME.exec(s)?.[3] ??
    MONTH_YEAR.exec(s)?.[2] ??
    NUMERIC_MONTH_YEAR.exec(s)?.[2] ??
    (YEAR_QUARTER.exec(s) ?? QUARTER_YEAR.exec(s))?.slice(1).find((part) => part.length === 4) ??
    halfYear(s)?.[1];
  const lastYear = DATE_WINDOW.to.slice(0, 4);
  if (lateYear !== undefined && Number(lateYear) > Number(lastYear) && Number(lateYear) <= 9999) {
    return `expected a date (the year ${lateYear} is past ${lastYear}, where a tracker's dates end)`;
  }
  if (NUMERIC_DATE.test(s)) {
    return dayFirst
      ? "that day does not exist on the calendar (this column's dates are day first, like 1/3/2024 for March 1)"
      : "that day does not exist on the calendar (dates are read month first, like 3/1/2024 for March 1)";
  }
  // `Mar 18` in a column with no `Mar-18` to say which (a helper's round, real: Sutton's contracts).
  const spaced = MONTH_SPACE_SHORT_YEAR.exec(s);
  if (spaced && MONTHS.has(spaced[1].toLowerCase())) {
    return `that could be ${spaced[2]} ${spaced[1]} (no year) or ${spaced[1]} 20${spaced[2]}: write it as ${spaced[1]}-20${spaced[2]}, or the day with its year`;
  }
  // A month name that is none (`17-Mav-17`: a real lottery list's typo) is the word to fix, not the day.
  const named = MONTH_NAME_DAY.exec(s)?.[1] ?? DAY_MONTH_NAME.exec(s)?.[2];
  if (named !== undefined && !MONTHS.has(named.toLowerCase())) {
    return `"${named}" is not a month's name — expected a date, like 17-May-2017 or 2024-03-01`;
  }
  if (
    ISO_DATE.test(s) ||
    YMD_SLASH.test(s) ||
    NUMERIC_DATE.test(s) ||
    MONTH_NAME_DAY.test(s) ||
    DAY_MONTH_NAME.test(s)
  ) {
    return "that day does not exist on the calendar (dates are read month first, like 3/1/2024 for March 1)";
  }
  // A serial past the tracker's last day (LAST_DATE_SERIAL): quoted as written, its day said after it.
  if (typeof cell === "number" && cell >= LAST_DATE_SERIAL + 1 && cell < MAX_DATE_SERIAL + 1) {
    return `expected a date (as a day, that number is ${serialToIso(cell)}: past ${DATE_WINDOW.to.slice(0, 4)}, where a tracker's dates end)`;
  }
  if (typeof cell === "number") return "that number is not a date Excel can show";
  return "expected a date, like 2024-03-01 or 3/1/2024";
}
