/**
 * "Use an existing sheet": read a user's sheet in blocks, map its headers to a tracker tab (the
 * core's `mapHeaders`, with the user's corrections), and copy its rows into the tracker table.
 * The user's sheet is only read, never written.
 */
import { mapHeaders } from "../core";
import { rowsForTracker } from "../core/trackerRows";
import type { HeaderMapping } from "../core/types";
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

// The pane's "Copy into tracker" and the CLI's `new --from` place rows the same way (src/core).
export { rowsForTracker, trackerValue } from "../core/trackerRows";

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
