import type { Cell } from "./types";

/**
 * Text helpers shared by header mapping, list matching and duplicate detection. Kept free of
 * per-call regex construction: the rule engine calls them once per cell on 100k-row ranges.
 */

/** True for the characters String.prototype.trim removes (ASCII control/space, NBSP, BOM …). */
function mayBeSpace(code: number): boolean {
  return code <= 32 || code >= 127;
}

/**
 * `s.trim()`, skipping the call when neither end is a space: trim() is a runtime call that costs
 * more than the rest of a cell's checks, and almost no cell needs it.
 */
export function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  return mayBeSpace(s.charCodeAt(0)) || mayBeSpace(s.charCodeAt(n - 1)) ? s.trim() : s;
}

/** An empty cell: Excel's `""`, `null`, or text made of spaces only. */
export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  // Only pay for trim() when the first character could be a space.
  return mayBeSpace(cell.charCodeAt(0)) && cell.trim().length === 0;
}

/** Is every cell of the row blank? Stops at the first filled cell, so filled rows cost one check. */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;
const NOT_ASCII = /[\u0080-\uffff]/;

/** `Non-Profit ` → `nonprofit`: ignores case, spaces and punctuation (list spellings, partner names). */
export function normalizeKey(value: string): string {
  const lower = value.toLowerCase();
  // Unicode-aware matching is several times slower; most names are plain ASCII.
  return NOT_ASCII.test(lower) ? lower.replace(NOT_ALPHANUMERIC, "") : lower.replace(NOT_ASCII_ALPHANUMERIC, "");
}

/** ` food-01 ` → `FOOD-01`-equivalent key: ignores case and outer spaces only (Initiative IDs). */
export function trimCaseKey(value: string): string {
  return value.trim().toLowerCase();
}

/** A cell as text the way a person reads it (numbers without exponent noise, booleans as TRUE/FALSE). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell;
}

/** Excel's TRIM: outer spaces removed and inner runs of spaces collapsed to one (spaces only). */
export function excelTrim(value: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === " ") {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += " ";
      pendingSpace = false;
      out += ch;
    }
  }
  return out;
}

const MAX_QUOTED = 40;

/** `"lots"` for messages: quoted, shortened when long, so a message stays one readable line. */
export function quote(cell: Cell): string {
  const s = cellText(cell).replace(/\s+/g, " ").trim();
  const shown = s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED - 1)}…` : s;
  return `"${shown}"`;
}

/** `text` equals `lower` (lower-case ASCII) ignoring case, without allocating. */
function equalsIgnoringCase(text: string, lower: string): boolean {
  if (text.length !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** `text` from `offset` starts with `lower` (lower-case ASCII), ignoring case, without allocating. */
function startsIgnoringCase(text: string, offset: number, lower: string): boolean {
  if (text.length - offset < lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(offset + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Placeholders people type where a value is not known or not public (SPEC "Values as people write
 * them"): not values. Grouped by first character so a name costs one comparison.
 */
const PLACEHOLDERS: ReadonlyMap<number, readonly string[]> = (() => {
  const words = [
    "n/a",
    "na",
    "n.a.",
    "not applicable",
    "not available",
    "not provided",
    "not known",
    "null",
    "tbd",
    "tbc",
    "to be determined",
    "to be confirmed",
    "-",
    "--",
    "---",
    "—",
    "–",
    "?",
    "??",
    "???",
    "(blank)",
    "(none)",
    "(n/a)",
    "[blank]",
    "unknown",
    "vacant",
    "unk",
    "withheld",
  ];
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const first = w.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
  }
  return byFirst;
})();

/** PLACEHOLDERS of an ASCII first character, by that character (an array: no hashing per cell). */
const PLACEHOLDERS_ASCII: (readonly string[] | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  PLACEHOLDERS.get(c),
);

/** Per ASCII first character: bit n set when a placeholder of length n starts with it (all are < 32). */
const PLACEHOLDER_LENGTHS = (() => {
  const bits = new Uint32Array(128);
  for (const [first, words] of PLACEHOLDERS) {
    if (first < 128) for (const w of words) bits[first] |= 1 << w.length;
  }
  return bits;
})();

/** Excel's error values as Range.values and the .xlsx reader give them (BRIEF's contract). */
const EXCEL_ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/** An Excel error value (`#N/A`, `#REF!` …). */
export function isExcelError(cell: Cell): cell is string {
  return typeof cell === "string" && cell.charCodeAt(0) === 35 && EXCEL_ERRORS.has(trimmed(cell).toUpperCase());
}

/** First characters a placeholder can start with (ASCII, lower-cased): one array read rejects a name. */
const MAY_START_PLACEHOLDER = (() => {
  const flags = new Uint8Array(128);
  for (const first of PLACEHOLDERS.keys()) if (first < 128) flags[first] = 1;
  for (const c of "r[(") flags[c.charCodeAt(0)] = 1; // REDACTED, [REDACTED], (Redacted …)
  return flags;
})();

/** `N/A`, `TBD`, `-`, `(blank)`, `REDACTED …`: a placeholder, not a value. */
export function isPlaceholder(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  let first = cell.charCodeAt(0);
  if (first >= 65 && first <= 90) first += 32;
  // Most text fails here, before any trimming (a leading space takes the long way).
  if (
    first < 128
      ? MAY_START_PLACEHOLDER[first] === 0 && first > 32
      : first !== 0x2014 && first !== 0x2013 && first !== 0xa0
  ) {
    return false;
  }
  const text = trimmed(cell);
  first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) first += 32;
  if (first === 114 /* r */ || first === 91 /* [ */ || first === 40 /* ( */) {
    // REDACTED, [REDACTED], (Redacted – personal information)
    if (startsIgnoringCase(text, first === 114 ? 0 : 1, "redacted")) return true;
  }
  let words: readonly string[] | undefined;
  if (first < 128) {
    // An array read and a length test instead of a Map lookup: `No`, `Note for row 3` and
    // `Reach more residents` pass the first-character gate, and most of them stop here.
    const n = text.length;
    if (n >= 32 || (PLACEHOLDER_LENGTHS[first] & (1 << n)) === 0) return false;
    words = PLACEHOLDERS_ASCII[first];
  } else {
    words = PLACEHOLDERS.get(first);
  }
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) if (equalsIgnoringCase(text, words[i])) return true;
  return false;
}

/**
 * First characters (UTF-16 code < 128, either case) of text that may be a placeholder or an Excel
 * error, or may start with a space: a cell whose first character is not flagged (and is below 128)
 * is ordinary text, decided by one array read where the caller stands, without a call.
 */
export const MAY_BE_SPECIAL: Uint8Array = (() => {
  const flags = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (MAY_START_PLACEHOLDER[lower] === 1 || c <= 32 || c === 35 /* # */) flags[c] = 1;
  }
  return flags;
})();

/**
 * The rule engine's per-cell test for text that is not a value: 4 for a placeholder, 5 for an Excel
 * error (rows.ts PLACEHOLDER, ERROR_CELL), 0 for ordinary text. One character compared for most text.
 */
export function specialText(text: string): 0 | 4 | 5 {
  if (text.charCodeAt(0) === 35 && isExcelError(text)) return 5;
  return isPlaceholder(text) ? 4 : 0;
}
