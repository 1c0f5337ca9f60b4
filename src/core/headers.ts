import {
  ASSETS,
  KEY_COLUMNS,
  columnLetter,
  COST_WORDS,
  COUNT_WORDS,
  FAMILY_NAME_BESIDE_GIVEN,
  FOUNDATION,
  GENERIC_HEADERS,
  LEADERSHIP,
  LEGAL_FORMS,
  MONEY_WORDS,
  NAME_PARTICLES,
  NAME_PARTS,
  NAME_PLURALS,
  NAME_WORDS,
  NO_AMOUNT_WORDS,
  PAYMENT_METHOD_HEADERS,
  PEOPLE_HEADERS,
  PROJECT_HEADERS,
  THING_HEADERS,
  ORGANISATION_HEADERS,
  SITE_HEADERS,
  SPENDING_WORDS,
  SPONSOR_HEADERS,
  SPONSOR_SEATS,
  PARTNERS,
  PERSON_COLUMNS,
  TABS,
  tabByName,
  type ColumnSpec,
  type TabName,
  type TabSpec,
} from "../schema";
import {
  checkedAgainstData,
  directoryNames,
  holdsCategories,
  holdsCodes,
  programmesListed,
  projectTitles,
  type HeaderNames,
  type ProgrammeList,
} from "./guesses";
import { NOT_TOTAL, totalKind } from "./notData";
import {
  cellText,
  headerHasWord,
  isBlank,
  isBlankRow,
  isPlaceholder,
  legalFormsPattern,
  NO_AMOUNT_HEADER,
  normalizeHeader,
  quote,
  wordsPattern,
} from "./text";
import { COST_HEADER, ownFinances, REQUEST_HEADER } from "./moneyHeaders";
import { coerceNumber, formatNumber, headerCurrency, headerScale, ISO_CURRENCIES, withoutCurrencyCode } from "./coerce";
import { serialToIso } from "./excelDate";
import { NoHeaderError, TrackerError, type Cell, type HeaderMapping, type Matrix, type MappedColumn } from "./types";

/**
 * Finding the header row of a user's block and matching its headers to the schema (SPEC "Finding
 * the header row", rev 2). Users write `Org name`, `Pledge ($)`, `Grantee`, `MOU signed?`: case,
 * spacing, punctuation and the schema's synonyms do not matter, and a parenthesised unit or hint
 * (`Start (mm/dd/yyyy)`) is ignored when needed. A header row names the tab's key column plus one
 * more of its columns, however many other columns the sheet has (open-data exports have 40).
 */

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

export { normalizeHeader };

const FAMILY_NAME: ReadonlySet<string> = new Set(NAME_PARTS.family.map(normalizeHeader));
const GIVEN_NAME: ReadonlySet<string> = new Set(NAME_PARTS.given.map(normalizeHeader));

/** Is this header one half of a person's name written in two columns (the schema's NAME_PARTS)? */
export function namePart(header: string): "family" | "given" | undefined {
  const key = normalizeHeader(withoutFieldPrefix(header));
  const part = (k: string) => (FAMILY_NAME.has(k) ? "family" : GIVEN_NAME.has(k) ? "given" : undefined);
  return part(key) ?? part(withoutPersonRole(key));
}

/**
 * A normalized header's name part after the post its person holds (`IncumbentLastName`, `Trustee First
 * Name`) — the name half alone (`lastname`) — or "" when it starts with no such word (a helper's round,
 * real: the US government's Plum Book, 10,540 seats read as Partners by their `OrganizationName`).
 */
function withoutPersonRole(key: string): string {
  const role = PERSON_ROLES.find((r) => key.startsWith(r) && key.length > r.length);
  return role === undefined ? "" : key.slice(role.length);
}
// Not `member`: a member organisation's contact (`Member Last Name` on a pledge list: a reviewer's repro,
// read as Leadership and its pledges never summed).
const PERSON_ROLES = ["incumbent", "appointee", "official", "councillor", "councilor", "commissioner", "trustee"];

/**
 * A database field's name without its one-letter table prefix (`c_last_name`: the Swiss parliament's
 * export, its councillors' `c_first_name` beside it), or the header as it is.
 */
function withoutFieldPrefix(header: string): string {
  return FIELD_PREFIX.test(header) ? header.slice(2) : header;
}
const FIELD_PREFIX = /^[a-z]_[a-z]/i;
/** `- Rounded`, `(rounded)`, `rounded` after a figure's header (see matchHeader). */
const ROUNDED = /\s*(?:[-–,(]\s*)?rounded(?:\s+to\s+\S+)?\)?\s*$/i;
/** A currency's sign in a header (`Total $`, `Amount (£)`). */
const CURRENCY_SIGN = /[$€£¥]/;

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
/** `Org`, `Organization`, `Organisation name` after a header's first words (matchHeader). */
const ORG_SUFFIX = /[\s_]+(?:org|organi[sz]ation)(?:[\s_]+name)?\s*$/i;

const MIDDLE_NAME: ReadonlySet<string> = new Set(NAME_PARTS.middle.map(normalizeHeader));
const PEOPLE: ReadonlySet<string> = new Set(PEOPLE_HEADERS.map(normalizeHeader));
const THINGS: ReadonlySet<string> = new Set(THING_HEADERS.map(normalizeHeader));
const SITES: ReadonlySet<string> = new Set(SITE_HEADERS.map(normalizeHeader));

/**
 * Does this header say its rows are people: half of a name (`Surname`), or a sex or a date of birth
 * (PEOPLE_HEADERS), whole or as one of its words (`sexe_collaborateur`)?
 */
function saysPeople(header: string): boolean {
  return namePart(header) !== undefined || headerHasWord(header, PEOPLE);
}

/**
 * Of `headers` (the columns the tracker does not map), those written with the key column `key` as one
 * person's name, by their index in `headers`: the name's other half (`First Name` beside `Last Name`),
 * and — with it — a middle name or initial. Empty when `key` is no half of a name. `skip` (by index in
 * `headers`) passes over columns a mapping leaves out on purpose (HeaderMapping.ignored): not read
 * with the key (`--map "first_name=Ignore"`).
 */
export function nameCompanions(
  key: string,
  headers: readonly string[],
  skip?: (index: number) => boolean,
): { other?: number; middle?: number } {
  const part = keyNamePart(key, headers);
  if (part === undefined) return {};
  const other = headers.findIndex((h, i) => {
    const p = namePart(h);
    return p !== undefined && p !== part && !skip?.(i);
  });
  if (other < 0) return {};
  const middle = headers.findIndex((h, i) => MIDDLE_NAME.has(normalizeHeader(h)) && !skip?.(i));
  return middle < 0 ? { other } : { other, middle };
}

/**
 * nameCompanions of a mapping's key header `key`, by index in `mapping.unknown`: never a column the
 * mapping leaves out on purpose (HeaderMapping.ignored).
 */
export function mappedNameCompanions(key: string, mapping: HeaderMapping): { other?: number; middle?: number } {
  const ignored = mapping.ignored;
  return nameCompanions(
    key,
    mapping.unknown.map((u) => u.header),
    ignored && ignored.length > 0 ? (i) => ignored.includes(mapping.unknown[i].index) : undefined,
  );
}

/**
 * The half of a name the key column's header is, among `headers`: its own (namePart), or the family
 * name where the word for a name stands beside that language's given name — `Naam` beside `Voornaam`,
 * `Nom` beside `Prénom`, `Name` beside `Vorname`, as Dutch, French and German lists head a surname (a
 * helper's round, real: a Flemish stakeholder list, Ann and Paul Verbeeck told "two people of one name?").
 */
export function keyNamePart(key: string, headers: readonly string[]): "family" | "given" | undefined {
  const part = namePart(key);
  if (part !== undefined) return part;
  const given = NAME_BESIDE_GIVEN.get(normalizeHeader(key));
  return given !== undefined && headers.some((h) => normalizeHeader(h) === given) ? "family" : undefined;
}
/** The schema's FAMILY_NAME_BESIDE_GIVEN, as headers are compared (normalizeHeader). */
const NAME_BESIDE_GIVEN: ReadonlyMap<string, string> = new Map(
  Object.entries(FAMILY_NAME_BESIDE_GIVEN).map(([family, given]) => [normalizeHeader(family), normalizeHeader(given)]),
);

const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]/g;

/** A header without what its brackets hold (`Grantee (organisation)`), as matchHeader and isSponsor read it. */
function withoutBrackets(header: string): string {
  return header.replace(PARENTHESISED, " ");
}

/**
 * Exact schema names beat synonyms, so `Status` maps to Status even if another column lists it;
 * synonyms beat fallback synonyms, so a grant list's `Recipient` is its Partner, not its `Funder`.
 */
