import { KEY_COLUMNS } from "../schema";
import { NOT_TOTAL, sameText, totalKind } from "./notData";
import { cellText, isBlank, isBlankRow } from "./text";
import type { Cell } from "./types";
import type { TypedTable } from "./rows";

/**
 * Label rows that belong to a record: a line of a data row's text wrapped onto a row of its own, or a
 * record's list written a line each under it (forEachRow names them `wrapped` and `continued`). Apart
 * from rows.ts as they are asked once the rows are read, of the label rows alone, never in the row loop.
 */

/**
 * Is label row `r` a line of text wrapped from the data row above or below it? Real: a council's
 * grants list converted from print carries `Install a professional kitchen to enable a` onto a row
 * of its own, beside the grant whose Purpose it finishes. Every filled cell is text with no key
 * column among them, and the data row next to it has text in each of those columns: a section
 * heading (`Q2 additions` in the Partner column, `002 | MAYORALTY` over rows without a department)
 * is not. Nor is a row with no data row above it (a blank row, a Total row, the header row): the
 * heading of the group under it, whose rows a Total row closes (a helper's round, real: Atlanta's
 * major companies, `TBS`, `HP`, `Equifax` "wrapped from the row next to it").
 */
export function wrapped(t: TypedTable, r: number, notData: ReadonlySet<number>): boolean {
  const cells = t.matrix[r] ?? [];
  const keys = KEY_COLUMNS[t.tab.name].map((k) => t.index[t.tab.columns.indexOf(k)]);
  const filled: number[] = [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || keys.includes(c)) return false;
    filled.push(c);
  }
  const beside = (n: number) => {
    if (n < t.firstDataRow || n >= t.rowCount || notData.has(n)) return false;
    const row = t.matrix[n];
    return (
      Array.isArray(row) && !isBlankRow(row) && filled.every((c) => typeof row[c] === "string" && !isBlank(row[c]))
    );
  };
  // Right under the header row, a line of it wrapped (`Awarded` under `Date Grant`) — unless it names
  // the group's first row (`Harbor Mall` over Harbor Mall's parcels).
  const key = keys.find((k) => k >= 0);
  const namesBelow = () =>
    key !== undefined && sameText(String(cells[filled[0]]).trim(), cellText(t.matrix[r + 1]?.[key]).trim());
  const dataAbove = () => {
    const n = r - 1;
    if (n < t.firstDataRow) return !namesBelow();
    return !notData.has(n) && !isBlankRow(t.matrix[n] ?? []);
  };
  return filled.length > 0 && (beside(r - 1) || (dataAbove() && beside(r + 1)));
}

/**
 * The record label row `r` continues, or -1: the data row right above it (past other such lines)
 * leaves blank every column `r` fills, and `r` fills nothing the tracker maps — the record's list
 * written a line each (a helper's round, real: Ireland's ESF operations, each operation's delivery
 * bodies under it, 565 "label rows" for 25 operations).
 */
export function continues(
  t: TypedTable,
  r: number,
  continuing: ReadonlyMap<number, number>,
  notData: ReadonlySet<number>,
  /** Under the data: two cells at least, as a note under a table fills one (`Source: city portal`). */
  under: boolean,
): number {
  const cells = t.matrix[r] ?? [];
  if (t.mapping.columns.some((c) => !isBlank(cells[c.index]))) return -1;
  // A note's words are no line of a record (`Source: …`, `Prepared by …`, a Total).
  // (Under the data only, a footer's words too: `Food Distribution Network` in a record's list is a name.)
  // (Amid the lines of a list, filling their very columns, a colon is a name's: `NYDP Extension: LAR`
  // between `NYDP` and `ORB` — a helper's round, real: Ireland's ESF operations, 39 of one operation's
  // delivery bodies "label rows" from it down, the 69 above "lines continuing the record".)
  const amid = !under && continuing.has(r - 1) && sameColumnsFilled(cells, t.matrix[r - 1] ?? []);
  const noteWords = (c: string) =>
    (c.includes(":") && !amid) || totalKind(c) !== NOT_TOTAL || (under && (NOTE_WORDS.test(c) || MARKING.test(c)));
  if (cells.some((c) => typeof c === "string" && noteWords(c))) return -1;
  const record = continuing.get(r - 1) ?? r - 1;
  if (record < t.firstDataRow || notData.has(record)) return -1;
  const above = t.matrix[record];
  if (!Array.isArray(above) || isBlankRow(above)) return -1;
  let filled = 0;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    if (!isBlank(above[c])) return -1;
    filled++;
  }
  return filled > (under ? 1 : 0) ? record : -1;
}

/** Do rows `a` and `b` have their cells filled in the same columns, and only there? */
function sameColumnsFilled(a: readonly Cell[], b: readonly Cell[]): boolean {
  for (let c = 0; c < Math.max(a.length, b.length); c++) if (isBlank(a[c]) !== isBlank(b[c])) return false;
  return true;
}

/**
 * Words of a sheet's footer, not of a name (`DRAFT - FOR DISCUSSION ONLY`, `Prepared By Office of …`:
 * a reviewer's repro, each a partner with no money).
 */
export const NOTE_WORDS =
  /\b(?:draft|confidential|discussion|distribution|prepared|approved|reviewed|updated|compiled|submitted|signed|page|only|not|by|as of|source|sources|note|notes|total|continued)\b/i;

/**
 * A security marking, the whole cell (`OFFICIAL`, `OFFICIAL-SENSITIVE`, `PROTECTED B`, `Classification:
 * Unclassified`): a footer. Words of a name as markings only whole — `Protect Our Winters` and the
 * `Restricted Growth Association` are partners (a reviewer's repro: five partners made two).
 */
export const MARKING =
  /^[\W_]*(?:(?:official|protect(?:ed)?|restricted|unclassified|sensitive|(?:commercial[\s-]+)?in[\s-]+confidence)(?:[\s:–—-]+(?:sensitive|[a-z]))*|(?:security\s+)?classification\b.*)[\W_]*$/i;
