import {
  blockOfPairs,
  isBlank,
  mapHeaders,
  mappingFromPairs,
  mapBlocks,
  pivotLeftOut,
  TrackerError,
  withoutPivots,
  type MappedBlock,
  type HeaderMapping,
  type Cell,
  type Matrix,
} from "../core";
import { headerCurrency, headerScale } from "../core/currencyWords";
import {
  ISSUES_TITLE,
  LISTS_SHEET,
  MAPPINGS_TITLE,
  SUMMARY_SHEET,
  TABS,
  TRACKER_MARKER,
  columnLetter,
  tabByName,
  type TabSpec,
} from "../schema";
import { sliceCells, type SheetData, type TableInfo, type WorkbookData } from "./xlsxReader";
import { columnsLineUp, continuedFrom } from "../core/continuedSheets";
import { asideSheet, hiddenSheetReason, isEmptySheet } from "./asideSheets";
import { missingMapped, namesAnyOf, pairsBySheet, sameHeader, withPairs } from "./mapPairs";
import { columnsBesideTable, idsBesideTable, rowsUnderTable } from "./tableEdges";
import { withMergedFigures, withSheetFormats, workbookCurrency } from "./workbookCurrency";
import type { SummedBlock } from "../core/summarySentences";

/**
 * Where a workbook's tracker data is: the blocks `check` and `summary` read — the tracker's tables,
 * other tables, plain sheets whose headers map to a tab (or `--tab`/`--map` say how), blocks side by
 * side, sheets going on with the table before them — and the sheets skipped, with why. Moved out of
 * check.ts, which checks the blocks found here.
 */

/** A sheet or table not checked, and why; for one with no header row, what it came closest to. */
export interface Skipped {
  readonly sheet: string;
  readonly reason: string;
  /** The tab its closest row came nearest to (when the core says). */
  readonly closestTab?: string;
  /** The headers of that row (the first SEEN_SHOWN of them). */
  readonly seen?: readonly string[];
  /** How many headers that row has, when there are more than `seen` lists. */
  readonly seenCount?: number;
  /** Another tab the sheet may hold, and the mapping that says so (a bare Name: Partners too). */
  readonly alternative?: { readonly tab: string; readonly header: string; readonly column: string };
  /** The header of its closest row that names the tab's key column, when it has one. */
  readonly keyHeader?: string;
  /** The tab's column that key header is, where no synonym says so (`Budget Line Title`: Initiative). */
  readonly keyColumn?: string;
  /** Beside that key, a header saying a currency: the amount to map (Partners). */
  readonly amountHeader?: string;
  /** Beside that key, the one column of dates: the Start date to map, if it is when each began. */
  readonly startHeader?: string;
  /** A pivot table's cells, left out: a summary of other data (no --tab or --map reads them). */
  readonly pivot?: boolean;
}

/** How to read users' sheets that the headers alone do not explain (`--tab`, `--map`). */
export interface MappingOptions {
  /** Read every sheet (other than the tracker's own tables) as this tab. */
  readonly tab?: string;
  /** Hand mapping, (your header, tracker column) pairs; wins over any guess. */
  readonly pairs?: readonly (readonly [string, string])[];
  /** `--header-row`: each user's sheet is read from this 1-based row, the rows above it left out. */
  readonly headerRow?: number;
}

/** A block of tracker data found in a workbook: a table, or a plain sheet from A1. */
export interface Block extends SummedBlock {
  /** A table's rows filled right under it (1-based, inclusive), read with it: see rowsUnderTable. */
  readonly rowsUnder?: { readonly from: number; readonly to: number };
  /** Its columns filled right beside it (1-based, inclusive), read with it: see columnsBesideTable. */
  readonly columnsBeside?: { readonly from: number; readonly to: number };
  /** Its amounts read in the currency other sheets' formats show (see workbookCurrency). */
  readonly currencyFrom?: { readonly code: string; readonly sheets: readonly string[] };
  /** The sheet whose table this one goes on with, and its header row, read here (see continuedFrom). */
  readonly continues?: { readonly sheet: string; readonly headerRow: number };
}

/**
 * Is the block one table of several on its sheet (blocks side by side, Excel tables), not the whole
 * sheet's? What is said of all its rows is then said of the table (core's copiesMostOf): check and
 * summary ask this one question of the blocks findBlocks found, as the task pane and VALIDATE ask it
 * of a sheet's blocks side by side. (A sheet's only table, the tracker's own among them, is the sheet.)
 */
