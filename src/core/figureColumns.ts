import { COUNT_WORDS, DATE_HEADER_WORDS, MONEY_WORDS, NOT_GIVEN_BESIDE, NUMBER_WORDS, PARTNERS } from "../schema";
import { coerceNumber } from "./amountCells";
import { headerCurrency, headerScale } from "./currencyWords";
import { copiesAmong, type CopiedColumn } from "./copiedColumns";
import { besideMapping } from "./ignoredColumns";
import { mappingName } from "./repeatedHeaders";
import { otherYearsOf, yearFigure, yearsAlone } from "./headerYears";
import { COST_HEADER, ownFinances, payHeader, REQUEST_HEADER } from "./moneyHeaders";
import { moneyInWords } from "./closestTab";
import { ownShareHeader } from "./ownShare";
import { OtherAmountTally, totalPartsOf, type OtherColumn, type TotalParts } from "./summaryOtherAmounts";
import { withdrawnOf } from "./summaryWithdrawn";
import { slotOf, type TypedTable } from "./rows";
import { camelApart, NO_AMOUNT_HEADER, wordsPattern } from "./text";
import type { HeaderMapping, Matrix } from "./types";
import { phrase } from "./doorWording";

/**
 * The columns of figures a Partners mapping leaves out: named when it maps no Committed (figuresIn,
 * committedUnmapped), summed apart beside a mapped one (otherAmountColumns). Apart from summaries.ts
 * as they read headers and a column's first cells once a block, never a row at a time.
 */

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);
/** The mapped totals whose parts beside them are said as such (totalPartsOf), Committed's first. */
const TOTALS_WITH_PARTS = [
  { slot: committedSlot, id: PARTNERS.col.committed.id },
  { slot: receivedSlot, id: PARTNERS.col.received.id },
] as const;

/**
 * Measures no money is in (`Emissions (tCO2e)`, `Percent`, a head count: Supply Nation's `employees`;
 * counts and units, `Points` among them, are the schema's COUNT_WORDS), unless the header says money too
 * (`Emissions Reduction Grant ($)`, `Staff costs`, `FTE salary`: reviewers' repros). Helpers' rounds,
 * real: Maryland's water projects told their figures were in "Points", a priority score; CDP's cities
 * in tonnes of CO2e.
 */
/** Words only money is said in (not `total` or `value`, which measures have too: `Total emissions`). */
const MONEY_WORD = new RegExp(
  `${wordsPattern([...MONEY_WORDS.amount, ...MONEY_WORDS.money, ...MONEY_WORDS.pay, ...MONEY_WORDS.signs])}|` +
    `(?:${wordsPattern(MONEY_WORDS.payWordEnd)})\\b|\\b(?:${wordsPattern(MONEY_WORDS.codes)})\\b`,
  "i",
);

// (And a period, `TAX_PERIOD` 202306: a year and its month — the IRS's exempt organisations, offered as
// the column of amounts beside their names by the no-header message: corpus round kp D3's follow-up.)
const MEASURE_HEADER =
  /(?:^|[^\p{L}])(?:emissions?|co2e?|tco2e?|ghg|tonnes?|tons?|kwh|mwh|gwh|percent|percentage|pct|employees|staff|fte|headcount|period)(?![\p{L}])/iu;

/** A count or a unit no money is in (`Beviljade platser totalt`, `YH-poäng`, `Points`: the schema's COUNT_WORDS). */
const COUNT_HEADER = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(COUNT_WORDS, "[\\s_-]+")})(?![\\p{L}])`, "iu");

/** A number as other languages head it (`numero_termo`, `Nº`): the schema's NUMBER_WORDS, whole words. */
const NUMBER_HEADER = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(NUMBER_WORDS)})(?![\\p{L}])`, "iu");

