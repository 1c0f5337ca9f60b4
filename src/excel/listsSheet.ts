/**
 * The hidden Lists sheet, as the workbook model's `listsModel()` says: marker and schema version
 * (A1/B1), the dropdown lists one per column, and the workbook names (`lstSector` …) validation
 * points at — here pointing at the sheet the plan chose, which a user's own `Lists` may have
 * renamed. Queues only.
 */
import { listsModel } from "../model";
import { widthPoints } from "./context";
import type { BuildPlan } from "./plan";

export function queueListsSheet(context: Excel.RequestContext, plan: BuildPlan): void {
  const lists = listsModel();
  const sheet = context.workbook.worksheets.getItem(plan.lists.sheet);
  if (plan.lists.writeMarker) sheet.getRange(lists.marker.address).values = [[lists.marker.value]];
  if (plan.lists.writeBlock) {
    sheet.getRange(lists.block.address).values = lists.block.values.map((r) => [...r]);
    const [first, last] = lists.block.address.split(":");
    const titles = `${first}:${last.replace(/\d+$/, String(lists.titleRow))}`;
    sheet.getRange(titles).format.font.bold = true;
    for (const { column, width } of lists.columnWidths) {
      sheet.getRange(`${column}1`).format.columnWidth = widthPoints(width);
    }
  }
  for (const n of plan.names.add) context.workbook.names.add(n.name, n.formula, "Partnership Tracker dropdown list");
  for (const n of plan.names.update) context.workbook.names.getItem(n.name).formula = n.formula;
  if (plan.lists.hide) sheet.visibility = "Hidden";
}

/** Records the schema version: queue it last, so a batch that fails part-way is upgraded next time. */
export function queueVersion(
  context: Excel.RequestContext,
  sheetName: string,
  version = listsModel().version.value,
): void {
  context.workbook.worksheets.getItem(sheetName).getRange(listsModel().version.address).values = [[version]];
}
