import fc from "fast-check";
import { mayWriteCurrency } from "../../src/core/currencyGate";
import { FIGURE_CURRENCY, currencyInText } from "../../src/core/currencyWords";

/**
 * The gate before currencyInText's pattern may only spare it texts the pattern would refuse: a
 * currency it let slip would print a sheet of pounds in dollars (TypedTable.textCurrency).
 */
describe("the cheap test before a text is read for a currency", () => {
  // Pieces a cell is made of: figures, spaces, the codes and marks in every case, words that end or
  // start like codes, dots, and letters other scripts fold to ASCII (`ſ` is `s`, `K` is `k`).
  const pieces = [
    ..."0123456789",
    " ",
    "  ",
    "\t",
    "\u00a0",
    ".",
    ",",
    "-",
    "(",
    ...["$", "£", "€", "¥", "₹", "US$", "A$", "AU$", "NZ$", "C$", "CA$"],
    ...[
      "USD",
      "usd",
      "Gbp",
      "EUR",
      "eur",
      "CHF",
      "JPY",
      "INR",
      "SEK",
      "nok",
      "DKK",
      "ISK",
      "kr",
      "kr.",
      "KR",
      "RM",
      "rm",
    ],
    ...["Partner", "row", "for", "Note", "euro", "Kč", "zł", "円", "ſ", "\u212a", "Ú", "and below", "k", "m"],
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));

  it("lets through every text whose figure the pattern reads a currency beside", () => {
    fc.assert(
      fc.property(text, (t) => !FIGURE_CURRENCY.test(t) || mayWriteCurrency(t)),
      { numRuns: 20000 },
    );
  });

  it("reads the currencies real sheets write in text, as before", () => {
    expect(currencyInText("£30,000 and below")).toBe("GBP");
    expect(currencyInText("Above €5k")).toBe("EUR");
    expect(currencyInText("EUR 2m match")).toBe("EUR");
    expect(currencyInText("up to $5k")).toBe("USD");
    expect(currencyInText("500 kr.")).not.toBe("");
    expect(currencyInText("RM 1,500 grant")).not.toBe("");
  });

  it("spares the pattern the names and notes that hold a figure and no currency", () => {
    for (const t of ["Partner 12", "Note for row 7", "INIT-40", "contact12@partner12.example.org", "2025-03-01"]) {
      expect(mayWriteCurrency(t)).toBe(false);
      expect(currencyInText(t)).toBe("");
    }
  });
});
