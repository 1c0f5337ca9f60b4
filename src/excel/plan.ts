/**
 * The pure half of the builder: given what the workbook holds (`ObservedWorkbook`) and the schema,
 * decide what to do. No Office.js here, so every decision is unit-tested without a workbook.
 * Rules (SPEC "Building is safe"): a sheet that is not the tracker's is never written; a tracker
 * table keeps every cell (missing columns go to its right, only into empty cells); names, lists,
 * validation and Summary are (re)written only when missing or when an older version built them.
 */
import type { Cell } from "../core/types";
import {
  LISTS_SHEET,
  SAMPLE_DATA,
  SCHEMA_VERSION,
  SUMMARY_SHEET,
  TABS,
  TRACKER_MARKER,
  type ColumnSpec,
  type SampleRow,
  type TabName,
  type TabSpec,
} from "../schema";
import { LIST_PLACEMENTS, LISTS_BLOCK, summaryLayout, validationOf, type TrackerRow } from "../model";
import { sheetRef } from "./context";
import { candidateNames, type ObservedSheet, type ObservedTable, type ObservedWorkbook } from "./trackerState";

/** The tracker as one version of the add-in defines it (tests pass an older one). */
export interface BuildSchema {
  readonly tabs: readonly TabSpec[];
  readonly version: number;
  readonly sample: Readonly<Record<TabName, readonly SampleRow[]>>;
}

export const CURRENT_SCHEMA: BuildSchema = { tabs: TABS, version: SCHEMA_VERSION, sample: SAMPLE_DATA };

/** Name of the Summary's chart (how a later run recognises it). */
export const SUMMARY_CHART = "chtCommitmentsBySector";

export interface BuildReport {
  /** Sheets the run created (or filled, when an empty sheet of that name was waiting). */
  readonly created: string[];
  /** What the run changed on existing tracker sheets, one line each: "Assets: added Gap". */
  readonly upgraded: string[];
  /** Sheets (or tracker parts) the run did not touch, and why. */
  readonly leftAlone: { name: string; reason: string }[];
  /** Tracker sheets built under another name because the wanted one belongs to the user. */
  readonly renamed: { wanted: string; used: string }[];
  /** Schema version the workbook records after the run. */
  version: number;
}

export type TabPlan =
  | {
      readonly kind: "create";
      readonly tab: TabSpec;
      readonly sheet: string;
      readonly addSheet: boolean;
      /** The rows to put in the new table, keyed by column id: sample data or none. */
      readonly rows: readonly TrackerRow[];
    }
  | {
      readonly kind: "upgrade";
      readonly tab: TabSpec;
      readonly sheet: string;
      readonly table: ObservedTable;
      /** Columns to append at the table's right, in schema order. */
      readonly add: readonly ColumnSpec[];
      /** Existing columns whose validation is set again (older tracker). */
      readonly revalidate: readonly ColumnSpec[];
    }
  | { readonly kind: "ok"; readonly tab: TabSpec; readonly sheet: string }
  | { readonly kind: "blocked"; readonly tab: TabSpec; readonly sheet: string; readonly reason: string };

export interface BuildPlan {
  /** Sheets to add, in workbook order. */
  readonly addSheets: readonly string[];
  readonly lists: {
    readonly sheet: string;
    readonly writeMarker: boolean;
    readonly writeBlock: boolean;
    readonly hide: boolean;
  };
  readonly names: { readonly add: NameDef[]; readonly update: NameDef[] };
  readonly tabs: readonly TabPlan[];
  readonly summary: { readonly sheet: string; readonly write: boolean; readonly chart: boolean } | undefined;
  readonly writeVersion: boolean;
  /** Version the workbook recorded before the run (null: none). */
  readonly previousVersion: number | null;
  readonly report: BuildReport;
  /** True when nothing needs writing. */
  readonly nothingToDo: boolean;
}

export interface NameDef {
  readonly name: string;
  readonly formula: string;
}

export const SUMMARY_TITLE = String(summaryLayout().rows[0][0]?.value ?? "");

/** The Lists block as it should stand: titles in the first row, values below, "" for padding. */
export function listBlock(): readonly (readonly Cell[])[] {
  return LISTS_BLOCK.values;
}

