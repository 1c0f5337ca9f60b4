import { afterNumber } from "./numberedNames";
import { normalizeKey, trimCaseKey, withoutPlaceLines } from "./text";

/**
 * Finds repeated keys in one pass: Partner names compared ignoring case, spaces and punctuation
 * (`normalize`), Initiative IDs ignoring case and outer spaces (`trimCase`).
 *
 * Why not a Map of normalised strings: on 100k rows that is a string allocated and hashed per row
 * and a 100k-entry Map on the JavaScript heap, and the garbage collector then re-marks the whole
 * input matrix while it grows. Here keys are hashed straight from the text's characters into an
 * open-addressing table of typed arrays (outside the JavaScript heap), and only a hash hit — a real
 * duplicate, or a rare collision — builds the normalised strings to compare.
 */
export type KeyCompare = "normalize" | "trimCase";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Returned by the hash for an empty key ("—", "  "), which is never a duplicate. */
const EMPTY = 0;

function hashChars(key: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * What normalizeKey keeps of each ASCII character: a letter lower-cased, a digit as it is, and 0 for
 * spaces and punctuation, which do not count. One array read per character instead of three range
 * tests: SUMMARY hashes every partner's name (SPEC: it counts distinct partners).
 */
const ASCII_KEY_CHAR = (() => {
  const kept = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (c >= 65 && c <= 90) kept[c] = c + 32;
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) kept[c] = c;
  }
  return kept;
})();

/**
 * Did the last text normalizedHash read hold a `;` or a line break, or was it not read character by
 * character (another script)? See DuplicateFinder.lastKeyMayList.
 */
let listMark = false;

/** FNV-1a of normalizeKey(text), without building the key for ASCII text; from character `from` on. */
function normalizedHash(text: string, from = 0): number {
  let h = FNV_OFFSET;
  let n = 0;
  listMark = false;
  const length = text.length;
  for (let i = from; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      // Other scripts: let the Unicode-aware normaliser decide, of the name without its town's line
      // (`CAFÉ ROMA⏎OTTAWA ON` is `CAFÉ ROMA`: a reviewer's repro, counted twice).
      listMark = true;
      const key = partnerKey(from === 0 ? text : text.slice(from));
      return key.length === 0 ? EMPTY : hashChars(key) || 1;
    }
    const kept = ASCII_KEY_CHAR[c];
    if (kept === 0) {
      // A name with its town on the next line is the name (withoutPlaceLines): the long way, rarely.
      if (c === 10) {
        listMark = true;
        return normalizedHashSlow(from === 0 ? text : text.slice(from));
      }
      if (c === 59) listMark = true;
      continue;
    }
    h = Math.imul(h ^ kept, FNV_PRIME);
    n++;
  }
  return n === 0 ? EMPTY : h || 1;
}

/** normalizedHash of a name whose lines may give its place: the key of its name alone. */
function normalizedHashSlow(text: string): number {
  const key = partnerKey(text);
  return key.length === 0 ? EMPTY : hashChars(key) || 1;
}

/** normalizeKey of a name without the lines giving its place (`ALDER AUDIT LLP⏎OTTAWA ON`). */
export function partnerKey(text: string): string {
  return normalizeKey(withoutPlaceLines(text));
}

function trimCaseHashOrEmpty(text: string, from = 0): number {
  const key = trimCaseKey(from === 0 ? text : text.slice(from));
  return key.length === 0 ? EMPTY : hashChars(key) || 1;
}

/**
 * FNV-1a of trimCaseKey(text), without building the key for ASCII text; `seed` continues a hash
 * already begun (a two-part key hashed as one string, not as two hashes mixed afterwards).
 */
