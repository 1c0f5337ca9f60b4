/** Defined names, and the name rules that tables and defined names share. */
import { formatAddress, formatLocal, parseLocal, type Rect } from "./address";
import type { FakeName, FakeWorkbookState } from "./state";
import { ERROR_CODES, fail } from "./errors";
import type { FakeRequestContext } from "./context";
import { clientObjectWith, FakeKeyedCollection, type ItemLookup, properties } from "./base";
import { FakeRange } from "./range";

const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Table and defined-name rules (they share one namespace, case-insensitively). */
export function checkWorkbookName(state: FakeWorkbookState, name: unknown, except?: object): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    CELL_LIKE.test(name)
  ) {
    return fail(ERROR_CODES.invalidArgument, `'${String(name)}' is not a valid name`);
  }
  const lower = name.toLowerCase();
  const clash =
    state.tables.find((t) => t.name.toLowerCase() === lower && t !== except) ??
    state.names.find((n) => n.name.toLowerCase() === lower && n !== except);
  if (clash) fail(ERROR_CODES.itemAlreadyExists, `The name '${name}' is already used by a table or a defined name`);
  return name;
}

export class FakeNamedItemCollection extends FakeKeyedCollection<string, FakeName, FakeNamedItem> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.state.names, "workbook.names");
  }
  protected itemProxy(entity: FakeName): FakeNamedItem {
    return new FakeNamedItem(this.context, () => entity, `names[${JSON.stringify(entity.name)}]`);
  }
  private find(name: string): FakeName | null {
    const lower = name.toLowerCase();
    return this.context.state.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }
  protected readonly lookup: ItemLookup<string, FakeName, FakeNamedItem> = {
    Item: FakeNamedItem,
    at: "names",
    find: (name) => this.find(name),
    notFound: (name) => `No name '${name}'`,
  };
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    let created: FakeName | undefined;
    const label = typeof reference === "string" ? reference : reference.location;
    this.context.queue(`names.add(${JSON.stringify(name)})`, [name, label, comment ?? ""], () => {
      const state = this.context.state;
      checkWorkbookName(state, name);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const e = reference.entity();
        formula = `=${formatAddress(e.sheet.name, e.rect).replace(/!(.*)$/, (_m, local: string) => `!${absolute(local)}`)}`;
      }
      created = { name, formula, comment: comment ?? "", visible: true };
      state.names.push(created);
    });
    return new FakeNamedItem(
      this.context,
      () => created ?? fail(ERROR_CODES.itemNotFound, "name was not added"),
      `names.add(${name})`,
    );
  }
}

function absolute(local: string): string {
  return formatLocal(parseLocal(local) as Rect, true);
}

/** Defined-name properties (Excel.NamedItem). */
const NAMED_ITEM = properties<FakeName>()({
  name: { read: (e): string => e.name },
  formula: {
    read: (e): string => e.formula,
    write: (e, f: string) => {
      e.formula = f.startsWith("=") ? f : `=${f}`;
    },
  },
  type: {
    read: (e): string => (/^=('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(e.formula) ? "Range" : "String"),
  },
  visible: {
    read: (e): boolean => e.visible,
    write: (e, v: boolean) => {
      e.visible = v;
    },
  },
  comment: { read: (e): string => e.comment },
  value: { read: (e): string => e.formula.slice(1) },
});

export class FakeNamedItem extends clientObjectWith(NAMED_ITEM) {
  delete(): void {
    this.queueCall("delete", null, (e) => {
      this.context.state.names = this.context.state.names.filter((n) => n !== e);
    });
  }
}
