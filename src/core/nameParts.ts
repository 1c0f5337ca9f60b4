/**
 * Headers that are half of a person's name (the schema's NAME_PARTS: `Surname`, `First Name`, `c_last_name`,
 * `IncumbentLastName`), and the columns read with a name's key column as one person's name: its other half
 * and a middle name (nameCompanions). Split from headers.ts.
 */
import { FAMILY_NAME_BESIDE_GIVEN, NAME_CONTINUED, NAME_PARTS } from "../schema";
import { normalizeHeader } from "./text";
import type { HeaderMapping } from "./types";

export const FAMILY_NAME: ReadonlySet<string> = new Set(NAME_PARTS.family.map(normalizeHeader));
export const GIVEN_NAME: ReadonlySet<string> = new Set(NAME_PARTS.given.map(normalizeHeader));

/** Is this header one half of a person's name written in two columns (the schema's NAME_PARTS)? */
export function namePart(header: string): "family" | "given" | undefined {
  const key = normalizeHeader(withoutFieldPrefix(header));
  const part = (k: string) => (FAMILY_NAME.has(k) ? "family" : GIVEN_NAME.has(k) ? "given" : undefined);
  return part(key) ?? part(withoutPersonRole(key));
}

/**
 * A normalized header's name part after the post its person holds (`IncumbentLastName`, `Trustee First
 * Name`) — the name half alone (`lastname`) — or "" when it starts with no such word (a helper's round,
 * real: the US government's Plum Book, 10,540 seats read as Partners by their `OrganizationName`).
 */
export function withoutPersonRole(key: string): string {
  const role = PERSON_ROLES.find((r) => key.startsWith(r) && key.length > r.length);
  return role === undefined ? "" : key.slice(role.length);
}
// Not `member`: a member organisation's contact (`Member Last Name` on a pledge list: a reviewer's repro,
// read as Leadership and its pledges never summed).
const PERSON_ROLES = ["incumbent", "appointee", "official", "councillor", "councilor", "commissioner", "trustee"];

/**
 * A database field's name without its one-letter table prefix (`c_last_name`: the Swiss parliament's
 * export, its councillors' `c_first_name` beside it), or the header as it is.
 */
export function withoutFieldPrefix(header: string): string {
  return FIELD_PREFIX.test(header) ? header.slice(2) : header;
}
export const FIELD_PREFIX = /^[a-z]_[a-z]/i;
const MIDDLE_NAME: ReadonlySet<string> = new Set(NAME_PARTS.middle.map(normalizeHeader));
/**
 * Of `headers` (the columns the tracker does not map), those written with the key column `key` as one
 * person's name, by their index in `headers`: the name's other half (`First Name` beside `Last Name`),
 * and — with it — a middle name or initial; or, for a key that is no half of a name, the column its
 * names go on in (`continued`: `Raison sociale 2`, continuationOf). Empty when there is neither. `skip`
 * (by index in `headers`) passes over columns a mapping leaves out on purpose (HeaderMapping.ignored):
 * not read with the key (`--map "first_name=Ignore"`).
 */
export function nameCompanions(
  key: string,
  headers: readonly string[],
  skip?: (index: number) => boolean,
): { other?: number; middle?: number; continued?: true } {
  const part = keyNamePart(key, headers);
  if (part === undefined) {
    const continued = continuationOf(key, headers, skip);
    return continued < 0 ? {} : { other: continued, continued: true };
  }
  const other = headers.findIndex((h, i) => {
    const p = namePart(h);
    return p !== undefined && p !== part && !skip?.(i);
  });
  if (other < 0) return {};
  const middle = headers.findIndex((h, i) => MIDDLE_NAME.has(normalizeHeader(h)) && !skip?.(i));
  return middle < 0 ? { other } : { other, middle };
}

/**
 * The index in `headers` of the column that goes on with the key's names (`Raison sociale 2` beside
 * `Raison sociale`: the schema's NAME_CONTINUED), or -1. Read with the key, a first half shared by
 * several organisations (`COMICE AGRICOLE CANTON` + `NOYANT` / `LION ANGERS`) is not one partner.
 */
function continuationOf(key: string, headers: readonly string[], skip?: (index: number) => boolean): number {
  const base = normalizeHeader(key);
  if (base === "") return -1;
  return headers.findIndex((h, i) => {
    const k = normalizeHeader(h);
    return k.startsWith(base) && CONTINUED.has(k.slice(base.length)) && !skip?.(i);
  });
}
const CONTINUED: ReadonlySet<string> = new Set(NAME_CONTINUED.map(normalizeHeader));

/**
 * nameCompanions of a mapping's key header `key`, by index in `mapping.unknown`: never a column the
 * mapping leaves out on purpose (HeaderMapping.ignored).
 */
export function mappedNameCompanions(
  key: string,
  mapping: HeaderMapping,
): { other?: number; middle?: number; continued?: true } {
  const ignored = mapping.ignored;
  return nameCompanions(
    key,
    mapping.unknown.map((u) => u.header),
    ignored && ignored.length > 0 ? (i) => ignored.includes(mapping.unknown[i].index) : undefined,
  );
}

/**
 * The half of a name the key column's header is, among `headers`: its own (namePart), or the family
 * name where the word for a name stands beside that language's given name — `Naam` beside `Voornaam`,
 * `Nom` beside `Prénom`, `Name` beside `Vorname`, as Dutch, French and German lists head a surname (a
 * helper's round, real: a Flemish stakeholder list, Ann and Paul Verbeeck told "two people of one name?").
 */
export function keyNamePart(key: string, headers: readonly string[]): "family" | "given" | undefined {
  const part = namePart(key);
  if (part !== undefined) return part;
  const given = NAME_BESIDE_GIVEN.get(normalizeHeader(key));
  return given !== undefined && headers.some((h) => normalizeHeader(h) === given) ? "family" : undefined;
}
/** The schema's FAMILY_NAME_BESIDE_GIVEN, as headers are compared (normalizeHeader). */
const NAME_BESIDE_GIVEN: ReadonlyMap<string, string> = new Map(
  Object.entries(FAMILY_NAME_BESIDE_GIVEN).map(([family, given]) => [normalizeHeader(family), normalizeHeader(given)]),
);
