import { amountsAsTextNote, PARTNERS } from "../schema";
import { isTextAmount } from "./picture";
import { summaryToSpill, type Spill } from "./spill";
import { summarizePartners } from "./summaries";
import type { Matrix } from "./types";

/**
 * The task pane's "Export by sector (CSV)": the table =PARTNERS.SUMMARY spills over the tracker's
 * Partners table, with its amounts added as the pane's tiles and the Summary sheet add them — numbers
 * only, as Excel's SUM does (picture.ts) — and, under the Total, the Summary's own sentence on the
 * amounts written as text that it left out. Before, the export read `£25,000` typed in Committed as
 * 25,000 while the tiles beside the button and the Summary sheet its message points to did not: two
 * totals for one tracker.
 */
export function trackerSummaryExport(partners: Matrix): Spill {
  const header = (partners[0] ?? []).map((c) => String(c ?? ""));
  const amountColumns = [PARTNERS.col.committed.name, PARTNERS.col.received.name].map((name) => header.indexOf(name));
  const asText = [0, 0];
  const numbersOnly: Matrix = partners.map((row, r) =>
    r === 0
      ? row
      : row.map((cell, c) => {
          const which = amountColumns.indexOf(c);
          if (which < 0 || !isTextAmount(cell)) return cell;
          asText[which]++;
          return null;
        }),
  );
  const table = summaryToSpill(summarizePartners(numbersOnly), PARTNERS.col.committed.name, PARTNERS.col.received.name);
  const note = amountsAsTextNote(asText[0], asText[1]);
  return note ? [...table, [note, "", "", ""]] : table;
}
