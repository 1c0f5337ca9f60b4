import { summaryFigures, type Cell, type Matrix } from "../core";
import { isoToSerial } from "../core/excelDate";
import { TABS, type TabName, type TabSpec } from "../schema";
import type { TrackerData, TrackerRow, WriteOptions } from "./xlsxWriter";

/**
 * The tracker's data as the core sees it: one matrix per tab (header row, then rows), with the
 * values a writer puts in the cells (dates as serials). Lets `new --sample` cache the Summary's
 * figures, computed by the same engine as the custom functions.
 */
export function tabMatrix(tab: TabSpec, rows: readonly TrackerRow[], partnerCopy = false): Matrix {
  const columns = tab.columns.filter((c) => !(partnerCopy && c.internal));
  const header: Cell[] = columns.map((c) => c.name);
  const body = rows.map((row) =>
    columns.map((column): Cell => {
      const v = row[column.id];
      if (v === undefined || v === "" || column.type === "derived") return null;
      if (column.type === "date" && typeof v === "string") return isoToSerial(v) ?? v;
      return v;
    }),
  );
  return [header, ...body];
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
