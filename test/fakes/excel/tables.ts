/** Tables: the collections (workbook and sheet), one table, its parts, resize. */
import { intersects, parseLocal, sameRect, splitSheet, type Rect } from "./address";
import {
  findSheet,
  getValue,
  key,
  setValue,
  tableBody,
  type FakeCell,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbookState,
} from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeClientObject, FakeKeyedCollection, type ItemLookup, properties } from "./base";
import { FakeWorksheet } from "./worksheet";
import { FakeRange } from "./range";
import { FakeTableColumnCollection } from "./tableColumns";
import { checkWorkbookName } from "./names";

function liveTable(state: FakeWorkbookState, t: FakeTable, location: string): FakeTable {
  if (!state.tables.includes(t)) fail(ERROR_CODES.itemNotFound, `${location}: the table was deleted`);
  return t;
}

export function sheetOf(state: FakeWorkbookState, t: FakeTable): FakeSheet {
  return state.sheets.find((s) => s.id === t.sheetId) as FakeSheet;
}

/** Excel makes table headers unique text: blanks become ColumnN, repeats get a number. */
function normaliseHeaders(sheet: FakeSheet, rect: Rect): void {
  const seen = new Set<string>();
  for (let j = 0; j < rect.cols; j++) {
    const c = rect.col + j;
    const raw = getValue(sheet, rect.row, c);
    let h = raw === null || raw === "" ? `Column${j + 1}` : String(raw);
    if (seen.has(h.toLowerCase())) {
      let n = 2;
      while (seen.has(`${h}${n}`.toLowerCase())) n++;
      h = `${h}${n}`;
    }
    seen.add(h.toLowerCase());
    sheet.formulas.delete(key(rect.row, c));
    setValue(sheet, rect.row, c, h);
  }
}

export class FakeTableCollection extends FakeKeyedCollection<string, FakeTable, FakeTableProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet | undefined,
  ) {
    super(
      ctx,
      () => {
        if (!sheet) return ctx.state.tables;
        const s = sheet.resolveOrNull();
        return s === null ? null : ctx.state.tables.filter((t) => t.sheetId === s.id);
      },
      sheet ? `${sheet.location}.tables` : "workbook.tables",
    );
  }

  protected itemProxy(entity: FakeTable): FakeTableProxy {
    const loc = `tables[${JSON.stringify(entity.name)}]`;
    return new FakeTableProxy(this.context, () => liveTable(this.context.state, entity, loc), loc);
  }

  private find(name: string): FakeTable | null {
    const all = this.resolveOrNull();
    if (all === null) return null;
    const lower = name.toLowerCase();
    return all.find((t) => t.name.toLowerCase() === lower || t.id === name) ?? null;
  }

  protected readonly lookup: ItemLookup<string, FakeTable, FakeTableProxy> = {
    Item: FakeTableProxy,
    find: (name) => this.find(name),
    notFound: (name) => `No table named '${name}'`,
  };

  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    const ctx = this.context;
    let created: FakeTable | undefined;
    const label = typeof address === "string" ? address : address.location;
    ctx.queue(`${this.location}.add(${JSON.stringify(label)})`, label, () => {
      const state = ctx.state;
      let sheet: FakeSheet;
      let rect: Rect;
      if (typeof address === "string") {
        const { sheet: named, local } = splitSheet(address);
        const own = this.sheet?.entity();
        sheet =
          (named !== undefined ? findSheet(state, named) : own) ??
          fail(ERROR_CODES.invalidArgument, `tables.add: no sheet in '${address}'`);
        if (own && sheet !== own) fail(ERROR_CODES.invalidArgument, `${address} is not on this sheet`);
        rect = parseLocal(local) ?? fail(ERROR_CODES.invalidArgument, `'${address}' is not a valid address`);
      } else {
        const e = address.entity();
        sheet = e.sheet;
        rect = e.rect;
      }
      if (!hasHeaders) fail(ERROR_CODES.notImplemented, "tables.add(…, false) is not implemented in the fake");
      if (rect.rows === 1) rect = { ...rect, rows: 2 }; // Excel gives a header-only table one empty row
      // Real Excel answers InvalidArgument, with a message in the user's language (office-js #1199).
      if (state.tables.some((t) => t.sheetId === sheet.id && intersects(t.rect, rect))) {
        fail(ERROR_CODES.invalidArgument, "A table can't overlap another table");
      }
      normaliseHeaders(sheet, rect);
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      created = { id: `t${state.nextId++}`, name: `Table${n}`, sheetId: sheet.id, rect, style: "TableStyleMedium2" };
      state.tables.push(created);
    });
    return new FakeTableProxy(
      ctx,
      () => created ?? fail(ERROR_CODES.itemNotFound, "table was not added"),
      `${this.location}.add(${JSON.stringify(label)})`,
    );
  }
}

