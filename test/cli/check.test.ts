import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/cli/check";
import { mapSheetPrefix, TextReporter } from "../../src/cli/report";
import { partnersSummary } from "../../src/cli/summary";
import { readWorkbookBuffer } from "../../src/cli/xlsxReader";
import { trackerXlsxBuffer } from "../../src/cli/xlsxWriter";
import { ISSUES_TITLE, LEADERSHIP, MAPPINGS_TITLE, PARTNERS, SAMPLE_DATA, TRACKER_MARKER } from "../../src/schema";

const TODAY = 46_351; // 2026-11-25

async function read(wb: ExcelJS.Workbook) {
  return readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** A "Funding" sheet with a title in A1 and a table "Pledges" at C5, checked. */
async function pledgesAtC5(
  table: Pick<ExcelJS.TableProperties, "columns" | "rows"> & Partial<ExcelJS.TableProperties>,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Funding");
  ws.getCell("A1").value = "FY27 commitments";
  ws.addTable({ name: "Pledges", ref: "C5", ...table });
  return checkWorkbook(await read(wb), { today: TODAY });
}

describe("finding tracker data in a workbook", () => {
  it("checks a table wherever it sits, reporting worksheet rows and cells, and leaves its totals row alone", async () => {
    const result = await pledgesAtC5({
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Organization", totalsRowLabel: "Total" },
        { name: "Sector" },
        { name: "Pledge", totalsRowFunction: "sum" },
      ],
      rows: [
        ["Fresh Air Fund", "Nonprofit", 1000],
        ["Blue Bank", "Banking", 2000], // not a listed sector: worksheet row 7, column D
      ],
    });
    expect(result.blocks).toEqual([
      expect.objectContaining({ sheet: "Funding", table: "Pledges", tab: "Partners", headerRow: 5, rows: 2 }),
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: "Funding", row: 7, column: "Sector", cell: "D7", severity: "error" }),
    ]);
  });

  it("says which rows it checked are hidden, by the sheet's filter or by hand", async () => {
    // A helper's round (real: DC's school list, its filter showing 2 of 311 rows): "311 rows checked:
    // no issues" with no word of the 309 hidden ones a user looking at the sheet does not see.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Schools");
    ws.addRow(["Partner", "Committed"]);
    for (let i = 1; i <= 6; i++) ws.addRow([`School ${i}`, 100 * i]);
    for (const r of [3, 4, 5, 7]) ws.getRow(r).hidden = true;
    ws.autoFilter = "A1:B7";
    const filtered = await checkWorkbook(await read(wb), { today: TODAY });
    expect(filtered.blocks).toEqual([expect.objectContaining({ sheet: "Schools", rows: 6 })]);
    expect(filtered.notes).toContain(
      "Schools: 4 of the 6 rows checked are hidden by its filter (rows 3–5, 7): they were checked all " +
        "the same, as Excel's formulas read them (Data › Clear shows them).",
    );
    // Hidden by hand, no filter; and a sheet hiding none says nothing.
    const byHand = new ExcelJS.Workbook();
    const sheet = byHand.addWorksheet("Schools");
    sheet.addRow(["Partner", "Committed"]);
    sheet.addRow(["School 1", 100]);
    sheet.addRow(["School 2", 200]);
    sheet.getRow(3).hidden = true;
    expect((await checkWorkbook(await read(byHand), { today: TODAY })).notes).toContain(
      "Schools: 1 of the 2 rows checked is hidden (row 3): it was checked all the same, as Excel's formulas read them.",
    );
    sheet.getRow(3).hidden = false;
    expect((await checkWorkbook(await read(byHand), { today: TODAY })).notes.join(" ")).not.toContain("hidden");
    // Blocks side by side: the block whose rows are hidden, by its columns, and not the other (a
    // reviewer's repro: both said "12 of the 20 rows", the right one holding 6, none hidden).
    const beside = new ExcelJS.Workbook();
    const two = beside.addWorksheet("Two");
    two.addRow(["Grantee", "Amount", null, "Funder", "Pledge"]);
    for (let i = 1; i <= 6; i++) two.addRow([`Grantee ${i}`, i * 10, null, `Funder ${i}`, i * 100]);
    for (let i = 7; i <= 9; i++) two.addRow([`Grantee ${i}`, i * 10]);
    for (const r of [8, 9, 10]) two.getRow(r).hidden = true;
    expect((await checkWorkbook(await read(beside), { today: TODAY })).notes.filter((n) => /hidden/.test(n))).toEqual([
      "Two (columns A–B): 3 of the 9 rows checked are hidden (rows 8–10): they were checked all the same, as " +
        "Excel's formulas read them.",
    ]);
    // Rows the check leaves out (a note under the data) are not said to be checked (a reviewer's repro).
    sheet.addRow([]);
    sheet.addRow(["Note: figures approved by council"]);
    sheet.getRow(5).hidden = true;
    expect((await checkWorkbook(await read(byHand), { today: TODAY })).notes.join(" ")).not.toContain("hidden");
  });

  it("says in summary which rows added up are hidden and the money in them, as check says which it checked", async () => {
    // A filter showing 2 of 6 schools, and summary's total counting all six without a word (check says
    // it; summary said nothing: a session's note, from DC's school list).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Schools");
    ws.addRow(["Partner", "Committed"]);
    for (let i = 1; i <= 6; i++) ws.addRow([`School ${i}`, 100 * i]);
    ws.addRow(["Total", 2100]);
    for (const r of [3, 4, 5, 7, 8]) ws.getRow(r).hidden = true; // the Total row hidden too: not added up
    ws.autoFilter = "A1:B8";
    const filtered = partnersSummary(await read(wb));
    expect(filtered.spill.at(-1)).toEqual(["Total", 6, 2100, ""]);
    expect(filtered.notes).toContain(
      '4 of the rows added up are hidden by a filter on "Schools" (rows 3–5, 7): $1,500 of Committed is in ' +
        "them — in these totals all the same, as Excel's SUM reads them (Data › Clear shows them).",
    );
    // By hand, one row; none hidden, nothing said.
    for (const r of [3, 4, 5, 8]) ws.getRow(r).hidden = false;
    ws.autoFilter = undefined as never;
    expect(partnersSummary(await read(wb)).notes).toContain(
      '1 of the rows added up is hidden on "Schools" (row 7): $600 of Committed is in it — in these totals all ' +
        "the same, as Excel's SUM reads them.",
    );
    ws.getRow(7).hidden = false;
    expect(partnersSummary(await read(wb)).notes.join(" ")).not.toContain("hidden");
    // Copies left out of the totals are none of the money added up, hidden or not (a reviewer's repro:
    // an export listing each grant 4 times, its copies hidden, "$494,000 … in these totals" of $173,000).
    const copies = new ExcelJS.Workbook();
    const sheet = copies.addWorksheet("Grants");
    sheet.addRow(["Partner", "Committed", "Award date"]);
    for (let k = 0; k < 4; k++)
      for (const [p, c] of [
        ["Acme", 100],
        ["Beta", 200],
      ] as const)
        sheet.addRow([p, c, "2024-01-05"]);
    for (const r of [4, 5, 6, 7, 8, 9]) sheet.getRow(r).hidden = true; // the copies (rows 2 and 3 the first of each)
    const left = partnersSummary(await read(copies));
    expect(left.spill.at(-1)).toEqual(["Total", 2, 300, ""]);
    expect(left.notes.join(" ")).not.toContain("hidden");
  });

  it("reads rows filled right under a table with it, and says Excel's formulas over the table leave them out", async () => {
    // A helper's round (real: a state's training providers, invented values): Table1 stopped 1,034
    // rows above the data's end, and $32.6M from 422 providers was summed where the sheet holds
    // $39.5M from 606, with "no issues". A blank row ends what belongs to it.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Providers");
    ws.addTable({
      name: "Table1",
      ref: "A1",
      columns: [{ name: "Organization" }, { name: "Pledge" }],
      rows: [
        ["Fresh Air Fund", 1000],
        ["Blue Bank", 2000],
      ],
    });
    ws.getCell("A4").value = "Hill College";
    ws.getCell("B4").value = 3000;
    ws.getCell("A5").value = "Lone Star School";
    ws.getCell("B5").value = 500;
    ws.getCell("A7").value = "Source: state workforce board";
    const data = await read(wb);
    const result = checkWorkbook(data, { today: TODAY });
    expect(result.blocks[0].rows).toBe(4);
    const said =
      "Providers: 2 filled rows right under table Table1 (rows 4–5) are not in the table: read with it here, " +
      "but Excel's formulas over Table1 leave them out. Table Design › Resize Table takes them in.";
    expect(result.notes).toContain(said);
    const summary = partnersSummary(data);
    expect(summary.spill.at(-1)).toEqual(["Total", 4, 6500, ""]);
    expect(summary.notes).toContain(said);
  });

  it("reads a headed column right beside a table with it, and a stacked table's header row as another table", async () => {
    // A helper's round (real: Lancashire Fire's payments, invented values): table `MonthlySpends` at
    // A:E, its `Amount` in F never read (exit 3, £15.1M unsaid); a second table's header row inside it,
    // `Amount` in E, its rows read under the first's headers.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Spend");
    ws.addTable({
      name: "MonthlySpends",
      ref: "A1",
      columns: [{ name: "Transaction Number" }, { name: "Supplier Name" }, { name: "Supplier Classification" }],
      rows: [
        [1001, "Alder Training Ltd", "Training"],
        [1002, "Birch Compressors Ltd", "Vehicle Parts"],
        ["Transaction Number", "Supplier Name", "Amount"],
        [2001, "Cedar Water plc", 1500],
      ],
    });
    ws.getCell("D1").value = "Amount";
    ws.getCell("D2").value = 7740;
    ws.getCell("D3").value = 610.81;
    const data = await read(wb);
    const result = checkWorkbook(data, { today: TODAY });
    expect(result.notes).toContain(
      "Spend: 1 filled column right beside table MonthlySpends (column D) is not in the table: read with it here, " +
        "but Excel's formulas over MonthlySpends leave it out. Table Design › Resize Table takes it in.",
    );
    expect(result.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/^Row 4 looks like the header row of another table under this one/),
    );
    expect(partnersSummary(data).spill.at(-1)).toEqual(["Total", 2, 8350.81, ""]);
  });

  it("reads figures beside a table however sparse, and whatever sums them under it", async () => {
    // A reviewer's repros: a `=SUM` under `Amount` took the column out ("Cannot summarise", $21,000
    // gone); `Received` on two rows of six was "No Received column".
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Payments");
    const suppliers = ["Alder Ltd", "Birch Ltd", "Cedar Ltd", "Damson Ltd", "Elm Ltd", "Fir Ltd"];
    ws.addTable({
      name: "MonthlySpends",
      ref: "A1",
      columns: [{ name: "Supplier" }, { name: "Date" }, { name: "Category" }],
      rows: suppliers.map((name, i) => [name, new Date(Date.UTC(2024, 3, i + 1)), "Works"]),
    });
    ws.getCell("D1").value = "Amount";
    ws.getCell("E1").value = "Received";
    [1000, 2000, 3000, 4000, 5000, 6000].forEach((v, i) => (ws.getCell(`D${i + 2}`).value = v));
    ws.getCell("D8").value = { formula: "SUM(D2:D7)", result: 21000 };
    ws.getCell("E3").value = 1500;
    ws.getCell("E6").value = 2500;
    expect(partnersSummary(await read(wb)).spill.at(-1)).toEqual(["Total", 6, 21000, 4000]);
  });

  it("does not read a drop-down's list of values kept beside a table as its column", async () => {
    // A reviewer's repro: `Sector` with five values beside a three-row table, read as the partners' sectors.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pledges");
    ws.addTable({
      name: "tblPledges",
      ref: "A1",
      columns: [{ name: "Partner" }, { name: "Pledge" }],
      rows: [
        ["Ford Foundation", 500000],
        ["Kresge Foundation", 300000],
        ["Bank of America", 200000],
      ],
    });
    ["Sector", "Philanthropy", "Business", "Government", "Nonprofit", "Academic"].forEach((v, i) => {
      ws.getCell(`C${i + 1}`).value = v;
    });
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks[0].mapping.map((m) => m.column)).not.toContain("Sector");
    // Nor a shorter list than half the table (a reviewer's repro: three values beside six rows).
    const longer = new ExcelJS.Workbook();
    const sheet = longer.addWorksheet("Pledges");
    sheet.addTable({
      name: "tblPledges",
      ref: "A1",
      columns: [{ name: "Partner" }, { name: "Pledge" }],
      rows: ["Ford", "Kresge", "Mott", "Joyce", "Knight", "Lilly"].map((n, i) => [`${n} Foundation`, 1000 * (i + 1)]),
    });
    ["Sector", "Housing", "Education", "Health"].forEach((v, i) => (sheet.getCell(`C${i + 1}`).value = v));
    const listed = checkWorkbook(await read(longer), { today: TODAY });
    expect(listed.blocks[0].mapping.map((m) => m.column)).not.toContain("Sector");
    // Words on the first rows only, with a headed column after them, are the table's own (a reviewer's
    // repro: `Contact` known for some partners, the Received beside it lost).
    ["Contact", "Ann Lee", "Bo Chen", "Cy Diaz"].forEach((v, i) => (sheet.getCell(`C${i + 1}`).value = v));
    ["Received", 100, 200, 300, 400, 500, 600].forEach((v, i) => (sheet.getCell(`D${i + 1}`).value = v));
    expect(partnersSummary(await read(longer)).spill.at(-1)).toEqual(["Total", 6, 21000, 2100]);
  });

  it("reads a column of ids just left of a table with it: rows it numbers apart are no entry made twice", async () => {
    // A helper's round (real: Slovenia's cohesion beneficiaries, invented values): `ID (ne spreminjaj)`
    // in A beside table `Tabela1` (B:C); two grants to one firm of one amount told "the same entry made
    // twice? … delete the extra row" 21 times, while summary read them as grants, a note of "units".
    const workbook = async (ids: readonly (string | number)[]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("List1");
      ws.getCell("A1").value = "ID (ne spreminjaj)";
      ids.forEach((id, i) => (ws.getCell(`A${i + 2}`).value = id));
      ws.addTable({
        name: "Tabela1",
        ref: "B1",
        columns: [{ name: "Partner" }, { name: "Committed" }],
        rows: [
          ["Acme d.o.o.", 100],
          ["Acme d.o.o.", 100],
          ["Beta d.o.o.", 50],
          ["Beta d.o.o.", 50],
          ["Gama d.o.o.", 70],
        ],
      });
      return read(wb);
    };
    const sameRows = (data: Awaited<ReturnType<typeof read>>) =>
      checkWorkbook(data, { today: TODAY }).issues.filter((i) => i.rule.startsWith("sameRow"));
    const copiesNoted = (data: Awaited<ReturnType<typeof read>>) =>
      partnersSummary(data).notes.filter((n) => n.includes("the same in every column"));
    const told = await workbook([36, 35, 7, 8, 9]);
    expect(sameRows(told)).toEqual([]);
    expect(copiesNoted(told)).toEqual([]);
    expect(checkWorkbook(told, { today: TODAY }).issues.map((i) => i.cell)).toEqual(["B2", "B4"]);
    expect(partnersSummary(told).spill.at(-1)).toEqual(["Total", 3, 370, ""]);
    // An id given twice tells nothing apart: the table is read alone, its copies said by both doors.
    const twice = await workbook([36, 36, 7, 8, 9]);
    expect(sameRows(twice).map((i) => i.cell)).toEqual(["B3", "B5"]);
    expect(copiesNoted(twice)).toHaveLength(1);
    // Nor do words: a column of names beside the table is no id.
    const names = await workbook(["Acme North", "Acme South", "Beta East", "Beta West", "Gama"]);
    expect(sameRows(names).map((i) => i.cell)).toEqual(["B3", "B5"]);
  });

  it("reads a column of ids left of a table that maps as no tab as the table alone: its hint unchanged", async () => {
    // A reviewer's repro (real: Slovenia's cohesion beneficiaries, invented values): headers no tab
    // knows, `ID (ne spreminjaj)` beside them — the ids made it "Its rows look like Foundation … check it
    // with --tab Foundation", a list of beneficiaries' grants, where the table alone asks for a Partner.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("List1");
    ws.getCell("A1").value = "ID (ne spreminjaj)";
    [36, 35, 7].forEach((id, i) => (ws.getCell(`A${i + 2}`).value = id));
    ws.addTable({
      name: "Tabela1",
      ref: "B1",
      columns: [{ name: "NAZIV UPRAVIČENCA" }, { name: "Višina dodeljenih sredstev" }, { name: "REGIJA" }],
      rows: [
        ["Acme d.o.o.", 100, "Savinjska"],
        ["Beta d.o.o.", 50, "Goriška"],
        ["Gama d.o.o.", 70, "Koroška"],
      ],
    });
    const said = JSON.stringify(checkWorkbook(await read(wb), { today: TODAY }).skipped);
    expect(said).toContain("name a Partner column");
    expect(said).not.toContain("Foundation");
  });

  it("reads a table's unit and currency from the sentence just above it", async () => {
    // A helper's round (real: GOV.UK's council tax receipts, invented values): "reported in thousands
    // of pounds (£ thousands)" over Table_4, summed as dollars and not multiplied out.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Table_4");
    ws.getCell("A1").value = "Table 4: Receipts of council tax for each local authority, 2022 to 2023";
    ws.getCell("A2").value = "Data in this worksheet is reported in thousands of pounds (£ thousands).";
    ws.addTable({
      name: "Table_4",
      ref: "A3",
      columns: [{ name: "Local authority" }, { name: "Total receipts of council taxes" }],
      rows: [
        ["Alphaton", 150],
        ["Betaford", 250],
      ],
    });
    const summary = partnersSummary(await read(wb), undefined, {
      tab: "Partners",
      pairs: [
        ["Local authority", "Partner"],
        ["Total receipts of council taxes", "Committed"],
      ],
    });
    expect(summary.currency).toBe("GBP");
    expect(summary.spill.at(-1)).toEqual(["Total", 2, 400000, ""]);
  });

  it("names worksheet rows in its messages for a table below row 1, as its cells do", async () => {
    // A table at C5: its messages said "already on row 3" (the table's own row) beside cell C8.
    const result = await pledgesAtC5({
      columns: [{ name: "Partner" }, { name: "Initiative ID" }, { name: "Committed" }],
      rows: [
        ["Fresh Air Fund", "FOOD-01", 1000],
        ["Blue Bank", "FOOD-01", 2000],
        ["Fresh Air Fund", "FOOD-01", 500],
      ],
    });
    expect(result.issues.map((i) => [i.cell, i.message])).toEqual([
      [
        "C8",
        'Partner "Fresh Air Fund" with Initiative ID "FOOD-01" is already on row 6 — list each partner once per initiative.',
      ],
    ]);
  });

  it("checks every table of a sheet, and a plain sheet named after a tab", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("People and money");
    ws.addTable({
      name: "tblLeadership",
      ref: "A1",
      columns: LEADERSHIP.columns.map((c) => ({ name: c.name })),
      // A row without a Name (two cells, so not a label row)
      rows: [LEADERSHIP.columns.map((c) => (c.id === "title" ? "Mayor" : c.id === "sector" ? "Government" : null))],
    });
    ws.addTable({
      name: "Money",
      ref: "M1",
      columns: [{ name: "Partner" }, { name: "Committed" }],
      rows: [["Rotary", -5]],
    });
    const plain = wb.addWorksheet("Partners");
    plain.addRow([PARTNERS.col.partner.name, PARTNERS.col.received.name]);
    plain.addRow(["Rotary", "lots"]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks.map((b) => [b.sheet, b.table, b.tab])).toEqual([
      ["People and money", "tblLeadership", "Leadership"],
      ["People and money", "Money", "Partners"],
      ["Partners", undefined, "Partners"],
    ]);
    expect(result.issues.map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      ["People and money", "A2", "error"], // Name is required
      ["People and money", "N2", "error"], // negative Committed
      ["Partners", "B2", "error"], // text in Received
    ]);
    expect(result.crossCheck.ran).toBe(false);
  });

  it("skips the tracker's Lists and Summary sheets, and cross-checks the tracker's tables over a copy", async () => {
    const buf = await trackerXlsxBuffer({ data: SAMPLE_DATA });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    // A pasted copy of the partners, with a partner backing an initiative Foundation lacks.
    const copy = wb.addWorksheet("Pasted partners");
    copy.addRow([PARTNERS.col.partner.name, PARTNERS.col.initiativeId.name]);
    copy.addRow(["Someone", "NOPE-1"]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.skipped.map((s) => s.sheet).sort()).toEqual(["Lists", "Summary"]);
    expect(result.trackerVersion).toBeGreaterThan(0);
    expect(result.crossCheck.ran).toBe(true);
    expect(result.notes.join(" ")).toMatch(
      /Cross-tab checks used .*Partners for Partners.*also found: Pasted partners/,
    );
    // The copy is validated on its own, but cross-checked only through the tracker's table.
    expect(result.issues.filter((i) => i.sheet === "Pasted partners" && /NOPE-1/.test(i.message))).toEqual([]);
  });

  it("recognises the Lists sheet by its marker even under another name", async () => {
    const wb = new ExcelJS.Workbook();
    const lists = wb.addWorksheet("Dropdowns");
    lists.getCell("A1").value = TRACKER_MARKER;
    lists.getCell("C3").value = "Sector";
    lists.getCell("D3").value = "Partner status";
    lists.getCell("E3").value = "Focus area";
    lists.getCell("F3").value = "Contribution";
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks).toEqual([]);
    expect(result.skipped).toEqual([{ sheet: "Dropdowns", reason: "the tracker's dropdown lists" }]);
  });
});

