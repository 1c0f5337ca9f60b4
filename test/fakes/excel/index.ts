/**
 * An in-memory Excel for tests: `createFakeExcel()` returns an `Excel` namespace (run, enums,
 * error codes) whose request contexts behave like Office.js where it matters — properties are
 * unreadable until `load` + `sync`, writes wait for `sync`, failures carry Excel's error codes,
 * name rules hold — plus counters (syncs, request and response sizes) and a hook that applies a
 * remote co-author's edit between two syncs. Plain TypeScript, no Node imports: the browser
 * tests bundle it and call `install(window)` so the task pane's `Excel.run` lands here.
 */
import {
  ERROR_CODES,
  FakeOfficeError,
  FakeRequestContext,
  approxJsonBytes,
  type FakeEventArgs,
  type FakeHandler,
  type FakeHostApi,
} from "./client";
import { formatLocal, parseLocal, type Rect } from "./address";
import { emptyWorkbook, FakeWorkbookInspector, type FakeCell, type FakeSheet, type FakeWorkbookState } from "./state";

export * from "./address";
export * from "./state";
export { ERROR_CODES, FakeOfficeError, FakeRequestContext, approxJsonBytes, type FakeEventArgs } from "./client";
export * from "./customFunctions";

/** Excel on the web's limits (ENGINEERING.md): 5 MB per request and per response, 5M cells per read. */
export const WEB_LIMITS = { requestBytes: 5_000_000, responseBytes: 5_000_000, cells: 5_000_000 } as const;

export interface FakeExcelOptions {
  /** Starting sheets of a new workbook (default `["Sheet1"]`); ignored when `state` is given. */
  sheets?: readonly string[];
  /** Share one workbook between several fakes (two co-authors' add-ins). */
  state?: FakeWorkbookState;
  /** Enforce size limits like Excel on the web (default); `false` only counts. */
  limits?: { requestBytes: number; responseBytes: number; cells: number } | false;
  /** Value of a formula cell when read through `values` (default: null, read back as ""). */
  evaluate?: (sheet: FakeSheet, row: number, col: number, formula: string) => FakeCell;
}

export interface SyncRecord {
  /** Which request context (1, 2 … per fake) sent it. */
  readonly context: number;
  /** Approximate JSON size of the queued commands. */
  readonly bytes: number;
  /** Approximate JSON size of what came back (loaded properties). */
  responseBytes: number;
  /** Cells written plus cells read. */
  cells: number;
  readonly commands: number;
  /** Excel did not recalculate for this sync (`application.suspendApiCalculationUntilNextSync()`). */
  calculationSuspended: boolean;
  /** The sync ran `application.calculate(…)`. */
  recalculated: boolean;
}

export interface FakeStats {
  syncs: number;
  requests: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Commands still queued when an `Excel.run` batch returned (Excel.run then syncs them, as office.js does). */
  finalSyncCommands: number;
}

export interface BeforeSyncInfo {
  /** The context about to sync. */
  readonly context: number;
  /** 1-based: this context's first sync is 1. */
  readonly sync: number;
  readonly workbook: FakeWorkbookInspector;
}

export type BeforeSyncHook = (info: BeforeSyncInfo) => void | Promise<void>;

