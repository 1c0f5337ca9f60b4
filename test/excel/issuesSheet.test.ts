import { fixCells } from "../../src/excel/fixCells";
import {
  cellLink,
  ISSUES_COLUMNS,
  ISSUES_SHEET,
  ISSUES_TITLE,
  lastCheckedText,
  writeIssuesSheet,
  type IssueSheetRow,
} from "../../src/excel/issuesSheet";
import { createFakeExcel } from "../fakes/excel";

/**
 * The Issues sheet and "Fix these N cells" against the Excel fake: what a user sees in the
 * workbook afterwards, what a co-author's edit keeps, and that no request nears Excel's 5 MB.
 */
function issue(row: number, over: Partial<IssueSheetRow> = {}): IssueSheetRow {
  return {
    tab: "Partners",
    sheet: "Partners",
    row,
    column: 3,
    rule: "spelling.sector",
    severity: "warning",
    value: "nonprofit",
    message: 'Sector is "nonprofit" — use the listed spelling "Nonprofit".',
    ...over,
  };
}

describe("the Issues sheet", () => {
  it("lists each issue as plain values with a link to its cell, under the time of the check", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    const hostile = issue(7, {
      value: "=1+1",
      message: "-5 units is not an amount",
      rule: "type.committed",
      severity: "error",
    });
    const report = await fake.Excel.run((ctx) =>
      writeIssuesSheet(ctx, [issue(5), issue(6), hostile], "2026-12-01 14:02"),
    );
    expect(report).toEqual({ outcome: "written", rows: 3 });
    const wb = fake.workbook;
    expect(wb.cells(ISSUES_SHEET, "A1:A2")).toEqual([
      [ISSUES_TITLE],
      ["Checked 2026-12-01 14:02: 1 error, 2 warnings. Replaced by the next check."],
    ]);
    expect(wb.cells(ISSUES_SHEET, "A3:G3")).toEqual([[...ISSUES_COLUMNS]]);
    const sheet = wb.sheet(ISSUES_SHEET)!;
    expect(sheet.formulas.get("3,2")).toBe(`=HYPERLINK("#'Partners'!C5","C5")`);
    // Text that looks like a formula or a negative number stays the text the user typed.
    expect(wb.cells(ISSUES_SHEET, "D6:G6")).toEqual([["type.committed", "error", "=1+1", "-5 units is not an amount"]]);
    expect(sheet.formulas.has("5,5")).toBe(false);
    expect(sheet.numberFormats.get("5,5")).toBe("@");
    expect(sheet.numberFormats.get("5,6")).toBe("@");
  });

  it("replaces the previous findings instead of appending to them", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    await fake.Excel.run((ctx) => writeIssuesSheet(ctx, [issue(5), issue(6), issue(7)], "2026-12-01 14:02"));
    await fake.Excel.run((ctx) => writeIssuesSheet(ctx, [issue(9)], "2026-12-01 15:00"));
    const wb = fake.workbook;
    expect(wb.sheetNames().filter((n) => n === ISSUES_SHEET)).toHaveLength(1);
    expect(wb.cells(ISSUES_SHEET, "A2")).toEqual([
      ["Checked 2026-12-01 15:00: 0 errors, 1 warning. Replaced by the next check."],
    ]);
    expect(wb.sheet(ISSUES_SHEET)!.formulas.get("3,2")).toBe(`=HYPERLINK("#'Partners'!C9","C9")`);
    expect(wb.cells(ISSUES_SHEET, "A5:G6")).toEqual([Array(7).fill(null), Array(7).fill(null)]);
  });

  it("keeps the sheet where the user moved it when it replaces the findings", async () => {
    const fake = createFakeExcel({ sheets: ["Partners", "Notes"] });
    await fake.Excel.run((ctx) => writeIssuesSheet(ctx, [issue(5)], "2026-12-01 14:02"));
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(ISSUES_SHEET).position = 0;
      await ctx.sync();
    });
    await fake.Excel.run((ctx) => writeIssuesSheet(ctx, [issue(9)], "2026-12-01 15:00"));
    expect(fake.workbook.sheetNames()).toEqual([ISSUES_SHEET, "Partners", "Notes"]);
  });

  it("never touches a sheet called Issues that the user made", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    fake.workbook.seedSheet(ISSUES_SHEET, [["Our own issue log"], ["roof leak"]]);
    const before = fake.workbook.snapshot();
    const report = await fake.Excel.run((ctx) => writeIssuesSheet(ctx, [issue(5)], "2026-12-01 14:02"));
    expect(report.outcome).toBe("leftAlone");
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("writes 30,000 issues in blocks, every request far under Excel on the web's 5 MB", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    const many = Array.from({ length: 30_000 }, (_, i) =>
      issue(i + 2, { message: `${"A long message. ".repeat(8)}${i}` }),
    );
    await fake.Excel.run((ctx) => writeIssuesSheet(ctx, many, "2026-12-01 14:02"));
    expect(fake.stats.maxRequestBytes).toBeLessThan(2_500_000);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.workbook.cells(ISSUES_SHEET, "G30003")).toEqual([[`${"A long message. ".repeat(8)}29999`]]);
  });

  it("links to sheets whose names need quoting", () => {
    expect(cellLink("Bob's list", 2, 28)).toBe(`=HYPERLINK("#'Bob''s list'!AB2","AB2")`);
  });

  it("says when the workbook was last checked, for the Summary", () => {
    expect(lastCheckedText("2026-12-01 14:02", 12, 1)).toBe(
      "Last checked 2026-12-01 14:02: 12 errors, 1 warning — see the Issues sheet",
    );
  });
});

