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

/**
 * A list of funding calls whose amounts are ceilings written in words, a currency beside each figure
 * (corpus round io, real: a scientific grants database, invented values): its first two calls (`Up to
 * €1.5M (+ up to €1M extra …)`) were taken for lines describing the columns, as a figure (`€150,000`)
 * follows under them, and left out of every sum. A sentence naming an amount in a currency is a record's.
 */
const CALLS = [
  "ID,Title,Funding Body,Description,Amount (funding),Duration,Notes",
  'G01,Starting Grant,European Research Council (ERC),Supports early-career scientists to build a team.,"Up to €1.5M (+ up to €1M extra for start-up costs)",5 years,Eligibility window counted from the PhD award.',
  'G02,Consolidator Grant,European Research Council (ERC),Helps researchers consolidate their own team.,"Up to €2.0M (+ up to €1M extra for equipment)",5 years,Many grants awarded in the last call.',
  'G03,Advanced Grant,European Research Council (ERC),For established research leaders.,"Up to €2.5M (+ up to €1M extra)",5 years,Closing at noon Brussels time.',
  'G04,Proof of Concept,European Research Council (ERC),Lump-sum funding to explore an idea.,"€150,000 (lump sum)",18 months,Only for existing grant holders.',
].join("\n");

describe("a list of calls whose amounts are ceilings in words", () => {
  const dir = tempDir("ceiling-calls");
  fs.writeFileSync(path.join(dir, "calls.csv"), CALLS);

  it("leaves none of its first calls out as a line describing the columns", async () => {
    const run = await runMain(["check", "calls.csv", "--json"], dir);
    const rules = JSON.parse(run.stdout).issues.map((i: { rule: string }) => i.rule);
    expect(rules.filter((rule: string) => rule.startsWith("leftOut"))).toEqual([]);
  });
});
