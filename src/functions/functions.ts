import { PARTNERS as PARTNERS_TAB } from "../schema";
import {
  assetGaps,
  concentration as concentrationOf,
  countIssues,
  crossCheck,
  gapsToSpill,
  groupProblems,
  HEADER_SCAN_ROWS,
  isBlankRow,
  issuesToSpill,
  mapBlockByPairs,
  pairsOfRange,
  problemsToSpill,
  readiness as readinessOf,
  summarizePartners,
  summaryToSpill,
  tabIssuesToSpill,
  TrackerError,
  validateBlocks,
  validateRange,
  type Cell,
  type Issue,
  type HeaderMapping,
  type Matrix,
  type PlainRow,
  type Spill,
} from "../core";

/**
 * The PARTNERS.* custom functions: thin wrappers over src/core. Each one turns Excel's arguments
 * into plain values (an omitted optional argument arrives as null), calls the core, and turns a
 * user-facing TrackerError into CustomFunctions.Error with its message, so a cell never shows an
 * unexplained #VALUE!. The JSDoc below generates functions.json; the build appends the
 * CustomFunctions.associate calls.
 */

/** The shape of CustomFunctions.Error, for Node (tests, CLI) where Excel's runtime is absent. */
export class FunctionError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

/** CustomFunctions.Error when Excel provides it, else the local class with the same code and message. */
export function functionError(code: "#VALUE!" | "#N/A", message: string): Error {
  const runtime = (globalThis as unknown as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  if (runtime?.Error && runtime.ErrorCode) {
    const errorCode = code === "#N/A" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
    return new runtime.Error(errorCode, message);
  }
  return new FunctionError(code, message);
}

/** Said when something unforeseen fails: still a message, never a bare exception. */
export const UNEXPECTED = "The add-in could not read this range";

function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof TrackerError) throw functionError(err.code, err.message);
    const detail = err instanceof Error ? err.message : String(err);
    throw functionError("#VALUE!", `${UNEXPECTED} (${detail}). Check that it is a block of cells with a header row.`);
  }
}

/**
 * One cell as the core reads it (BRIEF's contract): Excel hands a custom function plain values, but
 * with `allowErrorForDataTypeAny` an error cell arrives as an error object whose `code` is the error
 * text ("#N/A"; custom-functions-errors: errors "supported as a custom function input error"), and
 * with `allowCustomDataForDataTypeAny` a linked data type arrives as an entity object whose `text` is
 * what the cell shows (Excel.EntityCellValue.text; other cell values carry a `basicValue`).
 */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return value;
  const t = typeof value;
  if (t === "string" || t === "number" || t === "boolean") return value as Cell;
  if (t !== "object") return String(value);
  const v = value as { code?: unknown; text?: unknown; basicValue?: unknown; errorType?: unknown; type?: unknown };
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  if (typeof v.text === "string") return v.text;
  if (typeof v.basicValue === "string" || typeof v.basicValue === "number" || typeof v.basicValue === "boolean") {
    return v.basicValue;
  }
  return "";
}

/** Is any cell of the row something other than a plain value (only then is the row copied)? */
function plainRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== null && typeof v === "object") return false;
  }
  return true;
}

/** A plain row as it is, else a copy with every cell made plain. */
function plain(row: readonly unknown[]): Cell[] {
  // Plain rows pass through untouched: no copy of a 100k-row range for nothing.
  return plainRow(row) ? (row as Cell[]) : row.map(cellOf);
}

/**
 * A range argument as a matrix, whatever arrives (a single value, a ragged block, nothing). With
 * `headOnly`, only the rows where a header row may be are made plain (the first 20 non-empty rows
 * and the one below); the core makes the other rows plain as it reads them (`lazily`, below), so a
 * 100k-row range is not read twice.
 */
function matrixOf(range: unknown, headOnly = false): Cell[][] {
  if (!Array.isArray(range)) return range === null || range === undefined ? [] : [[cellOf(range)]];
  // A copy of the outer array (cheap), then one loop: a callback per row (range.map) cost as much as
  // SUMMARY's own pass over a 100k-row range.
  const out = range.slice() as Cell[][];
  let filled = 0;
  let ragged = false;
  for (let r = 0; r < out.length; r++) {
    const row: unknown = out[r];
    if (!Array.isArray(row)) {
      out[r] = [cellOf(row)];
      ragged = true;
    } else if (!headOnly || filled <= HEADER_SCAN_ROWS) {
      const cells = plain(row);
      if (!isBlankRow(cells)) filled++;
      out[r] = cells;
    } else if (!ragged) {
      // Past the header rows of a range that came as rows of cells (Excel always gives any[][]: the
      // custom-functions runtime passes a range as a 2-D array): the rest is read, and made plain, by
      // the core as it goes — touching each of 100k rows here cost SUMMARY a tenth of its time.
      break;
    }
  }
  return out;
}

