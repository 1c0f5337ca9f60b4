import { KEY_COLUMNS, TABS, type ColumnSpec, type TabSpec } from "../schema";
import { DOLLAR_MARK, KRONE_MARK, coerceAmount, lastAmountCurrency, markFits, markedColumn } from "./amountCells";
import { KIND_DATE, KIND_EMAIL, KIND_LIST, KIND_NUMBER, KIND_TEXT, KIND_YES_NO } from "./cellStates";
import { headerCurrency, headerScale } from "./currencyWords";
import { isRuleLine, headerLinesUnder } from "./headerLines";
import { besideMapping } from "./ignoredColumns";
import { CURRENCY_HEADERS, codesOnly, currencyCodeOf, isCurrencyHeader } from "./currencyColumns";
import { LIST_LOOKUPS, type ListLookup } from "./listLookups";
import { notedCurrency } from "./notedCurrency";
import { saidAbove, UNITS_ONLY } from "./unitsAbove";
import { mappedNameCompanions } from "./nameParts";
import { personNameColumns, withPersonNames, type PersonNameColumns } from "./personNames";
import { withRunOnValues, type RunOn } from "./runOnValues";
import { isBlank, isNoneWord, isPlaceholder, noneNamesIn, normalizeKey, trimmed } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

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

/** How many per-column arrays of each kind a TypedCells holds (its constructor's buffers). */
const INT_ARRAYS = 21;
const BYTE_ARRAYS = 7;
const FLOAT_ARRAYS = 3;

/** Makes matrix row `row` plain (see TypedCells' plainRow) and returns it. */
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

/**
 * A user's block read through its header mapping, before any row is: which matrix column each schema
 * slot is, its header and the header's further lines, the key column, and the currency and multiple
 * each amount column is said to be in (its header, a title above, a units line, a number format, a
 * Currency column, marks beside it). Every per-column array, those the row loop fills too, is made by
 * this constructor (TypedCells says why). Reading rows is TypedCells' (typedCells.ts), which extends it.
 */
export class BlockColumns {
  readonly tab: TabSpec;
  /** Matrix column of each schema slot, -1 when the range does not have the column. */
  readonly index: Int32Array;
  /** The user's header per slot (the schema name for a missing column). */
  readonly header: readonly string[];
  readonly firstDataRow: number;
  readonly rowCount: number;
  /**
   * Rows under the header row that are its further lines (sub-names, a units row `1000 €`: see
   * headerLines.ts), from firstDataRow on: not data, and a unit they say is the column's.
   */
  readonly headerLines: number;

  /** Coerced values of the loaded row, by slot. */
  readonly state: Uint8Array;
  /** Numbers, dates (serials) and Yes/No (1/0). */
  readonly num: Float64Array;
  /** Canonical list values and trimmed text, filled for list/yesNo slots and on demand via text(). */
  readonly listed: (string | undefined)[];
  /** 0-based matrix row currently loaded. */
  row = -1;
  protected cells: readonly Cell[] = [];
  protected readonly mappedSlots: Int32Array;

