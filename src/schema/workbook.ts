import type { ColumnSpec } from "./types";

/**
 * Version of the tracker layout. Bump it whenever a tab gains a column, a list gains a value or the
 * Summary changes, so a workbook built by an older version is recognised and upgraded.
 * History: 1 — first release. 2 — Foundation gains Current value and the derived Progress (SPEC rev 2).
 */
export const SCHEMA_VERSION = 2;

export const SUMMARY_SHEET = "Summary";
export const LISTS_SHEET = "Lists";

/** The sheet Check writes its findings to; its A1 says it is the add-in's own to replace. */
export const ISSUES_SHEET = "Issues";
export const ISSUES_TITLE = "Issues found by Check (Partnership Tracker)";
/** The hidden sheet that keeps the mappings users corrected; its A1 says it is the add-in's own. */
export const MAPPINGS_SHEET = "Tracker mappings";
export const MAPPINGS_TITLE =
  "Column mappings kept by Partnership Tracker: one block per sheet (your header | tracker column), for PARTNERS.VALIDATE(…, mapping).";

/**
 * What the hidden `Lists` sheet's marker cell says: this workbook is a tracker (where it and the
 * lists stand on the sheet is the workbook model's, `src/model/listsSheet.ts`).
 */
export const TRACKER_MARKER = "Partnership Tracker schema";

/** 1-based column number → letters: 1 → A, 28 → AB. */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Excel number format for a column, from its type. Plain numbers are `General`: a format such as
 * `#,##0.##` or `#,##0.##########` shows a whole number with a trailing point in Excel ("1,200."),
 * and no single format shows both `1,200` and `1,200.5`; General shows `1200` and `1200.5` exactly
 * everywhere, and `numberDisplayRules` adds the thousands separator where conditional number
 * formats work (Excel).
 */
export function numberFormatOf(column: ColumnSpec): string | undefined {
  if (column.format !== undefined) return column.format;
  switch (column.type) {
    case "currency":
      return "$#,##0;[Red]-$#,##0";
    case "date":
      return "yyyy-mm-dd";
    case "number":
      return "General";
    case "id":
    case "text":
    case "email":
      return "@";
    default:
      return undefined;
  }
}

/** Dates Excel accepts in a date column: a sensible window, so a typo like 20245 is refused. */
export const DATE_WINDOW = { from: "1990-01-01", to: "2100-12-31" } as const;

/** Fill used to highlight invalid entries (soft red, readable in light and dark themes). */
export const INVALID_FILL = "#F8D7DA";
export const INVALID_FONT = "#842029";
export const HEADER_FILL = "#1F4E79";
export const HEADER_FONT = "#FFFFFF";
export const TABLE_STYLE = "TableStyleMedium2";
