import { runOnSaid } from "./runOnValues";
import { KEY_COLUMNS, LEADERSHIP, PARTNERS, tabByName, type ColumnSpec, type TabName } from "../schema";
import { coerceAmount, coerceNumber } from "./amountCells";
import { coerceDate } from "./dateCells";
import { coerceYesNo, formatAmount } from "./coerce";
import { scaleWords } from "./currencyWords";
import { besideMapping } from "./ignoredColumns";
import { keyNamePart, mappedNameCompanions } from "./nameParts";
import { firstFilled, isTotalLabel, labelText, LEFT_OUT_WORDS, type LeftOutKind } from "./notData";
import { matchList, slotOf, TypedTable } from "./rows";
import { copiesMostOf } from "./sameRows";
import { summarizePartnerBlocks } from "./summaries";
import { textCurrencyWords, type TextCurrency } from "./columnReadings";
import { cellText } from "./text";
import { TrackerError, type Cell, type HeaderMapping, type Matrix } from "./types";

/**
 * A user's rows as tracker rows: what "Copy into tracker" writes in the task pane and what
 * `new --from` writes on the command line — one behaviour behind both doors (moved here from
 * src/excel/existingSheet.ts, which re-exports it). Unambiguous values take the tracker's form
 * ($1,200 → 1200, yes → Yes, 3/1/2024 → a date); anything else is kept as the user typed it (Check
 * then says what to fix), so nothing a user wrote is lost.
 */

/** A cell as the tracker column should hold it: unambiguous values in the tracker's form, others as they are. */
export function trackerValue(column: ColumnSpec, cell: Cell): Cell {
  if (cell === null || cell === undefined || cell === "") return "";
  switch (column.type) {
    case "number":
      return coerceNumber(cell) ?? cell;
    case "currency":
      return coerceAmount(cell) ?? cell;
    case "date":
      return coerceDate(cell) ?? cell;
    case "yesNo":
      return coerceYesNo(cell) ?? cell;
    case "list":
      // A user's own word copied without the line break or spaces around it (a meetings calendar's
      // `Passed⏎⏎`): the tracker's filters and formulas would not match it.
      return typeof cell === "string" && column.list
        ? (matchList(column.list, cell.trim())?.value ?? cell.trim())
        : cell;
    default:
      return typeof cell === "string" ? cell.trim() : cell;
  }
}

/**
 * An amount in another currency as the tracker keeps it: text that says its currency (`£3,000` for
 * 3000 under a `(£)` header, or beside a £ mark), or the cell as written when it says one already
 * or is no amount; "" for a blank cell.
 */
function asWritten(cell: Cell, currency: string): Cell {
  if (cell === null || cell === undefined || cell === "") return "";
  // A column of several currencies: each cell as written (its own mark says which, or nothing does).
  if (currency === MIXED) return typeof cell === "string" ? cell.trim() : cell;
  if (typeof cell === "string") return namesCurrency(cell) ? cell.trim() : withCurrency(cell, currency);
  return typeof cell === "number" ? formatAmount(cell, currency) : cell;
}

const MIXED = "several";

/** Text with more than a figure in it (`£3,000`, `EUR 200`): it says its currency, or is no amount. */
const namesCurrency = (cell: Cell): boolean => typeof cell === "string" && /[^\d\s.,()+-]/.test(cell);

/** Column types whose cells are copied as the check read them (see rowsToCopy). */
const READ_BY_COLUMN = new Set<ColumnSpec["type"]>(["currency", "number", "date"]);

/** An amount cell multiplied out (`1.5` in a £000 column: 1500), or the cell as it is when it is no amount. */
function multiplied(cell: Cell, factor: number): Cell {
  const n = coerceAmount(cell);
  return n === undefined ? cell : n * factor;
}

/** A plain figure written as text (`3,000.00`) given its currency (`£3,000`), or as it is when it is no amount. */
function withCurrency(text: string, currency: string): Cell {
  const n = coerceAmount(text);
  return n === undefined ? text.trim() : formatAmount(n, currency);
}