describe("reading users' sheets the headers alone do not explain", () => {
  async function grants() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("FY2024");
    ws.addRow(["Grants awarded, FY2024"]);
    ws.addRow(["Who", "How much", "Fiscal year"]);
    ws.addRow(["Food Bank of Riverton", 25000, 2024]);
    ws.addRow(["Riverton Rotary", "lots", 2024]);
    wb.addWorksheet("Notes").addRow(["Who to call", "When"]);
    return read(wb);
  }

  it("says, per sheet, what the closest tab was and which headers it saw", async () => {
    const result = checkWorkbook(await grants(), { today: TODAY });
    expect(result.blocks).toEqual([]);
    expect(result.skipped[0]).toMatchObject({ sheet: "FY2024", closestTab: "Partners" });
    expect(result.skipped[0].reason).toMatch(/^No Partners header row: row \d+ has /);
    expect(result.skipped[0].reason).toContain((result.skipped[0].seen ?? ["?"]).join(", "));
  });

  it("lists the first 50 headers a very wide sheet's row has, and how many there are", async () => {
    // Real: a return's lookup sheet with 2,761 headers made skipped[].seen 171,000 characters long.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Backend Data").addRow(Array.from({ length: 300 }, (_, i) => `Lookup ${i + 1}`));
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.skipped[0].seen).toHaveLength(50);
    expect(result.skipped[0].seen?.[0]).toBe("Lookup 1");
    expect(result.skipped[0].seenCount).toBe(300);
  });

  it("maps by hand with --tab and --map pairs, and reports the mapping with each header's cell", async () => {
    const result = checkWorkbook(await grants(), {
      today: TODAY,
      tab: "Partners",
      pairs: [
        ["Who", "Partner"],
        ["How much", "Committed"],
      ],
    });
    expect(result.blocks).toEqual([
      expect.objectContaining({
        sheet: "FY2024",
        tab: "Partners",
        headerRow: 2,
        rows: 2,
        mapping: [
          { header: "Who", column: PARTNERS.col.partner.name, cell: "A2" },
          { header: "How much", column: PARTNERS.col.committed.name, cell: "B2" },
        ],
        ignoredColumns: ["Fiscal year"],
      }),
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: "FY2024", cell: "B4", rule: "type.committed", value: "lots" }),
    ]);
    // The notes sheet lacks the mapped headers: not checked, and the core says why.
    expect(result.skipped).toEqual([
      expect.objectContaining({ sheet: "Notes", reason: expect.stringMatching(/Who|How much/) }),
    ]);
  });

  it('maps one sheet\'s columns alone with --map "Sheet!Header=Column", the other sheets read as their headers say', async () => {
    // A workbook of a year a sheet, one sheet's Partner and Country headers swapped: mapped on that
    // sheet alone, the other years keep their own (a helper's round: a swap on one sheet of fifteen).
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Grants 2023").addRows([
      ["Partner", "Country", "Committed"],
      ["Red Cross", "Kenya", 100],
      ["Oxfam", "Ghana", 200],
    ]);
    wb.addWorksheet("Grants 2024").addRows([
      ["Partner", "Country", "Committed"],
      ["Kenya", "Save the Children", 300],
      ["Ghana", "CARE", 400],
    ]);
    const data = await read(wb);
    const mappingOf = (pairs: [string, string][]) =>
      checkWorkbook(data, { today: TODAY, pairs }).blocks.map((b) => [
        b.sheet,
        b.mapping.map((m) => `${m.header}→${m.column}`).join(", "),
      ]);
    expect(
      mappingOf([
        ["Grants 2024!Country", "Partner"],
        ["'Grants 2024'!Partner", "Ignore"],
      ]),
    ).toEqual([
      ["Grants 2023", "Partner→Partner, Committed→Committed"],
      ["Grants 2024", "Country→Partner, Committed→Committed"],
    ]);
    // Summed, the names are the partners on both sheets (four, not "Kenya" and "Ghana" counted).
    const summed = partnersSummary(
      data,
      undefined,
      {
        pairs: [
          ["grants 2024!Country", "Partner"],
          ["Grants 2024!Partner", "Ignore"],
        ],
      },
      "all",
    );
    expect(summed.spill.at(-1)).toEqual(["Total", 4, 1000, ""]);
    // A sheet that lacks the header its entry names is said so, not read as its headers say.
    const missing = checkWorkbook(data, { today: TODAY, pairs: [["Grants 2024!Grantee", "Partner"]] });
    expect(missing.blocks.map((b) => b.sheet)).toEqual(["Grants 2023"]);
    expect(missing.skipped).toEqual([
      expect.objectContaining({
        sheet: "Grants 2024",
        reason: 'no "Grantee" header, which --map names for this sheet',
      }),
    ]);
    // A sheet's name holding a `!` or a quote, quoted as Excel writes it (and as messages offer it).
    const odd = new ExcelJS.Workbook();
    odd.addWorksheet("Q1!Q2").addRows([
      ["Funder", "Pledge"],
      ["Rotary", 50],
    ]);
    odd.addWorksheet("Bob's").addRows([
      ["Funder", "Pledge"],
      ["Lions", 70],
    ]);
    const oddData = await read(odd);
    const quoted = checkWorkbook(oddData, {
      today: TODAY,
      tab: "Partners",
      pairs: [
        ["'Q1!Q2'!Funder", "Partner"],
        ["'Q1!Q2'!Pledge", "Committed"],
        ["'Bob''s'!Funder", "Partner"],
        ["'Bob''s'!Pledge", "Committed"],
      ],
    });
    expect(quoted.blocks.map((b) => [b.sheet, b.mapping.map((m) => m.column).join(", ")])).toEqual([
      ["Q1!Q2", "Partner, Committed"],
      ["Bob's", "Partner, Committed"],
    ]);
    // summary takes the quoted sheet's entry as check does: of two sheets of Partners data, the one mapped
    // by hand is summed (a reviewer's repro: the entry cut at the `!` inside the name, the other summed).
    const two = new ExcelJS.Workbook();
    two.addWorksheet("Other").addRows([
      ["Partner", "Committed"],
      ["Lions", 70],
    ]);
    two.addWorksheet("Q1!Q2").addRows([
      ["Funder", "Pledge"],
      ["Rotary", 50],
    ]);
    const oddSummary = partnersSummary(await read(two), undefined, {
      pairs: [
        ["'Q1!Q2'!Funder", "Partner"],
        ["'Q1!Q2'!Pledge", "Committed"],
      ],
    });
    expect([oddSummary.sheet, oddSummary.spill.at(-1)]).toEqual(["Q1!Q2", ["Total", 1, 50, ""]]);
    expect(mapSheetPrefix("Q1!Q2")).toBe("'Q1!Q2'");
    expect(mapSheetPrefix("Bob's")).toBe("'Bob''s'");
    expect(mapSheetPrefix("Grants 2024")).toBe("Grants 2024");
    // A prefix naming no sheet is part of the header (`Total!` is no sheet here).
    const wbBang = new ExcelJS.Workbook();
    wbBang.addWorksheet("Gifts").addRows([
      ["Donor", "Gift!"],
      ["Rotary", 50],
    ]);
    const bang = checkWorkbook(await read(wbBang), {
      today: TODAY,
      tab: "Partners",
      pairs: [
        ["Donor", "Partner"],
        ["Gift!", "Committed"],
      ],
    });
    expect(bang.blocks[0].mapping.map((m) => m.column)).toEqual([
      PARTNERS.col.partner.name,
      PARTNERS.col.committed.name,
    ]);
  });

  it("names a hidden sheet instead of checking it, and passes over the add-in's own Issues and mappings sheets", async () => {
    // Real: a funder's form hides its cost grids; their "Organisation | Organisation Type" label row
    // read as a Partners header and gave 19 errors about cells nobody sees.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Pledges").addRows([
      ["Partner", "Committed"],
      ["Rotary", -1],
    ]);
    const hidden = wb.addWorksheet("Calc");
    hidden.state = "hidden";
    hidden.addRows([
      ["Organisation", "Organisation Type"],
      ["I1", "Labour"],
    ]);
    wb.addWorksheet("Issues").addRows([
      [ISSUES_TITLE],
      [],
      ["Tab", "Sheet", "Cell", "Rule", "Severity", "Value", "Message"],
    ]);
    const kept = wb.addWorksheet("Tracker mappings");
    kept.state = "hidden";
    kept.addRows([
      [MAPPINGS_TITLE],
      [],
      ["Pledges", "Partners"],
      ["Your header", "Tracker column"],
      ["Partner", "Partner"],
    ]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks.map((b) => b.sheet)).toEqual(["Pledges"]);
    expect(result.skipped).toEqual([
      { sheet: "Calc", reason: "a hidden sheet (lookups or calculations): unhide it to check it" },
      { sheet: "Issues", reason: "the tracker's Issues sheet, written by Check" },
      { sheet: "Tracker mappings", reason: "the tracker's kept column mappings" },
    ]);
  });

  it("says nothing of an empty very hidden sheet, and does not tell a user to unhide one Excel's Unhide dialog cannot show", async () => {
    // Real (a comptroller's report saved through a PDF converter): an empty very hidden
    // `Acerno_Cache_XXXXX` was "Not checked … a hidden sheet: unhide it to check it" — a line about
    // nothing, with advice Excel's Unhide dialog cannot carry out.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Acerno_Cache_XXXXX").state = "veryHidden";
    const macro = wb.addWorksheet("Rates");
    macro.state = "veryHidden";
    macro.addRows([
      ["Organisation", "Rate"],
      ["Harbour Trust", 0.2],
    ]);
    wb.addWorksheet("Grants").addRows([
      ["Grantee", "Amount"],
      ["Harbour Food Bank", 1200],
    ]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    let text = "";
    await new TextReporter(async (t) => {
      text += t;
    }).file({ file: "grants.xlsx", status: "checked", exitCode: 0, result });
    const said = text.replace(/\s+/g, " ");
    expect(said).not.toContain("Acerno_Cache_XXXXX");
    expect(said).toContain(
      "Not checked: Rates — a very hidden sheet, hidden by a program or macro (Excel's Unhide dialog does not list it)",
    );
    expect(said).not.toContain("unhide it to check it");
  });

  it("names a sheet of dropdown lists and a data dictionary instead of checking them as data", async () => {
    // Helpers' rounds (real): Ohio's ARPA workbook's Dropdowns sheet, 54 "Subrecipient is empty" — its
    // only findings; the Covenant of Mayors' METADATA sheet, a second Partners block under --map.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dropdowns").addRows([
      ["Project Status", "Subrecipient"],
      ["Not started", "Subrecipient"],
      ["Completed", "Contractor"],
    ]);
    wb.addWorksheet("df1_METADATA").addRows([
      ["Dataframe", "Content", "Name", "Type", "Description"],
      ["df1", "signatories", "organisation_name", "string", "Name of the city"],
    ]);
    wb.addWorksheet("1").addRows([
      ["organisation_id", "organisation_name", "country_name"],
      [1, "Northbrook", "Belgium"],
    ]);
    const result = checkWorkbook(await read(wb), {
      today: TODAY,
      tab: "Partners",
      pairs: [["organisation_name", "Partner"]],
    });
    expect(result.blocks.map((b) => b.sheet)).toEqual(["1"]);
    expect(result.skipped).toEqual([
      { sheet: "Dropdowns", reason: "a sheet of dropdown lists, not data" },
      { sheet: "df1_METADATA", reason: "a data dictionary (a column's name, type and description a row), not data" },
    ]);
    // A catalogue of datasets with a Name, a Type and a Description among many columns is a table of its own.
    const catalogue = new ExcelJS.Workbook();
    catalogue.addWorksheet("Catalogue").addRows([
      [
        "URL",
        "U ID",
        "Public",
        "Domain",
        "Type",
        "Name",
        "Description",
        "Visits",
        "Category",
        "Owner",
        "Contact Email",
      ],
      [
        "https://example.org/d/1",
        "1",
        true,
        "example.org",
        "dataset",
        "Car parks",
        "Occupancy",
        12,
        "Transport",
        "Ann",
        "",
      ],
    ]);
    expect(checkWorkbook(await read(catalogue), { today: TODAY }).skipped).not.toContainEqual(
      expect.objectContaining({ reason: expect.stringContaining("data dictionary") }),
    );
  });

  it("keeps the tracker's own tables as they are whatever --tab says", async () => {
    const buf = await trackerXlsxBuffer({ data: SAMPLE_DATA });
    const result = checkWorkbook(await readWorkbookBuffer(buf), { today: TODAY, tab: "Partners" });
    expect(result.blocks.map((b) => b.tab)).toEqual(["Foundation", "Assets", "Leadership", "Partners"]);
    expect(result.errors).toBe(0);
  });

  it("keeps two tables of one tab on one sheet apart", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Money");
    const table = (name: string, ref: string, committed: number) =>
      ws.addTable({ name, ref, columns: [{ name: "Partner" }, { name: "Committed" }], rows: [["Rotary", committed]] });
    table("Spring", "A1", -1);
    table("Autumn", "E1", 5);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.issues.map((i) => [i.table, i.cell])).toEqual([["Spring", "B2"]]);
  });
});

