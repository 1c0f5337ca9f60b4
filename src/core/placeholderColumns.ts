import { formatNumber } from "./coerce";
import { isBlankRow, isPlaceholder, isToCome, quote, trimmed } from "./text";
import type { LeftOutRow } from "./notData";
import type { TypedTable } from "./rows";

/**
 * An optional column that holds a placeholder on every data row (`TBD` under `replacement_cost` on all
 * 22 assets): each cell is read as empty, as SPEC has an optional placeholder, so nothing was said and
 * the register read as one whose values are simply unset — where the sheet says no value is known yet
 * (corpus round jo D8, real: Eudlo's asset register). One warning for the column, not one a row. Read
 * once after the row loop, from the rows it left out; a column whose first data cell is no placeholder
 * (nearly all) costs one look.
 */

/** A mapped optional column all placeholders: its slot, the placeholder (the first), how many rows. */
export interface PlaceholderColumn {
  readonly slot: number;
  readonly value: string;
  /** 0-based matrix rows holding it (the data rows with anything in the column). */
  readonly rows: readonly number[];
  /** Whether the placeholders say a value is to come (`TBD`, `TBC`, `pending`), not that none applies. */
  readonly toCome: boolean;
}

/** Fewer rows than this say nothing of a column: a register of one asset `TBD` is that asset's. */
const AT_LEAST = 3;

/**
 * The table's mapped optional columns whose every data row (none left out: `leftOut`) holds a
 * placeholder there, or nothing — three placeholders at least.
 */
export function placeholderColumns(t: TypedTable, leftOut: readonly LeftOutRow[]): PlaceholderColumn[] {
  const found: PlaceholderColumn[] = [];
  let skip: Set<number> | undefined;
  for (let slot = 0; slot < t.tab.columns.length; slot++) {
    const column = t.index[slot];
    if (column < 0 || t.tab.columns[slot].required) continue;
    const rows: number[] = [];
    let toCome = true;
    let value = "";
    let all = true;
    for (let r = t.firstDataRow; r < t.rowCount && all; r++) {
      const cells = t.matrix[r];
      if (!Array.isArray(cells)) continue;
      const cell = cells[column];
      if (cell === null || cell === undefined || cell === "") continue;
      if ((skip ??= new Set(leftOut.map((l) => l.row))).has(r) || isBlankRow(cells)) continue;
      if (!isPlaceholder(cell)) {
        all = false;
        break;
      }
      if (rows.length === 0) value = trimmed(cell as string);
      toCome &&= isToCome(cell);
      rows.push(r);
    }
    if (all && rows.length >= AT_LEAST) found.push({ slot, value, rows, toCome });
  }
  return found;
}

/** `replacement_cost is "TBD" on all 22 rows: no Estimated value is known yet.` */
export function placeholderColumnMessage(t: TypedTable, p: PlaceholderColumn): string {
  const name = t.tab.columns[p.slot].name;
  return (
    `${t.header[p.slot]} is ${quote(p.value)} on all ${formatNumber(p.rows.length)} rows: ` +
    (p.toCome ? `no ${name} is known yet.` : `no ${name} is given.`)
  );
}
