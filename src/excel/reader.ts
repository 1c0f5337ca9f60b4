/**
 * Reading sheets for the task pane in blocks that keep every response well under Excel on the
 * web's limits (5 MB per response, 5M cells per read). The first block is small; its measured
 * size per row sizes the next ones; a block Excel still refuses is halved and read again. One
 * sync per block: the loop syncs once per block on purpose (see the eslint-disable below).
 */
import { numberCurrencies as numberCurrenciesOf } from "../core/coerce";
import { fillMergedDown, type MergedArea } from "../core/mergedCells";
import { withoutPivots, type PivotArea } from "../core/pivots";
import type { Cell } from "../core/types";
import { excelErrorCode, localAddress, type Progress } from "./context";

export interface ReadBudget {
  /** Expected JSON size of one block's values, before a 1.5× safety margin (the limit is 5 MB). */
  readonly bytes: number;
  /** Most cells in one block. */
  readonly cells: number;
  /** Rows in the first (measuring) block. */
  readonly firstBlockRows: number;
}

export const READ_BUDGET: ReadBudget = { bytes: 3_000_000, cells: 1_000_000, firstBlockRows: 1000 };

/** An Excel table on a sheet: its name, and its header row's place (0-based in the sheet's values). */
export interface SheetTable {
  readonly name: string;
  readonly headerRow: number;
  readonly column: number;
  readonly width: number;
}

export interface SheetValues {
  /** The used range's values, row by row (empty cells are ""). */
  readonly values: Cell[][];
  /** 1-based sheet row of `values[0]`. */
  readonly firstRow: number;
  /** 1-based sheet column of `values[i][0]`. */
  readonly firstColumn: number;
  /** The used range, e.g. `B2:H1200` ("" for an empty sheet). */
  readonly address: string;
  /**
   * Indexes in `values` of the totals rows of Excel tables on the sheet (`showTotals`): inside the
   * used range, and not data.
   */
  readonly tableTotalsRows: number[];
  /**
   * The Excel tables on the sheet that show their header row: each one's name and where its header row
   * is, 0-based in `values`. Two tables of the same headers on one sheet are told apart by them (a
   * mapping kept for the second is found there again, not on the first: the pane's kept mappings).
   */
  readonly tables: SheetTable[];
  /**
   * The sheet's pivot tables (with their filter rows): a report of other data, not data. Their cells
   * are empty in `values`, as the command line leaves them out of a file.
   */
  readonly pivots: PivotArea[];
  /**
   * Per column of `values`, the currency its numbers' number formats show (`"£"#,##0` → GBP), ""
   * for none: read from the first FORMAT_SAMPLE_ROWS rows, fewer on a wide sheet (see numberCurrencies in the core).
   */
  readonly numberCurrencies: string[];
  /**
   * Areas merged over several rows, 0-based in `values` (clipped to its rows). Text merged down is
   * already each row's in `values` (fillMergedDown, as the command line reads a file); figures wait
   * for the mapping (withMergedAreas). Empty when Excel could not say (see mergedDownAreas).
   */
  readonly mergedDown: MergedArea[];
  /**
   * Rows the sheet hides (by its filter or by hand), indexes in `values`: read as Excel's formulas read
   * them, and said (core/hiddenRows.ts). Empty when Excel could not say (see hiddenRowsOf).
   */
  readonly hiddenRows: number[];
  /** Whether the sheet has a filter (Data › Filter), whose Clear shows the rows it hides. */
  readonly filtered: boolean;
}

/**
 * Rows whose number formats say the amounts' currency. A sample, not the sheet: formats are
 * another grid as large as the values (Range.numberFormat, ExcelApi 1.1), and a column keeps one
 * format down its length as people keep sheets.
 */
export const FORMAT_SAMPLE_ROWS = 200;
/** Most cells whose formats the sample reads: a format is a short string, so well under 1 MB. */
const FORMAT_SAMPLE_CELLS = 20_000;

