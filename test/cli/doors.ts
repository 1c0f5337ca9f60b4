import ExcelJS from "exceljs";
import {
  IGNORED_COLUMN,
  TrackerError,
  isBlank,
  mappingFromPairs,
  normalizeHeader,
  repeatAt,
  saysIgnore,
} from "../../src/core";
import type { MergedArea } from "../../src/core/mergedCells";
import type { PivotArea } from "../../src/core/pivots";
import type { Cell, HeaderMapping } from "../../src/core/types";
import { excelBackend } from "../../src/taskpane/excelBackend";
import { readSpreadsheetFile } from "../../src/cli/csvReader";
import type { TableInfo } from "../../src/cli/xlsxReader";
import { checkArguments, summary, validate } from "../../src/functions/functions";
import { columnLetter, tabByName, TABS, type TabName } from "../../src/schema";
import type { SheetBlock } from "../../src/taskpane/backend";
import {
  blockForKeptMapping,
  blocksSideBySide,
  editorMapping,
  formulaStart,
  fromRowOne,
  handRow,
  pairsOf,
  unaskedMapping,
  validateFormula,
  validateInPlace,
} from "../../src/taskpane/views/mappingModel";
import { createFakeExcel, key, type FakeCell } from "../fakes/excel";

/**
 * One sheet through the add-in's three doors — the command line (`check --json`), the custom functions
 * (PARTNERS.VALIDATE and PARTNERS.SUMMARY, given the cells as Excel gives a formula) and the task pane's
 * "Use an existing sheet" › Validate (through the Excel fake) — each door's findings set in one shape,
 * so a test can compare them: per block its header row, rows checked and mapping (worksheet column →
 * tracker column), per sheet its issues counted by rule.
 */

/** What a door found on one sheet. */
export interface DoorSheet {
  readonly blocks: readonly DoorBlock[];
  /** Issues counted by rule (the sheet's blocks together). */
  readonly issues: Readonly<Record<string, number>>;
  /** Why the door checked nothing there (a function's #N/A, the pane's "Nothing … was recognised"). */
  readonly nothing?: string;
  /**
   * The pane's only: the formulas it offers once the user has mapped (Validate in place keeps the mapping
   * and offers `=PARTNERS.VALIDATE(range, tab, mapping)`): each one's range, tab and kept pairs.
   */
  readonly offered?: readonly Offered[];
}

/** A formula the pane offers: `=PARTNERS.VALIDATE(<area>, "<tab>", <the kept pairs' range>)`. */
export interface Offered {
  readonly area: Area;
  readonly tab: string;
  readonly pairs: readonly (readonly [string, string])[];
}

export interface DoorBlock {
  /** Worksheet row of the header row. */
  readonly headerRow: number;
  readonly rows: number;
  /** Worksheet column letter → tracker column. */
  readonly mapping: Readonly<Record<string, string>>;
}

/** A sheet as Excel holds it: the values a formula is given, and what only the workbook knows. */
export interface ExcelSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Cell values from A1 (row, column 0-based): numbers (dates as serials), text, booleans, null for empty. */
  readonly values: readonly (readonly Cell[])[];
  readonly tables: readonly TableInfo[];
  readonly pivots: readonly PivotArea[];
  /** Areas merged over several rows (0-based): their value is in their first cell only, as in Excel. */
  readonly mergedDown: readonly MergedArea[];
  /** Hidden worksheet rows (1-based). */
  readonly hiddenRows: readonly number[];
  readonly filtered: boolean;
  /** Number formats by `row,column` (0-based), from the file's styles. */
  readonly formats: ReadonlyMap<string, string>;
}

/**
 * A workbook file as Excel would hold it: read with the command line's own reader (dates as 1900-system
 * serials, formulas as their cached results, a CSV's fields as its reader gives them), less what that
 * reader adds for the user's eye — a name merged down is in the area's first cell only, as Excel keeps
 * it ("Merging cells only keeps the upper-left value"). Number formats come from ExcelJS.
 */
export async function excelWorkbook(file: string): Promise<ExcelSheet[]> {
  const wb = await readSpreadsheetFile(file);
  const formats = file.endsWith(".xlsx") ? await numberFormats(file) : new Map<string, Map<string, string>>();
  return wb.sheets.map((s) => {
    const values = s.cells.map((row) => [...row]);
    for (const a of s.mergedDown ?? []) {
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) if ((r > a.top || c > a.left) && values[r]) values[r][c] = null;
    }
    return {
      name: s.name,
      state: s.state,
      values,
      tables: s.tables,
      pivots: s.pivots ?? [],
      mergedDown: s.mergedDown ?? [],
      hiddenRows: s.hiddenRows ?? [],
      filtered: s.filtered === true,
      formats: formats.get(s.name) ?? new Map(),
    };
  });
}

