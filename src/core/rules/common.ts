import { KEY_WITH, LEADERSHIP, LISTS, PARTNERS, type ColumnSpec, type TabSpec } from "../../schema";
import { coerceDate, dateProblem } from "../dateCells";
import { coerceNumber, writtenCurrency } from "../amountCells";
import { formatAmount, formatDate, formatNumber, isEmail } from "../coerce";
import { BLANK, ERROR_CELL, INVALID, OK, PLACEHOLDER, READABLE, VARIANT, slotOf, type TypedTable } from "../rows";
import { DAY_FIRST_BY_DOTS, DAY_FIRST_BY_SHEET } from "../cellStates";
import { LONE_DOT_GROUP } from "../typedCells";
import { DuplicateFinder, type KeyCompare as Compare } from "../duplicates";
import { holdsCategories } from "../guessSample";
import { mappedNameCompanions } from "../nameParts";
import { mappingName } from "../repeatedHeaders";
import { yearColumnOf } from "../summaryYears";
import { asPhone, isPhoneShaped, PHONE_OUTLIER, phoneNumbersAmong } from "../phoneAmounts";
import { cellText, isBlank, isMarkAlone, isWithheld, normalizeKey, quote, rowList } from "../text";
import { fitsLeftByOne, textsLeftOf } from "../movedRows";
import { fractionalAmounts } from "../unsaidScale";
import { KeyCopies, keyCopiesReading, RangeCopies, sameRow } from "./copies";
import { Ledger, otherCountries, otherPlaces, repeatedName, sameName, type KeyName } from "./ledger";
import type { Rule, RuleRun } from "./types";
import { isWithheldName, withheldNames } from "./withheldNames";
import type { Cell } from "../types";
import { phrase } from "../doorWording";

/**
 * Rules SPEC applies to every tab, generated per column from the schema: a column's type, list,
 * minimum, required flag and uniqueness are all the rules need to know.
 */

/** A required column the range lacks altogether: one error on the header row, not one per row. */
function missingColumn(): RuleBody {
  return {
    severity: "error",
    absent: (header) => `There is no ${header} column — add one headed "${header}"; every row needs one.`,
  };
}

/**
 * A seat without its holder (`Vacant`, `Vacant post`, `VAKANT`) in a roster's name column: a fact about
 * the body, not a value missing (a helper's round, real: DC's neighbourhood commissions, 15 of 345
 * seats vacant, each "every row needs one" and the correct roster exit 1). So are an org chart's
 * abolished posts (`Eliminated`): a UK department's senior-staff chart, 142 eliminated posts among
 * 196 rows "every row needs one" (a helper's round, real). So is a holder's name not given (`N/D`,
 * `Not disclosed`, `Withheld`, `REDACTED`: isWithheld): a post the sheet does not mark vacant, its
 * holder's name kept back or not to hand (corpus round fk, real: the Environment Agency's organogram,
 * `N/D` on 104 posts an error, the correct file exit 1, where `Vacant` and `Eliminated` beside it were
 * read for what they are). Said true of every such word: `N/D` is "not disclosed" in a UK organogram
 * (no name published below the senior grades) and "não disponível", "no disponible" (not available)
 * in a Portuguese or Spanish sheet, and the core does not know a sheet's language (a helper's brief).
 * A placeholder saying there is none (`N/A`, `TBD`) stays a required value missing, as SPEC has
 * placeholders.
 */
// (`(vacant)`, `Vacant - recruiting`, `Poste vacant`, `To be appointed`: a helper's round, each read as a name;
// `No candidate`, a seat no one stood for: DC's neighbourhood commissions, "two people of one name?".)
const VACANCY =
  /^\s*[([]?(?:vacant|vakant|vacante|vacancy|vago)[)\]]?(?:\s+(?:post|position|seat))?(?:\s*[-–—:].{0,80})?\s*$|^\s*(?:post|poste|position|seat)\s+vacant\s*$|^\s*to\s+be\s+(?:appointed|filled)\s*$|^\s*no\s+(?:candidates?|nominee)\s*$/i;
const ABOLISHED = /^\s*(?:(?:post|position)\s+)?(?:eliminated|abolished|deleted)(?:\s+(?:post|position))?\s*$/i;

type SeatKind = "vacant" | "abolished" | "withheld" | "vacantBeside";

function seatKind(row: TypedTable, at: number): SeatKind | undefined {
  const raw = row.raw(at);
  const text = cellText(raw);
  if (VACANCY.test(text)) return "vacant";
  if (ABOLISHED.test(text)) return "abolished";
  if (isWithheld(raw)) return "withheld";
  return text.trim() === "" && saidVacantBeside(row, at) ? "vacantBeside" : undefined;
}

/**
 * A blank name on a row another column of which says `Vacant` (`PositionStatus`: a helper's round,
 * real: the US Plum Book, 2,318 vacant seats each "Name is empty").
 */
