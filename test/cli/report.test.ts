/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../src/core";
import { checkWorkbook, type CheckIssue, type CheckResult } from "../../src/cli/check";
import { didYouMean, main } from "../../src/cli/cli";
import {
  CsvReporter,
  JsonReporter,
  TextReporter,
  WIDTH,
  writeReport,
  type FileOutcome,
  type Reporter,
} from "../../src/cli/report";
import { rollUp } from "../../src/cli/rollUp";
import { jsonSafe, printable } from "../../src/cli/terminal";
import type { WorkbookData } from "../../src/cli/xlsxReader";
import { tempDir } from "./helpers";

const TODAY = 46_351; // 2026-11-25

function workbook(sheets: Record<string, Cell[][]>): WorkbookData {
  return {
    sheets: Object.entries(sheets).map(([name, cells]) => ({ name, state: "visible" as const, cells, tables: [] })),
    definedNames: new Map(),
  };
}

function outcome(file: string, result: CheckResult): FileOutcome {
  return { file, status: "checked", exitCode: result.errors > 0 ? 1 : 0, result };
}

/** A sink that keeps every chunk written, as stdout would receive them. */
function capture(): { sink: (t: string) => Promise<void>; chunks: string[]; text: () => string } {
  const chunks: string[] = [];
  return {
    chunks,
    sink: async (t: string) => {
      chunks.push(t);
    },
    text: () => chunks.join(""),
  };
}

async function report(make: (sink: (t: string) => Promise<void>) => Reporter, outcomes: FileOutcome[]) {
  const out = capture();
  const totals = await writeReport(outcomes, make(out.sink));
  return { ...out, totals };
}

describe("a report of 150,000 issues", () => {
  const ROWS = 150_000;
  let result: CheckResult;
  beforeAll(() => {
    // Built directly as the reader would hand it over: one negative pledge per row, and a positive one
    // last (a column negative on every row is one error for the column: kept as credits).
    const cells: Cell[][] = [["Partner", "Committed"]];
    for (let i = 0; i < ROWS; i++) cells.push([`Partner ${i}`, -1 - (i % 7)]);
    cells.push(["Partner last", 100]);
    result = checkWorkbook(workbook({ Pledges: cells }), { today: TODAY });
  });

  it("prints as text the first 20 of a rule, counts the rest, the totals last", async () => {
    expect(result.errors).toBe(ROWS);
    const r = await report((sink) => new TextReporter(sink), [outcome("big.xlsx", result)]);
    expect(r.totals.exitCode).toBe(1);
    for (const chunk of r.chunks) expect(chunk.length).toBeLessThan(256 * 1024);
    const lines = r.text().trimEnd().split("\n");
    // A terminal gets what a person reads; --json and --csv (below) list all 150,000.
    expect(lines.filter((l) => /^ {4}B\d+ +Committed +error /.test(l))).toHaveLength(20);
    expect(r.text()).toContain(
      "    … and 149,980 more errors like these (min.committed): counted in the problems below; --json\n      lists each.\n",
    );
    expect(lines[lines.length - 1]).toBe("big.xlsx: 150,000 errors, 0 warnings in 150,001 rows on 1 sheet.");
    // One problem, not 150,000: negative amounts are one problem whatever the amount.
    expect(r.text()).toContain("One problem:\n  150,000 rows error ");
    expect(r.text()).toMatch(/Partners › Committed — Pledges!B2, B3, B4 and 149,997 more\n/);
  });

  it("prints five lines of one that says the same of each row (a name missing), then counts the rest", async () => {
    // Real: a council's over-£500 payments, 122 suppliers withheld: 20 lines of "Supplier Name is empty".
    const cells: Cell[][] = [["Supplier Name", "Amount"]];
    for (let i = 0; i < 12; i++) cells.push([i % 2 === 0 ? "" : `Supplier ${i}`, 100 + i]);
    const blanks = checkWorkbook(workbook({ Payments: cells }), { today: TODAY });
    const r = await report((sink) => new TextReporter(sink), [outcome("spend.xlsx", blanks)]);
    const lines = r.text().split("\n");
    expect(lines.filter((l) => /^ {4}A\d+ +Supplier Name +error +Supplier Name is empty/.test(l))).toHaveLength(5);
    expect(r.text()).toContain("    … and 1 more error like these (required.partner)");
  });

  it("streams as JSON and as CSV", async () => {
    const json = await report((sink) => new JsonReporter(sink), [outcome("big.xlsx", result)]);
    expect(json.chunks.length).toBeGreaterThan(50);
    const parsed = JSON.parse(json.text());
    expect(parsed.issues).toHaveLength(ROWS);
    expect(parsed.summary).toMatchObject({ files: 1, errors: ROWS, problems: 1, exitCode: 1 });
    const csv = await report((sink) => new CsvReporter(sink), [outcome("big.xlsx", result)]);
    expect(csv.text().split("\r\n")).toHaveLength(ROWS + 2); // header, rows, and the final line end
  });
});

