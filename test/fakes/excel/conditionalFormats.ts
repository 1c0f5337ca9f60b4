/** `Range.conditionalFormats`: custom rules only. */
import { intersects } from "./address";
import type { FakeConditionalFormat } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeCollection, properties } from "./base";
import { FakeRange } from "./range";

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
const CONDITIONAL_FORMAT = properties<FakeConditionalFormat>()({
  type: { read: (e): string => e.type },
});

export class FakeConditionalFormat_ extends clientObjectWith(CONDITIONAL_FORMAT) {
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