function saidVacantBeside(row: TypedTable, at: number): boolean {
  const cells = row.matrix[row.row] ?? [];
  const headers = row.matrix[row.mapping.headerRow] ?? [];
  const own = row.index[at];
  return cells.some((cell, c) => {
    if (c === own || typeof cell !== "string") return false;
    const header = cellText(headers[c]);
    // Another person's column (`DIVISION MANAGER`, `REPORTS TO`) says their seat is vacant, not this
    // row's; a status column's `PENDING PROMO` says this one is being filled (a helper's round, real:
    // NYC Buildings' staff chart, 13 of 18 posts being filled "Name is empty", 5 "vacant" by a manager's).
    if (OTHER_PERSON.test(header)) return false;
    return VACANCY.test(cell) || (/status/i.test(header) && BEING_FILLED.test(cell));
  });
}

/** A column naming another person than the row's: a manager, a supervisor, whom the row reports to. */
const OTHER_PERSON = /manager|supervisor|reports?\s*to|line\s*manager|previous|former|deputy/i;

/** A post's status while it is being filled. */
const BEING_FILLED =
  /^\s*(?:pending\s+(?:promo(?:tion)?|hire|hiring|appointment|fill)|to\s+be\s+(?:filled|appointed|hired)|unfilled|open\s+position|recruiting)\s*$/i;

const SEATS: Record<SeatKind, (count: number) => string> = {
  vacant: (n) => `${n === 1 ? "a seat" : "seats"} without a holder — name each holder when one is appointed.`,
  abolished: (n) => `${n === 1 ? "a post" : "posts"} abolished, with no holder to name.`,
  withheld: (n) =>
    `${n === 1 ? "a post" : "posts"} with no name given (not disclosed, or not available) — not marked vacant; ` +
    `add a name only where you know who holds ${n === 1 ? "it" : "one"}.`,
  vacantBeside: (n) => `${n === 1 ? "a seat" : "seats"} without a holder — name each holder when one is appointed.`,
};

/** A roster's seats without a named holder: each kind said once, a warning, with its rows (see VACANCY). */
function vacantSeats(at: number): RuleBody {
  return {
    severity: "warning",
    grouped: {
      on: [PLACEHOLDER, BLANK],
      when: (row) => seatKind(row, at) !== undefined,
      key: (row) => seatKind(row, at) ?? "",
      note: (row) => seatKind(row, at) ?? "vacant",
      message: ({ value, rows, count, note }, t) =>
        (note === "vacantBeside"
          ? `${t.header[at]} is empty in ${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}) ` +
            `another column marks vacant or being filled: `
          : `${t.header[at]} is ${quote(value)} in ${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}): `) +
        SEATS[note as SeatKind](count),
    },
  };
}

/**
 * A UK organogram's junior posts: rows a `Senior/Junior` column marks Junior, each a grade's count of
 * posts (`FTE` 2.6), no person named by design (a helper's round, real: the Department for Transport's,
 * 4,905 "Name is empty" errors of 4,909). No name to ask for.
 */
function juniorPosts(row: TypedTable): boolean {
  const column = row.mapping.unknown.find((u) => SENIORITY_HEADERS.has(normalizeKey(u.header)))?.index;
  return column !== undefined && /^\s*junior\s*$/i.test(cellText(row.matrix[row.row]?.[column]));
}

/** The column saying a row is a senior post or junior posts (`Senior/Junior`; the DfT's `Seniority`). */
const SENIORITY_HEADERS: ReadonlySet<string> = new Set(["seniorjunior", "seniority"]);

function required(at: number, seats: boolean, withheld: boolean): RuleBody {
  return {
    byValue: true,
    severity: "error",
    each: {
      on: [BLANK],
      when: seats ? (row) => !juniorPosts(row) && !saidVacantBeside(row, at) : undefined,
      message: (row) => `${row.header[at]} is empty — every row needs one.`,
    },
    // A placeholder (`N/A`, `TBD`) is reported once per column with a count (SPEC); a roster's
    // vacant seats are said apart (vacantSeats), and a partner's name withheld (withheldNames).
    grouped: {
      on: [PLACEHOLDER],
      when: seats ? (row) => seatKind(row, at) === undefined : withheld ? (row) => !isWithheldName(row, at) : undefined,
      key: () => "",
      message: ({ value, rows, count }, t) =>
        count === 1
          ? `${t.header[at]} is ${quote(value)}, a placeholder, not a value — every row needs one.`
          : `${t.header[at]} holds a placeholder (such as ${quote(value)}) instead of a value in ${formatNumber(count)} ` +
            `rows (${rowList(rows, count)}) — every row needs one.`,
    },
  };
}

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
  date: (row, slot) => dateProblem(row.raw(slot), row.dayFirst[slot] === 1),
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