export function isTableOfSheet(blocks: readonly Block[], block: Block): boolean {
  return blocks.some((b) => b !== block && b.sheet === block.sheet);
}

/**
 * A block's cells, in a column it maps and under its header row, holding a formula the file saved
 * without its result (UncalculatedCells), in sheet order: worksheet row and column, 1-based.
 */
export function uncalculatedIn(wb: WorkbookData, b: Block): { readonly row: number; readonly column: number }[] {
  if (b.continues || b.isTrackerTable) return [];
  const cells = wb.uncalculated?.find((u) => u.sheet === b.sheet)?.cells;
  if (!cells) return [];
  // Matrix row i is worksheet row top + i, its column j worksheet column left + j.
  const mapped = new Set(b.mapping.columns.map((c) => b.left + c.index));
  return cells.filter((c) => {
    const i = c.row - b.top;
    return mapped.has(c.column) && i > b.mapping.headerRow && i < b.matrix.length;
  });
}

/** uncalculatedIn's rows, 0-based in the block's matrix: rows of data, never label rows (TypedCells.uncalculatedRows). */
export function uncalculatedRowsOf(wb: WorkbookData, b: Block): { uncalculatedRows?: ReadonlySet<number> } {
  const cells = uncalculatedIn(wb, b);
  return cells.length > 0 ? { uncalculatedRows: new Set(cells.map((c) => c.row - b.top)) } : {};
}

