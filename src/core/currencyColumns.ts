import { CURRENCY_CELL_NAMES } from "../schema";
import { currencyMark } from "./amountCells";
import { ISO_CURRENCIES } from "./currencyWords";
import { isBlank } from "./text";
import type { Matrix } from "./types";

/*
 * A sheet's column of currencies (`Currency`: GBP on every row, as 360Giving grant files keep it): the
 * headers such a column has, the codes, names and marks its cells write, and a column of nothing but
 * ledgers' codes whatever its header. TypedCells reads it once per table (its currencyColumn).
 */

/** Headers of a column that names the amounts' currency (`Currency`, `Currency code`). */
// `cur` as a donor's log heads it (a helper's round, real: seven currencies added up as dollars).
export const CURRENCY_HEADERS = new Set([
  "currency",
  "currencycode",
  "curr",
  "cur",
  "ccy",
  "währung",
  "waehrung",
  "moneda",
  "devise",
  "valuta",
  "divisa",
  // Polish and Czech (`Waluta`, `Měna`), Portuguese (`Moeda`), and a Polish statistics export's unit of
  // measure, `zł` on every row (a helper's round, real: a county-grants export, "names no currency").
  "waluta",
  "měna",
  "mena",
  "moeda",
  "jednostkamiary",
  // OCHA's FTS flows (`originalCurrency` beside `originalAmount`: a helper's round, real, DKK, SAR and
  // EUR summed as dollars) and aid exports' transaction currency.
  "originalcurrency",
  "transactioncurrency",
  "valuecurrency",
]);
const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * The codes a column is read as currencies by, whatever its header: those ledgers keep amounts in — not
 * every ISO code, some of which are words a `Unit` or `Scope` column holds (`ALL`, `TOP`, `TRY`, `CUP`: a
 * reviewer's repro, a scope of ALL read as Albanian lek), nor any three capitals where the runtime
 * cannot list its codes.
 */
const LEDGER_CODES: ReadonlySet<string> = new Set(
  (
    "USD EUR GBP JPY CNY CAD AUD NZD CHF HKD SGD INR SEK NOK DKK ISK PLN CZK HUF RON BGN RUB UAH ZAR BRL MXN " +
    "ARS CLP COP KRW TWD THB IDR MYR PHP VND ILS AED SAR QAR KWD EGP NGN KES GHS PKR BDT LKR BTC ETH"
  ).split(" "),
);

/** The first code and its row of a column holding nothing but currency codes in capitals (3 at least). */
export function codesOnly(matrix: Matrix, from: number, column: number): { code: string; row: number } | undefined {
  let found: { code: string; row: number } | undefined;
  let codes = 0;
  for (let r = from; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    if (typeof cell !== "string") return undefined;
    const text = cell.trim();
    const code = LEDGER_CODES.has(text) ? text : "";
    if (code === "") return undefined;
    found ??= { code, row: r };
    codes++;
  }
  return codes >= 3 ? found : undefined;
}

/**
 * A currency column's header: one of CURRENCY_HEADERS, or a header ending in one of its English words
 * (`BILLING CUR CODE`, `Payment currency`: a helper's round, real: Birmingham's p-card transactions,
 * GBP on 2,690 rows and their £526,760.25 printed as dollars).
 */
export function isCurrencyHeader(key: string): boolean {
  return CURRENCY_HEADERS.has(key) || /(?:currency|currencycode|curcode|currcode|ccy)$/.test(key);
}

/**
 * Currencies a currency column names in words, as aid and grant exports write them (the schema's
 * CURRENCY_CELL_NAMES).
 */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_CELL_NAMES));

/** A currency column's cell as a code (`GBP`, `gbp`, `Pound Sterling`), or "" when it names none. */
export function currencyCodeOf(cell: string): string {
  // A symbol says it too (`£`, `$`, a markdown-escaped `\$`: a helper's round, real: a researcher's
  // funders list, £5.9M and $11M summed as "$16,879,246").
  const text = cell.trim().replace(/^\\(?=\$$)/, "");
  const named = CURRENCY_NAMES.get(text.toLowerCase().replace(/\s+/g, " ")) || currencyMark(text);
  if (named) return named;
  return CURRENCY_CODE.test(text) && isCurrencyCode(text.toUpperCase()) ? text.toUpperCase() : "";
}

/**
 * Codes the runtime's list leaves out that ledgers still keep amounts in: crypto-assets and the
 * currencies the euro replaced (a helper's round, real: a donor's ledger, 50 BTC and 120,500 EEK summed
 * with its dollars, $130,629 for $10,000). Three letters, as a currency's formatter takes them.
 */
const OTHER_CODES: ReadonlySet<string> = new Set(
  "BTC XBT ETH LTC XRP BCH XMR EEK DEM FRF ITL ESP NLG BEF ATS PTE FIM IEP GRD LUF SIT SKK CYP MTL LVL LTL".split(" "),
);
/** ISO 4217's codes (currencyWords.ISO_CURRENCIES), or OTHER_CODES; any three letters where the runtime cannot say. */
const isCurrencyCode = (code: string): boolean =>
  ISO_CURRENCIES.size === 0 || ISO_CURRENCIES.has(code) || OTHER_CODES.has(code);