/**
 * The other half of shiftedRows: a date column's `04/06/2012900`, the date with the amount run on
 * after it, said once for the column with its rows — on a row a cell short (endsShort), as a line that
 * lost its separator is. A full row's `08.02.20222` is a year mistyped, said as any date that is none
 * (corpus round gn D9, real: Moscow's subsidy register, an xlsx, told "did the file lose a separator?").
 */
function runOnDates(at: number): ReturnType<typeof shiftedRows> {
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
function runTogether(at: number): RuleBody {
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
const SHIFTED = "\u0000shifted";
/** …and of its rows whose cells stand a column or two right (movedRight). */
const MOVED = "\u0000moved";
/** The note of an amount refused, its currency said once the rows are read (expectedIn). */
const IN_CURRENCY = "\u0000inCurrency";

/**
 * Rows whose cells stand a column or two right of their headers: the number column holds what a
 * column to its left holds on other rows. A CSV's quoted value with quotation marks inside it
 * (`"Play "The Lantern", 3 nights"`) splits into more cells, as Excel opens it (real: a Swiss city's
 * culture grants, CHF 11,000 left out as "Amount is "Konzert & Theater" — expected an amount").
 */
function movedRight(at: number): ReturnType<typeof shiftedRows> {
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
function shiftedRows(at: number): {
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

/**
 * Dates the column reads one way while the text could mean another (SPEC): a column whose every
 * `3/4/2024` could be day-first or month-first (read month first), and months without a day.
 */
function dateReading(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const ambiguous = t.ambiguousDateRow[at];
      if (ambiguous >= 0) {
        const value = t.matrix[ambiguous][t.index[at]];
        const because = t.dayFirstBecause[at];
        const read =
          because === DAY_FIRST_BY_SHEET
            ? "read day first, as the sheet's other dates are"
            : because === DAY_FIRST_BY_DOTS
              ? "read day first, as dates with dots are written"
              : "read month first";
        report(
          ambiguous,
          at,
          `${t.header[at]}: every date like ${quote(value)} could be day-first or month-first — ${read} ` +
            `(${formatDate(t.numAt(ambiguous, at))}); write dates like 2024-03-01 to be sure.`,
          value,
        );
      }
      // Dates written without a day: each kind said once for the column, with how it was read (an End
      // date's `March 2024` runs to the month's last day: ColumnSpec.endOfPeriod).
      const last = t.endOfPeriod[at] === 1;
      for (const [first, count, what, read] of [
        [
          t.monthOnlyRow[at],
          t.monthOnlyCount[at],
          "month(s)",
          `without a day — read as the ${last ? "last day" : "1st"} of the month; add the day`,
        ],
        [
          t.yearOnlyRow[at],
          t.yearOnlyCount[at],
          "year(s)",
          `without a month or day — read as ${last ? "31 December" : "1 January"} of that year; add the date`,
        ],
        [
          t.quarterRow[at],
          t.quarterCount[at],
          "quarter(s)",
          `without a day — read as the quarter's ${last ? "last" : "first"} day; add the date`,
        ],
        [
          t.halfYearRow[at],
          t.halfYearCount[at],
          "half-year(s)",
          `without a day — read as the half-year's ${last ? "last" : "first"} day; add the date`,
        ],
        [
          t.shortYearRow[at],
          t.shortYearCount[at],
          "date(s)",
          `with a two-digit year — read as Excel reads it (${t.shortYearRow[at] < 0 ? "" : formatDate(t.numAt(t.shortYearRow[at], at))}; ` +
            `00–29 are 2000–2029, 30–99 are 1930–1999); write the year in full to be sure`,
        ],
        [
          t.compactRow[at],
          t.compactCount[at],
          "date(s)",
          `written as one number, year, month and day — read as dates (${t.compactRow[at] < 0 ? "" : formatDate(t.numAt(t.compactRow[at], at))}); ` +
            `Excel sorts and filters them as numbers: convert them with Data › Text to Columns › Date: YMD`,
        ],
      ] as const) {
        if (first < 0) continue;
        const value = t.matrix[first][t.index[at]];
        report(
          first,
          at,
          `${t.header[at]} is ${quote(value)}${count > 1 ? ` and ${formatNumber(count - 1)} more ${what}` : ""} ${read}.`,
          value,
          { rows: count },
        );
      }
    },
  };
}

/**
 * Amounts written as their ceiling (`Up To $1,500,000`): read as that amount, the most each can be, and
 * said once for the column with how many (see coerce's CEILING).
 */
function amountReading(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const first = t.ceilingRow[at];
      if (first < 0) return;
      const count = t.ceilingCount[at];
      const value = t.matrix[first][t.index[at]];
      report(
        first,
        at,
        `${t.header[at]} is ${quote(value)}${count > 1 ? ` and ${formatNumber(count - 1)} more ${count === 2 ? "amount" : "amounts"}` : ""} ` +
          `written as a ceiling — read as the most ${count > 1 ? "each" : "it"} can be ` +
          `(${t.quoteFigure(at, t.numAt(first, at), undefined, true)}); where less was committed, write that amount.`,
        value,
        { rows: count },
      );
    },
  };
}

