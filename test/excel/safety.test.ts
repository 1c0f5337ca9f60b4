/**
 * "Building is safe": user rows and a user's own sheets survive create and upgrade cell for cell;
 * an older tracker gains its missing columns; two co-authors building at once end with one set of
 * tabs and no error.
 */
import { copyIntoTrackerTable } from "../../src/excel/copyToTracker";
import { CURRENT_SCHEMA, type BuildSchema } from "../../src/excel/plan";
import type { Cell } from "../../src/core/types";
import {
  ASSETS,
  FOUNDATION,
  LISTS_SHEET,
  PARTNERS,
  SCHEMA_VERSION,
  SUMMARY_SHEET,
  TABS,
  type TabSpec,
} from "../../src/schema";
import { calculatedFormula, validationOf } from "../../src/model";
import { colToLetters, type FakeCell, type FakeWorkbookInspector } from "../fakes/excel";
import { countSyncs, setup, trackerWithTotalsRow } from "./helpers";

/** A tracker as an older add-in defined it: Assets without Kind, Gap and Estimated value; Partners without its last three columns. */
const dropped: Record<string, (c: TabSpec["columns"][number]) => boolean> = {
  [ASSETS.table]: (c) => ![ASSETS.col.kind.id, ASSETS.col.gap.id, ASSETS.col.estimatedValue.id].includes(c.id),
  [PARTNERS.table]: (c) => PARTNERS.columns.indexOf(c) < PARTNERS.columns.length - 3,
};
const OLD: BuildSchema = {
  ...CURRENT_SCHEMA,
  version: SCHEMA_VERSION - 1,
  tabs: TABS.map((t) => (dropped[t.table] ? { ...t, columns: t.columns.filter(dropped[t.table]) } : t)),
};

/** Types rows under a tracker table the way a user would (the table grows over them). */
function typeRows(wb: FakeWorkbookInspector, tableName: string, rows: FakeCell[][]): void {
  const t = wb.table(tableName)!;
  const sheet = wb.tableSheet(t);
  const existing = wb.tableRows(tableName);
  const startsEmpty = existing.length === 1 && existing[0].every((v) => v === null || String(v).startsWith("="));
  const top = t.rect.row + (startsEmpty ? 1 : t.rect.rows);
  wb.seedSheet(sheet.name, rows, `${colToLetters(t.rect.col)}${top + 1}`);
  t.rect = { ...t.rect, rows: top - t.rect.row + rows.length };
}

function userRow(tab: TabSpec, n: number): FakeCell[] {
  return tab.columns.map((c, i) =>
    c.type === "derived" ? null : c.type === "number" || c.type === "currency" ? n * 100 + i : `${c.name} ${n}`,
  );
}

