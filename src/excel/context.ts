/**
 * The one place that calls `Excel.run`, and the small helpers every adapter shares. Everything
 * else in src/excel takes a `RequestContext`, so a caller can compose adapters in one batch and
 * tests can hand in the fake's context.
 */
import { columnLetter } from "../schema";

/** Runs `fn` in a fresh Excel request context (the only `Excel.run` in the add-in). */
export function run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(fn);
}

/** Excel's error code (`ItemAlreadyExists`, `ItemNotFound` …) of a failed sync, if any. */
export function excelErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return undefined;
}

/** Progress for the task pane: a short label and a fraction 0–1. */
export type Progress = (step: string, fraction: number) => void;

/** `'Lists (tracker)'` quoted for a formula when its name needs it. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** 0-based column index → letters (the schema's `columnLetter` counts from 1). */
export function letters(index0: number): string {
  return columnLetter(index0 + 1);
}

/** A1 address of a 0-based rectangle, without the sheet. */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const first = `${letters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${letters(col + cols - 1)}${row + rows}`;
}

/** Strips the sheet from `Sheet1!A1:B2`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
