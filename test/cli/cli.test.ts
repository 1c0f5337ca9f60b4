import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/cli/xlsxReader";
import { trackerXlsxBuffer } from "../../src/cli/xlsxWriter";
import { PARTNERS, SAMPLE_DATA, TABS } from "../../src/schema";
import { ROOT, tempDir } from "./helpers";

/** The command as a user runs it: node on the bin file the `bin` field names. */
const BIN = path.join(ROOT, "bin", "partnership-tracker.js");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonIssue {
  sheet: string;
  tab: string;
  row: number;
  column: string;
  severity: string;
  message: string;
}

const TODAY = ["--today", "2026-11-25"];

describe("partnership-tracker new", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("cli-new");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes an empty tracker, then refuses to overwrite it, then replaces it with --force", async () => {
    const file = path.join(dir, "tracker.xlsx");
    const first = cli(["new", "tracker.xlsx"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Wrote tracker.xlsx");
    const tables = async (f: string) =>
      Object.fromEntries(
        (await readWorkbookFile(f)).sheets.flatMap((s) => s.tables.map((t) => [t.name, t.bottom - t.top])),
      );
    expect(await tables(file)).toEqual(Object.fromEntries(TABS.map((t) => [t.table, 1])));

    const before = fs.readFileSync(file);
    const again = cli(["new", "tracker.xlsx", "--sample"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const forced = cli(["new", "tracker.xlsx", "--sample", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(await tables(file)).toEqual(Object.fromEntries(TABS.map((t) => [t.table, SAMPLE_DATA[t.name].length])));
    expect(fs.readdirSync(dir)).toEqual(["tracker.xlsx"]); // no temporary file left behind
  });

  it("explains bad usage with exit code 2", () => {
    expect(cli(["new", "tracker.csv"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/must end in \.xlsx/),
    });
    expect(cli(["new", "missing-folder/t.xlsx"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/folder .* does not exist/),
    });
    expect(cli(["new"], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage:/) });
    expect(cli(["new", "a.xlsx", "--smaple"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option --smaple/),
    });
    expect(cli(["frobnicate"], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command/) });
    expect(cli(["--help"], dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/new <file\.xlsx>/) });
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);
  });
});