/**
 * Amounts with fractions of a cent, most of the column's and all small (unsaidScale.ts): millions or
 * thousands the header does not say — one warning, as the sums are off by that multiple.
 */
function unsaidScale(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const found = fractionalAmounts(t, at);
      if (!found) return;
      const { row, value, count, amounts, sampled } = found;
      report(
        row,
        at,
        `${t.header[at]} has fractions of a cent in ${formatNumber(count)} of its ${sampled ? "first " : ""}${formatNumber(amounts)} amounts ` +
          `(such as ${value}): no sum of money has them — are these millions or thousands? Say so in the header ` +
          `(\`${t.header[at]} ($ millions)\`), and they are read so; until then every sum is off by that multiple.`,
        t.matrix[row]?.[t.index[at]] ?? value,
      );
    },
  };
}

/** SPEC: a column that mixes currencies is an error, once: its amounts cannot be added up. */
function oneCurrency(at: number): RuleBody {
  return {
    byValue: true,
    severity: "error",
    after: (t, report) => {
      const mixed = t.mixedCurrencyRow[at];
      if (mixed < 0) return;
      const value = t.matrix[mixed][t.index[at]];
      // The currency the row's currency column names, where the cell is a plain figure (a helper's
      // round, real: a donor's ledger told "another currency here" of its `GBP` rows).
      const coded = t.currencyColumnSays(mixed, at);
      const here =
        typeof value === "string"
          ? quote(value)
          : coded
            ? `${coded.code} here (as ${quote(coded.header)} says)`
            : "another currency here";
      report(
        mixed,
        at,
        `${t.header[at]} mixes currencies: ${t.currency[at]} from row ${t.currencyRow[at] + 1}, and ` +
          `${typeof value === "string" ? `${here} here` : here} — convert them to one currency so they can be added up.`,
        value,
      );
    },
  };
}

/**
 * Bare `$` amounts read as the dollar one cell of the column names (`$330,000 CAD`): right for a
 * Canadian ledger, wrong for a US one with one Canadian invoice — said once, at the naming cell, as
 * the summary says it (a helper's round, from Toronto's contracts: 66 bare `$` read as CAD beside 2).
 */
function dollarKind(at: number): RuleBody {
  return {
    byValue: true,
    severity: "warning",
    after: (t, report) => {
      const named = t.currencyRow[at];
      const bare = t.bareDollarRow[at];
      if (bare < 0 || named <= t.mapping.headerRow || t.mixedCurrencyRow[at] >= 0 || t.currency[at] === "USD") return;
      const value = t.matrix[named][t.index[at]];
      const example = t.matrix[bare][t.index[at]];
      const count = t.bareDollars[at];
      const currency = t.currency[at];
      report(
        named,
        at,
        `${t.header[at]} names ${currency} here (${quote(value)}), and ${formatNumber(count)} ` +
          `${count === 1 ? "amount" : "amounts"} written with a bare $ (${count === 1 ? "" : "such as "}` +
          `${quote(example)} in row ${bare + 1}) ${count === 1 ? "is" : "are"} read as ${currency} with it — if ` +
          `${count === 1 ? "it is" : "they are"} another dollar, write its code beside ${count === 1 ? "it" : "them"} ` +
          `(USD ${formatNumber(t.numAt(bare, at))}).`,
        value,
        { rows: count },
      );
    },
  };
}

/**
 * An amount that is a phone number (phoneAmounts.ts): one warning on its row, with what the total
 * is without it. Pays one comparison a row; the mean is of the other amounts read.
 */
function phoneNumbers(at: number): RuleBody {
  return {
    severity: "warning",
    stateful: {
      on: [OK],
      start: (t) => {
        const shaped: { row: number; value: number }[] = [];
        // Fields of an object, not `let`s the closure captures: a fractional number written to a
        // captured variable is a new heap number each row, to an object's field it is written in place.
        const amounts = { sum: 0, others: 0, largest: 0 };
        return {
          check: (row) => {
            // The cell's own figure: a column in thousands holds no phone numbers (a reviewer's repro:
            // 2345678 in `($000s)` taken for one).
            const value = row.num[at] * row.scale[at];
            if (row.scale[at] === 1 && value >= 2_000_000_000 && isPhoneShaped(value))
              shaped.push({ row: row.row, value });
            else if (value > 0) {
              amounts.sum += value;
              amounts.others++;
              if (value > amounts.largest) amounts.largest = value;
            }
          },
          finish: (report) => {
            const { sum, others, largest } = amounts;
            for (const { row, value } of phoneNumbersAmong(shaped, sum, others, largest)) {
              report(
                row,
                at,
                `${t.header[at]} is ${value}, a phone number's ten digits (${asPhone(value)}) and over ` +
                  `${formatNumber(PHONE_OUTLIER)} times the column's other amounts: a phone number typed as the amount? ` +
                  `It is in every total.`,
                value,
              );
            }
          },
        };
      },
    },
  };
}

