/**
 * Queues (never syncs) what makes a tracker column a tracker column: width, number format,
 * dropdown or range validation on the column's body (so it extends with the table), the
 * conditional format that highlights invalid entries without the add-in, and derived formulas.
 */
import type { Cell } from "../core/types";
import {
  HEADER_FILL,
  HEADER_FONT,
  INVALID_FILL,
  INVALID_FONT,
  invalidEntryFormula,
  numberFormatOf,
  validationOf,
  type ColumnSpec,
} from "../schema";
import { a1, widthPoints } from "./context";

/** A `rows` × 1 block holding `value` in every row. */
export function column<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

/** Data validation for one tracker column's body (clearing first when `replace`). */
export function queueValidation(body: Excel.Range, col: ColumnSpec, replace: boolean): void {
  const v = validationOf(col);
  if (!v) return;
  const dv = body.dataValidation;
  if (replace) dv.clear();
  if (v.kind === "list") dv.rule = { list: { inCellDropDown: true, source: v.source } };
  else if (v.kind === "decimalMin") {
    dv.rule = { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } };
  } else dv.rule = { date: { formula1: v.from, formula2: v.to, operator: "Between" } };
  dv.prompt = { showPrompt: true, title: col.name.slice(0, 32), message: v.prompt.slice(0, 255) };
  const expected =
    v.kind === "list"
      ? "Pick a value from the list."
      : v.kind === "decimalMin"
        ? `Enter a number of at least ${v.min}.`
        : "Enter a date (yyyy-mm-dd).";
  dv.errorAlert = { showAlert: true, style: "Stop", title: col.name.slice(0, 32), message: expected };
}

export interface ColumnPlacement {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table;
  /** 0-based sheet row of the table's header row. */
  readonly headerRow: number;
  /** 0-based sheet column of this column. */
  readonly sheetColumn: number;
  /** Data rows of the table once the batch has run (at least 1). */
  readonly bodyRows: number;
}

/** Everything a new tracker column needs; header cell must already exist in the table. */
export function queueNewColumn(col: ColumnSpec, at: ColumnPlacement): void {
  const body = at.table.columns.getItem(col.name).getDataBodyRange();
  at.sheet.getRangeByIndexes(at.headerRow, at.sheetColumn, 1, 1).format.columnWidth = widthPoints(col.width);
  const nf = numberFormatOf(col);
  if (nf) body.numberFormat = column(at.bodyRows, nf);
  queueValidation(body, col, false);
  const invalid = invalidEntryFormula(col, a1(at.headerRow + 1, at.sheetColumn));
  if (invalid) {
    const cf = body.conditionalFormats.add("Custom");
    cf.custom.rule.formula = invalid;
    cf.custom.format.fill.color = INVALID_FILL;
    cf.custom.format.font.color = INVALID_FONT;
  }
  if (col.type === "derived" && col.formula) body.formulas = column<Cell>(at.bodyRows, col.formula);
}

/** Header row look: the tracker's fill, font and bold over the given header cells. */
export function queueHeaderStyle(header: Excel.Range): void {
  header.format.fill.color = HEADER_FILL;
  header.format.font.color = HEADER_FONT;
  header.format.font.bold = true;
}
