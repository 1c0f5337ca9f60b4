import fc from "fast-check";
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

  it("compare names after their leading number where the column's names are numbered", () => {
    // Corpus round fk (real): South Africa's lottery payments, one foundation under two project numbers.
    const texts = [
      "104114 - CRIME & DRUGS FREE FOUNDATION",
      "80112-Crime & Drugs Free Foundation",
      "81530: Café Nour",
      "81531 : CAFÉ NOUR",
      "2019-2020 Annual Fund",
      "2021-2022 Annual Fund",
    ];
    const numbered = new DuplicateFinder("normalize", (row) => texts[row]);
    numbered.numbered = true;
    expect(texts.map((t, row) => numbered.firstRowOf(t, row) ?? "-")).toEqual(["-", 0, "-", 2, "-", "-"]);
    // Not numbered, each number makes a name of its own.
    expect(firsts("normalize", texts)).toEqual(["-", "-", "-", "-", "-", "-"]);
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

describe("two-part keys (Partner + Initiative ID)", () => {
  /** The first row of each (name key, initiative key) pair, as a plain map finds it. */
  function reference(names: string[], seconds: string[]): (number | "-")[] {
    const seen = new Map<string, number>();
    return names.map((name, row) => {
      const a = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
      if (a === "") return "-";
      const key = `${a}\u0000${seconds[row].trim().toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row);
      return first ?? "-";
    });
  }

  it("find the first row of the same name and initiative, whatever order and repeats come", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("Acme", "acme", "Food Bank", "FOOD-BANK", "Parks", "—"),
            fc.constantFrom("A-1", " a-1", "B-2", "", "C"),
          ),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 64 }),
        (pairs, expected) => {
          const names = pairs.map((p) => p[0]);
          const seconds = pairs.map((p) => p[1]);
          const finder = new DuplicateFinder(
            "normalize",
            (row) => names[row],
            expected,
            (row) => seconds[row],
          );
          const found = names.map((name, row) => finder.firstRowOfPair(name, row, seconds[row]) ?? "-");
          expect(found).toEqual(reference(names, seconds));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("stay exact over 50,000 rows of ledger repeats, the tables grown from their first size", () => {
    const names = Array.from({ length: 50_000 }, (_, i) => `Partner ${i % 7000}`);
    const seconds = names.map((_, i) => `INIT-${i % 3}`);
    const finder = new DuplicateFinder(
      "normalize",
      (row) => names[row],
      1,
      (row) => seconds[row],
    );
    const found = names.map((name, row) => finder.firstRowOfPair(name, row, seconds[row]) ?? "-");
    expect(found).toEqual(reference(names, seconds));
  });
});