/**
 * A totals row's label (`Total`, `Subtotal`, `Grand total`, `Sum`, `Total for FY24:` …) in the row's
 * first non-empty cell — also the label Excel puts in a table's totals row — or undefined. A name
 * that merely starts with the word (`Total Wine & More`) is not a label. The words are the core's
 * (`isTotalLabel`, what every check and sum leaves out), so a copy and a check agree on them.
 */
export function totalsLabel(row: readonly Cell[]): string | undefined {
  const first = row[firstFilled(row)];
  return typeof first === "string" && isTotalLabel(first) ? first.trim() : undefined;
}

/** The row's first non-empty cell as text ("" when there is none). */
function firstText(row: readonly Cell[]): string {
  const first = row.find((v) => v !== null && v !== undefined && String(v).trim() !== "");
  return first === undefined || first === null ? "" : labelText(first);
}

/** Why a row is not copied: not data (SPEC), or nothing entered in it but placeholders or zeros. */
export type NotDataKind = LeftOutKind | "placeholders";

/** How a copy (the task pane's, `new --from`) names a row it did not copy: check's words, and one more kind. */
export const NOT_DATA_WORDS: Readonly<Record<NotDataKind, string>> = {
  ...LEFT_OUT_WORDS,
  placeholders: "only placeholders or zeros, nothing entered",
};

/** What a copy adds for the rows of a kind the user has something to do about. */
export const NOT_COPIED_ADVICE: Readonly<Partial<Record<NotDataKind, string>>> = {
  table: ": it and the rows below it, not this table's",
  wholeLine: ": split it into columns (Data › Text to Columns), then copy it",
};

/** A row left out of a copy: its index in the sheet's values, what it is, and the label that said so. */
export interface NotDataRow {
  readonly index: number;
  readonly kind: NotDataKind;
  readonly label: string;
}

/** An amount column in another currency than the tracker's dollars: its amounts copied as written. */
export interface KeptCurrency {
  /** The tracker column ("Committed"). */
  readonly column: string;
  /** `GBP`, or "several" when the column mixes currencies. */
  readonly currency: string;
  /** One amount as copied (`£3,000`), to show the user. */
  readonly example: string;
  /** Where the column names no currency: the sheet's other column that says it (TypedTable.textCurrency). */
  readonly saidBy?: TextCurrency;
}

/** What a copy says of an amount column kept in its currency (the task pane and `new --from` alike). */
export function keptCurrencyLine(k: KeptCurrency, table: string): string {
  const what =
    k.currency === MIXED
      ? `mixes currencies`
      : k.saidBy
        ? `names no currency, and ${textCurrencyWords(k.saidBy)}`
        : `is in ${k.currency}`;
  const example = k.example ? ` (${k.example})` : "";
  const how = k.saidBy ? `copied in ${k.currency}${example}` : `copied as written${example}`;
  return `${k.column} ${what}: ${how}, not as dollars — ${table} adds up dollars, so convert these amounts to dollars there.`;
}

/** An amount column in thousands or millions (`Spend (£000)`, a title saying `£ thousand`): copied multiplied out. */
export interface ScaledColumn {
  /** The user's header. */
  readonly header: string;
  readonly factor: number;
}

/** What a copy says of an amount column it multiplied out (the task pane and `new --from` alike). */
export function scaledLine(s: ScaledColumn): string {
  return `${s.header} is in ${scaleWords(s.factor)}: copied multiplied by ${s.factor.toLocaleString("en-US")}.`;
}

export interface RowsToCopy {
  /** The data rows in the tab's column order. */
  readonly rows: Cell[][];
  /** Amount columns in another currency: copied as written, never as dollars. */
  readonly keptCurrency: KeptCurrency[];
  /** Amount columns in thousands or millions: copied multiplied out. */
  readonly scaled: ScaledColumn[];
  /** For each of `rows`, its index in the sheet's values. */
  readonly from: number[];
  /** Rows left out (totals, label rows, notes, rows of placeholders only), in sheet order. */
  readonly notData: NotDataRow[];
  /** Unmapped columns copied with the key, by header: a name's other half (`first_name`), in Name. */
  readonly joined: string[];
  /** The people's name columns read where a donor list's organisation name is blank (personNames.ts). */
  readonly orElse: string[];
  /** Rows alike in every tracker column but not in the sheet, told apart in Notes (see toldApartInNotes). */
  readonly toldApart: ToldApart | undefined;
  /** Amount columns, by header, naming no currency on a sheet that does not read as dollars: copied as figures. */
  readonly unstatedCurrency: string[];
  /** Values of the last column run on past it, copied whole: said as the check says it (runOnValues.ts). */
  readonly runsOn?: string;
  /** Copies most of the rows, left out as the summary leaves them out of its sums (see copiesLeftOutOf). */
  readonly copiesLeftOut?: CopiesLeftOut;
}

