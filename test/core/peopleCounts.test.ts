import * as fs from "fs";
import * as path from "path";
import { mapHeaders, NoHeaderError, type Matrix } from "../../src/core";
import { runMain, tempDir } from "../cli/helpers";

/**
 * A statistics table counting people by sex and age is no sheet of money (corpus round jo D4, real:
 * Spain's registered unemployment, `TOTAL | HOMBRES | MUJERES` under `MENORES DE 25 AÑOS`, hinted
 * "TOTAL holds amounts: map it to Committed" — 3,422,551 people summed as dollars by a user following
 * it). Invented figures and places; the layout copied: titles, group titles over the headers, an
 * unheaded column of places, a national total row.
 */
function byGroups(groups: (string | null)[], headers: string[]): Matrix {
  return [
    [null, null, null, null, null, "Employment Office", null],
    [],
    ["Registered jobseekers by region", null, null, null, null, null, null],
    [],
    ["MARCH 2030", null, null, null, null, null, null],
    [],
    [null, null, ...groups],
    [null, null, ...headers],
    [1, "NORTHSHIRE", 5800, 2500, 3300, 240, 230],
    [2, "EASTVALE", 15600, 6400, 9200, 660, 630],
    [3, "WESTMOOR", 7500, 3100, 4400, 360, 390],
    [null, "TOTAL NATIONAL", 28900, 12000, 16900, 1260, 1250],
  ];
}

function hint(matrix: Matrix): string {
  try {
    mapHeaders(matrix);
  } catch (err) {
    if (err instanceof NoHeaderError) return err.message;
    throw err;
  }
  throw new Error("a header row was found");
}

describe("people counted by sex and age", () => {
  it("offers no amount to map to Committed under sexes and age bands, in English or Spanish", () => {
    expect(
      hint(byGroups(["TOTAL AGE", null, null, "UNDER 25", null], ["TOTAL", "MEN", "WOMEN", "MEN", "WOMEN"])),
    ).not.toMatch(/holds amounts|Committed/);
    expect(
      hint(
        byGroups(
          ["TOTAL EDAD", null, null, "MENORES DE 25 AÑOS", null],
          ["TOTAL", "HOMBRES", "MUJERES", "HOMBRES", "MUJERES"],
        ),
      ),
    ).not.toMatch(/holds amounts|Committed/);
    // Age bands alone, as headers, and a count of persons over the total.
    expect(
      hint(byGroups(["Número de personas", null, null, null, null], ["TOTAL", "16-24", "25-44", "45-64", "65+"])),
    ).not.toMatch(/holds amounts|Committed/);
  });

  it("still offers the total of a table of money by kind as Committed", () => {
    expect(
      hint(byGroups(["FUNDS 2030", null, null, null, null], ["TOTAL", "CAPITAL", "REVENUE", "LOANS", "OTHER"])),
    ).toContain('"TOTAL" holds amounts: map it to Committed');
  });

  it("says the table counts people and that nothing in it is a tracker column, with no hint to map a Partner", async () => {
    const spanish = byGroups(
      ["TOTAL EDAD", null, null, "MENORES DE 25 AÑOS", null],
      ["TOTAL", "HOMBRES", "MUJERES", "HOMBRES", "MUJERES"],
    );
    expect(hint(spanish)).toBe(
      "No Partners header row: row 8 has TOTAL, HOMBRES, MUJERES, HOMBRES, MUJERES — it counts people (HOMBRES, " +
        "MUJERES, TOTAL EDAD, MENORES DE 25 AÑOS: by sex or age), not organisations, people by name or money: none " +
        "of its columns is one the tracker reads.",
    );
    // The command line ends with no --map that leads nowhere: it says so plainly.
    const dir = tempDir("people");
    const csv = spanish.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))).join(",")).join("\n");
    fs.writeFileSync(path.join(dir, "paro.csv"), csv + "\n");
    for (const command of ["check", "summary"]) {
      const { code, stdout, stderr } = await runMain([command, "paro.csv"], dir);
      const said = (stdout + stderr).replace(/\s+/g, " ");
      expect(code).toBe(3);
      expect(said).not.toContain("<your header>");
      expect(said).toContain(
        "Counts of people are no partners and no money: no --tab or --map reads them as a tracker's rows.",
      );
    }
  });
});