async function numberFormats(file: string): Promise<Map<string, Map<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Map<string, string>>();
  wb.eachSheet((ws) => {
    const sheet = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.numFmt && cell.numFmt !== "General") sheet.set(key(r - 1, c - 1), cell.numFmt);
      }),
    );
    out.set(ws.name, sheet);
  });
  return out;
}

/** A rectangle of a sheet, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The cells holding something: the range a user selects (and the pane's formula offers). */
export function filledArea(values: readonly (readonly Cell[])[], fromRow = 1): Area | undefined {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  values.forEach((row, r) => {
    if (r + 1 < fromRow) return;
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    });
  });
  return bottom < 0 ? undefined : { top: top + 1, left: left + 1, bottom: bottom + 1, right: right + 1 };
}

/** A table's `[#All]`: header row, data rows and totals row. */
export const tableArea = (t: TableInfo): Area => ({ top: t.top, left: t.left, bottom: t.bottom, right: t.right });

/** A range argument as Excel passes it to a custom function: a full rectangle, "" for an empty cell. */
export function rangeValues(values: readonly (readonly Cell[])[], a: Area): Cell[][] {
  const out: Cell[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: Cell[] = [];
    for (let c = a.left; c <= a.right; c++) {
      const v = values[r - 1]?.[c - 1];
      row.push(v === null || v === undefined ? "" : v);
    }
    out.push(row);
  }
  return out;
}

const letterOf = (column: number) => columnLetter(column);

function mappingByLetter(mapping: HeaderMapping, firstColumn: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of mapping.columns) out[letterOf(firstColumn + c.index)] = c.name;
  return out;
}

function addCounts(into: Record<string, number>, rules: readonly string[]): void {
  for (const r of rules) into[r] = (into[r] ?? 0) + 1;
}

/** A hand mapping as the custom functions take it: a two-column range, your header | tracker column. */
const mappingRange = (pairs: readonly (readonly [string, string])[]) =>
  pairs.length === 0 ? null : pairs.map(([h, c]) => [h, c]);

/**
 * PARTNERS.VALIDATE over each range of one sheet (a table's `[#All]`, or the cells a sheet fills), with
 * the tab and the hand mapping as its second and third arguments: the blocks its engine checked, and
 * the issues by rule as its spill lists them (the Rule column).
 */
export function functionsDoor(
  sheet: ExcelSheet,
  areas: readonly Area[],
  tab: string | null,
  pairs: readonly (readonly [string, string])[],
): DoorSheet {
  const blocks: DoorBlock[] = [];
  const issues: Record<string, number> = {};
  const nothing: string[] = [];
  for (const area of areas) {
    const range = rangeValues(sheet.values, area);
    const map = mappingRange(pairs);
    let found: ReturnType<typeof checkArguments>;
    try {
      found = checkArguments(range, tab, map);
    } catch (err) {
      if (!(err instanceof TrackerError)) throw err;
      nothing.push(err.message);
      continue;
    }
    for (const b of found.blocks) {
      blocks.push({
        headerRow: area.top + b.mapping.headerRow,
        rows: b.rowsChecked,
        mapping: mappingByLetter(b.mapping, area.left + b.column),
      });
    }
    // What a user sees: the spill's Rule column (the header row first; "" where none was found).
    const spill = validate(range, tab ?? (null as unknown as string), map as unknown as string[][]);
    const rules = spill.slice(1).flatMap((row) => (typeof row[0] === "number" ? [String(row[4])] : []));
    addCounts(issues, rules);
  }
  return { blocks, issues, ...(nothing.length > 0 && blocks.length === 0 ? { nothing: nothing.join(" / ") } : {}) };
}

/** PARTNERS.SUMMARY over a range: its Total row (distinct partners, committed). */
export function summaryDoor(
  sheet: ExcelSheet,
  area: Area,
  pairs: readonly (readonly [string, string])[],
): { partners: number; committed: number } | string {
  const range = rangeValues(sheet.values, area);
  let spill: unknown[][];
  try {
    spill = summary(range, null as unknown as string, mappingRange(pairs) as unknown as string[][]);
  } catch (err) {
    return (err as Error).message;
  }
  const total = spill.find((row) => row[0] === "Total");
  if (!total) return `no Total row: ${JSON.stringify(spill.slice(0, 3))}`;
  return { partners: Number(total[1]), committed: Math.round(Number(total[2]) * 100) / 100 };
}

