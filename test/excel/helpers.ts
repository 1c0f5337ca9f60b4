import { createOrUpgradeTracker, type BuildOptions } from "../../src/excel/builder";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fakes/excel";

/** A fake workbook plus a `build` that runs the real builder in one `Excel.run`. */
export function setup(
  options?: FakeExcelOptions,
): FakeExcel & { build(o?: BuildOptions): ReturnType<typeof createOrUpgradeTracker> } {
  const fake = createFakeExcel(options);
  return { ...fake, build: (o?: BuildOptions) => fake.Excel.run((ctx) => createOrUpgradeTracker(ctx, o)) };
}

/** Syncs used by one call. */
export async function countSyncs(fake: FakeExcel, f: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await f();
  return fake.stats.syncs - before;
}
