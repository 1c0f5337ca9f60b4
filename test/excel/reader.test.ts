/**
 * Reading existing sheets in blocks: every request stays under Excel on the web's 5 MB and
 * 5M-cell limits (the fake enforces them, as Excel does), and the values come back whole.
 */
import { readSheetValues } from "../../src/excel/reader";
import { readTrackerTables } from "../../src/excel/trackerTables";
import { PARTNERS, TABS } from "../../src/schema";
import { createFakeExcel, type FakeCell } from "../fakes/excel";
import { PAYMENTS_LEDGER, PIVOT_BY_PAYEE } from "../core/sheets";
import { setup, trackerWithTotalsRow } from "./helpers";

function partnerSheet(rows: number): FakeCell[][] {
  const header = PARTNERS.columns.map((c) => c.name);
  const out: FakeCell[][] = [header];
  for (let i = 1; i <= rows; i++) {
    out.push(
      PARTNERS.columns.map((c, j) =>
        c.type === "currency"
          ? i * 10 + j
          : c.type === "date"
            ? 45000 + (i % 900)
            : `${c.name} value for partner number ${i}`,
      ),
    );
  }
  return out;
}

describe("reading an existing sheet", () => {
  test("a 100k-row sheet is read whole, every response under 5 MB and 5M cells", async () => {
    const fake = createFakeExcel();
    const seeded = partnerSheet(100_000);
    fake.workbook.seedSheet("Big partners", seeded, "B3");
    const progress: number[] = [];
    const read = await fake.Excel.run((ctx) =>
      readSheetValues(ctx, "Big partners", { onProgress: (_s, f) => progress.push(f) }),
    );
    expect(read.values.length).toBe(seeded.length);
    expect(read.values[0]).toEqual(seeded[0]);
    expect(read.values[seeded.length - 1]).toEqual(seeded[seeded.length - 1]);
    expect(read.values[54_321]).toEqual(seeded[54_321]);
    expect(read).toMatchObject({ firstRow: 3, firstColumn: 2, address: `B3:${"R"}${seeded.length + 2}` });
    expect(fake.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(fake.stats.maxRequestBytes).toBeLessThan(5_000_000);
    for (const r of fake.stats.requests) expect(r.cells).toBeLessThan(5_000_000);
    expect(progress[progress.length - 1]).toBe(1);
    // The same sheet read in one request is refused: the limit the blocks avoid is real.
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Big partners").getUsedRange(true).load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a block Excel refuses is halved and read again", async () => {
    const fake = createFakeExcel({ limits: { requestBytes: 5_000_000, responseBytes: 60_000, cells: 5_000_000 } });
    const seeded = partnerSheet(2_000);
    fake.workbook.seedSheet("S", seeded);
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "S"));
    expect(read.values).toEqual(seeded);
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(0);
  });

  test("an empty sheet reads as no values", async () => {
    const fake = createFakeExcel();
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "Sheet1"));
    expect(read).toEqual({
      values: [],
      firstRow: 1,
      firstColumn: 1,
      address: "",
      tableTotalsRows: [],
      tables: [],
      pivots: [],
      numberCurrencies: [],
      mergedDown: [],
      hiddenRows: [],
      filtered: false,
    });
  });

  test("readTrackerTables returns every table with its header row, and where it sits", async () => {
    const f = setup();
    f.workbook.seedSheet("Partners", [["my own"]]);
    await f.build({ sample: true });
    const t = await f.Excel.run((ctx) => readTrackerTables(ctx));
    for (const tab of TABS) {
      const key = tab.name.toLowerCase() as "foundation" | "assets" | "leadership" | "partners";
      expect(t[key]![0]).toEqual(tab.columns.map((c) => c.name));
      expect(t[key]!.length).toBe(f.workbook.tableRows(tab.table).length + 1);
    }
    expect(t.locations.Partners).toEqual({ sheet: "Partners (tracker)", firstRow: 1, firstColumn: 1 });
  });
});

describe("a sheet with pivot tables (a report of other data, not data)", () => {
  // A council's payments: the ledger in B2:C5, a pivot per payee in E4:G8 with its filter row in E2:F2,
  // as the command line's test has it (test/cli/pivots.test.ts).
  const LEDGER = PAYMENTS_LEDGER as FakeCell[][];
  const BY_PAYEE = PIVOT_BY_PAYEE as FakeCell[][];

  test("its cells are left out and its place (filter rows included) is said, as the command line says it", async () => {
    const fake = createFakeExcel();
    fake.workbook.seedSheet("Payments", LEDGER, "B2");
    fake.workbook.seedSheet("Payments", BY_PAYEE, "E2");
    fake.workbook.seedPivot("Payments", "PivotTable5", "E4:G8", { address: "E2:F2", fields: ["Payee"] });
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "Payments"));
    expect(read.pivots).toEqual([{ name: "PivotTable5", top: 2, left: 5, bottom: 8, right: 7 }]);
    expect(read.address).toBe("B2:G8");
    // The ledger as it is; nothing of the pivot (its filter row included) is left in the values.
    expect(read.values.map((row) => row.slice(0, 2))).toEqual([...LEDGER, ["", ""], ["", ""], ["", ""]]);
    expect(read.values.flatMap((row) => row.slice(3)).filter((v) => v !== null && v !== "")).toEqual([]);
  });

  test("a pivot without filters is read without asking for its filter area", async () => {
    // What Office.js gives for the filter area of a pivot without filters is undocumented; the fake
    // fails the batch, so this test fails if the reader asks.
    const fake = createFakeExcel();
    fake.workbook.seedSheet("Payments", LEDGER);
    fake.workbook.seedSheet("Payments", BY_PAYEE.slice(3), "E1");
    fake.workbook.seedPivot("Payments", "PivotTable1", "E1:G4");
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "Payments"));
    expect(read.pivots).toEqual([{ name: "PivotTable1", top: 1, left: 5, bottom: 4, right: 7 }]);
    expect(read.values.map((row) => row.slice(0, 2))).toEqual(LEDGER);
  });

  test("a first block Excel refuses for its size loses neither a totals row nor a pivot", async () => {
    // A refused sync is read again smaller; what was queued with it would be gone.
    const fake = createFakeExcel({ limits: { requestBytes: 5_000_000, responseBytes: 60_000, cells: 5_000_000 } });
    const seeded = partnerSheet(2_000);
    fake.workbook.seedSheet("S", seeded);
    fake.workbook.seedTable("S", "tblMine", `A1:${String.fromCharCode(64 + seeded[0].length)}${seeded.length}`, {
      showTotals: true,
    });
    fake.workbook.seedSheet("S", BY_PAYEE.slice(3), "Z1");
    fake.workbook.seedPivot("S", "PivotTable1", "Z1:AB4");
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "S"));
    expect(read.tableTotalsRows).toEqual([seeded.length - 1]);
    expect(read.pivots.map((p) => p.name)).toEqual(["PivotTable1"]);
  });
});

describe("reading the tracker tables", () => {
  test("a totals row the user turned on is inside tblPartners[#All] but never read as a partner", async () => {
    const f = await trackerWithTotalsRow();
    const body = f.workbook.tableRows(PARTNERS.table);
    expect(f.workbook.totalsRow(PARTNERS.table)?.[0]).toBe("Total");
    const read = await f.Excel.run((ctx) => readTrackerTables(ctx));
    expect(read.partners).toHaveLength(1 + body.length);
    expect(read.partners!.some((r) => r[0] === "Total")).toBe(false);
    expect(read.locations.Partners).toEqual({ sheet: "Partners", firstRow: 1, firstColumn: 1 });
  });
});
