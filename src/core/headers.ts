/**
 * Finding the header row of a user's block and matching its headers to the schema (SPEC "Finding
 * the header row", rev 2). Users write `Org name`, `Pledge ($)`, `Grantee`, `MOU signed?`: case,
 * spacing, punctuation and the schema's synonyms do not matter, and a parenthesised unit or hint
 * (`Start (mm/dd/yyyy)`) is ignored when needed. A header row names the tab's key column plus one
 * more of its columns, however many other columns the sheet has (open-data exports have 40).
 *
 * Here: mapHeaders, the way in, and findHeader's scan of the first rows — which row, which tab. The
 * parts it uses: one header matched (headerMatch.ts), a row read as a tab (headerRowReading.ts), whose
 * names a name column holds (nameColumnReadings.ts), rows of data (dataSigns.ts), two header rows
 * (twoHeaderRows.ts), the closest tab and the message when no row qualifies (closestTab.ts,
 * noHeaderMessage.ts), columns left out on purpose (ignoredColumns.ts). A mapping by hand is
 * mappingByHand.ts; a person's name in two columns, nameParts.ts; years in headers, headerYears.ts.
 */
import { ASSETS, KEY_COLUMNS, LEADERSHIP, PARTNERS, TABS, type TabName, type TabSpec, tabByName } from "../schema";
import { checkedAgainstData } from "./guesses";
import { programmesListed } from "./guessedLists";
import { NOT_TOTAL, totalKind } from "./notData";
import { isBlank, isBlankRow, isPlaceholder, normalizeHeader } from "./text";
import { BARE_ID, HEADER_NAMES, headerText } from "./headerMatch";
import { dataSigns } from "./dataSigns";
import { IGNORED_COLUMN, withIgnored } from "./ignoredColumns";
import {
  HEADER_SCAN_ROWS,
  type HeaderTexts,
  type RowMatch,
  applyOverrides,
  better,
  capitalProgramme,
  matchTexts,
  qualifies,
  textsOf,
  toMapping,
} from "./headerRowReading";
import {
  asAssets,
  asOrganisations,
  companiesUnder,
  initiativesNamedAsCompanies,
  nameAsAsset,
  nameAsPartner,
  namesNoPeople,
  projectsTitled,
  sponsorsOfFunded,
} from "./nameColumnReadings";
import { moneyBesideNames } from "./moneyBesideNames";
import { recipientsNamed } from "./recipientNames";
import { closer } from "./closestTab";
import { noHeaderError, programmeListError } from "./noHeaderMessage";
import { twoRowHeader } from "./twoHeaderRows";
import { type Cell, type HeaderMapping, type MappedColumn, type Matrix, NoHeaderError, TrackerError } from "./types";

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
export function findHeader(matrix: Matrix, wanted: TabSpec | undefined, only?: number): RowMatch | NoHeaderError {
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
  // A capital programme's `id | project` came closest (capitalProgramme): no Foundation sheet to hint.
  return noHeaderError(
    matrix,
    wanted,
    (closest && !capitalProgramme(closest) ? closest : undefined) ?? lone,
    firstFilled,
  );
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
    // (A bare `Name` over organisations beside the `Organization` granting their money: Name the Partner.)
    const m = recipientsNamed(matrix, texts, matchTexts(texts, cells, row, row, t));
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
    if (
      !wanted &&
      (initiativesNamedAsCompanies(matrix, m) || sponsorsOfFunded(matrix, m) || moneyBesideNames(matrix, m))
    )
      continue;
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
  // The key column read from a header whose cells hold codes, not names (guessedKeys.ts codesAreNoNames):
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
  // and only Notes beside it (guessedLists.ts programmesListed; real: Chicago's IIJA programme list).
  const programmes = !wanted && !overrides ? programmesListed(matrix, guessed, HEADER_NAMES) : undefined;
  if (programmes) throw programmeListError(matrix, guessed.row, programmes);
  if (!overrides) return toMapping(guessed);
  const ignored = Object.entries(overrides).flatMap(([i, id]) => (id === IGNORED_COLUMN ? [Number(i)] : []));
  return withIgnored(toMapping(applyOverrides(matrix, guessed, overrides)), ignored);
}