/**
 * Headers of a place's or an organisation's number (`Census Tract`, `Community Board`, `Council
 * District`, `BIN`, `BBL`, `provider_ein`, `UKPRN`, `School`), or a programme's (`CFDA` 20.526, `NAICS`:
 * a helper's round, a federal infrastructure tracker): no amount unless the header says money too
 * (`School grant`). Helpers' rounds, real: NYC's providers told their figures were in "Community
 * Board", "Census Tract", "BIN"; Charlotte's school partners in "School".
 */
const REGISTER_NUMBER_HEADER =
  /(?:^|[^\p{L}])(?:ein|tin|duns|uei|fips|cfda|aln|naics|sic|nigp|fain|ukprn|urn|uprn|upin|census|tract|bin|bbl|nta|district|ward|board|precinct|parcel|apn|school|site|grade)(?![\p{L}])/iu;

/**
 * Headers that say money: named first among the figures, ahead of codes a register numbers its
 * entries with (a helper's round, real: Hamburg's grants, told its figures were in "INEZ-Nummer",
 * "Einzelplan", "Kapitel …" while `Gesamtzuwendung` waited behind "…").
 */
export const MONEY_HEADER = new RegExp(
  `${wordsPattern([
    ...MONEY_WORDS.amount,
    ...MONEY_WORDS.amountOrMeasure,
    ...MONEY_WORDS.amountElsewhere,
    ...MONEY_WORDS.money,
    ...MONEY_WORDS.moneyMore,
    ...MONEY_WORDS.signs,
  ])}|\\b(?:${wordsPattern([...MONEY_WORDS.codes, ...MONEY_WORDS.moreCodes])})\\b`,
  "i",
);

/**
 * What `check` and `new --from` say of a user's Partners sheet mapping no Committed column while
 * columns of figures stand beside it: the summary's hint, said where the user looks first (a helper's
 * round, real: Arts Council England's portfolio, "no issues" and its £444M a year never named).
 * Undefined for any other block.
 */
export function committedUnmapped(block: {
  readonly matrix: Matrix;
  readonly mapping: HeaderMapping;
}): string | undefined {
  const { committed } = PARTNERS.col;
  if (block.mapping.tab !== PARTNERS.name || block.mapping.columns.some((c) => c.id === committed.id)) return undefined;
  const hint = figuresIn(block);
  // (Nor a sheet whose figures are numbers, codes, counts or measures alone, `Id`, `No`, `numero_termo`:
  // no money is no problem to check — the summary says it has nothing to add up.)
  if (!hint.startsWith(" Its figures are in")) return undefined;
  const mapIt = `map the one that is ${committed.name}`;
  return (
    `No ${committed.name} column:${hint.replace(" Its", " its").replace(`${mapIt}.`, `${mapIt} ${phrase("mappingArgument")}.`)} ` +
    `Until one is, nothing is added up.`
  );
}

/** The unmapped columns SUMMARY's missing-Committed message names at most. */
const FIGURES_NAMED = 3;

/** A header in CJK script ending in its word for a date (`成立日期`, `申請日`: the schema's DATE_HEADER_WORDS). */
const DATE_ENDING = new RegExp(`(?:${wordsPattern(DATE_HEADER_WORDS.ending)})\\s*$`);

/**
 * The columns the mapping leaves out that hold figures which may be money (figuresIn names them), with
 * their headers on one line: not a position, a code, a count, a year or a line number.
 */
