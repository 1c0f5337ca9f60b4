import * as fs from "fs";
import * as path from "path";
import { validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * An amount refused says the currency the summary shows the column in, whichever row tells it: a grants
 * list naming no currency whose amounts are written as Europe writes them (`1.200,50`) is shown without
 * a sign, yet a text cell above the first such amount was told "expected an amount in dollars, like 1200
 * or $1,200" (a helper's round: the words were chosen at the refused row, before the rows after it were
 * read). Invented names and figures.
 */
const LIST = [
  ["Organisation", "Amount"],
  ["Sofia Arts", "see file"],
  ["Plovdiv Trust", "1.200,50"],
  ["Varna Club", "3.000,00"],
];

const NULL = null as unknown as string;

describe("an amount refused above the rows that say the column's currency", () => {
  it("is no dollars at check where the summary shows the column without a sign", async () => {
    const dir = tempDir("amount-expected");
    fs.writeFileSync(path.join(dir, "list.csv"), LIST.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n") + "\n");
    const check = (await runMain(["check", "list.csv"], dir)).stdout.replace(/\s+/g, " ");
    expect(check).toContain('Amount is "see file" — expected an amount, like 1200.');
    expect(check).not.toContain("dollars");
    const summary = (await runMain(["summary", "list.csv"], dir)).stdout.replace(/\s+/g, " ");
    expect(summary).toMatch(/Total 3 4,200\.50 —/);
  });

  it("is no dollars at PARTNERS.VALIDATE either", () => {
    const rows = validate(LIST, "Partners", NULL as unknown as string[][]).slice(1);
    expect(rows.map((r) => r[3])).toEqual(['Amount is "see file" — expected an amount, like 1200.']);
  });

  it("names the currency a later row writes (`€`), and dollars where nothing says another", () => {
    const euros = [
      ["Organisation", "Amount"],
      ["A Org", "see file"],
      ["B Org", "€1,200"],
    ];
    expect(validate(euros, "Partners", NULL as unknown as string[][]).slice(1)[0][3]).toBe(
      'Amount is "see file" — expected an amount in EUR, like 1200 or €1,200.',
    );
    const dollars = [
      ["Organisation", "Amount"],
      ["A Org", "see file"],
      ["B Org", 1200],
    ];
    expect(validate(dollars, "Partners", NULL as unknown as string[][]).slice(1)[0][3]).toBe(
      'Amount is "see file" — expected an amount in dollars, like 1200 or $1,200.',
    );
  });
});
