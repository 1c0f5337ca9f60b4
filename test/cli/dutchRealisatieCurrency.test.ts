import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A Dutch subsidy register heads its money `Realisatie` (the state budget's word for money spent) and
 * names no currency (corpus round kp D1, real: the Dutch ministries' 2015 subsidies — `Overheid,
 * Regeling, Ontvanger, Beleid, Realisatie, Jaar` — summed as "$173,597,857.56", a refund said as
 * "-$250,350.50"). Its amounts are euros: shown without a sign, never as dollars. Invented recipients
 * and figures in that file's layout.
 */
const REGISTER =
  "Overheid,Regeling,Ontvanger,Beleid,Realisatie,Jaar\n" +
  "Ministerie van Voorbeeld,Regeling A,Stichting Eenhoorn,1.1,12000,2015\n" +
  "Ministerie van Voorbeeld,Regeling A,Vereniging Tweespan,1.1,4500,2015\n" +
  "Ministerie van Voorbeeld,Regeling B,Stichting Drieklank,2.3,-2500.5,2015\n" +
  "Ministerie van Voorbeeld,Regeling B,Coöperatie Vierkant,2.3,30000,2015\n";

/** The CLI's words for `args` on the register, on one line as a person reads them. */
async function said(...args: string[]): Promise<string> {
  const dir = tempDir("realisatie");
  fs.writeFileSync(path.join(dir, "subsidies.csv"), REGISTER);
  const { stdout } = await runMain([...args, "subsidies.csv"], dir);
  return stdout.replace(/\s+/g, " ");
}

describe("a Dutch subsidy register's Realisatie", () => {
  it("is summed without a dollar sign, the note saying its Dutch header is why", async () => {
    const summary = await said("summary", "--map", "Realisatie=Committed");
    expect(summary).toMatch(/Total 4 43,999\.50 —/);
    expect(summary).not.toContain("$");
    expect(summary).not.toContain("shown as dollars");
    expect(summary).toContain('heads its amounts "Realisatie": they are shown without a currency sign');
  });

  it("is quoted without a dollar sign by check", async () => {
    const check = await said("check");
    expect(check).toContain("Realisatie → Received");
    expect(check).toContain("-2,500.50");
    expect(check).not.toContain("$");
  });
});
