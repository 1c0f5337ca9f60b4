import { MONEY_IN_WORDS, MONEY_OUT_WORDS } from "../schema";
import { normalizeKey } from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * A ledger of money in and money out (LedgerDirections): a column the tracker does not map saying of
 * each row whether it is money coming in or going out (`operazione`: `entrata` / `uscita`). SUMMARY
 * adds up every row's amount, which is twice the money when what comes in is paid on (a helper's
 * round, real: Italy's Civil Protection donation accounts, €347.0M summed for €173.5M given). Which
 * one the partners' money is, only the reader can tell: the summary gives each kind's figures.
 */

/** MONEY_IN_WORDS and MONEY_OUT_WORDS as keys, accents and case aside. */
const foldedKey = (word: string): string => normalizeKey(word.normalize("NFD").replace(/\p{M}/gu, ""));
const IN_WORDS = new Set(MONEY_IN_WORDS.map(foldedKey));
const OUT_WORDS = new Set(MONEY_OUT_WORDS.map(foldedKey));

/**
 * How many filled cells the column is judged by: enough to reach the other kind in a budget sorted by
 * it (a helper's round, real: Grand Rapids' budget, 3,428 EXPENSE lines before its first REVENUE); a
 * column of other words stops at its first.
 */
const LOOK_AT = 20_000;

/** IN (0), OUT (1), or -1 for a cell saying neither. */
function directionOf(cell: Cell): number {
  if (typeof cell !== "string") return -1;
  const key = foldedKey(cell);
  return IN_WORDS.has(key) ? 0 : OUT_WORDS.has(key) ? 1 : -1;
}

/**
 * The 0-based column, unmapped, whose first rows' every filled cell says in or out, both said; -1
 * when there is none.
 */
export function directionColumnOf(matrix: Matrix, mapping: HeaderMapping): number {
  return columnOfKinds(matrix, mapping, directionOf);
}

/**
 * The 0-based column, unmapped, whose first LOOK_AT filled cells each have a kind (`kindOf` ≥ 0), kinds
 * 0 and 1 both among them; -1 when there is none.
 */
function columnOfKinds(matrix: Matrix, mapping: HeaderMapping, kindOf: (cell: Cell) => number): number {
  for (const u of mapping.unknown) {
    const seen = [0, 0, 0];
    let other = false;
    for (let r = mapping.headerRow + 1, n = 0; r < matrix.length && n < LOOK_AT && !other; r++) {
      const cell = matrix[r]?.[u.index];
      if (cell === null || cell === undefined || cell === "") continue;
      n++;
      const k = kindOf(cell);
      if (k < 0) other = true;
      else seen[k]++;
    }
    if (!other && seen[0] > 0 && seen[1] > 0) return u.index;
  }
  return -1;
}

/** One kind of row: its word as written, its rows and their Committed. */
export interface DirectionFigures {
  readonly word: string;
  readonly rows: number;
  readonly committed: number;
}

/** What PartnerSummary says of a ledger of money in and out: each kind's figures. */
export interface LedgerDirections {
  /** The column's header as written. */
  readonly column: string;
  /** Money in, then money out. */
  readonly kinds: readonly [DirectionFigures, DirectionFigures];
}

/** Tallies rows by their direction as SUMMARY adds them. */
export class DirectionTally {
  private readonly words = ["", ""];
  private readonly rows = [0, 0];
  private readonly committed = [0, 0];
  private column = "";

  /** The header of the column the rows' directions come from (the first block's that has one). */
  headedBy(header: string): void {
    if (this.column === "") this.column = header;
  }

  /** One row: its direction's cell and its Committed. */
  add(cell: Cell, committed: number): void {
    const d = directionOf(cell);
    if (d < 0) return;
    if (this.words[d] === "") this.words[d] = String(cell).trim();
    this.rows[d]++;
    this.committed[d] += committed;
  }

  /** Each kind's figures, when rows of both were summed; else undefined. */
  result(): LedgerDirections | undefined {
    if (this.rows[0] === 0 || this.rows[1] === 0) return undefined;
    const kind = (d: number): DirectionFigures => ({
      word: this.words[d],
      rows: this.rows[d],
      committed: this.committed[d],
    });
    return { column: this.column, kinds: [kind(0), kind(1)] };
  }
}

/**
 * A ledger of transactions (TransactionKinds): a column the tracker does not map saying of each row
 * whether it commits money or pays it (an IATI export's `transaction_type`: `Outgoing Commitment`,
 * `Disbursement`, `Expenditure`; OCHA's flows' `status`: `commitment`, `paid`). SUMMARY read every
 * row's amount as Committed: a £1M grant and the £2.55M of payments against it summed as £3.55M
 * "committed" (a helper's round, real). Commitments are Committed, payments Received, as the tracker
 * keeps them; other kinds (`Incoming Funds`) stay Committed, and the summary says how it read them.
 */
const COMMIT_WORDS = new Set(
  ["Commitment", "Outgoing commitment", "Incoming commitment", "Committed", "Pledge", "Pledged", "Obligation"].map(
    foldedKey,
  ),
);
const PAY_WORDS = new Set(
  ["Disbursement", "Disbursed", "Expenditure", "Paid", "Payment", "Outgoing funds", "Reimbursement"].map(foldedKey),
);
/** Other transaction words a column of them may hold (IATI's codelist). */
const OTHER_TRANSACTION_WORDS = new Set(
  [
    "Incoming funds",
    "Interest payment",
    "Loan repayment",
    "Purchase of equity",
    "Sale of equity",
    "Credit guarantee",
    "Incoming pledge",
    "Outgoing pledge",
  ].map(foldedKey),
);

/** 0 a commitment, 1 a payment, 2 another transaction word, -1 none. */
function transactionOf(cell: Cell): number {
  if (typeof cell !== "string") return -1;
  const key = foldedKey(cell);
  return COMMIT_WORDS.has(key) ? 0 : PAY_WORDS.has(key) ? 1 : OTHER_TRANSACTION_WORDS.has(key) ? 2 : -1;
}

/** Is this cell of a transaction column (transactionColumnOf) a payment? */
export const isPaymentKind = (cell: Cell): boolean => transactionOf(cell) === 1;

/**
 * The 0-based column, unmapped, whose first rows' every filled cell names a transaction's kind,
 * commitments and payments both among them; -1 when there is none.
 */
export function transactionColumnOf(matrix: Matrix, mapping: HeaderMapping): number {
  return columnOfKinds(matrix, mapping, transactionOf);
}

/** How SUMMARY read a ledger of transactions: the column, and its payments' rows moved to Received. */
export interface TransactionKinds {
  readonly column: string;
  readonly payments: number;
  readonly paid: number;
}
