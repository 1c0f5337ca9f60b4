/**
 * Client objects of the Excel fake: proxies that queue commands and read loaded properties, the
 * way Office.js does. Nothing touches the workbook state until `context.sync()`; reading a
 * property that was not loaded (and synced) throws `PropertyNotLoaded`; failures surface at sync
 * time with Excel's error codes, and the commands queued after the failing one do not run.
 * Only what the add-in's adapters use is implemented; anything else is absent or throws
 * `NotImplemented`, so a new adapter call fails loudly instead of passing against a lie.
 */
import {
  contains,
  formatAddress,
  formatLocal,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseLocal,
  sameRect,
  splitSheet,
  type Rect,
} from "./address";
import {
  findSheet,
  getValue,
  key,
  newSheet,
  setValue,
  tableBody,
  tableHeaders,
  usedRect,
  type FakeCell,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  type FakeValidation,
  type FakeWorkbookState,
  type Visibility,
} from "./state";
import { typeIntoCell, type Typed } from "./typing";

// ---------------------------------------------------------------------------------------------
// Errors

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  rangeExceedsLimit: "RangeExceedsLimit",
} as const;

const fail = (code: string, message: string, location?: string): never => {
  throw new FakeOfficeError(code, message, location);
};

// ---------------------------------------------------------------------------------------------
// Sizes

/** Approximate length of `JSON.stringify(v)` without building the string. */
export function approxJsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  switch (typeof v) {
    case "string":
      return v.length + 2;
    case "number":
      return String(v).length;
    case "boolean":
      return v ? 4 : 5;
    case "object": {
      if (Array.isArray(v)) {
        let n = 2 + Math.max(0, v.length - 1);
        for (const x of v) n += approxJsonBytes(x);
        return n;
      }
      return JSON.stringify(v)?.length ?? 4;
    }
    default:
      return 4;
  }
}

function cellCount(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0);
  return 1;
}

// ---------------------------------------------------------------------------------------------
// Context

export interface FakeHostApi {
  readonly state: FakeWorkbookState;
  sync(ctx: FakeRequestContext): Promise<void>;
  evaluate(sheet: FakeSheet, row: number, col: number, formula: string): FakeCell;
  /** Registered `worksheets.onChanged` / `onAdded` handlers (see `FakeEvent`). */
  readonly handlers: { readonly changed: Set<FakeHandler>; readonly added: Set<FakeHandler> };
}

/** What a `worksheets.onChanged` / `onAdded` handler receives (the fields the fake fills). */
export interface FakeEventArgs {
  readonly type: "WorksheetChanged" | "WorksheetAdded";
  readonly worksheetId: string;
  readonly address?: string;
  readonly changeType?: "RangeEdited";
  readonly source: "Local" | "Remote";
}

export type FakeHandler = (args: FakeEventArgs) => unknown;

/** `worksheets.onChanged`: `add(handler)` registers at the next sync; the result's `remove()` too. */
export class FakeEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly set: Set<FakeHandler>,
    private readonly name: string,
  ) {}
  add(handler: FakeHandler): { remove(): void } {
    this.context.queue(`worksheets.${this.name}.add()`, null, () => this.set.add(handler));
    return {
      remove: () => this.context.queue(`worksheets.${this.name}.remove()`, null, () => this.set.delete(handler)),
    };
  }
}

interface Op {
  readonly location: string;
  readonly bytes: number;
  readonly cells: number;
  readonly run: () => void;
}

let contextIds = 0;

export class FakeRequestContext {
  readonly id = ++contextIds;
  readonly workbook: FakeWorkbook;
  /** Commands queued since the last sync. */
  ops: Op[] = [];
  /** Bytes and cells loaded during the sync in progress. */
  response = { bytes: 0, cells: 0 };
  /** Events the sync in progress will raise once it has succeeded. */
  events: FakeEventArgs[] = [];
  /** The sync in progress ran `application.suspendApiCalculationUntilNextSync()`. */
  calculationSuspended = false;
  /** The sync in progress ran `application.calculate(…)`. */
  recalculated = false;
  syncs = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: FakeHostApi) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(location: string, payload: unknown, run: () => void): void {
    this.ops.push({ location, bytes: 60 + location.length + approxJsonBytes(payload), cells: cellCount(payload), run });
  }

  sync(): Promise<void> {
    return this.host.sync(this);
  }

  get state(): FakeWorkbookState {
    return this.host.state;
  }
}

