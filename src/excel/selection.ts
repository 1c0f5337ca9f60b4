/** Selecting a cell for the task pane (an issue → the offending cell). */

/** Activates `sheetName` and selects the cell at 1-based `row1`, `col1`. */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  row1: number,
  col1: number,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getCell(row1 - 1, col1 - 1).select();
  await context.sync();
}

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /** Tables on the sheet. */
  readonly tables: readonly string[];
}

/** Every sheet, in workbook order, with its tables (one sync). */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  return sheets.items.map((s) => ({
    name: s.name,
    visible: s.visibility === "Visible",
    tables: tables.items.filter((t) => t.worksheet.name === s.name).map((t) => t.name),
  }));
}