function figureColumns(
  t: { readonly matrix: Matrix; readonly mapping: HeaderMapping },
  /** Only headers that pass this are read (their cells are not read otherwise). */
  headed: (header: string) => boolean = () => true,
  /**
   * Given, the columns of figures left out as numbers, codes, counts or measures by their headers
   * (`numero_termo`, `provider_ein`, `Students`, `Emissions (tCO2e)`) or as register numbers are put in it,
   * and those holding nothing but 0 (`zero`).
   */
  numbered?: LeftOut[],
): { readonly index: number; readonly header: string }[] {
  // (Not a position, a code or a count: a helper's round, real — Atlanta's community assets were told
  // their figures are in "Latitude", "Longitude", a register of councils' data in "Custodian code";
  // Nashville's arts partners in "Students", Toronto's gardens in "ESTIMATED_GARDEN_SIZE".)
  const headers = t.matrix[t.mapping.headerRow] ?? [];
  const out: { index: number; header: string }[] = [];
  // (Never one the mapping leaves out on purpose: `check`'s block gives its mapping whole.)
  for (const u of besideMapping(t.mapping).unknown) {
    // Words run together in camel case are words (`BuyerPhone`, `SolicitationNumber`: a helper's
    // round, real: Montgomery County's contracts, told its figures were in those).
    const words = camelApart(u.header);
    // What a bracket adds does not make figures no amount (`2022/23 Annual Funding (Extension year)`:
    // a helper's round, real: Arts Council England's portfolio, the year's funding never offered).
    const header = String(headers[u.index] ?? u.header)
      .replace(/\s+/g, " ")
      .trim();
    // A header naming a year holds that year's figures: a whole 1900–2100 in it is an amount, no year (a
    // helper's round, real: a Brazilian register's `Valor Previsto 2020`, its `2000` read as a year and the
    // column left out of those named beside Committed, unsaid): yearsAlone reads u.header.
    if (
      NO_AMOUNT_HEADER.test(words.replace(/\([^)]*\)/g, " ")) ||
      DATE_ENDING.test(header) ||
      ((MEASURE_HEADER.test(words) || COUNT_HEADER.test(words)) && !MONEY_WORD.test(words)) ||
      ((REGISTER_NUMBER_HEADER.test(words) || NUMBER_HEADER.test(words)) && !MONEY_HEADER.test(words))
    ) {
      // (Read only for a sheet with no amount, to say what its figures are: numbers, codes, counts, measures.)
      if (numbered && mostlyFigures(t, u.index, u.header)) numbered.push({ index: u.index, header });
      continue;
    }
    if (!headed(u.header)) continue;
    const { filled, numbers, small, fractions } = figuresOf(t, u.index, u.header);
    // A column of nothing but 0 is no amount either, but a user looks for it by its header: said as
    // such where nothing else is to add up (corpus round hn D8, real: a funders' directory's `Revenue`,
    // 0 on every row, unsaid beside its `EIN`).
    if (numbered && filled > 0 && numbers === filled && onlyZeros(t, u.index)) {
      numbered.push({ index: u.index, header, zero: true });
      continue;
    }
    // Register numbers (`811014982`: whole, of one length, eight digits or more, few of them round) are no
    // amounts (a helper's round, real: Norway's grants to faith communities, told its figures were in
    // `orgnr`, the organisation numbers).
    if (filled > 0 && registerNumbersOnly(t.matrix, t.mapping.headerRow, u.index)) {
      if (numbered) numbered.push({ index: u.index, header });
      continue;
    }
    // Line or item numbers (1, 2, 3 …) are no amounts; nor are times of day or shares (0.54: a food
    // bank directory's opening hours, offered as its money by a helper's round).
    if (filled > 0 && numbers * 2 > filled && small < numbers && fractions < numbers)
      out.push({ index: u.index, header });
  }
  return out;
}

/**
 * A column's first 50 filled cells: how many, how many figures (none where they are years, unless its
 * header names one), how many small whole figures (a line number, a score) and how many shares between 0
 * and 1.
 */
function figuresOf(
  t: { readonly matrix: Matrix; readonly mapping: HeaderMapping },
  index: number,
  header: string,
): { filled: number; numbers: number; small: number; fractions: number } {
  let numbers = 0;
  let years = 0;
  let filled = 0;
  let small = 0;
  let fractions = 0;
  for (let r = t.mapping.headerRow + 1; r < t.matrix.length && filled < 50; r++) {
    const cell = t.matrix[r]?.[index];
    if (cell === null || cell === undefined || cell === "") continue;
    filled++;
    const n = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
    if (n === undefined) continue;
    numbers++;
    if (yearFigure(cell)) years++;
    // (A score's halves too: `4.5` of 5 — a helper's round, real: a nonprofits list's Programmability.)
    if ((Number.isInteger(n) && n >= 0 && n < 100) || (Number.isInteger(n * 2) && n >= 0 && n <= 10)) small++;
    if (n > 0 && n < 1) fractions++;
  }
  // (A column of years, `aar` 2019 on each row, holds no figures: yearsAlone.)
  return { filled, numbers: yearsAlone(numbers, years, header) ? 0 : numbers, small, fractions };
}

