/**
 * One header matched to a schema column (matchHeader): case, spacing, punctuation and the schema's synonyms
 * do not matter, and what a publisher adds to a header — a unit, a year, a footnote mark, a second
 * language, a currency code — is read past. Also a header cell as the user sees it (headerText), and the
 * bare words that say nothing of a column's tab on their own (`Name`, `Sponsor`, `ID`). Split from headers.ts.
 */
import {
  type ColumnSpec,
  FIELD_NAME_ENDINGS,
  MONEY_WORDS,
  WRAPPED_HEAD_NOUNS,
  NAME_PLURALS,
  NAME_WORDS,
  LEADERSHIP,
  PARTNERS,
  SPONSOR_HEADERS,
  TABS,
  type TabName,
  type TabSpec,
} from "../schema";
import type { HeaderNames } from "./guessSample";
import { cellText, normalizeHeader, wordsPattern } from "./text";
import { withoutCurrencyCode, withoutCurrencyName } from "./currencyWords";
import { serialToIso } from "./excelDate";
import { FAMILY_NAME, FIELD_PREFIX, GIVEN_NAME, withoutFieldPrefix, withoutPersonRole } from "./nameParts";
import type { Cell } from "./types";

/**
 * A header cell as the user sees it. A month's date heading a column (`Jun-23`) reaches us as its
 * serial, 45078: shown as `Jun 2023` when it is the first of a month in 2000–2099 (the month headers
 * of budget and payment sheets); any other number as it is (an account code `40100` is no date).
 */
export function headerText(cell: Cell): string {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= HEADER_DATES[0] && cell < HEADER_DATES[1]) {
    const iso = serialToIso(cell);
    if (iso.endsWith("-01")) return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  }
  return cellText(cell);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** `- Rounded`, `(rounded)`, `rounded` after a figure's header (see matchHeader). */
const ROUNDED = /\s*(?:[-–,(]\s*)?rounded(?:\s+to\s+\S+)?\)?\s*$/i;
/** A currency's sign in a header (`Total $`, `Amount (£)`). */
export const CURRENCY_SIGN = /[$€£¥]/;

/** Federal and EU funding programmes' acronyms, as headers name the money they hold. */
const FUND_ACRONYM = /\b(?:ARPA|SLFRF|CDBG|CARES|ESSER|FEMA|ERDF|ESF|PNRR)\b/;
const FUND_ACRONYM_ALL = new RegExp(FUND_ACRONYM.source, "g");
/**
 * An organisation's own books, in capitals as a register names its fields (`ASSET_AMT`, `INCOME_AMT`):
 * no programme's acronym, and no money given (a helper's round, real: the IRS register of DC's tax-exempt
 * organisations, their total assets summed as $168.8bn "Committed").
 */
const OWN_FINANCES = /^(?:ASSETS?|INCOME|REVENUES?|EXPENSES?|SALARY|PROFIT|EQUITY|PAYROLL)[_\s]/;

/** An acronym of three to six capitals leading a header, before `_` or a space (`TIRCP_`). */
const LEADING_ACRONYM = /^[A-Z]{3,6}[_\s]+(?=\S)/;
/** A header's words, then `name` (`commissioner_name`, `Trustee Name`): group 1 the words (matchHeader). */
const SEAT_THEN_NAME = /^\s*(\p{L}[\p{L}\s]*?)[\s_]+name\s*$/iu;
/** `Org`, `Organization`, `Organisation name` after a header's first words (matchHeader). */
const ORG_SUFFIX = /[\s_]+(?:org|organi[sz]ation)(?:[\s_]+name)?\s*$/i;

/** A remark in brackets, full-width ones as Japanese and Chinese write them too (`交付決定額（円）`). */
const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）/g;

/** A header without what its brackets hold (`Grantee (organisation)`), as matchHeader and isSponsor read it. */
export function withoutBrackets(header: string): string {
  return header.replace(PARENTHESISED, " ");
}

