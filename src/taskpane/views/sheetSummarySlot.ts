import type { HeaderMapping } from "../../core/types";
import { PARTNERS } from "../../schema";
import type { SheetBlock } from "../backend";
import { h, replace } from "../dom";

/**
 * Where a Partners sheet's summary shows, under its mapping (sheetSummary.ts). The notes' sentences are
 * a script of their own (sheetSummary.js, ~9 KB gzipped), loaded the first time a Partners sheet is read:
 * the page's first load — Create, Check, the tracker's Summary — does without them, within its budget
 * (scripts/report-sizes.js). Null for another tab's sheet.
 */
export function sheetSummarySlot(block: SheetBlock, mapping: HeaderMapping): HTMLElement | null {
  if (mapping.tab !== PARTNERS.name) return null;
  const slot = h("div", { class: "sheet-summary-slot" });
  import(/* webpackChunkName: "sheetSummary" */ "./sheetSummary")
    .then(({ sheetSummary }) => replace(slot, sheetSummary(block, mapping)))
    // (Offline after the page loaded: the mapping, Validate and Copy work all the same.)
    .catch(() =>
      replace(
        slot,
        h("p", { class: "muted" }, "The sheet's summary could not be loaded: reload the add-in to see it."),
      ),
    );
  return slot;
}
