import { mapHeaders, matchHeader, normalizeHeader, TrackerError } from "../../src/core";
import { FOUNDATION, LEADERSHIP, PARTNERS, TABS } from "./imports";
import { sampleSheet } from "./sheets";

function mappedIds(header: (string | number)[], tab?: string) {
  const m = mapHeaders([header], tab);
  return Object.fromEntries(m.columns.map((c) => [c.header, c.id]));
}

describe("header mapping", () => {
  it("ignores case, spacing and punctuation, and knows SPEC's synonyms", () => {
    expect(
      mappedIds(["ORG NAME", "Type", "Pledge ($)", "Amount received", "MOU signed?", "start_date", "Contact E-mail"]),
    ).toEqual({
      "ORG NAME": "partner",
      Type: "sector",
      "Pledge ($)": "committed",
      "Amount received": "received",
      "MOU signed?": "agreementSigned",
      start_date: "startDate",
      "Contact E-mail": "contactEmail",
    });
    expect(mappedIds(["Partner name", "Org type", "Commitment"])).toEqual({
      "Partner name": "partner",
      "Org type": "sector",
      Commitment: "committed",
    });
    expect(mappedIds(["Organization", "Amount committed", "Sector"], "Partners")).toEqual({
      Organization: "partner",
      "Amount committed": "committed",
      Sector: "sector",
    });
  });

  it("ignores a unit or hint in brackets, and plurals", () => {
    expect(
      mappedIds(["Partner", "Committed (USD)", "End (mm/dd/yyyy)", "Notes", "Partners"], "Partners"),
    ).toMatchObject({ "Committed (USD)": "committed", "End (mm/dd/yyyy)": "endDate", Notes: "notes" });
  });

  it("reads `Initiative #` as Initiative ID, not as the Initiative name", () => {
    expect(normalizeHeader("Initiative #")).toBe(normalizeHeader("Initiative ID"));
    expect(mappedIds(["Initiative #", "Initiative", "Problem"], "Foundation")).toEqual({
      "Initiative #": "initiativeId",
      Initiative: "initiative",
      Problem: "problemStatement",
    });
  });

  it("lets an exact column name win over a synonym of another column", () => {
    // In Leadership, "Government" is a synonym of "In government"; a real "In government" column wins.
    const m = mapHeaders([["Name", "Government", "In government", "Sector"]], "Leadership");
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([
      ["Name", "name"],
      ["In government", "inGovernment"],
      ["Sector", "sector"],
    ]);
    expect(m.unknown).toEqual([{ header: "Government", index: 1 }]);
  });

  it("reports unknown columns and the schema columns the range lacks", () => {
    const m = mapHeaders([["Region", "Partner", "Pledge", "Fiscal year"]], "Partners");
    expect(m.unknown.map((u) => u.header)).toEqual(["Region", "Fiscal year"]);
    expect(m.missing.map((c) => c.id)).toContain("received");
    expect(m.missing.map((c) => c.id)).not.toContain("partner");
    expect(m.score).toBeCloseTo(2 / PARTNERS.columns.length);
  });

  it("finds the header below a title row and blank rows, and reports its position", () => {
    const m = mapHeaders([
      ["Partners FY2026", "", ""],
      [null, null, null],
      ["", "Org name", "Pledge"],
      ["", "Acme", 100],
    ]);
    expect(m.tab).toBe("Partners");
    expect(m.headerRow).toBe(2);
    expect(m.columns.map((c) => c.index)).toEqual([1, 2]);
  });

  it("does not take a one-word title that is also a header for the header row", () => {
    const m = mapHeaders([["Partners"], [], ["Partner", "Sector", "Committed"], ["Acme", "Business", 5]]);
    expect(m.headerRow).toBe(2);
  });

  it("infers each tab from its own sample headers, and from users' headers", () => {
    for (const tab of TABS) expect(mapHeaders(sampleSheet(tab.name)).tab).toBe(tab.name);
    expect(mapHeaders([["Full name", "Job title", "Organisation", "Role"]]).tab).toBe("Leadership");
    expect(mapHeaders([["Resource", "Qty available", "Qty needed"]]).tab).toBe("Assets");
    expect(mapHeaders([["Project ID", "Project name", "Problem", "KPI", "Goal", "Deadline"]]).tab).toBe("Foundation");
  });

  it("refuses a table passed without its header row, and says to include it", () => {
    for (const tab of TABS) {
      const dataOnly = sampleSheet(tab.name).slice(1);
      const attempt = () => mapHeaders(dataOnly, tab.name);
      expect(attempt).toThrow(TrackerError);
      expect(attempt).toThrow(`${tab.table}[#All]`);
      expect(() => mapHeaders(dataOnly)).toThrow(/Include the header row/);
    }
  });

  it("refuses an empty or blank range with the same advice", () => {
    expect(() => mapHeaders([])).toThrow(/Include the header row/);
    expect(() => mapHeaders([[null, ""], ["  "]])).toThrow(/Include the header row/);
  });

  it("refuses an unknown tab name, listing the tabs", () => {
    const attempt = () => mapHeaders([["Partner"]], "Donors" as never);
    expect(attempt).toThrow(/Unknown tab "Donors" — expected one of Foundation, Assets, Leadership, Partners/);
    try {
      attempt();
    } catch (err) {
      expect((err as TrackerError).code).toBe("#VALUE!");
    }
  });

  it("accepts a tab name in any case", () => {
    expect(mapHeaders([["Partner", "Sector"]], "partners" as never).tab).toBe("Partners");
  });

  it("applies the user's corrections: a column forced to a schema column or ignored", () => {
    const matrix = [["Who", "Pledge", "Region"]];
    const m = mapHeaders(matrix, "Partners", { 0: "partner", 1: null });
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([["Who", "partner"]]);
    expect(m.unknown.map((u) => u.header)).toEqual(["Pledge", "Region"]);
    expect(() => mapHeaders(matrix, "Partners", { 0: "nonsense" })).toThrow(/no column "nonsense"/);
  });
});

describe("the schema's synonyms", () => {
  it("never name two columns of the same tab", () => {
    for (const tab of TABS) {
      const seen = new Map<string, string>();
      for (const column of tab.columns) {
        for (const text of [column.name, ...(column.synonyms ?? [])]) {
          const key = normalizeHeader(text);
          const other = seen.get(key);
          if (other && other !== column.id) throw new Error(`${tab.name}: "${text}" names ${other} and ${column.id}`);
          seen.set(key, column.id);
        }
      }
    }
  });

  it("each map back to their own column", () => {
    for (const tab of [FOUNDATION, LEADERSHIP, PARTNERS]) {
      for (const column of tab.columns) {
        for (const s of column.synonyms ?? []) expect(matchHeader(tab, s)?.column.id).toBe(column.id);
      }
    }
  });
});
