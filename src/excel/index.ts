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
  copyRowsIntoTracker,
  rowsForTracker,
  rowsToCopy,
  totalsLabel,
  trackerValue,
  type ExistingSheet,
  type MappingOptions,
  type RowsToCopy,
  type SheetCopyReport,
} from "./existingSheet";
export { copyIntoTrackerTable, WRITE_BLOCK, type CopyReport } from "./copyToTracker";
export { selectCell, listSheets, listSourceSheets, type SheetInfo } from "./selection";
export { refreshSummary, writeCheckStatus } from "./summaryRefresh";
export { fixCells, fixBlocks, FIX_BLOCK_ROWS, type CellFix, type FixReport } from "./fixCells";
export {
  writeIssuesSheet,
  writeTextCell,
  lastCheckedText,
  cellLink,
  ISSUES_SHEET,
  ISSUES_TITLE,
  ISSUES_COLUMNS,
  type IssueSheetRow,
  type IssuesSheetReport,
} from "./issuesSheet";