/**
 * Shows or removes the totals row (Office.js `Table.showTotals`, ExcelApi 1.1: "can be set to show
 * or remove the total row"). Shown, it is a new last row of the table, so `getRange()` and
 * `[#All]` grow by one row and `getDataBodyRange()` does not. What it holds when shown again is
 * not documented for Office.js; Excel keeps each column's totals function and label in the table
 * definition (ECMA-376 tableColumn totalsRowFunction / totalsRowLabel), so the fake restores what
 * the row held when it was removed, and a first-time row gets Excel's "Total" label. The fake
 * refuses to show it over a row that holds values (undocumented: it does not guess what Excel does).
 */
function setShowTotals(state: FakeWorkbookState, t: FakeTable, v: boolean): void {
  if (Boolean(t.showTotals) === Boolean(v)) return;
  const sheet = sheetOf(state, t);
  if (v) {
    const row = t.rect.row + t.rect.rows;
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const occupied = (getValue(sheet, row, c) ?? "") !== "" || sheet.formulas.has(key(row, c));
      if (occupied) fail(ERROR_CODES.invalidOperation, "showTotals: the row below the table is not empty");
    }
    if (
      state.tables.some((o) => o !== t && o.sheetId === t.sheetId && intersects(o.rect, { ...t.rect, row, rows: 1 }))
    ) {
      fail(ERROR_CODES.invalidArgument, "A table can't overlap another table");
    }
    const memory = t.totalsMemory ?? ["Total"];
    memory.forEach((x, j) => {
      if (typeof x === "string" && x.startsWith("=")) sheet.formulas.set(key(row, t.rect.col + j), x);
      else setValue(sheet, row, t.rect.col + j, x);
    });
    t.rect = { ...t.rect, rows: t.rect.rows + 1 };
    t.showTotals = true;
  } else {
    const row = t.rect.row + t.rect.rows - 1;
    const memory: FakeCell[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      memory.push(sheet.formulas.get(key(row, c)) ?? getValue(sheet, row, c));
      sheet.formulas.delete(key(row, c));
      setValue(sheet, row, c, null);
    }
    t.totalsMemory = memory;
    t.rect = { ...t.rect, rows: t.rect.rows - 1 };
    t.showTotals = false;
  }
}

/** Table properties (Excel.Table). */
const TABLE = properties<FakeTable>()({
  id: { read: (e): string => e.id },
  name: {
    read: (e): string => e.name,
    write: (e, v: string, proxy) => {
      checkWorkbookName(proxy.context.state, v, e);
      e.name = v;
    },
  },
  style: {
    read: (e): string => e.style,
    write: (e, v: string) => {
      e.style = v;
    },
  },
  showHeaders: { read: (): boolean => true },
  showTotals: {
    read: (e): boolean => e.showTotals === true,
    write: (t, v: boolean, proxy) => setShowTotals(proxy.context.state, t, v),
  },
});

