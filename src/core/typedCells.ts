import { LISTS } from "../schema";
import {
  AS_EUROPE_WRITES,
  AS_WRITTEN,
  DOLLAR_MARK,
  IN_EUROS,
  KRONE_MARK,
  coerceAmount,
  coerceNumber,
  coercePercent,
  lastAmountCeiling,
  lastAmountCurrency,
  lastAmountEuropean,
  markFits,
  writesAsEurope,
  writtenAsOnlyTheUsWrites,
} from "./amountCells";
import {
  BLANK,
  DAY_FIRST_BY_DOTS,
  DAY_FIRST_BY_SHEET,
  ERROR_CELL,
  INVALID,
  KIND_DATE,
  KIND_EMAIL,
  KIND_LIST,
  KIND_NUMBER,
  KIND_TEXT,
  KIND_YES_NO,
  OK,
  PLACEHOLDER,
  VARIANT,
  type CellState,
} from "./cellStates";
import { headedInOtherLanguage } from "./amountLanguage";
import { coerceYesNo, formatAmount, formatFigure, formatSignless, isEmail } from "./coerce";
import { countryWithoutDollars, currencyInText, namesDollars, scaleWords } from "./currencyWords";
import {
  DATE_COMPACT,
  DATE_HALF_YEAR,
  DATE_MONTH_ONLY,
  DATE_QUARTER,
  DATE_SHORT_YEAR,
  DATE_WHOLE,
  DATE_YEAR_ONLY,
  LAST_DATE_SERIAL,
  coerceDate,
  lastDateKind,
  monthShortYearOf,
  monthYearWithSpace,
  numericDateParts,
  periodEnd,
} from "./dateCells";
import { numberedNamesOf } from "./numberedNames";
import { OWN_VALUES, OWN_VALUES_BESIDE_LISTED, OWN_VALUES_UNREAD, ownValuesIn } from "./ownValues";
import { currencyCodeOf } from "./currencyColumns";
import { BlockColumns } from "./blockColumns";
import { looseValue, type ListLookup } from "./listLookups";
import { TITLE_ROWS } from "./unitsAbove";
import {
  cellText,
  isBlank,
  isBlankRow,
  isNotYet,
  isPlaceholder,
  mayBeSpecial,
  normalizeKey,
  specialText,
  trimmed,
} from "./text";
import type { Cell } from "./types";

/** Read once: under CommonJS (the CLI, the benches) each `LISTS.…` is a re-export getter call. */
const YES = LISTS.yesNo.values[0];
const NO = LISTS.yesNo.values[1];
/** Are `Yes` and `No`, as listed, no placeholder's words (load then reads them as OK at once)? */
const YES_NO_PLAIN = specialText(YES) === 0 && specialText(NO) === 0;

/** How many of a column's first data rows are read for the currency its messages speak of. */
const SAMPLE_ROWS = 200;
/** Rows textCurrency reads: a column saying its currency on half its rows says it in the first fifty. */
const TEXT_SAMPLE_ROWS = 50;
const DIGIT = /\d/;

/** A whole figure grouped by dots (`12.500`, `1.250.000 €`), its first group no zero alone. */
const DOT_GROUPED = /^\D*[1-9]\d{0,2}(?:\.\d{3})+\D*$/;
/** A whole figure grouped by one dot (`10.000`, `USD 5.500`): thousands, or three decimals? */
export const LONE_DOT_GROUP = /^\D*([1-9]\d{0,2})\.(\d{3})\D*$/;
/** A whole figure grouped by commas (`150,000`, `1,250,000`). */
const COMMA_GROUPED = /^\D*[1-9]\d{0,2}(?:,\d{3})+\D*$/;

/** A dot or comma before three digits and no more (`1.500`, `1,500`): read one way in the US, the other in Europe. */
const SEPARATOR_BEFORE_THREE = /\d[.,]\d{3}(?!\d)/;

/**
 * A caller's fast lane through forEachRow: offered the rows from `from` (matrix rows) up to `to`, it
 * reads them itself, one after another, while every cell it needs of each is plainly readable and
 * `surelyData` says the row is data, and returns the first row it did not take (`to` when it took
 * all): that row is loaded and classified as usual (and passed to `each`). One call for a run of
 * ordinary rows, not one a row: at 10k rows the calls and forEachRow's questions before each were a
 * fifth of SUMMARY's time.
 */
export type QuickRow = (from: number, to: number) => number;

/**
 * A user's block read through its header mapping: one row at a time, each mapped cell coerced once
 * into reusable typed arrays (no object per row or per cell), so every rule of a row reads the same
 * coerced value and 100k-row ranges stay fast.
 * Which rows are data is TypedTable's (rows.ts), which extends this; what the block's columns say before
 * any row is read, BlockColumns' (blockColumns.ts), which this extends. Every field, a lazily kept answer
 * too, is made by a constructor (`= undefined` where nothing is known yet): a field added in the row
 * loop changes the object's hidden class there (test/core/tableShape.test.ts says what it cost).
 */
export class TypedCells extends BlockColumns {
  /**
   * Where 0-based row `row` is a person's, its key read from the name beside a blank organisation's name
   * (personNames.ts): those columns, as messages name them (`first_name + last_name`), and the first's
   * index — a message about the person points there, not at the blank key cell. Else undefined.
   */
  personNameHeader(row: number): { readonly header: string; readonly index: number } | undefined {
    const people = this.personNames;
    if (people === undefined || this.matrix[row] === this.givenMatrix[row]) return undefined;
    const head = this.givenMatrix[this.mapping.headerRow] ?? [];
    const named = (i: number) => String(head[i] ?? "").trim();
    // (At the family name where the given name is blank: a reviewer's repro pointed at an empty cell.)
    const at = isBlank(this.givenMatrix[row]?.[people.given]) ? people.family : people.given;
    return { header: `${named(people.given)} + ${named(people.family)}`, index: at };
  }

  /** Does the key column's `cell` hold no name: blank, or a placeholder that is no name there? */
  namelessKey(cell: Cell): boolean {
    if (isBlank(cell)) return true;
    return isPlaceholder(cell) && !this.placeholderIsKeyName(cell as string);
  }

