/**
 * Which tab a row that is no header row comes closest to (closer), and what its headers say its rows are
 * when nothing comes close — people (saysPeople), things (thingsSaid), money received beside a payment
 * method (moneyReceived): the tab the no-header message names. Split from headers.ts.
 */
import {
  ASSETS,
  COST_WORDS,
  COUNT_WORDS,
  KEY_COLUMNS,
  LEADERSHIP,
  MONEY_WORDS,
  NO_AMOUNT_WORDS,
  PAYMENT_METHOD_HEADERS,
  PEOPLE_HEADERS,
  SITE_HEADERS,
  SPENDING_WORDS,
  TABS,
  THING_HEADERS,
  HERITAGE_HEADERS,
  type TabSpec,
} from "../schema";
import { NO_AMOUNT_HEADER, headerHasWord, isBlank, isPlaceholder, normalizeHeader, wordsPattern } from "./text";
import { COST_HEADER, REQUEST_HEADER, ownFinances, payHeader } from "./moneyHeaders";
import { coerceNumber } from "./amountCells";
import { headerCurrency } from "./currencyWords";
import { namePart } from "./nameParts";
import { BARE_ID, CURRENCY_ONLY, isBareName, matchHeader, withoutBrackets } from "./headerMatch";
import { type RowMatch, better, namesKeyPlainly, namesMoney } from "./headerRowReading";
import { NAMES_SAMPLED, ORGANISATION_KEYS, PERSON_IDS } from "./nameColumnReadings";
import type { Cell, MappedColumn, Matrix } from "./types";

const PEOPLE: ReadonlySet<string> = new Set(PEOPLE_HEADERS.map(normalizeHeader));
const THINGS: ReadonlySet<string> = new Set(THING_HEADERS.map(normalizeHeader));
/** Headers naming heritage property (HERITAGE_HEADERS): the things themselves, not one of their measures. */
export const HERITAGE: ReadonlySet<string> = new Set(HERITAGE_HEADERS.map(normalizeHeader));
const SITES: ReadonlySet<string> = new Set(SITE_HEADERS.map(normalizeHeader));

/**
 * Does this header say its rows are people: half of a name (`Surname`), or a sex or a date of birth
 * (PEOPLE_HEADERS), whole or as one of its words (`sexe_collaborateur`)?
 */
export function saysPeople(header: string): boolean {
  return namePart(header) !== undefined || headerHasWord(header, PEOPLE);
}

/**
 * Which of two rows that are no header row comes closer to one, for the message saying what is
 * missing: a row naming what its tab lists — a partner, a person or an asset — by a header that says
 * which (`Organization_Name`, not a bare `Name`) is one column short of that tab, however many columns another tab read without its
 * key. Real: a nonprofit list's `Organization_Name` beside `Challenges` and `Needs` (Foundation's
 * Key obstacles and Problem statement) was told to name an Initiative column.
 */
export function closer(a: RowMatch, b: RowMatch | undefined): boolean {
  if (!b) return true;
  const aKey = namesKeyPlainly(a);
  if (aKey !== namesKeyPlainly(b)) return aKey;
  // A tab's key named by a header that says it beats columns that several tabs have — dates, an email,
  // Notes, a Status — read without their key (corpus round fg, real: the UK's major projects,
  // `project_number, project_name, …, start_date, end_date`, were told to name a Partner column for the
  // dates, where `project_name` is Foundation's Initiative; an offshore-wind project list, `Project
  // Name … Notes/Remarks`, sent to Assets by its Notes).
  const aOver = namesKeyBySynonym(a) && sharedOnly(b);
  if (aOver !== (namesKeyBySynonym(b) && sharedOnly(a))) return aOver;
  // A unit of measure alone says nothing of assets: every table of measures has one (a helper's round,
  // real: a Closing the Gap target table, `Measure … Unit`, hinted as Assets, as Foundation without it).
  const aUnit = unitAlone(a);
  if (aUnit !== unitAlone(b)) return !aUnit;
  // Leadership lists people: an `Agency` or a `Department` alone (its Organization) says nothing of
  // them (real: a fleet inventory and a programme list were told to map a Name column).
  const aPeople = mayBePeople(a);
  if (aPeople !== mayBePeople(b)) return aPeople;
  // Nor does a `Department` alone say assets (who holds them): a university's sponsored projects, its
  // `Department` beside `Sponsor`, were told to name an Asset column (a helper's round, real).
  // (Against a row that names something for another tab: Assets' holder alone still beats nothing.)
  const aThings = mayBeThings(a);
  if (aThings !== mayBeThings(b) && (aThings ? a : b).columns.length > 0) return aThings;
  // As many columns read either way: money says Partners (a payments ledger's `Amount of Payment`
  // beside a bare `ID`, which Foundation would take for its Initiative ID).
  if (a.columns.length === b.columns.length) {
    const aMoney = namesMoney(a);
    if (aMoney !== namesMoney(b)) return aMoney;
  }
  return better(a, b);
}

function unitAlone(m: RowMatch): boolean {
  return m.tab === ASSETS && m.columns.length === 1 && m.columns[0].id === ASSETS.col.unit.id;
}

