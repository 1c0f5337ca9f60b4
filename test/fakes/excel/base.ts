/**
 * The base of every client object of the fake: load/sync, PropertyNotLoaded, null objects,
 * navigation properties, and collections with `items` and `getCount()`.
 */
import { ERROR_CODES, fail, approxJsonBytes, cellCount } from "./errors";
import type { FakeRequestContext } from "./context";

/** `context.sync()`-time result of a method such as `getCount()`. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  constructor(private readonly location: string) {}
  set(v: T, undo?: (() => void)[]): void {
    const [had, was] = [this.has, this.v];
    undo?.push(() => {
      this.has = had;
      this.v = was;
    });
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) fail(ERROR_CODES.propertyNotLoaded, `${this.location}.value is not available before context.sync()`);
    return this.v as T;
  }
}

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(option: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : option.select;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export abstract class FakeClientObject<E> {
  protected readonly cache = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => E | null,
    readonly location: string,
    nullable = false,
  ) {
    if (nullable) {
      context.queue(`${location}.isNullObject`, null, () => {
        this.nullState = this.resolveOrNull() === null;
      });
    }
  }

  /** The object's properties (`clientObjectWith` gives them); a bare `load()` loads every readable one. */
  protected get properties(): PropertyTable<E> {
    return NO_PROPERTIES as PropertyTable<E>;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      fail(ERROR_CODES.propertyNotLoaded, `${this.location}.isNullObject is not available before context.sync()`);
    }
    return this.nullState as boolean;
  }

  /** Sync time: the entity, or null for a null object (and its descendants). */
  resolveOrNull(): E | null {
    return this.resolver();
  }

  /** Sync time: the entity, failing the batch for a null object. */
  entity(): E {
    const e = this.resolver();
    if (e === null) fail(ERROR_CODES.itemNotFound, `${this.location} does not exist (null object)`, this.location);
    return e as E;
  }

  private readonly navs = new Map<string, unknown>();
  /** Navigation properties return the same proxy every time, as in Office.js. */
  protected nav<T>(name: string, make: () => T): T {
    if (!this.navs.has(name)) this.navs.set(name, make());
    return this.navs.get(name) as T;
  }

  protected loaded<T>(prop: string): T {
    if (!this.cache.has(prop)) {
      fail(
        ERROR_CODES.propertyNotLoaded,
        `The property '${prop}' of ${this.location} is not available. Call load("${prop}") and context.sync() before reading it.`,
      );
    }
    return this.cache.get(prop) as T;
  }

  /** Navigation property for `load("a/b")` paths. */
  protected navigate(prop: string): FakeClientObject<unknown> | undefined {
    void prop;
    return undefined;
  }

  load(option?: LoadOption): this {
    const props = parseLoad(option);
    this.context.queue(`${this.location}.load(${props?.join(",") ?? ""})`, props ?? null, () => this.loadNow(props));
    return this;
  }

  /** Sync time: load `props` (every readable property when undefined) into the cache. */
  loadNow(props: readonly string[] | undefined): void {
    const e = this.resolveOrNull();
    if (e === null) {
      this.nullState = true;
      return;
    }
    const table = this.properties;
    const wanted = props ?? Object.keys(table).filter((p) => table[p].read !== undefined);
    const nested = new Map<string, string[]>();
    for (const p of wanted) {
      const slash = p.indexOf("/");
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
        continue;
      }
      const nav = this.navigate(p);
      if (nav) {
        nav.loadNow(undefined);
        continue;
      }
      const read = Object.hasOwn(table, p) ? table[p].read : undefined;
      if (!read) fail(ERROR_CODES.invalidArgument, `${this.location} has no property '${p}'`);
      const v = (read as NonNullable<typeof read>)(e, this);
      const [had, was] = [this.cache.has(p), this.cache.get(p)];
      this.context.undoLoads.push(() => (had ? this.cache.set(p, was) : this.cache.delete(p)));
      this.cache.set(p, v);
      this.context.response.bytes += approxJsonBytes(v) + p.length + 3;
      this.context.response.cells += Array.isArray(v) ? cellCount(v) : 0;
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head);
      if (!nav) fail(ERROR_CODES.invalidArgument, `${this.location} has no navigation property '${head}'`);
      (nav as FakeClientObject<unknown>).loadNow(rest);
    }
  }

  protected queueSet(prop: string, value: unknown, apply: (e: E) => void): void {
    this.context.queue(`${this.location}.${prop}=`, value, () => apply(this.entity()));
  }

  protected queueCall(method: string, args: unknown, apply: (e: E) => void): void {
    this.context.queue(`${this.location}.${method}()`, args, () => apply(this.entity()));
  }

  /**
   * A write-only group of properties such as `format.fill` or `chart.title`: each member's setter
   * queues its write (`<path>.<member>=`, applied at sync); reading one is not implemented in the fake.
   */
  protected writeOnly<T extends object>(path: string, members: { [K in keyof T]: (e: E, value: T[K]) => void }): T {
    const group = {};
    for (const [name, apply] of Object.entries(members) as [string, (e: E, value: unknown) => void][]) {
      Object.defineProperty(group, name, {
        enumerable: true,
        get: () => fail(ERROR_CODES.notImplemented, `reading ${path}.${name} is not implemented in the fake`),
        set: (value: unknown) => {
          this.queueSet(`${path}.${name}`, value, (e) => apply(e, value));
        },
      });
    }
    return group as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }
}

