/**
 * "Create or upgrade the tracker": read what exists (1–2 syncs), plan (pure, `plan.ts`), queue
 * every change and sync once. Creating the whole tracker, with or without sample data, takes two
 * syncs on an empty workbook and three at most on an existing one, whatever the number of rows.
 * If a co-author's build lands between our read and our write (`ItemAlreadyExists`, or
 * `InvalidArgument` when their table is where ours goes), the batch fails, and we read again and
 * upgrade instead: no error, no "Partners (2)".
 */
import type { Cell } from "../core/types";
import { columnModel, HEADER_LOOK, tableModel, validationOf, type TableModel } from "../model";
import { a1, excelErrorCode, letters, type Progress } from "./context";
import { queueListsSheet, queueVersion } from "./listsSheet";
import { CURRENT_SCHEMA, planBuild, type BuildPlan, type BuildReport, type BuildSchema, type TabPlan } from "./plan";
import { queueSummary } from "./summarySheet";
import { queueHeaderStyle, queueNewColumn, queueValidation, writeBulk, type BulkWrite } from "./tableFormatting";
import { readTrackerState } from "./trackerState";

export interface BuildOptions {
  /** Fill new tables with the schema's small city example. */
  readonly sample?: boolean;
  readonly onProgress?: Progress;
  /** The tracker definition to build (default: the current schema; tests build older ones). */
  readonly schema?: BuildSchema;
}

/** How many times a build re-reads after losing a race with a co-author. */
const RACE_RETRIES = 2;

export async function createOrUpgradeTracker(
  context: Excel.RequestContext,
  options: BuildOptions = {},
): Promise<BuildReport> {
  // Progress never goes backwards, even when a lost race makes us read again.
  let shown = 0;
  const onProgress = options.onProgress;
  const progress: Progress = (step, fraction) => {
    shown = Math.max(shown, fraction);
    onProgress?.(step, shown);
  };
  return attempt(context, { ...options, onProgress: progress }, 0);
}

async function attempt(context: Excel.RequestContext, options: BuildOptions, retry: number): Promise<BuildReport> {
  const schema = options.schema ?? CURRENT_SCHEMA;
  const progress = options.onProgress ?? (() => undefined);
  progress("Reading the workbook", 0.1);
  const observed = await readTrackerState(context, schema.tabs);
  const plan = planBuild(observed, { sample: options.sample }, schema);
  if (plan.nothingToDo) {
    progress("The tracker is up to date", 1);
    return plan.report;
  }
  progress("Building the tracker", 0.5);
  const bulk = queueBuild(context, plan, schema);
  try {
    await context.sync();
  } catch (e) {
    const code = excelErrorCode(e);
    if (retry < RACE_RETRIES && (code === "ItemAlreadyExists" || code === "InvalidArgument")) {
      // A co-author built (part of) the tracker since we looked: look again and upgrade. Their
      // sheet or name gives ItemAlreadyExists; their table where we add ours gives InvalidArgument
      // "A table can't overlap another table" (office-js #1199; the message is in the user's
      // language, so only the code can be tested). Any other InvalidArgument fails the same way
      // on the re-read plan and is thrown after the retries.
      progress("Another author is building the tracker: checking again", 0.6);
      return attempt(context, options, retry + 1);
    }
    throw e;
  }
  if (bulk.length > 0) {
    progress("Filling new columns", 0.8);
    await writeBulk(context, bulk);
  }
  progress("Done", 1);
  return plan.report;
}

/**
 * Queues every change the plan calls for, in an order that keeps each step valid. Returns the
 * per-row writes too big for this request (new columns of long tables), for `writeBulk`.
 */
