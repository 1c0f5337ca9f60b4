import { PARTNERS, TABS, tabByName, type ColumnSpec, type TabName, type TabSpec } from "../schema";
import { cellText, isBlank, isBlankRow } from "./text";
import { TrackerError, type HeaderMapping, type Matrix, type MappedColumn } from "./types";

/**
 * Finding the header row of a user's block and matching its headers to the schema. Users write
 * `Org name`, `Pledge ($)`, `MOU signed?`: case, spacing, punctuation and the schema's synonyms do
 * not matter, and a parenthesised unit or hint (`Start (mm/dd/yyyy)`) is ignored when needed.
 */

/** `MOU signed?` → `mousigned`; `Initiative #` → `initiativeid` (`#` is how people write "number/ID"). */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/#/g, " id ")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]/g;

/** Exact schema names beat synonyms, so `Status` maps to Status even if another column lists it. */
const EXACT = 2;
const SYNONYM = 1;

interface Candidate {
  readonly column: ColumnSpec;
  readonly strength: number;
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
  return lookup;
}

const LOOKUPS: ReadonlyMap<TabName, Lookup> = new Map(TABS.map((t) => [t.name, buildLookup(t)]));

/** The schema column a header names in `tab`, if any. */
export function matchHeader(tab: TabSpec, header: string): Candidate | undefined {
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
  return tryKey(full) ?? tryKey(normalizeHeader(header.replace(PARENTHESISED, " ")));
}

/** How many non-empty rows from the top are candidates for the header row (titles sit above it). */
const HEADER_SCAN_ROWS = 10;

interface RowMatch {
  readonly row: number;
  readonly tab: TabSpec;
  readonly columns: MappedColumn[];
  readonly unknown: { header: string; index: number }[];
  readonly exact: number;
  readonly filled: number;
}

function matchRow(matrix: Matrix, row: number, tab: TabSpec): RowMatch {
  const cells = matrix[row] ?? [];
  const taken = new Map<string, { position: number; strength: number }>();
  const columns: (MappedColumn | undefined)[] = [];
  const unknown: { header: string; index: number }[] = [];
  let exact = 0;
  let filled = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (isBlank(cell)) continue;
    filled++;
    const header = cellText(cell).trim();
    const match = typeof cell === "string" ? matchHeader(tab, header) : undefined;
    const previous = match ? taken.get(match.column.id) : undefined;
    if (!match || (previous && previous.strength >= match.strength)) {
      // A second header for a column already found (or a number, which no header is): ignored.
      unknown.push({ header, index });
      continue;
    }
    if (previous) {
      // This header names the column exactly where the earlier one was only a synonym.
      const demoted = columns[previous.position] as MappedColumn;
      unknown.push({ header: demoted.header, index: demoted.index });
      columns[previous.position] = undefined;
    }
    taken.set(match.column.id, { position: columns.length, strength: match.strength });
    columns.push({ id: match.column.id, name: match.column.name, header, index });
    if (match.strength === EXACT) exact++;
  }
  const mapped = columns.filter((c): c is MappedColumn => c !== undefined);
  unknown.sort((a, b) => a.index - b.index);
  return { row, tab, columns: mapped, unknown, exact, filled };
}

/**
 * A header row names every cell it has, or at least two columns that make up a third of its filled
 * cells. The share matters: a data row passed without its header (`tblLeadership` instead of
 * `tblLeadership[#All]`) can contain a word that is also a header ("Champion", "Government").
 */
function recognisable(m: RowMatch): boolean {
  const n = m.columns.length;
  return (n >= 1 && n === m.filled) || (n >= 2 && n * 3 >= m.filled);
}

function better(a: RowMatch, b: RowMatch | undefined): boolean {
  if (!b) return true;
  if (a.columns.length !== b.columns.length) return a.columns.length > b.columns.length;
  if (a.row !== b.row) return a.row < b.row;
  if (a.exact !== b.exact) return a.exact > b.exact;
  return a.columns.length / a.tab.columns.length > b.columns.length / b.tab.columns.length;
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

function noHeaderError(tab: TabSpec | undefined): TrackerError {
  const example = tab ?? PARTNERS;
  const what = tab ? `${tab.name} column` : "tracker column";
  return new TrackerError(
    "#VALUE!",
    `No header row found: the first rows of the range name no ${what}. Include the header row — ` +
      `for a table pass ${example.table}[#All], not ${example.table}.`,
  );
}

/**
 * Finds the header row (the first non-empty rows are scanned, so a title above the headers is
 * skipped), infers the tab when it is not given, and maps each header to a schema column.
 * `overrides` (0-based column index → column id, or null for "ignore") lets the task pane apply a
 * mapping the user corrected.
 */
export function mapHeaders(
  matrix: Matrix,
  tab?: TabName | string | null,
  overrides?: Readonly<Record<number, string | null>>,
): HeaderMapping {
  const wanted = resolveTab(tab);
  const tabs = wanted ? [wanted] : TABS;
  let best: RowMatch | undefined;
  let firstFilled = -1;
  let scanned = 0;
  for (let row = 0; row < matrix.length && scanned < HEADER_SCAN_ROWS; row++) {
    if (isBlankRow(matrix[row])) continue;
    if (firstFilled < 0) firstFilled = row;
    scanned++;
    for (const t of tabs) {
      const m = matchRow(matrix, row, t);
      if (recognisable(m) && better(m, best)) best = m;
    }
  }
  // A user who maps the columns by hand has told us the first row is the header row.
  if (!best && overrides && wanted && firstFilled >= 0) best = matchRow(matrix, firstFilled, wanted);
  if (!best) throw noHeaderError(wanted);
  const match = overrides ? applyOverrides(matrix, best, overrides) : best;
  const mappedIds = new Set(match.columns.map((c) => c.id));
  return {
    tab: match.tab.name,
    headerRow: match.row,
    columns: match.columns,
    unknown: match.unknown,
    missing: match.tab.columns.filter((c) => !mappedIds.has(c.id)),
    score: mappedIds.size / match.tab.columns.length,
  };
}

function applyOverrides(matrix: Matrix, match: RowMatch, overrides: Readonly<Record<number, string | null>>): RowMatch {
  const cells = matrix[match.row] ?? [];
  const byIndex = new Map<number, MappedColumn>(match.columns.map((c) => [c.index, c]));
  for (const [key, id] of Object.entries(overrides)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0) continue;
    byIndex.delete(index);
    if (id === null || id === undefined) continue;
    const column = match.tab.columns.find((c) => c.id === id);
    if (!column) {
      throw new TrackerError("#VALUE!", `The ${match.tab.name} tab has no column "${id}".`);
    }
    for (const [i, c] of byIndex) if (c.id === id) byIndex.delete(i); // a column maps once
    byIndex.set(index, { id, name: column.name, header: cellText(cells[index]).trim() || column.name, index });
  }
  const columns = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const unknown: { header: string; index: number }[] = [];
  for (let index = 0; index < cells.length; index++) {
    if (!byIndex.has(index) && !isBlank(cells[index])) unknown.push({ header: cellText(cells[index]).trim(), index });
  }
  return { ...match, columns, unknown };
}