describe("non-destructive", () => {
  test("a user's own Partners sheet is never touched: the tracker uses a free name and says so", async () => {
    const f = setup();
    const own: FakeCell[][] = [
      ["Org", "Pledge", "Notes"],
      ["Food Bank", 5000, "call back"],
      [null, "=B2*2", "doubled"],
    ];
    f.workbook.seedSheet("Partners", own);
    const before = f.workbook.cells("Partners", "A1:C3");
    const report = await f.build({ sample: true });
    expect(f.workbook.cells("Partners", "A1:C3")).toEqual(before);
    expect(f.workbook.sheet("Partners")!.validations).toEqual([]);
    expect(f.workbook.table(PARTNERS.table) && f.workbook.tableSheet(f.workbook.table(PARTNERS.table)!).name).toBe(
      "Partners (tracker)",
    );
    expect(report.renamed).toEqual([{ wanted: "Partners", used: "Partners (tracker)" }]);
    expect(report.leftAlone.map((l) => l.name)).toEqual(["Partners"]);
    // Second run and an upgrade: still untouched, and no third Partners sheet.
    await f.build({ sample: true });
    expect(f.workbook.cells("Partners", "A1:C3")).toEqual(before);
    expect(f.workbook.sheetNames().filter((n) => n.startsWith("Partners"))).toEqual(["Partners", "Partners (tracker)"]);
  });

  test("a user's own Lists and Summary sheets: untouched; the tracker's are found again on the next run", async () => {
    const f = setup();
    f.workbook.seedSheet("Lists", [["my shopping list"], ["milk"]]);
    f.workbook.seedSheet("Summary", [["Q3 summary"], [42]]);
    const report = await f.build({ sample: true });
    expect(report.renamed).toEqual([
      { wanted: "Summary", used: "Summary (tracker)" },
      { wanted: "Lists", used: "Lists (tracker)" },
    ]);
    expect(f.workbook.cells("Lists", "A1:A2")).toEqual([["my shopping list"], ["milk"]]);
    expect(f.workbook.cells("Summary", "A1:A2")).toEqual([["Q3 summary"], [42]]);
    expect(f.workbook.sheet("Lists")!.visibility).toBe("Visible");
    expect(f.workbook.name("lstSector")?.formula).toMatch(/^='Lists \(tracker\)'!\$/);
    const snap = f.workbook.snapshot();
    expect(await f.build({ sample: true })).toMatchObject({ created: [], upgraded: [], renamed: [] });
    expect(f.workbook.snapshot()).toEqual(snap);
  });

  test("rows users typed into tracker tables survive create and upgrade cell for cell", async () => {
    const f = setup();
    await f.build({ schema: OLD });
    const typed = new Map<string, FakeCell[][]>();
    for (const tab of OLD.tabs) {
      typeRows(f.workbook, tab.table, [userRow(tab, 1), userRow(tab, 2), userRow(tab, 3)]);
      typed.set(tab.table, f.workbook.tableRows(tab.table));
    }
    await f.build({ sample: true }); // upgrade; sample data never lands in existing tables
    await f.build({ sample: true });
    for (const tab of OLD.tabs) {
      const now = f.workbook.tableRows(tab.table);
      const old = typed.get(tab.table)!;
      expect(now.map((r) => r.slice(0, tab.columns.length))).toEqual(old);
    }
  });

  test("a missing column is not added when the cells to the right of the table hold user data", async () => {
    const f = setup();
    await f.build({ schema: OLD });
    const t = f.workbook.table(ASSETS.table)!;
    const right = `${colToLetters(t.rect.col + t.rect.cols + 1)}1`;
    f.workbook.seedSheet("Assets", [["my note"]], right);
    const before = f.workbook.snapshot() as { sheets: { name: string }[] };
    const report = await f.build();
    expect(report.leftAlone).toEqual([{ name: "Assets", reason: expect.stringContaining("not empty") }]);
    expect(f.workbook.tableHeaders(ASSETS.table)).toEqual(OLD.tabs[1].columns.map((c) => c.name));
    const after = f.workbook.snapshot() as { sheets: { name: string }[] };
    expect(after.sheets.find((s) => s.name === "Assets")).toEqual(before.sheets.find((s) => s.name === "Assets"));
  });
});

