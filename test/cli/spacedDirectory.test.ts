import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A community groups' directory whose `Company` header stands over blank columns (a merged header cell,
 * exported), beside `Website, Address, Details`, with headings between its groups — a place, then a
 * kind of group (a helper's round nx, real: a Newcastle and Gateshead directory of groups). Invented
 * groups in that layout; The Willow Project is listed under two headings with two addresses.
 */
const DIRECTORY =
  "Company,,,,,Website,Address,Details\n" +
  "NORTHTOWN,,,,,,,\n" +
  "Art Groups,,,,,,,\n" +
  'Northtown Sketch Club,,,,,http://sketch.example.org,"Old Library\nNorthtown",Drawing for all ages\n' +
  "The Willow Project,,,,,http://willow.example.org,Riverside Centre,Gardening with refugees\n" +
  "Food / Growing,,,,,,,\n" +
  "Hill Street Allotments,,,,,,,Plots to share\n" +
  "The Willow Project,,,,,http://willow.example.org,Station Yard,Allotment sessions\n" +
  "Southtown Food Bank,,,,,http://food.example.org,,Food parcels\n";

async function check(): Promise<{ code: number; said: string }> {
  const dir = tempDir("spaced");
  fs.writeFileSync(path.join(dir, "groups.csv"), DIRECTORY);
  const { code, stdout } = await runMain(["check", "--tab", "Partners", "--map", "Company=Partner", "groups.csv"], dir);
  return { code, said: stdout.replace(/\s+/g, " ") };
}

describe("a directory spaced out by blank columns, its headings between the groups", () => {
  it("is read as one table when mapped by hand: its other columns are the sheet's, not another table's", async () => {
    const { code, said } = await check();
    expect(code).toBe(0);
    expect(said).toContain("Ignored: Website · Address · Details");
  });

  it("does not call a group listed twice with two addresses the same row in every column", async () => {
    const { said } = await check();
    expect(said).not.toContain("in every column");
    expect(said).toContain('Company "The Willow Project" is on 2 rows (5, 8)');
  });
});