describe("a row left out by a label in a column without a header", () => {
  it("names the label's own cell, not the Partner cell beside it (as a printed statement's notes sit in A)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Taxpayers");
    ws.addRow([null, "Partner", "Committed"]);
    ws.addRow([null, "Parks Trust", 100]);
    ws.addRow([null, "Food Bank", 200]);
    ws.addRow(["SOURCE: the city's assessment roll", null, null]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.issues.map((i) => [i.rule, i.cell])).toEqual([["leftOut.note", "A4"]]);
    expect(result.issues[0]).not.toHaveProperty("columnIndex"); // its cell says where it is
  });
});

describe("blocks side by side on a plain sheet", () => {
  it("checks each block on its own, with its own cells, and the text report keeps them apart", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Spring and autumn");
    ws.addRow(["Partner", "Committed", "", "Partner", "Committed"]);
    ws.addRow(["Rotary", -5, "", "Blue Bank", 100]);
    ws.addRow(["Food Bank", 10, "", "Fresh Air Fund", -7]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks.map((b) => [b.sheet, b.tab, b.rows, b.mapping.map((m) => m.cell)])).toEqual([
      ["Spring and autumn", "Partners", 2, ["A1", "B1"]],
      ["Spring and autumn", "Partners", 2, ["D1", "E1"]],
    ]);
    expect(result.issues.map((i) => [i.cell, i.rule, i.block])).toEqual([
      ["B2", "min.committed", 0],
      ["E3", "min.committed", 1],
    ]);
    const out: string[] = [];
    await new TextReporter(async (t) => {
      out.push(t);
    }).file({ file: "a.xlsx", status: "checked", exitCode: 1, result });
    const text = out.join("");
    expect(text.match(/^ {4}B2 /gm)).toHaveLength(1);
    expect(text.match(/^ {4}E3 /gm)).toHaveLength(1);
  });

  it("summary adds the blocks up, a partner in both counted once", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Spring and autumn");
    ws.addRow(["Partner", "Committed", "", "Partner", "Sector", "Committed"]);
    ws.addRow(["Rotary", 5, "", "Blue Bank", "Business", 100]);
    ws.addRow(["Food Bank", 10, "", "rotary", "Nonprofit", 20]);
    expect(partnersSummary(await read(wb)).spill).toEqual([
      ["Sector", "Partners", "Committed", "Received"],
      ["Business", 1, 100, ""], // no Received column: no Received figures, never a column of zeros
      ["Nonprofit", 1, 20, ""],
      ["Total", 3, 135, ""],
    ]);
  });
});

