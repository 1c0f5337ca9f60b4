/**
 * "Use an existing sheet": read a user's sheet in blocks, map its headers to a tracker tab (the
 * core's `mapHeaders`, with the user's corrections), and copy its rows into the tracker table.
 * The user's sheet is only read, never written.
 */
import { coerceDate, coerceNumber, coerceYesNo, isBlankRow, mapHeaders, matchList } from "../core";
import type { Cell, HeaderMapping, Matrix } from "../core/types";
import { tabByName, type ColumnSpec, type TabName } from "../schema";
import type { Progress } from "./context";
import { copyIntoTrackerTable } from "./copyToTracker";
import { readSheetValues, type SheetValues } from "./reader";

export interface ExistingSheet {
  readonly sheet: SheetValues;
  /** How the sheet's headers map to the tab (header row index is within `sheet.values`). */
  readonly mapping: HeaderMapping;
}

export interface MappingOptions {
  /** The tab to map to; inferred from the headers when omitted. */
  readonly tab?: TabName;
  /** The user's corrections: 0-based column index → schema column id, or null to ignore it. */
  readonly overrides?: Readonly<Record<number, string | null>>;
  readonly onProgress?: Progress;
}

/** Reads a sheet's used range and maps its headers (throws TrackerError when there is no header row). */
export async function readExistingSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: MappingOptions = {},
): Promise<ExistingSheet> {
  const sheet = await readSheetValues(context, sheetName, { onProgress: options.onProgress });
  return { sheet, mapping: mapHeaders(sheet.values, options.tab ?? null, options.overrides) };
}

/** A cell as the tracker column should hold it: unambiguous values in the tracker's form, others as they are. */
export function trackerValue(column: ColumnSpec, cell: Cell): Cell {
  if (cell === null || cell === undefined || cell === "") return "";
  switch (column.type) {
    case "number":
    case "currency":
      return coerceNumber(cell) ?? cell;
    case "date":
      return coerceDate(cell) ?? cell;
    case "yesNo":
      return coerceYesNo(cell) ?? cell;
    case "list":
      return typeof cell === "string" && column.list ? (matchList(column.list, cell.trim())?.value ?? cell) : cell;
    default:
      return typeof cell === "string" ? cell.trim() : cell;
  }
}

/**
 * A totals row's label (`Total`, `Subtotal`, `Grand total`, `Sum`, `Total for FY24:` …) in the row's
 * first non-empty cell — also the label Excel puts in a table's totals row — or undefined. A name
 * that merely starts with the word (`Total Wine & More`) is not a label.
 * TODO(H-core): use the core's row classification (`classifyRows` in src/core/rows.ts, which also
 * finds label rows and notes under the data) once it lands, so all three doors agree.
 */
export function totalsLabel(row: readonly Cell[]): string | undefined {
  const first = row.find((v) => v !== null && v !== undefined && String(v).trim() !== "");
  if (typeof first !== "string") return undefined;
  return /^\s*(grand\s+total|sub-?\s*total|totals?|sum)\s*(:|$|\(|-|–|—|for\b|of\b)/i.test(first)
    ? first.trim()
    : undefined;
}

/** The row's first non-empty cell as text ("" when there is none). */
function firstText(row: readonly Cell[]): string {
  const first = row.find((v) => v !== null && v !== undefined && String(v).trim() !== "");
  return first === undefined || first === null ? "" : String(first).trim();
}

export interface RowsToCopy {
  /** The data rows in the tab's column order. */
  readonly rows: Cell[][];
  /** For each of `rows`, its index in the sheet's values. */
  readonly from: number[];
  /** Totals rows left out: index in the sheet's values and the label that gave them away. */
  readonly notData: { index: number; label: string }[];
}

/**
 * The data rows under the header row, in the tab's column order: blank rows skipped, totals rows
 * left out (a Total label, or one of `tableTotalsRows`: an Excel table's totals row, whatever it says).
 */
export function rowsToCopy(
  values: Matrix,
  mapping: HeaderMapping,
  tableTotalsRows: readonly number[] = [],
): RowsToCopy {
  const tab = tabByName(mapping.tab);
  const out: RowsToCopy = { rows: [], from: [], notData: [] };
  if (!tab) return out;
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const label = tableTotalsRows.includes(r) ? firstText(row) : totalsLabel(row);
    if (label !== undefined) {
      out.notData.push({ index: r, label });
      continue;
    }
    out.from.push(r);
    out.rows.push(
      tab.columns.map((c) => {
        const i = source.get(c.id);
        return i === undefined || c.type === "derived" ? "" : trackerValue(c, row[i]);
      }),
    );
  }
  return out;
}

/** The data rows under the header row, in the tab's column order (see `rowsToCopy`). */
export function rowsForTracker(values: Matrix, mapping: HeaderMapping): Cell[][] {
  return rowsToCopy(values, mapping).rows;
}

export interface SheetCopyReport {
  readonly tab: TabName;
  /** Rows written into the tracker table. */
  readonly written: number;
  /** Indexes in the sheet's values of rows whose key the tracker already held: not copied. */
  readonly alreadyInTracker: number[];
  /** Totals rows, not copied. */
  readonly notData: { index: number; label: string }[];
  /** The key's column names ("Partner", "Initiative ID"). */
  readonly keyColumns: readonly string[];
}

/** Copies a block's data rows, as mapped, into the tracker table (the task pane's and `copyExistingSheet`'s copy). */
export async function copyRowsIntoTracker(
  context: Excel.RequestContext,
  values: Matrix,
  mapping: HeaderMapping,
  tableTotalsRows: readonly number[] = [],
): Promise<SheetCopyReport> {
  const plan = rowsToCopy(values, mapping, tableTotalsRows);
  const report = await copyIntoTrackerTable(context, mapping.tab, plan.rows);
  return {
    tab: mapping.tab,
    written: report.written,
    alreadyInTracker: report.alreadyInTracker.map((i) => plan.from[i]),
    notData: plan.notData,
    keyColumns: report.keyColumns,
  };
}

/** Copies a user's sheet into the tracker table its headers map to. */
export async function copyExistingSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: MappingOptions = {},
): Promise<SheetCopyReport & { firstRow: number }> {
  const { sheet, mapping } = await readExistingSheet(context, sheetName, options);
  return {
    ...(await copyRowsIntoTracker(context, sheet.values, mapping, sheet.tableTotalsRows)),
    firstRow: sheet.firstRow,
  };
}
