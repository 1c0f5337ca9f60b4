import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { handMadeXlsx } from "../test/cli/helpers";

/**
 * `check` on the largest sheet Excel allows, one error in every row: how long the command takes and
 * how much memory it peaks at, with each report (text, JSON, CSV) written to a pipe that is read
 * and thrown away. Issue 14 asks for well under ~1 GB; the reports stream, so the figures are the
 * reader's matrix plus the issues themselves. `BENCH_CLI_ROWS=100000 npm run bench -- cliReport`
 * for a quicker run (the full one takes about a minute a format on a 2-core machine).
 */
const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 1_048_575);
const ROOT = path.resolve(__dirname, "..");

function sheetXml(rows: number): string {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const parts = [`<row r="1">${cell("A1", "Partner")}${cell("B1", "Committed")}</row>`];
  // A negative pledge on every row but the first (a column negative on every row is one error for the
  // column, kept as credits): one error a row.
  for (let r = 2; r <= rows + 1; r++)
    parts.push(`<row r="${r}">${cell(`A${r}`, `Partner ${r}`)}<c r="B${r}"><v>${r === 2 ? 1 : -1}</v></c></row>`);
  return parts.join("");
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partners-bench-cli-"));
  try {
    const file = path.join(dir, "big.xlsx");
    fs.writeFileSync(file, handMadeXlsx({ Pledges: sheetXml(ROWS) }));
    // A wrapper that runs the real command and reports its peak memory as it exits.
    const wrapper = path.join(dir, "measure.js");
    fs.writeFileSync(
      wrapper,
      `process.on("exit", () => process.stderr.write("MAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));\n` +
        `require(${JSON.stringify(path.join(ROOT, "bin", "partnership-tracker.js"))});\n`,
    );
    console.log(
      `check on ${ROWS.toLocaleString("en-US")} rows, one error each (${(fs.statSync(file).size / 1e6).toFixed(1)} MB .xlsx)`,
    );
    console.log("report  seconds  peak RSS   exit");
    for (const format of ["text", "--json", "--csv"]) {
      const started = Date.now();
      const args = [wrapper, "check", file, "--quiet", ...(format === "text" ? [] : [format])];
      const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
      const seconds = (Date.now() - started) / 1000;
      const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN) / 1024;
      const name = format.replace(/^--/, "").padEnd(6);
      console.log(`${name}  ${seconds.toFixed(1).padStart(7)}  ${rss.toFixed(0).padStart(5)} MB   ${r.status}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
