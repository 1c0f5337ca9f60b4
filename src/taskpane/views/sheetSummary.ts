import { summarizePartnerBlocks, summaryToSpill, SUMMARY_WORDS, type PartnerSummary } from "../../core";
import { withMergedAreas } from "../../core/mergedCells";
import { sheetSummaryNotes } from "../../core/sheetSummaryNotes";
import { money } from "../../core/summarySentences";
import type { HeaderMapping } from "../../core/types";
import { PARTNERS } from "../../schema";
import type { SheetBlock } from "../backend";
import { errorMessage, h } from "../dom";

/**
 * "Use an existing sheet" on a Partners sheet: its summary under the mapping — partners (distinct),
 * Committed and Received with their currency, and what the figures leave out or may count twice —
 * the figures and notes the command line's `summary` gives of the same sheet (sheetSummaryNotes), in
 * the pane's words (SUMMARY_WORDS.pane). Made again each time the mapping changes, so a column mapped
 * by hand is summed at once.
 */

/** The block's summary and its notes, in the order the command line says them; undefined off Partners. */
export function sheetSummaryOf(
  block: SheetBlock,
  mapping: HeaderMapping,
): { readonly summary: PartnerSummary; readonly notes: readonly string[] } | undefined {
  if (mapping.tab !== PARTNERS.name) return undefined;
  // Read as Validate reads it (validateInPlace): an Excel table's totals row left out, cells merged down
  // read as the sheet shows them.
  const totals = new Set(block.tableTotalsRows ?? []);
  const values = totals.size === 0 ? block.values : block.values.map((row, i) => (totals.has(i) ? [] : row));
  const read = withMergedAreas(values, mapping, block.mergedDown, 0, 0);
  const hidden = (block.hiddenRows ?? []).filter((r) => r > mapping.headerRow);
  const summary = summarizePartnerBlocks([
    { matrix: read.values, mapping: read.mapping, ...(hidden.length > 0 ? { hiddenRows: new Set(hidden) } : {}) },
  ]);
  const summed = {
    sheet: block.sheet,
    isTrackerTable: false,
    top: block.firstRow,
    left: block.firstColumn,
    matrix: read.values,
    mapping: read.mapping,
  };
  const said = sheetSummaryNotes({
    summary,
    blocks: [summed],
    main: summed,
    tableOfSheet: [block.ofTable === true],
    filteredSheets: new Set(block.filtered ? [block.sheet] : []),
    fromText: false,
    words: SUMMARY_WORDS.pane,
  });
  return { summary, notes: [...new Set([...said.lead, ...said.blocks, ...said.notes])] };
}

/** The summary shown under the mapping of a Partners sheet (sheetSummarySlot loads it); null for another tab's. */
export function sheetSummary(block: SheetBlock, mapping: HeaderMapping): HTMLElement | null {
  let made: ReturnType<typeof sheetSummaryOf>;
  try {
    made = sheetSummaryOf(block, mapping);
  } catch (err) {
    // Amounts it cannot add up (two currencies in one column, no Committed column): why, in its place.
    return mapping.tab === PARTNERS.name
      ? h(
          "div",
          { class: "sheet-summary", id: "sheet-summary" },
          h("p", { class: "warning" }, errorMessage(err, "above")),
        )
      : null;
  }
  if (!made) return null;
  const { summary, notes } = made;
  // The Total row as the command line prints it (summaryToSpill): a column the sheet has not, blank.
  const spill = summaryToSpill(summary, PARTNERS.col.committed.name, PARTNERS.col.received.name);
  const [header, total] = [spill[0], spill[spill.length - 1]];
  const shown = (v: string | number, i: number) =>
    v === "" ? "—" : typeof v === "number" && i >= 2 ? money(v, summary.currency) : v.toLocaleString("en-US");
  return h(
    "div",
    { class: "sheet-summary", id: "sheet-summary" },
    h("h3", {}, `Summary of ${block.sheet}`),
    h(
      "dl",
      {},
      [1, 2, 3].map((i) =>
        h("div", { class: "figure" }, h("dt", {}, String(header[i])), h("dd", {}, shown(total[i], i))),
      ),
    ),
    notes.length > 0
      ? h(
          "ul",
          { class: "notes" },
          notes.map((n) => h("li", {}, n)),
        )
      : null,
  );
}
