import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * Funder directories name the funder `Funding Body` (the UK's and the EU's word) and its kind `Investor
 * Type` (corpus round io D3, real: a database of research funders' open grants, guessed as Assets, and a
 * state report's funders and investors, told to "name one more Partners column beside Funder"; both exit
 * 3). Invented names and amounts in those files' layouts (the second's line endings are CR alone).
 */
describe("a funder directory", () => {
  it("reads Funding Body as the partner beside its amounts", async () => {
    const dir = tempDir("funders");
    fs.writeFileSync(
      path.join(dir, "grants.csv"),
      "ID,Title,Funding Body,Country / Region,Amount (funding)\n" +
        'G01,Early Career Award,Example Research Council,EU,"€150,000"\n' +
        'G02,Travel Fellowship,Sample Foundation,UK,"€20,000"\n',
    );
    const check = await runMain(["check", "grants.csv"], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.replace(/\s+/g, " ")).toContain(
      "Columns: Funding Body → Partner · Amount (funding) → Committed",
    );
    expect((await runMain(["summary", "grants.csv"], dir)).stdout).toMatch(/Total +2 +€170,000/);
  });

  it("checks a list of funders and their Investor Type, offering the type as Sector", async () => {
    const dir = tempDir("investors");
    fs.writeFileSync(
      path.join(dir, "investors.csv"),
      "Funder,Billing State/Province,Investor Type,Tech\rAlpha Ventures,CA,Venture Fund,1\rBeta Angels,NC,Angel Group,\r",
    );
    const check = await runMain(["check", "investors.csv"], dir);
    expect(check.code).toBe(0);
    const said = check.stdout.replace(/\s+/g, " ");
    expect(said).toContain("Columns: Funder → Partner");
    expect(said).toContain(
      'Investor Type (not read as Sector: its cells do not look like one; --map "Investor Type=Sector" reads it so)',
    );
  });
});