/**
 * Exact schema names beat synonyms, so `Status` maps to Status even if another column lists it;
 * synonyms beat fallback synonyms, so a grant list's `Recipient` is its Partner, not its `Funder`.
 */
export const EXACT = 2;
const SYNONYM = 1;
const FALLBACK = 0;

interface Candidate {
  readonly column: ColumnSpec;
  readonly strength: number;
  /**
   * Found on a later line of a multi-line header, its first line a title over it (`Ticket Min⏎Notes`,
   * `Ticket Min⏎(RM)`): a note about something, less directly the column than a header that names it
   * itself or first (`Notes / Source`) — matchTexts prefers that one among equally strong headers.
   */
  readonly belowTitle?: true;
}

type Lookup = ReadonlyMap<string, Candidate>;

function buildLookup(tab: TabSpec): Lookup {
  const lookup = new Map<string, Candidate>();
  const add = (text: string, column: ColumnSpec, strength: number) => {
    const key = normalizeHeader(text);
    const existing = lookup.get(key);
    // First column in schema order wins among equals: deterministic, and the schema test keeps
    // synonyms from colliding in the first place.
    if (!existing || existing.strength < strength) lookup.set(key, { column, strength });
  };
  for (const column of tab.columns) add(column.name, column, EXACT);
  for (const column of tab.columns) for (const s of column.synonyms ?? []) add(s, column, SYNONYM);
  for (const column of tab.columns) for (const s of column.fallbackSynonyms ?? []) add(s, column, FALLBACK);
  return lookup;
}

const LOOKUPS: ReadonlyMap<TabName, Lookup> = new Map(TABS.map((t) => [t.name, buildLookup(t)]));

