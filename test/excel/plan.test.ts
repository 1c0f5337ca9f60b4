/** The builder's pure planning step: decisions from an observed workbook, no Excel involved. */
import { planBuild, SUMMARY_TITLE, listBlock } from "../../src/excel/plan";
import type { ObservedSheet, ObservedWorkbook } from "../../src/excel/trackerState";
import { LISTS_SHEET, SCHEMA_VERSION, SUMMARY_SHEET, TABS, TRACKER_MARKER, ASSETS } from "../../src/schema";
import { LIST_PLACEMENTS } from "../../src/model";

const sheet = (name: string, extra: Partial<ObservedSheet> = {}): ObservedSheet => ({
  name,
  visibility: "Visible",
  tables: [],
  ...extra,
});
const workbook = (sheets: ObservedSheet[], extra: Partial<ObservedWorkbook> = {}): ObservedWorkbook => ({
  sheets,
  tables: {},
  names: new Map(),
  ...extra,
});

/** A complete, current tracker as `readTrackerState` would see it. */
function currentTracker(): ObservedWorkbook {
  const sheets = [
    ...TABS.map((t) => sheet(t.name, { tables: [t.table], empty: false })),
    sheet(SUMMARY_SHEET, { empty: false, a1: SUMMARY_TITLE, charts: ["chtCommitmentsBySector"] }),
    sheet(LISTS_SHEET, {
      visibility: "Hidden",
      empty: false,
      a1: TRACKER_MARKER,
      b1: SCHEMA_VERSION,
      listBlock: listBlock(),
    }),
  ];
  const tables = Object.fromEntries(
    TABS.map((t) => [
      t.table,
      {
        name: t.table,
        sheet: t.name,
        headers: t.columns.map((c) => c.name),
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 2,
        freeColumnsRight: t.columns.length,
      },
    ]),
  );
  const names = new Map(
    LIST_PLACEMENTS.map((p) => [p.rangeName.toLowerCase(), { name: p.rangeName, formula: p.refersTo }]),
  );
  return { sheets, tables, names };
}