describe("sheets that are not tracker data", () => {
  it("skips a sheet of numbers in blocks side by side, with no header row anywhere, instead of failing the file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dept Summary");
    ws.addRow([1200, 3400, null, 5600, 7800]);
    ws.addRow([1, 2, null, 3, 4]);
    const partners = wb.addWorksheet("Partners");
    partners.addRow(["Partner", "Committed"]);
    partners.addRow(["Rotary", 5]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    expect(result.blocks.map((b) => b.sheet)).toEqual(["Partners"]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ sheet: "Dept Summary", reason: expect.stringMatching(/holds data/) }),
    ]);
  });
});

describe("a sheet that goes on with the table of the sheet before it", () => {
  // A helper's round, real: a town council's quarterly payments converted page by page from a PDF,
  // `Page 2` repeating the title lines with no header row: 33 of 72 payments not summed or checked.
  const titles = [
    [null, null, null, "Westford Town Council"],
    [null, null, null, "Payments Made 2017/18 exceeding £250"],
  ];
  async function pages(second: (string | number | null)[][]) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Page 1").addRows([
      ...titles,
      ["Inv Date", "Ref", "Payee", "Details", "£ (net)", "Category"],
      ["01/04/2017", 159, "Moor Lane Offices", "April office rent", 950, "Office Costs"],
      ["12/04/2017", 158, "Kestrel Productions", "Concert deposit", 23166, "Events"],
      ["19/04/2017", "DP 4", "Quill Print", "Annual report printing", 1100, "PR and Marketing"],
    ]);
    wb.addWorksheet("Page 2").addRows([...titles, ...second]);
    return read(wb);
  }
  const payments = [
    ["25/05/2017", 187, "Tern PC Help", "Toner cartridges", 374, "Office Supplies"],
    ["01/06/2017", 184, "Moor Lane Offices", "June office rent", 900, "Office Costs"],
    ["01/06/2017", 197, "Heron Consulting", "Professional services May", 3575, "Professional Services"],
  ];

  it("is read under that sheet's header row: checked, and summed with it", async () => {
    const wb = await pages(payments);
    const checked = checkWorkbook(wb, { today: TODAY });
    expect(checked.blocks.map((b) => [b.sheet, b.rows, b.headerRow, b.continues])).toEqual([
      ["Page 1", 3, 3, undefined],
      ["Page 2", 3, 3, "Page 1"],
    ]);
    expect(checked.notes.join(" ")).toContain("Page 2: no header row of its own; its title lines are Page 1's");
    const summary = partnersSummary(wb);
    expect(summary.spill[summary.spill.length - 1]).toEqual(["Total", 5, 30065, ""]);
    expect(summary.sheets).toEqual(["Page 1", "Page 2"]);
  });

  it("says its own rows' numbers in its messages", async () => {
    const wb = await pages([payments[0], payments[1], payments[1]]);
    const same = checkWorkbook(wb, { today: TODAY }).issues.find(
      (i) => i.sheet === "Page 2" && /same as row/.test(i.message),
    );
    expect([same?.cell, same?.message]).toEqual([
      "C5",
      expect.stringMatching(/^Row 5 is the same as row 4 in every column/),
    ]);
  });

  it("is not taken where it has a header row of its own, or only words under the titles", async () => {
    // A reviewer's repro: a "Not funded" sheet under the same titles, its header read as a partner.
    for (const rows of [
      [
        ["Applicant", "Amount requested", "Reason"],
        ["Wren Trust", 18000, "Late"],
      ],
      [["These payments are net of VAT."], ["Figures are unaudited."]],
    ]) {
      const wb = await pages(rows);
      expect(checkWorkbook(wb, { today: TODAY }).blocks.map((b) => b.sheet)).toEqual(["Page 1"]);
      expect(partnersSummary(wb).spill.at(-1)).toEqual(["Total", 3, 25216, ""]);
    }
  });

  it("is found under a header wrapped onto a second line, notes between it and the first payment", async () => {
    // Real (a helper's drift check): Sutton's payments, `Unrecoverabl` / `e VAT` and two notes under the
    // header: its Page 2 "not checked" and unsaid in the summary.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Page 1").addRows([
      ...titles,
      ["Inv Date", "Ref", "Payee", "Details", "£ (net)", "Unrecoverabl", "Category"],
      [null, null, null, null, null, "e VAT"],
      [null, null, null, "Prepayment - 25% delivery"],
      ["12/04/2017", 158, "Kestrel Productions", "Concert deposit", 23166, null, "Events"],
    ]);
    wb.addWorksheet("Page 2").addRows([...titles, ...payments.map((r) => [...r.slice(0, 5), null, r[5]])]);
    const checked = checkWorkbook(await read(wb), { today: TODAY });
    expect(checked.blocks.map((b) => [b.sheet, b.rows])).toEqual([
      ["Page 1", 1],
      ["Page 2", 3],
    ]);
  });

  it("is said, not read, where its columns do not line up with the headers", async () => {
    // The real Page 2 lost Page 1's empty column: its amounts under the category heading.
    const shifted = payments.map((row) => [...row.slice(0, 4), row[5], row[4]]);
    const wb = await pages(shifted);
    const summary = partnersSummary(wb);
    expect(summary.spill[summary.spill.length - 1]).toEqual(["Total", 3, 25216, ""]);
    expect(summary.notes.join(" ")).toContain("its columns do not line up with Page 1's headers");
  });
});