/** The schema column a header names in `tab`, if any. */
export function matchHeader(tab: TabSpec, header: string): Candidate | undefined {
  // An open-data portal's own columns (`_id`, the row number CKAN adds; `_full_text`) name nothing
  // of the user's: read as Initiative ID, a Toronto ledger's row numbers became its initiatives.
  if (PORTAL_COLUMN.test(header)) return undefined;
  const lookup = LOOKUPS.get(tab.name) as Lookup;
  const tryKey = (key: string): Candidate | undefined => {
    if (key.length === 0) return undefined;
    return (
      lookup.get(key) ??
      // Plurals: `Notes`/`Note`, `Partners`/`Partner`.
      (key.endsWith("s") ? lookup.get(key.slice(0, -1)) : lookup.get(`${key}s`))
    );
  };
  const full = normalizeHeader(header);
  const found = tryKey(full);
  // A hint that makes the column a rating is not dropped: `Risk (RAG)` holds 1–5 or Red/Amber/Green,
  // not the obstacles (Risks) a Foundation row describes in words.
  if (found || RATING_HINT.test((header.match(PARENTHESISED) ?? []).join(" "))) return found;
  const bare = tryKey(normalizeHeader(withoutBrackets(header)));
  if (bare) return bare;
  // `Amt` is how ledgers shorten Amount (a helper's round, real: Phoenix's checkbook, `Invoice Net Amt`
  // ignored where `Invoice Net Amount` is read): read spelt out.
  if (AMT.test(header)) return matchHeader(tab, header.replace(AMTS, "Amount"));
  // And `dt` Date, as a database names its fields (`start_dt`, `end_dt`: Philadelphia's contracts).
  if (DT.test(header)) return matchHeader(tab, header.replace(DTS, "Date"));
  // And an e-file's field names, a camel-cased name ending in what it holds (`PersonNm`, `TitleTxt`:
  // FIELD_NAME_ENDINGS), read spelt out (corpus round fm, real: the IRS Form 990's officers and
  // directors, `PersonNm | TitleTxt`, hinted as Partners).
  const ending = FIELD_ENDING.exec(header.trim());
  if (ending) return matchHeader(tab, `${header.trim().slice(0, ending.index)} ${FIELD_NAME_ENDINGS[ending[1]]}`);
  // A currency mark alone (`£ (net)`, `$`) heads the amounts, as `Amount` would — weaker than any
  // header that says which amount (real: a town council's grants ledger).
  if (CURRENCY_ONLY.test(withoutBrackets(header))) {
    const amount = tryKey("amount");
    return amount && { column: amount.column, strength: FALLBACK };
  }
  // The header read without what a publisher adds to it, each way in turn:
  // - a footnote mark after the last word (`Recipient Name³`, `Award Amount4`, `Grantee*`): a report's
  //   superscript reaches a sheet's cells as a plain digit (real: a federal report's every header);
  // - the year a column's figures are for, after its words (`Estimated Annual Value 2017/18`, `Target
  //   FY2030`: a town council's contracts register) or before them (`FY 24 Target`, `2024 Actual`);
  // - a currency code after the words (`Amount GBP`, `GrantCHF`: a Swiss city's grants in francs);
  // - a second language after `:` or ` / ` (`Organization name:Nom d'organisme`: a Canadian funder's).
  const variants: string[] = [];
  /** Which of `variants` are a multi-line header's lines after its first (see Candidate.belowTitle). */
  const laterLines = new Set<number>();
  // Words joined by underscores as a database names its fields (`Total_Obligated`: a state's disaster
  // programmes, exit 3 where `Total Obligated` maps), read with spaces by the checks below that need them.
  if (header.includes("_")) variants.push(header.replace(/_+/g, " ").trim());
  if (FIELD_PREFIX.test(header)) variants.push(withoutFieldPrefix(header));
  const marked = FOOTNOTE_MARK.exec(header);
  if (marked) variants.push(header.slice(0, marked.index + 1));
  // The year before a bracketed unit too (`montant versé en 2013 (€)`: the French reserve's grants).
  const unbracketed = withoutBrackets(header).trimEnd();
  const year = YEAR_SUFFIX.exec(unbracketed);
  if (year && year.index > 0) variants.push(unbracketed.slice(0, year.index));
  const before = YEAR_PREFIX.exec(header);
  if (before && before[0].length < header.length) variants.push(header.slice(before[0].length));
  // (Words joined by underscores as a database names its fields: `Zuschuss_2026_EUR`.)
  const uncoded = withoutCurrencyCode(header.replace(/_/g, " "));
  if (uncoded !== undefined) {
    variants.push(uncoded);
    // And its year before the code (`Zuschuss_2026_EUR`: Münster's grants to associations, exit 3).
    const spaced = uncoded.trimEnd();
    const yearBefore = YEAR_SUFFIX.exec(spaced);
    if (yearBefore && yearBefore.index > 0) variants.push(spaced.slice(0, yearBefore.index));
  }
  // A currency's name after `in` (`Amount in Rands`, `Value in reais`), as a currency in brackets is read
  // past (a helper's brief: exit 3 where `Amount (Rand)` mapped).
  const unnamed = withoutCurrencyName(header);
  if (unnamed !== undefined) variants.push(unnamed);
  const english = firstLanguage(header);
  if (english !== header) variants.push(english);
  // A header in several languages, one a line (`Name des Begünstigten⏎(beneficiary name, nom du
  // bénéficiaire)`: Rhineland-Palatinate's ERDF operations, exit 3): each line, and each language in
  // its brackets.
  // (The languages in brackets read as one column each: `(EU grant, national co-financing)` are the
  // parts of a cost, not its names — a reviewer's repro, the project's whole cost read as Committed.)
  // (Not the lines of a choice wrapped round its `or`: `Baseline⏎or⏎Supplemental` is a choice of two, no
  // Baseline — a helper's round, real: Detroit's budget workbook, 20 "expected a number" errors. `Grantee
  // name⏎and⏎address` holds both, the name first: read by its first line, as before — a reviewer's repro.)
  const lines = header.includes("\n") ? header.split(/\r?\n/) : [];
  /** Which of `variants` are lines of a header wrapped before its noun (wrappedBeforeItsNoun). */
  const wrapped = new Set<number>();
  if (lines.length > 0 && !lines.some((line) => CHOICE_LINE.test(line))) {
    const written = lines.filter((line) => line.trim() !== "");
    const beforeNoun = wrappedBeforeItsNoun(header);
    for (const [n, line] of written.entries()) {
      if (n > 0) laterLines.add(variants.length);
      if (beforeNoun) wrapped.add(variants.length);
      variants.push(line);
    }
    for (const [, inside] of header.matchAll(/\(([^()]*)\)/g)) {
      const items = inside.split(/[,;]/).filter((item) => item.trim() !== "");
      const read = items.map((item) => tryKey(normalizeHeader(item))?.column);
      if (read[0] !== undefined && read.every((c) => c === read[0])) variants.push(items[0]);
    }
  }
  // Two languages side by side, either one the tracker's word (`Bénéficiaire / Begunstigde`, `Montant
  // octroyé / Toegekend bedrag`: a Brussels subsidy register's, exit 3), or two words for one column
  // (`Medium/Fördernehmer`: Austria's press subsidies): each side read as a header of its own, where
  // they come among the variants (see languageSide).
  const sidesAt = variants.length;
  // An identifier's kind said again after it (`Initiative ID Code`, `Project ID Number`): the identifier
  // (a helper's round, real: Detroit's budget workbook, its `Initiative ID Code` ignored and then "There is
  // no Initiative ID column — add one").
  const idThen = ID_THEN.exec(header);
  if (idThen) variants.push(header.slice(0, idThen.index + 2));
  // A two-row header flattened into one, its group title first (`Adjudicación - Contratista`: Spain's
  // gazette's awards, 74 columns so headed, exit 3): the column's own words.
  const sub = header.lastIndexOf(" - ");
  if (sub > 0 && sub + 3 < header.length) variants.push(header.slice(sub + 3));
  // A figure's rounding said after it (`Final Budget - Rounded`, `Amount (rounded)`: a helper's round,
  // real: NHMRC's 2013 grants, exit 3): the column's words before it.
  const rounded = ROUNDED.exec(header);
  if (rounded && rounded.index > 0) variants.push(header.slice(0, rounded.index));
  // `Name of Beneficiary` as `Beneficiary name` (an EU agency's grant lists; `Name of Site`).
  const nameOf = NAME_OF.exec(withoutBrackets(header));
  if (nameOf) variants.push(`${nameOf[1]} name`);
  // A programme's acronym among the words (`Amount ARPA obligated`: a city's recovery-fund projects,
  // exit 3 and hinted "name a Sector column").
  if (FUND_ACRONYM.test(header)) variants.push(header.replace(FUND_ACRONYM_ALL, " "));
  // The period an amount is for, after it (`Base Funding $ per annum`: a state's grants to NGOs).
  const period = PER_PERIOD.exec(header);
  if (period && period.index > 0) variants.push(header.slice(0, period.index));
  // The day it is reckoned to, after it (`ARPA spent by end of 24?`: a helper's round, real: Roanoke's
  // recovery-fund projects, $39.9M spent read as "no Received column").
  const asOf = AS_OF_DAY.exec(header);
  if (asOf && asOf.index > 0) {
    const words = header.slice(0, asOf.index);
    variants.push(words);
    if (FUND_ACRONYM.test(words)) variants.push(words.replace(FUND_ACRONYM_ALL, " "));
  }
  // The multiple after it in words (`Amount in millions`: a helper's round, real: a tracker of states'
  // relief spending, exit 3); headerScale reads the multiple.
  const multiple = IN_MULTIPLE.exec(header);
  if (multiple && multiple.index > 0) variants.push(header.slice(0, multiple.index));
  // Its currency mark and multiple after it without brackets (`Amount £m`, `Grant £000`: a helper's
  // round, exit 3 where `Amount (£m)` maps); headerScale reads them.
  const markAtEnd = MARK_AT_END.exec(header);
  if (markAtEnd && markAtEnd.index > 0) variants.push(header.slice(0, markAtEnd.index));
  for (let at = 0; at <= variants.length; at++) {
    if (at === sidesAt) {
      const side = languageSide(tab, header);
      if (side) return side;
    }
    if (at === variants.length) break;
    const found = tryKey(normalizeHeader(variants[at]));
    // (A line before its noun is no column of its own unless it is money too: `FY26 Baseline⏎Budget`.)
    if (found && wrapped.has(at) && found.column.type !== "currency") continue;
    if (found) return laterLines.has(at) ? { ...found, belowTitle: true } : found;
  }
  // Half a name after the post its person holds (`IncumbentLastName`): that half (see namePart).
  const role = withoutPersonRole(full);
  if (role !== "" && (FAMILY_NAME.has(role) || GIVEN_NAME.has(role))) {
    const found = tryKey(role);
    if (found) return found;
  }
  // Any programme's acronym first (`TIRCP_Award_Amount`: California's transit awards, exit 3), for
  // an amount only (taken off other headers, `CEO Name`, it would say something else), and weaker than
  // a header that is one.
  const programme = LEADING_ACRONYM.exec(header);
  if (programme && !OWN_FINANCES.test(programme[0])) {
    const found = tryKey(normalizeHeader(header.slice(programme[0].length)));
    if (found && found.column.type === "currency") return { column: found.column, strength: FALLBACK };
  }
  // The partner's word with "organization" after it (`Grantee Org`, `Awardee Organization`,
  // `Beneficiary Organisation`: a recovery-fund list's grantee, hinted "name a Partner column").
  // The partner only: another column's word so extended says something else.
  const org = ORG_SUFFIX.exec(header);
  if (org && org.index > 0) {
    const found = tryKey(normalizeHeader(header.slice(0, org.index)));
    if (found && found.column.id === PARTNERS.col.partner.id) return found;
  }
  // A seat's word, then `name`, as a database names a roster's field (`commissioner_name`, `Trustee
  // Name`): the person's name, as the seat's word alone is (corpus round jo D2, real: DC's neighborhood
  // commissioners, `commissioner_name`, exit 3 and hinted as Partners). Leadership's Name only: another
  // column's word so extended says something else (`Project name`, `Agency name`).
  const seat = SEAT_THEN_NAME.exec(header);
  if (seat) {
    const found = tryKey(normalizeHeader(seat[1]));
    if (found && found.column.id === LEADERSHIP.col.name.id) return found;
  }
  // `Partner <what> name` (`Partner Program Name`, `Partner Site Name`): the partner's name (a helper's
  // round, real: a state's food-access partner sites, hinted as Assets).
  if (PARTNER_THING_NAME.test(header)) {
    const found = tryKey("partner");
    if (found && found.column.id === PARTNERS.col.partner.id) return found;
  }
  // An amount said with words before it (`Total Updated Allocation`, `Total Cumulative Obligations4`:
  // a federal rental-aid report's): the amount, weaker than a header that is one. Amounts only —
  // `Current value` is a Foundation column of its own. `Original …` is the figure since updated.
  for (const variant of [withoutBrackets(header), ...variants]) {
    const words = AMOUNT_MODIFIERS.exec(variant);
    if (!words || words[0].length >= variant.length) continue;
    const found = tryKey(normalizeHeader(variant.slice(words[0].length)));
    if (found && found.column.type === "currency") return { column: found.column, strength: FALLBACK };
  }
  return undefined;
}