/** The schema version the tracker recorded on its Lists sheet, when the workbook is a tracker. */
export function trackerVersionOf(wb: WorkbookData): number | undefined {
  const lists = wb.sheets.find((s) => s.name === LISTS_SHEET);
  const row = lists?.cells[0];
  if (!row || row[0] !== TRACKER_MARKER) return undefined;
  const v = Number(row[1]);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Maps a block's headers (the core's header detection, or the user's `--tab`/`--map`), or gives
 * the core's message saying why it could not (the headers it saw, the closest tab).
 */
function mapBlock(matrix: Matrix, hint: TabSpec | undefined, options: MappingOptions): HeaderMapping | TrackerError {
  const attempt = (tab: string | undefined): HeaderMapping | TrackerError => {
    try {
      return options.pairs && options.pairs.length > 0
        ? mappingFromPairs(matrix, tab, options.pairs)
        : mapHeaders(matrix, tab);
    } catch (err) {
      if (err instanceof TrackerError) return err;
      throw err;
    }
  };
  if (options.tab !== undefined) return attempt(options.tab);
  // A sheet or table named after a tab is read as that tab first; else the tab is inferred.
  const hinted = hint ? attempt(hint.name) : undefined;
  if (hinted !== undefined && !(hinted instanceof TrackerError)) return hinted;
  const inferred = attempt(undefined);
  return inferred instanceof TrackerError && hinted !== undefined ? hinted : inferred;
}

/** How many rows above a table its title and unit lines are read from (tableBlock), as the core reads a sheet's. */
const TITLE_ROWS_ABOVE_TABLE = 10;

function tableBlock(sheet: SheetData, table: TableInfo, options: MappingOptions): Block | TrackerError | string {
  // A table with its Header Row turned off (a PDF's or Power Query's export) holds its headers in its
  // first rows, as a plain block does: they are looked for there (real: a grants commission's tables).
  const known = TABS.find((t) => t.table.toLowerCase() === table.name.toLowerCase());
  const under = known || table.totalsRowCount > 0 ? 0 : rowsUnderTable(sheet, table);
  const bottom = table.bottom - table.totalsRowCount + under;
  const beside = known || table.headerRowCount === 0 ? 0 : columnsBesideTable(sheet, table);
  const right = table.right + beside;
  // Empty rows stand above the table, so the rows its messages name ("already on row 3", "Row 154
  // looks like a note") are the worksheet's, as the cells beside them are (a table at A2 said 154
  // for row 155). Its columns are cut: messages name columns by their headers.
  const above: Cell[][] = Array.from({ length: table.top - 1 }, () => []);
  // Save a title or a sentence alone on its row just above: the table's own words on its unit and
  // currency (a helper's round, real: GOV.UK's council tax receipts, "… reported in thousands of
  // pounds (£ thousands)" over Table_4, summed as $109.6M for £36.5bn). Kept in the table's first
  // column, where the core looks for such words.
  for (let r = Math.max(1, table.top - TITLE_ROWS_ABOVE_TABLE); r < table.top; r++) {
    const filled = (sheet.cells[r - 1] ?? []).filter((c) => !isBlank(c));
    if (filled.length === 1 && typeof filled[0] === "string") above[r - 1] = [filled[0]];
  }
  const sliced = (from: number) => [...above, ...sliceCells(sheet.cells, table.top, from, bottom, right)];
  // The tracker's own tables are read as their tab whatever --tab/--map say about users' sheets.
  const mapped = (m: Matrix) => mapBlock(m, known ?? tabByName(sheet.name), known ? {} : options);
  let left = table.left;
  let matrix = sliced(left);
  let mapping = mapped(matrix);
  // A column of ids just left of the table, one on each of its rows, is read with it: it tells its
  // rows apart, as it does where the sheet is read whole (idsBesideTable). It tells nothing of what the
  // table is: read with it only where the table alone reads as that tab (a reviewer's repro, real:
  // Slovenia's `ID (ne spreminjaj)` beside Tabela1, its unmapped beneficiaries' hint turned from
  // Partners, "name a Partner column", to "Its rows look like Foundation … check it with --tab Foundation").
  if (!(mapping instanceof TrackerError) && !known && table.headerRowCount > 0 && idsBesideTable(sheet, table)) {
    const withIds = sliced(table.left - 1);
    const idsMapping = mapped(withIds);
    if (!(idsMapping instanceof TrackerError) && idsMapping.tab === mapping.tab) {
      [left, matrix, mapping] = [table.left - 1, withIds, idsMapping];
    }
  }
  if (mapping instanceof TrackerError) return mapping;
  return {
    sheet: sheet.name,
    table: table.name,
    isTrackerTable: known?.name === mapping.tab,
    top: 1,
    left,
    matrix,
    mapping,
    ...(under > 0 ? { rowsUnder: { from: table.bottom + 1, to: table.bottom + under } } : {}),
    ...(beside > 0 ? { columnsBeside: { from: table.right + 1, to: right } } : {}),
  };
}

/**
 * The blocks of a plain sheet that have a header row (the core's mapBlocks: blocks side by side,
 * separated by an empty column, each with its own header row; else the whole sheet), as `--tab`
 * or the sheet's name suggests, else inferred — or the core's message saying why there are none.
 */
function sheetBlocks(sheet: SheetData, options: MappingOptions): readonly MappedBlock[] | TrackerError {
  const attempt = (tab: string | undefined): readonly MappedBlock[] | TrackerError => {
    try {
      return atHeaderRow(mapBlocks(sheet.cells, tab), tab, options.headerRow);
    } catch (err) {
      if (err instanceof TrackerError) return err;
      throw err;
    }
  };
  if (options.tab !== undefined) return attempt(options.tab);
  const hint = tabByName(sheet.name);
  const hinted = hint ? attempt(hint.name) : undefined;
  if (hinted !== undefined && !(hinted instanceof TrackerError)) return hinted;
  const inferred = attempt(undefined);
  return inferred instanceof TrackerError && hinted !== undefined ? hinted : inferred;
}

/**
 * `--header-row N`: each block's headers are on row N, as the user says — not on a row below it that
 * names more tracker columns (real: NYC's capital projects dashboard, its row of column descriptions
 * under the headers read as the header row, and `--header-row 1` passed over without a word).
 */
function atHeaderRow(blocks: readonly MappedBlock[], tab: string | undefined, headerRow: number | undefined) {
  if (headerRow === undefined) return blocks;
  return blocks.map((b) =>
    b.mapping.headerRow === headerRow - 1 || b.mapping.firstHeaderRow === headerRow - 1
      ? b
      : { ...b, mapping: mapHeaders(b.matrix, tab, undefined, headerRow - 1) },
  );
}

/** A plain sheet's block as the report places it: its columns counted from the sheet's column A. */
function sheetBlock(sheet: string, b: MappedBlock): Block {
  return { sheet, isTrackerTable: false, top: 1, left: 1 + b.column, matrix: b.matrix, mapping: b.mapping };
}

/** Headers of a sheet's closest row that `skipped[].seen` lists at most. */
const SEEN_SHOWN = 50;

/** A sheet not checked for want of a header row, with what the core says it came closest to. */
function skippedFor(sheet: string, err: TrackerError, prefix = ""): Skipped {
  // The core's NoHeaderError carries the closest tab and the headers it saw.
  const near = err as TrackerError & {
    closestTab?: string;
    seen?: readonly string[];
    alternative?: Skipped["alternative"];
    keyHeader?: string;
    keyColumn?: string;
    amountHeader?: string;
    startHeader?: string;
  };
  return {
    sheet,
    reason: prefix + err.message,
    ...(typeof near.closestTab === "string" ? { closestTab: near.closestTab } : {}),
    // A lookup sheet's header row can be thousands of cells wide (a return's 2,761): the first few
    // say what the sheet is, and `seenCount` how many there are.
    ...(Array.isArray(near.seen)
      ? {
          seen: near.seen.slice(0, SEEN_SHOWN),
          ...(near.seen.length > SEEN_SHOWN ? { seenCount: near.seen.length } : {}),
        }
      : {}),
    ...(near.alternative ? { alternative: near.alternative } : {}),
    ...(typeof near.keyHeader === "string" ? { keyHeader: near.keyHeader } : {}),
    ...(typeof near.keyColumn === "string" ? { keyColumn: near.keyColumn } : {}),
    ...(typeof near.amountHeader === "string" ? { amountHeader: near.amountHeader } : {}),
    ...(typeof near.startHeader === "string" ? { startHeader: near.startHeader } : {}),
  };
}

export function findBlocks(
  wb: WorkbookData,
  options: MappingOptions = {},
  tracker: boolean = trackerVersionOf(wb) !== undefined,
): { blocks: Block[]; skipped: Skipped[]; notes: string[] } {
  // `--map "Grants 2024!Country=Partner"` speaks of that sheet alone; the others speak of every sheet.
  const scoped = pairsBySheet(options.pairs ?? [], wb.sheets);
  const pairs = scoped.shared;
  const everySheet = withPairs(options, pairs);
  const sheetOptions = (name: string): MappingOptions => {
    const own = scoped.bySheet.get(name);
    if (own === undefined) return everySheet;
    return withPairs(options, [...own, ...pairs.filter((p) => !own.some(([h]) => sameHeader(h, p[0])))]);
  };
  const mappedSomewhere = pairs.length > 0 && wb.sheets.some((s) => namesAnyOf(s.cells, pairs));
  const mappedWhole = pairs.length > 0 && wb.sheets.some((s) => missingMapped(s.cells, pairs).length === 0);
  // No sheet has every header --map names, but each header is on some sheet: the sheets spell a
  // column two ways (`Applicant` on three sheets, `Applicant Name` on one: real, a funder's awards
  // workbook). Each sheet takes the entries whose headers it has; a header no sheet has (a typo) is
  // still said, sheet by sheet.
  const mappedApart =
    pairs.length > 0 &&
    !mappedWhole &&
    pairs.every((pair) => wb.sheets.some((s) => missingMapped(s.cells, [pair]).length === 0));
  const blocks: Block[] = [];
  const skipped: Skipped[] = [];
  /** Sheets with no header row found: each may go on with the table of a sheet before it. */
  const headless: SheetData[] = [];
  for (let sheet of wb.sheets) {
    const options = sheetOptions(sheet.name);
    const ownPairs = scoped.bySheet.get(sheet.name);
    if (sheet.cells[0]?.[0] === TRACKER_MARKER || (tracker && sheet.name === LISTS_SHEET)) {
      skipped.push({ sheet: sheet.name, reason: "the tracker's dropdown lists" });
      continue;
    }
    if (tracker && sheet.name === SUMMARY_SHEET && sheet.tables.length === 0) {
      skipped.push({ sheet: sheet.name, reason: "the tracker's Summary: formulas, no data" });
      continue;
    }
    // The add-in's own Issues and kept-mappings sheets (their A1 says so): findings and settings, no data.
    const title = sheet.cells[0]?.[0];
    if (title === ISSUES_TITLE || title === MAPPINGS_TITLE) {
      const what = title === ISSUES_TITLE ? "Issues sheet, written by Check" : "kept column mappings";
      skipped.push({ sheet: sheet.name, reason: `the tracker's ${what}` });
      continue;
    }
    // A sheet of dropdown lists or a data dictionary describes the data; it holds none.
    const aside = asideSheet(sheet);
    if (aside !== undefined) {
      skipped.push({ sheet: sheet.name, reason: aside });
      continue;
    }
    // A hidden sheet is a workbook's lookups or calculations, nearly always (real: a funder's form
    // hides its cost grids, whose "Organisation" label row read as Partners and gave 19 errors). It
    // is named, not checked: a user who hid data of their own unhides it.
    if (sheet.state !== "visible") {
      skipped.push({ sheet: sheet.name, reason: hiddenSheetReason(sheet) });
      continue;
    }
    // A pivot table is a report of other data, not data: its cells (and its filter rows) are left out
    // and named. Real: a council's payments workbook has a pivot per payee beside its ledger; read as
    // a list, its `Payee | (All)` filter row was a header and its column labels a nameless partner.
    if (sheet.pivots && sheet.pivots.length > 0) {
      for (const p of sheet.pivots) skipped.push({ sheet: sheet.name, reason: pivotLeftOut(p), pivot: true });
      sheet = { ...sheet, cells: withoutPivots(sheet.cells, sheet.pivots) };
      if (sheet.tables.length === 0 && isEmptySheet(sheet)) continue;
    }
    // `--header-row N`: the rows above N are not read, as a range started at N leaves them out — but
    // for the sheet's own title lines, a text alone on each of its first rows, whose unit and currency
    // speak for every table under them (a drift check, real: Baltimore's capital plan, "Amounts in
    // Thousands" on row 4 lost with --header-row 21: $5,200 for $5.2M).
    const from = options.headerRow;
    if (from !== undefined && from > 1 && sheet.tables.length === 0) {
      // (A title with a table under it before row N is that table's, left out with it: a reviewer's repro,
      // a list in dollars under a budget "(in thousands)", × 1,000.)
      const lone = (row: Cell[] | undefined): string | undefined => {
        const filled = (row ?? []).filter((c) => !isBlank(c));
        return filled.length === 1 && typeof filled[0] === "string" ? filled[0] : undefined;
      };
      let lastTable = -1;
      for (let i = 0; i < from - 1 && i < sheet.cells.length; i++) {
        const row = sheet.cells[i];
        if (lone(row) === undefined && (row ?? []).some((c) => !isBlank(c))) lastTable = i;
      }
      // The sheet's own title above that table — its first line, a blank line under it — naming a currency
      // and no multiple still speaks for the sheet (a helper's round, real: the Dutch register of gifts to
      // parties, "giften van € 10.000 en hoger", its donors' table read with --header-row as "names no
      // currency", where the table above it was in euros). A caption right above its table is that
      // table's alone (a reviewer's repro: "Gifts from abroad (EUR)" over one table, US donors below).
      const firstLine = sheet.cells.findIndex((row) => (row ?? []).some((c) => !isBlank(c)));
      const sheetTitle = (text: string, i: number) =>
        i === firstLine &&
        !(sheet.cells[i + 1] ?? []).some((c) => !isBlank(c)) &&
        headerCurrency(text) !== "" &&
        headerScale(text) === 1;
      const kept = (row: Cell[] | undefined, i: number) => {
        const text = lone(row);
        if (i >= TITLE_ROWS_ABOVE_TABLE || text === undefined) return false;
        return i > lastTable || sheetTitle(text, i);
      };
      sheet = { ...sheet, cells: sheet.cells.map((row, i) => (i < from - 1 ? (kept(row, i) ? row : []) : row)) };
    }
    if (sheet.tables.length > 0) {
      for (const table of sheet.tables) {
        const block = tableBlock(sheet, table, options);
        const off = table.headerRowCount < 1 ? " (its Header Row is turned off: Table Design › Header Row)" : "";
        if (block instanceof TrackerError) skipped.push(skippedFor(sheet.name, block, `table ${table.name}${off}: `));
        else if (typeof block === "string") skipped.push({ sheet: sheet.name, reason: block });
        else blocks.push(block);
      }
      continue;
    }
    if (isEmptySheet(sheet)) {
      skipped.push({ sheet: sheet.name, reason: "empty" });
      continue;
    }
    if (options.pairs && options.pairs.length > 0) {
      // A hand mapping speaks of the sheets that have its headers: another sheet of the workbook (a
      // funder's 20 summary tables beside its grants list) is named in one line, not told to
      // "correct the mapping" that is right for the grants. Where no sheet has them (a header
      // mistyped), each says what its header row holds, to correct the mapping by.
      // A sheet whose own headers say what they are is read as it is without --map: a --map that
      // mends one sheet's misspelt header (`Recipent`) must not stop the checks of the sheets beside
      // it spelt right (real: a county's three grant programmes, one sheet a tab each).
      // The entries naming this sheet (`Grants 2024!Country=Partner`): each of their headers is on it, or
      // it is not read as they say — the header is named, to correct the entry by.
      const ownMissing = ownPairs === undefined ? [] : missingMapped(sheet.cells, ownPairs);
      if (ownMissing.length > 0) {
        skipped.push({
          sheet: sheet.name,
          reason: `no ${ownMissing.map((h) => `"${h}"`).join(" or ")} header, which --map names for this sheet`,
        });
        continue;
      }
      if (ownPairs === undefined && mappedSomewhere && !namesAnyOf(sheet.cells, options.pairs)) {
        const own = sheetBlocks(sheet, options);
        if (!(own instanceof TrackerError) && own.length > 0) {
          blocks.push(...own.map((b) => sheetBlock(sheet.name, b)));
          continue;
        }
        const headers = options.pairs.map(([h]) => h.trim()).join(", ");
        skipped.push({ sheet: sheet.name, reason: `none of the headers --map names (${headers})` });
        continue;
      }
      const missing = ownPairs === undefined && mappedWhole ? missingMapped(sheet.cells, options.pairs) : [];
      if (missing.length > 0) {
        skipped.push({
          sheet: sheet.name,
          reason: `another table: no ${missing.map((h) => `"${h}"`).join(" or ")} header, which --map names`,
        });
        continue;
      }
      // A hand mapping speaks of the whole sheet — or, of blocks side by side, of the one holding its
      // headers (the core's blockOfPairs).
      const apart = ownPairs !== undefined || mappedApart;
      const here = apart
        ? { ...options, pairs: options.pairs.filter((pair) => missingMapped(sheet.cells, [pair]).length === 0) }
        : options;
      const part = blockOfPairs(sheet.cells, here.pairs ?? []);
      const mapping = mapBlock(part.matrix, tabByName(sheet.name), part.pairs ? { ...here, pairs: part.pairs } : here);
      if (mapping instanceof TrackerError) {
        skipped.push(skippedFor(sheet.name, mapping));
        headless.push(sheet);
      } else {
        blocks.push({
          sheet: sheet.name,
          isTrackerTable: false,
          top: 1,
          left: 1 + part.column,
          matrix: part.matrix,
          mapping,
        });
      }
      continue;
    }
    const found = sheetBlocks(sheet, options);
    if (found instanceof TrackerError) {
      skipped.push(skippedFor(sheet.name, found));
      headless.push(sheet);
      continue;
    }
    blocks.push(...found.map((b) => sheetBlock(sheet.name, b)));
  }
  // Cells filled right beside or right under a table, read with it: said, as Excel's formulas over the
  // table leave them out.
  const outside = (b: Block, n: number, what: string, place: string, at: string) => {
    const [they, are] = n === 1 ? ["it", "is"] : ["them", "are"];
    return (
      `${b.sheet}: ${n.toLocaleString("en-US")} filled ${what}${n === 1 ? "" : "s"} right ${place} table ${b.table} ` +
      `(${at}) ${are} not in the table: read with it here, but Excel's formulas over ${b.table} leave ${they} out. ` +
      `Table Design › Resize Table takes ${they} in.`
    );
  };
  const besideNotes = blocks.flatMap((b) => {
    if (!b.columnsBeside) return [];
    const { from, to } = b.columnsBeside;
    const at = from === to ? `column ${columnLetter(from)}` : `columns ${columnLetter(from)}–${columnLetter(to)}`;
    return [outside(b, to - from + 1, "column", "beside", at)];
  });
  const notes = blocks.flatMap((b) => {
    if (!b.rowsUnder) return [];
    const { from, to } = b.rowsUnder;
    const at =
      from === to
        ? `row ${from.toLocaleString("en-US")}`
        : `rows ${from.toLocaleString("en-US")}–${to.toLocaleString("en-US")}`;
    return [outside(b, to - from + 1, "row", "under", at)];
  });
  notes.unshift(...besideNotes);
  notes.unshift(...continuedSheets(wb, headless, blocks, skipped, everySheet));
  const formatted = workbookCurrency(blocks.map((b) => withSheetFormats(b, wb)));
  return { blocks: formatted.map((b) => withMergedFigures(b, wb)), skipped, notes };
}

/**
 * A sheet named as a converted document's page or table (`Page2`, `Page 12`, `Table 3`): a page of one
 * list (see continuedSheets here, and the summary's pages).
 */
export const PAGE_NAME = /^\s*(?:page|table)\s*\d+\s*$/i;

/**
 * Sheets without a header row that go on with the table of the sheet before them (continuedFrom):
 * read under that sheet's header row, put after its block and taken off `skipped`. One note each.
 */
function continuedSheets(
  wb: WorkbookData,
  headless: readonly SheetData[],
  blocks: Block[],
  skipped: Skipped[],
  options: MappingOptions,
): string[] {
  const notes: string[] = [];
  for (const sheet of headless) {
    const order = wb.sheets.findIndex((s) => s.name === sheet.name);
    let at = -1;
    for (let b = 0; b < blocks.length; b++) {
      const { sheet: name, table, left, isTrackerTable } = blocks[b];
      const before = wb.sheets.findIndex((s) => s.name === name);
      if (
        before >= 0 &&
        before < order &&
        table === undefined &&
        left === 1 &&
        !isTrackerTable &&
        !blocks[b].continues
      ) {
        at = b;
      }
    }
    if (at < 0) continue;
    const base = blocks[at];
    const baseCells = wb.sheets.find((s) => s.name === base.sheet)?.cells ?? [];
    const headerAt = base.top - 1 + base.mapping.headerRow;
    const first = continuedFrom(baseCells, headerAt, sheet.cells);
    if (first < 0) continue;
    // Without title lines to say so, only a page of a converted document (`Page2` after `Page1`) goes
    // on with a list: a sheet of the user's own laid out alike (a `By sector` summary) does not (a
    // reviewer's repro: such a sheet summed with the list, $6,000 made $12,000).
    if (first === 0 && !(PAGE_NAME.test(sheet.name) && PAGE_NAME.test(base.sheet))) continue;
    // The header row stands in for the last title line, so the matrix's rows are the sheet's (its
    // messages' row numbers too: a reviewer's repro, "Row 3" said of row 4).
    // Without title lines (the header on the first sheet's row 1 alone), the header row goes above the
    // sheet's rows, the block starting a row above the sheet's first so its rows keep their numbers.
    const titled = first > 0;
    const matrix: Matrix = titled
      ? [...sheet.cells.slice(0, first - 1), baseCells[headerAt] ?? [], ...sheet.cells.slice(first)]
      : [baseCells[headerAt] ?? [], ...sheet.cells];
    const mapping = mapBlock(
      matrix,
      TABS.find((t) => t.name === base.mapping.tab),
      options,
    );
    if (
      mapping instanceof TrackerError ||
      mapping.tab !== base.mapping.tab ||
      mapping.headerRow !== Math.max(first - 1, 0)
    )
      continue;
    // The same columns mapped as on the first sheet, each holding what it holds there.
    const ids = (m: HeaderMapping) => m.columns.map((c) => `${c.id}@${c.index}`).join("|");
    const columns = base.mapping.columns.map((c) => c.index);
    if (ids(mapping) !== ids(base.mapping) || !columnsLineUp(baseCells, headerAt, sheet.cells, first, columns)) {
      notes.push(
        `${sheet.name}: no header row of its own; ${titled ? "its title lines are" : "its first row is laid out as"} ${base.sheet}'s, but its columns do not line ` +
          `up with ${base.sheet}'s headers (figures under other headings): not checked or summed. Give it a header ` +
          `row of its own to read it.`,
      );
      continue;
    }
    let after = at;
    while (after + 1 < blocks.length && blocks[after + 1].continues?.sheet === base.sheet) after++;
    blocks.splice(after + 1, 0, {
      sheet: sheet.name,
      isTrackerTable: false,
      top: titled ? 1 : 0,
      left: 1,
      matrix,
      mapping,
      continues: { sheet: base.sheet, headerRow: headerAt + 1 },
    });
    const said = skipped.findIndex((s) => s.sheet === sheet.name);
    if (said >= 0) skipped.splice(said, 1);
    notes.push(
      `${sheet.name}: no header row of its own; ${titled ? "its title lines are" : "its first row is laid out as"} ${base.sheet}'s, so its rows go on with ` +
        `${base.sheet}'s table and are read under ${base.sheet}'s headers (row ${headerAt + 1}).`,
    );
  }
  return notes;
}
