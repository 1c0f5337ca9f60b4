import * as fs from "fs";
import * as path from "path";
import { issues, summary, validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * A funder list whose names are kept back on some rows, the sheet's total of those rows under the list
 * (a helper's round: `Total withheld,7000` — a Total whose figure is not the rows above it, only the
 * withheld ones — was counted as a partner, its $7,000 summed twice). Invented names and figures.
 */
const LIST = [
  ["Partner", "Committed", "Sector"],
  ["Acme Trust", 1000, "Philanthropy"],
  ["REDACTED", 3000, "Philanthropy"],
  ["Beta Works", 2000, "Business"],
  ["Withheld", 4000, "Business"],
  ["Total withheld", 7000, ""],
];

const NULL = null as unknown as string;
const csv = (rows: readonly (readonly (string | number)[])[]) => rows.map((r) => r.join(",")).join("\n") + "\n";

async function run(args: string[], rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const dir = tempDir("withheld-total");
  fs.writeFileSync(path.join(dir, "list.csv"), csv(rows));
  return (await runMain([...args, "list.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("a Total of the rows whose names are withheld", () => {
  it("is left out and named once at check, saying what it adds up", async () => {
    const said = await run(["check"], LIST);
    expect(said).toContain("4 rows checked");
    expect(said).toContain(
      'Row 6 looks like a Total row ("Total withheld"): left out of every check and sum — its Committed, ' +
        "$7,000, is what the 2 rows whose Partner is withheld add up to.",
    );
  });

  it("is in no sum: summary and PARTNERS.SUMMARY count 4 partners and $10,000", async () => {
    expect(await run(["summary"], LIST)).toMatch(/Total 4 \$10,000 —/);
    const table = summary(LIST, NULL, NULL as unknown as string[][]);
    expect(table[table.length - 1].slice(1, 3)).toEqual([4, 10000]);
    const rows = validate(LIST, "Partners", NULL as unknown as string[][]).slice(1);
    expect(rows.filter((r) => r[0] === 6).map((r) => r[4])).toEqual(["leftOut.total"]);
    expect(issues(LIST, "Partners", "error", NULL as unknown as string[][])).toBe(0);
  });

  it("stays a partner's name when its figure is one withheld row's and the label says nothing of them", async () => {
    const wine = [
      ["Partner", "Committed"],
      ["Acme Trust", 1000],
      ["REDACTED", 5000],
      ["Total Wine & More", 5000],
    ];
    expect(await run(["summary"], wine)).toMatch(/Total 3 \$11,000 —/);
  });
});

/**
 * A group's total under a list: `Total Business` under rows whose Sector is Business, `Total Parks` under
 * rows a department column says Parks of — the group's rows, not all above it (a helper's round: read as
 * a partner, its money counted twice). Invented names and figures.
 */
describe("a Total of a group's rows", () => {
  it("is left out where its figure is the sum of the rows naming its group, in any column", async () => {
    const bySector = [...LIST.slice(0, 5), ["Total Business", 6000, ""]];
    expect(await run(["summary"], bySector)).toMatch(/Total 4 \$10,000 —/);
    expect(await run(["check"], bySector)).toContain(
      'its Committed, $6,000, is what the 2 rows whose Sector is "Business" add up to.',
    );
    const byDepartment = [
      ["Department", "Partner", "Committed"],
      ["Parks", "Acme Trust", 1000],
      ["Parks", "Gates Fund", 3000],
      ["Libraries", "Beta Works", 2000],
      ["Libraries", "Gamma Ltd", 4000],
      ["", "Total Parks", 4000],
    ];
    const table = summary(byDepartment, NULL, NULL as unknown as string[][]);
    expect(table[table.length - 1].slice(1, 3)).toEqual([4, 10000]);
  });

  it("stays a partner where one row alone names the group, or the figure is not the group's", async () => {
    const one = [...LIST.slice(0, 4), ["Total Business", 2000, ""]];
    expect(await run(["summary"], one)).toMatch(/Total 4 \$8,000 —/);
    const other = [...LIST.slice(0, 5), ["Total Business", 6500, ""]];
    expect(await run(["summary"], other)).toMatch(/Total 5 \$16,500 —/);
  });
});
