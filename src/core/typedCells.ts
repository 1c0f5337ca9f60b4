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
} from "./amountCells";
import {
  BLANK,
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
import { coerceYesNo, isEmail } from "./coerce";
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
  minguoDateSerial,
  monthShortYearOf,
  readAsCompact,
  monthYearWithSpace,
  numericDateParts,
  periodEnd,
} from "./dateCells";
import { OWN_VALUES, OWN_VALUES_BESIDE_LISTED, OWN_VALUES_UNREAD, ownValuesIn } from "./ownValues";
import { currencyCodeOf } from "./currencyColumns";
import { ColumnReadings } from "./columnReadings";
import { looseValue, type ListLookup } from "./listLookups";
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

/** A whole figure grouped by one dot (`10.000`, `USD 5.500`): thousands, or three decimals? */
export const LONE_DOT_GROUP = /^\D*([1-9]\d{0,2})\.(\d{3})\D*$/;
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
 * Which rows are data is TypedTable's (rows.ts), which extends this. What the block's columns say
 * before any row is read is BlockColumns' (blockColumns.ts), what a whole column says when first asked,
 * ColumnReadings' (columnReadings.ts): this extends them. Every field, a lazily kept answer too, is made
 * by a constructor (`= undefined` where nothing is known yet): a field added in the row loop changes
 * the object's hidden class there (test/core/tableShape.test.ts says what it cost).
 */
export class TypedCells extends ColumnReadings {
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
    const value = this.kind[slot] === KIND_DATE ? this.dateOf(slot, cell) : this.amountOf(slot, cell);
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
    const d = this.dateOf(slot, cell);
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

  /**
   * The date of a cell of date column `slot`, its kind left in lastDateKind: as coerceDate reads it, or
   * `Mar 18` among `Mar-18`s, or a Minguo-calendar date in a column of them (where coerceDate reads none
   * or a year's last day past 2100: `1061231`, serial of 4721-12-31).
   */
  private dateOf(slot: number, cell: Cell): number | undefined {
    const d = coerceDate(cell, this.dayFirst[slot] === 1) ?? this.monthYearAmong(slot, cell);
    if (d !== undefined && d <= LAST_DATE_SERIAL) return d;
    return this.minguoAmong(slot, cell) ?? d;
  }

  /** Per slot, whether most of its cells are Minguo-calendar dates (minguoDateSerial), read once. */
  private minguoColumns: boolean[] | undefined = undefined;

  /**
   * A Minguo-calendar date (`1000601`: 2011-06-01) where most of the column's cells are such dates, read
   * as a number written year, month and day is (DATE_COMPACT, said once for the column); else undefined.
   * Asked only of a cell no other reading took, and the column read once.
   */
  private minguoAmong(slot: number, cell: Cell): number | undefined {
    const serial = minguoDateSerial(cell, true);
    return serial !== undefined && this.minguoColumn(slot) ? readAsCompact(serial) : undefined;
  }

  /** Whether most of date column `slot`'s filled cells are seven-digit Minguo-calendar dates (read once). */
  minguoColumn(slot: number): boolean {
    this.minguoColumns ??= [];
    let most = this.minguoColumns[slot];
    if (most === undefined) {
      const column = this.index[slot];
      let filled = 0;
      let minguo = 0;
      for (let r = this.firstDataRow; r < this.rowCount; r++) {
        const value = this.matrix[r]?.[column];
        if (isBlank(value)) continue;
        filled++;
        if (minguoDateSerial(value) !== undefined) minguo++;
      }
      most = this.minguoColumns[slot] = 2 * minguo > filled;
    }
    return most;
  }

  /** Per slot, the two-digit years its `Mar-18` cells write (empty: none), read once. */
  private monthYears: (Set<number> | undefined)[] | undefined = undefined;

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
   * Rows (0-based in the matrix) whose cell in a mapped column holds a formula the file saved without
   * its result, read as empty (the command line reads them from the file; Excel calculates each, so
   * the task pane never has one): a value is there, so such a row is data, never a label row (a
   * helper's round: openpyxl's `=15000-3000` beside a name, the $12,000 award's row "a label row").
   */
  uncalculatedRows: ReadonlySet<number> | undefined = undefined;

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
