import { LIST_VOCABULARY, LISTS, type ListId } from "../schema";
import { isBlank, normalizeKey, specialText } from "./text";

/*
 * The listed value a list column's cell names: as the list spells it, or loosely (other case, spacing,
 * punctuation, the users' own words, a stage's number before its words), built once per list.
 */

export interface ListLookup {
  readonly exact: ReadonlyMap<string, string>;
  /** The exact spellings that are no placeholder's or error's words: load reads these as OK at once. */
  readonly plain: ReadonlyMap<string, string>;
  readonly loose: ReadonlyMap<string, string>;
  /** Its values may close a longer name of their kind (`Roads Infrastructure`): see looseValue. */
  readonly kindLast: boolean;
}

/** The list whose values may close a longer name of their kind (looseValue). */
const KIND_LAST_LIST: ListId = "assetCategory";

/**
 * The listed value a cell names loosely (other case, spacing, punctuation, the users' words) — or, in
 * a list of kinds, as its last word (`Roads Infrastructure`, `Computer Equipment`: a South African
 * capital budget's asset classes, each an error). Kinds only: a status's last word is no status
 * (`Not Active`).
 */
export function looseValue(lookup: ListLookup, text: string): string | undefined {
  const loose = lookup.loose.get(normalizeKey(text));
  if (loose !== undefined) return loose;
  // A pipeline's numbered stages (`0.On our radar`, `2. Proposal submitted`, `4 - Approved`): the
  // stage's words (a helper's round, real: a coalition's funder list, every status its own value).
  const stage = STAGE_NUMBER.exec(text);
  if (stage) {
    const staged = lookup.loose.get(normalizeKey(text.slice(stage[0].length)));
    if (staged !== undefined) return staged;
  }
  const words = stage ? text.slice(stage[0].length) : text;
  // A slash or an ampersand between two words is "and" (`Land/Buildings`, `Land & Buildings` as the list's
  // `Land and buildings`: round mw, lv's D-lv2 — Trafford's land register, 174 rows "expected one of …"
  // where Cheltenham's `Land and Building` read as Infrastructure). Before the stage-and-why below: the
  // whole value read is surer than its first half.
  if (words.includes("/") || words.includes("&")) {
    const and = lookup.loose.get(normalizeKey(words.replace(AND_SIGN, " and ")));
    if (and !== undefined) return and;
  }
  // A stage and why, after a slash (`(7) On-Hold / Planning Approval Expired`): the stage's words (a
  // helper's round, real: San Francisco's housing pipeline, 5 rows "expected one of … Paused").
  const slash = words.indexOf(" / ");
  if (slash > 0) {
    const first = lookup.loose.get(normalizeKey(words.slice(0, slash)));
    if (first !== undefined) return first;
  }
  if (!lookup.kindLast) return undefined;
  const last = /\s(\S+)$/.exec(text.trim())?.[1];
  return last === undefined ? undefined : lookup.loose.get(normalizeKey(last));
}

/** A slash or an ampersand between two words (`Land/Buildings`, `Land & Buildings`), read as "and". */
const AND_SIGN = /(?<=\p{L})\s*[/&]\s*(?=\p{L})/gu;

/** A stage's number before its words: `0.`, `2. `, `4 - `, `(3) `, `0.5 `. */
const STAGE_NUMBER = /^\s*\(?\d{1,2}(?:\.\d)?\s*[.):\-–]?\s+(?=\p{L})|^\s*\(?\d{1,2}[.):\-–](?=\p{L})/u;

/**
 * Each list's values: exact spellings, and loose ones (other case, spacing, punctuation, and the
 * users' own words from the schema's LIST_VOCABULARY: `Complete` → Completed, `NGO` → Nonprofit).
 */
export const LIST_LOOKUPS = new Map<string, ListLookup>(
  Object.entries(LISTS).map(([id, list]) => {
    const loose = new Map<string, string>(list.values.map((v) => [normalizeKey(v), v]));
    for (const [word, value] of Object.entries(LIST_VOCABULARY[id as ListId] ?? {})) {
      const key = normalizeKey(word);
      if (!loose.has(key)) loose.set(key, value as string);
    }
    // A value the list writes with an ampersand, written with "and" (`Data and technology` as the list's
    // `Data & technology`): looseValue reads the other way round, a sign in the cell for the list's "and"
    // (mw's leftover of round lv). Not over a value or word the list has already.
    for (const [word, value] of [
      ...list.values.map((v) => [v, v]),
      ...Object.entries(LIST_VOCABULARY[id as ListId] ?? {}),
    ]) {
      // Not a slash: the list's `Not active / skipped` is one or the other, no "and".
      if (!word.includes("&")) continue;
      const key = normalizeKey(word.replace(AND_SIGN, " and "));
      if (!loose.has(key)) loose.set(key, value as string);
    }
    const exact = new Map(list.values.map((v) => [v, v]));
    const plain = new Map([...exact].filter(([v]) => !isBlank(v) && specialText(v) === 0));
    return [id, { exact, plain, loose, kindLast: id === KIND_LAST_LIST }];
  }),
);

/** The listed value a cell names, and whether it is spelled as listed. */
export function matchList(listId: string, text: string): { value: string; exact: boolean } | undefined {
  const lookup = LIST_LOOKUPS.get(listId);
  if (!lookup) return undefined;
  const exact = lookup.exact.get(text);
  if (exact !== undefined) return { value: exact, exact: true };
  const loose = looseValue(lookup, text);
  return loose === undefined ? undefined : { value: loose, exact: false };
}
