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
