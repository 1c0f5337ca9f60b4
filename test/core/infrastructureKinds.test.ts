import { mapHeaders, validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round gn D5 (real: a city's Lucity asset export): a council's infrastructure register names
 * each asset by its network — Road, Water Pipeline, Streetlight, Bridge, Sewer Line. Its Asset_Type was
 * "not read as Category"; mapped by hand, "values of its own, none of them the tracker's". They are
 * Infrastructure to any city analyst. (Invented asset numbers and places, the export's layout.)
 */
const REGISTER: Cell[][] = [
  ["Asset_ID", "Asset_Type", "Location", "Installation_Date", "Condition"],
  [101, "Road", "Main St", "2018-05-10", "Excellent"],
  [102, "Water Pipeline", "Elm St", "2015-08-22", "Fair"],
  [103, "Streetlight", "Pine Ave", "2020-03-15", "Excellent"],
  [104, "Bridge", "Broadway", "2012-09-05", "Good"],
  [105, "Sewer Line", "Oak St", "2010-01-30", "Poor"],
];

describe("a council's infrastructure register", () => {
  it("reads its asset types as the Infrastructure category, each said once in the listed spelling", () => {
    const mapping = mapHeaders(REGISTER);
    expect(mapping.columns.map((c) => `${c.header} → ${c.name}`)).toContain("Asset_Type → Category");
    const said = validateRange(REGISTER, "Assets", { today: TODAY }).issues.filter((i) => i.column === "Asset_Type");
    expect(said.map((i) => i.severity)).toEqual(Array(5).fill("warning"));
    for (const issue of said) expect(issue.message).toContain('"Infrastructure"');
  });
});
