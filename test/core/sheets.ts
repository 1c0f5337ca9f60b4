import { SAMPLE_DATA, TABS, isoToSerial, type TabName } from "./imports";
import { mapHeaders, type Cell, type NoHeaderError } from "../../src/core";

/**
 * Test sheets: the schema's sample data laid out as users' ranges are (header row, then rows), with
 * dates either as Excel serials (what Excel passes for a date cell) or as the sample's ISO text.
 */
export type Rows = Cell[][];

export function sampleSheet(tab: TabName, dates: "serial" | "text" = "serial"): Rows {
  const spec = TABS.find((t) => t.name === tab)!;
  const header = spec.columns.map((c) => c.name);
  const rows = SAMPLE_DATA[tab].map((row) =>
    spec.columns.map((c) => {
      const v = row[c.id];
      if (v === undefined) return "";
      if (c.type === "date" && typeof v === "string" && dates === "serial") return isoToSerial(v) ?? v;
      return v;
    }),
  );
  return [header, ...rows];
}

/** A sheet from a header and row objects keyed by header text (missing keys are blank cells). */
export function sheet(header: string[], ...rows: Record<string, Cell>[]): Rows {
  return [header, ...rows.map((r) => header.map((h) => (r[h] === undefined ? "" : r[h])))];
}

/** Today in every test: 2026-11-25. */
export const TODAY = isoToSerial("2026-11-25")!;

/**
 * A council's payments ledger and a pivot table of it per payee, as Excel lays a pivot out (its
 * `Payee | (All)` filter row, a blank row, then the body): what the command line reads from a file
 * and the task pane through Office.js, both leaving the pivot out.
 */
export const PAYMENTS_LEDGER: readonly (readonly (string | number)[])[] = [
  ["Payee", "Amount"],
  ["Scouts", 275],
  ["Gym Club", 400],
  ["Scouts", 120],
];
export const PIVOT_BY_PAYEE: readonly (readonly (string | number)[])[] = [
  ["Payee", "(All)"],
  [],
  ["Sum of Amount", "Column Labels"],
  ["Row Labels", 2016, "Grand Total"],
  ["Scouts", 395, 395],
  ["Gym Club", 400, 400],
  ["Grand Total", 795, 795],
];

/** The error mapHeaders throws for `rows`, which no header row of any tab heads. */
export function noHeader(rows: Cell[][]): NoHeaderError {
  try {
    mapHeaders(rows);
  } catch (err) {
    return err as NoHeaderError;
  }
  throw new Error("read as a header row");
}
