import {
  BEFORE_CURRENCY_NAME,
  COUNTRIES_WITHOUT_DOLLARS,
  CURRENCY_NAMES,
  DATE_WINDOW,
  DOLLAR_NAMES,
  LISTS,
  MONEY_WORDS_BEFORE_MARK,
} from "../schema";
import { isoToSerial, ymdToSerial, serialToIso } from "./excelDate";
import { isBlank, trimmed, wordsPattern } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * Turning cells into typed values, exactly as SPEC's "Cell values arrive as Excel gives them" says:
 * accept what is unambiguous, refuse (return undefined) what is not, and let the rules explain why.
 * Every function here is allocation-free on the common path (numbers that are numbers, dates that
 * are serials) because the rule engine runs them once per cell.
 */

/**
 * Amounts and quantities: numbers, or text such as `1200`, `1,200.50`, `$1,200`, `-$5`, `$-5`.
 * Accounting negatives `(1,200)`, `$(1,200)`, `$ (1,200)` are read as -1200 (then flagged by the "0 or
 * more" rule rather than as unreadable text; real: a city's capital plan wrote its contingencies
 * `$ (48,887,000.00)`, left out of its total, $186M too high). Thousands separators must be in the right places (`1,20` is refused),
 * booleans are not numbers (SUM ignores them too), and text with words in it is refused.
 */
const AMOUNT =
  /^(?:\$\s*(?=\())?(\()?\s*([-+])?\s*\$?\s*([-+])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)\s*(\))?$/;

/**
 * The currency the last amount read by coerceNumber was written in (`USD` for `$`), or "" when it
 * named none. A side channel rather than a returned object so the rule engine's per-cell path
 * allocates nothing; read it (lastAmountCurrency()) right after the call.
 */
let amountCurrency = "";

export function lastAmountCurrency(): string {
  return amountCurrency;
}

/** Was the last amount coerceNumber read written as a ceiling (`Up To $3,963,133`)? */
let amountCeiling = false;

export function lastAmountCeiling(): boolean {
  return amountCeiling;
}

/**
 * A commitment written as its ceiling (`Up To $1,500,000`, `Not to exceed $50,000`, `Max. 20.000 €`): the
 * amount, the most it can be (real: a foundation's grants, 71 `Up To` cells — $259.7M, 23% of its
 * commitments — left out of every sum as "not an amount"). TypedCells counts them for one warning.
 */
const CEILING = /^(?:up\s+to|not\s+to\s+exceed|max(?:imum)?\.?)\s*:?\s*(?=[^\s:])/i;

/** Was the last amount coerceNumber read written as Europe writes amounts (`1 234,50`, `€ 250.000`)? */
let amountEuropean = false;

export function lastAmountEuropean(): boolean {
  return amountEuropean;
}

/** The currency an amount cell is written in (`£1,200` → GBP, `$5` → USD), or "" when it says none. */
export function writtenCurrency(cell: Cell): string {
  return coerceAmount(cell) === undefined ? "" : amountCurrency === DOLLAR_MARK ? "USD" : amountCurrency;
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR" };
const CURRENCY_CODES = "USD|US\\$|GBP|EUR|CAD|AUD|NZD|CHF|JPY|INR|MXN|SEK|NOK|DKK|ISK|AU?\\$|NZ\\$|CA?\\$|kr\\.?";
/**
 * More currencies amounts are written in (real: Brazilian convênios in `R$ 100.000,00`, Buenos Aires
 * works in pesos; Czech `Kč`, Polish `zł`), read in cells and, written in capitals as here, in headers
 * (`pen`, `cop` and `ars` are words too).
 */
const MORE_CODES =
  "BRL|ARS|CLP|COP|PEN|CZK|PLN|HUF|ZAR|PKR|KES|NGN|GHS|BDT|LKR|EGP|UGX|TZS|MYR|AR\\$|MX\\$|R\\$|Kč|zł|円";

/**
 * The ringgit's sign, as Malaysia writes its amounts (`RM200 million`, `RM 1,500`: a real financing
 * directory's pools), in cells and figures in text; in capitals only (`rm` is a room, a unit), and in a
 * header only in brackets or before its multiple (`(RM)`, `RM'000`: BRACKETED_CODE, MARK_THEN_MULTIPLE).
 */
const RINGGIT = "RM";

/**
 * A currency's code closing a database's field name in lower case (`price_rub`, `amount_uah`: a helper's
 * round, real: Russia's school contracts, roubles printed as dollars), as `_usd` and `_gbp` already are.
 */
const FIELD_CODE =
  /_(brl|ars|clp|czk|pln|huf|zar|pkr|kes|ngn|ghs|bdt|lkr|egp|ugx|tzs|rub|uah|cny|krw|ils|sgd|hkd|thb|idr|myr|ron|bgn)$/i;

/**
 * More currencies' codes, read in a header only alone in brackets (`Amount (CNY)`): as words they are
 * programmes' acronyms as often (`ILS Funding`: Independent Living Services, a reviewer's repro). And
 * the ringgit's `RM`, as Malaysia heads its figures (`Ticket Max (RM)`: a financing directory, RM1.2bn
 * printed as dollars), capitals alone in brackets only: `RM` is a relationship manager as often.
 */
const BRACKETED_CODE = /\(\s*(RUB|UAH|CNY|KRW|TRY|ILS|SGD|HKD|THB|IDR|MYR|RON|BGN|RM)\s*\)/;
/**
 * A header that is a currency's code in capitals alone (`UAH`, `AED`) or after a money word (`Amount
 * UAH`, `Sum in TRY`): a column of figures headed so is in that currency (a helper's round, real: a
 * Ukrainian NGO's donations under `UAH`, 1,671,784.16 hryvnias summed as dollars). Not a code closing
 * other words (a title `… checked by IDR`, `Grants awarded under ILS`: reviewers' repros), nor a code that
 * is an English word alone (`ALL`, `TOP`, `CUP`). The codes are ISO 4217's as the runtime knows them,
 * and BRACKETED_CODE's where it cannot say.
 */
function codeHeader(header: string): string {
  const m =
    /^\s*(?:(?:amount|sum|total|value|paid|received|committed|budget|donations?|gifts?|grants?)(?:\s+in)?\s+)?([A-Za-z]{3})\s*$/i.exec(
      header,
    );
  if (!m || m[1] !== m[1].toUpperCase()) return "";
  const code = m[1];
  const alone = m[0].trim() === code;
  if (alone && WORD_CODES.has(code)) return "";
  return ISO_CURRENCIES.has(code) || BRACKETED_CODES.has(code) ? code : "";
}
/**
 * ISO 4217's codes as the runtime knows them (Intl: every current browser and Node list them); empty
 * where it cannot say. The one list of them (headers, cells and the codes a header closes with read it).
 */
export const ISO_CURRENCIES: ReadonlySet<string> = (() => {
  try {
    const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    return new Set(supported ? supported("currency") : []);
  } catch {
    return new Set<string>();
  }
})();
const BRACKETED_CODES: ReadonlySet<string> = new Set("RUB UAH CNY KRW TRY ILS SGD HKD THB IDR MYR RON BGN".split(" "));
/** ISO codes that are English words a header may be alone (`ALL`, `TOP`): said by a money word only. */
const WORD_CODES: ReadonlySet<string> = new Set("ALL TOP CUP PEN MAD BOB MOP SOS GEL TRY".split(" "));
/** MORE_CODES' marks by their upper case (codeOf). */
const MORE_MARKS: Readonly<Record<string, string>> = {
  R$: "BRL",
  AR$: "ARS",
  MX$: "MXN",
  KČ: "CZK",
  ZŁ: "PLN",
  円: "JPY",
  RM: "MYR",
};
/**
 * Dollars written with their country's letters (`A$12,000`, `NZ$ 4,500`, `C$`: as the results print
 * them), by their codes (real: a funder's grants in A$ refused on every row).
 */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US$: "USD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  C$: "CAD",
  CA$: "CAD",
};
/** The codes above whose currency is written with `$`. */
const DOLLARS: ReadonlySet<string> = new Set(["USD", "CAD", "AUD", "NZD", "MXN"]);

