/**
 * An amount with a remark in brackets after it (`$25,000 (revised)`, `25,000 (reduced from 30,000)`,
 * `446,750,000円 （減額交付決定後の額。初回交付決定額は、658,333,000）`): the figure first is the amount, the
 * bracket a note about it (corpus round hn D4, real: Japan's subsidies to public-interest corporations, 26
 * grants so written — ¥20.3bn — left out of the total as "no amounts"). As a tax said after an amount is
 * (amountCells' TAX_NOTE). Not a bracket of figures alone (`100 (200)`: which is it?), nor a currency
 * (`1,000 (USD)`, `500 (円)`), which says what the amount is in, not something about it.
 */

/** The remark: after a figure, a unit or a scale, a bracket (full-width too) holding a letter, last in the cell. */
const REMARK = /(?<=[\d%$€£¥円元KkMm])\s*[(（]([^()（）]*\p{L}[^()（）]*)[)）]\.?$/u;

/** A bracket saying a currency, not remarking on the amount: a code, a sign or a currency's word. */
const CURRENCY_ONLY = /^\s*(?:[A-Z]{3}|[$€£¥]|円|元|euros?|dollars?)\s*$/i;

/**
 * A bracket that changes the amount rather than remarking on it: a scale (`$5 (in millions)`, `500
 * (thousands)`) or a multiple (`3,000 (x2)`). Read as a remark, the figure was off by a million: left
 * unread, as it was before remarks were read, so the user is told and nothing is summed wrong.
 */
const CHANGES_AMOUNT =
  /\b(?:thousands?|millions?|billions?|bn|mn|mm|k|m)\b|(?<![\d,.])000s?\b|(?:^|\s)[x×*]\s*\d|\d\s*[x×]\b/i;

/**
 * `text` without a remark in brackets after its figures, or undefined when it has none. Only a cell
 * ending in a bracket pays for the test (coerceNumber's gate).
 */
export function withoutRemark(text: string): string | undefined {
  const m = REMARK.exec(text);
  if (!m || CURRENCY_ONLY.test(m[1]) || CHANGES_AMOUNT.test(m[1])) return undefined;
  const rest = text.slice(0, m.index).trimEnd();
  // The amount before it must stand alone: a bracket opened before it is the amount's own (`(1,200)`).
  return rest === "" || /[(（]/.test(rest) ? undefined : rest;
}
