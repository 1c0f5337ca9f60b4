/**
 * `npm run bench -- cli`: the command line's .xlsx reader on a generated 100,000-row Partners
 * workbook (17 columns, shared strings, as ExcelJS writes it: about 9 MB), measured as peak memory
 * (RSS) and CPU time of a child process, beside its floors in the same run:
 *   - decompress only: a process that opens the package and inflates the sheet's XML, keeping
 *     nothing (inflateChild.js), measured like the reader (a fresh process, its CPU time); goal:
 *     read + check ≤ ~9× that. Issue 13 described the reader it replaced as "2.8 s of CPU, ~9× the
 *     time to merely decompress": measured that way here, that reader is ~10× (in-process inflating
 *     alone, also printed, leaves out Node's start-up and the package's opening, which both pay);
 *   - before: the regular-expression reader this one replaced (from git, at BEFORE_COMMIT), on the
 *     same file; goals: at most half its peak memory, no more of its CPU time.
 * Then the real `check --json` on Excel's full 1,048,575 data rows (goal: under ~1 GB). That file
 * takes a minute or two to generate; BENCH_CLI_FULL=0 skips it, BENCH_CLI_ROWS changes 100,000.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import * as zlib from "zlib";
import AdmZip from "adm-zip";
import { isoToSerial } from "../src/core/excelDate";
import { PARTNERS, SAMPLE_DATA } from "../src/schema";

const ROOT = path.resolve(__dirname, "..");
const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const FULL_ROWS = 1_048_575;
const RUNS = 5;
/** The last commit with the regular-expression reader (issue 13 measured it: 316 MB, 2.8 s CPU). */
const BEFORE_COMMIT = "c07e15e";
const USAGE = path.join(ROOT, "test", "fixtures", "resourceUsage.js");
const CHILD = path.join(__dirname, "checkChild.js");
const INFLATE_CHILD = path.join(__dirname, "inflateChild.js");
const BIN = path.join(ROOT, "bin", "partnership-tracker.js");

interface Usage {
  maxRssMB: number;
  cpuSeconds: number;
}

/**
 * A Partners sheet of the sample city's rows, repeated with unique names and e-mails; about one
 * row in 50 has a slip (a negative amount, a blank partner), so `check` has issues to report.
 */
async function generate(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("Partners");
  const columns = PARTNERS.columns;
  ws.addRow(columns.map((c) => c.name)).commit();
  const sample = SAMPLE_DATA.Partners;
  for (let i = 0; i < rows; i++) {
    const source = sample[i % sample.length];
    const values = columns.map((c) => {
      const v = source[c.id];
      if (c.id === "partner") return i % 97 === 0 ? null : `${v} ${i}`;
      if (c.id === "committed" && i % 89 === 0) return -1;
      if (c.id === "contactEmail") return `contact${i}@partner${i}.example.org`;
      if (typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v)) return isoToSerial(v);
      return v ?? null;
    });
    ws.addRow(values).commit();
  }
  ws.commit();
  await wb.commit();
}

/** CPU seconds to inflate the sheet's XML in this process, already running (the best of RUNS). */
function inflateInProcess(file: string): { seconds: number; xmlBytes: number } {
  const zip = new AdmZip(file);
  const entry = zip.getEntry("xl/worksheets/sheet1.xml");
  if (!entry) throw new Error("no sheet1.xml");
  const packed = entry.getCompressedData();
  let best = Infinity;
  let xmlBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    xmlBytes = zlib.inflateRawSync(packed).length;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { seconds: best, xmlBytes };
}

