/**
 * The mapping editor's data (no DOM): a sample value beside each header, a kept mapping turned
 * back into the editor's corrections, and the formula that uses the kept mapping.
 */
import {
  IGNORED_COLUMN,
  isBlank,
  isBlankRow,
  isPlaceholder,
  looksLikeData,
  mapBlocks,
  mapHeaders,
  mappingFromPairs,
  NoHeaderError,
  normalizeHeader,
  readBesideMapping,
  repeatAt,
  repeatedHeaderName,
  saysIgnore,
  validateRange,
  type ValidationResult,
} from "../../core";
import { withFormatCurrencies } from "../../core/coerce";
import { samplesShown } from "../../core/sampleShown";
import { mergedAreasWithin, withMergedAreas } from "../../core/mergedCells";
import type { Cell, HeaderMapping, Matrix } from "../../core/types";
import { a1, sheetRef } from "../../excel/context";
import { columnLetter, tabByName, type TabName } from "../../schema";
import type { SheetBlock } from "../backend";

/**
 * A sheet read from its used range, as from row 1: empty rows stand above the first used row, so the
 * rows the core's messages name ("already on row 3", "Row 12 looks like a Total row") are the
 * worksheet's, as the cells the pane selects are (a sheet used from row 3 said 1 for row 3).
 */
export function fromRowOne(sheet: SheetBlock): SheetBlock {
  const above = sheet.firstRow - 1;
  if (above <= 0) return sheet;
  return {
    ...sheet,
    values: [...Array.from({ length: above }, (): Cell[] => []), ...sheet.values],
    firstRow: 1,
    tableTotalsRows: sheet.tableTotalsRows?.map((r) => r + above),
    tables: sheet.tables?.map((t) => ({ ...t, headerRow: t.headerRow + above })),
    hiddenRows: sheet.hiddenRows?.map((r) => r + above),
    mergedDown: mergedAreasWithin(sheet.mergedDown, above, 0, Infinity),
  };
}

/**
 * A sheet's blocks side by side (SPEC rev 2: separated by an empty column, each with a header row of
 * its own), as blocks of the sheet that the editor, Validate and Copy take one at a time — as
 * VALIDATE and the command line's `new --from` read them. One mapping over the whole sheet copied
 * a partner from the left block with a sector from the right one, and left the right one's rows out.
 * The whole sheet when it is one block, or when nothing on it is recognised yet.
 */
export function blocksSideBySide(sheet: SheetBlock, tab?: TabName | null): SheetBlock[] {
  let parts: ReturnType<typeof mapBlocks>;
  try {
    parts = mapBlocks(sheet.values, tab);
  } catch {
    return [sheet];
  }
  if (parts.length === 1 && parts[0].matrix === sheet.values) return [sheet];
  return parts.map((p) => ({
    ...sheet,
    values: p.matrix,
    firstColumn: sheet.firstColumn + p.column,
    numberCurrencies: sheet.numberCurrencies?.slice(p.column),
    mergedDown: mergedAreasWithin(sheet.mergedDown, 0, p.column, p.width),
    tables: sheet.tables
      ?.filter((t) => t.column >= p.column && t.column < p.column + p.width)
      .map((t) => ({ ...t, column: t.column - p.column })),
    ofTable: parts.length > 1,
  }));
}

/** A kept mapping opens on the block whose rows name most of its headers (the first on a tie). */
export function blockForKeptMapping(
  parts: readonly SheetBlock[],
  pairs: readonly (readonly [string, string])[],
): SheetBlock {
  const kept = new Set(pairs.map(([header]) => header.trim().toLowerCase()));
  const named = (cell: Cell) =>
    kept.has(
      String(cell ?? "")
        .trim()
        .toLowerCase(),
    );
  const score = (b: SheetBlock) => Math.max(0, ...b.values.slice(0, 30).map((row) => (row ?? []).filter(named).length));
  return parts.reduce((best, p) => (score(p) > score(best) ? p : best), parts[0]);
}

/** `D–F: Grantee, Sector, Committed` — a block as the pane offers it. */
export function blockLabel(block: SheetBlock): string {
  let headers: string[] = [];
  try {
    const m = mapHeaders(block.values);
    headers = (block.values[m.headerRow] ?? []).map((c) => String(c ?? "").trim()).filter((c) => c !== "");
  } catch {
    headers = (block.values[firstFilledRow(block.values)] ?? []).map((c) => String(c ?? "").trim()).filter(Boolean);
  }
  const shown = headers.slice(0, 3).join(", ") + (headers.length > 3 ? ", …" : "");
  return `${blockColumns(block)}: ${shown}`;
}

