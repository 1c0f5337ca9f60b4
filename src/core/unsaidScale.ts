import type { TypedCells } from "./typedCells";

/** Data rows of an amount column read for fractions of a cent (from the top). */
const SAMPLE_ROWS = 1000;
/** Amounts this large or larger are read as written, fractions or not (a currency converted to cents' fractions). */
const LARGEST_UNSAID = 100_000;

/** An amount column's figures with fractions of a cent (fractionalAmounts). */
export interface FractionalAmounts {
  /** 0-based matrix row of the first such figure, and the figure as read. */
  readonly row: number;
  readonly value: number;
  /** How many of the sampled amounts (not 0) have fractions of a cent. */
  readonly count: number;
  readonly amounts: number;
  /** The column goes on past the rows read: `amounts` are its first ones. */
  readonly sampled: boolean;
}

/** Decimals of a figure as JavaScript writes it (`1414.850847983965`: 12), or 0 for one in exponent form. */
function decimalsOf(v: number): number {
  const text = String(v);
  const point = text.indexOf(".");
  return point < 0 || text.includes("e") ? 0 : text.length - point - 1;
}

/** Decimals a figure worked out by a formula has and a typed one never does: unrounded, not millions. */
const WORKED_OUT_DECIMALS = 8;

/**
 * Amounts with fractions of a cent — three at least, one in twenty of the column's amounts or more, and
 * no amount as large as 100,000 (`0.757`, `2.565817` beside `15.75`, `6000`) — in a column whose header
 * says no multiple: no sum of money has fractions of a cent, so they are most likely millions (or
 * thousands) the header does not say (a helper's round, real: the Hutchins Center's tracker of states'
 * relief-fund spending, `Total` in $ millions, 69 of its 986 amounts with 3–6 decimals, summed as
 * $80,457.40 for $80.46 billion). Said, not guessed: the user says the multiple.
 */
export function fractionalAmounts(t: TypedCells, slot: number): FractionalAmounts | undefined {
  if (!t.present(slot) || t.scale[slot] !== 1) return undefined;
  let count = 0;
  let amounts = 0;
  let workedOut = 0;
  let hundreds = 0;
  let first = -1;
  let value = 0;
  const end = Math.min(t.rowCount, t.firstDataRow + SAMPLE_ROWS);
  for (let r = t.firstDataRow; r < end; r++) {
    const v = t.numAt(r, slot);
    if (!Number.isFinite(v) || v === 0) continue;
    if (Math.abs(v) >= LARGEST_UNSAID) return undefined;
    amounts++;
    // (A float's own noise, `0.1 + 0.2`, is a millionth of a millionth: a tolerance of a millionth of
    // the figure passed `4115.384`'s tenths of a cent by, "3 of its 6 amounts" where all 6 had them.)
    const cents = Math.abs(v) * 100;
    if (Math.abs(cents - Math.round(cents)) <= 1e-9 * Math.max(1, cents)) continue;
    if (count++ === 0) [first, value] = [r, v];
    if (decimalsOf(v) >= WORKED_OUT_DECIMALS) workedOut++;
    if (Math.abs(v) >= 100) hundreds++;
  }
  // Nearly every figure with a formula's decimals and in the hundreds or more (`1414.850847983965`):
  // worked out, not rounded — a donor ledger's gifts net of fees (a helper's round, real), no millions
  // unsaid. (Millions a formula worked out, `12.345678901234`, are small: still asked — a reviewer's repro.)
  if (count * 10 >= amounts * 9 && workedOut * 10 >= count * 9 && hundreds * 10 >= count * 9) return undefined;
  return count >= 3 && count * 20 >= amounts
    ? { row: first, value, count, amounts, sampled: end < t.rowCount }
    : undefined;
}
