import { mapHeaders, validateRange } from "../../src/core";
import { PARTNERS } from "../../src/schema";
import type { SheetBlock, TrackerTables } from "../../src/taskpane/backend";
import { checkTime, checkTracker, issueSheetRows, ownSheetsBeside } from "../../src/taskpane/views/check";
import {
  filterProblems,
  fixesOf,
  locate,
  locateEach,
  paneProblems,
  places,
} from "../../src/taskpane/views/problemModel";
import { sampleSheet } from "../core/sheets";

/**
 * The task pane's problem list as data: which cell each issue points at, which fixes are certain,
 * the order and filters the user sees, and the Issues sheet's rows.
 */
const header = ["Org name", "Type", "Pledge"];
const values = [
  ["Our partners", null, null],
  header,
  ["Acme", "non-profit", 100],
  ["Beta", "Martian", "lots"],
  ["Gamma", "NON PROFIT", 50],
];
/** The block sits at C5 on the worksheet (a title row, then the headers). */
const block: SheetBlock = { sheet: "Pledges", values, firstRow: 5, firstColumn: 3 };
const mapping = mapHeaders(values, "Partners");
const located = validateRange(values, "Partners", { mapping }).issues.map((i) => locate(i, block, mapping, "Partners"));

describe("locating issues", () => {
  it("points each issue at its worksheet cell", () => {
    const lots = located.find((i) => i.value === "lots")!;
    expect([lots.sheet, lots.sheetRow, lots.sheetColumn]).toEqual(["Pledges", 8, 5]);
  });

  it("points a row left out by a label in a column without a header at the label's own cell", () => {
    const noted = [
      [null, "Partner", "Committed"],
      [null, "Parks Trust", 100],
      [null, "Food Bank", 200],
      ["Source: city portal", null, null],
    ];
    const at: SheetBlock = { sheet: "Grants", values: noted, firstRow: 1, firstColumn: 1 };
    const m = mapHeaders(noted, "Partners");
    const [note] = validateRange(noted, "Partners", { mapping: m }).issues.map((i) => locate(i, at, m, "Partners"));
    expect([note.rule, note.sheetRow, note.sheetColumn]).toEqual(["leftOut.note", 4, 1]);
  });

  it("offers a fix only for a listed value in another spelling, with the listed value", () => {
    const fixes = located.filter((i) => i.fix !== undefined).map((i) => [i.value, i.fix]);
    expect(fixes).toEqual([
      ["non-profit", "Nonprofit"],
      ["NON PROFIT", "Nonprofit"],
    ]);
    expect(located.find((i) => i.value === "Martian")!.fix).toBeUndefined();
  });
});

describe("problems as the pane lists them", () => {
  const problems = paneProblems(located);

  it("puts errors first and gives each spelling its own problem", () => {
    expect(problems.map((p) => [p.severity, p.value, p.rows])).toEqual([
      ["error", "Martian", 1],
      ["error", "lots", 1],
      ["warning", "non-profit", 1],
      ["warning", "NON PROFIT", 1],
    ]);
  });

  it("filters by sheet and severity", () => {
    expect(filterProblems(problems, { place: "", severity: "warning" })).toHaveLength(2);
    expect(filterProblems(problems, { place: "Elsewhere", severity: "" })).toHaveLength(0);
    expect(places(problems)).toEqual(["Pledges"]);
  });

  it("fixes exactly the cells of a problem, each guarded by the value the check saw", () => {
    expect(fixesOf(problems[2])).toEqual([
      { sheet: "Pledges", row: 7, column: 4, expected: "non-profit", value: "Nonprofit" },
    ]);
    expect(fixesOf(problems[0])).toEqual([]);
  });
});

describe("Check over the tracker's tables", () => {
  const partners = sampleSheet("Partners").map((r) => [...r]);
  partners[2][partners[0].indexOf("Initiative ID")] = "GONE-1";
  partners[3][partners[0].indexOf("Initiative ID")] = "gone-1";
  const at = (sheet: string, values: unknown[][]): SheetBlock => ({
    sheet,
    values: values as SheetBlock["values"],
    firstRow: 4,
    firstColumn: 2,
  });
  const tables: TrackerTables = {
    Foundation: at("Foundation", sampleSheet("Foundation")),
    Assets: at("Assets", sampleSheet("Assets")),
    Leadership: at("Leadership", sampleSheet("Leadership")),
    Partners: at("Partners (tracker)", partners),
  };

  it("names the sheet of a cross-tab issue and groups it by the value at fault", () => {
    const issues = checkTracker(tables);
    const unknown = paneProblems(issues).filter((p) => p.rule === "crossTab.unknownInitiative");
    expect(unknown.map((p) => [p.where, p.rows])).toEqual([["Partners (tracker)", 2]]);
    const cell = unknown[0].issues[0];
    expect([cell.sheetRow, cell.sheetColumn]).toEqual([4 + 2, 2 + PARTNERS.columns.indexOf(PARTNERS.col.initiativeId)]);
  });

  it("lists the Issues sheet's rows grouped by problem, with worksheet cells", () => {
    const rows = issueSheetRows(checkTracker(tables));
    expect(rows.map((r) => [r.tab, r.sheet, r.rule, r.value])).toEqual([
      ["Partners", "Partners (tracker)", "crossTab.unknownInitiative", "GONE-1"],
      ["Partners", "Partners (tracker)", "crossTab.unknownInitiative", "gone-1"],
    ]);
  });

  it("says when the user's own sheet carries a tab's name while the tracker's table is elsewhere", () => {
    expect(ownSheetsBeside(tables, ["Summary", "partners", "Partners (tracker)"])).toEqual([
      { tab: "Partners", sheet: "partners", tracker: "Partners (tracker)" },
    ]);
    expect(ownSheetsBeside(tables, ["Partners (tracker)", "Foundation"])).toEqual([]);
  });

  it("stamps a check with the local date and time as people write it", () => {
    expect(checkTime(new Date(2026, 11, 1, 9, 5))).toBe("2026-12-01 09:05");
  });
});

describe("a column of the user's own categories in the pane", () => {
  it("is one problem of all its cells, as check says it, not one line per value", () => {
    // A helper's screenshot: five "Sector holds values of its own … 5 values" lines of 1 cell each,
    // where check said one problem of 5 rows (the pane lists each cell; its values differ).
    const own = [
      ["Partner", "Sector", "Committed"],
      ["Harbor Bank", "Arts", 1000],
      ["B Org", "Health", 200],
      ["C Org", "Sport", 300],
      ["D Org", "Youth work", 400],
      ["E Org", "Youth work", 100],
    ];
    const at: SheetBlock = { sheet: "Sectors", values: own, firstRow: 1, firstColumn: 1 };
    const m = mapHeaders(own, "Partners");
    const cells = validateRange(own, "Partners", { mapping: m }).issues.flatMap((i) =>
      locateEach(i, at, m, "Partners"),
    );
    const sector = paneProblems(cells).filter((p) => p.column === "Sector");
    expect(sector.map((p) => [p.rows, p.issues.map((i) => i.value)])).toEqual([
      [5, ["Arts", "Health", "Sport", "Youth work", "Youth work"]],
    ]);
    expect(sector[0].message).toContain("holds values of its own");
  });
});
