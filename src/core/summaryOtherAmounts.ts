import { AS_EUROPE_WRITES, coerceAmount, coerceNumber } from "./coerce";
import type { Cell } from "./types";

/**
 * Amount columns beside Committed that no figure adds (PartnerSummary.otherAmounts): each one's sum and
 * rows, and the partners whose money is in them alone — no partners "given nothing" (a helper's round,
 * real: the Sarthe's grants, its €1,098,756.04 of investment grants on 51 rows unsaid, and 23 of the
 * partners they went to asked whether they were given nothing).
 */
export interface OtherAmounts {
  readonly columns: readonly { readonly header: string; readonly amount: number; readonly rows: number }[];
  /** Named partners with nothing above 0 in Committed or Received, and money in these columns. */
  readonly partners: number;
}

/** One column to tally: its 0-based index in its block's rows, its header and the multiple it says. */
export interface OtherColumn {
  readonly index: number;
  readonly header: string;
  readonly scale: number;
}

/** A cell of such a column as a figure: as written, or as Europe writes it where Committed is so written. */
function figureOf(cell: Cell, european: boolean): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string" || cell.trim() === "") return undefined;
  return (european ? coerceNumber(cell, AS_EUROPE_WRITES) : undefined) ?? coerceAmount(cell);
}

/** Tallies the rows' other amounts (only blocks that have such columns pay for it: one test a row else). */
export class OtherAmountTally {
  private readonly byHeader = new Map<string, { header: string; amount: number; rows: number }>();
  /** Per partner (by its first row's id), 1 when it has an amount above 0 in one of the columns. */
  private readonly withMoney: Uint8Array;

  /** `rows`: the blocks' rows (partners are known by their first row's id); `columns`: every block's, in order. */
  constructor(rows: number, columns: readonly OtherColumn[]) {
    this.withMoney = new Uint8Array(rows + 1);
    // (Said in the sheet's column order, whichever holds the first figure.)
    for (const c of columns) {
      if (!this.byHeader.has(c.header)) this.byHeader.set(c.header, { header: c.header, amount: 0, rows: 0 });
    }
  }

  /** Row `cells`' figures in `columns`, for `partner` (its first row's id; -1 for a row without a name). */
  add(columns: readonly OtherColumn[], cells: readonly Cell[], partner: number, european: boolean, sign = 1): void {
    for (const c of columns) {
      const n = figureOf(cells[c.index] ?? null, european);
      if (n === undefined || n === 0) continue;
      const t = this.byHeader.get(c.header);
      if (!t) continue;
      t.amount += sign * n * c.scale;
      t.rows += sign;
      if (n > 0 && partner >= 0 && sign > 0) this.withMoney[partner] = 1;
    }
  }

  /** Whether partner `first` (its first row's id) has money in the columns. */
  has(first: number): boolean {
    return this.withMoney[first] === 1;
  }

  /** The columns with figures in them, and `partners` (counted by the caller: moneyOf). */
  result(partners: number): OtherAmounts | undefined {
    const columns = [...this.byHeader.values()].filter((c) => c.rows > 0);
    return columns.length > 0 ? { columns, partners } : undefined;
  }
}
