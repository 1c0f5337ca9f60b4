/**
 * `npm run bench -- functions`: PARTNERS.VALIDATE and PARTNERS.SUMMARY on generated Partners ranges
 * (10k and 100k rows × every column), beside two yardsticks measured in the same run:
 *  - the floor: a bare scan that touches every cell once;
 *  - what a user would do instead: the same per-row checks as formulas in helper columns, evaluated
 *    by HyperFormula (a devDependency used only here, under its GPL-v3 licence key; never shipped).
 * Medians of 9 interleaved rounds (5 HyperFormula builds) after a warm-up. Targets (2-core
 * machine): VALIDATE ≤ 30× the scan, SUMMARY ≤ 10×, both ≥ 10× faster than the helper columns,
 * extra memory ≤ 3× the input matrix. The full run takes about ten minutes, nearly all of it
 * HyperFormula; BENCH_ROWS=10000 and BENCH_HYPERFORMULA=0 shorten it while tuning.
 */
import * as v8 from "v8";
import * as vm from "vm";
import { HyperFormula } from "hyperformula";
import { LISTS, PARTNERS } from "../src/schema";
import { isoToSerial, serialToIso } from "../src/core";
import { summary, validate } from "../src/functions/functions";

type Cell = string | number | boolean | null;
type Matrix = Cell[][];

/** Rounds for the scan, VALIDATE and SUMMARY (interleaved, so a busy machine slows all alike). */
const RUNS = 9;
/** Builds of the HyperFormula baseline per size (a minute each at 100k rows). */
const HF_RUNS = 5;
const SIZES = (process.env.BENCH_ROWS ?? "10000,100000").split(",").map(Number);
/** BENCH_HYPERFORMULA=0 skips the (slow) baseline while tuning; by default it always runs. */
const SKIP_HYPERFORMULA = process.env.BENCH_HYPERFORMULA === "0";
/** The duplicate check as a helper column is timed only up to this size (see duplicateColumn). */
const DUPLICATE_CHECK_MAX_ROWS = 10_000;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Deterministic pseudo-random numbers, so every run checks the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COLUMNS = PARTNERS.columns;
const at = (id: string) => COLUMNS.findIndex((c) => c.id === id);

/**
 * A Partners sheet shaped like a real one: mostly clean, with the usual slips (about 1 row in 50):
 * text amounts and ISO text dates (accepted), lower-case list values, a missing signature, typos.
 */
