import { LEGAL_FORM_WORDS_WRITTEN_OUT } from "../schema";

/**
 * A name cell's lines before the quoted name they are the form of (`АКЦИОНЕРНОЕ ОБЩЕСТВО⏎«МОСКОВСКИЙ
 * ЦЕНТР …»`, `ЗАКРЫТОЕ АКЦИОНЕРНОЕ⏎ОБЩЕСТВО⏎«…»`): a Russian or Ukrainian organisation writes its legal
 * form out in words, then its name in quotation marks, and a cell wraps anywhere in them. Apart from
 * text.ts (wrapsOnto asks it), which reads the lines of every name cell that has several.
 */

const FORM_WORDS = new Set(LEGAL_FORM_WORDS_WRITTEN_OUT);

/** Marks that only open a quotation (`«`, `„`): a line starting with one starts a quoted name. */
const OPENING = /^[«„]/;

/** Any quotation mark. */
const QUOTE_MARK = /["«»„“”]/;

/**
 * Does `line` go on on `next` as a name's legal form going on to its quoted name? It is made of the words
 * of a legal form written out alone (LEGAL_FORM_WORDS_WRITTEN_OUT: `ЗАКРЫТОЕ АКЦИОНЕРНОЕ`, `ОБЩЕСТВО С`),
 * or it holds no quotation mark and `next` starts with one that opens (`РЕГИОНАЛЬНОЕ ОБЪЕДИНЕНИЕ
 * РАБОТОДАТЕЛЕЙ⏎«МОСКОВСКАЯ …»`): the kind of body, then its name. Names of a list each quoted on
 * their own lines (`ООО «Альфа»⏎ООО «Бета»`) go on on none.
 */
export function formGoesOn(line: string, next: string): boolean {
  if (OPENING.test(next) && !QUOTE_MARK.test(line)) return true;
  const words = line.toLowerCase().split(/\s+/);
  return words.length > 0 && words.every((w) => FORM_WORDS.has(w));
}
