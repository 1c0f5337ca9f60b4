import ExcelJS from "exceljs";
import { figureKey, type SummaryCell } from "../schema";
import {
  SUMMARY_LOOKS,
  workbookModel,
  type ListsModel,
  type ModelOptions,
  type TableModel,
  type ValidationSpec,
  type WorkbookModel,
} from "../model";
import { enableCalculatedColumns } from "./exceljsTableColumns";

/**
 * The tracker as an .xlsx file: the workbook model (`src/model/workbookModel.ts`, the same one the
 * add-in's builder writes through Office.js) written with ExcelJS — one table per tab, the hidden
 * `Lists` sheet with its workbook names, one data validation and one conditional format per column
 * range, number formats, the calculated columns, the Summary's native formulas and the
 * schema-version marker. ExcelJS cannot write charts, so the Summary's chart is left out of the
 * file (the add-in adds it in Excel).
 */

export { extraKey, type TrackerData, type TrackerRow } from "../model";

export interface WriteOptions extends ModelOptions {
  /**
   * Cached results for the Summary's figure cells, keyed `metric|key` (what `summaryFigures()`
   * returns), so a viewer that does not recalculate still shows the right numbers. Excel
   * recalculates on load regardless (fullCalcOnLoad).
   */
  readonly figures?: Readonly<Record<string, number | string>>;
}

/**
 * Data validation and the invalid-entry highlight cover the table's rows and room below it, so
 * rows typed or pasted under the table in tools that do not grow tables (LibreOffice, Google
 * Sheets) are checked too. Excel extends both as the table grows.
 */
export const VALIDATED_ROWS = 5000;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** `[@[Category]]` (what users and Office.js write) → `tblAssets[[#This Row],[Category]]` (the file form). */
export function fileFormula(formula: string, table: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/\[@\[([^\]]+)\]\]/g, (_m, name: string) => `${table}[[#This Row],[${name}]]`)
    .replace(/\[@([^[\]]+)\]/g, (_m, name: string) => `${table}[[#This Row],[${name}]]`);
}

/**
 * The validation the add-in's builder puts on a column body (src/excel/tableFormatting.ts): same
 * rule, prompt, "Stop" alert and message, so the file and the add-in build the same tracker.
 */
function validationFor(spec: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: spec.title,
    prompt: spec.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: spec.title,
    error: spec.error,
  };
  switch (spec.kind) {
    case "list":
      return {
        ...common,
        type: "list",
        formulae: [spec.source.replace(/^=/, "")],
      };
    case "decimalMin":
      return {
        ...common,
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [spec.min],
      };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [spec.from, spec.to],
      };
  }
}

interface DataValidationsApi {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function writeTable(wb: ExcelJS.Workbook, t: TableModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", ySplit: t.frozenRows }] });
  t.columns.forEach((column, i) => {
    const col = ws.getColumn(i + 1);
    col.width = column.width;
    if (column.numberFormat) col.numFmt = column.numberFormat;
  });
  ws.addTable({
    name: t.table,
    displayName: t.table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((column) => ({
      name: column.name,
      filterButton: true,
      ...(column.formula ? { calculatedColumnFormula: fileFormula(column.formula, t.table) } : {}),
    })),
    // A calculated column's cells hold its formula in every row, as Excel fills them.
    rows: t.rows.map((row) =>
      t.columns.map((column, c): ExcelJS.CellValue =>
        column.formula ? ({ formula: fileFormula(column.formula, t.table) } as ExcelJS.CellFormulaValue) : row[c],
      ),
    ),
  });

  // The header row in the tracker's colours (as the add-in styles it), over the table style.
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: t.header.bold, color: { argb: argb(t.header.fontColor) } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(t.header.fill) } };
  });

  const firstRow = 2;
  const lastRow = Math.max(1 + t.rows.length, VALIDATED_ROWS);
  const validations = (ws as unknown as { dataValidations: DataValidationsApi }).dataValidations;
  t.columns.forEach((column, i) => {
    const letter = ws.getColumn(i + 1).letter;
    const range = `${letter}${firstRow}:${letter}${lastRow}`;
    // One validation per column range (never cell by cell: ExcelJS would write overlapping ones).
    if (column.validation) validations.add(range, validationFor(column.validation));
    // The invalid-entry highlight, one block per column; then the number displays in a block of
    // their own (priorities keep the file as earlier versions wrote it).
    for (const rule of column.highlights.filter((h) => h.fill)) {
      ws.addConditionalFormatting({
        ref: range,
        rules: [
          {
            type: "expression",
            priority: i + 1,
            formulae: [rule.formula.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill as string) } },
              ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
            },
          },
        ],
      });
    }
    const display = column.highlights.filter((h) => h.numberFormat);
    if (display.length > 0) {
      ws.addConditionalFormatting({
        ref: range,
        rules: display.map((rule, k) => ({
          type: "expression" as const,
          priority: 100 + i * 2 + k,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { numFmt: rule.numberFormat },
        })),
      });
    }
  });
  return ws;
}

