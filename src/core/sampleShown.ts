/**
 * A mapped column's sample cell as the check reads it, for the task pane's mapping editor: an amount in
 * its column's currency as the messages and `summary` show it (`£7,500`, `$1,234,567.50` where the cell
 * holds 1234567.5), a date as a date (`2024-03-01` where Excel hands the pane the serial 45352). The
 * editor showed the raw number beside `Amount Awarded → Committed` while every other door said pounds.
 */
import { formatAmount, formatDate } from "./coerce";
import { TypedTable } from "./rows";
import { OK, VARIANT } from "./cellStates";
import type { HeaderMapping, Matrix } from "./types";
import { tabByName } from "../schema";

/**
 * Of the cells at `at` (matrix column → matrix row), those of a mapped amount or date column read as one,
 * as they are shown: by matrix column. A cell the check does not read as its column's (text under an
 * amount, a placeholder) is left out: the editor shows it as written.
 */
export function samplesShown(
  matrix: Matrix,
  mapping: HeaderMapping,
  at: ReadonlyMap<number, number>,
): Map<number, string> {
  const shown = new Map<number, string>();
  const tab = tabByName(mapping.tab);
  const slots = mapping.columns.flatMap((c) => {
    const row = at.get(c.index);
    const type = tab?.columns.find((s) => s.id === c.id)?.type;
    return row !== undefined && (type === "currency" || type === "date") ? [{ index: c.index, row, type }] : [];
  });
  if (slots.length === 0) return shown;
  const table = new TypedTable(matrix, mapping);
  for (const { index, row, type } of slots) {
    const slot = table.index.indexOf(index);
    if (slot < 0) continue;
    if (type === "date") {
      // (numAt reads the column's day-first order as the check does: `03/04/2024` as the sheet means it.)
      const serial = table.numAt(row, slot);
      if (Number.isFinite(serial)) shown.set(index, formatDate(serial));
      continue;
    }
    if (!table.load(row)) continue;
    const state = table.state[slot];
    const value = table.num[slot];
    if ((state !== OK && state !== VARIANT) || !Number.isFinite(value)) continue;
    {
      // The row's own currency where it names one (a Currency column's GBP), else the column's.
      const currency = table.rowCurrency(slot);
      shown.set(
        index,
        table.scale[slot] !== 1 || currency === ""
          ? table.quoteFigure(slot, value, matrix[row]?.[index])
          : formatAmount(value, currency),
      );
    }
  }
  return shown;
}