/** The workbook seeded into the Excel fake, as a user would have it open. */
export function fakeWorkbook(sheets: readonly ExcelSheet[]) {
  const fake = createFakeExcel({ sheets: sheets.map((s) => s.name), limits: false });
  for (const s of sheets) {
    const seeded = fake.workbook.sheet(s.name)!;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        // Set as values (a text starting with "=" stays text, as a cell typed with a leading ').
        if (v !== null && v !== undefined && v !== "") (seeded.rows[r] ??= [])[c] = v as FakeCell;
      }),
    );
    seeded.visibility = s.state === "visible" ? "Visible" : s.state === "hidden" ? "Hidden" : "VeryHidden";
    for (const [k, f] of s.formats) seeded.numberFormats.set(k, f);
    for (const a of s.mergedDown)
      seeded.merges.push({ row: a.top, col: a.left, rows: a.bottom - a.top + 1, cols: a.right - a.left + 1 });
    for (const r of s.hiddenRows) seeded.hiddenRows.add(r - 1);
    seeded.autoFilter = s.filtered;
    for (const t of s.tables) {
      const address = `${letterOf(t.left)}${t.top}:${letterOf(t.right)}${t.bottom}`;
      fake.workbook.seedTable(s.name, t.name, address, { showTotals: t.totalsRowCount > 0 });
    }
    for (const p of s.pivots) {
      fake.workbook.seedPivot(s.name, p.name, `${letterOf(p.left)}${p.top}:${letterOf(p.right)}${p.bottom}`);
    }
  }
  return fake;
}

/**
 * The task pane's "Use an existing sheet" on one sheet, as its view runs it (useSheet.ts): Read headers
 * (readSheetValues through the fake, the blocks side by side), the mapping it shows — or, given a hand
 * mapping, the one the user makes in the editor (userMapping) — then Validate in place on each block
 * (formats' currencies, merged areas, validateRange). `headerRow` (worksheet row): `--header-row`'s,
 * which the user says in the editor's "Headers on row".
 */
export async function paneDoor(
  fake: ReturnType<typeof fakeWorkbook>,
  sheetName: string,
  tab: string | null,
  pairs: readonly (readonly [string, string])[],
  headerRow?: number,
): Promise<DoorSheet> {
  // Read as the pane reads it: its own backend over the fake, installed as the global Excel it calls.
  fake.install(globalThis);
  const sheet: SheetBlock = fromRowOne(await excelBackend().readSheet(sheetName, () => undefined));
  const parts = blocksSideBySide(sheet, null);
  // Of blocks side by side, the user picks the one holding the headers they map.
  const picked = pairs.length > 0 ? blockForKeptMapping(parts, pairs) : undefined;
  const blocks: DoorBlock[] = [];
  const issues: Record<string, number> = {};
  const nothing: string[] = [];
  const offered: Offered[] = [];
  for (const part of picked ? [picked] : parts) {
    let mapping: HeaderMapping;
    let row: number | undefined;
    try {
      ({ mapping, row } = userMapping(part, tab, pairs, headerRow));
    } catch (err) {
      if (!(err instanceof TrackerError)) throw err;
      nothing.push(err.message);
      continue;
    }
    const { result } = validateInPlace(part, mapping);
    blocks.push({
      headerRow: part.firstRow + mapping.headerRow,
      rows: result.rowsChecked,
      mapping: mappingByLetter(mapping, part.firstColumn),
    });
    addCounts(
      issues,
      result.issues.map((i) => i.rule),
    );
    // The user mapped: the mapping is kept and the formula offered over it (useSheet.ts offerFormula),
    // from the header row chosen when VALIDATE would not find it from the block's top.
    if (pairs.length > 0 || headerRow !== undefined) {
      const kept = pairsOf(mapping, part.values, unaskedMapping(part.values, mapping.tab));
      const text = validateFormula(part, mapping.tab, "M", row === undefined ? 0 : formulaStart(part, mapping, kept));
      offered.push({ area: areaOf(text), tab: mapping.tab, pairs: kept });
    }
  }
  return {
    blocks,
    issues,
    ...(blocks.length === 0 ? { nothing: nothing.join(" / ") || "no block" } : {}),
    ...(offered.length > 0 ? { offered } : {}),
  };
}

/** The range of `=PARTNERS.VALIDATE(Sheet!B3:D9, …)`, 1-based. */
function areaOf(formula: string): Area {
  const [, l, t, r, b] = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/.exec(formula) ?? [];
  if (!l) throw new Error(`no range in ${formula}`);
  const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { top: Number(t), left: column(l), bottom: Number(b), right: column(r) };
}

