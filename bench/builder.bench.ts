/**
 * `npm run bench -- builder`: round trips and request sizes of the Excel adapters, measured on the
 * Excel fake (tests/fakes/excel), which counts syncs and the JSON size of every request and response
 * the way Excel on the web limits them (5 MB each). Targets: creating the tracker ≤ 3 syncs, not
 * growing with rows or columns; no request or response over 5 MB at any size.
 */
import { createOrUpgradeTracker } from "../src/excel/builder";
import { copyIntoTrackerTable } from "../src/excel/copyToTracker";
import { CURRENT_SCHEMA, type BuildSchema } from "../src/excel/plan";
import { readSheetValues } from "../src/excel/reader";
import { readTrackerTables } from "../src/excel/trackerTables";
import { ASSETS, PARTNERS, SCHEMA_VERSION, TABS, type TabSpec } from "../src/schema";
import type { Cell } from "../src/core/types";
import { createFakeExcel, type FakeExcel } from "../test/fakes/excel";

const OLD: BuildSchema = {
  ...CURRENT_SCHEMA,
  version: SCHEMA_VERSION - 1,
  tabs: TABS.map((t) =>
    t.table === ASSETS.table ? { ...t, columns: t.columns.filter((c) => c.type !== "derived") } : t,
  ),
};

const MB = (n: number) => `${(n / 1_000_000).toFixed(2)} MB`;

async function measure(fake: FakeExcel, label: string, f: () => Promise<unknown>): Promise<void> {
  fake.resetStats();
  const t0 = performance.now();
  await f();
  const ms = performance.now() - t0;
  const s = fake.stats;
  console.log(
    `${label.padEnd(58)} syncs ${String(s.syncs).padStart(3)}   max request ${MB(s.maxRequestBytes).padStart(9)}   max response ${MB(s.maxResponseBytes).padStart(9)}   ${ms.toFixed(0).padStart(6)} ms (fake)`,
  );
}

function rows(tab: TabSpec, n: number): Cell[][] {
  return Array.from({ length: n }, (_, i) =>
    tab.columns.map((c) =>
      c.type === "currency" || c.type === "number"
        ? i
        : c.type === "date"
          ? 45000 + (i % 1000)
          : `${c.name} of row ${i}`,
    ),
  );
}

export async function run(): Promise<void> {
  const build = (fake: FakeExcel, o: Parameters<typeof createOrUpgradeTracker>[1] = {}) =>
    fake.Excel.run((ctx) => createOrUpgradeTracker(ctx, o));

  const empty = createFakeExcel();
  await measure(empty, "create on an empty workbook", () => build(empty));
  await measure(empty, "create again (nothing to do)", () => build(empty));

  const sample = createFakeExcel();
  await measure(sample, "create with sample data", () => build(sample, { sample: true }));

  const userSheet = createFakeExcel();
  userSheet.workbook.seedSheet("Partners", [
    ["Org", "Pledge"],
    ["Food bank", 100],
  ]);
  await measure(userSheet, "create beside a user's own 'Partners' sheet", () => build(userSheet, { sample: true }));

  const older = createFakeExcel();
  await build(older, { schema: OLD, sample: true });
  await measure(older, "upgrade an older tracker (Assets gains Kind, Gap)", () => build(older));

  for (const n of [10_000, 100_000]) {
    const big = createFakeExcel();
    await build(big, { schema: OLD });
    await big.Excel.run((ctx) => copyIntoTrackerTable(ctx, ASSETS, rows(ASSETS, n)));
    await measure(big, `upgrade an older tracker whose Assets has ${n.toLocaleString("en-US")} rows`, () => build(big));
    await measure(big, `create again on it (nothing to do)`, () => build(big));
  }

  const race = createFakeExcel();
  await measure(race, "two co-authors create at once (total for both)", () =>
    Promise.all([build(race, { sample: true }), build(race, { sample: true })]),
  );

  for (const n of [10_000, 100_000]) {
    const reader = createFakeExcel();
    const header = PARTNERS.columns.map((c) => c.name);
    reader.workbook.seedSheet("Existing", [header, ...(rows(PARTNERS, n) as (string | number)[][])]);
    await measure(reader, `read a ${n.toLocaleString("en-US")}-row existing sheet (${header.length} columns)`, () =>
      reader.Excel.run((ctx) => readSheetValues(ctx, "Existing")),
    );
  }

  for (const n of [10_000, 100_000]) {
    const copy = createFakeExcel();
    await build(copy);
    await measure(copy, `copy ${n.toLocaleString("en-US")} rows into tblPartners`, () =>
      copy.Excel.run((ctx) => copyIntoTrackerTable(ctx, PARTNERS, rows(PARTNERS, n))),
    );
    await measure(copy, `read the four tracker tables (${n.toLocaleString("en-US")} partners)`, () =>
      copy.Excel.run((ctx) => readTrackerTables(ctx)),
    );
  }
}
