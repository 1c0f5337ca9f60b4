import { type Matrix } from "../../src/core";
import { sheetNotesOf } from "./sheetNotesOf";

/**
 * The notes a Partners summary says of a sheet are one text for every door (sheetSummaryNotes): the
 * command line names its options, the task pane its mapping above, and the rest is word for word the same.
 */
const SHEET: Matrix = [
  ["Grantee", "Amount", "Fiscal Year"],
  ["Harbor Bank", 25000, "2023"],
  ["Eastside Youth League", 12000, "2024"],
  ["Harbor Bank", 25000, "2024"],
];

function notesFor(door: "cli" | "pane", sheet: Matrix = SHEET): string[] {
  return sheetNotesOf(sheet, door).notes;
}

describe("a sheet's summary notes, door by door", () => {
  it("says the dollars assumed and the years summed, the command line with its --map", () => {
    const cli = notesFor("cli");
    expect(cli).toContainEqual(expect.stringContaining('as does --map "Amount=Committed (£)"'));
    expect(cli).toContainEqual(expect.stringMatching(/^Rows are for 2 years in "Fiscal Year"/));
  });

  it("says the same notes in the pane, a column set in the mapping above where the command line names --map", () => {
    const pane = notesFor("pane");
    expect(pane.join("\n")).not.toMatch(/--[a-z]/);
    // The editor offers no unit (Committed (£)): the pane names only the header that says one.
    // The pane shows the Total alone, never a row per group: no "only the Total row" to explain there.
    expect(notesFor("cli")).toContain("No Sector column: only the Total row.");
    expect(pane.join("\n")).not.toContain("Sector");
    expect(pane).toEqual(
      notesFor("cli")
        .filter((n) => n !== "No Sector column: only the Total row.")
        .map((n) =>
          n
            .replace(/, as does --map "[^"=]*=[^"]*\([^")]*\)"/g, "")
            .replace(/--map "([^"=]*)=([^"]*)"/g, '"$1" set to $2 above')
            .replace(/`check`/g, "Check"),
        ),
    );
    expect(pane).toContainEqual(expect.stringContaining('(a header such as "Amount (£)" says otherwise).'));
    expect(pane.join("\n")).not.toContain("Committed (£)");
  });
});

describe("amounts that are text in the sheet", () => {
  const notes = (amount: string) =>
    notesFor("cli", [
      ["Partner", "Committed"],
      ["Harbor Bank", 1200],
      ["Eastside Youth League", amount],
    ]).find((n) => n.includes("Convert to Number")) ?? "";

  it("offers Excel's Convert to Number as it is: for a figure alone, not one with a remark beside it", () => {
    expect(notes("2,500")).toMatch(/"Convert to Number" makes it a number\.$/);
    // A remark after the amount (real: Japan's subsidy disclosure): converting leaves it text.
    expect(notes("2,500 (revised)")).toMatch(
      /"Convert to Number" makes it a number, once the cell holds its figure alone \(no words beside it\)\.$/,
    );
  });
});

describe("the years note of a register with withheld names", () => {
  it("counts each year's partners as the Total does, a withheld name's row one partner", () => {
    // Corpus round gn (real: Amsterdam's subsidy register): "2016: 1 partner" where the Total counted that
    // year's two private persons, `(Particulier)`, too. Invented rows; the layout and value formats copied.
    const register: Matrix = [
      ["DOSSIERNUMMER", "AANVRAGER", "BEDRAG_VERLEEND", "SUBSIDIEJAAR"],
      ["SBA-000201", "(Particulier)", "1500.00", 2018],
      ["SBA-000202", "(Particulier)", "3000.00", 2018],
      ["SBA-000203", "Stichting Wijkkracht Oost", "2200.00", 2018],
      ["SBA-000204", "(Particulier)", "6000.00", 2019],
      ["SBA-000205", "Stichting Wijkkracht Oost", "900.00", 2019],
      ["SBA-000206", "Vereniging Buurtmoestuin", ".00", 2019],
    ];
    const notes = notesFor("cli", register);
    // 3 withheld + 2 named: the Total's 5.
    expect(notes).toContain(
      "3 of the 5 partners are rows whose Partner name is withheld or not given (such as (Particulier)): each " +
        "counted as one partner, as none can be told to be another.",
    );
    expect(notes).toContain(
      'Rows are for 2 years in "SUBSIDIEJAAR" (2018: 3 partners, 6,700 · 2019: 3 partners, 6,900), and 1 partner ' +
        "has rows in more than one: the totals add up both.",
    );
  });
});
