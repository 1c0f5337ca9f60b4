/**
 * Does a list column hold values of its own (a register's own categories, unit codes), and are the
 * values among them that read as the list's in users' words read so? Split from typedCells.ts, which
 * asks it once a column (TypedCells.ownValues).
 */
import { isBlank, isPlaceholder, normalizeKey } from "./text";
import type { Matrix } from "./types";

/** What a list column's values are, read once: not its own, its own, or its own beside listed ones. */
export const OWN_VALUES_UNREAD = 0;
/** Values of its own, none read as the list's (a stray one read so in users' words is one of them). */
export const OWN_VALUES = 1;
export const NOT_OWN_VALUES = 2;
/**
 * Values of its own for the most part, and values the list's users' words read as listed ones (more
 * than a stray): those read so, the others the column's own (corpus round fn D3, real: Toulouse's
 * grants, `type` of 33 legal forms, `Association loi 1901` on 235 rows and `Collectivité territoriale`
 * on 28 — read as Nonprofit and Government where alone — said with the rest as "none of them the
 * tracker's", and the summary grouped by legal form).
 */
export const OWN_VALUES_BESIDE_LISTED = 3;

/** How many values of its own make a column of them (as the rules' one warning for such a column asks). */
const WHOLE_OWN_VALUES = 3;
/**
 * So many values of its own make a typology of the column's own, however many rows its values read in
 * users' words cover (corpus round gn D2, real: NEH's grants, `OrganizationType` of some 40 kinds —
 * General Museum, Archive, State Humanities Council … — beside University and Four-Year College, read
 * as Academic on 581 of 1,012 rows, and a dozen more read as listed values (Public Library, School
 * District …): 26 errors a user could clear only by recoding 431 rows). No fewer than those read.
 */
const MANY_OWN_VALUES = 10;

/**
 * What list column `at` of `matrix` (rows `from` to `to`, headed `header`) holds: no cell spelled as the
 * list spells it (`exact`), WHOLE_OWN_VALUES of its own or more, and for each value read in users' words
 * (`loose`) three of its own or more, on more rows (or MANY_OWN_VALUES of them, no fewer than those read) —
 * values of its own. Among them, one value read in users' words, one word (`ACADEMY` among Frontex's
 * unit codes DMD, FOU, ECRET: corpus round fi), is a stray of them, read as its own too (OWN_VALUES);
 * several, or a phrase (`Association loi 1901`), are what they read as (OWN_VALUES_BESIDE_LISTED). A cell
 * spelled as listed ends the reading.
 */
export function ownValuesIn(
  matrix: Matrix,
  at: number,
  from: number,
  to: number,
  header: string,
  exact: ReadonlyMap<string, string>,
  loose: (text: string) => string | undefined,
): typeof OWN_VALUES | typeof NOT_OWN_VALUES | typeof OWN_VALUES_BESIDE_LISTED {
  // The header again under itself (a repeated header row) is no value of the column's.
  const key = normalizeKey(header);
  const read = new Set<string>();
  const own = new Set<string>();
  let readRows = 0;
  let ownRows = 0;
  for (let r = from; r < to; r++) {
    const cell = matrix[r]?.[at];
    if (typeof cell !== "string" && typeof cell !== "number") continue;
    if (isBlank(cell) || isPlaceholder(cell)) continue;
    const text = String(cell).trim();
    if (exact.has(text)) return NOT_OWN_VALUES;
    if (read.has(text)) readRows++;
    else if (own.has(text)) ownRows++;
    else if (normalizeKey(text) === key) continue;
    else if (loose(text) !== undefined) {
      read.add(text);
      readRows++;
    } else {
      own.add(text);
      ownRows++;
    }
  }
  const ownColumn =
    (own.size >= 3 * read.size && ownRows > readRows) || (own.size >= MANY_OWN_VALUES && own.size >= read.size);
  if (!(own.size >= WHOLE_OWN_VALUES && ownColumn)) return NOT_OWN_VALUES;
  // A listed value in another case or spacing (`business` among a stakeholder map's agency, elected,
  // coalition: corpus round hn) is the list's, no stray: said as "none of them the tracker's", it
  // contradicted the values the message quoted.
  const stray = read.size <= 1 && ![...read].some((text) => /\s/.test(text) || listedSpelling(exact, text));
  return stray ? OWN_VALUES : OWN_VALUES_BESIDE_LISTED;
}

/** Is `text` a listed value (a key of `exact`) but for case, spaces and punctuation? */
function listedSpelling(exact: ReadonlyMap<string, string>, text: string): boolean {
  const key = normalizeKey(text);
  for (const listed of exact.keys()) if (normalizeKey(listed) === key) return true;
  return false;
}
