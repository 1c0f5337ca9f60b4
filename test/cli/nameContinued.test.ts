import { concentration, summary, validate } from "../../src/functions/functions";
import { runOnFile } from "./helpers";

/**
 * A grants list that writes a long name over two columns, `Raison Sociale` and `Raison sociale 2` (a
 * helper's round nx, real: Maine-et-Loire's grants to associations, `COMICE AGRICOLE CANTON` + `NOYANT`
 * / `LION ANGERS` — 15 first halves each covering two or three organisations, counted as one). The
 * second column goes on with the name: two comices of one canton are two partners, in every door.
 * Invented associations, the real file's layout.
 */
const HEADER = ["Année", "Raison Sociale", "Raison sociale 2", "Commune", "Montant attribué"];
const ROWS: (string | number)[][] = [
  [2015, "COMICE AGRICOLE CANTON", "DE NORDVILLE", "NORDVILLE", 500],
  [2015, "COMICE AGRICOLE CANTON", "DE SUDVILLE", "SUDVILLE", 400],
  [2016, "COMICE AGRICOLE CANTON", "DE SUDVILLE", "SUDVILLE", 100],
  [2016, "FOYER RURAL DU PONT", "", "LE PONT", 900],
];

const run = (args: string[], header = HEADER) =>
  runOnFile("subventions.csv", [header, ...ROWS].map((r) => r.join(";")).join("\r\n") + "\r\n", args);

describe("a partner's name continued in a second column", () => {
  it("check reads both columns as the name: only the comice of Sudville is on several rows", async () => {
    const { code, said } = await run(["check"]);
    expect(code).toBe(0);
    expect(said).toContain("Raison Sociale + Raison sociale 2 → Partner");
    expect(said).toContain(
      'Raison Sociale "COMICE AGRICOLE CANTON" with Raison sociale 2 "DE SUDVILLE" is on 2 rows (3, 4)',
    );
    // Organisations, not people: no middle initial asked for.
    expect(said).toContain("If these are different organisations, tell them apart by name.");
  });

  it("reads a second column headed `(suite)` alike", async () => {
    const { said } = await run(["check"], ["Année", "Nom", "Nom (suite)", "Commune", "Montant attribué"]);
    expect(said).toContain("Nom + Nom (suite) → Partner");
    expect(said).toContain('with Nom (suite) "DE SUDVILLE" is on 2 rows (3, 4)');
  });

  it("summary counts three partners, not two", async () => {
    const { code, said } = await run(["summary"]);
    expect(code).toBe(0);
    expect(said).toMatch(/Total 3 1,900/);
  });

  it("SUMMARY and CONCENTRATION count the whole name too", () => {
    const range = [HEADER, ...ROWS];
    const table = summary(range);
    expect(table[table.length - 1].slice(0, 3)).toEqual(["Total", 3, 1900]);
    // The foyer's 900 is the largest partner's, not the canton's 1,000 across two comices.
    expect(concentration(range)).toBeCloseTo(900 / 1900, 6);
    const warnings = validate(range).filter((r) => r[2] === "warning");
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0][3])).toContain('with Raison sociale 2 "DE SUDVILLE"');
  });
});
