import { ColumnCurrencies, formatCurrency } from "../core/coerce";
import type { Cell } from "../core/types";
import { isoToSerial } from "../core/excelDate";
import { fillMergedDown, mergedArea, type MergedArea } from "../core/mergedCells";
import { parsePart, type PartHandlers } from "./xmlPart";
import type { ZipPackage } from "./zip";

/**
 * One worksheet part, read as it streams (xmlPart.ts): cells into rows (the matrix `check` walks), with
 * Excel's own limits enforced as it goes, so a tiny hostile file cannot make us allocate a grid
 * Excel itself could never hold, and every row or string we cannot place is said out loud.
 */

/** Excel's grid (Excel specifications and limits: 1,048,576 rows by 16,384 columns). */
export const GRID = { rows: 1_048_576, columns: 16_384 };
/**
 * The most cells (rows × their width, blanks included) one sheet or table may make us hold: a
 * full-height sheet of 17 columns (the Partners tab) is 17.8 million; 25 million cells of
 * pointers alone are 200 MB, so more would not check within 1 GB.
 */
export const MAX_SHEET_CELLS = 25_000_000;
/** Excel's limit on one cell's text; LibreOffice allows more, so only far beyond it is refused. */
export const MAX_CELL_TEXT = 32_767 * 32;

/** A sheet, table or string that goes beyond what Excel can hold: the whole file is refused. */
export class SheetLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetLimitError";
  }
}

/** Days between the 1904 and 1900 date systems' day zero (Excel: "Date systems in Excel"). */
const DAYS_1904 = 1462;

