/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests make those mistakes on purpose, to prove the fake catches them */
/**
 * The Excel fake behaves like Excel where the adapters depend on it; if these fail, tests built on
 * the fake prove nothing.
 */
import { createFakeExcel } from "../fakes/excel";

describe("Excel fake", () => {
  test("reading a property before load + sync throws; after, it reads", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.name).toThrow(/not available/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/not available/);
      await ctx.sync();
      expect(sheet.name).toBe("Sheet1");
      expect(() => sheet.visibility).toThrow(/not available/);
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
    });
  });

  test("writes are queued until sync, and applied in order", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [[1, 2]];
      r.values = [[null, 3]]; // null leaves a cell unchanged
      expect(f.workbook.cell("Sheet1", "A1")).toBeNull();
      await ctx.sync();
    });
    expect(f.workbook.cells("Sheet1", "A1:B1")).toEqual([[1, 3]]);
  });

  test("a failing command fails the sync with Excel's code; commands before it stay applied, later ones are dropped", async () => {
    const f = createFakeExcel();
    const err = await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Data");
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      ctx.workbook.worksheets.add("Later");
      return ctx.sync().then(
        () => undefined,
        (e: unknown) => e,
      );
    });
    expect(err).toMatchObject({ code: "ItemNotFound" });
    expect(f.workbook.sheetNames()).toEqual(["Sheet1", "Data"]);
  });

  test("ItemAlreadyExists for a sheet name in any case, and sheet name rules", async () => {
    const f = createFakeExcel();
    const attempt = (name: string) =>
      f.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      });
    await expect(attempt("sheet1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    for (const bad of ["", "   ", "a/b", "x[1]", "What?", "a:b", "x".repeat(32), "'quoted'", "History"]) {
      await expect(attempt(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(attempt("x".repeat(31))).resolves.toBeUndefined();
  });

  test("table names: rules, uniqueness with defined names, and a header-only table gets one empty row", async () => {
    const f = createFakeExcel();
    const add = (name: string, address: string) =>
      f.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        const t = sheet.tables.add(address, true);
        t.name = name;
        await ctx.sync();
      });
    await f.Excel.run(async (ctx) => {
      ctx.workbook.names.add("lstThing", "=Sheet1!$Z$1");
      await ctx.sync();
    });
    await expect(add("A1", "A1:B1")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("has space", "D1:E1")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("LSTTHING", "G1:H1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    f.workbook.seedSheet("Sheet1", [["Name", "Name", null]], "J1");
    await add("tblOk", "J1:L1");
    expect(f.workbook.tableHeaders("tblOk")).toEqual(["Name", "Name2", "Column3"]);
    expect(f.workbook.table("tblOk")!.rect.rows).toBe(2);
    await expect(add("tblOverlap", "K1:M3")).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      f.Excel.run(async (ctx) => {
        void ctx.workbook.tables.getItem("tblOk").rows;
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });

  test("getItemOrNullObject: isNullObject after sync; a structured reference outside a table is refused", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing");
      const there = ctx.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=[@[X]]*2"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("counts syncs and request sizes, and refuses a request over the limit", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["x".repeat(1000)], ["y"]];
      await ctx.sync();
    });
    expect(f.stats.syncs).toBe(1);
    expect(f.stats.requests[0].bytes).toBeGreaterThan(1000);
    expect(f.stats.requests[0].cells).toBe(2);
    const big = Array.from({ length: 6000 }, () => ["z".repeat(1000)]);
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B6000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(f.workbook.cell("Sheet1", "B1")).toBeNull();
  });

  test("onBeforeSync applies a remote co-author's edit between two syncs", async () => {
    const f = createFakeExcel();
    f.onBeforeSync(({ sync, workbook }) => {
      if (sync === 2) workbook.seedSheet("Sheet1", [["remote"]], "C3");
    });
    const seen = await f.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").load("values");
      await ctx.sync();
      const first = r.values[0][0];
      r.load("values");
      await ctx.sync();
      return [first, r.values[0][0]];
    });
    expect(seen).toEqual(["", "remote"]);
  });

  test("Excel.run syncs what a successful batch left queued (as office.js does), and counts it", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(f.stats).toMatchObject({ syncs: 1, finalSyncCommands: 1 });
    expect(f.workbook.cell("Sheet1", "A1")).toBe(1);
  });

  test("install() sets the global Excel the task pane calls", async () => {
    const f = createFakeExcel();
    const target: Record<string, unknown> = {};
    f.install(target, { office: true });
    expect(target.Excel).toBe(f.Excel);
    await expect((target.Office as { onReady(): Promise<{ host: string }> }).onReady()).resolves.toMatchObject({
      host: "Excel",
    });
  });
});

describe("Range.clear", () => {
  // Excel.ClearApplyTo: Formats leaves values, Contents leaves formatting, All clears both.
  test.each([
    ["Formats", 5, "General"],
    ["Contents", null, "0%"],
    ["All", null, "General"],
  ] as const)("clear(%s)", async (applyTo, value, format) => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[5]];
      r.numberFormat = [["0%"]];
      r.format.fill.color = "#FF0000";
      await ctx.sync();
      r.clear(applyTo);
      await ctx.sync();
    });
    expect(f.workbook.cell("Sheet1", "A1") ?? null).toBe(value);
    expect(f.workbook.numberFormat("Sheet1", "A1")).toBe(format);
    expect(f.workbook.sheet("Sheet1")!.fills.size).toBe(applyTo === "Contents" ? 1 : 0);
  });
});

describe("Excel fake events", () => {
  test("worksheets.onChanged fires after the sync for local writes, and for a remote co-author's edit", async () => {
    const f = createFakeExcel();
    const seen: { source: string; address?: string }[] = [];
    await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add((e) => {
        seen.push({ source: e.source, address: e.address });
        return Promise.resolve();
      });
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      expect(seen).toEqual([]);
      await ctx.sync();
    });
    f.remoteEdit("Sheet1", "C3", [["theirs"]]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([
      { source: "Local", address: "A1:B2" },
      { source: "Remote", address: "C3" },
    ]);
    expect(f.workbook.cell("Sheet1", "C3")).toBe("theirs");
  });
});
