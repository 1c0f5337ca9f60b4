import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A capital projects dashboard's export (a helper's round, real: NYC's Capital Projects Dashboard;
 * invented values): its header row, a row describing each column under it, a notes row, then one row
 * per project per report. It was read from its description row, `--header-row 1` passed over without
 * a word, the description a partner and its sentences amounts in error, and fifteen reports of the
 * same projects summed ($313.59bn for a latest forecast of $31.97bn).
 */
const DASHBOARD = [
  ",Date Reported As Of,PID,Project Name,Managing Agency,Current Phase,Budget Forecast",
  "Column Description,Reporting period (mm/yyyy),Project ID,Project Name,Agency that is managing the project development process,The project phase at the point in time of the reporting period,The total cost of the project estimated at the point in time of the reporting",
  '"Additional Notes\n(where applicable)",,,,,"Design - the design phase",Negative numbers represent dollars under budget',
  ",5/1/2019 0:00,11,Elm Street Reconstruction,DDC,Design,1200000",
  ",9/1/2019 0:00,11,Elm Street Reconstruction,DDC,Construction,1300000",
  ",5/1/2019 0:00,12,Oak Pump Station Upgrade,DEP,Design,800000",
  ",9/1/2019 0:00,12,Oak Pump Station Upgrade,DEP,Design,850000",
].join("\r\n");

const MAPPED = ["--tab", "Partners", "--map", "Managing Agency=Partner", "--map", "Budget Forecast=Committed"];

describe("a dashboard export with a row describing each column under its headers", () => {
  const dir = tempDir("dashboard");
  fs.writeFileSync(path.join(dir, "dashboard.csv"), DASHBOARD);

  it("is not read from its description row: the headers above it are named, to map", async () => {
    const run = await runMain(["check", "dashboard.csv", "--json", "--today", "2026-12-03"], dir);
    expect(run.code).toBe(3);
    const [skipped] = JSON.parse(run.stdout).files[0].skipped;
    expect(skipped.seen).toEqual([
      "Date Reported As Of",
      "PID",
      "Project Name",
      "Managing Agency",
      "Current Phase",
      "Budget Forecast",
    ]);
  });

  it("--header-row 1 reads row 1 as the header row, and the description and notes rows are left out", async () => {
    const alone = await runMain(
      ["check", "dashboard.csv", "--header-row", "1", "--json", "--today", "2026-12-03"],
      dir,
    );
    // Row 1 alone names no tab's key: said, with row 1's headers — not row 2 read instead.
    expect(JSON.parse(alone.stdout).files[0].skipped[0].reason).toMatch(/row 1 has Date Reported As Of, PID/);

    const run = await runMain(["check", "dashboard.csv", "--header-row", "1", ...MAPPED, "--json"], dir);
    const sheet = JSON.parse(run.stdout).files[0].sheets[0];
    expect(sheet.headerRow).toBe(1);
    const issues = JSON.parse(run.stdout).issues.map((i: { rule: string; row: number }) => [i.rule, i.row]);
    expect(issues.filter(([rule]: [string]) => rule.startsWith("leftOut"))).toEqual([
      ["leftOut.headerMore", 2],
      ["leftOut.headerMore", 3],
    ]);
    expect(issues.filter(([rule]: [string]) => !rule.startsWith("leftOut") && rule !== "repeated.partner")).toEqual([]);
  });

  it("summary says its rows are reports and gives the latest one's figures", async () => {
    const run = await runMain(["summary", "dashboard.csv", "--header-row", "1", ...MAPPED], dir);
    expect(run.stdout).toMatch(/Total\s+2\s+\$4,150,000/);
    expect(run.stdout).toContain(
      'Note: Rows are from 2 reports by "Date Reported As Of" (2019-05-01: 2 partners, $2,000,000 · ' +
        "2019-09-01: 2 partners, $2,150,000), and 2 partners are in more than one: the totals add up both. " +
        "Where each report restates the same projects, the latest one's are the sheet's figures: $2,150,000 " +
        "Committed (2019-09-01).",
    );
  });
});