/**
 * A header in two or three languages, each side read as a header of its own (matchHeader: its synonyms,
 * brackets, `Name of …` and the rest): `Name des Begünstigten / name of beneficiary`, `Nome do Beneficiário
 * | Beneficiary Name`, `Kontrakt / name of beneficiary` (corpus round fl, real: Austria's and Portugal's
 * ESF and ERDF lists of operations, the national language first, exit 3 with no column named). The
 * stronger match wins (an exact name over a synonym), the first side among equals; a side on a later line
 * of the cell is below its title, as matchHeader's lines are. Undefined when no side names a column.
 */
function languageSide(tab: TabSpec, header: string): Candidate | undefined {
  const lines = languageLines(header);
  if (lines === undefined) return undefined;
  // (Lines wrapped before their noun are one language's words: only money read from them is kept.)
  const wrapped = wrappedBeforeItsNoun(header);
  let best: Candidate | undefined;
  let bestLine = 0;
  for (const [n, sides] of lines.entries()) {
    for (const side of sides) {
      const found = matchHeader(tab, side);
      if (found && wrapped && found.column.type !== "currency") continue;
      if (found && (best === undefined || found.strength > best.strength)) [best, bestLine] = [found, n];
    }
  }
  return best && bestLine > 0 ? { ...best, belowTitle: true } : best;
}

