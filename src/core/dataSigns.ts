/**
 * Signs that a row holds data rather than headers (looksLikeData, dataSigns): a TRUE/FALSE, an email, a
 * date typed as text, figures (ids typed as text too) outnumbering words — and which numbers are figures, not a year or a month's
 * date heading a column (isFigure). Split from headers.ts.
 */
import { coerceNumber } from "./amountCells";
import { namedMonthDate } from "./dateCells";
import { HEADER_DATES } from "./headerMatch";
import { yearFigure } from "./headerYears";
import type { Cell } from "./types";

/**
 * An email address, the whole cell: not any `@` (real: an NHS loans ledger's `Opening balance @
 * 01/04/2018` header made its header row "data", and three sheets of loans went unchecked).
 */
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
/**
 * A date typed as text, no header: in figures (`2017-09-20`, `20/09/2017`) or a day with its month's
 * name and year (`20-Sep-17`, Excel's `dd-mmm-yy` saved as text: corpus round fk, real: South Africa's
 * lottery payments, no header row, its first payment read as the headers and lost when mapped so).
 * Not a month and a year alone (`Jun-23`), a header over a month's figures.
 */
export function isTextDate(text: string): boolean {
  const s = text.trim();
  return DATE_LIKE.test(s) || (/\d/.test(s) && /\p{L}/u.test(s) && namedMonthDate(s));
}
/**
 * Digits alone typed as text (`104114`, `7968`): an id or a code kept as text, a figure as a number is
 * where a header writes words (the same lottery payments: its project numbers). Not a year (`2017`).
 */
const DIGITS_ONLY = /^\d+$/;
/**
 * An amount of money written as text, the whole cell (`$5,000`, `£1,200.50`, `(€300)`, `USD 40,000`): a
 * figure, as a number is, where a header writes words (a file without a header row, its amounts typed as
 * text, was told it had no Partner column rather than no header row). A units line (`£000`) is none.
 */
/** A year by a currency (`USD 2023`, `£2024`): a column's heading of a year's figures, no amount (a reviewer's repro). */
const YEAR_BESIDE_CURRENCY = /^\D*(?:19|20)\d{2}\D*$/;
const AMOUNT_LIKE =
  /^[(-]?\s*(?:(?:US|AU|CA|NZ)?\$|[£€¥₹]|(?:USD|GBP|EUR|CAD|AUD|INR)\s?)\s?[1-9]\d{0,2}(?:[,.\s]?\d{3})*(?:\.\d{1,2})?\)?$/;

/**
 * A row that holds data rather than headers: a number that is not a year over a column, a
 * TRUE/FALSE, an email address or a date. A data row passed without its header (`tblLeadership`
 * instead of `tblLeadership[#All]`) can hold words that are also headers ("Champion", "Government");
 * its numbers and dates give it away.
 */
export function looksLikeData(cells: readonly Cell[] | undefined): boolean {
  return dataSigns(cells) !== undefined;
}

/**
 * Why a row reads as data: `marked` by a value no header holds (TRUE/FALSE, an email, a date typed as
 * text), or by numbers outnumbering its words: `marked` again unless each is a date, then `dates` —
 * which a header row has too when a month's date heads each column of figures (`Partner | Committed |
 * Jun-23 | Jul-23 …`, the cells' values being date serials). Undefined for a row of words.
 */
export function dataSigns(cells: readonly Cell[] | undefined): "marked" | "dates" | undefined {
  let numbers = 0;
  let texts = 0;
  let dates = 0;
  for (const cell of cells ?? []) {
    if (typeof cell === "boolean") return "marked";
    if (typeof cell === "number") {
      if (!yearFigure(cell)) numbers++;
      if (Number.isInteger(cell) && cell >= HEADER_DATES[0] && cell < HEADER_DATES[1]) dates++;
    } else if (typeof cell === "string" && cell.trim() !== "") {
      const text = cell.trim();
      if (EMAIL_LIKE.test(text) || isTextDate(text)) return "marked";
      if (AMOUNT_LIKE.test(text) && !YEAR_BESIDE_CURRENCY.test(cell)) numbers++;
      else if (DIGITS_ONLY.test(text) && !yearFigure(text)) numbers++;
      else texts++;
    }
  }
  // A few numbers among many words that head columns are headers too: a pandas export's index column
  // headed `0` (real: a state contract register, `Doc Number | … | End Date | 0`, was told to add a
  // header row above its header row), a month's column headed by its date (real: a grants
  // commission's `Jun-23` twice among 13 headers, so --map found no `Council` there). A data row holds
  // more numbers than that, or a date or an email.
  if (!(numbers > 0 && texts < TEXTS_PER_NUMBER * numbers)) return undefined;
  return dates === numbers ? "dates" : "marked";
}

/** Words a header row has for each number in it, at least (see looksLikeData). */
const TEXTS_PER_NUMBER = 4;

/**
 * A number that is no year nor a month's date heading a column (dataSigns counts these as data). A row
 * alone cannot tell a year heading its column (`2019` over that year's grants) from a record's amount of
 * 2,000: where the mapping says a column holds amounts, its whole column does (mappingByHand, yearsAlone).
 */
export function isFigure(cell: Cell): boolean {
  return (
    typeof cell === "number" &&
    !yearFigure(cell) &&
    !(Number.isInteger(cell) && cell >= HEADER_DATES[0] && cell < HEADER_DATES[1])
  );
}

/** Text holding a figure with its digits grouped or a currency (`3,340,685`, `$1,200`) as its number. */
export function textFigure(cell: Cell): Cell {
  return typeof cell === "string" && /\d[,.]\d{3}|[$£€]\s*\d/.test(cell) ? (coerceNumber(cell) ?? null) : null;
}
