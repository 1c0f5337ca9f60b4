import * as fs from "fs";
import * as path from "path";
import { validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * A table of purposes down the side and years across (corpus round gn D8, real: a university's grants to
 * campus by purpose, 2016 to 2013, in thousands), told only "name a Partner column". The user summed it by
 * mapping the labels as Partner and one year as Committed; the hint now says the columns are years and
 * offers those two mappings. Labels and figures invented; the layout (a title row, the years as numbers,
 * `NA`, a Total row) copied.
 */
const BY_YEAR =
  ",Grants to Campus by Purpose (in thousands of dollars),,,\n" +
  "Purpose,2016,2015,2014,2013\n" +
  "Research support,3100,2200,2150,1400\n" +
  "Capital projects,2500,3200,1600,1900\n" +
  "Student aid,900,800,770,890\n" +
  "Administrative fees,NA,390,390,480\n" +
  "Total,6500,6590,4910,4670\n";

const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("a table of years across, its labels down the side", () => {
  const dir = tempDir("year-columns");
  const file = path.join(dir, "grants_by_purpose.csv");
  fs.writeFileSync(file, BY_YEAR);
  const said =
    'its columns 2016, 2015, 2014, 2013 are years, one column of amounts a year: map the year to sum to Committed, such as "2016", and "Purpose" to Partner';

  it("check says its columns are years and offers one year as Committed", async () => {
    const { code, stdout, stderr } = await runMain(["check", file], dir);
    const out = oneLine(stdout + stderr);
    expect(code).toBe(3);
    expect(out).toContain(said);
    expect(out).toContain('--tab Partners --map "Purpose=Partner" --map "2016=Committed"');
  });

  it("summary offers the same mappings, and following them sums that one year", async () => {
    const { code, stdout, stderr } = await runMain(["summary", file], dir);
    expect(code).toBe(3);
    expect(oneLine(stdout + stderr)).toContain('--map "Purpose=Partner" --map "2016=Committed"');
    const followed = await runMain(
      ["summary", file, "--tab", "Partners", "--map", "Purpose=Partner", "--map", "2016=Committed"],
      dir,
    );
    expect(followed.code).toBe(0);
    expect(followed.stdout).toMatch(/Total\s+4\s+\$?6,500\b/);
  });

  it("VALIDATE says it in the functions' words", () => {
    const rows = BY_YEAR.trim()
      .split("\n")
      .map((l) => l.split(","));
    expect(() => validate(rows, null as unknown as string)).toThrow(said);
  });
});
