/**
 * A row read as one tab's header row (RowMatch, matchTexts): which of its headers name which of the tab's
 * columns, and when a second header for a column wins over the first. How two readings compare
 * (qualifies, better), a reading corrected by overrides (applyOverrides), and the HeaderMapping it
 * becomes (toMapping). Split from headers.ts.
 */
import { type ColumnSpec, FOUNDATION, GENERIC_HEADERS, KEY_COLUMNS, PARTNERS, TABS, type TabSpec } from "../schema";
import { isBlank, normalizeHeader } from "./text";
import { EXACT, headerText, isBareName, matchHeader } from "./headerMatch";
import { IGNORED_COLUMN } from "./ignoredColumns";
import { fundersPart } from "./ownShare";
import { capitalProgrammeRow } from "./capitalProgrammes";
import { type Cell, type HeaderMapping, type MappedColumn, type Matrix, TrackerError } from "./types";

/** How many non-empty rows from the top are candidates for the header row (SPEC: the first 20). */
export const HEADER_SCAN_ROWS = 20;

export interface RowMatch {
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
export type HeaderTexts = readonly (string | undefined)[];

export function textsOf(cells: readonly Cell[] | undefined): HeaderTexts {
  return (cells ?? []).map((cell) => (isBlank(cell) || typeof cell !== "string" ? undefined : cell.trim()));
}

export function matchTexts(
  texts: HeaderTexts,
  cells: readonly Cell[],
  row: number,
  firstRow: number,
  tab: TabSpec,
): RowMatch {
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
    // A total beside a grant and the beneficiary's own share: the grant, whichever is the stronger synonym.
    const part =
      previous && match?.column.id === PARTNERS.col.committed.id
        ? fundersPart(text, previous.header, texts, (h) => matchHeader(tab, h)?.column.id === match.column.id)
        : undefined;
    const namesIt =
      match !== undefined &&
      previous !== undefined &&
      previous.strength === match.strength &&
      ((previous.belowTitle && !match.belowTitle) ||
        saysName(match.column, text, previous.header) ||
        grantOverBudget(match.column, text, previous.header));
    if (
      !match ||
      (previous && (part === false || (part === undefined && previous.strength >= match.strength && !namesIt)))
    ) {
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

/** A body's own spending and income, as its accounts head them (normalised headers; see matchTexts). */
const OWN_SPENDING = /^(?:total)?expenditures?$/;
const OWN_INCOME = /^(?:total)?(?:revenues?|income)$/;

/** A project's title, the Initiative over a programme's name (see matchTexts). */
const PROJECT_TITLE: ReadonlySet<string> = new Set(["projecttitle", "projectname"]);

/** `Subrecipient`, `Sub-grantee`, `Subawardee name`: the party below the one its other half names. */
const SUB_PARTY = /^sub(recipient|grantee|awardee)/;

const KEY_COLUMN_IDS: ReadonlySet<string> = new Set(TABS.flatMap((t) => KEY_COLUMNS[t.name].map((c) => c.id)));

/** SPEC: the key column plus one more; with `tab` given, any two columns of that tab. */
export function qualifies(m: RowMatch, tabGiven: boolean): boolean {
  return m.columns.length >= 2 && (tabGiven || (m.hasKey && !allGeneric(m) && !capitalProgramme(m)));
}

/** A capital programme's `id | project` beside its budgets by year (capitalProgrammeRow): no tab unasked. */
export function capitalProgramme(m: RowMatch): boolean {
  return capitalProgrammeRow(m, (h) => GENERIC_KEYS.has(normalizeHeader(h)));
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

export function better(a: RowMatch, b: RowMatch | undefined): boolean {
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

export function namesMoney(m: RowMatch): boolean {
  return m.columns.some((c) => m.tab.columns.find((s) => s.id === c.id)?.type === "currency");
}

export function namesKeyPlainly(m: RowMatch): boolean {
  // Not an Initiative or Program column: a ledger of any tab has one beside what it lists (grants by
  // programme: `Fiscal year | Amount | Program` is a Partners ledger without its Partner column).
  if (m.tab === FOUNDATION) return false;
  const keys = KEY_COLUMNS[m.tab.name];
  return m.columns.some((c) => keys.some((k) => k.id === c.id) && !isBareName(c.header));
}

function sameHeaders(a: RowMatch, b: RowMatch): boolean {
  return a.columns.every((c, i) => c.index === b.columns[i]?.index);
}

export function toMapping(match: RowMatch): HeaderMapping {
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

function headerTextAt(matrix: Matrix, match: RowMatch, index: number): string {
  const known = [...match.columns, ...match.unknown].find((c) => c.index === index);
  return known?.header ?? headerText((matrix[match.row] ?? [])[index]).trim();
}

export function applyOverrides(
  matrix: Matrix,
  match: RowMatch,
  overrides: Readonly<Record<number, string | null>>,
): RowMatch {
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