const same = (a: Cell, b: Cell) => String(a ?? "") === String(b ?? "");

function blockDiffers(observed: readonly (readonly Cell[])[] | undefined): boolean {
  if (!observed) return true;
  const want = listBlock();
  return want.some((row, r) => row.some((v, c) => !same(v, observed[r]?.[c])));
}

export function planBuild(
  observed: ObservedWorkbook,
  options: { sample?: boolean } = {},
  schema: BuildSchema = CURRENT_SCHEMA,
): BuildPlan {
  const report: BuildReport = { created: [], upgraded: [], leftAlone: [], renamed: [], version: schema.version };
  const byName = new Map(observed.sheets.map((s) => [s.name.toLowerCase(), s]));
  const taken = new Set(observed.sheets.map((s) => s.name.toLowerCase()));
  const addSheets: string[] = [];

  const isFree = (s: ObservedSheet | undefined) => s !== undefined && s.empty === true && s.tables.length === 0;
  /** Picks the sheet for a tracker part: an existing one `isOurs` accepts, else a free name. */
  const place = (
    wanted: string,
    isOurs: (s: ObservedSheet) => boolean,
  ): { sheet: string; exists: boolean; ours: boolean } => {
    const candidates = candidateNames(wanted);
    for (const n of candidates) {
      const s = byName.get(n.toLowerCase());
      if (s && isOurs(s)) return { sheet: s.name, exists: true, ours: true };
    }
    for (const n of candidates) {
      const s = byName.get(n.toLowerCase());
      if (isFree(s)) return { sheet: (s as ObservedSheet).name, exists: true, ours: false };
      if (!s && !taken.has(n.toLowerCase())) return { sheet: n, exists: false, ours: false };
    }
    let i = 4;
    while (taken.has(`${wanted} (tracker ${i})`.toLowerCase())) i++;
    return { sheet: `${wanted} (tracker ${i})`, exists: false, ours: false };
  };
  /** Takes a placed sheet; reports a free name (and the user's sheet it avoids) when building anew. */
  const claim = (wanted: string, p: { sheet: string; exists: boolean; ours: boolean }) => {
    if (!p.exists) {
      addSheets.push(p.sheet);
      taken.add(p.sheet.toLowerCase());
    }
    if (p.sheet !== wanted && !p.ours) {
      report.renamed.push({ wanted, used: p.sheet });
      const own = byName.get(wanted.toLowerCase());
      if (own && own.name !== p.sheet) {
        report.leftAlone.push({
          name: own.name,
          reason: `It is not the tracker's ${wanted} sheet, so it was not touched; the tracker uses '${p.sheet}'.`,
        });
      }
    }
  };

  // Lists sheet and the recorded version.
  const lists = place(LISTS_SHEET, (s) => s.a1 === TRACKER_MARKER);
  const listsSheet = lists.ours ? byName.get(lists.sheet.toLowerCase()) : undefined;
  const previousVersion = listsSheet && typeof listsSheet.b1 === "number" ? listsSheet.b1 : null;

  if (previousVersion !== null && previousVersion > schema.version) {
    report.version = previousVersion;
    report.leftAlone.push({
      name: lists.sheet,
      reason: `This tracker was built by a newer version of the add-in (schema ${previousVersion}); update the add-in before changing it.`,
    });
    return {
      addSheets: [],
      lists: { sheet: lists.sheet, writeMarker: false, writeBlock: false, hide: false },
      names: { add: [], update: [] },
      tabs: [],
      summary: undefined,
      writeVersion: false,
      previousVersion,
      report,
      nothingToDo: true,
    };
  }
  const older = previousVersion === null || previousVersion < schema.version;

  // Data tabs.
  const tabs: TabPlan[] = schema.tabs.map((tab): TabPlan => {
    const table = observed.tables[tab.table];
    if (table) {
      const have = new Set(table.headers.map((h) => h.trim().toLowerCase()));
      const add = tab.columns.filter((c) => !have.has(c.name.toLowerCase()));
      if (add.length === tab.columns.length) {
        // A table that merely shares the name: none of the tracker's columns, so not ours to widen.
        report.leftAlone.push({
          name: table.sheet,
          reason: `${table.name} has none of the tracker's ${tab.name} columns, so it was not changed; rename it to let the tracker build its own.`,
        });
        return { kind: "blocked", tab, sheet: table.sheet, reason: "not a tracker table" };
      }
      const revalidate = older
        ? tab.columns.filter((c) => have.has(c.name.toLowerCase()) && validationOf(c) !== undefined)
        : [];
      if (add.length > table.freeColumnsRight) {
        report.leftAlone.push({
          name: table.sheet,
          reason: `${tab.table} lacks ${add.map((c) => c.name).join(", ")}, but the cells to its right are not empty; move them and run again.`,
        });
        return { kind: "blocked", tab, sheet: table.sheet, reason: "cells to the right are in use" };
      }
      if (add.length === 0 && revalidate.length === 0) return { kind: "ok", tab, sheet: table.sheet };
      if (add.length > 0) report.upgraded.push(`${table.sheet}: added ${add.map((c) => c.name).join(", ")}`);
      if (revalidate.length > 0) report.upgraded.push(`${table.sheet}: dropdowns and checks set again`);
      return { kind: "upgrade", tab, sheet: table.sheet, table, add, revalidate };
    }
    const p = place(tab.name, () => false);
    claim(tab.name, p);
    report.created.push(p.sheet);
    const rows = options.sample ? (schema.sample[tab.name] ?? []) : [];
    return { kind: "create", tab, sheet: p.sheet, addSheet: !p.exists, rows };
  });

  // Summary.
  const summaryPlace = place(SUMMARY_SHEET, (s) => s.a1 === SUMMARY_TITLE);
  claim(SUMMARY_SHEET, summaryPlace);
  const summarySheet = summaryPlace.ours ? byName.get(summaryPlace.sheet.toLowerCase()) : undefined;
  const summaryWrite = !summaryPlace.ours || older;
  const summaryChart = !(summarySheet?.charts ?? []).some((c) => c.toLowerCase() === SUMMARY_CHART.toLowerCase());
  if (!summaryPlace.ours) report.created.push(summaryPlace.sheet);
  else if (summaryWrite || summaryChart) report.upgraded.push(`${summaryPlace.sheet}: formulas and chart refreshed`);

  // Lists last among the sheets, so it sits at the end of the tab strip.
  claim(LISTS_SHEET, lists);
  const writeBlock = !lists.ours || blockDiffers(listsSheet?.listBlock);
  const hide = !listsSheet || listsSheet.visibility === "Visible";
  if (!lists.ours) report.created.push(lists.sheet);
  else if (writeBlock) report.upgraded.push(`${lists.sheet}: dropdown lists updated`);

  // Names.
  const add: NameDef[] = [];
  const update: NameDef[] = [];
  for (const p of LIST_PLACEMENTS) {
    const formula = `=${sheetRef(lists.sheet)}!${p.valuesAddress}`;
    const have = observed.names.get(p.rangeName.toLowerCase());
    if (!have) add.push({ name: p.rangeName, formula });
    else if (have.formula.trim().toLowerCase() !== formula.toLowerCase()) update.push({ name: have.name, formula });
  }
  if (lists.ours && (add.length > 0 || update.length > 0))
    report.upgraded.push(`Names: ${add.length + update.length} list names set`);

  const writeVersion = previousVersion !== schema.version;
  const nothingToDo =
    addSheets.length === 0 &&
    !writeBlock &&
    !hide &&
    add.length === 0 &&
    update.length === 0 &&
    tabs.every((t) => t.kind === "ok" || t.kind === "blocked") &&
    !summaryWrite &&
    !summaryChart &&
    !writeVersion;
  return {
    addSheets,
    lists: { sheet: lists.sheet, writeMarker: !lists.ours, writeBlock, hide },
    names: { add, update },
    tabs,
    summary: { sheet: summaryPlace.sheet, write: summaryWrite, chart: summaryChart },
    writeVersion,
    previousVersion,
    report,
    nothingToDo,
  };
}
