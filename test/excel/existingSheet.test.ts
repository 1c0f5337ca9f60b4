/** "Use an existing sheet": map a user's own headers, copy into the tracker, never alter the original. */
import { copyExistingSheet, readExistingSheet, totalsLabel } from "../../src/excel/existingSheet";
import { copiesLeftOutLine } from "../../src/core/trackerRows";
import { listSourceSheets } from "../../src/excel/selection";
import { LEADERSHIP, PARTNERS } from "../../src/schema";
import { setup, trackerBeside } from "./helpers";

const USER_SHEET = [
  ["Partner commitments 2026", null, null, null],
  [null, null, null, null],
  ["Org name", "Type", "Pledge", "MOU signed?"],
  ["  Fresh Air Fund ", "philanthropy", "$1,200", "yes"],
  [null, null, null, null],
  ["City Harvest", "Nonprofit", 5000, "N"],
  ["Odd Co", "Space agency", "lots", "maybe"],
];

test("headers are mapped by synonym; rows land in tblPartners with unambiguous values normalised; the original is untouched", async () => {
  const f = await trackerBeside("Pledges", USER_SHEET);
  const before = f.workbook.snapshot() as { sheets: { name: string }[] };
  const { mapping } = await f.Excel.run((ctx) => readExistingSheet(ctx, "Pledges"));
  expect(mapping.tab).toBe("Partners");
  expect(mapping.headerRow).toBe(2);
  expect(mapping.columns.map((c) => c.id)).toEqual(["partner", "sector", "committed", "agreementSigned"]);

  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"));
  expect(result).toMatchObject({ tab: "Partners", written: 3, alreadyInTracker: [], notData: [] });
  const rows = f.workbook.tableRows(PARTNERS.table);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(rows.map((r) => [r[at("partner")], r[at("sector")], r[at("committed")], r[at("agreementSigned")]])).toEqual([
    ["Fresh Air Fund", "Philanthropy", 1200, "Yes"],
    ["City Harvest", "Nonprofit", 5000, "No"],
    ["Odd Co", "Space agency", "lots", "maybe"], // not unambiguous: copied as typed, flagged by the checks
  ]);
  const after = f.workbook.snapshot() as { sheets: { name: string }[] };
  expect(after.sheets.find((s) => s.name === "Pledges")).toEqual(before.sheets.find((s) => s.name === "Pledges"));
});

test("a sheet with no recognisable header row gets the core's clear error", async () => {
  const f = setup();
  f.workbook.seedSheet("Numbers", [
    [1, 2],
    [3, 4],
  ]);
  await expect(f.Excel.run((ctx) => readExistingSheet(ctx, "Numbers"))).rejects.toThrow(/header row/i);
});

