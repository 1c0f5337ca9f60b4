import {
  groupsByValue,
  MAX_VALUES_PER_COLUMN,
  problemReading,
  problemValueKey,
  type Cell,
  type Severity,
} from "../core";
import type { CheckIssue } from "./check";

/**
 * The command line's roll-up: the issues of one run (one file or forty) grouped into distinct
 * problems, so 317 lines that are really 9 problems read as 9. A problem is (tab, rule, column) —
 * and the value, for rules about a value (a list value in another spelling, an unknown Initiative
 * ID, a duplicate name), where each distinct value is a problem of its own to fix.
 *
 * What makes a problem is the core's (`groupsByValue`, `problemValueKey`: the task pane and
 * PARTNERS.PROBLEMS group the same way); this class only accumulates across files as they stream
 * past, keeping counts and a few places rather than every issue.
 */

/** Rules whose issues are about the cell's value: one problem per distinct value (the core decides, as for the pane). */
export function isValueRule(rule: string): boolean {
  return groupsByValue(rule);
}

export interface ProblemLocation {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly cell?: string;
}

export interface Problem {
  readonly tab: string;
  readonly rule: string;
  /** The header as the workbook writes it. */
  readonly column: string;
  readonly severity: Severity;
  /** Set for rules about a value: the value every issue of the problem holds. */
  readonly value?: Cell;
  /** Rows with this problem: an issue said once for a word used in 14 rows counts 14. */
  readonly count: number;
  /** Issues the problem gathers (fewer than `count` where one issue stands for several rows). */
  readonly issues: number;
  /** Files it occurs in. */
  readonly files: number;
  /** The first issue's message; `sameMessage` says whether every issue said the same. */
  readonly message: string;
  readonly sameMessage: boolean;
  /** Where it is: the first few issues' places, in the order found (`first` is the first of them). */
  readonly examples: readonly ProblemLocation[];
  readonly first: ProblemLocation;
}

/** How many places a problem keeps to show where it is. */
export const EXAMPLES = 3;

interface Accumulator {
  tab: string;
  rule: string;
  column: string;
  severity: Severity;
  value?: Cell;
  count: number;
  issues: number;
  files: number;
  lastFile: string;
  message: string;
  sameMessage: boolean;
  examples: ProblemLocation[];
  order: number;
}

function locationOf(file: string, issue: CheckIssue): ProblemLocation {
  return { file, sheet: issue.sheet, row: issue.row, ...(issue.cell !== undefined ? { cell: issue.cell } : {}) };
}

/** Collects issues as they are checked (file after file) and hands back the problems, largest first. */
export class RollUp {
  private readonly byKey = new Map<string, Accumulator>();

  add(file: string, issue: CheckIssue): void {
    const byValue = isValueRule(issue.rule);
    // One rule's errors and warnings in a column are two problems, as the core's groupProblems has
    // them (a helper's round, real: a waiting list's negative lines, 85 errors and 66 netted
    // adjustments rolled up as "151 rows error"; in another file, a warning hiding an error).
    // And two readings of one rule are two problems (problemReading: copies left out in one file or
    // table, added up in another).
    const key =
      `${issue.tab}\u0000${issue.rule}\u0000${issue.column}\u0000${issue.severity}\u0000` +
      (byValue ? problemValueKey(issue.value) : "") +
      `\u0000${problemReading(issue.rule, issue.message)}`;
    const found = this.byKey.get(key);
    const rows = issue.rows !== undefined && issue.rows > 1 ? issue.rows : 1;
    if (found) {
      found.count += rows;
      found.issues++;
      if (found.lastFile !== file) {
        found.files++;
        found.lastFile = file;
      }
      if (found.sameMessage && found.message !== issue.message) found.sameMessage = false;
      if (found.examples.length < EXAMPLES) found.examples.push(locationOf(file, issue));
      return;
    }
    this.byKey.set(key, {
      tab: issue.tab,
      rule: issue.rule,
      column: issue.column,
      severity: issue.severity,
      value: byValue ? issue.value : undefined,
      count: rows,
      issues: 1,
      files: 1,
      lastFile: file,
      message: issue.message,
      sameMessage: true,
      examples: [locationOf(file, issue)],
      order: this.byKey.size,
    });
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The problems, most issues first; errors before warnings among equals, then in order found. */
  problems(): Problem[] {
    const all = foldValues([...this.byKey.values()]);
    all.sort(
      (a, b) =>
        b.count - a.count || Number(b.severity === "error") - Number(a.severity === "error") || a.order - b.order,
    );
    return all.map(({ tab, rule, column, severity, value, count, issues, files, message, sameMessage, examples }) => ({
      tab,
      rule,
      column,
      severity,
      ...(value !== undefined ? { value } : {}),
      count,
      issues,
      files,
      message,
      sameMessage,
      examples,
      first: examples[0],
    }));
  }
}

/**
 * As the core's groupProblems does (so the pane, PARTNERS.PROBLEMS and `check` say the same): past
 * MAX_VALUES_PER_COLUMN values of one rule in one column, the smaller ones are one problem together.
 * Real: a committee roster's 533 members, each on several rows, were 521 problems.
 */
function foldValues(all: Accumulator[]): Accumulator[] {
  const perColumn = new Map<string, Accumulator[]>();
  for (const a of all) {
    if (a.value === undefined && !isValueRule(a.rule)) continue;
    const key = `${a.tab}\u0000${a.rule}\u0000${a.column}\u0000${a.severity}`;
    let list = perColumn.get(key);
    if (!list) perColumn.set(key, (list = []));
    list.push(a);
  }
  const folded = new Set<Accumulator>();
  const rests: Accumulator[] = [];
  for (const list of perColumn.values()) {
    if (list.length <= MAX_VALUES_PER_COLUMN) continue;
    const tail = [...list].sort((a, b) => b.count - a.count || a.order - b.order).slice(MAX_VALUES_PER_COLUMN - 1);
    tail.sort((a, b) => a.order - b.order);
    for (const a of tail) folded.add(a);
    const first = tail[0];
    rests.push({
      ...first,
      value: undefined,
      count: tail.reduce((n, a) => n + a.count, 0),
      issues: tail.reduce((n, a) => n + a.issues, 0),
      files: Math.max(...tail.map((a) => a.files)),
      sameMessage: false,
      examples: tail.flatMap((a) => a.examples).slice(0, EXAMPLES),
    });
  }
  return folded.size === 0 ? all : [...all.filter((a) => !folded.has(a)), ...rests];
}

/** Convenience for one list of issues from one file. */
export function rollUp(file: string, issues: readonly CheckIssue[]): Problem[] {
  const r = new RollUp();
  for (const issue of issues) r.add(file, issue);
  return r.problems();
}