describe("upgrade", () => {
  test("a tracker built by an older schema gains the new columns at its right, data intact, version recorded", async () => {
    const f = setup();
    await f.build({ schema: OLD, sample: true });
    expect(f.workbook.cell(LISTS_SHEET, "B1")).toBe(SCHEMA_VERSION - 1);
    const before = new Map(OLD.tabs.map((t) => [t.table, f.workbook.tableRows(t.table)]));
    let syncs = 0;
    const report = await (async () => {
      let r: Awaited<ReturnType<typeof f.build>> | undefined;
      syncs = await countSyncs(f, async () => {
        r = await f.build();
      });
      return r!;
    })();
    expect(syncs).toBeLessThanOrEqual(3);
    expect(f.workbook.cell(LISTS_SHEET, "B1")).toBe(SCHEMA_VERSION);
    for (const tab of TABS) {
      const old = OLD.tabs.find((t) => t.table === tab.table)!;
      const added = tab.columns.filter((c) => !old.columns.some((o) => o.name === c.name));
      expect(f.workbook.tableHeaders(tab.table)).toEqual([...old.columns, ...added].map((c) => c.name));
      const rows = f.workbook.tableRows(tab.table);
      expect(rows.map((r) => r.slice(0, old.columns.length))).toEqual(before.get(tab.table));
      const sheet = f.workbook.tableSheet(f.workbook.table(tab.table)!).name;
      added.forEach((c, k) => {
        const col = old.columns.length + k;
        rows.forEach((r) => expect(r[col]).toBe(c.type === "derived" ? calculatedFormula(tab, c) : null));
        const v = validationOf(c);
        const dv = f.workbook.validationAt(sheet, `${colToLetters(col)}2`);
        expect(dv?.rect).toEqual(v ? { row: 1, col, rows: rows.length, cols: 1 } : undefined);
      });
    }
    expect(report.upgraded).toEqual(
      expect.arrayContaining([
        `Assets: added ${["kind", "gap", "estimatedValue"].map((id) => ASSETS.columns.find((c) => c.id === id)!.name).join(", ")}`,
      ]),
    );
    expect(report.created).toEqual([]);
    // And the upgraded tracker is now stable.
    const snap = f.workbook.snapshot();
    await f.build();
    expect(f.workbook.snapshot()).toEqual(snap);
  });

  test("a tracker built by schema 1 gains Current value and Progress at the table's right, every user cell kept", async () => {
    const added = [FOUNDATION.col.currentValue, FOUNDATION.col.progress];
    const v1: BuildSchema = {
      ...CURRENT_SCHEMA,
      version: 1,
      tabs: TABS.map((t) => (t === FOUNDATION ? { ...t, columns: t.columns.filter((c) => !added.includes(c)) } : t)),
    };
    const f = setup();
    await f.build({ schema: v1, sample: true });
    const v1Foundation = v1.tabs[0];
    // A user types an initiative of their own under the sample rows.
    typeRows(f.workbook, FOUNDATION.table, [userRow(v1Foundation, 7)]);
    const before = f.workbook.tableRows(FOUNDATION.table);

    const report = await f.build();

    expect(report.upgraded).toContain(`${FOUNDATION.name}: added ${added.map((c) => c.name).join(", ")}`);
    expect(f.workbook.tableHeaders(FOUNDATION.table)).toEqual([...v1Foundation.columns, ...added].map((c) => c.name));
    const after = f.workbook.tableRows(FOUNDATION.table);
    expect(after.map((r) => r.slice(0, v1Foundation.columns.length))).toEqual(before);
    // Current value starts empty for the user to fill; Progress is the table's formula on every row.
    for (const r of after) {
      expect(r[v1Foundation.columns.length]).toBeNull();
      expect(r[v1Foundation.columns.length + 1]).toBe(calculatedFormula(FOUNDATION, FOUNDATION.col.progress));
    }
    expect(f.workbook.cell(LISTS_SHEET, "B1")).toBe(SCHEMA_VERSION);
  });

  test("a user's leftover validation where a new column goes is cleared first, as Excel on the web requires (office-js #2594)", async () => {
    const f = setup();
    await f.build({ schema: OLD, sample: true });
    const t = f.workbook.table(ASSETS.table)!;
    const firstNew = t.rect.col + t.rect.cols;
    f.workbook.sheet("Assets")!.validations.push({
      rect: { row: 1, col: firstNew, rows: 40, cols: 3 },
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } },
      type: "WholeNumber",
      ignoreBlanks: true,
    });
    const report = await f.build();
    const added = ASSETS.columns.filter((c) => !OLD.tabs[1].columns.includes(c));
    expect(report.upgraded).toContain(`Assets: added ${added.map((c) => c.name).join(", ")}`);
    const rows = f.workbook.tableRows(ASSETS.table).length;
    expect(added.some((c) => validationOf(c))).toBe(true);
    added.forEach((c, k) => {
      const letter = colToLetters(firstNew + k);
      // The tracker's rule (or none) on the column's body; the user's rule kept below the table.
      expect(f.workbook.validationAt("Assets", `${letter}2`)?.rule).toEqual(
        validationOf(c) ? expect.anything() : undefined,
      );
      expect(f.workbook.validationAt("Assets", `${letter}2`)?.type).not.toBe("WholeNumber");
      expect(f.workbook.validationAt("Assets", `${letter}${rows + 3}`)?.type).toBe("WholeNumber");
    });
  });

  test("a table whose totals row the user turned on: new columns stop above it, and the totals row is kept", async () => {
    const f = await trackerWithTotalsRow({ schema: OLD, sample: true });
    const before = f.workbook.tableRows(PARTNERS.table);
    const totalsBefore = f.workbook.totalsRow(PARTNERS.table)!;
    await f.build();
    const oldWidth = OLD.tabs[3].columns.length;
    expect(f.workbook.tableHeaders(PARTNERS.table)).toEqual(PARTNERS.columns.map((c) => c.name));
    expect(f.workbook.tableRows(PARTNERS.table).map((r) => r.slice(0, oldWidth))).toEqual(before);
    expect(f.workbook.totalsRow(PARTNERS.table)!.slice(0, oldWidth)).toEqual(totalsBefore);
    // Nothing of the new columns' per-row formats or formulas lands in the totals row.
    const t = f.workbook.table(PARTNERS.table)!;
    const totalsRow = t.rect.row + t.rect.rows - 1;
    for (let c = t.rect.col + oldWidth; c < t.rect.col + t.rect.cols; c++) {
      expect(f.workbook.sheet("Partners")!.numberFormats.has(`${totalsRow},${c}`)).toBe(false);
    }
  });

  test("upgrading a long table fills the new columns in blocks, every request under 5 MB", async () => {
    const f = setup();
    await f.build({ schema: OLD });
    const oldAssets = OLD.tabs.find((t) => t.table === ASSETS.table)!;
    const n = 12_000;
    await f.Excel.run((ctx) =>
      copyIntoTrackerTable(
        ctx,
        oldAssets,
        Array.from({ length: n }, (_, i) => userRow(oldAssets, i) as Cell[]),
      ),
    );
    f.resetStats();
    await f.build();
    const rows = f.workbook.tableRows(ASSETS.table);
    expect(rows.length).toBe(n);
    const gap = f.workbook.tableHeaders(ASSETS.table).indexOf(ASSETS.col.gap.name);
    expect(rows.every((r) => r[gap] === calculatedFormula(ASSETS, ASSETS.col.gap))).toBe(true);
    expect(f.stats.maxRequestBytes).toBeLessThan(5_000_000);
    // The blocks suspend recalculation; the last one recalculates once.
    const suspended = f.stats.requests.filter((r) => r.calculationSuspended).length;
    expect(suspended).toBeGreaterThan(0);
    expect(f.stats.requests[f.stats.requests.length - 1].recalculated).toBe(true);
  });

  test("a tracker recorded by a newer add-in is left alone", async () => {
    const f = setup();
    await f.build();
    f.workbook.seedSheet(LISTS_SHEET, [[SCHEMA_VERSION + 1]], "B1");
    const snap = f.workbook.snapshot();
    const report = await f.build();
    expect(report.leftAlone[0].reason).toMatch(/newer version/);
    expect(f.workbook.snapshot()).toEqual(snap);
  });
});

