/**
 * A financial statement (`ASSETS`, `Total Current Assets`, `LIABILITIES` down an unheaded first column):
 * its lines are accounts and their totals, no partners — told to head its label column Partner and map
 * `A=Partner`, a user would have summed a balance sheet as partners' money (corpus round gn D10, real: a
 * university's statement of financial position). Split from noHeaderMessage.ts, whose message it feeds.
 */
import { STATEMENT_LINE_WORDS } from "../schema";
import { NOT_TOTAL, totalKind } from "./notData";
import { cellText, isBlank, wordsPattern } from "./text";
import type { Matrix } from "./types";

const ACCOUNT_LINE = new RegExp(`(?<!\\p{L})(?:${wordsPattern(STATEMENT_LINE_WORDS)})(?!\\p{L})`, "iu");

/** Rows under the header row read for the labels. */
const LINES_READ = 50;

/** What the message says the sheet looks like (mapHint.ts reads it to leave out its --map hint). */
export const FINANCIAL_STATEMENT = "it looks like a financial statement";

/**
 * The first labels under `row` in its unheaded first column, when most of them (half or more, three at
 * least, a Total among them) are account lines or Total lines; undefined otherwise.
 */
export function statementLines(matrix: Matrix, row: number): string[] | undefined {
  if (!isBlank(matrix[row]?.[0])) return undefined;
  const labels: string[] = [];
  let accounts = 0;
  let totals = 0;
  for (let r = row + 1; r < Math.min(matrix.length, row + 1 + LINES_READ); r++) {
    const cell = matrix[r]?.[0];
    if (typeof cell !== "string" || isBlank(cell)) continue;
    const text = cellText(cell).trim();
    labels.push(text);
    if (totalKind(text) !== NOT_TOTAL) totals++;
    else if (ACCOUNT_LINE.test(text)) accounts++;
  }
  return labels.length >= 3 && totals > 0 && (accounts + totals) * 2 >= labels.length ? labels : undefined;
}