/**
 * What lastAmountCurrency says for an amount marked only with `$`: a dollar, but which one the
 * column says (`$330,000 CAD` beside `$982,900` in a Toronto ledger: both Canadian). Alone, US dollars.
 */
export const DOLLAR_MARK = "$";

/**
 * What an amount marked only `kr` (`12.500 kr.`, `kr 3 000`) is in: a krone or krona, but which — the
 * Danish, the Norwegian, the Swedish or the Icelandic — the column says (a header's `DKK`, a cell's
 * `SEK`). Until one does, results say `kr` as the sheet does (a helper's Nordic repros, invented values:
 * refused on every row, and their sums printed as $0).
 */
export const KRONE_MARK = "kr";
/** Currencies besides the euro and the kroner whose amounts are written `1.234,56` or `1 234,56`. */
const WRITTEN_AS_EUROPE: ReadonlySet<string> = new Set(["BRL", "ARS", "CLP", "COP", "CZK", "PLN", "HUF"]);
/** The currencies written `kr`. */
const KRONER: ReadonlySet<string> = new Set(["SEK", "NOK", "DKK", "ISK"]);

/** Is `mark` (lastAmountCurrency's `$` or `kr`) a mark several currencies share, and may `code` be its? */
export function markFits(mark: string, code: string): boolean {
  return mark === DOLLAR_MARK ? DOLLARS.has(code) : mark === KRONE_MARK && KRONER.has(code);
}

/**
 * Currencies of several columns or blocks with `kr` read as the krone one of them names by its code
 * (`Belopp (SEK)` beside a column of `1 000 kr`: both Swedish), so they add up.
 */
export function kroneNamed(codes: readonly string[]): string[] {
  const krone = codes.find((c) => KRONER.has(c));
  return codes.map((c) => (c === KRONE_MARK && krone !== undefined ? krone : c));
}

/**
 * Does `code` write its amounts as continental Europe does — a dot before three digits groups thousands,
 * a comma before one or two is decimal (`1.250,50 €`, `12.500 kr.`)?
 */
export function writesAsEurope(code: string): boolean {
  return code === "EUR" || code === KRONE_MARK || KRONER.has(code) || WRITTEN_AS_EUROPE.has(code);
}
const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
/**
 * Amounts as people write them beyond `$1,200`: a currency code or another symbol (`USD 250,000`,
 * `£1,200`, `1,200 EUR`), a scale (`$1.2M`, `25k`, `3 million`). Tried only when AMOUNT fails.
 */
const WRITTEN_AMOUNT = new RegExp(
  `^(\\()?\\s*([-+])?\\s*(?:(${CURRENCY_CODES}|${MORE_CODES}|${RINGGIT})\\s*)?([$£€¥₹])?\\s*([-+])?\\s*` +
    `((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)\\s*` +
    `(k|thousand|mm|mn|mil|million|m|bn|billion|b)?\\.?\\s*(?:(${CURRENCY_CODES}|${MORE_CODES}|${RINGGIT})|([£€¥₹]))?\\s*(\\))?$`,
  "i",
);

/**
 * `£` and `€` as a file's bytes were misread somewhere before it reached the user: UTF-8 read as
 * Windows-1252 (`Â£`, `â‚¬`) or as Mac Roman (`¬£`), kept so in the cells of a real ledger.
 * Put back, so `Â£1,200` is £1,200 and not "not an amount".
 */
function unmangled(text: string): string {
  if (!text.includes("£") && !text.includes("â‚¬")) return text;
  return text.replace(/[Â¬]£/g, "£").replace(/â‚¬/g, "€");
}

/** How a column writes its amounts, for coerceNumber (TypedCells decides it per column). */
export const AS_WRITTEN = 0;
/** The column is in euros: a dot before three digits groups thousands, a comma before one or two is decimal. */
export const IN_EUROS = 1;
/**
 * The column writes its amounts as Europe does (`2,25`, `1.250,50`, more than as the US does): also a
 * lone comma before three digits is decimal (`1,500` is one and a half, as Excel in Europe reads it).
 */
export const AS_EUROPE_WRITES = 2;
export type AmountReading = typeof AS_WRITTEN | typeof IN_EUROS | typeof AS_EUROPE_WRITES;

/**
 * Is `RM` before a bare whole figure (`RM 101`, `RM500000`, `RM-1`) read as ringgit? Only in an amount
 * column (coerceAmount): alone it is a room, an office, a code as often (a reviewer's repro: a column
 * of `RM 101` offices offered as the money).
 */
let bareRinggit = false;

/**
 * A cell of an amount column (Committed, Received …) as a number: coerceNumber, and the ringgit's `RM`
 * before a bare figure too (`RM500000`, `RM 250`), which alone is no amount. lastAmountCurrency says
 * MYR for it.
 */
export function coerceAmount(cell: Cell, column: AmountReading = AS_WRITTEN): number | undefined {
  if (typeof cell !== "string") return coerceNumber(cell, column);
  bareRinggit = true;
  try {
    return coerceNumber(cell, column);
  } finally {
    bareRinggit = false;
  }
}

/**
 * A number, or an amount written as text (SPEC "Values as people write them"), or undefined.
 * `column`: what the cell's column says of how its amounts are written (AS_WRITTEN: the cell alone).
 * `RM` before a bare whole figure (`RM 101`) is no amount here: coerceAmount reads it in an amount column.
 */
