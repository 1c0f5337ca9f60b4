import { createOrUpgradeTracker, type BuildOptions } from "../../src/excel/builder";
import { PARTNERS } from "../../src/schema";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fakes/excel";

/** A fake workbook plus a `build` that runs the real builder in one `Excel.run`. */
export function setup(
  options?: FakeExcelOptions,
): FakeExcel & { build(o?: BuildOptions): ReturnType<typeof createOrUpgradeTracker> } {
  const fake = createFakeExcel(options);
  return { ...fake, build: (o?: BuildOptions) => fake.Excel.run((ctx) => createOrUpgradeTracker(ctx, o)) };
}

/**
 * A tracker built with the sample data whose Partners table then has its totals row turned on, as a
 * user turns it on (Table Design › Total Row): the fake, ready for what the test does next.
 */
export async function trackerWithTotalsRow(build: BuildOptions = { sample: true }): Promise<ReturnType<typeof setup>> {
  const f = setup();
  await f.build(build);
  await f.Excel.run(async (ctx) => {
    ctx.workbook.tables.getItem(PARTNERS.table).showTotals = true;
    await ctx.sync();
  });
  return f;
}

/** An empty tracker beside a user's own sheet: the fake, the tracker built, `values` on sheet `name`. */
export async function trackerBeside(
  name: string,
  values: Parameters<FakeExcel["workbook"]["seedSheet"]>[1],
): Promise<ReturnType<typeof setup>> {
  const f = setup();
  await f.build();
  f.workbook.seedSheet(name, values);
  return f;
}

/** Syncs used by one call. */
export async function countSyncs(fake: FakeExcel, f: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await f();
  return fake.stats.syncs - before;
}
