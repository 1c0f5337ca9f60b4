/**
 * `npm run bench -- problems`: what grouping issues into problems and writing them out costs.
 *  - PARTNERS.PROBLEMS beside PARTNERS.VALIDATE on the same range (target: grouping adds ≤ 20%);
 *  - the Issues sheet and "Fix these N cells" against the Excel fake: round trips and the largest
 *    request (target: every request ≤ 2.5 MB, Excel on the web refuses 5 MB).
 * Medians of 7 rounds after a warm-up. BENCH_ROWS (default 100000) sets the sheet's size.
 */
import { groupProblems, validateRange } from "../src/core";
import { fixCells, type CellFix } from "../src/excel/fixCells";
import { writeIssuesSheet } from "../src/excel/issuesSheet";
import { PARTNERS } from "../src/schema";
import { createFakeExcel } from "../test/fakes/excel";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 7;
const SECTORS = ["nonprofit", "Business", "government", "Academic", "Martian"];

/** A Partners sheet where most rows carry a slip: spellings, unknown values, text amounts. */
function sheet(rows: number): (string | number | null)[][] {
  const header = PARTNERS.columns.map((c) => c.name);
  const out: (string | number | null)[][] = [header];
  for (let i = 0; i < rows; i++) {
    out.push(
      PARTNERS.columns.map((c) => {
        if (c === PARTNERS.col.partner) return `Org ${i}`;
        if (c === PARTNERS.col.sector) return SECTORS[i % SECTORS.length];
        if (c === PARTNERS.col.committed) return i % 7 === 0 ? "about 5k" : 1000 + i;
        return null;
      }),
    );
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function run(): Promise<void> {
  const matrix = sheet(ROWS);
  const issues = validateRange(matrix, "Partners").issues;
  groupProblems(issues); // warm-up
  const validateMs: number[] = [];
  const groupMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    validateMs.push(time(() => validateRange(matrix, "Partners")));
    groupMs.push(time(() => groupProblems(issues)));
  }
  const problems = groupProblems(issues);
  console.log(
    `${ROWS.toLocaleString("en-US")} rows, ${issues.length.toLocaleString("en-US")} issues → ${problems.length} problems`,
  );
  console.log(
    `VALIDATE ${median(validateMs).toFixed(1)} ms; grouping ${median(groupMs).toFixed(1)} ms ` +
      `(+${((median(groupMs) / median(validateMs)) * 100).toFixed(0)}%, target ≤ 20%)`,
  );

  const fake = createFakeExcel({ sheets: ["Partners"] });
  fake.workbook.seedSheet("Partners", matrix);
  const rows = problems.flatMap((p) =>
    p.issues.map((i) => ({
      tab: "Partners",
      sheet: "Partners",
      row: i.row,
      column: 2,
      rule: i.rule,
      severity: i.severity,
      value: i.value ?? null,
      message: i.message,
    })),
  );
  let t = Date.now();
  await fake.Excel.run((ctx) => writeIssuesSheet(ctx, rows, "2026-12-01 14:02"));
  console.log(
    `Issues sheet, ${rows.length.toLocaleString("en-US")} rows: ${Date.now() - t} ms, ${fake.stats.syncs} round trips, ` +
      `largest request ${(fake.stats.maxRequestBytes / 1e6).toFixed(2)} MB (target ≤ 2.5 MB)`,
  );
  fake.resetStats();
  const sectorColumn = PARTNERS.columns.indexOf(PARTNERS.col.sector) + 1;
  const fixes: CellFix[] = [];
  matrix.forEach((r, i) => {
    if (r[sectorColumn - 1] === "nonprofit")
      fixes.push({ sheet: "Partners", row: i + 1, column: sectorColumn, expected: "nonprofit", value: "Nonprofit" });
  });
  t = Date.now();
  const report = await fake.Excel.run((ctx) => fixCells(ctx, fixes));
  console.log(
    `Fix ${fixes.length.toLocaleString("en-US")} cells: ${Date.now() - t} ms, ${fake.stats.syncs} round trips, ` +
      `largest request ${(fake.stats.maxRequestBytes / 1e6).toFixed(2)} MB, ${report.written.length} written`,
  );
}