  /**
   * SPEC: day-first or month-first is decided per column from the values that can only be one
   * (`25/03/2024`). A column whose every such value could be either is read month first, and the
   * first row that could be either is kept for one warning.
   */
  protected dateOrder(slot: number): void {
    this.dateOrderRead[slot] = 1;
    const own = this.orderEvidence(this.index[slot]);
    if (own.dayFirst > 0 || own.monthFirst > 0) {
      this.dayFirst[slot] = own.dayFirst > 0 && own.monthFirst === 0 ? 1 : 0;
      return;
    }
    if (own.ambiguous < 0) return;
    // Every date of the column could be either. The sheet's other date columns may say (a Start date
    // of `01.03.2024` beside an End date of `30.11.2024`: one author, one order); else dotted dates
    // are day first, as everywhere they are written (real: European grants, `01.03.2024` read as
    // 3 January). Only a column nothing settles is read month first (SPEC), with one warning.
    let dayFirst = 0;
    let monthFirst = 0;
    for (let other = 0; other < this.kind.length; other++) {
      if (other === slot || this.kind[other] !== KIND_DATE || this.index[other] < 0) continue;
      const evidence = this.orderEvidence(this.index[other]);
      dayFirst += evidence.dayFirst;
      monthFirst += evidence.monthFirst;
    }
    const sheetSays = dayFirst > 0 && monthFirst === 0 ? DAY_FIRST_BY_SHEET : monthFirst > 0 && dayFirst === 0 ? -1 : 0;
    const readDayFirst =
      sheetSays === DAY_FIRST_BY_SHEET ? DAY_FIRST_BY_SHEET : sheetSays === 0 && own.dotted ? DAY_FIRST_BY_DOTS : 0;
    this.dayFirst[slot] = readDayFirst === 0 ? 0 : 1;
    this.dayFirstBecause[slot] = readDayFirst;
    this.ambiguousDateRow[slot] = own.ambiguous;
  }

