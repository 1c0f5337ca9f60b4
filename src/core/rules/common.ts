import { KEY_WITH, LEADERSHIP, LISTS, PARTNERS, type ColumnSpec, type TabSpec } from "../../schema";
import { dateProblem } from "../dateCells";
import { coerceNumber } from "../amountCells";
import { formatAmount, formatNumber, isEmail } from "../coerce";
import { ERROR_CELL, INVALID, READABLE, slotOf, type TypedTable } from "../rows";
import { LONE_DOT_GROUP } from "../typedCells";
import { DuplicateFinder, type KeyCompare as Compare } from "../duplicates";
import { holdsCategories } from "../guessSample";
import { mappedNameCompanions } from "../nameParts";
import { yearColumnOf } from "../summaryYears";
import { cellText, quote, rowList } from "../text";
import { KeyCopies, keyCopiesReading, RangeCopies, sameRow } from "./copies";
import { Ledger, otherCountries, otherPlaces, otherSaid, repeatedName, sameName, type KeyName } from "./ledger";
import type { Rule, RuleRun, RuleBody } from "./types";
import { withheldNames } from "./withheldNames";
import type { Cell } from "../types";
import { missingColumn, required, vacantSeats } from "./required";
import { IN_CURRENCY, MOVED, SHIFTED, movedRight, runOnDates, runTogether, shiftedRows } from "./shiftedCells";
import {
  amountReading,
  dateReading,
  dollarKind,
  oneCurrency,
  phoneNumbers,
  storedAsText,
  unsaidScale,
} from "./cellReadings";
import { OWN_VALUES_SHOWN, inList, listedSpelling, markedCells } from "./listValues";
import { atLeast } from "./belowMinimum";

/**
 * Rules SPEC applies to every tab, generated per column from the schema: a column's type, list,
 * minimum, required flag and uniqueness are all the rules need to know.
 */

/** SPEC: a cell holding an Excel error is reported as such, and otherwise read as empty. */
function errorCell(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    each: {
      on: [ERROR_CELL],
      message: (row) =>
        `${row.header[at]}: cell holds ${cellText(row.raw(at)).trim()} — read as empty; correct the formula or the value.`,
    },
  };
}

/** An amount's expected form in its column's currency: never `$` on a sheet of pounds. */
function expectedAmount(row: TypedTable, slot: number): string {
  // `10.000` among `150,000`s (TypedTable.amountOf leaves it unread): which it is, the user knows.
  // (Read alone it is a number: the column's commas are why it was not.)
  const dotted = LONE_DOT_GROUP.exec(cellText(row.raw(slot)));
  if (dotted && coerceNumber(row.raw(slot)) !== undefined) {
    const [, whole, part] = dotted;
    return (
      `${whole},${part} or ${Number(`${whole}.${part}`)}? The column groups its thousands with commas and shows ` +
      `no decimals: write ${whole},${part} if that is the amount`
    );
  }
  return IN_CURRENCY;
}

/**
 * An amount's expected form in the column's currency, asked once the rows are read (IN_CURRENCY): what
 * tells the column's amounts from dollars — a `€` or figures written as Europe writes them — may come
 * rows after the cell refused, and the summary says the currency the whole column shows (a helper's
 * round: "expected an amount in dollars" on row 2 above `1.200,50`s the summary shows without a sign).
 */
function expectedIn(t: TypedTable, slot: number): string {
  // A column shown without a sign (written as Europe writes amounts, or headed in another language,
  // on a sheet naming no currency) is in no dollars either (a helper's round, real: Austria's press
  // subsidies, "expected an amount in dollars" under `Förderbetrag`).
  if (t.withoutSign(slot)) return "expected an amount, like 1200";
  const currency = t.currencyOf(slot);
  const example = `like 1200 or ${formatAmount(1200, currency)}`;
  return currency === "USD"
    ? `expected an amount in dollars, ${example}`
    : `expected an amount in ${currency}, ${example}`;
}

const EXPECTED: Partial<Record<ColumnSpec["type"], (row: TypedTable, slot: number) => string>> = {
  number: () => "expected a number, like 12 or 1,200",
  currency: expectedAmount,
  yesNo: () => "expected Yes or No",
  date: (row, slot) => dateProblem(row.raw(slot), row.dayFirst[slot] === 1, row.minguoColumn(slot)),
};

/**
 * A value the column cannot read as its type: one error per distinct value, giving its rows (`Project
 * Budget Amount is "DOER" in 326 rows` — a code a register puts where an amount goes — not 326 lines).
 */