  protected readonly kind: Uint8Array;
  protected readonly lists: (ListLookup | undefined)[];
  /** Per date slot: the words that say there is no date yet (ColumnSpec.noDateWords), as keys. */
  protected readonly noDate: (ReadonlySet<string> | undefined)[];
  /** Per date slot: its text dates are written day first (decided from the column, see dateOrder). */
  readonly dayFirst: Uint8Array;
  /** Per date slot: 1 when a date without its day means the period's last day (ColumnSpec.endOfPeriod). */
  readonly endOfPeriod: Uint8Array;
  /** Per date slot: 1 once dateOrder has read the column. */
  protected readonly dateOrderRead: Uint8Array;
  /** Per list slot: what ownValues read of the column (OWN_VALUES_UNREAD until a cell is read in users' words). */
  protected readonly ownValuesRead: Uint8Array;
  /** Per date slot: the first row whose date could be either order, when the column never says (else -1). */
  readonly ambiguousDateRow: Int32Array;
  /**
   * Per date slot whose every date could be either order: why it is read day first — DAY_FIRST_BY_SHEET
   * (the sheet's other date columns are), DAY_FIRST_BY_DOTS (`01.03.2024`) — or 0, read month first.
   */
  readonly dayFirstBecause: Uint8Array;
  /** Per date slot: rows whose date is a month alone (`October 2024`), and the first of them. */
  readonly monthOnlyCount: Int32Array;
  readonly monthOnlyRow: Int32Array;
  /** Per slot: how many dates were a year alone, and the first row that had one (-1: none). */
  readonly yearOnlyCount: Int32Array;
  readonly yearOnlyRow: Int32Array;
  /** Per slot: how many dates were a quarter (`2027-Q2`), and the first row that had one (-1: none). */
  readonly quarterCount: Int32Array;
  readonly quarterRow: Int32Array;
  /** Per slot: how many dates were a half-year (`H1 2025`), and the first row that had one (-1: none). */
  readonly halfYearCount: Int32Array;
  readonly halfYearRow: Int32Array;
  /** Per slot: dates written as one number (`20150601`: dateCells.DATE_COMPACT), and the first one's row. */
  readonly compactCount: Int32Array;
  readonly compactRow: Int32Array;
  /** Per slot: dates with a two-digit year (`14/01/99`) and the first one's row (dateCells.DATE_SHORT_YEAR). */
  readonly shortYearCount: Int32Array;
  readonly shortYearRow: Int32Array;
  /** Per amount slot: amounts written as a ceiling (`Up To $1,500,000`, read as the amount), and the first's row. */
  readonly ceilingCount: Int32Array;
  readonly ceilingRow: Int32Array;
  /** Per amount slot: the currency its amounts name (`GBP`), "" when none names one. */
  readonly currency: string[];
  /**
   * Per amount slot: the currency said for the whole column before any cell is read (its header's, a
   * title's, a number format's, a Currency column's, a column of marks beside it), "" when none is.
   */
  readonly columnCurrency: string[];
  /** Per amount slot: the first row naming a second currency, -1 when the column keeps to one. */
  readonly mixedCurrencyRow: Int32Array;
  /** The column of currency codes (`Currency`: see currencyColumn), -1 when the sheet has none. */
  protected currencyAt = -1;
  /**
   * The column whose codes say the amounts' currency (`Currency`, `Unit` of `GBP` …), 0-based in the
   * matrix, when an amount column takes its currency from it; else -1. Read, so no ignored column (a
   * helper's round: `check` listed `Currency` as "Ignored" while the summary printed its pounds).
   */
  currencyColumnRead = -1;
  /** Per amount slot: how many of its amounts were marked with a bare `$` (a dollar of the column's kind). */
  readonly bareDollars: Int32Array;
  /** Per amount slot: the first row whose amount was marked with a bare `$`, -1 when none was. */
  readonly bareDollarRow: Int32Array;
  /** Per slot: 1 while the column's currency comes only from bare `$` or `kr` marks (see noteCurrency). */
  protected readonly dollarMarkOnly: Uint8Array;
  /** Per amount slot: 1 once an amount of it was written as Europe writes them (`1 234,50`, `€ 250.000`). */
  readonly writtenAsEurope: Uint8Array;
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

  /** The block's rows, those of people in a donor list of people and organisations named (personNames.ts). */
  readonly matrix: Matrix;
  /** Rows whose partner is the person named beside a blank organisation's name (withPersonNames). */
  readonly personRows: number;
  /** The columns those rows' names are read from, when any is. */
  readonly personNames: PersonNameColumns | undefined;
  /**
   * Rows whose value in the last column runs on past it, into unheaded cells (a CSV's separator
   * unquoted): read whole, joined as the file held it (runOnValues.ts), and said once. Else undefined.
   */
  readonly runOn: RunOn | undefined;
  /**
   * The block's rows as given (a value run on read whole): a person's row read so is a copy in `matrix`
   * (see personNameHeader).
   */
  protected readonly givenMatrix: Matrix;

  /**
   * The mapping as the readings beside it see it (besideMapping): `unknown` without the columns it
   * leaves out on purpose (HeaderMapping.ignored), so no rule or summary reads one. (The mapping
   * given, whole, is the caller's: the report lists the ignored columns from it.)
   */
  readonly mapping: HeaderMapping;

