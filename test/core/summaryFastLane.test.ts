import fc from "fast-check";
import { summarizePartnerBlocks, type Cell, type PartnerSummary } from "../../src/core";
import { LISTS, PARTNERS } from "./imports";

/**
 * SUMMARY reads ordinary rows straight from their cells (its fast lane) and every other row the long
 * way (coerced, then classified as data, Total, label, END or header row). Whatever the sheet, the
 * two must give the same figures: this compares them on sheets built from the values that decide
 * which way a row goes.
 */

const names: Cell[] = [
  "Food Bank",
  "Acme Foundation",
  "acme foundation",
  "ACME, Foundation.",
  "The Trust",
  "Total",
  "Total Wine & More",
  "Total Mayoralty",
  "Subtotal",
  "Grand Total……",
  "Parks total",
  "Sum",
  "END",
  "End Hunger Network",
  "*** END ***",
  "Partner",
  "N/A",
  "REDACTED",
  "-",
  "",
  "  ",
  " Food Bank ",
  "Émile Trust",
  "ACCOUNTS UNDER $120,000",
  "Various",
  "Food\u00a0Bank",
  "#N/A",
  42,
  true,
  null,
];
const sectors: Cell[] = [...LISTS.sector.values, "nonprofit", "NGO", "", null, "N/A", 7, "Sector", "Other things"];
const amounts: Cell[] = [1000, 0, -250, 12.5, 1e9, "$1,200", "£5k", "(300)", "", null, "N/A", "#REF!", "lots", "Total"];
const notes: Cell[] = ["", null, "Total", "Q2 additions", "Partner", 3, "END", "___________"];

/** The row sequence of a sheet: [note, Partner, Sector, Committed, Received] per row. */
const rowOf = fc.tuple(
  fc.constantFrom(...notes),
  fc.constantFrom(...names),
  fc.constantFrom(...sectors),
  fc.constantFrom(...amounts),
  fc.constantFrom(...amounts),
);
const HEADER: Cell[] = [
  "Notes",
  PARTNERS.col.partner.name,
  PARTNERS.col.sector.name,
  PARTNERS.col.committed.name,
  PARTNERS.col.received.name,
];

function run(matrix: Cell[][], groupBy: string, fastLane: boolean): PartnerSummary | string {
  try {
    return summarizePartnerBlocks([{ matrix }], groupBy, fastLane, true); // (CONCENTRATION's share too)
  } catch (e) {
    return (e as Error).message;
  }
}

describe("SUMMARY's fast lane", () => {
  it("gives what the long way gives, row for row, on any mix of ordinary and unusual rows", () => {
    fc.assert(
      fc.property(
        fc.array(rowOf, { maxLength: 30 }),
        fc.constantFrom("Sector", "Status", "Initiative ID"),
        fc.boolean(),
        (rows, groupBy, withReceived) => {
          const width = withReceived ? 5 : 4;
          const matrix = [HEADER.slice(0, width), ...rows.map((r) => r.slice(0, width) as Cell[])];
          expect(run(matrix, groupBy, true)).toEqual(run(matrix, groupBy, false));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("takes the ordinary rows itself, and still leaves out a Total row under them", () => {
    const matrix: Cell[][] = [
      HEADER,
      ["", "Food Bank", "Nonprofit", 1000, 500],
      ["", "Acme", "Business", 2000, 0],
      ["", "food bank", "Nonprofit", 300, null],
      ["", "Total", "", 3300, 500],
    ];
    const s = summarizePartnerBlocks([{ matrix }], null);
    expect(s.total).toEqual({ group: "Total", partners: 2, committed: 3300, received: 500 });
    expect(s.rows).toEqual([
      { group: "Business", partners: 1, committed: 2000, received: 0 },
      { group: "Nonprofit", partners: 1, committed: 1300, received: 500 },
    ]);
  });
});
