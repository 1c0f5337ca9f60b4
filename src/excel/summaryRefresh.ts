/** "Refresh the Summary" in the task pane: rewrite the schema's Summary cells and recalculate. */
import { TrackerError } from "../core/types";
import { planBuild } from "./plan";
import { queueSummary } from "./summarySheet";
import { readTrackerState } from "./trackerState";

/** Rewrites the tracker's Summary sheet (formulas, formats, missing chart) and recalculates. Returns its name. */
export async function refreshSummary(context: Excel.RequestContext): Promise<string> {
  const observed = await readTrackerState(context);
  const plan = planBuild(observed);
  const summary = plan.summary;
  const exists = summary && observed.sheets.some((s) => s.name === summary.sheet);
  if (!summary || !exists || plan.report.created.includes(summary.sheet)) {
    throw new TrackerError("#N/A", "There is no tracker Summary sheet yet: create the tracker first.");
  }
  queueSummary(context.workbook.worksheets.getItem(summary.sheet), { write: true, chart: summary.chart });
  context.workbook.application.calculate("Full");
  await context.sync();
  return summary.sheet;
}
