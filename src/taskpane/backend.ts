import type { MergedArea } from "../core/mergedCells";
import type { PivotArea } from "../core/pivots";
import type { CopiesLeftOut, KeptCurrency, NotDataKind, ScaledColumn, ToldApart } from "../core/trackerRows";
import type { HeaderMapping, Matrix } from "../core/types";
import type { CellFix, FixReport } from "../excel/fixCells";
import type { IssueSheetRow, IssuesSheetReport } from "../excel/issuesSheet";
import type { SheetTable } from "../excel/reader";
import type { SavedMapping } from "../excel/mappingSheet";

export type { SavedMapping };
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
  /** Indexes in `values` of Excel tables' totals rows (not data). */
  readonly tableTotalsRows?: readonly number[];
  /** The Excel tables on it that show a header row, 0-based in `values` (SheetTable). */
  readonly tables?: readonly SheetTable[];
  /** The sheet's pivot tables: their cells are empty in `values` (a report of other data, not data). */
  readonly pivots?: readonly PivotArea[];
  /** Per column of `values`, the currency its numbers' number formats show ("" for none). */
  readonly numberCurrencies?: readonly string[];
  /**
   * Areas merged over several rows, 0-based in `values`: text merged down is each row's already; a
   * figure or a key merged down is read with the mapping (withMergedAreas), as the command line does.
   */
  readonly mergedDown?: readonly MergedArea[];
  /** Rows the sheet hides (by its filter or by hand), indexes in `values`: checked all the same, and said. */
  readonly hiddenRows?: readonly number[];
  /** Whether the sheet has a filter (Data › Filter). */
  readonly filtered?: boolean;
  /**
   * One of several blocks side by side on its sheet (blocksSideBySide): what is said of all its rows is
   * said of its table, not the sheet (ValidateOptions.ofTable), as the command line says it.
   */
  readonly ofTable?: boolean;
}

export type TrackerTables = Readonly<Record<TabName, SheetBlock | undefined>>;

/** What "Copy into tracker" did (worksheet row numbers of the source sheet). */
export interface CopyResult {
  readonly written: number;
  /** Rows whose key the tracker already held: reported, not copied again. */
  readonly alreadyInTracker: readonly number[];
  /** The key's column names ("Partner", "Initiative ID"). */
  readonly keyColumns: readonly string[];
  /** Rows that are not data (totals, label rows, notes, rows of placeholders only), never copied. */
  readonly notData: readonly { readonly row: number; readonly kind: NotDataKind; readonly label: string }[];
  /** Amount columns in another currency than dollars: copied as written (`£3,000`), not as dollars. */
  readonly keptCurrency?: readonly KeptCurrency[];
  /** Amount columns in thousands or millions (`Spend (£000)`): copied multiplied out. */
  readonly scaled?: readonly ScaledColumn[];
  /** Rows alike in every tracker column, told apart in Notes by the sheet's own columns. */
  readonly toldApart?: ToldApart;
  /** Amount columns naming no currency on a sheet that does not read as dollars: copied as figures. */
  readonly unstatedCurrency?: readonly string[];
  /** Values of the last column running on past it, copied whole: Check's sentence (runOnValues.ts). */
  readonly runsOn?: readonly string[];
  /** Copies most of the rows, not copied as the summary leaves them out (worksheet row numbers). */
  readonly copiesLeftOut?: readonly CopiesLeftOut[];
}

export interface Backend {
  createOrUpgrade(options: { sample: boolean }, onProgress: Progress): Promise<BuildReport>;
  /** Sheets a user may pick as a source: visible, and not the tracker's own. */
  listSheets(): Promise<string[]>;
  readSheet(sheet: string, onProgress: Progress): Promise<SheetBlock>;
  /** The tracker's four tables, header row included; undefined for a tab the workbook lacks. */
  readTrackerTables(): Promise<TrackerTables>;
  /** Appends the block's data rows under its header, as mapped, to the mapped tab's table. */
  copyIntoTracker(block: SheetBlock, mapping: HeaderMapping): Promise<CopyResult>;
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  refreshSummary(): Promise<void>;
  /** Writes listed values over cells still holding what the check saw; skips cells changed since. */
  fixCells(fixes: readonly CellFix[], onProgress: Progress): Promise<FixReport>;
  /** Replaces the Issues sheet with Check's findings (grouped by problem), stamped `checkedAt`. */
  writeIssuesSheet(rows: readonly IssueSheetRow[], checkedAt: string): Promise<IssuesSheetReport>;
  /** Mappings users corrected, kept in the workbook (one per table: per block side by side, per header row). */
  readMappings(): Promise<SavedMapping[]>;
  /**
   * Keeps a table's corrected mapping (your header → tracker column), of its block `columns` (`D–F`)
   * when the sheet holds blocks side by side — in place of the entry `replacing` kept for that table
   * before (`null`: none is, a new entry), and where its headers are (`place`: SavedMapping.place);
   * returns its range for a formula.
   */
  saveMapping(
    sheet: string,
    tab: string,
    pairs: readonly (readonly [string, string])[],
    columns?: string,
    replacing?: number | null,
    place?: string,
  ): Promise<SavedMapping>;
}