/** `D–F`: the worksheet columns a block spans. */
export function blockColumns(block: SheetBlock): string {
  const width = block.values.reduce((n, r) => Math.max(n, r.length), 0);
  const first = columnLetter(block.firstColumn);
  const last = columnLetter(block.firstColumn + Math.max(1, width) - 1);
  return first === last ? first : `${first}–${last}`;
}

/**
 * The first value under a header, for the editor to show beside it ("" when the column is empty). A
 * placeholder (`-`, `N/A`) or the header said again (a report repeating its header row under a section
 * title) tells the user nothing of what the column holds: the first other value is shown, the placeholder
 * only when the column holds nothing else (a sponsoring report's `Wert (Euro)` showed `-` over 18,935.28).
 */
export function sampleValue(values: Matrix, headerRow: number, index: number): string {
  const row = sampleRow(values, headerRow, index);
  return row < 0 ? "" : String(values[row][index]).trim();
}

/** The row (0-based) of sampleValue's cell, -1 where the column is empty. */
function sampleRow(values: Matrix, headerRow: number, index: number): number {
  const header = normalizeHeader(String(values[headerRow]?.[index] ?? ""));
  let stopgap = -1;
  for (let r = headerRow + 1; r < values.length && r < headerRow + 200; r++) {
    const cell: Cell = values[r]?.[index];
    if (isBlank(cell)) continue;
    if (!isPlaceholder(cell) && !(typeof cell === "string" && normalizeHeader(cell) === header)) return r;
    if (stopgap < 0) stopgap = r;
  }
  return stopgap;
}

/**
 * The editor's Sample beside each of `indexes` (0-based columns): sampleValue's cell, shown as the check
 * reads it where the mapping makes the column an amount or a date (samplesShown: `£7,500` beside
 * `Amount Awarded → Committed`, where the editor showed 7500 and the command line pounds).
 */
export function editorSamples(values: Matrix, mapping: HeaderMapping, indexes: readonly number[]): Map<number, string> {
  const rows = new Map(indexes.map((i) => [i, sampleRow(values, mapping.headerRow, i)] as const));
  const samples = new Map(indexes.map((i) => [i, sampleValue(values, mapping.headerRow, i)] as const));
  const at = new Map([...rows].filter(([, row]) => row >= 0));
  // (The first rows say it, as for readBesideLabels: the sample is among the first 200 under the headers.)
  for (const [i, shown] of samplesShown(values.slice(0, mapping.headerRow + 1 + LABEL_ROWS), mapping, at)) {
    samples.set(i, shown);
  }
  return samples;
}

/** How the editor joins a group title and the header under it: `Committed › 2023`. */
export const GROUP_SEPARATOR = " › ";

/**
 * The editor's name for each header of row `headerRow` (by column, 0-based; "" for a blank cell): the
 * header itself, or — where the row repeats it (`2023 | 2024 | 2023 | 2024`, `Amount` twice) — the group
 * title over it from the row above (a title merged over its columns sits in the first cell of its span)
 * and the header together, `Committed › 2023`, as the core reads such a column (`Committed 2023` in a
 * mapping, the command line's Columns line); by its place too, `Amount (2)`, as a mapping names it,
 * where no title tells the columns apart. Listed by their header alone, two `2023` rows could not be
 * told apart in the editor.
 */
