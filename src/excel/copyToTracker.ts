/**
 * Copying rows into a tracker table ("Use an existing sheet" → copy): a 2-D block written under
 * the table, then `table.resize` — never `TableRowCollection.add`, which co-authoring turns into
 * merge conflicts. Nothing below the table is overwritten: if those cells are in use, nothing is
 * written and the caller gets a TrackerError to show.
 */
import type { Cell } from "../core/types";
import { TrackerError } from "../core/types";
import { numberFormatOf, tabByName, type ColumnSpec, type TabSpec } from "../schema";
import { a1 } from "./context";

/** Rows per write block (and a byte budget below 5 MB for each request). */
export const WRITE_BLOCK = { rows: 10_000, bytes: 3_000_000 } as const;

/**
 * Appends `rows` (each in the tab's schema column order; derived columns are ignored) to the tab's
 * table. Returns how many rows were written.
 */
export async function copyIntoTrackerTable(
  context: Excel.RequestContext,
  tab: TabSpec | string,
  rows: readonly (readonly Cell[])[],
): Promise<number> {
  const spec = typeof tab === "string" ? tabByName(tab) : tab;
  if (!spec) throw new TrackerError("#N/A", `There is no tracker tab called ${String(tab)}.`);
  if (rows.length === 0) return 0;
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const table = tables.items.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
  if (!table)
    throw new TrackerError("#N/A", `The tracker table ${spec.table} does not exist yet: create the tracker first.`);

  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
  const whole = table.getRange().load("rowCount");
  const firstBody = table.getHeaderRowRange().getOffsetRange(1, 0).load("values");
  const below = table.getRange().getRowsBelow(rows.length).getUsedRangeOrNullObject(true).load("address");
  const sheet = table.worksheet.load("name");
  await context.sync();
  if (!below.isNullObject) {
    throw new TrackerError(
      "#N/A",
      `Cells below ${spec.table} on ${sheet.name} are in use (${below.address}); move them, then copy again. Nothing was written.`,
    );
  }

  const headers = header.values[0].map((h) => String(h).trim().toLowerCase());
  const byHeader: (ColumnSpec | undefined)[] = headers.map((h) => spec.columns.find((c) => c.name.toLowerCase() === h));
  const index = new Map(spec.columns.map((c, i) => [c, i]));
  const emptyInsertRow = whole.rowCount === 2 && firstBody.values[0].every((v) => v === "" || v === null);
  const start = header.rowIndex + (emptyInsertRow ? 1 : whole.rowCount);
  const width = header.columnCount;
  const formats = byHeader.map((c) => (c ? (numberFormatOf(c) ?? null) : null));

  const toRow = (row: readonly Cell[]): Cell[] =>
    byHeader.map((c) => {
      if (!c) return "";
      if (c.type === "derived") return c.formula ?? "";
      const v = row[index.get(c) as number];
      if (v === null || v === undefined) return "";
      // Text that starts with "=" stays text: a copied cell never becomes a formula.
      return typeof v === "string" && v.startsWith("=") ? `'${v}` : v;
    });

  const writeFrom = async (done: number): Promise<void> => {
    if (done >= rows.length) return;
    let n = Math.min(WRITE_BLOCK.rows, rows.length - done);
    let block = rows.slice(done, done + n).map(toRow);
    while (n > 1 && JSON.stringify(block).length * 2 > WRITE_BLOCK.bytes) {
      n = Math.ceil(n / 2);
      block = block.slice(0, n);
    }
    // Grow the table over the (empty, checked) rows first, so derived formulas land inside it.
    const lastRow = start + done + n; // exclusive, 0-based
    table.resize(a1(header.rowIndex, header.columnIndex, lastRow - header.rowIndex, width));
    const target = sheet.getRangeByIndexes(start + done, header.columnIndex, n, width);
    target.numberFormat = block.map(() => formats);
    target.formulas = block;
    await context.sync();
    return writeFrom(done + n);
  };
  await writeFrom(0);
  return rows.length;
}
