/** `Range.format`: column width, fill, font (writes; reading colours is not implemented). */
import { key } from "./state";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, properties } from "./base";
import { FakeRange, type RangeEntity, forEachCell } from "./range";

/** Range format properties (Excel.RangeFormat); fill and font are below, write-only. */
const RANGE_FORMAT = properties<RangeEntity>()({
  columnWidth: {
    read: (e): number => e.sheet.columnWidths.get(e.rect.col) ?? 48,
    write: (e, points: number) => {
      for (let j = 0; j < e.rect.cols; j++) e.sheet.columnWidths.set(e.rect.col + j, points);
    },
  },
  // Accepted and not modelled: nothing in the fake depends on wrapping.
  wrapText: { read: (): boolean => false, write: (): void => undefined },
});

export class FakeRangeFormat extends clientObjectWith(RANGE_FORMAT) {
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx, () => range.resolveOrNull(), `${range.location}.format`);
  }
  autofitColumns(): void {
    this.queueCall("autofitColumns", null, () => undefined);
  }
  get fill(): { color: string } {
    return this.writeOnly("fill", {
      color: (e, v: string) => forEachCell(e.rect, (r, c) => e.sheet.fills.set(key(r, c), v)),
    });
  }
  get font(): { color: string; bold: boolean; italic: boolean; size: number } {
    return this.writeOnly("font", {
      color: (e, v: string) => forEachCell(e.rect, (r, c) => e.sheet.fontColors.set(key(r, c), v)),
      bold: (e, v: boolean) =>
        forEachCell(e.rect, (r, c) => (v ? e.sheet.bold.add(key(r, c)) : e.sheet.bold.delete(key(r, c)))),
      // Excel.RangeFont.italic and .size (ExcelApi 1.1): accepted and not modelled, as wrapText —
      // nothing in the fake depends on them.
      italic: (_e, _v: boolean): void => undefined,
      size: (_e, _v: number): void => undefined,
    });
  }
}
