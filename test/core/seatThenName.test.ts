import { mapHeaders, type Cell } from "../../src/core";
import { noHeader } from "./sheets";

/**
 * Corpus round jo D2 (real: Washington DC's neighborhood commissioners, one row per term): a roster
 * exported from a database heads its people `commissioner_name`. `Commissioner`, `Trustee name` and
 * `Member name` were Leadership's Name, but `commissioner_name` was not: exit 3, "No Partners header
 * row … name a Partner column". (Invented people and seats, the export's layout.)
 */
const TERMS: Cell[][] = [
  ["person_id", "smd_id", "commissioner_name", "start_date", "end_date"],
  [1, "smd_1A01", "Ann Example", "2019-01-02", "2021-01-02"],
  [2, "smd_1A02", "Bob Sample", "2019-01-02", "2023-01-02"],
];

describe("a roster's seat word before `name`", () => {
  it("names the person: the roster is Leadership's, hinted with commissioner_name as its Name", () => {
    const err = noHeader(TERMS);
    expect(err.closestTab).toBe("Leadership");
    expect(err.message).toMatch(/^No Leadership header row: .* beside commissioner_name/);
  });

  it("is read as Name beside another Leadership column, as `Commissioner` alone is", () => {
    const roster: Cell[][] = [
      ["commissioner_name", "Organization", "email"],
      ["Ann Example", "ANC 1A", "ann@example.org"],
    ];
    const mapping = mapHeaders(roster);
    expect(mapping.tab).toBe("Leadership");
    expect(mapping.columns.map((c) => `${c.header} → ${c.name}`)).toContain("commissioner_name → Name");
  });

  it("is no Name where the words before `name` are another column's (`Agency name`, `Project name`)", () => {
    const grants: Cell[][] = [
      ["Recipient", "Agency name", "Project name", "Amount"],
      ["Friends of Elm Park", "Parks Department", "Pocket park", 12000],
    ];
    const mapping = mapHeaders(grants);
    expect(mapping.tab).toBe("Partners");
    expect(mapping.columns.some((c) => c.name === "Name")).toBe(false);
  });
});