/** A column of figures the mapping leaves out as no amount: a number, a code, a count, a measure, or 0 alone (`zero`). */
type LeftOut = { index: number; header: string; zero?: true };

/** Is every filled cell of a column under the header row a 0 (`0`, `"0"`, `"$0.00"`), one at least? */
function onlyZeros(t: { readonly matrix: Matrix; readonly mapping: HeaderMapping }, index: number): boolean {
  let zeros = 0;
  for (let r = t.mapping.headerRow + 1; r < t.matrix.length; r++) {
    const cell = t.matrix[r]?.[index];
    if (cell === null || cell === undefined || cell === "") continue;
    if ((typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined) !== 0)
      return false;
    zeros++;
  }
  return zeros > 0;
}

/** Are a column's first cells figures, most of them (a year none, unless its header names one)? */
function mostlyFigures(t: { readonly matrix: Matrix; readonly mapping: HeaderMapping }, index: number, header: string) {
  const { filled, numbers } = figuresOf(t, index, header);
  return filled > 0 && numbers * 2 > filled;
}

/**
 * What SUMMARY without a Committed column says of the columns that hold figures, the tracker mapping
 * none of them: " Its figures are in "…", "…": map the one that is Committed." — or "" for none. A
 * funder's list of yearly amounts (`2022/23 Annual Funding`, `2023-26 Annual Funding`) says no one
 * amount, and a user told only "no Committed column" looks for one (a helper's round: Arts Council
 * England's portfolio).
 */
export function figuresIn(t: { readonly matrix: Matrix; readonly mapping: HeaderMapping }): string {
  const headers = t.matrix[t.mapping.headerRow] ?? [];
  // A ledger of payments alone has its money in Received already: that is the column to name first
  // (a helper's round, real: a borough's payments, told its figures were in "Line", its line numbers).
  const paid = t.mapping.columns.find((c) => c.id === PARTNERS.col.received.id);
  if (paid) {
    const header = String(headers[paid.index] ?? paid.header)
      .replace(/\s+/g, " ")
      .trim();
    return (
      ` Its payments are in "${header}" (${PARTNERS.col.received.name}): to add them up, map it as ` +
      `${PARTNERS.col.committed.name}.`
    );
  }
  const found: string[] = [];
  const numbered: LeftOut[] = [];
  for (const { header } of figureColumns(t, undefined, numbered)) {
    // (A header twice, as a state's list repeats `Total Cost ($)`, is named once.)
    if (!found.includes(`"${header}"`)) found.push(`"${header}"`);
  }
  const list = (names: string[]) =>
    names.slice(0, FIGURES_NAMED).join(", ") + (names.length > FIGURES_NAMED ? " …" : "");
  if (found.length === 0) return noAmounts(t, numbered, list);
  // What was asked for or what a project costs is no commitment (a helper's round, real: USDOT's
  // TIGER applications, told to map `Funding Request` or `Project Cost` as Committed: $175.6bn
  // "committed" where $5.08bn was awarded): not offered, nor a cost beside a request (an application's
  // project cost); said for what they are when nothing else is there.
  const requests = found.some((f) => REQUEST_HEADER.test(f));
  // Nor are an organisation's own finances, what it spends in a year or owns (a helper's round, real:
  // Philadelphia's violence-prevention nonprofits, told to map `Annual_Operating_Budget` as Committed).
  // (Not money given toward them: `Operating expenses grant`, `Total assets funded`.)
  const finances = found.filter((f) => ownFinances(f));
  // Nor what a post is paid (corpus round fk, real: an organogram's `Payscale Minimum (£)`).
  const pay = found.filter((f) => payHeader(f));
  const offered = found.filter(
    (f) => !REQUEST_HEADER.test(f) && !(requests && COST_HEADER.test(f)) && !finances.includes(f) && !pay.includes(f),
  );
  if (offered.length === 0 && finances.length === found.length) {
    return ` Its figures are the organisations' own finances (${list(found)}), not money committed to a partnership.`;
  }
  if (offered.length === 0 && pay.length === found.length) {
    return ` Its figures are pay (${list(found)}), not money committed to a partnership.`;
  }
  if (offered.length === 0) {
    return (
      ` Its figures are what was asked or what projects cost (${list(found)}), not what was committed: ` +
      `a list of applications has no ${PARTNERS.col.committed.name} until one is awarded.`
    );
  }
  offered.sort((a, b) => Number(MONEY_HEADER.test(b)) - Number(MONEY_HEADER.test(a)));
  return ` Its figures are in ${list(offered)}: map the one that is ${PARTNERS.col.committed.name}.`;
}

