import fc from "fast-check";
import { validateRange, type Cell, type ValidationResult } from "../../src/core";
import { LISTS, PARTNERS } from "./imports";

/**
 * VALIDATE reads a named row with a figure, ordinary all through, as data without asking whether it
 * is a Total, label, note or header row (its fast lane); every other row goes the long way. Whatever
 * the sheet, the two must give the same issues, rows checked and rows left out: this compares them on
 * sheets built from the values that decide which way a row goes, and on sheets whose rows add up.
 */

const names: Cell[] = [
  "Food Bank",
  "Acme Foundation",
  "acme foundation",
  "Total",
  "Total Wine & More",
  "Total Food Bank",
  "Subtotal",
  "Grand Total",
  "Parks total",
  "END",
  "Source: city budget office",
  "Partner",
  "N/A",
  "-",
  "",
  null,
  "Kite Academy21/05/2012740",
  "Food Bank\nOTTAWA ON",
  "Q2 additions",
  42,
  "#N/A",
];
const sectors: Cell[] = [...LISTS.sector.values, "nonprofit", "", null, "N/A", 7, "Sector", "Total"];
const amounts: Cell[] = [1000, 0, -250, 12.5, 2024, "$1,200", "(300)", "", null, "N/A", "lots", "Total", "Committed"];
const dates: Cell[] = [45000, 45400, "2024-03-01", "3/4/2024", "", null, "soon", 2024];
const notes: Cell[] = ["", null, "Total", "Q2 additions", "Partner", 3, "END", "___________", "Notes"];
const ids: Cell[] = ["INIT-1", "INIT-2", "init-1", "", null, "Initiative ID"];

const HEADER: Cell[] = [
  "Notes",
  PARTNERS.col.partner.name,
  PARTNERS.col.sector.name,
  PARTNERS.col.initiativeId.name,
  PARTNERS.col.committed.name,
  PARTNERS.col.received.name,
  PARTNERS.col.startDate.name,
];

const rowOf = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(...[notes, names, sectors, ids, amounts, amounts, dates].map((v) => fc.constantFrom(...v))),
  },
  { weight: 1, arbitrary: fc.constant(HEADER.map(() => null as Cell)) },
  { weight: 1, arbitrary: fc.constant([...HEADER]) },
);

/** The long way and the fast lane, as what VALIDATE says. */
function both(matrix: readonly (readonly Cell[])[]): [ValidationResult | string, ValidationResult | string] {
  const run = (fastLane: boolean) => {
    try {
      return validateRange(matrix, PARTNERS.name, { today: 46000, fastLane });
    } catch (e) {
      return (e as Error).message;
    }
  };
  return [run(true), run(false)];
}

describe("VALIDATE's fast lane", () => {
  it("gives what the long way gives, row for row, on any mix of ordinary and unusual rows", () => {
    fc.assert(
      fc.property(fc.array(rowOf, { maxLength: 30 }), (rows) => {
        const [fast, long] = both([HEADER, ...rows]);
        expect(fast).toEqual(long);
      }),
      { numRuns: 500 },
    );
  });

  it("gives what the long way gives where rows under a name add up the rows above them", () => {
    // A row whose Committed is the sum of the last few rows, under a name, a Total label or none.
    const labels: Cell[] = ["Total Food Bank", "Food Bank", "Acme Foundation", "", "Subtotal", "Total"];
    const step = fc.oneof(
      fc.record({
        name: fc.constantFrom("Food Bank", "Acme Foundation", "Parks Trust"),
        amount: fc.integer({ min: 0, max: 9 }),
      }),
      fc.record({
        sumOf: fc.integer({ min: 2, max: 4 }),
        label: fc.constantFrom(...labels),
        where: fc.constantFrom(0, 1),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 3, maxLength: 25 }), (steps) => {
        const matrix: Cell[][] = [HEADER];
        const committed: number[] = [];
        for (const s of steps) {
          if ("name" in s) {
            committed.push(s.amount * 100);
            matrix.push(["", s.name, "Nonprofit", "INIT-1", s.amount * 100, 0, 45000]);
          } else {
            const sum = committed.slice(-s.sumOf).reduce((a, b) => a + b, 0);
            committed.push(sum);
            // The label in the Notes column or the Partner column.
            matrix.push(s.where === 0 ? [s.label, "", "", "", sum, 0, null] : ["", s.label, "", "", sum, 0, null]);
          }
        }
        const [fast, long] = both(matrix);
        expect(fast).toEqual(long);
      }),
      { numRuns: 400 },
    );
  });

  it("takes ordinary rows itself and still leaves out a Total row and the header again under them", () => {
    const rows: Cell[][] = Array.from({ length: 6 }, (_, i) => [
      "",
      `Partner ${i}`,
      "Nonprofit",
      "INIT-1",
      100,
      50,
      45000,
    ]);
    const matrix: Cell[][] = [HEADER, ...rows, [...HEADER], ...rows.slice(0, 2), ["", "Total", "", "", 800, 400, null]];
    const result = validateRange(matrix, PARTNERS.name, { today: 46000 });
    expect(result.rowsChecked).toBe(8);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [8, "header"],
      [11, "total"],
    ]);
  });
});
