import { tabByName, type ColumnSpec } from "../schema";
import { coerceDate, coerceNumber, coerceYesNo } from "./coerce";
import { matchList } from "./rows";
import { isBlank, isBlankRow } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * A user's rows as tracker rows: what "Copy into tracker" writes in the task pane and what
 * `new --from` writes on the command line — one behaviour behind both doors. Unambiguous values
 * take the tracker's form ($1,200 → 1200, yes → Yes, 3/1/2024 → a date); anything else is kept as
 * the user typed it (Check then says what to fix), so nothing a user wrote is lost.
 */

/** A cell as the tracker column should hold it: unambiguous values in the tracker's form, others as they are. */
export function trackerValue(column: ColumnSpec, cell: Cell): Cell {
  if (cell === null || cell === undefined || cell === "") return "";
  switch (column.type) {
    case "number":
    case "currency":
      return coerceNumber(cell) ?? cell;
    case "date":
      return coerceDate(cell) ?? cell;
    case "yesNo":
      return coerceYesNo(cell) ?? cell;
    case "list":
      return typeof cell === "string" && column.list ? (matchList(column.list, cell.trim())?.value ?? cell) : cell;
    default:
      return typeof cell === "string" ? cell.trim() : cell;
  }
}

/** Why a row under the header is not a row of data (SPEC "Rows that are not data"). */
export interface LeftOutRow {
  /** 0-based row index in the matrix. */
  readonly row: number;
  readonly why: string;
}

const TOTAL_LABEL = /^(sub-?\s*total|grand\s+total|totals?|sum)\b/i;

/**
 * A Total, Subtotal, Grand total or Sum row: its first filled cell says so. (Label rows inside the
 * data are left to the core's row reading, which tells them from a row that only names a partner.)
 */
export function notDataRow(row: readonly Cell[]): string | undefined {
  const first = row.find((c) => !isBlank(c));
  if (typeof first === "string" && TOTAL_LABEL.test(first.trim())) return `a ${first.trim()} row`;
  return undefined;
}

/** The data rows under the header row, in the tab's column order, and the rows left out with why. */
export function placeRows(values: Matrix, mapping: HeaderMapping): { rows: Cell[][]; leftOut: LeftOutRow[] } {
  const tab = tabByName(mapping.tab);
  if (!tab) return { rows: [], leftOut: [] };
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  const rows: Cell[][] = [];
  const leftOut: LeftOutRow[] = [];
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const why = notDataRow(row);
    if (why) {
      leftOut.push({ row: r, why });
      continue;
    }
    rows.push(
      tab.columns.map((c) => {
        const i = source.get(c.id);
        return i === undefined || c.type === "derived" ? "" : trackerValue(c, row[i]);
      }),
    );
  }
  return { rows, leftOut };
}

/** The data rows under the header row, in the tab's column order; blank, total and label rows are skipped. */
export function rowsForTracker(values: Matrix, mapping: HeaderMapping): Cell[][] {
  return placeRows(values, mapping).rows;
}