/**
 * The mapping the pane's editor shows once the user has said what `--tab`, `--map` and `--header-row`
 * say: the tab chosen in "Matches tab" (the editor then reads with no correction yet: useSheet.ts passes
 * its `{}`); the header row in "Headers on row" — `--header-row`'s, or, where the row the editor lists
 * does not hold the headers the user maps, the row that does (the user sees their headers on the sheet;
 * the row `--map` and VALIDATE's mapping find, mappingFromPairs); then each named header's "Tracker
 * column" chosen on the header row the editor lists. A header not on that row cannot be chosen there,
 * and stays as read.
 */
function userMapping(
  part: SheetBlock,
  tab: string | null,
  pairs: readonly (readonly [string, string])[],
  headerRow?: number,
): { mapping: HeaderMapping; row?: number } {
  const chosen = (TABS.find((t) => t.name.toLowerCase() === tab?.toLowerCase())?.name ?? null) as TabName | null;
  // Read headers reads with no tab: where nothing is recognised, the note offers the row the status
  // quotes (handRow), and the tab chosen there maps that row by hand (useSheet.ts pickTab).
  let offered: number | undefined;
  try {
    editorMapping(part, null, {});
  } catch (err) {
    if (!(err instanceof TrackerError)) throw err;
    offered = chosen ? handRow(part.values, err) : undefined;
  }
  const unasked = editorMapping(part, chosen, {}, offered);
  if (pairs.length === 0 && headerRow === undefined) return { mapping: unasked, row: offered };
  // Where each mapped header is on the sheet, as the other doors read the pairs (undefined: nowhere).
  let cli: HeaderMapping | undefined;
  try {
    cli = pairs.length > 0 ? mappingFromPairs(part.values, chosen, pairs) : undefined;
  } catch (err) {
    if (!(err instanceof TrackerError)) throw err;
  }
  const given = headerRow === undefined ? undefined : headerRow - part.firstRow;
  const listedHere = (m: HeaderMapping) => pairs.every(([header]) => columnOf(part, m, header) !== undefined);
  const row =
    given !== undefined && given !== unasked.headerRow
      ? given
      : given === undefined && cli && cli.headerRow !== unasked.headerRow && !listedHere(unasked)
        ? cli.headerRow
        : undefined;
  const first = row === undefined ? unasked : editorMapping(part, chosen, {}, row);
  const spec = tabByName(first.tab);
  const overrides: Record<number, string | null> = {};
  for (const [header, column] of pairs) {
    const to = spec?.columns.find((c) => c.name.toLowerCase() === column.trim().toLowerCase());
    // The user knows a column by its place too: the one the pair names on the sheet (under a group
    // title, `TOTAL` over `Sum of …`), where the editor lists it on that row.
    const there =
      cli?.headerRow === first.headerRow
        ? to
          ? cli.columns.find((c) => c.id === to.id)?.index
          : cli.ignored?.find((i) => normalizeHeader(headerTextOf(part, cli, i)) === normalizeHeader(header))
        : undefined;
    const at = columnOf(part, first, header) ?? (there !== undefined && listed(part, first, there) ? there : undefined);
    if (at === undefined) continue;
    if (to) overrides[at] = to.id;
    else if (saysIgnore(column)) overrides[at] = IGNORED_COLUMN;
  }
  return { mapping: editorMapping(part, chosen, overrides, row ?? offered), row: row ?? offered };
}

/** The column the editor lists under `header` on its header row (a repeated one by its place: `Department (2)`). */
function columnOf(part: SheetBlock, m: HeaderMapping, header: string): number | undefined {
  const keys = (part.values[m.headerRow] ?? []).map((c) => normalizeHeader(String(c ?? "")));
  const wanted = normalizeHeader(header);
  // A header under a group title (`TOTAL` over `Sum of …`) is found by the name the mapping gives it.
  const named = [...m.columns, ...m.unknown];
  return (
    repeatAt(keys, header) ??
    [keys.indexOf(wanted), named.find((c) => normalizeHeader(c.header) === wanted)?.index ?? -1].find((i) => i >= 0)
  );
}

/** Does the editor list column `index` (a header of its own on the row, or a name the mapping gives it)? */
function listed(part: SheetBlock, m: HeaderMapping, index: number): boolean {
  return !isBlank(part.values[m.headerRow]?.[index]) || [...m.columns, ...m.unknown].some((c) => c.index === index);
}

const headerTextOf = (part: SheetBlock, m: HeaderMapping, index: number) =>
  String(part.values[m.headerRow]?.[index] ?? "");
