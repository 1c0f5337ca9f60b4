/**
 * The fake workbook's state: plain data that tests seed and inspect directly. The client objects
 * in `client.ts` read and write it only inside `context.sync()`, the way Excel applies a batch.
 */
import { contains, formatAddress, intersects, parseLocal, splitSheet, type Rect } from "./address";

export type FakeCell = string | number | boolean | null;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeValidation {
  rect: Rect;
  /** As set through `dataValidation.rule`, e.g. `{ list: { source: "=lstSector", inCellDropDown: true } }`. */
  rule: Record<string, unknown>;
  type: string;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  numberFormat?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title?: string;
  /** Sheet-local address of the values the chart was added over. */
  source: string;
  seriesBy: string;
  categories?: string;
  position?: { start: string; end?: string };
}

/** A pivot table's place (`pivots.ts`): its body, and the filter area above it when it has filters. */
export interface FakePivot {
  name: string;
  rect: Rect;
  filterRect?: Rect;
  /** The fields in its filter area, one per row of it. */
  filterFields: string[];
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** Sparse rows of cell values; a formula cell's value is whatever `evaluate` says (default null). */
  rows: (FakeCell[] | undefined)[];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  bold: Set<string>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  pivots: FakePivot[];
  /** Merged areas (`mergedAreas.ts`): the value is the top-left cell's, the others are empty. */
  merges: Rect[];
  /** 0-based rows hidden, by the sheet's filter or by hand (`visibleCells.ts`). */
  hiddenRows: Set<number>;
  /** Whether the sheet has a filter (Data › Filter): `Worksheet.autoFilter.enabled`. */
  autoFilter: boolean;
}

export interface FakeTable {
  readonly id: string;
  name: string;
  sheetId: string;
  /**
   * The whole table: header row, data rows and, when `showTotals`, the totals row as its last row —
   * what `Table.getRange()` and `tblX[#All]` give ("Using structured references with Excel tables":
   * the entire table includes the Totals row; the table data excludes it).
   */
  rect: Rect;
  style: string;
  /** The totals row is shown (Office.js `Table.showTotals`, ExcelApi 1.1). */
  showTotals?: boolean;
  /** What the totals row held when it was last turned off (formulas or values), to show it again. */
  totalsMemory?: FakeCell[];
}

/** A table's data rows: below the header row, above the totals row when it is shown. */
export function tableBody(t: FakeTable): Rect {
  return { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 - (t.showTotals ? 1 : 0) };
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: FakeName[];
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  nextId: number;
}

export const key = (r: number, c: number): string => `${r},${c}`;

export function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: `s${state.nextId++}`,
    name,
    visibility: "Visible",
    rows: [],
    formulas: new Map(),
    numberFormats: new Map(),
    fills: new Map(),
    fontColors: new Map(),
    bold: new Set(),
    columnWidths: new Map(),
    frozenRows: 0,
    validations: [],
    conditionalFormats: [],
    charts: [],
    pivots: [],
    merges: [],
    hiddenRows: new Set(),
    autoFilter: false,
  };
  state.sheets.push(sheet);
  return sheet;
}

export function emptyWorkbook(sheetNames: readonly string[] = ["Sheet1"]): FakeWorkbookState {
  const state: FakeWorkbookState = { sheets: [], tables: [], names: [], nextId: 1 };
  for (const n of sheetNames) newSheet(state, n);
  state.activeSheetId = state.sheets[0]?.id;
  return state;
}

export function getValue(sheet: FakeSheet, r: number, c: number): FakeCell {
  const row = sheet.rows[r];
  const v = row ? row[c] : undefined;
  return v === undefined ? null : v;
}

export function setValue(sheet: FakeSheet, r: number, c: number, v: FakeCell): void {
  let row = sheet.rows[r];
  if (!row) {
    if (v === null) return;
    row = sheet.rows[r] = [];
  }
  row[c] = v;
}

