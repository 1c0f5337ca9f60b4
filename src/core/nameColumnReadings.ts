/**
 * Whose names a row's name column holds, when its headers alone do not say (a bare `Name`, a `Sponsor`, a
 * seat's `council_member`, a `Title`): organisations' (asOrganisations), assets' (asAssets), people's
 * written surname first, projects' or companies'. The readings findHeader takes instead of the tabs'
 * plain ones, or leaves out. Split from headers.ts.
 */
import {
  ASSETS,
  FOUNDATION,
  KEY_COLUMNS,
  LEADERSHIP,
  LEGAL_FORMS,
  NAME_PARTICLES,
  PROGRAMME_NAME_WORDS,
  ORGANISATION_HEADERS,
  ORGANISATION_MARKS,
  PARTNERS,
  PERSON_COLUMNS,
  PROJECT_HEADERS,
  SPONSOR_SEATS,
} from "../schema";
import { cellText, isBlank, legalFormsPattern, normalizeHeader, wordsPattern } from "./text";
import { isBareName, isSponsor, matchHeader } from "./headerMatch";
import { REQUEST_HEADER } from "./moneyHeaders";
import {
  type HeaderTexts,
  type RowMatch,
  applyOverrides,
  matchTexts,
  namesKeyPlainly,
  namesMoney,
  qualifies,
} from "./headerRowReading";
import type { Cell, MappedColumn, Matrix } from "./types";

export const ORGANISATION_KEYS: ReadonlySet<string> = new Set(ORGANISATION_HEADERS.map(normalizeHeader));
export const PERSON_IDS: ReadonlySet<string> = new Set(PERSON_COLUMNS.map((c) => c.id));

/**
 * A bare `Name` beside a header only organisations have (a website, a charity or tax number) or an
 * amount of money (Leadership has none: `Name, Sector, Amount` is a grants list), and nothing only
 * people have (a title, a role): the rows are organisations, so this row is a Partners header with
 * `Name` as Partner — not Leadership's, whose `Name` is a person's. Undefined when the row is not such
 * a list, or names no second Partners column.
 */
export function asOrganisations(
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
  // Money asked of a `Sponsor` says funders too (corpus round hn, real: a department's sponsored-research
  // proposals, `Sponsor` beside `Total Requested`, exit 3): its proposals, each sponsor's on a row.
  const asked = isSponsor(texts[nameAt] as string) && texts.some((t) => t !== undefined && REQUEST_HEADER.test(t));
  const organisations =
    texts.some((t) => t !== undefined && ORGANISATION_KEYS.has(normalizeHeader(t))) ||
    ((namesMoney(partners) || asked) && !listsInitiatives(texts, cells, row, true)) ||
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
export function asAssets(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
): RowMatch | undefined {
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
export function nameAsPartner(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
): RowMatch | undefined {
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
export function nameAsAsset(
  matrix: Matrix,
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
): RowMatch | undefined {
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
export const NAMES_SAMPLED = 20;

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
export function namesNoPeople(matrix: Matrix, m: RowMatch): boolean {
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
    if (
      /\d/.test(text) ||
      words.length >= 5 ||
      words.some((w) => (/^\p{Ll}/u.test(w) && !PARTICLES.has(w)) || PROGRAMME_WORDS.has(w.toLowerCase()))
    )
      things++;
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
export function sponsorsOfFunded(matrix: Matrix, m: RowMatch): boolean {
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
export function projectsTitled(m: RowMatch, texts: HeaderTexts): boolean {
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
export const LEGAL_FORM_END = new RegExp(`\\b(?:${legalFormsPattern(LEGAL_FORMS.forms)})\\.?\\)?\\s*$`, "i");

/** An organisation's marks in a name in Japanese, Chinese or Korean script (the schema's ORGANISATION_MARKS). */
const MARK_WITHIN = new RegExp(`(?:${wordsPattern(ORGANISATION_MARKS.within)})`);
const MARK_ENDING = new RegExp(`(?:${wordsPattern(ORGANISATION_MARKS.ending)})\\s*$`);

/** Does a value name an organisation by its marks (`株式会社…`, `高松市`, `…大学`) or a legal form ending it (`… Ltd`)? */
function organisationNamed(value: string): boolean {
  const v = value.trim();
  return MARK_WITHIN.test(v) || MARK_ENDING.test(v) || LEGAL_FORM_END.test(v);
}

/**
 * Where no header names the Partner: the one column of the row's headers not yet read (`read`) whose values
 * name organisations (organisationNamed) — text, three at least of its first NAMES_SAMPLED, half of them
 * marked, most of them different — its header; undefined when no column or several are (corpus round fj,
 * real: Takamatsu's smart-city consortium, `groupName` over 株式会社…, 高松市, 香川大学, told to map
 * "<your header>"). Only the first rows are read.
 */
export function organisationsColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  const found: string[] = [];
  (matrix[row] ?? []).forEach((header, column) => {
    if (typeof header !== "string" || isBlank(header) || read.has(column)) return;
    const values: string[] = [];
    for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 4 && values.length < NAMES_SAMPLED; r++) {
      const cell = matrix[r]?.[column];
      if (isBlank(cell)) continue;
      if (typeof cell !== "string") return;
      values.push(cell.trim());
    }
    const marked = values.filter(organisationNamed).length;
    const different = new Set(values.map((v) => v.toLowerCase())).size;
    if (values.length >= 3 && marked * 2 >= values.length && different * 5 >= values.length * 4)
      found.push(header.trim());
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Is a Foundation reading's Initiative a bare `name` over companies (`FOUR GUMTREE ROAD PTY LTD`), a
 * third of them at least? Then the rows are organisations, not initiatives (a helper's round, real:
 * Supply Nation's 6,204 businesses hinted `--tab Foundation --map "name=Initiative"`).
 */
export function initiativesNamedAsCompanies(matrix: Matrix, m: RowMatch): boolean {
  if (m.tab !== FOUNDATION) return false;
  const key = m.columns.find((c) => c.id === FOUNDATION.col.initiative.id);
  return key !== undefined && isBareName(key.header) && companiesUnder(matrix, m.row, key.index);
}

/** Are a third at least of the names under `row` in `column` companies' (LEGAL_FORM_END), one at least? */
export function companiesUnder(matrix: Matrix, row: number, column: number): boolean {
  const names = namesUnder(matrix, row, column);
  const companies = names.filter((name) => LEGAL_FORM_END.test(name)).length;
  return companies >= 1 && companies * 3 >= names.length;
}

/** Has the column a filled cell in its first NAMES_SAMPLED × 4 rows? */
function anyFilled(matrix: Matrix, row: number, column: number): boolean {
  for (let r = row + 1; r < matrix.length && r <= row + NAMES_SAMPLED * 4; r++) {
    if (!isBlank(matrix[r]?.[column])) return true;
  }
  return false;
}

/** Words naming a funding programme (the schema's PROGRAMME_NAME_WORDS), as a set. */
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(PROGRAMME_NAME_WORDS);

/** The small words of people's names (the schema's NAME_PARTICLES), as a set. */
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
