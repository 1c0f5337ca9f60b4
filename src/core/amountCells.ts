import { isBlank, trimmed } from "./text";
import { withoutRemark } from "./amountRemarks";
import type { Cell, Matrix } from "./types";

/**
 * An amount cell read as a number (SPEC "Values as people write them"): the currencies' marks and
 * codes a cell may write, the separators of the US and of Europe, scales, ceilings and credit notes,
 * and what the last amount read was written in (the side channels the rule engine reads right after
 * the call). Allocation-free on the common path: the rule engine runs coerceNumber once per cell.
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
export const CURRENCY_CODES =
  "USD|US\\$|GBP|EUR|CAD|AUD|NZD|CHF|JPY|INR|MXN|SEK|NOK|DKK|ISK|AU?\\$|NZ\\$|CA?\\$|kr\\.?";
/**
 * More currencies amounts are written in (real: Brazilian convênios in `R$ 100.000,00`, Buenos Aires
 * works in pesos; Czech `Kč`, Polish `zł`), read in cells and, written in capitals as here, in headers
 * (`pen`, `cop` and `ars` are words too).
 */
export const MORE_CODES =
  "BRL|ARS|CLP|COP|PEN|CZK|PLN|HUF|ZAR|PKR|KES|NGN|GHS|BDT|LKR|EGP|UGX|TZS|MYR|AR\\$|MX\\$|R\\$|Kč|zł|円";

/**
 * Currencies read beside a figure in a cell only: the rouble, the hryvnia and the lev by their codes,
 * signs and words (`2500 RUB`, `1000 ₽`, `1 000 руб.`, `500 грн`, `300 лв.`: a helper's round found each
 * refused as "expected an amount in dollars", a Russian sheet's subsidies summed to 0 once written so),
 * and other codes no word is spelt as (not `Ron 5`, `Try 2`: this pattern is case-blind, and isFigure
 * asks it of names too). Not in headers, where capitals are also acronyms (`CNY grant`): headers name
 * currencies by their own rules (currencyWords' ISO codes).
 */
const CELL_CODES = "RUB|UAH|BGN|CNY|HKD|SGD|KRW|₽|₴|руб\\.?|грн\\.?|лв\\.?";

/**
 * The ringgit's sign, as Malaysia writes its amounts (`RM200 million`, `RM 1,500`: a real financing
 * directory's pools), in cells and figures in text; in capitals only (`rm` is a room, a unit), and in a
 * header only in brackets or before its multiple (`(RM)`, `RM'000`: BRACKETED_CODE, MARK_THEN_MULTIPLE).
 */
export const RINGGIT = "RM";

/** MORE_CODES' marks by their upper case (codeOf). */
export const MORE_MARKS: Readonly<Record<string, string>> = {
  R$: "BRL",
  AR$: "ARS",
  MX$: "MXN",
  KČ: "CZK",
  ZŁ: "PLN",
  円: "JPY",
  RM: "MYR",
  "₽": "RUB",
  "₴": "UAH",
  РУБ: "RUB",
  "РУБ.": "RUB",
  ГРН: "UAH",
  "ГРН.": "UAH",
  ЛВ: "BGN",
  "ЛВ.": "BGN",
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
const WRITTEN_AS_EUROPE: ReadonlySet<string> = new Set([
  "BRL",
  "ARS",
  "CLP",
  "COP",
  "CZK",
  "PLN",
  "HUF",
  "RUB",
  "UAH",
  "BGN",
]);
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
  `^(\\()?\\s*([-+])?\\s*(?:(${CURRENCY_CODES}|${MORE_CODES}|${CELL_CODES}|${RINGGIT})\\s*)?([$£€¥₹])?\\s*([-+])?\\s*` +
    `((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)\\s*` +
    `(k|thousand|mm|mn|mil|million|m|bn|billion|b)?\\.?\\s*(?:(${CURRENCY_CODES}|${MORE_CODES}|${CELL_CODES}|${RINGGIT})|([£€¥₹]))?\\s*(\\))?$`,
  "i",
);

/**
 * `£` and `€` as a file's bytes were misread somewhere before it reached the user: UTF-8 read as
 * Windows-1252 (`Â£`, `â‚¬`) or as Mac Roman (`¬£`), kept so in the cells of a real ledger.
 * Put back, so `Â£1,200` is £1,200 and not "not an amount".
 */
export function unmangled(text: string): string {
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
  // (Blank is no number; and the character tests below would read past its end, which sent this
  // function back to the interpreter on the first blank cell, again and again as a sheet recalculates.)
  if (text.length === 0) return undefined;
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
  // A remark in brackets after the amount (`$25,000 (revised)`, `446,750,000円 （…）`): the amount (amountRemarks).
  else if (last === 41 || last === 0xff09 /* ) or ） */) text = withoutRemark(text) ?? text;
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

/** `£` → GBP, `us$` → USD, `eur` → EUR, `Kr.` → kr (KRONE_MARK). */
export function codeOf(mark: string): string {
  if (/^kr\.?$/i.test(mark)) return KRONE_MARK;
  const found = mark.toUpperCase();
  return CURRENCY_SYMBOLS[found] ?? DOLLAR_PREFIXES[found] ?? MORE_MARKS[found] ?? found;
}

/** `rm`, `Rm`: read by the case-blind patterns above, but the ringgit is written `RM`. */
function isLowerRinggit(code: string | undefined): boolean {
  return code !== undefined && code !== RINGGIT && code.toUpperCase() === RINGGIT;
}

const LONE_CURRENCY = new RegExp(`^(${CURRENCY_CODES}|${MORE_CODES}|${CELL_CODES}|[£€¥₹$])$`, "i");

/** A number, or text that reads as one (`£23,166`, `1,800`): a figure, whatever it is of. */
export function isFigure(cell: Cell): boolean {
  return typeof cell === "number" || (typeof cell === "string" && coerceNumber(cell) !== undefined);
}

/**
 * The currency a cell holding only a currency mark names (`£` → GBP, ` usd ` → USD), or "". Real: a
 * council's grants sheet keeps `£` in its Amount column on every row and the figure in the column
 * beside it, as a printed ledger lays them out.
 */
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
