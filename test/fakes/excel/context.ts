/**
 * The fake's request context: commands queue here until `context.sync()` hands them to the host
 * (`index.ts`), which runs them against the workbook state and counts sizes.
 */
import type { FakeCell, FakeSheet, FakeWorkbookState } from "./state";
import { approxJsonBytes, cellCount } from "./errors";
import type { FakeEventArgs, FakeHandler } from "./events";
import { FakeWorkbook } from "./workbook";

export interface FakeHostApi {
  readonly state: FakeWorkbookState;
  sync(ctx: FakeRequestContext): Promise<void>;
  evaluate(sheet: FakeSheet, row: number, col: number, formula: string): FakeCell;
  /** Registered `worksheets.onChanged` / `onAdded` handlers (see `FakeEvent`). */
  readonly handlers: { readonly changed: Set<FakeHandler>; readonly added: Set<FakeHandler> };
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
  /** Undoes what the sync in progress loaded into proxies, should the sync fail. */
  undoLoads: (() => void)[] = [];
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
