import { LISTS } from "../schema";
import { DOLLAR_MARK, KRONE_MARK, MORE_MARKS } from "./amountCells";
import { serialToIso } from "./excelDate";
import { isBlank, trimmed } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * Turning cells into typed values, exactly as SPEC's "Cell values arrive as Excel gives them" says:
 * accept what is unambiguous, refuse (return undefined) what is not, and let the rules explain why.
 * Every function here is allocation-free on the common path (numbers that are numbers, dates that
 * are serials) because the rule engine runs them once per cell. Amounts are read in amountCells.ts,
 * dates in dateCells.ts, the currency and multiple a header names in headerCurrency.ts; here Yes/No,
 * text and e-mail cells, and the formats values are shown in.
 */

export type YesNo = (typeof LISTS.yesNo.values)[number];
const [YES, NO] = LISTS.yesNo.values;

/** What people type for Yes and No, besides the listed spellings (compared ignoring case). */
const YES_NO: ReadonlyMap<string, YesNo> = new Map([
  [YES.toLowerCase(), YES],
  ["y", YES],
  ["true", YES],
  ["1", YES],
  [NO.toLowerCase(), NO],
  ["n", NO],
  ["false", NO],
  ["0", NO],
]);

/** Yes/Y/TRUE/1 (any case, TRUE as a boolean too) → Yes; No/N/FALSE/0 → No; anything else undefined. */
export function coerceYesNo(cell: Cell): YesNo | undefined {
  if (typeof cell === "boolean") return cell ? YES : NO;
  if (typeof cell === "number") return cell === 1 ? YES : cell === 0 ? NO : undefined;
  if (typeof cell !== "string") return undefined;
  if (cell === YES || cell === NO) return cell; // the listed spellings, without allocating
  return YES_NO.get(cell.trim().toLowerCase());
}

/** A text value: trimmed, or undefined for a blank cell. Numbers and booleans read as text. */
export function coerceText(cell: Cell): string | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

/** A plausible email address: one `@` with text before it, a dot in the domain, no spaces. */
export function isEmail(text: string): boolean {
  return EMAIL.test(trimmed(text));
}

const WHOLE_DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const TWO_DIGITS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// (Whether an amount header is in another language, its dollars none: amountLanguage.ts.)
export { headedInOtherLanguage } from "./amountLanguage";

/** `1,200` or `-1,200.50`: an amount in a currency nobody named, for messages. */
export function formatSignless(value: number): string {
  return (Number.isInteger(value) ? WHOLE : TWO_DIGITS).format(value);
}

/** `$1,200` or `$1,200.50` for messages (negative amounts as `-$5`). */
export function formatDollars(value: number): string {
  return (Number.isInteger(value) ? WHOLE_DOLLARS : CENTS).format(value);
}

const FORMATS = new Map<string, Intl.NumberFormat[]>();