describe("the roll-up", () => {
  function issue(partial: Partial<CheckIssue>): CheckIssue {
    return {
      sheet: "Partners",
      tab: "Partners",
      row: 2,
      column: "Status",
      severity: "warning",
      message: "m",
      rule: "spelling.status",
      ...partial,
    };
  }

  it("groups a value rule by value, other rules by column, largest first and errors first among equals", () => {
    const problems = rollUp("a.xlsx", [
      issue({ row: 2, value: "Complete", message: 'Status "Complete"' }),
      issue({ row: 3, value: "On hold", message: 'Status "On hold"' }),
      issue({ row: 4, value: "Complete", message: 'Status "Complete"' }),
      issue({ row: 5, value: "Complete ", message: 'Status "Complete "' }),
      issue({
        row: 6,
        rule: "partners.endBeforeStart",
        column: "End date",
        severity: "error",
        value: 45000,
        message: "x",
      }),
      issue({
        row: 7,
        rule: "partners.endBeforeStart",
        column: "End date",
        severity: "error",
        value: 45001,
        message: "y",
      }),
    ]);
    expect(problems.map((p) => [p.rule, p.value, p.count, p.sameMessage])).toEqual([
      ["spelling.status", "Complete", 3, false], // "Complete " with a trailing space is the same value
      ["partners.endBeforeStart", undefined, 2, false],
      ["spelling.status", "On hold", 1, true],
    ]);
    expect(problems[0].examples.map((e) => e.row)).toEqual([2, 4, 5]);
  });

  it("keeps one rule's errors and warnings in a column apart, as the pane and PARTNERS.PROBLEMS do", () => {
    // A helper's round (real: a waiting list's negative lines, netted adjustments and errors rolled up
    // as one "151 rows error"; in another file a warning line hid an error).
    const negative = { rule: "min.committed", column: "total requested" };
    const problems = rollUp("a.xlsx", [
      issue({ ...negative, row: 3, severity: "warning", message: "read as adjustments" }),
      issue({ ...negative, row: 4, severity: "error", message: "expected $0 or more" }),
    ]);
    expect(problems.map((p) => [p.rule, p.severity, p.count, p.message])).toEqual([
      ["min.committed", "error", 1, "expected $0 or more"],
      ["min.committed", "warning", 1, "read as adjustments"],
    ]);
  });

  it("counts the rows an issue said once stands for", () => {
    const problems = rollUp("a.xlsx", [
      issue({ row: 2, rule: "list.status", value: "Bogus", severity: "error" }),
      issue({ row: 3, rule: "list.status", value: "Bogus", severity: "error" }),
      issue({ row: 4, value: "Complete", rows: 14, message: 'Status is "Complete" in 14 rows' }),
    ]);
    expect(problems.map((p) => [p.value, p.count, p.issues])).toEqual([
      ["Complete", 14, 1],
      ["Bogus", 2, 2],
    ]);
  });

  it("keeps a blank required cell apart from a placeholder, and one column's date readings apart", () => {
    const problems = rollUp("a.xlsx", [
      issue({ row: 2, rule: "required.partner", column: "Partner", severity: "error", value: null }),
      issue({ row: 3, rule: "required.partner", column: "Partner", severity: "error", value: undefined }),
      issue({ row: 4, rule: "required.partner", column: "Partner", severity: "error", value: "TBD" }),
      issue({ row: 5, rule: "dateReading.startDate", column: "Start", value: "3/1/2026 12:00:00 AM" }),
      issue({ row: 9, rule: "dateReading.startDate", column: "Start", value: "Oct 2026" }),
    ]);
    expect(problems.map((p) => [p.rule, p.value ?? null, p.count])).toEqual([
      ["required.partner", null, 2],
      ["required.partner", "TBD", 1],
      ["dateReading.startDate", "3/1/2026 12:00:00 AM", 1],
      ["dateReading.startDate", "Oct 2026", 1],
    ]);
  });

  it("counts the files a problem occurs in", async () => {
    const sheet = (status: string): Cell[][] => [
      ["Partner", "Status"],
      ["A", status],
    ];
    const a = checkWorkbook(workbook({ Partners: sheet("Zzz") }), { today: TODAY });
    const b = checkWorkbook(workbook({ Partners: sheet("Zzz") }), { today: TODAY });
    const r = await report((sink) => new JsonReporter(sink), [outcome("a.xlsx", a), outcome("b.xlsx", b)]);
    const { problems, files, summary } = JSON.parse(r.text());
    expect(problems).toEqual([expect.objectContaining({ rule: "list.status", value: "Zzz", count: 2, files: 2 })]);
    expect(files.map((f: { file: string }) => f.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(summary).toMatchObject({ files: 2, checked: 2, withErrors: 2, errors: 2 });
  });
});

describe("text from a hostile workbook on a terminal", () => {
  const ESC = "\u001b";
  const hostile = workbook({
    [`Partners${ESC}]0;owned${"\u0007"}`]: [
      ["Partner", "Status", "Committed", `Notes${ESC}[2J`],
      [`${ESC}[31mMallory\u202e`, "Bogus\u009b", -5, "n"],
    ],
  });

  it("shows control and bidi characters instead of sending them", async () => {
    const result = checkWorkbook(hostile, { today: TODAY });
    expect(result.issues.length).toBeGreaterThan(0);
    const text = (await report((sink) => new TextReporter(sink), [outcome(`evil${ESC}[2J.xlsx`, result)])).text();
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("Partners\\x1B]0;owned\\x07");
    expect(text).toContain("evil\\x1B[2J.xlsx");
    expect(text).toContain('"Bogus\\x9B"');
    expect(text).toContain("Ignored: Notes\\x1B[2J");
  });

  it("keeps JSON the same value, with the characters a terminal acts on escaped", async () => {
    const result = checkWorkbook(hostile, { today: TODAY });
    const json = (await report((sink) => new JsonReporter(sink), [outcome("evil.xlsx", result)])).text();
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const parsed = JSON.parse(json);
    expect(parsed.issues[0].sheet).toBe(`Partners${ESC}]0;owned\u0007`);
    expect(parsed.issues.map((i: { value: unknown }) => i.value)).toContain("Bogus\u009b");
    expect(JSON.parse(jsonSafe(JSON.stringify("a\u202eb\u009b")))).toBe("a\u202eb\u009b");
  });

  it("keeps CSV lines but not escapes when stdout is a terminal", async () => {
    const result = checkWorkbook(hostile, { today: TODAY });
    const toTerminal = (await report((sink) => new CsvReporter(sink, true), [outcome("evil.xlsx", result)])).text();
    expect(toTerminal).not.toContain(ESC);
    expect(toTerminal).toContain("\r\n");
    const toFile = (await report((sink) => new CsvReporter(sink, false), [outcome("evil.xlsx", result)])).text();
    expect(toFile).toContain(ESC); // a file keeps the workbook's text as it is
  });

  it("turns line breaks and tabs into spaces", () => {
    expect(printable("two\nlines\tand\r")).toBe("two lines and ");
    // A line break is one space, with the spaces beside it: Excel's `\r\n`, a name wrapped after a space
    // (a helper's round, real, corpus new-fi D7: Frontex's `TF_x000D_Deploy`, `Pubblica ⏎Sicurezza`).
    expect(printable("TF\r\nDeploy")).toBe("TF Deploy");
    expect(printable("della Pubblica \r\nSicurezza")).toBe("della Pubblica Sicurezza");
    expect(printable("Unit/\n\nSector\r")).toBe("Unit/ Sector ");
  });
});

describe("the text report's lines", () => {
  it("fit in 100 columns, long headers, sheet names and messages included", async () => {
    const long = "A very long header a partner typed to explain exactly what goes in this column";
    const result = checkWorkbook(
      workbook({
        "Partner pledges received from the spring call for proposals": [
          ["Partner", "Sector", long],
          ["Somebody", "Interplanetary shipping and receiving consortium of the outer rim", "x"],
          ["", "Nonprofit", "y"],
        ],
      }),
      { today: TODAY },
    );
    const text = (await report((sink) => new TextReporter(sink), [outcome("a.xlsx", result)])).text();
    const lines = text.split("\n");
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(WIDTH);
  });

  it("never cut a column's --map hint with the ignored columns past the first twelve", async () => {
    // Corpus round fn D4 (real: Toulouse's grants, France's SCDL layout): `type`, the 13th column
    // ignored, its "--map "type=Sector" reads it so" in the JSON but cut from the text.
    const header = [
      ...["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire"],
      ...["objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE"],
      ...["notificationUE", "secteur", "catégorie", "type"],
    ];
    const kinds = ["Association loi 1901", "Société par actions simplifiée (SAS)", "Société Anonyme (SA)"];
    const rows = ["ASSOC JARDINS", "SAS ATELIER", "SA HABITAT", "ASSOC VELO"].map((name, i) => [
      ...["Métropole Exemple", "", "", "", name, "Fonctionnement", 1000 * (i + 1), "aide en numéraire"],
      ...["unique", "01/12/2023", "", "non", "Culture", "Divers", kinds[i % kinds.length]],
    ]);
    const result = checkWorkbook(workbook({ Subventions: [header, ...rows] }), { today: TODAY });
    expect(result.blocks[0].notReadAs).toEqual([{ header: "type", column: "Sector" }]);
    const text = (await report((sink) => new TextReporter(sink), [outcome("a.csv", result)])).text();
    expect(text.replace(/\s+/g, " ")).toContain(
      `Ignored: type (not read as Sector: its cells do not look like one; --map "type=Sector" reads it so) · nomAttribuant`,
    );
  });
});

describe("an organisation's number column", () => {
  it("whose every value Excel rounded (`3,26E+13`) is said once as lost, never as compared with Partner", async () => {
    // Corpus round fn D8 (real: Toulouse's grants, `idBeneficiaire` all `2,13E+13`-style, 236 values for
    // 527 organisations): the report said "(compared with Partner)" of numbers nothing compares.
    const rows = [
      ["ASSOC JARDINS", "3,26E+13", 12000],
      ["ASSOC VELO", "3,26E+13", 2000],
      ["SARL BOULANGERIE", "7,88E+13", 3500],
    ];
    const result = checkWorkbook(
      workbook({ Subventions: [["nomBeneficiaire", "idBeneficiaire", "montant"], ...rows] }),
      {
        today: TODAY,
      },
    );
    expect(result.blocks[0].comparedColumns).toBeUndefined();
    expect(result.blocks[0].roundedIdentifiers).toEqual({
      header: "idBeneficiaire",
      example: "3,26E+13",
      rounded: 3,
      values: 3,
    });
    const text = (await report((sink) => new TextReporter(sink), [outcome("a.csv", result)]))
      .text()
      .replace(/\s+/g, " ");
    expect(text).not.toContain("compared with");
    expect(text).toContain(
      "idBeneficiaire (not compared: every value is a number Excel rounded, such as 3,26E+13 — the identifiers " +
        "are lost; export the column as text)",
    );
    // A few written in full among them (Toulouse's: 2 SIRENs of 543): still said, with how many — and those
    // few compared, as they are (a helper's brief: "not compared" of a column whose whole values were).
    const few = checkWorkbook(
      workbook({
        Subventions: [["nomBeneficiaire", "idBeneficiaire", "montant"], ...rows, ["SCOP MENUISERIE", "880386354", 900]],
      }),
      { today: TODAY },
    );
    const fewText = (await report((sink) => new TextReporter(sink), [outcome("a.csv", few)]))
      .text()
      .replace(/\s+/g, " ");
    expect(fewText).toContain(
      "idBeneficiaire (compared with Partner on 1 of its 4 values only: the other 3 are numbers Excel rounded, " +
        "such as 3,26E+13 — those identifiers are lost; export the column as text)",
    );
    expect(fewText).not.toContain("not compared");
    // One written in full is compared, as before.
    const whole = checkWorkbook(
      workbook({
        Subventions: [
          ["nomBeneficiaire", "idBeneficiaire", "montant"],
          ["ASSOC JARDINS", "32600000000017", 12000],
        ],
      }),
      { today: TODAY },
    );
    expect(whole.blocks[0].comparedColumns).toEqual([{ header: "idBeneficiaire", with: "Partner" }]);
  });
});

describe("where a problem is", () => {
  it("names no column for a label in a column without a header (not 'Partners ›  —')", async () => {
    const result = checkWorkbook(
      workbook({
        Awards: [
          ["", "Partner", "Committed"],
          ["", "Alder Trust", 100],
          ["", "Birch Fund", 200],
          ["Grand Total", "", 300],
        ],
      }),
      { today: TODAY },
    );
    const text = (await report((sink) => new TextReporter(sink), [outcome("a.xlsx", result)])).text();
    expect(text).toContain("Row 4 looks like a Total row");
    expect(text).toMatch(/\n +Partners — Awards!A4\n/);
  });
});

describe("did you mean", () => {
  const COMMANDS = ["new", "check", "summary"];
  const OPTIONS = ["--json", "--csv", "--quiet"];
  it.each([
    ["chekc", COMMANDS, "check"],
    ["sumary", COMMANDS, "summary"],
    ["frobnicate", COMMANDS, undefined],
    ["--jsn", OPTIONS, "--json"],
    ["--JSON", OPTIONS, "--json"],
    ["--quie", OPTIONS, "--quiet"],
    ["--qu", OPTIONS, undefined],
  ])("%s suggests %#", (typed, known, expected) => {
    expect(didYouMean(typed, known)).toBe(expected);
  });
});

describe("a many-file run on a terminal", () => {
  it("says which file it is on, on one line it clears before each file's report", async () => {
    const dir = tempDir("cli-tty");
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Partners");
      ws.addRow(["Partner", "Committed"]);
      ws.addRow(["Rotary", -5]);
      await wb.xlsx.writeFile(path.join(dir, "a.xlsx"));
      await wb.xlsx.writeFile(path.join(dir, "b.xlsx"));
      const stderr: string[] = [];
      const stdout: string[] = [];
      const io = { stdout: (t: string) => void stdout.push(t), stderr: (t: string) => void stderr.push(t), cwd: dir };
      const code = await main(["check", "a.xlsx", "b.xlsx", "--today", "2026-11-25"], { ...io, stderrIsTty: true });
      expect(code).toBe(1);
      expect(stderr).toEqual([
        "\r\u001b[2KChecking 1 of 2: a.xlsx…",
        "\r\u001b[2K",
        "\r\u001b[2KChecking 2 of 2: b.xlsx…",
        "\r\u001b[2K",
      ]);
      expect(stdout.join("")).toMatch(/\n2 files: 0 clean, 2 with errors\.\n/);
      // Not on a terminal (a log file), and not with --quiet: no such lines.
      stderr.length = 0;
      await main(["check", "a.xlsx", "b.xlsx"], io);
      await main(["check", "a.xlsx", "b.xlsx", "--quiet"], { ...io, stderrIsTty: true });
      expect(stderr).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
