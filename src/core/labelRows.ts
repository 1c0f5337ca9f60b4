import { isDashAlone, onlyFilled } from "./notData";
import { isBlank } from "./text";
import { coerceNumber } from "./amountCells";
import { KIND_NUMBER } from "./cellStates";
import type { Cell } from "./types";
import type { RowKinds } from "./rowKinds";

/**
 * What tells a row with one value or none from a label row, asked of the rows notData finds with at
 * most one filled mapped cell: dashes across a heading, a group's next member, a whole CSV line in one
 * cell, the header's second line, sub-labels under it. Apart from rows.ts as none runs for a row of
 * data with two values: the row loop's per-row questions stay there. `kind` and `cells` are
 * RowKinds' (each slot's kind, the loaded row's cells).
 */

/**
 * Dashes for nothing across the row, two at least and one in a column of words (`Sport | - | -`
 * under `Grantee | Project | Amount`: a printed table's section heading; a helper's round, counted a
 * partner)? A name with a dash in each amount column (`Quay Arts | - | -` under `Partner |
 * Committed | Received`) is a partner with no money yet, as a reviewer's repro showed.
 */
export function dashesAcross(t: RowKinds, kind: Uint8Array, cells: readonly Cell[]): boolean {
  let dashes = 0;
  let inWords = false;
  for (let c = 0; c < cells.length; c++) {
    if (!isDashAlone(cells[c])) continue;
    dashes++;
    const slot = t.index.indexOf(c);
    inWords ||= slot < 0 || kind[slot] !== KIND_NUMBER;
  }
  return dashes >= 2 && inWords;
}

/**
 * Is the loaded row's one cell, `first`, the key column's, under a group written once above it (a
 * roster's trust named on its first trustee's row, the rows below leaving it blank)? A data row
 * then, not a label: a label row writes its heading in the first column, not the key's place right
 * of a group column (a helper's round: India's trust rosters, 77 of 114 trustees left out as label
 * rows and notes). Looked for up the rows, past rows of the key alone, to one with the group and
 * the key both; a blank row ends the group.
 */
export function continuesGroup(t: RowKinds, first: number): boolean {
  const key = t.keySlot < 0 ? -1 : t.index[t.keySlot];
  if (key !== first) return false;
  const left = t.mapping.columns.filter((c) => c.index < key).map((c) => c.index);
  if (left.length === 0) return false;
  for (let r = t.row - 1; r > t.mapping.headerRow && r >= t.row - GROUP_BACK; r--) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells) || isBlank(cells[key])) return false;
    if (left.some((c) => !isBlank(cells[c]))) return true;
    if (!onlyFilled(cells, key)) return false;
  }
  return false;
}

/**
 * Is the loaded row's one text cell a whole line of the file, its separators still in it — a line
 * a broken export quoted whole, which Excel does not split into columns? As many parts as the
 * header row has headers (one more or fewer), at least three, and a figure in each mapped amount
 * column's place (real: a French county's grants, each such line "a label row", "a note under
 * the data" or "wrapped from the row next to it", and its money in no sum).
 */
export function wholeLine(t: RowKinds, kind: Uint8Array, text: string): boolean {
  const head = t.matrix[t.mapping.headerRow] ?? [];
  let headers = 0;
  for (const cell of head) if (!isBlank(cell)) headers++;
  if (headers < 3) return false;
  for (const separator of WHOLE_LINE_SEPARATORS) {
    // The exporter's closing `;` after the line's quote (`"A1,EAKR,…,12476";`) and the empty fields
    // its other lines end with (`…,54941,,;`) are no values of the line (a helper's round, real:
    // Finland's ERDF projects, five such records "a line of text wrapped from the row next to it",
    // their money out of the summary unsaid).
    const line = separator !== ";" && text.endsWith(";") ? text.slice(0, -1) : text;
    const parts = line.split(separator);
    while (parts.length > headers && parts[parts.length - 1].trim() === "") parts.pop();
    // More parts than headers: texts of the line held the separator unquoted (`Pohjois-Pohjanmaan
    // elinkeino-, liikenne- ja ympäristökeskus`), the values after them as many places to the right
    // (`surplus`: one or more — a helper's round, corpus round fm's wrapped lines, two commas in one
    // authority's name called "a line of text wrapped from the row next to it").
    const surplus = parts.length - headers;
    if (parts.length < 3 || surplus < -1 || surplus > headers) continue;
    // Prose puts a space after each comma; a file's line does not (a helper's round: the UN's SDG
    // framework, a goal merged over two cells, `Ensure access to affordable, reliable, sustainable
    // and modern energy`, told "the file quoted the line whole").
    if (parts.slice(1).every((p) => /^\s/.test(p))) continue;
    const amounts = t.mapping.columns.filter((c) => c.index < parts.length && isAmountColumn(t, kind, c.id));
    if (amounts.length === 0) {
      if (surplus === 0) return true;
      continue;
    }
    // The amounts where they stand, or shifted by any number of places up to the surplus: at most, the
    // figures at the line's end (counted from it, as the texts come first).
    for (let shift = 0; shift <= Math.max(0, surplus); shift++) if (figuresAt(amounts, parts, shift)) return true;
  }
  return false;
}

