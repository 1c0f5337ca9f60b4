/**
 * Hidden rows and the sheet's filter, as far as the add-in reads them: `Range.getSpecialCellsOrNullObject
 * ("Visible")` and `Worksheet.autoFilter.enabled`. Tests hide rows with
 * `FakeWorkbookInspector.seedHiddenRows`; hiding rows or applying a filter through Office.js is not in
 * the fake (the add-in never hides a user's rows).
 *
 * Office.js:
 * - `Range.getSpecialCellsOrNullObject(cellType, cellValueType?)` (ExcelApi 1.9): "Gets the RangeAreas
 *   object, comprising one or more ranges, that represents all the cells that match the specified type
 *   and value. If no special cells are found, then this function will return an object with its
 *   isNullObject property set to true." `Excel.SpecialCellType.visible` is "Visible": the cells not
 *   hidden, a row hidden by a filter or by hand alike. The areas are read from `RangeAreas.areas`
 *   once synced (office-js #1590's workaround, as for merged areas).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
 * - How Excel splits the visible cells into areas is undocumented beyond "one or more ranges": here one
 *   area per run of visible rows, the range's full width (the fake hides no columns).
 * - Excel fails on a large sheet's visible cells read another way (office-js #4263: `getVisibleView()`'s
 *   `cellAddresses` gives "The argument is invalid or missing" depending on the rows filtered); whether
 *   special cells can fail alike is undocumented, so the add-in asks in a sync of its own and goes on
 *   without the answer. Other cell types are not in the fake.
 * - `Worksheet.autoFilter` (ExcelApi 1.9), `AutoFilter.enabled`: "Specifies if the AutoFilter is
 *   enabled." https://learn.microsoft.com/javascript/api/excel/excel.autofilter
 */
import { clientObjectWith, properties } from "./base";
import { ERROR_CODES, fail } from "./errors";
import type { Rect } from "./address";
import type { RangeEntity } from "./range";
import type { FakeSheet } from "./state";

/** The visible cells of `range` as areas (runs of rows not hidden), or null when every row is hidden. */
export function visibleAreasOf(e: RangeEntity, cellType: string): { sheet: FakeSheet; areas: Rect[] } | null {
  if (cellType !== "Visible") fail(ERROR_CODES.notImplemented, `special cells of type ${cellType} are not in the fake`);
  const areas: Rect[] = [];
  const { row, rows, col, cols } = e.rect;
  for (let r = row; r < row + rows;) {
    if (e.sheet.hiddenRows.has(r)) {
      r++;
      continue;
    }
    const top = r;
    while (r < row + rows && !e.sheet.hiddenRows.has(r)) r++;
    areas.push({ row: top, col, rows: r - top, cols });
  }
  return areas.length === 0 ? null : { sheet: e.sheet, areas };
}

const AUTO_FILTER = properties<FakeSheet>()({
  enabled: { read: (e): boolean => e.autoFilter },
});

export class FakeAutoFilter extends clientObjectWith(AUTO_FILTER) {}
