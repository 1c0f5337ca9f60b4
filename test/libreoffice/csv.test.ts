import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { issuesToCsv, neutralise, toCsv } from "../../src/core/csv";
import { readWorkbookFile } from "../../src/cli/xlsxReader";
import { partText, ROOT, tempDir } from "../cli/helpers";
import { convertToXlsx, makeProfile, sofficeVersion } from "./soffice";

/**
 * CSV injection, in a real spreadsheet: LibreOffice's CSV import runs `=…` cells as formulas (the
 * controls prove it, for a `,` and for a `;` import), and runs none of what any exporter writes —
 * the core's issues and table CSV (the task pane's downloads) and the command line's `check --csv`
 * and `summary --csv` — whether the file is imported with `,`, `;` or tab as the separator.
 */
const HOSTILE = [
  "=1+1",
  '=HYPERLINK("http://evil.example","x")',
  "+1+1",
  "-1+1",
  "@SUM(1)",
  "\t=1+1",
  " =1+1",
  "\u0000=1+1",
  "\u200b=1+1",
  "Fresh Air Fund;=2+2",
  "Fresh Air Fund\t=3+3",
  'Quote;"=4+4',
  "two\nlines\n=5+5",
  "comma, -6+6",
];

/** Text an .xlsx can hold (XML has no NUL): the hostile values for workbooks the command line reads. */
const IN_WORKBOOK = HOSTILE.filter((t) => !t.includes("\u0000"));

const SEPARATORS: [string, number][] = [
  ["comma", 44],
  ["semicolon", 59],
  ["tab", 9],
];

function sheetXml(xlsx: string): string {
  return partText(xlsx, "xl/worksheets/sheet1.xml");
}

describe("CSV exports opened in LibreOffice", () => {
  let dir: string;
  let exported: string[];
  beforeAll(async () => {
    if (!sofficeVersion()) throw new Error("LibreOffice (soffice) is not installed: bash scripts/setup.sh installs it");
    dir = tempDir("csv-lo");

    // The task pane's exporters (the core's CSV writer).
    const issues = path.join(dir, "pane-issues.csv");
    fs.writeFileSync(
      issues,
      issuesToCsv(
        HOSTILE.map((text, i) => ({
          sheet: "Partners",
          tab: "Partners",
          row: i + 2,
          column: text,
          severity: "error",
          rule: "test.rule",
          value: text,
          message: text,
        })),
        { bom: true },
      ),
    );
    const summary = path.join(dir, "pane-summary.csv");
    fs.writeFileSync(
      summary,
      toCsv([["Sector", "Partners", "Committed"], ...HOSTILE.map((t, i) => [t, 1, i])], { bom: true }),
    );

    // The command line's exporters, over a workbook whose every text is hostile.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Partners");
    ws.addRow(["Partner", "Sector", "Committed", "Contact email"]);
    IN_WORKBOOK.forEach((text, i) => ws.addRow([text, text, 100 + i, text])); // bad sector and email: issues quoting them
    const workbook = path.join(dir, "hostile.xlsx");
    await wb.xlsx.writeFile(workbook);
    const run = (args: string[], out: string) => {
      const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), ...args], {
        encoding: "utf8",
      });
      expect(r.stderr).not.toMatch(/Unexpected failure/);
      fs.writeFileSync(out, r.stdout);
      return r.stdout;
    };
    const checkCsv = path.join(dir, "cli-check.csv");
    expect(run(["check", workbook, "--csv", "--today", "2026-11-25"], checkCsv).split("\r\n").length).toBeGreaterThan(
      IN_WORKBOOK.length,
    );
    const summaryCsv = path.join(dir, "cli-summary.csv");
    run(["summary", workbook, "--csv"], summaryCsv);
    exported = [issues, summary, checkCsv, summaryCsv];
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(SEPARATORS)("runs no formula from any exporter, imported with %s as the separator", (name, code) => {
    // Controls: a bare formula, and text written unquoted (as the exporter once did) that a `;` or
    // tab import splits into a cell of its own.
    const controls = [path.join(dir, `control-bare-${name}.csv`), path.join(dir, `control-split-${name}.csv`)];
    fs.writeFileSync(controls[0], `"Message"\r\n=1+1\r\n`);
    fs.writeFileSync(controls[1], `"Message"\r\nFund;=1+1\r\nFund\t=1+1\r\n`);
    const outDir = path.join(dir, `out-${name}`);
    const converted = convertToXlsx(
      [...exported, ...controls],
      outDir,
      makeProfile(path.join(dir, `profile-${name}`), true),
      `CSV:${code},34,76,1`,
    );
    const [bare, split] = converted.slice(exported.length).map(sheetXml);
    // The threat is real with this separator …
    expect(`${bare}${split}`).toMatch(/<f[ >]/);
    if (name !== "comma") expect(split).toMatch(/<f[ >]/);
    // … and no exporter's file carries it.
    converted.slice(0, exported.length).forEach((xlsx, i) => {
      expect({ file: path.basename(exported[i]), formula: /<f[ >]/.test(sheetXml(xlsx)) }).toEqual({
        file: path.basename(exported[i]),
        formula: false,
      });
    });
  });

  it("shows the exported text as it was, an apostrophe in front where it could have run", async () => {
    const [paneIssues] = convertToXlsx(
      [exported[0]],
      path.join(dir, "out-text"),
      makeProfile(path.join(dir, "profile-text"), true),
      "CSV:44,34,76,1",
    );
    const cells = (await readWorkbookFile(paneIssues)).sheets[0].cells;
    expect(cells[0]).toEqual(["Sheet", "Tab", "Row", "Column", "Severity", "Rule", "Value", "Message"]);
    const withoutNul = (text: string) => text.split("\u0000").join(""); // LibreOffice may drop a NUL itself
    HOSTILE.forEach((text, i) => {
      expect({ text, cell: withoutNul(String(cells[i + 1][7])) }).toEqual({ text, cell: withoutNul(neutralise(text)) });
    });
  });
});