  /**
   * `only`: the slots a caller reads (SUMMARY needs three of seventeen); others are not coerced.
   * By default every mapped column is. `mapping` is kept as besideMapping sees it (this.mapping).
   */
  constructor(
    matrix: Matrix,
    mappingGiven: HeaderMapping,
    only?: readonly number[],
    /**
     * For a caller whose rows may hold values that are not Cells (the custom functions: Excel's
     * error and entity objects): called the first time a row read has one in a mapped column, it
     * returns the row made plain (and keeps it, so later reads of the matrix see it too).
     */
    protected readonly plainRow?: PlainRow,
  ) {
    const mapping = besideMapping(mappingGiven);
    this.mapping = mapping;
    this.tab = tabSpec(mapping.tab);
    // A last column's value that runs on past it (a CSV's unquoted separator): read whole (runOnValues.ts).
    const whole = withRunOnValues(matrix, mapping);
    this.runOn = whole.runOn;
    const people = personNameColumns(mapping);
    const read = people
      ? withPersonNames(whole.matrix, mapping.headerRow + 1, people)
      : { matrix: whole.matrix, rows: 0 };
    this.matrix = read.matrix;
    this.personRows = read.rows;
    this.givenMatrix = whole.matrix;
    // (Always set, undefined or not: every field is made here, so a table's shape is one — see rows.ts.)
    this.personNames = people && read.rows > 0 ? people : undefined;
    const n = this.tab.columns.length;
    // Every per-column array is a view of one of three buffers: thirty typed arrays each with a
    // backing store of its own took 45 µs a table (measured), a fifth of SUMMARY's cost before its
    // first row on a small range, paid again by every function call.
    const ints = new Int32Array(n * INT_ARRAYS);
    const bytes = new Uint8Array(n * BYTE_ARRAYS);
    const floats = new Float64Array(n * FLOAT_ARRAYS);
    let nextInt = 0;
    let nextByte = 0;
    let nextFloat = 0;
    const view = <T extends Int32Array | Uint8Array | Float64Array>(buffer: T, at: number): T => {
      if (at + n > buffer.length) throw new Error("TypedCells: a per-column array more than its buffer holds");
      return buffer.subarray(at, at + n) as T;
    };
    const int = (fill: number) => view(ints, (nextInt += n) - n).fill(fill);
    const byte = () => view(bytes, (nextByte += n) - n);
    const float = (fill: number) => view(floats, (nextFloat += n) - n).fill(fill);
    this.index = int(-1);
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
    // A name in two columns (`LAST NAME`, `FIRST NAME`): the key's slot and its given name's column.
    const key = this.keySlot;
    const keyHeader = key < 0 ? undefined : mapping.columns.find((c) => c.index === this.index[key])?.header;
    const given = keyHeader === undefined ? undefined : mappedNameCompanions(keyHeader, mapping).other;
    this.familyNameSlot = given === undefined ? -1 : key;
    this.givenNameAt = given === undefined ? -1 : mapping.unknown[given].index;
    this.rowCount = matrix.length;
    this.state = byte();
    this.num = float(0);
    this.listed = new Array<string | undefined>(n).fill(undefined);
    this.dayFirst = byte();
    this.dateOrderRead = byte();
    this.ownValuesRead = byte();
    this.endOfPeriod = Uint8Array.from(this.tab.columns.map((c) => (c.endOfPeriod ? 1 : 0)));
    this.ambiguousDateRow = int(-1);
    this.dayFirstBecause = byte();
    this.monthOnlyCount = int(0);
    this.monthOnlyRow = int(-1);
    this.yearOnlyCount = int(0);
    this.yearOnlyRow = int(-1);
    this.quarterCount = int(0);
    this.quarterRow = int(-1);
    this.halfYearCount = int(0);
    this.halfYearRow = int(-1);
    this.compactCount = int(0);
    this.compactRow = int(-1);
    this.shortYearCount = int(0);
    this.shortYearRow = int(-1);
    this.ceilingCount = int(0);
    this.ceilingRow = int(-1);
    this.currency = new Array<string>(n).fill("");
    this.mixedCurrencyRow = int(-1);
    this.dollarMarkOnly = byte();
    this.bareDollars = int(0);
    this.bareDollarRow = int(-1);
    this.writtenAsEurope = byte();
    this.currencyRow = int(-1);
    this.scale = float(1);
    this.scaleRow = int(-1);
    this.scaleDoubted = float(1);
    this.headerLines = this.headerLinesBelow();
    this.currencyColumn();
    this.markColumns();
    this.headerCurrencies();
    this.scales();
    this.formatCurrencies();
    this.columnCurrency = [...this.currency];
  }