export function editorHeaders(values: Matrix, headerRow: number): string[] {
  const cells = (values[headerRow] ?? []).map((c) => String(c ?? "").trim());
  const keys = cells.map((c) => normalizeHeader(c));
  const above = headerRow > 0 ? values[headerRow - 1] : undefined;
  const titled = Array.isArray(above) && !isBlankRow(above) && !looksLikeData(above);
  // The title over column `i`: the nearest one at or left of it — none past a header merged down over
  // the two rows (the same text on both), which is no group's title (as the core combines two rows).
  const titleOver = (i: number): string => {
    if (!titled) return "";
    for (let c = i; c >= 0; c--) {
      if (isBlank(above[c])) continue;
      const title = String(above[c]).trim();
      return normalizeHeader(title) === keys[c] ? "" : title;
    }
    return "";
  };
  return cells.map((text, i) => {
    if (text === "") return "";
    const same = keys.flatMap((k, j) => (k === keys[i] ? [j] : []));
    if (same.length < 2) return text;
    const titles = same.map(titleOver);
    const title = titles[same.indexOf(i)];
    const apart = titles.every((t) => t !== "") && new Set(titles.map(normalizeHeader)).size === same.length;
    const named = apart ? text : repeatedHeaderName(text, same.indexOf(i) + 1);
    return title === "" ? named : `${title}${GROUP_SEPARATOR}${named}`;
  });
}

/** An identifier column's label, as check's Columns line says it (the counts left to check: few rows are read here). */
function identifierLabel(id: { readonly with: string; readonly rounded?: "all" | "some" }): string {
  if (id.rounded === "all") return "(not compared: rounded by Excel)";
  if (id.rounded === "some") return `(compared with ${id.with} where Excel did not round it)`;
  return `(compared with ${id.with})`;
}

/** Data rows readBesideLabels reads under the header row, at most. */
const LABEL_ROWS = 2000;

/**
 * What the check reads in each column the mapping leaves out, by column (0-based), as `check`'s Columns
 * line says it: the amounts' currency, the Partner where the key is blank on a person's row, the
 * other half of a name the key holds in parts (`first_name` beside `last_name → Partner`), or an
 * organisation's identifier compared with the Partner's names (`Recipient Org:Identifier`). The
 * editor offers these as the choice beside "(ignore)", which said the check read nothing there — and
 * which, chosen, leaves the column out on purpose (HeaderMapping.ignored). A column so left out is
 * labelled as it would be read, so the user can choose that again; one the check no longer reads
 * because of it (`last_name`, its `first_name` ignored) is not.
 */
export function readBesideLabels(values: Matrix, mapping: HeaderMapping): ReadonlyMap<number, string> {
  const labels = new Map<number, string>();
  // The sheet's first rows say it (a currency column's codes, people's rows) as well as all of them,
  // for a label: read whole, 100,000 rows took 130–340 ms at each change of a choice (a reviewer's).
  const rows = values.slice(0, mapping.headerRow + 1 + LABEL_ROWS);
  const ignored = mapping.ignored ?? [];
  const readingAll: HeaderMapping = { ...mapping, ignored: undefined };
  try {
    const read = (m: HeaderMapping, only?: readonly number[]) => {
      const beside = readBesideMapping(rows, m);
      const label = (index: number, text: string) => {
        if (!only || only.includes(index)) labels.set(index, text);
      };
      if (beside.currencyColumn >= 0) label(beside.currencyColumn, "(the amounts' currency)");
      // An organisation's identifier (`Recipient Org:Identifier`), as check's Columns line says it: where
      // Excel rounded a few of its numbers, those written in full are compared still (Toulouse's: 2 of 543).
      const id = beside.identifier;
      if (id) label(id.index, identifierLabel(id));
      const people = beside.personNames;
      const key = people && m.columns.find((c) => c.index === people.key);
      if (people && key) {
        const text = `(${tabByName(m.tab)?.columns.find((c) => c.id === key.id)?.name ?? key.header} if no ${key.header})`;
        label(people.given, text);
        label(people.family, text);
      }
      // A name in parts (`last_name + first_name → Partner`): its other half, read with the key.
      const parts = beside.nameParts;
      const partsKey = parts && m.columns.find((c) => c.index === parts.key);
      if (parts && partsKey) {
        const text = `(${tabByName(m.tab)?.columns.find((c) => c.id === partsKey.id)?.name ?? partsKey.header}, with ${partsKey.header})`;
        for (const index of parts.with) label(index, text);
      }
    };
    read(mapping);
    if (ignored.length > 0) read(readingAll, ignored);
  } catch {
    return labels;
  }
  return labels;
}

/** The block's first non-empty row (0 when it has none). */
export function firstFilledRow(values: Matrix): number {
  const row = values.findIndex((r) => !isBlankRow(r));
  return row < 0 ? 0 : row;
}

