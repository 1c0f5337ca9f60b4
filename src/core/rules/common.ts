import { KEY_WITH, LISTS, type ColumnSpec, type TabSpec } from "../../schema";
import { dateProblem, formatDate, formatNumber } from "../coerce";
import { BLANK, ERROR_CELL, INVALID, OK, PLACEHOLDER, VARIANT, slotOf, type TypedTable } from "../rows";
import { DuplicateFinder } from "../duplicates";
import { cellText, quote } from "../text";
import type { Cell } from "../types";
import type { Rule } from "./types";

/**
 * Rules SPEC applies to every tab, generated per column from the schema: a column's type, list,
 * minimum, required flag and uniqueness are all the rules need to know.
 */

const MAX_ROWS_NAMED = 8;

/** `4, 7, 9` or `4, 7, 9 … and 120 more` (1-based sheet rows of the range). */
export function rowList(rows: readonly number[], count: number): string {
  const shown = rows
    .slice(0, MAX_ROWS_NAMED)
    .map((r) => r + 1)
    .join(", ");
  return count > MAX_ROWS_NAMED ? `${shown} … and ${count - MAX_ROWS_NAMED} more` : shown;
}

/** Repeats of one thing in a column, counted as the rows go by and reported once at the end. */
export class Tally<T> {
  private readonly seen = new Map<string, { first: T; value: Cell; rows: number[]; count: number }>();

  /** `rows` keeps every row (not only the few a message names): each is a cell to list and fix. */
  add(key: string, row: number, value: Cell, first: () => T): void {
    const entry = this.seen.get(key);
    if (entry) {
      entry.count++;
      entry.rows.push(row);
    } else {
      this.seen.set(key, { first: first(), value, rows: [row], count: 1 });
    }
  }

  each(report: (first: T, value: Cell, rows: readonly number[], count: number) => void): void {
    for (const e of this.seen.values()) report(e.first, e.value, e.rows, e.count);
  }

  get size(): number {
    return this.seen.size;
  }
}

function required(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `required.${column.id}`,
    severity: "error",
    cell: { slot, states: [BLANK, PLACEHOLDER] },
    // A missing column is reported once by the engine, not here once per row. A placeholder
    // (`REDACTED`, `N/A`) is reported once per column with a count (SPEC).
    start: (t) => {
      if (!t.present(slot)) return undefined;
      const placeholders = new Tally<number>();
      return {
        check: (row, emit) => {
          if (row.state[slot] === BLANK) emit(slot, `${row.header[slot]} is empty — every row needs one.`);
          else if (row.state[slot] === PLACEHOLDER) placeholders.add("", row.row, row.raw(slot), () => row.row);
        },
        finish: (report) =>
          placeholders.each((first, value, rows, count) =>
            report(
              first,
              slot,
              count === 1
                ? `${t.header[slot]} is ${quote(value)}, a placeholder, not a value — every row needs one.`
                : `${t.header[slot]} holds a placeholder (such as ${quote(value)}) instead of a value in ${formatNumber(count)} ` +
                    `rows (${rowList(rows, count)}) — every row needs one.`,
              value,
              { rows: count, cells: rows },
            ),
          ),
      };
    },
  };
}

/** SPEC: a cell holding an Excel error is reported as such, and otherwise read as empty. */
function errorCell(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `errorCell.${column.id}`,
    severity: "warning",
    cell: { slot, states: [ERROR_CELL] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            const text = cellText(row.raw(slot)).trim();
            emit(slot, `${row.header[slot]}: cell holds ${text} — read as empty; correct the formula or the value.`);
          }
        : undefined,
  };
}

const EXPECTED: Partial<Record<ColumnSpec["type"], string>> = {
  number: "expected a number, like 12 or 1,200",
  currency: "expected an amount in dollars, like 1200 or $1,200",
  yesNo: "expected Yes or No",
};

function readableType(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  const expected = EXPECTED[column.type];
  return {
    id: `type.${column.id}`,
    severity: "error",
    cell: { slot, states: [INVALID] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.state[slot] !== INVALID) return;
            const raw = row.raw(slot);
            const why = column.type === "date" ? dateProblem(raw) : expected;
            emit(slot, `${row.header[slot]} is ${quote(raw)} — ${why}.`);
          }
        : undefined,
  };
}

/**
 * Dates the column reads one way while the text could mean another (SPEC): a column whose every
 * `3/4/2024` could be day-first or month-first (read month first), and months without a day.
 */
