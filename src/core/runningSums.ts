import { isBlankRow } from "./text";
import { sameFigure } from "./subtotals";
import { coerceNumber } from "./amountCells";
import { KIND_NUMBER, OK } from "./cellStates";
import type { RowKinds } from "./rowKinds";

/** How many Total rows back addsUpAbove looks for the one its rows start after. */
const TOTALS_BACK = 512;

/**
 * Running sums of the amount columns over the rows so far that are no Total row: rows
 * [firstDataRow, summedTo) are in `runningSums`; `atTotals` holds the running sums as they stood at
 * each Total row (and at the start), so the rows between any earlier Total row and this one add up
 * to `running − atTotal` (addsUpAbove). Summed only when a `Total <name>` asks (addsUpAbove): a
 * sheet whose only total says "Total" never pays for it; Total rows met on the way are kept in
 * `totalRows` until the sums pass them. Apart from rows.ts as they are asked at a Total row, never at
 * every row; one per TypedTable, started again by each forEachRow. `kind` is RowKinds', per slot.
 */
export class RunningSums {
  private summedTo = 0;
  private runningSums: Float64Array | undefined = undefined;
  private atTotals: Float64Array[] = [];
  private totals = new Set<number>();
  /** Label rows among totalRows, and per snapshot in atTotals: rows summed before it, and whether a label's. */
  private labelBoundaries = new Set<number>();
  private summedRows = 0;
  private atTotalsCount: { rows: number; label: boolean }[] = [];

  constructor(
    private readonly t: RowKinds,
    private readonly kind: Uint8Array,
  ) {}

  /** The Total rows (and rows adding up others) met so far. */
  get totalRows(): ReadonlySet<number> {
    return this.totals;
  }

  /** Starts the running sums at the block's first data row (forEachRow). */
  start(): void {
    this.summedTo = this.t.firstDataRow;
    this.runningSums = undefined;
    this.atTotals = [];
    this.totals = new Set();
    this.labelBoundaries = new Set();
    this.summedRows = 0;
    this.atTotalsCount = [];
  }

  /** Adds rows [summedTo, row) into the running sums, keeping them as they stand at each Total row. */
  private sumTo(row: number): Float64Array {
    const t = this.t;
    const sums = (this.runningSums ??= new Float64Array(t.state.length));
    if (this.atTotals.length === 0) {
      this.atTotals.push(new Float64Array(sums));
      this.atTotalsCount.push({ rows: 0, label: false });
    }
    const slots = t.slots;
    for (let r = this.summedTo; r < row; r++) {
      if (this.totals.has(r)) {
        this.atTotals.push(new Float64Array(sums));
        this.atTotalsCount.push({ rows: this.summedRows, label: this.labelBoundaries.has(r) });
        continue;
      }
      let figures = false;
      for (let k = 0; k < slots.length; k++) {
        if (this.kind[slots[k]] !== KIND_NUMBER) continue;
        const v = t.numAt(r, slots[k]);
        if (Number.isFinite(v)) {
          sums[slots[k]] += v;
          figures = true;
        }
      }
      if (figures) this.summedRows++;
    }
    this.summedTo = Math.max(this.summedTo, row);
    return sums;
  }

  /** Row `row` is a Total row (or adds up others): its figures are not summed; the sums there kept. */
  totalAt(row: number): void {
    this.totals.add(row);
  }

  /** Row `row`, a Total row already (totalAt), is a section's label: the rows its total adds up start there. */
  labelAt(row: number): void {
    this.labelBoundaries.add(row);
  }

  /**
   * Is the previous filled row a Total row, and each amount the loaded row fills the same as that
   * row's (within rounding)?
   */
  repeatsTotalAbove(r: number): boolean {
    const t = this.t;
    let above = r - 1;
    while (above >= t.firstDataRow && isBlankRow(t.matrix[above] ?? [])) above--;
    if (above < t.firstDataRow || !this.totals.has(above)) return false;
    const total = t.matrix[above] ?? [];
    const slots = t.slots;
    let compared = 0;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      if (this.kind[slot] !== KIND_NUMBER || t.state[slot] !== OK) continue;
      const theirs = coerceNumber(total[t.index[slot]]);
      if (theirs === undefined || !sameFigure(theirs, t.num[slot])) return false;
      compared++;
    }
    return compared > 0;
  }

  /**
   * Does every amount of the loaded row equal the sum of that column over the rows since some
   * earlier Total row, or since the first data row (within rounding: a statement rounds each line
   * and its total apart)? What tells a subtotal named for its section (`Total Mayoralty`) from a
   * partner called `Total Wine & More` — and, as the rows since an earlier Total row, a total of
   * subtotals (`Total PARKS` over `Total STAFF` and `Total SUPPLIES`; real: a city's printed
   * appropriation ledger, 4.8 times its $338.5M with those counted). Each row is summed once.
   */
  addsUpAbove(): boolean {
    const t = this.t;
    const sums = this.sumTo(t.row);
    const slots = t.slots;
    const totals = this.atTotals;
    const since = (i: number): boolean => {
      const before = totals[i];
      // Since a section's label, two rows at least: one row's figure equal to a partner's of the same
      // (a flat $5,000 grant to `Total Wine & More`) is no subtotal (a reviewer's repro).
      const at = this.atTotalsCount[i];
      if (at.label && this.summedRows - at.rows < 2) return false;
      let matched = 0;
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k];
        if (this.kind[slot] !== KIND_NUMBER || t.state[slot] !== OK) continue;
        const sum = sums[slot] - before[slot];
        if (!sameFigure(t.num[slot], sum)) return false;
        if (sum !== 0) matched++; // a column of zeros agrees, but says nothing
      }
      return matched > 0;
    };
    // The last TOTALS_BACK totals' starts, and the data's own: a fund's total over more subtotals than
    // that starts there (a helper's round, real: Missoula's `Total GENERAL FUND` over 1,383 subtotals,
    // summed as a partner: +$76.6M).
    const oldest = Math.max(0, totals.length - TOTALS_BACK);
    for (let i = totals.length - 1; i >= oldest; i--) if (since(i)) return true;
    return oldest > 0 && since(0);
  }

  /**
   * Does `figure` equal the sum of one of the amount columns `amounts` (slots) over the rows before
   * row `r` since the last Total row — rows with figures, one at least (RowKinds.subtotalBeside)?
   */
  sinceLastTotal(r: number, figure: number, amounts: readonly number[]): boolean {
    const sums = this.sumTo(r);
    const since = this.atTotals[this.atTotals.length - 1];
    if (this.summedRows === this.atTotalsCount[this.atTotalsCount.length - 1].rows) return false;
    return amounts.some((slot) => sameFigure(figure, sums[slot] - since[slot]));
  }
}
