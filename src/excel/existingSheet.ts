/**
 * "Use an existing sheet": read a user's sheet in blocks, map its headers to a tracker tab (the
 * core's `mapHeaders`, with the user's corrections), and copy its rows into the tracker table.
 * The user's sheet is only read, never written.
 */
import { mapHeaders } from "../core";
import { rowsToCopy, type NotDataRow } from "../core/trackerRows";
import type { HeaderMapping, Matrix } from "../core/types";
import type { TabName } from "../schema";
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

// Which rows are data and how their values go in: pure, in the core, so the CLI's `new --from`
// places rows exactly as "Copy into tracker" does.
export {
  rowsForTracker,
  rowsToCopy,
  totalsLabel,
  trackerValue,
  type NotDataRow,
  type RowsToCopy,
} from "../core/trackerRows";

export interface SheetCopyReport {
  readonly tab: TabName;
  /** Rows written into the tracker table. */
  readonly written: number;
  /** Indexes in the sheet's values of rows whose key the tracker already held: not copied. */
  readonly alreadyInTracker: number[];
  /** Rows that are not data (totals, label rows, notes under the data), not copied. */
  readonly notData: readonly NotDataRow[];
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
