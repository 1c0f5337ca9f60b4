import type { CellState, TypedTable } from "../rows";
import type { Cell, Severity } from "../types";

/**
 * A rule is a declaration: a stable id, a severity, the column its issues are filed in, the other
 * columns it reads, and what it finds, as conditions and messages over the loaded row's plain
 * values. One engine (engine.ts) runs them all; how to add one is in README.md beside this file.
 */
export interface RuleContext {
  /** Today as an Excel serial (injected so tests can fix the date). */
  readonly today: number;
  /**
   * The range is one of the tracker's own tables, which the Summary sheet's native formulas read:
   * values those formulas would skip (amounts and dates typed as text) deserve a warning there.
   */
  readonly trackerTable: boolean;
}

/**
 * A finding on a row, reported on that row. The engine calls the rule only for rows whose cell in
 * column `of` (by default the rule's `at`) is in one of the `on` states (rows.ts BLANK, OK, INVALID,
 * VARIANT, PLACEHOLDER, ERROR_CELL): a clean 100k-row range never pays for a check with nothing to say.
 */
export interface EachRow {
  readonly on: readonly CellState[];
  readonly of?: number;
  /** The condition over the loaded row; absent, being in an `on` state is the finding. */
  readonly when?: (row: TypedTable, context: RuleContext) => boolean;
  readonly message: (row: TypedTable, context: RuleContext) => string;
}

/** One problem seen on many rows (the same value, the same placeholder), gathered for `grouped`. */
export interface Group {
  /** The value as the first row held it. */
  readonly value: Cell;
  /** 0-based matrix rows, every one (each is a cell to list and fix). */
  readonly rows: readonly number[];
  readonly count: number;
  /** What the rule's `note` said of the first row (the listed spelling a variant stands for). */
  readonly note: string;
}

/**
 * A finding reported once per distinct `key` with its rows and count (SPEC: a user's own word on
 * 4,210 rows is one warning, not 4,210), filed on the first row.
 */
export interface Grouped {
  readonly on: readonly CellState[];
  /** The condition over the loaded row; absent, being in an `on` state is enough. */
  readonly when?: (row: TypedTable) => boolean;
  readonly key: (row: TypedTable) => string;
  readonly note?: (row: TypedTable) => string;
  readonly message: (group: Group, table: TypedTable) => string;
  /**
   * When every filled cell of the column is in one of the groups, and there are WHOLE_GROUPS of them
   * or more: one finding for the column instead of one per group (a register's own categories, none
   * the list's: 26 errors, each repeating the list, were one decision to make). Undefined: one a group.
   */
  readonly whole?: (groups: readonly Group[], table: TypedTable) => string;
  /**
   * With MANY_GROUPS groups or more (not every cell of the column): one finding for the column, when
   * this gives one (undefined: one a group). Text where amounts go, each value its own problem, made
   * 26 problem lines of one habit on a real subsidy list.
   */
  readonly many?: (groups: readonly Group[], table: TypedTable) => string | undefined;
}

/**
 * Reports an issue after the last row: `row` is the 0-based matrix row it is filed on (the first
 * row of a repeated problem), `slot` its column. For problems SPEC says to report once, with a count.
 */
export type Report = (
  row: number,
  slot: number,
  message: string,
  value?: Cell,
  /** Filed under another rule id and severity (a rule's companion, such as `repeated.partner`). */
  as?: {
    readonly rule?: string;
    readonly severity?: Severity;
    readonly rows?: number;
    /** The 0-based matrix rows of every cell it stands for. */
    readonly cells?: readonly number[];
  },
) => void;

/** Reports an issue on the loaded row, in the column of `slot`. */
export type Emit = (slot: number, message: string) => void;

export type RowCheck = (table: TypedTable, emit: Emit) => void;

/** A rule that keeps state over the rows (the keys a duplicate rule has seen) and speaks at the end. */
export interface RuleRun {
  readonly check?: RowCheck;
  readonly finish: (report: Report) => void;
}

/** What a rule's `problem` words are given: the group's size, its column, and its first issue's message. */
export interface ProblemGroup {
  readonly issues: number;
  readonly rows: number;
  readonly column: string;
  /** The first issue's own words (what the rule said of this sheet, such as a ledger's suggestion). */
  readonly message?: string;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** The schema slot of the column its issues are filed in. */
  readonly at: number;
  /** Other columns it reads: the rule is silent on a range that lacks any of them, or `at`. */
  readonly reads?: readonly number[];
  /** Only on the tracker's own tables (see RuleContext.trackerTable). */
  readonly trackerOnly?: boolean;
  /**
   * Each distinct value it reports is a problem of its own (problems.ts: PROBLEMS, the task pane,
   * the Issues sheet and the CLI's roll-up): 5 unknown spellings are 5 things to fix, not one.
   */
  readonly byValue?: boolean;
  /** Its finding has a fix that cannot be wrong (the listed spelling), offered as "Fix these N cells". */
  readonly certainFix?: boolean;
  /**
   * What a problem made of several of its issues says, when they name different values (problems.ts):
   * "373 partners in Organization are each on several rows …" instead of the first issue's words.
   */
  readonly problem?: (group: ProblemGroup) => string;
  /**
   * What, besides its rule, column and value, makes two of its issues one problem: the reading their
   * message says ("" alike). A copy left out of one table's totals and a copy added up in the table
   * beside it, or in another file, are two problems, each said in its own words (a reviewer's repro:
   * "9 rows … their $800 left out", one of them added up).
   */
  readonly reading?: (message: string) => string;
  /**
   * The words every one of its messages says after ": " (what it means and what to do), the same for
   * each issue, then at most what this range suggests (the same for all its issues): where many are
   * listed together (the command line's details) they are said once, under the first, and the others
   * keep only what differs. Several where its messages say it in one of several forms (a ledger's of
   * organisations and of people: LEDGER_ADVICE, LEDGER_PEOPLE_ADVICE).
   */
  readonly advice?: string | readonly string[];

  /** What it finds — any of these: */
  readonly each?: EachRow;
  readonly grouped?: Grouped;
  /** A finding about the whole column, once the rows are read (the column's dates, its currencies). */
  readonly after?: (table: TypedTable, report: Report) => void;
  /**
   * For the few rules that need state across rows (duplicate keys): `start` runs once per range, and
   * its check is called for rows whose `at` cell is in one of the `on` states.
   */
  readonly stateful?: {
    readonly on: readonly CellState[];
    readonly start: (table: TypedTable, context: RuleContext) => RuleRun;
  };
  /**
   * When the range has no `at` column at all: one finding on the header row instead of one per row
   * (a required column that is missing).
   */
  readonly absent?: (header: string) => string;
}

/** A generated rule without its id and column, which commonRules gives it. */
export type RuleBody = Omit<Rule, "id" | "at">;
