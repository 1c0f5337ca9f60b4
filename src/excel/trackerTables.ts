/**
 * Reading the four tracker tables (header row included) for "Check the workbook", in blocks.
 * A totals row a user turned on is inside `getRange()` (and `tblX[#All]`) but is not data: it is
 * left out of the read, so no check or sum counts it as a partner.
 */
import type { Cell } from "../core/types";
import { TABS, type TabName } from "../schema";
import type { Progress } from "./context";
import { readBlocks, type ReadBudget } from "./reader";

export interface TableLocation {
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly firstRow: number;
  /** 1-based sheet column of the table's first column. */
  readonly firstColumn: number;
}

export interface TrackerTablesRead {
  /** `tblFoundation[#All]` as values (header row first, without a totals row), or null when the table does not exist. */
  readonly foundation: Cell[][] | null;
  readonly assets: Cell[][] | null;
  readonly leadership: Cell[][] | null;
  readonly partners: Cell[][] | null;
  /** Where each table sits, to turn an issue's row and column into a cell to select. */
  readonly locations: Partial<Record<TabName, TableLocation>>;
}

const KEYS: Record<TabName, "foundation" | "assets" | "leadership" | "partners"> = {
  Foundation: "foundation",
  Assets: "assets",
  Leadership: "leadership",
  Partners: "partners",
};

export async function readTrackerTables(
  context: Excel.RequestContext,
  options: { onProgress?: Progress; budget?: ReadBudget } = {},
): Promise<TrackerTablesRead> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const present = TABS.map((tab) => ({
    tab,
    table: tables.items.find((t) => t.name.toLowerCase() === tab.table.toLowerCase()),
  })).filter((x): x is { tab: (typeof TABS)[number]; table: Excel.Table } => x.table !== undefined);
  const ranges = present.map((p) => ({
    ...p,
    range: p.table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    totals: p.table.load("showTotals"),
    sheet: p.table.worksheet.load("name"),
  }));
  if (ranges.length > 0) await context.sync();

  const result: Record<string, Cell[][] | null> = { foundation: null, assets: null, leadership: null, partners: null };
  const locations: Partial<Record<TabName, TableLocation>> = {};
  const next = async (i: number): Promise<void> => {
    if (i >= ranges.length) return;
    const { tab, range, sheet, totals } = ranges[i];
    const values = await readBlocks(
      context,
      context.workbook.worksheets.getItem(sheet.name),
      {
        row: range.rowIndex,
        col: range.columnIndex,
        rows: range.rowCount - (totals.showTotals ? 1 : 0),
        cols: range.columnCount,
      },
      options.onProgress && ((s, f) => options.onProgress?.(`${s} ${tab.name}`, (i + f) / ranges.length)),
      options.budget,
    );
    result[KEYS[tab.name]] = values;
    locations[tab.name] = { sheet: sheet.name, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex + 1 };
    return next(i + 1);
  };
  await next(0);
  return { ...(result as Omit<TrackerTablesRead, "locations">), locations };
}
