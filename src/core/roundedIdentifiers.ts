/**
 * Identifiers Excel saved as it showed them, rounded (`3,26E+13`): no longer anyone's number. Split
 * from rules/ledger.ts, which reads each such cell as no identifier; the report says a column of
 * nothing else once (roundedIdentifiersIn).
 */
import { isBlank, isPlaceholder } from "./text";
import type { Matrix } from "./types";

/**
 * A long number Excel saved as it showed it, rounded (`3,26E+13`, `2.43E+13`): no longer anyone's
 * number — unrelated organisations share it (a helper's round, real: Toulouse's subsidies, 14-digit
 * SIRET numbers saved as `3,26E+13`, 137 false "one organisation under N names?").
 */
const ROUNDED_NUMBER = /^\d(?:[.,]\d+)?E\+?\d+$/i;

/** Is `text` (trimmed) a number Excel rounded as it showed it (`3,26E+13`)? */
export function isRoundedNumber(text: string): boolean {
  return ROUNDED_NUMBER.test(text);
}

/**
 * Where every value of column `at` under row `headerRow` is a number Excel rounded (blanks and
 * placeholders aside), the first of them as written (`3,26E+13`); else undefined. Such a column is
 * compared with nothing — its identifiers are lost — and a report saying "compared with Partner" of it
 * says what is not so (corpus round fn D8, real: Toulouse's `idBeneficiaire`, 236 values for 527
 * organisations, `2,13E+13` under 25 names). Stops at the first value that is not one.
 */
export function roundedIdentifiersIn(matrix: Matrix, headerRow: number, at: number): string | undefined {
  let first: string | undefined;
  for (let r = headerRow + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[at];
    if (cell === undefined || isBlank(cell) || isPlaceholder(cell)) continue;
    const text = String(cell).trim();
    if (typeof cell !== "string" || !ROUNDED_NUMBER.test(text)) return undefined;
    first ??= text;
  }
  return first;
}
