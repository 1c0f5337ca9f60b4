import { tabByName, type ColumnSpec } from "../schema";
import { coerceDate, coerceNumber, coerceYesNo } from "./coerce";
import { firstFilled, isTotalLabel, type LeftOutKind } from "./notData";
import { matchList, TypedTable } from "./rows";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * A user's rows as tracker rows: what "Copy into tracker" writes in the task pane and what
 * `new --from` writes on the command line — one behaviour behind both doors (moved here from
 * src/excel/existingSheet.ts, which re-exports it). Unambiguous values take the tracker's form
 * ($1,200 → 1200, yes → Yes, 3/1/2024 → a date); anything else is kept as the user typed it (Check
 * then says what to fix), so nothing a user wrote is lost.
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

/**
 * A totals row's label (`Total`, `Subtotal`, `Grand total`, `Sum`, `Total for FY24:` …) in the row's
 * first non-empty cell — also the label Excel puts in a table's totals row — or undefined. A name
 * that merely starts with the word (`Total Wine & More`) is not a label. The words are the core's
 * (`isTotalLabel`, what every check and sum leaves out), so a copy and a check agree on them.
 */
export function totalsLabel(row: readonly Cell[]): string | undefined {
  const first = row[firstFilled(row)];
  return typeof first === "string" && isTotalLabel(first) ? first.trim() : undefined;
}

/** The row's first non-empty cell as text ("" when there is none). */
function firstText(row: readonly Cell[]): string {
  const first = row.find((v) => v !== null && v !== undefined && String(v).trim() !== "");
  return first === undefined || first === null ? "" : String(first).trim();
}

/** Why a row is not copied: not data (SPEC), or nothing entered in it but placeholders or zeros. */
export type NotDataKind = LeftOutKind | "placeholders";

/** A row left out of a copy: its index in the sheet's values, what it is, and the label that said so. */
export interface NotDataRow {
  readonly index: number;
  readonly kind: NotDataKind;
  readonly label: string;
}

export interface RowsToCopy {
  /** The data rows in the tab's column order. */
  readonly rows: Cell[][];
  /** For each of `rows`, its index in the sheet's values. */
  readonly from: number[];
  /** Rows left out (totals, label rows, notes, rows of placeholders only), in sheet order. */
  readonly notData: NotDataRow[];
}

/**
 * The data rows under the header row, in the tab's column order. Which rows are data is what every
 * check and sum says (the core's TypedTable, SPEC "Rows that are not data"): blank rows skipped;
 * rows of placeholders or zeros only, totals (a Total label, or one of `tableTotalsRows`: an Excel
 * table's totals row, whatever it says), label rows inside the data and notes under it left out
 * and named.
 * `trackerTable`: the rows come from a tracker table, whose rows are data by construction (a new
 * prospect with only its name typed is a partner, not a label), as Check reads them.
 */
export function rowsToCopy(
  values: Matrix,
  mapping: HeaderMapping,
  tableTotalsRows: readonly number[] = [],
  options: { readonly trackerTable?: boolean } = {},
): RowsToCopy {
  const tab = tabByName(mapping.tab);
  const out: RowsToCopy = { rows: [], from: [], notData: [] };
  if (!tab) return out;
  const source = new Map(mapping.columns.map((c) => [c.id, c.index]));
  const tableTotals = new Set(tableTotalsRows);
  const table = new TypedTable(values, mapping);
  table.labelRows = options.trackerTable !== true;
  table.forEachRow(() => {
    const r = table.row;
    const row = values[r];
    if (tableTotals.has(r)) {
      out.notData.push({ index: r, kind: "total", label: firstText(row) });
      return;
    }
    out.from.push(r);
    out.rows.push(
      tab.columns.map((c) => {
        const i = source.get(c.id);
        return i === undefined || c.type === "derived" ? "" : trackerValue(c, row[i]);
      }),
    );
  });
  for (const left of table.leftOut) {
    const total = tableTotals.has(left.row);
    out.notData.push({
      index: left.row,
      kind: total ? "total" : left.kind,
      label: total ? firstText(values[left.row]) : left.label,
    });
  }
  // A row of placeholders or zeros only (an unused line of a form) is not copied, and the report says so.
  for (const r of table.emptyRows) out.notData.push({ index: r, kind: "placeholders", label: firstText(values[r]) });
  out.notData.sort((a, b) => a.index - b.index);
  return out;
}

/** The data rows under the header row, in the tab's column order (see `rowsToCopy`). */
export function rowsForTracker(values: Matrix, mapping: HeaderMapping): Cell[][] {
  return rowsToCopy(values, mapping).rows;
}