function mayBeThings(m: RowMatch): boolean {
  return m.tab !== ASSETS || m.hasKey || m.columns.some((c) => c.id !== ASSETS.col.heldBy.id);
}

function mayBePeople(m: RowMatch): boolean {
  // An email beside a website is an organisation's (corpus round fg, real: Trafford's community hubs,
  // `community_hub, address, postcode, website, email, …`, told to name a Name column).
  const email = (c: MappedColumn) =>
    c.id === LEADERSHIP.col.email.id && !m.unknown.some((u) => ORGANISATION_KEYS.has(normalizeHeader(u.header)));
  return m.tab !== LEADERSHIP || m.hasKey || m.columns.some((c) => PERSON_IDS.has(c.id) || email(c));
}

/** Does the row name its tab's key by a header that says it (`project_name`), not a bare `ID` or `Name`? */
function namesKeyBySynonym(m: RowMatch): boolean {
  if (!m.hasKey) return false;
  const keys = KEY_COLUMNS[m.tab.name];
  return m.columns.some(
    (c) => keys.some((k) => k.id === c.id) && !isBareName(c.header) && !BARE_ID.has(normalizeHeader(c.header)),
  );
}

/**
 * Does the row, naming no key of its tab, name only columns that several tabs have (SHARED_COLUMNS)?
 */
function sharedOnly(m: RowMatch): boolean {
  return !m.hasKey && m.columns.length > 0 && m.columns.every((c) => SHARED_COLUMNS.has(c.id));
}

/**
 * Columns that say little of which tab a sheet is: a date or an email (every register has them), and
 * those two tabs or more have (Initiative ID, Sector, Status, Notes).
 */
const SHARED_COLUMNS: ReadonlySet<string> = new Set(
  TABS.flatMap((t) =>
    t.columns
      .filter(
        (c) =>
          c.type === "date" ||
          c.type === "email" ||
          TABS.some((other) => other !== t && other.columns.some((o) => o.name === c.name)),
      )
      .map((c) => c.id),
  ),
);

/**
 * How many of a row's headers say its rows are things: their measures or make (THING_HEADERS), or —
 * when nothing in the row says organisations, people or money — where they stand (SITE_HEADERS).
 */
export function thingsSaid(cells: readonly Cell[]): number {
  const headers = cells.filter((c): c is string => typeof c === "string" && !isBlank(c));
  const others = headers.some(
    (h) =>
      ORGANISATION_KEYS.has(normalizeHeader(h)) ||
      /e-?mail/i.test(h) ||
      saysPeople(h) ||
      saysCurrency(h) ||
      SAYS_AMOUNT.test(h),
  );
  // A header naming the things themselves (`Kulturschutzgut`) says as much as two of their measures —
  // where nothing says organisations or money, and not as a reference to them (`Denkmal-Nr.`, `Denkmal
  // ID`): a grants ledger's column of the monument each grant restores says one thing, as a measure does
  // (a helper's brief: one such column tipped an applicants' ledger to Assets).
  const heritage = headers.filter((h) => headerHasWord(h, HERITAGE));
  const things =
    headers.filter((h) => headerHasWord(h, THINGS)).length +
    heritage.length +
    (others ? 0 : heritage.filter((h) => !NO_AMOUNT_HEADER.test(h)).length);
  if (others) return things;
  const sites = headers.filter(
    (h) => !headerHasWord(h, THINGS) && !headerHasWord(h, HERITAGE) && headerHasWord(h, SITES),
  );
  // A postcode only beside another: any address has one (`name, address, postcode` lists people as often).
  return things + (sites.some((h) => !headerHasWord(h, POSTCODE)) ? sites.length : 0);
}

const POSTCODE: ReadonlySet<string> = new Set(["postcode"]);

/** A payment method's header (the schema's PAYMENT_METHOD_HEADERS), among a header's words. */
const PAYMENT_METHOD = new RegExp(
  `(?<!\\p{L})(?:(?:${wordsPattern(PAYMENT_METHOD_HEADERS.payment, "[\\s_]*")})s?|` +
    `${wordsPattern(PAYMENT_METHOD_HEADERS.phrases, "[\\s_]+")})(?!\\p{L})`,
  "iu",
);

/**
 * Headers over figures that are no amounts of money (see moneyReceived): those never offered as
 * amounts (NO_AMOUNT_HEADER: numbers, codes — `Código` too —, years, counts), and dates, references and
 * quantities — unless they say an amount or its currency too (`Transaction amount`).
 */
const NO_AMOUNT = new RegExp(`(?<!\\p{L})(?:${wordsPattern(NO_AMOUNT_WORDS)})(?!\\p{L})`, "iu");
/**
 * Money paid out (`Cost`, `Price`, `Expense`: the schema's COST_WORDS and SPENDING_WORDS): beside a
 * payment method it is a spending log's, no money received (a reviewer's repro: a purchase-card log's
 * `Cost` hinted as gifts to name a donor for).
 */
