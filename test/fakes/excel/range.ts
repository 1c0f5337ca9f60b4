/** `Excel.Range`: addresses, values, formulas, number formats, derived ranges, clear and select. */
import { contains, formatAddress, formatLocal, intersects, MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import {
  getValue,
  key,
  setValue,
  tableBody,
  usedRect,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookState,
} from "./state";
import { typeIntoCell, type Typed } from "./typing";
import { ERROR_CODES, fail } from "./errors";
import { clientObjectWith, FakeClientObject, properties } from "./base";
import type { FakeRequestContext } from "./context";
import { FakeWorksheet } from "./worksheet";
import { FakeRangeFormat } from "./format";
import { FakeDataValidation } from "./dataValidation";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeRangeAreas, mergedAreasOf } from "./mergedAreas";
import { visibleAreasOf } from "./visibleCells";

export interface RangeEntity {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

type Grid = readonly (readonly unknown[])[];

function checkGrid(rect: Rect, v: unknown, what: string): Grid | undefined {
  if (!Array.isArray(v)) return undefined; // a single value for every cell
  if (v.length !== rect.rows || v.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    fail(
      ERROR_CODES.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rect.rows}x${rect.cols})`,
    );
  }
  return v as Grid;
}

const TABLE_REF = /([A-Za-z_\\][A-Za-z0-9_.\\]*)\[/g;

/** Reads a grid property cell by cell (`values`, `text`, `formulas`, `numberFormat`). */
function readGrid(
  e: RangeEntity,
  proxy: FakeClientObject<RangeEntity>,
  prop: "values" | "text" | "formulas" | "numberFormat",
): unknown[][] {
  const { sheet, rect } = e;
  if (rect.rows * rect.cols > 5_000_000) {
    fail(ERROR_CODES.rangeExceedsLimit, `${proxy.location}: reading more than 5,000,000 cells`);
  }
  const out: unknown[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: unknown[] = new Array(rect.cols);
    const r = rect.row + i;
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      if (prop === "numberFormat") {
        row[j] = sheet.numberFormats.get(key(r, c)) ?? "General";
        continue;
      }
      const f = sheet.formulas.get(key(r, c));
      if (f !== undefined && prop === "formulas") {
        row[j] = f;
        continue;
      }
      const v = f !== undefined ? proxy.context.host.evaluate(sheet, r, c, f) : getValue(sheet, r, c);
      row[j] = v === null ? "" : prop === "text" ? String(v) : v;
    }
    out.push(row);
  }
  return out;
}

/** Range properties (Excel.Range). */
const RANGE = properties<RangeEntity>()({
  address: { read: (e): string => formatAddress(e.sheet.name, e.rect) },
  addressLocal: { read: (e): string => formatAddress(e.sheet.name, e.rect) },
  rowCount: { read: (e): number => e.rect.rows },
  columnCount: { read: (e): number => e.rect.cols },
  rowIndex: { read: (e): number => e.rect.row },
  columnIndex: { read: (e): number => e.rect.col },
  cellCount: { read: (e): number => e.rect.rows * e.rect.cols },
  values: {
    read: (e, proxy) => readGrid(e, proxy, "values") as FakeCell[][],
    write: (e, v: unknown, proxy) => typeIn(proxy.context, e, v, "values"),
  },
  text: { read: (e, proxy) => readGrid(e, proxy, "text") as string[][] },
  formulas: {
    read: (e, proxy) => readGrid(e, proxy, "formulas") as FakeCell[][],
    write: (e, v: unknown, proxy) => typeIn(proxy.context, e, v, "formulas"),
  },
  numberFormat: {
    read: (e, proxy) => readGrid(e, proxy, "numberFormat") as string[][],
    write: (e, v: unknown) => {
      const grid = checkGrid(e.rect, v, "numberFormat");
      forEachCell(e.rect, (r, c, i, j) => {
        const f = grid ? grid[i][j] : v;
        if (f === null || f === undefined) return;
        if (f === "" || f === "General") e.sheet.numberFormats.delete(key(r, c));
        else e.sheet.numberFormats.set(key(r, c), String(f));
      });
    },
  },
});

/**
 * Writing `values` or `formulas` is typing: a string into a cell formatted as text (`@`) stays
 * text; anywhere else Excel parses it (`typing.ts`: formulas for a leading = + - @, numbers, dates,
 * booleans; a leading apostrophe keeps the rest as text). Every cell is checked first, so a cell
 * Excel refuses fails the whole command and nothing of it is written.
 */
function typeIn(context: FakeRequestContext, e: RangeEntity, v: unknown, what: "values" | "formulas"): void {
  const grid = checkGrid(e.rect, v, what);
  context.events.push({
    type: "WorksheetChanged",
    worksheetId: e.sheet.id,
    address: formatLocal(e.rect),
    changeType: "RangeEdited",
    source: "Local",
  });
  const state = context.state;
  const typed = new Map<string, Typed>();
  forEachCell(e.rect, (r, c, i, j) => {
    const x = grid ? grid[i][j] : v;
    if (x !== null && x !== undefined && typeof x === "object") {
      fail(ERROR_CODES.invalidArgument, `${what}: a cell value cannot be an object`);
    }
    if (typeof x !== "string") return;
    const k = key(r, c);
    const t: Typed =
      e.sheet.numberFormats.get(k) === "@"
        ? { kind: "value", value: x.startsWith("'") ? x.slice(1) : x === "" ? null : x }
        : typeIntoCell(x);
    if (t.kind === "invalid") {
      fail(
        ERROR_CODES.invalidArgument,
        `There's a problem with this formula: ${x} (cell ${formatLocal({ row: r, col: c, rows: 1, cols: 1 })})`,
      );
    }
    if (t.kind === "formula") checkFormula(state, e.sheet, r, c, t.formula);
    typed.set(k, t);
  });
  forEachCell(e.rect, (r, c, i, j) => {
    const x = grid ? grid[i][j] : v;
    if (x === null || x === undefined) return; // Office.js: null leaves the cell unchanged
    const k = key(r, c);
    const t = typed.get(k) ?? { kind: "value", value: x as FakeCell };
    if (t.kind === "formula") {
      e.sheet.formulas.set(k, t.formula);
      setValue(e.sheet, r, c, null);
      if (e.sheet.rows[r]) delete (e.sheet.rows[r] as FakeCell[])[c];
      return;
    }
    if (t.kind !== "value") return;
    e.sheet.formulas.delete(k);
    setValue(e.sheet, r, c, t.value === "" ? null : t.value);
    // A date or currency typed into a General cell gives the cell that format (office-js #229).
    if (t.format && !e.sheet.numberFormats.has(k)) e.sheet.numberFormats.set(k, t.format);
  });
}