/**
 * In a tracker table, an amount or date typed as text (`$12,000`, `2026-03-01`) is accepted by the
 * rules but skipped by the Summary's SUMIFS and ISNUMBER, so the Summary would undercount silently.
 */
function storedAsText(at: number, column: ColumnSpec): RuleBody {
  const retype = column.type === "date" ? "as a date" : "as a number";
  return {
    severity: "warning",
    trackerOnly: true,
    each: {
      on: [OK],
      when: (row) => typeof row.raw(at) === "string",
      message: (row) => {
        const raw = row.raw(at);
        // An amount in pounds or euros (copied into the tracker as written, never as dollars): retyped
        // as a number it would count as that many dollars.
        const currency = column.type === "currency" ? writtenCurrency(raw) : "";
        if (currency !== "" && currency !== "USD") {
          return (
            `${row.header[at]} is ${quote(raw)}, in ${currency}: the tracker adds up dollars and its Summary ` +
            `skips this — type the amount in dollars.`
          );
        }
        return (
          `${row.header[at]} is the text ${quote(raw)}: the rules read it, but the Summary's formulas skip ` +
          `text — retype it ${retype}.`
        );
      },
    },
  };
}

/**
 * A value that is not in the list, nor one of its spellings: one error per distinct value and column
 * giving the rows (a capital register's 893 rows of "State of Good Repair" were 893 errors), as a
 * listed value in another spelling is one warning.
 */