function trimCaseHash(text: string, seed: number): number {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  let h = seed;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return hashChars(trimCaseKey(text), seed); // other scripts: let toLowerCase decide
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/**
 * An open-addressing table of typed arrays: hash and first row side by side (`[hash, row, hash, row …]`),
 * so a probe touches one cache line, not one in each of two arrays (on 100k distinct names nearly
 * every probe is a cache miss).
 */
class Slots {
  table: Int32Array;
  mask: number;
  private size = 0;

  constructor(expected: number) {
    // Filled up to 80% (linear probing stays short at that): 100k keys take 131,072 slots, 1 MB,
    // which stays in a core's L2 cache where the 2 MB of a half-full table did not (SUMMARY at
    // 100k rows: 0.91x the time, measured same-process against the half-full table).
    let capacity = 16;
    while (capacity * 4 < expected * 5) capacity *= 2;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  insert(i: number, h: number, row: number): void {
    this.table[2 * i] = h;
    this.table[2 * i + 1] = row;
    if (++this.size * 10 > this.table.length * 4) this.grow(); // over 80% of the slots (two ints each)
  }

  private grow(): void {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    const mask = (this.mask = table.length / 2 - 1);
    for (let j = 0; j < old.length; j += 2) {
      const h = old[j];
      if (h === EMPTY) continue;
      let i = h & mask;
      while (table[2 * i] !== EMPTY) i = (i + 1) & mask;
      table[2 * i] = h;
      table[2 * i + 1] = old[j + 1];
    }
  }
}

export class DuplicateFinder {
  /** Keys (the first part alone, for a finder of two-part keys) and the first row of each. */
  private readonly keys: Slots;
  /**
   * Two-part keys, each entered only once its first part has come twice (firstRowOfPair): a list of
   * distinct names pays one probe a row, not two (100k partners: 23 ms of VALIDATE's 128 were the
   * two probes, each a cache miss, where one took 10).
   */
  private readonly pairs: Slots | undefined;
  /** Rows whose two-part key is in `pairs`: the first rows of names that came again. */
  private readonly paired = new Set<number>();
  private readonly keyOf: (text: string) => string;
  private readonly hashOf: (text: string, from?: number) => number;
  /**
   * Names read after their leading number (`104114 - CRIME & DRUGS FREE FOUNDATION` is `CRIME & DRUGS
   * FREE FOUNDATION`: numberedNames.ts), where the column's names are numbered: set before its rows
   * come, as the column is decided once. A row pays one test while it is false, and afterNumber's few
   * characters while it is true.
   */
  numbered = false;
  /** Whether `numbered` was ever set: a hash hit compares both names after their numbers then. */
  private everNumbered = false;

  /**
   * @param textOfRow the text recorded for a row (read back only to settle a hash hit).
   * @param expected roughly how many keys will come, to size the table once.
   * @param secondOfRow for a two-part key (Partner + Initiative ID): the second part recorded for a
   *   row, compared ignoring case and outer spaces.
   */
  constructor(
    compare: KeyCompare,
    private readonly textOfRow: (row: number) => string,
    expected = 1024,
    private readonly secondOfRow?: (row: number) => string,
  ) {
    this.keyOf = compare === "normalize" ? partnerKey : trimCaseKey;
    this.hashOf = compare === "normalize" ? normalizedHash : trimCaseHashOrEmpty;
    this.keys = new Slots(expected);
    // (Sized for a ledger's repeated names; it grows as any table does.)
    this.pairs = secondOfRow ? new Slots(Math.min(expected, 1024)) : undefined;
  }

  /**
   * Records `text` seen on `row`; returns the row where the same key was seen first, or undefined
   * when this is its first appearance (or the key is empty). `hash`: hash(text), if already known.
   */
  firstRowOf(text: string, row: number, hash?: number): number | undefined {
    const h = hash ?? this.hash(text);
    return h === EMPTY ? undefined : this.probe(this.keys, h, row, text, undefined);
  }

  /** firstRowOf for a two-part key: `text` and `second` (see secondOfRow). */
  firstRowOfPair(text: string, row: number, second: string, hash?: number): number | undefined {
    const h1 = hash ?? this.hash(text);
    if (h1 === EMPTY) return undefined;
    // The first part seen first: no two-part key of it can have been.
    const first = this.probe(this.keys, h1, row, text, undefined);
    if (first === undefined) return undefined;
    const pairs = this.pairs as Slots;
    if (!this.paired.has(first)) {
      // The first part's first row enters its two-part key now, as it would have on its own row.
      this.paired.add(first);
      const its = this.secondOfRow?.(first) ?? "";
      this.probe(pairs, pairHash(h1, its), first, this.textOfRow(first), its);
    }
    return this.probe(pairs, pairHash(h1, second), row, text, second);
  }

  /** Finds the key hashed `h` in `slots` (the first row that had it), or records it for `row`. */
  private probe(slots: Slots, h: number, row: number, text: string, second: string | undefined): number | undefined {
    const table = slots.table;
    const mask = slots.mask;
    let i = h & mask;
    for (;;) {
      const stored = table[2 * i];
      if (stored === EMPTY) break;
      if (stored === h) {
        const first = table[2 * i + 1];
        if (this.sameKey(first, text, second)) return first;
      }
      i = (i + 1) & mask;
    }
    slots.insert(i, h, row);
    return undefined;
  }

  /** A hash hit settled: is the key of row `first` really the same (not a collision)? */
  private sameKey(first: number, text: string, second: string | undefined): boolean {
    const earlier = this.textOfRow(first);
    if (this.everNumbered) {
      if (this.keyOf(earlier.slice(afterNumber(earlier))) !== this.keyOf(text.slice(afterNumber(text)))) return false;
    } else if (this.keyOf(earlier) !== this.keyOf(text)) return false;
    return second === undefined || trimCaseKey(this.secondOfRow?.(first) ?? "") === trimCaseKey(second);
  }

  /**
   * May the last key firstRowOf hashed itself (given no hash) be a list of names: did it hold a `;` or
   * a line break, or was it not read character by character? False only for a key of names compared
   * as `normalize` that holds neither: SUMMARY asks it of each row's name, which the hash has just
   * read, instead of searching the name twice more (at 10k rows those searches were 4% of its time).
   */
  get lastKeyMayList(): boolean {
    return this.hashOf !== normalizedHash || listMark;
  }

  /** The hash firstRowOf computes for `text`: compute it once for two finders of the same text. */
  hash(text: string): number {
    if (!this.numbered) return this.hashOf(text);
    this.everNumbered = true;
    return this.hashOf(text, afterNumber(text));
  }
}

/**
 * The hash of a two-part key: the second part's characters continue the first part's hash (after a
 * separator that no key character equals). Two hashes xor-ed together collided on a thousand of 100k
 * partner rows, each collision costing two normalised names built and compared.
 */
function pairHash(h1: number, second: string): number {
  return trimCaseHash(second, Math.imul(h1 ^ 0xffff, FNV_PRIME)) || 1;
}