export class FakeRange extends clientObjectWith(RANGE) {
  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "format") return this.format as FakeClientObject<unknown>;
    if (prop === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    if (prop === "dataValidation") return this.dataValidation as FakeClientObject<unknown>;
    return undefined;
  }

  get worksheet(): FakeWorksheet {
    return this.nav(
      "worksheet",
      () => new FakeWorksheet(this.context, () => this.resolveOrNull()?.sheet ?? null, `${this.location}.worksheet`),
    );
  }

  get format(): FakeRangeFormat {
    return this.nav("format", () => new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    return this.nav("dataValidation", () => new FakeDataValidation(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.nav("conditionalFormats", () => new FakeConditionalFormatCollection(this.context, this));
  }

  private derived(name: string, f: (e: RangeEntity) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const e = this.resolveOrNull();
        if (e === null) return null;
        const rect = f(e);
        return rect === null ? null : { sheet: e.sheet, rect };
      },
      `${this.location}.${name}`,
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (e) => ({
      row: e.rect.row + row,
      col: e.rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.derived(`getColumnsAfter(${count})`, (e) =>
      bounded({ row: e.rect.row, col: e.rect.col + e.rect.cols, rows: e.rect.rows, cols: count }),
    );
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived(`getRowsBelow(${count})`, (e) =>
      bounded({ row: e.rect.row + e.rect.rows, col: e.rect.col, rows: count, cols: e.rect.cols }),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (e) =>
      bounded({ row: e.rect.row, col: e.rect.col, rows: e.rect.rows + deltaRows, cols: e.rect.cols + deltaColumns }),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (e) =>
      bounded({ row: e.rect.row + rowOffset, col: e.rect.col + columnOffset, rows: e.rect.rows, cols: e.rect.cols }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (e) => {
        const used = usedRect(e.sheet, valuesOnly);
        if (!used || !intersects(used, e.rect)) return null;
        // The used range of a range is the bounding box of its own used cells.
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        forEachCell(e.rect, (r, c) => {
          const k = key(r, c);
          const v = getValue(e.sheet, r, c);
          const usedCell =
            (v !== null && v !== "") ||
            e.sheet.formulas.has(k) ||
            (!valuesOnly && (e.sheet.numberFormats.has(k) || e.sheet.fills.has(k)));
          if (!usedCell) return;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        });
        if (bottom < 0) return null;
        return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
      },
      true,
    );
  }

  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9), "Visible" only: see visibleCells.ts. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const e = this.resolveOrNull();
        return e === null ? null : visibleAreasOf(e, cellType);
      },
      `${this.location}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)})`,
      true,
    );
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): see mergedAreas.ts. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const e = this.resolveOrNull();
        return e === null ? null : mergedAreasOf(e);
      },
      `${this.location}.getMergedAreasOrNullObject()`,
      true,
    );
  }

  /**
   * Range.clear(applyTo): "Formats" clears all formatting and leaves values; "Contents" clears
   * values and formulas and leaves formatting; "All" both (Excel.ClearApplyTo, ExcelApi 1.1:
   * https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto). What "All" does to data
   * validation is not modelled (undocumented beyond "everything"); hyperlinks are not modelled.
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queueCall("clear", applyTo, (e) => {
      forEachCell(e.rect, (r, c) => {
        const k = key(r, c);
        if (applyTo !== "Contents") {
          e.sheet.numberFormats.delete(k);
          e.sheet.fills.delete(k);
          e.sheet.fontColors.delete(k);
          e.sheet.bold.delete(k);
        }
        if (applyTo !== "Formats") {
          e.sheet.formulas.delete(k);
          if (e.sheet.rows[r]) delete (e.sheet.rows[r] as FakeCell[])[c];
        }
      });
    });
  }

  select(): void {
    this.queueCall("select", null, (e) => {
      if (e.sheet.visibility !== "Visible") fail(ERROR_CODES.invalidOperation, `${e.sheet.name} is hidden`);
      this.context.state.activeSheetId = e.sheet.id;
      this.context.state.selection = { sheetId: e.sheet.id, rect: e.rect };
    });
  }
}

export function bounded(rect: Rect): Rect {
  if (
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLUMNS
  ) {
    fail(ERROR_CODES.invalidArgument, "The range is outside the worksheet");
  }
  return rect;
}

export function forEachCell(rect: Rect, f: (r: number, c: number, i: number, j: number) => void): void {
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) f(rect.row + i, rect.col + j, i, j);
}

/** Excel refuses formulas it cannot parse; the fake refuses the two mistakes a builder can make. */
function checkFormula(state: FakeWorkbookState, sheet: FakeSheet, r: number, c: number, formula: string): void {
  if (formula.includes("[@")) {
    const inBody = state.tables.some(
      (t) => t.sheetId === sheet.id && contains(tableBody(t), { row: r, col: c, rows: 1, cols: 1 }),
    );
    if (!inBody) fail(ERROR_CODES.invalidArgument, `${formula}: [@Column] references only work inside a table`);
  }
  for (const m of formula.replace(/"[^"]*"/g, '""').matchAll(TABLE_REF)) {
    const name = m[1].toLowerCase();
    if (!state.tables.some((t) => t.name.toLowerCase() === name)) {
      fail(ERROR_CODES.invalidArgument, `${formula}: there is no table named ${m[1]}`);
    }
  }
}
