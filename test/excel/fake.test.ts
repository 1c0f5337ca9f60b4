/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests make those mistakes on purpose, to prove the fake catches them */
/**
 * The Excel fake behaves like Excel where the adapters depend on it; if these fail, tests built on
 * the fake prove nothing.
 */
import { summary, validate } from "../../src/functions/functions";
import { sampleSheet } from "../core/sheets";
import { callAsExcel, createFakeExcel, type FakeArgumentCell } from "../fakes/excel";

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
    // office-js #1199: real Excel says InvalidArgument "A table can't overlap another table".
    await expect(add("tblOverlap", "K1:M3")).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringMatching(/overlap/),
    });
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

describe("Excel fake: tables with a totals row", () => {
  // "Using structured references with Excel tables" (support.microsoft.com): the entire table
  // ([#All], Table.getRange) includes the Totals row; the table data excludes it.
  test("showTotals adds a last row inside getRange but outside getDataBodyRange; off and on again keeps its cells", async () => {
    const f = createFakeExcel();
    f.workbook.seedSheet("Sheet1", [
      ["Partner", "Committed"],
      ["A", 10],
      ["B", 20],
    ]);
    f.workbook.seedTable("Sheet1", "tblP", "A1:B3");
    const read = () =>
      f.Excel.run(async (ctx) => {
        const t = ctx.workbook.tables.getItem("tblP");
        const all = t.getRange().load("values");
        const body = t.getDataBodyRange().load("values");
        t.load("showTotals");
        await ctx.sync();
        return { all: all.values, body: body.values, totals: t.showTotals };
      });
    await f.Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("tblP").showTotals = true;
      await ctx.sync();
    });
    f.workbook.seedSheet("Sheet1", [["=SUBTOTAL(109,tblP[Committed])"]], "B4");
    const on = await read();
    expect(on.totals).toBe(true);
    expect(on.all).toHaveLength(4);
    expect(on.all[3][0]).toBe("Total");
    expect(on.body).toEqual([
      ["A", 10],
      ["B", 20],
    ]);
    expect(f.workbook.tableRows("tblP")).toHaveLength(2);
    await f.Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("tblP");
      t.showTotals = false;
      await ctx.sync();
      expect(f.workbook.cells("Sheet1", "A4:B4")).toEqual([[null, null]]);
      t.showTotals = true;
      await ctx.sync();
    });
    expect(f.workbook.totalsRow("tblP")).toEqual(["Total", "=SUBTOTAL(109,tblP[Committed])"]);
  });

  test("getTotalRowRange without a totals row fails (undocumented; adapters check showTotals), and the totals row cannot change height by resize", async () => {
    const f = createFakeExcel();
    f.workbook.seedSheet("Sheet1", [["Partner"], ["A"], ["Total"]]);
    f.workbook.seedTable("Sheet1", "tblP", "A1:A3", { showTotals: true });
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("tblP").resize("A1:A5");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
    await f.Excel.run(async (ctx) => {
      const r = ctx.workbook.tables.getItem("tblP").getTotalRowRange().load("address");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!A3");
      ctx.workbook.tables.getItem("tblP").showTotals = false;
      await ctx.sync();
    });
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem("tblP").getTotalRowRange().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel fake: written text is parsed as if typed", () => {
  // Range.values reference: a value starting with + - = is a formula; office-js #1559 (en-US parsing),
  // #229 (a date string becomes a date with m/d/yyyy), #3256 (3/1/24, 15-Feb become dates).
  const write = async (text: string, format?: string) => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      if (format) cell.numberFormat = [[format]];
      cell.values = [[text]];
      await ctx.sync();
    });
    const formula = f.workbook.sheet("Sheet1")!.formulas.get("0,0");
    return formula !== undefined
      ? { formula }
      : { value: f.workbook.cell("Sheet1", "A1"), format: f.workbook.numberFormat("Sheet1", "A1") };
  };

  test("into a General cell: dates, numbers, booleans and formulas, not the text that was written", async () => {
    expect(await write("3/1/24")).toEqual({ value: 45352, format: "m/d/yyyy" });
    expect((await write("15-Feb")).value).toEqual(expect.any(Number));
    expect(await write("2024-03-01")).toEqual({ value: 45352, format: "m/d/yyyy" });
    expect((await write("1,200")).value).toBe(1200);
    expect((await write("$1,200.50")).value).toBe(1200.5);
    expect((await write("(300)")).value).toBe(-300);
    expect((await write("TRUE")).value).toBe(true);
    expect(await write("=2+2")).toEqual({ formula: "=2+2" });
    expect((await write("+1")).value).not.toBe("+1"); // a number or the formula =+1: never the text
    expect(await write("@x")).toEqual({ formula: "=@x" });
    expect(await write("'=2+2")).toEqual({ value: "=2+2", format: "General" }); // quote prefix: text, apostrophe dropped
    expect((await write("Food Bank")).value).toBe("Food Bank");
  });

  test("a formula Excel cannot parse fails the whole write with InvalidArgument, writing nothing", async () => {
    const f = createFakeExcel();
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["fine", "-$500 (refund)"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(f.workbook.cells("Sheet1", "A1:B1")).toEqual([[null, null]]);
  });

  test("into a cell formatted as text (@) every string stays the text it was", async () => {
    for (const text of ["-$500 (refund)", "3/1/24", "15-Feb", "=2+2", "+1", "@x", "1,200", "TRUE"]) {
      expect(await write(text, "@")).toEqual({ value: text, format: "@" });
    }
  });
});