describe("a sheet without title lines or a header that goes on with the list of the sheet before it", () => {
  // A helper's round: a grants list converted page by page, its header on Page1 alone: Page2 and
  // Page3 "not checked", $405,000 of $409,000 left out of the summary unsaid.
  async function paged(third: (string | number | null)[][]) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Page1").addRows([
      ["Program", "Fiscal Year", "Applicant", "Offer"],
      ["Artist Development", "2020-2021", "Ann Example", 2000],
      ["Artist Development", "2020-2021", "Bo Sample", 2000],
    ]);
    wb.addWorksheet("Page2").addRows([
      ["Live Performance", "2020-2021", "Cy Person", 15000],
      ["Live Performance", "2019-2020", "Di Other", "lots"],
    ]);
    wb.addWorksheet("Page3").addRows(third);
    return read(wb);
  }

  it("is checked with its own rows' numbers and summed with it", async () => {
    const wb = await paged([
      ["Sound Recording", "2019-2020", "Ed Name", 100000],
      ["Sound Recording", "2019-2020", "Flo Name", 250000],
    ]);
    const checked = checkWorkbook(wb, { today: TODAY });
    expect(checked.blocks.map((b) => [b.sheet, b.rows, b.continues])).toEqual([
      ["Page1", 2, undefined],
      ["Page2", 2, "Page1"],
      ["Page3", 2, "Page1"],
    ]);
    expect(checked.notes.join(" ")).toContain("Page2: no header row of its own; its first row is laid out as Page1's");
    const lots = checked.issues.find((i) => i.sheet === "Page2");
    expect([lots?.cell, lots?.row]).toEqual(["D2", 2]);
    const summary = partnersSummary(wb);
    expect(summary.spill.at(-1)).toEqual(["Total", 6, 369000, ""]);
  });

  it("says a column missing from the list once, on the sheet whose header row it is", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Page1").addRows([
      ["Initiative ID", "Initiative", "Status", "Baseline"],
      ["A-1", "Parks", "Active", 10],
    ]);
    wb.addWorksheet("Page2").addRows([["A-2", "Pools", "Active", 7]]);
    const checked = checkWorkbook(await read(wb), { today: TODAY });
    const missing = checked.issues.filter((i) => i.rule.startsWith("missingColumn."));
    expect(new Set(missing.map((i) => `${i.sheet} row ${i.row}`))).toEqual(new Set(["Page1 row 1"]));
    expect(checked.blocks.map((b) => [b.sheet, b.errors])).toEqual([
      ["Page1", missing.length],
      ["Page2", 0],
    ]);
  });

  it("is not taken where the sheets are not a document's pages: a summary sheet of the user's laid out alike", async () => {
    // A reviewer's repro: a hand-made `By sector` sheet (no header) under the list, summed with it.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Grants").addRows([
      ["Program", "Applicant", "Offer"],
      ["Arts", "Ann Example", 2000],
    ]);
    wb.addWorksheet("By sector").addRows([["Arts", "All applicants", 2000]]);
    const checked = checkWorkbook(await read(wb), { today: TODAY });
    expect(checked.blocks.map((b) => b.sheet)).toEqual(["Grants"]);
  });

  it("is not taken where its first row is laid out otherwise: a sheet of notes, a table of its own", async () => {
    for (const rows of [
      [["These grants are unaudited."], ["Figures in dollars."]],
      [
        ["Sound Recording", 250000],
        ["Film", 1000],
      ],
    ]) {
      const checked = checkWorkbook(await paged(rows), { today: TODAY });
      expect(checked.blocks.map((b) => b.sheet)).toEqual(["Page1", "Page2"]);
    }
  });
});

