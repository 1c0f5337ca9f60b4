import { validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round jo D7 (real: an Australian property's asset register): its workshop plant — a CNC, a
 * compressor, an edgebander — is filed under `Machinery`, and was an error, "expected one of …,
 * Equipment, …", while `Buildings` beside it was read as Infrastructure. Machinery is equipment to any
 * analyst. (Invented assets, the register's layout and its `TBD` costs.)
 */
const REGISTER: Cell[][] = [
  ["asset_id", "asset_name", "category", "replacement_cost"],
  ["MCH-001", "Router table", "Machinery", "TBD"],
  ["MCH-002", "Air compressor", "Machinery", "TBD"],
  ["PLT-001", "Forklift", "Plant and machinery", "TBD"],
  ["BLD-001", "Workshop", "Buildings", "TBD"],
];

describe("an asset register's Machinery", () => {
  it("is read as the Equipment category, said once as a warning in the listed spelling", () => {
    const said = validateRange(REGISTER, "Assets", { today: TODAY }).issues.filter((i) => i.column === "category");
    const machinery = said.filter((i) => /Machinery|machinery/.test(i.message));
    expect(machinery.length).toBeGreaterThan(0);
    for (const issue of machinery) {
      expect(issue.severity).toBe("warning");
      expect(issue.message).toContain('read as "Equipment"');
    }
    expect(said.every((i) => i.severity === "warning")).toBe(true);
  });
});
