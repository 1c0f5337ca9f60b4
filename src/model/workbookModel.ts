import type { Cell } from "../core/types";
import {
  columnLetter,
  HEADER_FILL,
  HEADER_FONT,
  INVALID_FILL,
  INVALID_FONT,
  numberFormatOf,
  SUMMARY_SHEET,
  TABLE_STYLE,
  TABS,
  type ColumnSpec,
  type SummaryLayout,
  type SummaryRole,
  type TabName,
  type TabSpec,
} from "../schema";
import { calculatedFormula } from "./calculatedColumns";
import { invalidEntryFormula, numberDisplayRules, validationOf, type ValidationSpec } from "./cellRules";
import { listsModel, type ListsModel } from "./listsSheet";
import { cellValue, extraKey, type TrackerData, type TrackerRow } from "./rowCells";
import { summaryLayout } from "./summaryLayout";

/**
 * The tracker workbook as data: every sheet, table, column, format, check, highlight and formula
 * the tracker holds, decided once here. The add-in (`src/excel`, through Office.js) and the .xlsx
 * writer (`src/cli/xlsxWriter.ts`, through ExcelJS) only write what this says, so the workbook a
 * user builds in Excel and the file `partnership-tracker new` writes are the same tracker.
 */

/** A conditional format on a column's data cells: the invalid-entry highlight or a number display. */
export interface HighlightRule {
  /** TRUE where the rule applies, relative to the column's first data cell. */
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly numberFormat?: string;
}

export interface ColumnModel {
  readonly id: string;
  readonly name: string;
  /** Width in characters (Excel's unit; Office.js wants points, see `widthPoints`). */
  readonly width: number;
  /** Number format of every data cell; undefined: the cells keep theirs (General, or a user-added column's). */
  readonly numberFormat?: string;
  readonly validation?: ValidationSpec;
  /** In the order they are added (Excel gives the first added the highest priority). */
  readonly highlights: readonly HighlightRule[];
  /** A calculated column's formula (Office.js form, `[@[Column]]`), in every data row. */
  readonly formula?: string;
}

/** A tracker table's header row: the tracker's colours over the table style. */
export const HEADER_LOOK = { fill: HEADER_FILL, fontColor: HEADER_FONT, bold: true } as const;

export interface TableModel {
  readonly tab: TabName;
  readonly sheet: string;
  readonly table: string;
  readonly style: string;
  readonly header: typeof HEADER_LOOK;
  /** Rows frozen at the top of the sheet: the header row. */
  readonly frozenRows: number;
  readonly columns: readonly ColumnModel[];
  /** Data rows in column order, blanks and calculated cells null; at least one (a table needs a row). */
  readonly rows: readonly (readonly Cell[])[];
}

/** How a cell looks, beyond its number format. */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** Wrapped, so a long header ("Champions outside government") shows whole in a narrow column. */
  readonly wrap?: boolean;
}

/** The Summary's look by cell role: labels and figures keep the sheet's default. */
export const SUMMARY_LOOKS: Readonly<Partial<Record<SummaryRole, CellLook>>> = {
  title: { bold: true, size: 16 },
  note: { italic: true, fontColor: "#595959" },
  status: { italic: true, fontColor: "#595959" },
  section: { bold: true, size: 12, fontColor: HEADER_FILL },
  header: { bold: true, fontColor: HEADER_FONT, fill: HEADER_FILL, wrap: true },
  total: { bold: true },
};

export interface WorkbookModel {
  /** In workbook order: the tables' sheets, then the Summary, then the hidden Lists. */
  readonly tables: readonly TableModel[];
  /** The Summary's cells (`summaryLayout`); each cell looks as `SUMMARY_LOOKS` says for its role. */
  readonly summary: { readonly sheet: string; readonly layout: SummaryLayout };
  readonly lists: ListsModel;
}

export interface ModelOptions {
  /** Rows to put in the tables, keyed by column id; empty tables otherwise. */
  readonly data?: TrackerData;
  /** A partner copy (`share`): internal columns left out, the Summary's partner variant. */
  readonly partnerCopy?: boolean;
  /** Columns users added to a tracker table (kept by `share`), by tab, after the schema's. */
  readonly extraColumns?: Partial<Record<TabName, readonly string[]>>;
}

/** A column as the tracker writes it; `firstDataCell` anchors its highlight formulas ("H2"). */
export function columnModel(tab: TabSpec, column: ColumnSpec, firstDataCell: string): ColumnModel {
  const invalid = invalidEntryFormula(column, firstDataCell);
  // A column a user added keeps whatever format its cells have: the tracker does not own it.
  const numberFormat = column.id.startsWith(extraKey("")) ? undefined : numberFormatOf(column);
  const validation = validationOf(column);
  const formula = calculatedFormula(tab, column);
  return {
    id: column.id,
    name: column.name,
    width: column.width,
    ...(numberFormat ? { numberFormat } : {}),
    ...(validation ? { validation } : {}),
    highlights: [
      ...(invalid ? [{ formula: invalid, fill: INVALID_FILL, fontColor: INVALID_FONT }] : []),
      ...numberDisplayRules(column, firstDataCell),
    ],
    ...(formula ? { formula } : {}),
  };
}

/** A user-added column: kept as written, no format, no validation. */
function extraColumn(header: string): ColumnSpec {
  return { id: extraKey(header), name: header, type: "text", width: Math.max(12, header.length + 2), help: "" };
}

/** The columns a tab's table has in this workbook: a partner copy's leave the internal ones out. */
export function tableColumns(tab: TabSpec, options: ModelOptions = {}): ColumnSpec[] {
  return [
    ...tab.columns.filter((c) => !(options.partnerCopy && c.internal)),
    ...(options.extraColumns?.[tab.name] ?? []).map(extraColumn),
  ];
}

/** One data row as cells, in `columns` order: the one place a row becomes cell values. */
export function rowCells(columns: readonly ColumnSpec[], row: TrackerRow): Cell[] {
  return columns.map((c) => cellValue(c, row[c.id]));
}

/** A tab's table at A1 of its own sheet, header row then `rows`. */
export function tableModel(tab: TabSpec, rows: readonly TrackerRow[], options: ModelOptions = {}): TableModel {
  const columns = tableColumns(tab, options);
  const shown: TabSpec = { ...tab, columns };
  return {
    tab: tab.name,
    sheet: tab.name,
    table: tab.table,
    style: TABLE_STYLE,
    header: HEADER_LOOK,
    frozenRows: 1,
    columns: columns.map((c, i) => columnModel(shown, c, `${columnLetter(i + 1)}2`)),
    rows: (rows.length > 0 ? rows : [{}]).map((r) => rowCells(columns, r)),
  };
}

/** The whole tracker. */
export function workbookModel(options: ModelOptions = {}): WorkbookModel {
  return {
    tables: TABS.map((tab) => tableModel(tab, options.data?.[tab.name] ?? [], options)),
    summary: { sheet: SUMMARY_SHEET, layout: summaryLayout({ partnerCopy: options.partnerCopy }) },
    lists: listsModel(),
  };
}
