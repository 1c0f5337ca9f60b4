import { validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round io D7 (real: Toronto's 2018 council candidates, invented values): a roster whose own
 * `ward` column (unmapped) tells a person's two rows apart — a candidate standing in two wards — was told
 * "keep one row". The warning stays (SPEC: Name in Leadership is a duplicate key), naming the wards.
 */
const HEADER = ["name", "nomination_date", "email", "phone", "website", "ward", "incumbent"];

function warningsOf(rows: Cell[][]): [number, string, string][] {
  return validateRange([HEADER, ...rows], undefined, { today: TODAY })
    .issues.filter((i) => i.column === "name")
    .map((i) => [i.row, i.rule, i.message]);
}

describe("a person on rows of different places (a roster's ward)", () => {
  it("names the wards that tell the rows apart, and asks which initiative each is for — not to keep one row", () => {
    const found = warningsOf([
      ["Novak, Ann", "01-May-18", "", "", "", 4, 1],
      ["Berg, Tom", "02-May-18", "", "", "", 4, ""],
      ["Novak, Ann", "17-Jul-18", "ann@example.org", "", "www.annnovak.example", 9, ""],
    ]);
    expect(found).toEqual([
      [
        2,
        "otherPlaces.name",
        'name "Novak, Ann" is on 2 rows (2, 4) where ward differs (4 on row 2, 9 on row 4): one person in each ' +
          "place, or two people of one name? If one person, say which initiative each row is for; if two, tell " +
          "them apart by name (a middle initial, say).",
      ],
    ]);
    expect(found[0][2]).not.toMatch(/keep one row/);
  });

  it("keeps the roster's advice for rows of one ward, and a row made twice as a copy", () => {
    const found = warningsOf([
      ["Novak, Ann", "01-May-18", "", "", "", 4, 1],
      ["Novak, Ann", "17-Jul-18", "", "", "", 4, ""],
      ["Berg, Tom", "02-May-18", "", "", "", 6, ""],
      ["Berg, Tom", "02-May-18", "", "", "", 6, ""],
    ]);
    expect(found.map(([row, rule]) => [row, rule])).toEqual([
      [2, "repeated.name"],
      [5, "sameRow.name"],
    ]);
    expect(found[0][2]).toMatch(/keep one row, or say which initiative each row is for\.$/);
  });
});
