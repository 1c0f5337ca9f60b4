import { DATE_WINDOW, LISTS, type ColumnSpec } from "../schema";

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
