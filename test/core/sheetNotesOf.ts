import { mapHeaders, summarizePartnerBlocks, SUMMARY_WORDS, type Matrix } from "../../src/core";
import { sheetSummaryNotes } from "../../src/core/sheetSummaryNotes";

/** A one-table sheet's Partners summary and the notes a door says of it (sheetSummaryNotes), for the notes' tests. */
export function sheetNotesOf(sheet: Matrix, door: "cli" | "pane" = "cli") {
  const mapping = mapHeaders(sheet, "Partners");
  const summary = summarizePartnerBlocks([{ matrix: sheet, mapping }]);
  const block = { sheet: "Grants", isTrackerTable: false, top: 1, left: 1, matrix: sheet, mapping };
  const said = sheetSummaryNotes({
    summary,
    blocks: [block],
    main: block,
    tableOfSheet: [false],
    filteredSheets: new Set(),
    fromText: false,
    words: SUMMARY_WORDS[door],
  });
  return { summary, notes: [...said.lead, ...said.blocks, ...said.notes] };
}
