/**
 * How a date or amount column is written, said once for the column (common.ts commonRules): dates
 * that read one way and could mean another, amounts whose currency, scale or sign the sheet does not
 * say, phone numbers typed as pledges, figures stored as text in the tracker's own tables. Split from
 * common.ts.
 */
import type { ColumnSpec } from "../../schema";
import { writtenCurrency } from "../amountCells";
import { formatDate, formatNumber } from "../coerce";
import { OK } from "../rows";
import { DAY_FIRST_BY_DOTS, DAY_FIRST_BY_SHEET } from "../cellStates";
import { asPhone, isPhoneShaped, PHONE_OUTLIER, phoneNumbersAmong } from "../phoneAmounts";
import { quote } from "../text";
import { fractionalAmounts } from "../unsaidScale";
import type { RuleBody } from "./types";

/**
 * Dates the column reads one way while the text could mean another (SPEC): a column whose every
 * `3/4/2024` could be day-first or month-first (read month first), and months without a day.
 */
export function dateReading(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const ambiguous = t.ambiguousDateRow[at];
      if (ambiguous >= 0) {
        const value = t.matrix[ambiguous][t.index[at]];
        const because = t.dayFirstBecause[at];
        const read =
          because === DAY_FIRST_BY_SHEET
            ? "read day first, as the sheet's other dates are"
            : because === DAY_FIRST_BY_DOTS
              ? "read day first, as dates with dots are written"
              : "read month first";
        report(
          ambiguous,
          at,
          `${t.header[at]}: every date like ${quote(value)} could be day-first or month-first — ${read} ` +
            `(${formatDate(t.numAt(ambiguous, at))}); write dates like 2024-03-01 to be sure.`,
          value,
        );
      }
      // Dates written without a day: each kind said once for the column, with how it was read (an End
      // date's `March 2024` runs to the month's last day: ColumnSpec.endOfPeriod).
      const last = t.endOfPeriod[at] === 1;
      for (const [first, count, what, read] of [
        [
          t.monthOnlyRow[at],
          t.monthOnlyCount[at],
          "month(s)",
          `without a day — read as the ${last ? "last day" : "1st"} of the month; add the day`,
        ],
        [
          t.yearOnlyRow[at],
          t.yearOnlyCount[at],
          "year(s)",
          `without a month or day — read as ${last ? "31 December" : "1 January"} of that year; add the date`,
        ],
        [
          t.quarterRow[at],
          t.quarterCount[at],
          "quarter(s)",
          `without a day — read as the quarter's ${last ? "last" : "first"} day; add the date`,
        ],
        [
          t.halfYearRow[at],
          t.halfYearCount[at],
          "half-year(s)",
          `without a day — read as the half-year's ${last ? "last" : "first"} day; add the date`,
        ],
        [
          t.shortYearRow[at],
          t.shortYearCount[at],
          "date(s)",
          `with a two-digit year — read as Excel reads it (${t.shortYearRow[at] < 0 ? "" : formatDate(t.numAt(t.shortYearRow[at], at))}; ` +
            `00–29 are 2000–2029, 30–99 are 1930–1999); write the year in full to be sure`,
        ],
        [
          t.compactRow[at],
          t.compactCount[at],
          "date(s)",
          `written as one number, year, month and day — read as dates (${t.compactRow[at] < 0 ? "" : formatDate(t.numAt(t.compactRow[at], at))}); ` +
            (t.compactRow[at] >= 0 && t.minguoColumn(at)
              ? `their years are the Minguo calendar's (year 100 is 2011): to make them dates Excel knows, add 19,110,000 to each (1000601 becomes 20110601) and convert them with Data › Text to Columns › Date: YMD`
              : `Excel sorts and filters them as numbers: convert them with Data › Text to Columns › Date: YMD`),
        ],
      ] as const) {
        if (first < 0) continue;
        const value = t.matrix[first][t.index[at]];
        report(
          first,
          at,
          `${t.header[at]} is ${quote(value)}${count > 1 ? ` and ${formatNumber(count - 1)} more ${what}` : ""} ${read}.`,
          value,
          { rows: count },
        );
      }
    },
  };
}

/**
 * Amounts written as their ceiling (`Up To $1,500,000`): read as that amount, the most each can be, and
 * said once for the column with how many (see coerce's CEILING).
 */
export function amountReading(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const first = t.ceilingRow[at];
      if (first < 0) return;
      const count = t.ceilingCount[at];
      const value = t.matrix[first][t.index[at]];
      report(
        first,
        at,
        `${t.header[at]} is ${quote(value)}${count > 1 ? ` and ${formatNumber(count - 1)} more ${count === 2 ? "amount" : "amounts"}` : ""} ` +
          `written as a ceiling — read as the most ${count > 1 ? "each" : "it"} can be ` +
          `(${t.quoteFigure(at, t.numAt(first, at), undefined, true)}); where less was committed, write that amount.`,
        value,
        { rows: count },
      );
    },
  };
}

/**
 * Amounts with fractions of a cent, most of the column's and all small (unsaidScale.ts): millions or
 * thousands the header does not say — one warning, as the sums are off by that multiple.
 */
export function unsaidScale(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const found = fractionalAmounts(t, at);
      if (!found) return;
      const { row, value, count, amounts, sampled } = found;
      report(
        row,
        at,
        `${t.header[at]} has fractions of a cent in ${formatNumber(count)} of its ${sampled ? "first " : ""}${formatNumber(amounts)} amounts ` +
          `(such as ${value}): no sum of money has them — are these millions or thousands? Say so in the header ` +
          `(\`${t.header[at]} ($ millions)\`), and they are read so; until then every sum is off by that multiple.`,
        t.matrix[row]?.[t.index[at]] ?? value,
      );
    },
  };
}

