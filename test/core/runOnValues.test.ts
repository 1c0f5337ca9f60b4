import { concentration, mappingFromPairs, summarizePartners, validateRange, type Cell } from "../../src/core";
import { rowsToCopy } from "../../src/core/trackerRows";
import { TODAY } from "./sheets";

/**
 * A CSV whose last column holds names with unquoted commas, as Excel opens it: each such name cut at
 * its comma, the rest in the unheaded columns right of it (real: Berlin's grants ledger, 362 of 2,000
 * names; two organisations read as one partner). Every door reads the name whole (runOnValues.ts).
 */
describe("a name in the last column running on past it (a CSV's comma unquoted)", () => {
  // The range as Excel hands it over (A1:E7): empty cells as "".
  const grants: Cell[][] = [
    ["jahr", "betrag", "name", "", ""],
    [2013, 169144, "Internationaler Bund (IB) Freier Träger der Jugend-", " Sozial- und Bildungsarbeit", ""],
    [2013, 550, "Internationaler Bund (IB) Freier Träger der Jugend-", " Hilfe e. V.", ""],
    [2014, 2676, "1. Fussball-Club Wacker 1921, Lankwitz e. V.", "", ""],
    [2014, 500, "Kiek in e. V.", "", ""],
    [2015, 900, "abw gGmbH", " abw-gemeinnützige Gesellschaft für Arbeit", " Bildung und Wohnen mbH"],
    [2016, 300, "abw gGmbH", "", ""],
  ];
  const run = (matrix: Cell[][], tab = "Partners") => validateRange(matrix, tab, { today: TODAY });

  it("reads it whole for the checks, and says so once", () => {
    const { issues } = run(grants);
    expect(issues.map((i) => [i.row, i.rule, i.severity, i.rows, i.rowNumbers, i.message])).toEqual([
      [
        2,
        "runsOn.partner",
        "warning",
        3,
        [2, 3, 6],
        `3 rows' name runs on past its column (rows 2, 3, 6): read as one name each, "…Jugend-, Sozial- und ` +
          `Bildungsarbeit" — in a CSV, put such names in quotes.`,
      ],
    ]);
    // (Before: 'name "Internationaler Bund (IB) Freier Träger…" is on 2 rows (2, 3): read as one partner'.)
    expect(issues.some((i) => i.rule.startsWith("repeated."))).toBe(false);
  });

  it("counts each organisation once, by its whole name, in SUMMARY and CONCENTRATION", () => {
    const summary = summarizePartners(grants, null);
    expect([summary.total.partners, summary.total.committed]).toEqual([6, 174070]);
    expect(summary.runsOn).toEqual([
      { block: 0, said: expect.stringMatching(/^3 rows' name runs on past its column/) },
    ]);
    expect(concentration(grants)).toBeCloseTo(169144 / 174070, 10);
  });

  it("copies it whole (`new --from`, the task pane's copy)", () => {
    const copy = rowsToCopy(grants, validateRange(grants, "Partners").mapping);
    expect(copy.rows.map((r) => r[0])).toEqual([
      "Internationaler Bund (IB) Freier Träger der Jugend-, Sozial- und Bildungsarbeit",
      "Internationaler Bund (IB) Freier Träger der Jugend-, Hilfe e. V.",
      "1. Fussball-Club Wacker 1921, Lankwitz e. V.",
      "Kiek in e. V.",
      "abw gGmbH, abw-gemeinnützige Gesellschaft für Arbeit, Bildung und Wohnen mbH",
      "abw gGmbH",
    ]);
    expect(copy.runsOn).toMatch(/^3 rows' name runs on past its column/);
    // Reading only: the user's cells are as they were.
    expect(grants[1][2]).toBe("Internationaler Bund (IB) Freier Träger der Jugend-");
    expect(grants[1][3]).toBe(" Sozial- und Bildungsarbeit");
  });

  it("leaves a row that is shifted as it is: text under the amount, a figure past the name", () => {
    const shifted: Cell[][] = [
      ...grants.slice(0, 5),
      [2016, "Dune Co", " Inc.", 400, ""], // a comma in an earlier column: words under betrag
      [2016, 700, "Kite Club", 12, ""], // a figure past the name: no part of it
    ];
    const { issues } = run(shifted);
    expect(issues.find((i) => i.rule === "runsOn.partner")?.rowNumbers).toEqual([2, 3]);
    expect(rowsToCopy(shifted, run(shifted).mapping).rows.map((r) => r[0])).toContain("Inc.");
  });

  it("reads nothing so when every row has cells past the header: a column left unheaded", () => {
    const unheaded: Cell[][] = [
      ["jahr", "betrag", "name"],
      [2013, 100, "Alpha e. V.", "Mitte"],
      [2013, 200, "Beta e. V.", "Pankow"],
    ];
    expect(run(unheaded).issues.filter((i) => i.rule.startsWith("runsOn."))).toEqual([]);
    expect(summarizePartners(unheaded, null).total.partners).toBe(2);
  });

  it("reads another tab's name column so too: a roster's `Smith, John`", () => {
    const roster: Cell[][] = [
      ["Title", "Organization", "Name", ""],
      ["Director", "City Hall", "Smith", " John"],
      ["Clerk", "City Hall", "Smith", " Ann"],
      ["Mayor", "City Hall", "Ada Lovelace", ""],
    ];
    const { issues } = run(roster, "Leadership");
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        "runsOn.name",
        `2 rows' Name runs on past its column (rows 2, 3): read as one name each, "Smith, John" — in a CSV, ` +
          `put such names in quotes.`,
      ],
    ]);
  });
  it("reads a note typed in the column past the last header as a column of its own, not the name's end", () => {
    // A reviewer's repro: a workbook's notes beside its grantees, no header over them — `Acme Foundation,
    // renewed` was read as one name, and the partner's two rows as two partners.
    const grants: Cell[][] = [
      ["Grant ID", "Amount", "Grantee", ""],
      ["G1", 5000, "Acme Foundation", "renewed"],
      ["G2", 7000, "Beta Trust", ""],
      ["G3", 3000, "Gamma Fund", "late report"],
      ["G4", 4000, "Acme Foundation", "new"],
      ["G5", 2500, "Delta Org", ""],
    ];
    expect(run(grants).issues.filter((i) => i.rule.startsWith("runsOn."))).toEqual([]);
    expect(summarizePartners(grants, null).total.partners).toBe(4);
  });

  it("reads nothing so where the mapping names a column past it", () => {
    // (`--map "D=Ignore"` or `D=Notes`: the user has said what that column is.)
    const sheet: Cell[][] = [
      ["jahr", "betrag", "name", ""],
      [2013, 100, "Alpha e. V.", " Mitte"],
      [2013, 200, "Beta e. V.", ""],
      [2014, 300, "Gamma e. V.", ""],
    ];
    for (const target of ["Ignore", "Notes"]) {
      const m = mappingFromPairs(sheet, "Partners", [
        ["name", "Partner"],
        ["betrag", "Committed"],
        ["D", target],
      ]);
      const result = validateRange(sheet, "Partners", { today: TODAY, mapping: m });
      expect([target, result.issues.filter((i) => i.rule.startsWith("runsOn.")).length]).toEqual([target, 0]);
    }
  });
});