  /**
   * What a date column's `3/4/2024`-style dates say of their order: how many can only be day first,
   * how many only month first, the first row that could be either, and whether all of those are
   * written with dots.
   */
  private orderEvidence(column: number): { dayFirst: number; monthFirst: number; ambiguous: number; dotted: boolean } {
    const matrix = this.matrix;
    let dayFirst = 0;
    let monthFirst = 0;
    let ambiguous = -1;
    let dotted = true;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      const row = matrix[r];
      const cell = row === undefined ? undefined : row[column];
      if (typeof cell !== "string") continue;
      const parts = numericDateParts(cell);
      if (!parts) continue;
      if (parts.first > 12 && parts.second <= 12) dayFirst++;
      else if (parts.second > 12 && parts.first <= 12) monthFirst++;
      // A day or month of 0 is no date either way (`1/0/1900`: see dateCells.isZeroDate).
      else if (parts.first !== parts.second && parts.first > 0 && parts.second > 0) {
        // (Only a day either way: `2/6/3064`, past a tracker's dates, is no date to show as read.)
        if (ambiguous < 0 && coerceDate(cell) !== undefined) ambiguous = r;
        dotted &&= parts.dotted;
      }
    }
    return { dayFirst, monthFirst, ambiguous, dotted };
  }

  /**
   * The loaded amount's currency, recorded for the column: one currency per column, or a mix. A bare
   * `$` is a dollar of whichever kind the column names (header, code column or a cell's `CAD`); US
   * dollars until one does.
   */
  protected noteCurrency(slot: number): void {
    const currency = lastAmountCurrency();
    if (currency === "") return;
    const current = this.currency[slot];
    // `$` and `kr` are marks several currencies share (amountCells.markFits).
    const mark = currency === DOLLAR_MARK || currency === KRONE_MARK;
    if (currency === DOLLAR_MARK && this.bareDollars[slot]++ === 0) this.bareDollarRow[slot] = this.row;
    if (current === "") {
      this.currency[slot] = currency === DOLLAR_MARK ? "USD" : currency;
      this.dollarMarkOnly[slot] = mark ? 1 : 0;
      this.currencyRow[slot] = this.row;
    } else if (mark ? current === currency || markFits(currency, current) : current === currency) {
      // The first cell naming the code is the row a message cites for it, not a bare `$` before it
      // (real: Toronto's "USD from row 1991", a `$3,880.00`; row 2109 says USD).
      if (!mark && this.dollarMarkOnly[slot] === 1) [this.dollarMarkOnly[slot], this.currencyRow[slot]] = [0, this.row];
    } else if (
      (this.dollarMarkOnly[slot] === 1 || current === KRONE_MARK) &&
      markFits(current === "USD" ? DOLLAR_MARK : current, currency)
    ) {
      // The first dollar (krone) named by its code names the `$` (`kr`) amounts before it too, as a
      // code in a cell names a header's `kr`.
      this.currency[slot] = currency;
      this.dollarMarkOnly[slot] = 0;
      this.currencyRow[slot] = this.row;
    } else if (this.mixedCurrencyRow[slot] < 0) {
      this.mixedCurrencyRow[slot] = this.row;
    }
  }

  /**
   * The currency the loaded row's amount in `slot` names: its row's code in the sheet's Currency
   * column, else the code or symbol its cell is written with (a bare `$` or `kr` as that mark, unless
   * the column's header names its dollar), else the one said for the whole column — "" when nothing
   * names one (a plain number under a header that names none). For a column that mixes currencies,
   * whose amounts are then added up per currency (a helper's round, real: Toronto's non-competitive
   * contracts, 2,929 amounts naming none beside one `USD` and one `CAD`, were all summed as US dollars).
   */
  rowCurrency(slot: number): string {
    const column = this.columnCurrency[slot];
    const coded =
      this.currencyAt < 0 || (this.ownCurrencySlots & (1 << slot)) !== 0 ? undefined : this.cells[this.currencyAt];
    const code = typeof coded === "string" ? currencyCodeOf(coded) : "";
    if (code !== "") return code;
    const cell = this.raw(slot);
    if (typeof cell !== "string" || coerceAmount(cell) === undefined) return column;
    const written = lastAmountCurrency();
    if (written === "") return column;
    if (written === DOLLAR_MARK || written === KRONE_MARK) {
      return markFits(written, column) ? column : written;
    }
    return written;
  }

  /**
   * The currency matrix row `row`'s cell in the sheet's currency column names (`GBP`, `BTC`), with that
   * column's header; undefined without such a column or code.
   */
  currencyColumnSays(row: number, slot?: number): { code: string; header: string } | undefined {
    if (this.currencyAt < 0 || (slot !== undefined && (this.ownCurrencySlots & (1 << slot)) !== 0)) return undefined;
    const cell = this.matrix[row]?.[this.currencyAt];
    const code = typeof cell === "string" ? currencyCodeOf(cell) : "";
    if (code === "") return undefined;
    return { code, header: String(this.matrix[this.mapping.headerRow]?.[this.currencyAt] ?? "").trim() };
  }

  /**
   * Loads matrix row `row` and coerces its mapped cells. Returns false for a blank row (rules skip
   * those: a blank row is never "missing" anything).
   */
  load(row: number): boolean {
    let cells = this.matrix[row];
    this.row = row;
    if (!Array.isArray(cells) || isBlankRow(cells)) return false;
    this.cells = cells;
    // Fields read once into locals: the loop calls methods, after which V8 would read them again.
    const slots = this.mappedSlots;
    const index = this.index;
    const state = this.state;
    const kind = this.kind;
    let plain = this.plainRow;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      const cell = cells[index[slot]];
      if (typeof cell === "string") {
        // A list's or Yes/No value spelled as listed, most such cells, is what coerce would make of it
        // (no placeholder's words: ListLookup.plain), without asking mayBeSpecial.
        const k0 = kind[slot];
        if (k0 === KIND_LIST) {
          const value = (this.lists[slot] as ListLookup).plain.get(cell);
          if (value !== undefined) {
            this.listed[slot] = value;
            state[slot] = OK;
            continue;
          }
        } else if (k0 === KIND_YES_NO && YES_NO_PLAIN && (cell === YES || cell === NO)) {
          this.num[slot] = cell === YES ? 1 : 0;
          this.listed[slot] = cell;
          state[slot] = OK;
          continue;
        }
        // Most text is told ordinary by its length and ends (mayBeSpecial), without a call; an empty
        // or all-space cell is flagged too, and isBlank settles it.
        if (cell.length !== 0 && !mayBeSpecial(cell)) {
          state[slot] = kind[slot] === KIND_TEXT ? OK : this.coerce(slot, cell);
        } else if (isBlank(cell)) state[slot] = BLANK;
        else {
          const special = specialText(cell);
          // A family name that is a placeholder's word beside a given name (`NULL`, `NA`: a lieutenant
          // and an engineer of a city's payroll, a helper's round) is a name: the person is there.
          // So is `NONE` among names in capitals, a comune near Turin (placeholderIsKeyName).
          state[slot] =
            special === PLACEHOLDER &&
            ((slot === this.familyNameSlot && !isBlank(cells[this.givenNameAt])) ||
              (slot === this.keySlot && this.placeholderIsKeyName(cell)))
              ? OK
              : special || this.coerce(slot, cell);
        }
      } else if (typeof cell === "number") {
        // Numbers and serial dates, the common case, read here without a call.
        const k0 = kind[slot];
        if (k0 === KIND_NUMBER && Number.isFinite(cell)) {
          this.num[slot] = cell;
          state[slot] = OK;
        } else if (k0 === KIND_DATE && cell >= 2200 && cell < LAST_DATE_SERIAL + 1) {
          // A serial date of this century or the last (see coerce): its day.
          this.num[slot] = Math.floor(cell);
          state[slot] = OK;
        } else state[slot] = this.coerce(slot, cell);
      } else if (cell === null || cell === undefined) state[slot] = BLANK;
      else if (typeof cell === "object" && plain !== undefined) {
        // Not a Cell (an Excel object): read the row again, made plain (once).
        this.cells = cells = plain(row);
        plain = undefined;
        k = -1;
      } else state[slot] = this.coerce(slot, cell);
    }
    return true;
  }

  protected coerce(slot: number, cell: Cell): CellState {
    switch (this.kind[slot]) {
      case KIND_NUMBER: {
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) return INVALID;
          this.num[slot] = cell;
          return OK;
        }
        const read = this.amountText(slot, cell);
        return read === INVALID && isNotYet(cell) ? PLACEHOLDER : read;
      }
      case KIND_DATE: {
        if (typeof cell === "number") {
          // Past the tracker's last day (LAST_DATE_SERIAL), Excel's: a date written as one number
          // (`20150601`) or no date.
          if (!(cell >= 1 && cell < LAST_DATE_SERIAL + 1)) return cell >= 1 ? this.dateText(slot, cell) : INVALID;
          // A serial before 1 Jan 1906 is no tracker's date: 1900–2100 there is a year (coerceDate).
          if (cell < 2200) return this.dateText(slot, cell);
          this.num[slot] = Math.floor(cell);
          return OK;
        }
        const read = this.dateText(slot, cell);
        return read === INVALID && isNotYet(cell) ? PLACEHOLDER : read;
      }
      case KIND_YES_NO: {
        const yn = coerceYesNo(cell);
        if (yn === undefined) return INVALID;
        this.num[slot] = yn === YES ? 1 : 0;
        this.listed[slot] = yn;
        return OK;
      }
      case KIND_LIST: {
        const lookup = this.lists[slot] as ListLookup;
        const text = typeof cell === "string" ? cell : String(cell);
        const exact = lookup.exact.get(text);
        if (exact !== undefined) {
          this.listed[slot] = exact;
          return OK;
        }
        const loose = looseValue(lookup, text);
        if (loose === undefined || this.ownValues(slot)) return INVALID;
        this.listed[slot] = loose;
        return VARIANT;
      }
      case KIND_EMAIL:
        return typeof cell === "string" && isEmail(cell) ? OK : INVALID;
      default:
        // A key's `0` (a register's child rows, `Unit_ID` 0 on 9 rows: a helper's round, real: a
        // council's river-wall assets, read as one asset of many rows) names nothing: a placeholder.
        return cell === 0 && slot === this.keySlot ? PLACEHOLDER : OK;
    }
  }

  /** The coerced number or date of `slot` in another row (loads nothing; for messages only). */
  numAt(row: number, slot: number): number {
    if (this.kind[slot] === KIND_DATE && this.dateOrderRead[slot] === 0) this.dateOrder(slot);
    const cell = this.matrix[row]?.[this.index[slot]];
    const value =
      this.kind[slot] === KIND_DATE ? coerceDate(cell, this.dayFirst[slot] === 1) : this.amountOf(slot, cell);
    return value ?? Number.NaN;
  }

  /** An amount written as text (`$1,200`, `£5k`): rarer than numbers, so kept out of coerce's way. */
  protected amountText(slot: number, cell: Cell): CellState {
    const n = this.amountOf(slot, cell);
    if (n === undefined) return INVALID;
    this.num[slot] = n;
    if (typeof cell === "string") {
      const ceiling = lastAmountCeiling();
      this.noteCurrency(slot);
      if (lastAmountEuropean()) this.writtenAsEurope[slot] = 1;
      if (ceiling && this.ceilingCount[slot]++ === 0) this.ceilingRow[slot] = this.row;
    }
    return OK;
  }

  /**
   * In a column of euros, or one whose amounts are written as Europe writes them (`1.250,50` in its
   * first rows), a cell read as such: `980,00` beside `82 584,28 €` is 980, `1,5` beside `1.250,50`
   * is 1.5, where alone each is refused (coerceNumber).
   */
  private asEuropeWrites(slot: number, cell: Cell): number | undefined {
    if (typeof cell !== "string") return undefined;
    const reading = this.sample(slot).european
      ? AS_EUROPE_WRITES
      : writesAsEurope(this.currencyOf(slot))
        ? IN_EUROS
        : AS_WRITTEN;
    return reading === AS_WRITTEN ? undefined : coerceNumber(cell, reading);
  }

  /**
   * A cell of an amount or number column as a number, or undefined. A dot or a comma before three
   * digits (`1.500`, `1,500`) is asked of the column first: in euros, or where the column writes its
   * amounts as Europe does (`1.250,50`), a dot groups thousands (real: a Flemish subsidy register's
   * `1.500` beside `2.250,75` under `Toegekend (EUR)`, summed as one and a half euros); where it
   * writes as Europe does, a lone comma is a decimal one (`1,500` beside `2,25`). A column of euros
   * written with US commas (`81,499`, `9,999,999`: another Flemish register) stays as written.
   */
  private amountOf(slot: number, cell: Cell): number | undefined {
    if (typeof cell === "string" && SEPARATOR_BEFORE_THREE.test(cell)) {
      const european = this.asEuropeWrites(slot, cell);
      if (european !== undefined) return european;
      // A whole figure grouped by one dot (`10.000`) in a column grouping its thousands by commas
      // (`150,000`): ten thousand as Europe writes it, or ten? Not read, so said (a helper's round,
      // real: a funder list's `10.000 USD` summed as $10 beside its `100,000`s, nothing said).
      if (
        LONE_DOT_GROUP.test(cell) &&
        !cell.includes("$") &&
        this.scale[slot] === 1 &&
        this.sample(slot).commaGrouped
      ) {
        return undefined;
      }
    }
    // (`RM 250` is ringgit in an amount column, where alone it may be a room: coerceAmount.)
    const amount = this.tab.columns[slot].type === "currency";
    return (
      (amount ? coerceAmount(cell) : coerceNumber(cell)) ??
      (this.tab.columns[slot].type === "number"
        ? (coercePercent(cell) ?? decimalComma(cell))
        : this.asEuropeWrites(slot, cell))
    );
  }

  /**
   * A date written as text (or a year alone, as a number): the column's day/month order, and months
   * without a day and years without a month, noted.
   */
  protected dateText(slot: number, cell: Cell): CellState {
    // The column's order is decided when its first `3/1/2024`-style date comes (serials and ISO
    // dates need none).
    if (this.dateOrderRead[slot] === 0 && typeof cell === "string" && numericDateParts(cell)) {
      this.dateOrder(slot);
    }
    // `Mar 18` among `Mar-18`s is March 2018, as the column writes its months (a helper's round, real:
    // Sutton's contract end dates, "Mar 18" an error three times beside "Mar-18" read as a month).
    const d = coerceDate(cell, this.dayFirst[slot] === 1) ?? this.monthYearAmong(slot, cell);
    // 1 January 1900, Excel's first day, is a system's "no date" (a helper's round, real: Melbourne's
    // urban forest, `1/01/1900` planted on 4,037 of 5,000 trees): a placeholder, as `N/A` is.
    if (d === 1 && lastDateKind() === DATE_WHOLE) return PLACEHOLDER;
    if (d === undefined) {
      // `Ongoing` in an End date: no date yet, and nothing wrong with that.
      return typeof cell === "string" && this.noDate[slot]?.has(normalizeKey(cell)) ? BLANK : INVALID;
    }
    const kind = lastDateKind();
    this.num[slot] = kind !== DATE_WHOLE && this.endOfPeriod[slot] === 1 ? periodEnd(d, kind) : d;
    if (kind === DATE_MONTH_ONLY && this.monthOnlyCount[slot]++ === 0) this.monthOnlyRow[slot] = this.row;
    if (kind === DATE_YEAR_ONLY && this.yearOnlyCount[slot]++ === 0) this.yearOnlyRow[slot] = this.row;
    if (kind === DATE_QUARTER && this.quarterCount[slot]++ === 0) this.quarterRow[slot] = this.row;
    if (kind === DATE_HALF_YEAR && this.halfYearCount[slot]++ === 0) this.halfYearRow[slot] = this.row;
    if (kind === DATE_COMPACT && this.compactCount[slot]++ === 0) this.compactRow[slot] = this.row;
    if (kind === DATE_SHORT_YEAR && this.shortYearCount[slot]++ === 0) this.shortYearRow[slot] = this.row;
    return OK;
  }

  /** Per slot, the two-digit years its `Mar-18` cells write (empty: none), read once. */
  private monthYears: (Set<number> | undefined)[] | undefined;

  /**
   * `Mar 18` as March 2018 where the column writes its months `Mar-18` and 18 is within their years
   * (`Jun 30`, `Jun 28` among `Dec-27`s are days, not years: reviewers' repros); else undefined.
   */
  private monthYearAmong(slot: number, cell: Cell): number | undefined {
    if (typeof cell !== "string") return undefined;
    this.monthYears ??= [];
    let years = this.monthYears[slot];
    if (!years) {
      years = new Set();
      const column = this.index[slot];
      for (let r = this.firstDataRow; r < this.rowCount; r++) {
        const yy = monthShortYearOf(this.matrix[r]?.[column]);
        if (yy !== undefined) years.add(yy);
      }
      this.monthYears[slot] = years;
    }
    const yy = Number(/(\d{2})\s*$/.exec(cell)?.[1]);
    let [low, high] = [Infinity, -Infinity];
    for (const y of years) [low, high] = [Math.min(low, y), Math.max(high, y)];
    return yy >= low && yy <= high ? monthYearWithSpace(cell) : undefined;
  }

  /** Row `row`'s cells in the columns the mapping reads, as one text (rows compared as the tracker sees them). */
  mappedText(row: number): string {
    const cells = this.matrix[row] ?? [];
    return this.mapping.columns.map((c) => cellText(cells[c.index]).trim()).join("\u0000");
  }

  /** The raw cell of the loaded row. */
  raw(slot: number): Cell {
    const i = this.index[slot];
    return i < 0 ? undefined : this.cells[i];
  }

  /** Is the loaded row's cell empty (blank, a placeholder or an Excel error), or the column absent? */
  blank(slot: number): boolean {
    const s = this.state[slot];
    return this.index[slot] < 0 || s === BLANK || s === PLACEHOLDER || s === ERROR_CELL;
  }

  /**
   * The currency of an amount column's values: its own, else the one the block's other amount
   * columns name (a sheet in euros says so once: `--map "Kosten=Committed (EUR)"`, and its Received
   * is in euros too, as SUMMARY counts it — a helper's round, real: a German city's climate
   * programme, "Received ($40,000) is more than Committed (€30,000)"); "USD" when none is named.
   */
  currencyOf(slot: number): string {
    return (
      this.currency[slot] || this.sample(slot).currency || this.blockCurrency() || this.textCurrency()?.code || "USD"
    );
  }

  private textSeen: TextCurrency | null | undefined = undefined;

  /**
   * The one currency the sheet's other columns write figures in (`Strand`: `£30,000 and below`, on
   * half a column's filled rows at least of the first TEXT_SAMPLE_ROWS, three at least), where no dollar is
   * written beside them — no header (`Equivalent (EUR)` converts), no note now and then: the currency
   * of amounts that name none (a helper's round, real: Arts Council England's project grants, £662.6M
   * printed as dollars beside 14,791 `£` bands).
   * Undefined when none is, or several are; never for the tracker's own tables, in dollars by design.
   */
  textCurrency(): TextCurrency | undefined {
    if (this.textSeen !== undefined) return this.textSeen ?? undefined;
    this.textSeen = null;
    if (!this.labelRows) return undefined;
    // Not the amount columns themselves, nor a column the mapping leaves out on purpose (`--map
    // "Postcode=Ignore"`: HeaderMapping.ignored), as no other reading beside the mapping reads one (a
    // reviewer's repro: an ignored column of Romford's `RM1 3BD` postcodes made a ledger's total ringgit).
    const unread = new Set<number>(this.mapping.ignored ?? []);
    for (let s = 0; s < this.tab.columns.length; s++) {
      if (this.tab.columns[s].type === "currency" && this.index[s] >= 0) unread.add(this.index[s]);
    }
    // Per column: its filled text cells, and those writing a figure in each currency.
    const columns = new Map<
      number,
      { filled: number; codes: Map<string, { cells: number; example: string; texts: Set<string> }> }
    >();
    const end = Math.min(this.rowCount, this.firstDataRow + TEXT_SAMPLE_ROWS);
    for (let r = this.firstDataRow; r < end; r++) {
      const row = this.matrix[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== "string" || cell.trim() === "" || unread.has(c) || c === this.currencyAt) continue;
        let col = columns.get(c);
        if (!col) columns.set(c, (col = { filled: 0, codes: new Map() }));
        col.filled++;
        // (A figure first: most text has none, and pays for no more.)
        if (cell.length > 200 || !DIGIT.test(cell)) continue;
        const code = currencyInText(cell);
        if (code === "") continue;
        const seen = col.codes.get(code);
        if (seen) {
          seen.cells++;
          seen.texts.add(cell.trim());
        } else col.codes.set(code, { cells: 1, example: cell.trim(), texts: new Set([cell.trim()]) });
      }
    }
    // A column that writes its figures in one currency on half its rows at least, three at least, in
    // words said again (a band, a range: `£30,000 and below`), not notes each mentioning one (`Matched
    // £5k from UK office`: a reviewer's repro); the sheet's columns all in the same one, and no dollar.
    let found: TextCurrency | undefined;
    for (const [c, col] of columns) {
      for (const [code, seen] of col.codes) {
        if (code === "USD" || markFits(DOLLAR_MARK, code) || code === KRONE_MARK) return undefined;
        if (seen.cells < 3 || seen.texts.size >= seen.cells || seen.cells * 2 < col.filled) continue;
        if (found && found.code !== code) return undefined;
        const header = String(this.matrix[this.mapping.headerRow]?.[c] ?? "").trim();
        found ??= { code, header, example: seen.example };
      }
    }
    if (found) this.textSeen = found;
    return found;
  }

  /** The one currency the block's amount columns name of their own, or "" (none, or several). */
  private blockCurrency(): string {
    // Kept once found: a currency a later row names (read as rows load) may still come before it.
    if (!this.namedByBlock) {
      const named = new Set<string>();
      for (let s = 0; s < this.tab.columns.length; s++) {
        if (this.tab.columns[s].type !== "currency" || this.index[s] < 0) continue;
        const code = this.currency[s] || this.sample(s).currency;
        if (code) named.add(code);
      }
      this.namedByBlock = named.size === 1 ? [...named][0] : "";
    }
    return this.namedByBlock;
  }

  private namedByBlock: string | undefined = undefined;

  /** Per slot: what the column's first rows say of its amounts (see sample), once looked for. */
  private readonly samples = new Map<
    number,
    { readonly currency: string; readonly european: boolean; readonly commaGrouped: boolean }
  >();

  /**
   * What the column's first SAMPLE_ROWS data rows say of its amounts: the first currency other than a
   * bare `$` they name ("" for none), so a message about row 2 speaks of the column's euros though the
   * first `€` is on row 6 (real: a French city's grants, "expected an amount in dollars" on rows 2–5,
   * "in EUR" after); and whether one is written as Europe writes amounts (`1.250,50`).
   */
  private sample(slot: number): {
    readonly currency: string;
    readonly european: boolean;
    readonly commaGrouped: boolean;
  } {
    let found = this.samples.get(slot);
    if (found !== undefined) return found;
    let currency = "";
    // Amounts only Europe writes so (`2,25`, `1.250,50`, `12 350 €`) against amounts only the US
    // writes so (`9,999,999`, `12.50`): the column is European when the first outnumber the second.
    let europe = 0;
    let us = 0;
    // Whole figures grouped by dots (`12.500`, `1.250.000`), and figures with a dot and not three
    // digits after it (`0.500`, `12.50`), which no one writes for thousands.
    let grouped = 0;
    let decimals = 0;
    let commaGrouped = false;
    const inEuros = writesAsEurope(this.currency[slot]);
    const column = this.index[slot];
    const end = Math.min(this.rowCount, this.firstDataRow + SAMPLE_ROWS);
    for (let r = this.firstDataRow; r < end; r++) {
      const cell = this.matrix[r]?.[column];
      if (typeof cell !== "string") continue;
      if (coerceAmount(cell) === undefined) {
        // `2,25`, `1,5`: refused alone (a US `2,250` typed short?), but in a column of euros, Europe's.
        if (inEuros && coerceNumber(cell, IN_EUROS) !== undefined && lastAmountEuropean()) europe++;
        continue;
      }
      const named = lastAmountCurrency();
      if (currency === "" && named !== DOLLAR_MARK) currency = named;
      // (A dollar sign in the cell says the US: `$1.500` is a dollar and a half, a reviewer's repro.)
      commaGrouped ||= COMMA_GROUPED.test(cell);
      if (cell.includes("$")) decimals++;
      else if (DOT_GROUPED.test(cell)) grouped++;
      else if (/\d\.\d/.test(cell)) decimals++;
      // Thousands grouped by apostrophes are Switzerland's, whose decimal point is a point.
      if (lastAmountEuropean() && !/['’]/.test(cell)) europe++;
      else if (writtenAsOnlyTheUsWrites(cell)) us++;
    }
    // Two whole figures grouped by dots or more, and no decimal point in the column, in no multiple
    // (`($ millions)`'s `1.250` is a million and a quarter): Europe's thousands (a helper's round,
    // `12.500` under `Importe` in a Spanish list of grants, summed as 12.5).
    const named = this.columnCurrency[slot];
    // (Not beside figures grouped by commas, `150,000`: the column writes both ways, and neither is read
    // as the other — a reviewer's repro, `10.000` and `12.500` beside them summed the column as $422.50.)
    const dotted =
      grouped >= 2 &&
      decimals === 0 &&
      us === 0 &&
      !commaGrouped &&
      this.scale[slot] === 1 &&
      (named === "" || inEuros);
    const european = this.writtenAsEurope[slot] === 1 ? us === 0 || europe > us : europe > us || dotted;
    // A figure grouped by one dot is doubtful only where the column groups by commas and shows no decimals.
    this.samples.set(slot, (found = { currency, european, commaGrouped: commaGrouped && decimals === 0 }));
    return found;
  }

  /**
   * An amount of `slot` for messages, in its column's currency (`£1,200`, never `$` for pounds); in
   * none where the sheet names none and the column is no dollars' — written as Europe writes amounts,
   * or headed in another language (`Montant is -500`, not `-$500`).
   */
  formatAmount(slot: number, value: number): string {
    return this.withoutSign(slot) ? formatSignless(value) : formatAmount(value, this.currencyOf(slot));
  }

  /** Are `slot`'s amounts in no currency this sheet says, and no dollars' (formatAmount shows no sign)? */
  withoutSign(slot: number): boolean {
    return (
      this.currencyOf(slot) === "USD" && !this.currency[slot] && !this.sample(slot).currency && this.signless(slot)
    );
  }

  /**
   * A cell's figure of `slot` as money, for messages: times the column's scale (`Realisatie (*1000)`:
   * its -14 is -€14,000, as the summary counts it — a helper's round, real: the Dutch subsidy register).
   */
  formatFigure(slot: number, value: number): string {
    return this.formatAmount(slot, value * this.scale[slot]);
  }

  /**
   * A cell's figure of `slot` as a message quotes it: in a column of units, its amount (formatAmount);
   * in a column of thousands (`Realisatie (*1000)`), the cell as the sheet shows it, then the money it
   * stands for as the summary adds it: `-14,00 (thousands: -14,000)`. Quoted multiplied alone, it read
   * as the cell's own, a thousand times too much (a helper's round, real: the Dutch subsidy register's
   * `-14,00`, "is -14,000"). `cell`: the cell, shown as written when it is text (a CSV's, `-14,00`);
   * otherwise its figure. `inParentheses`: for a quote inside them, `-14,00, thousands: -14,000`;
   * `after`, words after the figure (` each`): `1,00 each, thousands: 1,000`.
   */
  quoteFigure(slot: number, value: number, cell?: Cell, inParentheses = false, after = ""): string {
    const scale = this.scale[slot];
    if (scale === 1) return `${this.formatAmount(slot, value)}${after}`;
    const written = typeof cell === "string" && cell.trim() !== "" ? cell.trim() : formatFigure(value);
    const money = `${scaleWords(scale)}: ${this.formatAmount(slot, value * scale)}`;
    return inParentheses ? `${written}${after}, ${money}` : `${written}${after} (${money})`;
  }

  /**
   * Is an amount column of the sheet written as Europe writes amounts, or headed in another language, or
   * the sheet's dates day first? Any amount column speaks for all, as SUMMARY reads the sheet: one
   * message quoting two amounts shows both alike (corpus round fm, D8, real: Minas Gerais's road works,
   * `Total Medido ($1,456,946.54) is more than Valor Total do Contrato (1,315,533.91)`, the summary
   * showing both without a sign — `Valor` is Portuguese, `Total Medido` reads as English).
   */
  private signless(slot: number): boolean {
    return (
      this.writtenAsEurope[slot] === 1 ||
      this.amountSlots().some((s) => this.writtenAsEurope[s] === 1) ||
      this.headedAbroad() ||
      this.dayFirstDate() !== undefined ||
      this.titleCountry() !== undefined
    );
  }

  private amountsSeen: number[] | undefined = undefined;

  /** The sheet's amount columns (of the tab's currency columns, those it has). */
  private amountSlots(): readonly number[] {
    if (this.amountsSeen) return this.amountsSeen;
    this.amountsSeen = [];
    for (let s = 0; s < this.tab.columns.length; s++) {
      if (this.tab.columns[s].type === "currency" && this.index[s] >= 0) this.amountsSeen.push(s);
    }
    return this.amountsSeen;
  }

  private headedAbroadSeen: boolean | undefined = undefined;

  /** Is one of the sheet's amount columns headed in another language (`Valor Total do Contrato`)? */
  private headedAbroad(): boolean {
    this.headedAbroadSeen ??= this.amountSlots().some((s) => headedInOtherLanguage(this.header[s]));
    return this.headedAbroadSeen;
  }

  private numberedSeen: (ReturnType<typeof numberedNamesOf> | null)[] = [];

  /**
   * Where nearly every name of `slot`'s column starts with a number and a separator (`104114 - CRIME &
   * DRUGS FREE FOUNDATION`): the first such name, its row and cell; names are then compared after their
   * numbers (numberedNames.ts). Undefined for a column of names as names are written. Read once.
   */
  numberedNames(slot: number): ReturnType<typeof numberedNamesOf> {
    const seen = this.numberedSeen[slot];
    if (seen !== undefined) return seen ?? undefined;
    const column = this.index[slot];
    const found = column < 0 ? undefined : numberedNamesOf(this.matrix, column, this.firstDataRow, this.rowCount);
    this.numberedSeen[slot] = found ?? null;
    return found;
  }

  private titleCountrySeen: string | null | undefined = undefined;

  /**
   * The country a title line above the header names whose money is no dollar (`National Lottery
   * Commission: grants paid, South Africa`), as written: amounts naming no currency under it are shown
   * without a sign (corpus round fk, real: the lottery's rand printed as dollars). Read once; undefined
   * when no title line names one, and for the tracker's own tables, in dollars by design.
   */
  titleCountry(): string | undefined {
    if (this.titleCountrySeen !== undefined) return this.titleCountrySeen ?? undefined;
    this.titleCountrySeen = null;
    if (!this.labelRows) return undefined;
    const top = this.mapping.firstHeaderRow ?? this.mapping.headerRow;
    let found: string | undefined;
    for (let r = Math.max(0, top - TITLE_ROWS); r < top; r++) {
      const row = this.matrix[r];
      // A title line (two filled cells at most), not a row of a table stacked above whose cells name
      // a country (a partner's `France`): that says nothing of these amounts.
      if (!Array.isArray(row) || row.filter((c) => !isBlank(c)).length > 2) continue;
      for (const cell of row) {
        if (typeof cell !== "string" || cell.length > 200) continue;
        // A title naming the dollar (`Grants to partners in India (US dollars)`) says its amounts are
        // dollars, whatever country it names: a US funder's grants abroad.
        if (namesDollars(cell)) return undefined;
        found ??= countryWithoutDollars(cell) || undefined;
      }
    }
    if (found !== undefined) this.titleCountrySeen = found;
    return found;
  }

  /**
   * Whether a row with one text cell is a label row. Off for the tracker's own tables, whose rows are
   * data by construction: a new prospect with only its name typed is a partner, not a label. (And
   * whose amounts are dollars by design: see dayFirstDate.)
   */
  labelRows = true;

  /**
   * Rows (0-based in the matrix) whose cell in a mapped column holds a formula the file saved without
   * its result, read as empty (the command line reads them from the file; Excel calculates each, so
   * the task pane never has one): a value is there, so such a row is data, never a label row (a
   * helper's round: openpyxl's `=15000-3000` beside a name, the $12,000 award's row "a label row").
   */
  uncalculatedRows: ReadonlySet<number> | undefined = undefined;

  private dayFirstSeen: string | null | undefined = undefined;

  /**
   * A date of the sheet that can only be day first (`26/09/2017`), in any column, where none can only
   * be month first — a sheet from outside the US, whose amounts naming no currency are no dollars of
   * certainty (a helper's round, real: a UK council's spend over £500, `Paid Date` 26/09/2017, summed
   * and printed as $11,344,005.35). The first SAMPLE_ROWS data rows are read, and as many again four
   * times over spread through the rest when they settle nothing; undefined when none says.
   */
  dayFirstDate(): string | undefined {
    // The tracker's own tables are in dollars by design (a mistyped date there says nothing of them).
    if (!this.labelRows) return undefined;
    if (this.dayFirstSeen !== undefined) return this.dayFirstSeen ?? undefined;
    let example: string | undefined;
    let monthFirst = false;
    // The first rows, then rows spread over the rest: a ledger sorted by date has its days past the
    // 12th further down (a helper's round, real: Hyndburn's July spend, its 494 such dates after row
    // 200, shown as $9.6M).
    const first = Math.min(this.rowCount, this.firstDataRow + SAMPLE_ROWS);
    const stride = Math.max(1, Math.ceil((this.rowCount - first) / (SAMPLE_ROWS * 4)));
    // Further down, only the columns that wrote such a date in the first rows are read: the rest of
    // a sheet's cells, read in a thousand rows for nothing, were a tenth of SUMMARY's time at 10k rows.
    const dated: number[] = [];
    const read = (cell: Cell): boolean => {
      if (typeof cell !== "string" || cell.length < 6 || cell.length > 24) return false;
      const parts = numericDateParts(cell);
      if (!parts) return false;
      if (parts.second > 12 && parts.first <= 12) monthFirst = true;
      else if (example === undefined && parts.first > 12 && parts.second <= 12) example = cell.trim();
      return true;
    };
    const headers = (this.matrix[this.mapping.headerRow] ?? []).length;
    // (1 where a column holds something in the first rows: a flag a column, not a Set's entry a cell.)
    const filled = new Uint8Array(headers);
    for (let r = this.firstDataRow; r < first && !monthFirst; r++) {
      const row = this.matrix[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (read(row[c]) && !dated.includes(c)) dated.push(c);
        if (c < headers && filled[c] === 0 && !isBlank(row[c])) filled[c] = 1;
      }
    }
    // And the columns empty so far: a ledger sorted with its unpaid rows first fills its `Date paid`
    // only further down (a reviewer's repro: its day-first dates unread, the amounts shown as dollars).
    for (let c = 0; c < headers; c++) if (filled[c] === 0 && !dated.includes(c)) dated.push(c);
    for (let r = first; r < this.rowCount && !monthFirst && example === undefined && dated.length > 0; r += stride) {
      const row = this.matrix[r] ?? [];
      for (const c of dated) read(row[c]);
    }
    this.dayFirstSeen = monthFirst || example === undefined ? null : example;
    return this.dayFirstSeen ?? undefined;
  }

  /** A readable value (OK or VARIANT) in the loaded row. */
  has(slot: number): boolean {
    const s = this.state[slot];
    return this.index[slot] >= 0 && (s === OK || s === VARIANT);
  }

  /**
   * A list slot's values as spelled in the list, each to itself: a cell found here is one load reads
   * as OK with that value (for a fast lane, see QuickRow). Undefined for other slots.
   */
  exactSpellings(slot: number): ReadonlyMap<string, string> | undefined {
    return this.kind[slot] === KIND_LIST ? this.lists[slot]?.exact : undefined;
  }

  /**
   * The listed value ordinary text reads as in list column `slot` — as spelled in the list or in the
   * users' own words, as load reads it (a VARIANT) — or undefined (not a list column, text load takes
   * the long way with, or no listed value).
   */
  listedSpelling(slot: number, text: string): string | undefined {
    const lookup = this.kind[slot] === KIND_LIST ? this.lists[slot] : undefined;
    if (lookup === undefined) return undefined;
    const exact = lookup.exact.get(text);
    if (exact !== undefined || text.length === 0 || mayBeSpecial(text)) return exact;
    const loose = looseValue(lookup, text);
    return loose === undefined || this.ownValues(slot) ? undefined : loose;
  }

  /**
   * Does list slot `slot` hold values of its own, a stray one of them read in users' words as a listed
   * value: no cell spelled as the list spells it, WHOLE_OWN_VALUES of its own or more, and for each value
   * read in users' words three of its own or more, on more rows? Then that one is the column's own too,
   * as it reads: not the listed value (corpus round fi, real: Frontex's 2024 grants, its `Unit/Sector` of
   * unit codes — DMD, FOU, ECRET … — and `ACADEMY`, its training academy, read as Academic; so the
   * column's one "values of its own" warning became an error per code). Read from the column once, the
   * first time one of its cells is read in users' words; a cell spelled as listed ends the reading.
   */
  protected ownValues(slot: number): boolean {
    return this.ownValuesOf(slot);
  }

  /**
   * Does list column `slot` hold values of its own (see ownValues)? Then none of its cells reads as a
   * listed value in users' words: a copy keeps each as written, as the check reads it (`ACADEMY` among
   * unit codes is no "Academic"). False for any other column.
   */
  holdsOwnValues(slot: number): boolean {
    return this.kind[slot] === KIND_LIST && this.index[slot] >= 0 && this.ownValuesOf(slot);
  }

  /**
   * Does list column `slot` hold values of its own beside values read as the list's in users' words
   * (ownValuesIn: `Association loi 1901` among company forms)? Those read so; the others, the column's
   * own, are said as such together (inList's `whole`).
   */
  ownValuesBesideListed(slot: number): boolean {
    return (
      this.kind[slot] === KIND_LIST && this.index[slot] >= 0 && this.ownValuesState(slot) === OWN_VALUES_BESIDE_LISTED
    );
  }

  private ownValuesOf(slot: number): boolean {
    return this.ownValuesState(slot) === OWN_VALUES;
  }

  private ownValuesState(slot: number): number {
    if (this.ownValuesRead[slot] === OWN_VALUES_UNREAD) {
      const lookup = this.lists[slot] as ListLookup;
      this.ownValuesRead[slot] = ownValuesIn(
        this.matrix,
        this.index[slot],
        this.firstDataRow,
        this.rowCount,
        this.header[slot],
        lookup.exact,
        (text) => looseValue(lookup, text),
      );
    }
    return this.ownValuesRead[slot];
  }

  /** The listed value (canonical spelling) of a list or Yes/No cell, or undefined. */
  listValue(slot: number): string | undefined {
    return this.has(slot) ? this.listed[slot] : undefined;
  }

  /** The loaded cell as trimmed text ("" when blank or absent). */
  text(slot: number): string {
    const cell = this.raw(slot);
    if (cell === null || cell === undefined) return "";
    return typeof cell === "string" ? trimmed(cell) : typeof cell === "number" ? String(cell) : cell ? "TRUE" : "FALSE";
  }
}

/** A currency the sheet's other columns say (TypedTable.textCurrency): its code, where, and how. */
export interface TextCurrency {
  readonly code: string;
  /** The header of the column that says it. */
  readonly header: string;
  /** A cell that says it (`£30,000 and below`). */
  readonly example: string;
}

/** `"Strand" writes GBP (such as "£30,000 and below")`: where a TextCurrency is said. */
export function textCurrencyWords(t: TextCurrency): string {
  return `"${t.header.replace(/\s+/g, " ")}" writes ${t.code} (such as "${t.example.replace(/\s+/g, " ")}")`;
}

/**
 * A quantity with a decimal comma (`2,5`, `23,9`): no thousands, which take three digits after their
 * comma, so a count or a measure written as Europe writes it (a helper's round, real: a German
 * inventory's `Anzahl`, a tree register's trunk widths, each "expected a number"). Amounts keep their
 * own reading (`1,20` may be a US `1,200` typed short).
 */
function decimalComma(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const m = DECIMAL_COMMA_ONLY.exec(cell);
  return m ? Number(`${m[1]}.${m[2]}`) : undefined;
}
const DECIMAL_COMMA_ONLY = /^\s*(-?\d+),(\d{1,2})\s*$/;
