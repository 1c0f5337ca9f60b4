/** Copying rows into a tracker table: 2-D blocks under the table, then resize; never over user cells. */
import { copyIntoTrackerTable, WRITE_BLOCK } from "../../src/excel/copyToTracker";
import { selectCell, listSheets } from "../../src/excel/selection";
import { refreshSummary } from "../../src/excel/summaryRefresh";
import { ASSETS, numberFormatOf, PARTNERS, SUMMARY_SHEET, type TabSpec } from "../../src/schema";
import { calculatedFormula, summaryLayout } from "../../src/model";
import type { Cell } from "../../src/core/types";
import { setup, trackerWithTotalsRow } from "./helpers";

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
    const report = await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Assets", rows));
    expect(report.written).toBe(3);
    const body = f.workbook.tableRows(ASSETS.table);
    expect(body.length).toBe(3);
    ASSETS.columns.forEach((c, i) => {
      body.forEach((r, k) => expect(r[i]).toEqual(c.type === "derived" ? calculatedFormula(ASSETS, c) : rows[k][i]));
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

  test("text stays text, numbers and dates go in as numbers with their formats: nothing is re-interpreted (office-js #3256)", async () => {
    const f = setup();
    await f.build();
    const col = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
    const typed = ["-$500 (refund)", "3/1/24", "15-Feb", "=2+2", "+1", "@x", "'quoted", "1,200"];
    const rows = typed.map((text, i) => {
      const r = row(PARTNERS, i);
      r[col("partner")] = text; // a text column
      r[col("committed")] = i === 0 ? text : 1200.5; // an amount column: text that is not an amount stays text
      r[col("startDate")] = i === 1 ? text : 45352; // a date column
      return r;
    });
    const report = await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", rows));
    expect(report.written).toBe(typed.length);
    const body = f.workbook.tableRows(PARTNERS.table);
    expect(body.map((r) => r[col("partner")])).toEqual(typed);
    expect(body[0][col("committed")]).toBe("-$500 (refund)");
    expect(body[1][col("committed")]).toBe(1200.5);
    expect(body[1][col("startDate")]).toBe("3/1/24");
    expect(body[2][col("startDate")]).toBe(45352);
    const sheet = f.workbook.sheet("Partners")!;
    expect([...sheet.formulas.keys()].filter((k) => Number(k.split(",")[1]) === col("partner"))).toEqual([]);
    const letter = (id: string) => String.fromCharCode(65 + col(id));
    expect(f.workbook.numberFormat("Partners", `${letter("committed")}3`)).toBe(numberFormatOf(PARTNERS.col.committed));
    expect(f.workbook.numberFormat("Partners", `${letter("startDate")}4`)).toBe(numberFormatOf(PARTNERS.col.startDate));
    expect(f.workbook.numberFormat("Partners", `${letter("committed")}2`)).toBe("@");
  });

  test("a table with a totals row: rows go above it, and it comes back with its formulas", async () => {
    const f = await trackerWithTotalsRow();
    const last = PARTNERS.columns.length - 1;
    const t = f.workbook.table(PARTNERS.table)!;
    f.workbook.seedSheet(
      "Partners",
      [["=SUBTOTAL(103,tblPartners[Partner])"]],
      `${String.fromCharCode(65 + last)}${t.rect.row + t.rect.rows}`,
    );
    const totals = f.workbook.totalsRow(PARTNERS.table)!;
    const before = f.workbook.tableRows(PARTNERS.table);
    await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", [row(PARTNERS, 1), row(PARTNERS, 2)]));
    const after = f.workbook.tableRows(PARTNERS.table);
    expect(after).toHaveLength(before.length + 2);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length][0]).toBe(row(PARTNERS, 1)[0]);
    expect(f.workbook.totalsRow(PARTNERS.table)).toEqual(totals);
  });

  test("bulk writes suspend Excel's recalculation until the last block, which recalculates once", async () => {
    const f = setup();
    await f.build();
    f.resetStats();
    const rows = Array.from({ length: WRITE_BLOCK.rows + 10 }, (_, i) => row(PARTNERS, i));
    await f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", rows));
    // Two reads (the table, then its size and the cells below), then one write per block.
    const writes = f.stats.requests.slice(2);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.map((r) => r.calculationSuspended)).toEqual([...writes.slice(1).map(() => true), false]);
    expect(writes.map((r) => r.recalculated)).toEqual([...writes.slice(1).map(() => false), true]);
    expect(f.stats.requests.slice(0, 2).map((r) => r.calculationSuspended)).toEqual([false, false]);
  });

  test("a block Excel refuses leaves the table as it was: no empty rows, totals row intact, a clear message", async () => {
    const f = await trackerWithTotalsRow();
    const t = f.workbook.table(PARTNERS.table)!;
    const rectBefore = { ...t.rect };
    const bodyBefore = f.workbook.tableRows(PARTNERS.table);
    const totalsBefore = f.workbook.totalsRow(PARTNERS.table);
    // Between our checks and our write, a co-author makes a table where our last rows are going.
    let fired = false;
    f.onBeforeSync(({ sync, workbook }) => {
      if (fired || sync !== 3) return;
      fired = true;
      const at = (col: number, row0: number) => `${String.fromCharCode(65 + col)}${row0 + 1}`;
      const last = t.rect.col + t.rect.cols - 1;
      const below = t.rect.row + t.rect.rows; // first row under the totals row
      workbook.seedSheet("Partners", [["Theirs", "Too"]], at(last, below));
      workbook.seedTable("Partners", "tblTheirs", `${at(last, below)}:${at(last + 1, below + 1)}`);
    });
    const rows = [row(PARTNERS, 1), row(PARTNERS, 2), row(PARTNERS, 3)];
    await expect(f.Excel.run((ctx) => copyIntoTrackerTable(ctx, "Partners", rows))).rejects.toThrow(
      /refused rows 1–3.*nothing of the refused rows was kept/,
    );
    expect(fired).toBe(true);
    expect(f.workbook.table(PARTNERS.table)!.rect).toEqual(rectBefore);
    expect(f.workbook.tableRows(PARTNERS.table)).toEqual(bodyBefore);
    expect(f.workbook.totalsRow(PARTNERS.table)).toEqual(totalsBefore);
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
