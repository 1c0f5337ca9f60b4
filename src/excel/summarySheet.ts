/**
 * The Summary sheet: the workbook model's `summaryLayout()` cell for cell (native formulas over
 * structured references, so it reads the same without the add-in; no custom function anywhere) and the chart
 * of commitments by sector. The add-in's own results go in one plain-value cell that Check writes.
 */
import type { Cell } from "../core/types";
import type { SummaryCell } from "../schema";
import { SUMMARY_LOOKS, summaryLayout, type CellLook } from "../model";
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
      // One format request per run of neighbouring cells of the same role (a header row is one).
      for (let i = 0; i < row.length;) {
        const role = row[i]?.role;
        let end = i + 1;
        while (end < row.length && row[end]?.role === role) end++;
        const look = role ? SUMMARY_LOOKS[role] : undefined;
        if (look) queueLook(sheet.getRange(a1(r, i, 1, end - i)), look);
        i = end;
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

function queueLook(range: Excel.Range, look: CellLook): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.fontColor) range.format.font.color = look.fontColor;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.wrap) range.format.wrapText = true;
}

function cellContent(c: SummaryCell | null | undefined): Cell {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  if (typeof c.value === "string" && c.value.startsWith("=")) return `'${c.value}`;
  return c.value ?? "";
}