/** The core's hook for rows not yet made plain: makes row `r` plain, in place in our own copy. */
function lazily(matrix: Cell[][]): PlainRow {
  return (r) => (matrix[r] = plain(matrix[r]));
}

/**
 * The `mapping` argument (a two-column range: your header | tracker column) as a HeaderMapping, or
 * undefined when it is omitted. Excel passes null for an omitted argument.
 */
function mappingOf(
  range: Cell[][],
  tab: string | null,
  mapping: unknown,
): { matrix: Matrix; mapping: HeaderMapping; column: number } | undefined {
  if (mapping === null || mapping === undefined || mapping === "") return undefined;
  const pairs = pairsOfRange(matrixOf(mapping));
  if (pairs.length === 0) return undefined;
  // Of blocks side by side, the one holding the mapping's headers (the core's mapBlockByPairs).
  const block = mapBlockByPairs(range, tab, pairs, lazily(range));
  return { matrix: block.matrix, mapping: block.mapping, column: block.column };
}

/** An optional text argument: null, undefined and "" mean omitted. */
function optionalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

const SEVERITIES = ["error", "warning", "all"] as const;

function severityOf(value: unknown): (typeof SEVERITIES)[number] {
  const text = optionalText(value)?.toLowerCase();
  if (text === undefined) return "all";
  const found = SEVERITIES.find((s) => s === text || `${s}s` === text);
  if (!found) throw new TrackerError("#VALUE!", `Unknown severity "${String(value)}" — use error, warning or all.`);
  return found;
}

function noIssues(rows: number, tab: string): string {
  return `No issues found: ${rows} ${tab} row${rows === 1 ? "" : "s"} checked.`;
}

/** What VALIDATE found in a range: its issues, and each block it checked (where it starts, its mapping, its rows). */
export interface RangeCheck {
  readonly issues: Issue[];
  readonly rowsChecked: number;
  readonly tab: string;
  /** Each block checked: its first column in the range (0-based), its mapping and its data rows checked. */
  readonly blocks: readonly {
    readonly column: number;
    readonly mapping: HeaderMapping;
    readonly rowsChecked: number;
  }[];
}

/**
 * VALIDATE's engine over the arguments as Excel passes them (PROBLEMS and ISSUES run it too). Exported
 * so a test can set the mapping it used beside the command line's and the task pane's for one sheet.
 */
export function checkArguments(range: unknown, tab: unknown, mapping: unknown): RangeCheck {
  const tabName = optionalText(tab);
  const matrix = matrixOf(range, true);
  const plainRow = lazily(matrix);
  const byHand = mappingOf(matrix, tabName, mapping);
  if (byHand) {
    // A block cut from the range holds rows made plain already; the range itself, rows to make plain.
    const rows = byHand.matrix === matrix ? plainRow : undefined;
    const result = validateRange(byHand.matrix, tabName, { mapping: byHand.mapping, plainRow: rows });
    return {
      issues: result.issues,
      rowsChecked: result.rowsChecked,
      tab: result.mapping.tab,
      blocks: [{ column: byHand.column, mapping: result.mapping, rowsChecked: result.rowsChecked }],
    };
  }
  // Blocks side by side are checked each on its own (SPEC rev 2).
  const { blocks, issues } = validateBlocks(matrix, tabName, { plainRow });
  const rowsChecked = blocks.reduce((n, b) => n + b.rowsChecked, 0);
  return {
    issues,
    rowsChecked,
    tab: [...new Set(blocks.map((b) => b.mapping.tab))].join(" and "),
    blocks: blocks.map((b) => ({ column: b.column, mapping: b.mapping, rowsChecked: b.rowsChecked })),
  };
}

/**
 * Checks a block of cells against the tracker's rules and lists every issue, in sheet order.
 * @customfunction VALIDATE
 * @param range The block to check, header row included (e.g. tblPartners[#All] or Sheet1!A1:Q500).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @param [mapping] Two columns: your header, and the tracker column it is. Wins over the guess.
 * @returns Row, Column, Severity, Message and Rule (the rule's stable id) for each issue.
 */
export function validate(range: any[][], tab?: string, mapping?: any[][]): any[][] {
  return guard((): Spill => {
    const result = checkArguments(range, tab, mapping);
    return issuesToSpill(result.issues, noIssues(result.rowsChecked, result.tab));
  });
}

