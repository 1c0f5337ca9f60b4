import { ASSETS } from "../../schema";
import { formatNumber } from "../coerce";
import { READABLE, slotsOf } from "../rows";
import type { Rule } from "./types";

/** SPEC "Rules — Assets". */
const { available, needed } = slotsOf(ASSETS, { available: ASSETS.col.available, needed: ASSETS.col.needed });

const neededWithoutAvailable: Rule = {
  id: "assets.neededWithoutAvailable",
  severity: "warning",
  at: available,
  reads: [needed],
  each: {
    of: needed,
    on: READABLE,
    when: (row) => row.blank(available),
    message: (row) =>
      `${row.header[available]} is empty while ${row.header[needed]} is ${formatNumber(row.num[needed])} — ` +
      `enter 0 if none is available, so the gap can be worked out.`,
  },
};

export const ASSET_RULES: readonly Rule[] = [neededWithoutAvailable];
