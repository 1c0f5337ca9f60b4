import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LISTS } from "../../src/schema";
import { handMadeXlsx, ROOT, tempDir } from "./helpers";

/**
 * A 100,000-row partner sheet (a plain sheet, the user's own headers) through the real command:
 * it finishes, reports exactly the planted errors with their worksheet rows, and shows progress
 * on stderr. Generated as raw sheet XML, so the test spends its time in `check`, not in a writer.
 */
const ROWS = 100_000;
const BAD_EVERY = 1000;

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

function bigSheet(): string {
  const parts: string[] = [];
  const header = ["Organization", "Type", "Pledge", "Amount received", "Partner status", "MOU signed?"];
  parts.push(`<row r="1">${header.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join("")}</row>`);
  const sectors = LISTS.sector.values;
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    const pledge = r % BAD_EVERY === 0 ? -1 : 1000 + (i % 500);
    parts.push(
      `<row r="${r}">${inline(`A${r}`, `Partner ${i}`)}${inline(`B${r}`, sectors[i % sectors.length].replace("&", "&amp;"))}` +
        `<c r="C${r}"><v>${pledge}</v></c><c r="D${r}"><v>0</v></c>${inline(`E${r}`, "Prospect")}${inline(`F${r}`, "No")}</row>`,
    );
  }
  return parts.join("");
}

describe("check on a 100,000-row sheet", () => {
  let dir: string;
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("finishes, with progress on stderr, and reports exactly the planted errors", () => {
    dir = tempDir("large");
    const file = path.join(dir, "partners-100k.xlsx");
    fs.writeFileSync(file, handMadeXlsx({ Pledges: bigSheet() }));

    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), "check", file, "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).toBe(1);
    const { issues, summary } = JSON.parse(r.stdout);
    expect(summary.sheets).toEqual([expect.objectContaining({ sheet: "Pledges", tab: "Partners", rows: ROWS })]);
    const expectedRows = Array.from({ length: ROWS }, (_, i) => i + 2).filter((row) => row % BAD_EVERY === 0);
    expect(issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual(
      expectedRows.map((row) => [row, "Pledge"]),
    );
    expect(r.stderr).toMatch(/Reading Pledges: [\d,]+ rows/);
    expect(r.stderr).toMatch(/Checking Pledges \(Partners, 100,000 rows\)/);
    expect(r.stderr).toMatch(/Checked in [\d.]+ s/);
    expect(seconds).toBeLessThan(60); // about 3 s on a 2-core machine
  });
});
