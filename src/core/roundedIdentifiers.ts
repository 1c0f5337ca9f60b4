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

/** A column of identifiers most of which Excel rounded: the first as written, how many, of how many values. */
export interface RoundedIdentifiers {
  readonly example: string;
  readonly rounded: number;
  readonly values: number;
}

/**
 * Where most values of column `at` under row `headerRow` are numbers Excel rounded (blanks and
 * placeholders aside): the first of them as written (`3,26E+13`), and how many of how many; else
 * undefined. Such identifiers are compared with nothing — lost — and a report saying "compared with
 * Partner" of the column says what is not so (corpus round fn D8, real: Toulouse's `idBeneficiaire`,
 * 541 of its 543 values rounded, 236 of them for 527 organisations, `2,13E+13` under 25 names; two
 * 9-digit SIRENs whole). Stops once half its rows hold other values.
 */
export function roundedIdentifiersIn(matrix: Matrix, headerRow: number, at: number): RoundedIdentifiers | undefined {
  let example: string | undefined;
  let rounded = 0;
  let other = 0;
  const half = (matrix.length - headerRow - 1) / 2;
  for (let r = headerRow + 1; r < matrix.length && other <= half; r++) {
    const cell = matrix[r]?.[at];
    if (cell === undefined || isBlank(cell) || isPlaceholder(cell)) continue;
    const text = String(cell).trim();
    if (typeof cell === "string" && ROUNDED_NUMBER.test(text)) {
      example ??= text;
      rounded++;
    } else other++;
  }
  return example !== undefined && rounded > other ? { example, rounded, values: rounded + other } : undefined;
}
