/**
 * Office.js adapters of the tracker. Every function takes a `RequestContext`; only `run` calls
 * `Excel.run`. Typical task-pane use:
 *
 *   const report = await run((ctx) => createOrUpgradeTracker(ctx, { sample: true, onProgress }));
 *   const sheets = await run(listSheets);
 *   const sheet = await run((ctx) => readSheetValues(ctx, "My partners"));
 */
export { run, excelErrorCode, type Progress } from "./context";
export { createOrUpgradeTracker, type BuildOptions } from "./builder";
export {
  planBuild,
  CURRENT_SCHEMA,
  SUMMARY_CHART,
  type BuildPlan,
  type BuildReport,
  type BuildSchema,
  type TabPlan,
} from "./plan";
export { readTrackerState, type ObservedWorkbook, type ObservedTable, type ObservedSheet } from "./trackerState";
export { readSheetValues, readBlocks, READ_BUDGET, type SheetValues, type ReadBudget } from "./reader";
export { readTrackerTables, type TrackerTablesRead, type TableLocation } from "./trackerTables";
export {
  readExistingSheet,
  copyExistingSheet,
  rowsForTracker,
  trackerValue,
  type ExistingSheet,
  type MappingOptions,
} from "./existingSheet";
export { copyIntoTrackerTable, WRITE_BLOCK } from "./copyToTracker";
export { selectCell, listSheets, type SheetInfo } from "./selection";
export { refreshSummary, writeCheckStatus } from "./summaryRefresh";
