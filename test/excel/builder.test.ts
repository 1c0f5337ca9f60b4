/**
 * The builder against the Excel fake: what a user would see in the workbook after "Create the
 * tracker", asserted from the schema itself (TABS, LIST_PLACEMENTS, summaryLayout), never from a
 * second list.
 */
import { isoToSerial } from "../../src/core/excelDate";
import {
  HEADER_FILL,
  INVALID_FILL,
  LISTS,
  LISTS_SHEET,
  numberFormatOf,
  SAMPLE_DATA,
  SCHEMA_VERSION,
  SUMMARY_SHEET,
  TABS,
  TRACKER_MARKER,
} from "../../src/schema";
import {
  LIST_PLACEMENTS,
  calculatedFormula,
  invalidEntryFormula,
  numberDisplayRules,
  summaryLayout,
  validationOf,
} from "../../src/model";
import { SUMMARY_CHART } from "../../src/excel/plan";
import { widthPoints } from "../../src/excel/context";
import { colToLetters, key, parseLocal, type FakeWorkbookInspector } from "../fakes/excel";
import { countSyncs, setup } from "./helpers";

function expectTracker(wb: FakeWorkbookInspector, options: { sample: boolean }): void {
  for (const tab of TABS) {
    const table = wb.table(tab.table);
    expect(table).toBeDefined();
    const sheet = wb.tableSheet(table!);
    expect(sheet.name).toBe(tab.name);
    expect(sheet.frozenRows).toBe(1);
    expect(wb.tableHeaders(tab.table)).toEqual(tab.columns.map((c) => c.name));
    const rows = wb.tableRows(tab.table);
    const sample = SAMPLE_DATA[tab.name];
    expect(rows.length).toBe(options.sample ? sample.length : 1);
    tab.columns.forEach((col, i) => {
      const letter = colToLetters(i);
      const first = `${letter}2`;
      expect(sheet.fills.get(key(0, i))).toBe(HEADER_FILL);
      expect(sheet.columnWidths.get(i)).toBe(widthPoints(col.width));
      expect(wb.numberFormat(tab.name, first)).toBe(numberFormatOf(col) ?? "General");
      const v = validationOf(col);
      const dv = wb.validationAt(tab.name, first);
      if (!v) expect(dv).toBeUndefined();
      else {
        // On the whole column body, so it extends with the table.
        expect(dv?.rect).toEqual({ row: 1, col: i, rows: rows.length, cols: 1 });
        if (v.kind === "list") expect(dv?.rule).toEqual({ list: { inCellDropDown: true, source: v.source } });
        if (v.kind === "decimalMin") expect(dv?.rule).toMatchObject({ decimal: { formula1: v.min } });
        if (v.kind === "date") expect(dv?.rule).toMatchObject({ date: { formula1: v.from, formula2: v.to } });
        expect(dv?.prompt).toMatchObject({ showPrompt: true });
      }
      const invalid = invalidEntryFormula(col, first);
      const cfs = wb.conditionalFormatsAt(tab.name, first);
      const rect = { row: 1, col: i, rows: rows.length, cols: 1 };
      expect(cfs).toEqual([
        ...(invalid
          ? [{ rect, type: "Custom", formula: invalid, fill: INVALID_FILL, fontColor: expect.any(String) }]
          : []),
        ...numberDisplayRules(col, first).map((r) => ({
          rect,
          type: "Custom",
          formula: r.formula,
          numberFormat: r.numberFormat,
        })),
      ]);
      rows.forEach((row, r) => {
        if (col.type === "derived") expect(row[i]).toBe(calculatedFormula(tab, col));
        else if (options.sample) {
          const want = sample[r][col.id];
          const expected =
            want === undefined || want === "" ? null : col.type === "date" ? isoToSerial(String(want)) : want;
          expect(row[i]).toEqual(expected);
        } else expect(row[i]).toBeNull();
      });
    });
  }
  // Lists: hidden, marker and version, every list and its name.
  const lists = wb.sheet(LISTS_SHEET)!;
  expect(lists.visibility).toBe("Hidden");
  expect(wb.cell(LISTS_SHEET, "A1")).toBe(TRACKER_MARKER);
  expect(wb.cell(LISTS_SHEET, "B1")).toBe(SCHEMA_VERSION);
  for (const p of LIST_PLACEMENTS) {
    expect(wb.cell(LISTS_SHEET, p.titleCell)).toBe(LISTS[p.id].title);
    const rect = parseLocal(p.valuesAddress.replace(/\$/g, ""))!;
    expect(wb.cells(LISTS_SHEET, rect).map((r) => r[0])).toEqual([...LISTS[p.id].values]);
    expect(wb.name(p.rangeName)?.formula).toBe(p.refersTo);
  }
  // Summary: every cell of the layout, and the chart over the sector block.
  const layout = summaryLayout();
  layout.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      const at = `${colToLetters(i)}${r + 1}`;
      expect(wb.cell(SUMMARY_SHEET, at)).toEqual(c ? (c.formula ?? c.value) : null);
      if (c?.format) expect(wb.numberFormat(SUMMARY_SHEET, at)).toBe(c.format);
    }),
  );
  const charts = wb.sheet(SUMMARY_SHEET)!.charts;
  expect(charts).toEqual([
    expect.objectContaining({
      name: SUMMARY_CHART,
      source: layout.chart.values,
      categories: layout.chart.categories,
      title: layout.chart.title,
    }),
  ]);
}

