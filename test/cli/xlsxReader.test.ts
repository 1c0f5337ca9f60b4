import ExcelJS from "exceljs";
import { ymdToSerial } from "../../src/core/excelDate";
import { readWorkbookBuffer, UnreadableWorkbookError } from "../../src/cli/xlsxReader";
import { formatCurrency } from "../../src/core/coerce";
import { cell, partnersRows, workbook } from "../fixtures/hostile/generators";
import * as fs from "fs";
import * as path from "path";
import { handMadeXlsx, runMain, tempDir, writeZip } from "./helpers";

describe("reading an .xlsx into what Excel hands a custom function", () => {
  it("flattens what ExcelJS writes: rich text and hyperlinks to text, dates to serials, formulas to their result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Partners");
    ws.getCell("A1").value = { richText: [{ text: "Org " }, { font: { bold: true }, text: "name" }] };
    ws.getCell("B1").value = "Pledge";
    ws.getCell("A2").value = { text: "Fresh Air Fund", hyperlink: "https://example.org" };
    ws.getCell("B2").value = { formula: "1000*2", result: 2000 } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell("D2").value = true;
    ws.getCell("E2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("F2").value = { formula: 'A2&""', result: "Fresh Air Fund" } as ExcelJS.CellFormulaValue;
    ws.getCell("G2").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue; // never calculated
    ws.getCell("A4").value = "after a blank row";
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const sheet = (await readWorkbookBuffer(buf)).sheets[0];
    expect(sheet.name).toBe("Partners");
    expect(sheet.cells[0]).toEqual(["Org name", "Pledge"]);
    expect(sheet.cells[1]).toEqual([
      "Fresh Air Fund",
      2000,
      ymdToSerial(2024, 3, 1),
      true,
      "#DIV/0!",
      "Fresh Air Fund",
    ]);
    expect(sheet.cells[2]).toEqual([]);
    expect(sheet.cells[3]).toEqual(["after a blank row"]);
  });

  it("says which formula cells were saved without their result on rows of data, not on rows of formulas alone", async () => {
    // A helper's round (real): a Helsinki programme written by a program that does not calculate, its
    // sums of 2,975 k€ read as empty and left out of the totals without a word.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Projects");
    ws.addRow(["Project", "Units", "Unit cost", "Cost"]);
    ws.addRow(["Park Street", 2, 100, { formula: "B2*C2", result: 200 }]);
    ws.addRow(["Shore Road", 3, 100, { formula: "B3*C3" }]);
    ws.addRow(["Hill Lane", 1, 500, { formula: "B4*C4" }]);
    ws.addRow([null, null, null, { formula: "B5*C5" }]); // a template's unused line: empty in Excel too
    const read = await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.sheets[0].cells[2]).toEqual(["Shore Road", 3, 100]);
    expect(read.uncalculated?.map((u) => u.sentence)).toEqual([
      'Sheet "Projects": 2 formula cells were saved without their result (first: D3), so they were read as empty: ' +
        "the program that wrote the file did not calculate them. Open the file in Excel and save it, and check it again.",
    ]);
  });

  it("reads a formula whose saved result is an empty `<v/>` as calculated: empty, nothing said", async () => {
    // A helper's round (real): a climate-pledge workbook's IF(…,1,"") flags saved as <v/> where "" was
    // the result; called "not calculated", the check was incomplete (exit 2) and told to re-save.
    const buf = handMadeXlsx({
      Pledges:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Partner</t></is></c><c r="B1" t="inlineStr"><is><t>Flag</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Carpania</t></is></c><c r="B2" t="str"><f>IF(A2="x",1,"")</f><v/></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Lorvia</t></is></c><c r="B3"><f>1+1</f></c></row>',
    });
    const read = await readWorkbookBuffer(buf);
    expect(read.sheets[0].cells[1]).toEqual(["Carpania"]);
    // Row 3's formula has no <v> at all: that one was never calculated, and is said.
    expect(read.uncalculated?.map((u) => u.sentence)).toEqual([
      expect.stringContaining("1 formula cell was saved without its result (first: B3)"),
    ]);
  });

  it("reads an empty `<v/>` or `<v></v>` under a formula whose cell says no text result as not calculated, as openpyxl saves it", async () => {
    // A helper's round (corpus fj D2): openpyxl writes `<f>15000-3000</f><v />`; a $12,000 award was
    // read as empty without a word, and its row called "a label row". No number is saved empty.
    const award = (r: number, name: string, amount: string) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${name}</t></is></c>${amount}</row>`;
    const buf = handMadeXlsx({
      FY16:
        award(1, "Legal Name", '<c r="B1" t="inlineStr"><is><t>Amount</t></is></c>') +
        award(2, "5 Boros Basketball", '<c r="B2" t="n"><v>5000</v></c>') +
        award(3, "111th Precinct Community Council", '<c r="B3"><f>15000-3000</f><v /></c>') +
        award(4, "52nd Street Project", '<c r="B4" t="n"><f>2500*2</f><v></v></c>') +
        award(5, "Harbor Bank", '<c r="B5" t="b"><f>A5="x"</f><v/></c>'),
    });
    const read = await readWorkbookBuffer(buf);
    expect(read.sheets[0].cells.slice(2)).toEqual([
      ["111th Precinct Community Council"],
      ["52nd Street Project"],
      ["Harbor Bank"],
    ]);
    expect(read.uncalculated?.map((u) => u.sentence)).toEqual([
      expect.stringContaining("3 formula cells were saved without their result (first: B3)"),
    ]);
  });

  it("takes a row whose amount is a formula saved without its result for data, said, never a label row", async () => {
    // A helper's round (corpus fj D2): `summary` gave $10,000 for 2 partners, exit 0, and `check` called
    // the 111th Precinct's row "a label row, not data … left out of every check and sum".
    const dir = tempDir("uncalculated-row");
    const row = (r: number, name: string, amount: string) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${name}</t></is></c>${amount}</row>`;
    fs.writeFileSync(
      path.join(dir, "awards.xlsx"),
      handMadeXlsx({
        FY16:
          row(1, "Legal Name", '<c r="B1" t="inlineStr"><is><t>Amount</t></is></c>') +
          row(2, "5 Boros Basketball", '<c r="B2" t="n"><v>5000</v></c>') +
          row(3, "111th Precinct Community Council", '<c r="B3"><f>15000-3000</f><v /></c>') +
          row(4, "52nd Street Project", '<c r="B4" t="n"><v>5000</v></c>') +
          row(5, "Harbor Bank", '<c r="B5"><f>1000+1000</f></c>'),
      }),
    );
    const check = await runMain(["check", "awards.xlsx", "--today", "2026-12-01"], dir);
    expect(check.code).toBe(2);
    expect(check.stdout).not.toContain("label row");
    expect(check.stdout).not.toContain("note under the data");
    expect(check.stdout.replace(/\s+/g, " ")).toContain("4 rows checked");
    expect(check.stderr.replace(/\s+/g, " ")).toContain(
      "2 formula cells were saved without their result (first: B3), so they were read as empty",
    );
    const summary = await runMain(["summary", "awards.xlsx"], dir);
    expect(summary.code).toBe(2);
    expect(summary.stdout).toMatch(/Total\s+4\s+\$10,000/);
    expect(summary.stderr).toContain("this summary is incomplete");
    const copy = await runMain(["new", "--from", "awards.xlsx", "tracker.xlsx"], dir);
    expect(copy.stdout).toContain("Partners 4 rows");
    expect(copy.stdout).not.toContain("label row");
    expect(copy.stdout.replace(/\s+/g, " ")).toContain(
      "2 formula cells were saved without their result (first: B3), so they were copied empty",
    );
  });

  it("makes a user's check incomplete (exit 2) with such cells, but not a tracker this tool wrote", async () => {
    const dir = tempDir("uncalculated");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pledges");
    ws.addRow(["Partner", "Units", "Committed"]);
    ws.addRow(["Harbor Bank", 2, { formula: "B2*1000" }]);
    await wb.xlsx.writeFile(path.join(dir, "pledges.xlsx"));
    const user = await runMain(["check", "pledges.xlsx", "--today", "2026-12-01"], dir);
    expect(user.code).toBe(2);
    expect(user.stderr.replace(/\s+/g, " ")).toContain("1 formula cell was saved without its result (first: C2)");
    // Nothing a tracker knows on it: its sheets' hints are said, not "could not be read".
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Plan").addRows([
      ["Kohde", "Määrä", "Kustannus"],
      ["Puistokatu", 2, { formula: "B2*100" }],
    ]);
    await other.xlsx.writeFile(path.join(dir, "plan.xlsx"));
    const plan = await runMain(["check", "plan.xlsx", "--today", "2026-12-01"], dir);
    expect(plan.code).toBe(2);
    expect(plan.stdout.replace(/\s+/g, " ")).toContain("no sheet has a header row naming tracker columns");
    expect(plan.stderr).not.toContain("could not be read");
    // The tracker's calculated columns (Assets' Gap) are written for Excel to calculate on opening;
    // the checks compute those figures themselves.
    fs.writeFileSync(
      path.join(dir, "assets.csv"),
      "Asset,Category,Unit,Available,Needed,Estimated value\r\nLand,Land,acres,5,10,1000\r\n",
    );
    expect((await runMain(["new", "--from", "assets.csv", "tracker.xlsx"], dir)).code).toBe(0);
    const own = await runMain(["check", "tracker.xlsx", "--today", "2026-12-01"], dir);
    expect([own.code, own.stderr]).toEqual([0, ""]);
  });

  it("a workbook of many sheets with nothing to check says why for a few and names the rest", async () => {
    // A helper's round (real): a state grants commission's workbook, 43 paragraphs before the hint.
    const dir = tempDir("many-sheets");
    const wb = new ExcelJS.Workbook();
    for (let n = 1; n <= 12; n++)
      wb.addWorksheet(`Page ${n}`).addRows([
        ["Column1", "Column2"],
        ["x", 1],
      ]);
    await wb.xlsx.writeFile(path.join(dir, "tables.xlsx"));
    const run = await runMain(["check", "tables.xlsx", "--today", "2026-12-01"], dir);
    const said = run.stdout.replace(/\s+/g, " ");
    expect(run.code).toBe(3);
    expect(said).toContain("Page 8: No Partners header row");
    expect(said).not.toContain("Page 9: No");
    expect(said).toContain(
      "… and 4 more sheets, none with a header row naming tracker columns: Page 9, Page 10, Page 11, Page 12",
    );
  });

  it("in columns the check does not read, such cells are said and the check is complete", async () => {
    // A helper's round (real, invented values): a Colombian municipal plan's 78 uncalculated ratios
    // (`% EJECUCION 2025`), in two columns nothing maps, made the whole file "could not read", exit 2.
    // (In a column it reads, the check above is incomplete: exit 2.)
    const dir = tempDir("uncalculated-unmapped");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Grants").addRows([
      ["Partner", "Committed", "Received", "% EJECUCION 2025"],
      ["Harbor Bank", 12000, 4000, { formula: "C2/B2" }],
      ["Riverside Trust", 30000, 10000, { formula: "C3/B3" }],
    ]);
    await wb.xlsx.writeFile(path.join(dir, "grants.xlsx"));
    const run = await runMain(["check", "grants.xlsx", "--today", "2026-12-01"], dir);
    const said = run.stderr.replace(/\s+/g, " ");
    expect(run.code).toBe(0);
    expect(said).toContain("formula cells saved without their result, in column D, which this check does not read");
    expect(said).not.toContain("incomplete");
  });

  it("reads shared strings with runs and phonetic hints, inline strings, entities, escapes and sparse cells", async () => {
    const buf = handMadeXlsx(
      {
        Data:
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>` +
          `<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve"> A &amp; B </t></is></c>` +
          `<c r="C3" t="b"><v>0</v></c><c r="D3"><v>1.5E3</v></c><c r="E3" t="str"><v>=SUM(1)</v></c>` +
          `<c r="F3" s="1"/></row>` +
          // rows and cells without r attributes follow on from the previous ones
          `<row><c t="s"><v>2</v></c><c><v>-7</v></c></row>`,
      },
      `<si><r><t>Com</t></r><r><rPr><b/></rPr><t>mitted</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>` +
        `<si><t>line_x000D_break &lt;x&gt;</t></si><si><t/></si>`,
    );
    const cells = (await readWorkbookBuffer(buf)).sheets[0].cells;
    expect(cells[0]).toEqual(["Committed", null, "line\rbreak <x>"]);
    expect(cells[1]).toEqual([]);
    expect(cells[2]).toEqual([null, " A & B ", false, 1500, "=SUM(1)"]);
    expect(cells[3]).toEqual([null, -7]); // an empty string is an empty cell
  });

  it("reads parts written with a namespace prefix (x:row, x:c), as some generators do", async () => {
    const buf = handMadeXlsx(
      {
        Sheet1: `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Partner</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>`,
      },
      undefined,
      "x",
    );
    expect((await readWorkbookBuffer(buf)).sheets[0].cells).toEqual([["Partner", 5]]);
  });

  it("finds the workbook part through the package relationships, wherever it is", async () => {
    const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/${type}" Target="${target}"/>`;
    const rels = (body: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
    const buf = writeZip({
      "_rels/.rels": rels(rel("r1", "officeDocument", "/book/main.xml")),
      "book/main.xml": `<workbook ${ns}><sheets><sheet name="Partners" sheetId="1" r:id="s1"/></sheets></workbook>`,
      "book/_rels/main.xml.rels": rels(
        rel("s1", "worksheet", "sheets/one.xml") + rel("t", "sharedStrings", "strings.xml"),
      ),
      "book/strings.xml": `<sst ${ns}><si><t>Partner</t></si></sst>`,
      "book/sheets/one.xml": `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    });
    expect((await readWorkbookBuffer(buf)).sheets).toEqual([
      expect.objectContaining({ name: "Partners", cells: [["Partner"]] }),
    ]);
  });

  it("says plainly what a file is when it is not an .xlsx", async () => {
    const message = async (buf: Buffer) => {
      try {
        await readWorkbookBuffer(buf);
      } catch (err) {
        expect(err).toBeInstanceOf(UnreadableWorkbookError);
        return (err as Error).message;
      }
      throw new Error("read without complaint");
    };
    expect(await message(Buffer.from("Partner,Committed\nA,1\n"))).toMatch(/not an \.xlsx/);
    expect(await message(Buffer.alloc(0))).toMatch(/empty/);
    // A portal's table saved as a web page with an .xls name (a helper's round: renaming it .csv, as the
    // message said, read `<div>` as a header), and Excel 2003's XML spreadsheet: open and save in Excel.
    expect(
      await message(Buffer.from('\uFEFF<div>\n\t<table class="Gridview"><tr><th>MP NAME</th></tr></table>')),
    ).toMatch(/a web page \(HTML\).*save it as \.xlsx/);
    const xml2003 =
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>';
    expect(await message(Buffer.from(xml2003))).toMatch(/an Excel 2003 XML spreadsheet.*save it as \.xlsx/);
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(await message(ole)).toMatch(/\.xls\b.*or password-protected|old-format/);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
    expect(await message(ole)).toMatch(/password-protected/);
    expect(await message(writeZip({ "word/document.xml": "<w:document/>" }))).toMatch(/Word document/);
    expect(await message(writeZip({ "content.xml": "<office:document/>" }))).toMatch(/OpenDocument/);
    const truncated = handMadeXlsx({ S: "" }).subarray(0, 100);
    expect(await message(truncated)).toMatch(/damaged|truncated/);
    const corrupt = Buffer.from(handMadeXlsx({ S: `<row r="1"><c r="A1"><v>1</v></c></row>` }));
    const at = corrupt.indexOf(Buffer.from("xl/workbook.xml")) + "xl/workbook.xml".length;
    corrupt.fill(0xff, at, at + 8); // garble the start of the workbook part's deflated bytes
    expect(await message(corrupt)).toMatch(/damaged/);
  });

  it("reads error cells as their error text, as Range.values hands them to a function", async () => {
    // prettier-ignore
    const errors = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
    const row = errors.map((e, i) => `<c r="${String.fromCharCode(65 + i)}1" t="e"><f>X()</f><v>${e}</v></c>`).join("");
    const cells = (await readWorkbookBuffer(handMadeXlsx({ S: `<row r="1">${row}</row>` }))).sheets[0].cells;
    expect(cells[0]).toEqual(errors);
  });

  it("reads a Mac (1904 date system) workbook's dates as the same days, and leaves its other numbers alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Partners");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell("B1").value = 1500; // a plain number in the same workbook
    ws.getCell("C1").value = 0.5;
    ws.getCell("C1").numFmt = "h:mm"; // a time of day is the same in both systems
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readWorkbookBuffer(buf);
    expect(read.date1904).toBe(true);
    expect(read.sheets[0].cells[0]).toEqual([ymdToSerial(2024, 3, 1), 1500, 0.5]);

    // The same file in the 1900 system (what Windows Excel writes) reads the same.
    const wb1900 = new ExcelJS.Workbook();
    wb1900.addWorksheet("Partners").getCell("A1").value = new Date(Date.UTC(2024, 2, 1));
    const read1900 = await readWorkbookBuffer(Buffer.from((await wb1900.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read1900.date1904).toBe(false);
    expect(read1900.sheets[0].cells[0]).toEqual([ymdToSerial(2024, 3, 1)]);
  });

  it("says which currency each column's number formats show, and none where a column shows two", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Grants");
    ws.addRow(["Recipient", "Award", "Euro award", "Mixed", "Plain", "Aussie", "Label"]);
    ws.addRow(["Lakeside Arts", 1000, 50, 1, 7, 9, "£ text"]);
    ws.addRow(["Riverton Trust", 2000, 60, 2, 8, 10, "more"]);
    const formats: Record<string, string> = { B: '"£"#,##0', C: "[$€-1809]#,##0.00", F: "[$$-C09]#,##0" };
    for (const [col, fmt] of Object.entries(formats)) for (const r of [2, 3]) ws.getCell(`${col}${r}`).numFmt = fmt;
    ws.getCell("D2").numFmt = '"£"#,##0';
    ws.getCell("D3").numFmt = '"$"#,##0';
    ws.getCell("G2").numFmt = '"£"#,##0'; // a text cell's format says nothing of amounts
    const read = await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.sheets[0].cells[1]).toEqual(["Lakeside Arts", 1000, 50, 1, 7, 9, "£ text"]);
    expect(read.sheets[0].numberCurrencies).toEqual(["", "GBP", "EUR", "", "", "AUD"]);
  });

  it.each([
    ['"£"#,##0', "GBP"],
    ["_-[$£-809]* #,##0.00_-;\\-[$£-809]* #,##0.00_-", "GBP"],
    ["\\£#,##0", "GBP"],
    ["€ #,##0", "EUR"],
    ["[$$-1009]#,##0", "CAD"],
    ["[$USD] #,##0", "USD"],
    ['"$"#,##0_);("$"#,##0)', "USD"],
    // Excel's Danish, Swedish and Norwegian currency formats; `kr.` in quotes names no country.
    ["#,##0.00 [$kr.-406];-#,##0.00 [$kr.-406]", "DKK"],
    ["[$kr-41D] #,##0", "SEK"],
    ["[$kr-414] #,##0", "NOK"],
    ['#,##0 "kr."', "kr"],
    ["[Red]#,##0", ""],
    ["#,##0.00", ""],
    ["dd/mm/yyyy", ""],
  ])("reads the currency of the number format %s as %j", (code, expected) => {
    expect(formatCurrency(code)).toBe(expected);
  });

  it("reads a table with its totals row and header, where the table part says", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Partners");
    ws.addTable({
      name: "tblPartners",
      ref: "B3",
      totalsRow: true,
      columns: [
        { name: "Partner", totalsRowLabel: "Total" },
        { name: "Committed", totalsRowFunction: "sum" },
      ],
      rows: [
        ["Fresh Air Fund", 1000],
        ["Parks Trust", 2500],
      ],
    });
    const sheet = (await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer))).sheets[0];
    expect(sheet.tables).toEqual([
      { name: "tblPartners", ref: "B3:C6", top: 3, left: 2, bottom: 6, right: 3, headerRowCount: 1, totalsRowCount: 1 },
    ]);
    expect(sheet.cells[2]).toEqual([null, "Partner", "Committed"]);
    expect(sheet.cells[5][1]).toBe("Total");
  });

  it("keeps what it could read and says what it could not: impossible row numbers, missing strings", async () => {
    const rows = partnersRows();
    const buf = workbook({
      sheets: {
        Partners:
          rows.join("") +
          `<row r="abc">${cell("A1", "Lost partner")}</row><row r="30"><c r="B30" t="s"><v>4</v></c></row>`,
      },
      sharedStrings: ["one"],
    });
    const read = await readWorkbookBuffer(buf);
    expect(read.sheets[0].cells.length).toBe(30);
    expect(read.sheets[0].cells[rows.length - 1][0]).toEqual(expect.any(String)); // the last good row is there
    expect(read.sheets[0].cells.flat()).not.toContain("Lost partner");
    expect(read.notRead).toEqual([
      expect.stringMatching(/^Sheet "Partners": 1 row is numbered "abc", which no worksheet row can be/),
      expect.stringMatching(
        /^Sheet "Partners": 1 cell refers to a shared string the file does not have \(first: B30\)/,
      ),
    ]);
    expect((await readWorkbookBuffer(workbook({ sheets: { Partners: rows.join("") } }))).notRead).toEqual([]);
  });
});
