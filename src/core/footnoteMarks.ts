/**
 * A footnote's mark alone in a cell, as printed statistical tables and financial statements set them in a
 * column of their own beside the notes under the data: `*`, `**`, `†`, `‡`, `#` (isMarkAlone), `(1)`,
 * `1/`, `(a)`, `a)`, `¹`, `§` — or the rule line (`___________`) drawn over those notes. No such cell is a
 * value a column holds: a column of them is no column of names.
 */
import { isRuleLine } from "./notData";
import { isMarkAlone } from "./text";
import type { Cell } from "./types";

/** `(1)`, `1/`, `(a)`, `a)`, `¹`, `§`: a mark that numbers or letters a footnote. */
const NUMBERED_MARK = /^\s*(?:\(\d{1,2}\)|\d{1,2}\/|\(?[a-z]\)|[¹²³⁴⁵⁶⁷⁸⁹⁰§¶]{1,3})\s*$/i;

export function isFootnoteMark(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  // (Most text is longer than any mark: decided on its length, before any pattern.)
  if (cell.length <= 6 && (isMarkAlone(cell) || NUMBERED_MARK.test(cell))) return true;
  return isRuleLine(cell);
}
