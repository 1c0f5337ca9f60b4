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
    return {
      rule: this.writeOnly("custom.rule", {
        formula: (cf, f: string) => {
          cf.formula = f;
        },
      }),
      format: Object.assign(
        this.writeOnly("custom.format", {
          /** ConditionalRangeFormat.numberFormat (ExcelApi 1.6): the number format while the rule holds. */
          numberFormat: (cf, f: string) => {
            cf.numberFormat = f;
          },
        }),
        {
          fill: this.writeOnly("custom.format.fill", {
            color: (cf, c: string) => {
              cf.fill = c;
            },
          }),
          font: this.writeOnly("custom.format.font", {
            color: (cf, c: string) => {
              cf.fontColor = c;
            },
          }),
        },
      ),
    };
  }
}
