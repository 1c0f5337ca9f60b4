/** Worksheets: the collection, one sheet (with the sheet-name rules), freeze panes. */
import { MAX_COLUMNS, MAX_ROWS, parseLocal, splitSheet } from "./address";
import { findSheet, newSheet, usedRect, type FakeSheet, type FakeWorkbookState, type Visibility } from "./state";
import { ERROR_CODES, fail } from "./errors";
import { FakeEvent } from "./events";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeClientObject, FakeKeyedCollection, type ItemLookup, properties } from "./base";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeChartCollection } from "./charts";
import { FakePivotTableCollection } from "./pivots";
import { FakeAutoFilter } from "./visibleCells";

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

export function checkSheetName(state: FakeWorkbookState, name: unknown, except?: FakeSheet): string {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || SHEET_FORBIDDEN.test(name)) {
    return fail(ERROR_CODES.invalidArgument, `'${String(name)}' is not a valid sheet name`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    return fail(ERROR_CODES.invalidArgument, `'${name}' is not a valid sheet name`);
  }
  const clash = findSheet(state, name);
  if (clash && clash !== except) fail(ERROR_CODES.itemAlreadyExists, `A sheet named '${name}' already exists`);
  return name;
}

export class FakeWorksheetCollection extends FakeKeyedCollection<string, FakeSheet, FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state.sheets, "workbook.worksheets");
  }

  protected itemProxy(entity: FakeSheet): FakeWorksheet {
    return FakeWorksheet.of(this.context, entity);
  }

  get onChanged(): FakeEvent {
    return this.nav("onChanged", () => new FakeEvent(this.context, this.context.host.handlers.changed, "onChanged"));
  }

  get onAdded(): FakeEvent {
    return this.nav("onAdded", () => new FakeEvent(this.context, this.context.host.handlers.added, "onAdded"));
  }

  protected readonly lookup: ItemLookup<string, FakeSheet, FakeWorksheet> = {
    Item: FakeWorksheet,
    at: "worksheets",
    find: (key) => lookupSheet(this.context.state, key) ?? null,
    notFound: (key) => `No worksheet named '${key}'`,
  };

  getActiveWorksheet(): FakeWorksheet {
    const ctx = this.context;
    return new FakeWorksheet(
      ctx,
      () => ctx.state.sheets.find((s) => s.id === ctx.state.activeSheetId) ?? ctx.state.sheets[0],
      "worksheets.getActiveWorksheet()",
    );
  }

  add(name?: string): FakeWorksheet {
    const ctx = this.context;
    let created: FakeSheet | undefined;
    ctx.queue(`worksheets.add(${JSON.stringify(name ?? "")})`, name ?? null, () => {
      const state = ctx.state;
      let n = name;
      if (n === undefined || n === null) {
        let i = state.sheets.length + 1;
        while (findSheet(state, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(state, n);
      created = newSheet(state, n);
      ctx.events.push({ type: "WorksheetAdded", worksheetId: created.id, source: "Local" });
    });
    return new FakeWorksheet(
      ctx,
      () => created ?? fail(ERROR_CODES.itemNotFound, `worksheet ${name ?? ""} was not added`),
      `worksheets.add(${JSON.stringify(name ?? "")})`,
    );
  }
}

function lookupSheet(state: FakeWorkbookState, keyOrName: string): FakeSheet | undefined {
  return state.sheets.find((s) => s.id === keyOrName) ?? findSheet(state, keyOrName);
}

function liveSheet(state: FakeWorkbookState, sheet: FakeSheet, location: string): FakeSheet {
  if (!state.sheets.includes(sheet)) fail(ERROR_CODES.itemNotFound, `${location}: the worksheet was deleted`);
  return sheet;
}

/** Worksheet properties (Excel.Worksheet). */
const WORKSHEET = properties<FakeSheet>()({
  id: { read: (e): string => e.id },
  name: {
    read: (e): string => e.name,
    write: (e, v: string, proxy) => {
      checkSheetName(proxy.context.state, v, e);
      e.name = v;
    },
  },
  visibility: {
    read: (e): Visibility => e.visibility,
    write: (e, v: Visibility, proxy) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) fail(ERROR_CODES.invalidArgument, `bad visibility ${v}`);
      const visible = proxy.context.state.sheets.filter((s) => s.visibility === "Visible" && s !== e);
      if (v !== "Visible" && visible.length === 0) {
        fail(ERROR_CODES.invalidOperation, "A workbook must keep at least one visible sheet");
      }
      e.visibility = v;
    },
  },
  /**
   * Worksheet.position: "the zero-based position of the worksheet within the workbook", settable
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member).
   * Setting it moves the sheet there. A position past the end is undocumented: here the sheet goes last.
   */
  position: {
    read: (e, proxy): number => proxy.context.state.sheets.indexOf(e),
    write: (e, v: number, proxy) => {
      const sheets = proxy.context.state.sheets;
      if (!Number.isInteger(v) || v < 0) fail(ERROR_CODES.invalidArgument, `bad position ${v}`);
      sheets.splice(sheets.indexOf(e), 1);
      sheets.splice(Math.min(v, sheets.length), 0, e);
    },
  },
});

