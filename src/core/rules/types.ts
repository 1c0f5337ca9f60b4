import type { TypedTable } from "../rows";
import type { Severity } from "../types";

/**
 * A rule is a small named unit: an id (stable, for tests and the task pane), a severity, and a
 * per-row check. `start` runs once per range and returns the row check, or undefined when the range
 * lacks the columns the rule needs (a rule about Received says nothing on a sheet without Received).
 * Closures keep per-range state, such as the keys a duplicate rule has seen.
 */
export interface RuleContext {
  /** Today as an Excel serial (injected so tests can fix the date). */
  readonly today: number;
}

/** Reports an issue on the loaded row, in the column of `slot`. */
export type Emit = (slot: number, message: string) => void;

export type RowCheck = (table: TypedTable, emit: Emit) => void;

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  start(table: TypedTable, context: RuleContext): RowCheck | undefined;
}
