import { AMOUNTS_NOTE_NOUNS, BEFORE_CURRENCY_NAME } from "../schema";
import { headerCurrency } from "./currencyWords";
import { isBlank, wordsPattern } from "./text";
import type { Matrix } from "./types";

/*
 * The currency a note under a table's data names for all its amounts (`All amounts are in Bulgarian lev
 * (BGN) / 1 EUR = 1,95583 BGN`): a published workbook says it in its footnotes as often as in a title
 * above (unitsAbove) — corpus round jo D1, real: Bulgaria's EU-funds beneficiaries, 2.78bn leva printed
 * as dollars beside the note saying so. Read once per table, from the bottom of the sheet.
 */

/** How many rows from the bottom of the sheet a note naming the currency is looked for. */
const NOTE_ROWS = 12;

/**
 * `All amounts are in`, `Figures shown in`, `Tous les montants sont exprimés en`: a plural noun of
 * AMOUNTS_NOTE_NOUNS, at most three words, then `in`; group 1 what follows, up to a `/`, a `;` or a
 * sentence's end (`… (BGN) / 1 EUR = 1,95583 BGN` names the lev, not the euro it is pegged to).
 */
const AMOUNTS_IN = new RegExp(
  `(?:^|[^\\p{L}])(?:${wordsPattern(AMOUNTS_NOTE_NOUNS)})\\s+(?:\\p{L}+\\s+){0,3}?` +
    `(?:${wordsPattern(BEFORE_CURRENCY_NAME)})\\s+([^/;\\n]+?)\\s*(?:[/;\\n]|\\.(?:\\s|$)|$)`,
  "iu",
);

/** The text of a note row: one text in every filled cell (a merged note is filled across), else undefined. */
function noteText(row: unknown): string | undefined {
  if (!Array.isArray(row)) return undefined;
  let text: string | undefined;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || cell.length > 300 || (text !== undefined && cell !== text)) return undefined;
    text = cell;
  }
  return text;
}

/**
 * The currency code the notes under the data name for all amounts, and the 0-based row saying it; undefined
 * when none does. Only the rows after the last row of anything else count (blank rows between): a
 * sentence inside the data, or above another table below it, is no note on this one's amounts.
 */
export function notedCurrency(matrix: Matrix, firstDataRow: number): { code: string; row: number } | undefined {
  for (let r = matrix.length - 1, seen = 0; r >= firstDataRow && seen < NOTE_ROWS; r--, seen++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.every(isBlank)) continue;
    const text = noteText(row);
    if (text === undefined) return undefined;
    const said = AMOUNTS_IN.exec(text);
    const code = said ? headerCurrency(said[1]) : "";
    if (code !== "") return { code, row: r };
  }
  return undefined;
}
