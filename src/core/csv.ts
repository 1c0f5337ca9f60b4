import type { Cell, Issue, TabIssue } from "./types";

/**
 * CSV export of issues and summaries, shared by the task pane (download) and the command line.
 *
 * Cell text comes from other people's workbooks, so nothing it writes may run as a formula when
 * the file is opened in a spreadsheet ("CSV injection", OWASP). Three defences:
 * - every text field is quoted, so a `,`-import keeps each value in its cell;
 * - text whose first visible character is `=`, `+`, `-` or `@` — also after leading spaces, line
 *   breaks, tabs, NULs or other control and invisible characters, which importers may drop — or
 *   that starts with a tab or carriage return, gets an apostrophe in front, the spreadsheet
 *   convention for "this is text";
 * - inside a field, the same starts after a `;`, a tab or a line break get an apostrophe too:
 *   a spreadsheet set to import with `;` (Excel across much of Europe) or tabs splits the field
 *   there, and what follows would otherwise arrive as a cell of its own, starting with `=`.
 * Numbers (JavaScript numbers, not text that looks like one) are written as they are: `-1200` is a
 * value, not a formula.
 */

/**
 * Characters an importer may skip before deciding whether a cell is a formula: whitespace, C0 and
 * C1 controls (NUL included), invisible format characters (zero-width space, BOM, bidi marks), and
 * quotes (a field split out of a quoted one can start with the quotes around or inside it).
 */
const SKIPPABLE = '(?:[\\s\\p{Cc}\\p{Cf}]|")*';
const FORMULA_CHAR = "[=+\\-@]";
const FORMULA_START = new RegExp(`^(?:[\\t\\r]|${SKIPPABLE}${FORMULA_CHAR})`, "u");
/** A separator another locale may split on, then (after skippable characters or quotes) a formula start. */
const INNER_FORMULA_START = new RegExp(`([,;\\t\\r\\n]${SKIPPABLE})(${FORMULA_CHAR})`, "gu");

/** True when a spreadsheet could read this text as a formula or command. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The text as it is safe to write: an apostrophe in front if a spreadsheet would otherwise run it,
 * and before any formula start that a `;`, tab or line break could split out as its own cell.
 */
export function neutralise(text: string): string {
  const inner = text.replace(INNER_FORMULA_START, "$1'$2");
  return isFormulaLike(inner) ? `'${inner}` : inner;
}

/** One CSV field: text always quoted (and neutralised), numbers and booleans bare. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

/** One CSV record with its CRLF line end, for writers that stream row by row. */
export function csvLine(row: readonly Cell[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) line += (i === 0 ? "" : ",") + csvField(row[i]);
  return `${line}\r\n`;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel on Windows reads accents and dashes right. */
  readonly bom?: boolean;
}

/** The byte-order mark Excel on Windows needs to read a CSV as UTF-8. */
export const CSV_BOM = "\uFEFF";

/** Rows to CSV text: comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvLine(row));
  return (options.bom ? CSV_BOM : "") + lines.join("");
}

/** An issue with where it is: the sheet, the cell and (for the command line) the worksheet row. */
export type LocatedIssue = (Issue | TabIssue) & {
  readonly sheet?: string;
  readonly tab?: string;
  readonly cell?: string;
  readonly file?: string;
};

/** Which location columns a set of issues needs: only those some issue has. */
export interface IssueCsvColumns {
  readonly file: boolean;
  readonly sheet: boolean;
  readonly tab: boolean;
  readonly cell: boolean;
}

export function issueCsvColumns(issues: readonly LocatedIssue[]): IssueCsvColumns {
  const columns = { file: false, sheet: false, tab: false, cell: false };
  for (const i of issues) {
    if (i.file !== undefined) columns.file = true;
    if (i.sheet !== undefined) columns.sheet = true;
    if (i.tab !== undefined) columns.tab = true;
    if (i.cell !== undefined) columns.cell = true;
  }
  return columns;
}

/** The header row of an issues CSV: `[File,] [Sheet,] [Tab,] Row, [Cell,] Column, Severity, Rule, Value, Message`. */
export function issueCsvHeader(columns: IssueCsvColumns): Cell[] {
  return [
    ...(columns.file ? ["File"] : []),
    ...(columns.sheet ? ["Sheet"] : []),
    ...(columns.tab ? ["Tab"] : []),
    "Row",
    ...(columns.cell ? ["Cell"] : []),
    "Column",
    "Severity",
    "Rule",
    "Value",
    "Message",
  ];
}

export function issueCsvRow(i: LocatedIssue, columns: IssueCsvColumns): Cell[] {
  return [
    ...(columns.file ? [i.file ?? ""] : []),
    ...(columns.sheet ? [i.sheet ?? ""] : []),
    ...(columns.tab ? [i.tab ?? ""] : []),
    i.row,
    ...(columns.cell ? [i.cell ?? ""] : []),
    i.column,
    i.severity,
    i.rule,
    i.value,
    i.message,
  ];
}

/** Issues as CSV, with the location columns some issue has (see issueCsvHeader). */
export function issuesToCsv(issues: readonly LocatedIssue[], options: CsvOptions = {}): string {
  const columns = issueCsvColumns(issues);
  const lines = [csvLine(issueCsvHeader(columns))];
  for (const i of issues) lines.push(csvLine(issueCsvRow(i, columns)));
  return (options.bom ? CSV_BOM : "") + lines.join("");
}

/** A summary table (a header row, then rows, e.g. what PARTNERS.SUMMARY spills) as CSV. */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvOptions = {},
): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return (options.bom ? CSV_BOM : "") + lines.join("");
}
