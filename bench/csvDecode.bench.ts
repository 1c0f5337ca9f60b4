/**
 * `npm run bench -- csv`: a CSV file's bytes to its text (src/cli/csvEncoding.ts) on three generated
 * files of 100 MB (BENCH_CSV_MB changes it) — wholly Windows-1252 (Latin-1 accents on every row),
 * wholly UTF-8, and UTF-8 with one Latin-1 field a row (the mixed case) — measured as peak memory
 * (RSS) and CPU time of a child process (decodeChild.js: reading the file and decoding it), beside
 * the decoder before the mixed-encoding work (BEFORE_COMMIT, from git) on the same files, taken in
 * turn (before, now, before, now…) so a burst of load falls on both. Goal: no file slower or larger
 * than before (the mixed one was read whole by a code page before, another result: said, not compared).
 * Run `npm run build:cli` first.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");
const MB = Number(process.env.BENCH_CSV_MB ?? 100);
const RUNS = 3;
/** The last commit before a file mostly UTF-8 was read as mixed (its decoder: decodeCsv in csvReader.ts). */
const BEFORE_COMMIT = "1e754bb";
const USAGE = path.join(ROOT, "test", "fixtures", "resourceUsage.js");
const CHILD = path.join(__dirname, "decodeChild.js");
const BUILT = path.join(ROOT, "build", "cli", "src");

interface Usage {
  maxRssMB: number;
  cpuSeconds: number;
}

const NAMES = [
  "Escola de Educação Infantil - Tauá/CE",
  "Associação Crème de la crème",
  "Câmara Municipal de São Paulo",
  "École Sainte-Thérèse",
  "Harbor Food Bank",
  "Université de Montréal",
];
const STATUSES = ["Concluída", "Execução", "Paralisada", "Cancelada"];

/** A file of about MB megabytes: each row's first fields and its last written as `head` and `tail` say. */
function generate(file: string, head: BufferEncoding, tail: BufferEncoding): void {
  const parts: Buffer[] = [Buffer.from("nome,status,valor,situacao,data\r\n")];
  let size = parts[0].length;
  for (let i = 0; size < MB * 1024 * 1024; i++) {
    const first = `${i} - ${NAMES[i % NAMES.length]},${STATUSES[i % STATUSES.length]},${(i * 37) % 1_000_000}.50,`;
    const last = `${i % 3 === 0 ? "obra concluída" : "em execução"},2023-0${1 + (i % 9)}-1${i % 10}\r\n`;
    const row = Buffer.concat([Buffer.from(first, head), Buffer.from(last, tail)]);
    parts.push(row);
    size += row.length;
  }
  fs.writeFileSync(file, Buffer.concat(parts));
}

/** The decoder at BEFORE_COMMIT, compiled beside the current build, or undefined without git. */
function beforeDecoder(): string | undefined {
  const dir = path.join(ROOT, "build", "bench-before-csv");
  fs.mkdirSync(dir, { recursive: true });
  try {
    const source = execFileSync("git", ["show", `${BEFORE_COMMIT}:src/cli/csvReader.ts`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    // Its imports point at today's compiled modules (decodeCsv uses none of them).
    const pointed = source
      .replace(/"\.\.\/(core|schema)/g, `"${BUILT}/$1`)
      .replace(/"\.\/(\w+)"/g, `"${BUILT}/cli/$1"`);
    const js = ts.transpileModule(pointed, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    }).outputText;
    fs.writeFileSync(path.join(dir, "csvReader.js"), js);
    return path.join(dir, "csvReader.js");
  } catch {
    return undefined;
  }
}

function measured(args: string[]): { usage: Usage; stdout: string } {
  const usageFile = path.join(os.tmpdir(), `partners-bench-csv-usage-${process.pid}.json`);
  const r = spawnSync(process.execPath, ["--require", USAGE, ...args], {
    encoding: "utf8",
    env: { ...process.env, RESOURCE_USAGE_FILE: usageFile },
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, "utf8")) as Usage;
  fs.rmSync(usageFile, { force: true });
  return { usage, stdout: r.stdout };
}

/** The median run (by CPU time) of each decoder, RUNS runs each in fresh processes, taken in turn. */
function medians(file: string, decoders: string[]): { usage: Usage; stdout: string }[] {
  const runs = decoders.map(() => [] as { usage: Usage; stdout: string }[]);
  for (let i = 0; i < RUNS; i++) decoders.forEach((d, k) => runs[k].push(measured([CHILD, d, file])));
  return runs.map((r) => r.sort((a, b) => a.usage.cpuSeconds - b.usage.cpuSeconds)[Math.floor(RUNS / 2)]);
}

const said = (u: Usage) =>
  `${Math.round(u.maxRssMB).toLocaleString("en-US")} MB peak, ${u.cpuSeconds.toFixed(2)} s CPU`;

export async function run(): Promise<void> {
  const current = path.join(BUILT, "cli", "csvEncoding.js");
  if (!fs.existsSync(current)) throw new Error("no build/cli: run `npm run build:cli` first");
  const before = beforeDecoder();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partners-bench-csv-"));
  try {
    const files: [string, BufferEncoding, BufferEncoding][] = [
      ["Windows-1252", "latin1", "latin1"],
      ["UTF-8", "utf8", "utf8"],
      ["mixed", "utf8", "latin1"],
    ];
    console.log(`${MB} MB CSV files, decoded in a fresh process; ${RUNS} runs each, median by CPU time`);
    for (const [name, head, tail] of files) {
      const file = path.join(dir, `${name}.csv`);
      generate(file, head, tail);
      const [now, beforeRun] = medians(file, before ? [current, before] : [current]);
      const label = name.padEnd(12);
      if (beforeRun) console.log(`  before (${BEFORE_COMMIT}): ${label} ${said(beforeRun.usage)}`);
      console.log(
        `  now:              ${label} ${said(now.usage)}` +
          (beforeRun
            ? ` = ${(now.usage.maxRssMB / beforeRun.usage.maxRssMB).toFixed(2)}× memory, ` +
              `${(now.usage.cpuSeconds / beforeRun.usage.cpuSeconds).toFixed(2)}× time of before` +
              `; same text: ${now.stdout.slice(0, 13) === beforeRun.stdout.slice(0, 13) ? "yes" : "no"}`
            : ""),
      );
      console.log(`    (${now.stdout})`);
      fs.rmSync(file);
    }
    if (!before) console.log(`  before: git cannot show ${BEFORE_COMMIT} here`);
    console.log("  goals: Windows-1252 and UTF-8 ≤ 1.00× the time and memory of before");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
