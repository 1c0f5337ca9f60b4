import type { Cell } from "../core/types";
import { columnLetter, LISTS, LISTS_SHEET, SCHEMA_VERSION, TRACKER_MARKER, type ListId } from "../schema";

/**
 * The hidden `Lists` sheet: column A records who built the workbook (A1 marker, B1 version), the
 * lists follow from column C, one per column, title in row 3 and values below. Keeping the marker
 * on a sheet (not in document properties) means every tool that can read cells can read it.
 */
export const VERSION_CELL = { marker: "A1", version: "B1" } as const;
const FIRST_LIST_COLUMN = 3; // C
const LIST_TITLE_ROW = 3;

export interface ListPlacement {
  readonly id: ListId;
  /** Column on the Lists sheet, e.g. "C". */
  readonly column: string;
  /** Title cell, e.g. "C3". */
  readonly titleCell: string;
  /** Absolute address of the values without the sheet, e.g. "$C$4:$C$5". */
  readonly valuesAddress: string;
  /** The workbook name pointing at the values: `lstSector`. */
  readonly rangeName: string;
  /** What the defined name refers to: `=Lists!$C$4:$C$5`. */
  readonly refersTo: string;
}

export const LIST_PLACEMENTS: readonly ListPlacement[] = (Object.keys(LISTS) as ListId[]).map((id, i) => {
  const column = columnLetter(FIRST_LIST_COLUMN + i);
  const first = LIST_TITLE_ROW + 1;
  const last = LIST_TITLE_ROW + LISTS[id].values.length;
  const valuesAddress = `$${column}$${first}:$${column}$${last}`;
  return {
    id,
    column,
    titleCell: `${column}${LIST_TITLE_ROW}`,
    valuesAddress,
    rangeName: LISTS[id].rangeName,
    refersTo: `=${LISTS_SHEET}!${valuesAddress}`,
  };
});

/** Where the lists stand on the Lists sheet (titles, then values, "" padding the shorter ones). */
export const LISTS_BLOCK = (() => {
  const first = LIST_PLACEMENTS[0];
  const last = LIST_PLACEMENTS[LIST_PLACEMENTS.length - 1];
  const height = 1 + Math.max(...LIST_PLACEMENTS.map((p) => LISTS[p.id].values.length));
  const values = Array.from({ length: height }, (_, r) =>
    LIST_PLACEMENTS.map((p) => (r === 0 ? LISTS[p.id].title : (LISTS[p.id].values[r - 1] ?? ""))),
  );
  return {
    address: `${first.titleCell}:${last.column}${LIST_TITLE_ROW + height - 1}`,
    titleRow: LIST_TITLE_ROW,
    height,
    width: LIST_PLACEMENTS.length,
    values,
  };
})();

export interface ListsModel {
  readonly sheet: string;
  readonly hidden: true;
  /** Who built the workbook and with which schema version (read by a later build, by `check`). */
  readonly marker: { readonly address: string; readonly value: string };
  readonly version: { readonly address: string; readonly value: number };
  /** Every list, one a column, title then values, "" padding the shorter ones. */
  readonly block: { readonly address: string; readonly values: readonly (readonly Cell[])[] };
  /** Titles are bold; the column widths fit the longest value. */
  readonly titleRow: number;
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  /** Workbook names the dropdowns point at (`lstSector` → `=Lists!$C$4:$C$9`). */
  readonly names: readonly { readonly name: string; readonly refersTo: string }[];
}

export function listsModel(): ListsModel {
  return {
    sheet: LISTS_SHEET,
    hidden: true,
    marker: { address: VERSION_CELL.marker, value: TRACKER_MARKER },
    version: { address: VERSION_CELL.version, value: SCHEMA_VERSION },
    block: { address: LISTS_BLOCK.address, values: LISTS_BLOCK.values },
    titleRow: LISTS_BLOCK.titleRow,
    columnWidths: [
      { column: "A", width: 28 },
      ...LIST_PLACEMENTS.map((p) => ({
        column: p.column,
        width: Math.max(12, ...LISTS[p.id].values.map((v) => v.length + 2)),
      })),
    ],
    names: LIST_PLACEMENTS.map((p) => ({ name: p.rangeName, refersTo: p.refersTo })),
  };
}