/** SPEC: a column that mixes currencies is an error, once: its amounts cannot be added up. */
export function oneCurrency(at: number): RuleBody {
  return {
    byValue: true,
    severity: "error",
    after: (t, report) => {
      const mixed = t.mixedCurrencyRow[at];
      if (mixed < 0) return;
      const value = t.matrix[mixed][t.index[at]];
      // The currency the row's currency column names, where the cell is a plain figure (a helper's
      // round, real: a donor's ledger told "another currency here" of its `GBP` rows).
      const coded = t.currencyColumnSays(mixed, at);
      const here =
        typeof value === "string"
          ? quote(value)
          : coded
            ? `${coded.code} here (as ${quote(coded.header)} says)`
            : "another currency here";
      report(
        mixed,
        at,
        `${t.header[at]} mixes currencies: ${t.currency[at]} from row ${t.currencyRow[at] + 1}, and ` +
          `${typeof value === "string" ? `${here} here` : here} — convert them to one currency so they can be added up.`,
        value,
      );
    },
  };
}

/**
 * Bare `$` amounts read as the dollar one cell of the column names (`$330,000 CAD`): right for a
 * Canadian ledger, wrong for a US one with one Canadian invoice — said once, at the naming cell, as
 * the summary says it (a helper's round, from Toronto's contracts: 66 bare `$` read as CAD beside 2).
 */
export function dollarKind(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const named = t.currencyRow[at];
      const bare = t.bareDollarRow[at];
      if (bare < 0 || named <= t.mapping.headerRow || t.mixedCurrencyRow[at] >= 0 || t.currency[at] === "USD") return;
      const value = t.matrix[named][t.index[at]];
      const example = t.matrix[bare][t.index[at]];
      const count = t.bareDollars[at];
      const currency = t.currency[at];
      report(
        named,
        at,
        `${t.header[at]} names ${currency} here (${quote(value)}), and ${formatNumber(count)} ` +
          `${count === 1 ? "amount" : "amounts"} written with a bare $ (${count === 1 ? "" : "such as "}` +
          `${quote(example)} in row ${bare + 1}) ${count === 1 ? "is" : "are"} read as ${currency} with it — if ` +
          `${count === 1 ? "it is" : "they are"} another dollar, write its code beside ${count === 1 ? "it" : "them"} ` +
          `(USD ${formatNumber(t.numAt(bare, at))}).`,
        value,
        { rows: count },
      );
    },
  };
}

/**
 * An amount that is a phone number (phoneAmounts.ts): one warning on its row, with what the total
 * is without it. Pays one comparison a row; the mean is of the other amounts read.
 */
export function phoneNumbers(at: number): RuleBody {
  return {
    severity: "warning",
    stateful: {
      on: [OK],
      start: (t) => {
        const shaped: { row: number; value: number }[] = [];
        // Fields of an object, not `let`s the closure captures: a fractional number written to a
        // captured variable is a new heap number each row, to an object's field it is written in place.
        const amounts = { sum: 0, others: 0, largest: 0 };
        return {
          check: (row) => {
            // The cell's own figure: a column in thousands holds no phone numbers (a reviewer's repro:
            // 2345678 in `($000s)` taken for one).
            const value = row.num[at] * row.scale[at];
            if (row.scale[at] === 1 && value >= 2_000_000_000 && isPhoneShaped(value))
              shaped.push({ row: row.row, value });
            else if (value > 0) {
              amounts.sum += value;
              amounts.others++;
              if (value > amounts.largest) amounts.largest = value;
            }
          },
          finish: (report) => {
            const { sum, others, largest } = amounts;
            for (const { row, value } of phoneNumbersAmong(shaped, sum, others, largest)) {
              report(
                row,
                at,
                `${t.header[at]} is ${value}, a phone number's ten digits (${asPhone(value)}) and over ` +
                  `${formatNumber(PHONE_OUTLIER)} times the column's other amounts: a phone number typed as the amount? ` +
                  `It is in every total.`,
                value,
              );
            }
          },
        };
      },
    },
  };
}

/**
 * In a tracker table, an amount or date typed as text (`$12,000`, `2026-03-01`) is accepted by the
 * rules but skipped by the Summary's SUMIFS and ISNUMBER, so the Summary would undercount silently.
 */
export function storedAsText(at: number, column: ColumnSpec): RuleBody {
  const retype = column.type === "date" ? "as a date" : "as a number";
  return {
    severity: "warning",
    trackerOnly: true,
    each: {
      on: [OK],
      when: (row) => typeof row.raw(at) === "string",
      message: (row) => {
        const raw = row.raw(at);
        // An amount in pounds or euros (copied into the tracker as written, never as dollars): retyped
        // as a number it would count as that many dollars.
        const currency = column.type === "currency" ? writtenCurrency(raw) : "";
        if (currency !== "" && currency !== "USD") {
          return (
            `${row.header[at]} is ${quote(raw)}, in ${currency}: the tracker adds up dollars and its Summary ` +
            `skips this — type the amount in dollars.`
          );
        }
        return (
          `${row.header[at]} is the text ${quote(raw)}: the rules read it, but the Summary's formulas skip ` +
          `text — retype it ${retype}.`
        );
      },
    },
  };
}
