import { CURRENCY_CODES, RINGGIT } from "./amountCells";

/**
 * A cheap test a text must pass before currencyInText runs its pattern: is there a digit with a
 * currency mark or code beside it (one space apart at most)? A sheet's text columns are read for the
 * currency amounts naming none are in (TypedTable.textCurrency: 50 rows of every text column, on every
 * call of PARTNERS.SUMMARY); most of their cells with a digit are names and notes (`Partner 12`, `Note
 * for row 7`), and the pattern's many codes, case-blind and Unicode-aware, cost a third of SUMMARY's
 * fixed time per call at 100 rows — this loop a few characters per digit.
 *
 * It may pass a text the pattern refuses (`row 12`: a short word is looked up; any other script
 * beside a figure passes), never the other way round (a property test holds it to the pattern).
 */
export function mayWriteCurrency(text: string): boolean {
  if (!GATED) return true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (markBefore(text, i) || markAfter(text, i)) return true;
  }
  return false;
}

/** The codes written in letters alone, lower-cased (`usd`, `kr`, `rm`); the longest one's length. */
const LETTER_CODES = new Set<string>();
let longest = 0;
/**
 * Whether every code of CURRENCY_CODES is of a shape the gate reads: letters (`GBP`), letters and a
 * dot (`kr\.?`), or with a dollar sign (`US\$`, `AU?\$`: a `$` beside the figure or after the letters
 * lets any text through). A code of any other shape added later turns the gate off, not wrong.
 */
const GATED = [...CURRENCY_CODES.split("|"), RINGGIT].every((code) => {
  if (code.includes("\\$")) return true;
  const letters = /^([A-Za-z]+)(?:\\\.\??)?$/.exec(code)?.[1];
  if (letters === undefined) return false;
  LETTER_CODES.add(letters.toLowerCase());
  longest = Math.max(longest, letters.length);
  return true;
});

/** `\s` in ASCII: a figure may stand one space from its mark (`£ 500`, `500 EUR`). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A letter-only code among `text`'s letters from `start` to `end`, or any other script beside them. */
function codeBetween(text: string, start: number, end: number): boolean {
  if ((start > 0 && text.charCodeAt(start - 1) >= 128) || (end < text.length && text.charCodeAt(end) >= 128)) {
    return true; // (`Kč`, and letters another script folds to: `ſ` is `s` to a case-blind pattern)
  }
  return end - start <= longest && LETTER_CODES.has(text.slice(start, end).toLowerCase());
}

/** A mark ending just before the digit at `i` (`$5`, `£ 5`, `EUR 5`, `kr. 5`, `US$5`). */
function markBefore(text: string, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  if (j < 0) return false;
  let c = text.charCodeAt(j);
  if (c >= 128 || c === 36) return true; // `$`, `£€¥₹`, any other script
  if (c === 46) c = j > 0 ? text.charCodeAt(--j) : 0; // `kr. 5`
  if (!isLetter(c)) return false;
  let start = j;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return codeBetween(text, start, j + 1);
}

/** A mark starting just after the digit at `i` (`5 EUR`, `5€`, `5 kr.`, `5 US$`). */
function markAfter(text: string, i: number): boolean {
  const n = text.length;
  let j = i + 1;
  if (j < n && isSpace(text.charCodeAt(j))) j++;
  if (j >= n) return false;
  const c = text.charCodeAt(j);
  if (c >= 128) return true; // `£€`, any other script
  if (!isLetter(c)) return false;
  let end = j;
  while (end < n && isLetter(text.charCodeAt(end))) end++;
  return (end < n && text.charCodeAt(end) === 36) || codeBetween(text, j, end);
}
