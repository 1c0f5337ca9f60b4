import { MAPPINGS_SHEET, MAPPINGS_TITLE, readMappings, saveMapping } from "../../src/excel/mappingSheet";
import { overridesFromPairs, validateFormula } from "../../src/taskpane/views/mappingModel";
import { createFakeExcel } from "../fakes/excel";

/**
 * Mappings a user corrected, kept in the workbook: on a hidden sheet, one block per sheet (or per
 * block of a sheet of blocks side by side), read
 * back the same, replaced (not duplicated) when corrected again, and usable as a formula's range.
 */
describe("kept mappings", () => {
  it("keeps a sheet's mapping on a hidden sheet and reads it back", async () => {
    const fake = createFakeExcel({ sheets: ["Grants"] });
    const saved = await fake.Excel.run((ctx) =>
      saveMapping(ctx, "Grants", "Partners", [
        ["Grantee", "Partner"],
        ["-Amount", "Committed"],
      ]),
    );
    expect(saved.reference).toBe(`'${MAPPINGS_SHEET}'!$A$5:$B$6`);
    expect(fake.workbook.sheet(MAPPINGS_SHEET)!.visibility).toBe("Hidden");
    expect(fake.workbook.cells(MAPPINGS_SHEET, "A1")).toEqual([[MAPPINGS_TITLE]]);
    // A header that looks like a formula or a negative number is kept as the text it is.
    expect(fake.workbook.cells(MAPPINGS_SHEET, "A3:B6")).toEqual([
      ["Grants", "Partners"],
      ["Your header", "Tracker column"],
      ["Grantee", "Partner"],
      ["-Amount", "Committed"],
    ]);
    expect(fake.workbook.numberFormat(MAPPINGS_SHEET, "A6")).toBe("@");
    const read = await fake.Excel.run(readMappings);
    expect(read).toEqual([saved]);
  });

  it("replaces a sheet's mapping when corrected again, beside the other sheets' mappings", async () => {
    const fake = createFakeExcel({ sheets: ["Grants"] });
    await fake.Excel.run((ctx) =>
      saveMapping(ctx, "Grants", "Partners", [
        ["Grantee", "Partner"],
        ["Amount", "Committed"],
        ["Paid", "Received"],
      ]),
    );
    await fake.Excel.run((ctx) => saveMapping(ctx, "Assets list", "Assets", [["Item", "Asset"]]));
    await fake.Excel.run((ctx) => saveMapping(ctx, "Grants", "Partners", [["Grantee", "Partner"]]));
    const read = await fake.Excel.run(readMappings);
    expect(read.map((m) => [m.sheet, m.tab, m.pairs, m.reference])).toEqual([
      ["Grants", "Partners", [["Grantee", "Partner"]], `'${MAPPINGS_SHEET}'!$A$5:$B$5`],
      ["Assets list", "Assets", [["Item", "Asset"]], `'${MAPPINGS_SHEET}'!$D$5:$E$5`],
    ]);
  });

  it("keeps one mapping per block side by side, and reads a mapping kept before blocks had their own as the sheet's", async () => {
    const fake = createFakeExcel({ sheets: ["Grants"] });
    const left = await fake.Excel.run((ctx) =>
      saveMapping(
        ctx,
        "Grants",
        "Partners",
        [
          ["Partner", "Partner"],
          ["Pledged", "Received"],
        ],
        "A–B",
      ),
    );
    await fake.Excel.run((ctx) =>
      saveMapping(
        ctx,
        "Grants",
        "Leadership",
        [
          ["Who", "Name"],
          ["Job", "Title"],
        ],
        "D–F",
      ),
    );
    await fake.Excel.run((ctx) => saveMapping(ctx, "Grants", "Leadership", [["Who", "Name"]], "D–F"));
    const read = await fake.Excel.run(readMappings);
    expect(read.map((m) => [m.sheet, m.tab, m.columns, m.pairs, m.reference])).toEqual([
      ["Grants", "Partners", "A–B", left.pairs, left.reference],
      ["Grants", "Leadership", "D–F", [["Who", "Name"]], `'${MAPPINGS_SHEET}'!$D$5:$E$5`],
    ]);
    // A mapping kept before blocks kept their own has no columns beside its tab: the whole sheet's.
    const before = createFakeExcel({ sheets: ["Ledger"] });
    before.workbook.seedSheet(MAPPINGS_SHEET, [
      [MAPPINGS_TITLE],
      [null],
      ["Ledger", "Partners"],
      ["Your header", "Tracker column"],
      ["Who", "Partner"],
    ]);
    expect((await before.Excel.run(readMappings)).map((m) => [m.sheet, m.columns])).toEqual([["Ledger", ""]]);
  });

  it("keeps one mapping per table of a block: a table none is kept for gets an entry beside the other's, and the one named is updated in place", async () => {
    // Two tables one below the other: the same sheet, the same columns (none), no place — before, the
    // second's mapping wrote over the first's, so a formula using the first's range read the second's.
    const fake = createFakeExcel({ sheets: ["Grants"] });
    const first = await fake.Excel.run((ctx) =>
      saveMapping(ctx, "Grants", "Partners", [
        ["Grantee", "Partner"],
        ["Sector", "Ignore"],
      ]),
    );
    const second = await fake.Excel.run((ctx) =>
      saveMapping(ctx, "Grants", "Partners", [["Funder", "Partner"]], "", null),
    );
    expect([first.entry, second.entry]).toEqual([0, 1]);
    expect(second.reference).toBe(`'${MAPPINGS_SHEET}'!$D$5:$E$5`);
    // The first corrected again, named by its entry: in place, the second's left alone.
    await fake.Excel.run((ctx) => saveMapping(ctx, "Grants", "Partners", [["Grantee", "Partner"]], "", first.entry));
    const read = await fake.Excel.run(readMappings);
    expect(read.map((m) => [m.entry, m.pairs, m.reference])).toEqual([
      [0, [["Grantee", "Partner"]], `'${MAPPINGS_SHEET}'!$A$5:$B$5`],
      [1, [["Funder", "Partner"]], second.reference],
    ]);
    expect(fake.workbook.cells(MAPPINGS_SHEET, "A6:B6")).toEqual([[null, null]]);
  });

  it("finds nothing in a workbook without kept mappings, and never writes over a user's sheet of that name", async () => {
    const fake = createFakeExcel({ sheets: ["Grants"] });
    expect(await fake.Excel.run(readMappings)).toEqual([]);
    fake.workbook.seedSheet(MAPPINGS_SHEET, [["my own notes"]]);
    expect(await fake.Excel.run(readMappings)).toEqual([]);
    await expect(fake.Excel.run((ctx) => saveMapping(ctx, "Grants", "Partners", [["A", "Partner"]]))).rejects.toThrow(
      /is in the way/,
    );
    expect(fake.workbook.cells(MAPPINGS_SHEET, "A1:A3")).toEqual([["my own notes"], [null], [null]]);
  });
});

describe("using a kept mapping", () => {
  const values = [
    ["Grant list FY24", null, null],
    ["Grantee", "Fiscal year", "Amount"],
    ["Acme", 2024, 100],
  ];

  it("maps the headers it names and ignores the others", () => {
    const { headerRow, overrides } = overridesFromPairs(values, "Partners", [
      ["grantee", "Partner"],
      ["Amount", "Committed"],
    ]);
    expect(headerRow).toBe(1);
    expect(overrides).toEqual({ 0: "partner", 1: null, 2: "committed" });
  });

  it("offers the VALIDATE formula over the sheet's block with the kept range", () => {
    const block = { sheet: "Grant list", values, firstRow: 2, firstColumn: 2 };
    expect(validateFormula(block, "Partners", `'${MAPPINGS_SHEET}'!$A$5:$B$6`)).toBe(
      `=PARTNERS.VALIDATE('Grant list'!B2:D4, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$6)`,
    );
  });
});
