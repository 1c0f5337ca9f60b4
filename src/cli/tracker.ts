import { summaryFigures, type Cell, type Matrix } from "../core";
import { TABS, type TabName, type TabSpec } from "../schema";
import { rowCells, tableColumns, type TrackerData, type TrackerRow } from "../model";
import type { WriteOptions } from "./xlsxWriter";

/**
 * The tracker's data as the core sees it: one matrix per tab (header row, then rows), with the
 * values the writers put in the cells (the workbook model's `rowCells`: dates as serials, blanks
 * and calculated cells null). Lets `new --sample` cache the Summary's
 * figures, computed by the same engine as the custom functions.
 */
export function tabMatrix(tab: TabSpec, rows: readonly TrackerRow[], partnerCopy = false): Matrix {
  const columns = tableColumns(tab, { partnerCopy });
  const header: Cell[] = columns.map((c) => c.name);
  return [header, ...rows.map((row) => rowCells(columns, row))];
}

/** One matrix per tab; a partner copy's leave out the internal columns, as its tables do. */
export function trackerMatrices(data: TrackerData, partnerCopy = false): Record<TabName, Matrix> {
  const out = {} as Record<TabName, Matrix>;
  for (const tab of TABS) out[tab.name] = tabMatrix(tab, data[tab.name] ?? [], partnerCopy);
  return out;
}

/** Cached results for the Summary's figure cells, computed by the core from the data written. */
export function cachedResults(data: TrackerData, partnerCopy = false): Pick<WriteOptions, "figures"> {
  const m = trackerMatrices(data, partnerCopy);
  const tables = { foundation: m.Foundation, assets: m.Assets, leadership: m.Leadership, partners: m.Partners };
  return { figures: summaryFigures(tables, { partnerCopy }) };
}
