import { isoToSerial } from "../core/excelDate";
import type { Cell } from "../core/types";
import type { SampleRow, SampleValue, TabName, ColumnSpec } from "../schema";

/** One row keyed by column id (as SAMPLE_DATA); dates as ISO text or serial numbers. */
export type TrackerRow = Readonly<Record<string, SampleValue | boolean | null | undefined>>;
export type TrackerData = Partial<Record<TabName, readonly (SampleRow | TrackerRow)[]>>;

/** Key of a user-added table column (not in the schema) in a TrackerRow. */
export const extraKey = (header: string): string => `extra:${header}`;

/**
 * A row's value as its cell holds it — the one blank policy every writer and the core share:
 * nothing, null and "" are an empty cell (null); a calculated column's cell holds its formula,
 * never a typed value (null here, the writers put the formula); an ISO date becomes Excel's
 * serial number (text that is no real date stays text, for the checks to name).
 */
export function cellValue(column: ColumnSpec, value: TrackerRow[string]): Cell {
  if (value === undefined || value === null || value === "" || column.type === "derived") return null;
  if (column.type === "date" && typeof value === "string") return isoToSerial(value) ?? value;
  return value;
}
