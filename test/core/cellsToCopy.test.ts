import { mapHeaders, type Cell } from "../../src/core";
import { cellsToCopy, rowsToCopy } from "../../src/core/trackerRows";
import { PARTNERS } from "./imports";

/**
 * cellsToCopy places a few tracker columns of the rows a copy would copy, without placing the rest
 * (what tells a sheet restating another apart, on every sheet of a workbook): the same rows and the
 * same cells as rowsToCopy in those columns, whatever the sheet does that a copy reads column by
 * column — amounts in pounds, dates written day first, a cell left blank on some rows, a Total row, a
 * row of placeholders, copies of earlier rows that are most of the sheet.
 */
const IDS = [
  PARTNERS.col.partner.id,
  PARTNERS.col.committed.id,
  PARTNERS.col.received.id,
  PARTNERS.col.initiativeId.id,
  PARTNERS.col.startDate.id,
  PARTNERS.col.endDate.id,
];
const slots = IDS.map((id) => PARTNERS.columns.findIndex((c) => c.id === id));

/** rowsToCopy's rows with every column but IDS's emptied, as cellsToCopy leaves them. */
function placedAlone(sheet: Cell[][]): Cell[][] {
  return rowsToCopy(sheet, mapHeaders(sheet, PARTNERS.name)).rows.map((row) =>
    row.map((cell, slot) => (slots.includes(slot) ? cell : "")),
  );
}

const SHEETS: Record<string, Cell[][]> = {
  "pounds, day-first dates, an end date on some rows, a Total row and a row of placeholders": [
    ["Partner", "Committed (£)", "Received", "Initiative ID", "Start date", "End date", "Sector"],
    ["Blue Harbor Bank", "£1.500,00", "£1.000", "FOOD-01", "14/02/2024", "25/03/2025", "Business"],
    ["Riverside Food Bank", "£12.000", "", "FOOD-01", "03/04/2024", "", "Nonprofit"],
    ["TBD", "-", "", "TBD", "", "", ""],
    ["State University Extension", "£250", "£250", "TECH-02", "01/05/2024", "30/06/2025", "Academic"],
    ["Total", "£13.750", "£1.250", "", "", "", ""],
  ],
  "copies of earlier rows, dated, most of the sheet": [
    ["Partner", "Committed", "Start date", "Sector"],
    ["Blue Harbor Bank", 5000, "2024-03-01", "Business"],
    ["Riverside Food Bank", 2500, "2024-03-02", "Nonprofit"],
    ["Blue Harbor Bank", 5000, "2024-03-01", "Business"],
    ["Riverside Food Bank", 2500, "2024-03-02", "Nonprofit"],
    ["Blue Harbor Bank", 5000, "2024-03-01", "Business"],
    ["Riverside Food Bank", 2500, "2024-03-02", "Nonprofit"],
  ],
};

describe("cellsToCopy: the cells a copy places in a few columns, as rowsToCopy places them", () => {
  for (const [what, sheet] of Object.entries(SHEETS)) {
    it(`places them alike: ${what}`, () => {
      expect(cellsToCopy(sheet, mapHeaders(sheet, PARTNERS.name), IDS)).toEqual(placedAlone(sheet));
    });
  }

  it("reads what the sheets are there for: dates day first, amounts in pounds, copies left out", () => {
    const [pounds, copies] = Object.values(SHEETS);
    const placed = placedAlone(pounds);
    const endAt = PARTNERS.columns.findIndex((c) => c.id === PARTNERS.col.endDate.id);
    // The end dates read as dates (day first), the blank one blank; the Total and placeholder rows not copied.
    expect(placed.map((r) => typeof r[endAt])).toEqual(["number", "string", "number"]);
    expect(placed.map((r) => r[slots[0]])).toEqual([
      "Blue Harbor Bank",
      "Riverside Food Bank",
      "State University Extension",
    ]);
    // The copies left out, as the summary leaves them out of its totals.
    const copied = rowsToCopy(copies, mapHeaders(copies, PARTNERS.name));
    expect(copied.copiesLeftOut?.rows.length).toBe(4);
    expect(cellsToCopy(copies, mapHeaders(copies, PARTNERS.name), IDS)).toHaveLength(2);
  });
});
