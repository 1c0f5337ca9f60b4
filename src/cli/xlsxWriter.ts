import ExcelJS from "exceljs";
import { isoToSerial } from "../core/excelDate";
import {
  figureKey,
  HEADER_FILL,
  HEADER_FONT,
  INVALID_FILL,
  INVALID_FONT,
  LIST_PLACEMENTS,
  LISTS,
  LISTS_SHEET,
  SAMPLE_DATA,
  SCHEMA_VERSION,
  SUMMARY_SHEET,
  TABLE_STYLE,
  TABS,
  TRACKER_MARKER,
  VERSION_CELL,
  numberFormatOf,
  type ColumnSpec,
  type SampleRow,
  type SampleValue,
  type SummaryCell,
  type TabName,
  type TabSpec,
} from "../schema";
import { summaryLayout, invalidEntryFormula, numberDisplayRules, validationOf, type ValidationSpec } from "../model";
import { enableCalculatedColumns } from "./exceljsTableColumns";

/**
 * The tracker as an .xlsx file, written with ExcelJS from the same schema the add-in's builder
 * reads: one table per tab, the hidden `Lists` sheet with its workbook names, one data validation
 * and one conditional format per column range, number formats, the derived (calculated) columns,
 * the Summary's native formulas and the schema-version marker. ExcelJS cannot write charts, so the
 * Summary's chart is left out of the file (the add-in adds it in Excel).
 */

/** One row keyed by column id (as SAMPLE_DATA); dates as ISO text or serial numbers. */
export type TrackerRow = Readonly<Record<string, SampleValue | boolean | null | undefined>>;
export type TrackerData = Partial<Record<TabName, readonly (SampleRow | TrackerRow)[]>>;

/** Key of a user-added table column (not in the schema) in a TrackerRow. */
export const extraKey = (header: string): string => `extra:${header}`;

export interface WriteOptions {
  /** Rows to put in the tables (`SAMPLE_DATA` for `--sample`); empty tables otherwise. */
  readonly data?: TrackerData;
  /**
   * A partner copy (`share`): the schema's internal columns are left out, and the Summary is the
   * partner variant, whose readiness scores only what the copy holds.
   */
  readonly partnerCopy?: boolean;
  /** Columns users added to a tracker table (kept by `share`), by tab, after the schema's. */
  readonly extraColumns?: Partial<Record<TabName, readonly string[]>>;
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

export const SAMPLE: TrackerData = SAMPLE_DATA;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** `[@[Category]]` (what users and Office.js write) → `tblAssets[[#This Row],[Category]]` (the file form). */
export function fileFormula(formula: string, table: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/\[@\[([^\]]+)\]\]/g, (_m, name: string) => `${table}[[#This Row],[${name}]]`)
    .replace(/\[@([^[\]]+)\]/g, (_m, name: string) => `${table}[[#This Row],[${name}]]`);
}

