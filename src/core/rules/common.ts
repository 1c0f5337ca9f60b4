import { LISTS, type ColumnSpec, type TabSpec } from "../../schema";
import { dateProblem, formatDollars, formatNumber } from "../coerce";
import { BLANK, INVALID, OK, VARIANT, slotOf, type TypedTable } from "../rows";
import { DuplicateFinder } from "../duplicates";
import { quote } from "../text";
import type { Rule } from "./types";

/**
 * Rules SPEC applies to every tab, generated per column from the schema: a column's type, list,
 * minimum, required flag and uniqueness are all the rules need to know.
 */

/** `$1,200` for currency columns, `1,200` otherwise. */
export function formatValue(column: ColumnSpec, value: number): string {
  return column.type === "currency" ? formatDollars(value) : formatNumber(value);
}

function required(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `required.${column.id}`,
    severity: "error",
    cell: { slot, states: [BLANK] },
    // A missing column is reported once by the engine, not here once per row.
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.state[slot] === BLANK) emit(slot, `${row.header[slot]} is empty — every row needs one.`);
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

function listedSpelling(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  return {
    id: `spelling.${column.id}`,
    severity: "warning",
    cell: { slot, states: [VARIANT] },
    start: (t) =>
      t.present(slot)
        ? (row, emit) => {
            if (row.state[slot] === VARIANT) {
              emit(
                slot,
                `${row.header[slot]} is ${quote(row.raw(slot))} — use the listed spelling "${row.listed[slot]}".`,
              );
            }
          }
        : undefined,
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
              const value = formatValue(column, row.num[slot]);
              emit(slot, `${row.header[slot]} is ${value} — expected ${formatValue(column, min)} or more.`);
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

function uniqueKey(tab: TabSpec, column: ColumnSpec): Rule {
  const slot = slotOf(tab, column);
  const unique = column.unique as NonNullable<ColumnSpec["unique"]>;
  return {
    id: `unique.${column.id}`,
    severity: unique.severity,
    cell: { slot, states: [OK, VARIANT] },
    start: (t: TypedTable) => {
      if (!t.present(slot)) return undefined;
      const column = t.index[slot];
      const finder = new DuplicateFinder(
        unique.compare,
        (rowNumber) => String(t.matrix[rowNumber - 1][column] ?? "").trim(),
        t.rowCount,
      );
      const firstRowOf = (text: string, rowNumber: number) => finder.firstRowOf(text, rowNumber);
      return (row, emit) => {
        if (row.state[slot] === BLANK) return;
        const text = row.text(slot);
        const first = firstRowOf(text, row.rowNumber);
        if (first !== undefined) {
          emit(slot, `${row.header[slot]} ${quote(text)} is already on row ${first} — list each one once.`);
        }
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
    if (column.type === "list" && column.list) {
      rules.push(inList(tab, column, LISTS[column.list].values), listedSpelling(tab, column));
    } else if (column.type === "email") {
      rules.push(emailAddress(tab, column));
    } else if (EXPECTED[column.type] !== undefined || column.type === "date") {
      rules.push(readableType(tab, column));
      if (column.type !== "yesNo") rules.push(storedAsText(tab, column));
    }
    if (column.min !== undefined) rules.push(atLeast(tab, column, column.min));
    if (column.unique) rules.push(uniqueKey(tab, column));
  }
  return rules;
}
