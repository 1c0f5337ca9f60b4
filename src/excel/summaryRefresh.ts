/** "Refresh the Summary" and Check's status line: the task pane's writes to the Summary sheet. */
import { TrackerError } from "../core/types";
import { FOUNDATION } from "../schema";
import { summaryLayout } from "../model";
import { planBuild } from "./plan";
import { writeTextCell } from "./issuesSheet";
import { queueSummary } from "./summarySheet";
import { readTrackerState } from "./trackerState";

/** The tracker's Summary sheet, or a clear error when there is none yet. */
async function summarySheetName(
  context: Excel.RequestContext,
): Promise<{ sheet: string; chart: boolean; partnerCopy: boolean }> {
  const observed = await readTrackerState(context);
  // A partner copy (`share`) has no internal columns: its Summary must not refer to them.
  const headers = new Set(observed.tables[FOUNDATION.table]?.headers.map((h) => h.trim().toLowerCase()) ?? []);
  const partnerCopy =
    headers.size > 0 && FOUNDATION.columns.some((c) => c.internal && !headers.has(c.name.toLowerCase()));
  const plan = planBuild(observed);
  const summary = plan.summary;
  const exists = summary && observed.sheets.some((s) => s.name === summary.sheet);
  if (!summary || !exists || plan.report.created.includes(summary.sheet)) {
    throw new TrackerError("#N/A", "There is no tracker Summary sheet yet: create the tracker first.");
  }
  return { sheet: summary.sheet, chart: summary.chart, partnerCopy };
}

/**
 * Rewrites the tracker's Summary sheet (formulas, formats, missing chart), keeping the last check's
 * status line, and recalculates. Returns the sheet's name.
 */
export async function refreshSummary(context: Excel.RequestContext): Promise<string> {
  const { sheet: name, chart, partnerCopy } = await summarySheetName(context);
  const sheet = context.workbook.worksheets.getItem(name);
  const status = sheet.getRange(summaryLayout({ partnerCopy }).checkStatusCell).load("values");
  await context.sync();
  const kept = status.values[0]?.[0];
  queueSummary(sheet, { write: true, chart, partnerCopy });
  if (typeof kept === "string" && kept !== "") {
    writeTextCell(context, name, summaryLayout({ partnerCopy }).checkStatusCell, kept);
  }
  // Recalculate what is dirty, not the whole workbook: the formulas just written are.
  context.workbook.application.calculate("Recalculate");
  await context.sync();
  return name;
}

/** Writes Check's result to the Summary's status cell (SPEC "Summary": plain values, no custom function). */
export async function writeCheckStatus(context: Excel.RequestContext, status: string): Promise<void> {
  const { sheet, partnerCopy } = await summarySheetName(context);
  // As text (formatted "@" first), so Excel never parses the line.
  writeTextCell(context, sheet, summaryLayout({ partnerCopy }).checkStatusCell, status);
  await context.sync();
}
