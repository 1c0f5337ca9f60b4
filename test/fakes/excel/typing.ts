/**
 * What Excel makes of a string written through `Range.values` or `Range.formulas` into a cell that
 * is not formatted as text (`@`): the same as if a user typed it, in the en-US locale.
 *
 * Documented:
 * - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula" (Excel.Range.values, ExcelApi 1.1 reference).
 * - The API parses with US conventions whatever the user's locale (office-js #1559, "by design"), and
 *   a date-like string becomes a date serial with a date format (office-js #229: writing
 *   '2018-12-31' gives numberFormat m/d/yyyy); `3/1/24` and `15-Feb` become dates (office-js #3256).
 * - A leading apostrophe is Excel's quote prefix: the rest is kept as text and the apostrophe is not
 *   part of the value (office-js #6687 shows `formulas` dropping it).
 * Not documented, modelled on typing into Excel: number-like text (`1,200`, `$1,200`, `(5)`, `50%`)
 * becomes a number, `TRUE`/`FALSE` a boolean, `@x` a formula (the implicit-intersection operator),
 * and a formula Excel cannot parse (`-$500 (refund)`) fails the write with InvalidArgument ("There's a
 * problem with this formula"), so the whole command fails (issue 11 reports the block failing).
 */
import type { FakeCell } from "./state";

export type Typed =
  | { kind: "value"; value: FakeCell; format?: string }
  | { kind: "formula"; formula: string }
  | { kind: "invalid"; text: string };

const NUMBER = /^([+-]?)\$?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(%?)$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Days since 1899-12-30 (Excel's 1900 date system, serial 1 = 1900-01-01 for dates after Feb 1900). */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const fullYear = (y: string): number =>
  y.length <= 2 ? (Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function asDate(s: string, thisYear: number): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s);
  if (m) return serial(m[3] ? fullYear(m[3]) : thisYear, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})(?:[- ](\d{2}|\d{4}))?$/.exec(s);
  if (m && monthOf(m[2]) > 0) return serial(m[3] ? fullYear(m[3]) : thisYear, monthOf(m[2]), Number(m[1]));
  m = /^([A-Za-z]{3,9})[- ](\d{1,2})(?:,? (\d{4}))?$/.exec(s);
  if (m && monthOf(m[1]) > 0) return serial(m[3] ? Number(m[3]) : thisYear, monthOf(m[1]), Number(m[2]));
  return undefined;
}

/** A conservative formula grammar: references, names, numbers, strings, operators, calls. */
function parsesAsFormula(body: string): boolean {
  const noStrings = body.replace(/"(?:[^"]|"")*"/g, '""');
  if (/"/.test(noStrings.replace(/""/g, ""))) return false;
  let depth = 0;
  for (const ch of noStrings) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  if (depth !== 0) return false;
  // A `$` marks an absolute reference ($A$1, A$1, $B$12: after a column letter the row's digits
  // follow it); before a bare number (`$500`, no column letter) it is no formula.
  if (/(?<![A-Za-z])\$\d/.test(noStrings)) return false;
  // Two operands side by side with a space (`500 (refund)`) is the intersection of non-ranges.
  if (/[\w)]\s+\(/.test(noStrings)) return false;
  return noStrings.trim().length > 0;
}

/** What typing `text` into a General-formatted cell gives. */
export function typeIntoCell(text: string, now: Date = new Date()): Typed {
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const s = text.trim();
  if (s === "") return { kind: "value", value: text === "" ? null : text };
  const n = NUMBER.exec(s);
  if (n && (n[2] !== undefined || n[4] !== undefined)) {
    const plain = s.replace(/[$,%]/g, "");
    const value = Number(plain) / (n[5] ? 100 : 1);
    return { kind: "value", value, format: s.includes("$") ? "$#,##0.00" : n[5] ? "0%" : undefined };
  }
  const paren = /^\((\$?[\d,]+(\.\d+)?)\)$/.exec(s);
  if (paren) return { kind: "value", value: -Number(paren[1].replace(/[$,]/g, "")) };
  if (/^(true|false)$/i.test(s)) return { kind: "value", value: s.toLowerCase() === "true" };
  const date = asDate(s, now.getUTCFullYear());
  if (date !== undefined) return { kind: "value", value: date, format: "m/d/yyyy" };
  if (s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
    const body = s.startsWith("=") ? s.slice(1) : s;
    if (!parsesAsFormula(body)) return { kind: "invalid", text };
    return { kind: "formula", formula: s.startsWith("=") ? s : `=${s}` };
  }
  return { kind: "value", value: text };
}