/**
 * A header's languages (languageSide), by its lines: the sides of a ` / ` or ` | ` (or of one `/` or `|`
 * without spaces: `Medium/Fördernehmer`; sidesOf), of a line break, and of a `:` with a second language's marks
 * on one side only (`Nome do Beneficiário:Beneficiary Name`; a 360Giving path, `Funding Org:Name`, is no
 * two languages). Each line's sides, two to four of them in all; undefined for a header with no such
 * separator (most: one `includes` each) or more sides than languages (a list of things, `a/b/c/d/e`).
 */
export function languageLines(header: string): string[][] | undefined {
  const split = header.includes("/") || header.includes("|");
  const broken = header.includes("\n");
  const colon = header.includes(":");
  if (!split && !broken && !colon) return undefined;
  const written = broken ? header.split(/\r?\n/) : [header];
  // (Not the lines of a choice: `Baseline⏎or⏎Supplemental` is no Baseline, see matchHeader.)
  if (broken && written.some((line) => CHOICE_LINE.test(line))) return undefined;
  const lines = written
    .map((line) => (split ? sidesOf(line) : [line]).flatMap(colonSides))
    .map((sides) => sides.map((side) => side.trim()).filter((side) => side !== ""))
    .filter((sides) => sides.length > 0);
  const count = lines.reduce((n, sides) => n + sides.length, 0);
  return count >= 2 && count <= 4 ? lines : undefined;
}