function readableType(at: number, column: ColumnSpec): RuleBody {
  const expected = EXPECTED[column.type] as NonNullable<(typeof EXPECTED)["number"]>;
  const figures = column.type === "currency" || column.type === "number";
  const shifted = figures ? shiftedRows(at) : column.type === "date" ? runOnDates(at) : undefined;
  const moved = figures ? movedRight(at) : undefined;
  const kind = (row: TypedTable) => (shifted?.is(row) ? SHIFTED : moved?.is(row) ? MOVED : undefined);
  return {
    byValue: true,
    severity: "error",
    grouped: {
      on: [INVALID],
      key: (row) => kind(row) ?? cellText(row.raw(at)).trim(),
      note: (row) => kind(row) ?? expected(row, at),
      message: ({ value, rows, count, note }, t) =>
        note === SHIFTED && shifted
          ? shifted.message(t, value, rows, count)
          : note === MOVED && moved
            ? moved.message(t, value, rows, count)
            : `${t.header[at]} is ${quote(value)}` +
              (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
              ` — ${note === IN_CURRENCY ? expectedIn(t, at) : note}.`,
      // Many different texts where figures go (a subsidy list's `abgelehnt …` reasons, a gazette's
      // amounts with their tax notes): one finding naming the commonest, not a problem a text.
      many: figures
        ? (groups, t) => {
            if (groups.some((g) => g.note === SHIFTED || g.note === MOVED)) return undefined;
            const sorted = [...groups].sort((a, b) => b.count - a.count);
            const rows = sorted.reduce((n, g) => n + g.count, 0);
            const shown = sorted
              .slice(0, OWN_VALUES_SHOWN)
              .map((g) => `${quote(g.value)}${g.count > 1 ? ` in ${formatNumber(g.count)} rows` : ""}`)
              .join(", ");
            return (
              `${t.header[at]} holds ${formatNumber(groups.length)} different values that are no ` +
              `${column.type === "currency" ? "amounts" : "numbers"}, in ${formatNumber(rows)} rows (${shown} and ` +
              `${formatNumber(groups.length - OWN_VALUES_SHOWN)} more) — ` +
              (sorted[0].note === IN_CURRENCY ? expectedIn(t, at) : sorted[0].note) +
              (column.type === "currency" ? "; left out of the sums until corrected." : ".")
            );
          }
        : undefined,
    },
  };
}

function emailAddress(at: number): RuleBody {
  return {
    severity: "warning",
    each: {
      on: [INVALID],
      message: (row) => {
        // Two addresses in one cell (real: a Spanish city's associations, `a@x.org, b@y.org` 9 times;
        // a Brazilian council's `a@x / b@y`) are two good addresses, not a bad one.
        const all = cellText(row.raw(at))
          .split(/[\s,;/|]+/)
          .filter((part) => part !== "");
        if (all.length > 1 && all.every((part) => isEmail(part))) {
          return (
            `${row.header[at]} holds ${all.length} addresses (${all.map(quote).join(", ")}) — keep one in the ` +
            `cell, and the others in Notes.`
          );
        }
        return `${row.header[at]} is ${quote(row.raw(at))} — expected an email address, like name@example.org.`;
      },
    },
  };
}

/** The text of a cell of the matrix by 1-based row number (how DuplicateFinder reads a row back). */
function cellTextAt(t: TypedTable, column: number): (rowNumber: number) => string {
  return (rowNumber) => (column < 0 ? "" : String(t.matrix[rowNumber - 1][column] ?? "").trim());
}

/**
 * A duplicate key (SPEC): Initiative ID in Foundation, Name in Leadership (warning), and in Partners
 * Partner + Initiative ID (one row per partner and initiative is the tracker's design). Where a tab's
 * key has a second part (KEY_WITH: Partners and Leadership with an Initiative ID column), a name on
 * several rows with nothing to tell them apart — a ledger, one row per grant; a roster, one row per
 * committee — is one `repeated.<column>` warning per name naming its rows (SPEC "Ledgers"), not one
 * per row.
 */
function uniqueKey(tab: TabSpec, at: number, column: ColumnSpec): RuleBody {
  const unique = column.unique as NonNullable<ColumnSpec["unique"]>;
  const withColumn = KEY_WITH[tab.name];
  const withSlot = withColumn ? slotOf(tab, withColumn) : -1;
  return {
    byValue: true,
    severity: unique.severity,
    // A copy's error says what the summary does with its money (KeyCopies): a problem of its own.
    reading: keyCopiesReading,
    // The values past the roll-up's first 25, said together (a contact list's 509 more names).
    // With the tab's second key part (Partners and Leadership with an Initiative ID), a row repeats both
    // (a helper's round: "each repeat a Project Type Name … list each one once" of a ledger's agencies).
    problem: ({ rows, column: header }) =>
      withSlot >= 0
        ? `${formatNumber(rows)} more rows each repeat ${/^[aeiou]/i.test(header) ? "an" : "a"} ${header} with an ${withColumn?.name} already on an earlier ` +
          `row — list each once per ${withColumn?.name}.`
        : `${formatNumber(rows)} more rows each repeat ${/^[aeiou]/i.test(header) ? "an" : "a"} ${header} already ` +
          `on an earlier row — list each one once.`,
    stateful: {
      on: READABLE,
      start: (t, context) =>
        withSlot >= 0 && t.present(withSlot)
          ? keyWith(t, at, withSlot, unique.compare, context.trackerTable)
          : repeatedKey(
              t,
              at,
              unique.compare,
              withSlot >= 0 ? `repeated.${column.id}` : undefined,
              context.trackerTable,
            ),
    },
  };
}

/**
 * A finder of a key column's repeats: names compared after their leading number where nearly every
 * one has one (`104114 - CRIME & DRUGS FREE FOUNDATION`: TypedTable.numberedNames), as the summary
 * counts its partners.
 */
function namesFinder(
  t: TypedTable,
  at: number,
  compare: Compare,
  textOf: (rowNumber: number) => string,
  secondOf?: (rowNumber: number) => string,
): DuplicateFinder {
  const finder = new DuplicateFinder(compare, textOf, t.rowCount, secondOf);
  finder.numbered = compare === "normalize" && t.numberedNames(at) !== undefined;
  return finder;
}

/**
 * The key name of a tab's rows (see KeyName): with its other half, and a middle name or initial
 * beside them, where the sheet has them (nameCompanions).
 */
function keyNameOf(t: TypedTable, at: number): KeyName {
  const textOf = cellTextAt(t, t.index[at]);
  const unknown = t.mapping.unknown;
  const { other, middle, continued } = mappedNameCompanions(t.header[at], t.mapping);
  if (other === undefined) return { textOf };
  const given = cellTextAt(t, unknown[other].index);
  if (middle === undefined)
    return { textOf, other: { header: unknown[other].header, textOf: given, ...(continued ? { continued } : {}) } };
  const initial = cellTextAt(t, unknown[middle].index);
  return {
    textOf,
    other: {
      header: `${unknown[other].header} and ${unknown[middle].header}`,
      textOf: (rowNumber) => `${given(rowNumber)} ${initial(rowNumber)}`.trim(),
    },
  };
}

/**
 * A key alone (Initiative ID, Name): a repeat is an issue on its row. In Partners and Leadership
 * without an Initiative ID column (`repeated`), a repeated name is one warning naming its rows.
 */
function repeatedKey(
  t: TypedTable,
  at: number,
  compare: Compare,
  repeated: string | undefined,
  trackerTable: boolean,
): RuleRun {
  const name = keyNameOf(t, at);
  if (repeated !== undefined) {
    const ledger = new Ledger(t, at, name, repeated);
    const finder = namesFinder(t, at, compare, name.textOf, name.other?.textOf);
    return { check: (row) => ledger.add(finder, row), finish: (report) => ledger.report(report) };
  }
  const { textOf, other } = name;
  if (other) {
    // A name in two columns: the same person only when both parts agree.
    const pairs = namesFinder(t, at, compare, textOf, other.textOf);
    return {
      check: (row, emit) => {
        const text = row.text(at);
        const given = other.textOf(row.rowNumber);
        const first = pairs.firstRowOfPair(text, row.rowNumber, given);
        if (first !== undefined) {
          emit(
            at,
            `${row.header[at]} ${quote(text)}${otherSaid(other, row.rowNumber, "with")} is already on row ${first} — list each one once.`,
          );
        }
      },
      finish: () => undefined,
    };
  }
  const finder = namesFinder(t, at, compare, textOf);
  const repeats: { row: number; text: string; first: number; value: Cell }[] = [];
  let keyed = 0;
  return {
    check: (row) => {
      keyed++;
      const text = row.text(at);
      const first = finder.firstRowOf(text, row.rowNumber);
      if (first !== undefined) repeats.push({ row: row.row, text, first, value: row.raw(at) });
    },
    finish: (report) => {
      const header = t.header[at];
      // (Not in the tracker's own table: there each repeat is an error on its row, SPEC.)
      if (!trackerTable && repeats.length >= LEDGER_REPEATS && repeats.length * 3 >= keyed) {
        // Most rows repeat a key: lines per programme (a budget's accounts), not one row per
        // initiative — one finding, not one a line (a helper's round, real: Oklahoma City's budget
        // detail, `ProgramID` on ~14 account lines each, 4,128 "already on row N" errors).
        const values = new Set(repeats.map((r) => r.text.toLowerCase())).size;
        // The rows holding a repeated value: each value's first row and its repeats (a helper's round:
        // "660 of 1,453 rows" said for the 1,298 that hold one of 638 values).
        report(
          repeats[0].row,
          at,
          `${header} repeats on ${formatNumber(repeats.length + values)} of ${formatNumber(keyed)} rows (${formatNumber(values)} ` +
            `values on several rows each): ${t.tab.name} lists each one once — are these lines per ${header} ` +
            `(a budget's accounts, say) rather than one row each? Keep one row each here, or map the sheet to another tab.`,
          repeats[0].value,
          { rows: repeats.length, cells: repeats.map((r) => r.row) },
        );
        return;
      }
      for (const r of repeats) {
        report(r.row, at, `${header} ${quote(r.text)} is already on row ${r.first} — list each one once.`, r.value);
      }
    },
  };
}

/** Repeats of a key from which a sheet of them is lines per key, said once (with a third of its rows). */
const LEDGER_REPEATS = 20;

/**
 * Partners or Leadership with its Initiative ID column: one row per partner (or person) and
 * initiative is the tracker's own design — CROSSCHECK counts a champion for each initiative on whose
 * row they are — so only the same name with the same initiative again is a duplicate. A row without
 * an initiative has nothing to tell it apart: it joins the repeated-name warnings.
 */
function keyWith(t: TypedTable, at: number, withSlot: number, compare: Compare, trackerTable: boolean): RuleRun {
  const name = keyNameOf(t, at);
  const { other } = name;
  // A user's ledger kept year by year numbers its projects afresh each year (`Award_Year`,
  // `Project_#` 1, 2 … again): the year is part of the initiative's identity (a helper's round, real:
  // California's transit awards, one agency's project 1 of 2015 and of 2016 "already on row 2").
  // A column of a few programmes said again and again is no project's number (see byInitiative): a
  // partner's rows under one programme are one ledger group across years (a helper's round, real:
  // NYC's social-service contracts, a provider's programme split into one warning a year).
  const categories = !trackerTable && !other && holdsCategories(t.matrix, t.mapping.headerRow, t.index[withSlot]);
  const yearAt = trackerTable || categories ? -1 : yearColumnOf(t.mapping);
  const idOf = cellTextAt(t, t.index[withSlot]);
  const yearOf = yearAt >= 0 ? cellTextAt(t, yearAt) : undefined;
  const initiativeOf = yearOf ? (rowNumber: number) => `${idOf(rowNumber)}\u0002${yearOf(rowNumber)}` : idOf;
  // A user's sheet whose Initiative ID column holds a few values said again and again (a grant line:
  // `Ordinary budget grant`, `Climate call`) is a ledger of grants under each: a partner's rows under
  // one of them are its grants, one warning naming them (SPEC "Ledgers"), not an error a row (a
  // helper's round: Brussels' subsidy register, 495 errors). Identifiers (an award's number) stay the
  // key, their repeats errors; so do the tracker's own tables.
  // (Their copies and the partner's rows' read together, as the summary reads the range's: RangeCopies.)
  const copies = new RangeCopies(t);
  const byInitiative = () =>
    new Ledger(
      t,
      at,
      { textOf: name.textOf, other: { header: t.header[withSlot], textOf: idOf, initiative: true } },
      `repeated.${t.tab.columns[at].id}`,
      -1,
      undefined,
      copies,
    );
  const grouped = categories ? byInitiative() : undefined;
  // A record over several rows, its key merged down them (a project's components under its
  // recipient): its lines, one warning naming them, not the partner listed again on each.
  const mergedRows = t.mapping.mergedRows;
  const merged = mergedRows && mergedRows.size > 0 ? byInitiative() : undefined;
  // A name in two columns: its other half goes with the initiative, so both must agree.
  const secondOf = other
    ? (rowNumber: number) => `${initiativeOf(rowNumber)}\u0001${other.textOf(rowNumber)}`
    : initiativeOf;
  const keys = namesFinder(t, at, compare, name.textOf, secondOf);
  // Made at the first row without an initiative: a tracker whose rows all have one never pays for it.
  let names: DuplicateFinder | undefined;
  const ledger = new Ledger(t, at, name, `repeated.${t.tab.columns[at].id}`, withSlot, undefined, copies);
  // Rows repeating the key that are copies of an earlier one: their error says what the summary does
  // with their money, once every row is read (KeyCopies).
  const keyCopies = new KeyCopies(t, copies);
  const each = t.tab.name === PARTNERS.name ? "partner" : "person";
  return {
    check: (row, emit) => {
      if (row.blank(withSlot)) {
        ledger.add((names ??= namesFinder(t, at, compare, name.textOf, other?.textOf)), row);
        return;
      }
      const text = row.text(at);
      const id = row.text(withSlot);
      const initiative = yearOf ? initiativeOf(row.rowNumber) : id;
      const second = other ? `${initiative}\u0001${other.textOf(row.rowNumber)}` : initiative;
      const first = keys.firstRowOfPair(text, row.rowNumber, second);
      if (first !== undefined && grouped) {
        grouped.addRepeat(first, row);
      } else if (first !== undefined && merged && mergedRows?.has(row.row)) {
        merged.addRepeat(first, row);
      } else if (first !== undefined) {
        const given = otherSaid(other, row.rowNumber, "and");
        const message =
          `${row.header[at]} ${quote(text)}${given} with ${row.header[withSlot]} ${quote(id)} is already on row ` +
          `${first} — list each ${each} once per initiative.`;
        if (!keyCopies.add(first, row.row, name.textOf(row.rowNumber), message, row.raw(at))) emit(at, message);
      }
    },
    finish: (report) => {
      keyCopies.report(report, at);
      ledger.report(report);
      grouped?.report(report);
      merged?.report(report);
    },
  };
}

/** Every generic rule for a tab, in the order a reader expects them within a row. */
export function commonRules(tab: TabSpec): Rule[] {
  const rules: Rule[] = [];
  for (const column of tab.columns) {
    if (column.type === "derived") continue; // table formulas: nothing for the user to fix
    const at = slotOf(tab, column);
    const add = (kind: string, body: RuleBody) => rules.push({ id: `${kind}.${column.id}`, at, ...body });
    if (column.required) {
      add("missingColumn", missingColumn());
      const seats = tab.name === LEADERSHIP.name && column.id === LEADERSHIP.col.name.id;
      const withheld = tab.name === PARTNERS.name && column.id === PARTNERS.col.partner.id;
      add("required", required(at, seats, withheld));
      if (seats) add("vacant", vacantSeats(at));
      if (withheld) add("withheld", withheldNames(at));
    }
    add("errorCell", errorCell(at));
    if (column.type === "list" && column.list) {
      add("list", inList(at, LISTS[column.list].values));
      add("spelling", listedSpelling(at));
      add("mark", markedCells(at, LISTS[column.list].values));
    } else if (column.type === "email") {
      add("email", emailAddress(at));
    } else if (EXPECTED[column.type] !== undefined) {
      add("type", readableType(at, column));
      if (column.type !== "yesNo") add("storedAsText", storedAsText(at, column));
      if (column.type === "date") add("dateReading", dateReading(at));
      if (column.type === "currency") add("currency", oneCurrency(at));
      if (column.type === "currency") add("dollarKind", dollarKind(at));
      // (Committed only, as the summary says it: a phone number typed as an amount is a pledge's.)
      if (column.id === PARTNERS.col.committed.id) add("phone", phoneNumbers(at));
      if (column.type === "currency") add("amountReading", amountReading(at));
      if (column.type === "currency") add("unsaidScale", unsaidScale(at));
    }
    if (column.min !== undefined) add("min", atLeast(at, column, column.min));
    if (column.unique) add("unique", uniqueKey(tab, at, column));
    if (column.unique && column.type === "text") add("runTogether", runTogether(at));
    if (column.unique && KEY_WITH[tab.name]) {
      add("repeated", repeatedName(tab));
      add("sameName", sameName(tab));
      if (tab.name === PARTNERS.name) add("otherCountries", otherCountries());
      if (tab.name === LEADERSHIP.name) add("otherPlaces", otherPlaces());
      add("sameRow", sameRow());
    }
  }
  return rules;
}