const SIZE_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/** Reads a rectangle of `sheet` (0-based position) in blocks; resolves to all its values. */
export async function readBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: { row: number; col: number; rows: number; cols: number },
  onProgress?: Progress,
  budget: ReadBudget = READ_BUDGET,
): Promise<Cell[][]> {
  const out: Cell[][] = [];
  const maxRowsByCells = Math.max(1, Math.floor(budget.cells / Math.max(1, rect.cols)));
  let wanted = budget.firstBlockRows;
  let failures = 0;
  for (let start = 0; start < rect.rows;) {
    const n = Math.max(1, Math.min(wanted, rect.rows - start, maxRowsByCells));
    const range = sheet.getRangeByIndexes(rect.row + start, rect.col, n, rect.cols).load("values");
    try {
      // One sync per block is the point: each block's response must stay under Excel on the web's 5 MB
      // and 5M-cell limits, and its measured size sizes the next block.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (n > 1 && failures < 12 && SIZE_ERRORS.has(excelErrorCode(e) ?? "")) {
        wanted = Math.ceil(n / 2);
        failures++;
        continue;
      }
      throw e;
    }
    const values = range.values as Cell[][];
    for (const row of values) out.push(row);
    const perRow = Math.max(1, JSON.stringify(values).length / n);
    onProgress?.("Reading", Math.min(1, (start + n) / rect.rows));
    start += n;
    wanted = Math.floor(budget.bytes / (perRow * 1.5));
    failures = 0;
  }
  return out;
}

/** The used range (values only) of a sheet, read in blocks. */
export async function readSheetValues(
  context: Excel.RequestContext,
  sheetName: string,
  options: { onProgress?: Progress; budget?: ReadBudget } = {},
): Promise<SheetValues> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name,items/showTotals,items/showHeaders");
  const pivotTables = sheet.pivotTables.load("items/name");
  await context.sync();
  if (used.isNullObject)
    return {
      values: [],
      firstRow: 1,
      firstColumn: 1,
      address: "",
      tableTotalsRows: [],
      tables: [],
      pivots: [],
      numberCurrencies: [],
      mergedDown: [],
      hiddenRows: [],
      filtered: false,
    };
  const rect = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  // Where the sheet's tables have a totals row (getTotalRowRange only for those that show one), and
  // where its pivot tables sit, in a sync of their own: a block's sync that Excel refuses for its
  // size is read again smaller, and what was queued with it would be lost.
  const totals = tables.items.filter((t) => t.showTotals).map((t) => t.getTotalRowRange().load("rowIndex"));
  const heads = tables.items
    .filter((t) => t.showHeaders)
    .map((t) => ({ name: t.name, range: t.getHeaderRowRange().load("rowIndex,columnIndex,columnCount") }));
  const pivots = pivotTables.items.map((p) => ({
    pivot: p,
    body: p.layout.getRange().load(RECT),
    filters: p.filterHierarchies.getCount(),
  }));
  // With them, the number formats of the first rows: the currency the amounts' formats show (a UK
  // sheet often says £ nowhere else, and its amounts copied or summed as dollars would be wrong;
  // real: Arts Council England's grants list).
  // A wide sheet gives fewer rows: the sample stays a small response (FORMAT_SAMPLE_CELLS).
  const sampleRows = Math.min(rect.rows, FORMAT_SAMPLE_ROWS, Math.max(1, Math.floor(FORMAT_SAMPLE_CELLS / rect.cols)));
  const formats = sheet.getRangeByIndexes(rect.row, rect.col, sampleRows, rect.cols).load("numberFormat");
  await context.sync();
  const areas = await pivotAreas(context, pivots);
  const mergedDown = await mergedDownAreas(context, used, rect);
  const hidden = await hiddenRowsOf(context, sheet, used, rect);
  const read = await readBlocks(context, sheet, rect, options.onProgress, options.budget);
  const numberCurrencies = numberCurrenciesOf(read, formats.numberFormat as unknown[][]);
  const tableTotalsRows = totals.map((r) => r.rowIndex - rect.row).filter((i) => i >= 0 && i < read.length);
  const sheetTables = heads
    .map(({ name, range }) => ({
      name,
      headerRow: range.rowIndex - rect.row,
      column: range.columnIndex - rect.col,
      width: range.columnCount,
    }))
    .filter((t) => t.headerRow >= 0 && t.headerRow < read.length);
  const values = areas.length > 0 ? withoutPivots(read, areas, rect.row + 1, rect.col + 1) : read;
  fillMergedDown(values, mergedDown);
  return {
    values,
    firstRow: rect.row + 1,
    firstColumn: rect.col + 1,
    address: localAddress(used.address),
    tableTotalsRows,
    tables: sheetTables,
    pivots: areas,
    numberCurrencies,
    mergedDown,
    ...hidden,
  };
}