describe("Fix these N cells", () => {
  const fixes = (rows: number[]) =>
    rows.map((row) => ({ sheet: "Partners", row, column: 2, expected: "nonprofit", value: "Nonprofit" }));

  it("writes the listed value, and leaves a cell a co-author changed since the check as they left it", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    fake.workbook.seedSheet("Partners", [
      ["Partner", "Sector", "Notes"],
      ["A", "nonprofit", "keep"],
      ["B", "nonprofit", "keep"],
      ["C", "Business", "keep"],
      ["D", "nonprofit", "keep"],
    ]);
    // A co-author edits B's sector after the check; while the fix runs — between its read (sync 1)
    // and its write (sync 2) — they edit C's sector and D's note, cells the fix does not target.
    fake.remoteEdit("Partners", "B3", [["Academic"]]);
    const unhook = fake.onBeforeSync(({ sync }) => {
      if (sync === 2) {
        fake.remoteEdit("Partners", "B4", [["Government"]]);
        fake.remoteEdit("Partners", "C5", [["their note"]]);
      }
    });
    const report = await fake.Excel.run((ctx) => fixCells(ctx, fixes([2, 3, 5])));
    unhook();
    expect(report.written.map((f) => f.row)).toEqual([2, 5]);
    expect(report.skipped).toEqual([{ fix: fixes([3])[0], found: "Academic" }]);
    expect(fake.workbook.cells("Partners", "B2:C5")).toEqual([
      ["Nonprofit", "keep"],
      ["Academic", "keep"],
      ["Government", "keep"],
      ["Nonprofit", "their note"],
    ]);
  });

  it("does not overwrite a remote edit made between its read and its write of a block", async () => {
    const fake = createFakeExcel({ sheets: ["Partners"] });
    const rows = Array.from({ length: 12_001 }, (_, i) => (i === 0 ? ["Partner", "Sector"] : [`P${i}`, "nonprofit"]));
    fake.workbook.seedSheet("Partners", rows);
    // Between the first block's write and the second block's read, a co-author types in row 11000.
    const unhook = fake.onBeforeSync(({ sync }) => {
      if (sync === 3) fake.remoteEdit("Partners", "B11000", [["Government"]]);
    });
    const report = await fake.Excel.run((ctx) => fixCells(ctx, fixes(Array.from({ length: 12_000 }, (_, i) => i + 2))));
    unhook();
    expect(report.skipped.map((s) => [s.fix.row, s.found])).toEqual([[11000, "Government"]]);
    expect(report.written).toHaveLength(11_999);
    expect(fake.workbook.cells("Partners", "B10999:B11001")).toEqual([["Nonprofit"], ["Government"], ["Nonprofit"]]);
    expect(fake.stats.syncs).toBe(4); // blocks of 10,000 and 2,000 rows: a read and a write each
  });
});
