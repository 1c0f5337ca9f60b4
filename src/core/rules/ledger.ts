import { formatNumber } from "../coerce";
import type { DuplicateFinder } from "../duplicates";
import type { TypedTable } from "../rows";
import { MAX_ROWS_NAMED, quote, rowList } from "../text";
import type { Report, Rule } from "./types";

/**
 * A ledger's repeated partners (SPEC "Ledgers"): one warning per partner on several rows with
 * nothing to tell them apart, naming its rows. Where the range has an Initiative ID column that these
 * rows left empty, each warning says to fill it in: the key is Partner + Initiative ID, as SPEC
 * designs the tab.
 */

/** What each ledger warning says after ": " (its rule's `advice`), before what this sheet suggests. */
export const LEDGER_ADVICE =
  "read as one partner with several rows — its amounts are added up and it counts once. If these are " +
  "different organisations, tell them apart by name.";

/** The rule's declaration: its id and severity, and its words for the problem its warnings make. */
export function repeatedPartner(): Omit<Rule, "id" | "at"> {
  return {
    severity: "warning",
    advice: LEDGER_ADVICE,
    problem: ({ issues, rows, column, message }) =>
      `${formatNumber(issues)} partners in ${column} are each on several rows (${formatNumber(rows)} rows in ` +
      `all): each counts once, its amounts added up. If any are different organisations, tell them apart ` +
      `by name.${suggestionIn(message)}`,
  };
}

/** What a ledger warning suggests for its sheet (after the advice), or "" when it suggests nothing. */
function suggestionIn(message: string | undefined): string {
  const at = message?.indexOf(LEDGER_ADVICE) ?? -1;
  return at < 0 ? "" : message!.slice(at + LEDGER_ADVICE.length);
}

/** A partner on several rows with nothing to tell them apart: one warning per partner, naming its rows. */
export class Ledger {
  /** Per repeated partner (by its first 1-based row): its first rows (0-based) and how many there are. */
  private readonly groups = new Map<number, { rows: number[]; count: number }>();

  /**
   * `withSlot` is the tab's Initiative ID slot when the range has that column (these rows left it
   * empty), else -1.
   */
  constructor(
    private readonly t: TypedTable,
    private readonly at: number,
    private readonly textOf: (rowNumber: number) => string,
    private readonly rule: string,
    private readonly withSlot = -1,
  ) {}

  add(finder: DuplicateFinder, row: TypedTable): void {
    const first = finder.firstRowOf(row.text(this.at), row.rowNumber);
    if (first === undefined) return;
    let group = this.groups.get(first);
    if (!group) this.groups.set(first, (group = { rows: [first - 1], count: 1 }));
    group.count++;
    if (group.rows.length < MAX_ROWS_NAMED) group.rows.push(row.row);
  }

  report(report: Report): void {
    if (this.groups.size === 0) return;
    const suggestion = this.suggestion();
    for (const [first, g] of this.groups) {
      const name = this.textOf(first);
      report(
        first - 1,
        this.at,
        `${this.t.header[this.at]} ${quote(name)} is on ${formatNumber(g.count)} rows (${rowList(g.rows, g.count)}): ` +
          LEDGER_ADVICE +
          suggestion,
        name,
        { rule: this.rule, severity: "warning", rows: g.count },
      );
    }
  }

  /**
   * What would tell this range's repeated rows apart, as a sentence (with a leading space): the
   * Initiative ID these rows left empty, when the range has that column. A grant's own ID column is
   * not suggested: an Initiative ID names one of the tracker's initiatives (Foundation), which a grant
   * number is not — mapping one to the other would only trade these warnings for cross-tab errors.
   */
  private suggestion(): string {
    return this.withSlot < 0 ? "" : ` Fill in ${this.t.header[this.withSlot]} on these rows to tell them apart.`;
  }
}