export function partnersSheet(rows: number): Matrix {
  const rnd = random(rows);
  const pick = <T>(values: readonly T[]) => values[Math.floor(rnd() * values.length)];
  const start0 = isoToSerial("2025-01-01") as number;
  const header: Cell[] = COLUMNS.map((c) => c.name);
  const out: Matrix = [header];
  for (let i = 0; i < rows; i++) {
    const committed = Math.round(rnd() * 500) * 1000;
    const start = start0 + Math.floor(rnd() * 600);
    const row: Cell[] = new Array(COLUMNS.length).fill("");
    row[at("partner")] = `Partner ${i + 1}`;
    row[at("sector")] = pick(LISTS.sector.values);
    row[at("placeBasedFunder")] = pick(LISTS.yesNo.values);
    row[at("initiativeId")] = `INIT-${1 + (i % 40)}`;
    row[at("focusArea")] = pick(LISTS.focusArea.values);
    row[at("contribution")] = pick(LISTS.contribution.values);
    row[at("committed")] = committed;
    row[at("received")] = Math.round(committed * rnd());
    row[at("startDate")] = start;
    row[at("endDate")] = start + 365;
    row[at("status")] = pick(LISTS.partnerStatus.values);
    row[at("agreementSigned")] = LISTS.yesNo.values[0];
    row[at("champion")] = `Champion ${i % 200}`;
    row[at("contact")] = `Contact ${i}`;
    row[at("contactEmail")] = `contact${i}@partner${i}.example.org`;
    row[at("priorities")] = "Reach more residents";
    row[at("notes")] = i % 3 === 0 ? "" : `Note for row ${i}`;
    switch (Math.floor(rnd() * 50)) {
      case 0:
        row[at("committed")] = `$${committed.toLocaleString("en-US")}`;
        break;
      case 1:
        row[at("startDate")] = serialToIso(start);
        break;
      case 2:
        row[at("sector")] = String(row[at("sector")]).toLowerCase();
        break;
      case 3:
        row[at("agreementSigned")] = LISTS.yesNo.values[1];
        break;
      case 4:
        row[at("received")] = "lots";
        break;
      case 5:
        row[at("contactEmail")] = "call the office";
        break;
    }
    out.push(row);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Medians of `rounds` rounds, each timing every body once in turn: on a shared machine a burst of
 * load then slows the floor and the function measured against it alike.
 */
export function interleaved(rounds: number, bodies: readonly (() => unknown)[]): number[] {
  for (const body of bodies) body(); // warm-up
  const times = bodies.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    // Every other round in reverse order: the garbage one body leaves is collected during the next,
    // so a fixed order would charge each body for the one before it (A then B: B pays for A).
    for (let k = 0; k < bodies.length; k++) {
      const i = r % 2 === 0 ? k : bodies.length - 1 - k;
      const t0 = performance.now();
      bodies[i]();
      times[i].push(performance.now() - t0);
    }
  }
  return times.map(median);
}

function time(runs: number, body: () => unknown, warmUp = true): number {
  // Warm-up: JIT and caches, as in a workbook that recalculates. HyperFormula's builds take a
  // minute at 100k rows and gain nothing from one, so they skip it.
  if (warmUp) body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Heap in use right after `body` (no collection in between) minus heap before: its extra memory. */
function heapGrowth(body: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  body();
  return process.memoryUsage().heapUsed - before;
}

/** The floor: every cell touched once. */
function bareScan(m: Matrix): number {
  let filled = 0;
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== "") filled++;
    }
  }
  return filled;
}