/**
 * Rows the same in every column as an earlier row of their partner, where such copies are most of
 * the block (the summary's reading, SameRows): not copied, as `summary` and PARTNERS.SUMMARY leave
 * them out of every figure — copied, the tracker's own sums would count the money again (a reviewer's
 * repro: 5 rows copied, $400 in the tracker where summary said $150). Nothing is lost: each is the
 * same in every column, unmapped ones too, as a row that is copied; and the copy says which.
 */
export interface CopiesLeftOut {
  /** Each copy's index in the sheet's values, with the index of the earlier row it is the same as. */
  readonly rows: readonly { readonly index: number; readonly earlier: number }[];
  /** The data rows read (copies among them). */
  readonly of: number;
  /** The copies' Committed together, as written ("$250"; "" for none). */
  readonly amount: string;
  /** The block is one table of several on its sheet (blocks side by side): most of the table (copiesMostOf). */
  readonly ofTable?: boolean;
}

/** Rows a copy names one by one; past them, "and N more". */
const COPIES_NAMED = 5;

/**
 * What a copy says of the copies it left out (the task pane and `new --from` alike): `firstRow` is
 * the sheet's row number of the values' first row.
 */
export function copiesLeftOutLine(c: CopiesLeftOut, table: string, firstRow: number): string {
  const n = c.rows.length;
  const named = c.rows
    .slice(0, COPIES_NAMED)
    .map((r) => `${firstRow + r.index} (same as ${firstRow + r.earlier})`)
    .join(", ");
  const more = n > COPIES_NAMED ? ` and ${(n - COPIES_NAMED).toLocaleString("en-US")} more` : "";
  return (
    `${n.toLocaleString("en-US")} of the ${c.of.toLocaleString("en-US")} rows are the same in every column as an ` +
    `earlier row of the same partner — ${copiesMostOf(c.ofTable === true)}: read as copies and not copied` +
    `${c.amount ? ` (their ${c.amount})` : ""}, ` +
    `as the summary leaves them out of its totals, so ${table} adds up what it does: ${n === 1 ? "row" : "rows"} ` +
    `${named}${more}. If they are separate entries, tell them apart on the sheet (a date or a reference on each) ` +
    `and copy again.`
  );
}

/** The block's copies the summary leaves out of its figures (CopiesLeftOut), or undefined where it adds them up. */
function copiesLeftOutOf(
  values: Matrix,
  mapping: HeaderMapping,
  table: TypedTable,
  trackerTable: boolean,
  ofTable: boolean,
): CopiesLeftOut | undefined {
  if (mapping.tab !== PARTNERS.name) return undefined;
  let read;
  try {
    read = summarizePartnerBlocks([{ matrix: values, mapping, trackerTable }], null).sameRows.blocks[0];
  } catch (err) {
    // No Committed column (or amounts the summary cannot add up): no figure counts a copy's money.
    if (err instanceof TrackerError) return undefined;
    throw err;
  }
  if (!read?.leftOut || !read.copies) return undefined;
  const committed = slotOf(PARTNERS, PARTNERS.col.committed);
  return {
    rows: read.copies.map((c) => ({ index: c.row, earlier: c.earlier })),
    of: read.of,
    amount: read.committed !== 0 ? table.formatAmount(committed, read.committed) : "",
    ...(ofTable ? { ofTable } : {}),
  };
}