/**
 * What the no-header message says of a sheet's money where no column is read (noHeaderError): where its
 * figures are, as SUMMARY says it of a mapping without Committed (figuresIn) — "" unless a column of
 * figures says money in words only money is said in, or its currency (moneyInWords; `Proplacená dotace
 * (Kč)`): a table of counts is told nothing of figures — `total_schools_all`'s `total` is a measure's
 * word too (a drift run, real: California's school-meal eligibility by district). Corpus round io, real:
 * a Czech regional fund's approved requests, three Kč columns and no recipient, given only "name a
 * Partner column".
 */
export function figuresOfRow(
  matrix: Matrix,
  row: number,
  /** Said whatever the headers say: the rows are known to be partners (namesWithIdentifier.ts). */
  partners = false,
): string {
  const unknown = (matrix[row] ?? []).flatMap((c, index) => {
    const header = typeof c === "string" ? c.trim() : "";
    return header === "" ? [] : [{ header, index }];
  });
  const t = {
    matrix,
    mapping: { tab: PARTNERS.name, headerRow: row, columns: [], unknown, missing: [], score: 0 } as HeaderMapping,
  };
  const money = partners || figureColumns(t).some((c) => moneyInWords(c.header) || headerCurrency(c.header) !== "");
  return money ? figuresIn(t) : "";
}

/**
 * What SUMMARY without a Committed column says of a sheet whose only figures are numbers, codes, counts
 * or measures (`numero_termo`, `numero_documento`, `provider_ein`, `Students`): " Its figures ("…", "…")
 * are numbers, codes, counts or measures, not amounts: there is nothing to add up." — no column to map as Committed, rather than
 * none said (corpus round fm D2, real: Minas Gerais' register of technical cooperation agreements, no
 * money at all, told to map an agreement's or a document's number as Committed). Columns of nothing but 0
 * are named after them (`, and "Revenue" holds nothing but 0`). "" where no column holds figures, or where
 * a header left out says money (`Grant ($000)` of 12, 45: amounts too small to offer).
 */
function noAmounts(
  t: { readonly matrix: Matrix; readonly mapping: HeaderMapping },
  numbered: readonly LeftOut[],
  list: (names: string[]) => string,
): string {
  if (numbered.length === 0) return "";
  const aside = new Set(numbered.map((n) => n.index));
  if (
    besideMapping(t.mapping).unknown.some((u) => !aside.has(u.index) && MONEY_HEADER.test(u.header.replace(/_/g, " ")))
  )
    return "";
  const names: string[] = [];
  const zeros: string[] = [];
  for (const { header, zero } of numbered) {
    const into = zero ? zeros : names;
    if (!into.includes(`"${header}"`)) into.push(`"${header}"`);
  }
  const nothing = ": there is nothing to add up.";
  const onlyZero = (verb: string) => `${verb} nothing but 0`;
  if (names.length === 0) return ` Its figures (${list(zeros)}) ${onlyZero("hold")}${nothing}`;
  const codes = ` Its figures (${list(names)}) are numbers, codes, counts or measures, not amounts`;
  if (zeros.length === 0) return `${codes}${nothing}`;
  return `${codes}, and ${list(zeros)} ${onlyZero(zeros.length === 1 ? "holds" : "hold")}${nothing}`;
}

