import type { HeaderMapping, Matrix } from "../core/types";
import type { TabName } from "../schema";

/**
 * What the task pane needs from the workbook, as plain data. The UI depends on this interface
 * only; `excelBackend.ts` implements it over the Office.js adapters in src/excel, and tests can
 * drive the UI against the Excel fake through that same implementation.
 */
/** A short label of the step under way and how far along it is, 0–1. */
export type Progress = (step: string, fraction: number) => void;

export interface BuildReport {
  readonly created: readonly string[];
  readonly upgraded: readonly string[];
  readonly leftAlone: readonly { readonly name: string; readonly reason: string }[];
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  readonly version: number;
}

/** Values of a block of a sheet, and where the block starts (1-based worksheet coordinates). */
export interface SheetBlock {
  readonly sheet: string;
  readonly values: Matrix;
  readonly firstRow: number;
  readonly firstColumn: number;
}

export type TrackerTables = Readonly<Record<TabName, SheetBlock | undefined>>;

export interface Backend {
  createOrUpgrade(options: { sample: boolean }, onProgress: Progress): Promise<BuildReport>;
  listSheets(): Promise<string[]>;
  readSheet(sheet: string, onProgress: Progress): Promise<SheetBlock>;
  /** The tracker's four tables, header row included; undefined for a tab the workbook lacks. */
  readTrackerTables(): Promise<TrackerTables>;
  /** Appends the block's rows under its header, as mapped, to the mapped tab's table; returns rows written. */
  copyIntoTracker(block: SheetBlock, mapping: HeaderMapping): Promise<number>;
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  refreshSummary(): Promise<void>;
  /**
   * Puts Check's result on the Summary sheet as a plain value ("Last checked …: 12 errors, 30
   * warnings — see the Issues sheet"): the Summary holds no custom function (SPEC rev 2).
   */
  writeCheckStatus(errors: number, warnings: number): Promise<void>;
}
