import * as path from "path";
import ExcelJS from "exceljs";
import { runMain, tempDir } from "./helpers";

/**
 * Cells merged down a column, as an awards report lays them out: Excel keeps the value in the area's
 * top-left cell and hands out the others empty, while the sheet shows one name spanning the rows. A
 * helper's round (real: California's transit capital awards, invented values): 190 "Award_Recipient
 * is empty" errors on the rows a recipient's merged cell spans.
 */
async function awardsReport(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("FY");
  ws.addRows([
    ["Award_Year", "Project_#", "Award_Recipient", "Components", "TIRCP_Award_Amount", "Expended"],
    [2018, 11, "Coast Rail Agency", "Track work", 22962000, 100000],
    [null, null, null, "Signals", null, 50000],
    [null, null, null, "Fencing", null, 11618.56],
    [null, null, null, "Second agency's share", 22962000, 0], // the award shown again, as the real report does
    [null, 12, "Valley Transit", "Buses", 4000000, 4000000],
  ]);
  ws.mergeCells("A2:A6"); // the year over every row: a figure that is no amount, each row's
  ws.mergeCells("B2:B5");
  ws.mergeCells("C2:C5");
  ws.mergeCells("E2:E4"); // one award over its project's rows: counted once
  const file = path.join(dir, "awards.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("cells merged down a column", () => {
  it("are read as the sheet shows them: the recipient on each of its rows, its award counted once", async () => {
    const dir = tempDir("merged");
    await awardsReport(dir);
    const run = await runMain(["check", "awards.xlsx", "--json", "--today", "2026-12-03"], dir);
    const json = JSON.parse(run.stdout);
    expect(json.files[0].sheets[0].mapping.map((m: { header: string; column: string }) => m.column)).toEqual([
      "Initiative ID",
      "Partner",
      "Committed",
      "Received",
    ]);
    // No "is empty" on the rows the recipient's cell spans, and no duplicate key per row: its lines,
    // one warning naming them.
    expect(json.issues.map((i: { rule: string; cell: string; rows: number }) => [i.rule, i.cell, i.rows])).toEqual([
      ["repeated.partner", "C2", 4],
    ]);
    const summary = await runMain(["summary", "awards.xlsx"], dir);
    // 22,962,000 once: not on each row its cell spans, nor again on the record's fourth line (the
    // workbook's own Grand_Total counts it once); the Expended lines each added.
    expect(summary.stdout).toMatch(/Total\s+2\s+\$26,962,000\s+\$4,161,618\.56/);
    expect(summary.stdout).toContain(
      "Note: 1 row under a name merged down over a record's lines shows its first line's Committed again " +
        "($22,962,000): counted once; counted on each row, Committed would be $49,924,000.",
    );
  });
});

/**
 * A header over two rows, its cells merged down (corpus round fi, D1; real: Frontex's grant
 * workbooks): rows 1–2 are one header, each column headed by its merged cell or its row-2 text.
 */
async function twoRowHeader(dir: string, file: string, lay: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Grants");
  lay(ws);
  ws.addRow(["2024/1", "Moldova - Border Police", "Petricani Street 19, Chisinau", 25241.3]);
  ws.addRow(["2024/2", "Serbia - Ministry of Interior", "Bul. Mihajla Pupina 2, Belgrade", 373615.2]);
  await wb.xlsx.writeFile(path.join(dir, file));
}

describe("a header over two rows whose cells are merged down", () => {
  it("keeps the column headed on the second row alone, and calls row 2 no header row again", async () => {
    const dir = tempDir("merged");
    // A1:A2, B1:B2, D1:D2 merged; C1 empty, the address headed in C2 (the 2024 workbook's E).
    await twoRowHeader(dir, "grants.xlsx", (ws) => {
      ws.getRow(1).values = ["Grant No", "Name of Beneficiary", null, "Total GRANTED"];
      ws.getRow(2).values = [null, null, "Address of the beneficiary", null];
      for (const c of ["A", "B", "D"]) ws.mergeCells(`${c}1:${c}2`);
    });
    const run = await runMain(["check", "grants.xlsx", "--json", "--today", "2026-12-03"], dir);
    const sheet = JSON.parse(run.stdout).files[0].sheets[0];
    expect(sheet.mapping.map((m: { header: string; column: string }) => [m.header, m.column])).toEqual([
      ["Name of Beneficiary", "Partner"],
      ["Total GRANTED", "Committed"],
    ]);
    expect(sheet.ignoredColumns).toEqual(["Grant No", "Address of the beneficiary"]);
    expect(JSON.parse(run.stdout).issues).toEqual([]);
    const text = await runMain(["check", "grants.xlsx", "--today", "2026-12-03"], dir);
    expect(text.stdout).toContain("Ignored: Grant No · Address of the beneficiary");
    expect(text.stdout).not.toContain("header row again");
    expect(text.code).toBe(0);
    // `new --from` names the address column it does not place, and leaves no row out as a header again.
    const made = await runMain(["new", "--from", "grants.xlsx", "tracker.xlsx"], dir);
    expect(made.stdout).toContain('not placed: column "Address of the beneficiary" (2 values)');
    expect(made.stdout).not.toContain("header row again");
  });

  it("whose every cell is merged down reads both rows as its header, not row 2 as the header row again", async () => {
    // The 2023 workbook: A5:A6 … merged, nothing on the second row of its own.
    const dir = tempDir("merged");
    await twoRowHeader(dir, "grants.xlsx", (ws) => {
      ws.getRow(1).values = ["Grant No", "Name of Beneficiary", "Address of the beneficiary", "Total GRANTED"];
      for (const c of ["A", "B", "C", "D"]) ws.mergeCells(`${c}1:${c}2`);
    });
    const text = await runMain(["check", "grants.xlsx", "--today", "2026-12-03"], dir);
    expect(text.stdout).toContain("Grants — Partners, header row 2, 2 rows checked: no issues");
    expect(text.stdout).toContain("Ignored: Grant No · Address of the beneficiary");
    expect(text.stdout).not.toContain("header row again");
  });
});
