import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { summaryFigures, type Cell, type Matrix } from "../../src/core";
import { checkWorkbook } from "../../src/cli/check";
import { trackerMatrices } from "../../src/cli/tracker";
import { readWorkbookFile } from "../../src/cli/xlsxReader";
import { trackerXlsxBuffer, type TrackerData } from "../../src/cli/xlsxWriter";
import { SAMPLE_DATA, SUMMARY_INITIATIVE_ROWS, SUMMARY_SHEET, TABS, type TabName } from "../../src/schema";
import { summaryLayout } from "../../src/model";
import { generatedTracker } from "./generatedTracker";
import { ROOT, tempDir } from "../cli/helpers";
import { convertToXlsx, makeProfile, sofficeVersion, tablesOf } from "./soffice";

/**
 * Proof in a real spreadsheet engine: the Summary's native formulas, recalculated by LibreOffice,
 * give exactly the core engine's figures — every figure cell of summaryLayout(), for the sample
 * and for messy data. The files are written with every cached figure deliberately wrong, so a
 * figure that LibreOffice did not recalculate cannot pass.
 */

const POISON = -12345;
const TODAY = 46_351; // 2026-11-25, for the date rules

/** Messy data: blank rows, unlisted and variant spellings, text where numbers belong, orphans. */
const MESSY: TrackerData = {
  Foundation: [
    SAMPLE_DATA.Foundation[0],
    {}, // a blank row between initiatives: the per-initiative block reads rows by position
    ...SAMPLE_DATA.Foundation.slice(1),
    {
      initiativeId: "PARK-02",
      initiative: "Pocket parks",
      problemStatement: "Parks", // not well-defined
      benchmarkMetric: "Parks opened",
      target: 5,
      targetDate: "soon", // text, not a date
      communityEngagement: "Inform",
      pastEffortsReviewed: "Y", // not "Yes" to a native ="Yes"
      politicalDynamics: "   ",
      requirementsAgreed: "yes",
      partnerPrioritiesAcknowledged: "No",
      status: "Active",
    },
  ],
  Assets: [
    ...SAMPLE_DATA.Assets,
    {},
    { asset: "Trucks", initiativeId: "PARK-02", category: "Equipment", needed: 4 },
    { asset: "Mystery", category: "Vehicles", available: 2, needed: 5 },
    { asset: "Volunteers", initiativeId: "park-02", category: "staff", available: 10, needed: 3 },
  ],
  Leadership: SAMPLE_DATA.Leadership,
  Partners: [
    ...SAMPLE_DATA.Partners,
    {},
    {
      partner: "Faith United",
      sector: "Faith-based",
      committed: 25000,
      received: 5000,
      status: "Active",
      initiativeId: "PARK-02",
    },
    { partner: "Lowercase Org", sector: "nonprofit", committed: 1000, status: "active", initiativeId: "park-02" },
    { partner: "Spacey Org", sector: " Nonprofit", committed: 2000, received: 0, status: " Agreed" },
    { partner: "No Money Yet", sector: "Business", status: "Prospect" },
    { partner: "Ghost Fund", sector: "Philanthropy", initiativeId: "NOPE-1", committed: 500, status: "Withdrawn" },
    // The same partner in another initiative, in other case: one partner to the headline.
    { partner: "lowercase org", sector: "Nonprofit", committed: 300, status: "Agreed", initiativeId: "PARK-01" },
    // A name with a wildcard is that name, not a pattern taking in Faith United.
    { partner: "Faith*", sector: "Faith-based", committed: 20000, status: "Active", initiativeId: "PARK-01" },
    // Amounts as text (a pound ledger copied as written, a placeholder): SUM leaves them out, and says so.
    { partner: "Pound Trust", sector: "Philanthropy", committed: "£25,000", received: "TBD", status: "Agreed" },
  ],
};

/** A thousand initiatives: the Summary must list every one of them. */
const GENERATED: TrackerData = generatedTracker(1000);
const DATA: Record<string, TrackerData> = { sample: SAMPLE_DATA, messy: MESSY, generated: GENERATED };

const layout = summaryLayout();
const FIGURE_CELLS = layout.rows.flatMap((cells, r) =>
  cells.flatMap((cell, c) => (cell?.figure ? [{ r, c, key: `${cell.figure.metric}|${cell.figure.key ?? ""}` }] : [])),
);

function poisoned(): Record<string, number> {
  return Object.fromEntries(FIGURE_CELLS.map((f) => [f.key, POISON]));
}

function figuresOf(m: Record<TabName, Matrix>): Record<string, number | string> {
  return summaryFigures({ foundation: m.Foundation, assets: m.Assets, leadership: m.Leadership, partners: m.Partners });
}

/** A Summary cell as LibreOffice left it, compared with the engine's figure: numbers to 1e-9, text exactly. */
function mismatches(summary: readonly (readonly Cell[])[], expected: Record<string, number | string>): string[] {
  const out: string[] = [];
  for (const { r, c, key } of FIGURE_CELLS) {
    const got = summary[r]?.[c] ?? "";
    const want = expected[key];
    const same =
      typeof want === "number" && typeof got === "number"
        ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
        : got === want;
    if (!same)
      out.push(
        `${key} at ${String.fromCharCode(65 + c)}${r + 1}: LibreOffice ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`,
      );
  }
  return out;
}

