import { ASSETS } from "../../schema";
import { formatNumber } from "../coerce";
import { slotOf } from "../rows";
import type { Rule } from "./types";

/** SPEC "Rules — Assets". */
const available = slotOf(ASSETS, ASSETS.col.available);
const needed = slotOf(ASSETS, ASSETS.col.needed);

const neededWithoutAvailable: Rule = {
  id: "assets.neededWithoutAvailable",
  severity: "warning",
  start: (t) =>
    t.present(needed) && t.present(available)
      ? (row, emit) => {
          if (row.has(needed) && row.blank(available)) {
            emit(
              available,
              `${row.header[available]} is empty while ${row.header[needed]} is ${formatNumber(row.num[needed])} — ` +
                `enter 0 if none is available, so the gap can be worked out.`,
            );
          }
        }
      : undefined,
};

export const ASSET_RULES: readonly Rule[] = [neededWithoutAvailable];
