/**
 * Rows whose cells stand out of their columns: a CSV line that lost a separator (its figures a column
 * left, or run on after a date or a name) or gained one (a column or two right). Said once for the
 * column with its rows, as readableType (common.ts) and the key column's runTogether ask. Split from
 * common.ts.
 */
import { coerceDate } from "../dateCells";
import { formatNumber } from "../coerce";
import { OK, type TypedTable } from "../rows";
import { cellText, isBlank, quote, rowList } from "../text";
import { fitsLeftByOne, textsLeftOf } from "../movedRows";
import type { Cell } from "../types";
import type { RuleBody } from "./types";

/**
 * The other half of shiftedRows: a date column's `04/06/2012900`, the date with the amount run on
 * after it, said once for the column with its rows — on a row a cell short (endsShort), as a line that
 * lost its separator is. A full row's `08.02.20222` is a year mistyped, said as any date that is none
 * (corpus round gn D9, real: Moscow's subsidy register, an xlsx, told "did the file lose a separator?").
 */
export function runOnDates(at: number): ReturnType<typeof shiftedRows> {
  return {
    is: (row) => {
      const raw = row.raw(at);
      return typeof raw === "string" && DATE_RUN_INTO_FIGURES.test(raw.trim()) && endsShort(row);
    },
    message: (t, value, rows, count) =>
      `${t.header[at]} holds a date with figures run on after it (such as ${quote(value)}) in ` +
      `${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}): the figures belong in ` +
      `the next column — did the file lose a separator? Fix ${count === 1 ? "it" : "them"} there.`,
  };
}

/** A date with figures run on after its year: `04/06/2012900`, `2012-06-04620.40`. */
const DATE_RUN_INTO_FIGURES = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\d[\d,]*(?:\.\d+)?$/;

/**
 * A name with a date and an amount run on after it (`Kite Academy2129/05/2012740`): a CSV line that
 * lost the two separators after the name, its date and amount now in the name and its row cells
 * short. Tested only on a cell ending in a figure with a `/`, `.` or `-` in it, so a name costs one
 * character test; the pattern is anchored at the end, its parts bounded.
 */
const NAME_RUN_INTO_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\d[\d,]{0,15}(?:\.\d{1,2})?$/;

/**
 * Rows whose key cell holds the row's date and amount run into it, the row a cell short or more (see
 * NAME_RUN_INTO_DATE): one error with the rows, as shiftedRows says a row one separator short — its
 * amount is in no sum (a helper's round, real: Lambeth's payments, £740 to an academy dropped unsaid).
 */
export function runTogether(at: number): RuleBody {
  return {
    severity: "error",
    grouped: {
      on: [OK],
      // (A name ending in a letter, most of them, costs one character test: no string is made.)
      when: (row) => {
        const raw = row.raw(at);
        if (typeof raw !== "string") return false;
        let end = raw.length - 1;
        while (end > 0 && raw.charCodeAt(end) === 32) end--;
        const last = raw.charCodeAt(end);
        if (last < 48 || last > 57) return false;
        // The date and figures run on are a tail of digits, `,` and two `/`, `.` or `-` at least: a name
        // ending in a number (`Partner 12345`) is settled by its last characters, without the pattern.
        let separators = 0;
        for (let i = end; i >= 0 && separators < 2; i--) {
          const c = raw.charCodeAt(i);
          if (c === 47 || c === 46 || c === 45) separators++;
          else if ((c < 48 || c > 57) && c !== 44) return false;
        }
        return separators === 2 && NAME_RUN_INTO_DATE.test(raw.trimEnd()) && endsShort(row);
      },
      key: () => "runTogether",
      message: ({ value, rows, count }, t) =>
        `${t.header[at]} holds a name with a date and figures run on after it (such as ${quote(value)}) in ` +
        `${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}), ${count === 1 ? "its" : "their"} ` +
        `other cells short of the header — did the file lose separators? Fix ${count === 1 ? "it" : "them"} there; ` +
        `${count === 1 ? "its amount is in no sum" : "their amounts are in no sums"} until then.`,
    },
  };
}

/**
 * The header row's text over `column`: a column's name where the table's mapping does not list it — one
 * the user said to ignore (besideMapping leaves it out of `t.mapping.unknown`) is still where it is.
 */
function headerCell(t: TypedTable, column: number): string {
  return cellText(t.matrix[t.mapping.headerRow]?.[column] ?? null).trim();
}

/** The key and note of a number column's rows whose cells stand one column left (shiftedRows). */
export const SHIFTED = "\u0000shifted";
/** …and of its rows whose cells stand a column or two right (movedRight). */
export const MOVED = "\u0000moved";
/** The note of an amount refused, its currency said once the rows are read (expectedIn). */
export const IN_CURRENCY = "\u0000inCurrency";

/**
 * Rows whose cells stand a column or two right of their headers: the number column holds what a
 * column to its left holds on other rows. A CSV's quoted value with quotation marks inside it
 * (`"Play "The Lantern", 3 nights"`) splits into more cells, as Excel opens it (real: a Swiss city's
 * culture grants, CHF 11,000 left out as "Amount is "Konzert & Theater" — expected an amount").
 */
