import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A list of candidate funding sources whose amounts are written as words on every row (corpus round hn,
 * real: a city's transit funding sources, invented values): its first rows — the only ones with a figure
 * in their words — were taken for a line describing the columns and left out of every check and sum.
 */
const SOURCES = [
  "name,category,description,estimated_amount,political_feasibility,notes",
  'Regional transit sales tax,tax,"A five-county sales tax proposed for the ballot, its city share for transit.",Approx. $120 million/year for the city if passed,medium,Strongest recurring source.',
  "City parcel tax,tax,Local parcel tax to close the operating deficit.,Approx. $100 million/year plus approx. $8 million/year for service,medium,Exposed to organised opposition.",
  'Agency efficiencies,tax,"Internal savings and pricing changes, already in the budget plan.",Not fully specified; treated as meaningful but not sufficient,high,Necessary self-help.',
  "General fund support,general_fund,Discretionary transfers from the general fund.,Flexible; depends on the city's budget each year,low,Competes with other services.",
  "State transit assistance,state,Formula and competitive state funding.,Variable; annual allocation depends on the state budget,medium,Not a stable base.",
].join("\n");

describe("a list whose amounts are words on every row", () => {
  const dir = tempDir("prose-amounts");
  fs.writeFileSync(path.join(dir, "sources.csv"), SOURCES);

  it("checks its first rows like the others: none is taken for a line describing the columns", async () => {
    const run = await runMain(["check", "sources.csv", "--json"], dir);
    const issues = JSON.parse(run.stdout).issues.map((i: { rule: string; row: number }) => [i.rule, i.row]);
    expect(issues.filter(([rule]: [string]) => rule.startsWith("leftOut"))).toEqual([]);
    expect(
      issues.filter(([rule]: [string]) => rule === "type.committed").map(([, row]: [string, number]) => row),
    ).toEqual([2, 3, 4, 5, 6]);
  });

  it("summary counts every source", async () => {
    const run = await runMain(["summary", "sources.csv"], dir);
    expect(run.stdout).toMatch(/Total\s+5\s/);
  });
});
