import { CELL_STATES, type TypedTable } from "../rows";
import { isBlank, isPlaceholder } from "../text";
import type { Cell, Severity } from "../types";
import type { Group, Grouped, Report, Rule, RuleContext, RowCheck } from "./types";

/** A rule's row check, with what its issues are filed under. */
export interface Check {
  readonly rule: string;
  readonly severity: Severity;
  /**
   * The rule's condition over the loaded row, asked by the engine's loop itself before `check`
   * (undefined: always): most rows meet no condition, and a wrapper calling it from inside `check`
   * was a second call a rule a row, one shared call site for every rule. Asked here, VALIDATE took
   * 0.98x the time at 10k bench rows and 0.96x at 100k (same-process A/B, medians over processes).
   */
  readonly when: ((row: TypedTable, context: RuleContext) => boolean) | undefined;
  readonly check: RowCheck;
}

export interface Finisher {
  readonly rule: string;
  readonly severity: Severity;
  readonly finish: (report: Report) => void;
}

/** The rules of one range, made ready to run: what each row's cells call for, and what speaks last. */
export interface StartedRules {
  /**
   * Row checks filed by (slot × CELL_STATES + state): a row runs only the checks its cells call for,
   * which keeps the inner loop as fast as a hand-written one.
   */
  readonly byCell: (Check[] | undefined)[];
  /** Findings after the last row (groups, column-wide findings, a missing column). */
  readonly finishers: Finisher[];
}

/**
 * Turns the declarations into checks over `table`: a rule whose columns the range lacks is left out
 * (a rule about Received says nothing on a sheet without Received), except for its `absent` finding.
 */
export function startRules(rules: readonly Rule[], table: TypedTable, context: RuleContext): StartedRules {
  const byCell = new Array<Check[] | undefined>(table.tab.columns.length * CELL_STATES).fill(undefined);
  const finishers: Finisher[] = [];
  const file = (
    rule: Rule,
    slot: number,
    states: readonly number[],
    check: RowCheck,
    when?: (row: TypedTable, context: RuleContext) => boolean,
  ) => {
    const entry: Check = { rule: rule.id, severity: rule.severity, when, check };
    for (const state of states) (byCell[slot * CELL_STATES + state] ??= []).push(entry);
  };
  const finisher = (rule: Rule, finish: (report: Report) => void) =>
    finishers.push({ rule: rule.id, severity: rule.severity, finish });

  for (const rule of rules) {
    const at = rule.at;
    if (!table.present(at)) {
      const absent = rule.absent;
      // A header row with no rows under it (a template sheet kept beside the real one: a helper's
      // round, real: Austin's "Template - Do Not Delete", exit 1 for five columns it lacks) has no row
      // missing a value yet: what it lacks is said as a warning.
      if (absent) {
        finisher(rule, (report) =>
          report(
            table.mapping.headerRow,
            at,
            absent(table.header[at]),
            undefined,
            table.lastDataRow < 0 && !context.trackerTable ? { severity: "warning" } : undefined,
          ),
        );
      }
      continue;
    }
    if (rule.reads?.some((slot) => !table.present(slot))) continue;
    if (rule.trackerOnly && !context.trackerTable) continue;

    const each = rule.each;
    if (each) {
      const message = each.message;
      file(rule, each.of ?? at, each.on, (row, emit) => emit(at, message(row, context)), each.when);
    }
    if (rule.grouped) {
      const groups = startGroups(rule.grouped, at, table, context.trackerTable === true);
      file(rule, at, rule.grouped.on, groups.check, rule.grouped.when);
      finisher(rule, groups.finish);
    }
    const after = rule.after;
    if (after) finisher(rule, (report) => after(table, report));
    if (rule.stateful) {
      const run = rule.stateful.start(table, context);
      if (run.check) file(rule, at, rule.stateful.on, run.check);
      finisher(rule, run.finish);
    }
  }
  return { byCell, finishers };
}

/** Gathers a `grouped` rule's rows by key, and reports each group once, on its first row. */
function startGroups(
  grouped: Grouped,
  at: number,
  table: TypedTable,
  trackerTable: boolean,
): { check: RowCheck; finish: (report: Report) => void } {
  const seen = new Map<string, { first: number; value: Cell; note: string; rows: number[] }>();
  return {
    // (grouped.when is asked by the engine's loop: see Check.when.)
    check: (row) => {
      const key = grouped.key(row);
      const group = seen.get(key);
      if (group) group.rows.push(row.row);
      else seen.set(key, { first: row.row, value: row.raw(at), note: grouped.note?.(row) ?? "", rows: [row.row] });
    },
    finish: (report) => {
      const groups = [...seen.values()].map((g): Group => ({
        value: g.value,
        rows: g.rows,
        count: g.rows.length,
        note: g.note,
      }));
      const whole = grouped.whole;
      // (Beside values read as the list's, a column of values of its own says those alone: ownValuesIn.)
      if (
        whole &&
        groups.length >= WHOLE_GROUPS &&
        (table.ownValuesBesideListed(at) || everyFilledIn(table, at, groups))
      ) {
        // Largest first, as the column-wide message lists them.
        groups.sort((a, b) => b.count - a.count);
        const rows = groups.flatMap((g) => g.rows).sort((a, b) => a - b);
        // A user's column of their own categories (a funder's focus areas) is one decision to make, not
        // an error in the sheet: a warning, so a clean file is no "errors found" (a helper's round, real:
        // two funders' grant lists, exit 1 for `Focus Area` alone). The tracker's own tables, whose
        // dropdowns hold the list, keep the error.
        report(rows[0], at, whole(groups, table), table.matrix[rows[0]]?.[table.index[at]] ?? null, {
          rows: rows.length,
          cells: rows,
          ...(trackerTable ? {} : { severity: "warning" as const }),
        });
        return;
      }
      const said = groups.length >= MANY_GROUPS ? grouped.many?.(groups, table) : undefined;
      if (said !== undefined) {
        const rows = groups.flatMap((g) => g.rows).sort((a, b) => a - b);
        report(rows[0], at, said, table.matrix[rows[0]]?.[table.index[at]] ?? null, { rows: rows.length, cells: rows });
        return;
      }
      for (const g of groups) {
        report(g.rows[0], at, grouped.message(g, table), g.value, { rows: g.count, cells: g.rows });
      }
    },
  };
}

/** How many groups at least make a column-wide finding (Grouped.whole). */
const WHOLE_GROUPS = 3;

/** How many groups at least make a column-wide finding of some of its cells (Grouped.many). */
const MANY_GROUPS = 8;

/**
 * Is every filled cell of the column's data rows (placeholders aside) in one of the groups? Read from
 * the cells once, only for a column with WHOLE_GROUPS groups or more. Rows left out as no data (the
 * header row again, its merged-down second line, a Total row, notes under the data) are not the
 * column's values: counted, the header's own `Unit/Sector` under it turned the one "values of its
 * own" warning into an error per value (corpus round fi, real: Frontex's grants, y2017's repeated header).
 */
function everyFilledIn(table: TypedTable, at: number, groups: readonly Group[]): boolean {
  let grouped = 0;
  for (const g of groups) grouped += g.count;
  const column = table.index[at];
  const notData = new Set(table.leftOut.map((l) => l.row));
  let filled = 0;
  for (let r = table.firstDataRow; r < table.rowCount && filled <= grouped; r++) {
    if (notData.has(r)) continue;
    const cell = table.matrix[r]?.[column];
    if (!isBlank(cell) && !isPlaceholder(cell)) filled++;
  }
  return filled === grouped;
}