describe("partnership-tracker check", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("cli-check");
    fs.writeFileSync(path.join(dir, "sample.xlsx"), await trackerXlsxBuffer({ data: SAMPLE_DATA }));

    // A tracker where a partner backs an initiative Foundation does not have, and one row is bad.
    const partners = SAMPLE_DATA.Partners.map((row, i) =>
      i === 2
        ? { ...row, initiativeId: "PARK-99" }
        : i === 5
          ? { ...row, committed: "lots", sector: "Faith-based" }
          : row,
    );
    fs.writeFileSync(
      path.join(dir, "broken.xlsx"),
      await trackerXlsxBuffer({ data: { ...SAMPLE_DATA, Partners: partners } }),
    );

    // A partner's own workbook: a title above the headers, their own column names and order, no tables.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Our pledges");
    ws.addRow(["Pledges to the city, FY27"]);
    ws.addRow([]);
    ws.addRow(["Org name", "Type", "Pledge ($)", "MOU signed?", "Partner status", "Region"]);
    ws.addRow(["Riverton Rotary", "Community-based", 5000, "Y", "Active", "North"]);
    ws.addRow(["Blue Bank", "Business", "$12,000", "no", "Agreed", "East"]);
    ws.addRow(["", "Business", -30, "", "", ""]);
    wb.addWorksheet("Notes").addRow(["Call Ana on Monday"]);
    await wb.xlsx.writeFile(path.join(dir, "partner.xlsx"));

    const hostile = new ExcelJS.Workbook();
    const hs = hostile.addWorksheet("Partners");
    hs.addRow(["Partner", "Sector", "Committed"]);
    hs.addRow(["Mallory", '=HYPERLINK("http://evil.example","x")', 100]);
    await hostile.xlsx.writeFile(path.join(dir, "hostile.xlsx"));

    fs.writeFileSync(path.join(dir, "not-a-workbook.xlsx"), "Partner,Committed\nA,1\n");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1200);
    fs.writeFileSync(path.join(dir, "protected.xlsx"), ole);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1").addRow(["Just", "some", "words"]);
    await empty.xlsx.writeFile(path.join(dir, "unrelated.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes the sample tracker: exit 0, every tab checked and cross-checked", () => {
    const text = cli(["check", "sample.xlsx", ...TODAY], dir);
    expect(text.code).toBe(0);
    for (const tab of TABS) expect(text.stdout).toContain(`table ${tab.table}`);
    expect(text.stdout).toContain("Cross-tab checks: done.");
    const json = cli(["check", "sample.xlsx", "--json", ...TODAY], dir);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.issues.filter((i: JsonIssue) => i.severity === "error")).toEqual([]);
    expect(parsed.summary.errors).toBe(0);
    expect(parsed.summary.sheets.map((s: { tab: string; rows: number }) => [s.tab, s.rows])).toEqual(
      TABS.map((t) => [t.name, SAMPLE_DATA[t.name].length]),
    );
  });

  it("reports errors with worksheet rows, grouped by sheet, including cross-tab ones; exit 1", () => {
    const r = cli(["check", "broken.xlsx", "--json", ...TODAY], dir);
    expect(r.code).toBe(1);
    const { issues, summary } = JSON.parse(r.stdout) as { issues: JsonIssue[]; summary: { errors: number } };
    for (const i of issues)
      expect(Object.keys(i).sort()).toEqual(["column", "message", "row", "severity", "sheet", "tab"]);
    // Sample row index 5 is worksheet row 7 (header in row 1); index 2 is row 4.
    const at = (row: number, column: string) =>
      issues.filter((i) => i.sheet === "Partners" && i.row === row && i.column === column && i.severity === "error");
    expect(at(7, PARTNERS.col.committed.name)[0]?.message).toMatch(/lots/);
    expect(at(7, PARTNERS.col.sector.name)[0]?.message).toMatch(/Faith-based/);
    expect(at(4, PARTNERS.col.initiativeId.name)[0]?.message).toMatch(/PARK-99/);
    expect(summary.errors).toBe(issues.filter((i) => i.severity === "error").length);

    const text = cli(["check", "broken.xlsx", ...TODAY], dir);
    expect(text.code).toBe(1);
    const partnersSection = text.stdout.slice(text.stdout.indexOf("\nPartners — "));
    expect(partnersSection).toMatch(/row 4 .*Initiative ID \(D4\).*error.*PARK-99/);
    expect(partnersSection).toMatch(/row 7 .*Committed \(G7\).*error.*lots/);
  });

  it("checks a partner's plain sheet by its own headers, below a title row, and says what it ignored", () => {
    const r = cli(["check", "partner.xlsx", "--json", ...TODAY], dir);
    expect(r.code).toBe(1);
    const { issues, summary } = JSON.parse(r.stdout);
    expect(summary.sheets).toEqual([
      expect.objectContaining({
        sheet: "Our pledges",
        tab: "Partners",
        headerRow: 3,
        rows: 3,
        ignoredColumns: ["Region"],
      }),
    ]);
    expect(summary.skipped).toEqual([expect.objectContaining({ sheet: "Notes" })]);
    expect(summary.crossCheck.ran).toBe(false);
    const rows = (column: string) => issues.filter((i: JsonIssue) => i.column === column).map((i: JsonIssue) => i.row);
    expect(rows("Org name")).toContain(6); // the partner name missing in worksheet row 6
    expect(rows("Pledge ($)")).toContain(6); // a negative pledge
    expect(rows("Pledge ($)")).not.toContain(5); // "$12,000" as text is a clear amount
    const csv = cli(["check", "partner.xlsx", "--csv", ...TODAY], dir);
    expect(csv.code).toBe(1);
    expect(csv.stdout.split("\r\n")[0]).toBe("\uFEFFSheet,Tab,Row,Column,Severity,Message");
    expect(csv.stdout.split("\r\n").filter((l) => /^Our pledges,Partners,6,/.test(l))).toHaveLength(2);
  });

  it("summarises partners by sector, or another column, as text or CSV that runs no formula", () => {
    const text = cli(["summary", "sample.xlsx"], dir);
    expect(text.code).toBe(0);
    const bySector = new Map<string, number>();
    for (const p of SAMPLE_DATA.Partners) {
      const sector = String(p.sector);
      bySector.set(sector, (bySector.get(sector) ?? 0) + Number(p.committed ?? 0));
    }
    const total = [...bySector.values()].reduce((a, b) => a + b, 0);
    const money = (n: number) => `$${n.toLocaleString("en-US")}`;
    for (const [sector, committed] of bySector) {
      expect(text.stdout).toMatch(new RegExp(`\\n${sector} +\\d+ +${money(committed).replace("$", "\\$")} `));
    }
    expect(text.stdout).toMatch(
      new RegExp(`\\nTotal +${SAMPLE_DATA.Partners.length} +${money(total).replace("$", "\\$")} `),
    );

    const csv = cli(["summary", "partner.xlsx", "--by", "status", "--csv"], dir);
    expect(csv.code).toBe(0);
    // "$12,000" typed as text counts as 12000; a negative amount stays a number, not a formula.
    expect(csv.stdout.split("\r\n")).toEqual([
      "\uFEFFStatus,Partners,Committed,Received",
      "Agreed,1,12000,0",
      "Active,1,5000,0",
      "(blank),1,-30,0",
      "Total,3,16970,0",
      "",
    ]);
    const hostile = cli(["summary", "hostile.xlsx", "--csv"], dir);
    expect(hostile.code).toBe(0);
    expect(hostile.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",1,100,0`);
    expect(cli(["summary", "sample.xlsx", "--by", "Pledge"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Cannot group by "Pledge"/),
    });
    expect(cli(["summary", "unrelated.xlsx"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no Partners data/),
    });
  });

  it.each([
    ["missing.xlsx", /no such file/],
    ["not-a-workbook.xlsx", /not an \.xlsx/],
    ["protected.xlsx", /password-protected/],
    ["unrelated.xlsx", /no sheet has a header row naming tracker columns/],
  ])("exits 2 with a clear message for %s", (file, message) => {
    const r = cli(["check", file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
    expect(r.stdout).toBe("");
  });
});
