/**
 * Runs in the browser right after the real office.js (appended to it by the harness): installs the
 * one Excel fake (test/fakes/excel) as the page's `Excel`, seeds it from `window.__PARTNERS_SEED__`
 * (set by the test before any script runs), and makes `Office.onReady` report an Excel host.
 * The fake stays reachable as `window.__partnersFake` so the test can read the workbook afterwards.
 */
import { createFakeExcel } from "../fakes/excel";

interface Seed {
  readonly sheets?: readonly {
    readonly name: string;
    readonly values: readonly (readonly (string | number | null)[])[];
    /** Areas merged as a user merges cells (`C2:C4`): the top-left cell keeps the value. */
    readonly merges?: readonly string[];
    /** Excel tables over seeded cells (`A5:C7`, header row included), as a user made them. */
    readonly tables?: readonly { readonly name: string; readonly address: string }[];
  }[];
}

const w = window as unknown as Record<string, unknown> & { __PARTNERS_SEED__?: Seed; Office: Record<string, unknown> };
const seed: Seed = w.__PARTNERS_SEED__ ?? {};
const fake = createFakeExcel({ sheets: seed.sheets?.length ? [] : ["Sheet1"] });
for (const s of seed.sheets ?? []) {
  fake.workbook.seedSheet(s.name, s.values);
  for (const m of s.merges ?? []) fake.workbook.seedMerge(s.name, m);
  for (const t of s.tables ?? []) fake.workbook.seedTable(s.name, t.name, t.address);
}
fake.install(w);

const info = { host: "Excel", platform: "OfficeOnline" };
w.Office.onReady = (callback?: (i: typeof info) => void) =>
  Promise.resolve(info).then((i) => {
    callback?.(i);
    return i;
  });
w.__partnersFake = fake;
