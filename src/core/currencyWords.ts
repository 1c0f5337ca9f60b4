import {
  BEFORE_CURRENCY_NAME,
  COUNTRIES_WITHOUT_DOLLARS,
  CURRENCY_NAMES,
  DOLLAR_NAMES,
  MONEY_WORDS_BEFORE_MARK,
} from "../schema";
import { CURRENCY_CODES, DOLLAR_MARK, MORE_CODES, RINGGIT, codeOf, unmangled } from "./amountCells";
import { mayWriteCurrency } from "./currencyGate";
import { wordsPattern } from "./text";

/**
 * The currency and the multiple words name: an amount column's header (`Award (£)`, `Spend (£000)`), a
 * sheet's title, a units row under the headers, read once per column or table; and a figure's mark in
 * free text (currencyInText), asked of other columns' cells with a digit.
 */

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
  if (word) return currencyOfWord(word[1]);
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
 * `руб.`, `рублей` or `₽`, the rupee as `Rs`/`Rs.` (as a word, capitalised so: `rs` is no rupee), the
 * Bulgarian lev as `лв.` or `лева` (corpus round jo D1, real: Bulgaria's state-aid register, `Годишен
 * бюджет в млн. лв.`, "names no currency").
 */
const HEADER_CURRENCY_WORD = /(?:^|[^\p{L}])(₽|[Рр]уб(?:\.|л\p{L}*)?|Rs\.?|лв\.?|лева)(?![\p{L}])/u;

/** The code of HEADER_CURRENCY_WORD's word. */
function currencyOfWord(word: string): string {
  if (/^R/.test(word)) return "INR";
  return /^л/.test(word) ? "BGN" : "RUB";
}

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

/**
 * A currency mark or code written against a figure inside text (`£30,000 and below`, `Above €5k`,
 * `EUR 2m match`): the mark or code, group 1 before the figure, group 2 after it.
 */
export const FIGURE_CURRENCY = new RegExp(
  `(?:^|[^\\p{L}\\d$£€¥₹])(${CURRENCY_CODES}|${RINGGIT}|[£€¥₹$])\\s?\\d|\\d\\s?(${CURRENCY_CODES}|${RINGGIT}|[£€])(?![\\p{L}\\d])`,
  "iu",
);

/**
 * The currency a figure in free text is written in (`£30,000 and below` → GBP, `up to $5k` → USD), or
 * "" when the text writes no figure with a currency. Read in a sheet's other columns, it says what
 * currency amounts naming none are in (see TypedTable.textCurrency).
 */
export function currencyInText(text: string): string {
  if (!mayWriteCurrency(text)) return "";
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
