import { runOnFile } from "./helpers";

/**
 * Amounts from 1,900 to 2,100 are years only where their whole column is (headerYears' yearsAlone, the rule
 * figureColumns reads columns by): rb's brief, after round mw's subsidies of 2,000 and 2,015. Invented
 * partners and figures.
 */
describe("amounts that look like years", () => {
  it("an amount column written as money ($2,000, $2,015) is named beside Committed, not left out as years", async () => {
    const { said } = await runOnFile(
      "grants.csv",
      'Partner,Committed,Subsidy\nElm Trust,5000,"$2,000"\nNorth Club,3000,"$2,015"\n',
      ["summary"],
    );
    expect(said).toContain('beside it, "Subsidy" holds $4,015 on 2 rows: an amount column in no total here');
  });

  it("a column of years written as years (founded 1987, 2003) is still no money", async () => {
    const { said } = await runOnFile(
      "grants.csv",
      "Partner,Committed,Founded\nElm Trust,5000,1987\nNorth Club,3000,2003\n",
      ["summary"],
    );
    expect(said).not.toContain("Founded");
  });

  it("a list without a header row, its first grant $2,000, mapped by letters: that first record is read, not taken as headers", async () => {
    const list = "Elm Trust,Nonprofit,2000\nNorth Club,Foundation,2015\nRiver Ltd,Business,1500\n";
    const args = ["--tab", "Partners", "--map", "A=Partner", "--map", "C=Committed"];
    const check = await runOnFile("list.csv", list, ["check", ...args]);
    expect(check.said).toContain("no header row (its columns named by their letters), 3 rows checked");
    const summary = await runOnFile("list.csv", list, ["summary", ...args]);
    expect(summary.said).toMatch(/Total 3 \$5,515 /);
  });

  it("a first row whose mapped column is years alone below it is still read as that column's heading", async () => {
    // (`2019` over grant years 2019, 2020: no record's amount, as before.)
    const check = await runOnFile(
      "years.csv",
      "Org,Kind,2019\nElm Trust,Nonprofit,2019\nNorth Club,Foundation,2020\n",
      ["check", "--tab", "Partners", "--map", "A=Partner", "--map", "C=Committed"],
    );
    expect(check.said).toContain("2 rows checked");
  });
});
