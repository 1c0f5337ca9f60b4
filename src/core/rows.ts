import { KEY_COLUMNS, LIST_VOCABULARY, LISTS, TABS, type ColumnSpec, type ListId, type TabSpec } from "../schema";
import * as coerce from "./coerce";
import { coerceNumber, coerceYesNo, isEmail } from "./coerce";
import {
  firstFilled,
  isEndMarkerRow,
  isRuleLine,
  isGrandTotal,
  saysMore,
  labelText,
  fewWords,
  onlyFilled,
  sameText,
  totalKind,
  NOT_TOTAL,
  TOTAL,
  NAMED_TOTAL_LABEL,
  NOTE_ROW,
  type LeftOutRow,
} from "./notData";
import { isBlank, isBlankRow, isPlaceholder, mayBeSpecial, normalizeKey, specialText, trimmed } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";
import { groupRowsAbove, sameFigure, subtotalRows, type SubtotalKind } from "./subtotals";

/**
 * A user's block read through its header mapping: one row at a time, each mapped cell coerced once
 * into reusable typed arrays (no object per row or per cell), so every rule of a row reads the same
 * coerced value and 100k-row ranges stay fast.
 */

/** What a cell held, after coercion to its column's type. */
export const BLANK = 0;
export const OK = 1;
/** Not readable as the column's type (text in a date column, a value not in the list …). */
export const INVALID = 2;
/** A list value written with other case, spacing or punctuation: readable, but not the listed spelling. */
export const VARIANT = 3;
/** A placeholder (`N/A`, `TBD`, `-`, `REDACTED`): not a value, so empty (SPEC "Values as people write them"). */
export const PLACEHOLDER = 4;
/** An Excel error (`#N/A`, `#REF!`): reported once as such, and otherwise empty. */
export const ERROR_CELL = 5;
/** How many states there are (the engine files cell rules by slot × state). */
export const CELL_STATES = 6;

export type CellState =
  typeof BLANK | typeof OK | typeof INVALID | typeof VARIANT | typeof PLACEHOLDER | typeof ERROR_CELL;

/** The states of a readable value: those in which `TypedTable.has` is true. */
export const READABLE: readonly CellState[] = [OK, VARIANT];

/** How `load` reads each slot: one small number instead of comparing type names per cell. */
const KIND_TEXT = 0;
const KIND_NUMBER = 1;
const KIND_DATE = 2;
const KIND_YES_NO = 3;
const KIND_LIST = 4;
const KIND_EMAIL = 5;
/** Read once: under CommonJS (the CLI, the benches) each `LISTS.…` is a re-export getter call. */
const YES = LISTS.yesNo.values[0];

function kindOf(column: ColumnSpec): number {
  switch (column.type) {
    case "number":
    case "currency":
      return KIND_NUMBER;
    case "date":
      return KIND_DATE;
    case "yesNo":
      return KIND_YES_NO;
    case "list":
      return column.list ? KIND_LIST : KIND_TEXT;
    case "email":
      return KIND_EMAIL;
    default:
      return KIND_TEXT;
  }
}

interface ListLookup {
  readonly exact: ReadonlyMap<string, string>;
  readonly loose: ReadonlyMap<string, string>;
}

/**
 * Each list's values: exact spellings, and loose ones (other case, spacing, punctuation, and the
 * users' own words from the schema's LIST_VOCABULARY: `Complete` → Completed, `NGO` → Nonprofit).
 */
const LIST_LOOKUPS = new Map<string, ListLookup>(
  Object.entries(LISTS).map(([id, list]) => {
    const loose = new Map<string, string>(list.values.map((v) => [normalizeKey(v), v]));
    for (const [word, value] of Object.entries(LIST_VOCABULARY[id as ListId] ?? {})) {
      const key = normalizeKey(word);
      if (!loose.has(key)) loose.set(key, value as string);
    }
    return [id, { exact: new Map(list.values.map((v) => [v, v])), loose }];
  }),
);

/** The listed value a cell names, and whether it is spelled as listed. */
export function matchList(listId: string, text: string): { value: string; exact: boolean } | undefined {
  const lookup = LIST_LOOKUPS.get(listId);
  if (!lookup) return undefined;
  const exact = lookup.exact.get(text);
  if (exact !== undefined) return { value: exact, exact: true };
  const loose = lookup.loose.get(normalizeKey(text));
  return loose === undefined ? undefined : { value: loose, exact: false };
}

/** How far above the header row a title saying the amounts' currency or multiple is looked for. */
const TITLE_ROWS = 10;

/** Headers of a column that names the amounts' currency (`Currency`, `Currency code`). */
const CURRENCY_HEADERS = new Set(["currency", "currencycode", "curr", "ccy"]);
const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * A caller's fast lane through forEachRow: offered each row's raw cells first, it reads the row
 * itself and returns true when every cell it needs is plainly readable and `surelyData` says the row
 * is data; false, and the row is loaded and classified as usual (and passed to `each`).
 */
export type QuickRow = (cells: readonly Cell[], row: number) => boolean;

/** Makes matrix row `row` plain (see TypedTable's plainRow) and returns it. */
export type PlainRow = (row: number) => readonly Cell[];

/** The slots of several columns at once, by the names a module gives them. */
export function slotsOf<K extends string>(tab: TabSpec, columns: Record<K, ColumnSpec>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of Object.keys(columns) as K[]) out[name] = slotOf(tab, columns[name]);
  return out;
}

/** Position of a schema column within its tab: the index into a table's typed arrays. */
export function slotOf(tab: TabSpec, column: ColumnSpec): number {
  const slot = tab.columns.indexOf(column);
  if (slot < 0) throw new Error(`${column.name} is not a ${tab.name} column`);
  return slot;
}

export function tabSpec(name: string): TabSpec {
  return TABS.find((t) => t.name === name) as TabSpec;
}

export class TypedTable {
  readonly tab: TabSpec;
  /** Matrix column of each schema slot, -1 when the range does not have the column. */
  readonly index: Int32Array;
  /** The user's header per slot (the schema name for a missing column). */
  readonly header: readonly string[];
  readonly firstDataRow: number;
  readonly rowCount: number;

  /** Coerced values of the loaded row, by slot. */
  readonly state: Uint8Array;
  /** Numbers, dates (serials) and Yes/No (1/0). */
  readonly num: Float64Array;
  /** Canonical list values and trimmed text, filled for list/yesNo slots and on demand via text(). */
  readonly listed: (string | undefined)[];
  /** 0-based matrix row currently loaded. */
  row = -1;
  private cells: readonly Cell[] = [];
  private readonly mappedSlots: Int32Array;