describe("Excel fake: data validation over other validation", () => {
  test("Excel on the web refuses a rule over cells holding other validation (office-js #2594); clear() first works and keeps the rest", async () => {
    const f = createFakeExcel();
    const rule = { list: { inCellDropDown: true, source: "a,b" } };
    await f.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B5:B10").dataValidation.rule = rule;
      await ctx.sync();
    });
    await expect(
      f.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B6").dataValidation.rule = rule;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await f.Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B6").dataValidation;
      dv.clear();
      dv.rule = rule;
      await ctx.sync();
    });
    expect(f.workbook.validationAt("Sheet1", "B1")?.rect).toEqual({ row: 0, col: 1, rows: 6, cols: 1 });
    expect(f.workbook.validationAt("Sheet1", "B8")?.rect).toEqual({ row: 6, col: 1, rows: 4, cols: 1 });
  });
});

describe("Excel fake: calculation", () => {
  test("suspendApiCalculationUntilNextSync (Application, ExcelApi 1.6) holds for the next sync only, and the fake records it", async () => {
    const f = createFakeExcel();
    await f.Excel.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      // "it is the developer's responsibility to re-calc the workbook" after a suspension.
      ctx.workbook.application.calculate("Recalculate");
      await ctx.sync();
    });
    expect(f.stats.requests.map((r) => r.calculationSuspended)).toEqual([true, false]);
    expect(f.stats.requests.map((r) => r.recalculated)).toEqual([false, true]);
  });
});

describe("custom-function calls as Excel makes them (callAsExcel)", () => {
  /** A Partners table as `tblPartners[#All]` hands it over: the header row, then `n` sample rows. */
  function partnersAll(n: number): FakeArgumentCell[][] {
    const sheet = sampleSheet("Partners") as FakeArgumentCell[][];
    const rows = [sheet[0]];
    for (let i = 0; i < n; i++)
      rows.push(sheet[1 + (i % (sheet.length - 1))].map((c, k) => (k === 0 ? `${c} ${i}` : c)));
    return rows;
  }
  const WEB = { platform: "web", allowErrorForDataTypeAny: true } as const;

  test("an error cell stops the call unless functions.json allows errors; then it arrives as an error object", () => {
    const range = partnersAll(3);
    range[2][2] = "#N/A";
    const refused = callAsExcel(validate, [range, null, null], { ...WEB, allowErrorForDataTypeAny: false });
    expect(refused).toMatchObject({ called: false, shows: "#N/A" });
    const seen: unknown[] = [];
    callAsExcel((r: unknown[][]) => seen.push(r[2][2]), [range], WEB);
    expect(seen).toEqual([{ code: "#N/A", message: undefined }]);
    const called = callAsExcel(validate, [range, null, null], WEB);
    expect(called.called).toBe(true);
    const messages = called.called ? called.result.slice(1).map((r) => String(r[3])) : [];
    expect(messages.some((m) => m.includes("holds #N/A"))).toBe(true);
  });

  test("Excel on the web refuses arguments over ~5 MB; desktop Excel calls the function", () => {
    const small = callAsExcel(summary, [partnersAll(10_000), null, null], WEB);
    expect(small.called).toBe(true);
    const big = partnersAll(25_000);
    expect(callAsExcel(summary, [big, null, null], WEB)).toMatchObject({ called: false, shows: "#BUSY!" });
    expect(callAsExcel(summary, [big, null, null], { ...WEB, platform: "desktop" }).called).toBe(true);
  });

  test("a linked data type is read by its text", () => {
    const range = partnersAll(2);
    range[1][0] = { type: "Entity", text: "City Food Bank" };
    const called = callAsExcel(summary, [range, "Sector", null], WEB);
    expect(called.called && called.result[called.result.length - 1][1]).toBe(2);
    const listed = callAsExcel(validate, [range, null, null], WEB);
    expect(listed.called && listed.result.flat().some((c) => String(c).includes("[object"))).toBe(false);
  });
});
