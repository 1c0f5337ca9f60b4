/**
 * Copying rows into a tracker table ("Use an existing sheet" → copy): 2-D blocks written under the
 * table's data, then `table.resize` — never `TableRowCollection.add`, which co-authoring turns into
 * merge conflicts. What Excel really does, and how each is handled:
 * - Excel parses strings written to a cell as if typed (`=`/`+`/`-`/`@` → formula, `3/1/24` and
 *   `15-Feb` → dates, `1,200` → number: Range.values reference; office-js #1559, #3256). So every
 *   string goes into a cell formatted as text (`@`) first, and numbers and dates go in as numbers
 *   with the column's format: what the user typed is what the tracker holds.
 * - A totals row the user turned on is the table's last row (`showTotals`): rows go above it, and
 *   it comes back with the formulas it had.
 * - Rows whose key is already in the table are reported, not copied: a second click adds nothing.
 * - Nothing below the table is overwritten (refused up front), and a block Excel refuses is undone,
 *   so the table never keeps empty rows from a failed copy.
 * - Every block but the last suspends recalculation until its sync
 *   (`suspendApiCalculationUntilNextSync`, ExcelApi 1.6; the manifest requires 1.13), and the last
 *   recalculates, so the Summary's SUMIFS recalculate once per copy rather than once per block.
 */
import { normalizeKey, trimCaseKey } from "../core";
import type { Cell } from "../core/types";
import { TrackerError } from "../core/types";
import { numberFormatOf, tabByName, type ColumnSpec, type TabName, type TabSpec } from "../schema";
import { calculatedFormula } from "../model";
import { a1, excelErrorCode } from "./context";
import { readBlocks } from "./reader";
import { column } from "./tableFormatting";

/** Rows per write block (and a byte budget below 5 MB for each request). */
export const WRITE_BLOCK = { rows: 10_000, bytes: 3_000_000 } as const;

/**
 * The columns that identify a row when copying, by column id (SPEC rev 2 "Ledgers": one Partners
 * row per partner and initiative). TODO(H-core): take these from the schema once the core exposes
 * composite keys (Partners: Partner + Initiative ID), instead of restating them here.
 */
const COPY_KEYS: Record<TabName, readonly string[]> = {
  Foundation: ["initiativeId"],
  Assets: ["asset", "initiativeId"],
  Leadership: ["name", "initiativeId"], // a person who leads two initiatives is on two rows (KEY_WITH)
  Partners: ["partner", "initiativeId"],
};

export interface CopyReport {
  /** Rows written into the table. */
  readonly written: number;
  /** Indexes (into the rows given) of rows whose key the table already held: not copied. */
  readonly alreadyInTracker: readonly number[];
  /** The key's column names, as users see them ("Partner", "Initiative ID"). */
  readonly keyColumns: readonly string[];
}

/** How a key cell compares: IDs by case and outer spaces, names ignoring case, spaces and punctuation. */
function keyPart(col: ColumnSpec, cell: Cell): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return col.type === "id" || col.unique?.compare === "trimCase" ? trimCaseKey(text) : normalizeKey(text);
}

/** The row's key, or undefined when its first key column is empty (nothing to compare). */
function rowKey(keyCols: readonly ColumnSpec[], cellOf: (c: ColumnSpec) => Cell): string | undefined {
  const parts = keyCols.map((c) => keyPart(c, cellOf(c)));
  return parts.length === 0 || parts[0] === "" ? undefined : parts.join("\u0000");
}

/**
 * One cell as Excel must receive it so that nothing is re-interpreted: strings into text cells
 * (`@`; a leading apostrophe doubled, since Excel takes the first one as its quote prefix), numbers
 * with the column's format, blanks with the column's format so later typing gets it too.
 */
