/** A table's columns. */
import { tableBody, tableHeaders, type FakeTable } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeKeyedCollection, type ItemLookup, properties } from "./base";
import { FakeRange } from "./range";
import { FakeTableProxy, sheetOf } from "./tables";

export interface TableColumnEntity {
  readonly table: FakeTable;
  readonly index: number;
  readonly name: string;
}

export class FakeTableColumnCollection extends FakeKeyedCollection<
  string | number,
  TableColumnEntity,
  FakeTableColumn
> {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: FakeTableProxy,
  ) {
    super(
      ctx,
      () => {
        const t = table.resolveOrNull();
        return t === null ? null : tableHeaders(ctx.state, t).map((name, index) => ({ table: t, index, name }));
      },
      `${table.location}.columns`,
    );
  }
  protected itemProxy(entity: TableColumnEntity): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => entity,
      `${this.table.location}.columns[${JSON.stringify(entity.name)}]`,
    );
  }
  private find(k: string | number): TableColumnEntity | null {
    const all = this.resolveOrNull();
    if (all === null) return null;
    if (typeof k === "number") return all[k] ?? null;
    const lower = k.toLowerCase();
    return all.find((c) => c.name.toLowerCase() === lower) ?? null;
  }
  protected readonly lookup: ItemLookup<string | number, TableColumnEntity, FakeTableColumn> = {
    Item: FakeTableColumn,
    find: (k) => this.find(k),
    notFound: (k) => `No column '${k}' in ${this.table.location}`,
  };
  getItemAt(i: number): FakeTableColumn {
    return this.getItem(i);
  }
  add(): never {
    return fail(ERROR_CODES.notImplemented, "columns.add is not in the fake: the builder widens tables with resize()");
  }
}

/** Table column properties (Excel.TableColumn); the id is the 1-based position, as a string. */
const TABLE_COLUMN = properties<TableColumnEntity>()({
  id: { read: (e): string => String(e.index + 1) },
  index: { read: (e): number => e.index },
  name: { read: (e): string => e.name },
});

export class FakeTableColumn extends clientObjectWith(TABLE_COLUMN) {
  private part(name: string, rows: (t: FakeTable) => { row: number; rows: number }): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const c = this.resolveOrNull();
        if (c === null) return null;
        const t = c.table;
        return { sheet: sheetOf(this.context.state, t), rect: { ...rows(t), col: t.rect.col + c.index, cols: 1 } };
      },
      `${this.location}.${name}()`,
    );
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({ row: t.rect.row + 1, rows: tableBody(t).rows }));
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ row: t.rect.row, rows: 1 }));
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => ({ row: t.rect.row, rows: t.rect.rows }));
  }
}
