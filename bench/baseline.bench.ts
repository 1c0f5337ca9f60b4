/**
 * `npm run bench -- baseline`: PARTNERS.SUMMARY and PARTNERS.VALIDATE as they are now against the
 * same functions at an earlier commit (BENCH_BASELINE, by default e4f34e3: the code before issue 9),
 * on the same generated Partners ranges (functions.bench.ts), in one process, rounds interleaved (every
 * other round in reverse, so neither always runs after the other) — a burst of load on a shared
 * machine slows both alike, which two separate runs cannot promise.
 * Issue 9's bar: neither more than 20% slower than before it. Beside them, SUMMARY's floor: the two
 * things rev 2 asks of every row that the old code never did (the distinct-partner count, the test for
 * rows that are not data), each timed alone against the old SUMMARY. The earlier commit's `src` is taken
 * with `git archive` into a temporary folder (nothing of it is kept); without the commit (a shallow
 * clone) the bench says so and skips.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { summary, validate } from "../src/functions/functions";
import { DuplicateFinder } from "../src/core/duplicates";
import { mapHeaders } from "../src/core/headers";
import { TypedTable } from "../src/core/rows";
import { PARTNERS } from "../src/schema";
import { interleaved as interleavedRounds, partnersSheet } from "./functions.bench";

/** Medians of interleaved rounds after a warm-up (as functions.bench.ts times them). */
const interleaved = (bodies: readonly (() => unknown)[]) => interleavedRounds(ROUNDS, bodies);

type Fn = (range: unknown[][], arg?: unknown) => unknown;

const BASELINE = process.env.BENCH_BASELINE ?? "e4f34e3";
const SIZES = (process.env.BENCH_ROWS ?? "10000,100000").split(",").map(Number);
const ROUNDS = 41;
const ROOT = path.resolve(__dirname, "..");

/** The baseline commit's src in a temporary folder, or why it cannot be had. */
function baselineSource(): string | Error {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-baseline-"));
  const archive = spawnSync("git", ["archive", "--format=tar", BASELINE, "src"], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (archive.status !== 0) return new Error(`git archive ${BASELINE}: ${String(archive.stderr).trim()}`);
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (untar.status !== 0) return new Error(`tar: ${String(untar.stderr).trim()}`);
  return dir;
}

const fmtMs = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
const change = (now: number, before: number) => {
  const pct = Math.round((now / before - 1) * 100);
  return `${pct >= 0 ? "+" : ""}${pct}%`;
};

/** SUMMARY's distinct-partner count and its test for rows that are not data, each alone over `data`. */
function floorOf(data: unknown[][]): (() => unknown)[] {
  const matrix = data as never;
  const table = new TypedTable(matrix, mapHeaders(matrix, PARTNERS.name));
  const nameAt = table.index[PARTNERS.columns.indexOf(PARTNERS.col.partner)];
  const name = (r: number) => String(data[r][nameAt]);
  return [
    () => {
      const finder = new DuplicateFinder("normalize", (row) => name(row - 1), data.length);
      let repeats = 0;
      for (let r = 1; r < data.length; r++) if (finder.firstRowOf(name(r), r + 1) !== undefined) repeats++;
      return repeats;
    },
    () => {
      let rows = 0;
      for (let r = 1; r < data.length; r++) if (table.surelyData(data[r] as never)) rows++;
      return rows;
    },
  ];
}

export async function run(): Promise<void> {
  const dir = baselineSource();
  if (dir instanceof Error) {
    console.log(`skipped: the baseline commit's code is not to be had (${dir.message}).`);
    return;
  }
  try {
    // The baseline's own functions, compiled as this bench is (ts-node); it has no package imports.

    const before = require(path.join(dir, "src", "functions", "functions")) as { summary: Fn; validate: Fn };
    const load = os.loadavg()[0].toFixed(1);
    console.log(
      `Now against ${BASELINE}, same process, medians of ${ROUNDS} interleaved rounds; Node ${process.version}; ` +
        `load average ${load} on ${os.cpus().length} cores. Target (issue 9): at most +20%.`,
    );
    for (const rows of SIZES) {
      const data = JSON.parse(JSON.stringify(partnersSheet(rows))) as unknown[][];
      const none = null as unknown as string;
      // Each function against its own baseline, alone: timed together, the garbage one function
      // leaves is collected while the next runs (measured: SUMMARY now after VALIDATE before read
      // +37% at 10k rows; after SUMMARY before, +0…+15%).
      const [summaryBefore, summaryNow] = interleaved([
        () => before.summary(data, none),
        () => summary(data as never, none),
      ]);
      const [validateBefore, validateNow] = interleaved([
        () => before.validate(data, "Partners"),
        () => validate(data as never, "Partners"),
      ]);
      console.log(`\n${rows.toLocaleString("en-US")} rows`);
      console.log(
        `  PARTNERS.SUMMARY    ${fmtMs(summaryBefore).padStart(9)} → ${fmtMs(summaryNow).padStart(9)}   ` +
          `${change(summaryNow, summaryBefore)}`,
      );
      console.log(
        `  PARTNERS.VALIDATE   ${fmtMs(validateBefore).padStart(9)} → ${fmtMs(validateNow).padStart(9)}   ` +
          `${change(validateNow, validateBefore)}`,
      );
      // SUMMARY's floor: the two things SPEC rev 2 asks of every row that the code before it never did,
      // timed alone as SUMMARY's fast lane does them, beside the old SUMMARY (README "Performance").
      const [names, notData, old] = interleaved([...floorOf(data), () => before.summary(data, none)]);
      console.log(
        `  SUMMARY's floor: names read, hashed and looked up ${fmtMs(names)}, each row asked for Total, END or ` +
          `the header again ${fmtMs(notData)}: ${Math.round(((names + notData) / old) * 100)}% of the old SUMMARY's ${fmtMs(old)}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
