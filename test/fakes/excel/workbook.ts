/** `context.workbook` and `workbook.application`. */
import type { FakeWorkbookState } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { FakeClientObject } from "./base";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeNamedItemCollection } from "./names";

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
