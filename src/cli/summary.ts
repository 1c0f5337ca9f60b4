import { formatAmount, summarizePartners, summaryToSpill, TrackerError, type Matrix } from "../core";
import { tableToCsv } from "../core/csv";
import { PARTNERS } from "../schema";
import { findBlocks, type MappingOptions } from "./check";
import type { WorkbookData } from "./xlsxReader";

/**
 * `summary`: PARTNERS.SUMMARY over the workbook's Partners data (the tracker's table, or the first
 * sheet whose headers map to Partners) — partners, committed and received by a column.
 */
export interface PartnersSummaryResult {
  readonly sheet: string;
  readonly table?: string;
  /** Header row then rows then the Total row, as PARTNERS.SUMMARY spills it. */
  readonly spill: (string | number)[][];
  /** The currency the amounts are in (`USD` unless the sheet's amounts name another). */
  readonly currency: string;
}

export function partnersSummary(
  wb: WorkbookData,
  groupBy?: string,
  mapping: MappingOptions = {},
): PartnersSummaryResult {
  const { blocks } = findBlocks(wb, mapping);
  const partners = blocks
    .filter((b) => b.mapping.tab === "Partners")
    .sort((a, b) => Number(b.isTrackerTable) - Number(a.isTrackerTable))[0];
  if (!partners) {
    throw new TrackerError("#N/A", "no Partners data: no table or sheet has a header row naming Partners columns");
  }
  // The mapping check made (the headers, or --tab/--map), so summary reads the columns check read.
  const summary = summarizePartners(partners.matrix as Matrix, groupBy, partners.mapping);
  return {
    sheet: partners.sheet,
    table: partners.table,
    spill: summaryToSpill(summary, PARTNERS.col.committed.name, PARTNERS.col.received.name),
    currency: summary.currency,
  };
}

export function summaryText(file: string, result: PartnersSummaryResult): string {
  const [header, ...rows] = result.spill;
  const cells = [
    header.map(String),
    ...rows.map((r) =>
      r.map((v, i) =>
        typeof v === "number" ? (i >= 2 ? formatAmount(v, result.currency) : v.toLocaleString("en-US")) : v,
      ),
    ),
  ];
  const widths = header.map((_, i) => {
    let width = 0;
    for (const r of cells) width = Math.max(width, String(r[i]).length);
    return width;
  });
  const line = (r: (string | number)[]) =>
    r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join("   ");
  const where = result.table ? `table ${result.table}` : `sheet ${result.sheet}`;
  return `${file} — Partners (${where}), by ${header[0]}\n\n${cells.map(line).join("\n")}\n`;
}

export function summaryCsv(result: PartnersSummaryResult): string {
  const [header, ...rows] = result.spill;
  return tableToCsv(header.map(String), rows, { bom: true });
}