const version = sofficeVersion();

describe(`the Summary in LibreOffice (${version ?? "soffice not found"})`, () => {
  let dir: string;
  const saved: Record<string, string> = {};
  const written: Record<string, string> = {};

  beforeAll(async () => {
    if (!version)
      throw new Error("LibreOffice (soffice) is not installed: bash scripts/setup.sh installs libreoffice-calc-nogui");
    dir = tempDir("libreoffice");
    const inputs = path.join(dir, "in");
    fs.mkdirSync(inputs);
    for (const [name, data] of Object.entries(DATA)) {
      written[name] = path.join(inputs, `${name}.xlsx`);
      fs.writeFileSync(written[name], await trackerXlsxBuffer({ data, figures: poisoned() }));
    }
    const outputs = convertToXlsx(
      Object.values(written),
      path.join(dir, "recalculated"),
      makeProfile(path.join(dir, "p1"), true),
    );
    Object.keys(written).forEach((name, i) => {
      saved[name] = outputs[i];
    });
  }, 600_000); // a thousand-initiative workbook, converted on a busy 2-core machine
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the cached (wrong) figures without the recalculation profile — so the comparison below proves a recalculation", async () => {
    const [control] = convertToXlsx(
      [written.sample],
      path.join(dir, "cached"),
      makeProfile(path.join(dir, "p2"), false),
    );
    const summary = (await readWorkbookFile(control)).sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    const kept = FIGURE_CELLS.filter(({ r, c }) => summary[r]?.[c] === POISON).length;
    expect(kept).toBe(FIGURE_CELLS.length);
  });

  it.each(Object.keys(DATA))("computes every %s Summary figure exactly as the core engine does", async (name) => {
    const data = DATA[name];
    const wb = await readWorkbookFile(saved[name]);
    const summary = wb.sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    expect(FIGURE_CELLS.length).toBeGreaterThan(SUMMARY_INITIATIVE_ROWS * 12);
    expect(FIGURE_CELLS.filter(({ r, c }) => summary[r]?.[c] === POISON)).toEqual([]);

    // The engine over the data the writer wrote …
    expect(mismatches(summary, figuresOf(trackerMatrices(data)))).toEqual([]);
    // … and over the tables as LibreOffice saved them (what Excel would hand PARTNERS.*).
    expect(mismatches(summary, figuresOf(tablesOf(wb)))).toEqual([]);
    // The comparison tells datasets apart: the other dataset's figures do not pass.
    const other = trackerMatrices(name === "sample" ? MESSY : SAMPLE_DATA);
    if (name === "generated") {
      // Every one of the thousand initiatives is listed, in Foundation's order.
      const { first } = layout.initiativeRows;
      const ids = summary.slice(first - 1, first - 1 + SUMMARY_INITIATIVE_ROWS).map((r) => r[0]);
      expect(ids).toEqual(GENERATED.Foundation!.map((r) => r.initiativeId));
    }
    expect(mismatches(summary, figuresOf(other)).length).toBeGreaterThan(20);
  });

  it.each(Object.keys(DATA))("shows no error value anywhere in the recalculated %s workbook", async (name) => {
    const errors: string[] = [];
    for (const sheet of (await readWorkbookFile(saved[name])).sheets) {
      sheet.cells.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (typeof v === "string" && /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)/.test(v))
            errors.push(`${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}: ${v}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  it("recalculates the derived columns (Kind, Gap) in every row", async () => {
    const assets = tablesOf(await readWorkbookFile(saved.messy)).Assets;
    const header = assets[0];
    const col = (name: string) => header.indexOf(name);
    for (const row of assets.slice(1)) {
      const category = row[col("Category")];
      const [needed, available] = [row[col("Needed")], row[col("Available")]];
      const blank = (v: Cell) => v === null || v === undefined || v === "";
      expect(row[col("Kind")] ?? "").toBe(
        blank(category)
          ? ""
          : ["expertise", "data & technology"].includes(String(category).toLowerCase())
            ? "Expertise"
            : "Tangible",
      );
      expect(row[col("Gap")] ?? "").toBe(
        blank(needed) && blank(available) ? "" : Math.max(0, Number(needed ?? 0) - Number(available ?? 0)),
      );
    }
  });

  it("still reads a workbook LibreOffice saved: check finds the same issues in the same rows", async () => {
    for (const name of ["sample", "messy"]) {
      const before = checkWorkbook(await readWorkbookFile(written[name]), { today: TODAY });
      const after = checkWorkbook(await readWorkbookFile(saved[name]), { today: TODAY });
      expect(after.blocks.map((b) => [b.sheet, b.table, b.rows])).toEqual(
        before.blocks.map((b) => [b.sheet, b.table, b.rows]),
      );
      expect(after.issues).toEqual(before.issues);
      expect(after.crossCheck.ran).toBe(true);
      if (name === "messy") expect(after.errors).toBeGreaterThan(0);
    }
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "partnership-tracker.js"), "check", saved.sample, "--json", "--today", "2026-11-25"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.sheets).toHaveLength(TABS.length);
  });
});