describe("Copy into tracker, as a user meets it (issue 9 item 7)", () => {
  test("a second click adds nothing: rows whose Partner + Initiative ID are already in the tracker are reported, not copied", async () => {
    const f = await trackerBeside("Pledges", USER_SHEET);
    const first = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"));
    expect(first.written).toBe(3);
    const afterFirst = f.workbook.snapshot();
    const second = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"));
    expect(second).toMatchObject({ written: 0, keyColumns: ["Partner", "Initiative ID"] });
    // Worksheet rows 4, 6 and 7 of Pledges (indexes 3, 5, 6 of its values).
    expect(second.alreadyInTracker.map((i) => second.firstRow + i)).toEqual([4, 6, 7]);
    expect(f.workbook.snapshot()).toEqual(afterFirst);
    // A user's note just under the table does not stand in the way of a copy that adds nothing.
    const t = f.workbook.table(PARTNERS.table)!;
    f.workbook.seedSheet(f.workbook.tableSheet(t).name, [["my note"]], `A${t.rect.row + t.rect.rows + 2}`);
    await expect(f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"))).resolves.toMatchObject({ written: 0 });
  });

  test("the same partner for another initiative is a new row; the same name spelled differently is not", async () => {
    const f = await trackerBeside("Pledges", USER_SHEET);
    await f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"));
    f.workbook.seedSheet("More", [
      ["Org name", "Initiative ID", "Pledge"],
      ["FRESH AIR FUND", null, 10],
      ["Fresh Air Fund", "FOOD-01", 20],
    ]);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "More"));
    expect(report.written).toBe(1);
    expect(report.alreadyInTracker).toEqual([1]);
  });

  test("a leader for another initiative is a new Leadership row (CROSSCHECK counts champions per initiative)", async () => {
    const f = setup();
    await f.build({ sample: true });
    const before = f.workbook.tableRows(LEADERSHIP.table).length;
    f.workbook.seedSheet("Champions", [
      ["Name", "Title", "Initiative ID"],
      ["Priya Raman", "Deputy Mayor", "FOOD-01"], // in the sample for SPACE-01 only
      ["priya raman", "Deputy Mayor", "SPACE-01"], // already there
    ]);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Champions"));
    expect(report).toMatchObject({ tab: "Leadership", written: 1, keyColumns: ["Name", "Initiative ID"] });
    expect(report.alreadyInTracker).toEqual([2]); // indexes into the sheet's rows, its header row 0
    expect(f.workbook.tableRows(LEADERSHIP.table)).toHaveLength(before + 1);
  });

  test("copying the tracker's own Partners into itself adds nothing and says so", async () => {
    const f = setup();
    await f.build({ sample: true });
    const before = f.workbook.tableRows(PARTNERS.table);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Partners"));
    expect(report.written).toBe(0);
    expect(report.alreadyInTracker).toHaveLength(before.length);
    expect(f.workbook.tableRows(PARTNERS.table)).toEqual(before);
  });

  test("totals rows are never copied (a Total, Subtotal or Grand total label — also what Excel writes in a table's totals row)", async () => {
    const f = await trackerBeside("Ledger", [
      ["Org name", "Pledge"],
      ["Total Wine & More", 100],
      ["Food Bank", 200],
      ["Subtotal (Q1)", 300],
      ["Harbor Trust", 50],
      ["Grand total", 350],
    ]);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Ledger"));
    expect(report.written).toBe(3);
    expect(report.notData.map((n) => n.label)).toEqual(["Subtotal (Q1)", "Grand total"]);
    const partner = PARTNERS.columns.findIndex((c) => c.id === "partner");
    expect(f.workbook.tableRows(PARTNERS.table).map((r) => r[partner])).toEqual([
      "Total Wine & More",
      "Food Bank",
      "Harbor Trust",
    ]);
    expect(
      ["Total", "TOTAL:", "Totals", "Sum", "Total for FY24", "sub-total", "Parks total", "Total FY24"].map((l) =>
        totalsLabel([l]),
      ),
    ).not.toContain(undefined);
    // The label is the row's first filled cell, as every check reads it.
    expect(totalsLabel([null, "  ", " Grand total "])).toBe("Grand total");
    expect(["Total Wine & More", "Summit Partners", null, 42].map((l) => totalsLabel([l]))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("label rows inside the data and notes under it are never copied, and the report names them", async () => {
    const f = await trackerBeside("Ledger", [
      ["Org name", "Type", "Pledge"],
      ["Q1 pledges", null, null],
      ["Food Bank", "Nonprofit", 200],
      ["Q2 additions", null, null],
      ["Harbor Trust", "Philanthropy", 50],
      ["Grand total", null, 250],
      [null, null, null],
      ["Source: the city's grants portal, 2026", null, null],
    ]);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Ledger"));
    expect(report.written).toBe(2);
    expect(report.notData).toEqual([
      { index: 1, kind: "label", label: "Q1 pledges" },
      { index: 3, kind: "label", label: "Q2 additions" },
      { index: 5, kind: "total", label: "Grand total" },
      { index: 7, kind: "note", label: "Source: the city's grants portal, 2026" },
    ]);
    const partner = PARTNERS.columns.findIndex((c) => c.id === "partner");
    expect(f.workbook.tableRows(PARTNERS.table).map((r) => r[partner])).toEqual(["Food Bank", "Harbor Trust"]);
  });

  test("a line of a form where nothing was entered (placeholders and zeros) is not copied, and the report says so", async () => {
    const f = await trackerBeside("Form", [
      ["Org name", "Type", "Pledge"],
      ["Food Bank", "Nonprofit", 200],
      ["-", "N/A", 0],
      ["Harbor Trust", "Philanthropy", 50],
    ]);
    const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Form"));
    expect(report.written).toBe(2);
    expect(report.notData).toEqual([{ index: 2, kind: "placeholders", label: "-" }]);
  });

  test("the tracker's own sheets are not offered as a source; a user's own Partners sheet is", async () => {
    const f = setup();
    f.workbook.seedSheet("Partners", [
      ["Org", "Pledge"],
      ["A", 1],
    ]);
    f.workbook.seedSheet("Summary", [["My own summary"]]);
    await f.build();
    const offered = await f.Excel.run(listSourceSheets);
    expect(offered).toEqual(["Sheet1", "Partners", "Summary"]);
  });
});

test("an Excel table's totals row on the user's sheet is never copied, whatever its label says", async () => {
  const f = await trackerBeside("Grants", [
    ["Org name", "Pledge"],
    ["Food Bank", 200],
    ["Harbor Trust", 50],
    ["Count", "=SUBTOTAL(109,tblGrants[Pledge])"],
  ]);
  f.workbook.seedTable("Grants", "tblGrants", "A1:B4", { showTotals: true });
  const report = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(report.written).toBe(2);
  expect(report.notData).toEqual([{ index: 3, kind: "total", label: "Count" }]);
  expect(f.workbook.tableRows(PARTNERS.table).map((r) => r[0])).toEqual(["Food Bank", "Harbor Trust"]);
});

test("Copy into tracker leaves out copies most of the sheet, as the summary leaves them out of its sums, and names them", async () => {
  // A reviewer's repro (round fh D2): 5 rows, 3 the same as an earlier row in every column, dated. The
  // summary adds up $150; the copy wrote all 5 rows, $400 in the tracker's own sums, without a word.
  const ghana = [100, "GHA-H-MOH", "2023-09-20", "Ghana"];
  const kenya = [50, "KEN-M-TNT", "2022-01-10", "Kenya"];
  const f = await trackerBeside("Grants", [
    ["Amount", "Grant code", "Start date", "Partner"],
    ghana,
    ghana,
    ghana,
    kenya,
    kenya,
  ]);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(result.written).toBe(2);
  expect(result.copiesLeftOut).toEqual([
    {
      rows: [
        { index: 2, earlier: 1 },
        { index: 3, earlier: 1 },
        { index: 5, earlier: 4 },
      ],
      of: 5,
      amount: "$250",
    },
  ]);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(f.workbook.tableRows(PARTNERS.table).map((r) => [r[at("partner")], r[at("committed")]])).toEqual([
    ["Ghana", 100],
    ["Kenya", 50],
  ]);
  // What the pane says of them (worksheet rows: the sheet starts on row 1).
  expect(
    copiesLeftOutLine(
      {
        ...result.copiesLeftOut![0],
        rows: result.copiesLeftOut![0].rows.map((r) => ({ index: r.index + 1, earlier: r.earlier + 1 })),
      },
      PARTNERS.table,
      0,
    ),
  ).toBe(
    "3 of the 5 rows are the same in every column as an earlier row of the same partner — most of the sheet: read " +
      "as copies and not copied (their $250), as the summary leaves them out of its totals, so tblPartners adds up " +
      "what it does: rows 3 (same as 2), 4 (same as 2), 6 (same as 5). If they are separate entries, tell them " +
      "apart on the sheet (a date or a reference on each) and copy again.",
  );
});

test("Copy into tracker says copies most of one block side by side are most of its table, not the sheet", async () => {
  // A reviewer's repro: the left block 3 of 5 rows copies, the right block none; the line said "most of
  // the sheet", of a sheet most of whose rows are no copies.
  const ghana = [100, "GHA-H-MOH", "2023-09-20", "Ghana"];
  const kenya = [50, "KEN-M-TNT", "2022-01-10", "Kenya"];
  const left = [["Amount", "Grant code", "Start date", "Partner"], ghana, ghana, ghana, kenya, kenya];
  const right = [["Grantee", "Committed"], ...Array.from({ length: 8 }, (_, i) => [`Org ${i + 1}`, (i + 1) * 10])];
  const sheet = right.map((r, i) => [...(left[i] ?? [null, null, null, null]), null, ...r]);
  const f = await trackerBeside("Grants", sheet);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(result.written).toBe(10);
  expect(result.copiesLeftOut).toHaveLength(1);
  expect(copiesLeftOutLine(result.copiesLeftOut![0], PARTNERS.table, 1)).toContain(
    "3 of the 5 rows are the same in every column as an earlier row of the same partner — most of the table: " +
      "read as copies and not copied (their $250)",
  );
});

test("blocks side by side are copied each with its own headers: no row takes a value from the other block", async () => {
  // SPEC rev 2: blocks separated by an empty column are two blocks. One mapping over the sheet gave
  // City Food Bank the right block's sector (Philanthropy, Harbor Trust's) and left Harbor Trust and
  // Riverside Bank out of the tracker.
  const sheet = [
    ["Partner", "Committed", null, "Grantee", "Sector", "Committed"],
    ["City Food Bank", 1000, null, "Harbor Trust", "Philanthropy", 2000],
    ["Acme Ltd", 200, null, "Riverside Bank", "Business", 500],
    ["Total", 1200, null, "Total", null, 2500],
  ];
  const f = await trackerBeside("Grants", sheet);
  const { blocks } = await f.Excel.run((ctx) => readExistingSheet(ctx, "Grants"));
  expect(blocks.map((b) => [b.column, b.mapping.columns.map((c) => c.header)])).toEqual([
    [0, ["Partner", "Committed"]],
    [3, ["Grantee", "Sector", "Committed"]],
  ]);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(result.written).toBe(4);
  expect(result.notData.map((n) => [n.index, n.kind])).toEqual([[3, "total"]]); // named once, not per block
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(
    f.workbook.tableRows(PARTNERS.table).map((r) => [r[at("partner")], r[at("sector")], r[at("committed")]]),
  ).toEqual([
    ["City Food Bank", null, 1000],
    ["Acme Ltd", null, 200],
    ["Harbor Trust", "Philanthropy", 2000],
    ["Riverside Bank", "Business", 500],
  ]);
});

test("Copy into tracker keeps amounts in pounds as written, with their currency, and says so", async () => {
  // A printed grants list: £ marks under Amount, the figures beside them.
  const f = await trackerBeside("Grants", [
    ["Beneficiary", "Amount", "Column2"],
    ["Friends of Hill Hook", "£", "3,000.00"],
    ["Carers United", "£", 500],
  ]);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(result.keptCurrency).toEqual([{ column: "Committed", currency: "GBP", example: "£3,000" }]);
  const rows = f.workbook.tableRows(PARTNERS.table);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(rows.map((r) => [r[at("partner")], r[at("committed")]])).toEqual([
    ["Friends of Hill Hook", "£3,000"],
    ["Carers United", "£500"],
  ]);
});

test("Copy into tracker reads pounds from the amounts' number format: copied as written, never as dollars", async () => {
  // Real: Arts Council England's project grants: `"£"#,##0` on every award, £ in no header.
  const f = await trackerBeside("Awards", [
    ["Recipient", "Award amount"],
    ["Lakeside Arts", 15000],
    ["Riverton Theatre", 20500],
  ]);
  await f.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Awards").getRange("B2:B3").numberFormat = [['"£"#,##0'], ['"£"#,##0']];
    await ctx.sync();
  });
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Awards"));
  expect(result.keptCurrency).toEqual([{ column: "Committed", currency: "GBP", example: "£15,000" }]);
  const rows = f.workbook.tableRows(PARTNERS.table);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(rows.map((r) => [r[at("partner")], r[at("committed")]])).toEqual([
    ["Lakeside Arts", "£15,000"],
    ["Riverton Theatre", "£20,500"],
  ]);
});