describe("race: two co-authors create at the same moment", () => {
  const expected = ["Sheet1", ...TABS.map((t) => t.name), SUMMARY_SHEET, LISTS_SHEET];

  test("interleaved syncs (both read an empty workbook, then both write): one set of tabs, no error", async () => {
    const f = setup();
    const [a, b] = await Promise.all([f.build({ sample: true }), f.build({ sample: true })]);
    expect(f.workbook.sheetNames()).toEqual(expected);
    expect(f.state.tables.map((t) => t.name).sort()).toEqual(TABS.map((t) => t.table).sort());
    expect([a.created.length, b.created.length].sort()).toEqual([0, expected.length - 1]);
    expect(a.renamed).toEqual([]);
    expect(b.renamed).toEqual([]);
  });

  test("two co-authors upgrade an older tracker at once: one set of new columns, data intact, no error", async () => {
    const f = setup();
    await f.build({ schema: OLD, sample: true });
    const before = new Map(OLD.tabs.map((t) => [t.table, f.workbook.tableRows(t.table)]));
    await Promise.all([f.build(), f.build()]);
    for (const tab of TABS) {
      const old = OLD.tabs.find((t) => t.table === tab.table)!;
      const added = tab.columns.filter((c) => !old.columns.some((o) => o.name === c.name));
      expect(f.workbook.tableHeaders(tab.table)).toEqual([...old.columns, ...added].map((c) => c.name));
      expect(f.workbook.tableRows(tab.table).map((r) => r.slice(0, old.columns.length))).toEqual(before.get(tab.table));
    }
    expect(f.workbook.cell(LISTS_SHEET, "B1")).toBe(SCHEMA_VERSION);
  });

  test("a co-author's whole build lands between our read and our write: we upgrade instead, without an error", async () => {
    const f = setup();
    let fired = false;
    f.onBeforeSync(async ({ sync }) => {
      if (fired || sync !== 2) return;
      fired = true;
      await f.build(); // the remote co-author, start to finish
    });
    const report = await f.build({ sample: true });
    expect(fired).toBe(true);
    expect(f.workbook.sheetNames()).toEqual(expected);
    expect(report.renamed).toEqual([]);
    expect(report.created).toEqual([]);
  });
  test("a co-author's table lands where ours goes: Excel's InvalidArgument (office-js #1199) makes us re-read, not fail", async () => {
    const f = setup();
    await f.build();
    // The user deleted tblPartners and emptied its sheet: both co-authors will rebuild it there.
    f.state.tables = f.state.tables.filter((t) => t.name !== PARTNERS.table);
    const sheet = f.workbook.sheet("Partners")!;
    Object.assign(sheet, { rows: [], formulas: new Map(), numberFormats: new Map(), fills: new Map() });
    Object.assign(sheet, { fontColors: new Map(), bold: new Set(), validations: [], conditionalFormats: [] });
    let fired = false;
    f.onBeforeSync(async ({ sync }) => {
      if (fired || sync !== 3) return; // our two reads done, our write about to go
      fired = true;
      await f.build(); // the co-author's rebuild lands between our read and our write
    });
    const report = await f.build();
    expect(fired).toBe(true);
    expect(f.state.tables.filter((t) => t.name.toLowerCase() === PARTNERS.table.toLowerCase())).toHaveLength(1);
    expect(f.workbook.tableHeaders(PARTNERS.table)).toEqual(PARTNERS.columns.map((c) => c.name));
    expect(report.renamed).toEqual([]);
  });
});