function dateReading(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `dateReading.${column.id}`,
    severity: "warning",
    start: (t) =>
      t.present(slot)
        ? {
            finish: (report) => {
              const ambiguous = t.ambiguousDateRow[slot];
              if (ambiguous >= 0) {
                const value = t.matrix[ambiguous][t.index[slot]];
                report(
                  ambiguous,
                  slot,
                  `${t.header[slot]}: every date like ${quote(value)} could be day-first or month-first — read month ` +
                    `first (${formatDate(t.numAt(ambiguous, slot))}); write dates like 2024-03-01 to be sure.`,
                  value,
                );
              }
              const monthOnly = t.monthOnlyRow[slot];
              if (monthOnly >= 0) {
                const value = t.matrix[monthOnly][t.index[slot]];
                const count = t.monthOnlyCount[slot];
                report(
                  monthOnly,
                  slot,
                  `${t.header[slot]} is ${quote(value)}${count > 1 ? ` and ${formatNumber(count - 1)} more month(s)` : ""} ` +
                    `without a day — read as the 1st of the month; add the day.`,
                  value,
                  { rows: count },
                );
              }
            },
          }
        : undefined,
  };
}

/** SPEC: a column that mixes currencies is an error, once: its amounts cannot be added up. */
function oneCurrency(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `currency.${column.id}`,
    severity: "error",
    start: (t) =>
      t.present(slot)
        ? {
            finish: (report) => {
              const mixed = t.mixedCurrencyRow[slot];
              if (mixed < 0) return;
              const value = t.matrix[mixed][t.index[slot]];
              report(
                mixed,
                slot,
                `${t.header[slot]} mixes currencies: ${t.currency[slot]} from row ${t.currencyRow[slot] + 1}, and ` +
                  `${typeof value === "string" ? quote(value) : "another currency"} here — convert them to one ` +
                  `currency so they can be added up.`,
                value,
              );
            },
          }
        : undefined,
  };
}

/**
 * In a tracker table, an amount or date typed as text (`$12,000`, `2026-03-01`) is accepted by the
 * rules but skipped by the Summary's SUMIFS and ISNUMBER, so the Summary would undercount silently.
 */
function storedAsText(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  const retype = column.type === "date" ? "as a date" : "as a number";
  return {
    id: `storedAsText.${column.id}`,
    severity: "warning",
    cell: { slot, states: [OK] },
    start: (t, { trackerTable }) =>
      trackerTable && t.present(slot)
        ? (row, emit) => {
            const raw = row.raw(slot);
            if (typeof raw !== "string") return;
            emit(
              slot,
              `${row.header[slot]} is the text ${quote(raw)}: the rules read it, but the Summary's formulas skip text — retype it ${retype}.`,
            );
          }
        : undefined,
  };
}

function inList(tab: TabSpec, column: ColumnSpec, values: readonly string[]): Rule {
  const slot = slotOf(tab, column);
  const choices = values.join(", ");
  return {
    id: `list.${column.id}`,
    severity: "error",
    cell: { slot, states: [INVALID] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.state[slot] === INVALID) {
              emit(slot, `${row.header[slot]} is ${quote(row.raw(slot))} — expected one of: ${choices}.`);
            }
          }
        : undefined,
  };
}

/**
 * A list value in other spelling or in the users' own words (`Complete` → Completed): read as the
 * listed value, with one warning per distinct value and column giving the rows (SPEC).
 */
function listedSpelling(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `spelling.${column.id}`,
    severity: "warning",
    cell: { slot, states: [VARIANT] },
    start: (t) => {
      if (!t.present(slot)) return undefined;
      const variants = new Tally<{ row: number; listed: string }>();
      return {
        check: (row) => {
          const raw = row.raw(slot);
          variants.add(cellText(raw).trim(), row.row, raw, () => ({
            row: row.row,
            listed: row.listed[slot] as string,
          }));
        },
        finish: (report) =>
          variants.each((first, value, rows, count) =>
            report(
              first.row,
              slot,
              `${t.header[slot]} is ${quote(value)}` +
                (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
                ` — use the listed spelling "${first.listed}".`,
              value,
              { rows: count, cells: rows },
            ),
          ),
      };
    },
  };
}

function atLeast(tab: TabSpec, column: ColumnSpec, min: number): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `min.${column.id}`,
    severity: "error",
    cell: { slot, states: [OK] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.has(slot) && row.num[slot] < min) {
              const money = column.type === "currency";
              const value = money ? row.formatAmount(slot, row.num[slot]) : formatNumber(row.num[slot]);
              const least = money ? row.formatAmount(slot, min) : formatNumber(min);
              emit(slot, `${row.header[slot]} is ${value} — expected ${least} or more.`);
            }
          }
        : undefined,
  };
}

function emailAddress(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `email.${column.id}`,
    severity: "warning",
    cell: { slot, states: [INVALID] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.state[slot] === INVALID) {
              emit(
                slot,
                `${row.header[slot]} is ${quote(row.raw(slot))} — expected an email address, like name@example.org.`,
              );
            }
          }
        : undefined,
  };
}