export class FakeWorksheet extends clientObjectWith(WORKSHEET) {
  static of(ctx: FakeRequestContext, sheet: FakeSheet): FakeWorksheet {
    const loc = `worksheets[${JSON.stringify(sheet.name)}]`;
    return new FakeWorksheet(ctx, () => liveSheet(ctx.state, sheet, loc), loc);
  }

  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "tables") return this.tables as FakeClientObject<unknown>;
    if (prop === "charts") return this.charts as FakeClientObject<unknown>;
    if (prop === "pivotTables") return this.pivotTables as FakeClientObject<unknown>;
    return undefined;
  }

  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.context, this));
  }

  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this.context, this));
  }

  get pivotTables(): FakePivotTableCollection {
    return this.nav("pivotTables", () => new FakePivotTableCollection(this.context, this));
  }

  /** Worksheet.autoFilter (ExcelApi 1.9): its `enabled` only (visibleCells.ts). */
  get autoFilter(): FakeAutoFilter {
    return this.nav(
      "autoFilter",
      () => new FakeAutoFilter(this.context, () => this.resolveOrNull(), `${this.location}.autoFilter`),
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav("freezePanes", () => new FakeFreezePanes(this.context, this));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolveOrNull();
        if (sheet === null) return null;
        if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
        const { sheet: named, local } = splitSheet(address);
        if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
          fail(ERROR_CODES.invalidArgument, `${address} is not on ${sheet.name}`);
        }
        const rect = parseLocal(local) ?? fail(ERROR_CODES.invalidArgument, `'${address}' is not a valid address`);
        return { sheet, rect };
      },
      `${this.location}.getRange(${JSON.stringify(address ?? "")})`,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolveOrNull();
        if (sheet === null) return null;
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLUMNS
        ) {
          fail(ERROR_CODES.invalidArgument, `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`);
        }
        return { sheet, rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
      },
      `${this.location}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolveOrNull();
        if (sheet === null) return null;
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      `${this.location}.getUsedRangeOrNullObject(${valuesOnly})`,
      true,
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.entity();
        return { sheet, rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
      },
      `${this.location}.getUsedRange(${valuesOnly})`,
    );
  }

  activate(): void {
    this.queueCall("activate", null, (e) => {
      if (e.visibility !== "Visible") fail(ERROR_CODES.invalidOperation, `${e.name} is hidden`);
      this.context.state.activeSheetId = e.id;
    });
  }

  delete(): void {
    this.queueCall("delete", null, (e) => {
      const state = this.context.state;
      if (state.sheets.filter((s) => s.visibility === "Visible" && s !== e).length === 0) {
        fail(ERROR_CODES.invalidOperation, "cannot delete the last visible sheet");
      }
      state.sheets = state.sheets.filter((s) => s !== e);
      state.tables = state.tables.filter((t) => t.sheetId !== e.id);
    });
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  constructor(ctx: FakeRequestContext, sheet: FakeWorksheet) {
    super(ctx, () => sheet.resolveOrNull(), `${sheet.location}.freezePanes`);
  }
  freezeRows(count = 1): void {
    this.queueCall("freezeRows", count, (e) => {
      e.frozenRows = count;
    });
  }
  unfreeze(): void {
    this.queueCall("unfreeze", null, (e) => {
      e.frozenRows = 0;
    });
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolveOrNull();
        if (sheet === null || sheet.frozenRows === 0) return null;
        return { sheet, rect: { row: 0, col: 0, rows: sheet.frozenRows, cols: MAX_COLUMNS } };
      },
      `${this.location}.getLocationOrNullObject()`,
      true,
    );
  }
}
