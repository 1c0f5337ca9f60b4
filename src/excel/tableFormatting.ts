/**
 * Queues (never syncs) what makes a tracker column a tracker column, as the workbook model's
 * `ColumnModel` says: width, number format, dropdown or range validation on the column's body (so
 * it extends with the table), the conditional formats that highlight invalid entries without the
 * add-in, and a calculated column's formula.
 */
import type { Cell } from "../core/types";
import type { ColumnModel, TableModel, ValidationSpec } from "../model";
import { widthPoints } from "./context";

/** A `rows` × 1 block holding `value` in every row. */
export function column<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

/**
 * Data validation for one tracker column's body, always cleared first: Excel on the web refuses a
 * rule over cells that hold other validation (office-js #2594) — an older tracker's, or a user's
 * leftover in the cells a new column takes (which a column without a rule must not keep either).
 */
export function queueValidation(body: Excel.Range, v: ValidationSpec | undefined): void {
  const dv = body.dataValidation;
  dv.clear();
  if (!v) return;
  if (v.kind === "list") dv.rule = { list: { inCellDropDown: true, source: v.source } };
  else if (v.kind === "decimalMin") {
    dv.rule = { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } };
  } else dv.rule = { date: { formula1: v.from, formula2: v.to, operator: "Between" } };
  dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.title, message: v.error };
}

export interface ColumnPlacement {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly table: Excel.Table;
  /** 0-based sheet row of the table's header row. */
  readonly headerRow: number;
  /** 0-based sheet column of this column. */
  readonly sheetColumn: number;
  /** Data rows of the table once the batch has run (at least 1). */
  readonly bodyRows: number;
  /** The body already has the column's number format (a new table writes it before its values). */
  readonly formatted?: boolean;
}

/**
 * A per-row write too big for the build's single request (a column added to a table with many
 * rows): written afterwards in blocks by `writeBulk`, one sync per block.
 */
export interface BulkWrite {
  readonly sheet: string;
  /** 0-based sheet row of the first body row, and the column. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly what: "numberFormat" | "formulas";
  readonly value: string;
}

/** Body rows up to which a new column's per-row arrays go in the build's own request. */
export const INLINE_ROWS = 2000;

/** Everything a new tracker column needs; header cell must already exist in the table. */
export function queueNewColumn(col: ColumnModel, at: ColumnPlacement, bulk: BulkWrite[] = []): void {
  const body = at.table.columns.getItem(col.name).getDataBodyRange();
  at.sheet.getRangeByIndexes(at.headerRow, at.sheetColumn, 1, 1).format.columnWidth = widthPoints(col.width);
  const perRow = (what: BulkWrite["what"], value: string) => {
    if (at.bodyRows <= INLINE_ROWS) body[what] = column(at.bodyRows, value);
    else bulk.push({ sheet: at.sheetName, row: at.headerRow + 1, col: at.sheetColumn, rows: at.bodyRows, what, value });
  };
  if (col.numberFormat && !at.formatted) perRow("numberFormat", col.numberFormat);
  queueValidation(body, col.validation);
  for (const rule of col.highlights) {
    const cf = body.conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    if (rule.fill) cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
    if (rule.numberFormat) cf.custom.format.numberFormat = rule.numberFormat;
  }
  if (col.formula) perRow("formulas", col.formula);
}

/** Bytes per block of bulk writes (well under Excel on the web's 5 MB per request). */
export const BULK_BYTES = 2_000_000;

/** Writes the deferred per-row arrays in blocks, one sync per block. */
export async function writeBulk(context: Excel.RequestContext, bulk: readonly BulkWrite[]): Promise<number> {
  // Split every write into pieces that fit a block, then pack pieces into blocks.
  const pieces: BulkWrite[] = [];
  for (const w of bulk) {
    const perBlock = Math.max(1, Math.floor(BULK_BYTES / (w.value.length + 6)));
    for (let start = 0; start < w.rows; start += perBlock) {
      pieces.push({ ...w, row: w.row + start, rows: Math.min(perBlock, w.rows - start) });
    }
  }
  let syncs = 0;
  for (let i = 0; i < pieces.length;) {
    let bytes = 0;
    let j = i;
    // Calculation waits for the last block, which recalculates once (suspendApiCalculationUntilNextSync).
    const suspend = context.workbook.application;
    while (j < pieces.length && (j === i || bytes + pieces[j].rows * (pieces[j].value.length + 6) <= BULK_BYTES)) {
      const p = pieces[j];
      const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row, p.col, p.rows, 1);
      range[p.what] = column<Cell>(p.rows, p.value);
      bytes += p.rows * (p.value.length + 6);
      j++;
    }
    if (j < pieces.length) suspend.suspendApiCalculationUntilNextSync();
    else if (i > 0) suspend.calculate("Recalculate");
    // One sync per block is the point: each block must go out alone to stay under the 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    i = j;
  }
  return syncs;
}

/** Header row look: the tracker's fill, font and bold over the given header cells. */
export function queueHeaderStyle(header: Excel.Range, look: TableModel["header"]): void {
  header.format.fill.color = look.fill;
  header.format.font.color = look.fontColor;
  header.format.font.bold = look.bold;
}