const EXACT = 2;
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
  if (lines.length > 0 && !lines.some((line) => /^\s*(?:or|vs\.?|versus|\/)\s*$/i.test(line))) {
    const written = lines.filter((line) => line.trim() !== "");
    for (const [n, line] of written.entries()) {
      if (n > 0) laterLines.add(variants.length);
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
  // (`Medium/Fördernehmer`: Austria's press subsidies).
  const sides = header.split(/ \/ |(?<=\S)\/(?=\S)/);
  if (sides.length === 2) variants.push(...sides);
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
  for (const [at, variant] of variants.entries()) {
    const found = tryKey(normalizeHeader(variant));
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

const AMT = /(?<![\p{L}])amt(?![\p{L}])\.?/iu;
const AMTS = new RegExp(AMT.source, "giu");
const DT = /(?<![\p{L}])dt(?![\p{L}])/iu;
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

const CURRENCY_ONLY = /^\s*[$£€¥₹]\s*$/;

const YEAR_SUFFIX = /\s+(?:(?:in|for|en|im|für|nel|em)\s+)?(?:FY\s?)?(?:19|20)\d{2}(?:\s*[/-]\s*(?:\d{2}|\d{4}))?\s*$/i;

/** A footnote mark glued to a header's last letter: superscript digits, 1–2 digits, `*`, `†`, `‡`. */
const FOOTNOTE_MARK = /\p{L}(?:[¹²³⁰-⁹]+|\d{1,2}|[*†‡]+)\s*$/u;

// (`X_id`: the same `_id` as R's read.csv renames it, real: Toronto's pollinator grants, read as Foundation.)
const PORTAL_COLUMN = /^\s*(?:_|X_id\s*$)/;

const RATING_HINT = /\b(?:rag|rating|score|scale|grade)\b/i;

/** What guesses.ts asks of a header when it checks a guessed mapping against the data. */
const HEADER_NAMES: HeaderNames = {
  columnOf: (tab, header) => matchHeader(tab, header)?.column.id,
  isExact: (tab, header) => matchHeader(tab, header)?.strength === EXACT,
};

/** How many non-empty rows from the top are candidates for the header row (SPEC: the first 20). */
export const HEADER_SCAN_ROWS = 20;

interface RowMatch {
  /** 0-based row of the (last) header row; data starts below it. */
  readonly row: number;
  /** 0-based row of the first header row (`row - 1` when group titles sit above the headers). */
  readonly firstRow: number;
  readonly tab: TabSpec;
  readonly columns: MappedColumn[];
  readonly unknown: { header: string; index: number }[];
  readonly exact: number;
  readonly filled: number;
  readonly hasKey: boolean;
}

/** One header text per column: a single row's cells, or two header rows read as one. */
type HeaderTexts = readonly (string | undefined)[];

function textsOf(cells: readonly Cell[] | undefined): HeaderTexts {
  return (cells ?? []).map((cell) => (isBlank(cell) || typeof cell !== "string" ? undefined : cell.trim()));
}

function matchTexts(texts: HeaderTexts, cells: readonly Cell[], row: number, firstRow: number, tab: TabSpec): RowMatch {
  const taken = new Map<string, { position: number; strength: number; header: string; belowTitle?: true }>();
  const columns: (MappedColumn | undefined)[] = [];
  const unknown: { header: string; index: number }[] = [];
  let exact = 0;
  let filled = 0;
  const width = Math.max(texts.length, cells.length);
  for (let index = 0; index < width; index++) {
    const text = texts[index];
    if (text === undefined) {
      // A number in a header row is no header (years over columns of figures): listed, not mapped.
      if (!isBlank(cells[index])) {
        filled++;
        unknown.push({ header: headerText(cells[index]).trim(), index });
      }
      continue;
    }
    filled++;
    const match = matchHeader(tab, text);
    const previous = match ? taken.get(match.column.id) : undefined;
    const namesIt =
      match !== undefined &&
      previous !== undefined &&
      previous.strength === match.strength &&
      ((previous.belowTitle && !match.belowTitle) ||
        saysName(match.column, text, previous.header) ||
        grantOverBudget(match.column, text, previous.header));
    if (!match || (previous && previous.strength >= match.strength && !namesIt)) {
      // A second header for a column already found: ignored.
      unknown.push({ header: text, index });
      continue;
    }
    if (previous) {
      // This header names the column exactly where the earlier one was only a synonym, or itself where
      // the earlier one only on a line under a title (`Notes / Source` after `Ticket Min⏎Notes`: a
      // reviewer's repro, real: a Malaysian financing directory, the ticket's notes read as the
      // partner's), or says "name" where the earlier one did not (see saysName).
      const demoted = columns[previous.position] as MappedColumn;
      unknown.push({ header: demoted.header, index: demoted.index });
      columns[previous.position] = undefined;
    }
    taken.set(match.column.id, {
      position: columns.length,
      strength: match.strength,
      header: text,
      belowTitle: match.belowTitle,
    });
    columns.push({ id: match.column.id, name: match.column.name, header: text, index });
    if (match.strength === EXACT) exact++;
  }
  let mapped = columns.filter((c): c is MappedColumn => c !== undefined);
  // A programme's name read as the Initiative beside a project's title: the project is the initiative,
  // the programme a group of them (a helper's round, real: Baltimore's CIP, 214 of 238 rows'
  // Initiative "INSPIRE", `project_title` left out). Not a synonym of its own: a projects list with
  // funded groups is no Foundation sheet for its title alone (Roanoke's recovery-fund projects).
  const programme = mapped.find(
    (c) => c.id === FOUNDATION.col.initiative.id && /program/.test(normalizeHeader(c.header)),
  );
  const project = programme && unknown.find((u) => PROJECT_TITLE.has(normalizeHeader(u.header)));
  if (programme && project) {
    mapped = mapped.map((c) => (c === programme ? { ...c, header: project.header, index: project.index } : c));
    unknown.splice(unknown.indexOf(project), 1, { header: programme.header, index: programme.index });
  }
  // `Expenditure` beside `Revenue` and a grant is the body's own accounts, not what the funder paid it
  // (a helper's round, real: Western Australia's grants tables, councils' assessed spending summed as
  // $2.14bn Received beside $246M of grants). Without a grant it may be what a hint maps (a fund's
  // statement: its Revenue committed, its Expenditures received).
  const spent = mapped.find((c) => c.id === PARTNERS.col.received.id && OWN_SPENDING.test(normalizeHeader(c.header)));
  if (
    spent &&
    mapped.some((c) => c.id === PARTNERS.col.committed.id) &&
    unknown.some((u) => OWN_INCOME.test(normalizeHeader(u.header)))
  ) {
    mapped = mapped.filter((c) => c !== spent);
    unknown.push({ header: spent.header, index: spent.index });
  }
  unknown.sort((a, b) => a.index - b.index);
  const keys = KEY_COLUMNS[tab.name];
  const hasKey = mapped.some((c) => keys.some((k) => k.id === c.id));
  return { row, firstRow, tab, columns: mapped, unknown, exact, filled, hasKey };
}

/**
 * Two headers for a key name column (Partner, Name, Asset, Initiative), equally strong: the one that
 * says "name" holds the names, the other often a code or an acronym (real: a partner directory's
 * `organization` = "SAF" beside `organization_name` = "Solidarity for Afghan Families", where the
 * acronym merged two NGOs into one partner).
 */
function saysName(column: ColumnSpec, header: string, earlier: string): boolean {
  if (column.type !== "text" || !KEY_COLUMN_IDS.has(column.id)) return false;
  const name = (h: string) => /name/.test(normalizeHeader(h));
  // A pass-through grant's subrecipient beside its recipient: the recipient passes the money on (a
  // state, "Statewide"), the subrecipient is whom it funds (a helper's round, real: FEMA's hazard
  // mitigation projects, `recipient` read as the Partner — 3 partners where there were 43).
  const sub = SUB_PARTY.exec(normalizeHeader(header));
  if (sub && normalizeHeader(earlier).includes(sub[1])) return true;
  // The party a grant goes to beside a bare organisation: on a list of several funders' grants the
  // `Organization` is the funder (a helper's round, real: an animal-welfare grants list, 3 funders as
  // the partners of 114 recipients).
  if (RECEIVING_PARTY.test(normalizeHeader(header)) && !RECEIVING_PARTY.test(normalizeHeader(earlier))) {
    return /^(org|organization|organisation)$/.test(normalizeHeader(earlier));
  }
  return name(header) && !name(earlier);
}

/**
 * `Recipient`, `Grantee name`, `Awardee`: the party a grant goes to. Not `Beneficiary`: often the
 * people served (`Seniors`, `Children`: a reviewer's repro, 4 grantees read as 2 partners).
 */
const RECEIVING_PARTY = /^(recipient|grantee|awardee)/;

/**
 * Two headers for Committed, equally strong: a project's budget or cost first, then what the funder
 * gives (`Budget`, then `EU contribution` or `Grant`) — the grant is the commitment (a helper's round,
 * real: Denmark's ERDF projects, the budgets summed as grants, DKK 2.06bn for 0.95bn, unsaid).
 */
function grantOverBudget(column: ColumnSpec, header: string, earlier: string): boolean {
  if (column.id !== PARTNERS.col.committed.id) return false;
  const budget = (h: string) => /budget|cost/.test(normalizeHeader(h));
  if (budget(earlier) && !budget(header)) return true;
  // The whole pledge over one instalment's (`Pledge amount | Frequency | Pledge total`: a reviewer's
  // repro, $1,400 of monthly gifts summed for $3,800 pledged).
  const pledge = (h: string) => /pledge/.test(normalizeHeader(h));
  const total = (h: string) => /total/.test(normalizeHeader(h));
  if (pledge(earlier) && pledge(header) && total(header) && !total(earlier)) return true;
  // A grant or an award over a donor's words beside it (`Sponsorship amount | Award`: a reviewer's repro,
  // $13,000 of sponsorships summed for $130,000 awarded).
  const donor = (h: string) => /pledge|donation|gift|sponsorship/.test(normalizeHeader(h));
  return donor(earlier) && !donor(header) && /grant|award/.test(normalizeHeader(header));
}

/** A year a header names (`2024-25`, `FY2024`, `2024/25`) and its words without it; undefined without one. */
export function yearIn(header: string): { year: number; words: string } | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?:\s*[-/–]\s*\d{2,4})?(?!\d)/.exec(header);
  if (!m) return undefined;
  return { year: Number(m[1]), words: normalizeHeader(header.replace(m[0], " ").replace(/\bfy\b/i, " ")) };
}

/**
 * The header of another year's amounts beside the mapping's `column` (same words, another year:
 * `2023-24 Grant` beside `2024-25 Grant`), filled on the rows the summed one is — a table of each
 * partner's grant for two years, of which the total adds one; undefined when there is none. (Awards
 * spread over year columns, one year a row, are another thing: a reviewer's repro.)
 */
export function otherYearOf(mapping: HeaderMapping, column: string, matrix: Matrix): string | undefined {
  const mapped = mapping.columns.find((c) => c.id === column);
  const year = mapped && yearIn(mapped.header);
  if (!mapped || !year || year.words === "") return undefined;
  return besideMapping(mapping).unknown.find((u) => {
    const other = yearIn(u.header);
    if (other === undefined || other.year === year.year || other.words !== year.words) return false;
    let filled = 0;
    let both = 0;
    for (let r = mapping.headerRow + 1; r < matrix.length; r++) {
      if (isBlank(matrix[r]?.[u.index])) continue;
      filled++;
      if (!isBlank(matrix[r]?.[mapped.index])) both++;
    }
    return filled > 0 && both * 5 >= filled * 4;
  })?.header;
}

/** A body's own spending and income, as its accounts head them (normalised headers; see matchTexts). */
const OWN_SPENDING = /^(?:total)?expenditures?$/;
const OWN_INCOME = /^(?:total)?(?:revenues?|income)$/;

/** `… ID Code`, `… ID Number`: an identifier's kind said again after it (see matchHeader). */
const ID_THEN = /\bid\s*(?:code|number|no\.?|nr\.?|#)\s*$/i;

/** A project's title, the Initiative over a programme's name (see matchTexts). */
const PROJECT_TITLE: ReadonlySet<string> = new Set(["projecttitle", "projectname"]);

/** `Subrecipient`, `Sub-grantee`, `Subawardee name`: the party below the one its other half names. */
const SUB_PARTY = /^sub(recipient|grantee|awardee)/;

const KEY_COLUMN_IDS: ReadonlySet<string> = new Set(TABS.flatMap((t) => KEY_COLUMNS[t.name].map((c) => c.id)));

/**
 * An email address, the whole cell: not any `@` (real: an NHS loans ledger's `Opening balance @
 * 01/04/2018` header made its header row "data", and three sheets of loans went unchecked).
 */
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
/**
 * An amount of money written as text, the whole cell (`$5,000`, `£1,200.50`, `(€300)`, `USD 40,000`): a
 * figure, as a number is, where a header writes words (a file without a header row, its amounts typed as
 * text, was told it had no Partner column rather than no header row). A units line (`£000`) is none.
 */
/** A year by a currency (`USD 2023`, `£2024`): a column's heading of a year's figures, no amount (a reviewer's repro). */
const YEAR_BESIDE_CURRENCY = /^\D*(?:19|20)\d{2}\D*$/;
const AMOUNT_LIKE =
  /^[(-]?\s*(?:(?:US|AU|CA|NZ)?\$|[£€¥₹]|(?:USD|GBP|EUR|CAD|AUD|INR)\s?)\s?[1-9]\d{0,2}(?:[,.\s]?\d{3})*(?:\.\d{1,2})?\)?$/;

/**
 * A row that holds data rather than headers: a number that is not a year over a column, a
 * TRUE/FALSE, an email address or a date. A data row passed without its header (`tblLeadership`
 * instead of `tblLeadership[#All]`) can hold words that are also headers ("Champion", "Government");
 * its numbers and dates give it away.
 */
export function looksLikeData(cells: readonly Cell[] | undefined): boolean {
  return dataSigns(cells) !== undefined;
}

/**
 * Why a row reads as data: `marked` by a value no header holds (TRUE/FALSE, an email, a date typed as
 * text), or by numbers outnumbering its words: `marked` again unless each is a date, then `dates` —
 * which a header row has too when a month's date heads each column of figures (`Partner | Committed |
 * Jun-23 | Jul-23 …`, the cells' values being date serials). Undefined for a row of words.
 */
function dataSigns(cells: readonly Cell[] | undefined): "marked" | "dates" | undefined {
  let numbers = 0;
  let texts = 0;
  let dates = 0;
  for (const cell of cells ?? []) {
    if (typeof cell === "boolean") return "marked";
    if (typeof cell === "number") {
      if (!(Number.isInteger(cell) && cell >= 1900 && cell <= 2100)) numbers++;
      if (Number.isInteger(cell) && cell >= HEADER_DATES[0] && cell < HEADER_DATES[1]) dates++;
    } else if (typeof cell === "string" && cell.trim() !== "") {
      if (EMAIL_LIKE.test(cell.trim()) || DATE_LIKE.test(cell.trim())) return "marked";
      if (AMOUNT_LIKE.test(cell.trim()) && !YEAR_BESIDE_CURRENCY.test(cell)) numbers++;
      else texts++;
    }
  }
  // A few numbers among many words that head columns are headers too: a pandas export's index column
  // headed `0` (real: a state contract register, `Doc Number | … | End Date | 0`, was told to add a
  // header row above its header row), a month's column headed by its date (real: a grants
  // commission's `Jun-23` twice among 13 headers, so --map found no `Council` there). A data row holds
  // more numbers than that, or a date or an email.
  if (!(numbers > 0 && texts < TEXTS_PER_NUMBER * numbers)) return undefined;
  return dates === numbers ? "dates" : "marked";
}

/**
 * The serials of 2000-01-01 and 2100-01-01: a whole number between them in a header row is a date
 * heading a column (a month's figures), as the cell's date format would show it.
 */
const HEADER_DATES = [36_526, 73_051] as const;

/** Words a header row has for each number in it, at least (see looksLikeData). */
const TEXTS_PER_NUMBER = 4;

/** SPEC: the key column plus one more; with `tab` given, any two columns of that tab. */
function qualifies(m: RowMatch, tabGiven: boolean): boolean {
  return m.columns.length >= 2 && (tabGiven || (m.hasKey && !allGeneric(m)));
}

/**
 * Are all the row's matched headers GENERIC_HEADERS? Or are they `ID` and a bare `Name`: any list
 * numbers and names its things so, and only Leadership's key is a Name (a helper's round, real: a recycling
 * directory's `id | name | address` read as Foundation, four errors about initiatives it never listed;
 * a third column of the tab, `status`, makes a project register's `id | name` its initiatives).
 */
function allGeneric(m: RowMatch): boolean {
  const generic = (c: MappedColumn) => GENERIC_KEYS.has(normalizeHeader(c.header));
  if (m.columns.every(generic)) return true;
  const [a, b] = m.columns.map((c) => normalizeHeader(c.header)).sort();
  return m.tab.name !== "Leadership" && m.columns.length === 2 && a === "id" && b === "name";
}

/**
 * GENERIC_HEADERS as keys: a row naming only such columns (`ID`, `STATUS`) says too little to be
 * taken for a tab's header row unasked (a helper's round, real: New Zealand councils' data register
 * read as Foundation, 29 errors about initiatives it never listed).
 */
const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC_HEADERS.map(normalizeHeader));

function better(a: RowMatch, b: RowMatch | undefined): boolean {
  if (!b) return true;
  if (a.columns.length !== b.columns.length) return a.columns.length > b.columns.length;
  if (a.row !== b.row) return a.row < b.row;
  // The same headers read by two tabs: the tab whose key column they name (`Org Name` is a Partner,
  // and only an Organization beside a person's Name in Leadership). Real: a business directory's
  // hint said Leadership.
  if (a.hasKey !== b.hasKey && sameHeaders(a, b)) return a.hasKey;
  if (a.exact !== b.exact) return a.exact > b.exact;
  // As many columns either way, each tab's key among them: money says which (a helper's round, real: NYC
  // Council's Schedule C, `Council Member` and `Agency` read as Leadership beside `Legal Name of
  // Organization` and `Amount ($` — $393.7M of awards gone, 1,201 "Council Member is empty").
  const aMoney = namesMoney(a);
  if (aMoney !== namesMoney(b)) return aMoney;
  return a.columns.length / a.tab.columns.length > b.columns.length / b.tab.columns.length;
}

/**
 * Which of two rows that are no header row comes closer to one, for the message saying what is
 * missing: a row naming what its tab lists — a partner, a person or an asset — by a header that says
 * which (`Organization_Name`, not a bare `Name`) is one column short of that tab, however many columns another tab read without its
 * key. Real: a nonprofit list's `Organization_Name` beside `Challenges` and `Needs` (Foundation's
 * Key obstacles and Problem statement) was told to name an Initiative column.
 */
function closer(a: RowMatch, b: RowMatch | undefined): boolean {
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

function namesMoney(m: RowMatch): boolean {
  return m.columns.some((c) => m.tab.columns.find((s) => s.id === c.id)?.type === "currency");
}

function namesKeyPlainly(m: RowMatch): boolean {
  // Not an Initiative or Program column: a ledger of any tab has one beside what it lists (grants by
  // programme: `Fiscal year | Amount | Program` is a Partners ledger without its Partner column).
  if (m.tab === FOUNDATION) return false;
  const keys = KEY_COLUMNS[m.tab.name];
  return m.columns.some((c) => keys.some((k) => k.id === c.id) && !isBareName(c.header));
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

function sameHeaders(a: RowMatch, b: RowMatch): boolean {
  return a.columns.every((c, i) => c.index === b.columns[i]?.index);
}

const TAB_NAMES = TABS.map((t) => t.name).join(", ");

/** A `tab` argument as a user types it (any case), or undefined when omitted. */
export function resolveTab(tab: string | null | undefined): TabSpec | undefined {
  if (tab === null || tab === undefined || tab.trim() === "") return undefined;
  const found = tabByName(tab);
  if (!found) {
    throw new TrackerError("#VALUE!", `Unknown tab "${tab.trim()}" — expected one of ${TAB_NAMES}.`);
  }
  return found;
}

const MAX_SEEN = 6;
/** How much of one cell the message quotes. */
const MAX_SEEN_CHARS = 40;

function listSeen(seen: readonly string[]): string {
  // A note's paragraph in a header-like row (a funder's NOTES sheet: 400 characters) is cut short.
  const cut = (text: string) =>
    text.length > MAX_SEEN_CHARS ? `${text.slice(0, MAX_SEEN_CHARS - 1).trimEnd()}…` : text;
  const shown = seen.slice(0, MAX_SEEN).map(cut).join(", ");
  return seen.length > MAX_SEEN ? `${shown} … (${seen.length - MAX_SEEN} more)` : shown;
}

function includeHeaderAdvice(tab: TabSpec): string {
  return `Include the header row — for a table pass ${tab.table}[#All], not ${tab.table}.`;
}

/** The first filled cell under `row` in `column`, as text. */
function firstBelow(matrix: Matrix, row: number, column: number): string {
  for (let r = row + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (!isBlank(cell)) return cellText(cell).trim();
  }
  return "";
}

/**
 * The first filled cell under `row` in `column` that is no Total label, as text: a value the column
 * holds, as holdsCategories reads them (a Total row's `TOTALT` on top is none).
 */
function firstValueBelow(matrix: Matrix, row: number, column: number): string {
  for (let r = row + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell) || (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL)) continue;
    return cellText(cell).trim();
  }
  return "";
}

/**
 * A header saying its column holds names (its normalizeHeader'd key), in the words of the registers read
 * (NAME_WORDS: `donor_name`, Norwegian and Danish `organisasjon_navn`, Swedish `namn`, Dutch `naam`).
 */
const NAMES_HEADER = new RegExp(`(?:${wordsPattern(NAME_WORDS.map(normalizeHeader))})$`);

/** Headers that number rows as often as they name a key: `id`, `ID`, `#`, `No.`, `Nr`. */
const BARE_ID: ReadonlySet<string> = new Set(["id", "nr", "no", "number", "lfdnr"]);

/** SPEC's message: what the closest row had, and what would make it a header row. */
function noHeaderError(
  matrix: Matrix,
  wanted: TabSpec | undefined,
  closest: RowMatch | undefined,
  firstFilled: number,
): NoHeaderError {
  // A bare `id` is a row counter as often as a key (a helper's round: an Austrian payments list's `id`
  // beside `EURO` was hinted as Foundation, "name an Initiative ID"): alone it makes no tab near.
  const near = closest && closest.columns.some((c) => !BARE_ID.has(normalizeHeader(c.header)));
  // Nothing came close: a row naming a family name (`last_name`, `Surname`) lists people, so their tab
  // is Leadership, whose Name it is — not Partners by default (real: a borough's councillors). So does
  // a given name, a sex or a date of birth (real: the Sénat's staff, `sexe_collaborateur`).
  const people =
    !near &&
    !wanted &&
    firstFilled >= 0 &&
    (matrix[widestRow(matrix, firstFilled)] ?? []).some((c) => typeof c === "string" && saysPeople(c));
  // Nor is a Partners column alone (a tree register's `Sector`, a district) beside the measures of
  // things (THING_HEADERS): the rows are assets.
  // A bare `name` beside them is the things' name, not a person's (a helper's round, real: Trafford's
  // leisure centres, `name … facilities, opening_hours`, hinted as people or organisations).
  const bareName =
    closest?.tab === LEADERSHIP && closest.columns.length === 1 && isBareName(closest.columns[0].header)
      ? closest.columns[0].header
      : undefined;
  const things =
    !wanted &&
    (!closest?.hasKey || bareName !== undefined) &&
    firstFilled >= 0 &&
    thingsSaid(matrix[near ? closest!.row : widestRow(matrix, firstFilled)] ?? []) >= 2;
  // Money received, no column saying who gave it: a column of amounts beside a payment method is
  // Partners' money, whose Partner column is what is missing — never Assets for a `Category` (a
  // helper's round, real: a Ukrainian NGO's donations, `Date | Category | UAH | Payment method`, told
  // "its rows look like Assets, not Partners' money").
  const paid =
    !wanted && !things && !closest?.hasKey && firstFilled >= 0
      ? moneyReceived(matrix, near ? closest!.row : widestRow(matrix, firstFilled))
      : undefined;
  // Nor are a capital budget's lines, its headers saying projects and one their titles (`Project Type`,
  // `Budget Line Title`): Foundation's initiatives, no Partners by default (corpus round fg, real: NYC's
  // capital budget lines by agency, hinted `--map "<your header>=Partner"`).
  const projects =
    !near && !wanted && !people && !things && !paid && firstFilled >= 0
      ? projectTitles(matrix, widestRow(matrix, firstFilled))
      : undefined;
  const tab = things
    ? ASSETS
    : paid
      ? PARTNERS
      : near
        ? closest!.tab
        : projects !== undefined
          ? FOUNDATION
          : (wanted ?? (people ? LEADERSHIP : PARTNERS));
  if (firstFilled < 0) {
    return new NoHeaderError(
      `No header row found: the range is empty. ${includeHeaderAdvice(tab)}`,
      tab.name,
      -1,
      [],
      false,
    );
  }
  const row = near ? closest!.row : widestRow(matrix, firstFilled);
  const cells = matrix[row] ?? [];
  const seen = cells.filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
  const data = looksLikeData(cells);
  if (data) {
    return new NoHeaderError(
      `No header row found: row ${row + 1} holds data (${listSeen(seen)}), not headers. ${includeHeaderAdvice(tab)}`,
      tab.name,
      row,
      seen,
      true,
    );
  }
  const keys = KEY_COLUMNS[tab.name];
  const key = keys.map((c) => c.name).join(" or ");
  const others = tab.columns
    .filter((c) => c.required && !keys.includes(c))
    .concat(tab.columns.filter((c) => !c.required && !keys.includes(c)))
    .filter((c) => !closest?.columns.some((m) => m.id === c.id))
    .slice(0, 2)
    .map((c) => c.name)
    .join(" or ");
  const article = /^[AEIOU]/i.test(key) ? "an" : "a";
  // A row that names the key column but nothing else lacks a second column, not the key.
  // A key header over codes (a budget's `Org`: 210, 220) or over a few categories said again and again
  // (a capital register's `Facility`: Water, Storm Drain) is no key to name: the user is not told to map it.
  const named =
    closest && closest.tab === tab
      ? closest.columns.find(
          (c) =>
            keys.some((k) => k.id === c.id) &&
            !holdsCodes(matrix, closest.row, c.index) &&
            // (A header saying it holds names, `donor_name`, holds a ledger's names said again on their
            // rows, no category: a helper's round, real: India's electoral bond purchasers, sorted by
            // buyer, told donor_name was "a category, not one Partner a row". So in other languages: a
            // helper's round, real: Norway's grant basis for faith communities, each organisation on a
            // row a year, `organisasjon_navn` told the same, with its `TOTALT` rows as the example.)
            (!holdsCategories(matrix, closest.row, c.index) || NAMES_HEADER.test(normalizeHeader(c.header))),
        )
      : undefined;
  const repeated =
    !named && closest && closest.tab === tab
      ? closest.columns.find((c) => keys.some((k) => k.id === c.id) && holdsCategories(matrix, closest.row, c.index))
      : undefined;
  // A column headed by its currency beside the partner (`APOYO CONAPESCA ($)`: Mexico's fisheries
  // subsidies) is the amount to map, rather than any column the sheet lacks.
  // Of several (`Total Programme Funding (£)`, then its parts, then `Total Funding Allocation (£)`), the
  // one adding up to the most: the whole allocation, not a part of it (a helper's round, real: England's
  // 16–19 funding, the hint's column £518M short of the total).
  // Where none says its currency, a header saying money in words over figures (`Total des subventions`:
  // corpus round fj, real: the French State's annex of subsidised associations, told to name a Sector
  // column beside ASSOCIATION while its amounts were in plain sight).
  const amounts =
    named && tab === PARTNERS && closest
      ? (matrix[closest.row] ?? []).flatMap((c, i) => {
          if (typeof c !== "string" || closest.columns.some((m) => m.index === i)) return [];
          const marked = headerCurrency(c) !== "" || CURRENCY_ONLY.test(withoutBrackets(c)) || /\((?:\$|€|£)\)/.test(c);
          if (!marked && !moneyInWords(c)) return [];
          if (!marked && !figuresUnder(matrix, closest.row, i)) return [];
          return [{ header: c, marked, sum: columnSum(matrix, closest.row, i) }];
        })
      : [];
  const amount = amounts.reduce<(typeof amounts)[number] | undefined>(
    (best, a) => (best === undefined || (a.marked !== best.marked ? a.marked : a.sum > best.sum) ? a : best),
    undefined,
  )?.header;
  const committed = PARTNERS.col.committed.name;
  const what = named
    ? `name one more ${tab.name} column beside ${named.header} (such as ${
        typeof amount === "string" ? `${amount.trim()}, as ${committed}` : others
      })`
    : wanted
      ? `name at least two ${tab.name} columns (such as ${key})`
      : repeated
        ? `name ${article} ${key} column (${repeated.header} says a few values again and again, such as ` +
          `${quote(firstValueBelow(matrix, closest!.row, repeated.index))}: a category, not one ${key} a row)`
        : `name ${article} ${key} column`;
  // People with an amount beside their names (`last_name | first_name | gift_amount`): a donor list,
  // whose people are partners giving money — a Leadership list has no amounts (a helper's round: a
  // donor list told to name "one more Leadership column beside last_name, such as Title").
  const money =
    !wanted && named && tab === LEADERSHIP && closest?.columns.length === 1
      ? matchTexts(textsOf(cells), cells, row, row, PARTNERS).columns.find(
          // (A budget beside a person is theirs to spend — a councillor's ward budget — not a gift.)
          (c) => c.id === PARTNERS.col.committed.id && !/budget/i.test(c.header),
        )
      : undefined;
  if (named && money) {
    return new NoHeaderError(
      `No ${PARTNERS.name} header row: row ${row + 1} has ${listSeen(seen)} — people with an amount beside them ` +
        `(${money.header}) are partners, giving or given it: map ${named.header} to ${PARTNERS.col.partner.name} and ` +
        `${money.header} to ${committed} (the \`mapping\` argument).`,
      PARTNERS.name,
      row,
      seen,
      false,
      undefined,
      named.header,
      money.header,
    );
  }
  // Leadership came closest on a bare `Name` alone: a list of people, or just as often a list of
  // organisations (a directory of food banks). Say both, and how to map each.
  if (
    !wanted &&
    named &&
    tab === LEADERSHIP &&
    closest?.columns.length === 1 &&
    (isBareName(named.header) || fullNameOfAcronym(named.header, seen))
  ) {
    const partner = PARTNERS.col.partner.name;
    return new NoHeaderError(
      `No ${LEADERSHIP.name} or ${PARTNERS.name} header row: row ${row + 1} has ${listSeen(seen)} — ${named.header} ` +
        `alone does not say whether its rows are people or organisations. For people (${LEADERSHIP.name}), name one ` +
        `more column beside ${named.header}, such as ${others}; for organisations (${PARTNERS.name}), map ` +
        `${named.header} to ${partner} (the \`mapping\` argument).`,
      tab.name,
      row,
      seen,
      false,
      { tab: PARTNERS.name, header: named.header, column: partner },
    );
  }
  // Its first column (the names, often) has no header: naming it is the fix — unless the row names
  // the key column elsewhere (real: a federal report's unheaded first column holds group labels,
  // "Local Government", beside its Recipient Name column).
  const unheaded = !named && unheadedFirstColumn(matrix, row) ? ` (${UNHEADED_FIRST_COLUMN}: head it ${key})` : "";
  // A key header misspelt by one letter (`Recipent`: a county's grants sheet, left unchecked): said,
  // with the word it looks like, and offered as the key to map.
  // Not a header over codes: the IRS's `ORGANIZATION` holds a legal form's number (1, 2, 5), and
  // mapped as the Partner it made 6,208 nonprofits 5 partners named "1" … "6" (a helper's round).
  const namesRows = (header: string) => {
    const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
    return c < 0 || !holdsCodes(matrix, row, c);
  };
  const misspelt = named ? undefined : misspeltKey(tab, seen, namesRows);
  // A register's name column headed by what its rows are (`Parks and Recreation Facilities`): offered
  // as the Asset to map.
  const headedByWhat =
    named || misspelt || tab !== ASSETS
      ? undefined
      : (bareName ??
        assetNamesHeader(seen, closest?.tab === tab ? closest : undefined, (header) => {
          const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
          // Names, not counts (`Equipment Count` beside `Equipment Class`: a helper's round, real:
          // Montgomery County's fleet, its assets offered as 21, 3, 42).
          const below = c >= 0 ? firstBelow(matrix, row, c) : "";
          return below !== "" && coerceNumber(below) === undefined;
        }));
  // A bare `name` over companies (initiativesNamedAsCompanies): offered as the Partner to map.
  const companies =
    named || misspelt || tab !== PARTNERS
      ? undefined
      : seen.find((header) => {
          const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
          return isBareName(header) && c >= 0 && LEGAL_FORM_END.test(firstBelow(matrix, row, c));
        });
  // The one column of names, headed by a kind of organisation, beside a column the row names as
  // Committed (`amount | club | rnd | state`): offered as the Partner to map (a helper's round, real: Australia's sports-club grants, told to map
  // "<your header>" where `club` was the only column it could be).
  const onlyNames =
    named || misspelt || companies !== undefined || tab !== PARTNERS
      ? undefined
      : onlyNamesBesideAmount(matrix, row, cells);
  // A directory's one column of names (`community_hub` beside address, website, email): offered as the
  // Partner to map (corpus round fg, real: Trafford's community hubs, told to map "<your header>") — as
  // a guess, "may hold", where its header says nothing of names (`community_hub` holds towns).
  const listed =
    named || misspelt || companies !== undefined || onlyNames !== undefined || paid || tab !== PARTNERS
      ? undefined
      : directoryNames(matrix, row, new Set(closest?.tab === tab ? closest.columns.map((c) => c.index) : []));
  const looksLike = misspelt
    ? ` (${quote(misspelt.header)} looks like ${quote(misspelt.word)}: map it to ${keys[0].name})`
    : headedByWhat !== undefined
      ? ` (${quote(headedByWhat)} may name the assets: map it to ${keys[0].name})`
      : companies !== undefined
        ? ` (${quote(companies)} names companies: map it to ${keys[0].name})`
        : onlyNames !== undefined
          ? ` (${quote(onlyNames)} is its one column of names: map it to ${keys[0].name})`
          : listed !== undefined
            ? ` (${quote(listed.header)} ${listed.named ? "holds" : "may hold"} the names: map it to ${keys[0].name})`
            : projects !== undefined
              ? ` (${quote(projects)} names the projects: map it to ${FOUNDATION.col.initiative.name})`
              : paid
                ? ` (${quote(paid.amount)} beside ${quote(paid.method)} is money received: name who gave each amount ` +
                  `as the ${keys[0].name}, and map ${quote(paid.amount)} to ${committed})`
                : "";
  return new NoHeaderError(
    `No ${tab.name} header row: row ${row + 1} has ${listSeen(seen)}${unheaded} — ${what}${looksLike}, or map the columns (the \`mapping\` argument).`,
    tab.name,
    row,
    seen,
    false,
    undefined,
    named?.header ?? misspelt?.header ?? headedByWhat ?? companies ?? onlyNames ?? listed?.header ?? projects,
    typeof amount === "string" ? amount.trim() : paid?.amount,
    misspelt === undefined && projects !== undefined ? FOUNDATION.col.initiative.name : undefined,
  );
}

/**
 * How many of a row's headers say its rows are things: their measures or make (THING_HEADERS), or —
 * when nothing in the row says organisations, people or money — where they stand (SITE_HEADERS).
 */
function thingsSaid(cells: readonly Cell[]): number {
  const headers = cells.filter((c): c is string => typeof c === "string" && !isBlank(c));
  const things = headers.filter((h) => headerHasWord(h, THINGS)).length;
  const others = headers.some(
    (h) =>
      ORGANISATION_KEYS.has(normalizeHeader(h)) ||
      /e-?mail/i.test(h) ||
      saysPeople(h) ||
      saysCurrency(h) ||
      SAYS_AMOUNT.test(h),
  );
  if (others) return things;
  const sites = headers.filter((h) => !headerHasWord(h, THINGS) && headerHasWord(h, SITES));
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
function moneyInWords(header: string): boolean {
  const words = header.replace(/_/g, " ");
  return (
    MONEY_IN_WORDS.test(words) &&
    !NO_AMOUNT.test(words) &&
    !NO_AMOUNT_HEADER.test(words.replace(/\([^)]*\)/g, " ")) &&
    !COUNTED.test(words) &&
    !REQUEST_HEADER.test(words) &&
    !COST_HEADER.test(words) &&
    !ownFinances(words)
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
function moneyReceived(matrix: Matrix, row: number): { amount: string; method: string } | undefined {
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
function figuresUnder(matrix: Matrix, row: number, column: number): boolean {
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

/** Rows under a header row read to tell a column of names (onlyNamesBesideAmount). */
const NAMES_SAMPLE = 20;

/**
 * A header naming a kind of organisation (`club`, `Society`, `charity name`): its rows are the partners
 * when they hold names. Not `Department`, `Scheme`, `Region`, `Gender`: a summary's categories, whose
 * rows hold names too (a drift run: NHMRC's tables by scheme and gender offered as partners).
 */
const ORGANISATION_NOUN =
  /^\s*(?:club|society|association|charity|school|church|congregation|company|business|firm|venue|group|team|league|trust|cooperative|co-?op)s?(?:\s+name)?\s*$/i;

/**
 * The header of the row's one column of names under a header naming a kind of organisation — words with
 * a letter, most of them different, not codes (`ACT` again and again) — where another of its headers
 * names Committed (`amount`); undefined when there is no such amount, or not exactly one such column.
 */
function onlyNamesBesideAmount(matrix: Matrix, row: number, cells: readonly Cell[]): string | undefined {
  const headers = cells.map((cell) => (isBlank(cell) ? "" : headerText(cell).trim()));
  const isAmount = (h: string) => h !== "" && matchHeader(PARTNERS, h)?.column.id === PARTNERS.col.committed.id;
  if (!headers.some(isAmount)) return undefined;
  const names = headers.filter((h, c) => {
    if (!ORGANISATION_NOUN.test(h) || matchHeader(PARTNERS, h) !== undefined) return false;
    const values: string[] = [];
    for (let r = row + 1; r < matrix.length && values.length < NAMES_SAMPLE; r++) {
      const cell = matrix[r]?.[c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "string" || coerceNumber(cell) !== undefined) return false;
      values.push(cell.trim().toLowerCase());
    }
    // Names run to a word or two each (`Northside Bmx Club`), and differ from row to row.
    const named = values.filter((v) => /\p{L}{2,}.*\s\S|\p{L}{6,}/u.test(v));
    return values.length >= 3 && named.length * 5 >= values.length * 4 && new Set(values).size * 5 >= values.length * 4;
  });
  return names.length === 1 ? names[0] : undefined;
}

/** Words a register's name column is headed by, saying what its rows are (see assetNamesHeader). */
const ASSET_NOUNS: ReadonlySet<string> = new Set(
  [
    "asset",
    "facility",
    "site",
    "property",
    "building",
    "park",
    "equipment",
    "vehicle",
    "item",
    "venue",
    "land",
    "station",
  ].flatMap((w) => [w, w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`]),
);
/** Words of a header that describe the asset rather than name it (`Facility Type`, `Site address`). */
const ASSET_DESCRIBED =
  /\b(?:types?|category|categories|class|code|ids?|numbers?|no|ref|phone|address|url|area|size|value|status|owner|cost|date)\b/i;

/**
 * Among an Assets-like row's headers not yet read, one that says what the rows are
 * (`Parks and Recreation Facilities`, `Sites`) and not something about them (`Facility Type`): a
 * helper's round, real: Oakland's parks and recreation facilities, hinted `<your header>=Asset`.
 */
function assetNamesHeader(
  seen: readonly string[],
  closest: RowMatch | undefined,
  filled: (header: string) => boolean,
): string | undefined {
  // `_` joins words as a space does (`CNG_Vehicle_Size` is a size); a column empty on every row names
  // nothing (a helper's round, real: DC's fuel stations, the hint's column blank on all 151 rows).
  return seen.find(
    (header) =>
      !closest?.columns.some((c) => c.header === header) &&
      !ASSET_DESCRIBED.test(header.replace(/_/g, " ")) &&
      filled(header) &&
      header
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((w) => ASSET_NOUNS.has(w)),
  );
}

/**
 * A header one letter away from a word naming the tab's key column (its name or a synonym of six
 * letters or more: `Recipent`, `Grantee`), and that word; undefined when none is.
 */
function misspeltKey(
  tab: TabSpec,
  seen: readonly string[],
  namesRows: (header: string) => boolean,
): { header: string; word: string } | undefined {
  const words = KEY_COLUMNS[tab.name].flatMap((c) => [c.name, ...(c.synonyms ?? [])]).filter((w) => w.length >= 6);
  for (const header of seen) {
    const h = normalizeHeader(header);
    if (h.length < 6) continue;
    const word = words.find((w) => oneEditApart(h, normalizeHeader(w)));
    if (word !== undefined && namesRows(header)) return { header, word };
  }
  return undefined;
}

/** Are `a` and `b` one letter apart: one left out, added, changed, or two side by side swapped? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ORGANISATION_KEYS: ReadonlySet<string> = new Set(ORGANISATION_HEADERS.map(normalizeHeader));
const PERSON_IDS: ReadonlySet<string> = new Set(PERSON_COLUMNS.map((c) => c.id));

/**
 * A bare `Name` beside a header only organisations have (a website, a charity or tax number) or an
 * amount of money (Leadership has none: `Name, Sector, Amount` is a grants list), and nothing only
 * people have (a title, a role): the rows are organisations, so this row is a Partners header with
 * `Name` as Partner — not Leadership's, whose `Name` is a person's. Undefined when the row is not such
 * a list, or names no second Partners column.
 */
function asOrganisations(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
): RowMatch | undefined {
  const nameAt = texts.findIndex((t) => t !== undefined && (isBareName(t) || isSponsor(t)));
  if (nameAt < 0) return undefined;
  const partners = matchTexts(texts, cells, row, row, PARTNERS);
  // A header that names the partner (`bénéficiaire`) is the partner, not a bare `nom` beside it (the
  // granting deputy's, real: France's parliamentary reserve), as nameAsPartner has it.
  if (partners.columns.some((c) => c.id === PARTNERS.col.partner.id)) return undefined;
  // Real: South Africa's lottery grants (`Date, Sector, Province, Project Number, Name, Amount`) were
  // read as a list of people, their amounts ignored and `summary` refused.
  // An amount alone says less than an identifier: a register of projects with their budgets
  // (`id, name, status, budgeted_amount`: Pittsburgh's capital projects) lists initiatives, not partners.
  const organisations =
    texts.some((t) => t !== undefined && ORGANISATION_KEYS.has(normalizeHeader(t))) ||
    (namesMoney(partners) && !listsInitiatives(texts, cells, row, true)) ||
    namesAgreements(partners);
  if (!organisations) return undefined;
  // A `Unit` beside the `Value`: measurements, not money (real: New Orleans' outcome indicators, `Name,
  // Value, Unit`, read as 41 partners worth $4.6bn once `Value` was an amount's word).
  if (matchTexts(texts, cells, row, row, ASSETS).columns.some((c) => c.id === ASSETS.col.unit.id)) return undefined;
  if (matchTexts(texts, cells, row, row, LEADERSHIP).columns.some((c) => PERSON_IDS.has(c.id))) return undefined;
  if (peopleNamed(matrix, row, nameAt)) return undefined;
  const m = applyOverrides(matrix, partners, { [nameAt]: PARTNERS.col.partner.id });
  return qualifies(m, false) ? m : undefined;
}

/**
 * Does a Partners match name what only an organisation's row has: a contact person, whether an
 * agreement is signed, or when one starts and ends? (A helper's round, real: a music institute's
 * agreements register, `Name, Country, Contact Person, Status, Sign date, Expired`, checked as a list of
 * people, "no issues".) Both dates: a staff list has a start date, not an end.
 */
function namesAgreements(partners: RowMatch): boolean {
  const ids = new Set(partners.columns.map((c) => c.id));
  const col = PARTNERS.col;
  // A contact person by its header's words: a bare `contact` is a directory's telephone as often.
  const contactPerson = partners.columns.some((c) => c.id === col.contact.id && /person|name/i.test(c.header));
  return contactPerson || ids.has(col.agreementSigned.id) || (ids.has(col.startDate.id) && ids.has(col.endDate.id));
}

/**
 * A bare `Name` beside what only an asset has — its value, how many are on hand or needed, its unit —
 * and nothing only people have: a register of assets, `Name` its Asset (real: DC's school buildings,
 * `Agency, #, Name, GSF, School Address, Current Replacement Value`, read as a list of people under
 * their agency). Undefined when the row is not such a list, is an initiative register, or does not
 * qualify.
 */
function asAssets(matrix: Matrix, texts: HeaderTexts, cells: readonly Cell[], row: number): RowMatch | undefined {
  const nameAt = texts.findIndex((t) => t !== undefined && isBareName(t));
  if (nameAt < 0) return undefined;
  const assets = matchTexts(texts, cells, row, row, ASSETS);
  if (!assets.columns.some((c) => ASSET_ONLY.has(c.id))) return undefined;
  if (matchTexts(texts, cells, row, row, LEADERSHIP).columns.some((c) => PERSON_IDS.has(c.id))) return undefined;
  if (listsInitiatives(texts, cells, row)) return undefined;
  // A partner named plainly beside it (`Donation Received From`, `Contributor`) and its money: a
  // register of gifts, `Name` their recipient (a helper's round, real: five Australian donation
  // registers, 3,335 gifts "no issues" as Assets, exit 0).
  const partners = matchTexts(texts, cells, row, row, PARTNERS);
  if (namesKeyPlainly(partners) && qualifies(partners, false)) return undefined;
  const m = applyOverrides(matrix, assets, { [nameAt]: ASSETS.col.asset.id });
  return qualifies(m, false) ? m : undefined;
}

/**
 * Does the row head a register of initiatives: Foundation's key and a column of Foundation's beyond
 * its keys (`id, name, status`: Pittsburgh's capital projects)? An `id` and a `name` alone say no more
 * than that rows have names (DC's school buildings: `#`, `Name`). `byId`: only with an Initiative ID —
 * beside money, a `NAME` and a `status` without one are places' or organisations' (a helper's round,
 * real: FEMA's roll-ups by county, `NAME` "Lakeview County, Ohio", read as Foundation's initiatives).
 */
function listsInitiatives(texts: HeaderTexts, cells: readonly Cell[], row: number, byId = false): boolean {
  const m = matchTexts(texts, cells, row, row, FOUNDATION);
  const keys = KEY_COLUMNS.Foundation;
  if (byId && !m.columns.some((c) => c.id === FOUNDATION.col.initiativeId.id)) return false;
  return qualifies(m, false) && m.columns.some((c) => !keys.some((k) => k.id === c.id));
}

/** What only an asset has (see asAssets). */
const ASSET_ONLY: ReadonlySet<string> = new Set(
  [ASSETS.col.estimatedValue, ASSETS.col.available, ASSETS.col.needed, ASSETS.col.unit].map((c) => c.id),
);

/**
 * With Partners asked for, a bare `Name` is the partner's when nothing else is — as a mapping by hand
 * reads it (mappingFromPairs) and as an organisations list is read untold (asOrganisations): SUMMARY
 * of `Name, Sector, Amount` counted no partner at all. Undefined when the row has a Partner column
 * already, or no bare `Name`, or does not qualify.
 */
function nameAsPartner(matrix: Matrix, texts: HeaderTexts, cells: readonly Cell[], row: number): RowMatch | undefined {
  const nameAt = texts.findIndex((t) => t !== undefined && (isBareName(t) || isSponsor(t)));
  if (nameAt < 0) return undefined;
  const m = matchTexts(texts, cells, row, row, PARTNERS);
  if (m.columns.some((c) => c.id === PARTNERS.col.partner.id)) return undefined;
  const named = applyOverrides(matrix, m, { [nameAt]: PARTNERS.col.partner.id });
  return qualifies(named, true) ? named : undefined;
}

/**
 * With Assets asked for, a bare `Name` is the asset's when nothing else is — as the row is read untold
 * (asAssets): a school-buildings register `Agency | # | Name | … | Current Replacement Value` mapped
 * `Name → Asset` inferred, and "There is no Asset column" with the tab named, the way the task pane's
 * formula names it (`=PARTNERS.VALIDATE(…, "Assets")`), or a sheet called Assets. Undefined when the row
 * has an Asset column already, or no bare `Name`, or does not qualify.
 */
function nameAsAsset(matrix: Matrix, texts: HeaderTexts, cells: readonly Cell[], row: number): RowMatch | undefined {
  const nameAt = texts.findIndex((t) => t !== undefined && isBareName(t));
  if (nameAt < 0) return undefined;
  const m = matchTexts(texts, cells, row, row, ASSETS);
  if (m.columns.some((c) => c.id === ASSETS.col.asset.id)) return undefined;
  const named = applyOverrides(matrix, m, { [nameAt]: ASSETS.col.asset.id });
  return qualifies(named, true) ? named : undefined;
}

/**
 * A person's name as lists of people write it, surname first: `Crisanti, Vincent`, `De Baeremaeker,
 * Glenn J.` — capitalised words either side of one comma. Not `Toronto, City of`.
 */
const SURNAME_FIRST = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?, \p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?)*$/u;

/**
 * `Lakeview County, Ohio`, `Riverbend City, Utah`: a place and its state, as the US census names
 * counties and places — written like a surname and a given name (a helper's round, real: FEMA's
 * roll-ups by county, read as people and so not as the places the money went to).
 */
const PLACE_THEN_STATE = /\b(?:county|city|parish|borough|township|town|village|municipio|census area),/i;

/**
 * A company's legal form after a comma (`ACME BUILDERS, LLP`, `Gamma Works, Inc.`: the schema's
 * LEGAL_FORMS, all of them): no given name after a surname (a helper's round, real: Maryland's
 * minority-business register, read as people, exit 3).
 */
const FORM_AFTER_COMMA = new RegExp(
  `,\\s*(?:${legalFormsPattern([...LEGAL_FORMS.forms, ...LEGAL_FORMS.alsoOther])})\\.?\\s*$`,
  "i",
);

/** How many names under a bare `Name` header are read to tell people from organisations. */
const NAMES_SAMPLED = 20;

/**
 * Are the names under `row` in `column` people's, written surname first, on most of the first rows
 * (three at least)? Real: a city's council candidates (`name` = "Crisanti, Vincent", with a `website`
 * column) were read as 213 partner organisations.
 */
function peopleNamed(matrix: Matrix, row: number, column: number): boolean {
  let names = 0;
  let people = 0;
  for (let r = row + 1; r < matrix.length && names < NAMES_SAMPLED; r++) {
    const cell = matrix[r]?.[column];
    if (typeof cell !== "string" || isBlank(cell)) continue;
    names++;
    if (SURNAME_FIRST.test(cell.trim()) && !PLACE_THEN_STATE.test(cell) && !FORM_AFTER_COMMA.test(cell)) people++;
  }
  return people >= 3 && people * 5 >= names * 3;
}

/**
 * Is `m` Leadership read from a bare `Name` alone among people's columns, over names that are no
 * person's — five words or more, a figure, or a word in lower case that no name has (`for`, `the`),
 * on most of the first rows (three at least)?
 * Real: Durango's participatory budget, `project_id, district_id, name, cost_mxn`, its projects
 * ("PAVIMENTACION DE LA CALLE ROBLE COL CENTRO") read as people, "no issues", exit 0.
 */
function namesNoPeople(matrix: Matrix, m: RowMatch): boolean {
  if (m.tab !== LEADERSHIP) return false;
  const key = m.columns.find((c) => c.id === LEADERSHIP.col.name.id);
  if (key === undefined || !isBareName(key.header)) return false;
  // (An Email column empty on every row says nothing of people: a helper's round, real, Vermont's
  // afterschool sites, `Hillcrest High School 21C` read as a person, "no issues".)
  const says = (c: MappedColumn) =>
    PERSON_IDS.has(c.id) || (c.id === LEADERSHIP.col.email.id && anyFilled(matrix, m.row, c.index));
  if (m.columns.some((c) => c !== key && says(c))) return false;
  const names = namesUnder(matrix, m.row, key.index);
  let things = 0;
  for (const cell of names) {
    const text = cell.trim();
    const words = text.split(/\s+/);
    if (/\d/.test(text) || words.length >= 5 || words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) things++;
  }
  return things >= 3 && things * 5 >= names.length * 3;
}

/**
 * Is a Leadership reading's Name (`council_member`) beside its Organization and an amount Partners
 * reads as Committed the sponsor of each organisation's money, not the people listed? On the first
 * rows: fewer distinct names than organisations, some rows with no name at all or each name on two
 * organisations' rows. Then the rows are the organisations funded (a helper's round, real: New York City
 * Council's transparency resolution, read as Leadership — 217 "council_member is empty", the
 * amounts ignored). So where the Organization is the agency each sponsor's awards pass through
 * (`Agency`: DYCD, DCLA — fewer than the names), each name on two rows or more: a list of people
 * names each person once (corpus round fj, real: NYC Council's FY2016 Schedule C, its members told
 * "two people of one name?" 57 times, $25.0M of awards ignored).
 */
function sponsorsOfFunded(matrix: Matrix, m: RowMatch): boolean {
  if (m.tab !== LEADERSHIP) return false;
  const name = m.columns.find((c) => c.id === LEADERSHIP.col.name.id);
  const organisation = m.columns.find((c) => c.id === LEADERSHIP.col.organization.id);
  if (!name || !organisation || m.columns.some((c) => c !== name && PERSON_IDS.has(c.id))) return false;
  // A seat's header (`council_member`, `Sponsor`), not a bare `Name`: a staff list with vacant posts has
  // fewer names than departments too (a reviewer's repro: ten department heads' pay summed as partners).
  if (!SPONSOR_SEAT.test(name.header)) return false;
  const committed = PARTNERS.col.committed.id;
  if (!m.unknown.some((u) => matchHeader(PARTNERS, u.header)?.column.id === committed)) return false;
  const names = new Set<string>();
  const organisations = new Set<string>();
  let unnamed = 0;
  let named = 0;
  for (
    let r = m.row + 1;
    r < matrix.length && r <= m.row + NAMES_SAMPLED * 10 && organisations.size < NAMES_SAMPLED * 2;
    r++
  ) {
    const funded = cellText(matrix[r]?.[organisation.index] ?? null).trim();
    if (funded === "") continue;
    organisations.add(funded.toLowerCase());
    const sponsor = cellText(matrix[r]?.[name.index] ?? null).trim();
    if (sponsor === "") unnamed++;
    else {
      names.add(sponsor.toLowerCase());
      named++;
    }
  }
  if (organisations.size < 2) return false;
  const fewer = names.size < organisations.size && (unnamed > 0 || names.size * 2 <= organisations.size);
  return fewer || (names.size >= 2 && names.size * 2 <= named);
}

/**
 * Is `m` Leadership read, without a Name, from a `Title` and nothing else only people have, on a row
 * another of whose headers says its rows are projects (`PROJECT`, `Capital project`, `Budget line`:
 * PROJECT_HEADERS)? Then the titles are the projects' (`DUANE PARK UPGRADES`), not people's: the row is
 * no near miss of a people list (corpus round fj, real: NYC Council's capital register, `PROJECT … SPONSOR,
 * TITLE, DESC, FY26 … FY29`, told to name a Name column and that its rows looked like Leadership).
 */
function projectsTitled(m: RowMatch, texts: HeaderTexts): boolean {
  if (m.tab !== LEADERSHIP || m.hasKey) return false;
  const title = m.columns.find((c) => c.id === LEADERSHIP.col.title.id);
  if (title === undefined) return false;
  if (m.columns.some((c) => c !== title && (PERSON_IDS.has(c.id) || c.id === LEADERSHIP.col.email.id))) return false;
  return texts.some((t, i) => t !== undefined && i !== title.index && saysProjects(t));
}

/** A header saying its rows are projects (the schema's PROJECT_HEADERS: `Project`, `Project ID`, `Budget line`). */
function saysProjects(header: string): boolean {
  const key = normalizeHeader(header);
  return PROJECT_KEYS.some((p) => key.includes(p));
}
const PROJECT_KEYS = PROJECT_HEADERS.projects.map(normalizeHeader);

/** A header naming the seat whose holder sponsors a line's money (see sponsorsOfFunded; the schema's SPONSOR_SEATS). */
const SPONSOR_SEAT = new RegExp(
  `${wordsPattern(SPONSOR_SEATS.seats)}|(?:${wordsPattern(SPONSOR_SEATS.wordEnd)})\\b`,
  "i",
);

/** The first NAMES_SAMPLED filled text cells under row `row` of `column`: a key column's names. */
function namesUnder(matrix: Matrix, row: number, column: number): string[] {
  const names: string[] = [];
  for (let r = row + 1; r < matrix.length && names.length < NAMES_SAMPLED; r++) {
    const cell = matrix[r]?.[column];
    if (typeof cell === "string" && !isBlank(cell)) names.push(cell);
  }
  return names;
}

/**
 * A company's legal form ending its name (`PTY LTD`, `Inc.`, `(Indigenous Corporation)`): the schema's
 * LEGAL_FORMS, not those as often a state's code or other (`Denver CO`).
 */
const LEGAL_FORM_END = new RegExp(`\\b(?:${legalFormsPattern(LEGAL_FORMS.forms)})\\.?\\)?\\s*$`, "i");

/**
 * Is a Foundation reading's Initiative a bare `name` over companies (`FOUR GUMTREE ROAD PTY LTD`), a
 * third of them at least? Then the rows are organisations, not initiatives (a helper's round, real:
 * Supply Nation's 6,204 businesses hinted `--tab Foundation --map "name=Initiative"`).
 */
function initiativesNamedAsCompanies(matrix: Matrix, m: RowMatch): boolean {
  if (m.tab !== FOUNDATION) return false;
  const key = m.columns.find((c) => c.id === FOUNDATION.col.initiative.id);
  return key !== undefined && isBareName(key.header) && companiesUnder(matrix, m.row, key.index);
}

/** Are a third at least of the names under `row` in `column` companies' (LEGAL_FORM_END), one at least? */
function companiesUnder(matrix: Matrix, row: number, column: number): boolean {
  const names = namesUnder(matrix, row, column);
  const companies = names.filter((name) => LEGAL_FORM_END.test(name)).length;
  return companies >= 1 && companies * 3 >= names.length;
}

/** The figures of a column's first rows added up (text read as amounts; what is no amount as 0). */
function columnSum(matrix: Matrix, row: number, column: number): number {
  let sum = 0;
  for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 10; r++) {
    const cell = matrix[r]?.[column];
    const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
    if (v !== undefined && Number.isFinite(v)) sum += v;
  }
  return sum;
}

/** Has the column a filled cell in its first NAMES_SAMPLED × 4 rows? */
function anyFilled(matrix: Matrix, row: number, column: number): boolean {
  for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 4; r++) {
    if (!isBlank(matrix[r]?.[column])) return true;
  }
  return false;
}

/** The small words of people's names (the schema's NAME_PARTICLES), as a set. */
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** `Name`, `NAME`, `Names`: a header that says nothing of whether it names people or organisations. */
/**
 * `Full name` beside `Short name`: an organisation's name and its acronym, as a consortium lists its
 * partners (a helper's round, real: an EU project's, hinted as Leadership alone). A person's `Full
 * name` stands beside no short one.
 */
function fullNameOfAcronym(header: string, seen: readonly string[]): boolean {
  return normalizeHeader(header) === "fullname" && seen.some((h) => normalizeHeader(h) === "shortname");
}

function isBareName(header: string): boolean {
  return BARE_NAMES.has(normalizeHeader(header));
}

/**
 * `Sponsor` alone, as a sponsorship list heads its sponsors: with no Partner column, they are the
 * partners, not a champion of each (a helper's round, real: a public broadcaster's sponsors, exit 3,
 * and with --tab Partners "no Partner column", `SPONSOR → Champion`). So with a remark in brackets, as
 * matchHeader reads a synonym (a helper's round, real: Saudi sport sponsorships' `Sponsor name (parent
 * entity)` — beside an amount, exit 3 and "name a Partner column", where `Sponsor name` is the Partner).
 */
function isSponsor(header: string): boolean {
  return SPONSOR_NAMES.has(normalizeHeader(header)) || SPONSOR_NAMES.has(normalizeHeader(withoutBrackets(header)));
}
const SPONSOR_NAMES: ReadonlySet<string> = new Set(SPONSOR_HEADERS.map(normalizeHeader));

/** `Name` as the languages of users' sheets write it alone (NAME_WORDS, as Leadership's Name reads them). */
const BARE_NAMES: ReadonlySet<string> = new Set([...NAME_WORDS, ...NAME_PLURALS].map(normalizeHeader));

/**
 * The scanned row with the most filled cells (the first of them): when nothing matched, the row a
 * reader takes for the headers, rather than a title above it.
 */
function widestRow(matrix: Matrix, firstFilled: number): number {
  // A row of headers before a row of data, however wide: a header row whose first cell is blank (a
  // hospital list's `| Number of incidents | …` over its trusts) was passed over for its first trust.
  let best = firstFilled;
  let most = 0;
  let bestWords = -1;
  let mostWords = 0;
  // Of those, a row of words alone: a data row with one figure among many words (a CSV row whose
  // address holds unquoted commas, `3, Club Rio, Pasaje 7, oficina 2 …`: wider than its header row)
  // is no header row to quote (a helper's round: Chile's lobbying register, "row 3 has 1186 …").
  let bestText = -1;
  let mostText = 0;
  for (let r = firstFilled, scanned = 0; r < matrix.length && scanned < HEADER_SCAN_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    scanned++;
    const filled = cells.filter((c) => !isBlank(c)).length;
    if (filled > most) [best, most] = [r, filled];
    if (filled < 2 || looksLikeData(cells)) continue;
    if (filled > mostWords) [bestWords, mostWords] = [r, filled];
    // (Figures kept as text, `3,340,685`, are figures too: a grants table stored so had its first
    // council quoted as the headers, not the `Initial ($) | Final ($)` row above it — a helper's round.)
    if (filled > mostText && !cells.some((c) => isFigure(c) || isFigure(textFigure(c))))
      [bestText, mostText] = [r, filled];
  }
  // As wide as half the widest at least: a short title row is no header row before a header with a
  // figure among its words (a pandas export's `… | End Date | 0`).
  if (bestText >= 0 && mostText * 2 >= mostWords) return bestText;
  return bestWords >= 0 ? bestWords : best;
}

/** A number that is no year nor a month's date heading a column (dataSigns counts these as data). */
function isFigure(cell: Cell): boolean {
  return (
    typeof cell === "number" &&
    !(Number.isInteger(cell) && cell >= 1900 && cell <= 2100) &&
    !(Number.isInteger(cell) && cell >= HEADER_DATES[0] && cell < HEADER_DATES[1])
  );
}

/** Text holding a figure with its digits grouped or a currency (`3,340,685`, `$1,200`) as its number. */
function textFigure(cell: Cell): Cell {
  return typeof cell === "string" && /\d[,.]\d{3}|[$£€]\s*\d/.test(cell) ? (coerceNumber(cell) ?? null) : null;
}

/** The header row's first cell is blank over a column of text below it: that column has no header. */
function unheadedFirstColumn(matrix: Matrix, row: number): boolean {
  const cells = matrix[row] ?? [];
  if (!isBlank(cells[0]) || cells.every((c) => isBlank(c))) return false;
  // Years across the top (`2015, 2016, 2018, Grand_Total`): a table of figures by year, its first
  // column the measures (`Award_Amount`), no partners to head (a helper's round, real: a transit
  // awards report's Summary sheet, told to head its measures Partner).
  const filled = cells.filter((c) => !isBlank(c));
  const years = filled.filter((c) => /^(?:FY\s*)?(?:19|20)\d{2}$/i.test(String(c).trim())).length;
  if (years >= 3 && years * 3 >= filled.length * 2) return false;
  let text = false;
  let names = 0;
  let alone = 0;
  // Rows carrying data with the column blank: a group's rows under its title.
  let under = 0;
  for (let r = row + 1; r < Math.min(matrix.length, row + GROUP_ROWS_LOOKED_AT); r++) {
    const cells = matrix[r] ?? [];
    const cell = cells[0];
    if (isBlank(cell)) {
      if (!isBlankRow(cells)) under++;
      continue;
    }
    // Row numbers a program wrote (`0`, `1`, `2` in a CSV, pandas' index) head no partner (a helper's
    // round, real: Finland's election-funding disclosures, told to head them Partner: 1,085 partners
    // named 0–1084).
    if (r <= row + 5 && (typeof cell !== "string" || coerceNumber(cell) !== undefined)) return false;
    text = true;
    names++;
    if (cells.every((c, i) => i === 0 || isBlank(c))) alone++;
  }
  // Names each alone on its row, above rows that carry the data and leave the column blank, are group
  // titles (a firm over its buildings): headed Partner, every data row would be "Partner is empty" (a
  // helper's round, real: a lighting institute's resources, 27 of 30 rows). A name with its data on
  // its own row, anywhere in the rows looked at, says a list of partners (a reviewer's repro: names
  // with nothing yet above one anonymous pledge lost the hint).
  return text && !(alone === names && under >= names);
}

/** What the no-header message says of a first column to head (the CLI's hint reads it: no --map names it). */
export const UNHEADED_FIRST_COLUMN = "its first column has no header";

/** How many rows under the header row unheadedFirstColumn reads for group titles. */
const GROUP_ROWS_LOOKED_AT = 51;

/** The previous non-blank row directly above `row`, if it is there and holds headers, not data. */
function headerLikeRow(matrix: Matrix, row: number): readonly Cell[] | undefined {
  const cells = matrix[row];
  if (row < 0 || !Array.isArray(cells) || isBlankRow(cells) || looksLikeData(cells)) return undefined;
  return cells;
}

/**
 * Two header rows read as one: group titles above (often merged, so the title sits in the first
 * cell of its span) and the real headers below. A column takes the two together when they name a
 * column (`Amount` under `Paid` → `Paid Amount`), else the lower text, else the upper title alone
 * when nothing is below it (a header merged down over both rows); the same text on both rows is that
 * header too (merged down, its value read into each row: fillMergedDown), and no group title.
 */
function combine(upper: readonly Cell[], lower: readonly Cell[], tab: TabSpec): HeaderTexts {
  const width = Math.max(upper.length, lower.length);
  const out: (string | undefined)[] = [];
  let group: string | undefined;
  for (let i = 0; i < width; i++) {
    const up = textsOf([upper[i]])[0];
    const low = textsOf([lower[i]])[0];
    // The same text on both rows: one header merged down over them (as the sheet is read), no group
    // title over the columns after it (`Unit/ Sector Unit/ Sector`, real: Frontex's grants).
    if (up !== undefined && up === low) {
      group = undefined;
      out.push(low);
      continue;
    }
    if (up !== undefined) group = up;
    else if (!isBlank(upper[i])) group = undefined;
    if (low === undefined) {
      out.push(up);
      continue;
    }
    const joined =
      group === undefined ? undefined : [`${group} ${low}`, `${low} ${group}`].find((t) => matchHeader(tab, t));
    out.push(joined ?? low);
  }
  return out;
}

function twoRowHeader(matrix: Matrix, best: RowMatch): RowMatch {
  const r = best.row;
  const above = headerLikeRow(matrix, r - 1);
  const below = headerLikeRow(matrix, r + 1);
  let result = best;
  if (above) {
    const m = matchTexts(combine(above, matrix[r], best.tab), matrix[r], r, r - 1, best.tab);
    if (m.columns.length > result.columns.length) result = m;
  }
  if (below && result === best) {
    const m = matchTexts(combine(matrix[r], below, best.tab), below, r + 1, r, best.tab);
    if (m.columns.length > result.columns.length) result = m;
    // A header merged down over two rows, some columns headed on the second row alone: the two rows
    // are the header even when the second heads no tracker column (corpus round fi, real: Frontex's
    // grants, `Address of the beneficiary` in E2 under A1:A2, B1:B2 … merged, lost from every report
    // and row 2 called "the header row again").
    else if (secondHeaderLine(matrix[r], below) && sameColumns(m, best)) result = m;
  }
  return result;
}

/**
 * Is `lower` the second line of a header merged down over two rows: text only, some of `upper`'s
 * headers said again in their columns (a merged cell's value, as the sheet is read: fillMergedDown),
 * and the others' cells saying more only where `upper` heads nothing (`Address of the beneficiary` in
 * E2 under an empty E1)? Not the header said again whole (a page's header repeated, no merge: the
 * header row again), nor a row of values under headers (it says none of them again).
 */
function secondHeaderLine(upper: readonly Cell[], lower: readonly Cell[]): boolean {
  let same = 0;
  let more = 0;
  // Saved as CSV, a merged cell keeps its text in its first row only: the second line holds nothing
  // but the headers of the columns `upper` leaves blank between its headers (`,,Address of the
  // beneficiary,` under `Grant No,Name of Beneficiary,,Total GRANTED`). Words only, as headers are —
  // not a note typed beside the table (past its last header) nor a value (a figure, a date).
  const firstHead = upper.findIndex((h) => !isBlank(h));
  let lastHead = upper.length - 1;
  while (lastHead >= 0 && isBlank(upper[lastHead])) lastHead--;
  let inGaps = true;
  for (let c = 0; c < lower.length; c++) {
    const below = lower[c];
    if (isBlank(below)) continue;
    if (typeof below !== "string") return false;
    const above = upper[c];
    if (isBlank(above)) {
      more++;
      inGaps &&= c > firstHead && c < lastHead && below.trim().length <= 60 && !/\d/.test(below);
    } else if (typeof above === "string" && above.trim() === below.trim()) same++;
    else return false;
  }
  return more > 0 && (same > 0 || inGaps);
}

/** Do two readings map the same tracker columns, in the same columns? */
function sameColumns(a: RowMatch, b: RowMatch): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c) => b.columns.some((d) => d.id === c.id && d.index === c.index))
  );
}