/**
 * The distinct problems in a block: VALIDATE's issues grouped by rule, column and (for a value in
 * the wrong spelling or not in the list) the value, most rows first.
 * @customfunction PROBLEMS
 * @param range The block to check, header row included (e.g. tblPartners[#All] or Sheet1!A1:Q500).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @param [mapping] Two columns: your header, and the tracker column it is. Wins over the guess.
 * @returns Rule, Column, Severity, Value, Rows, First row and Message for each problem.
 */
export function problems(range: any[][], tab?: string, mapping?: any[][]): any[][] {
  return guard((): Spill => {
    const result = checkArguments(range, tab, mapping);
    return problemsToSpill(groupProblems(result.issues), noIssues(result.rowsChecked, result.tab));
  });
}

/**
 * Counts the issues VALIDATE would list.
 * @customfunction ISSUES
 * @param range The block to check, header row included (e.g. tblPartners[#All]).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @param [severity] error, warning or all (the default).
 * @param [mapping] Two columns: your header, and the tracker column it is. Wins over the guess.
 * @returns The number of issues.
 */
export function issues(range: any[][], tab?: string, severity?: string, mapping?: any[][]): number {
  return guard(() => {
    const wanted = severityOf(severity);
    return countIssues(checkArguments(range, tab, mapping).issues, wanted);
  });
}

/**
 * Checks the links between the four tabs: Initiative IDs, champions and the leadership of Active initiatives.
 * @customfunction CROSSCHECK
 * @param foundation The Foundation block, header row included (e.g. tblFoundation[#All]).
 * @param assets The Assets block, header row included.
 * @param leadership The Leadership block, header row included.
 * @param partners The Partners block, header row included.
 * @returns Tab, Row, Column, Severity, Message and Rule for each issue.
 */
export function crosscheck(foundation: any[][], assets: any[][], leadership: any[][], partners: any[][]): any[][] {
  return guard((): Spill => {
    const found = crossCheck({
      foundation: matrixOf(foundation),
      assets: matrixOf(assets),
      leadership: matrixOf(leadership),
      partners: matrixOf(partners),
    });
    return tabIssuesToSpill(found, "No issues found between the tabs.");
  });
}

/**
 * Partners, Committed and Received per group, largest commitment first, with a Total row.
 * @customfunction SUMMARY
 * @param partners The Partners block, header row included (e.g. tblPartners[#All]).
 * @param [groupBy] Sector (the default), Status, Initiative ID, Focus area or Contribution.
 * @param [mapping] Two columns: your header, and the tracker column it is. Wins over the guess.
 * @returns A table with one row per group and a Total row.
 */
export function summary(partners: any[][], groupBy?: string, mapping?: any[][]): any[][] {
  return guard(() => {
    const matrix = matrixOf(partners, true);
    const byHand = mappingOf(matrix, PARTNERS_TAB.name, mapping);
    const rows = byHand?.matrix ?? matrix;
    return summaryToSpill(
      summarizePartners(rows, optionalText(groupBy), byHand?.mapping, rows === matrix ? lazily(matrix) : undefined),
      PARTNERS_TAB.col.committed.name,
      PARTNERS_TAB.col.received.name,
    );
  });
}

/**
 * Assets whose Needed exceeds Available, largest gap first.
 * @customfunction GAPS
 * @param assets The Assets block, header row included (e.g. tblAssets[#All]).
 * @returns Asset, Category, Initiative ID, Available, Needed and Gap for each asset with a gap.
 */
export function gaps(assets: any[][]): any[][] {
  return guard(() => gapsToSpill(assetGaps(matrixOf(assets))));
}

/**
 * The share (0 to 1) of the Foundation checklist that an initiative meets.
 * @customfunction READINESS
 * @param foundation The Foundation block, header row included (e.g. tblFoundation[#All]).
 * @param initiative The initiative's Initiative ID, e.g. "FOOD-01".
 * @returns A number from 0 to 1.
 */
export function readiness(foundation: any[][], initiative: string): number {
  return guard(() => readinessOf(matrixOf(foundation), optionalText(initiative) ?? ""));
}

/**
 * The largest single partner's share (0 to 1) of all Committed dollars.
 * @customfunction CONCENTRATION
 * @param partners The Partners block, header row included (e.g. tblPartners[#All]).
 * @returns A number from 0 to 1.
 */
export function concentration(partners: any[][]): number {
  return guard(() => concentrationOf(matrixOf(partners)));
}
