import {
  copyIntoTrackerTable,
  createOrUpgradeTracker,
  listSheets,
  readSheetValues,
  readTrackerTables,
  refreshSummary,
  rowsForTracker,
  run,
  selectCell,
  writeCheckStatus,
} from "../excel";
import { checkStatusText } from "../core";
import { TABS } from "../schema";
import type { Backend, SheetBlock, TrackerTables } from "./backend";

const KEYS = { Foundation: "foundation", Assets: "assets", Leadership: "leadership", Partners: "partners" } as const;

/** The task pane's Backend over the Office.js adapters: one `Excel.run` per user action. */
export function excelBackend(): Backend {
  return {
    createOrUpgrade: ({ sample }, onProgress) => run((ctx) => createOrUpgradeTracker(ctx, { sample, onProgress })),

    listSheets: async () => (await run(listSheets)).filter((s) => s.visible).map((s) => s.name),

    readSheet: async (sheet, onProgress) => {
      const read = await run((ctx) => readSheetValues(ctx, sheet, { onProgress }));
      return { sheet, values: read.values, firstRow: read.firstRow, firstColumn: read.firstColumn };
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

    // Unambiguous values are normalised on the way in ($1,200 → 1200, yes → Yes); the rest is kept as typed.
    copyIntoTracker: (block, mapping) =>
      run((ctx) => copyIntoTrackerTable(ctx, mapping.tab, rowsForTracker(block.values, mapping))),

    selectCell: (sheet, row, column) => run((ctx) => selectCell(ctx, sheet, row, column)),

    refreshSummary: async () => {
      await run(refreshSummary);
    },

    writeCheckStatus: (errors, warnings) =>
      run((ctx) => writeCheckStatus(ctx, checkStatusText(new Date(), errors, warnings))),
  };
}