function inList(at: number, values: readonly string[]): RuleBody {
  const choices = values.join(", ");
  return {
    byValue: true,
    severity: "error",
    grouped: {
      on: [INVALID],
      // (A mark alone, `†` or `#`, is said by markedCells.)
      when: (row) => !isMarkAlone(row.raw(at)),
      key: (row) => cellText(row.raw(at)).trim(),
      message: ({ value, rows, count }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        ` — expected one of: ${choices}.`,
      // A column of the user's own categories, none the list's (a helper's round, real: an asset
      // map's 26 business categories, each an error repeating the list): one decision, said once.
      whole: (groups, t) => {
        const shown = groups
          .slice(0, OWN_VALUES_SHOWN)
          .map((g) => `${quote(g.value)} in ${formatNumber(g.count)} ${g.count === 1 ? "row" : "rows"}`)
          .join(", ");
        const more =
          groups.length > OWN_VALUES_SHOWN ? ` and ${formatNumber(groups.length - OWN_VALUES_SHOWN)} more` : "";
        // (Beside values it reads as the list's, each said with its listed spelling: ownValuesIn.)
        const beside = t.ownValuesBesideListed(at);
        return (
          `${t.header[at]} holds values of its own, ` +
          `${beside ? "besides those read as the tracker's" : "none of them the tracker's"}: ` +
          `${formatNumber(groups.length)} ` +
          `values (${shown}${more}) — expected one of: ${choices}. Change each to one of these` +
          // Not left out where values are read: the mapping's Ignore would lose those too (a helper's
          // brief: Toulouse's `type`, its 263 rows read as Nonprofit and Government).
          (beside
            ? `; keep the column mapped, as its other values are read already (leaving it out loses them too).`
            : // How: the mapping's `Ignore` (a helper's round: "there is no option to un-map a column").
              // (By its place where its header heads several columns, `Type (2)`, as the mapping takes it.)
              `, or leave the column out of the mapping ` +
              `${phrase("mapColumn", mappingName(t.mapping, t.index[at]) ?? t.header[at], "Ignore")}.`)
        );
      },
    },
  };
}

/**
 * A list column's cells holding a mark alone (`*` in Status on 727 rows: NYC Council's discretionary
 * grants, a helper's round): read as empty, as placeholders are (SPEC), and said once, so the rows
 * it marks do not silently join "(blank)".
 */
function markedCells(at: number, values: readonly string[]): RuleBody {
  const choices = values.join(", ");
  return {
    byValue: true,
    severity: "warning",
    grouped: {
      on: [PLACEHOLDER, INVALID],
      when: (row) => isMarkAlone(row.raw(at)),
      key: (row) => cellText(row.raw(at)).trim(),
      message: ({ value, rows, count }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        `: a mark, not a value — read as empty. Write what it marks as one of: ${choices}, or in a column of its own.`,
    },
  };
}

/** The values a column of the user's own categories names (inList's `whole`). */
const OWN_VALUES_SHOWN = 4;

/**
 * A list value in other spelling or in the users' own words (`Complete` → Completed): read as the
 * listed value, with one warning per distinct value and column giving the rows (SPEC).
 */
function listedSpelling(at: number): RuleBody {
  return {
    byValue: true,
    certainFix: true,
    severity: "warning",
    grouped: {
      on: [VARIANT],
      key: (row) => cellText(row.raw(at)).trim(),
      note: (row) => row.listed[at] as string,
      message: ({ value, rows, count, note }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        // The listed word with spaces or a line break around it, which no one sees in the cell but a
        // filter or a SUMIFS on the word does not match (a helper's round, real: a meetings calendar's
        // `Active⏎`, told "use the listed spelling "Active"").
        (cellText(value).trim() === note
          ? ` with ${/[\r\n]/.test(cellText(value)) ? "a line break" : "spaces"} around it — retype it as "${note}" (filters and formulas looking for it miss it).`
          : isSpellingOf(cellText(value), note as string)
            ? ` — use the listed spelling "${note}".`
            : // Another word read as the listed one (`NGO` as Nonprofit): the reading said first, to be confirmed
              // or corrected ("…, as it is read here, or the listed value it is" read as a riddle).
              ` — read as "${note}": use the listed spelling "${note}", or another value from the list if it means something else.`),
    },
  };
}

/**
 * Is a user's word a spelling of the listed value (`complete` of Completed, `Facilities` of Facility,
 * `In-kind` of In kind), or another word read as it (`Land and Building` as Infrastructure, `In
 * Design` as Defining)? The second is a reading to confirm, not only a spelling to correct: SPEC's
 * "use the listed spelling" warning says so (a helper's round, real: a council's land register,
 * "use the listed spelling Infrastructure" on 212 rows, read as a correction of a typo).
 */
function isSpellingOf(value: string, listed: string): boolean {
  const letters = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "")
      .replace(/ies$/, "y")
      .replace(/s$/, "");
  const [a, b] = [letters(value), letters(listed)];
  return a === b || (a.length >= 4 && b.length >= 4 && editDistance(a, b) <= 2);
}

/** Levenshtein distance (short words only: list values). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** Rows at least, every one negative, that make a column of credits said once (atLeast). */
const CREDITS_ROWS = 5;

/** Half a cent: an amount nearer 0 than this is 0 (atLeast). */
const HALF_CENT = 0.005;

function atLeast(at: number, column: ColumnSpec, min: number): RuleBody {
  const money = column.type === "currency";
  // (A cell quoted as the sheet shows it, the money after it in a column of thousands: quoteFigure.)
  const shown = (row: TypedTable, n: number, cell?: Cell) => (money ? row.quoteFigure(at, n, cell) : formatNumber(n));
  return {
    severity: "error",
    stateful: {
      on: [OK],
      start: (t, context) => {
        // The rows below `min` (0-based matrix rows): their messages are made at the end, once it is
        // known whether the column says them one by one (a 1M-row ledger holds no strings meanwhile).
        let below: number[] = [];
        let nonZero = 0;
        // (A field, not a captured `let`: see phoneNumbers.)
        const positive = { sum: 0 };
        return {
          check: (row) => {
            let n = row.num[at];
            // An amount within half a cent of 0 is 0: a sum's floating-point residue saved as its
            // value (a helper's round, real: LA's budget, -5.8E-11 said as a "-$0.00" adjustment).
            if (money && n < 0 && n > -HALF_CENT) n = 0;
            if (n !== 0) nonZero++;
            if (n > 0) positive.sum += n;
            if (n < min) below.push(row.row);
          },
          finish: (report) => {
            const valueAt = (r: number): Cell => t.matrix[r]?.[t.index[at]] ?? null;
            // Negative rows read as part of the ledger (adjustments netted off, credit notes): one warning.
            const warnNegatives = (
              rows: readonly number[],
              which: string,
              readAs: string,
              advice = " — if one is not, enter it as a positive amount",
            ) => {
              const first = rows[0];
              const n = rows.length;
              report(
                first,
                at,
                `${t.header[at]} is negative on ${formatNumber(n)} ${n === 1 ? "row" : "rows"} ` +
                  `(${rowList(rows, n)}) ${which} (such as ${shown(t, t.numAt(first, at), valueAt(first))} on row ${first + 1}): ` +
                  `read as ${readAs}, netted in the totals${advice}.`,
                valueAt(first),
                { severity: "warning", rows: n, cells: [...rows] },
              );
            };
            // Every figure negative (a ledger keeping its outlays as credits: a federal account's 262
            // rows, one error each, and a Received of −$1.6T): one error for the column, not one a row.
            if (min === 0 && below.length >= CREDITS_ROWS && below.length === nonZero) {
              const first = below[0];
              const n = below.length;
              report(
                first,
                at,
                `${t.header[at]} is negative on every one of its ${formatNumber(n)} rows with a figure (such as ` +
                  `${shown(t, t.numAt(first, at), valueAt(first))} on row ${first + 1}): kept as credits? Enter them as ` +
                  `positive amounts, or check the source.`,
                valueAt(first),
                { rows: n, cells: below },
              );
              return;
            }
            // A ledger's adjustment lines: negative rows of partners whose other rows are positive
            // (co-funding netted off a grant, `15/IA/100 EPA(N)`): one warning, not an error each (a
            // helper's round, real: Science Foundation Ireland's commitments, 22 errors). Half the rows
            // at most, and never in the tracker's own tables, where Committed is one figure a row.
            // Lines a column of line kinds marks as money taken back (`rescind` beside `designate`): said
            // once, whatever share of the rows they are — the sheet says what they are (a helper's round,
            // real: New York City Council's transparency resolution, 79 errors "expected $0 or more").
            if (min === 0 && !context.trackerTable && below.length > 0 && below.length <= ADJUSTMENTS_LOOKED_AT) {
              const takenBack = takenBackRows(t, at, below);
              if (takenBack) {
                const { rows, as } = takenBack;
                warnNegatives(rows, `marked ${quote(as)}`, "money taken back", "");
                const said = new Set(rows);
                below = below.filter((r) => !said.has(r));
                nonZero -= rows.length;
              }
            }
            if (
              min === 0 &&
              !context.trackerTable &&
              below.length > 0 &&
              below.length <= ADJUSTMENTS_LOOKED_AT &&
              below.length * 2 <= nonZero
            ) {
              // An award ledger's modification lines (`mod_number`): a negative one takes back money
              // obligated before the file begins, whatever the partner's rows here net to (a helper's
              // round, real: USAspending's prison-hospital contracts, 354 "expected $0 or more").
              if (modificationColumn(t)) {
                // (Made positive, money taken back would be money given twice: a helper's round.)
                warnNegatives(below, `on modification lines`, "money taken back (deobligations)", "");
                return;
              }
              const netted = adjustmentRows(t, at, below);
              // A few negative lines among many positive ones, some of partners with none: a payments
              // ledger's credit notes and refunds (a helper's round, real: a police commissioner's
              // monthly spend, 21 errors "expected $0 or more" on a clean ledger). One warning for all.
              // Small beside them too: a plan's line taking back more than the rest commit is no credit note.
              const positives = nonZero - below.length;
              const credited = below.reduce((sum, r) => sum - t.numAt(r, at), 0);
              if (
                netted.length < below.length &&
                below.length * CREDITS_SHARE <= positives &&
                credited * CREDITS_SHARE <= positive.sum &&
                repeatsKeys(t)
              ) {
                warnNegatives(below, `among ${formatNumber(positives)} positive ones`, "credit notes or refunds");
                return;
              }
              if (netted.length > 0) {
                warnNegatives(netted, `of ${ROWS_OF[t.tab.name]} whose other rows are positive`, "adjustments");
                const kept = new Set(netted);
                below = below.filter((r) => !kept.has(r));
              }
            }
            // (The least as the cells are written: `0`, not `0 (thousands: 0)`.)
            const least = money ? t.formatAmount(at, min) : formatNumber(min);
            for (const r of below) {
              const cell = valueAt(r);
              report(r, at, `${t.header[at]} is ${shown(t, t.numAt(r, at), cell)} — expected ${least} or more.`, cell);
            }
          },
        };
      },
    },
  };
}

/**
 * Is some key (a partner's name, case aside) on two rows: a ledger, whose lines are payments and
 * credits, not a list of one figure a partner? Read only for a column with negative lines. Hashed
 * from the cells' characters (DuplicateFinder), not a Set of lower-cased names: on the bench's 100k
 * distinct names with a negative line in 89, that Set was 5 MB of `check`'s peak memory (0.52× the
 * old reader's, where the goal is 0.50×).
 */
function repeatsKeys(t: TypedTable): boolean {
  if (t.keySlot < 0) return false;
  const key = t.index[t.keySlot];
  const nameAt = (r: number) => cellText(t.matrix[r]?.[key] ?? null);
  const seen = new DuplicateFinder("trimCase", nameAt, t.rowCount - t.firstDataRow);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (seen.firstRowOf(nameAt(r), r) !== undefined) return true;
  }
  return false;
}

/**
 * Positive rows for each negative one, and positive amount for each credited, at least, that make the
 * negatives a ledger's credit notes.
 */
const CREDITS_SHARE = 4;

/** What a tab's rows list, as the adjustments' message names them (a capital plan's assets are no partners). */
const ROWS_OF: Readonly<Record<string, string>> = {
  Partners: "partners",
  Assets: "assets",
  Leadership: "people",
  Foundation: "initiatives",
};

/** Negative rows at most that adjustmentRows reads the column for (a 1M-row ledger's are errors each). */
const ADJUSTMENTS_LOOKED_AT = 10_000;

/**
 * The rows of `below` (negative amounts in column `at`) whose partner — the block's key, as written,
 * case aside — has positive amounts on other rows adding up to at least its negatives: adjustments
 * netted off its grants. Read from the cells once, only for a column with negatives.
 */
/** Has the block an unmapped column numbering an award's modifications (`mod_number`, `Modification No`)? */
function modificationColumn(t: TypedTable): boolean {
  // Its cells modifications' numbers (`P00001`, `0`, `A01`), not a home-modification programme's words
  // (`Ramp`: a reviewer's repro).
  const numbered = (column: number) => {
    let seen = 0;
    for (let r = t.firstDataRow; r < t.rowCount && seen < 20; r++) {
      const cell = t.matrix[r]?.[column];
      if (isBlank(cell)) continue;
      if (!/^\s*[A-Za-z]{0,3}\d{1,8}\s*$/.test(cellText(cell))) return false;
      seen++;
    }
    return seen > 0;
  };
  return t.mapping.unknown.some((u) => MODIFICATION_HEADER.test(u.header) && numbered(u.index));
}

/**
 * A line's kind saying money is taken back, the whole cell: `rescind`, `Rescission`, `Deobligation`,
 * `Reduction`, `Refund`, `Cancelled`, `Clawback`.
 */
const TAKEN_BACK =
  /^(?:rescind(?:ed)?|rescission|reduc(?:e|ed|tion)|refund(?:ed)?|returned|revers(?:al|ed)|recapture[d]?|de-?\s?obligat(?:ed?|ion)|decrease[d]?|cancel(?:l?ed|lation)?|claw-?\s?back|withdrawn|withdrawal)s?$/i;

/**
 * The negative rows of `below` that a column outside the mapping marks as money taken back (TAKEN_BACK)
 * with a word no positive row of that column has, and the word (the first such row's): a ledger of
 * designations and rescissions, or of awards and deobligations. Read only for a column with negatives.
 */
function takenBackRows(
  t: TypedTable,
  at: number,
  below: readonly number[],
): { rows: number[]; as: string } | undefined {
  const textAt = (r: number, column: number) => cellText(t.matrix[r]?.[column] ?? null).trim();
  for (const { index: column } of t.mapping.unknown) {
    const words = new Set<string>();
    for (const r of below) {
      const text = textAt(r, column);
      if (text.length <= 20 && TAKEN_BACK.test(text)) words.add(text.toLowerCase());
    }
    if (words.size === 0) continue;
    // A word on a positive row too is no kind of line taking money back (a `Reduction` programme).
    for (let r = t.firstDataRow; r < t.rowCount && words.size > 0; r++) {
      if (t.numAt(r, at) > 0) words.delete(textAt(r, column).toLowerCase());
    }
    const rows = below.filter((r) => words.has(textAt(r, column).toLowerCase()));
    if (rows.length > 0) return { rows, as: textAt(rows[0], column) };
  }
  return undefined;
}

const MODIFICATION_HEADER = /^\s*(?:award[\s_]*)?mod(?:ification)?[\s_]*(?:number|no\.?|num|#)?\s*$/i;

function adjustmentRows(t: TypedTable, at: number, below: readonly number[]): number[] {
  if (t.keySlot < 0) return [];
  const key = t.index[t.keySlot];
  const nameAt = (r: number) =>
    cellText(t.matrix[r]?.[key] ?? null)
      .trim()
      .toLowerCase();
  const net = new Map<string, number>();
  for (const r of below) {
    const name = nameAt(r);
    if (name !== "") net.set(name, (net.get(name) ?? 0) + t.numAt(r, at));
  }
  if (net.size === 0) return [];
  const skip = new Set([...below, ...t.leftOut.map((l) => l.row)]);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (skip.has(r)) continue;
    const name = nameAt(r);
    const sum = net.get(name);
    if (sum === undefined) continue;
    const v = t.numAt(r, at);
    if (Number.isFinite(v) && v > 0) net.set(name, sum + v);
  }
  return below.filter((r) => (net.get(nameAt(r)) ?? -1) >= 0);
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
  const { other, middle } = mappedNameCompanions(t.header[at], t.mapping);
  if (other === undefined) return { textOf };
  const given = cellTextAt(t, unknown[other].index);
  if (middle === undefined) return { textOf, other: { header: unknown[other].header, textOf: given } };
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
            `${row.header[at]} ${quote(text)} with ${other.header} ${quote(given)} is already on row ${first} — list each one once.`,
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
      { textOf: name.textOf, other: { header: t.header[withSlot], textOf: idOf } },
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
        const given = other ? ` and ${other.header} ${quote(other.textOf(row.rowNumber))}` : "";
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

/** A generated rule without its id and column, which commonRules gives it. */
type RuleBody = Omit<Rule, "id" | "at">;

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
