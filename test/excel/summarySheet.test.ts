import { lastCheckedText, refreshSummary, writeCheckStatus } from "../../src/excel";
import { FOUNDATION, NOT_CHECKED_YET, SUMMARY_SHEET } from "../../src/schema";
import { summaryLayout } from "../../src/model";
import { setup } from "./helpers";

/** The add-in's Summary sheet: native formulas only, and the one plain-value cell Check writes. */
describe("the Summary sheet the add-in builds", () => {
  it("holds no custom function anywhere, and says the workbook is not checked yet", async () => {
    const f = setup();
    await f.build({ sample: true });
    const formulas = [...f.workbook.sheet(SUMMARY_SHEET)!.formulas.values()];
    expect(formulas.length).toBeGreaterThan(12_000); // a thousand initiatives, every figure a formula
    expect(formulas.filter((x) => /PARTNERS\.|_xldudf_/i.test(x))).toEqual([]);
    expect(f.workbook.cell(SUMMARY_SHEET, summaryLayout().checkStatusCell)).toBe(NOT_CHECKED_YET);
    // Excel on the web refuses a request over 5 MB: the thousand-row Summary stays well under.
    expect(Math.max(...f.stats.requests.map((r) => r.bytes))).toBeLessThan(3_000_000);
  });

  it("Check's result goes in as text, and a Summary refresh keeps it", async () => {
    const f = setup();
    await f.build({ sample: false });
    const status = lastCheckedText("2026-12-01 14:02", 12, 30);
    await f.Excel.run((ctx) => writeCheckStatus(ctx, status));
    const at = summaryLayout().checkStatusCell;
    expect(f.workbook.cell(SUMMARY_SHEET, at)).toBe(status);
    expect(f.workbook.numberFormat(SUMMARY_SHEET, at)).toBe("@");
    await f.Excel.run((ctx) => refreshSummary(ctx));
    expect(f.workbook.cell(SUMMARY_SHEET, at)).toBe(status);
  });

  it("a rewrite leaves no styling of an older layout behind", async () => {
    const f = setup();
    await f.build({ sample: true });
    const { first } = summaryLayout().initiativeRows;
    const stray = `C${first + 3}`; // a header row's fill in an older layout, now a figure cell
    await f.Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem(SUMMARY_SHEET).getRange(stray);
      cell.format.fill.color = "#1F4E79";
      cell.format.font.bold = true;
      await ctx.sync();
    });
    expect(f.workbook.sheet(SUMMARY_SHEET)!.fills.size).toBeGreaterThan(0);
    await f.Excel.run((ctx) => refreshSummary(ctx));
    const sheet = f.workbook.sheet(SUMMARY_SHEET)!;
    expect(sheet.fills.has(`${first + 2},2`)).toBe(false); // 0-based row, column C
    expect(sheet.bold.has(`${first + 2},2`)).toBe(false);
    expect(f.workbook.numberFormat(SUMMARY_SHEET, stray)).toBe(summaryLayout().rows[first + 2][2]?.format);
  });

  it("refreshing a partner copy's Summary (no internal columns) writes the partner variant: nothing refers to them", async () => {
    const f = setup();
    await f.build({ sample: true });
    const at = FOUNDATION.columns.findIndex((c) => c.id === FOUNDATION.col.politicalDynamics.id);
    // A workbook without the column, as `share` writes it (here: the header no longer names it).
    await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FOUNDATION.name).getCell(0, at).values = [["Public notes"]];
      await ctx.sync();
    });
    await f.Excel.run((ctx) => refreshSummary(ctx));
    const formulas = [...f.workbook.sheet(SUMMARY_SHEET)!.formulas.values()];
    expect(formulas.filter((x) => x.includes(`[${FOUNDATION.col.politicalDynamics.name}]`))).toEqual([]);
    expect(formulas.length).toBeGreaterThan(12_000);
  });

  it("Check's result needs a tracker: without one it says to create it", async () => {
    const f = setup();
    await expect(f.Excel.run((ctx) => writeCheckStatus(ctx, "x"))).rejects.toThrow(/create the tracker first/);
  });
});