/**
 * Is the row a data dictionary's line under the headers, most of its cells a sentence on its column
 * (`Agency that is managing the project development process`), or some — and the others the header
 * above said again (`Project Name` under `Project Name`)? Headers are labels: such a row is no header
 * row, whatever labels it holds beside (`Project ID`: real, NYC's capital projects dashboard, read from
 * its description row while its header row above went unread).
 */
function describesColumns(cells: readonly Cell[], above: readonly Cell[] | undefined): boolean {
  let filled = 0;
  let sentences = 0;
  let repeats = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "string" && (cell.match(/\p{L}{2,}/gu)?.length ?? 0) >= 5) sentences++;
    else if (above && !isBlank(above[c]) && headerText(above[c]).trim() === headerText(cell).trim()) repeats++;
  }
  if (filled < 4) return false;
  return sentences * 2 > filled || (repeats > 0 && sentences >= 2 && (sentences + repeats) * 2 >= filled);
}

/** The first of the scanned rows with the most filled cells (the header row, or the row under it). */
function firstWidestRow(matrix: Matrix): number {
  let best = -1;
  let most = 0;
  for (let r = 0, scanned = 0; r < matrix.length && scanned < HEADER_SCAN_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    scanned++;
    let filled = 0;
    for (const c of cells) if (!isBlank(c)) filled++;
    if (filled > most) [best, most] = [r, filled];
  }
  return best;
}