describe("create on an empty workbook", () => {
  test.each([false, true])(
    "sample=%s: every tab, table, column, format, validation, list and Summary formula as the schema says, in ≤ 3 syncs",
    async (sample) => {
      const f = setup();
      const progress: number[] = [];
      const report = await f.build({ sample, onProgress: (_step, fraction) => progress.push(fraction) });
      expect(progress[progress.length - 1]).toBe(1);
      expect([...progress].sort((x, y) => x - y)).toEqual(progress);
      expectTracker(f.workbook, { sample });
      expect(f.stats.syncs).toBeLessThanOrEqual(3);
      expect(f.stats.finalSyncCommands).toBe(0);
      expect(f.workbook.sheetNames()).toEqual(["Sheet1", ...TABS.map((t) => t.name), SUMMARY_SHEET, LISTS_SHEET]);
      expect(report).toEqual({
        created: [...TABS.map((t) => t.name), SUMMARY_SHEET, LISTS_SHEET],
        upgraded: [],
        leftAlone: [],
        renamed: [],
        version: SCHEMA_VERSION,
      });
      for (const r of f.stats.requests) expect(r.bytes).toBeLessThan(5_000_000);
    },
  );
});

describe("idempotent", () => {
  test.each([false, true])(
    "sample=%s: creating twice leaves the workbook exactly as the first run did",
    async (sample) => {
      const f = setup();
      await f.build({ sample });
      const first = f.workbook.snapshot();
      const syncs = await countSyncs(f, () => f.build({ sample }));
      expect(f.workbook.snapshot()).toEqual(first);
      expect(syncs).toBeLessThanOrEqual(3);
      const third = await f.build({ sample });
      expect(third).toEqual({ created: [], upgraded: [], leftAlone: [], renamed: [], version: SCHEMA_VERSION });
      expect(f.workbook.snapshot()).toEqual(first);
    },
  );

  test("a tracker whose list values were edited gets them back, nothing else changes", async () => {
    const f = setup();
    await f.build();
    const before = f.workbook.snapshot();
    f.workbook.seedSheet(
      LISTS_SHEET,
      [["Not a sector"]],
      LIST_PLACEMENTS.find((p) => p.id === "sector")!
        .valuesAddress.replace(/\$/g, "")
        .split(":")[0],
    );
    const report = await f.build();
    expect(report.upgraded).toEqual([`${LISTS_SHEET}: dropdown lists updated`]);
    expect(f.workbook.snapshot()).toEqual(before);
  });
});