/** A value from a data row, as the cell should hold it: dates become serial numbers. */
function cellValue(column: ColumnSpec, value: SampleValue | boolean | null | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (column.type === "date" && typeof value === "string") {
    return isoToSerial(value) ?? value;
  }
  return value;
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

/** A user-added column: kept as written, as text-free General cells with no validation. */
function extraColumn(header: string): ColumnSpec {
  return { id: extraKey(header), name: header, type: "text", width: Math.max(12, header.length + 2), help: "" };
}

function writeTab(
  wb: ExcelJS.Workbook,
  spec: TabSpec,
  rows: readonly (SampleRow | TrackerRow)[],
  options: WriteOptions,
): ExcelJS.Worksheet {
  const columns = [
    ...spec.columns.filter((c) => !(options.partnerCopy && c.internal)),
    ...(options.extraColumns?.[spec.name] ?? []).map(extraColumn),
  ];
  const tab: TabSpec = { ...spec, columns };
  const ws = wb.addWorksheet(tab.name, { views: [{ state: "frozen", ySplit: 1 }] });
  tab.columns.forEach((column, i) => {
    const col = ws.getColumn(i + 1);
    col.width = column.width;
    const numFmt = column.id.startsWith("extra:") ? undefined : numberFormatOf(column);
    if (numFmt) col.numFmt = numFmt;
  });

  // A table needs at least one data row: an empty tracker gets one blank row.
  const dataRows: readonly TrackerRow[] = rows.length > 0 ? rows : [{}];
  const tableRows = dataRows.map((row) =>
    tab.columns.map((column): ExcelJS.CellValue => {
      if (column.type === "derived" && column.formula) {
        return { formula: fileFormula(column.formula, tab.table) } as ExcelJS.CellFormulaValue;
      }
      return cellValue(column, row[column.id]);
    }),
  );
  ws.addTable({
    name: tab.table,
    displayName: tab.table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: tab.columns.map((column) => ({
      name: column.name,
      filterButton: true,
      ...(column.type === "derived" && column.formula
        ? { calculatedColumnFormula: fileFormula(column.formula, tab.table) }
        : {}),
    })),
    rows: tableRows,
  });

  // The header row in the tracker's colours (as the add-in styles it), over the table style.
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: argb(HEADER_FONT) } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_FILL) } };
  });

  const firstRow = 2;
  const lastRow = Math.max(1 + dataRows.length, VALIDATED_ROWS);
  const validations = (ws as unknown as { dataValidations: DataValidationsApi }).dataValidations;
  tab.columns.forEach((column, i) => {
    const letter = ws.getColumn(i + 1).letter;
    const range = `${letter}${firstRow}:${letter}${lastRow}`;
    const spec = validationOf(column);
    // One validation per column range (never cell by cell: ExcelJS would write overlapping ones).
    if (spec) validations.add(range, validationFor(spec));
    const invalid = invalidEntryFormula(column, `${letter}${firstRow}`);
    if (invalid) {
      ws.addConditionalFormatting({
        ref: range,
        rules: [
          {
            type: "expression",
            priority: i + 1,
            formulae: [invalid.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(INVALID_FILL) } },
              font: { color: { argb: argb(INVALID_FONT) } },
            },
          },
        ],
      });
    }
    // Thousands separators without a trailing point (numberDisplayRules; General underneath).
    const display = numberDisplayRules(column, `${letter}${firstRow}`);
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

function writeLists(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
  ws.getCell(VERSION_CELL.marker).value = TRACKER_MARKER;
  ws.getCell(VERSION_CELL.version).value = SCHEMA_VERSION;
  ws.getColumn(1).width = 28;
  for (const placement of LIST_PLACEMENTS) {
    const list = LISTS[placement.id];
    const title = ws.getCell(placement.titleCell);
    title.value = list.title;
    title.font = { bold: true };
    const firstRow = Number(placement.titleCell.replace(/^[A-Z]+/, "")) + 1;
    list.values.forEach((v, i) => {
      ws.getCell(`${placement.column}${firstRow + i}`).value = v;
    });
    ws.getColumn(placement.column).width = Math.max(12, ...list.values.map((v) => v.length + 2));
    wb.definedNames.add(`${LISTS_SHEET}!${placement.valuesAddress}`, placement.rangeName);
  }
  return ws;
}

function styleSummaryCell(cell: ExcelJS.Cell, spec: SummaryCell): void {
  if (spec.format) cell.numFmt = spec.format;
  switch (spec.role) {
    case "title":
      cell.font = { bold: true, size: 16 };
      break;
    case "note":
    case "status":
      cell.font = { italic: true, color: { argb: "FF595959" } };
      break;
    case "section":
      cell.font = { bold: true, size: 12, color: { argb: argb(HEADER_FILL) } };
      break;
    case "header":
      // Wrapped, so a long header ("Champions outside government") shows whole in a narrow column.
      cell.alignment = { wrapText: true, vertical: "bottom" };
      cell.font = { bold: true, color: { argb: argb(HEADER_FONT) } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_FILL) } };
      break;
    case "total":
      cell.font = { bold: true };
      break;
    default:
      break;
  }
}

function writeSummary(wb: ExcelJS.Workbook, options: WriteOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  const layout = summaryLayout({ partnerCopy: options.partnerCopy });
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
  for (const tab of TABS) {
    writeTab(wb, tab, options.data?.[tab.name] ?? [], options);
  }
  writeSummary(wb, options);
  writeLists(wb);
  return wb;
}

export async function trackerXlsxBuffer(options: WriteOptions = {}): Promise<Buffer> {
  const wb = buildTrackerWorkbook(options);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
