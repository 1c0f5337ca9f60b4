import { validateRange } from "../../src/core";

/**
 * A staff list headed `Post | Name`, as British and Commonwealth institutions head a job (corpus round gn
 * D6, real: a university's cabinet, skipped as "Name alone does not say whether its rows are people or
 * organisations"). Names invented; the layout and header texts copied.
 */
const CABINET = [
  ["Post", "Name"],
  ["1.  President", "Dr Alex Example"],
  ["2.  Provost", "Dr Sam Sample"],
  ["3. Vice-President for Financial Administration", "Dr Kim Invented"],
];

describe("a staff list headed Post and Name", () => {
  it("is checked as Leadership, its Post the Title", () => {
    const result = validateRange(CABINET);
    expect(result.mapping.tab).toBe("Leadership");
    expect(result.mapping.columns.map((c) => [c.header, c.name])).toEqual([
      ["Post", "Title"],
      ["Name", "Name"],
    ]);
    expect(result.issues).toEqual([]);
  });
});