describe("a list cut by page over sheets named Page1, Page2 …, its header on each", () => {
  // A helper's round, real: FACTOR's recipients over 27 sheets `Page1` … `Page27`; the summary showed
  // Page1's $290,000 of $71,690,259, the other pages named in its last note.
  async function pagedBook(names: string[]) {
    const wb = new ExcelJS.Workbook();
    names.forEach((name, i) =>
      wb.addWorksheet(name).addRows([
        ["Program", "Applicant", "Offer"],
        ["Artist Development", `Applicant ${i}a`, 1000 * (i + 1)],
        ["Live Performance", `Applicant ${i}b`, 500],
      ]),
    );
    return read(wb);
  }

  it("is summed as one list unasked, and said so", async () => {
    const summary = partnersSummary(await pagedBook(["Page1", "Page2", "Page3"]));
    expect(summary.spill.at(-1)).toEqual(["Total", 6, 7500, ""]);
    expect(summary.sheets).toEqual(["Page1", "Page2", "Page3"]);
    expect(summary.notes).toContain(
      'Summed over the 3 sheets Page1 … Page3: pages of one list, the same columns on each (--sheet "<name>" sums one page alone).',
    );
  });

  it("is not, where the sheets are named otherwise (a month a sheet may restate another)", async () => {
    const summary = partnersSummary(await pagedBook(["April", "May"]));
    expect(summary.spill.at(-1)).toEqual(["Total", 2, 1500, ""]);
  });
});

