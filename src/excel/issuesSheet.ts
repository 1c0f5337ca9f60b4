/**
 * The `Issues` sheet (SPEC "Issues sheet", rev 2): Check's findings as plain values that everyone
 * can read, with or without the add-in, on every platform — the export that works where a file
 * download does not (Office on Mac ignores download links, office-js #2700).
 *
 * - Replaced on each check, never appended: the add-in's own Issues sheet is deleted and written
 *   anew in the same batch, at the position it had. A sheet called `Issues` that the add-in did not write (its A1 is not
 *   our title) is the user's, and is never touched.
 * - Written in blocks that stay far under Excel on the web's 5 MB per request.
 * - Text stays text: Excel parses strings written through `Range.values` — text beginning with
 *   `=`, `+`, `-` or `@` becomes a formula, number-like text a number or date (Range.values
 *   reference, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 *   office-js #3256). A cell's message or value is other people's text (`=1+1`, `-5 units`), so
 *   every text column is formatted as Text (`@`) in the same batch, before its values.
 * - The Cell column is a HYPERLINK formula to the offending cell, so a click selects it in any
 *   Excel (and in LibreOffice), add-in or not.
 */
import { ISSUES_SHEET, ISSUES_TITLE } from "../schema";
import type { Cell, Severity } from "../core/types";
import { a1, letters, widthPoints, type Progress } from "./context";

export { ISSUES_SHEET, ISSUES_TITLE };
export const ISSUES_COLUMNS = ["Tab", "Sheet", "Cell", "Rule", "Severity", "Value", "Message"] as const;
/** Rows above the issues: the title, when the check ran and what it found, the header. */
const HEADER_ROW = 3; // 1-based
const CELL_COLUMN = ISSUES_COLUMNS.indexOf("Cell");
const WIDTHS = [12, 16, 8, 28, 9, 20, 80];

/** One issue as the sheet lists it; rows come grouped by problem, in the order the pane shows them. */
export interface IssueSheetRow {
  readonly tab: string;
  readonly sheet: string;
  /** 1-based worksheet row and column of the offending cell. */
  readonly row: number;
  readonly column: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly value: Cell;
  readonly message: string;
}

export interface IssuesSheetReport {
  /** "written", or "leftAlone" when a sheet called Issues is the user's own. */
  readonly outcome: "written" | "leftAlone";
  readonly rows: number;
}

/** Request budget per block (Excel on the web refuses 5 MB; stay far under it). */
export const ISSUES_BLOCK_BYTES = 1_500_000;

/** `=HYPERLINK("#'Partners'!C5","C5")`: a link to a cell of this workbook. */
export function cellLink(sheet: string, row: number, column: number): string {
  const address = a1(row - 1, column - 1);
  const target = `#'${sheet.replace(/'/g, "''")}'!${address}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}","${address}")`;
}

function text(value: Cell): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The sheet's cells of one issue: Cell holds a formula, every other column text. */
function rowCells(issue: IssueSheetRow): string[] {
  return [
    issue.tab,
    issue.sheet,
    cellLink(issue.sheet, issue.row, issue.column),
    issue.rule,
    issue.severity,
    text(issue.value),
    issue.message,
  ];
}

/** Rows per block so one block's request (values and formats) stays under `bytes`. */
export function rowsPerBlock(rows: readonly string[][], bytes = ISSUES_BLOCK_BYTES): number {
  const sample = rows.slice(0, 200);
  if (sample.length === 0) return 1;
  // JSON of the values plus the "@" formats beside them, with a margin for escaping.
  const perRow = (JSON.stringify(sample).length / sample.length) * 1.3 + ISSUES_COLUMNS.length * 6;
  return Math.max(1, Math.floor(bytes / perRow));
}

/** The line under the title: when the check ran and what it found. */
export function checkedLine(checkedAt: string, errors: number, warnings: number): string {
  const n = (x: number, word: string) => `${x.toLocaleString("en-US")} ${word}${x === 1 ? "" : "s"}`;
  return `Checked ${checkedAt}: ${n(errors, "error")}, ${n(warnings, "warning")}. Replaced by the next check.`;
}