/** What a copy says of an amount column naming no currency on a sheet that does not read as dollars. */
export function unstatedCurrencyLine(header: string, table: string): string {
  return (
    `${header} names no currency, and the sheet does not read as dollars (amounts written as in Europe, a header ` +
    `in another language, or dates day first): copied as figures — ${table} adds up dollars, so convert them ` +
    `there if they are not.`
  );
}

/** Rows a copy would have made alike, told apart in Notes by the sheet's own columns. */
export interface ToldApart {
  /** The tab copied into: its key says what rows alike would share. */
  readonly tab: TabName;
  readonly rows: number;
  /** The unmapped columns whose values were written in Notes. */
  readonly headers: readonly string[];
}

/** What a copy says of rows it told apart in Notes (the task pane and `new --from` alike). */
export function toldApartLine(t: ToldApart): string {
  const headers = t.headers.map((h) => `"${h}"`).join(", ");
  // (Bins in one street copied as Assets share no partner and no amount: a helper's round, real.)
  const alike = t.tab === PARTNERS.name ? "partner and amount" : KEY_COLUMNS[t.tab][0].name.toLowerCase();
  return (
    `${t.rows} rows would be alike in every tracker column (the same ${alike}, say): their ${headers} ` +
    `${t.headers.length === 1 ? "is" : "are"} written in Notes, so they stay told apart and are not taken for copies.`
  );
}

/**
 * How a copy places a cell of a data row in a tracker column (rowsToCopy), once the table's rows have
 * been read (its columns' currencies and scales are known then): `cell(row, slot, n)`, `n` the figure
 * the check read in that column of that row (READ_BY_COLUMN), or undefined.
 */
function placing(table: TypedTable, mapping: HeaderMapping, tab: NonNullable<ReturnType<typeof tabByName>>) {
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  // The tracker adds up dollars (its amount columns are formatted $): amounts a sheet says are in
  // pounds or euros (`£1,200`, a `(£)` header, a Currency column, a column of £ marks) are copied as
  // written, with their currency, never as that many dollars. Check then names them.
  // So are amounts naming none on a sheet whose other columns write figures in pounds (`£30,000 and
  // below`: TypedTable.textCurrency), as the check and the summary read them.
  const inText = table.textCurrency();
  const currencyOf = tab.columns.map((c, slot) => {
    if (c.type !== "currency" || !source.has(c.id)) return "";
    if (table.mixedCurrencyRow[slot] >= 0) return MIXED;
    const code = table.currency[slot] || (inText?.code ?? "");
    return code === "USD" ? "" : code;
  });
  // Figures in thousands or millions (the header or the sheet's title says so) are copied multiplied
  // out: the tracker's amounts are whole pounds or dollars, as SUMMARY reads them.
  const scaleOf = tab.columns.map((c, slot) => (c.type === "currency" && source.has(c.id) ? table.scale[slot] : 1));
  const fullName = fullNameOf(mapping);
  // A list column of the user's own words (unit codes, their own categories) is copied as written, as
  // the check reads it — the column as a whole, not each cell alone: `ACADEMY` among Frontex's unit
  // codes read as one of them, not the Sector list's "Academic" (corpus round fi). Asked the first
  // time a cell of the column is placed.
  const own: (boolean | undefined)[] = [];
  const ownWords = (slot: number) => (own[slot] ??= table.holdsOwnValues(slot));
  const cell = (row: readonly Cell[], slot: number, n: number | undefined): Cell => {
    const c = tab.columns[slot];
    const i = source.get(c.id);
    if (i === undefined || c.type === "derived") return "";
    if (fullName && c.id === fullName.id) return fullName.of(row);
    if (c.type === "list" && typeof row[i] === "string" && ownWords(slot)) return (row[i] as string).trim();
    if (n !== undefined && c.type === "date") return n;
    const currency = currencyOf[slot];
    if (n !== undefined && !currency) return n * scaleOf[slot];
    // In another currency, a figure the check read is copied with its currency (`€1,500`); text
    // that names its own (`€1.500`, a mixed column's `£200`) as written, unless multiplied out.
    if (n !== undefined && currency !== MIXED && (scaleOf[slot] !== 1 || !namesCurrency(row[i]))) {
      return formatAmount(n * scaleOf[slot], currency);
    }
    const value = scaleOf[slot] === 1 ? row[i] : multiplied(row[i], scaleOf[slot]);
    return currency ? asWritten(value, currency) : trackerValue(c, value);
  };
  return { currencyOf, scaleOf, inText, fullName, cell };
}