/** The header row and its matches, or the NoHeaderError that explains why there is none. */
function findHeader(matrix: Matrix, wanted: TabSpec | undefined, only?: number): RowMatch | NoHeaderError {
  const tabs = wanted ? [wanted] : TABS;
  let closest: RowMatch | undefined;
  let lone: RowMatch | undefined;
  let firstFilled = -1;
  // The first scanned row of two cells or more: a row under it may describe its columns.
  let wide = -1;
  let scanned = 0;
  const lastCandidate = firstWidestRow(matrix);
  for (let row = only ?? 0; row < matrix.length && scanned < HEADER_SCAN_ROWS; row++) {
    // The user said which row the headers are on: that row alone.
    if (only !== undefined && row > only) break;
    const cells = matrix[row];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    if (firstFilled < 0) firstFilled = row;
    scanned++;
    const signs = dataSigns(cells);
    // (A line describing columns stands under their headers: the first row of several cells heads the
    // columns, however long its headers — a form's questions, `What time does the organisation open?`:
    // corpus round fh, real: England's free-meals providers, their `Org Name` row passed over and the
    // sheet hinted as Assets by its addresses.)
    const headed = wide >= 0 && wide < row;
    if (wide < 0 && cells.filter((c) => !isBlank(c)).length > 1) wide = row;
    if (signs === "marked" || (headed && describesColumns(cells, matrix[row - 1]))) continue;
    const texts = textsOf(cells);
    if (signs === "dates") {
      // Dates among the words: a header row only if its words name the key column and one more (a
      // month's date over each column of figures); never the closest row or a fallback.
      let m: RowMatch | undefined;
      for (const t of tabs) {
        const here = matchTexts(texts, cells, row, row, t);
        if (qualifies(here, false) && better(here, m)) m = here;
      }
      if (m) return twoRowHeader(matrix, m);
      continue;
    }
    let here = readRow(matrix, texts, cells, row, wanted, (m) => {
      // A row of one cell is a title or a note (`Notes` under a table): the closest header row only
      // when the range has no row of more cells (a one-column list headed `Name`).
      // Rows under the first widest row are its data: a value there that is also a header
      // (`Resources`, a committee's name) is not the closest header row (real: a KPI table was sent
      // to Assets, its fourth row quoted as the headers).
      if ((only !== undefined || row <= lastCandidate) && (m.filled > 1 ? closer(m, closest) : closer(m, lone))) {
        if (m.filled > 1) closest = m;
        else lone = m;
      }
    });
    if (here && !wanted) here = choiceWithoutEmptyColumns(matrix, texts, cells, row, here);
    // The first row that qualifies is the header row (SPEC), whatever rows below might name.
    if (here) return twoRowHeader(matrix, here);
  }
  return noHeaderError(matrix, wanted, closest ?? lone, firstFilled);
}