export function queueBuild(context: Excel.RequestContext, plan: BuildPlan, schema: BuildSchema): BulkWrite[] {
  const bulk: BulkWrite[] = [];
  const sheets = context.workbook.worksheets;
  // New sheets first: if a co-author's sheet landed meanwhile, the batch fails before any write.
  for (const name of plan.addSheets) sheets.add(name);
  // Lists and names before validation (dropdowns point at the names).
  queueListsSheet(context, plan);
  for (const tab of plan.tabs) queueTab(context, tab, bulk);
  if (plan.summary && (plan.summary.write || plan.summary.chart)) {
    queueSummary(sheets.getItem(plan.summary.sheet), plan.summary);
  }
  if (plan.writeVersion) queueVersion(context, plan.lists.sheet, schema.version);
  return bulk;
}

/**
 * A model row as Office.js values: a blank is "" (empty the cell), never null, which Office.js
 * reads as "leave this cell as it is" ("Blank and null values in Excel add-ins").
 */
function officeRow(row: readonly Cell[]): Cell[] {
  return row.map((v) => (v === null || v === undefined ? "" : v));
}

function queueTab(context: Excel.RequestContext, t: TabPlan, bulk: BulkWrite[]): void {
  const sheet = context.workbook.worksheets.getItem(t.sheet);
  if (t.kind === "create") {
    queueNewTable(sheet, t.sheet, tableModel(t.tab, t.rows), bulk);
    return;
  }
  if (t.kind !== "upgrade") return;
  const table = context.workbook.tables.getItem(t.tab.table);
  const { rowIndex, columnIndex, rowCount, headers } = t.table;
  // A totals row stays the table's last row when the table widens; new columns' per-row writes stop above it.
  const dataRows = rowCount - 1 - (t.table.totalsRow ? 1 : 0);
  for (const col of t.revalidate) {
    queueValidation(table.columns.getItem(col.name).getDataBodyRange(), validationOf(col));
  }
  if (t.add.length === 0) return;
  const first = columnIndex + headers.length;
  const newHeaders = sheet.getRangeByIndexes(rowIndex, first, 1, t.add.length);
  newHeaders.values = [t.add.map((c) => c.name)];
  table.resize(a1(rowIndex, columnIndex, rowCount, headers.length + t.add.length));
  queueHeaderStyle(newHeaders, HEADER_LOOK);
  t.add.forEach((col, i) =>
    queueNewColumn(
      // Anchored where the column lands: its highlight formulas are relative to its first data cell.
      columnModel(t.tab, col, a1(rowIndex + 1, first + i)),
      {
        sheet,
        sheetName: t.sheet,
        table,
        headerRow: rowIndex,
        sheetColumn: first + i,
        bodyRows: Math.max(1, dataRows),
      },
      bulk,
    ),
  );
}

/** The model's table at A1 of `sheet` (empty, new or waiting): values, then the table over them, then each column. */
function queueNewTable(sheet: Excel.Worksheet, sheetName: string, model: TableModel, bulk: BulkWrite[]): void {
  const width = model.columns.length;
  // Formats before values: Excel reads a string written into a General cell as if typed ("0012"
  // becomes 12, "3/1" a date; office-js #3256), so text columns are Text first and keep what the
  // model holds, as the .xlsx file does. null leaves a column without a format as it is.
  sheet.getRangeByIndexes(1, 0, model.rows.length, width).numberFormat = model.rows.map(() =>
    model.columns.map((c) => c.numberFormat ?? null),
  );
  const block: Cell[][] = [model.columns.map((c) => c.name), ...model.rows.map(officeRow)];
  sheet.getRangeByIndexes(0, 0, block.length, width).values = block;
  const table = sheet.tables.add(`A1:${letters(width - 1)}${block.length}`, true);
  table.name = model.table;
  table.style = model.style;
  queueHeaderStyle(table.getHeaderRowRange(), model.header);
  model.columns.forEach((col, i) =>
    queueNewColumn(
      col,
      { sheet, sheetName, table, headerRow: 0, sheetColumn: i, bodyRows: model.rows.length, formatted: true },
      bulk,
    ),
  );
  sheet.freezePanes.freezeRows(model.frozenRows);
}