function excelCell(col: ColumnSpec | undefined, v: Cell): { value: Cell; format: string | null } {
  if (!col) return { value: null, format: null }; // a column the user added to the table: untouched
  const format = numberFormatOf(col) ?? "General";
  if (col.type === "derived") return { value: null, format: format === "@" ? "General" : format };
  if (v === null || v === undefined || v === "") return { value: "", format };
  if (typeof v === "string") return { value: v.startsWith("'") ? `'${v}` : v, format: "@" };
  if (typeof v === "number" && format === "@") return { value: String(v), format };
  return { value: v, format: typeof v === "number" ? format : "General" };
}

/**
 * Appends `rows` (each in the tab's schema column order; derived columns are ignored) to the tab's
 * table, leaving out rows whose key the table already holds.
 */
export async function copyIntoTrackerTable(
  context: Excel.RequestContext,
  tab: TabSpec | string,
  rows: readonly (readonly Cell[])[],
): Promise<CopyReport> {
  const spec = typeof tab === "string" ? tabByName(tab) : tab;
  if (!spec) throw new TrackerError("#N/A", `There is no tracker tab called ${String(tab)}.`);
  const keyCols = COPY_KEYS[spec.name]
    .map((id) => spec.columns.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const keyColumns = keyCols.map((c) => c.name);
  if (rows.length === 0) return { written: 0, alreadyInTracker: [], keyColumns };
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const table = tables.items.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
  if (!table)
    throw new TrackerError("#N/A", `The tracker table ${spec.table} does not exist yet: create the tracker first.`);

  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
  const whole = table.getRange().load("rowCount");
  table.load("showTotals");
  const firstBody = table.getHeaderRowRange().getOffsetRange(1, 0).load("values");
  const below = table.getRange().getRowsBelow(rows.length).getUsedRangeOrNullObject(true).load("address");
  const sheet = table.worksheet.load("name");
  await context.sync();
  const inUse = (address: string) =>
    new TrackerError(
      "#N/A",
      `Cells below ${spec.table} on ${sheet.name} are in use (${address}); move them, then copy again. Nothing was written.`,
    );
  const hasTotals = table.showTotals;
  const totalsFormulas = hasTotals ? table.getTotalRowRange().load("formulas") : undefined;

  const headers = header.values[0].map((h) => String(h).trim().toLowerCase());
  const byHeader: (ColumnSpec | undefined)[] = headers.map((h) => spec.columns.find((c) => c.name.toLowerCase() === h));
  const index = new Map(spec.columns.map((c, i) => [c, i]));
  const dataRows = whole.rowCount - 1 - (hasTotals ? 1 : 0);
  const emptyInsertRow = dataRows === 1 && firstBody.values[0].every((v) => v === "" || v === null);
  const start = header.rowIndex + 1 + (emptyInsertRow ? 0 : dataRows);
  const width = header.columnCount;

  // Keys already in the table (read in blocks, one column at a time), then the rows to write.
  const keyAt = keyCols.map((c) => byHeader.indexOf(c));
  const existing = new Set<string>();
  if (totalsFormulas) await context.sync();
  if (!emptyInsertRow && keyAt.every((i) => i >= 0)) {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const columns = await keyAt.reduce<Promise<Cell[][][]>>(
      async (acc, i) => [
        ...(await acc),
        await readBlocks(context, ws, {
          row: header.rowIndex + 1,
          col: header.columnIndex + i,
          rows: dataRows,
          cols: 1,
        }),
      ],
      Promise.resolve([]),
    );
    for (let r = 0; r < dataRows; r++) {
      const key = rowKey(keyCols, (c) => columns[keyCols.indexOf(c)][r][0]);
      if (key !== undefined) existing.add(key);
    }
  }
  const alreadyInTracker: number[] = [];
  const toWrite = rows.filter((row, i) => {
    const key = rowKey(keyCols, (c) => row[index.get(c) as number]);
    if (key === undefined || !existing.has(key)) return true;
    alreadyInTracker.push(i);
    return false;
  });
  if (toWrite.length === 0) return { written: 0, alreadyInTracker, keyColumns };
  // Checked for every row given; when rows already in the tracker are left out, for those written.
  if (!below.isNullObject) {
    if (toWrite.length === rows.length) throw inUse(below.address);
    const exact = table.getRange().getRowsBelow(toWrite.length).getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    if (!exact.isNullObject) throw inUse(exact.address);
  }

  const cellsOf = (row: readonly Cell[]) => byHeader.map((c) => excelCell(c, c ? row[index.get(c) as number] : null));
  const derived = byHeader.flatMap((c, i) => {
    const formula = c ? calculatedFormula(spec, c) : undefined;
    return formula ? [{ i, formula }] : [];
  });
  const tableAt = (rowsInTable: number) => a1(header.rowIndex, header.columnIndex, rowsInTable, width);

  const writeFrom = async (done: number): Promise<void> => {
    if (done >= toWrite.length) return;
    let n = Math.min(WRITE_BLOCK.rows, toWrite.length - done);
    let block = toWrite.slice(done, done + n).map(cellsOf);
    const bytes = (b: typeof block) =>
      JSON.stringify(b.map((cells) => cells.map((c) => c.value))).length +
      JSON.stringify(b.map((cells) => cells.map((c) => c.format))).length;
    while (n > 1 && bytes(block) > WRITE_BLOCK.bytes) {
      n = Math.ceil(n / 2);
      block = block.slice(0, n);
    }
    const top = start + done;
    const target = sheet.getRangeByIndexes(top, header.columnIndex, n, width);
    const lastBlock = done + n >= toWrite.length;
    // Recalculating the Summary's SUMIFS after every block is wasted work: suspend it for all but
    // the last block, whose sync recalculates what the others left pending — the docs make that
    // recalculation the add-in's job once calculation was suspended.
    if (!lastBlock) context.workbook.application.suspendApiCalculationUntilNextSync();
    // The totals row steps aside while the rows go in, and comes back below them as it was.
    if (hasTotals) table.showTotals = false;
    // Formats before values: a string lands in a text cell and stays the string (office-js #3256).
    target.numberFormat = block.map((cells) => cells.map((c) => c.format));
    target.values = block.map((cells) => cells.map((c) => c.value));
    // Grow the table over the written rows, then the derived formulas ([@Column] needs the table).
    table.resize(tableAt(top + n - header.rowIndex));
    for (const d of derived) {
      sheet.getRangeByIndexes(top, header.columnIndex + d.i, n, 1).formulas = column(n, d.formula);
    }
    if (hasTotals && totalsFormulas) {
      table.showTotals = true;
      table.getTotalRowRange().formulas = totalsFormulas.formulas;
    }
    if (lastBlock && done > 0) context.workbook.application.calculate("Recalculate");
    try {
      await context.sync();
    } catch (e) {
      await undoBlock(top, n, e);
    }
    return writeFrom(done + n);
  };

  /** Puts the table back as it was before a failed block, and says how far the copy got. */
  const undoBlock = async (top: number, n: number, cause: unknown): Promise<never> => {
    table.load("showTotals");
    const now = table.getRange().load("rowCount");
    await context.sync();
    const rowsBefore = Math.max(2, top - header.rowIndex);
    const shown = table.showTotals;
    if (shown) table.showTotals = false;
    if (now.rowCount - (shown ? 1 : 0) !== rowsBefore) table.resize(tableAt(rowsBefore));
    const target = sheet.getRangeByIndexes(top, header.columnIndex, n, width);
    target.values = Array.from({ length: n }, () => Array<Cell>(width).fill(""));
    target.numberFormat = Array.from({ length: n }, () => Array<string>(width).fill("General"));
    if (hasTotals && totalsFormulas) {
      table.showTotals = true;
      table.getTotalRowRange().formulas = totalsFormulas.formulas;
    }
    await context.sync();
    const copied = top - start;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new TrackerError(
      "#N/A",
      `Excel refused rows ${copied + 1}–${copied + n} of the copy (${excelErrorCode(cause) ?? "error"}: ${why}). ` +
        `${copied > 0 ? `The first ${copied} rows were copied; ` : ""}nothing of the refused rows was kept.`,
    );
  };

  await writeFrom(0);
  return { written: toWrite.length, alreadyInTracker, keyColumns };
}