  private readonly kind: Uint8Array;
  private readonly lists: (ListLookup | undefined)[];
  /** Per date slot: the words that say there is no date yet (ColumnSpec.noDateWords), as keys. */
  private readonly noDate: (ReadonlySet<string> | undefined)[];
  /** Per date slot: its text dates are written day first (decided from the column, see dateOrder). */
  private readonly dayFirst: Uint8Array;
  /** Per date slot: 1 once dateOrder has read the column. */
  private readonly dateOrderRead: Uint8Array;
  /** Per date slot: the first row whose date could be either order, when the column never says (else -1). */
  readonly ambiguousDateRow: Int32Array;
  /** Per date slot: rows whose date is a month alone (`October 2024`), and the first of them. */
  readonly monthOnlyCount: Int32Array;
  readonly monthOnlyRow: Int32Array;
  /** Per slot: how many dates were a year alone, and the first row that had one (-1: none). */
  readonly yearOnlyCount: Int32Array;
  readonly yearOnlyRow: Int32Array;
  /** Per slot: how many dates were a quarter (`2027-Q2`), and the first row that had one (-1: none). */
  readonly quarterCount: Int32Array;
  readonly quarterRow: Int32Array;
  /** Per amount slot: the currency its amounts name (`GBP`), "" when none names one. */
  readonly currency: string[];
  /** Per amount slot: the first row naming a second currency, -1 when the column keeps to one. */
  readonly mixedCurrencyRow: Int32Array;
  /** Per slot: 1 while the column's currency comes only from bare `$` marks (see noteCurrency). */
  private readonly dollarMarkOnly: Uint8Array;
  /** Per amount slot: the first row naming the column's currency. */
  readonly currencyRow: Int32Array;
  /** Per amount slot: the multiple its figures are in (`Spend (£000)`: 1,000), 1 when none is said. */
  readonly scale: Float64Array;
  /** Per amount slot: the row that says the multiple (its header row, or a title above it), -1 when none. */
  readonly scaleRow: Int32Array;
  /**
   * Per slot: the multiple its header (or title) says, where the figures show they are already in
   * units and it is not applied (see doubtScale); 1 otherwise.
   */
  readonly scaleDoubted: Float64Array;

  /**
   * `only`: the slots a caller reads (SUMMARY needs three of seventeen); others are not coerced.
   * By default every mapped column is.
   */
  constructor(
    readonly matrix: Matrix,
    readonly mapping: HeaderMapping,
    only?: readonly number[],
    /**
     * For a caller whose rows may hold values that are not Cells (the custom functions: Excel's
     * error and entity objects): called the first time a row read has one in a mapped column, it
     * returns the row made plain (and keeps it, so later reads of the matrix see it too).
     */
    private readonly plainRow?: PlainRow,
  ) {
    this.tab = tabSpec(mapping.tab);
    const n = this.tab.columns.length;
    this.index = new Int32Array(n).fill(-1);
    const header = this.tab.columns.map((c) => c.name);
    for (const c of mapping.columns) {
      const slot = this.tab.columns.findIndex((s) => s.id === c.id);
      if (slot >= 0) {
        this.index[slot] = c.index;
        header[slot] = c.header;
      }
    }
    this.header = header;
    this.mappedSlots = Int32Array.from(
      this.tab.columns.map((_, i) => i).filter((i) => this.index[i] >= 0 && (!only || only.includes(i))),
    );
    this.kind = Uint8Array.from(this.tab.columns.map(kindOf));
    this.lists = this.tab.columns.map((c) => (c.list ? LIST_LOOKUPS.get(c.list) : undefined));
    this.noDate = this.tab.columns.map((c) => (c.noDateWords ? new Set(c.noDateWords.map(normalizeKey)) : undefined));
    this.firstDataRow = mapping.headerRow + 1;
    this.rowCount = matrix.length;
    this.state = new Uint8Array(n);
    this.num = new Float64Array(n);
    this.listed = new Array<string | undefined>(n).fill(undefined);
    this.dayFirst = new Uint8Array(n);
    this.dateOrderRead = new Uint8Array(n);
    this.ambiguousDateRow = new Int32Array(n).fill(-1);
    this.monthOnlyCount = new Int32Array(n);
    this.monthOnlyRow = new Int32Array(n).fill(-1);
    this.yearOnlyCount = new Int32Array(n);
    this.yearOnlyRow = new Int32Array(n).fill(-1);
    this.quarterCount = new Int32Array(n);
    this.quarterRow = new Int32Array(n).fill(-1);
    this.currency = new Array<string>(n).fill("");
    this.mixedCurrencyRow = new Int32Array(n).fill(-1);
    this.dollarMarkOnly = new Uint8Array(n);
    this.currencyRow = new Int32Array(n).fill(-1);
    this.scale = new Float64Array(n).fill(1);
    this.scaleRow = new Int32Array(n).fill(-1);
    this.scaleDoubted = new Float64Array(n).fill(1);
    this.currencyColumn();
    this.markColumns();
    this.headerCurrencies();
    this.scales();
    this.formatCurrencies();
  }

