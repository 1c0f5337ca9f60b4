import { LISTS, type ListId } from "./lists";
import type { ColumnSpec } from "./types";

/**
 * Version of the tracker layout. Bump it whenever a tab gains a column, a list gains a value or the
 * Summary changes, so a workbook built by an older version is recognised and upgraded.
 * History: 1 — first release. 2 — Foundation gains Current value and the derived Progress (SPEC rev 2).
 */
export const SCHEMA_VERSION = 2;

export const SUMMARY_SHEET = "Summary";
export const LISTS_SHEET = "Lists";

/**
 * The hidden `Lists` sheet: column A records who built the workbook (A1 marker, B1 version), the
 * lists follow from column C, one per column, title in row 3 and values below. Keeping the marker
 * on a sheet (not in document properties) means every tool that can read cells can read it.
 */
export const TRACKER_MARKER = "Partnership Tracker schema";
export const VERSION_CELL = { marker: "A1", version: "B1" } as const;
const FIRST_LIST_COLUMN = 3; // C
const LIST_TITLE_ROW = 3;

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

export interface ListPlacement {
  readonly id: ListId;
  /** Column on the Lists sheet, e.g. "C". */
  readonly column: string;
  /** Title cell, e.g. "C3". */
  readonly titleCell: string;
  /** Absolute address of the values without the sheet, e.g. "$C$4:$C$5". */
  readonly valuesAddress: string;
  /** The workbook name pointing at the values: `lstSector`. */
  readonly rangeName: string;
  /** What the defined name refers to: `=Lists!$C$4:$C$5`. */
  readonly refersTo: string;
}

export const LIST_PLACEMENTS: readonly ListPlacement[] = (Object.keys(LISTS) as ListId[]).map((id, i) => {
  const column = columnLetter(FIRST_LIST_COLUMN + i);
  const first = LIST_TITLE_ROW + 1;
  const last = LIST_TITLE_ROW + LISTS[id].values.length;
  const valuesAddress = `$${column}$${first}:$${column}$${last}`;
  return {
    id,
    column,
    titleCell: `${column}${LIST_TITLE_ROW}`,
    valuesAddress,
    rangeName: LISTS[id].rangeName,
    refersTo: `=${LISTS_SHEET}!${valuesAddress}`,
  };
});

export function listPlacement(id: ListId): ListPlacement {
  const found = LIST_PLACEMENTS.find((p) => p.id === id);
  if (!found) throw new Error(`No placement for list ${id}`);
  return found;
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

/**
 * What Excel's data validation should enforce on a column, independent of the tool that writes it
 * (the add-in's builder and the xlsx writer both read this, so their dropdowns, prompts and "Stop"
 * alerts are the same). Dates are bounded to a sensible window so a typo like 20245 is refused.
 */
interface ValidationText {
  /** Prompt and alert title (Excel caps it at 32 characters). */
  readonly title: string;
  /** Input prompt (Excel caps it at 255 characters). */
  readonly prompt: string;
  /** What the "Stop" alert says when an entry is refused. */
  readonly error: string;
}

export type ValidationSpec = ValidationText &
  (
    | { readonly kind: "list"; readonly source: string }
    | { readonly kind: "decimalMin"; readonly min: number }
    | { readonly kind: "date"; readonly from: string; readonly to: string }
  );

export const DATE_WINDOW = { from: "1990-01-01", to: "2100-12-31" } as const;

export function validationOf(column: ColumnSpec): ValidationSpec | undefined {
  const text = (error: string): ValidationText => ({
    title: column.name.slice(0, 32),
    prompt: column.help.slice(0, 255),
    error,
  });
  if ((column.type === "list" || column.type === "yesNo") && column.list) {
    return { kind: "list", source: `=${LISTS[column.list].rangeName}`, ...text("Pick a value from the list.") };
  }
  if ((column.type === "number" || column.type === "currency") && column.min !== undefined) {
    return { kind: "decimalMin", min: column.min, ...text(`Enter a number of at least ${column.min}.`) };
  }
  if (column.type === "date") {
    return { kind: "date", from: DATE_WINDOW.from, to: DATE_WINDOW.to, ...text("Enter a date (yyyy-mm-dd).") };
  }
  return undefined;
}

/**
 * Conditional-format formula (relative to the column's first data cell `cell`, e.g. "H2") that is
 * TRUE when the entry is invalid: text where a number or date belongs, a negative amount, a value
 * not in its list. Native formulas only, so partners without the add-in see the highlight too.
 */
export function invalidEntryFormula(column: ColumnSpec, cell: string): string | undefined {
  const notBlank = `LEN(${cell}&"")>0`;
  if ((column.type === "list" || column.type === "yesNo") && column.list) {
    return `=AND(${notBlank},COUNTIF(${LISTS[column.list].rangeName},${cell})=0)`;
  }
  if (column.type === "number" || column.type === "currency") {
    const min = column.min !== undefined ? `,${cell}<${column.min}` : "";
    return `=AND(${notBlank},OR(NOT(ISNUMBER(${cell}))${min}))`;
  }
  if (column.type === "date") {
    return `=AND(${notBlank},NOT(ISNUMBER(${cell})))`;
  }
  if (column.type === "email") {
    return `=AND(${notBlank},ISERROR(FIND("@",${cell})))`;
  }
  return undefined;
}

/**
 * Conditional number formats for a plain number column (relative to its first data cell `cell`):
 * whole numbers from 1,000 show as `1,200`, others from 1,000 as `1,200.5`; smaller ones keep
 * General. Conditional formats can set a number format in Excel (ConditionalRangeFormat.numberFormat,
 * ExcelApi 1.6; a dxf numFmt in the file); where they do not apply, General still shows the value.
 */
export function numberDisplayRules(column: ColumnSpec, cell: string): { formula: string; numberFormat: string }[] {
  if (column.type !== "number" || column.format !== undefined) return [];
  const big = `ISNUMBER(${cell}),ABS(${cell})>=1000`;
  return [
    { formula: `=AND(${big},MOD(${cell},1)=0)`, numberFormat: "#,##0" },
    { formula: `=AND(${big},MOD(${cell},1)<>0)`, numberFormat: "#,##0.##########" },
  ];
}

/** Fill used to highlight invalid entries (soft red, readable in light and dark themes). */
export const INVALID_FILL = "#F8D7DA";
export const INVALID_FONT = "#842029";
export const HEADER_FILL = "#1F4E79";
export const HEADER_FONT = "#FFFFFF";
export const TABLE_STYLE = "TableStyleMedium2";