/**
 * The reading of one row of words that makes it a header row (of `wanted`, or of the tab its headers
 * name best), or undefined when it is none. `seen` is shown each tab's reading, for the closest row.
 */
function readRow(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
  wanted: TabSpec | undefined,
  seen?: (m: RowMatch) => void,
): RowMatch | undefined {
  let here: RowMatch | undefined = !wanted
    ? (asOrganisations(matrix, texts, cells, row) ?? asAssets(matrix, texts, cells, row))
    : wanted === PARTNERS
      ? nameAsPartner(matrix, texts, cells, row)
      : wanted === ASSETS
        ? nameAsAsset(matrix, texts, cells, row)
        : undefined;
  const readings: RowMatch[] = [];
  for (const t of here ? [] : wanted ? [wanted] : TABS) {
    const m = matchTexts(texts, cells, row, row, t);
    // A bare `Name` alone still comes closest as Leadership's, its names people's or not: which, the
    // hint leaves to the user, for people or organisations alike. Read off the first rows, it would
    // change the hint as rows are added (corpus round fh, real: Bath's community gardens, hinted
    // `Name=Initiative` for 5, 6 or 8 gardens, people or organisations for 4 or 7). Not over companies'
    // names: those the hint offers as the Partner.
    if (
      !wanted &&
      namesNoPeople(matrix, m) &&
      (m.columns.length > 1 || companiesUnder(matrix, m.row, m.columns[0].index))
    )
      continue;
    if (!wanted && (initiativesNamedAsCompanies(matrix, m) || sponsorsOfFunded(matrix, m))) continue;
    if (!wanted && projectsTitled(m, texts)) continue;
    seen?.(m);
    const qualified = qualifies(m, wanted !== undefined) && (wanted !== undefined || !keyByRowNumber(m, texts, cells));
    if (qualified) readings.push(m);
    if (qualified && better(m, here)) here = m;
  }
  if (here && !wanted) here = keyFilledReading(matrix, here, readings);
  return here;
}

