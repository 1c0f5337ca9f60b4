import { isBlank } from "./text";
import type { Cell, HeaderMapping } from "./types";

/**
 * Rows the same in every column as an earlier row of the same partner, as one door counts them on a
 * sheet, and what they are read as: the summary's totals and the check's words decide here, so a
 * sheet gets one reading whichever door (a helper's round, real: the Global Fund's grants, 392 of 450
 * rows copies, left out of SUMMARY's $856M while `check` said "each is counted, any amount on it added
 * up" — $7.04bn).
 *
 * Copies of earlier rows that are most of the rows: an export that lists each row several times, not
 * grants entered twice — left out of every figure, said with the total they would make. A few among
 * many stay in, said (a council's ledger, 34 of 69: "if they are copies").
 */
export class SameRows {
  /** The data rows read (copies among them). */
  of = 0;
  /** The rows the same in every column as an earlier row of their partner. */
  rows = 0;
  /** Of them, the rows carrying a date (see datedColumns). */
  dated = 0;
  /** The copies' Committed amounts (0 aside), with the partners (by their first row) copied at each. */
  private readonly at = new Map<number, { partners: Set<number>; rows: number }>();
  /** Each copied row's number of rows alike (itself and its copies), by its first. */
  private readonly alike = new Map<number, number>();

  /**
   * A copy: a row the same in every column as row `original` (any numbering, one for both doors'
   * purposes: only told apart) of the partner first met on row `partner`, its Committed `committed`.
   */
  copy(partner: number, original: number, committed: number, dated: boolean): void {
    this.rows++;
    if (dated) this.dated++;
    this.alike.set(original, (this.alike.get(original) ?? 1) + 1);
    if (committed === 0) return;
    let at = this.at.get(committed);
    if (!at) this.at.set(committed, (at = { partners: new Set(), rows: 0 }));
    at.partners.add(partner);
    at.rows++;
  }

  /**
   * What the copies are read as: `leftOut` of every figure (dated copies are most of the rows), unless
   * they are `units` — most copies at an amount several partners' copies share (bonds of a few
   * denominations, one a row, bought again and again by each purchaser on one day: each its own, added
   * up; a helper's round, real: India's electoral bond purchasers, 1,750 of 2,000 rows left out,
   * ₹1.03bn for ₹10.67bn). A grant listed again keeps its own amount, no other grantee's. `units` is the
   * amount most of them are at.
   */
  reading(): { readonly leftOut: boolean; readonly units: number | undefined } {
    let shared = 0;
    let most: { amount: number; rows: number } | undefined;
    for (const [amount, at] of this.at) {
      if (at.partners.size < 2) continue;
      shared += at.rows;
      if (!most || at.rows > most.rows) most = { amount, rows: at.rows };
    }
    // Not where every row is there the same number of times: an export listing each row again and
    // again, flat-rate grants too (a reviewer's repro: six $5,000 and $10,000 grants each listed 4
    // times, summed 4 times over as "units").
    const times = new Set(this.alike.values());
    const evenly = times.size === 1 && this.alike.size === this.of - this.rows;
    const units = most && shared * 2 > this.rows && !evenly ? most.amount : undefined;
    return { leftOut: this.dated * 2 > this.of && units === undefined, units };
  }
}

/**
 * What copies that are most of the rows (SameRows.reading: left out) are most of, in every door's words
 * (check's and VALIDATE's warning, summary's note, a copy's line). The rows read together are a
 * block's: "the sheet" where the block is its sheet's only one, "the table" where it is one of
 * several on its sheet (blocks side by side, Excel tables), each read on its own (a reviewer's repro: check said
 * "most of the sheet" of one of two blocks side by side, summary "most of that table"). `said`: "that"
 * after its place is named (summary), "each" after several are.
 */
export function copiesMostOf(ofTable: boolean, said: "the" | "that" | "each" = "the"): string {
  const noun = ofTable ? "table" : "sheet";
  return said === "each" ? `most of each of those ${noun}s` : `most of ${said} ${noun}`;
}

/** A header of a day or a period (`period_start_date`, `Paid Date`): copies carrying one are copies. */
const DATED_HEADER = /date|period|\bdt\b|\bdated?\b/i;

/**
 * The columns (0-based) of a block's header row that say a date or period: the same payment on the same
 * day twice is a copy, where identical rows without one may be monthly grants (a reviewer's repro:
 * twelve months of the same grant summed as one). Never a column the mapping leaves out on purpose
 * (HeaderMapping.ignored: `--map "Start date=Ignore"`, the pane's "(ignore)"): not read beside the
 * mapping, its dates make no copy dated (a reviewer's repro: copies still left out of the totals).
 * Rows are still compared in it (a row's every column, as rowText reads them).
 */
export function datedColumns(header: readonly Cell[] | undefined, mapping: Pick<HeaderMapping, "ignored">): number[] {
  const ignored = mapping.ignored ?? [];
  return (header ?? []).flatMap((h, i) =>
    typeof h === "string" && DATED_HEADER.test(h) && !ignored.includes(i) ? [i] : [],
  );
}

/** Does a row carry a date in one of `columns` (datedColumns)? */
export function isDated(cells: readonly Cell[], columns: readonly number[]): boolean {
  return columns.some((i) => !isBlank(cells[i]));
}
