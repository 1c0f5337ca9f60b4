import { COST_WORDS, GIVEN_TOWARD_WORDS, ORGANISATION_FINANCES as FINANCES, PAY_WORDS, REQUEST_WORDS } from "../schema";
import { wordsPattern } from "./text";

/**
 * Figures' headers that say money but no commitment: what was asked for, what something costs, an
 * organisation's own finances, what a post is paid. The summary's note on where its figures are offers none of them as
 * Committed (summaries.ts), and nor does the hint of a header row one column short (headers.ts).
 */

/**
 * A word's edges as `\b` reads them (letters, digits and `_` join a word) with every language's letters
 * among them: `\b` alone ends Czech `požadovaná` nowhere.
 */
const WORD_START = "(?<![\\p{L}\\d_])";
const WORD_END = "(?![\\p{L}\\d_])";

/** A figure's header saying it was asked for (`Funding Request`, `Amount requested`: the schema's REQUEST_WORDS). */
export const REQUEST_HEADER = new RegExp(`${WORD_START}(?:${wordsPattern(REQUEST_WORDS)})${WORD_END}`, "iu");

/** A header saying its money is given toward something (`Operating expenses grant`: GIVEN_TOWARD_WORDS). */
const GIVEN_TOWARD = new RegExp(`\\b(?:${wordsPattern(GIVEN_TOWARD_WORDS)})\\b`, "i");

/**
 * A figure's header saying what an organisation spends in a year or owns (`Annual Operating Budget`,
 * `Net assets`: the schema's ORGANISATION_FINANCES).
 */
const ORGANISATION_FINANCES = new RegExp(
  `\\b(?:(?:${wordsPattern(FINANCES.whose)})\\s+(?:(?:${wordsPattern(FINANCES.between)})\\s+)?` +
    `(?:${wordsPattern(FINANCES.finances)})|${wordsPattern(FINANCES.holdings, "\\s+")})\\b`,
  "i",
);

/**
 * Does a figure's header say an organisation's own finances (`Annual_Operating_Budget`, `Net assets`),
 * not money given toward them (`Operating expenses grant`, `Total assets funded`)? Underscores read as
 * spaces.
 */
export function ownFinances(header: string): boolean {
  const words = header.replace(/_/g, " ");
  return ORGANISATION_FINANCES.test(words) && !GIVEN_TOWARD.test(words);
}

/** A figure's header saying it is a cost (`Project Cost`, `Total cost`: the schema's COST_WORDS). */
export const COST_HEADER = new RegExp(`${WORD_START}(?:${wordsPattern(COST_WORDS)})${WORD_END}`, "iu");

/** A header saying what a post or grade is paid (`Payscale Minimum (£)`, `Salary`: the schema's PAY_WORDS). */
const PAY = new RegExp(`(?<!\\p{L})(?:${wordsPattern(PAY_WORDS, "[\\s_]*")})(?!\\p{L})`, "iu");

/**
 * Does a figure's header say pay (`Payscale Minimum (£)`, `Salary`), no money given — unless given toward
 * it (`Salary grant`, `Wage subsidy`)? An amount never offered as Committed.
 */
export function payHeader(header: string): boolean {
  const words = header.replace(/_/g, " ");
  return PAY.test(words) && !GIVEN_TOWARD.test(words);
}
