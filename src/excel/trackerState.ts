/**
 * Observing what the workbook already holds, so the builder can plan without guessing. Two reads
 * at most: (1) sheets, tables and names — always; (2) details of what exists (table headers and
 * size, whether the columns right of a table are free, the Lists marker and version, the Summary
 * title and chart) — only when something exists. Never calls a method on a null object.
 */
import type { Cell } from "../core/types";
import { LISTS_SHEET, SUMMARY_SHEET, TABS, type TabSpec } from "../schema";
import { LISTS_BLOCK } from "../model";
import { localAddress } from "./context";

export interface ObservedTable {
  readonly name: string;
  readonly sheet: string;
  /** Header texts, left to right. */
  readonly headers: readonly string[];
  /** 0-based position of the header row's first cell. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** Rows including the header row (and the totals row, when the user turned it on). */
  readonly rowCount: number;
  /**
   * The user turned the table's totals row on: it is the last of `rowCount` rows, inside
   * `getRange()` and `[#All]` but not a data row (Office.js `Table.showTotals`).
   */
  readonly totalsRow?: boolean;
  /** How many columns right of the table are empty (values) in every table row, up to what was probed. */
  readonly freeColumnsRight: number;
}

export interface ObservedSheet {
  readonly name: string;
  readonly visibility: string;
  /** Tables on the sheet (names as Excel has them). */
  readonly tables: readonly string[];
  /** Filled by the detail read for candidate sheets only. */
  readonly empty?: boolean;
  readonly a1?: Cell;
  readonly b1?: Cell;
  /** Lists sheet: the list block as it stands (title row + values). */
  readonly listBlock?: readonly (readonly Cell[])[];
  /** Summary sheet: chart names. */
  readonly charts?: readonly string[];
}

export interface ObservedWorkbook {
  readonly sheets: readonly ObservedSheet[];
  /** Tracker tables that exist, by schema table name (tblFoundation …). */
  readonly tables: Readonly<Record<string, ObservedTable | undefined>>;
  /** Defined names by lower-case name. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly formula: string }>;
}

/** Names the builder might use for a sheet: `Partners`, `Partners (tracker)`, `Partners (tracker 2)`. */
export function candidateNames(wanted: string): string[] {
  return [wanted, `${wanted} (tracker)`, `${wanted} (tracker 2)`, `${wanted} (tracker 3)`];
}

/** Where the Lists sheet's block of lists stands (the workbook model's), read to see whether it changed. */
export const LIST_BLOCK = LISTS_BLOCK;

/**
 * Reads the workbook's tracker state in one or two syncs. `tabs` is the schema's tabs (tests pass
 * an older schema to build an "old" tracker).
 */
export async function readTrackerState(
  context: Excel.RequestContext,
  tabs: readonly TabSpec[] = TABS,
): Promise<ObservedWorkbook> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const names = wb.names.load("items/name,items/formula");
  await context.sync();

  const nameMap = new Map<string, { name: string; formula: string }>();
  for (const n of names.items) nameMap.set(n.name.toLowerCase(), { name: n.name, formula: n.formula });
  const tablesBySheet = new Map<string, string[]>();
  const tableSheet = new Map<string, string>();
  const tableProxies = new Map<string, Excel.Table>();
  for (const t of tables.items) {
    const sheet = t.worksheet.name;
    tablesBySheet.set(sheet.toLowerCase(), [...(tablesBySheet.get(sheet.toLowerCase()) ?? []), t.name]);
    tableSheet.set(t.name.toLowerCase(), sheet);
    tableProxies.set(t.name.toLowerCase(), t);
  }

  // Detail read: tracker tables that exist, and sheets the builder might reuse or must avoid.
  const trackerTables = tabs
    .map((tab) => ({ tab, proxy: tableProxies.get(tab.table.toLowerCase()) }))
    .filter((x): x is { tab: TabSpec; proxy: Excel.Table } => x.proxy !== undefined);
  const tableDetail = trackerTables.map(({ tab, proxy }) => ({
    tab,
    proxy,
    header: proxy.getHeaderRowRange().load("values,rowIndex,columnIndex"),
    totals: proxy.load("showTotals"),
    whole: proxy.getRange().load("rowCount"),
    right: proxy.getRange().getColumnsAfter(tab.columns.length).getUsedRangeOrNullObject(true).load("columnIndex"),
  }));
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const wanted = [...tabs.map((t) => t.name), LISTS_SHEET, SUMMARY_SHEET];
  const probes = wanted
    .flatMap((w) => candidateNames(w).map((n) => ({ base: w, sheet: existing.get(n.toLowerCase()) })))
    .filter((p): p is { base: string; sheet: Excel.Worksheet } => p.sheet !== undefined)
    .map(({ base, sheet }) => ({
      base,
      sheet,
      used: sheet.getUsedRangeOrNullObject(false).load("address"),
      top: sheet.getRange("A1:B1").load("values"),
      block: base === LISTS_SHEET ? sheet.getRange(LIST_BLOCK.address).load("values") : undefined,
      charts: base === SUMMARY_SHEET ? sheet.charts.load("items/name") : undefined,
    }));
  if (tableDetail.length > 0 || probes.length > 0) await context.sync();

  const probed = new Map(probes.map((p) => [p.sheet.name.toLowerCase(), p]));
  const observedSheets: ObservedSheet[] = sheets.items.map((s) => {
    const p = probed.get(s.name.toLowerCase());
    const base: ObservedSheet = {
      name: s.name,
      visibility: s.visibility,
      tables: tablesBySheet.get(s.name.toLowerCase()) ?? [],
    };
    if (!p) return base;
    return {
      ...base,
      empty: p.used.isNullObject,
      a1: p.top.values[0][0] as Cell,
      b1: p.top.values[0][1] as Cell,
      listBlock: p.block?.values as Cell[][] | undefined,
      charts: p.charts?.items.map((c) => c.name),
    };
  });

  const observedTables: Record<string, ObservedTable> = {};
  for (const d of tableDetail) {
    const width = d.tab.columns.length;
    const firstRight = d.header.columnIndex + d.header.values[0].length;
    const freeColumnsRight = d.right.isNullObject ? width : d.right.columnIndex - firstRight;
    observedTables[d.tab.table] = {
      name: d.proxy.name,
      sheet: tableSheet.get(d.tab.table.toLowerCase()) as string,
      headers: d.header.values[0].map((v) => String(v)),
      rowIndex: d.header.rowIndex,
      columnIndex: d.header.columnIndex,
      rowCount: d.whole.rowCount,
      totalsRow: d.totals.showTotals,
      freeColumnsRight,
    };
  }
  return { sheets: observedSheets, tables: observedTables, names: nameMap };
}

export { localAddress };