describe("a programme's rounds, a sheet each (Round 1, Round 2)", () => {
  // A helper's round, real: Arts Council England's culture recovery grants, `Round 1` (`£ Award offered`,
  // unread) and `Round 2` (`£ Awarded`): £76.7M shown of £334.1M.
  async function rounds(names: string[], second: string[]) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(names[0]).addRows([
      ["Organisation Name", "£ Award offered"],
      ["Alder Theatre", 50000],
      ["Birch Dance CIC", 25000],
      ["Cedar Arts", 15000],
    ]);
    wb.addWorksheet(names[1]).addRows([
      ["Organisation Name", "£ Awarded"],
      ...second.map((name, i) => [name, 10000 * (i + 1)]),
    ]);
    return read(wb);
  }

  it("are summed unasked when they fund others, and said so", async () => {
    const summary = partnersSummary(await rounds(["Round 1", "Round 2"], ["Damson Music", "Elm Gallery"]));
    expect(summary.spill.at(-1)).toEqual(["Total", 5, 120000, ""]);
    expect(summary.notes).toContain(
      'Summed over the 2 sheets "Round 1", "Round 2": rounds of one programme, each listing its own partners ' +
        '(--sheet "<name>" sums one round alone).',
    );
  });

  it("are not where they list the same partners (a restatement), nor where named otherwise", async () => {
    const same = partnersSummary(await rounds(["Round 1", "Round 2"], ["Alder Theatre", "Birch Dance CIC"]));
    expect(same.spill.at(-1)).toEqual(["Total", 3, 90000, ""]);
    const named = partnersSummary(await rounds(["Theatre", "Music"], ["Damson Music", "Elm Gallery"]));
    expect(named.spill.at(-1)).toEqual(["Total", 3, 90000, ""]);
  });
});

describe("a workbook whose amounts show £ on some sheets and no currency on the others", () => {
  it("reads them all as £, and says so, whichever sheet is summed", async () => {
    // A helper's round (real: Lancashire's police commissioner's payments, three monthly sheets of ten
    // formatted "£"#,##0): April's pounds summed as $43,965,059.71.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("APR 24").addRows([
      ["Supplier", "Amount"],
      ["Alder Training Ltd", 1000.5],
      ["Birch Fuel Ltd", 500],
    ]);
    const nov = wb.addWorksheet("Nov 24");
    nov.addRows([
      ["Supplier", "Amount"],
      ["Cedar Water plc", 1650.5],
    ]);
    nov.getCell("B2").numFmt = '"£"#,##0.00';
    const data = await read(wb);
    const summary = partnersSummary(data);
    expect([summary.sheet, summary.currency, summary.spill.at(-1)]).toEqual([
      "APR 24",
      "GBP",
      ["Total", 2, 1500.5, ""],
    ]);
    expect(summary.notes).toContain(
      '"APR 24" shows no currency in its amounts\' formats, and "Nov 24" of the same workbook shows GBP: read as GBP ' +
        '(--map "<amount header>=Committed (USD)" says otherwise).',
    );
    // A sheet writing its own `$` in its cells keeps it (a reviewer's repro: "mixes currencies", refused).
    wb.addWorksheet("US donors").addRows([
      ["Partner", "Amount"],
      ["Acme Inc", "$1,000"],
      ["Beta LLC", "$2,000"],
    ]);
    const withDollars = await read(wb);
    expect(
      checkWorkbook(withDollars, { today: TODAY })
        .issues.map((i) => i.message)
        .join(" "),
    ).not.toContain("mixes");
    const us = partnersSummary(withDollars, undefined, {}, "US donors");
    expect([us.currency, us.spill.at(-1)]).toEqual(["USD", ["Total", 2, 3000, ""]]);
    // One stray `€250` among bare figures does not make them euros: the mix is said (a reviewer's
    // repro: £1,900 and €250 shown as €2,150).
    wb.addWorksheet("May").addRows([
      ["Partner", "Amount"],
      ["Acme Ltd", 1200],
      ["Beta Ltd", "€250"],
      ["Gamma Ltd", 700],
    ]);
    const withStray = await read(wb);
    expect(() => partnersSummary(withStray, undefined, {}, "May")).toThrow(/mixes currencies: £1,900 in 2 rows/);
    // Dollars said by hand are dollars, and nothing says otherwise.
    const dollars = partnersSummary(data, undefined, { pairs: [["Amount", "Committed (USD)"]] });
    expect(dollars.currency).toBe("USD");
    expect(dollars.notes.join(" ")).not.toContain("read as GBP");
  });
});