export function coerceNumber(cell: Cell, column: AmountReading = AS_WRITTEN): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  amountCurrency = "";
  amountEuropean = false;
  amountCeiling = false;
  if (typeof cell !== "string") return undefined;
  let text = unmangled(trimmed(cell));
  // A credit note as SAP and Oracle export it, the minus after the figures (`2,500.00-`): a negative
  // amount (a helper's round, real: a UK borough's payments, 8 credit notes left out as text and
  // £76,077.50 too much summed). Nothing else may say the sign.
  const last = text.charCodeAt(text.length - 1);
  if (last === 45 /* - */ && TRAILING_MINUS.test(text)) {
    const value = coerceNumber(text.slice(0, -1).trimEnd(), column);
    return value === undefined || value < 0 || Object.is(value, -0) ? undefined : -value;
  }
  // An amount with its tax said after it (`1.124.587,24 euros (IVA incluido)`, `£1,200 excl. VAT`):
  // the amount, whichever way (a helper's round, real: Spain's gazette's awards, 39 of 95 so written).
  // Two amounts in one cell (`… De la cantidad anterior corresponde en concepto de IVA 30.346,93`)
  // stay refused.
  if ((last > 64 || last === 41) /* a letter, a bracket */ && TAX_WORD.test(text)) text = text.replace(TAX_NOTE, "");
  // The kind of money said after it (`$1.4 million unrestricted grants`, `$250K loans`): the amount (a
  // helper's round, real: a foundation's portfolio, every amount so written, $44.5M summed as $0).
  if (last > 64 && FUNDING_NOTE.test(text)) text = text.replace(FUNDING_NOTE, "");
  // `408.400,00 euros`: the word as the sign (a helper's round, real: Spain's official gazette's
  // awards, 85 of 95 amounts left out).
  const end = text.charCodeAt(text.length - 1) | 32;
  if (end === 115 /* s */ || end === 111 /* o */) text = text.replace(EURO_WORD, " €");
  const first = text.charCodeAt(0) | 32;
  if (first === 117 /* u */ || first === 110 /* n */ || first === 109 /* m */) {
    const ceiling = CEILING.exec(text);
    if (ceiling) {
      text = text.slice(ceiling[0].length);
      amountCeiling = true;
    }
  }
  // `€ 250.000`: in euros, a dot before three digits groups thousands (a cent has two digits), where
  // usAmount would read 250 (real: Continental exports; a French county's grants) — also where the
  // column is in euros or writes its amounts as Europe does (`1.500` under `Toegekend (EUR)`).
  // Thousands grouped by dots twice or more (`15.414.794`) are Europe's wherever they are: no US
  // amount has two points (a helper's round, real: Denmark's ERDF operations, all 107 budgets $0).
  const euroThousands =
    text.includes(".") && (column !== AS_WRITTEN || EUROS.test(text) || DOTS_TWICE.test(text))
      ? dotThousands(text)
      : undefined;
  // `0,775` is decimal wherever it is: no thousands are grouped after a 0 (a helper's round, real: a
  // Bulgarian state-aid list's millions paid, `0,775` summed as 775 and said to be over the budget).
  const decimal =
    euroThousands === undefined && (column === AS_EUROPE_WRITES || ZERO_COMMA_THREE.test(text))
      ? loneCommaDecimal(text)
      : undefined;
  const read = usAmount(euroThousands ?? decimal ?? text);
  if (read !== undefined) {
    amountEuropean = euroThousands !== undefined || decimal !== undefined;
    return read;
  }
  const other = otherSeparators(text, column !== AS_WRITTEN);
  if (other === undefined) return undefined;
  const value = usAmount(other);
  amountEuropean = value !== undefined;
  return value;
}

/** Figures, then a minus alone at the end: no other sign, no brackets. */
const TRAILING_MINUS = /^[^-+()]*\d\s*-$/;

/** A tax's name in an amount's cell: looked for before TAX_NOTE is tried. */
const TAX_WORD = /\b(?:iva|vat|impuesto)\b/i;
/** The tax said after an amount: `(IVA incluido)`, `, IVA excluido`, `IVA no incluido`, `excl. VAT`. */
const TAX_NOTE =
  /[\s,;]*\(?\s*(?:(?:iva|i\.v\.a\.|vat|impuesto (?:sobre el )?valor añadido)\s*,?\s*(?:no\s+)?(?:inclu[ií]do|exclu[ií]do|incluso|incl\.?|excl\.?|included|excluded)|(?:no\s+)?(?:inclu[ií]do|exclu[ií]do|incl\.?|excl\.?|including|excluding)\s+(?:el\s+)?(?:iva|vat|impuesto (?:sobre el )?valor añadido))\s*\)?\.?\s*$/i;

/** What kind of money an amount is, said after its figures: `unrestricted grants`, `equity`, `convertible debt`. */
const FUNDING_NOTE =
  /(?<=[\dKkMm]|million|billion|thousand)\s+(?:(?:unrestricted|restricted|general|operating|program|programme|project|matching|challenge|recoverable|convertible|capital|core|multi-year)\s+)*(?:grants?|loans?|equity|debt|investments?|donations?|gifts?|funding)\.?$/i;

/** `euros`, `euro`, `EUR` written after the figures as a word. */
const EURO_WORD = /(?<=\d)\s*euros?$/i;

/** Whole thousands grouped by dots at least twice (`1.234.567`). */
const DOTS_TWICE = /^[^\d]*\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/;

/** `1,500`: one comma before three digits, no other separator — thousands in the US, a decimal in Europe. */
const LONE_COMMA_THREE = /(?<![\d.,'’\s])(\d{1,3}),(\d{3})(?![\d.,])/;

/** `0,775`: a 0 before a comma and three digits, which groups no thousands. */
const ZERO_COMMA_THREE = /(?<![\d.,'’\s])0,\d{3}(?![\d.,])/;

/** The text with LONE_COMMA_THREE's comma read as a decimal point, or undefined when it has none. */
function loneCommaDecimal(text: string): string | undefined {
  const m = LONE_COMMA_THREE.exec(text);
  return m ? `${text.slice(0, m.index)}${m[1]}.${m[2]}${text.slice(m.index + m[0].length)}` : undefined;
}

/**
 * Is `text` (an amount coerceNumber read alone) written as only the US writes amounts — thousands
 * grouped by commas more than once or before a decimal point (`9,999,999`, `1,234.56`), or a decimal
 * point before one or two digits (`12.50`)? TypedCells weighs these against Europe's in a column.
 */
export function writtenAsOnlyTheUsWrites(text: string): boolean {
  return US_ONLY.test(text);
}
const US_ONLY = /\d,\d{3}[.,]\d|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])/;

/** `250.000`, `1.234.567`: whole thousands grouped by dots, nothing after them but a currency. */
const DOT_THOUSANDS =
  /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])(?=\s*(?:€|(?:EUR|SEK|NOK|DKK|ISK|BRL|ARS|CLP|COP|CZK|PLN|HUF)\b|kr\b\.?|Kč|zł|\)|$))/i;