/**
 * For the Summary's block of add-in results (SPEC: "Last checked 2026-12-01 14:02: 12 errors, 30
 * warnings — see the Issues sheet"). Whoever lays out the Summary writes it with `writeTextCell`.
 */
export function lastCheckedText(checkedAt: string, errors: number, warnings: number): string {
  const n = (x: number, word: string) => `${x.toLocaleString("en-US")} ${word}${x === 1 ? "" : "s"}`;
  return `Last checked ${checkedAt}: ${n(errors, "error")}, ${n(warnings, "warning")} — see the ${ISSUES_SHEET} sheet`;
}

/** Whether the workbook's `Issues` sheet is the one Check writes (so it is not offered as a user's sheet). */
export async function hasOwnIssuesSheet(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(ISSUES_SHEET);
  await context.sync();
  if (sheet.isNullObject) return false;
  const title = sheet.getRange("A1").load("values");
  await context.sync();
  return String(title.values[0][0] ?? "") === ISSUES_TITLE;
}

/** Writes one text cell as text (formatted `@` first, so Excel does not parse it). */
export function writeTextCell(context: Excel.RequestContext, sheet: string, address: string, value: string): void {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.numberFormat = [["@"]];
  range.values = [[value]];
}

/**
 * Replaces the Issues sheet with `issues` (already grouped by problem). `checkedAt` is the local
 * time of the check as the user reads it, e.g. `2026-12-01 14:02`.
 */
export async function writeIssuesSheet(
  context: Excel.RequestContext,
  issues: readonly IssueSheetRow[],
  checkedAt: string,
  options: { onProgress?: Progress; blockBytes?: number } = {},
): Promise<IssuesSheetReport> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(ISSUES_SHEET);
  await context.sync();
  let position: number | undefined;
  if (!existing.isNullObject) {
    const a1Cell = existing.getRange("A1").load("values");
    existing.load("position");
    await context.sync();
    if (String(a1Cell.values[0][0] ?? "") !== ISSUES_TITLE) return { outcome: "leftAlone", rows: 0 };
    position = existing.position;
    existing.delete();
  }

  const sheet = sheets.add(ISSUES_SHEET);
  // The new findings go where the user keeps the sheet (a new sheet is added last).
  if (position !== undefined) sheet.position = position;
  const errors = issues.filter((i) => i.severity === "error").length;
  const top = sheet.getRange(`A1:A2`);
  top.numberFormat = [["@"], ["@"]];
  top.values = [[ISSUES_TITLE], [checkedLine(checkedAt, errors, issues.length - errors)]];
  const header = sheet.getRange(`A${HEADER_ROW}:${letters(ISSUES_COLUMNS.length - 1)}${HEADER_ROW}`);
  header.values = [[...ISSUES_COLUMNS]];
  header.format.font.bold = true;
  ISSUES_COLUMNS.forEach((_, i) => {
    sheet.getRange(`${letters(i)}:${letters(i)}`).format.columnWidth = widthPoints(WIDTHS[i]);
  });
  sheet.freezePanes.freezeRows(HEADER_ROW);

  const cells = issues.map(rowCells);
  const perBlock = rowsPerBlock(cells, options.blockBytes);
  const formats = (n: number) =>
    Array.from({ length: n }, () => ISSUES_COLUMNS.map((_, i) => (i === CELL_COLUMN ? "General" : "@")));
  const step = async (start: number): Promise<void> => {
    // The first block goes with the sheet's creation: one round trip for a small check.
    const n = Math.min(perBlock, cells.length - start);
    if (n > 0) {
      const block = sheet.getRangeByIndexes(HEADER_ROW + start, 0, n, ISSUES_COLUMNS.length);
      block.numberFormat = formats(n);
      block.formulas = cells.slice(start, start + n);
    }
    await context.sync();
    options.onProgress?.("Writing the Issues sheet", Math.min(1, (start + n) / Math.max(1, cells.length)));
    if (start + n < cells.length) return step(start + n);
  };
  await step(0);
  return { outcome: "written", rows: cells.length };
}
