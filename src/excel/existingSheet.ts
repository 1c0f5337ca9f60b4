/**
 * "Use an existing sheet": read a user's sheet in blocks, map its headers to a tracker tab (the
 * core's `mapHeaders`, with the user's corrections), and copy its rows into the tracker table.
 * The user's sheet is only read, never written.
 */
import { mapBlocks, mapHeaders } from "../core";
import { withFormatCurrencies } from "../core/coerce";
import { mergedAreasWithin, withMergedAreas } from "../core/mergedCells";
import {
  rowsToCopy,
  type CopiesLeftOut,
  type KeptCurrency,
  type NotDataRow,
  type ScaledColumn,
  type ToldApart,
} from "../core/trackerRows";
import type { HeaderMapping, Matrix } from "../core/types";
import type { TabName } from "../schema";
import type { Progress } from "./context";
import { copyIntoTrackerTable } from "./copyToTracker";
import { readSheetValues, type SheetValues } from "./reader";

export interface ExistingSheet {
  readonly sheet: SheetValues;
  /** How the sheet's headers map to the tab (header row index is within `sheet.values`); the first block's. */
  readonly mapping: HeaderMapping;
  /**
   * Its blocks side by side (SPEC rev 2), each with its own mapping, or the whole sheet as one block.
   * A block keeps every row of the sheet; `column` is where it starts (0-based, within the values).
   */
  readonly blocks: readonly { readonly values: Matrix; readonly mapping: HeaderMapping; readonly column: number }[];
}

export interface MappingOptions {
  /** The tab to map to; inferred from the headers when omitted. */
  readonly tab?: TabName;
  /** The user's corrections: 0-based column index → schema column id, or null to ignore it. */
  readonly overrides?: Readonly<Record<number, string | null>>;
  readonly onProgress?: Progress;
}

/** Reads a sheet's used range and maps its headers (throws TrackerError when there is no header row). */
export async function readExistingSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: MappingOptions = {},
): Promise<ExistingSheet> {
  const sheet = await readSheetValues(context, sheetName, { onProgress: options.onProgress });
  // Corrections name columns of the whole sheet: with them, the sheet is read as one block.
  // The currency the sheet's number formats show goes with each block's mapping (`"£"#,##0`: pounds).
  const shown = (column: number) => sheet.numberCurrencies.slice(column);
  // Figures and keys merged down read as the sheet shows them (text merged down is filled at read).
  const read = (values: Matrix, mapping: HeaderMapping, column: number, width: number) => ({
    ...withMergedAreas(values, mapping, mergedAreasWithin(sheet.mergedDown, 0, column, width), 0, 0),
    column,
  });
  const blocks = options.overrides
    ? [
        read(
          sheet.values,
          withFormatCurrencies(mapHeaders(sheet.values, options.tab ?? null, options.overrides), shown(0)),
          0,
          Infinity,
        ),
      ]
    : mapBlocks(sheet.values, options.tab ?? null).map((b) =>
        read(b.matrix, withFormatCurrencies(b.mapping, shown(b.column)), b.column, b.width),
      );
  return { sheet, mapping: blocks[0].mapping, blocks };
}

// Which rows are data and how their values go in: pure, in the core, so the CLI's `new --from`
// places rows exactly as "Copy into tracker" does.
export {
  rowsForTracker,
  rowsToCopy,
  totalsLabel,
  trackerValue,
  type KeptCurrency,
  type NotDataRow,
  type RowsToCopy,
} from "../core/trackerRows";

export interface SheetCopyReport {
  readonly tab: TabName;
  /** Rows written into the tracker table. */
  readonly written: number;
  /** Indexes in the sheet's values of rows whose key the tracker already held: not copied. */
  readonly alreadyInTracker: number[];
  /** Rows that are not data (totals, label rows, notes under the data), not copied. */
  readonly notData: readonly NotDataRow[];
  /** The key's column names ("Partner", "Initiative ID"). */
  readonly keyColumns: readonly string[];
  /** Amount columns in another currency than dollars: copied as written (`£3,000`), not as dollars. */
  readonly keptCurrency: readonly KeptCurrency[];
  /** Amount columns in thousands or millions: copied multiplied out. */
  readonly scaled: readonly ScaledColumn[];
  /** Rows alike in every tracker column, told apart in Notes by the sheet's own columns. */
  readonly toldApart?: ToldApart;
  /** Amount columns naming no currency on a sheet that does not read as dollars: copied as figures. */
  readonly unstatedCurrency?: readonly string[];
  /** Values of the last column running on past it, copied whole: said as Check says it (runOnValues.ts). */
  readonly runsOn?: readonly string[];
  /**
   * Copies most of a block's rows, not copied, as the summary leaves them out of its sums (indexes in
   * the sheet's values), one per block that has them — as `new --from` leaves them out.
   */
  readonly copiesLeftOut?: readonly CopiesLeftOut[];
}

