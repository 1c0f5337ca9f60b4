import * as fs from "fs";
import * as path from "path";
import { summary } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * Corpus round fn D1: a header heading two columns (Geneva's grants, `budget2014` twice; a
 * comptroller's table, `Value` twice). The summary's notes name a column as the mapping accepts it
 * (`budget2014 (2)`), so doing what a note says never ends in the mapping's refusal; and a column that
 * repeats Committed on every row is said as a copy, not as money one might sum instead.
 */

/** Invented grants in Geneva's layout: the year's budget twice over, identical, and an older year's. */
const TWICE =
  "Grantee,budget2014,budget2014,budget2012\r\n" +
  "River Arts Trust,1000,1000,900\r\n" +
  'Harbour Food Bank,2500,2500,"2100,50"\r\n' +
  "North Youth Club,400,400,0\r\n";

/** Two years under one word (`Value`, `Value`: 2023's and 2014's), the second a different figure. */
const TWO_YEARS = "Taxpayer,Value,Value\r\nHarbour Holdings,1000,900\r\nRiver Estates,2500,2400\r\n";

async function run(text: string, ...args: string[]) {
  const dir = tempDir("repeated");
  fs.writeFileSync(path.join(dir, "grants.csv"), text);
  const r = await runMain([...args, "grants.csv"], dir);
  return { code: r.code, said: r.stdout.replace(/\s+/g, " "), stderr: r.stderr };
}

describe("a header heading two columns, in summary's notes", () => {
  it("names each column as --map takes it, and the --map a note offers is one the tool then follows", async () => {
    const first = await run(TWO_YEARS, "summary", "--map", "Value (1)=Committed");
    expect(first.said).toContain(`Committed is "Value (1)"; beside it, "Value (2)" holds $3,300 on 2 rows`);
    const offered = /--map "([^"]*)=Committed" sums it instead/.exec(first.said)?.[1];
    expect(offered).toBe("Value (2)");
    const followed = await run(TWO_YEARS, "summary", "--map", `${offered}=Committed`);
    expect(followed.code).toBe(0);
    expect(followed.said).toContain("$3,300");
  });

  it("says a column repeating Committed on every row is a copy of it, never money to sum instead", async () => {
    const { said } = await run(TWICE, "summary", "--map", "budget2014 (1)=Committed");
    expect(said).toContain(
      `"budget2014 (2)" repeats "budget2014 (1)" (Committed) on every row: a copy of it, not more money.`,
    );
    expect(said).not.toContain("amount column in no total here");
    expect(said).toContain("$3,900");
  });

  it("is mapped by place in the functions' mapping argument too", () => {
    const range = TWO_YEARS.trim()
      .split("\r\n")
      .map((line, i) => line.split(",").map((c) => (i > 0 && /^\d+$/.test(c) ? Number(c) : c)));
    const table = summary(range, null as unknown as string, [
      ["Taxpayer", "Partner"],
      ["Value (2)", "Committed"],
    ]);
    expect(table[table.length - 1]).toEqual(["Total", 2, 3300, ""]);
  });
});
