import { mappingFromPairs, summarizePartners, validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round jo D3 (real: India's electoral-bond purchasers, a bond a row, bought again and again by
 * each purchaser on one day): rows the same in every column, most at a denomination several purchasers'
 * rows share. The summary read them as units at a fixed amount, each added up; the check told the user
 * of each "the same entry made twice? … If it is one, delete the extra row" — ₹9.6bn of the ₹10.7bn.
 * (Invented purchasers and dates, the list's layout and denominations.)
 */
const bond = (date: string, donor: string, denomination: number, times: number): Cell[][] =>
  Array.from({ length: times }, () => [date, donor, denomination]);
const BONDS: Cell[][] = [
  ["p_date", "donor_name", "denomination"],
  ...bond("12/Apr/2019", "ALPHA TRADING LIMITED", 1000000, 4),
  ...bond("12/Apr/2019", "BETA WORKS LIMITED", 1000000, 3),
  ...bond("15/Apr/2019", "GAMMA AND CO", 100000, 2),
  ...bond("15/Apr/2019", "DELTA PVT LTD", 10000000, 1),
  ...bond("16/Apr/2019", "EPSILON FOODS", 1000000, 1),
];
const mapping = () =>
  mappingFromPairs(BONDS, "Partners", [
    ["donor_name", "Partner"],
    ["denomination", "Committed"],
  ]);

describe("rows the same in every column, read as units at a fixed amount", () => {
  it("are added up by the summary, each its own", () => {
    const s = summarizePartners(BONDS, null, mapping());
    expect(s.total.committed).toBe(18200000);
  });

  it("are said so by the check, as the summary reads them, never only 'delete the extra row'", () => {
    const copies = validateRange(BONDS, "Partners", { today: TODAY, mapping: mapping() }).issues.filter((i) =>
      i.rule.startsWith("sameRow."),
    );
    expect(copies).toHaveLength(6);
    for (const issue of copies) {
      expect(issue.message).toContain("read as units bought or paid at a fixed amount (bonds, tickets, memberships)");
      expect(issue.message).toContain("both are added up");
      expect(issue.message).not.toContain("the same entry made twice?");
    }
  });
});
