import { mappingFromPairs, validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

describe("a rule line under a printed table's Total, over its footnotes", () => {
  it("is no row of data where one column is mapped: no 'is empty' error, the footnotes under it left out too", () => {
    // A helper's round (real: NYC's largest taxpayers, `--map "Taxpayer=Asset"` as the tool's own hint
    // says): the `___________` line in column A was an asset with no name, "Taxpayer is empty".
    const page: Cell[][] = [
      ["", "Taxpayer", "Value", "Value"],
      ["", "Harbour Power Co *", 1200000, 900000],
      ["", "Bayside Telecom", 800000, 700000],
      ["", "Market Tower", 450000, 400000],
      ["", "Total", 2450000, 2000000],
      ["___________", "", "", ""],
      ["*", "Including special franchises:", "", ""],
      ["", "2014-Harbour Power", 300000, ""],
    ];
    const mapping = mappingFromPairs(page, "Assets", [["Taxpayer", "Asset"]]);
    const result = validateRange(page, "Assets", { today: TODAY, mapping });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row, l.kind])).toEqual([
      [4, "total"],
      [5, "note"],
      [6, "note"],
      [7, "note"],
    ]);
    // Dashes in a cell of a named row stay that row's: `Quay Arts | ----` is an asset still.
    const dashes: Cell[][] = [
      ["Asset", "Note"],
      ["Quay Arts", "-----"],
      ["Harbour Hall", "roof"],
    ];
    const named = validateRange(dashes, "Assets", {
      today: TODAY,
      mapping: mappingFromPairs(dashes, "Assets", [["Asset", "Asset"]]),
    });
    expect([named.rowsChecked, named.leftOut]).toEqual([2, []]);
  });
});