describe("planBuild", () => {
  test("empty workbook: every sheet added in tab order, Summary, then Lists; every list name; version written", () => {
    const plan = planBuild(workbook([sheet("Sheet1")]));
    expect(plan.addSheets).toEqual([...TABS.map((t) => t.name), SUMMARY_SHEET, LISTS_SHEET]);
    expect(plan.tabs.map((t) => t.kind)).toEqual(TABS.map(() => "create"));
    expect(plan.names.add.map((n) => n.formula)).toEqual(LIST_PLACEMENTS.map((p) => p.refersTo));
    expect(plan.lists).toEqual({ sheet: LISTS_SHEET, writeMarker: true, writeBlock: true, hide: true });
    expect(plan.writeVersion).toBe(true);
    expect(plan.nothingToDo).toBe(false);
  });

  test("a current tracker: nothing to do", () => {
    const plan = planBuild(currentTracker());
    expect(plan.nothingToDo).toBe(true);
    expect(plan.report).toEqual({ created: [], upgraded: [], leftAlone: [], renamed: [], version: SCHEMA_VERSION });
  });

  test("sample rows only for tables the run creates", () => {
    const plan = planBuild(workbook([sheet("Sheet1")]), { sample: true });
    for (const t of plan.tabs) if (t.kind === "create") expect(t.rows.length).toBeGreaterThan(0);
    const again = planBuild(currentTracker(), { sample: true });
    expect(again.tabs.every((t) => t.kind === "ok")).toBe(true);
  });

  test("a user's own Partners and Lists sheets: free names, reported; an empty Foundation sheet is reused", () => {
    const plan = planBuild(
      workbook([
        sheet("Foundation", { empty: true }),
        sheet("partners", { empty: false, a1: "Org" }),
        sheet("Lists", { empty: false, a1: "my lists" }),
      ]),
    );
    const byTab = Object.fromEntries(plan.tabs.map((t) => [t.tab.name, t]));
    expect(byTab.Foundation).toMatchObject({ kind: "create", sheet: "Foundation", addSheet: false });
    expect(byTab.Partners).toMatchObject({ kind: "create", sheet: "Partners (tracker)", addSheet: true });
    expect(plan.lists.sheet).toBe("Lists (tracker)");
    expect(plan.names.add[0].formula).toBe(`='Lists (tracker)'!${LIST_PLACEMENTS[0].valuesAddress}`);
    expect(plan.report.renamed).toEqual([
      { wanted: "Partners", used: "Partners (tracker)" },
      { wanted: "Lists", used: "Lists (tracker)" },
    ]);
    expect(plan.report.leftAlone.map((l) => l.name)).toEqual(["partners", "Lists"]);
    expect(plan.addSheets).not.toContain("Foundation");
  });

  test("an older tracker: missing columns planned at the right, validation set again, version written", () => {
    const wb = currentTracker();
    const assets = wb.tables[ASSETS.table]!;
    const old = { ...assets, headers: assets.headers.slice(0, 5) };
    const listsSheet = { ...wb.sheets.find((s) => s.name === LISTS_SHEET)!, b1: SCHEMA_VERSION - 1 };
    const plan = planBuild({
      ...wb,
      tables: { ...wb.tables, [ASSETS.table]: old },
      sheets: wb.sheets.map((s) => (s.name === LISTS_SHEET ? listsSheet : s)),
    });
    const t = plan.tabs.find((x) => x.tab.table === ASSETS.table)!;
    expect(t.kind).toBe("upgrade");
    if (t.kind !== "upgrade") return;
    expect(t.add.map((c) => c.name)).toEqual(ASSETS.columns.slice(5).map((c) => c.name));
    expect(plan.writeVersion).toBe(true);
    expect(plan.summary).toMatchObject({ write: true, chart: false });
  });

  test("missing columns with no room to the right: blocked and reported, nothing else planned for that table", () => {
    const wb = currentTracker();
    const assets = wb.tables[ASSETS.table]!;
    const plan = planBuild({
      ...wb,
      tables: { ...wb.tables, [ASSETS.table]: { ...assets, headers: assets.headers.slice(0, 5), freeColumnsRight: 2 } },
    });
    expect(plan.tabs.find((x) => x.tab.table === ASSETS.table)?.kind).toBe("blocked");
    expect(plan.report.leftAlone).toEqual([{ name: "Assets", reason: expect.stringMatching(/not empty/) }]);
  });

  test("a user's table that only shares the tracker's table name is never widened", () => {
    const wb = currentTracker();
    const assets = wb.tables[ASSETS.table]!;
    const plan = planBuild({
      ...wb,
      tables: { ...wb.tables, [ASSETS.table]: { ...assets, headers: ["Date", "Amount"] } },
    });
    expect(plan.tabs.find((x) => x.tab.table === ASSETS.table)?.kind).toBe("blocked");
    expect(plan.report.leftAlone).toEqual([{ name: "Assets", reason: expect.stringMatching(/none of the tracker/) }]);
  });

  test("a name pointing elsewhere is updated; a visible Lists sheet is hidden again", () => {
    const wb = currentTracker();
    const names = new Map(wb.names);
    names.set("lstsector", { name: "lstSector", formula: "=Lists!$Z$1" });
    const plan = planBuild({
      ...wb,
      names,
      sheets: wb.sheets.map((s) => (s.name === LISTS_SHEET ? { ...s, visibility: "Visible" } : s)),
    });
    expect(plan.names.update).toEqual([
      { name: "lstSector", formula: LIST_PLACEMENTS.find((p) => p.rangeName === "lstSector")!.refersTo },
    ]);
    expect(plan.lists.hide).toBe(true);
    expect(plan.nothingToDo).toBe(false);
  });
});
