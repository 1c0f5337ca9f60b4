/** Selecting a cell for the task pane (an issue → the offending cell), and listing sheets. */
import { ISSUES_SHEET, ISSUES_TITLE } from "./issuesSheet";
import { LISTS_SHEET, SUMMARY_SHEET, TABS, TRACKER_MARKER } from "../schema";
import { SUMMARY_TITLE } from "./plan";
import { candidateNames } from "./trackerState";

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

/**
 * The sheets "Use an existing sheet" offers as a source (SPEC: the tracker's own sheets are not
 * offered): visible sheets, without those holding a tracker table and without the tracker's
 * Summary and Lists (recognised by their first cell, as the builder recognises them). Two syncs.
 */
export async function listSourceSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  const trackerTables = new Set(TABS.map((t) => t.table.toLowerCase()));
  const trackerSheets = new Set(
    tables.items.filter((t) => trackerTables.has(t.name.toLowerCase())).map((t) => t.worksheet.name.toLowerCase()),
  );
  const markers = new Map<string, string>();
  for (const base of [SUMMARY_SHEET, LISTS_SHEET]) {
    for (const n of candidateNames(base))
      markers.set(n.toLowerCase(), base === SUMMARY_SHEET ? SUMMARY_TITLE : TRACKER_MARKER);
  }
  // The Issues sheet Check writes is the add-in's own too; a user's sheet called Issues is not.
  markers.set(ISSUES_SHEET.toLowerCase(), ISSUES_TITLE);
  const visible = sheets.items.filter((s) => s.visibility === "Visible" && !trackerSheets.has(s.name.toLowerCase()));
  const probes = visible
    .filter((s) => markers.has(s.name.toLowerCase()))
    .map((s) => ({ name: s.name, a1: s.getRange("A1").load("values") }));
  if (probes.length > 0) await context.sync();
  const ours = new Set(
    probes.filter((p) => p.a1.values[0][0] === markers.get(p.name.toLowerCase())).map((p) => p.name.toLowerCase()),
  );
  return visible.map((s) => s.name).filter((n) => !ours.has(n.toLowerCase()));
}