/** How a collection finds one of its items by key, for `getItem` and `getItemOrNullObject`. */
export interface ItemLookup<K, E, P> {
  /** The item's proxy class. */
  readonly Item: new (context: FakeRequestContext, resolver: () => E | null, location: string, nullable?: boolean) => P;
  /** Where the call is said to be made (default: the collection's location). */
  readonly at?: string;
  /** Sync time: the item with this key, or null. */
  find(key: K): E | null;
  /** The message of getItem's ItemNotFound. */
  notFound(key: K): string;
}

/** A collection: `items` after `load("items/name")` (or `load("name")`). */
export abstract class FakeCollection<E, P extends FakeClientObject<E>> extends FakeClientObject<E[]> {
  private itemProxies: P[] | undefined;
  protected abstract itemProxy(entity: E, index: number): P;

  get items(): P[] {
    if (!this.itemProxies) {
      fail(ERROR_CODES.propertyNotLoaded, `${this.location}.items is not available. Call load() and context.sync().`);
    }
    return this.itemProxies as P[];
  }

  override loadNow(props: readonly string[] | undefined): void {
    const entities = this.resolveOrNull() ?? [];
    const sub = props?.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    const was = this.itemProxies;
    this.context.undoLoads.push(() => (this.itemProxies = was));
    this.itemProxies = entities.map((e, i) => {
      const proxy = this.itemProxy(e, i);
      proxy.loadNow(sub && sub.length > 0 ? sub : undefined);
      return proxy;
    });
    this.context.response.bytes += 12;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>(`${this.location}.getCount()`);
    this.context.queue(`${this.location}.getCount()`, null, () =>
      result.set(this.entity().length, this.context.undoLoads),
    );
    return result;
  }
}

/** A collection whose items `getItem(key)` and `getItemOrNullObject(key)` find, as its `lookup` says. */
export abstract class FakeKeyedCollection<K, E, P extends FakeClientObject<E>> extends FakeCollection<E, P> {
  protected abstract readonly lookup: ItemLookup<K, E, P>;

  /** The item; the batch fails with ItemNotFound at sync when there is none. */
  getItem(key: K): P {
    return this.itemBy(key, false);
  }

  /** The item, or a null object when there is none. */
  getItemOrNullObject(key: K): P {
    return this.itemBy(key, true);
  }

  private itemBy(key: K, orNull: boolean): P {
    const lookup = this.lookup;
    const location = `${lookup.at ?? this.location}.${orNull ? "getItemOrNullObject" : "getItem"}(${JSON.stringify(key)})`;
    const resolver = orNull
      ? () => lookup.find(key)
      : () => lookup.find(key) ?? fail(ERROR_CODES.itemNotFound, lookup.notFound(key));
    return new lookup.Item(this.context, resolver, location, orNull);
  }
}

// ---------------------------------------------------------------------------------------------
// Property tables: each object's properties declared once; the load, the getter (PropertyNotLoaded
// until loaded and synced) and the setter (queued until sync) come from the table.

/** One property of a client object. */
export interface PropertySpec<E, T> {
  /** Sync time: the value a load puts in the cache. Absent: write-only (no getter, not loadable). */
  readonly read?: (entity: E, proxy: FakeClientObject<E>) => T;
  /** Sync time: what a write does. Absent: read-only (assigning throws, as a getter-only property does). */
  readonly write?: (entity: E, value: T, proxy: FakeClientObject<E>) => void;
}

export type PropertyTable<E> = Readonly<Record<string, PropertySpec<E, any>>>;

const NO_PROPERTIES: PropertyTable<unknown> = {};

/** A property table with the entity type it reads (`entity` is never set: it only carries the type). */
export interface EntityProperties<E, P> {
  readonly table: P;
  readonly entity?: (e: E) => void;
}

/** A property table for entities of type `E` (the entity type is given, the value types inferred). */
export function properties<E>(): <P extends PropertyTable<E>>(table: P) => EntityProperties<E, P> {
  return (table) => ({ table });
}

type ValueOf<S> = S extends { read: (...args: never[]) => infer T }
  ? T
  : S extends { write: (entity: never, value: infer T, ...rest: never[]) => void }
    ? T
    : never;
type WritableKeys<P> = { [K in keyof P]: P[K] extends { write: unknown } ? K : never }[keyof P];

/** The accessors a property table gives: read-only ones readonly, written ones writable. */
export type Properties<P> = { readonly [K in Exclude<keyof P, WritableKeys<P>>]: ValueOf<P[K]> } & {
  [K in WritableKeys<P>]: ValueOf<P[K]>;
};

type ClientObjectClass<E, P> = abstract new (
  context: FakeRequestContext,
  resolver: () => E | null,
  location: string,
  nullable?: boolean,
) => FakeClientObject<E> & Properties<P>;

/**
 * The base class of a client object whose properties are `table`: a getter for each readable
 * property (the loaded value) and a setter for each writable one (queued, applied at sync).
 */
export function clientObjectWith<E, P extends PropertyTable<E>>({
  table,
}: EntityProperties<E, P>): ClientObjectClass<E, P> {
  abstract class WithProperties extends FakeClientObject<E> {
    protected override get properties(): PropertyTable<E> {
      return table;
    }
  }
  for (const [name, spec] of Object.entries(table)) {
    const write = spec.write;
    Object.defineProperty(WithProperties.prototype, name, {
      configurable: true,
      get: spec.read
        ? function (this: WithProperties) {
            return this.loaded(name);
          }
        : undefined,
      set: write
        ? function (this: WithProperties, value: unknown) {
            this.queueSet(name, value, (e) => write(e, value, this));
          }
        : undefined,
    });
  }
  return WithProperties as unknown as ClientObjectClass<E, P>;
}