test("Copy into tracker multiplies out amounts a header says are in thousands or millions, and says so", async () => {
  // Real: a ministry's table in £ thousand, a budget in $m: 1.5 under `Amount (£000)` is £1,500.
  const f = await trackerBeside("Grants", [
    ["Partner", "Amount (£000)", "Paid ($m)"],
    ["Harbor Trust", 1.5, 0.002],
    ["Riverside Bank", "2", ""],
  ]);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Grants"));
  expect(result.scaled).toEqual([
    { header: "Amount (£000)", factor: 1000 },
    { header: "Paid ($m)", factor: 1000000 },
  ]);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(f.workbook.tableRows(PARTNERS.table).map((r) => [r[at("committed")], r[at("received")]])).toEqual([
    ["£1,500", 2000],
    ["£2,000", null],
  ]);
});

test("Copy into tracker copies a name running on past the last column whole, and says so with the sheet's rows", async () => {
  // Real: Berlin's grants ledger opened from its CSV, names cut at an unquoted comma into the next
  // column. Check said so; the copy read them whole without a word. Blank rows above: the sheet's
  // used range starts lower, and the rows named are the sheet's own.
  const f = await trackerBeside("Zuwendungen", [
    [null, null, null, null],
    [null, null, null, null],
    ["jahr", "betrag", "name", null],
    [2013, 169144, "Internationaler Bund (IB) Freier Träger der Jugend-", " Sozial- und Bildungsarbeit"],
    [2014, 500, "Kiek in e. V.", null],
  ]);
  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Zuwendungen"));
  expect(result.written).toBe(2);
  expect(result.runsOn).toEqual([
    `1 row's name runs on past its column (row 4): read as one name, "…Jugend-, Sozial- und Bildungsarbeit" — ` +
      `in a CSV, put such a name in quotes.`,
  ]);
  const at = PARTNERS.columns.findIndex((c) => c.id === "partner");
  expect(f.workbook.tableRows(PARTNERS.table).map((r) => r[at])).toEqual([
    "Internationaler Bund (IB) Freier Träger der Jugend-, Sozial- und Bildungsarbeit",
    "Kiek in e. V.",
  ]);
});