/** A header of a figure beside Committed that is no money given of its own (the schema's NOT_GIVEN_BESIDE). */
const NOT_GIVEN_HEADER = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${wordsPattern([...NOT_GIVEN_BESIDE.rates, ...NOT_GIVEN_BESIDE.fees])})(?![\\p{L}])|` +
    `${wordsPattern(NOT_GIVEN_BESIDE.totals)})`,
  "iu",
);

/** Whole words or phrases of the schema's, case aside, a phrase's words apart by spaces. */
const wholeWords = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words, "\\s+")})(?![\\p{L}])`, "iu");
/** A header of loans guaranteed beside Committed (`Montant de la garantie`): no money given, said so. */
const GUARANTEE_HEADER = wholeWords(NOT_GIVEN_BESIDE.guarantees);
/** A header of help in kind beside Committed (`Avantages en nature`): its marks, no money, said so. */
const IN_KIND_HEADER = wholeWords(NOT_GIVEN_BESIDE.inKind);

/**
 * The columns beside a mapped Committed that hold money of their own and are mapped to nothing: a
 * second kind of grant (`Montant de la subvention d'investissement` beside the operating grants), a
 * loan, a guarantee — their figures are in no total, and the summary says so, with each one's sum (a
 * helper's round, real: the Sarthe's grants, €1.1M of investment grants unsaid and their 23 partners
 * called "given nothing"). The columns figuresIn would name, whose header says money (MONEY_HEADER)
 * or loans guaranteed, and not what was asked, what a project costs, an organisation's own finances, a
 * total of other columns, a share, a rate or a fee (NOT_GIVEN_BESIDE), nor another year's figures (said
 * as such: otherYearsOf). Beside them, the columns marking help in kind (`Avantages en nature`: `X`),
 * whose partners are no partners "given nothing" either. Each with its kind: money, guarantees (said as
 * such, never as money given) or help in kind.
 */
export function otherAmountColumns(t: TypedTable): OtherColumn[] {
  const committed = t.mapping.columns.find((c) => c.id === PARTNERS.col.committed.id);
  if (!committed) return [];
  const otherYears = otherYearsOf(t.mapping, PARTNERS.col.committed.id, t.matrix);
  // A column in another currency than Committed's (`Amount (EUR)` beside `Amount (USD)`) is the same
  // grants again, or money the summary cannot say in its currency: never summed here with its sign (a
  // reviewer's repro: "holds $5,400" for the euros beside the dollars).
  const currency = t.currency[committedSlot];
  // (The headers first: a sheet's other columns' cells are read only under a header saying money.)
  const amounts: OtherColumn[] = figureColumns(t, (header) => {
    const h = header.replace(/_/g, " ");
    const own = headerCurrency(header);
    return (
      (own === "" || own === currency) &&
      (MONEY_HEADER.test(h) || GUARANTEE_HEADER.test(h)) &&
      givenBeside(header, otherYears)
    );
  }).map(({ index, header }) => ({
    index,
    // By its place where its header heads several columns (`budget2014 (2)`): as the note's --map must
    // name it, and a tally of its own (corpus round fn D1).
    header: (mappingName(t.mapping, index) ?? header).replace(/\s+/g, " ").trim(),
    scale: headerScale(header),
    // (Help in kind valued in money, `In-kind contribution value`, is help in kind all the same: no money
    // given, its partners none "with money" — a reviewer's repro.)
    kind: GUARANTEE_HEADER.test(header.replace(/_/g, " "))
      ? "guarantees"
      : IN_KIND_HEADER.test(header.replace(/_/g, " "))
        ? "inKind"
        : "money",
  }));
  // Help in kind, marked (an `X`) rather than summed: any column so headed the mapping leaves out. And
  // the beneficiary's own share of a project, summed for the own-share note (ownShare.ts) alone.
  const headers = t.matrix[t.mapping.headerRow] ?? [];
  const taken = new Set(amounts.map((a) => a.index));
  const inKind: OtherColumn[] = besideMapping(t.mapping)
    .unknown.filter(
      (u) => !taken.has(u.index) && (IN_KIND_HEADER.test(u.header.replace(/_/g, " ")) || ownShareHeader(u.header)),
    )
    .map((u) => ({
      index: u.index,
      header: String(headers[u.index] ?? u.header)
        .replace(/\s+/g, " ")
        .trim(),
      scale: ownShareHeader(u.header) ? headerScale(u.header) : 1,
      kind: ownShareHeader(u.header) ? "ownShare" : "inKind",
    }));
  return inKind.length === 0 ? amounts : [...amounts, ...inKind].sort((a, b) => a.index - b.index);
}

