/** `Range.dataValidation`: rules, prompts, alerts, clear. */
import { contains, intersects, sameRect, type Rect } from "./address";
import type { FakeValidation } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, properties } from "./base";
import { FakeRange, type RangeEntity } from "./range";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** The validations entirely inside these cells (what prompt, errorAlert and ignoreBlanks change). */
function within(e: RangeEntity): FakeValidation[] {
  return e.sheet.validations.filter((v) => contains(e.rect, v.rect));
}

/** Data validation properties (Excel.DataValidation). */
const DATA_VALIDATION = properties<RangeEntity>()({
  type: {
    read: (e): string => {
      const over = e.sheet.validations.filter((v) => intersects(v.rect, e.rect));
      if (over.length === 0) return "None";
      const last = over[over.length - 1];
      if (contains(last.rect, e.rect)) return last.type;
      return over.every((v) => v.type === last.type) ? last.type : "Inconsistent";
    },
  },
  ignoreBlanks: {
    read: (e): boolean => {
      const over = e.sheet.validations.filter((v) => intersects(v.rect, e.rect));
      return over.length ? over[over.length - 1].ignoreBlanks : true;
    },
    write: (e, b: boolean) => {
      for (const v of within(e)) v.ignoreBlanks = b;
    },
  },
  rule: {
    write: (e, rule: Record<string, unknown>, proxy) => {
      const kinds = Object.keys(rule ?? {}).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) {
        fail(ERROR_CODES.invalidArgument, "A data validation rule takes exactly one criterion");
      }
      if (kinds[0] === "list") {
        const source = String((rule.list as { source?: unknown }).source ?? "");
        const m = /^=([A-Za-z_\\][A-Za-z0-9_.\\]*)$/.exec(source);
        if (m && !proxy.context.state.names.some((n) => n.name.toLowerCase() === m[1].toLowerCase())) {
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
    },
  },
  prompt: {
    write: (e, p: Record<string, unknown>) => {
      for (const v of within(e)) v.prompt = { ...p };
    },
  },
  errorAlert: {
    write: (e, a: Record<string, unknown>) => {
      for (const v of within(e)) v.errorAlert = { ...a };
    },
  },
});

export class FakeDataValidation extends clientObjectWith(DATA_VALIDATION) {
  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, () => range.resolveOrNull(), `${range.location}.dataValidation`);
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