/**
 * The row the editor offers to map by hand when nothing was recognised (`err`, the core's NoHeaderError):
 * the row its message names as closest to headers, as the status line quotes it (`row 3 has Programs
 * Within Department, …`, under a title, where the editor listed the title's one cell to map), else the
 * block's first non-empty row (a list without headers: the row named holds data).
 */
export function handRow(values: Matrix, err: unknown): number {
  const quoted = quotedRow(err);
  return quoted >= 0 ? quoted : firstFilledRow(values);
}

/** The row whose headers the status line quotes for `err` (handRow), or -1 when it quotes none. */
export function quotedRow(err: unknown): number {
  return err instanceof NoHeaderError && err.row >= 0 && !err.looksLikeData ? err.row : -1;
}

/** What a kept mapping says of a column left out on purpose (HeaderMapping.ignored), as `--map "X=Ignore"`. */
export const IGNORE_PAIR = "Ignore";

/**
 * A mapping as kept in the workbook: your header → tracker column name, for each mapped column, and
 * → Ignore for each left out on purpose (so the formula and the next reading leave it out too).
 */
export function pairsOf(
  mapping: HeaderMapping,
  values: Matrix,
  /**
   * The mapping the headers get unasked (`mapHeaders` with the tab): a column it maps that the user set
   * to "(ignore)" is kept as `header | Ignore` — PARTNERS.VALIDATE matches every header its mapping
   * leaves out as usual, so the formula offered would read that column again (a helper's round: the
   * pane left a `Sector` of free text out, the formula it offered gave its list errors).
   */
  guessed?: HeaderMapping,
): [string, string][] {
  // A column without a header of its own (figures beside a column of £ marks, `Amount (beside £)`)
  // cannot be named in a mapping: left out, it is found again beside the marks, as it was here.
  const headers = values[mapping.headerRow] ?? [];
  const keys = headers.map((c) => normalizeHeader(String(c ?? "")));
  const onPurpose = new Set(mapping.ignored ?? []);
  const ignored = (mapping.ignored ?? []).flatMap((index) => {
    const header = mapping.unknown.find((u) => u.index === index)?.header;
    return header === undefined ? [] : [{ index, header, name: IGNORE_PAIR }];
  });
  if (guessed !== undefined && guessed.headerRow === mapping.headerRow) {
    for (const c of guessed.columns) {
      if (mapping.columns.some((m) => m.index === c.index) || onPurpose.has(c.index)) continue;
      ignored.push({ index: c.index, header: c.header, name: IGNORE_PAIR });
    }
  }
  // A header the row repeats (`Department`, `Department`) is named by its place: `Department (2)` —
  // unless a group title above names it already (`TOTAL Sum of Dollars obligated`).
  return [...mapping.columns, ...ignored]
    .filter((c) => !isBlank(headers[c.index]))
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const same = keys.flatMap((k, i) => (k === keys[c.index] ? [i] : []));
      const byPlace = same.length > 1 && normalizeHeader(c.header) === keys[c.index];
      return [byPlace ? repeatedHeaderName(c.header, same.indexOf(c.index) + 1) : c.header, c.name];
    });
}

/**
 * The mapping PARTNERS.VALIDATE makes of `values` as `tab` unasked (pairsOf's `guessed`), if any — of
 * the headers on `headerRow` when given (the row the user chose, or a kept mapping names: VALIDATE,
 * given the pairs, reads that row's other headers as usual). Read where the core finds headers alone,
 * the guess for the lower of two tables one below the other was the upper one's, and a column of the
 * lower one the user left out was not kept as Ignore: the formula offered read it again.
 */
export function unaskedMapping(values: Matrix, tab: TabName, headerRow?: number): HeaderMapping | undefined {
  let found: HeaderMapping | undefined;
  try {
    found = mapHeaders(values, tab);
  } catch {
    found = undefined; // nothing qualifies unasked at the row the core finds
  }
  if (headerRow === undefined || found?.headerRow === headerRow) return found;
  try {
    return mapHeaders(values, tab, undefined, headerRow);
  } catch {
    return undefined; // nothing qualifies unasked: every column the user mapped is in the pairs
  }
}

/**
 * A kept mapping as the editor's corrections over the sheet's header row: each header it names
 * maps to that column, every other header is ignored (the user saw and accepted the whole mapping),
 * and one it says to ignore is left out on purpose (IGNORED_COLUMN: not read beside the mapping).
 */