/**
 * The cells rowsToCopy would place in the tracker columns `ids` alone, for the rows it would copy
 * (its options left at their defaults: no table totals rows, not a tracker table), each row in the
 * tab's column order with "" in the other columns — without placing the rest: what tells a sheet that
 * restates another (src/cli/restated.ts) needs on every sheet of a workbook, where placing every
 * column of 40,000 rows a sheet cost `check` and `summary` seconds (a reviewer's timing).
 * The same rows: the same read of which rows are data (TypedTable), the same cells (`placing`), and
 * copies that are most of the rows left out as rowsToCopy leaves them (copiesLeftOutOf, the summary's
 * reading). That reading is asked only where two rows place alike here: a row the same in every
 * column as an earlier one places alike in these columns too, so where none do, there is no copy to
 * leave out.
 */
export function cellsToCopy(values: Matrix, mapping: HeaderMapping, ids: readonly string[]): Cell[][] {
  const tab = tabByName(mapping.tab);
  if (!tab) return [];
  const slots = ids.map((id) => tab.columns.findIndex((c) => c.id === id)).filter((slot) => slot >= 0);
  const table = new TypedTable(values, mapping);
  table.labelRows = true;
  const from: number[] = [];
  // The figures the check read in those columns (amounts and dates), row after row.
  const read: (number | undefined)[] = [];
  const readBy = slots.map((slot) => READ_BY_COLUMN.has(tab.columns[slot].type));
  table.forEachRow(() => {
    from.push(table.row);
    for (let k = 0; k < slots.length; k++)
      read.push(readBy[k] && table.has(slots[k]) ? table.num[slots[k]] : undefined);
  });
  const { cell } = placing(table, mapping, tab);
  const width = tab.columns.length;
  const rows = from.map((r, j) => {
    const row: Cell[] = new Array<Cell>(width).fill("");
    for (let k = 0; k < slots.length; k++) row[slots[k]] = cell(table.matrix[r], slots[k], read[j * slots.length + k]);
    return row;
  });
  const seen = new Set<string>();
  const again = rows.some((row) => {
    const key = slots.map((slot) => `${typeof row[slot]}:${String(row[slot])}`).join("\u0000");
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
  const copies = again ? copiesLeftOutOf(values, mapping, table, false, false) : undefined;
  if (!copies) return rows;
  const gone = new Set(copies.rows.map((c) => c.index));
  return rows.filter((_, j) => !gone.has(from[j]));
}

/**
 * The data rows under the header row, in the tab's column order. Which rows are data is what every
 * check and sum says (the core's TypedTable, SPEC "Rows that are not data"): blank rows skipped;
 * rows of placeholders or zeros only, totals (a Total label, or one of `tableTotalsRows`: an Excel
 * table's totals row, whatever it says), label rows inside the data and notes under it left out
 * and named.
 * `trackerTable`: the rows come from a tracker table, whose rows are data by construction (a new
 * prospect with only its name typed is a partner, not a label), as Check reads them.
 */
export function rowsToCopy(
  values: Matrix,
  mapping: HeaderMapping,
  tableTotalsRows: readonly number[] = [],
  /**
   * `firstRow`: the sheet's row number of `values`' first row, for the rows a report names. `ofTable`:
   * the block is one table of several on its sheet (blocks side by side), as ValidateOptions.ofTable.
   */
  options: {
    readonly trackerTable?: boolean;
    readonly firstRow?: number;
    readonly ofTable?: boolean;
    /** Rows holding a formula saved without its result in a mapped column (TypedCells.uncalculatedRows). */
    readonly uncalculatedRows?: ReadonlySet<number>;
  } = {},
): RowsToCopy {
  const tab = tabByName(mapping.tab);
  const out: RowsToCopy = {
    rows: [],
    from: [],
    notData: [],
    keptCurrency: [],
    scaled: [],
    joined: [],
    orElse: [],
    toldApart: undefined,
    unstatedCurrency: [],
  };
  if (!tab) return out;
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  const tableTotals = new Set(tableTotalsRows);
  const table = new TypedTable(values, mapping);
  table.labelRows = options.trackerTable !== true;
  table.uncalculatedRows = options.uncalculatedRows;
  // Amounts and dates as the check read them, with what it knows of their column (`1.500` in a euro
  // column is fifteen hundred; `03/04/2024` in a day-first column is 3 April), not each cell alone.
  const readAs = new Map<number, (number | undefined)[]>();
  table.forEachRow(() => {
    const r = table.row;
    const row = values[r];
    if (tableTotals.has(r)) {
      out.notData.push({ index: r, kind: "total", label: firstText(row) });
      return;
    }
    out.from.push(r);
    readAs.set(
      r,
      tab.columns.map((c, slot) => (READ_BY_COLUMN.has(c.type) && table.has(slot) ? table.num[slot] : undefined)),
    );
  });
  // Copies most of the rows: left out, as the summary leaves them out of its sums (CopiesLeftOut).
  const copies = copiesLeftOutOf(values, mapping, table, options.trackerTable === true, options.ofTable === true);
  if (copies) {
    const gone = new Set(copies.rows.map((c) => c.index));
    let kept = 0;
    for (const r of out.from) if (!gone.has(r)) out.from[kept++] = r;
    out.from.length = kept;
  }
  const { currencyOf, scaleOf, inText, fullName, cell } = placing(table, mapping, tab);
  if (fullName) out.joined.push(...fullName.joined);
  // A donor list's people, named where the organisation's name is blank: copied by their names, as the
  // check reads them (the table's rows hold them: personNames.ts).
  const people = table.personNames;
  if (people) {
    for (const i of [people.given, people.family]) {
      const u = mapping.unknown.find((c) => c.index === i);
      if (u) out.orElse.push(u.header);
    }
  }
  for (const r of out.from) {
    const row = table.matrix[r];
    const read = readAs.get(r);
    out.rows.push(tab.columns.map((_, slot) => cell(row, slot, read?.[slot])));
  }
  const toldApart = toldApartInNotes(out, values, mapping, tab);
  tab.columns.forEach((_, slot) => {
    if (scaleOf[slot] !== 1) out.scaled.push({ header: table.header[slot], factor: scaleOf[slot] });
  });
  // Figures of a column naming no currency, on a sheet the check shows without a sign (no dollars'):
  // copied as figures, and said (a helper's round, real: a Spanish town's grants, `12.500,00`, copied
  // as $12,500 without a word while the summary of the same sheet showed no sign).
  tab.columns.forEach((c, slot) => {
    if (c.type !== "currency" || !source.has(c.id) || currencyOf[slot]) return;
    if (table.withoutSign(slot)) out.unstatedCurrency.push(table.header[slot]);
  });
  tab.columns.forEach((c, slot) => {
    if (!currencyOf[slot]) return;
    const at = out.rows.findIndex((row) => typeof row[slot] === "string" && row[slot] !== "");
    out.keptCurrency.push({
      column: c.name,
      currency: currencyOf[slot],
      example: at < 0 ? "" : String(out.rows[at][slot]),
      ...(inText && !table.currency[slot] ? { saidBy: inText } : {}),
    });
  });
  for (const left of table.leftOut) {
    const total = tableTotals.has(left.row);
    out.notData.push({
      index: left.row,
      kind: total ? "total" : left.kind,
      label: total ? firstText(values[left.row]) : left.label,
    });
  }
  // A row of placeholders or zeros only (an unused line of a form) is not copied, and the report says so.
  for (const r of table.emptyRows) out.notData.push({ index: r, kind: "placeholders", label: firstText(values[r]) });
  out.notData.sort((a, b) => a.index - b.index);
  const runsOn = runOnSaid(table, options.firstRow)?.sentence;
  return { ...out, toldApart, ...(runsOn ? { runsOn } : {}), ...(copies ? { copiesLeftOut: copies } : {}) };
}

/**
 * Rows the copy makes alike in every tracker column whose sheet rows differ (a grant's activity, its
 * own ID or date left in columns the tracker has none for): each gets, in Notes, the sheet's columns
 * that differ within its group, `Projekt: Sommerkonzert; DatumEntscheid: 2024-03-04` — so Check on the
 * tracker does not call them one entry made twice, nor the summary offer a total "if they are copies"
 * (a helper's round, real: Uster's grants copied as 141 "same entry" warnings and CHF 3.0M "if
 * copies" for a true 5.2M). Rows alike in the sheet too stay alike: those may be copies. Only where
 * the tab has a Notes column the mapping leaves empty.
 */
function toldApartInNotes(
  out: RowsToCopy,
  values: Matrix,
  mapping: HeaderMapping,
  tab: NonNullable<ReturnType<typeof tabByName>>,
): ToldApart | undefined {
  const notes = tab.columns.findIndex((c) => c.id === "notes");
  // Never a column the mapping leaves out on purpose (`--map "OBJECTID=Ignore"`): not copied into Notes.
  const unknown = besideMapping(mapping).unknown;
  if (notes < 0 || mapping.columns.some((c) => c.id === "notes") || unknown.length === 0) return undefined;
  const alike = new Map<string, number[]>();
  out.rows.forEach((row, k) => {
    const key = JSON.stringify(row);
    const group = alike.get(key);
    if (group) group.push(k);
    else alike.set(key, [k]);
  });
  let rows = 0;
  const used = new Set<string>();
  for (const group of alike.values()) {
    if (group.length < 2) continue;
    const cellOf = (k: number, i: number) => cellText(values[out.from[k]]?.[i]).trim();
    const differing = unknown.filter((u) => group.some((k) => cellOf(k, u.index) !== cellOf(group[0], u.index)));
    if (differing.length === 0) continue;
    for (const k of group) {
      out.rows[k][notes] = differing
        .map((u) => `${u.header.trim() || "(no header)"}: ${cellOf(k, u.index)}`)
        .join("; ");
    }
    rows += group.length;
    for (const u of differing) used.add(u.header.trim() || "(no header)");
  }
  return rows === 0 ? undefined : { tab: tab.name, rows, headers: [...used] };
}

/**
 * A person's name a sheet keeps in two columns (`last_name`, `first_name`, and a middle name or
 * initial beside them): the check compares them together (nameCompanions), and a copy writes the
 * whole name, given name first, into the tracker's one Name column — never the family name alone (a
 * helper's round, real: a city council's list copied as 14 surnames, Barbara and Andrew Johnson
 * both "Johnson"). Undefined for a name in one column.
 */
function fullNameOf(
  mapping: HeaderMapping,
): { id: string; of: (row: readonly Cell[]) => Cell; joined: string[] } | undefined {
  if (mapping.tab !== LEADERSHIP.name) return undefined;
  const key = mapping.columns.find((c) => c.id === LEADERSHIP.col.name.id);
  if (!key) return undefined;
  const { other, middle } = mappedNameCompanions(key.header, mapping);
  if (other === undefined) return undefined;
  const family =
    keyNamePart(
      key.header,
      mapping.unknown.map((u) => u.header),
    ) === "family"
      ? key.index
      : mapping.unknown[other].index;
  const given = family === key.index ? mapping.unknown[other].index : key.index;
  const order = middle === undefined ? [given, family] : [given, mapping.unknown[middle].index, family];
  return {
    id: key.id,
    joined: [other, ...(middle === undefined ? [] : [middle])].map((u) => mapping.unknown[u].header),
    of: (row) => {
      const parts = order.map((i) => row[i]).filter((c) => c !== null && c !== undefined && String(c).trim() !== "");
      // One half alone (a row with only a surname) is copied as it is, a number or text.
      return parts.length === 1
        ? trackerValue(LEADERSHIP.col.name, parts[0])
        : parts.map((c) => String(c).trim()).join(" ");
    },
  };
}

/** The data rows under the header row, in the tab's column order (see `rowsToCopy`). */
export function rowsForTracker(values: Matrix, mapping: HeaderMapping): Cell[][] {
  return rowsToCopy(values, mapping).rows;
}
