/** "Use an existing sheet": map a user's own headers, copy into the tracker, never alter the original. */
import { copyExistingSheet, readExistingSheet } from "../../src/excel/existingSheet";
import { PARTNERS } from "../../src/schema";
import { setup } from "./helpers";

const USER_SHEET = [
  ["Partner commitments 2026", null, null, null],
  [null, null, null, null],
  ["Org name", "Type", "Pledge", "MOU signed?"],
  ["  Fresh Air Fund ", "philanthropy", "$1,200", "yes"],
  [null, null, null, null],
  ["City Harvest", "Nonprofit", 5000, "N"],
  ["Odd Co", "Space agency", "lots", "maybe"],
];

test("headers are mapped by synonym; rows land in tblPartners with unambiguous values normalised; the original is untouched", async () => {
  const f = setup();
  await f.build();
  f.workbook.seedSheet("Pledges", USER_SHEET);
  const before = f.workbook.snapshot() as { sheets: { name: string }[] };
  const { mapping } = await f.Excel.run((ctx) => readExistingSheet(ctx, "Pledges"));
  expect(mapping.tab).toBe("Partners");
  expect(mapping.headerRow).toBe(2);
  expect(mapping.columns.map((c) => c.id)).toEqual(["partner", "sector", "committed", "agreementSigned"]);

  const result = await f.Excel.run((ctx) => copyExistingSheet(ctx, "Pledges"));
  expect(result).toEqual({ tab: "Partners", rows: 3 });
  const rows = f.workbook.tableRows(PARTNERS.table);
  const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  expect(rows.map((r) => [r[at("partner")], r[at("sector")], r[at("committed")], r[at("agreementSigned")]])).toEqual([
    ["Fresh Air Fund", "Philanthropy", 1200, "Yes"],
    ["City Harvest", "Nonprofit", 5000, "No"],
    ["Odd Co", "Space agency", "lots", "maybe"], // not unambiguous: copied as typed, flagged by the checks
  ]);
  const after = f.workbook.snapshot() as { sheets: { name: string }[] };
  expect(after.sheets.find((s) => s.name === "Pledges")).toEqual(before.sheets.find((s) => s.name === "Pledges"));
});

test("a sheet with no recognisable header row gets the core's clear error", async () => {
  const f = setup();
  f.workbook.seedSheet("Numbers", [
    [1, 2],
    [3, 4],
  ]);
  await expect(f.Excel.run((ctx) => readExistingSheet(ctx, "Numbers"))).rejects.toThrow(/header row/i);
});