/** Visible areas past this many are not read (a filter showing every other row of a long sheet). */
const MAX_VISIBLE_AREAS = 5000;

/**
 * The used range's hidden rows, 0-based in its values, from its visible cells (Range.
 * getSpecialCellsOrNullObject("Visible"), ExcelApi 1.9), and whether the sheet has a filter
 * (Worksheet.autoFilter, ExcelApi 1.9). In syncs of their own: Excel fails reading a large sheet's
 * visible cells another way (office-js #4263), and a failure here leaves the rows unsaid, never the
 * sheet unread.
 */
async function hiddenRowsOf(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  rect: { row: number; rows: number },
): Promise<{ hiddenRows: number[]; filtered: boolean }> {
  const none = { hiddenRows: [], filtered: false };
  try {
    const visible = used.getSpecialCellsOrNullObject("Visible").load("areaCount");
    const filter = sheet.autoFilter.load("enabled");
    await context.sync();
    const filtered = filter.enabled === true;
    const shown = new Uint8Array(rect.rows);
    if (!visible.isNullObject) {
      if (visible.areaCount > MAX_VISIBLE_AREAS) return none;
      const areas = visible.areas.load("items/rowIndex,items/rowCount");
      await context.sync();
      for (const a of areas.items) shown.fill(1, a.rowIndex - rect.row, a.rowIndex - rect.row + a.rowCount);
    }
    const hiddenRows: number[] = [];
    shown.forEach((s, i) => (s === 0 ? hiddenRows.push(i) : undefined));
    return { hiddenRows, filtered };
  } catch {
    return none;
  }
}

/**
 * The used range's areas merged over several rows, 0-based in its values and clipped to its rows.
 * Excel hands a merged area's value in its first cell only ("" in the others) while the sheet shows
 * it over every row: a recipient merged down over a project's lines is each line's recipient (real:
 * California's transit awards report; the command line reads the file's `<mergeCell>`s the same).
 * In a sync of its own: past 512 merged areas the method "will fail to return the result", and the
 * sheet is then read as Excel hands its values, as it was before merged cells were read.
 */
async function mergedDownAreas(
  context: Excel.RequestContext,
  used: Excel.Range,
  rect: { row: number; col: number; rows: number; cols: number },
): Promise<MergedArea[]> {
  const merged = used.getMergedAreasOrNullObject().load("areaCount");
  try {
    await context.sync();
  } catch {
    return [];
  }
  if (merged.isNullObject) return [];
  const ranges = merged.areas.load("items/" + RECT.split(",").join(",items/"));
  await context.sync();
  return ranges.items
    .filter((a) => a.rowCount > 1 && a.rowIndex - rect.row < rect.rows)
    .map((a) => ({
      top: a.rowIndex - rect.row,
      bottom: Math.min(a.rowIndex + a.rowCount, rect.row + rect.rows) - 1 - rect.row,
      left: a.columnIndex - rect.col,
      right: a.columnIndex + a.columnCount - 1 - rect.col,
    }));
}

const RECT = "rowIndex,columnIndex,rowCount,columnCount";

/**
 * Each pivot table's place, its filter rows above it included (`getRange()` leaves them out). The
 * filter area is asked for only where the pivot has filters: what Office.js gives for one without
 * is undocumented.
 */
async function pivotAreas(
  context: Excel.RequestContext,
  pivots: readonly { pivot: Excel.PivotTable; body: Excel.Range; filters: OfficeExtension.ClientResult<number> }[],
): Promise<PivotArea[]> {
  const withFilters = pivots.map((p) =>
    p.filters.value > 0 ? p.pivot.layout.getFilterAxisRange().load(RECT) : undefined,
  );
  if (withFilters.some((r) => r !== undefined)) await context.sync();
  return pivots.map((p, i) => {
    const parts = [p.body, withFilters[i]].filter((r): r is Excel.Range => r !== undefined);
    return {
      name: p.pivot.name,
      top: Math.min(...parts.map((r) => r.rowIndex)) + 1,
      left: Math.min(...parts.map((r) => r.columnIndex)) + 1,
      bottom: Math.max(...parts.map((r) => r.rowIndex + r.rowCount)),
      right: Math.max(...parts.map((r) => r.columnIndex + r.columnCount)),
    };
  });
}
