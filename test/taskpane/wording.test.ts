import { mapHeaders, mappingFromPairs, validateRange } from "../../src/core";
import { cliWording } from "../../src/cli/report";
import { errorMessage } from "../../src/taskpane/dom";
import { paneWording } from "../../src/taskpane/wording";

/** The message the core throws for `f`. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("nothing thrown");
}

/**
 * The core's messages say how to make a mapping in the functions' words (the `mapping` argument); the
 * pane says its own way, as the command line says --tab and --map.
 */
describe("the core's words for a mapping, as the task pane says them", () => {
  const ledger = [
    ["Who", "How much", "When"],
    ["Harbor Bank", 25000, "2024"],
  ];

  it("says to map the columns in the editor below the status, or in Use an existing sheet elsewhere", () => {
    const message = thrown(() => mapHeaders(ledger));
    expect(message).toMatch(/\(the `mapping` argument\)\.$/); // the core's, for the functions
    expect(paneWording(message, "below")).toBe(message.replace(" (the `mapping` argument).", " below."));
    expect(paneWording(message)).toMatch(/, or map the columns in Use an existing sheet\.$/);
    // The pane's errors are said so wherever they are shown; the command line keeps its own words.
    expect(errorMessage(new Error(message), "below")).toBe(paneWording(message, "below"));
    expect(cliWording(message)).toMatch(/\(--tab and --map\)\.$/);
  });

  it("says to leave a column out with the editor's (ignore), not the functions' Ignore", () => {
    const sectors = [
      ["Partner", "Sector", "Committed"],
      ...["Arts", "Health", "Sport", "Youth work", "Heritage"].map((s, i) => [`Org ${i}`, s, 1000 * (i + 1)]),
    ];
    const message = validateRange(sectors, "Partners").issues.find((i) => /values of its own/.test(i.message))!.message;
    expect(message).toMatch(/\(map "Sector" to Ignore\)\.$/);
    expect(paneWording(message, "above")).toMatch(
      /leave the column out of the mapping \(set "Sector" to \(ignore\) above\)\.$/,
    );
  });

  it("says a header row further down as the editor's Headers on row N", () => {
    const below = [
      ...Array.from({ length: 4 }, (_, i) => [`note ${i + 1}`]),
      ["Who", "How much"],
      ["Harbor Bank", 25000],
    ];
    // (Read from a range whose first rows are further down than the 20 searched.)
    const long = [...Array.from({ length: 30 }, (_, i) => [`line ${i + 1}`, i]), ...below];
    const message = thrown(() =>
      mappingFromPairs(long, "Partners", [
        ["Who", "Partner"],
        ["How much", "Committed"],
      ]),
    );
    expect(message).toMatch(/start the range at it\.$/);
    const row = long.length - 1; // the header row, 1-based
    expect(paneWording(message, "below")).toMatch(
      `on row ${row}, under ${row - 1} rows — say "Headers on row ${row}" below (the rows above it are not read).`,
    );
  });

  it("says another table under the one read is checked on its own by the editor's Headers on row N", () => {
    // A helper's brief: the pane's user was told "select it, or copy it to a sheet of its own", where the
    // pane's own control is "Headers on row"; the command line says its --header-row.
    const stacked = [
      ["Awards by funder"],
      [],
      ["", "Funder:Name", "Amount Awarded", "percent"],
      [0, "Alder Trust", 600000, 60],
      [1, "Birch Fund", 300000, 30],
      [2, "others", 100000, 10],
      [],
      ["By programme"],
      [],
      ["", "Programme", "Amount Awarded", "percent"],
      [0, "Recovery Fund", 700000, 70],
      [1, "General grants", 300000, 30],
    ];
    const mapping = mappingFromPairs(stacked, "Partners", [["Funder:Name", "Partner"]]);
    const message = validateRange(stacked, "Partners", { mapping }).issues.find(
      (i) => i.rule === "leftOut.table",
    )!.message;
    expect(paneWording(message, "above")).toMatch(/ — check that table on its own: say "Headers on row 10" above\.$/);
    expect(paneWording(message)).toMatch(/say "Headers on row 10" in Use an existing sheet\.$/);
    expect(paneWording(message)).not.toMatch(/select it|copy it/);
    expect(cliWording(message)).toMatch(/ — check that table on its own with --header-row 10\.$/);
    expect(cliWording(message, "y2016")).toMatch(/ with --sheet "y2016" --header-row 10\.$/);
  });
});