  /**
   * An amount column that names its currency nowhere but in its cells' number format (`"£"#,##0`):
   * its amounts are in that currency (see HeaderMapping.formatCurrencies), said from its first number.
   */
  private formatCurrencies(): void {
    const formats = this.mapping.formatCurrencies;
    if (formats === undefined) return;
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      const column = this.index[slot];
      const code = column >= 0 ? formats[column] : undefined;
      if (this.tab.columns[slot].type !== "currency" || !code || this.currency[slot] !== "") continue;
      let first = this.firstDataRow;
      while (first < this.rowCount && typeof this.matrix[first]?.[column] !== "number") first++;
      this.currency[slot] = code;
      this.currencyRow[slot] = first < this.rowCount ? first : this.firstDataRow;
    }
  }

  /**
   * The multiple each amount column's figures are in (`Spend (£000)` → 1,000), from its header, else
   * from the nearest title above the header row that says one or a currency (`Net current expenditure
   * (£ thousand)`): a report's title speaks for its amount columns, those whose headers name neither.
   */
  private scales(): void {
    const amounts: number[] = [];
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      if (this.tab.columns[slot].type === "currency" && this.index[slot] >= 0) amounts.push(slot);
    }
    if (amounts.length === 0) return;
    for (const slot of amounts) {
      const scale = coerce.headerScale(this.header[slot]);
      if (scale === 1) continue;
      this.scale[slot] = scale;
      this.scaleRow[slot] = this.mapping.headerRow;
    }
    const top = this.mapping.firstHeaderRow ?? this.mapping.headerRow;
    let said = false; // the nearest title saying a multiple or a currency speaks; the rest do not
    for (let r = top - 1; r >= 0 && r >= top - TITLE_ROWS && !said; r--) {
      const row = this.matrix[r];
      if (!Array.isArray(row)) continue;
      for (const cell of row) {
        if (typeof cell !== "string" || cell.length > 200) continue;
        const scale = coerce.headerScale(cell);
        const code = coerce.headerCurrency(cell);
        if (scale === 1 && code === "") continue;
        for (const slot of amounts) {
          if (scale !== 1 && this.scaleRow[slot] < 0) [this.scale[slot], this.scaleRow[slot]] = [scale, r];
          if (code !== "" && this.currency[slot] === "") [this.currency[slot], this.currencyRow[slot]] = [code, r];
        }
        said = true;
        break;
      }
    }
    for (const slot of amounts) if (this.scale[slot] !== 1) this.doubtScale(slot);
  }

  /**
   * A header's "$ Millions" describes how the sheet shows the figures; the cells may hold them in
   * dollars still, divided for display by the number format (`"$"#,##0.0,,`), which a custom
   * function never sees (real: a federal allocations table: $21.5bn printed as $42.9 quadrillion).
   * Where the middle figure multiplied out would be a trillion or more for one row, the figures are
   * taken as they are, and that is said.
   */
  private doubtScale(slot: number): void {
    const column = this.index[slot];
    const figures: number[] = [];
    for (let r = this.firstDataRow; r < this.rowCount && figures.length < 1001; r++) {
      const cell = this.matrix[r]?.[column];
      const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
      if (v !== undefined && Number.isFinite(v) && v !== 0) figures.push(Math.abs(v));
    }
    if (figures.length === 0) return;
    figures.sort((a, b) => a - b);
    const middle = figures[figures.length >> 1];
    if (middle * this.scale[slot] < 1e12) return;
    this.scaleDoubted[slot] = this.scale[slot];
    this.scale[slot] = 1;
  }

  /**
   * An amount column with a column of currency marks just left of it (`£` on every row, the figure
   * beside it, as a printed ledger lays them out): its amounts are in that currency. The marks'
   * column maps to nothing (mapHeaders moves a guess from the marks to the figures).
   */
  private markColumns(): void {
    const mapped = new Set(this.mapping.columns.map((c) => c.index));
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      const left = this.index[slot] - 1;
      if (this.tab.columns[slot].type !== "currency" || left < 0 || mapped.has(left) || this.currency[slot] !== "") {
        continue;
      }
      const marks = coerce.markedColumn(this.matrix, left, this.firstDataRow, this.rowCount);
      if (marks === undefined) continue;
      this.currency[slot] = marks.code;
      this.currencyRow[slot] = marks.first;
    }
  }

  /**
   * An amount column whose header names its currency (`Award (£)`, `Amount (GBP)`): its plain
   * numbers are in that currency (the number format that shows £ does not reach a function), and an
   * amount written in another one is a mix.
   */
  private headerCurrencies(): void {
    for (const c of this.mapping.columns) {
      const slot = this.tab.columns.findIndex((s) => s.id === c.id);
      if (slot < 0 || this.tab.columns[slot].type !== "currency" || this.currency[slot] !== "") continue;
      const code = coerce.headerCurrency(c.header);
      if (code === "") continue;
      this.currency[slot] = code;
      this.currencyRow[slot] = this.mapping.headerRow;
    }
  }

  /**
   * A sheet that says its currency in a column of its own (`Currency`: GBP on every row, as
   * 360Giving grant files do): its amounts are in that currency, and a second code is a mix.
   */
  private currencyColumn(): void {
    const column = this.mapping.unknown.find((u) => CURRENCY_HEADERS.has(normalizeKey(u.header)))?.index;
    if (column === undefined) return;
    let code = "";
    let first = -1;
    let other = -1;
    for (let r = this.firstDataRow; r < this.rowCount && other < 0; r++) {
      const cell = this.matrix[r]?.[column];
      if (typeof cell !== "string" || !CURRENCY_CODE.test(cell.trim())) continue;
      const c = cell.trim().toUpperCase();
      if (code === "") [code, first] = [c, r];
      else if (c !== code) other = r;
    }
    if (code === "") return;
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      if (this.tab.columns[slot].type !== "currency") continue;
      this.currency[slot] = code;
      this.currencyRow[slot] = first;
      if (other >= 0) this.mixedCurrencyRow[slot] = other;
    }
  }

  /**
   * SPEC: day-first or month-first is decided per column from the values that can only be one
   * (`25/03/2024`). A column whose every such value could be either is read month first, and the
   * first row that could be either is kept for one warning.
   */
  private dateOrder(slot: number): void {
    this.dateOrderRead[slot] = 1;
    const column = this.index[slot];
    const matrix = this.matrix;
    let dayFirst = 0;
    let monthFirst = 0;
    let ambiguous = -1;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      const row = matrix[r];
      const cell = row === undefined ? undefined : row[column];
      if (typeof cell !== "string") continue;
      const parts = coerce.numericDateParts(cell);
      if (!parts) continue;
      if (parts.first > 12 && parts.second <= 12) dayFirst++;
      else if (parts.second > 12 && parts.first <= 12) monthFirst++;
      else if (parts.first !== parts.second && ambiguous < 0) ambiguous = r;
    }
    this.dayFirst[slot] = dayFirst > 0 && monthFirst === 0 ? 1 : 0;
    if (dayFirst === 0 && monthFirst === 0) this.ambiguousDateRow[slot] = ambiguous;
  }

  /**
   * The loaded amount's currency, recorded for the column: one currency per column, or a mix. A bare
   * `$` is a dollar of whichever kind the column names (header, code column or a cell's `CAD`); US
   * dollars until one does.
   */
  private noteCurrency(slot: number): void {
    const currency = coerce.lastAmountCurrency();
    if (currency === "") return;
    const current = this.currency[slot];
    const mark = currency === coerce.DOLLAR_MARK;
    if (current === "") {
      this.currency[slot] = mark ? "USD" : currency;
      this.dollarMarkOnly[slot] = mark ? 1 : 0;
      this.currencyRow[slot] = this.row;
    } else if (mark ? coerce.isDollar(current) : current === currency) {
      if (!mark) this.dollarMarkOnly[slot] = 0;
    } else if (this.dollarMarkOnly[slot] === 1 && coerce.isDollar(currency)) {
      // The first dollar named by its code names the `$` amounts before it too.
      this.currency[slot] = currency;
      this.dollarMarkOnly[slot] = 0;
      this.currencyRow[slot] = this.row;
    } else if (this.mixedCurrencyRow[slot] < 0) {
      this.mixedCurrencyRow[slot] = this.row;
    }
  }

  present(slot: number): boolean {
    return this.index[slot] >= 0;
  }

  /** Slots the range has, in schema order. */
  get slots(): Int32Array {
    return this.mappedSlots;
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
        // Most text is told ordinary by its length and ends (mayBeSpecial), without a call; an empty
        // or all-space cell is flagged too, and isBlank settles it.
        if (cell.length !== 0 && !mayBeSpecial(cell)) {
          state[slot] = kind[slot] === KIND_TEXT ? OK : this.coerce(slot, cell);
        } else if (isBlank(cell)) state[slot] = BLANK;
        else state[slot] = specialText(cell) || this.coerce(slot, cell);
      } else if (typeof cell === "number") {
        // Numbers and serial dates, the common case, read here without a call.
        const k0 = kind[slot];
        if (k0 === KIND_NUMBER && Number.isFinite(cell)) {
          this.num[slot] = cell;
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

  private coerce(slot: number, cell: Cell): CellState {
    switch (this.kind[slot]) {
      case KIND_NUMBER: {
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) return INVALID;
          this.num[slot] = cell;
          return OK;
        }
        return this.amountText(slot, cell);
      }
      case KIND_DATE: {
        if (typeof cell === "number") {
          if (!(cell >= 1 && cell < coerce.MAX_DATE_SERIAL + 1)) return INVALID;
          // A serial before 1 Jan 1906 is no tracker's date: 1900–2100 there is a year (coerceDate).
          if (cell < 2200) return this.dateText(slot, cell);
          this.num[slot] = Math.floor(cell);
          return OK;
        }
        return this.dateText(slot, cell);
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
        const loose = lookup.loose.get(normalizeKey(text));
        if (loose === undefined) return INVALID;
        this.listed[slot] = loose;
        return VARIANT;
      }
      case KIND_EMAIL:
        return typeof cell === "string" && isEmail(cell) ? OK : INVALID;
      default:
        return OK;
    }
  }

  /** The coerced number or date of `slot` in another row (loads nothing; for messages only). */
  numAt(row: number, slot: number): number {
    if (this.kind[slot] === KIND_DATE && this.dateOrderRead[slot] === 0) this.dateOrder(slot);
    const cell = this.matrix[row]?.[this.index[slot]];
    const value =
      this.kind[slot] === KIND_DATE ? coerce.coerceDate(cell, this.dayFirst[slot] === 1) : coerceNumber(cell);
    return value ?? Number.NaN;
  }

  /** An amount written as text (`$1,200`, `£5k`): rarer than numbers, so kept out of coerce's way. */
  private amountText(slot: number, cell: Cell): CellState {
    const n = coerceNumber(cell) ?? (this.tab.columns[slot].type === "number" ? coerce.coercePercent(cell) : undefined);
    if (n === undefined) return INVALID;
    this.num[slot] = n;
    if (typeof cell === "string") this.noteCurrency(slot);
    return OK;
  }

  /**
   * A date written as text (or a year alone, as a number): the column's day/month order, and months
   * without a day and years without a month, noted.
   */
  private dateText(slot: number, cell: Cell): CellState {
    // The column's order is decided when its first `3/1/2024`-style date comes (serials and ISO
    // dates need none).
    if (this.dateOrderRead[slot] === 0 && typeof cell === "string" && coerce.numericDateParts(cell)) {
      this.dateOrder(slot);
    }
    const d = coerce.coerceDate(cell, this.dayFirst[slot] === 1);
    if (d === undefined) {
      // `Ongoing` in an End date: no date yet, and nothing wrong with that.
      return typeof cell === "string" && this.noDate[slot]?.has(normalizeKey(cell)) ? BLANK : INVALID;
    }
    this.num[slot] = d;
    const kind = coerce.lastDateKind();
    if (kind === coerce.DATE_MONTH_ONLY && this.monthOnlyCount[slot]++ === 0) this.monthOnlyRow[slot] = this.row;
    if (kind === coerce.DATE_YEAR_ONLY && this.yearOnlyCount[slot]++ === 0) this.yearOnlyRow[slot] = this.row;
    if (kind === coerce.DATE_QUARTER && this.quarterCount[slot]++ === 0) this.quarterRow[slot] = this.row;
    return OK;
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

  /** The currency of an amount column's values ("USD" when none is named). */
  currencyOf(slot: number): string {
    return this.currency[slot] || "USD";
  }

  /** An amount of `slot` for messages, in its column's currency (`£1,200`, never `$` for pounds). */
  formatAmount(slot: number, value: number): string {
    return coerce.formatAmount(value, this.currencyOf(slot));
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

  /**
   * Rows of the block that are not data, found by the last forEachRow: totals, label rows and notes
   * under the data, in sheet order. They were left out of every check and sum.
   */
  leftOut: LeftOutRow[] = [];

  /**
   * Rows of the block where nothing was entered — only placeholders or zeros (an unused line of a
   * form) — found by the last forEachRow: as good as blank to every check, but a copy names them.
   */
  emptyRows: number[] = [];

  /**
   * Running sums of the amount columns over the rows so far that are no Total row: rows
   * [firstDataRow, summedTo) are in `runningSums`; `atTotals` holds the running sums as they stood at
   * each Total row (and at the start), so the rows between any earlier Total row and this one add up
   * to `running − atTotal` (addsUpAbove). Summed only when a `Total <name>` asks (addsUpAbove): a
   * sheet whose only total says "Total" never pays for it; Total rows met on the way are kept in
   * `totalRows` until the sums pass them.
   */
  private summedTo = 0;
  private runningSums: Float64Array | undefined;
  private atTotals: Float64Array[] = [];
  private totalRows = new Set<number>();

  /** Starts the running sums at the block's first data row (forEachRow). */
  private startSums(): void {
    this.summedTo = this.firstDataRow;
    this.runningSums = undefined;
    this.atTotals = [];
    this.totalRows = new Set();
  }

  /** Adds rows [summedTo, row) into the running sums, keeping them as they stand at each Total row. */
  private sumTo(row: number): Float64Array {
    const sums = (this.runningSums ??= new Float64Array(this.state.length));
    if (this.atTotals.length === 0) this.atTotals.push(new Float64Array(sums));
    const slots = this.mappedSlots;
    for (let r = this.summedTo; r < row; r++) {
      if (this.totalRows.has(r)) {
        this.atTotals.push(new Float64Array(sums));
        continue;
      }
      for (let k = 0; k < slots.length; k++) {
        if (this.kind[slots[k]] !== KIND_NUMBER) continue;
        const v = this.numAt(r, slots[k]);
        if (Number.isFinite(v)) sums[slots[k]] += v;
      }
    }
    this.summedTo = Math.max(this.summedTo, row);
    return sums;
  }

  /** Row `row` is a Total row (or adds up others): its figures are not summed; the sums there kept. */
  private totalAt(row: number): void {
    this.totalRows.add(row);
  }

  /** How many Total rows back addsUpAbove looks for the one its rows start after. */
  private static readonly TOTALS_BACK = 512;

  /**
   * Does every amount of the loaded row equal the sum of that column over the rows since some
   * earlier Total row, or since the first data row (within rounding: a statement rounds each line
   * and its total apart)? What tells a subtotal named for its section (`Total Mayoralty`) from a
   * partner called `Total Wine & More` — and, as the rows since an earlier Total row, a total of
   * subtotals (`Total PARKS` over `Total STAFF` and `Total SUPPLIES`; real: a city's printed
   * appropriation ledger, 4.8 times its $338.5M with those counted). Each row is summed once.
   */
  private addsUpAbove(): boolean {
    const sums = this.sumTo(this.row);
    const slots = this.mappedSlots;
    const totals = this.atTotals;
    for (let t = totals.length - 1; t >= 0 && t >= totals.length - TypedTable.TOTALS_BACK; t--) {
      const before = totals[t];
      let matched = 0;
      let k = 0;
      for (; k < slots.length; k++) {
        const slot = slots[k];
        if (this.kind[slot] !== KIND_NUMBER || this.state[slot] !== OK) continue;
        const sum = sums[slot] - before[slot];
        if (Math.abs(this.num[slot] - sum) > Math.max(0.005, Math.abs(sum) * 0.001)) break;
        if (sum !== 0) matched++; // a column of zeros agrees, but says nothing
      }
      if (k === slots.length && matched > 0) return true;
    }
    return false;
  }

  /**
   * Whether a row with one text cell is a label row. Off for the tracker's own tables, whose rows are
   * data by construction: a new prospect with only its name typed is a partner, not a label.
   */
  labelRows = true;

  /**
   * Is the loaded row a Total row, the header row repeated, or a label row (SPEC "Rows that are not
   * data")? A Total row's first filled cell says Total (isTotalRow). A label row has one text cell and
   * nothing else, or nothing in any tracker column and a few words elsewhere (a section heading), in a
   * block that maps two columns or more.
   */
  private notData(): "total" | "label" | "header" | "empty" | undefined {
    const cells = this.cells;
    const first = firstFilled(cells);
    if (first < 0) return undefined;
    if (this.placeholdersOnly()) return "empty";
    const label = cells[first];
    this.totalLabelAt = -1;
    if (this.totalInAnotherColumn(first)) return "total";
    if (typeof label !== "string") return undefined;
    // An END marker under a template's rows, or `Source: …` (whatever numbers the row holds beside
    // it): a note under the data (forEachRow names it so), or a label row inside it.
    if (isEndMarkerRow(cells, first)) return "label";
    const total = totalKind(label);
    if (total === NOTE_ROW) return "label";
    if (total !== NOT_TOTAL && this.isTotalRow(total, first)) return "total";
    if (this.repeatsHeader(first, label)) return "header";
    // Only a row with at most one filled mapped cell can be a label row: others never pay for the scan.
    if (!this.labelRows || this.mapping.columns.length < 2) return undefined;
    const slots = this.mappedSlots;
    let filled = 0;
    for (let k = 0; k < slots.length; k++) if (this.state[slots[k]] !== BLANK && ++filled > 1) return undefined;
    // Nothing in any tracker column, and only a few words in the sheet's others: a section heading
    // (`002 | MAYORALTY` above a department's rows), not a partner whose every cell is missing. (A
    // form response abandoned before its name, with its timestamp and answers, stays a row to fix.)
    // A list beside the table, past an empty column (`List of recipients included:` two columns to
    // the right), is not this row's: it does not make a heading a data row.
    const row = this.besideFrom() < cells.length ? cells.slice(0, this.besideFrom()) : cells;
    if (filled === 0 && fewWords(row)) return "label";
    return onlyFilled(row, first) ? "label" : undefined;
  }

  /** besideFrom's answer, once worked out (-1: not yet). */
  private beside = -1;

  /**
   * The first column of what stands beside the table rather than in it: past the last mapped column,
   * a column with no header and nothing in its first 50 data rows, and everything right of it. The
   * row's length when there is none. (Blocks side by side are split before a table is read; a mapping
   * made by hand reads the whole sheet.)
   */
  private besideFrom(): number {
    if (this.beside >= 0) return this.beside;
    if (this.mapping.columns.length === 0) return (this.beside = Number.MAX_SAFE_INTEGER);
    const head = this.matrix[this.mapping.headerRow] ?? [];
    const last = Math.max(...this.mapping.columns.map((c) => c.index));
    const width = Math.max(
      head.length,
      ...this.matrix.slice(this.firstDataRow, this.firstDataRow + 50).map((r) => r?.length ?? 0),
    );
    this.beside = width;
    for (let c = last + 1; c < width; c++) {
      if (!isBlank(head[c])) continue;
      let empty = true;
      for (let r = this.firstDataRow; r < Math.min(this.rowCount, this.firstDataRow + 50) && empty; r++) {
        empty = isBlank(this.matrix[r]?.[c]);
      }
      if (empty) {
        this.beside = c;
        break;
      }
    }
    return this.beside;
  }

  /**
   * Is the loaded label row, just under the header row, the headers' second line? Two cells or more
   * of words without digits, each under a header (`Awarded | Period` under `Date Grant | Time`, as a
   * printed table wraps its headers). One word alone may as well be a partner with nothing else
   * typed: it stays a label row.
   */
  private continuesHeader(): boolean {
    const header = this.matrix[this.mapping.headerRow] ?? [];
    let words = 0;
    const end = Math.min(this.cells.length, this.besideFrom());
    for (let c = 0; c < end; c++) {
      const cell = this.cells[c];
      if (isBlank(cell)) continue;
      // A code (`002 | MAYORALTY` over a department's rows) makes it a section heading instead.
      if (typeof cell !== "string" || isBlank(header[c]) || /\d/.test(cell)) return false;
      words++;
    }
    return words >= 2;
  }

  /**
   * Is label row `r` a line of text wrapped from the data row above or below it? Real: a council's
   * grants list converted from print carries `Install a professional kitchen to enable a` onto a row
   * of its own, beside the grant whose Purpose it finishes. Every filled cell is text with no key
   * column among them, and the data row next to it has text in each of those columns: a section
   * heading (`Q2 additions` in the Partner column, `002 | MAYORALTY` over rows without a department)
   * is not.
   */
  private wrapped(r: number, notData: ReadonlySet<number>): boolean {
    const cells = this.matrix[r] ?? [];
    const keys = KEY_COLUMNS[this.tab.name].map((k) => this.index[this.tab.columns.indexOf(k)]);
    const filled: number[] = [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "string" || keys.includes(c)) return false;
      filled.push(c);
    }
    const beside = (n: number) => {
      if (n < this.firstDataRow || n >= this.rowCount || notData.has(n)) return false;
      const row = this.matrix[n];
      return (
        Array.isArray(row) && !isBlankRow(row) && filled.every((c) => typeof row[c] === "string" && !isBlank(row[c]))
      );
    };
    return filled.length > 0 && (beside(r - 1) || beside(r + 1));
  }

  /** The slot of the tab's key column (Partner, Name, Asset, Initiative ID) the block has, else -1. */
  private get keySlot(): number {
    if (this.keyAt === -2) {
      this.keyAt = -1;
      for (const key of KEY_COLUMNS[this.tab.name]) {
        const slot = this.tab.columns.indexOf(key);
        if (this.index[slot] >= 0) {
          this.keyAt = slot;
          break;
        }
      }
    }
    return this.keyAt;
  }

  /** keySlot, once found (-2: not yet). */
  private keyAt = -2;

  /** Has the loaded row no name in the key column (blank, a placeholder, or no such column)? */
  private nameless(): boolean {
    const slot = this.keySlot;
    return slot < 0 || this.blank(slot);
  }

  /**
   * The group rows above their rows that the block's Total row at the bottom gives away (subtotals.ts
   * groupRowsAbove), or undefined. Only a block that ends in a Total row pays for the look.
   */
  private groupRows(): Set<number> | undefined {
    let seen = 0;
    for (let r = this.rowCount - 1; r >= this.firstDataRow && seen < 10; r--) {
      const cells = this.matrix[r];
      if (!Array.isArray(cells) || isBlankRow(cells)) continue;
      seen++;
      const first = firstFilled(cells);
      const label = cells[first];
      if (typeof label !== "string" || totalKind(label) !== TOTAL) continue;
      const slots = [...this.mappedSlots].filter((s) => this.kind[s] === KIND_NUMBER);
      if (slots.length === 0) return undefined;
      // The last Total row may add up more than the table (`Total including other amounts:` under
      // its Grand Total): each of the last rows that says Total is asked.
      const rows = groupRowsAbove(this.firstDataRow, r, (row) => slots.map((slot) => this.numAt(row, slot)));
      if (rows !== undefined) return new Set(rows);
    }
    return undefined;
  }

  /** The block's nameless rows that add up others (subtotals.ts), by row. */
  private subtotals(): Map<number, SubtotalKind> {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    const slots = [...this.mappedSlots].filter((s) => this.kind[s] === KIND_NUMBER);
    return subtotalRows({
      first: this.firstDataRow,
      end: this.rowCount,
      nameless: (r) => {
        const cell = key < 0 ? undefined : this.matrix[r]?.[key];
        return isBlank(cell) || isPlaceholder(cell);
      },
      amounts: (r) => slots.map((slot) => this.numAt(r, slot)),
      boundary: (r) => {
        const cells = this.matrix[r];
        if (!Array.isArray(cells)) return false;
        const first = firstFilled(cells);
        const label = first < 0 ? undefined : cells[first];
        return typeof label === "string" && totalKind(label) !== NOT_TOTAL;
      },
    });
  }

  /** Is the key column's cell of `cells` blank (or is there no key column)? */
  private keyBlankIn(cells: readonly Cell[]): boolean {
    const slot = this.keySlot;
    return slot < 0 || isBlank(cells[this.index[slot]]);
  }

  /**
   * Is the loaded row, the block's last, a total of columns the mapping leaves out: no name, nothing
   * in a mapped column, and each of its figures the sum of its column over the rows above (two at
   * least)? Real: a grants list whose yearly columns map to nothing had its unlabelled sums row
   * reported as "Partner is empty". Only the block's last filled row is asked, and only when no row
   * above was left out (a labelled subtotal would be summed again).
   */
  private unmappedSumAbove(row: number): boolean {
    const cells = this.cells;
    const columns: number[] = [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "number" || this.index.includes(c)) return false;
      columns.push(c);
    }
    if (columns.length === 0) return false;
    for (let r = row + 1; r < this.rowCount; r++) {
      const below = this.matrix[r];
      if (Array.isArray(below) && !isBlankRow(below)) return false;
    }
    const sums = new Float64Array(columns.length);
    let counted = 0;
    for (let r = this.firstDataRow; r < row; r++) {
      const above = this.matrix[r];
      if (!Array.isArray(above)) continue;
      let any = false;
      for (let k = 0; k < columns.length; k++) {
        const v = above[columns[k]];
        if (typeof v !== "number") continue;
        sums[k] += v;
        any = true;
      }
      if (any) counted++;
    }
    return counted >= 2 && columns.every((c, k) => sameFigure(cells[c] as number, sums[k]));
  }

  /**
   * The block's last row with a name in the key column (-1 when none): what lies below it is the
   * table's sums and notes. Found from the bottom, once.
   */
  private lastNamedRow(): number {
    if (this.lastNamed !== -2) return this.lastNamed;
    const slot = this.keySlot;
    const key = slot < 0 ? -1 : this.index[slot];
    let r = this.rowCount - 1;
    for (; r >= this.firstDataRow && key >= 0; r--) {
      const cell = this.matrix[r]?.[key];
      if (!isBlank(cell) && !isPlaceholder(cell)) break;
    }
    return (this.lastNamed = key < 0 ? -1 : r);
  }

  /** lastNamedRow, once found (-2: not yet). */
  private lastNamed = -2;

  /**
   * The last row under the last named row with a Total label in any of its cells (-1 when none).
   * Found once, from the bottom.
   */
  private lastTotalUnderData(): number {
    if (this.lastTotal !== -2) return this.lastTotal;
    const named = this.lastNamedRow();
    let r = this.rowCount - 1;
    for (; r > named && r >= this.firstDataRow; r--) {
      const cells = this.matrix[r];
      if (Array.isArray(cells) && cells.some((c) => typeof c === "string" && totalKind(c) === TOTAL)) break;
    }
    return (this.lastTotal = r > named && r >= this.firstDataRow ? r : -1);
  }

  /** lastTotalUnderData, once found (-2: not yet). */
  private lastTotal = -2;

  /**
   * Does the loaded row, under a label or Total row below the data, head another table stacked under
   * this one: two words or more and no figure, over a figure in the next row with something in it
   * (real: a grants research workbook's `By grant programme` table under its `By publisher` one, the
   * same money again, and its grant counts added in as pounds: £7.28bn for £2.43bn)?
   */
  private startsAnotherTable(row: number): boolean {
    const cells = this.cells;
    let filled = 0;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "string") return false;
      filled++;
    }
    if (filled < 2) return false;
    // A word over the amounts (`Amount Awarded`, `Grants`), where a data row would have a figure.
    const headed: number[] = [];
    for (const slot of this.mappedSlots) {
      if (this.kind[slot] === KIND_NUMBER && this.state[slot] === INVALID) headed.push(this.index[slot]);
    }
    if (headed.length === 0) return false;
    for (let r = row + 1; r < this.rowCount; r++) {
      const next = this.matrix[r];
      if (!Array.isArray(next) || isBlankRow(next)) continue;
      return headed.some((c) => coerceNumber(next[c]) !== undefined);
    }
    return false;
  }

  /** How many mapped cells of the loaded row are filled. */
  private filledSlots(): number {
    let filled = 0;
    for (let k = 0; k < this.mappedSlots.length; k++) if (this.state[this.mappedSlots[k]] !== BLANK) filled++;
    return filled;
  }

  /** Does the loaded row hold a readable number in a mapped amount or number column? */
  private hasAmount(): boolean {
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      if (this.kind[slots[k]] === KIND_NUMBER && this.state[slots[k]] === OK) return true;
    }
    return false;
  }

  /**
   * The rows under the loaded Total row that add up to it again: its breakdown (real: a government
   * table's `ENGLAND` row, then `CLASS BREAKDOWN` and six rows by class of authority, the same £89.8bn
   * again). Two rows or more with amounts, up to the next Total row or a note (`Source: …`), whose sums
   * equal the total's in every amount column it fills (within rounding). Undefined when there is
   * none: rows after a subtotal are the next section's data. Each Total row scans only to the next.
   */
  private breakdownBelow(total: number): Set<number> | undefined {
    const slots = this.mappedSlots.filter((s) => this.kind[s] === KIND_NUMBER && this.state[s] === OK);
    if (slots.length === 0) return undefined;
    const sums = new Float64Array(slots.length);
    const rows: number[] = [];
    for (let r = total + 1; r < this.rowCount; r++) {
      const cells = this.matrix[r];
      if (!Array.isArray(cells)) continue;
      const first = firstFilled(cells);
      if (first < 0) continue;
      const label = cells[first];
      if (typeof label === "string" && totalKind(label) !== NOT_TOTAL) break; // a total or a note
      let any = false;
      for (let k = 0; k < slots.length; k++) {
        const v = this.numAt(r, slots[k]);
        if (!Number.isFinite(v)) continue;
        sums[k] += v;
        any = true;
      }
      if (any) rows.push(r);
    }
    if (rows.length < 2) return undefined;
    let matched = 0;
    for (let k = 0; k < slots.length; k++) {
      const want = this.num[slots[k]];
      if (Math.abs(want - sums[k]) > Math.max(0.005, Math.abs(want) * 0.001)) return undefined;
      if (want !== 0) matched++;
    }
    return matched > 0 ? new Set(rows) : undefined;
  }

  /**
   * Where a nameless row's Total label stands when it is not its first cell, else -1 (notData sets it;
   * forEachRow names the row by it).
   */
  private totalLabelAt = -1;

  /**
   * A row without a name whose kind is said in a column of its own — `Total` in a capital programme's
   * `amt_type`, beside its project's code and year — is that project's Total row. Real: a city's CIP
   * requests list each project's funding sources, then a row typed Total with the source `NA`;
   * summed, the programme doubled to $4.92bn. Only a cell saying Total alone (`Total`, `Grand total`,
   * `Subtotal:`), and only on a row whose key column is empty: a partner called Total Wine is a name.
   */
  private totalInAnotherColumn(first: number): boolean {
    if (!this.nameless() || this.keySlot < 0) return false;
    const cells = this.cells;
    for (let i = first; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== "string" || cell.length > 60 || !/total/i.test(cell)) continue;
      if (totalKind(cell) !== TOTAL) continue;
      // Any Total label (`New Total`, `Master List Total:`) under the last named row: the table's own
      // sums, wherever the publisher typed the label (real: a city council's awards list, its `New
      // Total` in the street-address column, doubled its $528M). Amid the rows only `Total` alone.
      const alone = cell.length <= 16 && /^\W*(?:grand\s*|sub-?\s*)?totals?\W*$/i.test(cell);
      if (!alone && this.row <= this.lastNamedRow()) continue;
      if (i === first) return false; // the first cell says it: notData's own test decides
      this.totalLabelAt = i;
      return true;
    }
    return false;
  }

  /**
   * A row whose first filled cell (`first`) says Total: a total when nothing else of it describes a
   * partner (no list, Yes/No, date or email cell filled) and, for `Total <name>`, when its amounts add
   * up the rows above. Kept out of notData, which runs on every row.
   */
  private isTotalRow(total: number, first: number): boolean {
    if (total === NAMED_TOTAL_LABEL && !this.addsUpAbove()) return false;
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      const kind = this.kind[slot];
      if (this.index[slot] !== first && kind !== KIND_NUMBER && kind !== KIND_TEXT && this.state[slot] !== BLANK) {
        return false;
      }
    }
    return true;
  }

  /**
   * The header row again inside the data (an export that repeats it on every page): its first filled
   * cell and at least one other say what the header row says above them.
   */
  private repeatsHeader(first: number, label: string): boolean {
    const head = this.matrix[this.mapping.headerRow];
    if (!Array.isArray(head) || !sameText(label, head[first])) return false;
    let same = 0;
    for (let i = first; i < this.cells.length; i++) if (sameText(this.cells[i], head[i]) && ++same >= 2) return true;
    return false;
  }

  /**
   * A row where nothing was entered — every filled cell a placeholder or a 0 (an unused line of a
   * form: lookups showing `-`, SUMIFS giving 0) — is as good as blank. Only a row with no other
   * value in any mapped column pays for looking at the rest.
   */
  private placeholdersOnly(): boolean {
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      const s = this.state[slot];
      if (s === BLANK || s === PLACEHOLDER) continue;
      if (s === OK && this.kind[slot] === KIND_NUMBER && this.cells[this.index[slot]] === 0) continue;
      return false;
    }
    const cells = this.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell !== 0 && !isBlank(cell) && !isPlaceholder(cell)) return false;
    }
    return true;
  }

  /** 1-based row number within the user's range, as issues report it. */
  get rowNumber(): number {
    return this.row + 1;
  }

  /**
   * Is a row that has at least two mapped cells holding ordinary values (the caller has seen them:
   * text that is no placeholder, finite numbers) surely a data row — no Total, END marker or header
   * row again — without loading it? notData's questions, asked of the raw cells and answered only
   * when the answer is plain: false sends the row the long way (load, then notData), never wrongly
   * one way or the other. With two values filled the row is neither empty nor a label row.
   */
  surelyData(cells: readonly Cell[]): boolean {
    const first = firstFilled(cells);
    const label = cells[first];
    // A row of figures with no name may be a total nobody labelled (unmappedSumAbove): the long way.
    if (typeof label === "number") return !this.keyBlankIn(cells);
    // A `Total <name>` or an area's name that may add up the rows above it is settled the long way
    // (isTotalRow), and so is a note's words (`Source: …`).
    if (typeof label !== "string" || totalKind(label) !== NOT_TOTAL || isEndMarkerRow(cells, first)) return false;
    const head = this.matrix[this.mapping.headerRow];
    return !(Array.isArray(head) && sameText(label, head[first]));
  }

  /** The row above `table` (another table's header row), past blank rows, when it is under the data. */
  private titleAbove(table: number, lastData: number): number {
    let r = table - 1;
    while (r > lastData && isBlankRow(this.matrix[r] ?? [])) r--;
    return r > lastData ? r : -1;
  }

  /**
   * Calls `each` for every data row, loaded: blank rows, totals, label rows and notes under the data
   * are skipped (the last three recorded in `leftOut`). A row that `quick` takes (see QuickRow) is
   * data it has read itself: it is neither loaded nor passed to `each`.
   */
  forEachRow(each: () => void, quick?: QuickRow): void {
    const leftOut: LeftOutRow[] = [];
    const emptyRows: number[] = [];
    let lastData = -1;
    // After a Total row and a rule line (`___________`), a printed statement's footnotes: a row there
    // with no amount is a note, not a partner (real: NYC's largest-taxpayers table lists
    // "2014-Consolidated Edison" under its total and a rule, as a footnote to its first line).
    let totalSeen = false;
    let footnotes = false;
    this.startSums();
    const matrix = this.matrix;
    // Rows under a Total row that add up to it again (see breakdownBelow): left out as they come.
    let breakdown: Set<number> | undefined;
    let subtotals: Map<number, SubtotalKind> | undefined;
    const groupRows = this.groupRows();
    // After a Grand Total that adds up the rows above it, a row saying more (`Other obligations not
    // tagged as relief:  70`) is a note on the table, not a partner.
    let afterGrandTotal = false;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      if (breakdown !== undefined && breakdown.has(r)) {
        const cells = matrix[r] ?? [];
        const column = firstFilled(cells);
        leftOut.push({ row: r, kind: "breakdown", label: labelText(cells[column]), column });
        continue;
      }
      if (groupRows !== undefined && groupRows.has(r)) {
        const cells = matrix[r] ?? [];
        const column = firstFilled(cells);
        this.totalAt(r);
        leftOut.push({ row: r, kind: "subtotalOfBelow", label: labelText(cells[column]), column });
        continue;
      }
      // Right after a label or Total row under the data, the next row is read the long way: it may be
      // another table's header row (below).
      const afterLabel = lastData >= 0 && leftOut.length > 0 && leftOut[leftOut.length - 1].row > lastData;
      if (quick !== undefined && !afterGrandTotal && !afterLabel) {
        const cells = matrix[r];
        if (Array.isArray(cells) && quick(cells, r)) {
          lastData = r;
          continue;
        }
      }
      if (!this.load(r)) continue;
      if (afterLabel && this.startsAnotherTable(r)) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "table", label: labelText(this.cells[column]), column });
        break;
      }
      // A row with no name but figures may add up others though no label says so (see subtotals.ts):
      // looked for once, at the first such row, so a sheet whose rows all have names never pays.
      if (this.nameless() && this.hasAmount()) {
        const kind = (subtotals ??= this.subtotals()).get(r);
        if (kind !== undefined) {
          this.totalAt(r); // its figures are no row's to add up again
          const column = this.totalInAnotherColumn(firstFilled(this.cells))
            ? this.totalLabelAt
            : firstFilled(this.cells);
          leftOut.push({ row: r, kind, label: labelText(this.cells[column]), column });
          continue;
        }
      }
      if (leftOut.length === 0 && this.nameless() && !this.hasAmount() && this.unmappedSumAbove(r)) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "sumAbove", label: labelText(this.cells[column]), column });
        continue;
      }
      const kind = this.notData();
      if (kind === undefined) {
        // Under the last named row, a row with no name after a Total row, or with nothing in a tracker
        // column above one, is a figure on the sums (a check figure, a `Difference` line), not a
        // partner missing its name (real: a council's awards list). A form's unnamed responses, with no
        // Total under them, stay rows to fix.
        const underTotals =
          this.nameless() &&
          r > this.lastNamedRow() &&
          (totalSeen || (this.filledSlots() === 0 && r < this.lastTotalUnderData()));
        if ((footnotes && !this.hasAmount()) || (afterGrandTotal && saysMore(this.cells)) || underTotals) {
          // Named by its words where it has some (`Admin New Add`, not the 500 before them).
          const words = this.cells.findIndex((c) => typeof c === "string" && c.trim() !== "");
          const column = words >= 0 ? words : firstFilled(this.cells);
          leftOut.push({ row: r, kind: "note", label: labelText(this.cells[column]), column });
          continue;
        }
        lastData = r;
        each();
        continue;
      }
      if (kind === "total") {
        afterGrandTotal ||= isGrandTotal(this.cells) && this.addsUpAbove();
        this.totalAt(r);
        totalSeen = true;
        // A Total above every data row (a report's Grand Total printed first) totals the rows below
        // it: they are the data, not the same money again (real: a rental-aid report, $0 summed).
        if (lastData >= 0) breakdown = this.breakdownBelow(r) ?? breakdown;
      }
      if (kind === "label" && totalSeen && !footnotes) {
        const label = this.cells[firstFilled(this.cells)];
        footnotes = typeof label === "string" && isRuleLine(label);
      }
      if (kind === "empty") {
        emptyRows.push(r); // as good as blank: no check names it
        continue;
      }
      const column = this.totalLabelAt >= 0 ? this.totalLabelAt : firstFilled(this.cells);
      const more = kind === "label" && r === this.firstDataRow && this.continuesHeader();
      leftOut.push({ row: r, kind: more ? "headerMore" : kind, label: labelText(this.cells[column]), column });
    }
    this.emptyRows = emptyRows;
    // Label rows below the last data row are notes under the data; inside it, a label row whose text
    // goes on a data row's text beside it is that row's wrapped line.
    // The label row just above another table's header row (blank rows between) is that table's title.
    const notData = new Set(leftOut.map((l) => l.row));
    const next = leftOut[leftOut.length - 1];
    const titleRow = next?.kind === "table" ? this.titleAbove(next.row, lastData) : -1;
    this.leftOut = leftOut.map((l) =>
      l.kind !== "label"
        ? l
        : l.row > lastData
          ? { ...l, kind: l.row === titleRow ? "title" : "note" }
          : this.wrapped(l.row, notData)
            ? { ...l, kind: "wrapped" }
            : l,
    );
  }
}
