import { sameHeader } from "./notData";
import { coerceNumber } from "./amountCells";
import { isBlank, isBlankRow } from "./text";
import { INVALID, KIND_NUMBER } from "./cellStates";
import type { Cell } from "./types";
import type { TypedTable } from "./rows";

/**
 * Another table stacked under this one: its header row after a label, a Total or a blank row under the
 * data (its headers over other columns), and its title above it. forEachRow stops there. Apart from
 * rows.ts as only the rows after a label or a blank row under the data are asked. `kind` and `cells`
 * are TypedTable's own (each slot's kind, the loaded row's cells).
 */

/**
 * Does the loaded row, under a label or Total row below the data, head another table stacked under
 * this one: two words or more and no figure, over a figure in the next row with something in it
 * (real: a grants research workbook's `By grant programme` table under its `By publisher` one, the
 * same money again, and its grant counts added in as pounds: £7.28bn for £2.43bn)?
 */
export function startsAnotherTable(t: TypedTable, kind: Uint8Array, cells: readonly Cell[], row: number): boolean {
  if (textCellsOnly(cells) < 2) return false;
  // A word over the amounts (`Amount Awarded`, `Grants`), where a data row would have a figure.
  const headed: number[] = [];
  for (const slot of t.slots) {
    if (kind[slot] === KIND_NUMBER && t.state[slot] === INVALID) headed.push(t.index[slot]);
  }
  if (headed.length === 0) return false;
  // Some of this table's headers again over other ones (`Wert (Euro)` under `Name … des
  // Zuwendungsempfängers`, the recipients where this table lists donors): another table, whatever
  // its rows hold (its only row may be `-`). All of them again is this table's header repeated
  // (repeatsHeader), read on.
  const head = t.matrix[t.mapping.headerRow] ?? [];
  const same = t.mapping.columns.filter((c) => sameHeader(cells[c.index], head[c.index])).length;
  if (same > 0) return !(same >= 2 && same * 2 >= t.mapping.columns.length);
  for (let r = row + 1; r < t.rowCount; r++) {
    const next = t.matrix[r];
    if (!Array.isArray(next) || isBlankRow(next)) continue;
    return headed.some((c) => coerceNumber(next[c]) !== undefined);
  }
  return false;
}

/** Does the loaded row hold a mapped column's header over another column than the header row's? */
export function mappedHeaderMoved(t: TypedTable, cells: readonly Cell[]): boolean {
  const head = t.matrix[t.mapping.headerRow] ?? [];
  return t.mapping.columns.some((col) => {
    const header = head[col.index];
    if (typeof header !== "string" || isBlank(header) || sameHeader(cells[col.index], header)) return false;
    return cells.some((cell, c) => c !== col.index && sameHeader(cell, header));
  });
}

/**
 * Is the loaded row, after a blank row under the data, the header row of another table: text alone,
 * three cells at least, two of them this table's headers in other columns (a second table stacked
 * under the first, its columns in another order)? A data row of text alone (`Acme | Pending | TBD`)
 * is not, nor this table's header repeated in place (repeatsHeader).
 */
export function headersMoved(t: TypedTable, cells: readonly Cell[]): boolean {
  const head = t.matrix[t.mapping.headerRow] ?? [];
  if (textCellsOnly(cells) < 3) return false;
  let moved = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (
      typeof cell === "string" &&
      !isBlank(cell) &&
      !sameHeader(cell, head[c]) &&
      head.some((h) => sameHeader(cell, h))
    ) {
      moved++;
    }
  }
  return moved >= 2;
}

/** The row above `table` (another table's header row), past blank rows, when it is under the data. */
export function titleAbove(t: TypedTable, table: number, lastData: number): number {
  let r = table - 1;
  while (r > lastData && isBlankRow(t.matrix[r] ?? [])) r--;
  return r > lastData ? r : -1;
}

/** How many filled cells the row has, all of them text (-1 when one is not): what a header row holds. */
function textCellsOnly(cells: readonly Cell[]): number {
  let filled = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string") return -1;
    filled++;
  }
  return filled;
}