/**
 * Is `m` a tab's reading of two columns, one a bare row number (`#`, `No.`, `ID`: BARE_ID), the other a
 * header another tab reads as its own key? Then only the row number says which tab, and a running
 * number is no key (corpus round fh, real: Malaysia's financing directory, `# | Issuer / Programme
 * Name`, read as Foundation's Initiative ID and Initiative where `Issuer` names the partner).
 */
function keyByRowNumber(m: RowMatch, texts: HeaderTexts, cells: readonly Cell[]): boolean {
  const keyOf = (t: TabSpec, c: MappedColumn) => KEY_COLUMNS[t.name].some((k) => k.id === c.id);
  const numbers = m.columns.filter((c) => BARE_ID.has(normalizeHeader(c.header)) && keyOf(m.tab, c));
  if (m.columns.length !== 2 || numbers.length !== 1) return false;
  const other = m.columns.find((c) => c !== numbers[0]) as MappedColumn;
  return TABS.some((t) => {
    if (t === m.tab) return false;
    const read = matchTexts(texts, cells, m.row, m.firstRow, t);
    return read.columns.some((c) => c.index === other.index && keyOf(t, c));
  });
}

/**
 * The tab a row's headers were read as, chosen again without the columns it maps that are empty on
 * every data row: an empty column is no evidence of what the rows are (a helper's round, real:
 * Tasmania's 263 councillors, `name, start_date, end_date, …, council, email`, read as Partners — a
 * `name` with a start and an end is an agreement's party — for two date columns blank on every row:
 * "no issues", and `new --from` copied the councillors into tblPartners and dropped `council`; without
 * them, Leadership). Another tab is taken only when it qualifies on the filled columns; its reading
 * then keeps the empty columns it maps. A tab that qualifies only with its empty columns (a tracker
 * just begun, its amounts not yet typed) keeps them, as does a block of fewer than two data rows.
 */
function choiceWithoutEmptyColumns(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
  chosen: RowMatch,
): RowMatch {
  // Its key column empty is rows that lack their key (`Partner is empty`), no sign of another tab.
  const keys = KEY_COLUMNS[chosen.tab.name];
  const key = new Set(chosen.columns.filter((c) => keys.some((k) => k.id === c.id)).map((c) => c.index));
  const evidence = chosen.columns.flatMap((c) => (key.has(c.index) ? [] : [c.index]));
  if (emptyColumns(matrix, row, evidence).size === 0) return chosen;
  // The row read again without every empty column, not only the chosen tab's: another tab's reading
  // may rest on empty columns too.
  const empty = emptyColumns(
    matrix,
    row,
    texts.flatMap((t, i) => (t === undefined || key.has(i) ? [] : [i])),
  );
  const other = readRow(
    matrix,
    texts.map((t, i) => (empty.has(i) ? undefined : t)),
    cells.map((c, i) => (empty.has(i) ? null : c)),
    row,
    undefined,
  );
  if (!other || other.tab === chosen.tab) return chosen;
  const full = matchTexts(texts, cells, row, row, other.tab);
  const back = full.columns.filter((c) => empty.has(c.index) && !other.columns.some((o) => o.id === c.id));
  const unknown = [...empty]
    .filter((i) => !back.some((c) => c.index === i))
    .map((index) => ({ header: headerText(cells[index]).trim(), index }));
  return {
    ...other,
    columns: [...other.columns, ...back].sort((a, b) => a.index - b.index),
    unknown: [...other.unknown.filter((u) => !empty.has(u.index)), ...unknown].sort((a, b) => a.index - b.index),
    filled: full.filled,
  };
}

/**
 * Of `columns` (indexes of a header row's cells), those blank on every data row under `row`; none when
 * there are no data rows. Reads down only while some column has had no value yet.
 */
function emptyColumns(matrix: Matrix, row: number, columns: readonly number[]): Set<number> {
  const pending = new Set(columns);
  let rows = 0;
  for (let r = row + 1; r < matrix.length && pending.size > 0; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    rows++;
    for (const i of pending) if (!isBlank(cells[i])) pending.delete(i);
  }
  return rows >= EMPTY_ROWS_MIN ? pending : new Set();
}

/** Data rows emptyColumns needs: one row's blank cell is a value not yet typed, not an empty column. */
const EMPTY_ROWS_MIN = 2;

/**
 * Of a row's readings by several tabs, the one `better` chose — unless its key column is blank on most
 * rows while another tab reads as many of the row's headers and finds its own key on nearly every row:
 * then that one. A key left blank on most rows is weak evidence of the tab (a helper's round, real:
 * Selangor's housing projects, `project_id | project_name | developer | status`, read as Partners for a
 * `developer` named on 2 of 16 projects — 14 "developer is empty" errors, and `new --from` wrote
 * nameless partners and dropped every project's name — where Foundation reads ID, name and status, the
 * name on every row). A ledger's partner left blank on some rows (a gift not yet attributed) keeps its
 * tab: the rule needs the key blank on more than half, and another reading as wide.
 */
function keyFilledReading(matrix: Matrix, chosen: RowMatch, readings: readonly RowMatch[]): RowMatch {
  const weak = keyBlanks(matrix, chosen);
  if (weak.rows < KEY_ROWS_MIN || weak.blank * 2 <= weak.rows) return chosen;
  // Money the chosen reading maps is its evidence: another reading leaving an amount column out is no
  // better (a reviewer's repro: a partners list headed Initiative ID, Initiative, Partner, Committed,
  // its partners named on one row in four, read as Foundation and its $300,000 ignored).
  const money = (m: RowMatch, c: MappedColumn) => m.tab.columns.find((s) => s.id === c.id)?.type === "currency";
  const amounts = chosen.columns.filter((c) => money(chosen, c)).map((c) => c.index);
  let instead: RowMatch | undefined;
  for (const m of readings) {
    if (m.tab === chosen.tab || !m.hasKey || m.columns.length < chosen.columns.length) continue;
    if (amounts.some((i) => !m.columns.some((c) => c.index === i && money(m, c)))) continue;
    const other = keyBlanks(matrix, m);
    if (other.blank * 4 >= other.rows) continue;
    if (better(m, instead)) instead = m;
  }
  return instead ?? chosen;
}

/**
 * The data rows under a reading's header row (of the first KEY_ROWS_READ filled ones, Total rows aside),
 * and how many of them leave every key column it reads blank (or hold a placeholder there: `--`, `N/A`).
 */
function keyBlanks(matrix: Matrix, m: RowMatch): { rows: number; blank: number } {
  const keys = KEY_COLUMNS[m.tab.name];
  const at = m.columns.filter((c) => keys.some((k) => k.id === c.id)).map((c) => c.index);
  let rows = 0;
  let blank = 0;
  for (let r = m.row + 1; r < matrix.length && rows < KEY_ROWS_READ; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    if (cells.some((c) => typeof c === "string" && totalKind(c) !== NOT_TOTAL)) continue;
    rows++;
    if (at.every((i) => isBlank(cells[i]) || isPlaceholder(cells[i]))) blank++;
  }
  return { rows, blank };
}

/**
 * Filled data rows keyFilledReading reads at most, and needs at least to judge a key mostly blank (fewer
 * are no majority to go by: a list of three with one blank name is a list with a gap).
 */
const KEY_ROWS_READ = 200;
const KEY_ROWS_MIN = 4;

function toMapping(match: RowMatch): HeaderMapping {
  const mappedIds = new Set(match.columns.map((c) => c.id));
  return {
    tab: match.tab.name,
    headerRow: match.row,
    firstHeaderRow: match.firstRow,
    columns: match.columns,
    unknown: match.unknown,
    missing: match.tab.columns.filter((c) => !mappedIds.has(c.id)),
    score: mappedIds.size / match.tab.columns.length,
  };
}

/**
 * An override (mapHeaders) that leaves a column out on purpose: unmapped, as null leaves it, and not
 * read beside the mapping either (HeaderMapping.ignored) — the task pane's "(ignore)" where the check
 * would read the column (the amounts' currency, a person's name).
 */
export const IGNORED_COLUMN = "(ignore)";

/**
 * `mapping` as the readings beside it see it: `unknown` without the columns it leaves out on purpose
 * (HeaderMapping.ignored: `--map "Year=Ignore"`, a `mapping` argument's `Year | Ignore`, the task pane's
 * "(ignore)"). The same mapping when there are none.
 *
 * One mechanism, not a check in each reading: some two dozen readings look among `unknown` for a
 * column the tracker has no place for — the amounts' currency, a name's other half, a year, a place, a
 * country, a pay, an organisation's number, a record number, a project, a payment's date … — and a new
 * one is written as easily. TypedCells keeps this view as its `mapping` (`t.mapping`, which they all
 * read), so a column the user said to ignore is in none of them; a column merely unmapped still is.
 * The mapping a caller was given keeps `unknown` whole: the report lists the ignored columns from it
 * (`check`'s "Ignored:", `--json`'s ignoredColumns), and `ignored` stays on the view (a column past
 * the last the mapping names is one of its own: runOnValues.ts).
 */