export class FakeTableProxy extends clientObjectWith(TABLE) {
  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    if (prop === "columns") return this.columns as FakeClientObject<unknown>;
    return undefined;
  }
  get worksheet(): FakeWorksheet {
    const ctx = this.context;
    return this.nav(
      "worksheet",
      () =>
        new FakeWorksheet(
          ctx,
          () => {
            const t = this.resolveOrNull();
            return t === null ? null : sheetOf(ctx.state, t);
          },
          `${this.location}.worksheet`,
        ),
    );
  }
  get columns(): FakeTableColumnCollection {
    return this.nav("columns", () => new FakeTableColumnCollection(this.context, this));
  }
  get rows(): never {
    return fail(
      ERROR_CODES.notImplemented,
      "TableRowCollection is deliberately missing from the fake: write 2-D blocks (rows.add causes co-authoring merge conflicts)",
    );
  }
  private part(name: string, f: (t: FakeTable) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.resolveOrNull();
        return t === null ? null : { sheet: sheetOf(this.context.state, t), rect: f(t) };
      },
      `${this.location}.${name}()`,
    );
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ ...t.rect, rows: 1 }));
  }
  /** The data rows only: never the header or the totals row (Office.js `Table.getDataBodyRange`). */
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => tableBody(t));
  }
  /**
   * The totals row (Office.js `Table.getTotalRowRange`, ExcelApi 1.1). What Excel does when the row
   * is not shown is not documented; the fake fails the batch with ItemNotFound, so adapters check
   * `showTotals` first.
   */
  getTotalRowRange(): FakeRange {
    return this.part("getTotalRowRange", (t) =>
      t.showTotals
        ? { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }
        : fail(ERROR_CODES.itemNotFound, `${t.name} has no totals row (showTotals is false)`),
    );
  }
  resize(newRange: string | FakeRange): void {
    const label = typeof newRange === "string" ? newRange : newRange.location;
    this.queueCall("resize", label, (t) => {
      const state = this.context.state;
      const sheet = sheetOf(state, t);
      let rect: Rect;
      if (typeof newRange === "string") {
        const { sheet: named, local } = splitSheet(newRange);
        if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
          fail(ERROR_CODES.invalidArgument, "resize: the new range is on another sheet");
        }
        rect = parseLocal(local) ?? fail(ERROR_CODES.invalidArgument, `'${newRange}' is not a valid address`);
      } else {
        const e = newRange.entity();
        if (e.sheet !== sheet) fail(ERROR_CODES.invalidArgument, "resize: the new range is on another sheet");
        rect = e.rect;
      }
      if (rect.row !== t.rect.row || !intersects(rect, t.rect) || rect.rows < 2) {
        fail(ERROR_CODES.invalidArgument, "resize: the headers must stay in the same row and the ranges must overlap");
      }
      // Which row becomes the totals row when a table with one grows or shrinks is not documented;
      // the fake allows only widening it (same rows, totals row last) and makes adapters turn
      // showTotals off around a change of height.
      if (t.showTotals && rect.rows !== t.rect.rows) {
        fail(
          ERROR_CODES.notImplemented,
          "resize of a table with a totals row to another height: turn showTotals off first",
        );
      }
      // InvalidArgument, as tables.add says it (office-js #1199); for resize this is not documented.
      if (state.tables.some((o) => o !== t && o.sheetId === t.sheetId && intersects(o.rect, rect))) {
        fail(ERROR_CODES.invalidArgument, "A table can't overlap another table");
      }
      const old = t.rect;
      // Validation and conditional formats that cover a whole column's body grow with the table.
      const oldBody = (c: number): Rect => ({ ...tableBody(t), col: c, cols: 1 });
      const newBody = (c: number): Rect => ({ ...tableBody({ ...t, rect }), col: c, cols: 1 });
      for (let c = Math.max(old.col, rect.col); c < Math.min(old.col + old.cols, rect.col + rect.cols); c++) {
        for (const v of sheet.validations) if (sameRect(v.rect, oldBody(c))) v.rect = newBody(c);
        for (const cf of sheet.conditionalFormats) if (sameRect(cf.rect, oldBody(c))) cf.rect = newBody(c);
      }
      t.rect = rect;
      normaliseHeaders(sheet, { ...rect, rows: 1 });
    });
  }
}
