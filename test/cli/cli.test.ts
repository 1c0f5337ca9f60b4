/* eslint-disable no-control-regex -- the tests look for control characters on purpose */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/cli/xlsxReader";
import { trackerXlsxBuffer } from "../../src/cli/xlsxWriter";
import { PARTNERS, SAMPLE_DATA, TABS } from "../../src/schema";
import { handMadeXlsx, ROOT, rowsXml, tempDir } from "./helpers";
import { messySubmission } from "./messy";

/** The command as a user runs it: node on the bin file the `bin` field names. */
const BIN = path.join(ROOT, "bin", "partnership-tracker.js");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonIssue {
  file: string;
  sheet: string;
  tab: string;
  row: number;
  cell: string | null;
  column: string;
  severity: string;
  rule: string;
  value: string | number | boolean | null;
  message: string;
}

interface JsonSheet {
  sheet: string;
  tab: string;
  rows: number;
  headerRow: number;
  mapping: { header: string; column: string; cell: string }[];
  ignoredColumns: string[];
}

/** The text report's lines, without the trailing empty one. */
function lines(stdout: string): string[] {
  return stdout.replace(/\n$/, "").split("\n");
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
    expect(cli(["new"], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one file name/) });
    expect(cli(["--help"], dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/new <file\.xlsx>/) });
    const help = cli(["check", "--help"], dir);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/--map/) });
    for (const line of lines(help.stdout)) expect([...line].length).toBeLessThanOrEqual(100);
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);
  });

  it("says what a mistyped command or option probably meant, instead of the whole usage", () => {
    const option = cli(["new", "a.xlsx", "--smaple"], dir);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      "Unknown option --smaple for new. Did you mean --sample?\nRun `partnership-tracker --help` for the usage.\n",
    );
    const command = cli(["chekc", "a.xlsx"], dir);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe(
      'Unknown command "chekc". Did you mean "check"?\nRun `partnership-tracker --help` for the usage.\n',
    );
    expect(cli(["check", "a.xlsx", "--jsn"], dir).stderr).toMatch(
      /^Unknown option --jsn for check\. Did you mean --json\?/,
    );
    expect(cli(["summary", "a.xlsx", "--by-sector"], dir).stderr).toMatch(/Unknown option --by-sector for summary/);
    const nonsense = cli(["frobnicate"], dir);
    expect(nonsense.stderr).toMatch(/^Unknown command "frobnicate": use new, check, summary, share\./);
    for (const r of [option, command, nonsense]) {
      expect(r.stderr).not.toMatch(/Usage:/);
      expect(r.stdout).toBe("");
    }
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);
  });
});

