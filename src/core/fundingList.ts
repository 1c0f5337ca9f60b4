/**
 * Amounts of money beside a currency column, on a row one word of another tab came nearest to: a funder's
 * list of programmes (`id, name_en, category, funding_min, funding_max, currency`) is money, Partners' —
 * `category` alone, an Assets column any list may have, is too thin to send it to Assets (a helper's round,
 * real: a Canadian grants portal's export, "No Assets header row … --map "<your header>=Asset"", where
 * `--tab Partners --map name_en=Partner --map funding_max=Committed` checks it and sums CA$1,750,000).
 */
import { PARTNERS } from "../schema";
import { columnSum, figuresUnder, moneyInWords } from "./closestTab";
import { phrase } from "./doorWording";
import { isBareName } from "./headerMatch";
import type { RowMatch } from "./headerRowReading";
import { partnersNamesColumn } from "./initiativeNames";
import { repeatedHeaderName } from "./repeatedHeaders";
import { isBlank, normalizeHeader, normalizeKey, quote } from "./text";
import { isCurrencyHeader } from "./currencyColumns";
import { type Matrix, NoHeaderError } from "./types";

export interface FundingList {
  /** The one header the other tab read (`category`). */
  readonly word: string;
  /** The headers saying money over figures, and the currency column's. */
  readonly amounts: readonly string[];
  readonly currency?: string;
  /** Of the amounts, the one adding up to the most (`funding_max`, not `funding_min`): the amount to map. */
  readonly amount: string;
  /** The column naming each row (`name_en`), when one does. */
  readonly names?: string;
}

/** A language's code after a header's words (`name_en`, `Name (FR)`): the header is the words. */
const LANGUAGE_SUFFIX = /[\s_-]*\(?(?:en|fr|de|es|it|nl|pt|eng|fra)\)?\s*$/i;

/**
 * The money on a row no tab's headers head, where another tab read one of its headers only and not its
 * key: headers saying money in words over figures, beside a column naming their currency. Undefined
 * where the row says no such money, or the other tab read more than one word.
 */
export function fundingList(matrix: Matrix, closest: RowMatch | undefined): FundingList | undefined {
  if (!closest || closest.tab === PARTNERS || closest.hasKey || closest.columns.length !== 1) return undefined;
  const row = closest.row;
  const headers = (matrix[row] ?? []).map((c) => (typeof c === "string" && !isBlank(c) ? c.trim() : ""));
  const currency = headers.find((h) => h !== "" && isCurrencyHeader(normalizeKey(h)));
  // A header said twice (`budget2014`, `budget2014`) is named by its place, as --map takes it.
  const normalized = headers.map(normalizeHeader);
  const placed = (h: string, i: number) => {
    const same = normalized.flatMap((n, j) => (n === normalized[i] ? [j] : []));
    return same.length > 1 ? repeatedHeaderName(h, same.indexOf(i) + 1) : h;
  };
  const amounts = headers.flatMap((h, i) =>
    h !== "" && moneyInWords(h) && figuresUnder(matrix, row, i)
      ? [{ header: placed(h, i), sum: columnSum(matrix, row, i) }]
      : [],
  );
  // Money beside its currency, or money in two columns or more (a city's subsidies by year, `budget2014`,
  // `budget2013`, read as Assets by a `type1`): more than the one word says.
  if (amounts.length === 0 || (currency === undefined && amounts.length < 2)) return undefined;
  const amount = amounts.reduce((best, a) => (a.sum > best.sum ? a : best)).header;
  // The names: a header saying name (in one of its languages), else the row's one column of names.
  // (Of one name in two languages, `name_en` and `name_fr`, the first.)
  const named = headers.find((h) => h !== "" && isBareName(h.replace(LANGUAGE_SUFFIX, "")));
  const names = named ?? partnersNamesColumn(matrix, row, new Set(closest.columns.map((c) => c.index)));
  return {
    word: closest.columns[0].header,
    amounts: amounts.map((a) => a.header),
    ...(currency !== undefined ? { currency } : {}),
    amount,
    ...(names !== undefined ? { names } : {}),
  };
}

/** The no-header message for a funding list: Partners, its amount (and names) to map. */
export function fundingListError(
  row: number,
  seen: readonly string[],
  listed: string,
  found: FundingList,
): NoHeaderError {
  const { partner, committed } = PARTNERS.col;
  const all = found.amounts;
  const amounts = all.length === 1 ? all[0] : `${all.slice(0, -1).join(", ")} and ${all[all.length - 1]}`;
  const beside = found.currency === undefined ? "" : `, beside ${found.currency},`;
  const names =
    found.names === undefined
      ? `Name the column saying whose each amount is as the ${partner.name}, and map ${found.amount} to ${committed.name}`
      : `Map ${found.names} (it may name the partners) to ${partner.name} and ${found.amount} to ${committed.name}`;
  return new NoHeaderError(
    `No ${PARTNERS.name} header row: row ${row + 1} has ${listed} — ${amounts}${beside} ` +
      `${all.length === 1 ? "is an amount" : "are amounts"} of money: ${PARTNERS.name}', more than ${quote(found.word)} ` +
      `alone says of another tab. ${names} ${phrase("mappingArgument")}.`,
    PARTNERS.name,
    row,
    seen,
    false,
    undefined,
    found.names,
    found.amount,
  );
}