/** Built-in number formats that show a date (ECMA-376 Part 1, 18.8.30 numFmt: ids 14–22, 27–36, 45–47, 50–58). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quoted text and [colour] brackets, it has a day or a year. */
function customDate(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** What a workbook's cell styles say of its cells: which show dates, which show a currency. */
export interface CellStyles {
  /** Styles (`s="n"`, an index into `cellXfs`) that show a date. */
  readonly dates: ReadonlySet<number>;
  /** Styles whose number format shows a currency, and its code. */
  readonly currencies: ReadonlyMap<number, string>;
}

/**
 * The cell styles that show a date (in a 1904 workbook only those cells' numbers are shifted to the
 * 1900 system the core's date rules use) or a currency (formatCurrency).
 */
export async function cellStyles(zip: ZipPackage, part: string): Promise<CellStyles> {
  const customFormats = new Map<number, { date: boolean; currency: string }>();
  const dates = new Set<number>();
  const currencies = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  await parsePart(zip, part, {
    open(name, a) {
      if (name === "numFmt") {
        const code = a.formatCode ?? "";
        customFormats.set(Number(a.numFmtId), { date: customDate(code), currency: formatCurrency(code) });
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const custom = customFormats.get(id);
        if (custom?.date ?? builtInDate(id)) dates.add(xf);
        else if (custom?.currency) currencies.set(xf, custom.currency);
        xf++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return { dates, currencies };
}

const ROW_NUMBER = /^[1-9]\d*$/;
const CELL_REF = /^\$?([A-Za-z]+)\$?(\d*)$/;

/**
 * `AB12` → { col: 28, row: 12 }, by hand: this runs once per cell, and a regular expression here
 * was the reader's largest cost. Past the grid the numbers stop growing (they are refused anyway);
 * a reference without letters gives col 0 (the cell then follows the previous one).
 */
function cellAddress(ref: string): { col: number; row: number } {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    if (col <= GRID.columns) col = col * 26 + (c - 96);
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return { col: 0, row: 0 };
    if (row <= GRID.rows) row = row * 10 + d;
  }
  return { col, row };
}

const count = (n: number) => n.toLocaleString("en-US");

/** A name from the file, quoted and safe to put in a message (control characters as escapes). */
export function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}"`;
}

export class SheetReader implements PartHandlers {
  private readonly rows: Cell[][] = [];
  /** Cells the matrix holds so far (each row's length plus one per row). */
  private claimed = 0;
  private rowNum = 0;
  private colNum = 0;
  private current: Cell[] = [];
  private skipRow = false;
  private inData = false;
  private inCell = false;
  private type: string | undefined;
  private style: number | undefined;
  private cellRef: string | undefined;
  /** Text being collected (inside `<v>` or an inline string's `<t>`), else undefined. */
  private collect: string | undefined;
  private value: string | undefined;
  private inline: string | undefined;
  private phonetic = 0;
  private badRows: string[] = [];
  private badRowCount = 0;
  private firstBadRowAfter = 0;
  private badStrings = 0;
  /** The cell being read holds a formula (`<f>`). */
  private formula = false;
  /** Formula cells saved without their result (no `<v>`, or an empty one not text): each one's row and reference. */
  private readonly uncalculated: { row: number; ref: string }[] = [];
  private readonly columnCurrencies = new ColumnCurrencies();
  /** Merged areas more than one row high (`<mergeCell ref="C2:C5"/>`): see fillMergedDown. */
  private readonly mergedDown: MergedArea[] = [];
  private firstBadString = "";
  rowsRead = 0;
  lastRow = 0;
  private rowsTotal: number | undefined;
  private readonly every: number;

  constructor(
    private readonly name: string,
    private readonly strings: readonly string[],
    /** The 1904 workbook's date styles (undefined in a 1900 workbook: no number is shifted). */
    private readonly dates: ReadonlySet<number> | undefined,
    private readonly currencies: ReadonlyMap<number, string>,
    private readonly options: {
      onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
      progressEvery?: number;
    },
  ) {
    this.every = options.progressEvery ?? 10_000;
  }

  private where(): string {
    return `sheet ${shown(this.name)}`;
  }

  private claim(cells: number): void {
    this.claimed += cells;
    if (this.claimed > MAX_SHEET_CELLS) {
      throw new SheetLimitError(
        `${this.where()} would hold more than the ${count(MAX_SHEET_CELLS)} cells this tool reads from one sheet ` +
          `(it reaches row ${count(this.rowNum)}${this.colNum > 0 ? `, column ${count(this.colNum)}` : ""}): ` +
          `split it into several sheets or files`,
      );
    }
  }

  open(name: string, a: Record<string, string>, selfClosing: boolean): void {
    if (this.inCell) {
      if (name === "v" && !selfClosing) this.collect = "";
      else if (name === "f") this.formula = true;
      else if (name === "is") this.inline = "";
      else if (name === "rPh") this.phonetic++;
      else if (name === "t" && this.inline !== undefined && this.phonetic === 0 && !selfClosing) this.collect = "";
      return;
    }
    if (name === "c") {
      if (this.inData) this.openCell(a, selfClosing);
    } else if (name === "row") {
      if (this.inData) {
        this.openRow(a.r);
        if ((a.hidden === "1" || a.hidden === "true") && !this.skipRow) this.hidden.push(this.rowNum);
      }
    } else if (name === "autoFilter") {
      this.filtered = true;
    } else if (name === "sheetData") {
      this.inData = !selfClosing;
    } else if (name === "mergeCell" && a.ref && !this.inData) {
      const area = mergedArea(a.ref);
      if (area && area.bottom > area.top) this.mergedDown.push(area);
    } else if (name === "dimension" && a.ref) {
      const last = CELL_REF.exec(a.ref.split(":").pop() ?? "");
      this.rowsTotal = last?.[2] ? Number(last[2]) : undefined;
    }
  }

  private openRow(r: string | undefined): void {
    this.colNum = 0;
    if (r === undefined) {
      this.rowNum++;
    } else if (ROW_NUMBER.test(r)) {
      this.rowNum = Number(r);
    } else {
      // Row 0, -5, abc or 2.5: Excel writes none of these, and there is no row to put the cells in.
      this.skipRow = true;
      this.badRowCount++;
      if (this.badRows.length < 3) this.badRows.push(shown(r.slice(0, 20)));
      if (this.badRowCount === 1) this.firstBadRowAfter = this.rowNum;
      return;
    }
    this.skipRow = false;
    if (this.rowNum > GRID.rows) {
      throw new SheetLimitError(
        `${this.where()} has a row numbered ${count(this.rowNum)}, beyond Excel's last row (${count(GRID.rows)})`,
      );
    }
    if (this.rowNum > this.rows.length) this.claim(this.rowNum - this.rows.length);
    this.current = this.rows[this.rowNum - 1] ??= [];
    this.rowsRead++;
    this.lastRow = this.rowNum;
    if (this.options.onProgress && this.rowsRead % this.every === 0) {
      this.options.onProgress(this.name, this.rowNum, this.rowsTotal);
    }
  }

  private openCell(a: Record<string, string>, selfClosing: boolean): void {
    const ref = a.r;
    const { col, row } = ref === undefined ? { col: 0, row: 0 } : cellAddress(ref);
    this.colNum = col || this.colNum + 1;
    if (this.colNum > GRID.columns) {
      throw new SheetLimitError(
        `${this.where()} has a cell at ${ref === undefined ? `column ${count(this.colNum)}` : shown(ref.slice(0, 20))}, ` +
          `beyond Excel's last column (XFD, column ${count(GRID.columns)})`,
      );
    }
    if (row > GRID.rows) {
      throw new SheetLimitError(
        `${this.where()} has a cell at ${shown(String(ref).slice(0, 20))}, beyond Excel's last row (${count(GRID.rows)})`,
      );
    }
    if (selfClosing || this.skipRow) {
      this.inCell = !selfClosing && this.skipRow; // skip what a dropped row's cell holds
      if (this.inCell) this.type = "skip";
      return;
    }
    this.inCell = true;
    this.type = a.t;
    this.style = a.s !== undefined && (this.dates || this.currencies.size > 0) ? Number(a.s) : undefined;
    this.cellRef = ref;
    this.value = undefined;
    this.inline = undefined;
    this.formula = false;
  }

  close(name: string): void {
    if (!this.inCell) {
      if (name === "sheetData") this.inData = false;
      return;
    }
    if (name === "v") {
      // `<v/>` is a result saved empty: calculated where the cell says its result is text (`t="str"`,
      // as Excel saves a formula giving ""); not calculated where it says nothing, or a number (see
      // close "c").
      this.value = this.collect ?? "";
      this.collect = undefined;
    } else if (name === "t") {
      if (this.collect !== undefined && this.inline !== undefined) this.inline += this.collect;
      this.collect = undefined;
    } else if (name === "rPh") {
      this.phonetic--;
    } else if (name === "c") {
      this.inCell = false;
      this.collect = undefined;
      if (this.type === "skip") return;
      // A formula with no saved result: a program that writes formulas without calculating them (not
      // Excel, which saves each result) left it, and Excel would show a figure where this reads empty
      // (a helper's round: a Helsinki programme's 2,975 k€ of sums, missing from its totals unsaid).
      // An empty `<v/>` under a formula whose cell says no text result is as missing: no number is
      // saved empty (a helper's round: openpyxl writes `<f>15000-3000</f><v />`, and a $12,000 award
      // was read as empty, unsaid, its row "a label row").
      if (
        this.formula &&
        this.type !== "inlineStr" &&
        (this.value === undefined || (this.value === "" && this.type !== "str"))
      ) {
        this.uncalculated.push({ row: this.rowNum, ref: this.cellRef ?? `row ${this.rowNum}` });
        return; // read as empty (`t="b"` with `<v/>` is no FALSE)
      }
      const value = this.cellValue();
      if (value !== null && value !== "") this.store(value);
    }
  }

  text(t: string): void {
    if (this.collect === undefined) return;
    this.collect += t;
    if (this.collect.length > MAX_CELL_TEXT) {
      throw new SheetLimitError(
        `${this.where()} has a cell (row ${count(this.rowNum)}) holding over ${count(MAX_CELL_TEXT)} characters; Excel holds ${count(32_767)}`,
      );
    }
  }

  private store(value: Cell): void {
    const row = this.current;
    const col = this.colNum;
    if (col > row.length) {
      this.claim(col - row.length);
      for (let i = row.length; i < col - 1; i++) row[i] = null;
    }
    row[col - 1] = value;
  }

  private cellValue(): Cell {
    if (this.type === "inlineStr") return this.inline === undefined ? "" : decodeEscapes(this.inline);
    const raw = this.value;
    if (raw === undefined) return null; // a formula never calculated, or a styled empty cell
    switch (this.type) {
      case "s": {
        const index = raw === "" ? -1 : Number(raw); // a whole number, checked below (no regex: once per cell)
        if (Number.isInteger(index) && index >= 0 && index < this.strings.length) return this.strings[index];
        if (this.badStrings++ === 0) this.firstBadString = this.cellRef ?? `row ${this.rowNum}`;
        return null;
      }
      case "str":
      case "e": // an error cell: its text (#N/A, #REF!…), as Range.values gives it
        return decodeEscapes(raw);
      case "b":
        return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
      case "d":
        return isoToSerial(raw.trim().slice(0, 10)) ?? decodeEscapes(raw);
      default: {
        const n = Number(raw);
        if (raw.trim() === "" || !Number.isFinite(n)) return decodeEscapes(raw);
        if (this.style === undefined) return n;
        if (this.currencies.size > 0)
          this.columnCurrencies.note(this.colNum - 1, this.currencies.get(this.style) ?? "");
        return this.dates?.has(this.style) ? n + DAYS_1904 : n;
      }
    }
  }

  /**
   * Per column (0-based), the currency its numbers' formats show ("" for none, or two): a sheet
   * whose amounts say £ only in their format is in pounds (formatCurrency).
   */
  numberCurrencies(): string[] {
    return this.columnCurrencies.codes();
  }

  /** What was in the part but not read, one sentence each. */
  problems(): string[] {
    const out: string[] = [];
    const sheet = `Sheet ${shown(this.name)}`;
    if (this.badRowCount > 0) {
      const numbers = this.badRows.join(", ") + (this.badRowCount > this.badRows.length ? " and more" : "");
      out.push(
        `${sheet}: ${count(this.badRowCount)} row${this.badRowCount === 1 ? " is" : "s are"} numbered ${numbers}, ` +
          `which no worksheet row can be (the first comes after row ${count(this.firstBadRowAfter)}), so ` +
          `${this.badRowCount === 1 ? "its cells were" : "their cells were"} not read.`,
      );
    }
    if (this.badStrings > 0) {
      out.push(
        `${sheet}: ${count(this.badStrings)} cell${this.badStrings === 1 ? " refers" : "s refer"} to a shared string the file ` +
          `does not have (first: ${this.firstBadString}), so ${this.badStrings === 1 ? "it was" : "they were"} read as empty.`,
      );
    }
    return out;
  }

  /**
   * Formula cells saved without their result on rows holding other values, one sentence (none: []).
   * A row of formulas alone (a template's unused lines) reads empty in Excel's eyes too.
   */
  uncalculatedCells(): UncalculatedCells | undefined {
    const sheet = `Sheet ${shown(this.name)}`;
    const filled = (row: number) => (this.rows[row - 1] ?? []).some((c) => c !== null && c !== undefined && c !== "");
    const cells = this.uncalculated.filter((u) => filled(u.row));
    if (cells.length === 0) return undefined;
    const n = cells.length;
    // Per column, the last row with such a cell: whether a check read any of them (cli.ts).
    const columns = new Map<number, number>();
    const at: { row: number; column: number }[] = [];
    for (const c of cells) {
      const column = columnNumber(c.ref);
      if (column > 0) {
        columns.set(column, Math.max(columns.get(column) ?? 0, c.row));
        at.push({ row: c.row, column });
      }
    }
    return {
      sheet: this.name,
      columns,
      cells: at,
      sentence:
        `${sheet}: ${count(n)} formula cell${n === 1 ? " was" : "s were"} saved without ${n === 1 ? "its" : "their"} result ` +
        `(first: ${cells[0].ref}), so ${n === 1 ? "it was" : "they were"} read as empty: the program that wrote ` +
        `the file did not calculate ${n === 1 ? "it" : "them"}. Open the file in Excel and save it, and check it again.`,
    };
  }

  /** The matrix, every row present (rows the file skipped are empty). */
  finish(): Cell[][] {
    if (this.options.onProgress) this.options.onProgress(this.name, this.rowNum, this.rowsTotal ?? this.rowNum);
    for (let i = 0; i < this.rows.length; i++) this.rows[i] ??= [];
    // Merged down over rows the sheet has (a merge past the last row adds none), each cell filled
    // counted against the sheet's limit as a read one is.
    const areas = this.mergedDown
      .filter((a) => a.top < this.rows.length && a.left < GRID.columns)
      .map((a) => ({ ...a, bottom: Math.min(a.bottom, this.rows.length - 1) }));
    for (const a of areas) this.claim(a.bottom - a.top);
    fillMergedDown(this.rows, areas);
    this.areas = areas;
    return this.rows;
  }

  /** Rows the sheet hides (1-based, in order), and whether it has a filter (`<autoFilter>`) to hide them. */
  readonly hidden: number[] = [];
  filtered = false;

  /** Merged areas over several rows (clipped to the sheet's rows): see fillMergedFigures. */
  mergedDownAreas(): readonly MergedArea[] {
    return this.areas;
  }
  private areas: readonly MergedArea[] = [];
}

/** Formula cells of one sheet saved without their result (SheetReader.uncalculatedCells). */
export interface UncalculatedCells {
  readonly sheet: string;
  /** What the user is told. */
  readonly sentence: string;
  /** Per column (1-based), the last row holding such a cell. */
  readonly columns: ReadonlyMap<number, number>;
  /** Each such cell's row and column (1-based), in sheet order: its row is no label row (Block.uncalculatedRows). */
  readonly cells: readonly { readonly row: number; readonly column: number }[];
}

/** The 1-based column of a cell reference (`BY21` → 77), 0 when it has no letters. */
export function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

/** OOXML's `_x000D_` escapes for characters XML cannot carry, decoded. */
export function decodeEscapes(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}