export function movedRight(at: number): ReturnType<typeof shiftedRows> {
  const headerAt = (t: TypedTable, column: number): string =>
    [...t.mapping.columns, ...t.mapping.unknown].find((c) => c.index === column)?.header ??
    (headerCell(t, column) || `the column to its left`);
  return {
    is: (row) => {
      const raw = row.raw(at);
      if (typeof raw !== "string") return false;
      // The row says it moved — a cell past the last header, or a quotation mark left in a cell —
      // before its columns are read: a word the amount column shares with a column to its left
      // (`pending`) is no move by itself, and a sheet without such rows never builds the lookup.
      const cells = row.matrix[row.row] ?? [];
      const header = row.matrix[row.mapping.headerRow] ?? [];
      let last = header.length - 1;
      while (last >= 0 && isBlank(header[last])) last--;
      // (The same words in the cell to its left on the row: a word said across year columns, each in its place.)
      const before = cells[row.index[at] - 1];
      if (typeof before === "string" && before.trim() === raw.trim()) return false;
      const moved = cells.some((c, i) => (i > last && !isBlank(c)) || (typeof c === "string" && c.includes('"')));
      // Or the row reads right with an empty cell before it taken out: a block of rows put a column to
      // the right, their last cells filled (a helper's round, real: MCC's indicators, 80 Honduras rows
      // with an empty cell put in, each target read as the actual to date, nothing said).
      if (!moved && !fitsLeftByOne(row, row.index[at])) return false;
      // Asked last: the texts of two columns over every row, read once a table (a text amount on rows
      // that stand where they are, `lots`, never pays for it: 7 ms a VALIDATE at 100k rows).
      return textsLeftOf(row, row.index[at]).has(raw.trim());
    },
    message: (t, value, rows, count) => {
      const column = textsLeftOf(t, t.index[at]).get(cellText(value).trim()) ?? t.index[at] - 1;
      const by = t.index[at] - column;
      const quoted = (t.matrix[rows[0]] ?? []).find((c) => typeof c === "string" && c.includes('"'));
      const why =
        quoted !== undefined
          ? `a quoted value with quotation marks inside it (${quote(quoted)}) split into more cells.`
          : `was an empty cell put in before them, or a value split into two cells?`;
      return (
        `${t.header[at]} holds what ${headerAt(t, column)} holds (such as ${quote(value)}) in ${formatNumber(count)} ` +
        `${count === 1 ? "row" : "rows"} (${rowList(rows, count)}): ${count === 1 ? "its cells stand" : "their cells stand"} ` +
        `${by === 1 ? "one column" : `${by} columns`} to the right of their headers — ${why} Fix ` +
        `${count === 1 ? "it" : "them"} there; until then ${count === 1 ? "its" : "their"} ${t.header[at]} is in no sum.`
      );
    },
  };
}

/**
 * Does the loaded row end a cell short of its header row — its cell under the last header empty — as
 * a line that lost a separator does? (Not so, a measures table whose year columns share a word, `Yes`
 * beside `Yes`: a helper's round, Austin's, 146 rows "did the file lose a separator?" in an xlsx.)
 */
function endsShort(row: TypedTable): boolean {
  const header = row.matrix[row.mapping.headerRow] ?? [];
  let last = header.length - 1;
  while (last >= 0 && isBlank(header[last])) last--;
  return last >= 0 && isBlank(row.matrix[row.row]?.[last]);
}

/**
 * Rows of an export that lost a separator: the number column holds what the column to its right
 * holds on other rows (a payment's description where its amount goes, the amount run into the date
 * before it). One cause, said once with its rows, not once per description (real: Lambeth's payments
 * to suppliers, 358 rows: 54 "expected an amount" problems, one for each description).
 */
export function shiftedRows(at: number): {
  is: (row: TypedTable) => boolean;
  message: (t: TypedTable, value: Cell, rows: readonly number[], count: number) => string;
} {
  let table: TypedTable | undefined;
  let right = new Set<string>();
  const textsRightOf = (t: TypedTable): Set<string> => {
    if (table === t) return right;
    table = t;
    right = new Set();
    const column = t.index[at] + 1;
    for (let r = t.firstDataRow; r < t.rowCount; r++) {
      const cell = t.matrix[r]?.[column];
      if (typeof cell === "string" && cell.trim() !== "") right.add(cell.trim());
    }
    return right;
  };
  const headerRightOf = (t: TypedTable): string => {
    const column = t.index[at] + 1;
    const known = [...t.mapping.columns, ...t.mapping.unknown].find((c) => c.index === column);
    return known?.header ?? (headerCell(t, column) || `the column to its right`);
  };
  return {
    is: (row) => {
      const raw = row.raw(at);
      if (typeof raw !== "string" || !endsShort(row)) return false;
      // A date here and a date beside it, on the row: a milestone's actual and target dates in a KPI
      // table's figures columns, each in its place (a helper's round, real: a development agency's
      // indicators, 19 rows "did the file lose a separator?").
      const next = row.matrix[row.row]?.[row.index[at] + 1];
      if (coerceDate(raw) !== undefined && coerceDate(next ?? null) !== undefined) return false;
      // The same words in the next cell of the row: a word said across year columns (`New grant` in
      // this year's and last year's, `New Meas.` in each PFY), each in its place; a moved row's next
      // cell holds the column after's (a helper's round, real: Austin's measures, 90 rows "did the
      // file lose a separator?" in an xlsx).
      if (typeof next === "string" && next.trim() === raw.trim()) return false;
      if (textsRightOf(row).has(raw.trim())) return true;
      // Or the cell to its left holds a date with the amount run into it (`04/06/2012900`).
      const left = row.matrix[row.row]?.[row.index[at] - 1];
      return typeof left === "string" && DATE_RUN_INTO_FIGURES.test(left.trim());
    },
    message: (t, value, rows, count) =>
      `${t.header[at]} holds what ${headerRightOf(t)} holds (such as ${quote(value)}) in ${formatNumber(count)} ` +
      `${count === 1 ? "row" : "rows"} (${rowList(rows, count)}): ${count === 1 ? "its cells stand" : "their cells stand"} ` +
      `one column to the left of their headers — did the file lose a separator? Fix ${count === 1 ? "it" : "them"} ` +
      `there; until then ${count === 1 ? "its" : "their"} ${t.header[at]} is in no sum.`,
  };
}
