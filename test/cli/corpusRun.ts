import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

/**
 * The corpus's runs of the command line, shared by the corpus's tests: `check --json` and `summary`
 * on a fixture with a golden's options, the golden files, and what a test reads out of the JSON (the
 * blocks checked, a block's mapping, issues counted by rule). test/cli/corpus.test.ts compares them
 * with the goldens; test/cli/corpusDoors.test.ts with what the custom functions and the task pane say
 * of the same sheets.
 */

export const BIN = path.join(ROOT, "bin", "partnership-tracker.js");
export const GOLDENS = path.join(ROOT, "test", "fixtures", "real", "goldens");
/** The real originals; CORPUS_REAL_DIR points elsewhere (e.g. a local copy while collecting). */
export const REAL = process.env.CORPUS_REAL_DIR ?? path.resolve(ROOT, "..", "shared", "corpus", "real");
export const TODAY = "2026-12-01";

export interface GoldenBlock {
  readonly sheet: string;
  readonly tab: string;
  readonly table?: string;
  readonly headerRow: number;
  readonly rows: number;
  /** Exact: every header the CLI maps must be here (or in optional/oneOf), with this column. */
  readonly mapping: Readonly<Record<string, string>>;
  /** Headers that may be mapped to one of these columns, or left unmapped. */
  readonly optional?: Readonly<Record<string, readonly string[]>>;
  /** Exactly one of `headers` maps to `column` (either is right, not both). */
  readonly oneOf?: readonly { readonly column: string; readonly headers: readonly string[] }[];
  /** Two header rows: group title → the headers under it, which may be reported as "<group> <header>". */
  readonly groupTitles?: Readonly<Record<string, readonly string[]>>;
}

export interface GoldenRun {
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly blocks?: readonly GoldenBlock[];
  readonly issues?: Readonly<Record<string, number>>;
  readonly problems?: Readonly<Record<string, number>>;
  readonly leftOutRows?: readonly number[];
  readonly stderrMentions?: readonly string[];
  /** Words `check --json` must say (in a note, an issue's message or a problem's wording), as a person reads them. */
  readonly mentions?: readonly string[];
  /**
   * On the real original (whose other sheets the fixture leaves out): every sheet checked, as
   * `Sheet → Tab`. A synonym that starts reading another sheet of a real file shows up here (real:
   * `Vendor Name` made Detroit's budget lines a partner list with 26 false duplicate errors).
   */
  readonly realSheets?: readonly string[];
  /**
   * On the real original: its issues counted by rule and `summary`'s Total row, as judged in README's
   * "Measured on the real originals" — a change that moves them shows in a test diff, not only in a
   * drift run (real: a rule for Total in the key column left out 56 of Maryland's grants, $275.9M,
   * while the mapping tests stayed green).
   */
  readonly realCounts?: {
    readonly issues: Readonly<Record<string, number>>;
    readonly partners?: number;
    readonly committed?: number;
  };
  /** `summary` with the same options: its Total row (distinct partners, sums) and the currency shown. */
  readonly summary?: {
    readonly partners: number;
    readonly committed: number;
    readonly received?: number;
    readonly currency: string;
  };
  readonly why: string;
}

export interface Golden {
  readonly fixture: string;
  readonly mirrors: string;
  readonly runs: readonly GoldenRun[];
}

export type Json = Record<string, unknown>;

export interface CheckRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly json?: Json;
}

export function check(file: string, args: readonly string[]): CheckRun {
  const r = spawnSync(process.execPath, [BIN, "check", file, "--json", "--today", TODAY, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  let json: Json | undefined;
  try {
    json = JSON.parse(r.stdout) as Json;
  } catch {
    json = undefined;
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

export const cents = (n: number) => Math.round(n * 100) / 100;

function runSummary(file: string, args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, "summary", file, ...args], { encoding: "utf8" });
}

/** The Total row of `summary --csv` with the same options. */
function totalRow(csv: string): string[] {
  const rows = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
  return rows.find((r) => r[0] === "Total") ?? [];
}

/** `summary --csv`'s Total: distinct partners and committed (cents). */
export function summaryTotal(file: string, args: readonly string[]): { partners: number; committed: number } {
  const total = totalRow(runSummary(file, ["--csv", ...args]).stdout);
  return { partners: Number(total[1]), committed: cents(Number(total[2])) };
}

/** `summary --csv` (Total row) and the text report (for the currency sign), with the same options. */
export function summarize(file: string, args: readonly string[]) {
  const csv = runSummary(file, ["--csv", ...args]);
  const total = totalRow(csv.stdout);
  const text = runSummary(file, args).stdout;
  return {
    status: csv.status,
    partners: Number(total[1]),
    committed: cents(Number(total[2])),
    received: cents(Number(total[3])),
    text,
  };
}

export const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** The checked blocks, from `files[].sheets` (many-file report) or `summary.sheets` (one file). */
export function blocksOf(json: Json): Json[] {
  const files = asArray(json.files);
  if (files.length > 0) return files.flatMap((f) => asArray(f.sheets));
  const summary = (json.summary ?? {}) as Json;
  return asArray(summary.sheets);
}

/** A block's mapping as header → column, from `[{header, column}]` or an object. */
export function mappingOf(block: Json): Record<string, string> {
  const m = block.mapping;
  const out: Record<string, string> = {};
  if (Array.isArray(m)) {
    for (const e of m as unknown[]) {
      if (Array.isArray(e)) out[String(e[0])] = String(e[1]);
      else if (e && typeof e === "object") out[String((e as Json).header)] = String((e as Json).column);
    }
  } else if (m && typeof m === "object") {
    for (const [k, v] of Object.entries(m as Json)) out[k] = String(v);
  }
  return out;
}

export function countBy(items: readonly Json[], key: (i: Json) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

export function goldenFor(name: string): Golden {
  return JSON.parse(fs.readFileSync(path.join(GOLDENS, `${name}.json`), "utf8")) as Golden;
}

export const argText = (args: readonly string[]) => (args.length === 0 ? "(no options)" : args.join(" "));
