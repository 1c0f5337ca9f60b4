/** `Range.format`: column width, fill, font (writes; reading colours is not implemented). */
import { key } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { FakeClientObject } from "./base";
import { FakeRange, type RangeEntity, forEachCell } from "./range";

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