const ENUMS = {
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  SpecialCellType: { visible: "Visible" },
  ConditionalFormatType: { custom: "Custom" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  DataValidationType: { none: "None", list: "List", decimal: "Decimal", date: "Date", custom: "Custom" },
  ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
} as const;

export interface FakeExcel {
  /** Namespace-like object: `Excel.run`, enums and `ErrorCodes`. */
  readonly Excel: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    run<T>(options: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    readonly ErrorCodes: typeof ERROR_CODES;
  } & typeof ENUMS;
  readonly state: FakeWorkbookState;
  readonly workbook: FakeWorkbookInspector;
  readonly stats: FakeStats;
  /** Runs before every sync's commands apply (any context); returns an unsubscribe function. */
  onBeforeSync(hook: BeforeSyncHook): () => void;
  /** A bare request context, for adapters that take one (remember: nobody syncs it for you). */
  newContext(): Excel.RequestContext;
  /** Zeroes the counters. */
  resetStats(): void;
  /**
   * A remote co-author's edit: writes `values` at `address` (A1, top-left or full) on `sheet` now,
   * and raises `worksheets.onChanged` with source "Remote" to every registered handler.
   */
  remoteEdit(sheet: string, address: string, values: readonly (readonly FakeCell[])[]): void;
  /** Sets `Excel` (and, with `office`, a minimal `Office` that reports an Excel host) on `target`. */
  install(target: object, options?: { office?: boolean }): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.state ?? emptyWorkbook(options.sheets);
  const limits = options.limits === undefined ? WEB_LIMITS : options.limits;
  const workbook = new FakeWorkbookInspector(state);
  const hooks: BeforeSyncHook[] = [];
  const stats: FakeStats = { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0, finalSyncCommands: 0 };

  const handlers = { changed: new Set<FakeHandler>(), added: new Set<FakeHandler>() };
  const host: FakeHostApi = {
    state,
    handlers,
    evaluate: options.evaluate ?? (() => null),
    async sync(ctx: FakeRequestContext): Promise<void> {
      // Let other contexts run first, as a round trip to Excel would.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      ctx.syncs++;
      for (const hook of [...hooks]) await hook({ context: ctx.id, sync: ctx.syncs, workbook });
      const ops = ctx.ops;
      ctx.ops = [];
      ctx.response = { bytes: 0, cells: 0 };
      ctx.events = [];
      ctx.calculationSuspended = false;
      ctx.recalculated = false;
      const record: SyncRecord = {
        context: ctx.id,
        bytes: 20 + ops.reduce((n, op) => n + op.bytes, 0),
        responseBytes: 0,
        cells: ops.reduce((n, op) => n + op.cells, 0),
        commands: ops.length,
        calculationSuspended: false,
        recalculated: false,
      };
      stats.syncs++;
      stats.requests.push(record);
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, record.bytes);
      if (limits && record.bytes > limits.requestBytes) {
        throw new FakeOfficeError(
          ERROR_CODES.requestPayloadSizeLimitExceeded,
          `The request payload size (${record.bytes} bytes) has exceeded the limit`,
        );
      }
      ctx.undoLoads = [];
      try {
        try {
          for (const op of ops) {
            try {
              op.run();
            } catch (e) {
              if (e instanceof FakeOfficeError) {
                e.debugInfo.errorLocation ??= op.location;
                throw e;
              }
              throw new FakeOfficeError(ERROR_CODES.generalException, `${op.location}: ${String(e)}`, op.location);
            }
          }
        } finally {
          record.calculationSuspended = ctx.calculationSuspended;
          record.recalculated = ctx.recalculated;
          record.responseBytes = 20 + ctx.response.bytes;
          record.cells += ctx.response.cells;
          stats.maxResponseBytes = Math.max(stats.maxResponseBytes, record.responseBytes);
        }
        if (limits && record.responseBytes > limits.responseBytes) {
          throw new FakeOfficeError(
            ERROR_CODES.responsePayloadSizeLimitExceeded,
            `The response payload size (${record.responseBytes} bytes) has exceeded the limit`,
          );
        }
        if (limits && ctx.response.cells > limits.cells) {
          throw new FakeOfficeError(ERROR_CODES.rangeExceedsLimit, `More than ${limits.cells} cells were read`);
        }
      } catch (e) {
        // A failed sync delivers no response, so nothing loaded in it is available after it: a
        // proxy loaded in a batch Excel refused still throws PropertyNotLoaded. (Undocumented as
        // such; it follows from the response being refused whole — "The response payload size has
        // exceeded the limit", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.)
        for (const undo of ctx.undoLoads.reverse()) undo();
        throw e;
      }
      raise(ctx.events);
    },
  };

  /** Events fire after the sync that caused them, asynchronously, as Excel's do. */
  function raise(events: readonly FakeEventArgs[]): void {
    for (const e of events) {
      const set = e.type === "WorksheetChanged" ? handlers.changed : handlers.added;
      for (const h of [...set]) setTimeout(() => void h(e), 0);
    }
  }

  const newContext = (): Excel.RequestContext => new FakeRequestContext(host) as unknown as Excel.RequestContext;

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (context: Excel.RequestContext) => Promise<T>;
    const ctx = newContext();
    const result = await batch(ctx);
    // Like office.js: Excel.run syncs whatever the batch left queued (only when it succeeded).
    const pending = (ctx as unknown as FakeRequestContext).ops.length;
    if (pending > 0) {
      stats.finalSyncCommands += pending;
      await ctx.sync();
    }
    return result;
  }

  const Excel = { run, ErrorCodes: ERROR_CODES, ...ENUMS } as FakeExcel["Excel"];

  return {
    Excel,
    state,
    workbook,
    stats,
    onBeforeSync(hook) {
      hooks.push(hook);
      return () => {
        const i = hooks.indexOf(hook);
        if (i >= 0) hooks.splice(i, 1);
      };
    },
    newContext,
    remoteEdit(sheetName, address, values) {
      const sheet = workbook.seedSheet(sheetName, values, address.split(":")[0]);
      const rows = values.length;
      const cols = Math.max(0, ...values.map((r) => r.length));
      const top = parseLocal(address.split(":")[0]) as Rect;
      raise([
        {
          type: "WorksheetChanged",
          worksheetId: sheet.id,
          address: formatLocal({ row: top.row, col: top.col, rows: Math.max(1, rows), cols: Math.max(1, cols) }),
          changeType: "RangeEdited",
          source: "Remote",
        },
      ]);
    },
    resetStats() {
      Object.assign(stats, { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0, finalSyncCommands: 0 });
    },
    install(target, opts) {
      const t = target as Record<string, unknown>;
      t.Excel = Excel;
      if (opts?.office) {
        t.Office = {
          HostType: { Excel: "Excel" },
          PlatformType: { OfficeOnline: "OfficeOnline" },
          onReady: (cb?: (info: { host: string; platform: string }) => void) => {
            const info = { host: "Excel", platform: "OfficeOnline" };
            cb?.(info);
            return Promise.resolve(info);
          },
          context: { requirements: { isSetSupported: () => true } },
        };
      }
    },
  };
}

/** Size of a JSON payload as the fake counts it (exported for benches). */
export const jsonBytes = approxJsonBytes;
