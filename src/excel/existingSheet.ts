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

/** The data rows under the header row, in the tab's column order; blank rows are skipped. */
export function rowsForTracker(values: Matrix, mapping: HeaderMapping): Cell[][] {
  const tab = tabByName(mapping.tab);
  if (!tab) return [];
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  const out: Cell[][] = [];
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    out.push(
      tab.columns.map((c) => {
        const i = source.get(c.id);
        return i === undefined || c.type === "derived" ? "" : trackerValue(c, row[i]);
      }),
    );
  }
  return out;
}

/** Copies a user's sheet into the tracker table its headers map to. Returns the tab and rows written. */
export async function copyExistingSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: MappingOptions = {},
): Promise<{ tab: TabName; rows: number }> {
  const { sheet, mapping } = await readExistingSheet(context, sheetName, options);
  const rows = rowsForTracker(sheet.values, mapping);
  const written = await copyIntoTrackerTable(context, mapping.tab, rows);
  return { tab: mapping.tab, rows: written };
}
