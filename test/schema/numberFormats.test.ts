/**
 * Number formats that Excel shows as users expect. Excel shows a whole number with a trailing
 * point under a format whose decimals are all optional (`#,##0.##` → "1,200.", issue 11; LibreOffice
 * hides the point, so its output cannot catch this): such a format may only apply to non-integers.
 */
import { numberFormatOf, TABS } from "../../src/schema";
import { numberDisplayRules } from "../../src/model";

/** A section of a format code whose decimals are only optional digits: a whole number keeps the point. */
const trailingPoint = (format: string) =>
  format.split(";").some((section) => /\.#+(?![0#])/.test(section.replace(/"[^"]*"/g, "")));

describe("number formats", () => {
  const columns = TABS.flatMap((t) => t.columns.map((c) => ({ tab: t.name, c })));

  test("no column's own format shows a whole number with a trailing point", () => {
    for (const { tab, c } of columns) {
      const f = numberFormatOf(c);
      if (f)
        expect({ tab, column: c.name, trailing: trailingPoint(f) }).toEqual({ tab, column: c.name, trailing: false });
    }
    expect(trailingPoint("#,##0.##")).toBe(true);
    expect(trailingPoint("#,##0.##########")).toBe(true);
    expect(trailingPoint("#,##0.00")).toBe(false);
  });

  test("plain numbers: General underneath; 1,200 for whole numbers from 1,000; 1,200.5 only for non-integers", () => {
    const numbers = columns.filter(({ c }) => c.type === "number" && c.format === undefined);
    expect(numbers.length).toBeGreaterThan(0);
    for (const { c } of numbers) {
      expect(numberFormatOf(c)).toBe("General");
      const rules = numberDisplayRules(c, "H2");
      expect(rules.map((r) => r.numberFormat)).toEqual(["#,##0", "#,##0.##########"]);
      for (const r of rules) {
        // A rule with optional-only decimals must exclude whole numbers, or Excel shows "1,200.".
        if (trailingPoint(r.numberFormat)) expect(r.formula).toContain("MOD(H2,1)<>0");
        else expect(r.formula).toContain("MOD(H2,1)=0");
      }
    }
    expect(numberDisplayRules(TABS[0].columns[0], "A2")).toEqual([]);
  });
});
