/**
 * Merged areas, as far as the add-in reads them: `Range.getMergedAreasOrNullObject()` and the
 * RangeAreas it gives. Tests merge cells with `FakeWorkbookInspector.seedMerge`; `Range.merge` is
 * not in the fake (the add-in never merges a user's cells).
 *
 * Office.js:
 * - `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13; the manifest requires 1.13): "Returns a
 *   RangeAreas object that represents the merged areas in this range. Note that if the merged areas
 *   count in this range is more than 512, then this method will fail to return the result. If the
 *   RangeAreas object doesn't exist, then this function will return an object with its isNullObject
 *   property set to true." How it fails past 512 is undocumented: here the batch fails with
 *   GeneralException, so code that asks must keep the call in a sync of its own and go on without.
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 * - Only the areas whose top-left cell is in the range are returned (office-js #3611, closed as by
 *   design: "getMergedAreasOrNullObject is only supposed to return areas whose top left cell is in
 *   the range"). A null object when there are none.
 * - Each area's place is read from `RangeAreas.areas` (a RangeCollection, ExcelApi 1.9), loaded and
 *   synced first (office-js #1590's workaround: `areas.areas.load()`).
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
 */
import { contains, formatAddress, type Rect } from "./address";
import { clientObjectWith, FakeCollection, properties } from "./base";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { FakeRange, type RangeEntity } from "./range";

interface AreasEntity {
  readonly sheet: RangeEntity["sheet"];
  readonly areas: readonly Rect[];
}

const RANGE_AREAS = properties<AreasEntity>()({
  areaCount: { read: (e): number => e.areas.length },
  // RangeAreas.address: "Sheet1!A1:B4, Sheet1!D1:D4".
  address: { read: (e): string => e.areas.map((a) => formatAddress(e.sheet.name, a)).join(", ") },
});

export class FakeRangeAreas extends clientObjectWith(RANGE_AREAS) {
  get areas(): FakeRangeCollection {
    return this.nav(
      "areas",
      () => new FakeRangeCollection(this.context, () => this.resolveOrNull(), `${this.location}.areas`),
    );
  }
}

class FakeRangeCollection extends FakeCollection<RangeEntity, FakeRange> {
  constructor(ctx: FakeRequestContext, areas: () => AreasEntity | null, location: string) {
    super(
      ctx,
      () => {
        const e = areas();
        return e === null ? null : e.areas.map((rect) => ({ sheet: e.sheet, rect }));
      },
      location,
    );
  }
  protected itemProxy(entity: RangeEntity, i: number): FakeRange {
    return new FakeRange(this.context, () => entity, `${this.location}.items[${i}]`);
  }
}

/** "More than 512" merged areas and the method fails (see above). */
export const MAX_MERGED_AREAS = 512;

/** The merged areas of `range` whose top-left cell is in it (office-js #3611), or null for none. */
export function mergedAreasOf(e: RangeEntity): AreasEntity | null {
  const areas = e.sheet.merges.filter((m) => contains(e.rect, { row: m.row, col: m.col, rows: 1, cols: 1 }));
  if (areas.length > MAX_MERGED_AREAS) {
    fail(ERROR_CODES.generalException, `${areas.length} merged areas: more than 512 (undocumented failure)`);
  }
  return areas.length === 0 ? null : { sheet: e.sheet, areas };
}
