import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readWorkbookFile, type WorkbookData } from "../../src/cli/xlsxReader";
import { summaryFigures, type Cell } from "../../src/core";
import {
  FOUNDATION,
  SAMPLE_DATA,
  SUMMARY_INITIATIVE_ROWS,
  SUMMARY_SHEET,
  TABS,
  type SummaryVariant,
} from "../../src/schema";
import { summaryLayout } from "../../src/model";
import { partText, runMain, tempDir } from "../cli/helpers";
import { generatedTracker, usersSheets } from "./generatedTracker";
import { convertToXlsx, makeProfile, sofficeVersion, tablesOf } from "./soffice";

/**
 * The Done-when of `new --from` and `share`, in a second spreadsheet engine: a tracker built from
 * a generated 1,000-initiative workbook of a user's own sheets, and partner copies of it and of the
 * sample, recalculated by LibreOffice: the Summary lists every initiative and every figure equals
 * the core's over the tables as LibreOffice saved them; no cell anywhere holds an error value.
 */
const version = sofficeVersion();
const ERROR = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)/;

async function run(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const r = await runMain(args, cwd);
  return { code: r.code, out: r.stdout + r.stderr };
}

function mismatches(wb: WorkbookData, variant: SummaryVariant): string[] {
  const m = tablesOf(wb);
  const expected = summaryFigures(
    { foundation: m.Foundation, assets: m.Assets, leadership: m.Leadership, partners: m.Partners },
    variant,
  );
  const summary = wb.sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
  const out: string[] = [];
  summaryLayout(variant).rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell?.figure) return;
      const key = `${cell.figure.metric}|${cell.figure.key ?? ""}`;
      const got: Cell = summary[r]?.[c] ?? "";
      const want = expected[key];
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === want;
      if (!same) out.push(`${key}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    }),
  );
  return out;
}

function errorCells(wb: WorkbookData): string[] {
  const out: string[] = [];
  for (const sheet of wb.sheets) {
    sheet.cells.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (typeof v === "string" && ERROR.test(v)) out.push(`${sheet.name} r${r + 1} c${c + 1}: ${v}`);
      }),
    );
  }
  return out;
}

describe(`new --from and share, recalculated by LibreOffice (${version ?? "soffice not found"})`, () => {
  let dir: string;
  const saved: Record<string, WorkbookData> = {};
  const data = generatedTracker(1000, 11);

  beforeAll(async () => {
    if (!version) throw new Error("LibreOffice (soffice) is not installed: bash scripts/setup.sh installs it");
    dir = tempDir("lo-files");
    const users = new ExcelJS.Workbook();
    for (const s of usersSheets(data)) users.addWorksheet(s.name).addRows(s.rows);
    fs.writeFileSync(path.join(dir, "users.xlsx"), Buffer.from((await users.xlsx.writeBuffer()) as ArrayBuffer));
    expect((await run(["new", "--from", "users.xlsx", "from.xlsx"], dir)).code).toBe(0);
    expect((await run(["share", "from.xlsx", "from-copy.xlsx"], dir)).code).toBe(0);
    expect((await run(["new", "sample.xlsx", "--sample"], dir)).code).toBe(0);
    expect((await run(["share", "sample.xlsx", "sample-copy.xlsx"], dir)).code).toBe(0);
    const names = ["from", "from-copy", "sample-copy"];
    const outputs = convertToXlsx(
      names.map((n) => path.join(dir, `${n}.xlsx`)),
      path.join(dir, "recalculated"),
      makeProfile(path.join(dir, "profile"), true),
    );
    for (const [i, n] of names.entries()) saved[n] = await readWorkbookFile(outputs[i]);
  }, 600_000); // a thousand-initiative workbook, converted on a busy 2-core machine
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("new --from: the Summary lists all 1,000 initiatives and equals the core's figures", () => {
    const wb = saved.from;
    const { first } = summaryLayout().initiativeRows;
    const summary = wb.sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    const ids = summary.slice(first - 1, first - 1 + SUMMARY_INITIATIVE_ROWS).map((r) => r[0]);
    expect(ids).toEqual(data.Foundation.map((r) => r.initiativeId));
    expect(tablesOf(wb).Partners.length - 1).toBe(data.Partners.filter((p) => Object.keys(p).length > 0).length);
    expect(mismatches(wb, {})).toEqual([]);
    expect(errorCells(wb)).toEqual([]);
  });

  it.each(["from-copy", "sample-copy"])(
    "share (%s): no internal column, tables and Summary still work, figures equal the core's",
    (name) => {
      const wb = saved[name];
      const internal = FOUNDATION.columns.filter((c) => c.internal).map((c) => c.name);
      const foundation = tablesOf(wb).Foundation;
      expect(foundation[0].filter((h) => internal.includes(String(h)))).toEqual([]);
      expect(foundation.length - 1).toBe(name === "sample-copy" ? SAMPLE_DATA.Foundation.length : 1000);
      expect(mismatches(wb, { partnerCopy: true })).toEqual([]);
      expect(errorCells(wb)).toEqual([]);
    },
  );

  it("share keeps the dropdowns and checks in the partner copy", () => {
    const copy = path.join(dir, "sample-copy.xlsx");
    const sheets = TABS.map((_, i) => partText(copy, `xl/worksheets/sheet${i + 1}.xml`));
    for (const xml of sheets) {
      expect(xml).toMatch(/<dataValidation [^>]*type="list"/);
      expect(xml).toMatch(/<conditionalFormatting /);
    }
  });
});
