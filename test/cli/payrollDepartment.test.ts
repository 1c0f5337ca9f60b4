import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A city's payroll: each employee's department, title and pay (corpus round lv, real: Boston's employee
 * earnings, `NAME, DEPARTMENT_NAME, TITLE, REGULAR, …, TOTAL_GROSS, POSTAL`, the department ignored while a
 * chart's `Department` is read as Organization). Invented people in that layout.
 */
function payroll(department: string): string {
  return (
    `NAME,${department},TITLE,REGULAR,OVERTIME,TOTAL_GROSS,POSTAL\n` +
    '"Example,Sam",City Police Department,Police Sergeant,"90,000.00","10,000.00","100,000.00",02119\n' +
    '"Sample,Jo A",City Library Department,Librarian,"60,000.00",,"60,000.00",02130\n' +
    '"Example,Sam",City Fire Department,Fire Fighter,"80,000.00","5,000.00","85,000.00",02131\n'
  );
}

async function checkSaid(text: string): Promise<string> {
  const dir = tempDir("payroll");
  fs.writeFileSync(path.join(dir, "earnings.csv"), text);
  return (await runMain(["check", "earnings.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("a city payroll's department", () => {
  it("is read as each person's Organization, however the header writes it", async () => {
    for (const header of ["DEPARTMENT_NAME", "Department Name", "Dept Name", "Agency Name"]) {
      const said = await checkSaid(payroll(header));
      expect(said).toContain(`${header} → Organization`);
    }
  });

  it("tells a namesake in another department apart by it", async () => {
    const said = await checkSaid(payroll("DEPARTMENT_NAME"));
    expect(said).toContain(
      "where DEPARTMENT_NAME differs (City Police Department on row 2, City Fire Department on row 4)",
    );
  });
});