/** The reader as it was at BEFORE_COMMIT, compiled beside the current build, or undefined without git. */
function beforeReader(): string | undefined {
  const dir = path.join(ROOT, "build", "bench-before");
  fs.mkdirSync(dir, { recursive: true });
  try {
    for (const name of ["xlsxReader", "zip"]) {
      const source = execFileSync("git", ["show", `${BEFORE_COMMIT}:src/cli/${name}.ts`], {
        cwd: ROOT,
        encoding: "utf8",
      });
      // Its core imports point at today's compiled core (unchanged in what the reader uses).
      const core = path.join(ROOT, "build", "cli", "src", "core");
      const js = ts.transpileModule(source.replace(/"\.\.\/core\//g, `"${core}/`), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      }).outputText;
      fs.writeFileSync(path.join(dir, `${name}.js`), js);
    }
    return path.join(dir, "xlsxReader.js");
  } catch {
    return undefined;
  }
}

function measured(args: string[]): { usage: Usage; stdout: string } {
  const usageFile = path.join(os.tmpdir(), `partners-bench-usage-${process.pid}.json`);
  const r = spawnSync(process.execPath, ["--require", USAGE, ...args], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, RESOURCE_USAGE_FILE: usageFile },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, "utf8")) as Usage;
  fs.rmSync(usageFile, { force: true });
  return { usage, stdout: r.stdout };
}

/**
 * The median run (by CPU time) of each command, RUNS runs each in fresh processes, taken in turn
 * (a, b, c, a, b, c…) so a burst of load on a shared machine falls on all of them alike.
 */
function medians(...commands: string[][]): { usage: Usage; stdout: string }[] {
  const runs = commands.map(() => [] as { usage: Usage; stdout: string }[]);
  for (let i = 0; i < RUNS; i++) commands.forEach((args, c) => runs[c].push(measured(args)));
  return runs.map((r) => r.sort((a, b) => a.usage.cpuSeconds - b.usage.cpuSeconds)[Math.floor(RUNS / 2)]);
}
const median = (args: string[]) => medians(args)[0];

const mb = (n: number) => `${Math.round(n).toLocaleString("en-US")} MB`;
const s = (n: number) => `${n.toFixed(2)} s`;

export async function run(): Promise<void> {
  spawnSync(process.execPath, [BIN, "--version"]); // compile the command once
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partners-bench-cli-"));
  try {
    const file = path.join(dir, `partners-${ROWS}.xlsx`);
    await generate(ROWS, file);
    const inProcess = inflateInProcess(file);
    const floor = { seconds: median([INFLATE_CHILD, file]).usage.cpuSeconds, xmlBytes: inProcess.xmlBytes };
    console.log(
      `${ROWS.toLocaleString("en-US")}-row Partners workbook: ${mb(fs.statSync(file).size / 1e6)} file, ` +
        `${mb(floor.xmlBytes / 1e6)} of sheet XML; ${RUNS} runs each, median by CPU time`,
    );
    console.log(
      `  floor: a process that only inflates the sheet XML ${s(floor.seconds)} CPU (9× = ${s(9 * floor.seconds)}; ` +
        `inflating alone, in a running process: ${s(inProcess.seconds)})`,
    );

    const before = beforeReader();
    const current = path.join(ROOT, "build", "cli", "src", "cli", "xlsxReader.js");
    for (const work of ["read", "read + check"] as const) {
      const extra = work === "read" ? ["read"] : [];
      const nowArgs = [CHILD, current, file, ...extra];
      const [now, beforeRun] = before ? medians(nowArgs, [CHILD, before, file, ...extra]) : [median(nowArgs)];
      const ref = beforeRun?.usage ?? (work === "read" ? undefined : { maxRssMB: 316, cpuSeconds: 2.8 });
      const label = work.padEnd(12);
      if (beforeRun) {
        console.log(
          `  before (${BEFORE_COMMIT}, regex reader): ${label} ${mb(beforeRun.usage.maxRssMB)} peak, ${s(beforeRun.usage.cpuSeconds)} CPU`,
        );
      }
      console.log(
        `  now (yauzl + htmlparser2):       ${label} ${mb(now.usage.maxRssMB)} peak, ${s(now.usage.cpuSeconds)} CPU` +
          (ref
            ? ` = ${(now.usage.maxRssMB / ref.maxRssMB).toFixed(2)}× memory, ${(now.usage.cpuSeconds / ref.cpuSeconds).toFixed(2)}× time of before`
            : "") +
          `, ${(now.usage.cpuSeconds / floor.seconds).toFixed(1)}× the floor` +
          (beforeRun ? ` (before: ${(beforeRun.usage.cpuSeconds / floor.seconds).toFixed(1)}×)` : ""),
      );
      const same = beforeRun ? `; same result as before: ${beforeRun.stdout === now.stdout ? "yes" : "NO"}` : "";
      console.log(`    (${now.stdout}${same})`);
    }
    if (!before) console.log(`  before: git cannot show ${BEFORE_COMMIT} here; issue 13 recorded 316 MB, 2.8 s CPU`);
    console.log(
      `  goals: ≤ 0.50× memory of before (issue 13 recorded 316 MB, 2.8 s CPU), ≤ 1.00× its time, ≤ ~9× the floor`,
    );
    const command = median([BIN, "check", file, "--json", "--quiet", "--today", "2026-06-01"]).usage;
    console.log(
      `  the real command, check --json:                ${mb(command.maxRssMB)} peak, ${s(command.cpuSeconds)} CPU`,
    );
    fs.rmSync(file);

    if (process.env.BENCH_CLI_FULL !== "0") {
      const full = path.join(dir, "partners-full.xlsx");
      const started = Date.now();
      await generate(FULL_ROWS, full);
      const generated = (Date.now() - started) / 1000;
      const { usage } = measured([BIN, "check", full, "--json", "--quiet", "--today", "2026-06-01"]);
      console.log(
        `${FULL_ROWS.toLocaleString("en-US")} rows (Excel's last row; ${mb(fs.statSync(full).size / 1e6)} file, generated in ${generated.toFixed(0)} s):`,
      );
      console.log(`  check --json: ${mb(usage.maxRssMB)} peak, ${s(usage.cpuSeconds)} CPU   (goal: under ~1 GB)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
