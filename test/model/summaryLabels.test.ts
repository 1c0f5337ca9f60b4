import { summaryFigures, type Matrix } from "../../src/core";
import { summaryLayout } from "../../src/model";
import { ASSETS, FOUNDATION, LEADERSHIP, PARTNERS, type TabSpec } from "../../src/schema";

/**
 * The Summary counts partners two ways, and each figure says which: the headline counts distinct
 * partners (as PARTNERS.SUMMARY does), the by-sector and by-status blocks count Partners rows, each a
 * partner on one initiative. Both blocks had said "Partners", so one sheet said "Partners 2" above
 * a block whose Total said 3.
 */
const layout = summaryLayout();
const text = (r: number) => layout.rows[r].map((c) => (c && "value" in c ? c.value : undefined));
const rowOf = (value: string) =>
  layout.rows.findIndex((cells) => cells.some((c) => c && "value" in c && c.value === value));

/** A partner on two initiatives, and another on one. */
const partners: Matrix = [
  [PARTNERS.col.partner.name, PARTNERS.col.initiativeId.name, PARTNERS.col.sector.name, PARTNERS.col.committed.name],
  ["Harbor Bank", "PARK-01", "Business", 1000],
  ["harbor bank", "FOOD-01", "Business", 500],
  ["City Food Bank", "FOOD-01", "Nonprofit", 200],
];

describe("the Summary's partner counts", () => {
  it("say what they count: distinct partners in the headline, partnerships by sector and by status", () => {
    expect(text(rowOf("Partners"))[0]).toBe("Partners");
    for (const section of ["Commitments by sector", "Partnerships by status"]) {
      const header = rowOf(section) + (section.startsWith("Commitments") ? 2 : 1);
      expect(text(header)[1]).toBe("Partnerships");
    }
    expect(text(rowOf("Commitments by sector") + 1)[0]).toMatch(
      /^Partnerships: a partner on one initiative \(a partner on two initiatives counts twice here, once in the headline\)\.$/,
    );
  });

  it("and the figures agree with the labels: 2 partners, 3 partnerships, 2 of them Business", () => {
    const headerOnly = (tab: TabSpec): Matrix => [tab.columns.map((c) => c.name)];
    const f = summaryFigures({
      foundation: headerOnly(FOUNDATION),
      assets: headerOnly(ASSETS),
      leadership: headerOnly(LEADERSHIP),
      partners,
    });
    expect(f["partners|"]).toBe(2);
    expect(f["sector.partners|Total"]).toBe(3);
    expect(f["sector.partners|Business"]).toBe(2);
  });
});