/** Column letter of a 0-based index. */
function letter(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The same per-row checks a careful user writes as helper columns: required Partner, each list,
 * Yes/No, amounts as non-negative numbers, dates as numbers, End ≥ Start, Received ≤ Committed,
 * Agreed/Active needs a signature, Funding needs Committed, Completed not ending in the future,
 * an @ in the email. (The duplicate-Partner check is timed apart: see duplicateColumn.)
 */
function helperColumns(today: number): string[] {
  const L = (id: string) => letter(at(id));
  const listRange = (col: number, n: number) => `Lists!$${letter(col)}$1:$${letter(col)}$${n}`;
  const inList = (id: string, col: number, n: number) =>
    `=IF(OR(${L(id)}{r}="",ISNUMBER(MATCH(${L(id)}{r},${listRange(col, n)},0))),0,1)`;
  const yesNo = (id: string) => `=IF(OR(${L(id)}{r}="",${L(id)}{r}="Yes",${L(id)}{r}="No"),0,1)`;
  const amount = (id: string) => `=IF(OR(${L(id)}{r}="",AND(ISNUMBER(${L(id)}{r}),${L(id)}{r}>=0)),0,1)`;
  const date = (id: string) => `=IF(OR(${L(id)}{r}="",ISNUMBER(${L(id)}{r})),0,1)`;
  return [
    `=IF(LEN(TRIM(${L("partner")}{r}))=0,1,0)`,
    inList("sector", 0, LISTS.sector.values.length),
    inList("focusArea", 1, LISTS.focusArea.values.length),
    inList("contribution", 2, LISTS.contribution.values.length),
    inList("status", 3, LISTS.partnerStatus.values.length),
    yesNo("placeBasedFunder"),
    yesNo("agreementSigned"),
    amount("committed"),
    amount("received"),
    date("startDate"),
    date("endDate"),
    `=IF(AND(ISNUMBER(${L("startDate")}{r}),ISNUMBER(${L("endDate")}{r})),IF(${L("endDate")}{r}<${L("startDate")}{r},1,0),0)`,
    `=IF(AND(ISNUMBER(${L("committed")}{r}),ISNUMBER(${L("received")}{r})),IF(${L("received")}{r}>${L("committed")}{r},1,0),0)`,
    `=IF(AND(OR(${L("status")}{r}="Agreed",${L("status")}{r}="Active"),${L("agreementSigned")}{r}<>"Yes"),1,0)`,
    `=IF(AND(${L("contribution")}{r}="Funding",${L("committed")}{r}=""),1,0)`,
    `=IF(AND(${L("status")}{r}="Completed",ISNUMBER(${L("endDate")}{r})),IF(${L("endDate")}{r}>${today},1,0),0)`,
    `=IF(OR(${L("contactEmail")}{r}="",ISNUMBER(FIND("@",${L("contactEmail")}{r}))),0,1)`,
  ];
}

/**
 * The duplicate-Partner check as a helper column (MATCH against the whole column, with HyperFormula's
 * column index on). Measured on its own: HyperFormula's lookups grow faster than linearly (16k rows
 * take about 7× as long as 8k), so at 100k rows it would run for many minutes.
 */
function duplicateColumn(rows: number): string {
  const p = letter(at("partner"));
  return `=IF(${p}{r}="",0,IF(MATCH(${p}{r},$${p}$2:$${p}$${rows + 1},0)<ROW()-1,1,0))`;
}

function helperSheet(data: Matrix, templates: readonly string[]): { partners: (Cell | string)[][]; lists: string[][] } {
  const partners: (Cell | string)[][] = [[...data[0], ...templates.map((_, i) => `Check ${i + 1}`)]];
  for (let i = 1; i < data.length; i++) {
    const r = String(i + 1);
    partners.push([...data[i], ...templates.map((t) => t.replace(/\{r\}/g, r))]);
  }
  const firstCheck = letter(data[0].length);
  const lastCheck = letter(data[0].length + templates.length - 1);
  partners[0].push(`=SUM(${firstCheck}2:${lastCheck}${data.length})`); // the issue count a user reads
  const lists = [LISTS.sector, LISTS.focusArea, LISTS.contribution, LISTS.partnerStatus];
  const height = Math.max(...lists.map((l) => l.values.length));
  const listRows = Array.from({ length: height }, (_, r) => lists.map((l) => l.values[r] ?? ""));
  return { partners, lists: listRows };
}

function hyperFormula(sheets: { partners: (Cell | string)[][]; lists: string[][] }) {
  return HyperFormula.buildFromSheets(
    { Partners: sheets.partners as (string | number | boolean | null)[][], Lists: sheets.lists },
    { licenseKey: "gpl-v3", useColumnIndex: true, maxRows: 1_048_576 },
  );
}

const fmtMs = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
const fmtMb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const fmtX = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)}×`;
const count = (n: number) => n.toLocaleString("en-US");

/** Builds (parses and evaluates) the helper-column workbook; returns the failed-check total. */
function evaluateHelpers(sheets: ReturnType<typeof helperSheet>): number {
  const hf = hyperFormula(sheets);
  const sheet = hf.getSheetId("Partners") as number;
  const failed = Number(hf.getCellValue({ sheet, row: 0, col: sheets.partners[0].length - 1 }));
  hf.destroy();
  return failed;
}

export async function run(): Promise<void> {
  const today = isoToSerial("2026-11-25") as number;
  const checks = helperColumns(today);
  console.log(
    `Partners ranges, ${COLUMNS.length} columns; medians of ${RUNS} interleaved rounds after a warm-up ` +
      `(HyperFormula: ${HF_RUNS} builds); Node ${process.version}.`,
  );
  for (const rows of SIZES) {
    gc();
    const before = process.memoryUsage().heapUsed;
    // Excel hands custom functions their arguments as parsed JSON: flat strings, small integers.
    const data = JSON.parse(JSON.stringify(partnersSheet(rows))) as Matrix;
    gc();
    const inputBytes = process.memoryUsage().heapUsed - before;

    const [scan, validateMs, summaryMs] = interleaved(RUNS, [
      () => bareScan(data),
      () => validate(data, "Partners"),
      () => summary(data, null as unknown as string),
    ]);
    const listed = validate(data, "Partners").length - 1;
    const validateMem = heapGrowth(() => validate(data, "Partners"));
    const summaryMem = heapGrowth(() => summary(data, null as unknown as string));

    const sheets = helperSheet(data, checks);
    let failed = 0;
    const hfMs = SKIP_HYPERFORMULA
      ? Number.NaN
      : time(
          HF_RUNS,
          () => {
            failed = evaluateHelpers(sheets);
          },
          rows < 50_000,
        );

    console.log(`\n${count(rows)} rows (the input matrix takes ≈ ${fmtMb(inputBytes)} of heap)`);
    // What Excel would send: the same matrix as JSON (bench/arguments.bench.ts has the supported size).
    const argumentBytes = Buffer.byteLength(JSON.stringify(data), "utf8");
    console.log(
      `  argument size, as JSON       ${`${(argumentBytes / 1e6).toFixed(2)} MB`.padStart(10)}   ` +
        `${Math.round(argumentBytes / rows)} bytes/row; ${argumentBytes > 5_000_000 ? "OVER" : "within"} the ~5 MB ` +
        `custom-function limit (office-js #4654)`,
    );
    console.log(`  bare scan, every cell once   ${fmtMs(scan).padStart(10)}   (the floor)`);
    console.log(
      `  PARTNERS.VALIDATE            ${fmtMs(validateMs).padStart(10)}   ${fmtX(validateMs / scan).padStart(6)} the scan ` +
        `(target ≤ 30×); ${count(listed)} issues listed`,
    );
    console.log(
      `  PARTNERS.SUMMARY             ${fmtMs(summaryMs).padStart(10)}   ${fmtX(summaryMs / scan).padStart(6)} the scan ` +
        `(target ≤ 10×)`,
    );
    console.log(
      `  helper columns, HyperFormula ${fmtMs(hfMs).padStart(10)}   ${checks.length} checks × ${count(rows)} rows, ` +
        `parsed and evaluated; ${count(failed)} failed checks`,
    );
    console.log(
      `  helper columns ÷ VALIDATE    ${fmtX(hfMs / validateMs).padStart(10)}   ÷ SUMMARY ${fmtX(hfMs / summaryMs)} ` +
        `(target ≥ 10×; duplicate check not included, so these ratios understate the gap)`,
    );
    console.log(
      `  heap growth during the call  VALIDATE ${fmtMb(validateMem)} = ${(validateMem / inputBytes).toFixed(2)}× the input, ` +
        `SUMMARY ${fmtMb(summaryMem)} = ${(summaryMem / inputBytes).toFixed(2)}× (target ≤ 3×)`,
    );
    if (rows <= DUPLICATE_CHECK_MAX_ROWS && !SKIP_HYPERFORMULA) {
      const dupSheets = helperSheet(data, [duplicateColumn(rows)]);
      const dupMs = time(HF_RUNS, () => evaluateHelpers(dupSheets));
      console.log(
        `  + duplicate-Partner helper column alone: ${fmtMs(dupMs)} (MATCH over the column; VALIDATE does it ` +
          `in the same pass). Not run above ${count(DUPLICATE_CHECK_MAX_ROWS)} rows: HyperFormula's lookups grow ` +
          `faster than linearly.`,
      );
    }
  }
  console.log(
    "\nThe counts differ by design: the helper formulas reject the text amounts and text dates VALIDATE " +
      "accepts ($1,200, 2026-03-01), and cannot see the spelling variants VALIDATE warns about.",
  );
  console.log(
    "heap growth = heap in use right after the call (no collection in between) minus heap before it: " +
      "the call's extra memory, including garbage not yet collected.",
  );
}
