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

describe("a date column headed in Chinese, without Committed", () => {
  // Corpus round qa D-qa4, real: Taipei City's register of civic groups, told its figures were in
  // "成立日期" (the founding date, `370314`, `1130102`: Minguo-calendar dates) — "map the one that is Committed".
  const groups: Cell[][] = [
    ["機關代碼", "名稱", "地址", "成立日期"],
    ["379120000J", "臺北市河濱紳士協會", "臺北市萬華區廣州街1號", 1130102],
    ["379120000J", "臺北市星空天文協會", "臺北市中正區忠孝東路二段4號", 370314],
    ["379120000J", "臺北市青松文教基金會", "臺北市大安區和平東路1號", 1010511],
  ];

  it("is not offered as the money", () => {
    const mapping = mappingFromPairs(groups, "Partners", [["名稱", "Partner"]]);
    expect(() => summarizePartners(groups, null, mapping)).toThrow(
      /Its figures \("成立日期"\) are numbers, codes, counts or measures, not amounts: there is nothing to add up\.$/,
    );
  });
});
