import { validateRange } from "../../src/core";
import { isoToSerial } from "../../src/core/excelDate";
import { FOUNDATION, PARTNERS } from "../../src/schema";

/**
 * An amount or date typed as text is accepted by the rules (SPEC: accept what is unambiguous), but
 * the Summary sheet's SUMIFS and ISNUMBER skip text. In the tracker's own tables that would make the
 * Summary undercount without a word, so there — and only there — it is a warning.
 */
const today = isoToSerial("2026-11-25") as number;
const partners = [
  [PARTNERS.col.partner.name, PARTNERS.col.committed.name, PARTNERS.col.received.name, PARTNERS.col.startDate.name],
  ["Harbor Bank", "$12,000", 5000, "2026-03-01"],
  ["Eastside League", 4000, 1000, isoToSerial("2026-04-01")],
];

describe("amounts and dates typed as text in a tracker table", () => {
  it("warn, naming the value, in the tracker's own table", () => {
    const { issues } = validateRange(partners, "Partners", { today, trackerTable: true });
    const textual = issues.filter((i) => /Summary's formulas skip text/.test(i.message));
    expect(textual.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, PARTNERS.col.committed.name, "warning"],
      [2, PARTNERS.col.startDate.name, "warning"],
    ]);
    expect(textual[0].message).toContain('"$12,000"');
    expect(textual[0].message).toMatch(/retype it as a number/);
    expect(textual[1].message).toMatch(/retype it as a date/);
  });

  it("say nothing on a user's own sheet, where only the add-in's functions read them", () => {
    const { issues } = validateRange(partners, "Partners", { today });
    expect(issues.filter((i) => /skip text/.test(i.message))).toEqual([]);
  });

  it("leave real numbers, unreadable text and Yes/No alone", () => {
    const foundation = [
      [FOUNDATION.col.initiativeId.name, FOUNDATION.col.target.name, FOUNDATION.col.requirementsAgreed.name],
      ["FOOD-01", "lots", "yes"],
    ];
    const { issues } = validateRange(foundation, "Foundation", { today, trackerTable: true });
    expect(issues.filter((i) => /skip text/.test(i.message))).toEqual([]);
    expect(issues.some((i) => i.column === FOUNDATION.col.target.name && i.severity === "error")).toBe(true);
  });
});
