import { serialToIso } from "./excelDate";

/**
 * A date Excel put in the last century from a year typed with two digits: Excel reads `4/30/30` as
 * 1930-04-30 (two-digit years from 30 on are 19xx), and a sheet formatted `mm-dd-yy` shows it as
 * `04-30-30`, so the user never sees the 1930 an error quotes (corpus round hn D5, real: a department's
 * grants, three awards "ending" in 1930 before they start in 2025 and 2026).
 */

/** The first and last years Excel gives a year typed with two digits in the last century. */
const FIRST_TWO_DIGIT = 1930;
const LAST_TWO_DIGIT = 1999;
/** The longest an agreement runs, in years: an end a century on from 1995 (2095) is no year meant. */
const LONGEST_TERM = 30;

/**
 * Said after "End date … is before Start date …" when the end's year could be a two-digit year Excel put
 * a century early — in 1930–1999 while the start is in this century, the end a century on no earlier
 * than the start and at most LONGEST_TERM years after it —
 * or "" otherwise.
 */
export function twoDigitYearNote(endSerial: number, startSerial: number): string {
  const endYear = Number(serialToIso(endSerial).slice(0, 4));
  const startYear = Number(serialToIso(startSerial).slice(0, 4));
  if (endYear < FIRST_TWO_DIGIT || endYear > LAST_TWO_DIGIT || startYear < 2000 || endYear + 100 < startYear) return "";
  if (endYear + 100 > startYear + LONGEST_TERM) return "";
  const typed = String(endYear % 100).padStart(2, "0");
  return ` (a year typed as two digits, ${typed}, Excel reads as ${endYear}: was ${endYear + 100} meant?)`;
}