/** Copies a block's data rows, as mapped, into the tracker table (the task pane's and `copyExistingSheet`'s copy). */
export async function copyRowsIntoTracker(
  context: Excel.RequestContext,
  values: Matrix,
  mapping: HeaderMapping,
  tableTotalsRows: readonly number[] = [],
  /** The sheet's row number of `values`' first row (for the rows the report names). */
  firstRow = 1,
  /** The block is one table of several on its sheet (blocks side by side): its report says so. */
  ofTable = false,
): Promise<SheetCopyReport> {
  const plan = rowsToCopy(values, mapping, tableTotalsRows, { firstRow, ofTable });
  const report = await copyIntoTrackerTable(context, mapping.tab, plan.rows);
  return {
    tab: mapping.tab,
    written: report.written,
    alreadyInTracker: report.alreadyInTracker.map((i) => plan.from[i]),
    notData: plan.notData,
    keyColumns: report.keyColumns,
    keptCurrency: plan.keptCurrency,
    scaled: plan.scaled,
    toldApart: plan.toldApart,
    unstatedCurrency: plan.unstatedCurrency,
    ...(plan.runsOn ? { runsOn: [plan.runsOn] } : {}),
    ...(plan.copiesLeftOut ? { copiesLeftOut: [plan.copiesLeftOut] } : {}),
  };
}

/**
 * Copies a user's sheet into the tracker table its headers map to; blocks side by side each with
 * their own mapping, one after the other (a row that is not data in both, such as a Total row
 * across them, is named once). Counts are the blocks' together; `tab` and `keyColumns` are the
 * first block's (blocks of two tabs side by side each go to their own table).
 */
export async function copyExistingSheet(
  context: Excel.RequestContext,
  sheetName: string,
  options: MappingOptions = {},
): Promise<SheetCopyReport & { firstRow: number }> {
  const { sheet, blocks } = await readExistingSheet(context, sheetName, options);
  const reports: SheetCopyReport[] = [];
  for (const b of blocks) {
    reports.push(
      await copyRowsIntoTracker(context, b.values, b.mapping, sheet.tableTotalsRows, sheet.firstRow, blocks.length > 1),
    );
  }
  const notData = new Map<number, NotDataRow>();
  for (const r of reports) for (const n of r.notData) if (!notData.has(n.index)) notData.set(n.index, n);
  return {
    tab: reports[0].tab,
    written: reports.reduce((n, r) => n + r.written, 0),
    alreadyInTracker: reports.flatMap((r) => r.alreadyInTracker),
    notData: [...notData.values()].sort((a, b) => a.index - b.index),
    keyColumns: reports[0].keyColumns,
    keptCurrency: reports.flatMap((r) => r.keptCurrency),
    scaled: reports.flatMap((r) => r.scaled),
    toldApart: toldApartOf(reports),
    unstatedCurrency: reports.flatMap((r) => r.unstatedCurrency ?? []),
    runsOn: reports.flatMap((r) => r.runsOn ?? []),
    copiesLeftOut: reports.flatMap((r) => r.copiesLeftOut ?? []),
    firstRow: sheet.firstRow,
  };
}

/** Blocks' rows told apart in Notes, together (undefined when none was). */
function toldApartOf(reports: readonly SheetCopyReport[]): ToldApart | undefined {
  const told = reports.flatMap((r) => (r.toldApart ? [r.toldApart] : []));
  if (told.length === 0) return undefined;
  return {
    tab: told[0].tab, // (one copy goes into one tab)
    rows: told.reduce((n, t) => n + t.rows, 0),
    headers: [...new Set(told.flatMap((t) => t.headers))],
  };
}
