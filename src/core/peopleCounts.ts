import { PEOPLE_COUNT_HEADERS as PEOPLE } from "../schema";
import { headerText } from "./headerMatch";
import { isBlank, wordsPattern } from "./text";
import { type Matrix, NoHeaderError } from "./types";
import type { TabName } from "../schema";

/**
 * A statistics table counting people — by sex, by age, persons — whose `TOTAL` the schema reads as an
 * amount word: no amount to map to Committed (corpus round jo D4, real: Spain's registered unemployment by
 * sex and age, `TOTAL | HOMBRES | MUJERES` under `MENORES DE 25 AÑOS`, hinted "TOTAL holds amounts: map it
 * to Committed" — 3,422,551 people summed as dollars). The words are the schema's PEOPLE_COUNT_HEADERS.
 */

const START = "(?<![\\p{L}\\d])";
const END = "(?![\\p{L}\\d])";

/** A header saying sexes, ages or persons, or an age band (`under 25`, `25-44`, `de 25 a 29 años`, `65+`). */
const PEOPLE_HEADER = new RegExp(
  `${START}(?:${wordsPattern([...PEOPLE.sexes, ...PEOPLE.ages, ...PEOPLE.persons], "[\\s_]+")})${END}|` +
    `${START}(?:${wordsPattern(PEOPLE.beforeAge, "\\s+")})\\s+\\d{1,3}${END}|` +
    `^\\s*\\d{1,3}\\s*(?:[-–]\\s*\\d{1,3}|\\+)\\s*$`,
  "iu",
);

/** Does a header row, or the group titles over it (the row above), say people counted (PEOPLE_HEADER)? */
export function countsPeople(matrix: Matrix, row: number): boolean {
  const says = (cells: Matrix[number] | undefined) =>
    (cells ?? []).some((c) => !isBlank(c) && PEOPLE_HEADER.test(headerText(c)));
  return says(matrix[row]) || (row > 0 && says(matrix[row - 1]));
}

/** What the no-header message says a table counting people is (mapHint.ts reads it to leave out its --map hint). */
export const PEOPLE_COUNTED = "it counts people";

/** A header that is a total alone (`TOTAL`, `Total general`, `Gesamt`: the schema's PEOPLE_COUNT_HEADERS.totals). */
const TOTAL_ALONE = new RegExp(
  `^\\s*(?:${wordsPattern(PEOPLE.totals, "\\s+")})(?:\\s+(?:${wordsPattern(PEOPLE.totalOf, "\\s+")}))?\\s*$`,
  "iu",
);

/**
 * The headers saying people counted (sexes, ages, persons), from the header row `row` and the group titles
 * over it, where every header of the row is one or a total alone: a statistics table with no column the
 * tracker reads, whatever the figures (corpus round jo, mq's leftover: Spain's registered unemployment by
 * sex and age, `TOTAL | HOMBRES | MUJERES` under `MENORES DE 25 AÑOS`, told to map "<your header>" as the
 * Partner). Undefined otherwise — a list of organisations with their staff by sex has a column of names.
 */
export function peopleCountedBy(matrix: Matrix, row: number): string[] | undefined {
  const headers = (matrix[row] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
  if (headers.length < 2 || !headers.every((h) => PEOPLE_HEADER.test(h) || TOTAL_ALONE.test(h))) return undefined;
  const above = row > 0 ? (matrix[row - 1] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim()) : [];
  const said = [...new Set([...headers, ...above].filter((h) => PEOPLE_HEADER.test(h)))];
  return said.length > 0 ? said : undefined;
}

/**
 * The no-header message for such a table (peopleCountedBy): what its columns are, and that no mapping
 * reads them — no "map <your header> to Partner" that leads nowhere. Undefined for any other row.
 */
export function peopleCountedError(
  matrix: Matrix,
  row: number,
  seen: readonly string[],
  seenSaid: string,
  tab: string,
): NoHeaderError | undefined {
  const people = peopleCountedBy(matrix, row);
  if (!people) return undefined;
  const named = people.slice(0, 4).join(", ") + (people.length > 4 ? " …" : "");
  return new NoHeaderError(
    `No ${tab} header row: row ${row + 1} has ${seenSaid} — ${PEOPLE_COUNTED} (${named}: by sex or age), not ` +
      `organisations, people by name or money: none of its columns is one the tracker reads.`,
    tab as TabName,
    row,
    seen,
    false,
  );
}