/** `context.sync()`-time result of a method such as `getCount()`. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  constructor(private readonly location: string) {}
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) fail(ERROR_CODES.propertyNotLoaded, `${this.location}.value is not available before context.sync()`);
    return this.v as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Base proxy

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(option: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : option.select;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export abstract class FakeClientObject<E> {
  protected readonly cache = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => E | null,
    readonly location: string,
    nullable = false,
  ) {
    if (nullable) {
      context.queue(`${location}.isNullObject`, null, () => {
        this.nullState = this.resolveOrNull() === null;
      });
    }
  }

  /** Scalar properties loaded by a bare `load()`. */
  protected abstract readonly scalars: readonly string[];
  protected abstract read(entity: E, prop: string): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      fail(ERROR_CODES.propertyNotLoaded, `${this.location}.isNullObject is not available before context.sync()`);
    }
    return this.nullState as boolean;
  }

  /** Sync time: the entity, or null for a null object (and its descendants). */
  resolveOrNull(): E | null {
    return this.resolver();
  }

  /** Sync time: the entity, failing the batch for a null object. */
  entity(): E {
    const e = this.resolver();
    if (e === null) fail(ERROR_CODES.itemNotFound, `${this.location} does not exist (null object)`, this.location);
    return e as E;
  }

  private readonly navs = new Map<string, unknown>();
  /** Navigation properties return the same proxy every time, as in Office.js. */
  protected nav<T>(name: string, make: () => T): T {
    if (!this.navs.has(name)) this.navs.set(name, make());
    return this.navs.get(name) as T;
  }

  protected loaded<T>(prop: string): T {
    if (!this.cache.has(prop)) {
      fail(
        ERROR_CODES.propertyNotLoaded,
        `The property '${prop}' of ${this.location} is not available. Call load("${prop}") and context.sync() before reading it.`,
      );
    }
    return this.cache.get(prop) as T;
  }

  /** Navigation property for `load("a/b")` paths. */
  protected navigate(prop: string): FakeClientObject<unknown> | undefined {
    void prop;
    return undefined;
  }

  load(option?: LoadOption): this {
    const props = parseLoad(option);
    this.context.queue(`${this.location}.load(${props?.join(",") ?? ""})`, props ?? null, () => this.loadNow(props));
    return this;
  }

  /** Sync time: load `props` (all scalars when undefined) into the cache. */
  loadNow(props: readonly string[] | undefined): void {
    const e = this.resolveOrNull();
    if (e === null) {
      this.nullState = true;
      return;
    }
    const wanted = props ?? this.scalars;
    const nested = new Map<string, string[]>();
    for (const p of wanted) {
      const slash = p.indexOf("/");
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
        continue;
      }
      const nav = this.navigate(p);
      if (nav) {
        nav.loadNow(undefined);
        continue;
      }
      if (!this.scalars.includes(p)) fail(ERROR_CODES.invalidArgument, `${this.location} has no property '${p}'`);
      const v = this.read(e, p);
      this.cache.set(p, v);
      this.context.response.bytes += approxJsonBytes(v) + p.length + 3;
      this.context.response.cells += Array.isArray(v) ? cellCount(v) : 0;
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head);
      if (!nav) fail(ERROR_CODES.invalidArgument, `${this.location} has no navigation property '${head}'`);
      (nav as FakeClientObject<unknown>).loadNow(rest);
    }
  }

  protected queueSet(prop: string, value: unknown, apply: (e: E) => void): void {
    this.context.queue(`${this.location}.${prop}=`, value, () => apply(this.entity()));
  }

  protected queueCall(method: string, args: unknown, apply: (e: E) => void): void {
    this.context.queue(`${this.location}.${method}()`, args, () => apply(this.entity()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }
}

/** A collection: `items` after `load("items/name")` (or `load("name")`). */
abstract class FakeCollection<E, P extends FakeClientObject<E>> extends FakeClientObject<E[]> {
  private itemProxies: P[] | undefined;
  protected readonly scalars: readonly string[] = [];
  protected read(): unknown {
    return undefined;
  }
  protected abstract itemProxy(entity: E, index: number): P;

  get items(): P[] {
    if (!this.itemProxies) {
      fail(ERROR_CODES.propertyNotLoaded, `${this.location}.items is not available. Call load() and context.sync().`);
    }
    return this.itemProxies as P[];
  }

  override loadNow(props: readonly string[] | undefined): void {
    const entities = this.resolveOrNull() ?? [];
    const sub = props?.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    this.itemProxies = entities.map((e, i) => {
      const proxy = this.itemProxy(e, i);
      proxy.loadNow(sub && sub.length > 0 ? sub : undefined);
      return proxy;
    });
    this.context.response.bytes += 12;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>(`${this.location}.getCount()`);
    this.context.queue(`${this.location}.getCount()`, null, () => result.set(this.entity().length));
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Name rules

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

const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Table and defined-name rules (they share one namespace, case-insensitively). */
export function checkWorkbookName(state: FakeWorkbookState, name: unknown, except?: object): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    CELL_LIKE.test(name)
  ) {
    return fail(ERROR_CODES.invalidArgument, `'${String(name)}' is not a valid name`);
  }
  const lower = name.toLowerCase();
  const clash =
    state.tables.find((t) => t.name.toLowerCase() === lower && t !== except) ??
    state.names.find((n) => n.name.toLowerCase() === lower && n !== except);
  if (clash) fail(ERROR_CODES.itemAlreadyExists, `The name '${name}' is already used by a table or a defined name`);
  return name;
}

// ---------------------------------------------------------------------------------------------
// Workbook

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
  protected readonly scalars: readonly string[] = [];
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "workbook");
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, undefined);
    this.names = new FakeNamedItemCollection(ctx);
    this.application = new FakeApplication(ctx);
  }

  protected read(): unknown {
    return undefined;
  }

  getSelectedRange(): FakeRange {
    const ctx = this.context;
    return new FakeRange(
      ctx,
      () => {
        const sel = ctx.state.selection;
        const sheet = sel ? ctx.state.sheets.find((s) => s.id === sel.sheetId) : undefined;
        if (!sel || !sheet) return fail(ERROR_CODES.itemNotFound, "nothing is selected");
        return { sheet, rect: sel.rect };
      },
      "workbook.getSelectedRange()",
    );
  }
}

