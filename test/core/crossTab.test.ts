import { crossCheck, isoToSerial, TrackerError, validateRange, type Cell } from "../../src/core";
import { LEADERSHIP, PARTNERS, FOUNDATION } from "./imports";
import { sampleSheet } from "./sheets";

type Sheets = { foundation: Cell[][]; assets: Cell[][]; leadership: Cell[][]; partners: Cell[][] };

function sample(): Sheets {
  return {
    foundation: sampleSheet("Foundation"),
    assets: sampleSheet("Assets"),
    leadership: sampleSheet("Leadership"),
    partners: sampleSheet("Partners"),
  };
}

function set(sheet: Cell[][], row: number, columnName: string, value: Cell): void {
  sheet[row][sheet[0].indexOf(columnName)] = value;
}

const L = LEADERSHIP.col;

describe("cross-tab checks", () => {
  it("find nothing wrong in the sample tracker", () => {
    expect(crossCheck(sample())).toEqual([]);
  });

  it("flag an Initiative ID that Foundation does not have, on the tab and row where it is", () => {
    const s = sample();
    set(s.partners, 3, PARTNERS.col.initiativeId.name, "FOOD-02");
    set(s.assets, 1, PARTNERS.col.initiativeId.name, " space-01 "); // same ID, other case and spaces: fine
    expect(crossCheck(s)).toEqual([
      {
        tab: "Partners",
        row: 4,
        column: "Initiative ID",
        severity: "error",
        rule: "crossTab.unknownInitiative",
        value: "FOOD-02",
        message: 'Initiative ID "FOOD-02" is not on the Foundation tab — add the initiative there or correct the ID.',
      },
    ]);
  });

  it("warn about a Partner's Champion who is not a Name in Leadership (ignoring case and punctuation)", () => {
    const s = sample();
    set(s.partners, 1, PARTNERS.col.champion.name, "grace okafor"); // same person
    set(s.partners, 2, PARTNERS.col.champion.name, "Luis O.");
    const issues = crossCheck(s);
    expect(issues).toEqual([
      expect.objectContaining({ tab: "Partners", row: 3, column: "Champion", severity: "warning" }),
    ]);
    expect(issues[0].message).toMatch(/Champion "Luis O\." is not a Name on the Leadership tab/);
  });

  it("warn when an Active initiative has no champion and no Deputized lead", () => {
    const s = sample();
    // VAX-01 (Active, Foundation row 5) loses its two leaders.
    s.leadership = s.leadership.filter((row) => row[s.leadership[0].indexOf(L.initiativeId.name)] !== "VAX-01");
    const all = crossCheck(s);
    // Their partners' Champions are no longer on the Leadership tab either.
    expect(all.filter((i) => i.tab === "Partners").map((i) => i.column)).toEqual(["Champion", "Champion"]);
    const issues = all.filter((i) => i.tab === "Foundation");
    expect(issues.map((i) => [i.tab, i.row, i.column, i.severity])).toEqual([
      ["Foundation", 5, FOUNDATION.col.initiativeId.name, "warning"],
      ["Foundation", 5, FOUNDATION.col.initiativeId.name, "warning"],
    ]);
    expect(issues[0].message).toMatch(/Initiative VAX-01 is Active but has no champion on the Leadership tab/);
    expect(issues[1].message).toMatch(/has no Deputized lead/);
  });

  // One leader changed on the Leadership tab: one warning about their initiative.
  it.each([
    {
      when: "every champion of an Active initiative is in government",
      leader: "Rev. Alicia Moore",
      column: L.inGovernment.name,
      value: "Yes",
      message: /VAX-01 is Active but none of its champions .* is outside government/,
    },
    {
      when: "an Active initiative has no Deputized lead",
      leader: "Priya Raman",
      column: L.role.name,
      value: "Advisor",
      message: /SPACE-01 is Active but has no Deputized lead/,
    },
  ])("warn when $when", ({ leader, column, value, message }) => {
    const s = sample();
    set(
      s.leadership,
      s.leadership.findIndex((r) => r[0] === leader),
      column,
      value,
    );
    const issues = crossCheck(s);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(message);
  });

  it("take a person on two rows, one per initiative they champion, as the tab's design: no warning on either tab", () => {
    // The Leadership key is Name + Initiative ID, as Partners' is: "list each one once" would have
    // the user delete the row that makes them FOOD-01's champion, and CROSSCHECK then warn.
    const s = sample();
    const priya = s.leadership.find((r) => r[0] === "Priya Raman")!; // SPACE-01's Deputized lead
    const id = s.leadership[0].indexOf(L.initiativeId.name);
    // FOOD-01 made Active, without its own leaders: it has no champion and no Deputized lead.
    const food = s.foundation.find((r) => r[s.foundation[0].indexOf(FOUNDATION.col.initiativeId.name)] === "FOOD-01")!;
    food[s.foundation[0].indexOf(FOUNDATION.col.status.name)] = "Active";
    s.leadership = s.leadership.filter((r) => r[id] !== "FOOD-01");
    const foodWarnings = () =>
      crossCheck(s)
        .filter((i) => i.tab === "Foundation" && /FOOD-01/.test(i.message))
        .map((i) => i.message);
    expect(foodWarnings().join("\n")).toMatch(/has no champion[\s\S]*has no Deputized lead/);
    const second = [...priya];
    second[id] = "FOOD-01";
    s.leadership.push(second);
    expect(foodWarnings().filter((m) => /has no champion|has no Deputized lead/.test(m))).toEqual([]);
    expect(validateRange(s.leadership, "Leadership", { today: isoToSerial("2026-03-01") }).issues).toEqual([]);
    // The same person twice for the same initiative is still one row too many.
    s.leadership.push([...second]);
    const again = validateRange(s.leadership, "Leadership", { today: isoToSerial("2026-03-01") }).issues;
    expect(again.map((i) => [i.rule, i.severity])).toEqual([["unique.name", "warning"]]);
    expect(again[0].message).toMatch(
      /^Name "Priya Raman" with Initiative ID "FOOD-01" is already on row \d+ — list each person once per initiative\.$/,
    );
  });

  it("name the range that lacks its header row", () => {
    const s = sample();
    s.leadership = s.leadership.slice(1);
    expect(() => crossCheck(s)).toThrow(TrackerError);
    expect(() => crossCheck(s)).toThrow(/^Leadership range: No header row found.*tblLeadership\[#All\]/);
  });
});
