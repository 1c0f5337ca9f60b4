import { ENGLISH_MONEY_WORDS, OTHER_LANGUAGE_AMOUNTS, OTHER_LANGUAGE_AMOUNT_ENDINGS } from "../schema";
import { normalizeHeader, wordsPattern } from "./text";

/**
 * Whether an amount column's header is in another language than English: naming no currency, such a
 * sheet's amounts are in no dollar and are shown without a sign (typedCells' signless, the summary's
 * note). Read once per table and column, never per row.
 */

const OTHER_LANGUAGE_KEYS = [...OTHER_LANGUAGE_AMOUNTS].map(normalizeHeader);
/** A word ending in one of the schema's German amount words (`gesamtbetrag`, `fördersumme`). */
const OTHER_LANGUAGE_ENDING = new RegExp(`(?:${OTHER_LANGUAGE_AMOUNT_ENDINGS.join("|")})(?![\\p{L}])`, "iu");
/**
 * A letter of another alphabet than English's (`ä`, `č`, `ã`, `ø`, `ß`, Cyrillic, Japanese): an amount
 * header so written is no US sheet's (a helper's round, real: Slovenia's `Višina dodeljenih sredstev`
 * summed as $1,805,002,821.26).
 */
const OTHER_ALPHABET = /[^\p{ASCII}\P{L}]/u;
/** A header's asides in brackets (`(Café programme)`), left out where OTHER_ALPHABET is looked for. */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;
/**
 * One of the schema's ENGLISH_MONEY_WORDS, a whole word (`_` and digits around it as spaces): the header
 * is English, its accented letters a name's (`Café Fund Amount`).
 */
const ENGLISH_MONEY = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(ENGLISH_MONEY_WORDS)})(?![\\p{L}])`, "iu");

/**
 * Is an amount column headed in another language (`montant`, `Betrag`, `montant versé en 2013`: one
 * of the schema's OTHER_LANGUAGE_AMOUNTS, words after it or not; a German compound of one,
 * `Gesamtbetrag`; a header in letters English has none of, and no English money word beside them)?
 * Naming no currency, its amounts are in no dollar: shown without a sign.
 */
export function headedInOtherLanguage(header: string): boolean {
  if (OTHER_LANGUAGE_ENDING.test(header)) return true;
  const key = normalizeHeader(header);
  if (OTHER_LANGUAGE_KEYS.some((k) => key.startsWith(k))) return true;
  // (The letters of its words, not of an aside in brackets: `Amount (Café programme)` is English; nor
  // of a name among English money's words: `Café Fund Amount`.)
  const own = header.replace(BRACKETED, "");
  return OTHER_ALPHABET.test(own) && !ENGLISH_MONEY.test(own);
}