export function overridesFromPairs(
  values: Matrix,
  tab: TabName,
  pairs: readonly (readonly [string, string])[],
  /** The header row the kept mapping's place names (keptPlaceRow), where its pairs alone would find another. */
  placed?: number,
): { headerRow: number; overrides: Record<number, string | null> } {
  const byHeader = new Map(pairs.map(([header, column]) => [header.trim().toLowerCase(), column]));
  const headerRow = placed ?? keptHeaderRow(values, byHeader) ?? guessedHeaderRow(values, tab);
  const spec = tabByName(tab);
  const overrides: Record<number, string | null> = {};
  const keys = (values[headerRow] ?? []).map((c) => normalizeHeader(String(c ?? "")));
  // `Department (2)`: the second of the columns headed Department (pairsOf).
  const byPlace = new Map(
    pairs.flatMap(([header, column]) => {
      const at = repeatAt(keys, header);
      return at === undefined ? [] : [[at, column] as const];
    }),
  );
  (values[headerRow] ?? []).forEach((cell, index) => {
    if (isBlank(cell)) return;
    const name = byPlace.get(index) ?? byHeader.get(String(cell).trim().toLowerCase());
    const column = name === undefined ? undefined : spec?.columns.find((c) => c.name === name);
    overrides[index] = column ? column.id : name !== undefined && saysIgnore(name) ? IGNORED_COLUMN : null;
  });
  return { headerRow, overrides };
}

/**
 * Where a mapping kept from `mapping` is on the block, when its `pairs` alone would find another header
 * row (two tables of the same headers on one sheet: the second one mapped, the kept pairs found the first
 * again and the editor opened there): the Excel table whose header row it is (`tblGrants2026`, found
 * wherever rows are added above it), else the worksheet row (`row 12`). "" when the pairs find it.
 */
export function keptPlace(
  block: SheetBlock,
  mapping: HeaderMapping,
  pairs: readonly (readonly [string, string])[],
): string {
  if (pairs.length === 0) return "";
  const found = overridesFromPairs(block.values, mapping.tab, pairs).headerRow;
  if (found === mapping.headerRow) return "";
  const table = block.tables?.find((t) => t.headerRow === mapping.headerRow);
  return table ? table.name : `row ${block.firstRow + mapping.headerRow}`;
}

/**
 * The header row (0-based in the block) a kept mapping's place names (keptPlace), when it still holds
 * its headers: the table's header row, or the row — which must name as many of the kept headers as the
 * row the pairs find (rows added above since: the pairs' own row then). Undefined otherwise.
 */
export function keptPlaceRow(
  block: SheetBlock,
  place: string | undefined,
  pairs: readonly (readonly [string, string])[],
): number | undefined {
  if (!place) return undefined;
  const table = block.tables?.find((t) => t.name === place);
  if (table) return table.headerRow;
  const row = /^row (\d+)$/.exec(place);
  if (!row) return undefined;
  const at = Number(row[1]) - block.firstRow;
  if (at < 0 || at >= block.values.length) return undefined;
  const headers = new Set(pairs.map(([header]) => header.trim().toLowerCase()));
  const named = (r: number) =>
    (block.values[r] ?? []).filter((c) => !isBlank(c) && headers.has(String(c).trim().toLowerCase())).length;
  const found = keptHeaderRow(block.values, headers);
  return named(at) > 0 && (found === undefined || named(at) >= named(found)) ? at : undefined;
}

/** A kept mapping as the pane finds its table again: its tab, where it was kept (its place) and its pairs. */
interface KeptTable {
  readonly tab: string;
  readonly place?: string;
  readonly pairs: readonly (readonly [string, string])[];
}

/**
 * The header row (0-based in the block) of the table a kept mapping is for: the row its place names
 * (keptPlaceRow), else the row its pairs find — as a mapping kept by an earlier version (one per sheet)
 * is read. Undefined for a mapping kept as a tab the tracker has not.
 */
export function keptRowOf(block: SheetBlock, kept: KeptTable): number | undefined {
  const tab = tabByName(kept.tab)?.name;
  if (tab === undefined) return undefined;
  const placed = keptPlaceRow(block, kept.place, kept.pairs);
  if (placed !== undefined) return placed;
  const headers = new Set(kept.pairs.map(([header]) => header.trim().toLowerCase()));
  return keptHeaderRow(block.values, headers) ?? guessedHeaderRow(block.values, tab);
}