export class FakeApplication extends FakeClientObject<FakeWorkbookState> {
  protected readonly scalars: readonly string[] = ["calculationMode"];
  calculations = 0;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "workbook.application");
  }
  protected read(_e: FakeWorkbookState, prop: string): unknown {
    return prop === "calculationMode" ? "Automatic" : undefined;
  }
  calculate(calculationType: string): void {
    this.queueCall("calculate", calculationType, () => {
      this.context.recalculated = true;
    });
  }
  /**
   * "Suspends calculation until the next context.sync() is called" (Application, ExcelApi 1.6): the
   * fake records it on this sync's SyncRecord, so tests can assert that bulk writes suspend it.
   */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("suspendApiCalculationUntilNextSync", null, () => {
      this.context.calculationSuspended = true;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
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

  getItem(key: string): FakeWorksheet {
    const ctx = this.context;
    return new FakeWorksheet(
      ctx,
      () => lookupSheet(ctx.state, key) ?? fail(ERROR_CODES.itemNotFound, `No worksheet named '${key}'`),
      `worksheets.getItem(${JSON.stringify(key)})`,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ctx = this.context;
    return new FakeWorksheet(
      ctx,
      () => lookupSheet(ctx.state, key) ?? null,
      `worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
      true,
    );
  }

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

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly scalars: readonly string[] = ["id", "name", "visibility", "position"];

  static of(ctx: FakeRequestContext, sheet: FakeSheet): FakeWorksheet {
    const loc = `worksheets[${JSON.stringify(sheet.name)}]`;
    return new FakeWorksheet(ctx, () => liveSheet(ctx.state, sheet, loc), loc);
  }

  protected read(e: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "id":
        return e.id;
      case "name":
        return e.name;
      case "visibility":
        return e.visibility;
      case "position":
        return this.context.state.sheets.indexOf(e);
    }
    return undefined;
  }

  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "tables") return this.tables as FakeClientObject<unknown>;
    if (prop === "charts") return this.charts as FakeClientObject<unknown>;
    return undefined;
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queueSet("name", v, (e) => {
      checkSheetName(this.context.state, v, e);
      e.name = v;
    });
  }
  get visibility(): Visibility {
    return this.loaded("visibility");
  }
  set visibility(v: Visibility) {
    this.queueSet("visibility", v, (e) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) fail(ERROR_CODES.invalidArgument, `bad visibility ${v}`);
      const visible = this.context.state.sheets.filter((s) => s.visibility === "Visible" && s !== e);
      if (v !== "Visible" && visible.length === 0) {
        fail(ERROR_CODES.invalidOperation, "A workbook must keep at least one visible sheet");
      }
      e.visibility = v;
    });
  }
  get position(): number {
    return this.loaded("position");
  }

  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.context, this));
  }

  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this.context, this));
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
  protected readonly scalars: readonly string[] = [];
  constructor(ctx: FakeRequestContext, sheet: FakeWorksheet) {
    super(ctx, () => sheet.resolveOrNull(), `${sheet.location}.freezePanes`);
  }
  protected read(): unknown {
    return undefined;
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

// ---------------------------------------------------------------------------------------------
// Ranges

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

export class FakeRange extends FakeClientObject<RangeEntity> {
  protected readonly scalars: readonly string[] = [
    "address",
    "addressLocal",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
    "text",
  ];

  protected read(e: RangeEntity, prop: string): unknown {
    const { sheet, rect } = e;
    switch (prop) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "cellCount":
        return rect.rows * rect.cols;
      case "values":
      case "text":
      case "formulas":
      case "numberFormat": {
        if (rect.rows * rect.cols > 5_000_000) {
          fail(ERROR_CODES.rangeExceedsLimit, `${this.location}: reading more than 5,000,000 cells`);
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
            const v = f !== undefined ? this.context.host.evaluate(sheet, r, c, f) : getValue(sheet, r, c);
            row[j] = v === null ? "" : prop === "text" ? String(v) : v;
          }
          out.push(row);
        }
        return out;
      }
    }
    return undefined;
  }

  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "format") return this.format as FakeClientObject<unknown>;
    if (prop === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    if (prop === "dataValidation") return this.dataValidation as FakeClientObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get values(): FakeCell[][] {
    return this.loaded("values");
  }
  set values(v: unknown) {
    this.queueSet("values", v, (e) => this.write(e, v, "values"));
  }
  get formulas(): FakeCell[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown) {
    this.queueSet("formulas", v, (e) => this.write(e, v, "formulas"));
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.queueSet("numberFormat", v, (e) => {
      const grid = checkGrid(e.rect, v, "numberFormat");
      forEachCell(e.rect, (r, c, i, j) => {
        const f = grid ? grid[i][j] : v;
        if (f === null || f === undefined) return;
        if (f === "" || f === "General") e.sheet.numberFormats.delete(key(r, c));
        else e.sheet.numberFormats.set(key(r, c), String(f));
      });
    });
  }

  /**
   * Writing `values` or `formulas` is typing: a string into a cell formatted as text (`@`) stays
   * text; anywhere else Excel parses it (`typing.ts`: formulas for a leading = + - @, numbers, dates,
   * booleans; a leading apostrophe keeps the rest as text). Every cell is checked first, so a cell
   * Excel refuses fails the whole command and nothing of it is written.
   */
  private write(e: RangeEntity, v: unknown, what: "values" | "formulas"): void {
    const grid = checkGrid(e.rect, v, what);
    this.context.events.push({
      type: "WorksheetChanged",
      worksheetId: e.sheet.id,
      address: formatLocal(e.rect),
      changeType: "RangeEdited",
      source: "Local",
    });
    const state = this.context.state;
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

function bounded(rect: Rect): Rect {
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

function forEachCell(rect: Rect, f: (r: number, c: number, i: number, j: number) => void): void {
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

export class FakeRangeFormat extends FakeClientObject<RangeEntity> {
  protected readonly scalars: readonly string[] = ["columnWidth", "wrapText"];
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx, () => range.resolveOrNull(), `${range.location}.format`);
  }
  protected read(e: RangeEntity, prop: string): unknown {
    if (prop === "columnWidth") return e.sheet.columnWidths.get(e.rect.col) ?? 48;
    return false;
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (e) => {
      for (let j = 0; j < e.rect.cols; j++) e.sheet.columnWidths.set(e.rect.col + j, points);
    });
  }
  set wrapText(_v: boolean) {
    this.queueSet("wrapText", _v, () => undefined);
  }
  autofitColumns(): void {
    this.queueCall("autofitColumns", null, () => undefined);
  }
  get fill(): { color: string } {
    const self = this;
    return {
      get color(): string {
        return fail(ERROR_CODES.notImplemented, "reading fill.color is not implemented in the fake");
      },
      set color(v: string) {
        self.queueSet("fill.color", v, (e) => forEachCell(e.rect, (r, c) => e.sheet.fills.set(key(r, c), v)));
      },
    };
  }
  get font(): { color: string; bold: boolean } {
    const self = this;
    return {
      get color(): string {
        return fail(ERROR_CODES.notImplemented, "reading font.color is not implemented in the fake");
      },
      set color(v: string) {
        self.queueSet("font.color", v, (e) => forEachCell(e.rect, (r, c) => e.sheet.fontColors.set(key(r, c), v)));
      },
      get bold(): boolean {
        return fail(ERROR_CODES.notImplemented, "reading font.bold is not implemented in the fake");
      },
      set bold(v: boolean) {
        self.queueSet("font.bold", v, (e) =>
          forEachCell(e.rect, (r, c) => (v ? e.sheet.bold.add(key(r, c)) : e.sheet.bold.delete(key(r, c)))),
        );
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation and conditional formats

const RULE_TYPES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export class FakeDataValidation extends FakeClientObject<RangeEntity> {
  protected readonly scalars: readonly string[] = ["type", "ignoreBlanks"];
  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, () => range.resolveOrNull(), `${range.location}.dataValidation`);
  }
  protected read(e: RangeEntity, prop: string): unknown {
    const over = e.sheet.validations.filter((v) => intersects(v.rect, e.rect));
    if (prop === "ignoreBlanks") return over.length ? over[over.length - 1].ignoreBlanks : true;
    if (over.length === 0) return "None";
    const last = over[over.length - 1];
    if (contains(last.rect, e.rect)) return last.type;
    return over.every((v) => v.type === last.type) ? last.type : "Inconsistent";
  }
  get type(): string {
    return this.loaded("type");
  }
  set rule(rule: Record<string, unknown>) {
    this.queueSet("rule", rule, (e) => {
      const kinds = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) {
        fail(ERROR_CODES.invalidArgument, "A data validation rule takes exactly one criterion");
      }
      if (kinds[0] === "list") {
        const source = String((rule.list as { source?: unknown }).source ?? "");
        const m = /^=([A-Za-z_\\][A-Za-z0-9_.\\]*)$/.exec(source);
        if (m && !this.context.state.names.some((n) => n.name.toLowerCase() === m[1].toLowerCase())) {
          fail(ERROR_CODES.invalidArgument, `The list source ${source} is not a defined name`);
        }
        if (!source.startsWith("=") && source.length > 255)
          fail(ERROR_CODES.invalidArgument, "Inline lists are capped at 255 characters");
      }
      // Excel on the web refuses a rule over a range that holds other validation ("The argument is
      // invalid or missing or has an incorrect format", office-js #2594): clear first. Setting it
      // again over exactly the same cells replaces it (undocumented; what the add-in relies on is
      // only that clear() + rule works).
      if (e.sheet.validations.some((v) => intersects(v.rect, e.rect) && !sameRect(v.rect, e.rect))) {
        fail(ERROR_CODES.invalidArgument, "The argument is invalid or missing or has an incorrect format.");
      }
      e.sheet.validations = e.sheet.validations.filter((v) => !sameRect(e.rect, v.rect));
      e.sheet.validations.push({
        rect: e.rect,
        rule: JSON.parse(JSON.stringify(rule)),
        type: RULE_TYPES[kinds[0]],
        ignoreBlanks: true,
      });
    });
  }
  set prompt(p: Record<string, unknown>) {
    this.queueSet("prompt", p, (e) => {
      for (const v of this.within(e)) v.prompt = { ...p };
    });
  }
  set errorAlert(a: Record<string, unknown>) {
    this.queueSet("errorAlert", a, (e) => {
      for (const v of this.within(e)) v.errorAlert = { ...a };
    });
  }
  set ignoreBlanks(b: boolean) {
    this.queueSet("ignoreBlanks", b, (e) => {
      for (const v of this.within(e)) v.ignoreBlanks = b;
    });
  }
  private within(e: RangeEntity): FakeValidation[] {
    return e.sheet.validations.filter((v) => contains(e.rect, v.rect));
  }
  /** Removes validation from these cells only: a validation reaching beyond them keeps the rest. */
  clear(): void {
    this.queueCall("clear", null, (e) => {
      e.sheet.validations = e.sheet.validations.flatMap((v) =>
        intersects(v.rect, e.rect) ? subtract(v.rect, e.rect).map((rect) => ({ ...v, rect })) : [v],
      );
    });
  }
}

/** The parts of `a` outside `b`, as up to four rectangles (above, below, left, right). */
function subtract(a: Rect, b: Rect): Rect[] {
  const out: Rect[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (b.row > a.row) out.push({ ...a, rows: b.row - a.row });
  if (b.row + b.rows < a.row + a.rows) out.push({ ...a, row: b.row + b.rows, rows: a.row + a.rows - b.row - b.rows });
  if (b.col > a.col) out.push({ row: top, rows: bottom - top, col: a.col, cols: b.col - a.col });
  if (b.col + b.cols < a.col + a.cols) {
    out.push({ row: top, rows: bottom - top, col: b.col + b.cols, cols: a.col + a.cols - b.col - b.cols });
  }
  return out;
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat, FakeConditionalFormat_> {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(
      ctx,
      () => {
        const e = range.resolveOrNull();
        return e === null ? null : e.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, e.rect));
      },
      `${range.location}.conditionalFormats`,
    );
  }
  protected itemProxy(entity: FakeConditionalFormat, i: number): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this.context, () => entity, `${this.location}[${i}]`);
  }
  add(type: string): FakeConditionalFormat_ {
    let created: FakeConditionalFormat | undefined;
    this.context.queue(`${this.location}.add(${type})`, type, () => {
      if (type !== "Custom") fail(ERROR_CODES.notImplemented, `conditional format ${type} is not in the fake`);
      const e = this.range.entity();
      created = { rect: e.rect, type };
      e.sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat_(
      this.context,
      () => created ?? fail(ERROR_CODES.itemNotFound, "conditional format was not added"),
      `${this.location}.add(${type})`,
    );
  }
  clearAll(): void {
    this.context.queue(`${this.location}.clearAll()`, null, () => {
      const e = this.range.entity();
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, e.rect));
    });
  }
}

/** Excel.ConditionalFormat (custom rules only). */
export class FakeConditionalFormat_ extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalars: readonly string[] = ["type"];
  protected read(e: FakeConditionalFormat, prop: string): unknown {
    return prop === "type" ? e.type : undefined;
  }
  get type(): string {
    return this.loaded("type");
  }
  get custom(): {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string }; numberFormat: string };
  } {
    const self = this;
    const w = (prop: string, apply: (cf: FakeConditionalFormat) => void) =>
      self.queueSet(`custom.${prop}`, prop, apply);
    return {
      rule: {
        get formula(): string {
          return fail(ERROR_CODES.notImplemented, "reading custom.rule.formula is not implemented");
        },
        set formula(f: string) {
          w("rule.formula", (cf) => {
            cf.formula = f;
          });
        },
      },
      format: {
        /** ConditionalRangeFormat.numberFormat (ExcelApi 1.6): the number format while the rule holds. */
        get numberFormat(): string {
          return fail(ERROR_CODES.notImplemented, "reading a conditional number format is not implemented");
        },
        set numberFormat(f: string) {
          w("format.numberFormat", (cf) => {
            cf.numberFormat = f;
          });
        },
        fill: {
          get color(): string {
            return fail(ERROR_CODES.notImplemented, "reading a conditional fill is not implemented");
          },
          set color(c: string) {
            w("format.fill.color", (cf) => {
              cf.fill = c;
            });
          },
        },
        font: {
          get color(): string {
            return fail(ERROR_CODES.notImplemented, "reading a conditional font is not implemented");
          },
          set color(c: string) {
            w("format.font.color", (cf) => {
              cf.fontColor = c;
            });
          },
        },
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

function liveTable(state: FakeWorkbookState, t: FakeTable, location: string): FakeTable {
  if (!state.tables.includes(t)) fail(ERROR_CODES.itemNotFound, `${location}: the table was deleted`);
  return t;
}

function sheetOf(state: FakeWorkbookState, t: FakeTable): FakeSheet {
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

export class FakeTableCollection extends FakeCollection<FakeTable, FakeTableProxy> {
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

  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.context,
      () => this.find(name) ?? fail(ERROR_CODES.itemNotFound, `No table named '${name}'`),
      `${this.location}.getItem(${JSON.stringify(name)})`,
    );
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.context,
      () => this.find(name),
      `${this.location}.getItemOrNullObject(${JSON.stringify(name)})`,
      true,
    );
  }

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

export class FakeTableProxy extends FakeClientObject<FakeTable> {
  protected readonly scalars: readonly string[] = ["id", "name", "style", "showHeaders", "showTotals"];
  protected read(e: FakeTable, prop: string): unknown {
    switch (prop) {
      case "id":
        return e.id;
      case "name":
        return e.name;
      case "style":
        return e.style;
      case "showHeaders":
        return true;
      case "showTotals":
        return e.showTotals === true;
    }
    return undefined;
  }
  protected override navigate(prop: string): FakeClientObject<unknown> | undefined {
    if (prop === "worksheet") return this.worksheet as FakeClientObject<unknown>;
    if (prop === "columns") return this.columns as FakeClientObject<unknown>;
    return undefined;
  }
  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queueSet("name", v, (e) => {
      checkWorkbookName(this.context.state, v, e);
      e.name = v;
    });
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(v: string) {
    this.queueSet("style", v, (e) => {
      e.style = v;
    });
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
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
  set showTotals(v: boolean) {
    this.queueSet("showTotals", v, (t) => {
      if (Boolean(t.showTotals) === Boolean(v)) return;
      const sheet = sheetOf(this.context.state, t);
      if (v) {
        const row = t.rect.row + t.rect.rows;
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
          const occupied = (getValue(sheet, row, c) ?? "") !== "" || sheet.formulas.has(key(row, c));
          if (occupied) fail(ERROR_CODES.invalidOperation, "showTotals: the row below the table is not empty");
        }
        if (
          this.context.state.tables.some(
            (o) => o !== t && o.sheetId === t.sheetId && intersects(o.rect, { ...t.rect, row, rows: 1 }),
          )
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
    });
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

export interface TableColumnEntity {
  readonly table: FakeTable;
  readonly index: number;
  readonly name: string;
}

export class FakeTableColumnCollection extends FakeCollection<TableColumnEntity, FakeTableColumn> {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: FakeTableProxy,
  ) {
    super(
      ctx,
      () => {
        const t = table.resolveOrNull();
        return t === null ? null : tableHeaders(ctx.state, t).map((name, index) => ({ table: t, index, name }));
      },
      `${table.location}.columns`,
    );
  }
  protected itemProxy(entity: TableColumnEntity): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => entity,
      `${this.table.location}.columns[${JSON.stringify(entity.name)}]`,
    );
  }
  private find(k: string | number): TableColumnEntity | null {
    const all = this.resolveOrNull();
    if (all === null) return null;
    if (typeof k === "number") return all[k] ?? null;
    const lower = k.toLowerCase();
    return all.find((c) => c.name.toLowerCase() === lower) ?? null;
  }
  getItem(k: string | number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => this.find(k) ?? fail(ERROR_CODES.itemNotFound, `No column '${k}' in ${this.table.location}`),
      `${this.location}.getItem(${JSON.stringify(k)})`,
    );
  }
  getItemOrNullObject(k: string | number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => this.find(k),
      `${this.location}.getItemOrNullObject(${JSON.stringify(k)})`,
      true,
    );
  }
  getItemAt(i: number): FakeTableColumn {
    return this.getItem(i);
  }
  add(): never {
    return fail(ERROR_CODES.notImplemented, "columns.add is not in the fake: the builder widens tables with resize()");
  }
}

export class FakeTableColumn extends FakeClientObject<TableColumnEntity> {
  protected readonly scalars: readonly string[] = ["id", "index", "name"];
  protected read(e: TableColumnEntity, prop: string): unknown {
    return prop === "name" ? e.name : prop === "index" ? e.index : String(e.index + 1);
  }
  get name(): string {
    return this.loaded("name");
  }
  get index(): number {
    return this.loaded("index");
  }
  private part(name: string, rows: (t: FakeTable) => { row: number; rows: number }): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const c = this.resolveOrNull();
        if (c === null) return null;
        const t = c.table;
        return { sheet: sheetOf(this.context.state, t), rect: { ...rows(t), col: t.rect.col + c.index, cols: 1 } };
      },
      `${this.location}.${name}()`,
    );
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({ row: t.rect.row + 1, rows: tableBody(t).rows }));
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ row: t.rect.row, rows: 1 }));
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => ({ row: t.rect.row, rows: t.rect.rows }));
  }
}

// ---------------------------------------------------------------------------------------------
// Names

export class FakeNamedItemCollection extends FakeCollection<FakeName, FakeNamedItem> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state.names, "workbook.names");
  }
  protected itemProxy(entity: FakeName): FakeNamedItem {
    return new FakeNamedItem(this.context, () => entity, `names[${JSON.stringify(entity.name)}]`);
  }
  private find(name: string): FakeName | null {
    const lower = name.toLowerCase();
    return this.context.state.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => this.find(name) ?? fail(ERROR_CODES.itemNotFound, `No name '${name}'`),
      `names.getItem(${JSON.stringify(name)})`,
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => this.find(name),
      `names.getItemOrNullObject(${JSON.stringify(name)})`,
      true,
    );
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    let created: FakeName | undefined;
    const label = typeof reference === "string" ? reference : reference.location;
    this.context.queue(`names.add(${JSON.stringify(name)})`, [name, label, comment ?? ""], () => {
      const state = this.context.state;
      checkWorkbookName(state, name);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const e = reference.entity();
        formula = `=${formatAddress(e.sheet.name, e.rect).replace(/!(.*)$/, (_m, local: string) => `!${absolute(local)}`)}`;
      }
      created = { name, formula, comment: comment ?? "", visible: true };
      state.names.push(created);
    });
    return new FakeNamedItem(
      this.context,
      () => created ?? fail(ERROR_CODES.itemNotFound, "name was not added"),
      `names.add(${name})`,
    );
  }
}

function absolute(local: string): string {
  return formatLocal(parseLocal(local) as Rect, true);
}

export class FakeNamedItem extends FakeClientObject<FakeName> {
  protected readonly scalars: readonly string[] = ["name", "formula", "type", "visible", "comment", "value"];
  protected read(e: FakeName, prop: string): unknown {
    switch (prop) {
      case "name":
        return e.name;
      case "formula":
        return e.formula;
      case "type":
        return /^=('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(e.formula) ? "Range" : "String";
      case "visible":
        return e.visible;
      case "comment":
        return e.comment;
      case "value":
        return e.formula.slice(1);
    }
    return undefined;
  }
  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(f: string) {
    this.queueSet("formula", f, (e) => {
      e.formula = f.startsWith("=") ? f : `=${f}`;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(v: boolean) {
    this.queueSet("visible", v, (e) => {
      e.visible = v;
    });
  }
  delete(): void {
    this.queueCall("delete", null, (e) => {
      this.context.state.names = this.context.state.names.filter((n) => n !== e);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

interface ChartEntity {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

export class FakeChartCollection extends FakeCollection<ChartEntity, FakeChartProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(
      ctx,
      () => {
        const s = sheet.resolveOrNull();
        return s === null ? null : s.charts.map((chart) => ({ sheet: s, chart }));
      },
      `${sheet.location}.charts`,
    );
  }
  protected itemProxy(entity: ChartEntity): FakeChartProxy {
    return new FakeChartProxy(this.context, () => entity, `charts[${JSON.stringify(entity.chart.name)}]`);
  }
  private find(name: string): ChartEntity | null {
    const all = this.resolveOrNull();
    return all?.find((c) => c.chart.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(
      this.context,
      () => this.find(name) ?? fail(ERROR_CODES.itemNotFound, `No chart '${name}'`),
      `${this.location}.getItem(${JSON.stringify(name)})`,
    );
  }
  getItemOrNullObject(name: string): FakeChartProxy {
    return new FakeChartProxy(
      this.context,
      () => this.find(name),
      `${this.location}.getItemOrNullObject(${JSON.stringify(name)})`,
      true,
    );
  }
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: ChartEntity | undefined;
    this.context.queue(`${this.location}.add(${type})`, [type, sourceData.location, seriesBy], () => {
      const s = this.sheet.entity();
      const src = sourceData.entity();
      const chart: FakeChart = { name: `Chart ${s.charts.length + 1}`, type, source: formatLocal(src.rect), seriesBy };
      s.charts.push(chart);
      created = { sheet: s, chart };
    });
    return new FakeChartProxy(
      this.context,
      () => created ?? fail(ERROR_CODES.itemNotFound, "chart was not added"),
      `${this.location}.add(${type})`,
    );
  }
}

export class FakeChartProxy extends FakeClientObject<ChartEntity> {
  protected readonly scalars: readonly string[] = ["name", "chartType"];
  protected read(e: ChartEntity, prop: string): unknown {
    return prop === "name" ? e.chart.name : e.chart.type;
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queueSet("name", v, (e) => {
      e.chart.name = v;
    });
  }
  get title(): { text: string } {
    const self = this;
    return {
      get text(): string {
        return fail(ERROR_CODES.notImplemented, "reading chart.title.text is not implemented");
      },
      set text(v: string) {
        self.queueSet("title.text", v, (e) => {
          e.chart.title = v;
        });
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.queueCall("setPosition", [start, end ?? null], (e) => {
      e.chart.position = end === undefined ? { start } : { start, end };
    });
  }
  get series(): { getItemAt(i: number): { setXAxisValues(r: FakeRange): void } } {
    const self = this;
    return {
      getItemAt(i: number) {
        return {
          setXAxisValues(r: FakeRange) {
            self.queueCall(`series[${i}].setXAxisValues`, r.location, (e) => {
              e.chart.categories = formatLocal(r.entity().rect);
            });
          },
        };
      },
    };
  }
  delete(): void {
    this.queueCall("delete", null, (e) => {
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}

export type { FakeSheet, FakeTable };
