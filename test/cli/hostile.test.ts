import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HOSTILE, partnersRows, workbook } from "../fixtures/hostile/generators";
import { ROOT, tempDir } from "./helpers";

/**
 * Every hostile kind the red-team pass found (issue 14), generated small, through the real
 * `check` in a child process held to 20 s and a 1 GB heap: the answer is an exit code and a
 * sentence, never a hang, an abort or a stack trace, and the peak memory stays under 1 GB.
 */
const SECONDS = 20;
const MEGABYTES = 1024;

describe("check on hostile and broken files", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("hostile");
    // Compile the command once, so the first case's time is its own.
    spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), "--version"]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(HOSTILE.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const file = c.make(dir);
    const usageFile = path.join(dir, `${path.basename(file)}.usage.json`);
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${MEGABYTES}`,
        "--require",
        path.join(ROOT, "test", "fixtures", "resourceUsage.js"),
        path.join(ROOT, "bin", "partnership-tracker.js"),
        "check",
        file,
        "--today",
        "2026-06-01",
      ],
      { encoding: "utf8", timeout: SECONDS * 1000, env: { ...process.env, RESOURCE_USAGE_FILE: usageFile } },
    );
    const output = `${r.stdout}\n${r.stderr}`;
    expect({ timedOut: r.error?.message, signal: r.signal }).toEqual({ timedOut: undefined, signal: null });
    expect((Date.now() - started) / 1000).toBeLessThan(SECONDS);
    expect(output).toMatch(c.message);
    expect(r.status).toBe(c.code);
    expect(output).not.toMatch(/Unexpected failure|\n\s+at .+[:(]\d+:\d+\)?\n|FATAL ERROR/);
    const usage = JSON.parse(fs.readFileSync(usageFile, "utf8")) as { maxRssMB: number };
    expect(usage.maxRssMB).toBeLessThan(MEGABYTES);
  });
});

describe("--sheet NAME on a workbook with a sheet it could not read", () => {
  it("is could not read (exit 2) in check, summary and new --from: the sheet not read may be the one named", () => {
    const dir = tempDir("hostile-sheet");
    try {
      fs.writeFileSync(
        path.join(dir, "partial.xlsx"),
        workbook({ sheets: { Partners: partnersRows().join(""), Assets: undefined } }),
      );
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), ...args], {
          cwd: dir,
          encoding: "utf8",
        });
      for (const args of [
        ["check", "partial.xlsx"],
        ["summary", "partial.xlsx"],
        ["new", "--from", "partial.xlsx", "out.xlsx"],
      ]) {
        const r = run(...args, "--sheet", "Assets");
        expect(r.stderr).toContain('no sheet named "Assets": its sheets are "Partners"');
        expect(r.stderr).toMatch(/Sheet "Assets": its part .* is missing from the package/);
        expect(r.status).toBe(2);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("summary on a workbook it cannot read whole", () => {
  it("gives the figures it could compute, says what it did not read, and exits 2", () => {
    const dir = tempDir("hostile-summary");
    try {
      const file = path.join(dir, "partial.xlsx");
      const rows = partnersRows();
      fs.writeFileSync(file, workbook({ sheets: { Partners: rows.join(""), Assets: undefined } }));
      const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), "summary", file], {
        encoding: "utf8",
      });
      expect(r.stderr).toMatch(
        /Not read from .*partial\.xlsx[^]*Sheet "Assets": its part .* is missing from the package/,
      );
      expect(r.stdout).toMatch(/Sector/);
      expect(r.status).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
