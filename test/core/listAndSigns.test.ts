import { validateRange, type Cell, type Issue } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Round mw (lv's D-lv2, real: two English councils' land registers under the Transparency Code): one
 * register's `HoldingType` `Land and Building` was read as Infrastructure (the list's `Land and
 * buildings`), the other's `Land/Buildings` was an error on each of its 174 rows. Invented rows, their
 * values.
 */
function check(matrix: Cell[][], tab: string): Issue[] {
  return validateRange(matrix, tab, { today: TODAY }).issues;
}

describe("a list value whose words are joined by a slash or an ampersand", () => {
  it("reads `Land/Buildings` and `Land & Buildings` as `Land and Building` is read", () => {
    const issues = check(
      [
        ["Asset", "Category"],
        ["Example Town Hall", "Land and Building"],
        ["Example Depot", "Land/Buildings"],
        ["Example Park Lodge", "Land & Buildings"],
        ["Example Allotments", "Land"],
      ],
      "Assets",
    ).filter((i) => i.column === "Category");
    expect(issues.map((i) => [i.rule, i.value, i.severity])).toEqual([
      ["spelling.category", "Land and Building", "warning"],
      ["spelling.category", "Land/Buildings", "warning"],
      ["spelling.category", "Land & Buildings", "warning"],
    ]);
    for (const i of issues) expect(i.message).toContain('read as "Infrastructure"');
  });

  it("reads no two list values joined by a slash as one of them", () => {
    const issues = check(
      [
        ["Partner", "Status"],
        ["Example Food Bank", "Active/Inactive"],
      ],
      "Partners",
    );
    expect(issues.map((i) => [i.rule, i.value])).toContainEqual(["list.status", "Active/Inactive"]);
  });
});

describe('a list value the list writes with an ampersand, written with "and"', () => {
  it("reads `Data and technology` as `Data & technology`, and `Public space and recreation` alike", () => {
    const assets = check(
      [
        ["Asset", "Category"],
        ["Example open-data portal", "Data and technology"],
        ["Example servers", "Data & Technology"],
      ],
      "Assets",
    ).filter((i) => i.column === "Category");
    expect(assets.map((i) => [i.rule, i.value, i.severity])).toEqual([
      ["spelling.category", "Data and technology", "warning"],
      ["spelling.category", "Data & Technology", "warning"],
    ]);
    for (const i of assets) expect(i.message).toContain('"Data & technology"');
    const partners = check(
      [
        ["Partner", "Focus area"],
        ["Example Parks Trust", "Public space and recreation"],
      ],
      "Partners",
    ).filter((i) => i.column === "Focus area");
    expect(partners.map((i) => [i.rule, i.value])).toEqual([["spelling.focusArea", "Public space and recreation"]]);
  });
});
