import type { TypedTable } from "../rows";
import type { Cell, Severity } from "../types";

/**
 * A rule is a small named unit: an id (stable, for tests and the task pane), a severity, and a
 * per-row check. `start` runs once per range and returns the row check, or undefined when the range
 * lacks the columns the rule needs (a rule about Received says nothing on a sheet without Received).
 * Closures keep per-range state, such as the keys a duplicate rule has seen.
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

/** Reports an issue on the loaded row, in the column of `slot`. */
export type Emit = (slot: number, message: string) => void;

export type RowCheck = (table: TypedTable, emit: Emit) => void;

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

/** A rule that also speaks once the rows are read (counts, column-wide findings). */
export interface RuleRun {
  readonly check?: RowCheck;
  readonly finish: (report: Report) => void;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /**
   * For a rule about one cell: its column slot and the cell states (rows.ts BLANK, OK, INVALID,
   * VARIANT) it reacts to. The engine then calls it only for those cells, which keeps a clean
   * 100k-row range from paying for a dozen checks per row that have nothing to say.
   */
  readonly cell?: { readonly slot: number; readonly states: readonly number[] };
  start(table: TypedTable, context: RuleContext): RowCheck | RuleRun | undefined;
}
