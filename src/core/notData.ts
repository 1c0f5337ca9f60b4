import { isBlank, trimmed } from "./text";
import type { Cell } from "./types";

/**
 * Rows inside a user's block that are not data (SPEC "Rows that are not data", rev 2): a Total or
 * Subtotal row (or an Excel table's totals row, which `tblX[#All]` includes), a label row inside the
 * data (`Q2 additions`: one text cell, the rest empty), and notes under the data. They are left out
 * of every check and every sum, and named once.
 */
export type LeftOutKind = "total" | "label" | "note";

export interface LeftOutRow {
  /** 0-based matrix row. */
  readonly row: number;
  readonly kind: LeftOutKind;
  /** The label as the row has it ("Grand total", "Q2 additions", "Source: city portal"). */
  readonly label: string;
  /** 0-based matrix column of the label. */
  readonly column: number;
}

/**
 * `Total`, `Totals`, `Subtotal`, `Sub-total`, `Grand total`, `Sum`, `Total:`, `Total - Parks`,
 * `Subtotal (Q1)`, `Total for FY2024`, `Total FY24`, `Parks total`: a label saying the row adds up
 * the rows above.
 * Not `Total Wine & More` (a business): after the word only a colon, a dash, for/of, or a year.
 */
const TOTAL_LABEL =
  /^(?:(?:grand|sub|sub-|sub )?totals?|sum)(?:\s*:.*|\s*[-–—].*|\s*\(.*|\s+(?:for\b|of\b|in\b|fy).*|\s+\d.*)?$|^[\p{L}\p{N} &/-]{0,40}\s(?:sub-?)?total:?$/iu;

/** Characters a total label can start or end with (lower-cased): a cheap gate before the pattern. */
function mayBeTotal(text: string): boolean {
  let c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) c += 32;
  if (c === 116 /* t */ || c === 115 /* s */ || c === 103 /* g */) return true;
  let last = text.charCodeAt(text.length - 1);
  if (last === 58 /* : */) last = text.charCodeAt(text.length - 2);
  return last === 108 || last === 76; // …total
}

export function isTotalLabel(text: string): boolean {
  // The cheap gate first: this runs on every data row's first cell.
  const t = trimmed(text);
  return t.length > 0 && t.length <= 60 && mayBeTotal(t) && TOTAL_LABEL.test(t);
}

/**
 * `END`, `End of data`, `*** END ***`: a marker a template puts under its rows (real: a Towns Fund
 * return's END row, in every column). Not `End Hunger Network`: the whole cell says it.
 */
const END_MARKER =
  /^[\s*#=\-–—_.]*end(?:\s+of(?:\s+the)?\s+(?:data|table|list|sheet|section|form|report|file|rows?))?[\s*#=\-–—_.]*$/i;

/**
 * Can an end marker begin this way? `en…`, or one of the characters a marker is framed with (spaces,
 * `*#=-–—_.`). A cheap gate before the pattern: this runs on every data row's first cell.
 */
function mayBeEndMarker(label: string): boolean {
  const c = label.charCodeAt(0);
  if ((c | 32) === 101 /* e */) return (label.charCodeAt(1) | 32) === 110; /* n */
  return (
    c === 32 ||
    c === 9 ||
    c === 160 ||
    c === 42 ||
    c === 35 ||
    c === 61 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 95 ||
    c === 46
  );
}

/** Is every filled cell of the row (from `first`, its first filled cell) an end-of-data marker? */
export function isEndMarkerRow(cells: readonly Cell[], first: number): boolean {
  const label = cells[first];
  if (typeof label !== "string" || label.length > 40 || !mayBeEndMarker(label)) return false;
  if (!END_MARKER.test(label)) return false;
  for (let i = first + 1; i < cells.length; i++) {
    const cell = cells[i];
    if (!isBlank(cell) && !(typeof cell === "string" && END_MARKER.test(cell))) return false;
  }
  return true;
}

/** The first non-blank cell of a row (-1 when none). */
export function firstFilled(cells: readonly Cell[]): number {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return i;
  return -1;
}

/** Is `column` the only non-blank cell of the row? */
export function onlyFilled(cells: readonly Cell[], column: number): boolean {
  for (let i = column + 1; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}
