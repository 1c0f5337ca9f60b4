import { DOLLAR_MARK, KRONE_MARK, kroneNamed, markFits } from "./amountCells";
import { formatAmount, formatFigure, formatNumber, headedInOtherLanguage } from "./coerce";
import { namesDollars } from "./currencyWords";
import type { TypedTable } from "./rows";
import { AmountsApartError } from "./types";
import { amount } from "./rowAmount";

/**
 * The one currency SUMMARY's blocks are summed in, or why they cannot be (mixed currencies refused,
 * each currency's sum said), or why none is said (currencyOf). Read once a summary, apart from the
 * row loop in summaries.ts.
 */

/** PartnerSummary.currency of amounts that name no currency and are no dollars' (see headedAbroad): none said. */
export const UNSAID_CURRENCY = "";

/**
 * Amounts in two currencies cannot be added up (SPEC: a column that mixes currencies is an error):
 * SUMMARY and CONCENTRATION refuse rather than print a sum of pounds and dollars, and say each
 * currency's sum instead (a helper's round, real: Unbound Philanthropy's grants, £14.7M in its UK
 * programme and $41.7M in its US one, every amount with its symbol, got no figure at all).
 */
function namedCurrency(t: TypedTable, slots: readonly number[]): string {
  for (const slot of slots) {
    if (t.mixedCurrencyRow[slot] >= 0) {
      throw new AmountsApartError(
        `${t.header[slot]} mixes currencies: ${sumsByCurrency(t, slot)} — convert the amounts to one currency ` +
          `to add them up.`,
      );
    }
  }
  const named = kroneNamed(slots.map((slot) => t.currency[slot]).filter((c) => c !== ""));
  if (new Set(named).size > 1) {
    throw new AmountsApartError(`The amounts are in different currencies (${[...new Set(named)].join(", ")}).`);
  }
  return named[0] ?? "";
}

/**
 * `£215,000 in 2 rows, $642,500 in 3 rows`: a mixed column's data rows summed per currency they name
 * (rowCurrency). A bare `$` (`kr`) is the column's one dollar (krone) when its cells name only one, and
 * USD when they name none; rows naming no currency are summed apart, never given the currency of some
 * other row (real: Toronto's 2,929 amounts naming none were "$1.83bn" beside one `CAD` cell).
 */
function sumsByCurrency(t: TypedTable, slot: number): string {
  const sums = new Map<string, { amount: number; rows: number }>();
  t.forEachRow(() => {
    if (!t.has(slot)) return;
    const currency = t.rowCurrency(slot);
    let sum = sums.get(currency);
    if (!sum) sums.set(currency, (sum = { amount: 0, rows: 0 }));
    sum.amount += amount(t, slot);
    sum.rows++;
  });
  for (const mark of [DOLLAR_MARK, KRONE_MARK]) {
    const marked = sums.get(mark);
    if (marked === undefined) continue;
    const kinds = [...sums.keys()].filter((code) => markFits(mark, code));
    if (kinds.length > 1) continue;
    const into = kinds[0] ?? (mark === DOLLAR_MARK ? "USD" : undefined);
    if (into === undefined) continue;
    const sum = sums.get(into) ?? { amount: 0, rows: 0 };
    sums.set(into, { amount: sum.amount + marked.amount, rows: sum.rows + marked.rows });
    sums.delete(mark);
  }
  const rows = (n: number): string => `${formatNumber(n)} row${n === 1 ? "" : "s"}`;
  const named = [...sums]
    .filter(([currency]) => currency !== "" && currency !== DOLLAR_MARK && currency !== KRONE_MARK)
    .map(([currency, sum]) => `${formatAmount(sum.amount, currency)} in ${rows(sum.rows)}`);
  for (const mark of [DOLLAR_MARK, KRONE_MARK]) {
    const sum = sums.get(mark);
    if (sum !== undefined)
      named.push(
        `${formatAmount(sum.amount, mark === DOLLAR_MARK ? "USD" : mark)} in ${rows(sum.rows)} written with a bare "${mark}"`,
      );
  }
  const none = sums.get("");
  if (none !== undefined) named.push(`${formatFigure(none.amount)} in ${rows(none.rows)} naming no currency`);
  return named.join(", ");
}

