/**
 * Cells merged down a column in the task pane: Excel hands a merged area's value in its first cell
 * only ("" in the others) while the sheet shows one name spanning the rows. The pane reads the
 * merged areas (Range.getMergedAreasOrNullObject) and reads the sheet as it shows, as the command
 * line reads a file's `<mergeCell>`s: one behaviour, whichever door.
 */
import ExcelJS from "exceljs";
import { mapHeaders, validateRange } from "../../src/core";
import { withMergedAreas } from "../../src/core/mergedCells";
import { checkWorkbook } from "../../src/cli/check";
import { readWorkbookBuffer } from "../../src/cli/xlsxReader";
import { copyExistingSheet } from "../../src/excel/existingSheet";
import { readSheetValues } from "../../src/excel/reader";
import { columnLetter, PARTNERS } from "../../src/schema";
import { blocksSideBySide, fromRowOne } from "../../src/taskpane/views/mappingModel";
import { createFakeExcel, type FakeCell } from "../fakes/excel";
import { trackerBeside } from "./helpers";

// A transit awards report's layout (real: California's TIRCP awards; invented values): the year,
// project number and recipient merged down over each project's component rows, the award merged
// over the rows it covers.
const AWARDS: FakeCell[][] = [
  ["Award_Year", "Project_#", "Award_Recipient", "Components", "TIRCP_Award_Amount", "Expended"],
  [2018, 11, "Coast Rail Agency", "Track work", 22962000, 100000],
  [null, null, null, "Signals", null, 50000],
  [null, null, null, "Fencing", null, 11618.56],
  [null, 12, "Valley Transit", "Buses", 4000000, 4000000],
];
const MERGES = ["A2:A5", "B2:B4", "C2:C4", "E2:E4"];
/** The same areas with the table seeded from B3: not from A1, so areas are placed in the used range's values. */
const MERGES_AT_B3 = ["B4:B7", "C4:C6", "D4:D6", "F4:F6"];

function awardsInExcel() {
  const fake = createFakeExcel();
  fake.workbook.seedSheet("FY", AWARDS, "B3");
  for (const m of MERGES_AT_B3) fake.workbook.seedMerge("FY", m);
  return fake;
}

/** The same sheet as a file for the command line: two empty rows and an empty column first. */
async function awardsFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("FY");
  ws.getCell("A1").value = null;
  AWARDS.forEach((row, i) => row.forEach((v, j) => (ws.getRow(i + 3).getCell(j + 2).value = v as ExcelJS.CellValue)));
  for (const m of MERGES_AT_B3) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the Excel fake's merged areas (office-js: Range.getMergedAreasOrNullObject)", () => {
  test("gives the areas whose top-left cell is in the range, a null object for none, and fails past 512", async () => {
    const fake = awardsInExcel();
    const areas = await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("FY");
      const all = sheet.getRange("B3:G7").getMergedAreasOrNullObject().load("areaCount,address");
      // D4:D6 starts above C5:G7: not returned (office-js #3611).
      const lower = sheet.getRange("C5:G7").getMergedAreasOrNullObject().load("areaCount");
      const none = sheet.getRange("G3:G7").getMergedAreasOrNullObject().load("areaCount");
      await ctx.sync();
      return { all: all.address, count: all.areaCount, lower: lower.isNullObject, none: none.isNullObject };
    });
    expect(areas).toEqual({ all: "FY!B4:B7, FY!C4:C6, FY!D4:D6, FY!F4:F6", count: 4, lower: true, none: true });
    // Excel keeps the value in the top-left cell only.
    expect(fake.workbook.cells("FY", "D4:D6")).toEqual([["Coast Rail Agency"], [null], [null]]);

    for (let r = 0; r < 513; r++) fake.workbook.seedMerge("FY", `K${2 * r + 1}:K${2 * r + 2}`);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("FY").getRange("K:K").getMergedAreasOrNullObject().load("areaCount");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("a sheet with cells merged down, in the task pane", () => {
  test("is read as it shows: the recipient on each of its rows, figures left for the mapping", async () => {
    const fake = awardsInExcel();
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "FY"));
    expect(read.values.map((r) => r[2])).toEqual([
      "Award_Recipient",
      "Coast Rail Agency",
      "Coast Rail Agency",
      "Coast Rail Agency",
      "Valley Transit",
    ]);
    // The award and the year are figures: not filled at read (an amount merged down is one amount).
    expect(read.values.map((r) => r[4])).toEqual(["TIRCP_Award_Amount", 22962000, "", "", 4000000]);
    expect(read.mergedDown).toContainEqual({ top: 1, bottom: 3, left: 4, right: 4 });
  });

  test("past 512 merged areas (Excel then gives none), the sheet is read as Excel hands it, not refused", async () => {
    const fake = awardsInExcel();
    // 513 titles merged across pairs of columns right of the table, within its rows.
    const letters = (c: number) => columnLetter(c + 1);
    for (let k = 0; k < 513; k++) {
      fake.workbook.seedSheet("FY", [["title"]], `${letters(8 + 2 * k)}4`);
      fake.workbook.seedMerge("FY", `${letters(8 + 2 * k)}4:${letters(9 + 2 * k)}4`);
    }
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "FY"));
    expect(read.mergedDown).toEqual([]);
    expect(read.values.map((r) => r[2])).toEqual(["Award_Recipient", "Coast Rail Agency", "", "", "Valley Transit"]);
  });

  test("Validate in place says what check says on the same workbook", async () => {
    const fake = awardsInExcel();
    const sheet = fromRowOne({ sheet: "FY", ...(await fake.Excel.run((ctx) => readSheetValues(ctx, "FY"))) });
    const [block] = blocksSideBySide(sheet);
    const found = mapHeaders(block.values);
    const read = withMergedAreas(block.values, found, block.mergedDown, 0, 0);
    const pane = validateRange(read.values, found.tab, { mapping: read.mapping }).issues.map((i) => [
      i.rule,
      i.row,
      i.message,
    ]);

    const wb = await readWorkbookBuffer(await awardsFile());
    const cli = checkWorkbook(wb).issues.map((i) => [i.rule, i.row, i.message]);
    expect(cli).toEqual([
      ["repeated.partner", 4, expect.stringContaining(`with Project_# "11" is on 3 rows (4, 5, 6)`)],
    ]);
    expect(pane).toEqual(cli);
    // As Excel hands the values, the project's number is on its first line only: the pane asked the
    // user to fill in Project_# on the lines the merged cell already covers.
    const asHanded = validateRange(block.values, found.tab, { mapping: found }).issues.map((i) => i.message);
    expect(asHanded).toEqual([expect.stringContaining("Fill in Project_# on these rows")]);
  });

  test("Copy into tracker copies each row's recipient and the award once", async () => {
    const f = await trackerBeside("FY", AWARDS);
    for (const m of MERGES) f.workbook.seedMerge("FY", m);
    const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "FY"));
    expect(result.written).toBe(4);
    const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
    expect(f.workbook.tableRows(PARTNERS.table).map((r) => [r[at("partner")], r[at("committed")]])).toEqual([
      ["Coast Rail Agency", 22962000],
      ["Coast Rail Agency", null],
      ["Coast Rail Agency", null],
      ["Valley Transit", 4000000],
    ]);
  });
});

