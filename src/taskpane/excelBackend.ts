import {
  copyRowsIntoTracker,
  createOrUpgradeTracker,
  fixCells,
  listSourceSheets,
  readSheetValues,
  readTrackerTables,
  refreshSummary,
  run,
  selectCell,
  lastCheckedText,
  writeCheckStatus,
  writeIssuesSheet,
} from "../excel";
import { readMappings, saveMapping } from "../excel/mappingSheet";
import { TABS } from "../schema";
import type { Backend, SheetBlock, TrackerTables } from "./backend";

const KEYS = { Foundation: "foundation", Assets: "assets", Leadership: "leadership", Partners: "partners" } as const;

/** The task pane's Backend over the Office.js adapters: one `Excel.run` per user action. */
export function excelBackend(): Backend {
  return {
    createOrUpgrade: ({ sample }, onProgress) => run((ctx) => createOrUpgradeTracker(ctx, { sample, onProgress })),

    listSheets: () => run(listSourceSheets),

    readSheet: async (sheet, onProgress) => {
      const read = await run((ctx) => readSheetValues(ctx, sheet, { onProgress }));
      return {
        sheet,
        values: read.values,
        firstRow: read.firstRow,
        firstColumn: read.firstColumn,
        tableTotalsRows: read.tableTotalsRows,
        tables: read.tables,
        pivots: read.pivots,
        numberCurrencies: read.numberCurrencies,
        mergedDown: read.mergedDown,
        hiddenRows: read.hiddenRows,
        filtered: read.filtered,
      };
    },

    readTrackerTables: async () => {
      const read = await run((ctx) => readTrackerTables(ctx));
      const blocks: Partial<Record<keyof typeof KEYS, SheetBlock>> = {};
      for (const tab of TABS) {
        const values = read[KEYS[tab.name]];
        const at = read.locations[tab.name];
        if (values && at)
          blocks[tab.name] = { sheet: at.sheet, values, firstRow: at.firstRow, firstColumn: at.firstColumn };
      }
      return blocks as TrackerTables;
    },

    // Unambiguous values are normalised on the way in ($1,200 → 1200, yes → Yes); the rest is kept as
    // typed; rows already in the tracker and rows that are not data are reported, not copied.
    copyIntoTracker: async (block, mapping) => {
      const report = await run((ctx) =>
        copyRowsIntoTracker(ctx, block.values, mapping, block.tableTotalsRows, block.firstRow, block.ofTable === true),
      );
      return {
        written: report.written,
        alreadyInTracker: report.alreadyInTracker.map((i) => block.firstRow + i),
        keyColumns: report.keyColumns,
        notData: report.notData.map((n) => ({ row: block.firstRow + n.index, kind: n.kind, label: n.label })),
        keptCurrency: report.keptCurrency,
        scaled: report.scaled,
        toldApart: report.toldApart,
        unstatedCurrency: report.unstatedCurrency,
        runsOn: report.runsOn,
        copiesLeftOut: report.copiesLeftOut?.map((c) => ({
          ...c,
          rows: c.rows.map((r) => ({ index: block.firstRow + r.index, earlier: block.firstRow + r.earlier })),
        })),
      };
    },

    selectCell: (sheet, row, column) => run((ctx) => selectCell(ctx, sheet, row, column)),

    refreshSummary: async () => {
      await run(refreshSummary);
    },

    fixCells: (fixes, onProgress) => run((ctx) => fixCells(ctx, fixes, onProgress)),

    writeIssuesSheet: async (rows, checkedAt) => {
      const report = await run((ctx) => writeIssuesSheet(ctx, rows, checkedAt));
      // The Summary's status line (SPEC "Summary": plain values, no custom function) points at the
      // Issues sheet, so it follows only a check whose findings are there. Without a tracker there
      // is no Summary to update; that is not the check's failure.
      if (report.outcome === "written") {
        const errors = rows.filter((r) => r.severity === "error").length;
        await run((ctx) => writeCheckStatus(ctx, lastCheckedText(checkedAt, errors, rows.length - errors))).catch(
          () => undefined,
        );
      }
      return report;
    },

    readMappings: () => run(readMappings),

    saveMapping: (sheet, tab, pairs, columns, replacing, place) =>
      run((ctx) => saveMapping(ctx, sheet, tab, pairs, columns, replacing, place)),
  };
}