/**
 * Does a header beside Committed say money given, were its figures money: not what was asked, what a
 * project costs, an organisation's own finances, pay, a total of other columns, a share, a rate or a
 * fee (NOT_GIVEN_BESIDE), nor another year's figures (said as such: otherYearsOf)?
 */
function givenBeside(header: string, otherYears: readonly string[]): boolean {
  const h = header.replace(/_/g, " ");
  return (
    !REQUEST_HEADER.test(h) &&
    !COST_HEADER.test(h) &&
    !NOT_GIVEN_HEADER.test(h) &&
    !ownFinances(h) &&
    !payHeader(h) &&
    !otherYears.includes(header)
  );
}

/**
 * The columns of figures beside a mapped Committed whose headers name no money at all (`ft_slakt`,
 * `t_korn`): not the money columns otherAmountColumns reads (their headers say money), nor a count, a
 * measure, a share (`%`), a number, a code or a year (figureColumns), nor a header givenBeside refuses.
 * Where the partners the summary would ask "declined?" have figures in them, their money is there
 * (figuresElsewhere.ts: corpus round kp D4).
 */
export function unheadedFigureColumns(t: TypedTable): OtherColumn[] {
  if (!t.mapping.columns.some((c) => c.id === PARTNERS.col.committed.id)) return [];
  const otherYears = otherYearsOf(t.mapping, PARTNERS.col.committed.id, t.matrix);
  return figureColumns(t, (header) => {
    const h = header.replace(/_/g, " ");
    return (
      headerCurrency(header) === "" &&
      !MONEY_HEADER.test(h) &&
      !MONEY_WORD.test(h) &&
      !GUARANTEE_HEADER.test(h) &&
      !IN_KIND_HEADER.test(h) &&
      givenBeside(header, otherYears)
    );
  }).map(({ index, header }) => ({
    index,
    header: (mappingName(t.mapping, index) ?? header).replace(/\s+/g, " ").trim(),
    scale: headerScale(header),
    kind: "money",
  }));
}

/**
 * Are a column's first figures all whole numbers of one length, eight digits or more (nine, or eight
 * said again), fewer than half of them round thousands? An organisation's or a case's number, not an amount.
 */
function registerNumbersOnly(matrix: Matrix, headerRow: number, column: number): boolean {
  let length = -1;
  let numbers = 0;
  let round = 0;
  // (Eight digits are amounts as often, an appropriation's $45,678,912: a number of eight is one only where
  // it comes again, as an organisation's does on its rows of each year — a reviewer's repro.)
  const seen = new Set<string>();
  let again = false;
  for (let r = headerRow + 1; r < matrix.length && numbers < 50; r++) {
    const cell = matrix[r]?.[column];
    if (typeof cell !== "number" && !(typeof cell === "string" && /^\s*\d+\s*$/.test(cell))) continue;
    const digits = String(cell).trim();
    if (!/^\d{8,}$/.test(digits)) return false;
    if (length >= 0 && digits.length !== length) return false;
    length = digits.length;
    numbers++;
    if (digits.endsWith("000")) round++;
    if (seen.has(digits)) again = true;
    seen.add(digits);
  }
  return numbers > 0 && round * 2 < numbers && (length >= 9 || again);
}

