import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A Dutch municipality's subsidy register, as Amsterdam publishes it (corpus round gn D3, real: exit 3,
 * "No Partners header row: row 1 has TABLE_NAME, DOSSIERNUMMER, AANVRAGER …"): the grantee is the
 * applicant (`AANVRAGER`), the amount granted `BEDRAG_VERLEEND` beside the amount applied for and the
 * amount settled, the year `SUBSIDIEJAAR`. A SQL Server dump's underline under the header and its row
 * count under the data. Names and amounts invented; the layout, headers and value formats copied.
 */
const REGISTER =
  "TABLE_NAME,DOSSIERNUMMER,AANVRAGER,REGELINGNAAM,BEDRAG_AANGEVRAAGD,BEDRAG_VERLEEND,BEDRAG_VASTGESTELD,SUBSIDIEJAAR\n" +
  "----------,-------------,---------,------------,------------------,---------------,------------------,------------\n" +
  "SB_REGISTER,SBA-000001,Stichting Voorbeeld Noord,Eenmalige Initiatieven,4000.00,4000.00,4000.00,2016\n" +
  "SB_REGISTER,SBA-000002,Vereniging De Linde,Speeltuinwerk,29000.00,21350.00,NULL,2017\n" +
  "SB_REGISTER,SBA-000003,Stichting Voorbeeld Noord,Eenmalige Initiatieven,25010.00,.00,.00,2017\n" +
  "SB_REGISTER,SBA-000004,Buurtvereniging Oost,Bewonersinitiatieven,1850.00,1850.00,1850.00,2016\n" +
  ",,,,,,,\n" +
  "(4 rows affected),,,,,,,\n";

describe("a Dutch subsidy register", () => {
  const dir = tempDir("dutch-register");
  const file = path.join(dir, "subsidieregister.csv");
  fs.writeFileSync(file, REGISTER);

  it("is checked as Partners: the applicant is the partner, the amount granted its commitment", async () => {
    const { code, stdout } = await runMain(["check", file], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("Columns: AANVRAGER → Partner · BEDRAG_VERLEEND → Committed");
    expect(stdout).not.toContain("No Partners header row");
  });

  it("is summed from the amount granted, in no dollars, with its years said", async () => {
    const { code, stdout } = await runMain(["summary", file], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Total\s+3\s+27,200\b/);
    expect(stdout).not.toContain("$");
    expect(stdout).toContain('Rows are for 2 years in "SUBSIDIEJAAR"');
  });
});