export function besideMapping(mapping: HeaderMapping): HeaderMapping {
  const ignored = mapping.ignored;
  if (ignored === undefined || ignored.length === 0) return mapping;
  const unknown = mapping.unknown.filter((u) => !ignored.includes(u.index));
  return unknown.length === mapping.unknown.length ? mapping : { ...mapping, unknown };
}

/** `mapping` with the columns at `indexes` left out on purpose (HeaderMapping.ignored), where any is. */
function withIgnored(mapping: HeaderMapping, indexes: readonly number[]): HeaderMapping {
  const mapped = new Set(mapping.columns.map((c) => c.index));
  const ignored = [...new Set(indexes)].filter((i) => i >= 0 && !mapped.has(i)).sort((a, b) => a - b);
  return ignored.length > 0 ? { ...mapping, ignored } : mapping;
}

/**
 * Finds the header row (the first of the first 20 non-empty rows that names the tab's key column and
 * one more, so titles and notes above it are skipped), infers the tab when it is not given, and maps
 * each header to a schema column. `overrides` (0-based column index → column id, or null for
 * "ignore", or IGNORED_COLUMN for "ignore, and do not read it beside the mapping either") lets the
 * task pane apply a mapping the user corrected. `headerRow` (0-based) is the row
 * the user says the headers are on (the command line's `--header-row`): that row is read as the header
 * row, or a NoHeaderError names what it holds — never a row below it that names more (real: NYC's
 * capital projects dashboard, a row of column descriptions under its headers). Throws NoHeaderError (a
 * TrackerError) naming what it saw when no row qualifies.
 */
export function mapHeaders(
  matrix: Matrix,
  tab?: TabName | string | null,
  overrides?: Readonly<Record<number, string | null>>,
  headerRow?: number,
): HeaderMapping {
  const wanted = resolveTab(tab);
  let found = findHeader(matrix, wanted, headerRow);
  if (found instanceof NoHeaderError) {
    // A user who maps the columns by hand has told us the first row is the header row (or the row given).
    const first = headerRow ?? matrix.findIndex((row) => Array.isArray(row) && !isBlankRow(row));
    if (!(overrides && wanted && first >= 0)) throw found;
    found = matchTexts(textsOf(matrix[first]), matrix[first], first, first, wanted);
  }
  const guessed = checkedAgainstData(matrix, found, HEADER_NAMES);
  // The key column read from a header whose cells hold codes, not names (guesses.ts codesAreNoNames):
  // without it the row names no key, so it is no header row of the tab the key made it.
  const keys = KEY_COLUMNS[found.tab.name];
  if (!wanted && !overrides && found.hasKey && !guessed.columns.some((c) => keys.some((k) => k.id === c.id))) {
    const firstFilled = matrix.findIndex((row) => Array.isArray(row) && !isBlankRow(row));
    throw noHeaderError(matrix, undefined, { ...guessed, hasKey: false }, firstFilled);
  }
  // Nor is a row whose second column the data took back (`type` over Park, Plaza: no Sector), its key
  // alone left: SPEC asks the key and one more (a helper's round, real: DC's parks, "Leadership, no
  // issues" for 47 parks, and `new --from` wrote them as champions).
  // (A roster's only: a Partners list of names alone is a directory, and read so.)
  if (!wanted && !overrides && found.tab === LEADERSHIP && found.columns.length >= 2 && guessed.columns.length < 2) {
    const firstFilled = matrix.findIndex((row) => Array.isArray(row) && !isBlankRow(row));
    throw noHeaderError(matrix, undefined, guessed, firstFilled);
  }
  // Nor is a programme list's, its Partner a kind of recipient said again beside each programme's name
  // and only Notes beside it (guesses.ts programmesListed; real: Chicago's IIJA programme list).
  const programmes = !wanted && !overrides ? programmesListed(matrix, guessed, HEADER_NAMES) : undefined;
  if (programmes) throw programmeListError(matrix, guessed.row, programmes);
  if (!overrides) return toMapping(guessed);
  const ignored = Object.entries(overrides).flatMap(([i, id]) => (id === IGNORED_COLUMN ? [Number(i)] : []));
  return withIgnored(toMapping(applyOverrides(matrix, guessed, overrides)), ignored);
}

/**
 * A list of programmes read as Partners by a kind of recipient (programmesListed): no header row of a
 * tab, and the way on is the programme's name as Initiative — or the recipient as Partner, if its values
 * are organisations after all.
 */
function programmeListError(matrix: Matrix, row: number, found: ProgrammeList): NoHeaderError {
  const seen = (matrix[row] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
  const { programme, partner, value, rows } = found;
  const { initiative } = FOUNDATION.col;
  return new NoHeaderError(
    `No ${PARTNERS.name} or ${FOUNDATION.name} header row: row ${row + 1} has ${listSeen(seen)} — ${partner.header} ` +
      `says the same values on most rows (${quote(value)} on ${rows}) beside ${programme.header}, a different one ` +
      `on each: a list of programmes and who may receive them, not of partners. Map ${programme.header} to ` +
      `${initiative.name} to check them as initiatives, or ${partner.header} to ${PARTNERS.col.partner.name} if ` +
      `its values are organisations (the \`mapping\` argument).`,
    FOUNDATION.name,
    row,
    seen,
    false,
    { tab: PARTNERS.name, header: partner.header, column: PARTNERS.col.partner.name },
    programme.header,
  );
}

function headerTextAt(matrix: Matrix, match: RowMatch, index: number): string {
  const known = [...match.columns, ...match.unknown].find((c) => c.index === index);
  return known?.header ?? headerText((matrix[match.row] ?? [])[index]).trim();
}

function applyOverrides(matrix: Matrix, match: RowMatch, overrides: Readonly<Record<number, string | null>>): RowMatch {
  const cells = matrix[match.row] ?? [];
  const byIndex = new Map<number, MappedColumn>(match.columns.map((c) => [c.index, c]));
  for (const [key, id] of Object.entries(overrides)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0) continue;
    byIndex.delete(index);
    if (id === null || id === undefined || id === IGNORED_COLUMN) continue;
    const column = match.tab.columns.find((c) => c.id === id);
    if (!column) {
      throw new TrackerError("#VALUE!", `The ${match.tab.name} tab has no column "${id}".`);
    }
    for (const [i, c] of byIndex) if (c.id === id) byIndex.delete(i); // a column maps once
    byIndex.set(index, { id, name: column.name, header: headerTextAt(matrix, match, index) || column.name, index });
  }
  const columns = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const unknown: { header: string; index: number }[] = [];
  const width = Math.max(cells.length, ...match.unknown.map((u) => u.index + 1), 0);
  for (let index = 0; index < width; index++) {
    if (byIndex.has(index)) continue;
    const header = headerTextAt(matrix, match, index);
    if (header !== "") unknown.push({ header, index });
  }
  const keys = KEY_COLUMNS[match.tab.name];
  return { ...match, columns, unknown, hasKey: columns.some((c) => keys.some((k) => k.id === c.id)) };
}

/** What a mapping's right-hand cell says to do with a header: a column of the tab, or nothing. */
const IGNORE = new Set(["", "ignore", "(ignore)", "none", "skip", "-", "—"]);

/**
 * Does a mapping's right-hand cell say to leave the header out (`Ignore`, `(ignore)`, `-`, blank)? Then
 * on purpose: the column is not read beside the mapping either (HeaderMapping.ignored).
 */
export function saysIgnore(column: string): boolean {
  return IGNORE.has(column.trim().toLowerCase());
}

/**
 * A mapping by hand (SPEC "Mapping by hand"): pairs of (your header, tracker column), as the
 * `mapping` argument's two-column range, the CLI's `--map "Your header=Tracker column"` and the task
 * pane's editor give them. A mapping wins over any guess; headers it does not name are matched as
 * usual. The tab is `tab`, else the one whose columns the pairs name, else inferred. The header row
 * is the first of the first 20 non-empty rows holding the most of the mapping's headers. A header
 * the mapping names but the sheet lacks, or a tracker column the tab lacks, is a TrackerError saying
 * which.
 */
export function mappingFromPairs(
  matrix: Matrix,
  tab: TabName | string | null | undefined,
  pairs: readonly (readonly [userHeader: string, trackerColumn: string])[],
): HeaderMapping {
  const given = resolveTab(tab);
  const wanted = pairs.filter(([header]) => header.trim() !== "");
  if (wanted.length === 0) return mapHeaders(matrix, given?.name ?? null);
  const target = given ?? tabOfPairs(matrix, wanted);
  const resolved = wanted.map(([header, column]) => {
    const name = column.trim();
    if (saysIgnore(name)) return { header, column: null, currency: "", scale: 1 };
    const spec =
      target.columns.find((c) => normalizeHeader(c.name) === normalizeHeader(name)) ??
      matchHeader(target, name)?.column;
    if (!spec) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names "${name}", which is not a ${target.name} column — use one of: ` +
          `${target.columns.map((c) => c.name).join(", ")}; or Ignore, to leave the column out.`,
      );
    }
    // `Committed (EUR)`: the column, and the currency its amounts are in where the sheet names none.
    const currency = spec.type === "currency" ? mappedCurrency(name) : "";
    // `Committed (RUB millions)`, `Committed (£m)`: the multiple the amounts are in, too.
    const scale = spec.type === "currency" ? mappedScale(name) : 1;
    return { header, column: spec.id, currency, scale };
  });
  // The header row: the scanned row holding the most of the mapping's headers — its own, or as
  // group titles above it name them (`TOTAL Sum of Dollars obligated`: SPEC, two header rows read as one),
  // or one of a repeated header's columns by its place (`Department (2)`).
  // A column named by its letter (`C`, `Column C`) where no header says that: a column whose header
  // cell is blank can be mapped (a helper's round, real: the Hutchins Center's relief tracker, 986
  // amounts under an empty C1, `--map "C=Committed"` refused).
  const lettered = resolved.filter((r) => COLUMN_BY_LETTER.test(r.header));
  const byName = resolved.filter((r) => !COLUMN_BY_LETTER.test(r.header));
  const keys = byName.map((r) => normalizeHeader(r.header));
  const bases = byName.map((r) => {
    const named = repeatedHeader(r.header);
    return named ? normalizeHeader(named.header) : undefined;
  });
  let row = -1;
  let most = 0;
  // Without any of them, the widest row is the one a reader takes for the headers.
  let widest = -1;
  let widestFilled = 0;
  const named = (r: number): number => {
    const have = new Set([
      ...matrix[r].map((c) => normalizeHeader(headerText(c))),
      ...groupedHeaders(matrix, r),
      ...titlesAlone(matrix, r),
    ]);
    return keys.filter((k, i) => have.has(k) || (bases[i] !== undefined && have.has(bases[i]))).length;
  };
  let r = 0;
  for (let scanned = 0; r < matrix.length && scanned < HEADER_SCAN_ROWS; r++) {
    if (!Array.isArray(matrix[r]) || isBlankRow(matrix[r])) continue;
    scanned++;
    const filled = matrix[r].filter((c) => !isBlank(c)).length;
    if (filled > widestFilled) [widest, widestFilled] = [r, filled];
    const n = named(r);
    if (n > most) [row, most] = [r, n];
    // The same headers again on the next row, the row above's cells said again in the row under it: a
    // header merged down over two rows (a file's reader writes a merged cell's text in each of its
    // cells), sub-headers beside them under a group title — the lower row is the header's, the upper
    // its title line (a helper's round, real: Japan's NPO subsidies, the lower row told "the header row again").
    else if (n === most && n > 0 && r === row + 1 && mergedDown(matrix[row], matrix[r], keys)) row = r;
  }
  // Not all of them among the first rows: a header row further down is named, never passed over as
  // "no such header" (real: South Africa's lottery payments, its header on row 5,056 under 5,055 rows).
  if (most < keys.length) {
    for (; r < matrix.length; r++) {
      const cells = matrix[r];
      if (!Array.isArray(cells) || cells.filter((c) => typeof c === "string").length < keys.length) continue;
      if (named(r) < keys.length) continue;
      throw new TrackerError(
        "#VALUE!",
        `The mapping's headers are on row ${formatNumber(r + 1)}, under ${formatNumber(r)} rows — move that row to the top ` +
          `of the range (rows above a header row are not read), or start the range at it.`,
      );
    }
  }
  // Columns named by their letters alone: the header row is the one the tab's headers make, else the
  // first filled row — not the widest, which under a blank header cell is a data row (a reviewer's
  // repro) — and a first row of figures is no header row, said (a headerless export would lose its
  // first record without a word).
  if (row < 0 && lettered.length > 0) {
    const guess = findHeader(matrix, target);
    row =
      guess instanceof NoHeaderError
        ? matrix.findIndex((cells) => Array.isArray(cells) && !isBlankRow(cells))
        : guess.row;
    // A list without a header row (an export of records alone): its first row is data, and the
    // mapping by letters is all that names its columns — no row of it is lost as a header (a helper's
    // round: a donor list without headers was told to add one when it had said which column is which).
    // A record, not headers: marked as data (an email, TRUE, a date typed as text, figures outnumbering
    // words), or a figure where the mapping puts an amount (`$5,000`: no header is one) — not a row of
    // month headings over columns of figures (`Org | Jan-23 | Feb-23`, their serials: a reviewer's repro,
    // read as a partner "Org" of $44,927).
    const amounts = lettered
      .filter((l) => ["currency", "number"].includes(target.columns.find((c) => c.id === l.column)?.type ?? ""))
      .map((l) => matrix[row]?.[letteredColumn(l.header)] ?? null);
    const dated = amounts.some(
      (c) => (typeof c === "string" && DATE_LIKE.test(c.trim())) || (typeof c === "number" && !isFigure(c)),
    );
    const record =
      row >= 0 &&
      !dated &&
      (dataSigns(matrix[row]) === "marked" ||
        amounts.some((c) => typeof c === "string" && coerceNumber(c) !== undefined) ||
        amounts.some(isFigure));
    if (row >= 0 && guess instanceof NoHeaderError && record && byName.length === 0) row--;
    else if (row >= 0 && guess instanceof NoHeaderError && record) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names columns by their letters and by headers, but row ${row + 1} holds data, not headers ` +
          `(${listSeen((matrix[row] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim()))}) — ` +
          `add a header row above the data, or name every column by its letter.`,
      );
    }
  }
  const cells = row >= 0 ? matrix[row] : [];
  const normalized = cells.map((c) => normalizeHeader(headerText(c)));
  const grouped = row >= 0 ? groupedHeaders(matrix, row) : [];
  const alone = row >= 0 ? titlesAlone(matrix, row) : [];
  // (A header row's own `C` is that header.)
  const placed = new Map<string, number>();
  for (const r of lettered) {
    const key = normalizeHeader(r.header);
    if (normalized.includes(key) || grouped.includes(key) || alone.includes(key)) byName.push(r);
    else placed.set(r.header, letteredColumn(r.header));
  }
  const missing = byName.filter(
    (r) =>
      !normalized.includes(normalizeHeader(r.header)) &&
      !grouped.includes(normalizeHeader(r.header)) &&
      !alone.includes(normalizeHeader(r.header)) &&
      repeatAt(normalized, r.header) === undefined &&
      repeatAt(grouped, r.header) === undefined,
  );
  if (missing.length > 0) {
    const guess = row >= 0 ? undefined : findHeader(matrix, target);
    const at = row >= 0 ? row : guess && !(guess instanceof NoHeaderError) ? guess.row : widest;
    const seen = (matrix[at] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
    const names = missing.map((m) => `"${m.header.trim()}"`).join(", ");
    throw new TrackerError(
      "#VALUE!",
      `The mapping names ${names}, but the range has no such header` +
        (at >= 0 ? ` (row ${at + 1} has ${listSeen(seen)})` : " (the range is empty)") +
        ` — correct the mapping or include that column.`,
    );
  }
  // One tracker column from one header: two mapped to it would have the first dropped without a word
  // (a helper's round: Norway's freight and grain subsidies, both `=Committed`, summed one of the two).
  for (const [i, r] of resolved.entries()) {
    const other = resolved.findIndex(
      (o, j) =>
        j > i && o.column !== null && o.column === r.column && normalizeHeader(o.header) !== normalizeHeader(r.header),
    );
    if (other < 0) continue;
    const column = target.columns.find((c) => c.id === r.column)!.name;
    throw new TrackerError(
      "#VALUE!",
      `The mapping maps both "${r.header.trim()}" and "${resolved[other].header.trim()}" to ${column} — a tracker ` +
        `column takes one of your columns: map one, and the other to another column or Ignore. To add them up, ` +
        `add a column that sums them and map that.`,
    );
  }
  // Each header's column: by its group title and header together when so named, else by the header
  // alone — which must then be the only one (three `Sum of Dollars obligated` under COUNTY, OTHER and
  // TOTAL: the first was taken without a word, and summed the county's share as the whole).
  const texts = [...textsOf(cells)];
  const indexOf = new Map<string, number>();
  const width = matrix.reduce((most, cells) => Math.max(most, Array.isArray(cells) ? cells.length : 0), 0);
  for (const [header, at] of placed) {
    if (at >= width) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names column ${columnLetter(at + 1)} ("${header.trim()}"), but the range ends at column ` +
          `${columnLetter(Math.max(width, 1))} — correct the mapping or include that column.`,
      );
    }
    indexOf.set(header, at);
    if (isBlank(cells[at])) texts[at] = `(column ${columnLetter(at + 1)})`;
  }
  for (const r of byName) {
    const key = normalizeHeader(r.header);
    // Its group title and header together, once — or one of several so named by its place (`Categorical
    // State Aid (2)`: a state auditor's three-row headers, `Non-` over the first of two).
    const byGroups = grouped.flatMap((n, i) => (n === key ? [i] : []));
    const byGroup = byGroups.length === 1 ? byGroups[0] : (repeatAt(grouped, r.header) ?? -1);
    if (byGroup >= 0) {
      indexOf.set(r.header, byGroup);
      texts[byGroup] = r.header.trim();
      continue;
    }
    if (byGroups.length > 1) throw headsSeveral(r.header.trim(), byGroups);
    const all = normalized.flatMap((n, i) => (n === key ? [i] : []));
    if (all.length === 0) {
      // A group title over its one column (`Total` over `Uitgave per inwoner`) names that column.
      const titled = alone.indexOf(key);
      if (titled >= 0) texts[titled] = r.header.trim();
      indexOf.set(r.header, titled >= 0 ? titled : (repeatAt(normalized, r.header) as number));
      continue;
    }
    if (all.length > 1) {
      const header = r.header.trim();
      // Named by their titles where a row of them stands above (and tells them apart); else by their
      // place, as a user who cannot rename a published file's columns can say it (a county's
      // `Department`, `Department`).
      const titled = all.map((i) => groupedText(matrix, row, i));
      if (grouped[all[0]] && new Set(titled.map(normalizeHeader)).size === all.length) {
        throw new TrackerError(
          "#VALUE!",
          `The mapping names "${header}", which heads ${all.length} columns (${titled.map((t) => `"${t}"`).join(", ")}) — ` +
            `say which: name it with the title above it.`,
        );
      }
      throw headsSeveral(header, all);
    }
    indexOf.set(r.header, all[0]);
  }
  // A header the mapping names with its currency (`Total $`) is not one without any (`Total`, over
  // square metres on another sheet): reading past the sign put a bridge's area in Committed (a helper's
  // round, real: Tasmania's council workbook, "$142,630").
  const unsigned = resolved.filter((r) => {
    const at = indexOf.get(r.header);
    return CURRENCY_SIGN.test(r.header) && at !== undefined && !CURRENCY_SIGN.test(texts[at] ?? "");
  });
  if (unsigned.length > 0) {
    const names = unsigned.map((u) => `"${u.header.trim()}"`).join(", ");
    const seen = cells.filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
    throw new TrackerError(
      "#VALUE!",
      `The mapping names ${names}, but the range has no such header (row ${row + 1} has ${listSeen(seen)}, ` +
        `none with that currency sign) — correct the mapping or include that column.`,
    );
  }
  const guessed = matchTexts(texts, cells, row, row, target);
  const overrides: Record<number, string | null> = {};
  // In Partners, a bare `Name` is the partner's when nothing else is (as check guesses it without a
  // mapping): mapping another column by hand does not take it away (real: an organisations list,
  // `--map "Type=Sector"` turned `Name → Partner` into "There is no Partner column").
  const partner = PARTNERS.col.partner.id;
  if (
    target === PARTNERS &&
    !guessed.columns.some((c) => c.id === partner) &&
    !resolved.some((r) => r.column === partner)
  ) {
    const nameAt = cells.findIndex((c) => typeof c === "string" && (isBareName(c) || isSponsor(c)));
    if (nameAt >= 0) overrides[nameAt] = partner;
  }
  for (const r of resolved) overrides[indexOf.get(r.header) as number] = r.column;
  const labelled = toMapping(applyOverrides(matrix, checkedAgainstData(matrix, guessed, HEADER_NAMES), overrides));
  // Without a header row, the columns the mapping leaves out are named by their letters too.
  const unlabelled = isBlankRow(cells) ? { ...labelled, unknown: unheadedColumns(matrix, labelled) } : labelled;
  // A column mapped by its letter over a blank header cell is named by its place where messages quote it.
  const blankAt = new Set([...placed.values()].filter((at) => isBlank(cells[at])));
  const mapping =
    blankAt.size === 0
      ? unlabelled
      : {
          ...unlabelled,
          columns: unlabelled.columns.map((c) =>
            blankAt.has(c.index) ? { ...c, header: `(column ${columnLetter(c.index + 1)})` } : c,
          ),
        };
  // Headers the mapping says to ignore are left out on purpose: not read beside it either.
  const ignoring = withIgnored(
    mapping,
    resolved.filter((r) => r.column === null).map((r) => indexOf.get(r.header) as number),
  );
  const currencies = resolved.filter((r) => r.currency);
  const scales = resolved.filter((r) => r.scale !== 1);
  if (currencies.length === 0 && scales.length === 0) return ignoring;
  return {
    ...ignoring,
    ...(currencies.length > 0
      ? { mappedCurrencies: Object.fromEntries(currencies.map((r) => [indexOf.get(r.header) as number, r.currency])) }
      : {}),
    ...(scales.length > 0
      ? { mappedScales: Object.fromEntries(scales.map((r) => [indexOf.get(r.header) as number, r.scale])) }
      : {}),
  };
}