describe("--quiet, taken by every command that reads or writes a file", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("cli-quiet");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("runs new, new --from and share with it, as check and summary take it; a file over 1 MB says its reading without it", () => {
    // A helper's round (corpus new-fl D8): `new --from … --quiet` was "Unknown option --quiet for new"
    // (exit 2), so a script passing it to check, summary and new failed on new.
    const notes = "x".repeat(8000);
    const rows = Array.from({ length: 150 }, (_, i) => `Partner ${i},${1000 + i},${notes}`);
    fs.writeFileSync(path.join(dir, "partners.csv"), ["Partner,Committed,Notes", ...rows].join("\n"));
    expect(fs.statSync(path.join(dir, "partners.csv")).size).toBeGreaterThan(1_000_000);
    expect(cli(["new", "empty.xlsx", "--quiet"], dir)).toMatchObject({ code: 0, stderr: "" });
    const quiet = cli(["new", "--from", "partners.csv", "quiet.xlsx", "--quiet"], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/Reading/);
    const said = cli(["new", "--from", "partners.csv", "said.xlsx"], dir);
    expect(said.code).toBe(0);
    expect(said.stderr).toMatch(/^Reading partners\.csv \(1\.\d MB\)…$/m);
    expect(cli(["share", "quiet.xlsx", "copy.xlsx", "--quiet"], dir)).toMatchObject({ code: 0, stderr: "" });
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

    // A grant ledger whose headers name no tracker column: checked only when mapped by hand.
    const grants = new ExcelJS.Workbook();
    const gs = grants.addWorksheet("FY2024");
    gs.addRow(["Who", "How much", "Fiscal year", "Kind of org"]);
    gs.addRow(["Food Bank of Riverton", 25000, 2024, "Nonprofit"]);
    gs.addRow(["Riverton Rotary", -100, 2024, "Community-based"]);
    await grants.xlsx.writeFile(path.join(dir, "grants.xlsx"));

    // A folder of submissions, as a finance team receives them: clean, with errors, Excel's lock
    // file for one of them, a text file and a subfolder (neither read).
    const inbox = path.join(dir, "inbox");
    fs.mkdirSync(path.join(inbox, "archive"), { recursive: true });
    fs.copyFileSync(path.join(dir, "sample.xlsx"), path.join(inbox, "city.xlsx"));
    fs.copyFileSync(path.join(dir, "partner.xlsx"), path.join(inbox, "rotary.xlsx"));
    fs.copyFileSync(path.join(dir, "partner.xlsx"), path.join(inbox, "bank.xlsx"));
    fs.writeFileSync(path.join(inbox, "~$bank.xlsx"), "lock");
    fs.writeFileSync(path.join(inbox, "readme.txt"), "Submissions for FY27");
    fs.copyFileSync(path.join(dir, "broken.xlsx"), path.join(inbox, "archive", "old.xlsx"));
    fs.mkdirSync(path.join(dir, "empty-folder"));
    await messySubmission(path.join(dir, "messy.xlsx"));

    // A UK funder's ledger: amounts typed in pounds.
    const pounds = new ExcelJS.Workbook();
    const ps = pounds.addWorksheet("Grants");
    ps.addRow(["Recipient", "Org type", "Amount awarded"]);
    ps.addRow(["Oxford Food Bank", "Nonprofit", "£1,200"]);
    ps.addRow(["Cowley Road Trust", "Nonprofit", "£300.50"]);
    await pounds.xlsx.writeFile(path.join(dir, "pounds.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes the sample tracker: exit 0, every tab checked and cross-checked, the totals last", () => {
    const text = cli(["check", "sample.xlsx", ...TODAY], dir);
    expect(text.code).toBe(0);
    for (const tab of TABS) expect(text.stdout).toContain(`table ${tab.table}`);
    expect(text.stdout).toContain("Cross-tab checks: done.");
    const rows = TABS.reduce((n, t) => n + SAMPLE_DATA[t.name].length, 0);
    expect(lines(text.stdout).at(-1)).toMatch(new RegExp(`^sample\\.xlsx: no issues in ${rows} rows on 4 sheets\\.$`));
    const json = cli(["check", "sample.xlsx", "--json", ...TODAY], dir);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.issues.filter((i: JsonIssue) => i.severity === "error")).toEqual([]);
    expect(parsed.summary).toMatchObject({ files: 1, checked: 1, errors: 0, exitCode: 0 });
    expect(parsed.files[0].sheets.map((s: JsonSheet) => [s.tab, s.rows])).toEqual(
      TABS.map((t) => [t.name, SAMPLE_DATA[t.name].length]),
    );
  });

  it("reports errors with their rule, cell and value, cross-tab ones included; exit 1", () => {
    const r = cli(["check", "broken.xlsx", "--json", ...TODAY], dir);
    expect(r.code).toBe(1);
    const { issues, summary } = JSON.parse(r.stdout) as { issues: JsonIssue[]; summary: { errors: number } };
    for (const i of issues) {
      expect(Object.keys(i)).toEqual([
        "file",
        "sheet",
        "tab",
        "row",
        "cell",
        "column",
        "severity",
        "rule",
        "value",
        "rows",
        "message",
      ]);
    }
    // Sample row index 5 is worksheet row 7 (header in row 1); index 2 is row 4.
    const at = (cell: string) =>
      issues.filter((i) => i.sheet === "Partners" && i.cell === cell && i.severity === "error");
    expect(at("G7")).toEqual([
      expect.objectContaining({ row: 7, column: PARTNERS.col.committed.name, rule: "type.committed", value: "lots" }),
    ]);
    expect(at("B7")).toEqual([expect.objectContaining({ rule: "list.sector", value: "Faith-based" })]);
    expect(at("D4")).toEqual([expect.objectContaining({ rule: "crossTab.unknownInitiative", value: "PARK-99" })]);
    expect(summary.errors).toBe(issues.filter((i) => i.severity === "error").length);

    const text = cli(["check", "broken.xlsx", ...TODAY], dir);
    expect(text.code).toBe(1);
    const out = lines(text.stdout);
    // Details first, each under its sheet …
    const partners = out.findIndex((l) =>
      /^ {2}Partners, table tblPartners, 8 rows checked: 3 errors, \d+ warnings?$/.test(l),
    );
    const d4 = out.findIndex((l) =>
      /^ {4}D4 +Initiative ID +error +Initiative ID "PARK-99" is not on the Foundation tab/.test(l),
    );
    const g7 = out.findIndex((l) => /^ {4}G7 +Committed +error +Committed is "lots"/.test(l));
    // … then the problems, largest first, then the totals on the last line.
    const problems = out.findIndex((l) => /^\d+ distinct problems, largest first:$/.test(l));
    expect(partners).toBeGreaterThan(0);
    expect(d4).toBeGreaterThan(partners);
    expect(g7).toBeGreaterThan(d4);
    expect(problems).toBeGreaterThan(g7);
    expect(out.slice(problems)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ +1 row +error +Initiative ID "PARK-99" is not on the Foundation tab/),
        expect.stringMatching(/^ +Partners › Initiative ID — Partners!D4$/),
      ]),
    );
    expect(out.at(-1)).toMatch(/^broken\.xlsx: \d+ errors, \d+ warnings? in \d+ rows on 4 sheets\.$/);
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it("checks a partner's plain sheet by its own headers, lists the mapping, and says what it ignored", () => {
    const r = cli(["check", "partner.xlsx", "--json", ...TODAY], dir);
    expect(r.code).toBe(1);
    const { issues, files } = JSON.parse(r.stdout);
    expect(files[0].sheets).toEqual([
      expect.objectContaining({
        sheet: "Our pledges",
        tab: "Partners",
        headerRow: 3,
        rows: 3,
        ignoredColumns: ["Region"],
        mapping: [
          { header: "Org name", column: PARTNERS.col.partner.name, cell: "A3" },
          { header: "Type", column: PARTNERS.col.sector.name, cell: "B3" },
          { header: "Pledge ($)", column: PARTNERS.col.committed.name, cell: "C3" },
          { header: "MOU signed?", column: PARTNERS.col.agreementSigned.name, cell: "D3" },
          { header: "Partner status", column: PARTNERS.col.status.name, cell: "E3" },
        ],
      }),
    ]);
    expect(files[0].skipped).toEqual([expect.objectContaining({ sheet: "Notes" })]);
    expect(files[0].crossCheck.ran).toBe(false);
    const cells = (column: string) =>
      issues.filter((i: JsonIssue) => i.column === column).map((i: JsonIssue) => i.cell);
    expect(cells("Org name")).toContain("A6"); // the partner name missing in worksheet row 6
    expect(cells("Pledge ($)")).toContain("C6"); // a negative pledge
    expect(cells("Pledge ($)")).not.toContain("C5"); // "$12,000" as text is a clear amount

    const text = cli(["check", "partner.xlsx", ...TODAY], dir);
    expect(text.stdout).toContain(
      "    Columns: Org name → Partner · Type → Sector · Pledge ($) → Committed · MOU signed? → Agreement\n" +
        "      signed · Partner status → Status\n    Ignored: Region\n",
    );

    const csv = cli(["check", "partner.xlsx", "--csv", ...TODAY], dir);
    expect(csv.code).toBe(1);
    const csvLines = csv.stdout.split("\r\n");
    expect(csvLines[0]).toBe('\uFEFF"File","Sheet","Tab","Row","Cell","Column","Severity","Rule","Value","Message"');
    expect(csvLines.filter((l) => l.startsWith('"partner.xlsx","Our pledges","Partners",6,'))).toHaveLength(2);
    expect(csvLines).toContainEqual(
      expect.stringMatching(
        /^"partner\.xlsx","Our pledges","Partners",6,"C6","Pledge \(\$\)","error","min\.committed",-30,"/,
      ),
    );
  });

  it("reads a messy partner submission as a person would want it: details, problems, totals last", () => {
    const r = cli(["check", "messy.xlsx", ...TODAY], dir);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out[0]).toBe("messy.xlsx");
    expect(out[2]).toMatch(/^ {2}FY27 pledges — Partners, header row 4, \d+ rows checked: \d+ errors, \d+ warnings$/);
    expect(out[3]).toMatch(/^ {4}Columns: Org name → Partner · Org type → Sector · Initiative # → Initiative ID/);
    expect(out).toContain("    Ignored: Region");
    const details = out.filter((l) => /^ {4}[A-Z]+\d+ {2,}/.test(l));
    const problemsAt = out.findIndex((l) => /^(\d+ distinct problems, largest first|One problem):$/.test(l));
    expect(details.length).toBeGreaterThan(5);
    expect(problemsAt).toBeGreaterThan(out.indexOf(details[details.length - 1]));
    // Largest first: the counts never grow down the list.
    const counts = out
      .slice(problemsAt + 1)
      .map((l) => /^ +([\d,]+) rows? +(error|warning) /.exec(l)?.[1])
      .filter((c): c is string => c !== undefined)
      .map((c) => Number(c.replace(/,/g, "")));
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(out.at(-1)).toMatch(/^messy\.xlsx: \d+ errors, \d+ warnings in \d+ rows on 1 sheet\.$/);
    expect(out).toContain("  Not checked: Notes — no header row naming tracker columns");
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(100);
  });

  /** A sheet of names under `header`, with a second column beside them (its header, then its values). */
  const namesSheet = (
    header: string,
    names: readonly string[],
    [second, values]: [string, readonly (string | number)[]],
  ) => {
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const head = `<row r="1">${cell("A1", header)}${cell("B1", second)}</row>`;
    const rows = names.map((n, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, n)}${cell(`B${i + 2}`, values[i])}</row>`);
    return handMadeXlsx({ Sheet1: head + rows.join("") });
  };

  it("says a grant ledger's repeated recipients once, above its rows made twice, and rolls them up into one problem", () => {
    const names = ["Parks Trust", "Parks Trust", "Food Bank", "Food Bank", "Food Bank", "Arts Council"];
    fs.writeFileSync(
      path.join(dir, "ledger.xlsx"),
      namesSheet("Grantee", names, ["Amount", [1000, 2000, 3000, 3000, 5000, 6000]]),
    );
    const r = cli(["check", "ledger.xlsx", ...TODAY], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "2 distinct problems, largest first:\n  5 rows warning  2 partners in Grantee are each on several rows (5 rows in all): each counts",
    );
    // In a ledger a partner on several rows is how the sheet is kept: no line per partner (a real
    // ledger's 340 buried its one row made twice), one line that counts them; the row made twice shows.
    const details = r.stdout.split("\n").filter((l) => /^ {4}A\d/.test(l));
    expect(details).toEqual([
      "    A5  Grantee  warning  Row 5 is the same as row 4 in every column: the same entry made twice?",
    ]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "Grantee: 2 partners on several rows, as in a ledger (repeated.partner) — each counted once, its rows' " +
        "amounts added up; said once in the problems below, and --json lists each.",
    );
    // JSON keeps each issue, with its whole message.
    const json = JSON.parse(cli(["check", "ledger.xlsx", "--json", ...TODAY], dir).stdout);
    const repeated = json.issues.filter((i: { rule: string }) => i.rule === "repeated.partner");
    expect(repeated.map((i: { message: string }) => i.message.split(":")[0])).toEqual([
      'Grantee "Parks Trust" is on 2 rows (2, 3)',
      'Grantee "Food Bank" is on 3 rows (4, 5, 6)',
    ]);
    // …and says each problem in one sentence as the text report does (not one partner's words).
    expect(json.problems[0].said).toMatch(/^2 partners in Grantee are each on several rows \(5 rows in all\)/);
    expect(json.problems[0].message).toMatch(/^Grantee "Parks Trust" is on 2 rows/);
  });

  it("reads a roster as the pane does: one warning per person on several rows, one problem for them all", () => {
    // Real: a committee roster (each member on several committees) was 3,374 warnings in 521 problems.
    const names = Array.from({ length: 30 }, (_, i) => `Member ${String.fromCharCode(65 + (i % 26))}${i}`);
    const titles = Array.from({ length: 65 }, (_, i) => `Committee ${i}`);
    fs.writeFileSync(
      path.join(dir, "roster.xlsx"),
      namesSheet("Name", [...names, ...names, ...names.slice(0, 5)], ["Title", titles]),
    );
    const r = cli(["check", "roster.xlsx", "--json", ...TODAY], dir);
    const json = JSON.parse(r.stdout);
    expect(json.issues).toHaveLength(30);
    expect(json.issues[0].message).toMatch(/^Name "Member A0" is on 3 rows \(2, 32, 62\): the Leadership tab lists/);
    const problems = json.problems as { rule: string; count: number; said?: string }[];
    expect(problems.map((p) => [p.rule, p.count])).toEqual([["repeated.name", 65]]); // rows
    expect(problems[0].said).toBe(
      "30 names in Name are each on several rows (65 rows in all): the Leadership tab lists each person once " +
        "per initiative — keep one row, or say which initiative each row is for.",
    );
  });

  it("lists a directory's repeated names one by one (no amounts: each may be two organisations), the advice said once", () => {
    const names = ["Parks Trust", "Parks Trust", "Food Bank", "Food Bank", "Food Bank", "Arts Council"];
    fs.writeFileSync(
      path.join(dir, "directory.xlsx"),
      namesSheet("Organisation", names, ["Contact", ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"]]),
    );
    const r = cli(["check", "directory.xlsx", ...TODAY], dir);
    expect(r.code).toBe(0);
    // The first says what the warning means; the others give only their rows.
    const details = r.stdout.split("\n").filter((l) => /^ {4}A\d/.test(l));
    expect(details).toEqual([
      '    A2  Organisation  warning  Organisation "Parks Trust" is on 2 rows (2, 3): read as one partner',
      '    A4  Organisation  warning  Organisation "Food Bank" is on 3 rows (4, 5, 6)',
    ]);
    expect(r.stdout).not.toContain("as in a ledger");
    // The first warning, and the problem (words as a person reads them, wrapped anywhere between words).
    expect(r.stdout.replace(/\s+/g, " ").match(/tell them apart by name/g)).toHaveLength(2);
  });

  it("rolls up a payments ledger's repeated payees too, its amounts being payments made (Received)", () => {
    // Real: a city's rental-aid payments, mapped ID=Partner and Amount of Payment=Received, printed 20
    // "ID … is on 2 rows" lines and "… and 722 more".
    const names = ["P-1", "P-1", "P-2", "P-2", "P-3"];
    fs.writeFileSync(
      path.join(dir, "payments.xlsx"),
      namesSheet("ID", names, ["Amount of Payment", [10, 20, 30, 40, 50]]),
    );
    const args = [
      "check",
      "payments.xlsx",
      "--tab",
      "Partners",
      "--map",
      "ID=Partner",
      "--map",
      "Amount of Payment=Received",
    ];
    const r = cli([...args, ...TODAY], dir);
    expect(r.stdout.split("\n").filter((l) => /^ {4}A\d/.test(l))).toEqual([]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "ID: 2 partners on several rows, as in a ledger (repeated.partner)",
    );
  });

  it("calls a roster's repeated people names, not partners, when it rolls them up", () => {
    // A helper's round: a council's allowances register, one row per councillor a year, said
    // "Councillor: 98 partners on several rows".
    // (Its rows told apart by an allowance's kind, not a year: see below for a Year column.)
    const names = Array.from({ length: 25 }, (_, i) => `Councillor ${i}`).flatMap((n) => [n, n]);
    fs.writeFileSync(
      path.join(dir, "allowances.xlsx"),
      namesSheet("Councillor", names, ["Allowance", names.map((_, i) => (i % 2 ? "Basic" : "Special"))]),
    );
    const r = cli(["check", "allowances.xlsx", "--tab", "Leadership", "--map", "Councillor=Name", ...TODAY], dir);
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain("Councillor: 25 names on several rows, as the sheet is kept (repeated.name); said once");
    expect(text).not.toContain("partners");
    // One row per councillor a year (a Year column) is a roster kept year by year: nothing to delete.
    fs.writeFileSync(
      path.join(dir, "allowances-by-year.xlsx"),
      namesSheet("Councillor", names, ["Year", names.map((_, i) => 2008 + (i % 2))]),
    );
    const byYear = cli(
      ["check", "allowances-by-year.xlsx", "--tab", "Leadership", "--map", "Councillor=Name", ...TODAY],
      dir,
    );
    expect(byYear.stdout).toContain("50 rows checked: no issues");
  });

  it("rolls up a directory's repeated names when there are more than a screen shows, keeping its rows made twice", () => {
    // Real: a school district's partner list, one row per partner and school: 129 partners on 1,106
    // rows printed 20 lines and "… and 109 more", burying its one row entered twice.
    const names = Array.from({ length: 25 }, (_, i) => `Partner ${i}`).flatMap((n) => [n, n]);
    const schools = names.map((_, i) => `School ${i}`);
    schools[3] = schools[2]; // row 5 the same as row 4 in every column
    fs.writeFileSync(path.join(dir, "by-school.xlsx"), namesSheet("Organisation", names, ["Contact", schools]));
    const r = cli(["check", "by-school.xlsx", ...TODAY], dir);
    const details = r.stdout.split("\n").filter((l) => /^ {4}A\d/.test(l));
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^ {4}A5 +Organisation +warning +Row 5 is the same as row 4 in every column/);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      // 24: the partner whose two rows are one entry made twice is said once, as that (sameRow).
      "Organisation: 24 partners on several rows, as the sheet is kept (repeated.partner) — each counted once; said once",
    );
  });

  it("shows an escape sequence stored in a cell (Excel's _x001B_) instead of sending it to the terminal", () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const xlsx = handMadeXlsx({
      Partners:
        `<row r="1">${cell("A1", "Partner")}${cell("B1", "Sector")}</row>` +
        `<row r="2">${cell("A2", "Mallory")}${cell("B2", "_x001B_]0;owned_x0007__x001B_[2JBusiness")}</row>`,
    });
    fs.writeFileSync(path.join(dir, "escape.xlsx"), xlsx);
    const r = cli(["check", "escape.xlsx", ...TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toMatch(/^ {4}B2 +Sector +error +Sector is "\\x1B\]0;owned\\x07\\x1B\[2JBusiness"/m);
    const json = cli(["check", "escape.xlsx", "--json", ...TODAY], dir);
    expect(JSON.parse(json.stdout).issues[0].value).toBe("\u001b]0;owned\u0007\u001b[2JBusiness");
  });

  it("stops writing quietly when the reader goes away (check … | head), and still exits with its verdict", () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    let rows = `<row r="1">${cell("A1", "Partner")}${cell("B1", "Committed")}</row>`;
    // A negative pledge a row, the first positive (a column negative on every row is one error).
    for (let r = 2; r <= 5001; r++) {
      rows += `<row r="${r}">${cell(`A${r}`, `P${r}`)}<c r="B${r}"><v>${r === 2 ? 1 : -1}</v></c></row>`;
    }
    fs.writeFileSync(path.join(dir, "many-issues.xlsx"), handMadeXlsx({ Partners: rows }));
    for (const format of [[], ["--json"], ["--csv"]]) {
      const r = spawnSync(
        "bash",
        [
          "-c",
          `set -o pipefail; "${process.execPath}" "${BIN}" check many-issues.xlsx ${format.join(" ")} | head -c 100 >/dev/null`,
        ],
        { cwd: dir, encoding: "utf8" },
      );
      expect({ format, status: r.status, stderr: r.stderr }).toEqual({ format, status: 1, stderr: "" });
    }
  });

  it("checks files and folders in one run: one summary across them, the worst exit code", () => {
    const r = cli(["check", "inbox", "sample.xlsx", ...TODAY], dir);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    // Each workbook of the folder (not its subfolder, lock file or text file), then the file named.
    const headings = out.filter((l) => /^\S/.test(l) && /\.xlsx$/.test(l));
    expect(headings).toEqual([
      path.join("inbox", "bank.xlsx"),
      path.join("inbox", "city.xlsx"),
      path.join("inbox", "rotary.xlsx"),
      "sample.xlsx",
    ]);
    expect(out.at(-2)).toBe("4 files: 2 clean, 2 with errors.");
    expect(out.at(-1)).toMatch(/^Checked: \d+ errors, \d+ warnings? in \d+ rows on 10 sheets\.$/);
    // The same problem in two partners' files is one problem, counted in both.
    expect(r.stdout).toMatch(
      /\n +2 rows error +Org name is empty[^\n]*\n +Partners › Org name — inbox\/bank\.xlsx 'Our pledges'!A6,\s+inbox\/rotary\.xlsx 'Our pledges'!A6\s+in 2 files\n/,
    );

    const json = JSON.parse(cli(["check", "inbox", "--json", ...TODAY], dir).stdout);
    expect(json.summary).toMatchObject({ files: 3, checked: 3, clean: 1, withErrors: 2, exitCode: 1 });
    expect(new Set(json.issues.map((i: JsonIssue) => i.file))).toEqual(
      new Set([path.join("inbox", "bank.xlsx"), path.join("inbox", "rotary.xlsx")]),
    );

    // An unreadable file makes the run exit 2, after checking the rest.
    const mixed = cli(["check", "missing.xlsx", "inbox/city.xlsx", "unrelated.xlsx", ...TODAY], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^Cannot check missing\.xlsx: no such file\.$/m);
    expect(mixed.stdout).toMatch(/^Nothing to check in unrelated\.xlsx/m);
    const mixedLines = lines(mixed.stdout);
    expect(mixedLines.slice(-3, -1).join(" ")).toBe(
      "3 files: 1 clean, 0 with errors, 1 unreadable (missing.xlsx), 1 with nothing to check (unrelated.xlsx).",
    );
    // Nothing to check outranks errors found: a file that could not be checked may hide errors.
    expect(cli(["check", "partner.xlsx", "unrelated.xlsx", ...TODAY], dir).code).toBe(3);
    expect(cli(["check", "empty-folder", ...TODAY], dir)).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/Nothing to check in empty-folder: the folder holds no \.xlsx or \.csv file/),
    });
  });

  it("checks a folder of 40 partner workbooks in one command: one summary, the worst exit code", () => {
    const forty = path.join(dir, "forty");
    fs.mkdirSync(forty);
    for (let i = 1; i <= 40; i++) {
      const source = i === 40 ? "unrelated.xlsx" : i % 2 === 0 ? "partner.xlsx" : "sample.xlsx";
      fs.copyFileSync(path.join(dir, source), path.join(forty, `partner-${i}.xlsx`));
    }
    const r = cli(["check", "forty", ...TODAY], dir);
    expect(r.code).toBe(3); // one workbook had nothing to check: it needs a person's look
    const out = lines(r.stdout);
    expect(out.filter((l) => /^forty\/partner-\d+\.xlsx$/.test(l))).toHaveLength(39);
    expect(out.slice(-3, -1).join(" ").trim()).toBe(
      "40 files: 20 clean, 19 with errors, 1 with nothing to check (forty/partner-40.xlsx).",
    );
    // Each partner's problem once, counted across the 19 files that have it.
    expect(r.stdout).toMatch(/\n +19 rows error +Org name is empty/);
    expect(r.stdout.match(/Org name is empty — every row needs one\.\n/g)).toHaveLength(19 + 1);
    const json = JSON.parse(cli(["check", "forty", "--json", ...TODAY], dir).stdout);
    expect(json.summary).toMatchObject({ files: 40, checked: 39, clean: 20, withErrors: 19, exitCode: 3 });
    expect(json.files).toHaveLength(40);
  });

  it("hints at the tab most of a workbook's sheets came closest to, not its cover sheet's", () => {
    const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: string[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABCD"[i]}${n}`, v)).join("")}</row>`;
    const xlsx = handMadeXlsx({
      Cover: row(1, ["Value", "Year", "Category"]), // nearest to Assets
      Spring: row(1, ["Paid to", "Amount paid", "Contact email"]) + row(2, ["Parks Trust", "100", "a@b.org"]),
      Autumn: row(1, ["Paid to", "Amount paid", "Contact email"]) + row(2, ["Food Bank", "200", "c@d.org"]),
    });
    fs.writeFileSync(path.join(dir, "payments.xlsx"), xlsx);
    const r = cli(["check", "payments.xlsx", ...TODAY], dir);
    expect(r.code).toBe(3);
    const skipped = JSON.parse(cli(["check", "payments.xlsx", "--json", ...TODAY], dir).stdout).files[0].skipped;
    expect(skipped.map((s: { closestTab: string }) => s.closestTab)).toEqual(["Assets", "Partners", "Partners"]);
    expect(r.stdout.replace(/\n\s*/g, " ")).toMatch(/--tab Partners --map "<your header>=Partner", once per column\./);
  });

  it("says to map a first column that has no header by its letter, and the mapping it gives works", () => {
    // A helper's round (real: NYC's capital-asset schedule): told `--map "<your header>=Asset"`, where
    // the column has none.
    fs.writeFileSync(
      path.join(dir, "unheaded.csv"),
      ",Cost,Net book value\r\nTown hall,6717,3543\r\nDepot,4283,1770\r\n",
    );
    const r = cli(["check", "unheaded.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    expect(r.stdout.replace(/\n\s*/g, " ")).toContain(
      'To check it anyway, map its first column, which has no header, by its letter: --tab Assets --map "A=Asset", ' +
        'and once more for each other column to check (--map "<your header>=<tracker column>"); or type a header over it.',
    );
    const mapped = cli(["check", "unheaded.csv", "--tab", "Assets", "--map", "A=Asset", ...TODAY], dir);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain("(column A) → Asset");
  });

  it("keeps the header row under a title that the hint spoke of when the first column is mapped by its letter", () => {
    // A helper's round (real: a comptroller's report page): `--map "A=Asset"` read the title in row 1 as the
    // header, "Comptroller's Report for Fiscal 2023 is empty" on every row, where the hint spoke of row 10.
    fs.writeFileSync(
      path.join(dir, "titled.csv"),
      "Schedule of capital assets 2025,,\r\n,,\r\n,Net book value,Ward\r\nTown hall,6717,North\r\n" +
        "Depot,4283,East\r\nLibrary,1770,North\r\n",
    );
    const r = cli(["check", "titled.csv", ...TODAY], dir);
    expect(r.stdout.replace(/\n\s*/g, " ")).toContain(
      "row 3 has Net book value, Ward (its first column has no header: head it Asset)",
    );
    const mapped = cli(["check", "titled.csv", "--tab", "Assets", "--map", "A=Asset", ...TODAY], dir);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain("Assets, header row 3, 3 rows checked: no issues");
    expect(mapped.stdout).toContain("(column A) → Asset · Net book value → Estimated value");
  });

  it("takes a footnote's mark under a table for a note, not a first column to head, and names the column of names", () => {
    // A helper's round (real: a comptroller's largest-taxpayers page): column A, empty in the table but for
    // `*` under it, was "its first column has no header: head it Asset", and `--map "A=Asset"` then gave
    // an "is empty" error on every row.
    fs.writeFileSync(
      path.join(dir, "taxpayers.csv"),
      ",Taxpayer,Value\r\n,Harbour Power Co *,1200000\r\n,Bayside Telecom,800000\r\n,Market Tower,450000\r\n" +
        ",Total,2450000\r\n___________,,\r\n*,Including special franchises:,\r\n",
    );
    const r = cli(["check", "taxpayers.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    const text = r.stdout.replace(/\n\s*/g, " ");
    expect(text).not.toContain("its first column has no header");
    expect(text).not.toContain('"A=Asset"');
    expect(text).toContain('("Taxpayer" is its one column of names: map it to Asset)');
    expect(text).toContain('--tab Assets --map "Taxpayer=Asset"');
    // The hint, followed, checks the taxpayers: no error, the rule line and the footnote left out as notes.
    const hinted = cli(["check", "taxpayers.csv", "--tab", "Assets", "--map", "Taxpayer=Asset", ...TODAY], dir);
    expect(hinted.code).toBe(0);
    expect(hinted.stdout).toContain("Taxpayer → Asset · Value → Estimated value");
    expect(hinted.stdout).toContain("3 rows checked: 0 errors");
  });

  it("steers a funder's list of programmes, amounts beside their currency, to Partners, not to Assets for one generic header", () => {
    // A helper's round (real: a grants portal's export): `category` alone sent it to Assets, "name an
    // Asset column", where its name and funding_max mapped as Partners check it and sum it.
    fs.writeFileSync(
      path.join(dir, "programmes.csv"),
      "id,organization_id,name_en,name_fr,category,funding_min,funding_max,currency,deadline_date\r\n" +
        "1,1,Seed Grant,Subvention de démarrage,Community,10000.0,100000.0,CAD,\r\n" +
        "2,1,Grow Grant,Subvention de croissance,Community,50000.0,200000.0,CAD,\r\n" +
        "3,2,Skills Fund: Capital Stream,,Education/Technology,,,CAD,\r\n",
    );
    const r = cli(["check", "programmes.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    const text = r.stdout.replace(/\n\s*/g, " ");
    expect(text).not.toContain("Assets");
    expect(text).toContain("funding_min and funding_max, beside currency, are amounts of money: Partners'");
    expect(text).toContain('--tab Partners --map "name_en=Partner" --map "funding_max=Committed"');
    const hinted = ["--tab", "Partners", "--map", "name_en=Partner", "--map", "funding_max=Committed"];
    const checked = cli(["check", "programmes.csv", ...hinted, ...TODAY], dir);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain("3 rows checked: no issues");
    expect(cli(["summary", "programmes.csv", ...hinted], dir).stdout).toMatch(/Total\s+3\s+CA\$300,000/);
  });

  it("hints a list of people with gifts beside their names as Partners, the given name read with the family name", () => {
    // A helper's round: a donor list (`first_name | last_name | gift_amount`) told to name "one more
    // Leadership column beside last_name (such as Title)"; a staff list's salaries stay Leadership's.
    fs.writeFileSync(
      path.join(dir, "gifts.csv"),
      "first_name,last_name,gift_amount,gift_date\r\nAnn,Lee,500,2024-01-01\r\nBob,Lee,250,2024-01-02\r\n" +
        "Cal,Oz,100,2024-02-01\r\nAnn,Lee,50,2024-03-01\r\n",
    );
    const r = cli(["check", "gifts.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    const text = r.stdout.replace(/\n\s*/g, " ");
    expect(text).toContain(
      "No Partners header row: row 1 has first_name, last_name, gift_amount, gift_date — people with an amount " +
        "beside them (gift_amount) are partners, giving or given it: map last_name to Partner and gift_amount to Committed",
    );
    expect(text).toContain(
      '--tab Partners --map "last_name=Partner" --map "gift_amount=Committed" (first_name is compared with it',
    );
    const hinted = ["--tab", "Partners", "--map", "last_name=Partner", "--map", "gift_amount=Committed"];
    const summary = cli(["summary", "gifts.csv", ...hinted], dir);
    expect(summary.stdout).toMatch(/Total\s+3\s+\$900/); // Ann Lee, Bob Lee, Cal Oz
    fs.writeFileSync(path.join(dir, "staff.csv"), "first_name,last_name,Salary,Zzz\r\nAnn,Lee,500,x\r\n");
    expect(cli(["check", "staff.csv", ...TODAY], dir).stdout).toMatch(/No Leadership header row/);
  });

  it("reads a list without a header row when its columns are named by their letters, its first record kept", () => {
    // A helper's round: a donor list exported without headers was told to map "<your header>", and
    // mapped by letters, that its first row "holds figures, not headers".
    fs.writeFileSync(
      path.join(dir, "donors.csv"),
      "Acme Foundation,5000,2024-01-03\r\nBeta Trust,1200,2024-02-03\r\nGamma Fund,300,2024-03-01\r\n",
    );
    const r = cli(["check", "donors.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    expect(r.stdout.replace(/\n\s*/g, " ")).toContain(
      'name its columns by their letters (A, B, C …): --tab Partners --map "A=Partner", once per column to check ' +
        '(--map "<letter>=<tracker column>"); its first row is then read as data.',
    );
    const byLetters = ["--tab", "Partners", "--map", "A=Partner", "--map", "B=Committed", ...TODAY];
    const mapped = cli(["check", "donors.csv", ...byLetters], dir);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain(
      "donors — Partners, no header row (its columns named by their letters), 3 rows checked",
    );
    expect(mapped.stdout).toContain("Ignored: (column C)");
    const sheet = JSON.parse(cli(["check", "donors.csv", "--json", ...byLetters], dir).stdout).files[0].sheets[0];
    expect(sheet).toMatchObject({ headerRow: null, rows: 3, ignoredColumns: ["(column C)"] });
    expect(sheet.mapping).toEqual([
      { header: "(column A)", column: "Partner", cell: "A" },
      { header: "(column B)", column: "Committed", cell: "B" },
    ]);
    const summary = cli(["summary", "donors.csv", ...byLetters.slice(0, -TODAY.length)], dir);
    expect(summary.stdout).toMatch(/Total\s+3\s+\$6,500/);
  });

  it("hints the Initiative to map beside an Initiative ID it already reads, not an ID", () => {
    // Corpus round fm, real: Proinfância's school works, told `--map "<your header>=Initiative ID"`
    // while `project_id` is read as the Initiative ID as soon as the tab is named.
    fs.writeFileSync(
      path.join(dir, "works.csv"),
      "project_id,nome,municipio,valor_pactuado\r\n1365,830167 - Escola Tipo B - Tauá/CE,Tauá,950000\r\n" +
        "1366,830361 - Escola Tipo B - Conchas/SP,Conchas,1117078\r\n1367,830053 - Escola - Itararé/SP,Itararé,1024031\r\n",
    );
    const text = cli(["check", "works.csv", ...TODAY], dir).stdout.replace(/\n\s*/g, " ");
    expect(text).toContain('--tab Foundation --map "nome=Initiative", and once more');
    const followed = cli(["check", "works.csv", "--tab", "Foundation", "--map", "nome=Initiative", ...TODAY], dir);
    expect(followed.stdout).toContain("project_id → Initiative ID · nome → Initiative");
    // No column of names beside it: the Initiative still, by the user's header.
    fs.writeFileSync(
      path.join(dir, "ids.csv"),
      "project_id,municipio,valor_pactuado\r\n1365,Tauá,950000\r\n1366,Conchas,1117078\r\n",
    );
    const ids = cli(["check", "ids.csv", ...TODAY], dir).stdout.replace(/\n\s*/g, " ");
    expect(ids).toContain('--tab Foundation --map "<your header>=Initiative", once per column.');
  });

  it("says a table on its side is one, and to transpose it — not to map it by its letters", () => {
    // Corpus round fm, real (PA digitale 2026's totals per measure): told to map A=Partner, the user got
    // "Total 4 $822,775,948", a measure's financed, budgeted and paid amounts summed as four partners.
    fs.writeFileSync(
      path.join(dir, "kpi.csv"),
      "Misura,1.1 Infrastrutture digitali,1.2 Abilitazione al Cloud,1.4.4 Adozione identità digitale\r\n" +
        "importo_finanziamento,185768345,965566205,148832478\r\n" +
        "totale_importo_misura,526200000,987000000,206000000\r\n" +
        "importo_erogato,110807603,744572032,141349715\r\n",
    );
    const r = cli(["check", "kpi.csv", ...TODAY], dir);
    expect(r.code).toBe(3);
    const text = r.stdout.replace(/\n\s*/g, " ");
    expect(text).toContain("No header row found: a table on its side, its items across row 1 (1.1 Infrastrutture");
    expect(text).toContain(
      "transpose it (Copy, then Paste Special › Transpose), save it and run the command on it again (no --tab " +
        "or --map turns a table).",
    );
    expect(text).toContain("To check it, transpose it first: its labels then head its columns, one row per item.");
    expect(text).not.toContain("A=Partner");
    expect(text).not.toContain("pass the range"); // the functions' words, not the command line's
    const summary = cli(["summary", "kpi.csv"], dir);
    expect(summary.code).toBe(3);
    const said = summary.stderr.replace(/\n\s*/g, " ");
    expect(said).toContain("To sum it, transpose it first");
    expect(said).not.toContain("A=Partner");
  });

  it("says to transpose a table on its side before summing it, whatever tab its labels come near", () => {
    // A reviewer's repro: budget lines down the first column (`Total budget`, `Amount paid`) come nearest
    // Foundation's headers, and summary said "check it with --tab Foundation (and --map …)" under the
    // message saying no --tab or --map turns it.
    fs.writeFileSync(
      path.join(dir, "regions.csv"),
      "Metric,North,South,East\r\nTotal budget,100,200,300\r\nAmount paid,50,60,70\r\nGrants,1,2,3\r\n",
    );
    const summary = cli(["summary", "regions.csv"], dir);
    expect(summary.code).toBe(3);
    const said = summary.stderr.replace(/\n\s*/g, " ");
    expect(said).toContain("No header row found: a table on its side, its items across row 1 (North, South, East)");
    expect(said).toContain("To sum it, transpose it first");
    expect(said).not.toMatch(/--tab \w+ \(and --map/);
  });
  it("exits 3 when no sheet is recognised, naming the headers it saw and how to map them", () => {
    const r = cli(["check", "grants.xlsx", ...TODAY], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(""); // the file's report is on stdout, as any report (`check grants.xlsx > report.txt` keeps it)
    expect(r.stdout).toMatch(/^Nothing to check in grants\.xlsx: no sheet has a header row naming tracker columns\.\n/);
    expect(r.stdout).toMatch(/FY2024: No Partners header row: row 1 has Who, How much, Fiscal year, Kind of org/);
    expect(r.stdout.replace(/\n\s*/g, " ")).toMatch(/--tab Partners --map "<your header>=Partner", once per column\./);
    for (const line of lines(r.stdout)) expect([...line].length).toBeLessThanOrEqual(100);
    expect(r.stdout).not.toMatch(/`mapping` argument/); // the functions' wording, not the command line's
    const json = JSON.parse(cli(["check", "grants.xlsx", "--json", ...TODAY], dir).stdout);
    expect(json.files[0]).toMatchObject({ status: "nothing to check", exitCode: 3, sheets: [] });
    expect(json.files[0].skipped[0]).toMatchObject({ sheet: "FY2024", closestTab: "Partners" });
  });

  it("says which columns of a user's sheet it read, though they bear the tracker's own names", () => {
    // Real: a council's councillors list (Name, Party, Ward, Telephone, Email) said only "Ignored:
    // Party · Ward · Telephone", leaving the user to guess what was checked.
    fs.writeFileSync(
      path.join(dir, "councillors.csv"),
      "Name,Party,Ward,Telephone,Email\nAlex Example,Example Party,North,0100 000001,alex@example.gov\n",
    );
    const text = cli(["check", "councillors.csv", ...TODAY], dir);
    // A councillor's party is the organisation they belong to (read so since corpus round 9b).
    expect(text.stdout).toContain("    Columns: Name · Party → Organization · Email\n    Ignored: Ward · Telephone\n");
    // The tracker's own tables, read whole, need no telling.
    const tracker = cli(["check", "sample.xlsx", ...TODAY], dir).stdout;
    expect(tracker).toMatch(/Partners, table tblPartners, \d+ rows checked/);
    expect(tracker).not.toContain("Columns:");
  });

  it("checks a sheet it cannot guess with --tab and --map, and lists that mapping", () => {
    const args = ["check", "grants.xlsx", "--tab", "Partners", "--map", "Who=Partner", "--map=How much=Committed"];
    const r = cli([...args, "--json", ...TODAY], dir);
    expect(r.code).toBe(1);
    const { files, issues } = JSON.parse(r.stdout);
    expect(files[0].sheets[0]).toMatchObject({
      sheet: "FY2024",
      tab: "Partners",
      rows: 2,
      mapping: [
        { header: "Who", column: PARTNERS.col.partner.name, cell: "A1" },
        { header: "How much", column: PARTNERS.col.committed.name, cell: "B1" },
      ],
      ignoredColumns: ["Fiscal year", "Kind of org"],
    });
    expect(issues).toEqual([expect.objectContaining({ cell: "B3", rule: "min.committed", value: -100 })]);

    const text = cli([...args, ...TODAY], dir);
    expect(text.stdout).toContain("    Columns: Who → Partner · How much → Committed\n");

    // The mapping is what does not fit, and the first line says so (not "no header row naming …").
    expect(cli(["check", "grants.xlsx", "--map", "Grantee=Partner", ...TODAY], dir)).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(
        /^Nothing to check in grants\.xlsx: the mapping does not fit its sheets\.\n[^]*"Grantee", but the sheet has no such header \(row 1 has [^]*\) —\s+correct that --map entry\./,
      ),
    });
    expect(cli(["check", "grants.xlsx", "--map", "Who", ...TODAY], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--map "Who": write it as "Your header=Tracker column"/),
    });
    expect(cli(["check", "grants.xlsx", "--tab", "Grants", ...TODAY], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--tab: Unknown tab "Grants"/),
    });
  });

  it("with --map, names the sheets that hold none of its headers in one line, not one 'correct the mapping' each", () => {
    // Real: a funder's workbook, its grants list beside 20 summary tables with Total rows; the right
    // mapping for the grants told every summary table to "correct the mapping".
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABCD"[i]}${n}`, v)).join("")}</row>`;
    const summaryTable =
      row(1, ["Grant type", "Count", "Funding"]) + row(2, ["Ideas", 10, 5000]) + row(3, ["Total", 10, 5000]);
    fs.writeFileSync(
      path.join(dir, "funder.xlsx"),
      handMadeXlsx({
        Grants: row(1, ["Admin Institution", "Total"]) + row(2, ["Monash University", 1200]),
        "By type": summaryTable,
        "By state": summaryTable,
      }),
    );
    const map = ["--tab", "Partners", "--map", "Admin Institution=Partner", "--map", "Total=Committed"];
    const r = cli(["check", "funder.xlsx", ...map, ...TODAY], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "  Not checked: By type, By state — none of the headers --map names (Admin Institution, Total)\n",
    );
    expect(r.stdout).not.toContain("correct the mapping");
  });

  it("with --map for one sheet's misspelt header, still checks the sheets beside it whose headers are right", () => {
    // Real: a county's ARPA grants, a sheet a programme; one sheet's header typed `Recipent`. Its
    // --map stopped the checks of the two right sheets ("none of the headers --map names").
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABCD"[i]}${n}`, v)).join("")}</row>`;
    fs.writeFileSync(
      path.join(dir, "programmes.xlsx"),
      handMadeXlsx({
        crime: row(1, ["recipient", "Amount"]) + row(2, ["City of Elmton", 5000]) + row(3, ["", 700]),
        bodycam: row(1, ["Recipent", "Amount"]) + row(2, ["Elmton Police", 1200]),
        summaryNotes: row(1, ["Programme", "Notes"]) + row(2, ["crime", "second round in May"]),
      }),
    );
    const r = cli(["check", "programmes.xlsx", "--map", "Recipent=Partner", ...TODAY], dir);
    expect(r.stdout).toContain("  crime — Partners, header row 1, 2 rows checked: 1 error");
    expect(r.stdout).toContain("  bodycam — Partners, header row 1, 1 row checked: no issues");
    expect(r.stdout).toContain("A3  recipient  error    recipient is empty");
    expect(r.stdout).toContain("none of the headers --map names (Recipent)");
    expect(r.code).toBe(1);
  });

  it("with --map, checks every ledger whose header says `@ 01/04/2018`, and names a sheet with only some of its headers as another table", () => {
    // Real: an NHS trust-loans workbook. An "@" in one header made each ledger's header row "data":
    // with --map its 2,176 loans went unchecked and the run said "no issues", exit 0.
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABCD"[i]}${n}`, v)).join("")}</row>`;
    const ledger = (names: string[]) =>
      row(1, ["Trust Name", "Region", "Loan amount (£)", "Opening balance @ 01/04/2018"]) +
      names.map((n, i) => row(i + 2, [n, "London", 1000 * (i + 1), 500])).join("");
    fs.writeFileSync(
      path.join(dir, "loans.xlsx"),
      handMadeXlsx({
        Interest: row(1, ["Year", "Trust Name", "SUM of Interest paid"]) + row(2, [2019, "Alpha Trust", 20]),
        Revenue: ledger(["Alpha Trust", "Beta Trust"]),
        Capital: ledger(["Gamma Trust", "Gamma Trust", "Delta Trust"]),
      }),
    );
    const map = ["--tab", "Partners", "--map", "Trust Name=Partner", "--map", "Loan amount (£)=Committed"];
    const r = cli(["check", "loans.xlsx", ...map, ...TODAY], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Revenue — Partners, header row 1, 2 rows checked: no issues");
    expect(r.stdout).toContain("Capital — Partners, header row 1, 3 rows checked: 0 errors, 1 warning");
    expect(r.stdout).toContain(
      '  Not checked: Interest — another table: no "Loan amount (£)" header, which --map names\n',
    );
    expect(r.stdout).not.toContain("correct the mapping");
    // A data dictionary lists the mapped headers down a column, one a row: another table too, not a
    // mapping to correct (real: the Cabinet Office's public bodies workbook, its `Variables` sheet).
    fs.writeFileSync(
      path.join(dir, "directory.xlsx"),
      handMadeXlsx({
        Variables:
          row(1, ["Variable Name", "Short Description"]) +
          row(2, ["Trust Name", "The trust"]) +
          row(3, ["Loan amount (£)", "The loan"]),
        Revenue: ledger(["Alpha Trust", "Beta Trust"]),
      }),
    );
    const dictionary = cli(["check", "directory.xlsx", ...map, ...TODAY], dir).stdout;
    expect(dictionary.replace(/\s+/g, " ")).toContain(
      'Not checked: Variables — another table: no "Loan amount (£)" header, which --map names',
    );
    expect(dictionary).not.toContain("correct the mapping");
    // summary sums one sheet (another may be a summary of the same money) and names the others.
    const first = cli(["summary", "loans.xlsx", ...map], dir).stdout;
    expect(first).toMatch(/Total +2 +£3,000/);
    // The other sheet has the same columns: one ledger kept a sheet a programme (or a month) — say how
    // to sum them all (a helper's round, real: a police commissioner's twelve monthly sheets).
    expect(first.replace(/\s+/g, " ")).toContain(
      'Partners data on another sheet is not in these figures: "Capital". One sheet is summed, so no amount ' +
        'counts twice; --sheet "<name>" sums another, and --sheet all sums every one',
    );
    expect(cli(["summary", "loans.xlsx", ...map, "--sheet", "capital"], dir).stdout).toMatch(/Total +2 +£6,000/);
    // --sheet all: both ledgers as one, each trust once (Interest holds no loan amounts to sum).
    const every = cli(["summary", "loans.xlsx", ...map, "--sheet", "all"], dir).stdout;
    expect(every).toMatch(/Partners \(2 sheets\)/);
    expect(every).toMatch(/Total +4 +£9,000/);
    expect(every.replace(/\s+/g, " ")).toContain('Summed over 2 sheets ("Revenue", "Capital")');
    expect(cli(["summary", "loans.xlsx", ...map, "--sheet", "Interest"], dir)).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('no Partners data on a sheet named "Interest": it is on "Revenue", "Capital"'),
    });
  });

  it("sums the sheet holding every row of its parts (`Compiled` beside `Part 1`, `Part 2`), never a part, nor all of them", () => {
    // A helper's round (real, invented values): South Australia's grants commission tables, `Part 1` summed
    // as $38.0M for the `Compiled` sheet's $153.2M, and --sheet all as three times it (with `Reg`, the same
    // rows again).
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"AB"[i]}${n}`, v)).join("")}</row>`;
    const sheet = (rows: [string, number][]) =>
      row(1, ["Council", "Estimated Grant (GPG)"]) + rows.map((r, i) => row(i + 2, r)).join("");
    const [a, b, c, d]: [string, number][] = [
      ["Adelaide", 1000],
      ["Barossa", 2000],
      ["Ceduna", 4000],
      ["Elliston", 8000],
    ];
    fs.writeFileSync(
      path.join(dir, "parts.xlsx"),
      handMadeXlsx({
        "Part 1": sheet([a, b]),
        "Part 2": sheet([c, d]),
        Compiled: sheet([a, b, c, d]),
        Reg: sheet([d, c, b, a]),
      }),
    );
    const map = ["--tab", "Partners", "--map", "Council=Partner", "--map", "Estimated Grant (GPG)=Committed"];
    for (const options of [[], ["--sheet", "all"]]) {
      const said = cli(["summary", "parts.xlsx", ...map, ...options], dir).stdout.replace(/\s+/g, " ");
      expect(said).toContain("Partners (sheet Compiled)");
      expect(said).toMatch(/Total 4 \$15,000/);
      expect(said).toContain(
        '"Part 1" and "Part 2" are parts of "Compiled" (every row of theirs is on it): "Compiled" is summed, and the ' +
          'parts are not added to it again; "Reg" holds its very rows again, not added either.',
      );
      expect(said).not.toContain("Partners data on other sheets is not in these figures");
    }
    // A part named is summed alone, as asked.
    expect(cli(["summary", "parts.xlsx", ...map, "--sheet", "Part 2"], dir).stdout).toMatch(/Total +2 +\$12,000/);
    // Quarters of recurring grants, each the same payments again, are no parts of the one holding most of
    // them: --sheet all sums every quarter (a reviewer's repro, $6,500 for $21,500).
    fs.writeFileSync(
      path.join(dir, "quarters.xlsx"),
      handMadeXlsx({ Q1: sheet([a, b, c]), Q2: sheet([a, b]), Q3: sheet([b, c]) }),
    );
    const quarters = cli(["summary", "quarters.xlsx", ...map, "--sheet", "all"], dir).stdout.replace(/\s+/g, " ");
    expect(quarters).toMatch(/Total 3 \$16,000/);
    expect(quarters).not.toContain("are parts of");
  });

  it("sums a sheet and its copy in a cleaned layout once, by default and with --sheet all, as new --from copies it", () => {
    // A helper's round (real, invented values): the Sarthe's 2018 grants, `Feuil1` the `Table 1` sheet again
    // with its address in two columns; summary offered --sheet all, which summed €6.97M as €13.93M, while
    // new --from already copied the sheet once.
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABCD"[i]}${n}`, v)).join("")}</row>`;
    const grants: [string, number, string, number][] = [
      ["14 JUILLET", 72390, "LAVARE", 250],
      ["4L AMIGOS", 72210, "VOIVRES LES LE MANS", 500],
      ["A PLEINE PAGE", 72700, "SAINT GEORGES DU BOIS", 500],
      ["ZUTANO BAZAR", 72000, "LE MANS", 12250],
    ];
    const name = "Nom de l'organisme bénéficiaire";
    const amount = "Montant de la subvention de fonctionnement (€)";
    fs.writeFileSync(
      path.join(dir, "copied.xlsx"),
      handMadeXlsx({
        "Table 1":
          row(1, [name, "Adresse de l'organisme", amount]) +
          grants.map(([n, cp, v, m], i) => row(i + 2, [n, `${cp} ${v}`, m])).join(""),
        Feuil1: row(1, [name, "CP", "Ville", amount]) + grants.map((g, i) => row(i + 2, g)).join(""),
      }),
    );
    for (const options of [[], ["--sheet", "all"]]) {
      const said = cli(["summary", "copied.xlsx", ...options], dir).stdout.replace(/\s+/g, " ");
      expect(said).toContain("Partners (sheet Table 1)");
      expect(said).toMatch(/Total 4 €13,500/);
      expect(said).toContain(
        '"Feuil1" holds rows of "Table 1" again (each of its 4 rows is there too, the same partner and amounts): a ' +
          'copy, in no total here — its money would count twice (--sheet "Feuil1" sums it alone).',
      );
      expect(said).not.toContain("--sheet all sums every one");
      expect(said).not.toContain("Summed over");
    }
    // The copy named alone is summed, as asked.
    expect(cli(["summary", "copied.xlsx", "--sheet", "Feuil1"], dir).stdout).toMatch(/Total +4 +€13,500/);
    // check reads both sheets and says the second is the first again.
    const checked = cli(["check", "copied.xlsx"], dir).stdout.replace(/\s+/g, " ");
    expect(checked).toContain(
      "Note: Feuil1: each of its 4 rows is on Table 1 too (the same partner and amounts) — a copy: `summary` and " +
        "`new --from` count its money once, from Table 1.",
    );
    expect(checked).toContain("no issues in 8 rows on 2 sheets");
    // A sheet of each partner's total beside the ledger of its years (new --from copies the ledger alone):
    // --sheet all sums the ledger, not both.
    const towns = Array.from({ length: 12 }, (_, i) => `Borough ${String.fromCharCode(65 + i)}`);
    const rows = (head: string[], body: (string | number)[][]) =>
      row(1, head) + body.map((r, i) => row(i + 2, r)).join("");
    fs.writeFileSync(
      path.join(dir, "five-year.xlsx"),
      handMadeXlsx({
        "By year": rows(
          ["Municipality", "Year", "Amount"],
          towns.flatMap((t) => [2018, 2019, 2020].map((y) => [t, y, 1000])),
        ),
        "5yr total": rows(
          ["Municipality", "Amount"],
          towns.map((t) => [t, 3000]),
        ),
      }),
    );
    const map = ["--tab", "Partners", "--map", "Municipality=Partner"];
    const every = cli(["summary", "five-year.xlsx", ...map, "--sheet", "all"], dir).stdout.replace(/\s+/g, " ");
    expect(every).toMatch(/Total 12 \$36,000/);
    expect(every).toContain(
      '"5yr total" restates "By year" partner by partner (12 rows for 12 partners, every one on its rows): a summary ' +
        'of it, in no total here — its money would count twice (--sheet "5yr total" sums it alone).',
    );
  });

  it("says when amounts it added up are text in the workbook, which Excel's SUM leaves out", () => {
    // A ledger whose amounts were pasted in as text: the summary and the user's own =SUM() disagree
    // ($4,000 against $1,200), and a budget officer is left to guess which is right.
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const sheet = (amounts: (string | number)[]) =>
      `<row r="1">${cell("A1", "Partner")}${cell("B1", "Committed")}</row>` +
      amounts
        .map((a, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, `Trust ${i + 1}`)}${cell(`B${i + 2}`, a)}</row>`)
        .join("");
    fs.writeFileSync(path.join(dir, "pasted.xlsx"), handMadeXlsx({ Grants: sheet([1200, "2,500", "$300"]) }));
    const pasted = cli(["summary", "pasted.xlsx"], dir).stdout.replace(/\s+/g, " ");
    expect(pasted).toMatch(/Total 3 \$4,000 /);
    expect(pasted).toContain(
      'Note: 2 Committed amounts are text in the sheet ("2,500"): added up here, but Excel\'s SUM leaves text out ' +
        "— a SUM of these rows gives $1,200.",
    );
    // Numbers as numbers: nothing to say. A CSV's text amounts are numbers once Excel opens it.
    fs.writeFileSync(path.join(dir, "typed.xlsx"), handMadeXlsx({ Grants: sheet([1200, 2500, 300]) }));
    expect(cli(["summary", "typed.xlsx"], dir).stdout).not.toContain("SUM");
    // Text reading 0 (an accounting zero `$ -` pasted as text) changes no SUM (real: HHS's grants list).
    fs.writeFileSync(path.join(dir, "zeros.xlsx"), handMadeXlsx({ Grants: sheet([1200, "$ -", 300]) }));
    expect(cli(["summary", "zeros.xlsx"], dir).stdout).not.toContain("SUM");
    fs.writeFileSync(path.join(dir, "pasted.csv"), 'Partner,Committed\r\nTrust 1,1200\r\nTrust 2,"2,500"\r\n');
    const csv = cli(["summary", "pasted.csv"], dir).stdout;
    expect(csv).toMatch(/Total +2 +\$3,700 /);
    expect(csv).not.toContain("SUM");
  });

  it("sums the sheet --sheet names exactly, though its name ends in a space, before one named alike", () => {
    // Real: a federal report's sheets "ERA2 Affordable Housing " and "ERA2 Eviction Prevention ".
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = (amount: number) =>
      `<row r="1">${cell("A1", "Partner")}${cell("B1", "Committed")}</row>` +
      `<row r="2">${cell("A2", "Alpha Trust")}${cell("B2", amount)}</row>`;
    fs.writeFileSync(path.join(dir, "spaces.xlsx"), handMadeXlsx({ "Housing ": rows(100), Housing: rows(7) }));
    expect(cli(["summary", "spaces.xlsx", "--sheet", "Housing "], dir).stdout).toMatch(/Total +1 +\$100 /);
    expect(cli(["summary", "spaces.xlsx", "--sheet", "Housing"], dir).stdout).toMatch(/Total +1 +\$7 /);
    expect(cli(["summary", "spaces.xlsx", "--sheet", "housing "], dir).stdout).toMatch(/Total +1 +\$100 /);
  });

  it("says why a summary's groups count more partners than its Total", () => {
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => cell(`${"ABC"[i]}${n}`, v)).join("")}</row>`;
    fs.writeFileSync(
      path.join(dir, "by-status.xlsx"),
      handMadeXlsx({
        Pledges:
          row(1, ["Partner", "Committed", "Status"]) +
          row(2, ["Parks Trust", 100, "Active"]) +
          row(3, ["Parks Trust", 200, "Completed"]) +
          row(4, ["Food Bank", 300, "Active"]),
      }),
    );
    const r = cli(["summary", "by-status.xlsx", "--by", "Status"], dir);
    expect(r.stdout).toMatch(/Total +2 +\$600/);
    expect(r.stdout).toContain(
      "Note: A partner on rows of several Status groups counts in each (3 in the groups) and once in the Total (2).",
    );
  });

  it("summarises amounts a title says are in £ thousand in pounds, multiplied out, and says so", () => {
    // Real: a ministry's table titled "Net current expenditure (£ thousand)" was summed as dollars,
    // a thousand times too small, with its ENGLAND total and class breakdown added in.
    const cell = (ref: string, v: string | number) =>
      typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, values: (string | number)[]) =>
      `<row r="${n}">${values.map((v, i) => (v === "" ? "" : cell(`${"ABCD"[i]}${n}`, v))).join("")}</row>`;
    fs.writeFileSync(
      path.join(dir, "outturn.xlsx"),
      handMadeXlsx({
        Outturn:
          row(1, ["Net current expenditure (£ thousand)"]) +
          row(3, ["Local authority", "Amount"]) +
          row(4, ["Bath", 1000]) +
          row(5, ["Bristol", 2000]) +
          row(6, ["ENGLAND", 3000]) +
          row(7, ["UNITARY AUTHORITIES", 2500]) +
          row(8, ["OTHER AUTHORITIES", 500]),
      }),
    );
    const r = cli(["summary", "outturn.xlsx", "--tab", "Partners", "--map", "Local authority=Partner"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Total +2 +£3,000,000/);
    expect(r.stdout).toContain(
      'Note: Amount is in thousands, as row 1 says ("Net current expenditure (£ thousand)"): its figures are multiplied by 1,000 here.',
    );
  });

  it('heads a summary "by Sector" only when it has rows of sectors', () => {
    fs.writeFileSync(path.join(dir, "nosector.csv"), "Grantee,Amount\nHarbor Trust,1200\nCity Food Bank,300\n");
    const alone = cli(["summary", "nosector.csv"], dir).stdout;
    expect(alone.split("\n")[0]).toMatch(/nosector\.csv — Partners \(sheet nosector\)$/);
    expect(cli(["summary", "sample.xlsx"], dir).stdout.split("\n")[0]).toMatch(/— Partners \(.*\), by Sector$/);
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
      '\uFEFF"Status","Partners","Committed","Received"',
      '"Agreed",1,12000,""',
      '"Active",1,5000,""',
      '"(blank)",0,-30,""', // a row without a Partner: its amount is in, no partner counted
      '"Total",2,16970,""',
      "",
    ]);
    const hostile = cli(["summary", "hostile.xlsx", "--csv"], dir);
    expect(hostile.code).toBe(0);
    expect(hostile.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",1,100,""`);
    expect(cli(["summary", "sample.xlsx", "--by", "Pledge"], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Cannot group by "Pledge"/),
    });
    expect(cli(["summary", "unrelated.xlsx"], dir)).toMatchObject({
      code: 3,
      stderr: expect.stringMatching(/no Partners data/),
    });
  });

  it("says when the dollars it prints are an assumption, and why a Total row stands alone", () => {
    // Real: a UK fund's allocations and a council's payments, plain numbers, printed in $ with no word.
    const assumed = "Note: The sheet names no currency: amounts are shown as dollars";
    fs.writeFileSync(path.join(dir, "plain.csv"), "Grantee,Amount\nHarbor Trust,1200\nCity Food Bank,300\n");
    const plain = cli(["summary", "plain.csv"], dir).stdout;
    expect(plain).toContain(assumed);
    // No Sector column: the Total row alone, and why.
    expect(plain).toContain("Note: No Sector column: only the Total row.");
    fs.writeFileSync(path.join(dir, "pounds.csv"), "Grantee,Amount (£)\nHarbor Trust,1200\n");
    expect(cli(["summary", "pounds.csv"], dir).stdout).not.toContain(assumed);
    fs.writeFileSync(path.join(dir, "dollars.csv"), 'Grantee,Amount\nHarbor Trust,"$1,200"\n');
    expect(cli(["summary", "dollars.csv"], dir).stdout).not.toContain(assumed);
    // The tracker's own table is in dollars by design.
    expect(cli(["summary", "sample.xlsx"], dir).stdout).not.toContain(assumed);
    // Amounts written as Europe writes them, no currency named: no dollar sign, and why (real: French
    // counties' grants, `1 234,50`, printed as $1,234.50).
    fs.writeFileSync(path.join(dir, "europe.csv"), 'Grantee,Amount\nHarbor Trust,"1 234,50"\nCity Food Bank,"2 000"\n');
    const europe = cli(["summary", "europe.csv"], dir).stdout;
    expect(europe).toMatch(/^Total +2 +3,234\.50 +—$/m);
    expect(europe).not.toContain("$");
    expect(europe).toContain("Note: The sheet names no currency, and its amounts are written as in Europe");
    // A bare `$` beside amounts naming another dollar is read as that dollar, and said (corpus round 7b).
    fs.writeFileSync(path.join(dir, "aud.csv"), 'Grantee,Amount\nHarbor Trust,"$5,000"\nCity Food Bank,"AUD 1,000"\n');
    const aud = cli(["summary", "aud.csv"], dir).stdout;
    expect(aud).toMatch(/^Total +2 +A\$6,000 +—$/m);
    expect(aud).toContain(
      "Note: 1 amount in Amount written with a bare $ is read as AUD, the dollar the column's other amounts name.",
    );
    // A header naming the dollar says so already: no note.
    fs.writeFileSync(path.join(dir, "aud-header.csv"), 'Grantee,Amount (AUD)\nHarbor Trust,"$5,000"\n');
    expect(cli(["summary", "aud-header.csv"], dir).stdout).not.toContain("bare $");
  });

  it("summarises by place-based funder, and a sheet mapped by hand", () => {
    const r = cli(["summary", "sample.xlsx", "--by", "Place-based funder"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/by Place-based funder\n\nPlace-based funder +Partners +Committed +Received\n/);
    const funders = SAMPLE_DATA.Partners.filter((p) => /^y/i.test(String(p.placeBasedFunder ?? "")));
    expect(r.stdout).toMatch(new RegExp(`\\nYes +${funders.length} +\\$`));

    const mapped = cli(
      [
        "summary",
        "grants.xlsx",
        "--map",
        "Who=Partner",
        "--map",
        "How much=Committed",
        "--map",
        "Kind of org=Sector",
        "--csv",
      ],
      dir,
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout.split("\r\n")).toEqual([
      '\uFEFF"Sector","Partners","Committed","Received"',
      '"Nonprofit",1,25000,""',
      '"Community-based",1,-100,""',
      '"Total",2,24900,""',
      "",
    ]);
  });

  it("summary says what its totals leave out: amounts it could not read", () => {
    const rows = [
      ["Partner", "Committed", "Received"],
      ["Parks Trust", 1000, 200],
      ["Food Bank", "DOER", 50],
      ["Arts Council", "TBC later", "n/a yet"],
    ];
    fs.writeFileSync(path.join(dir, "unread.xlsx"), handMadeXlsx({ Grants: rowsXml(rows) }));
    const r = cli(["summary", "unread.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nTotal +3 +\$1,000 +\$250\n/);
    expect(r.stdout).toContain(
      "Note: 2 Committed cells are not amounts, left out of these totals (`check` lists them).",
    );
    expect(r.stdout).toContain("Note: 1 Received cell is not an amount, left out of these totals (`check` lists it).");
    expect(r.stdout).not.toContain("0 is not the sheet's money");
    // None read at all: the 0 is said to be no total, up front (a helper's round: a PPP register's
    // `approx. 3,222 million`, "$0" with a note further down).
    const approximate = [
      ["Partner", "Committed"],
      ["Harbour Terminals Ltd", "approx. 3,222 million"],
      ["Eastline Rail Co", "about 6,589 million baht"],
    ];
    fs.writeFileSync(path.join(dir, "approx.xlsx"), handMadeXlsx({ Grants: rowsXml(approximate) }));
    const none = cli(["summary", "approx.xlsx"], dir);
    expect(none.stdout).toMatch(/\nTotal +2 +\$0 +—\n/);
    // Next to the currency's note, before what the sheet lacks.
    expect(none.stdout.split("\n").filter((l) => l.startsWith("Note:"))[1]).toBe(
      "Note: The Committed total is 0, and 2 of its cells are not amounts the tracker reads (`check` lists them): 0 is " +
        "not the sheet's money. Write them as figures (3222000000, or $3,222M) and summarise again.",
    );
    expect(none.stdout).not.toContain("Committed cells are not amounts, left out");
    // Names withheld are one partner a row, and said so (real: 1,082 households of 1,548 "partners").
    const redacted = [
      ["Recipient name", "Award amount"],
      ["Northside Pantry", 1000],
      ["REDACTED DUE TO PII", 200],
      ["REDACTED DUE TO PII", 300],
    ];
    fs.writeFileSync(path.join(dir, "redacted.xlsx"), handMadeXlsx({ Awards: rowsXml(redacted) }));
    expect(cli(["summary", "redacted.xlsx"], dir).stdout.replace(/\s+/g, " ")).toContain(
      "Note: 2 of the 3 partners are rows whose Partner name is withheld or not given (such as REDACTED DUE TO PII): each counted as one partner",
    );
    // A row made twice is added up, and said with the total without it.
    const twice = [
      ["Payee", "Committed"],
      ["Sea Scouts", 500],
      ["Sea Scouts", 500],
      ["Food Bank", 250],
    ];
    fs.writeFileSync(path.join(dir, "twice.xlsx"), handMadeXlsx({ Grants: rowsXml(twice) }));
    expect(cli(["summary", "twice.xlsx"], dir).stdout.replace(/\s+/g, " ")).toContain(
      "Note: 1 row is the same in every column as an earlier row of the same partner ($500 Committed): added up " +
        "here; if it is a copy, the Committed total is $750 (`check` names them).",
    );
    // A row made twice with no amount changes no total: said without a total "if it is a copy" that is the
    // one shown (a helper's round, real: a broadcaster's sponsors, a `trade?` row twice).
    const trade = [
      ["Sponsor", "Committed"],
      ["Harbor Credit Union", 5000],
      ["Lantern Theater", "trade?"],
      ["Lantern Theater", "trade?"],
    ];
    fs.writeFileSync(path.join(dir, "trade.xlsx"), handMadeXlsx({ Sponsors: rowsXml(trade) }));
    const traded = cli(["summary", "trade.xlsx"], dir).stdout.replace(/\s+/g, " ");
    expect(traded).toContain(
      "Note: 1 row is the same in every column as an earlier row of the same partner, with no amount: it changes " +
        "no total, but may be an entry made twice (`check` names them).",
    );
    expect(traded).not.toContain("if it is a copy");
    // A copy with a Received amount alone says the Received total without it (a reviewer's repro: "$0
    // Committed … the Committed total is $3,000", the total shown, and the $300 received twice unsaid).
    const paid = [
      ["Partner", "Committed", "Received"],
      ["Acme", 1000, 500],
      ["Beta", "", 300],
      ["Beta", "", 300],
    ];
    fs.writeFileSync(path.join(dir, "paid.xlsx"), handMadeXlsx({ Grants: rowsXml(paid) }));
    expect(cli(["summary", "paid.xlsx"], dir).stdout.replace(/\s+/g, " ")).toContain(
      "Note: 1 row is the same in every column as an earlier row of the same partner ($300 Received): added up " +
        "here; if it is a copy, the Received total is $800 (`check` names them).",
    );
    const csv = cli(["summary", "unread.xlsx", "--csv"], dir);
    expect(csv.stdout).not.toContain("Note:");
    expect(csv.stderr).toContain("unread.xlsx: 2 Committed cells are not amounts");
  });

  it("check --sheet checks that sheet alone; a name no sheet has is said with the sheets (exit 3)", () => {
    // A user's workbook of many sheets (a helper's brief: 15 of them) wants one year's grants checked.
    const grants = (amount: string | number) =>
      rowsXml([
        ["Partner", "Committed", "Sector"],
        ["Lakeside Transit", 1000, "Government"],
        ["Riverton Water", amount, "Nonprofit"],
        ["Hill Library", 750, "Nonprofit"],
      ]);
    fs.writeFileSync(
      path.join(dir, "book.xlsx"),
      handMadeXlsx({
        "Grants 2023": grants("lots"),
        "Grants 2024": grants(2500),
        Notes: rowsXml([
          ["What", "When"],
          ["Board meeting", "March"],
        ]),
        // The 2024 grants again: check names a copy, the sheet checked alone or not.
        "Grants 2024 copy": grants(2500),
      }),
    );
    const every = cli(["check", "book.xlsx", ...TODAY], dir);
    expect(every.code).toBe(1);
    expect(every.stdout).toContain("Grants 2023 — Partners");
    // --sheet all: every sheet, as without --sheet.
    expect(cli(["check", "book.xlsx", ...TODAY, "--sheet", "all"], dir)).toEqual(every);

    const alone = cli(["check", "book.xlsx", ...TODAY, "--sheet", "Grants 2024"], dir);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain("Grants 2024 — Partners, header row 1, 3 rows checked: no issues");
    expect(alone.stdout).not.toContain("Grants 2023");
    expect(alone.stdout).not.toContain("Not checked: Notes");
    expect(alone.stdout).toContain("book.xlsx: no issues in 3 rows on 1 sheet.");
    // The name as Excel users type it, any case.
    expect(cli(["check", "book.xlsx", ...TODAY, "--sheet", "grants 2023"], dir).stdout).toMatch(
      /Grants 2023 — Partners, header row 1, 3 rows checked: 1 error/,
    );
    // The copy checked alone is still named a copy; its original, alone, says nothing of it.
    const copy = cli(["check", "book.xlsx", ...TODAY, "--sheet", "Grants 2024 copy", "--json"], dir);
    const copyFile = JSON.parse(copy.stdout).files[0];
    expect(copyFile.sheets.map((s: JsonSheet) => s.sheet)).toEqual(["Grants 2024 copy"]);
    expect(copyFile.notes.join(" ")).toContain("Grants 2024 copy: each of its 3 rows is on Grants 2024 too");
    expect(alone.stdout).not.toContain("Grants 2024 copy");

    // A name no sheet has: nothing to check (3), the file read — its sheets said, as summary and new --from say them.
    const none = cli(["check", "book.xlsx", ...TODAY, "--sheet", "Grants 2025"], dir);
    expect(none.code).toBe(3);
    expect(none.stdout.replace(/\s+/g, " ")).toContain(
      'Nothing to check in book.xlsx: no sheet named "Grants 2025": its sheets are "Grants 2023", "Grants 2024", ' +
        '"Notes", "Grants 2024 copy".',
    );
    // A tracker's sheet checked alone is still checked against its other tabs (PARK-99 is not on Foundation).
    const partners = cli(["check", "broken.xlsx", ...TODAY, "--sheet", "Partners"], dir);
    expect(partners.code).toBe(1);
    expect(partners.stdout).toContain('Initiative ID "PARK-99" is not on the Foundation tab');
    expect(partners.stdout).not.toContain("Foundation, table tblFoundation");
    expect(cli(["check", "broken.xlsx", ...TODAY, "--sheet", "Foundation"], dir).code).toBe(0);
    const notes = cli(["check", "book.xlsx", ...TODAY, "--sheet", "Notes"], dir);
    expect(notes.code).toBe(3);
    expect(notes.stdout).toContain('Nothing to check in book.xlsx: sheet "Notes" has no header row naming tracker');
  });

  it("--sheet NAME that no sheet has: check, summary and new --from say the file's sheets alike, nothing to check (exit 3)", () => {
    // A helper's brief: check exited 2 ("unreadable input"), summary and new --from 3, for one mistake.
    fs.writeFileSync(
      path.join(dir, "year.xlsx"),
      handMadeXlsx({
        "Grants 2024": rowsXml([
          ["Partner", "Committed"],
          ["Lakeside Transit", 1000],
        ]),
        Notes: rowsXml([["Board meeting in March"]]),
      }),
    );
    const sheets = 'no sheet named "Grants 2025": its sheets are "Grants 2024", "Notes".';
    const checked = cli(["check", "year.xlsx", ...TODAY, "--sheet", "Grants 2025"], dir);
    expect(checked.code).toBe(3);
    expect(checked.stdout.replace(/\s+/g, " ")).toContain(`Nothing to check in year.xlsx: ${sheets}`);
    const summed = cli(["summary", "year.xlsx", "--sheet", "Grants 2025"], dir);
    expect(summed.code).toBe(3);
    expect(summed.stderr).toBe(`Cannot summarise year.xlsx: ${sheets}\n`);
    const placed = cli(["new", "--from", "year.xlsx", "year-tracker.xlsx", "--sheet", "Grants 2025"], dir);
    expect(placed.code).toBe(3);
    expect(placed.stderr).toBe(`Nothing to place from year.xlsx: ${sheets}\n`);
    expect(fs.existsSync(path.join(dir, "year-tracker.xlsx"))).toBe(false);
    // --json: stdout is the JSON alone, the file nothing to check, with the same sentence.
    const json = cli(["check", "year.xlsx", ...TODAY, "--sheet", "Grants 2025", "--json"], dir);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.files[0]).toMatchObject({
      status: "nothing to check",
      exitCode: 3,
      message: sheets.replace(/\.$/, ""),
    });
    expect(report.summary).toMatchObject({ unreadable: [], nothingToCheck: ["year.xlsx"], exitCode: 3 });
  });

  it("summary sums the first sheet with amounts, not a list of programmes before it, and names the sheet it could not sum", () => {
    // Real: a city's infrastructure-funding workbook: Programs (no amounts) before Awards.
    const sheet = rowsXml;
    const programs = sheet([
      ["Program name", "Recipient", "Notes"],
      ["Bus Grants", "States/DC", "Formula"],
    ]);
    const awards = sheet([
      ["Recipient", "Program name", "Amount"],
      ["Lakeside Transit", "Bus Grants", 1000],
      ["Riverton Water", "Water Loans", 2500],
    ]);
    fs.writeFileSync(path.join(dir, "programs.xlsx"), handMadeXlsx({ Programs: programs, Awards: awards }));
    const r = cli(["summary", "programs.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(sheet Awards)");
    expect(r.stdout).toMatch(/\nTotal +2 +\$3,500 /);
    fs.writeFileSync(path.join(dir, "no-amounts.xlsx"), handMadeXlsx({ Programs: programs, More: programs }));
    expect(cli(["summary", "no-amounts.xlsx"], dir).stderr).toContain(
      'sheet "Programs": The sheet has no Committed column',
    );
  });

  it("summary with --map sums the sheet whose headers the mapping names, not the first sheet with amounts", () => {
    // A helper's round (real): a federal parks workbook, its endangered-species projects (`Name`,
    // `Funding`) summed though `--map "Sponsor Name=Partner"` named the park grants' sheet. Each
    // grant's `Obligation Amount` beside its `Sponsor Name` is read untold.
    const projects = rowsXml([
      ["Name", "Funding", "Fiscal year"],
      ["Coachella Valley MSHCP", 5000000, 2012],
      ["Peninsular Bighorn Sheep", 2500000, 2013],
    ]);
    const grants = rowsXml([
      ["State", "Grant Number", "Obligation Amount", "Sponsor Name"],
      ["CT", 470, 900000, "State of CT - Dept of Parks"],
      ["MO", 812, 110000, "City of Belton"],
    ]);
    fs.writeFileSync(path.join(dir, "parks.xlsx"), handMadeXlsx({ CESCF: projects, Stateside: grants }));
    expect(cli(["summary", "parks.xlsx"], dir).stdout).toContain("(sheet CESCF)");
    const r = cli(["summary", "parks.xlsx", "--map", "Sponsor Name=Partner"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(sheet Stateside)");
    expect(r.stdout).toMatch(/\nTotal +2 +\$1,010,000 /);
  });

  it("summary with --map Total=Committed sums the sheet of figures, not a notes sheet's `TOTAL:` line", () => {
    // Real: a county's federal-awards workbook, whose notes sheet came first and was summed as $0.
    const notes = rowsXml([
      ["Federal awards to the county"],
      ["Source: finance office"],
      [],
      ["TOTAL:", "the sum of the Total column on the Awards sheet"],
    ]);
    const awards = rowsXml([
      ["Program", "Department", "Total"],
      ["Housing Assistance", "Housing", 1200000],
      ["Transit Relief", "Transit", 900000],
    ]);
    fs.writeFileSync(path.join(dir, "notes-first.xlsx"), handMadeXlsx({ Notes: notes, Awards: awards }));
    const r = cli(["summary", "notes-first.xlsx", "--map", "Total=Committed"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(sheet Awards)");
    expect(r.stdout).toMatch(/\nTotal +— +\$2,100,000 /);
    // The notes sheet holds no figures left out, so none is said to be.
    expect(r.stdout).not.toContain("another sheet");
  });

  it("summarises amounts whose number format alone shows £ in pounds, never dollars", async () => {
    // Real: Arts Council England's project grants, `"£"#,##0` on every award and no £ in any header.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Awards");
    ws.addRow(["Project grants 2020/21"]);
    ws.addRow(["Recipient", "Activity name", "Award amount"]);
    ws.addRow(["Lakeside Arts", "Festival", 15000]);
    ws.addRow(["Riverton Theatre", "Tour", 20500]);
    for (const r of [3, 4]) ws.getCell(`C${r}`).numFmt = '"£"#,##0';
    await wb.xlsx.writeFile(path.join(dir, "format-pounds.xlsx"));
    const r = cli(["summary", "format-pounds.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nTotal +2 +£35,500 /);
    expect(r.stdout).not.toContain("$");
    expect(r.stdout).not.toContain("names no currency");
  });

  it("checks a table whose Header Row is turned off by the headers in its first row, and says so when it cannot", async () => {
    // Real: a grants commission's tables exported from PDF by Power Query: "table … has no header row".
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Allocations").addTable({
      name: "Table046",
      ref: "A1",
      headerRow: false,
      columns: [{ name: "Column1" }, { name: "Column2" }],
      rows: [
        ["Council", "Final ($)"],
        ["Shire of Example", "1,001,000"],
        ["City of Sample", "2,502,500"],
      ],
    });
    await wb.xlsx.writeFile(path.join(dir, "header-off.xlsx"));
    const bare = cli(["check", "header-off.xlsx"], dir);
    expect(bare.code).toBe(3);
    expect(bare.stdout.replace(/\s+/g, " ")).toContain(
      "table Table046 (its Header Row is turned off: Table Design › Header Row): No Partners header row: row 1 has Council, Final ($)",
    );
    const mapped = cli(
      [
        "check",
        "header-off.xlsx",
        "--tab",
        "Partners",
        "--map",
        "Council=Partner",
        "--map",
        "Final ($)=Committed",
        "--json",
      ],
      dir,
    );
    expect(mapped.code).toBe(0);
    const block = JSON.parse(mapped.stdout).files[0].sheets[0];
    expect([block.table, block.rows, block.mapping.map((m: { header: string }) => m.header)]).toEqual([
      "Table046",
      2,
      ["Council", "Final ($)"],
    ]);
  });

  it("maps each sheet by the --map entries whose headers it has, when the sheets spell a column two ways", () => {
    // Real: DCMS's culture-recovery awards, `Applicant` on three sheets and `Applicant Name` on one.
    const grants = rowsXml([
      ["Lead body", "Award"],
      ["Lakeside Arts", 1000],
    ]);
    const loans = rowsXml([
      ["Lead body name", "Loan offer"],
      ["Riverton Hall", 5000],
    ]);
    fs.writeFileSync(path.join(dir, "two-spellings.xlsx"), handMadeXlsx({ Grants: grants, Loans: loans }));
    const map = ["--tab", "Partners", "--map", "Lead body=Partner", "--map", "Lead body name=Partner"];
    const r = cli(["check", "two-spellings.xlsx", ...map, "--map", "Loan offer=Committed", "--json"], dir);
    expect(r.code).toBe(0);
    const blocks = JSON.parse(r.stdout).files[0].sheets as {
      sheet: string;
      mapping: { header: string; column: string }[];
    }[];
    expect(blocks.map((b) => [b.sheet, b.mapping.map((m) => `${m.header}=${m.column}`)])).toEqual([
      ["Grants", ["Lead body=Partner", "Award=Committed"]],
      ["Loans", ["Lead body name=Partner", "Loan offer=Committed"]],
    ]);
    // A header no sheet has (a typo) is still said.
    const typo = cli(["check", "two-spellings.xlsx", ...map, "--map", "Loan ofer=Committed"], dir);
    expect(typo.code).toBe(3);
    expect(typo.stdout).toContain('"Loan ofer"');
  });

  it("summary says what each sheet came closest to and how to sum it anyway, when nothing is recognised", () => {
    // Real: a state contract register, `Vendor` beside `Amount`: one line, and no way on. (`Vendor` is
    // the Partner's word now, as is a p-card's `Merchant`; a header the tracker does not know stands in.)
    const contracts = rowsXml([
      ["Doc Number", "Trader", "Amount"],
      ["DOC-1", "Lakeside Supply", 4867.5],
    ]);
    fs.writeFileSync(path.join(dir, "vendors.xlsx"), handMadeXlsx({ Contracts: contracts }));
    const r = cli(["summary", "vendors.xlsx"], dir);
    expect(r.code).toBe(3);
    const said = r.stderr.replace(/\s+/g, " ");
    expect(said).toContain("Contracts: No Partners header row: row 1 has Doc Number, Trader, Amount");
    expect(said).toContain(
      'To sum it anyway, say which of its headers names the partner and which the amount: --tab Partners --map "<your header>=Partner" --map "<your amount header>=Committed".',
    );
  });

  it("summary's hint names the column holding the partners' names that check's hint names", () => {
    // A helper's round (real, corpus new-fh: a free-meals provider list, its first columns and rows):
    // check said --map "Org Name=Partner", summary --map "<your header>=Partner".
    fs.writeFileSync(
      path.join(dir, "providers.csv"),
      "Org Name,Street Address 1,Town/City,Postcode,County,What is the organisation's phone number?," +
        "The website of the organisation giving the free meals,What time does the organisation open?," +
        "What time does the organisation close?,Which days are the meals available?,How to claim the meal\n" +
        "#Coffee Street,15 Cavendish Street,Chesterfield,S40 1XA,Derbyshire,01246 769898,,10:00,15:00,Monday,Walk in\n" +
        "108 The Bakery,Unit 7 Basepoint,Romsey,SO51 9AQ,Hampshire,01794 878336,https://bakery.example,10:00,12:30," +
        "Wednesday,Ask at the counter\n",
    );
    const check = cli(["check", "providers.csv"], dir).stdout.replace(/\s+/g, " ");
    expect(check).toContain('--tab Partners --map "Org Name=Partner"');
    const r = cli(["summary", "providers.csv"], dir);
    expect(r.code).toBe(3);
    expect(r.stderr.replace(/\s+/g, " ")).toContain(
      "To sum it anyway, read Org Name as the partners' names and say which header holds their amounts: " +
        '--tab Partners --map "Org Name=Partner" --map "<your amount header>=Committed".',
    );
  });

  it("summary --tab Assets says it adds up Partners, and how to check the Assets sheet, not to read it as Partners", () => {
    // A helper's round (real): a council's asset register, told "no Partners data … --tab Partners";
    // read so, its 46 assets were 38 partners.
    fs.writeFileSync(path.join(dir, "assets.csv"), "Unit_ID,Replacement_Cost ($)\nW-1,1000\n");
    const r = cli(["summary", "assets.csv", "--tab", "Assets", "--map", "Unit_ID=Asset"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("summary adds up Partners (Committed and Received by partner); it does not sum Assets.");
    expect(r.stderr).toContain('To check the Assets sheet: check "assets.csv" --tab Assets --map "Unit_ID=Asset"');
    expect(r.stderr).not.toContain("--tab Partners");
  });

  it("says on how many rows the errors are, when one error stands for many rows", () => {
    // Real: Chicago's capital-spending list, "10 errors … in 2,000 rows" while every row was off the list.
    const lights = [["Asset", "Category"], ...Array.from({ length: 5 }, (_, i) => [`Light ${i + 1}`, "Lighting"])];
    fs.writeFileSync(path.join(dir, "lights.xlsx"), handMadeXlsx({ Assets: rowsXml(lights) }));
    const r = cli(["check", "lights.xlsx"], dir);
    expect(r.stdout).toContain("5 rows checked: 1 error on 5 rows, 0 warnings");
    expect(r.stdout.replace(/\s+/g, " ")).toContain("lights.xlsx: 1 error on 5 rows, 0 warnings in 5 rows on 1 sheet.");
  });

  it("summarises a ledger in pounds in pounds, never dollars", () => {
    const r = cli(["summary", "pounds.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nSector +Partners +Committed \(GBP\) +Received \(GBP\)\n/);
    expect(r.stdout).toMatch(/\nNonprofit +2 +£1,500\.50 +—\n/);
    // Without a Received column the figures say so, rather than a column of £0.
    expect(r.stdout).toContain("Note: No Received column: Received is left blank, not 0.");
    expect(r.stdout).toMatch(/\nTotal +2 +£1,500\.50 /);
    expect(r.stdout).not.toContain("$");
  });

  it.each([
    ["missing.xlsx", /no such file/],
    ["not-a-workbook.xlsx", /not an \.xlsx/],
    ["protected.xlsx", /password-protected/],
  ])("exits 2 with a clear message for %s", (file, message) => {
    const r = cli(["check", file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
    expect(r.stdout).toBe("");
  });
});

describe("a line break inside a label, a header or a value", () => {
  // A helper's round (real, corpus new-fi D7: repros/D7.make.js): Frontex's grants, a Sector label
  // `TF_x000D_Deploy` (Excel's stored carriage return) printed raw put `Deploy` over `TF` in summary's
  // table, and a header wrapped in its cell (`Unit/⏎Sector`) broke new --from's first line in two.
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("cli-lines");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("y2021");
    ws.addRow(["Unit/\nSector", "Name of Beneficiary", "Total awarded in EUR"]);
    ws.addRow(["TF_x000D_Deploy", "Police A", 100]); // read back as `TF\rDeploy`
    ws.addRow(["TF_x000D_Deploy", "Police B", 200]);
    ws.addRow(["ECRET", "Police C", 50]);
    ws.addRow(["_x001B_[2JMarit\r\nime", "Police D", 25]); // an escape, `\x1B`
    fs.writeFileSync(path.join(dir, "grants.xlsx"), Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints each on one line in summary's table, its columns in line", () => {
    const r = cli(["summary", "grants.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\r\x1b]/);
    const table = r.stdout.split("\n").slice(2, 7);
    expect(table).toEqual([
      "Sector             Partners   Committed (EUR)   Received (EUR)",
      "TF Deploy                 2              €300                —",
      "ECRET                     1               €50                —",
      "\\x1B[2JMarit ime          1               €25                —",
      "Total                     4              €375                —",
    ]);
  });

  it("prints a wrapped header on new --from's line, as check prints it", () => {
    const r = cli(["new", "--from", "grants.xlsx", "tracker.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toBe(
      "sheet y2021 → Partners: 4 rows (header row 1; Unit/ Sector → Sector, Name of Beneficiary → Partner, " +
        "Total awarded in EUR → Committed).",
    );
    expect(cli(["check", "grants.xlsx"], dir).stdout).toContain('"TF Deploy" in 2 rows');
  });

  it("keeps the values as they are in check's JSON: only the text report puts them on one line", () => {
    const json = JSON.parse(cli(["check", "grants.xlsx", "--json"], dir).stdout) as {
      issues: { column: string; value: string }[];
    };
    expect(json.issues[0]).toMatchObject({ column: "Unit/\nSector", value: "TF\rDeploy" });
  });
});
