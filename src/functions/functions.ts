import { PARTNERS as PARTNERS_TAB } from "../schema";
import {
  assetGaps,
  concentration as concentrationOf,
  countIssues,
  crossCheck,
  gapsToSpill,
  groupProblems,
  issuesToSpill,
  problemsToSpill,
  readiness as readinessOf,
  summarizePartners,
  summaryToSpill,
  tabIssuesToSpill,
  TrackerError,
  validateRange,
  type Cell,
  type Matrix,
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

/** A range argument as a matrix, whatever arrives (a single value, a ragged block, nothing). */
function matrixOf(range: unknown): Matrix {
  if (!Array.isArray(range)) return range === null || range === undefined ? [] : [[range as Cell]];
  return range.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
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

/**
 * Checks a block of cells against the tracker's rules and lists every issue, in sheet order.
 * @customfunction VALIDATE
 * @param range The block to check, header row included (e.g. tblPartners[#All] or Sheet1!A1:Q500).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @returns Row, Column, Severity, Message and Rule (the rule's stable id) for each issue.
 */
export function validate(range: any[][], tab?: string): any[][] {
  return guard((): Spill => {
    const result = validateRange(matrixOf(range), optionalText(tab));
    return issuesToSpill(result.issues, noIssues(result.rowsChecked, result.mapping.tab));
  });
}

/**
 * Until the `mapping` argument is read (a two-column range: your header | tracker column), a
 * mapping given is refused with a message rather than silently ignored: results computed with the
 * guessed mapping instead of the user's would look right and be wrong.
 */
function noMappingYet(mapping: unknown): void {
  const cells = matrixOf(mapping).flat();
  if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== "")) {
    throw new TrackerError(
      "#VALUE!",
      "This version of the add-in cannot read the mapping argument yet — leave it out, or rename your headers.",
    );
  }
}

/**
 * The distinct problems in a block: VALIDATE's issues grouped by rule, column and (for a value in
 * the wrong spelling or not in the list) the value, most rows first.
 * @customfunction PROBLEMS
 * @param range The block to check, header row included (e.g. tblPartners[#All] or Sheet1!A1:Q500).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @param [mapping] A two-column range: your header | tracker column, to correct how headers are read.
 * @returns Rule, Column, Severity, Value, Rows, First row and Message for each problem.
 */
export function problems(range: any[][], tab?: string, mapping?: any[][]): any[][] {
  return guard((): Spill => {
    noMappingYet(mapping);
    const result = validateRange(matrixOf(range), optionalText(tab));
    return problemsToSpill(groupProblems(result.issues), noIssues(result.rowsChecked, result.mapping.tab));
  });
}

/**
 * Counts the issues VALIDATE would list.
 * @customfunction ISSUES
 * @param range The block to check, header row included (e.g. tblPartners[#All]).
 * @param [tab] Foundation, Assets, Leadership or Partners. Inferred from the headers when omitted.
 * @param [severity] error, warning or all (the default).
 * @returns The number of issues.
 */
export function issues(range: any[][], tab?: string, severity?: string): number {
  return guard(() => {
    const wanted = severityOf(severity);
    return countIssues(validateRange(matrixOf(range), optionalText(tab)).issues, wanted);
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
 * @returns A table with one row per group and a Total row.
 */
export function summary(partners: any[][], groupBy?: string): any[][] {
  return guard(() =>
    summaryToSpill(
      summarizePartners(matrixOf(partners), optionalText(groupBy)),
      PARTNERS_TAB.col.committed.name,
      PARTNERS_TAB.col.received.name,
    ),
  );
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
