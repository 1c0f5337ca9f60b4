import { validateRange } from "../../src/core";

/**
 * A date whose year has a figure too many, on a row whose every cell stands in its column (corpus round
 * gn D9, real: Moscow's subsidy register, an xlsx, `08.02.20222`): a mistyped year, not an amount run
 * into the date by a lost separator — a line that lost one ends a cell short, and is still said so.
 * Names and amounts invented.
 */
describe("a date with a year mistyped", () => {
  it("is said to be no date, not figures run on by a lost separator", () => {
    const grants = [
      ["Recipient", "Amount", "Start date", "End date"],
      ["Acme Trust", 1000, "08.02.20222", "31.12.2022"],
      ["Birch Fund", 2000, "01.03.2022", "31.12.2022"],
    ];
    const errors = validateRange(grants).issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.message)).toEqual([
      'Start date is "08.02.20222" — expected a date, like 2024-03-01 or 3/1/2024.',
    ]);
  });

  it("is still figures run on where the row ends a cell short, as a line that lost a separator does", () => {
    const payments = [
      ["Supplier", "Start date", "Amount", "Description"],
      ["Alder Lettings", "04/06/2012", 1200.5, "RENT"],
      ["Alder Lettings", "04/06/2012900", "RENT", null],
    ];
    const errors = validateRange(payments).issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.message)).toContain(
      'Start date holds a date with figures run on after it (such as "04/06/2012900") in 1 row (3): the figures ' +
        "belong in the next column — did the file lose a separator? Fix it there.",
    );
  });
});