/**
 * A line's sides about its `/` or `|` (languageLines): about spaced ones, two or more (`Bénéficiaire /
 * Begunstigde / Begünstigter`); about one written close, two (`Medium/Fördernehmer`), a line of things so
 * written (`Name/Address/Phone`, `dd/mm/yyyy`) whole; about one spaced on one side only, two when one
 * has a second language's marks (`Datum des Endes des Vorhabens/ operation end date`: Austria's), not a
 * unit of an agency and its sector (`Unit/ Sector`: an EU agency's grants, its units no partners' sectors).
 */
function sidesOf(line: string): string[] {
  if (/\s[/|]\s/.test(line)) return line.split(/\s+[/|]\s+/);
  const sides = line.split(/\s*[/|]\s*/);
  if (sides.length !== 2) return [line];
  if (/\S[/|]\S/.test(line)) return sides;
  return OTHER_LANGUAGE.test(sides[0]) !== OTHER_LANGUAGE.test(sides[1]) ? sides : [line];
}

/** A line of a header that makes its lines a choice (`or`, `vs`, `/` alone). */
const CHOICE_LINE = /^\s*(?:or|vs\.?|versus|\/)\s*$/i;

/**
 * A header wrapped in its cell before its noun (`FY26 Baseline⏎Budget`, `FY26 Baseline⏎FTE`): its last
 * line is the noun alone — money's (`Budget`, `Amount`, `Costs`) or a count of staff (WRAPPED_HEAD_NOUNS) —
 * and the lines above are its words, not a column (or a language) of their own: a budget, not the metric's
 * Baseline (the real original of the corpus's Detroit budget workbook: its budget sheet, read as a
 * Foundation sheet by that line and `Initiative/Project Name`, got 12 errors and 7 warnings).
 */
const WRAPPED_NOUN = new RegExp(
  `^\\s*(?:${wordsPattern([...MONEY_WORDS.amount, ...MONEY_WORDS.money, ...WRAPPED_HEAD_NOUNS])})[a-z]*\\s*$`,
  "i",
);