/** Does each of `amounts`' places in a line's `parts`, `shift` places to the right, hold a figure? */
function figuresAt(amounts: readonly { index: number }[], parts: readonly string[], shift: number): boolean {
  return amounts.every((c) => c.index + shift < parts.length && coerceNumber(parts[c.index + shift]) !== undefined);
}

/** Is the tab's column `id` one of amounts or quantities? */
function isAmountColumn(t: RowKinds, kind: Uint8Array, id: string): boolean {
  const slot = t.tab.columns.findIndex((c) => c.id === id);
  return slot >= 0 && kind[slot] === KIND_NUMBER;
}

/**
 * Is the loaded label row, just under the header row, the headers' second line? Two cells or more
 * of words without digits, each under a header or its group's title (`Awarded | Period` under `Date
 * Grant | Time`, as a printed table wraps its headers). One word alone may as well be a partner with nothing else
 * typed: it stays a label row.
 */
export function continuesHeader(t: RowKinds, cells: readonly Cell[], beside: number): boolean {
  const header = t.matrix[t.mapping.headerRow] ?? [];
  let words = 0;
  let underBlank = 0;
  // The last column whose cell is a word under a header (or under its group's title, below).
  let under = -1;
  const end = Math.min(cells.length, beside);
  for (let c = 0; c < end; c++) {
    const cell = cells[c];
    if (isBlank(cell) || isDashAlone(cell)) continue; // (dashes across a heading: nothing)
    // A code (`002 | MAYORALTY` over a department's rows) makes it a section heading instead.
    if (typeof cell !== "string" || /\d/.test(cell)) return false;
    if (isBlank(header[c]) && !t.index.includes(c)) {
      // Right of a word under a header: a group title over both columns, written in its first as
      // a merged cell is unmerged, the words under it its sub-headers (real: Japan's subsidies to
      // public-interest bodies, `公益法人の場合` over `公益法人の区分 | 国認定、都道府県認定の区分`,
      // said to be "a line of text wrapped from the row next to it").
      if (under === c - 1) {
        words++;
        under = c;
        continue;
      }
    }
    // The header of a column the row above leaves blank: the rest of the header row's cells are
    // merged down over both rows (real: Frontex's 2024 grants, `Address of the beneficiary` alone
    // on row 2 under an empty E1, said to be "a line wrapped from the row next to it").
    if (isBlank(header[c])) {
      if (++underBlank > 1 || t.index.includes(c)) return false;
      continue;
    }
    words++;
    under = c;
  }
  return words >= 2 || (underBlank === 1 && words === 0 && header.filter((h) => !isBlank(h)).length >= 2);
}

/**
 * Is the loaded row, the first under the header row, a line of sub-labels under it — three texts at
 * least, no digit, nothing in a mapped column (checked by the caller), under the header's groups (a
 * form's export: `team explanation`, `permanent jobs created` … under 21 questions; a helper's round,
 * real: Omaha's grant applications, "Name is empty" on row 2)?
 */
export function subLabels(t: RowKinds, cells: readonly Cell[]): boolean {
  if (t.row !== t.firstDataRow) return false;
  let texts = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell) || isDashAlone(cell)) continue;
    if (typeof cell !== "string" || /\d/.test(cell) || cell.length > SUB_LABEL_LENGTH) return false;
    texts++;
  }
  return texts >= 3;
}

/** What a CSV line's fields are separated by (the CLI reader's separators): see wholeLine. */
const WHOLE_LINE_SEPARATORS = [",", ";", "\t", "|"];

/** The longest sub-label under a header (subLabels): a few words, not a row's sentence. */
export const SUB_LABEL_LENGTH = 60;

/** How many rows up continuesGroup looks for the row that names the group. */
export const GROUP_BACK = 500;
