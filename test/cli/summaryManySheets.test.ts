import * as path from "path";
import ExcelJS from "exceljs";
import { runMain, tempDir } from "./helpers";

/**
 * `summary` of a workbook of many sheets with nothing to sum says why for a few and names the rest, as
 * `check` does (corpus round io D5, real: a Japanese region's subsidy calls, a combined sheet and one per
 * city, 15 sheets — summary said the same "No Partners header row" 15 times, 33 lines before its hint).
 * Invented sheets in that layout.
 */
describe("summary of a workbook of many sheets, none of them Partners'", () => {
  it("explains eight sheets and names the rest, pointing to check --json for their reasons", async () => {
    const dir = tempDir("summary-many-sheets");
    const wb = new ExcelJS.Workbook();
    for (let n = 1; n <= 12; n++)
      wb.addWorksheet(`City ${n}`).addRows([
        ["自治体名", "補助金名", "公募ステータス", "締切日", "補助金額(上限)", "URL"],
        [`City ${n}`, `Example grant ${n}`, "open", "2026-07-01", "上限20万円", `https://example.org/${n}`],
      ]);
    await wb.xlsx.writeFile(path.join(dir, "calls.xlsx"));
    const run = await runMain(["summary", "calls.xlsx"], dir);
    const said = run.stderr.replace(/\s+/g, " ");
    expect(run.code).toBe(3);
    expect(said).toContain("City 8: No Partners header row");
    expect(said).not.toContain("City 9: No");
    expect(said).toContain(
      "… and 4 more sheets, none with a header row naming tracker columns: City 9, City 10, City 11, City 12 " +
        "(check --json says why for each).",
    );
    expect(said).toContain("To sum it anyway");
  });
});
