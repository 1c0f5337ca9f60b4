import { mappingFromPairs, summarizePartners, validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round fn D3 (real: Toulouse's grants, `type` of 33 legal forms): a Sector column mixing words
 * the tracker reads (`Association loi 1901` → Nonprofit, `Collectivité territoriale` → Government) with
 * many it does not. The known ones are read as their listed values, each with its "listed spelling"
 * warning, and only the others are said as the column's own; the summary groups the known ones under
 * the listed value. (Invented organisations and figures, the register's layout and words.)
 */
const REGISTER: Cell[][] = [
  ["Partner", "Sector", "Committed"],
  ["Amicale des Quartiers Nord", "Association loi 1901", 5000],
  ["Club Sportif des Ponts", "Association loi 1901", 7500],
  ["Théâtre du Canal", "Association loi 1901", 3000],
  ["Commune de Saint-Aubin", "Collectivité territoriale", 40000],
  ["Atelier Brique SAS", "Société par actions simplifiée (SAS)", 2500],
  ["Lumière Verte SAS", "Société par actions simplifiée (SAS)", 3000],
  ["Boulangerie Roux SARL", "Société à responsabilité limitée (SARL)", 3500],
  ["Coopérative du Midi", "Société coopérative (SCOP)", 1200],
  ["Conseil Durand EURL", "Entreprise unipersonnelle à responsabilité limitée (EURL)", 900],
  ["Transports Garonne SA", "Société Anonyme (SA)", 50000],
  ["Aménagement Sud SEM", "Société d'économie mixte (SEM)", 60000],
  ["Institut des Eaux", "Établissement public", 70000],
];

describe("a Sector column of values of its own beside words the tracker reads", () => {
  it("reads the known ones as their listed values and says only the others as the column's own", () => {
    const said = validateRange(REGISTER, "Partners", { today: TODAY })
      .issues.filter((i) => i.column === "Sector")
      .map((i) => [i.severity, i.rows, i.message]);
    expect(said).toHaveLength(3);
    expect(said).toContainEqual([
      "warning",
      3,
      expect.stringContaining(
        '"Association loi 1901" in 3 rows (2, 3, 4) — read as "Nonprofit": use the listed spelling "Nonprofit"',
      ),
    ]);
    expect(said).toContainEqual([
      "warning",
      1,
      expect.stringContaining(
        '"Collectivité territoriale" — read as "Government": use the listed spelling "Government"',
      ),
    ]);
    const own = said.find(([, , m]) => String(m).includes("values of its own"));
    expect(own?.[1]).toBe(8);
    expect(own?.[2]).toMatch(/^Sector holds values of its own, besides those read as the tracker's: 7 values \(/);
    expect(own?.[2]).not.toContain("Association loi 1901");
    // Not "leave the column out": the mapping's Ignore would lose the values read too (a helper's brief).
    expect(own?.[2]).toMatch(
      /Change each to one of these; keep the column mapped, as its other values are read already \(leaving it out loses them too\)\.$/,
    );
    expect(own?.[2]).not.toContain("Ignore");
  });

  it("groups the known ones under the listed value in the summary", () => {
    const rows = summarizePartners(REGISTER, "Sector").rows.map((r) => [r.group, r.partners, r.committed]);
    expect(rows).toContainEqual(["Nonprofit", 3, 15500]);
    expect(rows).toContainEqual(["Government", 1, 40000]);
    expect(rows.map(([g]) => g)).not.toContain("Association loi 1901");
  });

  it("says a typology of many kinds its own though its known kinds fill most rows: no error per kind", () => {
    // Corpus round gn D2 (real: NEH's grants, `OrganizationType` of some 40 kinds beside University and
    // Four-Year College, read as Academic on 581 of 1,012 rows): 26 errors, one per kind of its own.
    const kinds = ["General Museum", "Archive", "Historical Society", "Publishing", "State Humanities Council"];
    const more = ["Art Museum", "Botanical Garden", "Radio", "Professional Association", "Historic Site", "Press"];
    const ledger: Cell[][] = [["Institution", "OrganizationType", "Award Amount"]];
    for (let i = 0; i < 30; i++) ledger.push([`University ${i}`, i % 2 ? "University" : "Four-Year College", 1000 + i]);
    [...kinds, ...more].forEach((kind, i) => ledger.push([`Body ${i}`, kind, 500 + i]));
    const said = validateRange(ledger, "Partners", { today: TODAY }).issues.filter(
      (i) => i.column === "OrganizationType",
    );
    expect(said.filter((i) => i.severity === "error")).toEqual([]);
    const own = said.find((i) => i.message.includes("values of its own"));
    expect(own?.rows).toBe(11);
    expect(own?.message).toMatch(/besides those read as the tracker's: 11 values/);
    // The known kinds still read as Academic in the summary; a few rows of their own stay errors each.
    const rows = summarizePartners(ledger, "Sector").rows.map((r) => [r.group, r.partners]);
    expect(rows).toContainEqual(["Academic", 30]);
    const few = ledger.filter((r) => !more.includes(String(r[1])));
    const errors = validateRange(few, "Partners", { today: TODAY }).issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.column)).toEqual(Array(kinds.length).fill("OrganizationType"));
  });

  it("keeps a column with none known, or one stray code, as values of its own, none of them the tracker's", () => {
    const none = REGISTER.filter((r) => !/^(?:Association|Collectivité)/.test(String(r[1])));
    const stray = [...none, ["Académie Régionale", "ACADEMY", 800]];
    for (const sheet of [none, stray]) {
      const sector = validateRange(sheet, "Partners", { today: TODAY }).issues.filter((i) => i.column === "Sector");
      expect(sector.map((i) => i.message)).toEqual([
        expect.stringMatching(/^Sector holds values of its own, none of them the tracker's: /),
      ]);
    }
  });

  it("offers to leave out a column whose header heads two by its place, as the mapping takes it", () => {
    // Corpus round fn D1: a note's --map naming a repeated header bare is refused (exit 3).
    const twice: Cell[][] = [
      ["Partner", "Type", "Type", "Committed"],
      ["Alpha Org", "Member", "Unit A1", 100],
      ["Beta Org", "Member", "Unit B2", 200],
      ["Gamma Org", "Guest", "Unit C3", 300],
    ];
    const mapping = mappingFromPairs(twice, "Partners", [
      ["Partner", "Partner"],
      ["Type (2)", "Sector"],
      ["Committed", "Committed"],
    ]);
    const own = validateRange(twice, "Partners", { today: TODAY, mapping }).issues.find((i) => i.column === "Type");
    expect(own?.message).toContain('(map "Type (2)" to Ignore)');
  });
  it("does not call a listed value in lower case one of the column's own", () => {
    // Corpus round hn (real: a transit campaign's stakeholder map, `type` agency, elected, coalition,
    // media and one `business`): "values of its own, none of them the tracker's", quoting "business".
    const stakeholders: Cell[][] = [
      ["Partner", "Sector"],
      ["Transit Board", "agency"],
      ["City Council", "elected"],
      ["Riders Union", "coalition"],
      ["Downtown Business Association", "business"],
      ["Local Newspaper", "media"],
    ];
    const said = validateRange(stakeholders, "Partners", { today: TODAY })
      .issues.filter((i) => i.column === "Sector")
      .map((i) => i.message);
    expect(said).toContainEqual('Sector is "business" — use the listed spelling "Business".');
    const own = said.find((m) => m.includes("values of its own"));
    expect(own).toMatch(/besides those read as the tracker's: 4 values/);
    expect(own).not.toContain("business");
  });
});
