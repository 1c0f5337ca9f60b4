/**
 * `npm run bench -- arguments`: how big a custom function's argument is when a formula passes a
 * whole tracker table, as Excel sends it (the range's values as JSON). Excel limits custom-function
 * payloads to about 5 MB (office-js #4654, "by design"; #2786 a large matrix stuck at #BUSY; #4613 a
 * whole-column argument gives #CALC! on the web), and every recalculation sends the whole range again.
 * The README's supported size comes from these figures: keep them in step.
 */
import { PARTNERS } from "../src/schema";
import { partnersSheet } from "./functions.bench";

/** The payload limit the figures are measured against. */
export const ARGUMENT_LIMIT_BYTES = 5_000_000;
/** The README's supported size keeps this share of the limit free for the other arguments and Excel's own framing. */
const HEADROOM = 0.8;
const SIZES = [1_000, 5_000, 10_000, 20_000, 50_000, 100_000];

const jsonBytes = (rows: number) => Buffer.byteLength(JSON.stringify(partnersSheet(rows)), "utf8");
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

export async function run(): Promise<void> {
  console.log(
    `tblPartners[#All] as a custom-function argument (${PARTNERS.columns.length} columns, header row included, ` +
      `typical values), JSON bytes; limit ${mb(ARGUMENT_LIMIT_BYTES)} (office-js #4654):`,
  );
  for (const rows of SIZES) {
    const bytes = jsonBytes(rows);
    const verdict =
      bytes <= ARGUMENT_LIMIT_BYTES ? "fits" : `over the limit (${(bytes / ARGUMENT_LIMIT_BYTES).toFixed(1)}×)`;
    console.log(
      `  ${rows.toLocaleString("en-US").padStart(7)} rows  ${mb(bytes).padStart(9)}  ${Math.round(bytes / rows)} bytes/row  ${verdict}`,
    );
  }
  // The largest row count whose argument fits within the headroom, measured rather than extrapolated.
  let lo = 1;
  let hi = SIZES[SIZES.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2 / 100) * 100;
    if (mid >= hi) break;
    if (jsonBytes(mid) <= ARGUMENT_LIMIT_BYTES * HEADROOM) lo = mid;
    else hi = mid;
  }
  const supported = Math.floor(lo / 1000) * 1000;
  console.log(
    `Supported in a formula: up to ${supported.toLocaleString("en-US")} rows (${mb(jsonBytes(supported))}, ` +
      `${Math.round(HEADROOM * 100)}% of the limit). Larger tables: the task pane's Check, which reads in blocks.`,
  );
}
