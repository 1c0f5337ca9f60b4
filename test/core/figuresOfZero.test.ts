import { mappingFromPairs, summarizePartners, type Cell } from "../../src/core";

/**
 * SUMMARY without a Committed column names the figures a user would look for and says why none is added
 * up: a money header holding nothing but 0 is named as such, not passed over (corpus round hn D8, real: a
 * funders' directory told only that its `EIN` was numbers and codes, silent on its `Revenue`, 0 on every row).
 */
function said(matrix: Cell[][]): string {
  const mapping = mappingFromPairs(matrix, "Partners", [["Company Name", "Partner"]]);
  try {
    summarizePartners(matrix, null, mapping);
  } catch (err) {
    return (err as Error).message;
  }
  return "";
}

describe("a figure column of nothing but 0, without Committed", () => {
  const directory: Cell[][] = [
    ["Company Name", "Website URL", "Type", "State", "Revenue", "EIN", "NTEE Code", "Slug", "Confidence"],
    ["Riverbend Giving Foundation", "", "foundation", "NY", 0, 314159265, "T20", "riverbend-giving", "medium"],
    ["Harbor Light Community Fund", "", "impact-fund", "CA", 0, 271828182, "T30", "harbor-light", "medium"],
    ["North Fork Capital Partners", "", "cdfi", "KS", "0", 161803398, "Q32", "north-fork", "high"],
  ];

  it("is named after the identifiers, with why it is not added up", () => {
    expect(said(directory)).toBe(
      "The range has no Committed column — include it with its header, or map it (the `mapping` argument). " +
        'Its figures ("EIN") are numbers, codes, counts or measures, not amounts, and "Revenue" holds nothing but 0: ' +
        "there is nothing to add up.",
    );
  });

  it("is named alone where it is the only figure column", () => {
    const noEin = directory.map((r) => r.filter((_, i) => i !== 5));
    expect(said(noEin)).toMatch(/\. Its figures \("Revenue"\) hold nothing but 0: there is nothing to add up\.$/);
  });

  it("is not named once one of its cells is another figure: then it is offered", () => {
    const oneFigure = directory.map((r, i) => (i === 2 ? r.map((c, j) => (j === 4 ? 1250000 : c)) : r));
    expect(said(oneFigure)).toMatch(/Its figures are in "Revenue": map the one that is Committed\.$/);
  });
});