function wrappedBeforeItsNoun(header: string): boolean {
  if (!header.includes("\n")) return false;
  const written = header.split(/\r?\n/).filter((line) => line.trim() !== "");
  return written.length > 1 && WRAPPED_NOUN.test(written[written.length - 1]);
}

/** The two sides of a `:` between two languages (languageLines), else the text whole. */
function colonSides(text: string): string[] {
  const at = text.indexOf(":");
  if (at <= 0 || text.indexOf(":", at + 1) >= 0) return [text];
  const [before, after] = [text.slice(0, at), text.slice(at + 1)];
  return OTHER_LANGUAGE.test(before) !== OTHER_LANGUAGE.test(after) ? [before, after] : [text];
}

const AMT = /(?<![\p{L}])amt(?![\p{L}])\.?/iu;
const AMTS = new RegExp(AMT.source, "giu");
const DT = /(?<![\p{L}])dt(?![\p{L}])/iu;
/** A short form of what a field holds ending a camel-cased name (`PersonNm`; not `Nm` alone). */
const FIELD_ENDING = new RegExp(`(?<=[\\p{Ll}\\d])(${Object.keys(FIELD_NAME_ENDINGS).join("|")})$`, "u");
const DTS = new RegExp(DT.source, "giu");

/** `Partner Program Name`: the partner's word first, `name` last, a word or two between. */
const PARTNER_THING_NAME = /^\s*partner\s+(?:\p{L}+\s+){1,2}name\s*$/iu;

/** `$ per annum`, `p.a.`, `per year`, `annually` closing a header, its currency mark before it. */
const PER_PERIOD = /\s+(?:[$£€]\s*)?(?:per\s+(?:annum|year|month|quarter)|p\.?\s?a\.?|annually|a\s+year)\s*$/i;

/**
 * The day an amount is reckoned to, after it (`spent by end of 24?`, `Paid as of 6/30/2024`, `Expended
 * through June 2024`): `by`, `as of`, `through` or `until` and then a date — a figure or a month first,
 * `end of` and `FY` allowed before it. `Funded by City` names no day: the words stay.
 */
