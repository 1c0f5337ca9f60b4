/**
 * The hidden Lists sheet: marker and schema version (A1/B1), the dropdown lists one per column,
 * and the workbook names (`lstSector` …) validation points at. Queues only.
 */
import { LISTS_SHEET, SCHEMA_VERSION, TRACKER_MARKER, VERSION_CELL } from "../schema";
import { listBlock, type BuildPlan } from "./plan";
import { LIST_BLOCK } from "./trackerState";

export function queueListsSheet(context: Excel.RequestContext, plan: BuildPlan): void {
  const sheet = context.workbook.worksheets.getItem(plan.lists.sheet);
  if (plan.lists.writeMarker) sheet.getRange(VERSION_CELL.marker).values = [[TRACKER_MARKER]];
  if (plan.lists.writeBlock) sheet.getRange(LIST_BLOCK.address).values = listBlock();
  for (const n of plan.names.add) context.workbook.names.add(n.name, n.formula, "Partnership Tracker dropdown list");
  for (const n of plan.names.update) context.workbook.names.getItem(n.name).formula = n.formula;
  if (plan.lists.hide) sheet.visibility = "Hidden";
}

/** Records the schema version: queue it last, so a batch that fails part-way is upgraded next time. */
export function queueVersion(context: Excel.RequestContext, sheetName: string, version = SCHEMA_VERSION): void {
  context.workbook.worksheets.getItem(sheetName).getRange(VERSION_CELL.version).values = [[version]];
}

export { LISTS_SHEET };
