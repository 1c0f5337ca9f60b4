import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * Norway's agriculture directorate publishes its price subsidies a farm a row: municipality, name,
 * organisation number, one column per kind of subsidy and `sum_tilskudd`, their total (corpus round kp
 * D3, real: the 2023 register, `;` and a byte-order mark — exit 3, "navn alone does not say whether its
 * rows are people or organisations", no amount named). Invented farms and figures in that layout.
 */
const REGISTER =
  "\uFEFFkomnr;navn;orgnr;distriktstilskudd_melk;tilskudd_lam_og_kje;sum_tilskudd\n" +
  "0101;EKSEMPEL GÅRD AS;900000011;1200;0;1200\n" +
  "0105;PRØVEBRUKET SA;900000012;0;300;300\n" +
  "0128;TESTHEIM GARD AS;900000013;400;50;450\n";

async function said(command: string): Promise<string> {
  const dir = tempDir("tilskudd");
  fs.writeFileSync(path.join(dir, "pristilskudd.csv"), REGISTER);
  return (await runMain([command, "pristilskudd.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("a Norwegian subsidy register's sum_tilskudd", () => {
  it("is read as each farm's amount, the farms as partners", async () => {
    expect(await said("check")).toContain("navn → Partner · sum_tilskudd → Committed");
    const summary = await said("summary");
    expect(summary).toMatch(/Total 3 1,950 —/);
    expect(summary).not.toContain("$");
  });
});