const SPENDING = new RegExp(`(?<!\\p{L})(?:${wordsPattern([...COST_WORDS, ...SPENDING_WORDS])})(?!\\p{L})`, "iu");
/** A header's word for an amount, in the languages of users' sheets (MONEY_WORDS' amount words). */
const SAYS_AMOUNT = new RegExp(
  wordsPattern([...MONEY_WORDS.amount, ...MONEY_WORDS.amountOrMeasure, ...MONEY_WORDS.amountElsewhere]),
  "iu",
);

/** Words only money is said in (MONEY_WORDS: `amount`, `montant`, `grant`, `subvention`; not `total` or `value`). */
const MONEY_IN_WORDS = new RegExp(
  wordsPattern([...MONEY_WORDS.amount, ...MONEY_WORDS.amountElsewhere, ...MONEY_WORDS.money, ...MONEY_WORDS.moneyMore]),
  "iu",
);
/** A count among a header's words (COUNT_WORDS: `Nombre de subventions`, `Anzahl`). */
const COUNTED = new RegExp(`(?<!\\p{L})(?:${wordsPattern(COUNT_WORDS)})(?!\\p{L})`, "iu");
/**
 * Does a header say money in words that only money is said in, and no count, number, code or date
 * (`Number of grants`, `Grant date`)? Measures have a `Total` too (`Total emissions`). Nor money that
 * is no commitment: asked for, a cost, an organisation's own finances (corpus round ff, real:
 * Philadelphia's violence-prevention nonprofits, whose `Annual_Operating_Budget` is their own).
 */
export function moneyInWords(header: string): boolean {
  const words = header.replace(/_/g, " ");
  return (
    MONEY_IN_WORDS.test(words) &&
    !NO_AMOUNT.test(words) &&
    !NO_AMOUNT_HEADER.test(words.replace(/\([^)]*\)/g, " ")) &&
    !COUNTED.test(words) &&
    !REQUEST_HEADER.test(words) &&
    !COST_HEADER.test(words) &&
    !ownFinances(words) &&
    !payHeader(words)
  );
}

/** Does a header over figures head amounts of money, as far as its words say (see NO_AMOUNT)? */
function amountHeader(header: string): boolean {
  if (saysCurrency(header) || SAYS_AMOUNT.test(header)) return true;
  // Nor a date column by the tracker's own words (`Start`: a date serial a row, in a workbook).
  const column = (t: TabSpec) => matchHeader(t, header)?.column.type;
  const words = header.replace(/_/g, " ");
  return (
    !NO_AMOUNT.test(words) &&
    !NO_AMOUNT_HEADER.test(words.replace(/\([^)]*\)/g, " ")) &&
    !TABS.some((t) => ["date", "id"].includes(column(t) ?? ""))
  );
}

/**
 * Row `row`'s money received: a payment method's header beside a column of amounts — figures under a
 * header that is no date, number or code — the one headed by its currency (`UAH`, `Amount (€)`) first,
 * else the one adding up to the most; undefined without either.
 */
export function moneyReceived(matrix: Matrix, row: number): { amount: string; method: string } | undefined {
  const headers = (matrix[row] ?? []).map((c) => (isBlank(c) || typeof c !== "string" ? "" : c.trim()));
  const method = headers.find((h) => PAYMENT_METHOD.test(h));
  if (method === undefined) return undefined;
  const amounts = headers.flatMap((h, i) =>
    h === "" || h === method || SPENDING.test(h) || !amountHeader(h) || !figuresUnder(matrix, row, i)
      ? []
      : [{ header: h, currency: saysCurrency(h), sum: columnSum(matrix, row, i) }],
  );
  const best = amounts.reduce<(typeof amounts)[number] | undefined>(
    (b, a) => (b === undefined || (a.currency !== b.currency ? a.currency : a.sum > b.sum) ? a : b),
    undefined,
  );
  return best && { amount: best.header, method };
}

/**
 * A header saying its currency as the amounts are read (headerCurrency: `Amount (€)`, `UAH`, `Sum UAH`),
 * or a mark alone (`$`): one reading for the hint and the sum it leads to (a reviewer's repro: `AED`
 * called a currency by the hint, then summed as dollars).
 */
function saysCurrency(header: string): boolean {
  return headerCurrency(header) !== "" || CURRENCY_ONLY.test(withoutBrackets(header));
}

/** Are the filled cells of a column's first rows figures, two at least and two in three (placeholders aside)? */
export function figuresUnder(matrix: Matrix, row: number, column: number): boolean {
  let figures = 0;
  let other = 0;
  for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 4; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell) || isPlaceholder(cell)) continue;
    const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
    if (v !== undefined && Number.isFinite(v)) figures++;
    else other++;
  }
  return figures >= 2 && other * 2 <= figures;
}

/** The figures of a column's first rows added up (text read as amounts; what is no amount as 0). */
export function columnSum(matrix: Matrix, row: number, column: number): number {
  let sum = 0;
  for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 10; r++) {
    const cell = matrix[r]?.[column];
    const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
    if (v !== undefined && Number.isFinite(v)) sum += v;
  }
  return sum;
}
