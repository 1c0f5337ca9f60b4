import { approxJsonBytes } from "./client";

/**
 * How Excel hands a range to a custom function — the part of the contract the Excel fake's
 * `Range` API does not cover, because a formula cell, not an add-in's batch, makes the call.
 *
 * - Error cells. A range whose cells hold errors reaches the function only when functions.json sets
 *   `allowErrorForDataTypeAny` (docs: "Handle and return errors from your custom function", errors as
 *   inputs; "Manually create JSON metadata for custom functions"); the cell then arrives as an error
 *   object whose `code` is the error text. Without the flag Excel does not call the function and the
 *   formula shows the error itself.
 * - Linked data types arrive as entity objects ({ type: "Entity", text, properties }) because
 *   generated metadata has `allowCustomDataForDataTypeAny` on (Excel.EntityCellValue).
 * - Size. Excel on the web limits a custom function's payload to about 5 MB (office-js #4654, a
 *   maintainer: "existing platform constraint … by design"; #2786, a large matrix stays at #BUSY!;
 *   office-js-docs-pr #5333: the limit is for Excel on the web only). What exactly a cell shows past it
 *   is not documented — #BUSY! forever (#2786) or a failure to calculate (#4654) — so the fake says
 *   "not called" with the size, and measures the payload as the JSON of the arguments.
 */

/** Excel's error values as `Range.values` gives them (Range.values reference: errors read as text). */
const ERROR_TEXT =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

export const WEB_ARGUMENT_BYTES = 5_000_000;

/** A cell as the fake's workbook holds it, or a linked data type the test puts in a range. */
export type FakeArgumentCell = string | number | boolean | null | { readonly type: "Entity"; readonly text: string };

export interface CustomFunctionCallOptions {
  /** Excel on the web enforces the ~5 MB payload limit; desktop Excel does not (docs-pr #5333). */
  readonly platform: "web" | "desktop";
  /** The top-level flag of functions.json (the build sets it: scripts/functions-metadata.js). */
  readonly allowErrorForDataTypeAny: boolean;
}

export type CustomFunctionCall<R> =
  | { readonly called: true; readonly result: R; readonly payloadBytes: number }
  | { readonly called: false; readonly shows: string; readonly reason: string; readonly payloadBytes: number };

function isMatrix(a: unknown): a is FakeArgumentCell[][] {
  return Array.isArray(a) && a.every((r) => Array.isArray(r));
}

/** The argument as the function receives it: error cells as error objects, entities as they are. */
function asHanded(cell: FakeArgumentCell): unknown {
  return typeof cell === "string" && ERROR_TEXT.test(cell) ? { code: cell, message: undefined } : cell;
}

/**
 * Calls `fn` the way a formula cell would, with `args` read from the workbook (matrices for range
 * arguments, `null` for an omitted optional one, as Excel passes it). Exceptions propagate, as the
 * function's own #VALUE!/#N/A would.
 */
export function callAsExcel<R>(
  fn: (...args: any[]) => R,
  args: readonly unknown[],
  options: CustomFunctionCallOptions,
): CustomFunctionCall<R> {
  const payloadBytes = approxJsonBytes(args);
  const firstError = args
    .filter(isMatrix)
    .flatMap((m) => m.flat())
    .find((c) => typeof c === "string" && ERROR_TEXT.test(c));
  if (firstError !== undefined && !options.allowErrorForDataTypeAny) {
    return { called: false, shows: String(firstError), reason: "an error cell in a range argument", payloadBytes };
  }
  if (options.platform === "web" && payloadBytes > WEB_ARGUMENT_BYTES) {
    return { called: false, shows: "#BUSY!", reason: `arguments of ${payloadBytes} bytes (over ~5 MB)`, payloadBytes };
  }
  const handed = args.map((a) => (isMatrix(a) ? a.map((r) => r.map(asHanded)) : a));
  return { called: true, result: fn(...handed), payloadBytes };
}
