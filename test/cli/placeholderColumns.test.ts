import * as fs from "fs";
import * as path from "path";
import { issues, validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * An asset register whose cost column is `TBD` on every row (corpus round jo D8, real: Eudlo's asset
 * register, `replacement_cost` TBD on all 22 assets, read as Estimated value and not a word said — the
 * register read as one with values unset, where it says none is known yet). Invented assets in that
 * register's layout: snake_case headers, `TBD` in most columns.
 */
const REGISTER = [
  ["asset_id", "asset_name", "category", "replacement_cost", "supplier", "notes"],
  ["BLD-001", "Workshop", "Infrastructure", "TBD", "TBD", "Main workshop"],
  ["BLD-002", "Store Shed", "Infrastructure", "TBD", "TBD", "Storage"],
  ["MAC-001", "Lathe", "Equipment", "TBD", "TBD", "Second hand"],
  ["MAC-002", "Generator", "Equipment", "TBD", "TBD", "Backup power"],
];

const NULL = null as unknown as string;

describe("an optional column that is a placeholder on every row", () => {
  it("is said once for the column at check, not once a row", async () => {
    const dir = tempDir("placeholder-columns");
    fs.writeFileSync(path.join(dir, "assets.csv"), REGISTER.map((r) => r.join(",")).join("\n") + "\n");
    const said = (await runMain(["check", "assets.csv"], dir)).stdout.replace(/\s+/g, " ");
    expect(said).toContain("replacement_cost → Estimated value");
    expect(said).toContain('replacement_cost is "TBD" on all 4 rows: no Estimated value is known yet.');
    expect(said.split("no Estimated value is known yet").length).toBe(3); // the issue and its problem line
  });

  it("is one warning in every door, and no error", () => {
    const rows = validate(REGISTER, "Assets", NULL as unknown as string[][]).slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      [2, "replacement_cost", "warning", "placeholders.estimatedValue"],
    ]);
    expect(issues(REGISTER, "Assets", "error", NULL as unknown as string[][])).toBe(0);
  });

  it("is not said where one row has a value, and says none is given where the placeholders say none applies", () => {
    const oneValue = REGISTER.map((r, i) => (i === 3 ? [...r.slice(0, 3), "12000", ...r.slice(4)] : r));
    expect(validate(oneValue, "Assets", NULL as unknown as string[][]).slice(1)[0][3]).toBe(
      "No issues found: 4 Assets rows checked.",
    );
    const none = REGISTER.map((r, i) => (i === 0 ? r : [...r.slice(0, 3), "N/A", ...r.slice(4)]));
    expect(validate(none, "Assets", NULL as unknown as string[][]).slice(1)[0][3]).toBe(
      'replacement_cost is "N/A" on all 4 rows: no Estimated value is given.',
    );
  });
});