/** The text of a cell of the matrix by 1-based row number (how DuplicateFinder reads a row back). */
function cellTextAt(t: TypedTable, column: number): (rowNumber: number) => string {
  return (rowNumber) => (column < 0 ? "" : String(t.matrix[rowNumber - 1][column] ?? "").trim());
}

/**
 * A duplicate key (SPEC): Initiative ID in Foundation, Name in Leadership (warning), and in Partners
 * Partner + Initiative ID (one row per partner and initiative is the tracker's design). A partner on
 * several rows with nothing to tell them apart — a ledger, one row per grant, without Initiative IDs
 * — is one `repeated.<column>` warning per partner naming its rows; SUMMARY counts it once.
 */
function uniqueKey(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  const unique = column.unique as NonNullable<ColumnSpec["unique"]>;
  const withColumn = KEY_WITH[tab.name];
  const withSlot = withColumn ? slotOf(tab, withColumn) : -1;
  const repeated = { rule: `repeated.${column.id}`, severity: "warning" } as const;
  return {
    id: `unique.${column.id}`,
    severity: unique.severity,
    cell: { slot, states: [OK, VARIANT] },
    start: (t: TypedTable) => {
      if (!t.present(slot)) return undefined;
      const textOf = cellTextAt(t, t.index[slot]);
      if (withSlot < 0) {
        const finder = new DuplicateFinder(unique.compare, textOf, t.rowCount);
        return (row, emit) => {
          const text = row.text(slot);
          const first = finder.firstRowOf(text, row.rowNumber);
          if (first !== undefined) {
            emit(slot, `${row.header[slot]} ${quote(text)} is already on row ${first} — list each one once.`);
          }
        };
      }
      const keyed = t.present(withSlot);
      const keys = new DuplicateFinder(unique.compare, textOf, t.rowCount, cellTextAt(t, t.index[withSlot]));
      // Made at the first row without an initiative: a tracker whose rows all have one never pays for it.
      let partners: DuplicateFinder | undefined;
      // Per repeated partner without an initiative (by its first row): its rows.
      const groups = new Map<number, { rows: number[]; count: number }>();
      return {
        check: (row, emit) => {
          const text = row.text(slot);
          if (keyed && !row.blank(withSlot)) {
            // One row per partner and initiative is the tracker's own design: only the same
            // partner with the same initiative again is a duplicate.
            const id = row.text(withSlot);
            const first = keys.firstRowOfPair(text, row.rowNumber, id);
            if (first !== undefined) {
              emit(
                slot,
                `${row.header[slot]} ${quote(text)} with ${row.header[withSlot]} ${quote(id)} is already on row ` +
                  `${first} — list each partner once per initiative.`,
              );
            }
            return;
          }
          // No initiative to tell the rows apart: a ledger, one warning per repeated partner.
          partners ??= new DuplicateFinder(unique.compare, textOf, t.rowCount);
          const first = partners.firstRowOf(text, row.rowNumber);
          if (first === undefined) return;
          let group = groups.get(first);
          if (!group) groups.set(first, (group = { rows: [first - 1], count: 1 }));
          group.count++;
          if (group.rows.length < 8) group.rows.push(row.row);
        },
        finish: (report) => {
          for (const [first, g] of groups) {
            const name = textOf(first);
            report(
              first - 1,
              slot,
              `${t.header[slot]} ${quote(name)} is on ${formatNumber(g.count)} rows (${rowList(g.rows, g.count)}): read ` +
                `as one partner with several rows — its amounts are added up and it counts once. If these are ` +
                `different organisations, tell them apart by name.`,
              name,
              { ...repeated, rows: g.count },
            );
          }
        },
      };
    },
  };
}

/** Every generic rule for a tab, in the order a reader expects them within a row. */
export function commonRules(tab: TabSpec): Rule[] {
  const rules: Rule[] = [];
  for (const column of tab.columns) {
    if (column.type === "derived") continue; // table formulas: nothing for the user to fix
    if (column.required) rules.push(required(tab, column));
    rules.push(errorCell(tab, column));
    if (column.type === "list" && column.list) {
      rules.push(inList(tab, column, LISTS[column.list].values), listedSpelling(tab, column));
    } else if (column.type === "email") {
      rules.push(emailAddress(tab, column));
    } else if (EXPECTED[column.type] !== undefined || column.type === "date") {
      rules.push(readableType(tab, column));
      if (column.type !== "yesNo") rules.push(storedAsText(tab, column));
      if (column.type === "date") rules.push(dateReading(tab, column));
      if (column.type === "currency") rules.push(oneCurrency(tab, column));
    }
    if (column.min !== undefined) rules.push(atLeast(tab, column, column.min));
    if (column.unique) rules.push(uniqueKey(tab, column));
  }
  return rules;
}
