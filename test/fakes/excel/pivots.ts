/**
 * Pivot tables on a worksheet, as far as the add-in reads them: where each one sits. Tests seed a
 * pivot's cells as values (Excel shows a pivot table as cell values) and its place with
 * `FakeWorkbookInspector.seedPivot`; building or refreshing a pivot is not in the fake.
 *
 * Office.js (ExcelApi 1.8; the manifest requires 1.13):
 * - `Worksheet.pivotTables`: "Collection of PivotTables that are part of the worksheet."
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-pivottables-member
 * - `PivotLayout.getRange()`: "Returns the range where the PivotTable exists, excluding the filter
 *   area"; `getFilterAxisRange()`: "Returns the range of the PivotTable's filter area."
 *   https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout
 * - `PivotTable.filterHierarchies`: "The Filter PivotHierarchies of the PivotTable."
 *   https://learn.microsoft.com/javascript/api/excel/excel.pivottable#excel-excel-pivottable-filterhierarchies-member
 * What `getFilterAxisRange()` gives for a pivot with no filter is undocumented: here it fails the
 * batch, so code that asks without first seeing a filter hierarchy fails its tests.
 */
import type { Rect } from "./address";
import type { FakePivot, FakeSheet } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import {
  clientObjectWith,
  FakeClientObject,
  FakeCollection,
  FakeKeyedCollection,
  type ItemLookup,
  properties,
} from "./base";
import type { FakeWorksheet } from "./worksheet";
import { FakeRange } from "./range";

interface PivotEntity {
  readonly sheet: FakeSheet;
  readonly pivot: FakePivot;
}

export class FakePivotTableCollection extends FakeKeyedCollection<string, PivotEntity, FakePivotTable> {
  constructor(ctx: FakeRequestContext, sheet: FakeWorksheet) {
    super(
      ctx,
      () => {
        const s = sheet.resolveOrNull();
        return s === null ? null : s.pivots.map((pivot) => ({ sheet: s, pivot }));
      },
      `${sheet.location}.pivotTables`,
    );
  }
  protected itemProxy(entity: PivotEntity): FakePivotTable {
    return new FakePivotTable(this.context, () => entity, `pivotTables[${JSON.stringify(entity.pivot.name)}]`);
  }
  protected readonly lookup: ItemLookup<string, PivotEntity, FakePivotTable> = {
    Item: FakePivotTable,
    // PivotTableCollection.getItem: "Gets a PivotTable by name."
    find: (name) => this.resolveOrNull()?.find((p) => p.pivot.name.toLowerCase() === name.toLowerCase()) ?? null,
    notFound: (name) => `No PivotTable '${name}'`,
  };
}

const PIVOT = properties<PivotEntity>()({
  name: { read: (e): string => e.pivot.name },
});

export class FakePivotTable extends clientObjectWith(PIVOT) {
  get layout(): FakePivotLayout {
    return this.nav(
      "layout",
      () => new FakePivotLayout(this.context, () => this.resolveOrNull(), `${this.location}.layout`),
    );
  }
  get filterHierarchies(): FakeFilterHierarchies {
    return this.nav(
      "filterHierarchies",
      () => new FakeFilterHierarchies(this.context, () => this.resolveOrNull(), `${this.location}.filterHierarchies`),
    );
  }
}

/** One filter hierarchy per field in the filter area (one row each in Excel's default layout). */
class FakeFilterHierarchies extends FakeCollection<{ readonly name: string }, FakeFilterHierarchy> {
  constructor(ctx: FakeRequestContext, pivot: () => PivotEntity | null, location: string) {
    super(ctx, () => pivot()?.pivot.filterFields.map((name) => ({ name })) ?? null, location);
  }
  protected itemProxy(entity: { readonly name: string }, i: number): FakeFilterHierarchy {
    return new FakeFilterHierarchy(this.context, () => entity, `${this.location}[${i}]`);
  }
}

const FILTER_HIERARCHY = properties<{ readonly name: string }>()({
  name: { read: (e): string => e.name },
});

class FakeFilterHierarchy extends clientObjectWith(FILTER_HIERARCHY) {}

export class FakePivotLayout extends FakeClientObject<PivotEntity> {
  private range(name: string, rect: (e: PivotEntity) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const e = this.resolveOrNull();
        return e === null ? null : { sheet: e.sheet, rect: rect(e) };
      },
      `${this.location}.${name}()`,
    );
  }
  getRange(): FakeRange {
    return this.range("getRange", (e) => e.pivot.rect);
  }
  getFilterAxisRange(): FakeRange {
    return this.range(
      "getFilterAxisRange",
      (e) =>
        e.pivot.filterRect ??
        fail(ERROR_CODES.generalException, `${e.pivot.name} has no filter area (undocumented in Office.js)`),
    );
  }
}