/** An amount in its column's currency: `£1,200`, `€1,200.50`, `$1,200` (never `$` for pounds). */
export function formatAmount(value: number, currency = "USD"): string {
  // A bare `$` (DOLLAR_MARK: the cell's sign, the column naming no dollar) is shown as dollars, as
  // the summary sums it; Intl refuses it as a code (the pane's Sample of a typed `$25,000` failed the read).
  if (currency === "" || currency === "USD" || currency === DOLLAR_MARK) return formatDollars(value);
  // `kr` names no one currency (KRONE_MARK): shown as Intl shows a code, `kr 12,500`.
  if (currency === KRONE_MARK) return `kr ${formatFigure(value)}`;
  let formats = FORMATS.get(currency);
  if (!formats) {
    formats = [0, 2].map(
      (digits) =>
        new Intl.NumberFormat("en-US", {
          style: "currency",
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
    );
    FORMATS.set(currency, formats);
  }
  return formats[Number.isInteger(value) ? 0 : 1].format(value);
}

/** An amount naming no currency, as amounts are shown: `181,007.10`, `3,880`. */
export function formatFigure(value: number): string {
  return (Number.isInteger(value) ? WHOLE : TWO_DIGITS).format(value);
}

export function formatNumber(value: number): string {
  return PLAIN.format(value);
}

/** `2024-03-01` for messages: unambiguous whatever the reader's locale. */
export function formatDate(serial: number): string {
  return serialToIso(serial);
}

/**
 * The currency a number format shows (`"£"#,##0`, `[$£-809]#,##0.00`, `_-[$€-x-euro2] * #,##0`,
 * `[$$-C09]#,##0` → GBP, GBP, EUR, AUD), "" when it shows none. A custom function never sees it
 * (Excel hands values, not formats); the file does, and a UK grant list often says £ nowhere else
 * (real: Arts Council England's project grants, `"£"#,##0` on every award, summed as dollars).
 * Excel's built-in currency formats (ids 5–8) take the reader's locale: they name no currency.
 */
export function formatCurrency(code: string): string {
  const first = code.split(";")[0];
  const locale = /\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?[^\]]*\]/.exec(first);
  if (locale && locale[1] !== "") {
    const mark = locale[1].trim();
    if (mark === "$") return DOLLAR_LOCALES[(locale[2] ?? "").toUpperCase()] ?? "USD";
    if (/^kr\.?$/i.test(mark)) return KRONE_LOCALES[(locale[2] ?? "").toUpperCase()] ?? KRONE_MARK;
    return (
      FORMAT_MARKS[mark] ?? MORE_MARKS[mark.toUpperCase()] ?? (/^[A-Za-z]{3}$/.test(mark) ? mark.toUpperCase() : "")
    );
  }
  // Outside [colour] brackets: a quoted or escaped mark, or a bare one (£, €, $ are literal in a format).
  const bare = first.replace(/\[[^\]]*\]/g, "");
  if (/"\s*kr\.?\s*"/i.test(bare)) return KRONE_MARK; // `#,##0 "kr."`: Excel's Nordic currency formats
  const mark = /(?:"\s*([£€¥₹$])\s*"|\\([£€¥₹$])|([£€¥₹$]))/.exec(bare);
  const symbol = mark?.[1] ?? mark?.[2] ?? mark?.[3];
  return symbol === undefined ? "" : symbol === "$" ? "USD" : FORMAT_MARKS[symbol];
}

const FORMAT_MARKS: Record<string, string> = { "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR" };
/** `[$$-C09]`: the dollar of a locale (LCID in hex): Australia, New Zealand, Canada; else US. */
const DOLLAR_LOCALES: Record<string, string> = { C09: "AUD", "1409": "NZD", "1009": "CAD", "409": "USD" };
/** `[$kr.-406]`: the krone of a locale (LCID in hex): Danish, Norwegian (Bokmål, Nynorsk), Swedish, Icelandic. */
const KRONE_LOCALES: Record<string, string> = { "406": "DKK", "414": "NOK", "814": "NOK", "41D": "SEK", "40F": "ISK" };

/**
 * Per column, the currency the number formats of its numbers show (formatCurrency), "" where they
 * show none or two: what the task pane reads beside a sheet's values (Range.numberFormat), as the
 * command line reads the file's styles.
 */
export function numberCurrencies(values: Matrix, formats: readonly (readonly unknown[])[]): string[] {
  const seen = new ColumnCurrencies();
  for (let r = 0; r < formats.length; r++) {
    const row = formats[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const format = row[c];
      if (typeof values[r]?.[c] === "number" && typeof format === "string") seen.note(c, formatCurrency(format));
    }
  }
  return seen.codes();
}

/**
 * The currency each column's number formats show, noted cell by cell (the task pane's grid, the
 * command line's stream): one code per column, none where a column shows two.
 */
export class ColumnCurrencies {
  private readonly seen: (string | undefined)[] = [];

  note(column: number, code: string): void {
    if (code === "") return;
    const before = this.seen[column];
    this.seen[column] = before === undefined || before === code ? code : ColumnCurrencies.MIXED;
  }

  codes(): string[] {
    return Array.from(this.seen, (c) => (c === undefined || c === ColumnCurrencies.MIXED ? "" : c));
  }

  private static readonly MIXED = "!";
}

/**
 * A mapping given the currencies a block's number formats show, column by column (from the block's
 * first column): the command line, the task pane's Validate and its Copy read a sheet alike.
 */
export function withFormatCurrencies(mapping: HeaderMapping, shown: readonly string[] | undefined): HeaderMapping {
  return shown?.some((c) => c !== "") ? { ...mapping, formatCurrencies: shown } : mapping;
}