/** Bounding box of the cells that hold a value or formula (and, unless `valuesOnly`, a format). */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number) => {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") take(r, c);
    });
  });
  const keyed = [sheet.formulas.keys()];
  if (!valuesOnly) keyed.push(sheet.numberFormats.keys(), sheet.fills.keys(), sheet.fontColors.keys());
  for (const it of keyed) {
    for (const k of it) {
      const [r, c] = k.split(",").map(Number);
      take(r, c);
    }
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function tablesOn(state: FakeWorkbookState, sheet: FakeSheet): FakeTable[] {
  return state.tables.filter((t) => t.sheetId === sheet.id);
}

export function tableHeaders(state: FakeWorkbookState, table: FakeTable): string[] {
  const sheet = state.sheets.find((s) => s.id === table.sheetId) as FakeSheet;
  const out: string[] = [];
  for (let c = 0; c < table.rect.cols; c++) out.push(String(getValue(sheet, table.rect.row, table.rect.col + c) ?? ""));
  return out;
}

/**
 * Helpers for tests: seed a workbook the way a user would have left it, and read it back.
 * Everything here acts on the state directly (no sync, no counters).
 */
export class FakeWorkbookInspector {
  constructor(readonly state: FakeWorkbookState) {}

  sheet(name: string): FakeSheet | undefined {
    return findSheet(this.state, name);
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  table(name: string): FakeTable | undefined {
    const wanted = name.toLowerCase();
    return this.state.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  tableSheet(table: FakeTable): FakeSheet {
    return this.state.sheets.find((s) => s.id === table.sheetId) as FakeSheet;
  }

  tableHeaders(name: string): string[] {
    const t = this.table(name);
    return t ? tableHeaders(this.state, t) : [];
  }

  /** The table's data rows as values (formula cells show their formula); never the totals row. */
  tableRows(name: string): FakeCell[][] {
    const t = this.table(name);
    if (!t) return [];
    const sheet = this.tableSheet(t);
    return this.cells(sheet.name, tableBody(t));
  }

  /** The table's totals row (formula cells as their formula), or undefined when it is not shown. */
  totalsRow(name: string): FakeCell[] | undefined {
    const t = this.table(name);
    if (!t?.showTotals) return undefined;
    return this.cells(this.tableSheet(t).name, { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 })[0];
  }

  /** Values of a rectangle, formula cells as their formula text. */
  cells(sheetName: string, rect: Rect | string): FakeCell[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const r = typeof rect === "string" ? (parseLocal(rect) as Rect) : rect;
    const out: FakeCell[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: FakeCell[] = [];
      for (let j = 0; j < r.cols; j++) {
        const f = sheet.formulas.get(key(r.row + i, r.col + j));
        row.push(f ?? getValue(sheet, r.row + i, r.col + j));
      }
      out.push(row);
    }
    return out;
  }

  cell(sheetName: string, a1: string): FakeCell {
    return this.cells(sheetName, a1)[0][0];
  }

  numberFormat(sheetName: string, a1: string): string {
    const sheet = this.sheet(sheetName) as FakeSheet;
    const r = parseLocal(a1) as Rect;
    return sheet.numberFormats.get(key(r.row, r.col)) ?? "General";
  }

  /** The validation that applies to one cell (the last one set over it), if any. */
  validationAt(sheetName: string, a1: string): FakeValidation | undefined {
    const sheet = this.sheet(sheetName) as FakeSheet;
    const r = parseLocal(a1) as Rect;
    return [...sheet.validations].reverse().find((v) => contains(v.rect, r));
  }

  conditionalFormatsAt(sheetName: string, a1: string): FakeConditionalFormat[] {
    const sheet = this.sheet(sheetName) as FakeSheet;
    const r = parseLocal(a1) as Rect;
    return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, r));
  }

  name(n: string): FakeName | undefined {
    return this.state.names.find((x) => x.name.toLowerCase() === n.toLowerCase());
  }

  /** Seeds a sheet (created if missing) with values; strings starting with "=" become formulas. */
  seedSheet(name: string, values: readonly (readonly FakeCell[])[], topLeft = "A1"): FakeSheet {
    const sheet = this.sheet(name) ?? newSheet(this.state, name);
    const at = parseLocal(topLeft) as Rect;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = at.row + i;
        const c = at.col + j;
        if (typeof v === "string" && v.startsWith("=")) sheet.formulas.set(key(r, c), v);
        else setValue(sheet, r, c, v);
      }),
    );
    return sheet;
  }

  /**
   * Seeds a table over `address` (header row included, and the totals row as its last row when
   * `showTotals`) on an existing sheet, as a user would have made it.
   */
  seedTable(sheetName: string, tableName: string, address: string, options: { showTotals?: boolean } = {}): FakeTable {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const t: FakeTable = {
      id: `t${this.state.nextId++}`,
      name: tableName,
      sheetId: sheet.id,
      rect: parseLocal(splitSheet(address).local) as Rect,
      style: "TableStyleMedium2",
      showTotals: options.showTotals === true,
    };
    this.state.tables.push(t);
    return t;
  }

  /**
   * Seeds a pivot table's place over cells already seeded with what it shows: its body at `address`
   * and, with `filters`, one filter row per field at `filterAddress` (Excel puts them above the body,
   * a blank row between).
   */
  seedPivot(
    sheetName: string,
    name: string,
    address: string,
    filters?: { address: string; fields: string[] },
  ): FakePivot {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const pivot: FakePivot = {
      name,
      rect: parseLocal(address) as Rect,
      ...(filters ? { filterRect: parseLocal(filters.address) as Rect } : {}),
      filterFields: filters?.fields ?? [],
    };
    sheet.pivots.push(pivot);
    return pivot;
  }

  /**
   * Merges `address` as a user merges cells in Excel (Home › Merge Cells): the top-left cell keeps
   * its value and the others are emptied (Excel's "Merging cells only keeps the upper-left value
   * and discards other values"); Range.values then gives "" for them, as for any empty cell.
   */
  seedMerge(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rect = parseLocal(address) as Rect;
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (r === rect.row && c === rect.col) continue;
        sheet.formulas.delete(key(r, c));
        setValue(sheet, r, c, null);
      }
    sheet.merges.push(rect);
  }

  /** Hides worksheet rows (1-based), by a filter (`filter`: the sheet gets one) or by hand. */
  seedHiddenRows(sheetName: string, rows: readonly number[], filter = false): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    for (const r of rows) sheet.hiddenRows.add(r - 1);
    sheet.autoFilter ||= filter;
  }

  /** A deep, comparable snapshot of everything the fake tracks (for "nothing changed" tests). */
  snapshot(): unknown {
    return {
      sheets: this.state.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        rows: s.rows.map((r) => {
          const row = r ? Array.from(r, (v) => (v === undefined || v === "" ? null : v)) : [];
          while (row.length > 0 && row[row.length - 1] === null) row.pop();
          return row.length > 0 ? row : null;
        }),
        formulas: [...s.formulas.entries()].sort(),
        numberFormats: [...s.numberFormats.entries()].sort(),
        fills: [...s.fills.entries()].sort(),
        fontColors: [...s.fontColors.entries()].sort(),
        bold: [...s.bold].sort(),
        columnWidths: [...s.columnWidths.entries()].sort(),
        frozenRows: s.frozenRows,
        validations: s.validations.map((v) => ({ ...v })),
        conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
        charts: s.charts.map((c) => ({ ...c })),
        pivots: s.pivots.map((p) => ({ ...p })),
        merges: s.merges.map((m) => ({ ...m })),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        autoFilter: s.autoFilter,
      })),
      tables: this.state.tables.map((t) => ({
        name: t.name,
        sheet: this.tableSheet(t).name,
        rect: t.rect,
        style: t.style,
        showTotals: t.showTotals === true,
      })),
      names: this.state.names.map((n) => ({ ...n })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  address(table: FakeTable): string {
    return formatAddress(this.tableSheet(table).name, table.rect);
  }
}