const AS_OF_DAY =
  /\s+(?:by|as\s+of|as\s+at|through|thru|until)\s+(?:(?:the\s+)?end\s+of\s+)?(?:(?:fy|cy|q[1-4])\s*)?['’]?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*$/i;

/** `£m`, `£000`, `$k`, `€ millions`, `£` closing a header after a space. */
const MARK_AT_END = /\s+[£$€]\s*(?:'?000s?|k|m|mn|bn|millions?|thousands?|billions?)?\s*$/i;

/** `in millions`, `in thousands`, `in billions` closing a header. */
const IN_MULTIPLE = /\s+in\s+(?:thousands|millions|billions)\s*$/i;

/** `Name of the beneficiary`: the thing named, to be read as `Beneficiary name`. */
const NAME_OF = /^\s*name\s+of\s+(?:the\s+)?(\S.*?)\s*$/i;

/** Words before an amount that say which figure of it: `Total`, `Cumulative`, `Updated`, `Revised`, `Estimated`. */
const AMOUNT_MODIFIERS = /^\s*(?:(?:total|cumulative|updated|revised|final|current|estimated)\s+)+/i;

/**
 * A bilingual header's first language: `Organization name:Nom d'organisme` → `Organization name`;
 * `Recipient Org:Charitable Registration Number: Org du bénéficiaires:Numéro …` → `Recipient
 * Org:Charitable Registration Number` (a 360Giving field's path, then the same in French: real, a
 * Canadian foundation's grants). The longest part before a `:` or ` / ` with none of the second
 * language's marks, when what follows has them; else the header as it is. A 360Giving path alone
 * (`Recipient Org:Identifier`) is left whole.
 */
export function firstLanguage(header: string): string {
  let best = header;
  for (let at = header.indexOf(":"), n = 0; at > 0 && n < 8; at = header.indexOf(":", at + 1), n++) {
    const before = header.slice(0, at);
    if (OTHER_LANGUAGE.test(before)) break;
    if (OTHER_LANGUAGE.test(header.slice(at + 1))) best = before.trim();
  }
  const slash = header.indexOf(" / ");
  if (best === header && slash > 0) {
    const before = header.slice(0, slash);
    if (!OTHER_LANGUAGE.test(before) && OTHER_LANGUAGE.test(header.slice(slash + 3))) best = before.trim();
  }
  return best;
}

/**
 * Marks of a second language (French, as Canada's bilingual exports have it): an accented letter or
 * an article (`Nom d'organisme`, `Montant décerné`, `Org du bénéficiaires`).
 */
const OTHER_LANGUAGE = /[À-ÿ]|\b(?:de|des|du|la|le|les)\s|\b[dl]'/i;

const YEAR_PREFIX = /^\s*(?:FY\s?(?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2})(?:\s*[/-]\s*(?:\d{2}|\d{4}))?\s+/i;

export const CURRENCY_ONLY = /^\s*[$£€¥₹]\s*$/;

const YEAR_SUFFIX = /\s+(?:(?:in|for|en|im|für|nel|em)\s+)?(?:FY\s?)?(?:19|20)\d{2}(?:\s*[/-]\s*(?:\d{2}|\d{4}))?\s*$/i;

/** A footnote mark glued to a header's last letter: superscript digits, 1–2 digits, `*`, `†`, `‡`. */
const FOOTNOTE_MARK = /\p{L}(?:[¹²³⁰-⁹]+|\d{1,2}|[*†‡]+)\s*$/u;

// (`X_id`: the same `_id` as R's read.csv renames it, real: Toronto's pollinator grants, read as Foundation.)
const PORTAL_COLUMN = /^\s*(?:_|X_id\s*$)/;

const RATING_HINT = /\b(?:rag|rating|score|scale|grade)\b/i;

/** What guesses.ts asks of a header when it checks a guessed mapping against the data. */
export const HEADER_NAMES: HeaderNames = {
  columnOf: (tab, header) => matchHeader(tab, header)?.column.id,
  isExact: (tab, header) => matchHeader(tab, header)?.strength === EXACT,
};

/** `… ID Code`, `… ID Number`: an identifier's kind said again after it (see matchHeader). */
const ID_THEN = /\bid\s*(?:code|number|no\.?|nr\.?|#)\s*$/i;

/**
 * The serials of 2000-01-01 and 2100-01-01: a whole number between them in a header row is a date
 * heading a column (a month's figures), as the cell's date format would show it.
 */
export const HEADER_DATES = [36_526, 73_051] as const;

/** Headers that number rows as often as they name a key: `id`, `ID`, `#`, `No.`, `Nr`. */
export const BARE_ID: ReadonlySet<string> = new Set(["id", "nr", "no", "number", "lfdnr"]);

/** `Name`, `NAME`, `Names`: a header that says nothing of whether it names people or organisations. */
export function isBareName(header: string): boolean {
  return BARE_NAMES.has(normalizeHeader(header));
}

/**
 * `Sponsor` alone, as a sponsorship list heads its sponsors: with no Partner column, they are the
 * partners, not a champion of each (a helper's round, real: a public broadcaster's sponsors, exit 3,
 * and with --tab Partners "no Partner column", `SPONSOR → Champion`). So with a remark in brackets, as
 * matchHeader reads a synonym (a helper's round, real: Saudi sport sponsorships' `Sponsor name (parent
 * entity)` — beside an amount, exit 3 and "name a Partner column", where `Sponsor name` is the Partner).
 */
export function isSponsor(header: string): boolean {
  return SPONSOR_NAMES.has(normalizeHeader(header)) || SPONSOR_NAMES.has(normalizeHeader(withoutBrackets(header)));
}
const SPONSOR_NAMES: ReadonlySet<string> = new Set(SPONSOR_HEADERS.map(normalizeHeader));

/** `Name` as the languages of users' sheets write it alone (NAME_WORDS, as Leadership's Name reads them). */
const BARE_NAMES: ReadonlySet<string> = new Set([...NAME_WORDS, ...NAME_PLURALS].map(normalizeHeader));
