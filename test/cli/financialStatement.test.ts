import * as fs from "fs";
import * as path from "path";
import { validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * A statement of financial position (corpus round gn D10, real: a university's): title rows, two header
 * rows over its funds, and its account lines down an unheaded first column. It is no list of partners:
 * told "head it Partner" and `--map "A=Partner"`, a user would have summed a balance sheet as partners'
 * money. Figures invented; the layout and the account lines' words copied.
 */
const STATEMENT =
  "Combined Statement of Financial Position,,,,\n" +
  "EXAMPLE UNIVERSITY,,,,\n" +
  "As of June 30 2024 and 2023,,,,\n" +
  ",Operating,Fixed Asset,2024,2023\n" +
  ",Fund,Plant Fund,Total,Total\n" +
  "ASSETS,,,,\n" +
  "Total Current Assets,9228042.21,0,9228042.21,9168782.94\n" +
  '"Land, Buildings & Equipment, Net",975839.28,15904045.27,16879884.55,17308891.74\n' +
  "TOTAL ASSETS,10203881.49,15904045.27,26107926.76,26477674.68\n" +
  "LIABILITIES,,,,\n" +
  "Total Liabilities,9401502.44,0,9401502.44,9606655.95\n";

const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("a financial statement", () => {
  const dir = tempDir("financial-statement");
  const file = path.join(dir, "financial_position.csv");
  fs.writeFileSync(file, STATEMENT);

  it("is said to be one at check and summary, with no --map offered to make its accounts partners", async () => {
    for (const command of ["check", "summary"]) {
      const { code, stdout, stderr } = await runMain([command, file], dir);
      const out = oneLine(stdout + stderr);
      expect(code).toBe(3);
      expect(out).toContain('it looks like a financial statement ("ASSETS", "Total Current Assets"');
      expect(out).not.toContain("head it Partner");
      expect(out).not.toContain("=Partner");
    }
  });

  it("is said so at the functions' door too", () => {
    const rows = STATEMENT.trim()
      .split("\n")
      .map((l) => l.split(","));
    expect(() => validate(rows, null as unknown as string)).toThrow(/it looks like a financial statement/);
  });
});
