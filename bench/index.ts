/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (each exports `run()` and prints its own
 * figures). Benchmarks, not timed unit tests: run them on a quiet machine and read the ratios.
 * Run one with `npm run bench -- functions`.
 */
import * as fs from "fs";
import * as path from "path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  if (files.length === 0) {
    console.log("nothing yet: no bench/*.bench.ts");
    return;
  }
  for (const f of files) {
    console.log(`\n=== ${f} ===`);
    const mod = require(path.join(__dirname, f)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
