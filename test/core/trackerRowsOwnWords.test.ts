import { mapHeaders, validateRange, type Cell } from "../../src/core";
import { rowsToCopy } from "../../src/core/trackerRows";
import { PARTNERS } from "./imports";
import { TODAY } from "./sheets";

/**
 * A copy into the tracker (`new --from`, the task pane's "Copy into tracker") decides a list column's
 * words as the check does: the column as a whole. A column of the user's own words — Frontex's
 * `Unit/Sector` of unit codes (corpus round fi, real) — is copied as written, `ACADEMY` among them,
 * where the check says one "values of its own" warning; read one cell at a time, `ACADEMY` became the
 * Sector list's "Academic".
 */
const sectorAt = PARTNERS.columns.findIndex((c) => c.id === PARTNERS.col.sector.id);

function copiedSectors(sheet: Cell[][]): Cell[] {
  return rowsToCopy(sheet, mapHeaders(sheet, PARTNERS.name)).rows.map((r) => r[sectorAt]);
}

const grants = (sectors: string[]): Cell[][] => [
  ["Beneficiary", "Grant amount", "Sector"],
  ...sectors.map((s, i) => [`Border Agency ${i + 1}`, 1000 * (i + 1), s]),
];

describe("a copy reads a list column's words as the check reads them", () => {
  it("keeps a user's own word the column as a whole does not read as listed (Frontex's ACADEMY)", () => {
    const units = grants(["DMD", "FOU", "ECRET", "DMD", "FOU", "ECRET", "OSD", "OSD", "ACADEMY"]);
    // The check reads the column as the user's own values: one warning, no per-value error for ACADEMY.
    const issues = validateRange(units, PARTNERS.name, { today: TODAY }).issues;
    expect(issues.filter((i) => /values of its own/.test(i.message))).toHaveLength(1);
    expect(issues.some((i) => /ACADEMY/.test(i.message) && !/values of its own/.test(i.message))).toBe(false);
    expect(copiedSectors(units)).toEqual(["DMD", "FOU", "ECRET", "DMD", "FOU", "ECRET", "OSD", "OSD", "ACADEMY"]);
  });

  it("still puts the users' spellings of listed values in the list's form", () => {
    const listed = grants(["academic", "Nonprofit", " Government ", "Business", "nonprofit"]);
    expect(copiedSectors(listed)).toEqual(["Academic", "Nonprofit", "Government", "Business", "Nonprofit"]);
  });
});
