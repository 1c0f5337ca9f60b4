import { summaryLayout } from "../../src/model";

/**
 * The Summary's formulas must compute in Excel 2016 and in LibreOffice 7.4 (SPEC: partners open the
 * workbook without the add-in, on whatever they have). These are the functions that would not:
 * dynamic arrays and later additions show #NAME? in Excel 2016, and IF/IFERROR inside SUMPRODUCT
 * need Ctrl+Shift+Enter there (they would silently take the first row only).
 */
const LATER_THAN_2016 = [
  "LET",
  "LAMBDA",
  "FILTER",
  "UNIQUE",
  "SORT",
  "SORTBY",
  "SEQUENCE",
  "XLOOKUP",
  "XMATCH",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
];

const all = [summaryLayout(), summaryLayout({ partnerCopy: true })].flatMap((l) =>
  l.rows.flat().flatMap((c) => (c?.formula ? [c.formula] : [])),
);

/** The text of each SUMPRODUCT(…) call, balanced parentheses included. */
function sumproducts(formula: string): string[] {
  const out: string[] = [];
  for (let at = formula.indexOf("SUMPRODUCT("); at >= 0; at = formula.indexOf("SUMPRODUCT(", at + 1)) {
    let depth = 0;
    let end = at + "SUMPRODUCT".length;
    for (; end < formula.length; end++) {
      if (formula[end] === "(") depth++;
      if (formula[end] === ")" && --depth === 0) break;
    }
    out.push(formula.slice(at, end + 1));
  }
  return out;
}

describe("the Summary's formulas", () => {
  it("use no function newer than Excel 2016 and no custom function", () => {
    expect(all.length).toBeGreaterThan(12_000);
    const used = new Set(all.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...used].filter((fn) => LATER_THAN_2016.includes(fn) || fn.includes("."))).toEqual([]);
    expect(all.filter((f) => f.includes("@") || f.includes("#"))).toEqual([]); // no implicit intersection, no [#All]
  });

  it("put no IF or IFERROR inside SUMPRODUCT (Excel 2016 would need Ctrl+Shift+Enter)", () => {
    const inside = all.flatMap(sumproducts);
    expect(inside.length).toBeGreaterThan(20);
    expect(inside.filter((s) => /\bIF(ERROR)?\(/.test(s))).toEqual([]);
  });
});
