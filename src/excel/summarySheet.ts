/**
 * The Summary sheet: the workbook model's `summaryLayout()` cell for cell (native formulas over
 * structured references, so it reads the same without the add-in; no custom function anywhere) and the chart
 * of commitments by sector. The add-in's own results go in one plain-value cell that Check writes.
 */
import type { Cell } from "../core/types";
import { HEADER_FILL, HEADER_FONT, type SummaryCell } from "../schema";
import { summaryLayout } from "../model";
import { a1, widthPoints } from "./context";
import { SUMMARY_CHART } from "./plan";

export function queueSummary(
  sheet: Excel.Worksheet,
  options: { write: boolean; chart: boolean; partnerCopy?: boolean },
): void {
  const layout = summaryLayout({ partnerCopy: options.partnerCopy });
  const width = Math.max(...layout.rows.map((r) => r.length), 1);
  if (options.write) {
    const formulas: Cell[][] = [];
    const formats: (string | null)[][] = [];
    for (const row of layout.rows) {
      formulas.push(Array.from({ length: width }, (_, i) => cellContent(row[i])));
      formats.push(Array.from({ length: width }, (_, i) => row[i]?.format ?? "General"));
    }
    const block = sheet.getRangeByIndexes(0, 0, layout.rows.length, width);
    // An older layout's fills and fonts would otherwise stay on cells that now hold other things.
    block.clear("Formats");
    // Formulas into General cells, then the formats: a formula entered into a Text ("@") cell
    // (as left by an earlier build) would be stored as text.
    block.numberFormat = formats.map((row) => row.map(() => "General"));
    block.formulas = formulas;
    block.numberFormat = formats;
    layout.rows.forEach((row, r) => {
      const styled = row
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c && c.role !== "label" && c.role !== "figure" && c.role !== "note" && c.role !== "status");
      if (styled.length === 0) return;
      const first = styled[0].i;
      const last = styled[styled.length - 1].i;
      const range = sheet.getRange(a1(r, first, 1, last - first + 1));
      range.format.font.bold = true;
      if (styled[0].c?.role === "header") {
        range.format.fill.color = HEADER_FILL;
        range.format.font.color = HEADER_FONT;
        // Wrapped, so a long header ("Champions outside government") shows whole in a narrow column.
        range.format.wrapText = true;
      }
    });
    layout.columnWidths.forEach((w, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w);
    });
  }
  if (options.chart) {
    const chart = sheet.charts.add("BarClustered", sheet.getRange(layout.chart.values), "Columns");
    chart.name = SUMMARY_CHART;
    chart.title.text = layout.chart.title;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(layout.chart.categories));
    chart.setPosition(layout.chart.anchor);
  }
}

function cellContent(c: SummaryCell | null | undefined): Cell {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  if (typeof c.value === "string" && c.value.startsWith("=")) return `'${c.value}`;
  return c.value ?? "";
}