/**
 * Of the mappings kept for a block (`kept`, the preferred first), the one of the table whose header
 * row is `row` (0-based): the one kept at that row. With `sameTable` (keeping a mapping), else one kept
 * at another header row of the same table — the nearest, no row between the two reading as a table's
 * rows (dataBetween): the user moved the header row off a title, and the mapping kept from the title's
 * row is brought up to date, not left beside the new one. Two tables one below the other each keep
 * their own (before, mapping the first after the second replaced the second's).
 */
export function keptForTable<K extends KeptTable>(
  block: SheetBlock,
  kept: readonly K[],
  row: number,
  sameTable = false,
): K | undefined {
  const rows = kept.map((k) => keptRowOf(block, k));
  const at = kept.find((_, i) => rows[i] === row);
  if (at !== undefined || !sameTable) return at;
  let nearest: K | undefined;
  let distance = Infinity;
  kept.forEach((k, i) => {
    const r = rows[i];
    if (r === undefined || Math.abs(r - row) >= distance || dataBetween(block.values, r, row)) return;
    [nearest, distance] = [k, Math.abs(r - row)];
  });
  return nearest;
}

/**
 * The mappings kept for a block, by the header rows of their tables, top first (the editor opens on the
 * first; the others are named to the user): each with its row (0-based in the block). One mapping per
 * table: where two are kept for one row (a place gone stale), the preferred.
 */