  /** The slot of the tab's key column (Partner, Name, Asset, Initiative ID) the block has, else -1. */
  get keySlot(): number {
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

  /** The key's slot when it is a family name with its given name beside it (-1: not so), and that column. */
  protected readonly familyNameSlot: number;
  protected readonly givenNameAt: number;

  /** The key column's spellings of `None` that are names there (noneNamesIn), once read (undefined: not yet). */
  private keyNones: ReadonlySet<string> | undefined = undefined;

  /**
   * Is `text`, a placeholder's word in the key column, a name there all the same: `NONE` among comuni
   * written in capitals (noneNamesIn)? One answer for the cell's state, the rows' reading and the rules.
   */
  protected placeholderIsKeyName(text: string): boolean {
    if (!isNoneWord(text)) return false;
    if (this.keyNones === undefined) {
      const at = this.keySlot < 0 ? -1 : this.index[this.keySlot];
      const column: Cell[] = [];
      if (at >= 0) for (let r = this.firstDataRow; r < this.rowCount; r++) column.push(this.matrix[r]?.[at] ?? null);
      this.keyNones = noneNamesIn(column);
    }
    return this.keyNones.has(trimmed(text));
  }

  /** headerLines, worked out from the block's key column and its columns of amounts and dates. */
  private headerLinesBelow(): number {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    const values = new Set<number>();
    const mapped = new Set(this.mapping.columns.map((c) => c.index));
    for (let slot = 0; slot < this.kind.length; slot++) {
      if (this.index[slot] >= 0 && (this.kind[slot] === KIND_NUMBER || this.kind[slot] === KIND_DATE)) {
        values.add(this.index[slot]);
      }
    }
    // (A rule line under the header row is the header's whatever the columns: isRuleLine.)
    if (values.size === 0) return isRuleLine(this.matrix[this.mapping.headerRow + 1]) ? 1 : 0;
    return headerLinesUnder(this.matrix, this.mapping.headerRow, key, values, mapped);
  }

  /** The header line under the header row whose cell in `column` says a multiple or a currency, or -1. */
  private unitLine(column: number, says: (text: string) => boolean): number {
    for (let r = this.firstDataRow; r < this.firstDataRow + this.headerLines; r++) {
      const cell = this.matrix[r]?.[column];
      if (typeof cell === "string" && says(cell)) return r;
    }
    return -1;
  }

  /**
   * An amount column that names its currency nowhere but in its cells' number format (`"£"#,##0`):
   * its amounts are in that currency (see HeaderMapping.formatCurrencies), said from its first number.
   */
  protected formatCurrencies(): void {
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
  protected scales(): void {
    const amounts: number[] = [];
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      if (this.tab.columns[slot].type === "currency" && this.index[slot] >= 0) amounts.push(slot);
    }
    if (amounts.length === 0) return;
    for (const slot of amounts) {
      let scale = this.mapping.mappedScales?.[this.index[slot]] ?? headerScale(this.header[slot]);
      let row = this.mapping.headerRow;
      if (scale === 1) {
        row = this.unitLine(this.index[slot], (t) => headerScale(t) !== 1);
        if (row < 0) continue;
        scale = headerScale(this.matrix[row][this.index[slot]] as string);
      }
      this.scale[slot] = scale;
      this.scaleRow[slot] = row;
    }
    const above = saidAbove(
      this.matrix,
      this.mapping.firstHeaderRow ?? this.mapping.headerRow,
      amounts.map((slot) => this.index[slot]),
    );
    let said = above.some((a) => a.scaleRow >= 0 || a.codeRow >= 0);
    amounts.forEach((slot, k) => {
      const { scale, scaleRow, code, codeRow } = above[k];
      if (scaleRow >= 0 && this.scaleRow[slot] < 0) [this.scale[slot], this.scaleRow[slot]] = [scale, scaleRow];
      if (codeRow >= 0 && this.currency[slot] === "") [this.currency[slot], this.currencyRow[slot]] = [code, codeRow];
    });
    // A header cell saying a multiple and nothing else (`($ Millions)` over the first column, the
    // stub of a printed table) speaks for the amount columns whose headers name none (a helper's round,
    // real: Ontario's expense by ministry, $206.6bn summed as "$206,583").
    const head = this.matrix[this.mapping.headerRow] ?? [];
    for (let i = 0; i < head.length && !said; i++) {
      const cell = head[i];
      if (typeof cell !== "string" || cell.length > 40 || !UNITS_ONLY.test(cell)) continue;
      const scale = headerScale(cell);
      if (scale === 1) continue;
      const code = headerCurrency(cell);
      for (const slot of amounts) {
        if (this.scaleRow[slot] < 0) [this.scale[slot], this.scaleRow[slot]] = [scale, this.mapping.headerRow];
        if (code !== "" && this.currency[slot] === "")
          [this.currency[slot], this.currencyRow[slot]] = [code, this.mapping.headerRow];
      }
      said = true;
    }
    // A note under the data saying all the amounts' currency, where no header or title above did.
    if (amounts.some((slot) => this.currency[slot] === "")) {
      const noted = notedCurrency(this.matrix, this.firstDataRow);
      for (const slot of amounts) {
        if (noted && this.currency[slot] === "")
          [this.currency[slot], this.currencyRow[slot]] = [noted.code, noted.row];
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
  protected doubtScale(slot: number): void {
    const column = this.index[slot];
    const figures: number[] = [];
    for (let r = this.firstDataRow; r < this.rowCount && figures.length < 1001; r++) {
      const cell = this.matrix[r]?.[column];
      const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceAmount(cell) : undefined;
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
   * column maps to nothing (mapHeaders moves a guess from the marks to the figures) — and is not one the
   * mapping leaves out on purpose (`--map "C=Ignore"`: HeaderMapping.ignored), as the currency column is not.
   */
  protected markColumns(): void {
    const mapped = new Set([...this.mapping.columns.map((c) => c.index), ...(this.mapping.ignored ?? [])]);
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      const left = this.index[slot] - 1;
      if (this.tab.columns[slot].type !== "currency" || left < 0 || mapped.has(left) || this.currency[slot] !== "") {
        continue;
      }
      const marks = markedColumn(this.matrix, left, this.firstDataRow, this.rowCount);
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
  protected headerCurrencies(): void {
    for (const c of this.mapping.columns) {
      const slot = this.tab.columns.findIndex((s) => s.id === c.id);
      if (slot < 0 || this.tab.columns[slot].type !== "currency" || this.currency[slot] !== "") continue;
      // A mapping by hand that says the currency (`Committed (EUR)`) says it for the header.
      let code = this.mapping.mappedCurrencies?.[c.index] || headerCurrency(c.header);
      let row = this.mapping.headerRow;
      if (code === "") {
        // A units line under the header (`1000 €`) says it for the header.
        row = this.unitLine(c.index, (t) => headerCurrency(t) !== "");
        if (row < 0) continue;
        code = headerCurrency(this.matrix[row][c.index] as string);
      }
      this.currency[slot] = code;
      this.currencyRow[slot] = row;
    }
  }

  /**
   * A sheet that says its currency in a column of its own (`Currency`: GBP on every row, as
   * 360Giving grant files do): its amounts are in that currency, and a second code is a mix.
   */
  protected currencyColumn(): void {
    // A header that is one first (`Currency`), then one ending in one (`BILLING CUR CODE`) — whose cells
    // name currencies: `Paid in foreign currency` (Yes/No) is no currency column (a reviewer's repro).
    // (Not a column the mapping leaves out on purpose: this.mapping is besideMapping's.)
    const unknown = this.mapping.unknown;
    const keyed = unknown.map((u) => ({ index: u.index, key: normalizeKey(u.header) }));
    const candidates = [
      ...keyed.filter((u) => CURRENCY_HEADERS.has(u.key)),
      ...keyed.filter((u) => !CURRENCY_HEADERS.has(u.key) && isCurrencyHeader(u.key)),
    ];
    let column = -1;
    let code = "";
    let first = -1;
    let other = -1;
    for (const candidate of candidates) {
      for (let r = this.firstDataRow; r < this.rowCount; r++) {
        const cell = this.matrix[r]?.[candidate.index];
        const c = typeof cell === "string" ? currencyCodeOf(cell) : "";
        if (c === "") continue;
        [code, first] = [c, r];
        break;
      }
      if (code !== "") {
        column = candidate.index;
        break;
      }
    }
    // Else a column whatever its header (`Unit`) whose every filled cell is a currency's code in
    // capitals, three rows at least: a donation log's currency per row (a helper's round, real: euros,
    // yen and pounds added up as $379,322, "names no currency", under a header saying Unit).
    if (column < 0) {
      for (const u of unknown) {
        const found = codesOnly(this.matrix, this.firstDataRow, u.index);
        if (found === undefined) continue;
        [column, code, first] = [u.index, found.code, found.row];
        break;
      }
    }
    // A second currency in the column.
    for (let r = this.firstDataRow; r < this.rowCount && column >= 0; r++) {
      const cell = this.matrix[r]?.[column];
      const c = typeof cell === "string" ? currencyCodeOf(cell) : "";
      if (c !== "" && c !== code) {
        other = r;
        break;
      }
    }
    this.currencyAt = column >= 0 ? column : (keyed.find((u) => CURRENCY_HEADERS.has(u.key))?.index ?? -1);
    if (code === "") return;
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      if (this.tab.columns[slot].type !== "currency") continue;
      // An amount column whose every figure writes its own currency (`$10,000` on each row beside `cur`
      // saying GBP, EUR …: a donor's ledger, its values converted to dollars beside the amounts given)
      // is in the currencies it writes: the code column is another column's (a helper's round, real:
      // dollars refused as pounds, euros and bitcoin).
      if (this.writesOwnCurrency(slot)) {
        this.ownCurrencySlots |= 1 << slot;
        continue;
      }
      this.currency[slot] = code;
      this.currencyRow[slot] = first;
      if (this.index[slot] >= 0) this.currencyColumnRead = column;
      // (A column the sheet lacks mixes nothing.)
      if (other >= 0 && this.index[slot] >= 0) this.mixedCurrencyRow[slot] = other;
    }
  }

  present(slot: number): boolean {
    return this.index[slot] >= 0;
  }

  /** Slots (bits) whose every figure writes its own currency: the currency column is not theirs. */
  protected ownCurrencySlots = 0;

  /**
   * Does every filled cell of `slot`'s column write a figure with its currency (`$10,000`), and one at
   * least a currency its row's code is not (`$5,000` beside GBP)? A `$` beside USD, CAD and AUD fits each
   * code: those amounts are in the codes' currencies (a reviewer's repro: CA$20,000 and A$5,000 summed
   * with US dollars).
   */
  private writesOwnCurrency(slot: number): boolean {
    const at = this.index[slot];
    if (at < 0) return false;
    let other = false;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      const cell = this.matrix[r]?.[at];
      if (isBlank(cell) || isPlaceholder(cell)) continue;
      if (typeof cell !== "string" || coerceAmount(cell) === undefined) return false;
      const written = lastAmountCurrency();
      if (written === "") return false;
      const coded = this.matrix[r]?.[this.currencyAt];
      const code = typeof coded === "string" ? currencyCodeOf(coded) : "";
      const mark = written === DOLLAR_MARK || written === KRONE_MARK;
      if (code !== "" && written !== code && !(mark && markFits(written, code))) other = true;
    }
    return other;
  }

  /** Slots the range has, in schema order. */
  get slots(): Int32Array {
    return this.mappedSlots;
  }
}