/** The text with DOT_THOUSANDS' dots taken out, or undefined when it has none. */
function dotThousands(text: string): string | undefined {
  const m = DOT_THOUSANDS.exec(text);
  return m ? `${text.slice(0, m.index)}${m[0].replace(/\./g, "")}${text.slice(m.index + m[0].length)}` : undefined;
}

/**
 * An amount written as Europe writes it, in the form usAmount reads, or undefined: only where it can
 * be nothing else — a decimal comma with one or two digits after grouped thousands, in euros, or after
 * a whole part no US amount has (`1.234,56`, `1 234,56`, `200,00 €`, `28534,6`: a comma before two
 * digits never groups thousands) or thousands grouped by apostrophes (`1'234.50`, as Switzerland
 * writes) or spaces (`12 350 000 €`, `1 500`). `1,234` stays one thousand two hundred and thirty-four,
 * and `1,20` alone is refused. Real: a European partner's CSV totalled 0.
 */
function otherSeparators(text: string, europeanColumn: boolean): string | undefined {
  const comma = DECIMAL_COMMA.exec(text);
  // `1,20` alone may be a US `1,200` typed short: a comma before one or two digits is decimal where the
  // thousands are grouped (`1.234,56`), the amount is in euros (`200,00 €`), the whole part is one
  // no US amount has before a comma (`0,00`, `28534,6`: a comma after four digits groups nothing), or
  // the column writes its amounts so elsewhere (europeanColumn).
  const decimal =
    comma !== null &&
    (!/^\d+$/.test(comma[1]) || /^(?:0|\d{4,})$/.test(comma[1]) || europeanColumn || EUROS.test(text));
  if (comma && decimal && !/[.,]\d/.test(text.slice(comma.index + comma[0].length))) {
    const whole = comma[1].replace(/[.\s\u00a0\u202f'’]/g, "");
    return `${text.slice(0, comma.index)}${whole}.${comma[2]}${text.slice(comma.index + comma[0].length)}`;
  }
  // Thousands grouped by apostrophes (`1'234.50`, as Switzerland writes) or by spaces (`12 350 000 €`,
  // `1 500`: a space never stands for a decimal point; French Excel writes a narrow no-break space).
  const grouped = SPACE_OR_APOSTROPHE_THOUSANDS.exec(text);
  if (grouped) {
    const digits = grouped[0].replace(/['’\s\u00a0\u202f]/g, "");
    return `${text.slice(0, grouped.index)}${digits}${text.slice(grouped.index + grouped[0].length)}`;
  }
  return undefined;
}

/** A mark of a currency written as Europe writes it (see writesAsEurope). */
const EUROS = /€|\b(?:EUR|SEK|NOK|DKK|ISK|BRL|ARS|CLP|COP|CZK|PLN|HUF)\b|(?<![\p{L}\d])(?:kr\b|R\$|Kč|zł)/iu;
const DECIMAL_COMMA = /(?<![\d.,])(\d{1,3}(?:[.\s\u00a0\u202f'’]\d{3})+|\d+),(\d{1,2})(?![\d,.])/;
const SPACE_OR_APOSTROPHE_THOUSANDS =
  /(?<![\d.,])\d{1,3}(?:(?:['’]\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?(?![\d,'’ \u00a0\u202f]\d|[\d,'’])/;

/** An amount as the US writes it (AMOUNT, or with a code, symbol or scale), or undefined. */
function usAmount(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return writtenAmount(text) ?? scientific(text) ?? accountingZero(text);
  const [, open, sign1, sign2, digits, close] = m;
  if (Boolean(open) !== Boolean(close)) return undefined;
  if (sign1 && sign2) return undefined;
  const sign = sign1 ?? sign2;
  if (open && sign) return undefined; // "(-5)" says negative twice: not unambiguous
  const value = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(value)) return undefined;
  if (text.includes("$")) amountCurrency = DOLLAR_MARK;
  return open || sign === "-" ? -value : value;
}

/**
 * A number in scientific notation stored as text (`1.15977e+007`: an export's large figures), which
 * Excel reads back as the number it is.
 */
const SCIENTIFIC = /^[-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d{1,3}$/i;

function scientific(text: string): number | undefined {
  if (!SCIENTIFIC.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Excel's accounting format shows a zero as a dash beside the currency mark (`£-`, `$ -`): exported
 * as text, it is 0 in that currency (real: a town council's contracts register).
 */
const ACCOUNTING_ZERO = /^([$£€¥₹])\s*-+$/;

function accountingZero(text: string): number | undefined {
  const m = ACCOUNTING_ZERO.exec(text);
  if (!m) return undefined;
  amountCurrency = m[1] === "$" ? DOLLAR_MARK : codeOf(m[1]);
  return 0;
}

/**
 * A percentage typed as text (`89%`, `9.5 %`, `-15%`) as Excel stores it when typed: 0.89. For
 * number columns (Baseline, Target, Current value), never amounts: `50%` is no sum of money.
 */
const PERCENT = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;

export function coercePercent(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const m = PERCENT.exec(trimmed(cell));
  return m ? Number(m[1]) / 100 : undefined;
}

/**
 * A currency code or symbol standing as a word of a header: `Award (£)`, `Amount (GBP)`, `Value in EUR`.
 * A word is letters of any language: Finnish `sekä` ("and", in a Helsinki programme's title) is no SEK.
 */
const HEADER_CURRENCY = new RegExp(
  `(?:^|[^\\p{L}])(${CURRENCY_CODES}|[£€¥₹$])(?:(?=(?:k|m|mn|bn|b)\\b)|(?![\\p{L}]))`,
  "iu",
);

/** MORE_CODES in a header, as capitals (`Valor (BRL)`, `Valor (R$)`), never `pen` or `cop`. */
const HEADER_MORE_CURRENCY = new RegExp(`(?:^|[^\\p{L}])(${MORE_CODES})(?![\\p{L}])`, "u");

/** CURRENCY_NAMES as whole words, case aside; group 1 the name. */
const CURRENCY_NAME = new RegExp(`(?:^|[^\\p{L}])(${wordsPattern(Object.keys(CURRENCY_NAMES))})(?![\\p{L}])`, "iu");

/**
 * A word of BEFORE_CURRENCY_NAME (`in`, `en`, `em`) and one of CURRENCY_NAMES ending a header (`Amount in
 * Rands`, `Montant en euros`, `Valor em reais`), or the dollar's name (`Amount in dollars`: the default
 * currency, said as `$`).
 */
const IN_CURRENCY_NAME = new RegExp(
  `\\s+(?:${wordsPattern(BEFORE_CURRENCY_NAME)})\\s+(?:${wordsPattern([...Object.keys(CURRENCY_NAMES), ...DOLLAR_NAMES])})\\s*$`,
  "iu",
);

/**
 * The header without the currency's name it ends with after `in` (`Amount in Rands` → `Amount`), as a
 * currency in brackets is read past (`Amount (Rand)`); undefined where it ends with none. headerCurrency
 * reads the currency.
 */
export function withoutCurrencyName(header: string): string | undefined {
  const m = IN_CURRENCY_NAME.exec(header);
  return m && m.index > 0 ? header.slice(0, m.index) : undefined;
}

/** COUNTRIES_WITHOUT_DOLLARS as whole words, case aside; group 1 the country as written. */
const COUNTRY_WITHOUT_DOLLARS = new RegExp(
  `(?:^|[^\\p{L}])(${wordsPattern(COUNTRIES_WITHOUT_DOLLARS, "[\\s-]+")})(?![\\p{L}])`,
  "iu",
);

/**
 * The currency an amount column's header names (`From Town Fund Award (£)` → GBP), or "" when it
 * names none. Plain numbers under such a header are in that currency: results say £, never $.
 */
export function headerCurrency(text: string): string {
  const header = unmangled(text);
  const m =
    HEADER_CURRENCY.exec(header) ??
    HEADER_MORE_CURRENCY.exec(header) ??
    CODE_AT_END.exec(header) ??
    FIELD_CODE.exec(header.trim()) ??
    BRACKETED_CODE.exec(header);
  if (m) return codeOf(m[1]);
  const coded = codeHeader(header);
  if (coded !== "") return coded;
  const lower = LOWER_CODE_AT_END.exec(header);
  if (lower && lower.index > 0) return codeOf(lower[1].toUpperCase());
  const word = HEADER_CURRENCY_WORD.exec(header);
  if (word) return /^R/.test(word[1]) ? "INR" : "RUB";
  // The rand before its multiple (`R thousands`, `R'000`, `R million`: South Africa's municipal budget
  // tables, their amounts printed as dollars), the ringgit (`RM'000`) and a code (`(MAD million)`); an
  // `R` alone is a letter (`(R)`: registered, required, revised as often as rand).
  const multiplied = markThenMultiple(header) ?? codeAfterMultiple(header);
  if (multiplied) return multiplied.code;
  const scaled = SCALED_MARK.exec(header);
  if (scaled) return codeOf(scaled[2]);
  // The currency's name, as German and other sheets write it (real: Hamburg's `Wert (Euro)`, in $);
  // the yen's, in English or as 円 (a helper's round, real: Japanese funders' `annual_grant_amount_yen`,
  // ¥590M printed as dollars).
  if (/(?:^|[^\p{L}])yen(?![\p{L}])|円/iu.test(header)) return "JPY";
  // The schema's currencies' names (`Amount (Rand)`, `Valor em reais`, `Wert (Euro)`, `Amount in pounds`).
  const named = CURRENCY_NAME.exec(header);
  return named ? CURRENCY_NAMES[named[1].toLowerCase()] : "";
}

/**
 * The country a title names whose money is no dollar (`… grants paid, South Africa` → `South Africa`,
 * as written), or "" when it names none (the schema's COUNTRIES_WITHOUT_DOLLARS).
 */
export function countryWithoutDollars(text: string): string {
  return COUNTRY_WITHOUT_DOLLARS.exec(text)?.[1] ?? "";
}

/** DOLLAR_NAMES as whole words, case aside. */
const DOLLAR_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(DOLLAR_NAMES)})(?![\\p{L}])`, "iu");

/** Does a title name the dollar (`… (US dollars)`)? Its amounts are then dollars, whatever country it names. */
export function namesDollars(text: string): boolean {
  return DOLLAR_NAME.test(text);
}

/**
 * A multiple written before its currency, as European planning sheets head their figures: `1000 €`,
 * `1.000 €`, `k€`, `T€`, `TEUR`, `Tsd. €`, `Mio. €`, `M€`, `Mrd. €` (real: Helsinki's capital
 * programmes, a units row `1000 €` under each cost header). Group 1 is the multiple, group 2 the mark.
 * A letter alone is glued to its mark: `Preis/t €` is a price per tonne.
 */
const SCALED_MARK =
  /(?:^|[^\p{L}\d])(1(?:[\s.,'’]?000){1,3}\s*|(?:tsd|mio|mill|mrd)\.?\s*|[ktm])([£$€]|EUR|USD|GBP|CHF|SEK|NOK|DKK)(?![\p{L}])/iu;

/**
 * A multiple written as a product (`(*1000)`, `x1000`, `x € 1.000`, `× 1 000 kr`): the Netherlands'
 * and the Nordics' way (a helper's round, real: the Dutch government's transfers, `Realisatie (*1000)`,
 * €24.4bn summed as €24.4m). Group 1 is the multiple.
 */
const TIMES_SCALE =
  /(?:^|[^\p{L}\d])[x×*]\s*(?:[£$€]\s*|(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|kr)\.?\s*)?(1(?:[\s.,'’]?000){1,3})(?![\d])/iu;

/**
 * A multiple's abbreviation standing alone in a header (`sum_mln`, `Amount, mln`, `(млн руб.)`): a
 * helper's round (real: Russia's presidential grants, `sum_mln` in millions of roubles summed as
 * "$6,621.54"). Abbreviations only: words (`million`) name a multiple only with a mark or in
 * parentheses, as a title's sentence may hold them otherwise.
 */
const SCALE_ABBREVIATION = /(?:^|[_\s(,])(mln|bln|млн|млрд|тыс)\.?(?=$|[_\s).,])/u;
const ABBREVIATED_SCALES: Readonly<Record<string, number>> = { mln: 1e6, млн: 1e6, bln: 1e9, млрд: 1e9, тыс: 1e3 };

/** Thousands said in words, as other languages head their figures (`in duizenden euro`, `tuhatta euroa`). */
const THOUSANDS_WORDS =
  /\b(?:in duizenden|in tausend|en milliers|in migliaia|en miles de|i tusen|i tusind|i tusental|tuhatta|\(?1000 kr\)?)|\(\s*(?:miles de|milhares de|migliaia di)\s|\(r\$\s*mil\s*\)|(?:^|[\s(])(?:tys|tis)\.\s*(?:zł|kč|eur|€|pln|czk)|千(?:円|ドル|ユーロ)/;

/** Millions said in other languages' words (`(millones de euros)`, `(R$ milhões)`, `百万円`). */
const MILLIONS_WORDS = /\(\s*(?:millones de|milhões de|milioni di)\s|\((?:r\$|€|eur)?\s*milhões\s*\)|百万(?:円|ドル)/;

/** The multiple SCALED_MARK's group 1 says: `1.000` → 1,000, `Mio.` → 1,000,000. */
function multipleOf(written: string): number {
  const t = written.toLowerCase().replace(/[\s.,'’]/g, "");
  if (/^1(?:000)+$/.test(t)) return 10 ** (t.length - 1);
  if (t === "k" || t === "t" || t === "tsd") return 1e3;
  return t === "mrd" ? 1e9 : 1e6;
}

/**
 * Does a cell say only the unit of the figures under its header (`1000 €`, `(EUR)`, `k€`, `%`,
 * `in thousands`) rather than hold a figure (`€ 1.000`)? A units row under the header row is the
 * header's next line (TypedCells.headerLines).
 */
export function isUnitCell(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 20) return false;
  if (/^[([]?\s*%\s*[)\]]?$/.test(t)) return true;
  if (headerScale(t) === 1 && headerCurrency(t) === "") return false;
  // Digits only in the multiple: `€ 1.000` is an amount, `1.000 €` the unit of thousands.
  return !/\d/.test(t.replace(new RegExp(SCALED_MARK.source, "giu"), "").replace(/'?000s?/g, ""));
}

/**
 * Currencies a header names in its own words (a helper's round, real: a Moscow grants register's
 * `Сумма … (руб.)` and an Indian scheme's `Amount (Rs)`, both printed as dollars): the rouble as
 * `руб.`, `рублей` or `₽`, the rupee as `Rs`/`Rs.` (as a word, capitalised so: `rs` is no rupee).
 */
const HEADER_CURRENCY_WORD = /(?:^|[^\p{L}])(₽|[Рр]уб(?:\.|л\p{L}*)?|Rs\.?)(?![\p{L}])/u;

/**
 * A currency written before its multiple: the rand (`R thousands`, `R'000`, `(R million)`), the ringgit
 * (`RM'000`, `(RM million)`) or a code in capitals (`(MYR million)`, `(MAD bn)`, `USD'000`). Group 1 is
 * the mark; group 2 thousands written `000`, group 3 the multiple in words. (A corpus round, real: a
 * Malaysian financing directory's `(RM)`, and probes beside it: `(RM'000)` summed as RM150 for
 * RM150,000; `(MYR million)` and `(MAD million)`, whose codes no list read beside a multiple, as dollars.)
 */
const MARK_THEN_MULTIPLE =
  /(?:^|[^\p{L}\d])(RM|R|[A-Z]{3})(?:\s*['’]?\s*(000)s?|\s+([Tt]housands?|[Mm]illions?|[Bb]illions?|mn|bn))(?![\p{L}\d])/u;

/** A multiple in words, then a code in capitals, alone in brackets: `(Million MAD)`, `(in thousands of MYR)`. */
const MULTIPLE_THEN_CODE =
  /\(\s*(?:in\s+)?([Tt]housands?|[Mm]illions?|[Bb]illions?|mn|bn)\s+(?:of\s+)?([A-Z]{3})\s*\)/u;

/** The currency and multiple MARK_THEN_MULTIPLE reads: three capitals only if a currency's code (knownCode). */
function markThenMultiple(text: string): { code: string; scale: number } | undefined {
  const m = MARK_THEN_MULTIPLE.exec(text);
  if (!m) return undefined;
  const [whole, mark, thousands, word] = m;
  const at = m.index + whole.indexOf(mark);
  const bracketed = text[at - 1] === "(";
  const code = mark === "R" ? "ZAR" : mark === "RM" ? "MYR" : mark;
  if (!knownCode(code, bracketed)) return undefined;
  if ((mark === "R" || mark === "RM") && !bracketed && !letterMarkSaid(text.slice(0, at), text.slice(at)))
    return undefined;
  return { code, scale: thousands ? 1e3 : wordScale(word) };
}

/**
 * A lone `R` or `RM` before its multiple outside brackets is the rand or the ringgit where nothing
 * else can be: the header's first word (`R thousands`, `RM 000`), written `R'000` or `RM'000` as their
 * tables do, or after a money word (`Budget R 000`, `Grant RM 000`; `Jumlah RM 000` in Malay). Not `Zone R 000`, `Ward R
 * thousands`, `Zone RM 000`, `Room RM 000`: letters of a place's or a room's name before figures (a
 * reviewer's repros, read as thousands of rand and of ringgit).
 */
function letterMarkSaid(before: string, from: string): boolean {
  if (/^\s*$/.test(before) || /^RM?\s*['’]/.test(from) || MONEY_WORD_BEFORE.test(before)) return true;
  return from.startsWith("RM") && RINGGIT_WORD_BEFORE.test(before);
}
/** A money's word closing the text before a letter mark (the schema's MONEY_WORDS_BEFORE_MARK). */
const wordBefore = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words)})\\s*[:\\-–]?\\s*$`, "iu");
const MONEY_WORD_BEFORE = wordBefore(MONEY_WORDS_BEFORE_MARK.any);
/** The same in Malay, before `RM` only (`Jumlah RM 000`). */
const RINGGIT_WORD_BEFORE = wordBefore(MONEY_WORDS_BEFORE_MARK.ringgit);

function codeAfterMultiple(text: string): { code: string; scale: number } | undefined {
  const m = MULTIPLE_THEN_CODE.exec(text);
  return m && knownCode(m[2], true) ? { code: m[2], scale: wordScale(m[1]) } : undefined;
}

/** A currency's code (ISO 4217) in capitals; one that is an English word (`ALL`, `MAD`) in brackets only. */
function knownCode(code: string, bracketed: boolean): boolean {
  if (code === "ZAR" || code === "MYR") return true;
  if (!ISO_CURRENCIES.has(code) && !BRACKETED_CODES.has(code)) return false;
  // (`PEN` in capitals is a header's currency word already, HEADER_MORE_CURRENCY: `PEN 000` is
  // thousands of soles, as `CAD 000` is of dollars, not soles read as units.)
  return bracketed || !WORD_CODES.has(code) || MORE_CODE_WORDS.has(code);
}
/** MORE_CODES' three-letter codes, read as words in capitals in a header (HEADER_MORE_CURRENCY). */
const MORE_CODE_WORDS: ReadonlySet<string> = new Set(MORE_CODES.split("|").filter((c) => /^[A-Z]{3}$/.test(c)));

/** `thousands` → 1,000, `mn`/`million` → 1,000,000, `bn`/`billions` → 1,000,000,000. */
function wordScale(word: string): number {
  const w = word.toLowerCase();
  return w.startsWith("t") ? 1e3 : w.startsWith("b") ? 1e9 : 1e6;
}

/**
 * A currency code closing a header, after a space or glued to a lower-case word (`Amount GBP`,
 * `FoerderbeitragCHF`: a Swiss city's grants in francs), or after `in` (`Total awarded in EUR`: an EU
 * agency's grant lists).
 */
const CODE_AT_END = new RegExp(`(?:\\s+(?:in\\s+)?|(?<=\\p{Ll}))(${CURRENCY_CODES}|${MORE_CODES})\\s*$`, "u");

/**
 * The commonest codes in lower case closing a database's field name (`committed_eur`, `amount cad`: a
 * helper's round, real: Ireland's PPP register, `committed_eur` and `paid_eur` unread, exit 3). Only
 * these: a lower-case word of three letters is more often a word (`all`, `top`, `try`) than a code.
 */
const LOWER_CODE_AT_END = /(?:[\s_]+)(usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|jpy|inr|zar)\s*$/;

/** The header without the currency code that closes it (`Amount GBP` → `Amount`), or undefined. */
export function withoutCurrencyCode(header: string): string | undefined {
  const m = CODE_AT_END.exec(header) ?? LOWER_CODE_AT_END.exec(header);
  return m && m.index > 0 ? header.slice(0, m.index) : undefined;
}

/**
 * The multiple an amount column's header or the sheet's title says its figures are in: `Spend
 * (£000)`, `£'000`, `(£ thousand)`, `$ thousands`, `in thousands` → 1,000; `£m`, `(millions)` →
 * 1,000,000; `£bn` → 1,000,000,000. 1 when it says none. Real: a government table titled "Net current
 * expenditure (£ thousand)" summed £89.8bn as $89.8m.
 */
export function headerScale(text: string): number {
  const scaled = SCALED_MARK.exec(text);
  if (scaled) return multipleOf(scaled[1]);
  const times = TIMES_SCALE.exec(text);
  if (times) return multipleOf(times[1]);
  // A currency's mark or code before its multiple (`RM'000`, `R thousands`, `(MYR'000)`): what
  // headerCurrency reads the currency from, the multiple read with it.
  const marked = markThenMultiple(text);
  if (marked) return marked.scale;
  // `Total (M)`, `Budget ($MM)`, `Cost (K)`: a capital letter alone in brackets, as US finance writes
  // millions and thousands (a helper's round, real: a tracker of states' CARES Act spending, `Total
  // (M)`, summed as $1.2 million for $1.2 trillion). Capitals only: `(m)` may be metres. Not `(K)`:
  // the kwacha's and the kina's sign.
  if (LETTERED_SCALE.test(text)) return 1e6;
  const t = text.toLowerCase();
  // The multiple and the currency's code in one bracket, either way round: `(Million PKR)`, `(USD
  // millions)`, `(in thousands of EUR)` (a helper's round, real: Pakistan's legislators' funds, PKR
  // 125.59bn summed as "$125,589.44").
  const coded = CODED_SCALE.exec(t);
  if (coded) {
    const word = coded[1] ?? coded[2];
    return word.startsWith("thousand") ? 1e3 : word.startsWith("b") ? 1e9 : 1e6;
  }
  // (Spanish, Portuguese, Italian, Polish, Czech and Japanese thousands and millions: a helper's round,
  // `Importe (miles de euros)` and `補助金額(千円)` summed as €530 and ¥530 for 530,000.)
  if (THOUSANDS_WORDS.test(t)) return 1e3;
  if (MILLIONS_WORDS.test(t)) return 1e6;
  // The same as a database names its fields, without brackets (`nominal_gbp_millions`: a helper's
  // round, real: the British Library's funding, £417.4M summed as £417.40).
  const field = CODED_FIELD_SCALE.exec(t);
  if (field) {
    const word = field[1] ?? field[2];
    return word.startsWith("thousand") ? 1e3 : word.startsWith("b") ? 1e9 : 1e6;
  }
  const abbreviated = SCALE_ABBREVIATION.exec(t);
  if (abbreviated) return ABBREVIATED_SCALES[abbreviated[1]];
  // `($b)`, `(£B)`: a currency's sign and b alone in brackets, billions as US budget tables write them
  // (a helper's round, real: a federal infrastructure tracker's `5-yr Total Funding ($b)`, $503.5bn summed
  // as $503.46).
  if (/\(\s*[£$€]\s*b\s*\)/.test(t)) return 1e9;
  if (!/thousand|000|mill|billion|[£$€][\s']*(?:k|m|mn|bn)\b/.test(t)) return 1;
  if (
    /[£$€][\s']*(?:000s?|k|thousands?)\b|\(\s*'?000s?\s*\)|\bin\s+thousands\b|\(\s*thousands?\s*\)|[£$€]\s*thousand/.test(
      t,
    )
  )
    return 1e3;
  if (/[£$€][\s']*(?:m|mn|millions?)\b|\bin\s+millions\b|\(\s*millions?\s*\)/.test(t)) return 1e6;
  if (/[£$€][\s']*(?:bn|billions?)\b|\bin\s+billions\b|\(\s*billions?\s*\)/.test(t)) return 1e9;
  return 1;
}

/** A multiple in words beside a three-letter code, alone in brackets (lower-cased): see headerScale. */
const CODED_SCALE =
  /\(\s*(?:in\s+)?(?:(thousands?|millions?|billions?|mn|bn)\s+(?:of\s+)?[a-z]{3}|[a-z]{3}\s+(thousands?|millions?|billions?|mn|bn))\s*\)/;

/** A multiple in words beside a currency's code, joined by underscores or spaces (lower-cased): `gbp_millions`. */
const CODED_FIELD_SCALE =
  /(?:^|[_\s])(?:gbp|usd|eur|cad|aud|nzd|chf|jpy|inr|sek|nok|dkk)[_\s]+(thousands?|millions?|billions?)(?=$|[_\s])|(?:^|[_\s])(thousands?|millions?|billions?)[_\s]+(?:of[_\s]+)?(?:gbp|usd|eur|cad|aud|nzd|chf|jpy|inr|sek|nok|dkk)(?=$|[_\s])/;

/** `(M)`, `(MM)`, `($M)`, `($MM)`: millions in a US finance header's capitals. */
const LETTERED_SCALE = /\(\s*\$?\s*MM?\s*\)/;

/** A multiple headerScale reads, in words: `thousands`, `millions`, `billions`. */
export function scaleWords(factor: number): string {
  return factor === 1e3
    ? "thousands"
    : factor === 1e6
      ? "millions"
      : factor === 1e9
        ? "billions"
        : `units of ${factor}`;
}

/** `£` → GBP, `us$` → USD, `eur` → EUR, `Kr.` → kr (KRONE_MARK). */
function codeOf(mark: string): string {
  if (/^kr\.?$/i.test(mark)) return KRONE_MARK;
  const found = mark.toUpperCase();
  return CURRENCY_SYMBOLS[found] ?? DOLLAR_PREFIXES[found] ?? MORE_MARKS[found] ?? found;
}

/**
 * A currency mark or code written against a figure inside text (`£30,000 and below`, `Above €5k`,
 * `EUR 2m match`): the mark or code, group 1 before the figure, group 2 after it.
 */
const FIGURE_CURRENCY = new RegExp(
  `(?:^|[^\\p{L}\\d$£€¥₹])(${CURRENCY_CODES}|${RINGGIT}|[£€¥₹$])\\s?\\d|\\d\\s?(${CURRENCY_CODES}|${RINGGIT}|[£€])(?![\\p{L}\\d])`,
  "iu",
);

/**
 * The currency a figure in free text is written in (`£30,000 and below` → GBP, `up to $5k` → USD), or
 * "" when the text writes no figure with a currency. Read in a sheet's other columns, it says what
 * currency amounts naming none are in (see TypedTable.textCurrency).
 */
export function currencyInText(text: string): string {
  for (const m of text.matchAll(FIGURE_CURRENCY_ALL)) {
    const mark = m[1] ?? m[2];
    // `RM` before a figure is a ringgit only in an amount's words (RINGGIT_PHRASE): `RM1 3BD` is a
    // Romford postcode, `RM 101` a room.
    if (mark.toUpperCase() === RINGGIT && (mark !== RINGGIT || !RINGGIT_PHRASE.test(text))) continue;
    const code = codeOf(mark);
    return code === DOLLAR_MARK ? "USD" : code;
  }
  return "";
}
const FIGURE_CURRENCY_ALL = new RegExp(FIGURE_CURRENCY.source, "giu");

/** A figure written as an amount: thousands grouped (`1,500`) or a decimal point (`2.5`), then maybe its multiple. */
const GROUPED_FIGURE = "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\.\\d+|\\d{1,3}(?:,\\d{3})+)";
/** A multiple in words or letters after a figure (`million`, `mn`, `m`, `k`). */
const FIGURE_MULTIPLE = "(?:[Mm]illions?|[Bb]illions?|[Tt]housands?|[Mm]il|mn|bn|[kKmMbB])";
/** A figure that reads as an amount whatever is around it: grouped or decimal, or with its multiple. */
const AMOUNT_FIGURE = `(?:${GROUPED_FIGURE}(?:\\s?${FIGURE_MULTIPLE})?|\\d+(?:\\.\\d+)?\\s?${FIGURE_MULTIPLE})`;
/**
 * The ringgit in words: `RM` in capitals against a figure written as an amount (`RM 1,500`, `RM 2.5m`,
 * `RM200 million`, `1,500 RM`), the figure ending there (`RM 5 m2` is an area). Not `RM` before a bare
 * figure: a reviewer's repros, Romford's postcodes (`RM1 3BD`, `RM11 1AA`) and room numbers (`RM 101`)
 * turned a pound or dollar ledger's totals into ringgit.
 */
const RINGGIT_PHRASE = new RegExp(
  `(?:^|[^\\p{L}\\d$£€¥₹])RM\\s?[-+]?${AMOUNT_FIGURE}(?![\\p{L}\\d]|[.,]\\d)|` +
    `(?:^|[^\\p{L}\\d.,])${AMOUNT_FIGURE}\\s?RM(?![\\p{L}\\d])`,
  "u",
);

/** `rm`, `Rm`: read by the case-blind patterns above, but the ringgit is written `RM`. */
function isLowerRinggit(code: string | undefined): boolean {
  return code !== undefined && code !== RINGGIT && code.toUpperCase() === RINGGIT;
}

const LONE_CURRENCY = new RegExp(`^(${CURRENCY_CODES}|${MORE_CODES}|[£€¥₹$])$`, "i");

/**
 * The currency a cell holding only a currency mark names (`£` → GBP, ` usd ` → USD), or "". Real: a
 * council's grants sheet keeps `£` in its Amount column on every row and the figure in the column
 * beside it, as a printed ledger lays them out.
 */
/** A number, or text that reads as one (`£23,166`, `1,800`): a figure, whatever it is of. */
export function isFigure(cell: Cell): boolean {
  return typeof cell === "number" || (typeof cell === "string" && coerceNumber(cell) !== undefined);
}

export function currencyMark(cell: Cell): string {
  if (typeof cell !== "string") return "";
  const m = LONE_CURRENCY.exec(cell.trim());
  return m ? codeOf(m[1]) : "";
}

/**
 * A column whose filled data cells all hold one currency mark and nothing else (`£`), read from
 * row `from`: its currency and first such row; undefined when any cell holds something else.
 */
export function markedColumn(
  matrix: Matrix,
  column: number,
  from: number,
  to = matrix.length,
): { code: string; first: number } | undefined {
  let code = "";
  let first = -1;
  for (let r = from; r < to; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    const c = currencyMark(cell);
    if (c === "" || (code !== "" && c !== code)) return undefined;
    if (code === "") [code, first] = [c, r];
  }
  return code === "" ? undefined : { code, first };
}

function writtenAmount(text: string): number | undefined {
  const m = WRITTEN_AMOUNT.exec(text);
  if (!m) return undefined;
  const [, open, sign1, code1, before, sign2, digits, scale, code2, after, close] = m;
  // A symbol after the figure (`1 234,56 €`, as Europe writes it) says the same as one before it.
  if (before && after && before !== after) return undefined;
  const symbol = before ?? after;
  if (Boolean(open) !== Boolean(close) || (sign1 && sign2)) return undefined;
  const sign = sign1 ?? sign2;
  if (open && sign) return undefined;
  if (isLowerRinggit(code1) || isLowerRinggit(code2)) return undefined;
  // `RM 101`, `RM-1`: a room, an office, a code — ringgit only as an amount column's cell (coerceAmount),
  // or written as an amount (`RM 1,500`, `RM 2.5`, `RM200 million`).
  if (!bareRinggit && (code1 === RINGGIT || code2 === RINGGIT) && !scale && /^\d+\.?$/.test(digits)) return undefined;
  const written = [code1, code2].filter((c): c is string => c !== undefined).map(codeOf);
  // `$` is the mark of every dollar: `$330,000 CAD` is Canadian dollars (real: a city's contract
  // awards), where `£5 USD` says two currencies and is refused.
  const mark = symbol === "$" ? DOLLAR_MARK : symbol ? CURRENCY_SYMBOLS[symbol] : undefined;
  const codes = mark && !(mark === DOLLAR_MARK && written.some((c) => DOLLARS.has(c))) ? [...written, mark] : written;
  if (new Set(codes).size > 1) return undefined; // "£5 USD": which is it?
  const factor = scale ? SCALES[scale.toLowerCase()] : 1;
  // Round to cents so 1.2 × 1,000,000 is 1,200,000, not 1,199,999.9999.
  const value = Math.round(Number(digits.replace(/,/g, "")) * factor * 100) / 100;
  if (!Number.isFinite(value)) return undefined;
  amountCurrency = codes[0] ?? "";
  return open || sign === "-" ? -value : value;
}

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
export function dateProblem(cell: Cell, dayFirst = false): string {
  const s = typeof cell === "string" ? cell.trim() : "";
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
  if (currency === "" || currency === "USD") return formatDollars(value);
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