describe("a workbook whose sheet says its currency in a group's title over its amounts", () => {
  it("reads that sheet's amounts in it, not in the currency another sheet's formats show", async () => {
    // Corpus round fk (real: Italy's earthquake reconstruction, `IMPORTI (€)` over three amount columns,
    // its formats General; the other sheet's `€` formats were said to be where its euros came from).
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Towns").addRows([
      ["Reconstruction database at 31 May 2026"],
      [null, "Claims (n)", "Amounts (€)", "Amounts (€)"],
      ["Partner", "Claims", "Committed", "Received"],
      ["Abbateggio", 6, 152036.29, 105440.02],
      ["Camerino", 90, 500000, 250000],
    ]);
    const works = wb.addWorksheet("Works");
    works.addRows([
      ["Partner", "Amount"],
      ["Barete", 200000],
    ]);
    works.getCell("B2").numFmt = '"£"#,##0.00';
    const summary = partnersSummary(await read(wb), undefined, {}, "Towns");
    expect([summary.currency, summary.spill.at(-1)]).toEqual(["EUR", ["Total", 2, 652036.29, 355440.02]]);
    expect(summary.notes.join(" ")).not.toContain("of the same workbook");
  });
});

describe("sheets summed together that each say their unit", () => {
  it("say it once in the summary's notes, not once a sheet", async () => {
    // A helper's round (real: Baltimore's capital plans, `--sheet all`: the same "in thousands" note 26 times).
    const wb = new ExcelJS.Workbook();
    for (const year of ["FY2024", "FY2025", "FY2026"]) {
      wb.addWorksheet(year).addRows([
        ["Capital plan"],
        ["Amounts in Thousands"],
        ["Funder", "Sector", "Totals"],
        ["General Funds", "Government", 100],
        ["State Funds", "Government", 50],
      ]);
    }
    const summary = partnersSummary(await read(wb), undefined, {}, "all");
    expect(summary.spill.at(-1)).toEqual(["Total", 2, 450000, ""]);
    expect(summary.notes.filter((n) => n.includes("in thousands"))).toHaveLength(1);
  });
});

describe("--sheet all where one sheet has figures", () => {
  it("sums that sheet as without it: no sum over 1 sheets, nor a sheet that may be a total of others", async () => {
    // A helper's round (real: Wales's structural funds, `ESF` headed with no rows): "Partners (1 sheets)"
    // and "Summed over 1 sheets ("ERDF") … If one sheet is a total of others, its money counts twice".
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("ERDF").addRows([
      ["Lead Beneficiary", "EU Funds Awarded"],
      ["Swansea University", 1000],
      ["Cardiff Council", 2000],
    ]);
    wb.addWorksheet("ESF").addRows([["Lead Beneficiary", "EU Funds Awarded"]]);
    const data = await read(wb);
    const all = partnersSummary(data, undefined, {}, "all");
    const alone = partnersSummary(data);
    expect(all.spill.at(-1)).toEqual(["Total", 2, 3000, ""]);
    expect(all.sheets).toBeUndefined();
    expect(all.sheet).toBe("ERDF");
    expect(all.notes.filter((n) => n.startsWith("Summed over"))).toEqual([]);
    expect(all).toEqual(alone);
  });
});

describe("a sheet of a workbook whose key header the core cannot place", () => {
  // A helper's round, real: a county's ARPA workbook, one sheet of three headed `Recipent`, its
  // $548,270 left out of `--sheet all` and `check` naming no way to read it.
  async function arpa() {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("crime").addRows([
      ["County", "recipient", "Office", "Amount"],
      ["Lake", "City of Alder", "Police", 1000],
      ["Lake", "Village of Birch", "Police", 2000],
    ]);
    wb.addWorksheet("bodycam").addRows([
      ["County", "Recipent", "Police Department", "Amount"],
      ["Lake", "City of Cedar", "Cedar PD", 300],
      ["Lake", "Village of Dogwood", "Dogwood PD", 400],
    ]);
    return read(wb);
  }

  it("is named in the summary with the options that read it, and they do", async () => {
    const wb = await arpa();
    const all = partnersSummary(wb, undefined, {}, "all");
    expect(all.spill[all.spill.length - 1]).toEqual(["Total", 2, 3000, ""]);
    expect(all.notes).toContain(
      'Sheet "bodycam" is not in these figures: its header row names no Partners column; --tab Partners --map "Recipent=Partner" reads it.',
    );
    // Named with --sheet, it is said why it is not read, and how to read it (not only where others are).
    expect(() => partnersSummary(wb, undefined, {}, "bodycam")).toThrow(
      /^no Partners data on a sheet named "bodycam": it is on "crime"\. "bodycam" is not read: No Partners header row: row 1 has County, Recipent, .* To read it: --tab Partners --map "Recipent=Partner"\.$/,
    );
    const mapped = partnersSummary(wb, undefined, { tab: "Partners", pairs: [["Recipent", "Partner"]] }, "all");
    expect(mapped.spill[mapped.spill.length - 1]).toEqual(["Total", 4, 3700, ""]);
  });

  it("is said in check's report with the same options", async () => {
    const result = checkWorkbook(await arpa(), { today: TODAY });
    let text = "";
    await new TextReporter(async (t) => {
      text += t;
    }).file({ file: "arpa.xlsx", status: "checked", exitCode: 0, result });
    expect(text.replace(/\s+/g, " ")).toContain(
      'Not checked: bodycam — no header row naming tracker columns (--tab Partners --map "Recipent=Partner" reads it)',
    );
  });

  it("offers no way to read a sheet only another tab's guess came near (it would not read it)", async () => {
    // A helper's drift check (real: Sutton's community grants): a list of grants whose beneficiary header
    // is fused with its title was offered `--tab Assets --map "Registration Number=Asset"`.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("crime").addRows([
      ["recipient", "Amount"],
      ["City of Alder", 1000],
    ]);
    wb.addWorksheet("Grants").addRows([
      [
        "Date Grant Awarded",
        "Postcode",
        "Description",
        "Ward",
        "Town Council Grants 2016/17 Beneficiary",
        "Registration Number",
        "Purpose",
        "Amount",
      ],
      [
        "13-Dec-16",
        "B74 4DT",
        "Hill Hook Reserve",
        "Four Oaks",
        "Friends of Hill Hook",
        "Voluntary",
        "Ecologist costs",
        "3,000.00",
      ],
    ]);
    const result = checkWorkbook(await read(wb), { today: TODAY });
    let text = "";
    await new TextReporter(async (t) => {
      text += t;
    }).file({ file: "grants.xlsx", status: "checked", exitCode: 0, result });
    expect(text.replace(/\s+/g, " ")).toContain("Not checked: Grants — no header row naming tracker columns");
    expect(text).not.toContain("reads it");
  });
});
