import * as fs from "fs";
import * as path from "path";
import { issuesToCsv } from "../../src/core/csv";
import { readWorkbookFile } from "../../src/cli/xlsxReader";
import { sheetPart, tempDir } from "../cli/helpers";
import { convertToXlsx, makeProfile, sofficeVersion } from "./soffice";

/**
 * CSV injection, in a real spreadsheet: LibreOffice's CSV import runs `=…` cells as formulas
 * (the control proves it), and runs none of what the exporter writes.
 */
const HOSTILE = ["=1+1", '=HYPERLINK("http://evil.example","x")', "+1+1", "-1+1", "@SUM(1)", "\t=1+1", " =1+1"];

describe("CSV export opened in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    if (!sofficeVersion()) throw new Error("LibreOffice (soffice) is not installed: bash scripts/setup.sh installs it");
    dir = tempDir("csv-lo");
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("runs no formula from exported issues, and shows their text", async () => {
    const exported = path.join(dir, "issues.csv");
    fs.writeFileSync(
      exported,
      issuesToCsv(
        HOSTILE.map((text, i) => ({
          sheet: "Partners",
          tab: "Partners",
          row: i + 2,
          column: text,
          severity: "error",
          rule: "test.rule",
          message: text,
        })),
      ),
    );
    const control = path.join(dir, "control.csv");
    fs.writeFileSync(control, `Message\r\n${HOSTILE[0]}\r\n`);
    // Comma-separated, double quotes, UTF-8, from line 1.
    const [exportedXlsx, controlXlsx] = convertToXlsx(
      [exported, control],
      path.join(dir, "out"),
      makeProfile(path.join(dir, "p"), true),
      "CSV:44,34,76,1",
    );

    expect(sheetPart(fs.readFileSync(controlXlsx), "control")).toMatch(/<f[ >]/); // the threat is real

    expect(sheetPart(fs.readFileSync(exportedXlsx), "issues")).not.toMatch(/<f[ >]/);
    const cells = (await readWorkbookFile(exportedXlsx)).sheets[0].cells;
    expect(cells[0]).toEqual(["Sheet", "Tab", "Row", "Column", "Severity", "Message"]);
    HOSTILE.forEach((text, i) => {
      expect(cells[i + 1][3]).toBe(`'${text}`);
      expect(cells[i + 1][5]).toBe(`'${text}`);
    });
  });
});
