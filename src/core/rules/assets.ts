import { ASSETS } from "../../schema";
import { formatNumber } from "../coerce";
import { DuplicateFinder } from "../duplicates";
import { READABLE, slotsOf } from "../rows";
import { sameRow } from "./copies";
import { recordNumberColumns, recordNumbersSaid, rowText } from "./rowIdentity";
import type { Rule } from "./types";

/** SPEC "Rules — Assets". */
const { asset, available, needed, unit } = slotsOf(ASSETS, {
  asset: ASSETS.col.asset,
  available: ASSETS.col.available,
  needed: ASSETS.col.needed,
  unit: ASSETS.col.unit,
});

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

/**
 * A row the same as an earlier one in every column: the same entry made twice? (real: a county's
 * fleet inventory, four lines entered twice, 18 vehicles counted twice, said nowhere). An Asset on
 * several rows is no issue (three vans, one for each department), so whole rows are compared, and
 * only among the rows of a repeated Asset: a register without repeats never pays for it.
 */
/** A unit of one item (`Each`, `EA`): the US military's unit of issue for a single piece. */
const EACH = /^\s*(?:each|ea|piece|pc|pcs|item|stück|stk)\.?\s*$/i;

const sameAssetRow: Rule = {
  id: `sameRow.${ASSETS.col.asset.id}`,
  at: asset,
  ...sameRow(),
  stateful: {
    on: READABLE,
    start: (t) => {
      const column = t.index[asset];
      const names = new DuplicateFinder("trimCase", (n) => String(t.matrix[n - 1][column] ?? "").trim(), t.rowCount);
      // Each distinct row of a repeated Asset, by its text, with its first row (0-based).
      const rows = new Map<string, number>();
      const head = t.matrix[t.mapping.headerRow] ?? [];
      const skip = recordNumberColumns(t.mapping, head);
      const but = skip ? recordNumbersSaid(t.mapping, skip, head) : "";
      return {
        check: (row, emit) => {
          const first = names.firstRowOf(row.text(asset), row.rowNumber);
          if (first === undefined) return;
          // An inventory of one item a row (`RIFLE,5.56 MILLIMETER`, Quantity 1, UI Each) lists each of
          // many alike on its own row (a helper's round, real: the US military-surplus lists, 302
          // of 398 rows "delete the extra row").
          if (row.has(available) && row.num[available] === 1 && EACH.test(row.text(unit))) return;
          const firstText = rowText(t.matrix[first - 1], skip);
          if (!rows.has(firstText)) rows.set(firstText, first - 1);
          const text = rowText(t.matrix[row.row], skip);
          const earlier = rows.get(text);
          if (earlier === undefined) {
            rows.set(text, row.row);
            return;
          }
          emit(
            asset,
            `Row ${row.row + 1} is the same as row ${earlier + 1} in every column${but}: the same entry made twice? ` +
              `Both are counted. If it is one, delete the extra row.`,
          );
        },
        finish: () => undefined,
      };
    },
  },
};

export const ASSET_RULES: readonly Rule[] = [sameAssetRow, neededWithoutAvailable];
