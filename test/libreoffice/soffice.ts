import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Matrix } from "../../src/core";
import { sliceCells, type WorkbookData } from "../../src/cli/xlsxReader";
import { TABS, type TabName } from "../../src/schema";

/**
 * LibreOffice (Debian `libreoffice-calc-nogui`) as a second spreadsheet engine. Headless
 * conversion prints cached values unless the profile forces recalculation on load, so each run
 * gets a throwaway profile whose registrymodifications.xcu says so (or, for a control, does not).
 */
export const SOFFICE = process.env.SOFFICE ?? "soffice";

export function sofficeVersion(): string | undefined {
  const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A fresh user profile; with `recalculate`, OOXML and ODF files are always recalculated on load. */
export function makeProfile(dir: string, recalculate: boolean): string {
  const user = path.join(dir, "user");
  fs.mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      (recalculate ? `${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n` : "") +
      `</oor:items>\n`,
  );
  return dir;
}

/**
 * Opens each input in LibreOffice and saves it as .xlsx into `outDir` (one soffice run for all of
 * them: about a second each). Returns the output paths, in input order.
 */
export function convertToXlsx(inputs: readonly string[], outDir: string, profile: string, infilter?: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const args = [
    "--headless",
    "--norestore",
    "--nolockcheck",
    `-env:UserInstallation=file://${profile}`,
    ...(infilter ? [`--infilter=${infilter}`] : []),
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...inputs,
  ];
  const r = spawnSync(SOFFICE, args, { encoding: "utf8", timeout: 180_000 });
  const outputs = inputs.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.xlsx`));
  const missing = outputs.filter((f) => !fs.existsSync(f));
  if (r.status !== 0 || missing.length > 0) {
    throw new Error(
      `soffice failed (status ${r.status}${r.error ? `, ${r.error.message}` : ""}); missing ${missing.join(", ")}\n${r.stdout}\n${r.stderr}`,
    );
  }
  return outputs;
}

/** The tables as LibreOffice saved them, as Excel would hand them to PARTNERS.* (header row included). */
export function tablesOf(wb: WorkbookData): Record<TabName, Matrix> {
  const out = {} as Record<TabName, Matrix>;
  for (const tab of TABS) {
    const sheet = wb.sheets.find((s) => s.name === tab.name);
    const table = sheet?.tables.find((t) => t.name === tab.table);
    if (!sheet || !table) throw new Error(`LibreOffice lost ${tab.table}`);
    out[tab.name] = sliceCells(sheet.cells, table.top, table.left, table.bottom, table.right);
  }
  return out;
}
