import { PEOPLE_COUNT_HEADERS as PEOPLE } from "../schema";
import { headerText } from "./headerMatch";
import { isBlank, wordsPattern } from "./text";
import type { Matrix } from "./types";

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