/**
 * The one currency of several blocks' amounts (each checked as namedCurrency checks it), USD when
 * none names one. A block of plain numbers names none, so it adds up with a block in pounds, as
 * plain numbers do with `£` amounts in one column.
 */
function blocksCurrency(tables: readonly TypedTable[], slots: readonly number[]): string {
  const currencies = [...new Set(kroneNamed(tables.map((t) => namedCurrency(t, slots)).filter((c) => c !== "")))];
  if (currencies.length > 1) {
    throw new AmountsApartError(`The blocks' amounts are in different currencies (${currencies.join(", ")}).`);
  }
  return currencies[0] ?? "USD";
}

/** The first amount header of `tables` that is one of OTHER_LANGUAGE_AMOUNTS (words after it or not), and its column. */
function otherLanguageHeader(
  tables: readonly TypedTable[],
  slots: readonly number[],
): { header: string; column: string } | undefined {
  for (const t of tables) {
    for (const slot of slots) {
      if (!t.present(slot)) continue;
      if (headedInOtherLanguage(t.header[slot])) {
        return { header: t.header[slot].trim(), column: t.tab.columns[slot].name };
      }
    }
  }
  return undefined;
}

/**
 * The blocks' one currency (blocksCurrency): the one the sheet's other figures name where the amounts
 * name none, or none said where they are written as another country writes them (as Europe writes
 * figures, headed in another language, dated day first, under a country's name, in a script such
 * countries write). `currencyAssumed`
 * when no amount names one.
 */
export function currencyOf(tables: readonly TypedTable[], amountSlots: readonly number[]) {
  // A header naming the dollar (`Amount in dollars`, `Grant (dollars)`) says dollars, as `($)` does: none
  // assumed (a helper's brief: "The sheet names no currency" under `Amount in dollars`). Which dollar is
  // the cells' to say still (`A$1,000` under `Amount (dollars)`).
  const currencyAssumed =
    tables.every((t) => namedCurrency(t, amountSlots) === "") &&
    !tables.some((t) => amountSlots.some((slot) => t.present(slot) && namesDollars(t.header[slot])));
  // Amounts naming no currency on a sheet whose other columns write figures in one (`£30,000 and
  // below`) are in that one: see TypedTable.textCurrency. It speaks before the guesses below.
  const inText = currencyAssumed ? tables.map((t) => t.textCurrency()).find((c) => c !== undefined) : undefined;
  // Amounts written as Europe writes them (`1 234,50`) in a sheet naming no currency are in no dollar:
  // which currency they are in is unsaid, and the results say none (real: French counties' grants
  // printed as dollars).
  const european =
    currencyAssumed && !inText && tables.some((t) => amountSlots.some((slot) => t.writtenAsEurope[slot] === 1));
  // So are amounts headed in another language (`montant`, `Betrag`): see OTHER_LANGUAGE_AMOUNTS.
  const headedAbroad = currencyAssumed && !inText && !european ? otherLanguageHeader(tables, amountSlots) : undefined;
  // And amounts on a sheet whose dates are written day first (`26/09/2017`): from outside the US, in
  // a currency it does not say (a helper's round, real: a UK council's spend, $11.3M for pounds).
  const dayFirstDate =
    currencyAssumed && !inText && !european && !headedAbroad
      ? tables.map((t) => t.dayFirstDate()).find(Boolean)
      : undefined;
  // And amounts under a title naming a country whose money is no dollar (`… South Africa`): see
  // TypedTable.titleCountry.
  const titleCountry =
    currencyAssumed && !inText && !european && !headedAbroad && !dayFirstDate
      ? tables.map((t) => t.titleCountry()).find(Boolean)
      : undefined;
  // And amounts on a sheet whose text is written in a script of countries without dollars
  // (`Республика Алтай`): see TypedTable.textScript.
  const textScript =
    currencyAssumed && !inText && !european && !headedAbroad && !dayFirstDate && !titleCountry
      ? tables.map((t) => t.textScript()).find(Boolean)
      : undefined;
  const currency = inText
    ? inText.code
    : european || headedAbroad || dayFirstDate || titleCountry || textScript
      ? UNSAID_CURRENCY
      : blocksCurrency(tables, amountSlots);
  return { currencyAssumed, inText, headedAbroad, dayFirstDate, titleCountry, textScript, currency };
}
