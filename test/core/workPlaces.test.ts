import { mappingFromPairs, summarizePartners, type Cell } from "../../src/core";

/**
 * Round nx D-nx7 (real: Flanders' capital investment plan, invented values copying its layout): summed
 * by agency, the plan's `municipality_codes` — where each project is, several codes in a cell — were
 * read as where each agency is: "2 partners are each on rows of several places … up to 24 partners: tell
 * them apart by name". An agency's works across the region are no sign of two agencies of one name.
 */
const HEADER = ["id", "entiteit", "project", "budget2026", "municipality_codes", "municipality_names"];

const PLAN: Cell[][] = [
  HEADER,
  ["gip-0001", "Agentschap Voorbeeld", "N1 Voorbeeldstad herinrichting", 1000000, "11001", "Voorbeeldstad"],
  ["gip-0002", "Agentschap Voorbeeld", "N2 Proefdorp fietspaden", 500000, "11002;11003", "Proefdorp;Testgem"],
  ["gip-0003", "Agentschap Voorbeeld", "Brug over de Beek", 200000, "11003", "Testgem"],
  ["gip-0004", "Agentschap Voorbeeld", "Rotonde Testgem", 300000, "11004", "Proefhaven"],
  ["gip-0005", "Departement Proef", "Kaaimuur Proefhaven", 3000000, "11004", "Proefhaven"],
  ["gip-0006", "Departement Proef", "Sluis Proefhaven", 800000, "11005;11004", "Sluisdorp;Proefhaven"],
];

function summaryOf(sheet: Cell[][]) {
  return summarizePartners(
    sheet,
    null,
    mappingFromPairs(sheet, "Partners", [
      ["entiteit", "Partner"],
      ["budget2026", "Committed"],
    ]),
  );
}

describe("a column listing where each row's work is (a capital plan's municipality codes)", () => {
  it("says nothing of an agency on rows of several places, and still sums it as one partner", () => {
    const s = summaryOf(PLAN);
    expect(s.total.partners).toBe(2);
    expect(s.places).toBeUndefined();
  });

  it("still asks of a name in several towns where the column holds one town a row", () => {
    // The same sheet with each row's single place: a plain place column beside the partner, read as today.
    const single = PLAN.map((row, r) => (r === 0 ? row : row.map((c, i) => (i >= 4 ? String(c).split(";")[0] : c))));
    expect(summaryOf(single).places).toMatchObject({
      column: "municipality_codes",
      partners: 2,
      example: { name: "Agentschap Voorbeeld", count: 4 },
    });
  });
});
