/** `context.workbook` and `workbook.application`. */
import type { FakeWorkbookState } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeClientObject, properties } from "./base";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeNamedItemCollection } from "./names";

export class FakeWorkbook extends FakeClientObject<FakeWorkbookState> {
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

/** Application properties: calculation is always automatic in the fake. */
const APPLICATION = properties<FakeWorkbookState>()({
  calculationMode: { read: (): string => "Automatic" },
});

export class FakeApplication extends clientObjectWith(APPLICATION) {
  calculations = 0;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state, "workbook.application");
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