function writeLists(wb: ExcelJS.Workbook, lists: ListsModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(lists.sheet, { state: "hidden" });
  ws.getCell(lists.marker.address).value = lists.marker.value;
  ws.getCell(lists.version.address).value = lists.version.value;
  for (const { column, width } of lists.columnWidths) ws.getColumn(column).width = width;
  const [, firstLetters, firstRow] = /^([A-Z]+)(\d+)/.exec(lists.block.address) ?? ["", "A", "1"];
  const firstColumn = ws.getColumn(firstLetters).number;
  lists.block.values.forEach((row, r) =>
    row.forEach((value, c) => {
      // "" pads the shorter lists: no cell at all, as Excel leaves it.
      if (value === "" || value === null) return;
      const cell = ws.getCell(Number(firstRow) + r, firstColumn + c);
      cell.value = value;
      if (r === 0) cell.font = { bold: true };
    }),
  );
  for (const n of lists.names) wb.definedNames.add(n.refersTo.replace(/^=/, ""), n.name);
  return ws;
}

function styleSummaryCell(cell: ExcelJS.Cell, spec: SummaryCell): void {
  if (spec.format) cell.numFmt = spec.format;
  const look = SUMMARY_LOOKS[spec.role];
  if (!look) return;
  if (look.wrap) cell.alignment = { wrapText: true, vertical: "bottom" };
  cell.font = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
  };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
}

function writeSummary(
  wb: ExcelJS.Workbook,
  summary: WorkbookModel["summary"],
  options: WriteOptions,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(summary.sheet);
  const layout = summary.layout;
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  layout.rows.forEach((cells, r) => {
    cells.forEach((spec, c) => {
      if (!spec) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (spec.formula !== undefined) {
        const value = { formula: spec.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
        const result = spec.figure ? options.figures?.[figureKey(spec.figure)] : undefined;
        if (result !== undefined) value.result = result;
        cell.value = value;
      } else if (spec.value !== undefined) {
        cell.value = spec.value;
      }
      styleSummaryCell(cell, spec);
    });
  });
  return ws;
}

/** The whole tracker workbook, in memory. */
export function buildTrackerWorkbook(options: WriteOptions = {}): ExcelJS.Workbook {
  enableCalculatedColumns();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Partnership Tracker";
  wb.created = new Date();
  // Excel recalculates every formula when it opens the file, so nothing relies on cached values.
  wb.calcProperties.fullCalcOnLoad = true;
  const model = workbookModel(options);
  for (const table of model.tables) writeTable(wb, table);
  writeSummary(wb, model.summary, options);
  writeLists(wb, model.lists);
  return wb;
}

export async function trackerXlsxBuffer(options: WriteOptions = {}): Promise<Buffer> {
  const wb = buildTrackerWorkbook(options);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