/**
 * The columns beside each block's Committed that SUMMARY sums apart (otherAmountColumns, each block's),
 * the parts of its totals said as such (yearly or side by side), and the tally their rows add into (undefined: none).
 * `rows`: the rows of every block, as row ids number them.
 */
export function amountsBeside(
  tables: readonly TypedTable[],
  rows: number,
): {
  othersOf: OtherColumn[][];
  partsOfTotals: TotalParts[];
  partsAt: ReadonlySet<number>[];
  copies: CopiedColumn[];
  otherAmounts: OtherAmountTally | undefined;
} {
  // Amount columns beside Committed mapped to nothing (a second kind of grant, a loan): in no figure, and
  // said with each one's sum; their partners are no partners "given nothing" (otherAmountColumns).
  // Not the column read as taken back (said as such: withdrawn), nor a total's parts (said as
  // such: partsOfTotals) — one column, one reading (a helper's round, real: Ontario Trillium's
  // `Amount Rescinded/Recovered` said as taken back, then offered to be summed as Committed).
  // (Its column found before the rows are read, to leave it out here; what it holds said after, the
  // rows left out known: withdrawnOf again.)
  const besideOf = tables.map(otherAmountColumns);
  const withdrawnAt = besideOf.some((o) => o.length > 0) ? withdrawnOf(tables, committedSlot) : undefined;
  const partsOfTotals: TotalParts[] = [];
  const copies: CopiedColumn[] = [];
  // Columns whose headers name no amount are a total's parts too where they add up to it (`Quota a)` +
  // `Quota b)` = `Contributo spettante`: rb's brief, an Italian list), said as such, not as money beside it
  // (figuresElsewhere leaves them out: partsAt, each block's).
  const partsAt = tables.map(() => new Set<number>());
  const othersOf = besideOf.map((beside, b) => {
    const unheaded = unheadedFigureColumns(tables[b]);
    if (beside.length === 0 && unheaded.length < 2) return beside;
    const kept = beside.filter((c) => !(withdrawnAt?.block === b && withdrawnAt.index === c.index));
    // A copy of Committed (the same figure on every row) is said as one, never as money beside it (copiesAmong).
    const copied = copiesAmong(
      tables[b],
      kept.filter((c) => c.kind === "money"),
      committedSlot,
      committedOf(tables[b].mapping),
    );
    for (const c of copied) if (!copies.some((d) => d.header === c.header && d.of === c.of)) copies.push(c);
    const own = copied.length > 0 ? kept.filter((c) => !copied.some((d) => d.header === c.header)) : kept;
    const { parts, columns } = totalPartsOf(
      tables[b],
      [...own.filter((c) => c.kind === "money"), ...unheaded],
      TOTALS_WITH_PARTS,
    );
    for (const c of unheaded) if (columns.has(c.index)) partsAt[b].add(c.index);
    for (const p of parts) {
      const key = p.headers.join("\n");
      if (!partsOfTotals.some((q) => q.total === p.total && q.headers.join("\n") === key)) partsOfTotals.push(p);
    }
    return columns.size > 0 ? own.filter((c) => !columns.has(c.index)) : own;
  });
  const otherAmounts = othersOf.some((o) => o.length > 0) ? new OtherAmountTally(rows, othersOf.flat()) : undefined;
  return { othersOf, partsOfTotals, partsAt, copies, otherAmounts };
}

/** Committed's id and its header as --map names it (`budget2014 (1)`), for a copy's note. */
function committedOf(mapping: HeaderMapping): { id: string; header: string } {
  const { id } = PARTNERS.col.committed;
  const at = mapping.columns.find((c) => c.id === id)?.index ?? -1;
  return { id, header: (mappingName(mapping, at) ?? PARTNERS.col.committed.name).replace(/\s+/g, " ").trim() };
}
