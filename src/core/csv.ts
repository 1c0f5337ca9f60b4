import type { Cell, Issue, TabIssue } from "./types";

/**
 * CSV export of issues and summaries, shared by the task pane (download) and the command line.
 *
 * Cell text comes from other people's workbooks, so nothing it writes may run as a formula when
 * the file is opened in a spreadsheet ("CSV injection"): text that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return — also after leading spaces or line breaks, which some importers
 * trim — is prefixed with an apostrophe, the spreadsheet convention for "this is text". Numbers
 * (JavaScript numbers, not text that looks like one) are written as they are: `-1200` is a value,
 * not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]|^[\s\u00a0]+[=+\-@]/;

/** True when a spreadsheet could read this text as a formula or command. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text with an apostrophe in front if a spreadsheet would otherwise run it. */
export function neutralise(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One CSV field: quoted when needed (separator, quote, line break, or a neutralised start). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = neutralise(value);
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel on Windows reads accents and dashes right. */
  readonly bom?: boolean;
}

/** Rows to CSV text: comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvField).join(",")).join("\r\n");
  return (options.bom ? "\uFEFF" : "") + (rows.length > 0 ? `${body}\r\n` : "");
}

/** An issue with where it is: the sheet and (for the command line) the worksheet row. */
export type LocatedIssue = (Issue | TabIssue) & { readonly sheet?: string; readonly tab?: string };

/** Issues as CSV: `Sheet, Tab, Row, Column, Severity, Message` (Sheet/Tab columns only if any issue has them). */
export function issuesToCsv(issues: readonly LocatedIssue[], options: CsvOptions = {}): string {
  const withSheet = issues.some((i) => i.sheet !== undefined);
  const withTab = issues.some((i) => i.tab !== undefined);
  const header: Cell[] = [
    ...(withSheet ? ["Sheet"] : []),
    ...(withTab ? ["Tab"] : []),
    "Row",
    "Column",
    "Severity",
    "Message",
  ];
  const rows = issues.map((i): Cell[] => [
    ...(withSheet ? [i.sheet ?? ""] : []),
    ...(withTab ? [i.tab ?? ""] : []),
    i.row,
    i.column,
    i.severity,
    i.message,
  ]);
  return toCsv([header, ...rows], options);
}

/** A summary table (a header row, then rows, e.g. what PARTNERS.SUMMARY spills) as CSV. */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvOptions = {},
): string {
  return toCsv([header, ...rows], options);
}
