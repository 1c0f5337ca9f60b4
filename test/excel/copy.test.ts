/** Copying rows into a tracker table: 2-D blocks under the table, then resize; never over user cells. */
import { copyIntoTrackerTable, WRITE_BLOCK } from "../../src/excel/copyToTracker";
import { selectCell, listSheets } from "../../src/excel/selection";
import { refreshSummary } from "../../src/excel/summaryRefresh";
import { ASSETS, PARTNERS, SUMMARY_SHEET, summaryLayout, type TabSpec } from "../../src/schema";
import type { Cell } from "../../src/core/types";
import { setup } from "./helpers";

const row = (tab: TabSpec, n: number): Cell[] =>
  tab.columns.map((c) =>
    c.type === "currency" || c.type === "number" ? n : c.type === "date" ? 45000 + n : `${c.name} ${n}`,
  );

describe("copyIntoTrackerTable", () => {
  test("fills the empty insert row first, then appends; derived columns get their formula; text starting with = stays text", async () => {
    const f = setup();
    await f.build();
    const rows = [row(ASSETS, 1), row(ASSETS, 2), row(ASSETS, 3)];
    rows[1][0] = "=cmd|' /C calc'!A0";
    const n = await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Assets", rows));
    expect(n).toBe(3);
    const body = f.workbook.tableRows(ASSETS.table);
    expect(body.length).toBe(3);
    ASSETS.columns.forEach((c, i) => {
      body.forEach((r, k) => expect(r[i]).toEqual(c.type === "derived" ? c.formula : rows[k][i]));
    });
    expect(f.workbook.sheet("Assets")!.formulas.has("2,0")).toBe(false);
    // Validation grew with the table.
    const category = ASSETS.columns.findIndex((c) => c.id === "category");
    expect(f.workbook.validationAt("Assets", `${String.fromCharCode(65 + category)}4`)).toBeDefined();
    await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, ASSETS, [row(ASSETS, 4)]));
    expect(f.workbook.tableRows(ASSETS.table).length).toBe(4);
  });

  test("large copies go in blocks, each request under 5 MB", async () => {
    const f = setup();
    await f.build();
    f.resetStats();
    const rows = Array.from({ length: 12_000 }, (_, i) => row(PARTNERS, i));
    await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", rows));
    expect(f.workbook.tableRows(PARTNERS.table).length).toBe(12_000);
    expect(f.stats.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(12_000 / WRITE_BLOCK.rows));
    expect(f.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });

  test("refuses, writing nothing, when cells below the table are in use", async () => {
    const f = setup();
    await f.build({ sample: true });
    const t = f.workbook.table(PARTNERS.table)!;
    f.workbook.seedSheet("Partners", [["my total"]], `B${t.rect.row + t.rect.rows + 2}`);
    const snap = f.workbook.snapshot();
    await expect(
      f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", [row(PARTNERS, 1), row(PARTNERS, 2)])),
    ).rejects.toThrow(/in use/);
    expect(f.workbook.snapshot()).toEqual(snap);
  });
});

describe("small adapters", () => {
  test("selectCell selects the offending cell; listSheets lists sheets with their tables", async () => {
    const f = setup();
    await f.build();
    await f.Excel.run((ctx) => selectCell(ctx, "Partners", 3, 2));
    expect(f.state.selection).toEqual({
      sheetId: f.workbook.sheet("Partners")!.id,
      rect: { row: 2, col: 1, rows: 1, cols: 1 },
    });
    const sheets = await f.Excel.run(listSheets);
    expect(sheets.find((s) => s.name === "Partners")).toEqual({
      name: "Partners",
      visible: true,
      tables: [PARTNERS.table],
    });
    expect(sheets.find((s) => s.name === "Lists")?.visible).toBe(false);
  });

  test("refreshSummary rewrites Summary formulas a user overwrote", async () => {
    const f = setup();
    await f.build();
    const first = summaryLayout().rows.findIndex((r) => r.some((c) => c?.formula));
    const col = summaryLayout().rows[first].findIndex((c) => c?.formula);
    const at = `${String.fromCharCode(65 + col)}${first + 1}`;
    f.workbook.seedSheet(SUMMARY_SHEET, [[123]], at);
    await f.Excel.run(refreshSummary);
    expect(f.workbook.cell(SUMMARY_SHEET, at)).toBe(summaryLayout().rows[first][col]!.formula);
    // Every formula is a formula again, including those in Text-formatted cells.
    summaryLayout().rows.forEach((row, r) =>
      row.forEach((c, i) => {
        if (!c?.formula) return;
        expect(f.workbook.sheet(SUMMARY_SHEET)!.formulas.get(`${r},${i}`)).toBe(c.formula);
      }),
    );
  });
});
