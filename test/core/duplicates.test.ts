import { DuplicateFinder } from "../../src/core/duplicates";

/** Feeds texts in order; returns, per text, the 0-based index where its key was first seen (or -). */
function firsts(compare: "normalize" | "trimCase", texts: string[], expected = 1): (number | "-")[] {
  const finder = new DuplicateFinder(compare, (row) => texts[row], expected);
  return texts.map((t, row) => finder.firstRowOf(t, row) ?? "-");
}

describe("duplicate keys", () => {
  it("compare Partner names ignoring case, spaces and punctuation", () => {
    expect(firsts("normalize", ["Fresh Air Fund", "fresh-air  FUND", "Fresh Air Fund Inc", "FRESHAIRFUND"])).toEqual([
      "-",
      0,
      "-",
      0,
    ]);
  });

  it("handle other scripts with the Unicode-aware rule, and symbols that normalise to ASCII", () => {
    expect(firsts("normalize", ["Café Nour", "cafe nour", "CAFÉ-NOUR", "Acme™", "ACME", "Ünïcödé", "ünïcödé"])).toEqual(
      [
        "-",
        "-", // é is a letter, not a spelling of e
        0,
        "-",
        3,
        "-",
        5,
      ],
    );
  });

  it("never call punctuation-only or blank keys duplicates", () => {
    expect(firsts("normalize", ["—", "—", "  ", "..."])).toEqual(["-", "-", "-", "-"]);
  });

  it("compare Initiative IDs ignoring case and outer spaces only", () => {
    expect(firsts("trimCase", ["FOOD-01", " food-01 ", "FOOD01", "FOOD 01"])).toEqual(["-", 0, "-", "-"]);
  });

  it("stay exact when the table grows far beyond its first size", () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Partner ${i % 2500}`);
    const result = firsts("normalize", texts, 1);
    expect(result.slice(0, 2500).every((r) => r === "-")).toBe(true);
    expect(result.slice(2500)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
  });
});
