import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { findBlocks } from "../../src/cli/workbookBlocks";
import { readWorkbookFile, type WorkbookData } from "../../src/cli/xlsxReader";
import { buildTrackerWorkbook, extraKey } from "../../src/cli/xlsxWriter";
import type { Matrix } from "../../src/core";
import { FOUNDATION, PARTNERS, SAMPLE_DATA, SUMMARY_SHEET, TABS, type TabName } from "../../src/schema";
import { summaryLayout } from "../../src/model";
import { USER_HEADERS, usersSheets } from "../libreoffice/generatedTracker";
import { runMain, tempDir } from "./helpers";

function tables(wb: WorkbookData): Record<TabName, Matrix> {
  const out = {} as Record<TabName, Matrix>;
  for (const b of findBlocks(wb, {}, true).blocks.filter((x) => x.isTrackerTable)) out[b.mapping.tab] = b.matrix;
  return out;
}

async function writeXlsx(file: string, wb: ExcelJS.Workbook): Promise<void> {
  fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe("partnership-tracker share", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("cli-share");
    // The sample tracker, with a column the city added to Partners and a sheet of its own notes.
    const wb = buildTrackerWorkbook({
      data: {
        ...SAMPLE_DATA,
        Partners: SAMPLE_DATA.Partners.map((p, i) => ({ ...p, [extraKey("Ward")]: `Ward ${i + 1}` })),
      },
      extraColumns: { Partners: ["Ward"] },
    });
    wb.addWorksheet("City notes").addRow(["Do not share: council vote counts"]);
    await writeXlsx(path.join(dir, "tracker.xlsx"), wb);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("drops exactly the internal columns: every other column, value and row is as it was", async () => {
    const r = await runMain(["share", "tracker.xlsx", "copy.xlsx"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("left out the internal columns Past efforts notes, Political dynamics, Key obstacles");
    expect(r.stdout).toContain("Not copied (not part of the tracker's tables): City notes");
    const before = tables(await readWorkbookFile(path.join(dir, "tracker.xlsx")));
    const after = tables(await readWorkbookFile(path.join(dir, "copy.xlsx")));
    const internal = new Set(FOUNDATION.columns.filter((c) => c.internal).map((c) => c.name));
    expect(internal.size).toBe(3);
    for (const tab of TABS) {
      const [header, ...rows] = before[tab.name];
      const keep = header.map((h, i) => ({ h, i })).filter(({ h }) => !internal.has(String(h)));
      expect(after[tab.name][0]).toEqual(keep.map(({ h }) => h));
      expect(after[tab.name].slice(1)).toEqual(rows.map((row) => keep.map(({ i }) => row[i] ?? null)));
    }
    expect(before.Partners[0]).toContain("Ward"); // the city's own column stays
    const text = fs.readFileSync(path.join(dir, "copy.xlsx"));
    expect(text.includes(Buffer.from("council vote"))).toBe(false);
  });

  it("writes a partner Summary that reads no internal column, with the sample's figures cached", async () => {
    await runMain(["share", "tracker.xlsx", "copy2.xlsx"], dir);
    const summary = (await readWorkbookFile(path.join(dir, "copy2.xlsx"))).sheets.find(
      (s) => s.name === SUMMARY_SHEET,
    )!;
    const layout = summaryLayout({ partnerCopy: true });
    const formulas = layout.rows.flat().map((c) => c?.formula ?? "");
    for (const c of FOUNDATION.columns.filter((x) => x.internal)) {
      expect(formulas.filter((f) => f.includes(`[${c.name}]`))).toEqual([]);
    }
    // SPACE-01 meets every item a partner copy can score.
    const at = layout.initiativeRows.first - 1;
    expect(summary.cells[at][0]).toBe("SPACE-01");
    expect(summary.cells[at][3]).toBe(1);
  });

  it("never overwrites, refuses to write over its input, and copies trackers only", async () => {
    fs.writeFileSync(path.join(dir, "taken.xlsx"), "mine");
    expect((await runMain(["share", "tracker.xlsx", "taken.xlsx"], dir)).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "taken.xlsx"), "utf8")).toBe("mine");
    expect((await runMain(["share", "tracker.xlsx", "tracker.xlsx", "--force"], dir)).stderr).toMatch(/being read/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").addRow(["Partner", "Committed"]);
    await writeXlsx(path.join(dir, "plain.xlsx"), plain);
    const r = await runMain(["share", "plain.xlsx", "out.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a tracker/);
  });
});

describe("partnership-tracker new --from", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("cli-from");
    const wb = new ExcelJS.Workbook();
    for (const s of usersSheets(SAMPLE_DATA)) wb.addWorksheet(s.name).addRows(s.rows);
    wb.addWorksheet("Read me").addRows([["This workbook lists our city's partnerships."], ["Ask Dana."]]);
    await writeXlsx(path.join(dir, "mine.xlsx"), wb);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fills the tracker from the user's sheets as check maps them, values in the tracker's form", async () => {
    const r = await runMain(["new", "--from", "mine.xlsx", "tracker.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const t = tables(await readWorkbookFile(path.join(dir, "tracker.xlsx")));
    for (const tab of TABS) expect(t[tab.name].length - 1).toBe(SAMPLE_DATA[tab.name].length);
    const p = t.Partners;
    const col = (name: string) => p[0].indexOf(name);
    // "$250,000" became 250000, "Y" became Yes; the Total row is not a partner.
    expect(p.slice(1).map((row) => row[col(PARTNERS.col.committed.name)])).toEqual(
      SAMPLE_DATA.Partners.map((x) => x.committed),
    );
    expect(p[1][col(PARTNERS.col.agreementSigned.name)]).toBe("Yes");
    expect(p.slice(1).map((row) => row[0])).not.toContain("Total");
    const f = t.Foundation;
    expect(typeof f[1][f[0].indexOf(FOUNDATION.col.targetDate.name)]).toBe("number"); // "8/31/2027" → a date
  });

  it("says where each sheet went and what it could not place: the Total row, a column, a sheet", async () => {
    const r = await runMain(["new", "--from", "mine.xlsx", "tracker2.xlsx"], dir);
    expect(r.stdout).toContain(`sheet ${USER_HEADERS.Partners.sheet} → Partners: ${SAMPLE_DATA.Partners.length} rows`);
    expect(r.stdout).toContain("Pledge → Committed");
    expect(r.stdout).toMatch(/row \d+ left out: a Total row \("Total"\)\./);
    expect(r.stdout).toContain('not placed: column "Internal ref"');
    expect(r.stdout).toMatch(/not placed: Read me — /);
    // Many rows left out alike are one line, not one each (a helper's round, real: a state's CARES Act
    // workbook, 14,992 lines for its empty template rows).
    const rows = ["Subrecipient Legal Name,Contract Amount,Sum of Expenses", "Acme Consulting LLC,133779,90987.5"];
    for (let i = 0; i < 300; i++) rows.push(",,0");
    fs.writeFileSync(path.join(dir, "template.csv"), rows.join("\r\n") + "\r\n");
    const t = await runMain(["new", "--from", "template.csv", "template.xlsx", "--tab", "Partners"], dir);
    expect(t.stdout).toContain(
      '300 rows left out (rows 3, 4, 5, 6, 7 …): only placeholders or zeros, nothing entered ("0"…).',
    );
    expect(t.stdout.split("\n").length).toBeLessThan(10);
  });

  it("places blocks side by side each with its own headers, as the pane's Copy into tracker does", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Grants").addRows([
      ["Partner", "Committed", null, "Grantee", "Sector", "Committed"],
      ["City Food Bank", 1000, null, "Harbor Trust", "Philanthropy", 2000],
      ["Acme Ltd", 200, null, "Riverside Bank", "Business", 500],
    ]);
    await writeXlsx(path.join(dir, "blocks.xlsx"), wb);
    const r = await runMain(["new", "--from", "blocks.xlsx", "blocks-tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    const p = tables(await readWorkbookFile(path.join(dir, "blocks-tracker.xlsx"))).Partners;
    const col = (c: { name: string }) => p[0].indexOf(c.name);
    const { partner, sector, committed } = PARTNERS.col;
    expect(p.slice(1).map((row) => [row[col(partner)], row[col(sector)] ?? "", row[col(committed)]])).toEqual([
      ["City Food Bank", "", 1000],
      ["Acme Ltd", "", 200],
      ["Harbor Trust", "Philanthropy", 2000],
      ["Riverside Bank", "Business", 500],
    ]);
  });

  it("does not copy a sheet restating another per partner (five-year totals beside the yearly rows), and says how to", async () => {
    // A helper's round (real, invented values): a grant-revenue workbook whose yearly rows came with a
    // sheet of five-year totals for the same municipalities — each one's money in Partners twice.
    const towns = Array.from({ length: 12 }, (_, i) => `Borough ${String.fromCharCode(65 + i)}`);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("By year").addRows([
      ["Municipality", "Year", "Amount"],
      ...towns.flatMap((t, i) => [2018, 2019, 2020].map((y) => [t, y, 1000 * (i + 1)])),
    ]);
    wb.addWorksheet("5yr total").addRows([["Municipality", "Amount"], ...towns.map((t, i) => [t, 3000 * (i + 1)])]);
    // Another month of the same ledger, one payment each to a few of them: a month, not a summary.
    wb.addWorksheet("Next month").addRows([
      ["Municipality", "Year", "Amount"],
      ...towns.slice(0, 4).map((t) => [t, 2021, 500]),
    ]);
    await writeXlsx(path.join(dir, "restated.xlsx"), wb);
    const map = ["--tab", "Partners", "--map", "Municipality=Partner"];
    const r = await runMain(["new", "--from", "restated.xlsx", "restated-tracker.xlsx", ...map], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 40 rows)");
    expect(r.stdout).toContain(
      'sheet 5yr total → not copied: 12 rows for 12 partners, every one also on the rows of sheet By year — a summary of it, whose money would count twice in Partners. To copy it instead: --sheet "5yr total"; every sheet: --sheet all.',
    );
    // Copied alone when asked; a sheet the workbook lacks is named, and nothing is written.
    const alone = await runMain(["new", "--from", "restated.xlsx", "alone.xlsx", ...map, "--sheet", "5YR TOTAL"], dir);
    expect(alone.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 12 rows)");
    const every = await runMain(["new", "--from", "restated.xlsx", "every.xlsx", ...map, "--sheet", "all"], dir);
    expect(every.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 52 rows)");
    // A sheet holding some of another's very rows (the City's own awards beside the full list, or one
    // sheet twice: a helper's round, real, Chicago's federal funds, $7.96bn copied for $5.43bn): copied once.
    const subset = new ExcelJS.Workbook();
    const awards = towns.map((t, i) => [t, 1000 * (i + 1)]);
    subset.addWorksheet("All awards").addRows([["Recipient name", "Award amount"], ...awards]);
    subset.addWorksheet("City awards").addRows([["Recipient name", "Award amount"], ...awards.slice(0, 4)]);
    await writeXlsx(path.join(dir, "subset.xlsx"), subset);
    const once = await runMain(["new", "--from", "subset.xlsx", "subset-tracker.xlsx"], dir);
    expect(once.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 12 rows)");
    expect(once.stdout).toContain(
      "sheet City awards → not copied: its 4 rows are all on sheet All awards too (the same partner and amounts), copied once from there.",
    );
    // A directory of pledges beside a sheet of payments is two kinds of money, not one twice: both copied.
    const two = new ExcelJS.Workbook();
    two
      .addWorksheet("Payments")
      .addRows([["Partner", "Amount paid"], ...towns.flatMap((t) => [1, 2, 3].map((n) => [t, 100 * n]))]);
    two.addWorksheet("Partners").addRows([["Partner", "Committed"], ...towns.map((t) => [t, 5000])]);
    await writeXlsx(path.join(dir, "pledges.xlsx"), two);
    const both = await runMain(["new", "--from", "pledges.xlsx", "pledges-tracker.xlsx"], dir);
    expect(both.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 48 rows)");
    const none = await runMain(["new", "--from", "restated.xlsx", "none.xlsx", "--sheet", "Totals"], dir);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain(
      'Nothing to place from restated.xlsx: no sheet named "Totals": its sheets are "By year", "5yr total", "Next month".',
    );
    expect(fs.existsSync(path.join(dir, "none.xlsx"))).toBe(false);
  });

  it("--sheet all copies every sheet but one holding another's very rows again, and says so", async () => {
    // A helper's round (real, invented values: corpus round fj, D1): the Sarthe's grants, `Feuil1` its
    // `Table 1` again in a cleaned layout — left out by new --from, copied twice by --sheet all.
    const grants: [string, number, string, number][] = [
      ["14 JUILLET", 72390, "LAVARE", 250],
      ["4L AMIGOS", 72210, "VOIVRES LES LE MANS", 500],
      ["A PLEINE PAGE", 72700, "SAINT GEORGES DU BOIS", 500],
      ["ZUTANO BAZAR", 72000, "LE MANS", 12250],
    ];
    const name = "Nom de l'organisme bénéficiaire";
    const amount = "Montant de la subvention de fonctionnement";
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Table 1").addRows([
      [name, "Adresse de l'organisme", amount],
      ...grants.map(([n, cp, v, m]) => [n, `${cp} ${v}`, m]),
    ]);
    wb.addWorksheet("Feuil1").addRows([[name, "CP", "Ville", amount], ...grants]);
    await writeXlsx(path.join(dir, "sarthe.xlsx"), wb);
    const said =
      "sheet Feuil1 → not copied: its 4 rows are all on sheet Table 1 too (the same partner and amounts), copied " +
      'once from there. To copy it instead: --sheet "Feuil1".';
    for (const options of [[], ["--sheet", "all"]]) {
      const r = await runMain(["new", "--from", "sarthe.xlsx", `sarthe-${options.length}.xlsx`, ...options], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 4 rows)");
      expect(r.stdout).toContain(said);
    }
    // Asked for alone, the copy is copied.
    const alone = await runMain(["new", "--from", "sarthe.xlsx", "feuil1.xlsx", "--sheet", "Feuil1"], dir);
    expect(alone.stdout).toContain("(Foundation 0, Assets 0, Leadership 0, Partners 4 rows)");
    expect(alone.stdout).toContain("sheet Feuil1 → Partners: 4 rows");
  });

  it("copies a user's own status word without the line break around it", async () => {
    // A helper's round (real, invented values): a meetings calendar's `Passed⏎⏎`, written so into the tracker.
    fs.writeFileSync(
      path.join(dir, "words.csv"),
      'Partner,Committed,Status\r\nAcme,100,"Passed\n\n"\r\nBeta,200,"Active\n"\r\n',
    );
    expect((await runMain(["new", "--from", "words.csv", "words-tracker.xlsx"], dir)).code).toBe(0);
    const p = tables(await readWorkbookFile(path.join(dir, "words-tracker.xlsx"))).Partners;
    const status = p[0].indexOf(PARTNERS.col.status.name);
    expect(p.slice(1).map((row) => row[status])).toEqual(["Passed", "Active"]);
  });

  it("copies amounts in pounds as written, never as that many dollars, and says so; check then names them", async () => {
    // Real: a council's grants under `Amount awarded (£)`, and a printed list's £ marks beside the figures.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Grants").addRows([
      ["Grantee", "Amount awarded (£)"],
      ["Scala Theatre", 8896],
      ["Angel Place", "1,250.50"],
    ]);
    wb.addWorksheet("Dollars").addRows([
      ["Grantee", "Amount"],
      ["Harbor Trust", "$2,000"],
    ]);
    await writeXlsx(path.join(dir, "pounds.xlsx"), wb);
    const r = await runMain(["new", "--from", "pounds.xlsx", "pounds-tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  Committed is in GBP: copied as written (£8,896), not as dollars — ${PARTNERS.table} adds up dollars, so convert these amounts to dollars there.`,
    );
    expect(r.stdout.match(/copied as written/g)).toHaveLength(1); // the dollars are dollars
    const p = tables(await readWorkbookFile(path.join(dir, "pounds-tracker.xlsx"))).Partners;
    const committed = p[0].indexOf(PARTNERS.col.committed.name);
    expect(p.slice(1).map((row) => row[committed])).toEqual(["£8,896", "£1,250.50", 2000]);
    const checked = await runMain(["check", "pounds-tracker.xlsx", "--today", "2026-12-01", "--json"], dir);
    const messages = (JSON.parse(checked.stdout) as { issues: { message: string }[] }).issues.map((i) => i.message);
    expect(messages).toEqual([
      'Committed is "£8,896", in GBP: the tracker adds up dollars and its Summary skips this — type the amount in dollars.',
      'Committed is "£1,250.50", in GBP: the tracker adds up dollars and its Summary skips this — type the amount in dollars.',
    ]);
  });

  it("tells apart in Notes the rows a copy would make alike, so the tracker's check calls none a copy", async () => {
    // A helper's round (real): Uster's and a Spanish town's grants, one association's activities each a
    // row of the same amount; copied without the activity, 141 "the same entry made twice?" warnings and
    // a total "if they are copies" of CHF 3.0M for a true 5.2M.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Subvenciones").addRows([
      ["Asociación", "Actividad Subvencionada", "Importe"],
      ["AMPA LOS PINOS", "TALLER DE TEATRO", 200],
      ["AMPA LOS PINOS", "FIESTA FIN DE CURSO", 200],
      ["AMPA EL ROBLE", "CUENTACUENTOS", 150],
      ["AMPA EL ROBLE", "CUENTACUENTOS", 150], // alike in the sheet too: maybe a copy, left alike
    ]);
    await writeXlsx(path.join(dir, "activities.xlsx"), wb);
    const r = await runMain(["new", "--from", "activities.xlsx", "activities-tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  2 rows would be alike in every tracker column (the same partner and amount, say): their "Actividad ' +
        'Subvencionada" is written in Notes, so they stay told apart and are not taken for copies.',
    );
    const p = tables(await readWorkbookFile(path.join(dir, "activities-tracker.xlsx"))).Partners;
    const notes = p[0].indexOf(PARTNERS.col.notes.name);
    expect(p.slice(1).map((row) => row[notes] ?? "")).toEqual([
      "Actividad Subvencionada: TALLER DE TEATRO",
      "Actividad Subvencionada: FIESTA FIN DE CURSO",
      "",
      "",
    ]);
    const checked = await runMain(["check", "activities-tracker.xlsx", "--today", "2026-12-01", "--json"], dir);
    const rules = (JSON.parse(checked.stdout) as { issues: { rule: string; row: number }[] }).issues
      .filter((i) => i.rule.startsWith("sameRow"))
      .map((i) => i.row);
    expect(rules).toEqual([5]); // only the row alike in the sheet too
  });

  it("says what rows alike would share in the tab they go into: assets share no partner and no amount", async () => {
    // A helper's round (real: Manchester's street bins): bins in one street copied as Assets were said to
    // be alike as "the same partner and amount".
    fs.writeFileSync(
      path.join(dir, "bins.csv"),
      "Serial No,Street\r\nMCC105,St Johns Gardens\r\nMCC106,St Johns Gardens\r\nMCC107,Bridge St\r\n",
    );
    const r = await runMain(
      ["new", "--from", "bins.csv", "bins-tracker.xlsx", "--tab", "Assets", "--map", "Street=Asset"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  2 rows would be alike in every tracker column (the same asset, say): their "Serial No" is written in Notes',
    );
  });

  it("says when it copies figures naming no currency from a sheet that does not read as dollars", async () => {
    // A helper's round (real): a Spanish town's grants, `12.500,00`, copied as $12,500 without a word
    // while the summary of the same sheet showed no sign.
    fs.writeFileSync(
      path.join(dir, "betrag.csv"),
      "Empfänger;Zweck;Betrag\r\nSportverein Nord e.V.;Jugendarbeit;12.500,00\r\nTafel Ost e.V.;Lebensmittel;800,00\r\n",
    );
    const r = await runMain(["new", "--from", "betrag.csv", "betrag-tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  Betrag names no currency, and the sheet does not read as dollars (amounts written as in Europe, a header ` +
        `in another language, or dates day first): copied as figures — ${PARTNERS.table} adds up dollars, so ` +
        `convert them there if they are not.`,
    );
    // Figures naming no currency beside a column that writes pounds are copied as pounds, and said.
    fs.writeFileSync(
      path.join(dir, "bands.csv"),
      'Recipient,Award amount,Strand\r\nHarbour Lights Theatre,23336,"£30,000 and below"\r\n' +
        'Millbrook Festival CIC,85500,"Above £30,000"\r\nYouth Brass Network,14000,"£30,000 and below"\r\n',
    );
    const bands = await runMain(["new", "--from", "bands.csv", "bands-tracker.xlsx"], dir);
    expect(bands.stdout).toContain(
      `  Committed names no currency, and "Strand" writes GBP (such as "£30,000 and below"): copied in GBP ` +
        `(£23,336), not as dollars — ${PARTNERS.table} adds up dollars, so convert these amounts to dollars there.`,
    );
    const copied = (await runMain(["summary", "bands-tracker.xlsx"], dir)).stdout.replace(/\s+/g, " ");
    expect(copied).toMatch(/Total 3 £122,836 —/);
    // Dollars are dollars: nothing said.
    fs.writeFileSync(path.join(dir, "dollars.csv"), "Grantee,Amount,Date\r\nHarbor Trust,2000,12/31/2024\r\n");
    const dollars = await runMain(["new", "--from", "dollars.csv", "dollars-tracker.xlsx"], dir);
    expect(dollars.stdout).not.toContain("names no currency");
  });

  it("copies amounts in thousands multiplied out, and says so", async () => {
    // Real: a ministry's table whose title says "(£ thousand)": 1.5 there is £1,500.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Outturn").addRows([
      ["Net current expenditure (£ thousand)"],
      [],
      ["Grantee", "Amount"],
      ["Bath", 1.5],
      ["Bristol", 20],
    ]);
    await writeXlsx(path.join(dir, "thousands.xlsx"), wb);
    const r = await runMain(["new", "--from", "thousands.xlsx", "thousands-tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  Amount is in thousands: copied multiplied by 1,000.");
    const p = tables(await readWorkbookFile(path.join(dir, "thousands-tracker.xlsx"))).Partners;
    const committed = p[0].indexOf(PARTNERS.col.committed.name);
    expect(p.slice(1).map((row) => row[committed])).toEqual(["£1,500", "£20,000"]);
  });

  it("writes nothing when no sheet has tracker headers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").addRows([
      ["Line item", "FY26", "FY27"],
      ["Parks", 1, 2],
    ]);
    await writeXlsx(path.join(dir, "budget.xlsx"), wb);
    const r = await runMain(["new", "--from", "budget.xlsx", "none.xlsx"], dir);
    expect(r.code).toBe(3); // nothing to place, as check's 3 is nothing to check
    expect(r.stderr).toMatch(/Nothing to place/);
    expect(r.stderr).not.toMatch(/`mapping` argument/); // the command line's own words: --tab and --map
    expect(r.stderr).toMatch(/--tab Partners --map "<your header>=Partner"/);
    expect(fs.existsSync(path.join(dir, "none.xlsx"))).toBe(false);
    // A register of things: the hint names Assets and its name column, as check's does (a helper's
    // round, real: Oxford's car parks, told `--tab Partners` and so written as 28 partners).
    fs.writeFileSync(
      path.join(dir, "car_parks.csv"),
      "Site and location,Category,Post code\r\nGloucester Green,Coach park,OX1 2BU\r\nRedbridge,Park and Ride,OX1 4XG\r\n",
    );
    const parks = await runMain(["new", "--from", "car_parks.csv", "none.xlsx"], dir);
    expect(parks.code).toBe(3);
    expect(parks.stderr.replace(/\s+/g, " ")).toContain(
      'To place it anyway, say which tab it is and which of its headers is which tracker column: --tab Assets --map "Site and location=Asset"',
    );
  });

  it("says a portfolio's figures that no column maps as Committed, and copies names without figures as partners", async () => {
    // A helper's round (real: Arts Council England's portfolio, invented names): `check` said "no issues"
    // and never named its £444M a year; the tracker `new --from` wrote summed 26 partners of 985.
    fs.writeFileSync(
      path.join(dir, "portfolio.csv"),
      "Applicant Name,2022/23 Annual Funding (Extension year),2023-26 Annual Funding (Offered 4 Nov 2022),Comments\r\n" +
        "Harbour Lights Theatre,214000,214000,\r\nKestrel Dance Company,0,150000,New in 2023\r\n" +
        "Youth Brass Network,90000,95000,\r\n",
    );
    const said =
      'No Committed column: its figures are in "2022/23 Annual Funding (Extension year)", "2023-26 Annual Funding ' +
      '(Offered 4 Nov 2022)": map the one that is Committed (--tab and --map). Until one is, nothing is added up.';
    const checked = await runMain(["check", "portfolio.csv", "--json"], dir);
    expect(JSON.parse(checked.stdout).files[0].notes).toEqual([`portfolio: ${said}`]);
    const made = await runMain(["new", "--from", "portfolio.csv", "portfolio.xlsx"], dir);
    expect(made.stdout.replace(/\s+/g, " ")).toContain(said);
    // Names with nothing beside them yet are partners, in the copy and in its summary.
    fs.writeFileSync(
      path.join(dir, "names.csv"),
      "Partner,Committed,Notes\r\nHarbour Lights Theatre,,\r\nKestrel Dance Company,,\r\n" +
        "Youth Brass Network,,See the comments tab.\r\nRiverside Libraries,,\r\n",
    );
    expect((await runMain(["new", "--from", "names.csv", "names.xlsx"], dir)).stdout).toContain("Partners 4 rows");
    expect((await runMain(["summary", "names.xlsx"], dir)).stdout).toMatch(/Total +4 +— +—/);
  });

  it("says up front what the copy's check will ask that the sheet never could, and a Committed column left empty", async () => {
    // Helpers' rounds (real): a university's awards, every copied project ID then "not on the Foundation
    // tab" (25 → 82 errors) and its summary "$0"; NYC's awards, `Cleared` read as Agreed, then 5,037
    // "Agreement signed is empty".
    fs.writeFileSync(
      path.join(dir, "awards.csv"),
      "Project ID,Direct Sponsor,Status\r\n9001,Acme Health Fund,Cleared\r\n9002,Blue River Foundation,Pending\r\n" +
        "9003,Cedar Trust,Cleared\r\n",
    );
    const made = await runMain(["new", "--from", "awards.csv", "awards.xlsx", "--tab", "Partners"], dir);
    const said = made.stdout.replace(/\s+/g, " ");
    expect(said).toContain(
      '3 Initiative IDs ("9001", "9002", "9003") are not on the Foundation tab: the tracker\'s check asks for each',
    );
    expect(said).toContain(
      "2 Partners rows: Status Agreed or Active and Agreement signed empty — the tracker's check asks for it on each",
    );
    // An ID on Foundation written in another case is on it, as the tracker's check compares (a reviewer's repro).
    const both = new ExcelJS.Workbook();
    both.addWorksheet("Initiatives").addRows([
      ["Initiative ID", "Initiative", "Problem statement"],
      ["FOOD-01", "Food access", "Too many families lack fresh food nearby."],
    ]);
    both.addWorksheet("Grants").addRows([
      ["Partner", "Initiative ID", "Committed"],
      ["Acme Health Fund", "food-01", 5000],
    ]);
    await writeXlsx(path.join(dir, "both.xlsx"), both);
    const copied = await runMain(["new", "--from", "both.xlsx", "both-tracker.xlsx"], dir);
    expect(copied.stdout).toContain("Partners 1 rows");
    expect(copied.stdout).not.toContain("not on the Foundation tab");
    const summary = await runMain(["summary", "awards.xlsx"], dir);
    expect(summary.stdout).toContain(
      "Note: Committed is empty on every row: Committed is left blank, not 0 — nothing says what was committed.",
    );
  });

  it("hints by the sheet with the most headers when sheets came closest to different tabs", async () => {
    // A helper's round (real): the Covenant of Mayors' workbook, hinted `--tab Foundation` from its
    // README's "Last Update | January | 2024" while its 11,973-row data sheet needed Partners.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("README").addRows([["About this file"], [], [], [], ["Last Update", "January", 2024]]);
    wb.addWorksheet("1").addRows([
      ["organisation_id", "organisation_name", "country_name", "population_adhesion", "signatory_status"],
      [1, "Northbrook", "Belgium", 1000, "Active"],
    ]);
    await writeXlsx(path.join(dir, "covenant.xlsx"), wb);
    const r = await runMain(["check", "covenant.xlsx"], dir);
    expect(r.code).toBe(3);
    expect((r.stdout + r.stderr).replace(/\s+/g, " ")).toContain('--tab Partners --map "organisation_name=Partner"');
  });

  it("says a project's amount on each of its rows on the copy, as on the sheet it came from", async () => {
    // A helper's round (real: SDRC's awards, invented values): the sheet's summary said "$350,000 once a
    // project"; the copy's, whose Notes told the investigators' rows apart, said nothing.
    fs.writeFileSync(
      path.join(dir, "proposals.csv"),
      'Project ID,Investigator,Direct Sponsor,Total Requested\r\n9001,"Doe, Jane",Acme Health Fund,300000\r\n' +
        '9001,"Roe, Sam",Acme Health Fund,300000\r\n9001,"Poe, Ann",Acme Health Fund,300000\r\n' +
        '9002,"Loe, Tim",Blue River Foundation,50000\r\n',
    );
    const map = ["--tab", "Partners", "--map", "Direct Sponsor=Partner", "--map", "Total Requested=Committed"];
    const note = "the Committed total is $350,000";
    expect((await runMain(["summary", "proposals.csv", ...map], dir)).stdout).toContain(note);
    await runMain(["new", "--from", "proposals.csv", "proposals.xlsx", ...map], dir);
    expect((await runMain(["summary", "proposals.xlsx"], dir)).stdout).toContain(note);
  });

  it("reads sheets whose headers do not say with --tab and --map, as check does", async () => {
    // Real: a federal contracts ledger (vendor, value) checked only with --map, and new --from had no
    // --map: it could not become a tracker.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Contracts").addRows([
      ["vendor", "value", "agency"],
      ["Acme Corp", 120000, "GSA"],
      ["Blue Bank", 5000, "DOT"],
    ]);
    await writeXlsx(path.join(dir, "contracts.xlsx"), wb);
    const r = await runMain(
      [
        "new",
        "--from",
        "contracts.xlsx",
        "contracts-tracker.xlsx",
        "--tab",
        "Partners",
        "--map",
        "vendor=Partner",
        "--map",
        "value=Committed",
      ],
      dir,
    );
    expect(r.code).toBe(0);
    const p = tables(await readWorkbookFile(path.join(dir, "contracts-tracker.xlsx"))).Partners;
    const col = (c: { name: string }) => p[0].indexOf(c.name);
    expect(p.slice(1).map((row) => [row[col(PARTNERS.col.partner)], row[col(PARTNERS.col.committed)]])).toEqual([
      ["Acme Corp", 120000],
      ["Blue Bank", 5000],
    ]);
    const without = await runMain(["new", "x.xlsx", "--map", "vendor=Partner"], dir);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/use them with new --from/);
  });
});