describe("a header over two rows whose cells are merged down, in the task pane", () => {
  // Corpus round fi, D1 (real: Frontex's grant workbooks): the pane reads the merged header as the
  // command line does — one header over rows 1–2, the address column headed on row 2 alone kept.
  const GRANTS: FakeCell[][] = [
    ["Grant No", "Name of Beneficiary", null, "Total GRANTED"],
    [null, null, "Address of the beneficiary", null],
    ["2024/1", "Moldova - Border Police", "Petricani Street 19, Chisinau", 25241.3],
    ["2024/2", "Serbia - Ministry of Interior", "Bul. Mihajla Pupina 2, Belgrade", 373615.2],
  ];
  const ALL_MERGED: FakeCell[][] = [
    ["Grant No", "Name of Beneficiary", "Address of the beneficiary", "Total GRANTED"],
    [null, null, null, null],
    ...GRANTS.slice(2),
  ];

  async function bothDoors(rows: FakeCell[][], merges: readonly string[]) {
    const fake = createFakeExcel();
    fake.workbook.seedSheet("Grants", rows, "A1");
    for (const m of merges) fake.workbook.seedMerge("Grants", m);
    const sheet = fromRowOne({ sheet: "Grants", ...(await fake.Excel.run((ctx) => readSheetValues(ctx, "Grants"))) });
    const [block] = blocksSideBySide(sheet);
    const found = mapHeaders(block.values);
    const read = withMergedAreas(block.values, found, block.mergedDown, 0, 0);
    const pane = validateRange(read.values, found.tab, { mapping: read.mapping });

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Grants");
    rows.forEach((row, i) => row.forEach((v, j) => (ws.getRow(i + 1).getCell(j + 1).value = v as ExcelJS.CellValue)));
    for (const m of merges) ws.mergeCells(m);
    const cli = checkWorkbook(await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer())));
    return { pane, mapping: read.mapping, cli };
  }

  test("keeps the column headed on row 2 alone, and calls row 2 no header row again", async () => {
    const { pane, mapping, cli } = await bothDoors(GRANTS, ["A1:A2", "B1:B2", "D1:D2"]);
    expect([mapping.headerRow, mapping.firstHeaderRow]).toEqual([1, 0]);
    expect(mapping.unknown.map((u) => u.header)).toEqual(["Grant No", "Address of the beneficiary"]);
    expect(pane.issues).toEqual([]);
    expect(cli.issues).toEqual([]);
    expect(cli.blocks[0].ignoredColumns).toEqual(["Grant No", "Address of the beneficiary"]);
  });

  test("whose every cell is merged down: both rows its header, as check reads the file", async () => {
    const { pane, mapping, cli } = await bothDoors(ALL_MERGED, ["A1:A2", "B1:B2", "C1:C2", "D1:D2"]);
    expect([mapping.headerRow, mapping.firstHeaderRow]).toEqual([1, 0]);
    expect(pane.leftOut).toEqual([]);
    expect(pane.issues).toEqual([]);
    expect(cli.issues).toEqual([]);
    expect(cli.blocks[0].headerRow).toBe(2);
  });
});
