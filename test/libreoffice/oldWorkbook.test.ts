import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "../cli/helpers";
import { SOFFICE, makeProfile, sofficeVersion } from "./soffice";

/**
 * An old-format .xls (Excel 97–2003), as many portals still publish them, read by `check` and
 * `summary` through LibreOffice (src/cli/oldWorkbook.ts): the same mapping, issues and figures as the
 * same rows in a CSV, a note saying how it was read, the file left as it was and no copy left behind.
 * The .xls is made here by LibreOffice from the CSV (Excel's own output cannot be made on this machine).
 */
const LEDGER = [
  "Partner,Sector,Committed,Received",
  "Riverside Food Bank,Nonprofit,12000,4000",
  "Acme Builders,Business,50000,50000",
  "Riverside Food Bank,Nonprofit,3000,",
  "City Library Friends,Nonprofit,2500,2500",
  "Total,,67500,56500",
  "",
].join("\n");

/** `csv` saved by LibreOffice as an Excel 97–2003 workbook named `name`. */
function xlsOf(csv: string, dir: string, name: string): string {
  const source = path.join(dir, "ledger.csv");
  fs.writeFileSync(source, csv);
  const out = path.join(dir, "made");
  const r = spawnSync(
    SOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${makeProfile(path.join(dir, "profile"), false)}`,
      "--convert-to",
      "xls:MS Excel 97",
      "--outdir",
      out,
      source,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  const made = path.join(out, "ledger.xls");
  if (!fs.existsSync(made)) throw new Error(`soffice made no .xls (status ${r.status}): ${r.stdout}${r.stderr}`);
  const target = path.join(dir, name);
  fs.renameSync(made, target);
  return target;
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The command line run with `env` set for the run (restored after). */
async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Running (or sleeping): not gone, nor a zombie killed and waiting for init to reap it (Linux's /proc). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("an old-format .xls workbook", () => {
  let dir: string;
  let xls: string;
  beforeAll(() => {
    if (!sofficeVersion()) throw new Error("LibreOffice (soffice) is not installed: bash scripts/setup.sh installs it");
    dir = tempDir("xls");
    xls = xlsOf(LEDGER, dir, "grants.xls");
    fs.writeFileSync(path.join(dir, "grants.csv"), LEDGER);
  });

  it("is read through LibreOffice: the same mapping, issues and totals as its rows in a CSV, and says so", async () => {
    const before = sha(xls);
    const scratch = tempDir("xls-tmp");
    const [fromXls, fromXlsSummary] = await withEnv({ TMPDIR: scratch }, async () => [
      await runMain(["check", "--json", "grants.xls"], dir),
      await runMain(["summary", "grants.xls"], dir),
    ]);
    const fromCsv = await runMain(["check", "--json", "grants.csv"], dir);
    const fromCsvSummary = await runMain(["summary", "grants.csv"], dir);
    expect(fromXls.code).toBe(fromCsv.code);
    const sheetOf = (out: string) => {
      const json = JSON.parse(out);
      const sheet = json.files[0].sheets[0];
      const rules = json.issues.map((i: { rule: string; row: number }) => `${i.rule}@${i.row}`);
      return { mapping: sheet.mapping, rows: sheet.rows, headerRow: sheet.headerRow, rules };
    };
    expect(sheetOf(fromXls.stdout)).toEqual(sheetOf(fromCsv.stdout));
    expect(JSON.parse(fromXls.stdout).files[0].sheets[0].mapping.map((m: { column: string }) => m.column)).toEqual([
      "Partner",
      "Sector",
      "Committed",
      "Received",
    ]);
    // The Total row is left out, and Riverside's two rows are one partner: 3 partners, $67,500.
    const totalLine = (out: string) => out.split("\n").find((l) => /^Total\b/.test(l));
    expect(totalLine(fromXlsSummary.stdout)).toBe(totalLine(fromCsvSummary.stdout));
    expect(totalLine(fromXlsSummary.stdout)).toMatch(/\b3\b.*\$67,500/);
    expect(fromXlsSummary.stdout).toMatch(/Note: An old-format \(\.xls\) workbook: read through LibreOffice/);
    expect(JSON.parse(fromXls.stdout).files[0].notes.join(" ")).toMatch(/read through LibreOffice/);
    // Nothing changed, nothing left behind.
    expect(sha(xls)).toBe(before);
    expect(fs.readdirSync(scratch)).toEqual([]);
  });

  it("saved under a .csv name is still read as the workbook it is", async () => {
    fs.copyFileSync(xls, path.join(dir, "export.csv"));
    const run = await runMain(["summary", "export.csv"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\$67,500/);
  });

  it("without LibreOffice says what to do, and is no sheet without headers", async () => {
    const run = await withEnv({ PARTNERS_SOFFICE: "" }, () => runMain(["check", "grants.xls"], dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/old-format \(\.xls\).*save it as \.xlsx.*or install LibreOffice/);
  });

  it("is given up, with every process LibreOffice started, when the conversion never ends", async () => {
    // A stand-in for soffice that starts a process of its own (as soffice starts soffice.bin) and never
    // ends: after the timeout, both are gone, and the file is said unreadable.
    const pids = path.join(dir, "pids.txt");
    const fake = path.join(dir, "hanging-soffice.sh");
    fs.writeFileSync(fake, `#!/bin/sh\nsleep 300 &\necho $$ $! > "${pids}"\nwait\n`, { mode: 0o755 });
    const run = await withEnv({ PARTNERS_SOFFICE: fake, PARTNERS_SOFFICE_TIMEOUT_MS: "1500" }, () =>
      runMain(["check", "grants.xls"], dir),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LibreOffice took over 2 s to open it.*save it as \.xlsx/);
    const started = fs.readFileSync(pids, "utf8").trim().split(/\s+/).map(Number);
    expect(started).toHaveLength(2);
    for (let waited = 0; waited < 5000 && started.some(running); waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(started.filter(running)).toEqual([]);
  });

  it("is given up on Windows with every process LibreOffice started too, by taskkill", async () => {
    // Windows has no process groups, and killing soffice.exe leaves the soffice.bin it started: the
    // tree is ended with `taskkill /pid … /T /F` (Microsoft's tree kill, by force), Windows' own
    // (%SystemRoot%\System32\taskkill.exe). This machine has no Windows: the platform is said to be
    // win32, and a stand-in taskkill.exe there does what /T /F does (each process the pid started, then
    // the pid) and records what it was asked.
    const pids = path.join(dir, "win-pids.txt");
    const asked = path.join(dir, "taskkill-args.txt");
    const systemRoot = tempDir("system-root");
    fs.mkdirSync(path.join(systemRoot, "System32"));
    const fake = path.join(dir, "hanging-soffice-win.sh");
    fs.writeFileSync(fake, `#!/bin/sh\nsleep 300 &\necho $$ $! > "${pids}"\nwait\n`, { mode: 0o755 });
    fs.writeFileSync(
      path.join(systemRoot, "System32", "taskkill.exe"),
      `#!/bin/sh\necho "$@" > "${asked}"\npkill -KILL -P "$2"\nkill -KILL "$2"\n`,
      { mode: 0o755 },
    );
    const platform = Object.getOwnPropertyDescriptor(process, "platform") as PropertyDescriptor;
    Object.defineProperty(process, "platform", { value: "win32" });
    let run: Awaited<ReturnType<typeof runMain>>;
    try {
      run = await withEnv(
        {
          PARTNERS_SOFFICE: fake,
          PARTNERS_SOFFICE_TIMEOUT_MS: "1500",
          SystemRoot: systemRoot,
        },
        () => runMain(["check", "grants.xls"], dir),
      );
    } finally {
      Object.defineProperty(process, "platform", platform);
    }
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LibreOffice took over 2 s to open it/);
    const [wrapper, started] = fs.readFileSync(pids, "utf8").trim().split(/\s+/).map(Number);
    expect(fs.readFileSync(asked, "utf8").trim()).toBe(`/pid ${wrapper} /T /F`);
    for (let waited = 0; waited < 5000 && [wrapper, started].some(running); waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([wrapper, started].filter(running)).toEqual([]);
  });

  it("that LibreOffice cannot open either (damaged, or not a workbook) is refused, not read as text", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    fs.writeFileSync(path.join(dir, "damaged.xls"), ole);
    const run = await runMain(["check", "damaged.xls"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LibreOffice could not open it.*save it as \.xlsx/);
  });
});