export function keptTables<K extends KeptTable>(block: SheetBlock, kept: readonly K[]): { kept: K; row: number }[] {
  const out: { kept: K; row: number }[] = [];
  for (const k of kept) {
    const row = keptRowOf(block, k);
    if (row !== undefined && !out.some((o) => o.row === row)) out.push({ kept: k, row });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** Non-empty rows a header row may stand under that are no table's rows (a title, a subtitle, a note). */
const TITLE_ROWS = 3;

/**
 * Do rows between header rows `a` and `b` read as a table's rows — one that looks like data, or holds a
 * figure, or more of them than a title and its notes? Then the two head two tables one below the other.
 * (Only the rows between are looked at, once, when a mapping is kept.)
 */
function dataBetween(values: Matrix, a: number, b: number): boolean {
  let filled = 0;
  for (let r = Math.min(a, b) + 1; r < Math.max(a, b); r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    if (++filled > TITLE_ROWS || looksLikeData(row)) return true;
    if (row.some((c) => typeof c === "number" || typeof c === "boolean")) return true;
  }
  return false;
}

/**
 * The row, among the first 20 non-empty ones, naming most of the kept headers; where none of them
 * names any, the first row further down naming every one (a header row the user chose under a long
 * table: "Headers on row 5056" is found again, as VALIDATE's mapping names it there).
 */
function keptHeaderRow(values: Matrix, headers: ReadonlyMap<string, string> | ReadonlySet<string>): number | undefined {
  const score = (r: number) =>
    (values[r] ?? []).filter((c) => !isBlank(c) && headers.has(String(c).trim().toLowerCase())).length;
  let best: number | undefined;
  let bestScore = 0;
  let r = 0;
  for (let seen = 0; r < values.length && seen < 20; r++) {
    if (isBlankRow(values[r])) continue;
    seen++;
    const n = score(r);
    if (n > bestScore) [best, bestScore] = [r, n];
  }
  if (best !== undefined) return best;
  for (; r < values.length; r++) {
    // (Only a row with as many texts as there are headers can name them all: most rows are passed at once.)
    const filled = (values[r] ?? []).filter((c) => !isBlank(c)).length;
    if (filled >= headers.size && score(r) === headers.size) return r;
  }
  return undefined;
}

function guessedHeaderRow(values: Matrix, tab: TabName): number {
  try {
    return mapHeaders(values, tab).headerRow;
  } catch {
    return firstFilledRow(values);
  }
}

/**
 * A mapping of the block with its headers on `headerRow` (0-based), as the user chose it in the editor
 * ("Headers on row N") or a kept mapping names it: that row is read as the header row — not a row under
 * it that names more — and, when it names no column of the tab, its cells are listed for the user to map
 * (the core's `headerRow`, as the command line's `--header-row`). The rows above it stay in the block:
 * a title over the table still says its currency, a group title over two-line headers names its columns.
 */
export function mapFrom(
  values: Matrix,
  headerRow: number,
  tab: TabName | null,
  overrides: Readonly<Record<number, string | null>>,
): HeaderMapping {
  return mapHeaders(values, tab, overrides, headerRow);
}

/**
 * The mapping the editor shows for a block: the core's reading with the user's corrections (from the
 * header row the user chose or a kept mapping names, when there is one: mapFrom), its amounts in the
 * currency the sheet's number formats show (`"£"#,##0`), so pounds are never checked or copied as
 * dollars — as the command line reads them.
 */
export function editorMapping(
  block: SheetBlock,
  tab: TabName | null,
  overrides: Readonly<Record<number, string | null>>,
  headerRow?: number,
): HeaderMapping {
  const read =
    headerRow === undefined
      ? mapHeaders(block.values, tab, overrides)
      : mapFrom(block.values, headerRow, tab, overrides);
  return withFormatCurrencies(read, block.numberCurrencies);
}

/**
 * "Validate in place" on a block with its mapping: what the pane checks, as the command line checks the
 * same sheet. Figures and keys merged down read as the sheet shows them (withMergedAreas). An Excel
 * table's totals row is Excel's own line under the data, not a row of it: left out unsaid, as `check`
 * reads a table without it (a formula given `tblX[#All]` cannot tell it from a typed Total row, and
 * says it left it out) — the pane said "looks like a Total row" where the command line said nothing.
 */
export function validateInPlace(
  block: SheetBlock,
  mapping: HeaderMapping,
): { readonly values: Matrix; readonly result: ValidationResult } {
  const totals = new Set(block.tableTotalsRows ?? []);
  const values = totals.size === 0 ? block.values : block.values.map((row, i) => (totals.has(i) ? [] : row));
  const read = withMergedAreas(values, mapping, block.mergedDown, 0, 0);
  // (One block of several side by side: what is said of all its rows is said of the table.)
  const options = { mapping: read.mapping, ofTable: block.ofTable };
  return { values: read.values, result: validateRange(read.values, mapping.tab, options) };
}

/**
 * Where the formula offered for a block starts its range (0-based row of the block), when not at the
 * block's first filled row: at the header row the editor reads (its first line, under a group title),
 * if VALIDATE given the whole block — with the kept mapping's `pairs`, or unasked without them — would
 * read another (a header row the user chose under a title, or under a table of other headers: VALIDATE
 * takes the first row its mapping's headers are on, and a title above for the header row unasked). The
 * rows above it are then not read, as for the command line's `--header-row`; otherwise the whole block is
 * offered, so a title's currency (`… van € 10.000 en hoger`) still speaks for the amounts.
 */
export function formulaStart(
  block: SheetBlock,
  mapping: HeaderMapping,
  pairs: readonly (readonly [string, string])[],
): number | undefined {
  let found: number | undefined;
  try {
    const read =
      pairs.length > 0 ? mappingFromPairs(block.values, mapping.tab, pairs) : mapHeaders(block.values, mapping.tab);
    found = read.headerRow;
  } catch {
    found = undefined; // VALIDATE would say it finds no header row: the range starts at the one the editor read
  }
  return found === mapping.headerRow ? undefined : (mapping.firstHeaderRow ?? mapping.headerRow);
}

/**
 * `=PARTNERS.VALIDATE(Pledges!A3:F200, "Partners", 'Tracker mappings'!$A$5:$B$9)` for a block: its
 * filled cells, from row `fromRow` of the block on when given (formulaStart).
 */
export function validateFormula(block: SheetBlock, tab: string, mappingReference?: string, fromRow = 0): string {
  // The cells that hold something: the used range, less the pivot tables left out of it (the function
  // sees every cell of its range, and a pivot's labels are not partners).
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  block.values.forEach((row, r) => {
    if (r < fromRow) return;
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    });
  });
  if (bottom < 0) [top, left, bottom, right] = [0, 0, 0, 0];
  const range = `${sheetRef(block.sheet)}!${a1(block.firstRow - 1 + top, block.firstColumn - 1 + left, bottom - top + 1, right - left + 1)}`;
  return `=PARTNERS.VALIDATE(${range}, "${tab}"${mappingReference ? `, ${mappingReference}` : ""})`;
}