/** A list without a header row: its columns the mapping leaves out that hold something, by their letters. */
function unheadedColumns(matrix: Matrix, mapping: HeaderMapping): HeaderMapping["unknown"] {
  const mapped = new Set(mapping.columns.map((c) => c.index));
  const filled = new Set<number>();
  for (let r = mapping.headerRow + 1; r < matrix.length; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells)) continue;
    cells.forEach((c, i) => (mapped.has(i) || isBlank(c) ? undefined : filled.add(i)));
  }
  return [...filled].sort((a, b) => a - b).map((index) => ({ header: `(column ${columnLetter(index + 1)})`, index }));
}

/** A column named by its letter in a mapping: `C`, `Column C`, `(column AB)`, `col. C`. */
const COLUMN_BY_LETTER = /^\s*(?:([A-Z])|\(?\s*col(?:umn)?\.?\s+([A-Z]{1,2})\s*\)?)\s*$/i;

/** The 0-based column a header matching COLUMN_BY_LETTER names (`C` → 2, `Column AB` → 27). */
function letteredColumn(header: string): number {
  const m = COLUMN_BY_LETTER.exec(header) as RegExpExecArray;
  let at = 0;
  for (const ch of (m[1] ?? m[2]).toUpperCase()) at = at * 26 + (ch.charCodeAt(0) - 64);
  return at - 1;
}

/** `Department (2)`: a header and its place among the columns it heads, as a mapping names one of them. */
const REPEATED_HEADER = /^(.*\S)\s*\((\d{1,2})\)$/;

/** How a mapping names the `nth` (1-based) of the columns headed `header`. */
export function repeatedHeaderName(header: string, nth: number): string {
  return `${header.trim()} (${nth})`;
}

/** `Department (2)` read as the header and its place; undefined for any other header. */
export function repeatedHeader(text: string): { header: string; nth: number } | undefined {
  const m = REPEATED_HEADER.exec(text.trim());
  return m ? { header: m[1], nth: Number(m[2]) } : undefined;
}

/**
 * The column a header named by its place (`Department (2)`) stands in, among headers `normalized`
 * (normalised, one per column); undefined when the header is not so named or has no such place.
 */
export function repeatAt(normalized: readonly string[], text: string): number | undefined {
  const named = repeatedHeader(text);
  if (!named) return undefined;
  const base = normalizeHeader(named.header);
  const all = normalized.flatMap((n, i) => (n === base ? [i] : []));
  return named.nth >= 1 && all.length > 1 ? all[named.nth - 1] : undefined;
}

/**
 * The currency a mapping by hand names for an amount column (`Committed (EUR)`, `Committed (£)`): any
 * ISO 4217 code the runtime knows (`Committed (ARS)`: Buenos Aires' works printed as dollars, the
 * code dropped without a word), and a code it does not know is said, never dropped.
 */
function mappedCurrency(name: string): string {
  const named = headerCurrency(name);
  if (named !== "") return named;
  // `(EUR)`, or with its multiple: `(RUB millions)`, `(RUB m)`.
  const code = /\(\s*([A-Za-z]{3})(?:\s+[\p{L}']+)?\s*\)\s*$/u.exec(name)?.[1]?.toUpperCase();
  if (code === undefined) return "";
  if (ISO_CURRENCIES.has(code)) return code;
  throw new TrackerError(
    "#VALUE!",
    `The mapping names "${name}": ${code} is not a currency code — use one such as EUR, GBP or BRL (ISO 4217).`,
  );
}

/**
 * The multiple a mapping by hand names for an amount column: `Committed (RUB millions)`, `(£m)`,
 * `(thousands)`, `(EUR k)` — 1 for none. A helper's round (real: Russia's presidential grants,
 * `--map "sum_mln=Committed (RUB millions)"` taken without a word, its millions summed as units).
 */
function mappedScale(name: string): number {
  const inside = /\(([^()]*)\)\s*$/.exec(name)?.[1];
  if (inside === undefined) return 1;
  const scale = headerScale(`(${inside})`);
  if (scale !== 1) return scale;
  const rest = inside
    .replace(/[£$€¥₹]/gu, " ")
    .replace(/\b[A-Za-z]{3}\b(?=\s)/u, " ")
    .trim()
    .toLowerCase();
  return /^(?:k|thousands?|'?000s?)$/.test(rest)
    ? 1e3
    : /^(?:m|mn|mln|mio|millions?)$/.test(rest)
      ? 1e6
      : /^(?:bn|bln|billions?)$/.test(rest)
        ? 1e9
        : 1;
}

/**
 * Is `lower` the second row of a header merged down over two rows: text only, each of the mapping's
 * headers (`keys`, normalised) on `upper` said again under it, and other cells saying more (sub-headers
 * under a group title)? Not the header row said again whole, a page's header repeated; nor a row
 * describing each column under it (`Project ID` under `PID`), which says none of the mapping's headers again.
 */
function mergedDown(
  upper: readonly Cell[] | undefined,
  lower: readonly Cell[] | undefined,
  keys: readonly string[],
): boolean {
  if (!Array.isArray(upper) || !Array.isArray(lower)) return false;
  let same = 0;
  let more = 0;
  for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
    const above = upper[c];
    const below = lower[c];
    const again = typeof above === "string" && typeof below === "string" && above.trim() === below.trim();
    if (!again && typeof above === "string" && keys.includes(normalizeHeader(above))) return false;
    if (isBlank(below)) continue;
    if (typeof below !== "string") return false;
    if (again) same++;
    else more++;
  }
  return same > 0 && more > 0;
}

/**
 * Row `row`'s headers read with the group titles of the header-like row above them (normalised;
 * "" where either is missing): a title merged over several columns sits in the first cell of its
 * span and goes on until the next. Empty when there is no such row above.
 */
function groupedHeaders(matrix: Matrix, row: number): string[] {
  const above = headerLikeRow(matrix, row - 1);
  const cells = matrix[row];
  if (!above || !Array.isArray(cells)) return [];
  return cells.map((_, i) => normalizeHeader(groupedText(matrix, row, i)));
}

/**
 * Row `row`'s group titles (from the header-like row above) that stand over one column only, each in
 * its column, normalised ("" elsewhere): a title a mapping may name alone (real: a Flemish pivot's
 * `Total` over its `Uitgave per inwoner`; `--map "Total=Committed"` was "no such header").
 */
function titlesAlone(matrix: Matrix, row: number): string[] {
  const above = headerLikeRow(matrix, row - 1);
  const cells = matrix[row];
  if (!above || !Array.isArray(cells)) return [];
  const titles = matrix[row - 1] ?? [];
  return cells.map((_, i) => {
    if (isBlank(titles[i]) || isBlank(cells[i])) return "";
    // Its span ends at the next title, or at the row's last header.
    const next = i + 1;
    const spansMore = next < cells.length && !isBlank(cells[next]) && isBlank(titles[next]);
    return spansMore ? "" : normalizeHeader(headerText(titles[i]));
  });
}

/** "The mapping names X, which heads N columns (C, D) — say which by its place: "X (1)" is column C, …". */
function headsSeveral(header: string, columns: readonly number[]): TrackerError {
  return new TrackerError(
    "#VALUE!",
    `The mapping names "${header}", which heads ${columns.length} columns ` +
      `(${columns.map((i) => columnLetter(i + 1)).join(", ")}) — say which by its place: ` +
      columns.map((i, n) => `"${repeatedHeaderName(header, n + 1)}" is column ${columnLetter(i + 1)}`).join(", ") +
      ".",
  );
}

/** Column `i`'s group title (from the row above) and header together, or "" (see groupedHeaders). */
function groupedText(matrix: Matrix, row: number, i: number): string {
  const above = matrix[row - 1] ?? [];
  let group = "";
  for (let c = i; c >= 0; c--) {
    if (!isBlank(above[c])) {
      group = headerText(above[c]).trim();
      break;
    }
  }
  const low = headerText((matrix[row] ?? [])[i]).trim();
  return group === "" || low === "" ? "" : `${group} ${low}`;
}

/** The tab whose columns a mapping names (most of them), else the tab the headers suggest. */
function tabOfPairs(matrix: Matrix, pairs: readonly (readonly [string, string])[]): TabSpec {
  const counts = TABS.map((t) => pairs.filter(([, column]) => matchHeader(t, column) !== undefined).length);
  const most = Math.max(...counts);
  const found = findHeader(matrix, undefined);
  const guessed = found instanceof NoHeaderError ? undefined : found.tab;
  if (most === 0) return guessed ?? PARTNERS;
  const tied = TABS.filter((_, i) => counts[i] === most);
  return guessed && tied.includes(guessed) ? guessed : tied.includes(PARTNERS) ? PARTNERS : tied[0];
}

const TITLE_CELLS = new Set(["trackercolumn", "trackerheader", "column", "mapsto", "tracker"]);

/** Reads the `mapping` argument's two-column range into pairs, skipping blank rows and a title row. */
export function pairsOfRange(range: Matrix): [string, string][] {
  const pairs: [string, string][] = [];
  range.forEach((row, i) => {
    const header = headerText(row?.[0]).trim();
    const column = headerText(row?.[1]).trim();
    if (header === "" && column === "") return;
    // The task pane writes a title row above the pairs ("Your header | Tracker column").
    if (i === 0 && TITLE_CELLS.has(normalizeHeader(column))) return;
    pairs.push([header, column]);
  });
  return pairs;
}
