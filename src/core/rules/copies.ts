/**
 * Rows the same as another in every column (SPEC "Ledgers": copies): the sameRow warning's wording,
 * and the copies of a range's ledgers read together as the summary reads them (RangeCopies, KeyCopies)
 * — left out of every total where they are most of the rows, else added up, each said so.
 */
import { PARTNERS } from "../../schema";
import { formatNumber } from "../coerce";
import { slotOf, type TypedTable } from "../rows";
import { copiesMostOf, datedColumns, isDated, SameRows } from "../sameRows";
import { isAggregatePayee, isPartyWord } from "../text";
import type { Cell } from "../types";
import { recordNumberColumns, rowText } from "./rowIdentity";
import type { Report, Rule } from "./types";
import { isUnitCopy, UNIT_COPIES_SAID } from "./unitCopies";

export const COMMITTED = slotOf(PARTNERS, PARTNERS.col.committed);
export const RECEIVED = slotOf(PARTNERS, PARTNERS.col.received);

/** The declaration of a ledger's other warning: a row the same as another in every column. */
export function sameRow(): Omit<Rule, "id" | "at"> {
  return {
    severity: "warning",
    problem: ({ issues, message }) => {
      // Copies most of the rows are left out of the totals (SameRows), the sheet's (or table's) words said once.
      const leftOut = message?.match(LEFT_OUT_SAID)?.[0];
      const same = `${formatNumber(issues)} ${issues === 1 ? "row is" : "rows are"} the same as another row in every column`;
      if (leftOut !== undefined) return `${same}${leftOut}`;
      return isUnitCopy(message) ? `${same}${UNIT_COPIES_SAID}` : `${same}: ${sameEntry(issues, message)}`;
    },
    // Copies left out (of one block's, or one file's, totals) are a problem apart from copies added up,
    // and from another block's left out: each said with its own figures.
    reading: copiesReading,
  };
}

/** sameRow's words for a problem whose copies are added up: true of each of its pairs. */
function sameEntry(issues: number, message: string | undefined): string {
  return (
    // One pair's wording for one pair; for several, words true of each (a pair with no amount is counted,
    // one with an amount added up: a reviewer's repro, both said "counted").
    `the same entry made twice? Each is ${
      issues > 1 ? "counted, any amount on it added up" : message?.includes("Both are counted") ? "counted" : "added up"
    }. If it is one, delete the extra row.`
  );
}

/**
 * What a copy's warning ends with where copies are most of the rows (SameRows.reading: left out of
 * every total, as the summary leaves them): `copies` of the `of` rows, `amount` theirs together (""
 * for none said), most of the sheet or, `ofTable`, of the table (copiesMostOf). The problem of several
 * says it once (LEFT_OUT_SAID).
 */
export function leftOutSaid({ copies, of, amount, ofTable }: RangeReading): string {
  return (
    ` — ${copiesMostOf(ofTable)} (${formatNumber(copies)} of the ${formatNumber(of)} rows are copies of an earlier row): ` +
    `read as copies${amount === "" ? "" : `, their ${amount}`} left out of the totals. If they are separate ` +
    `entries, tell them apart (a date or a reference on each) and each is added up.`
  );
}
const LEFT_OUT_SAID = / — most of the (?:sheet|table) \([\d,]+ of the [\d,]+ rows are copies of an earlier row\): .*$/;

/** What a message says of its copies' money (Rule.reading): its left-out words (leftOutSaid), or "". */
export function copiesReading(message: string): string {
  return message.match(LEFT_OUT_SAID)?.[0] ?? "";
}

/** RangeCopies' reading: copies left out (most of the rows), how many of how many rows, their amount as said. */
interface RangeReading {
  readonly leftOut: boolean;
  readonly copies: number;
  readonly of: number;
  readonly amount: string;
  /** The range is one table of its sheet (TypedTable.ofTable): its copies are most of the table. */
  readonly ofTable: boolean;
  /** The copies are units bought or paid at a fixed amount (SameRows.reading): each added up, its own. */
  readonly units: boolean;
}

/** A copy as RangeCopies reads it: 0-based `row` and its `earlier` row, its partner's first row (1-based). */
interface RangeCopy {
  readonly row: number;
  readonly earlier: number;
  readonly partner: number;
}

/**
 * The copies of one range's ledgers (a partner's rows, and in keyWith its rows by initiative and
 * under a merged name), read together as the summary reads the range's (SameRows): one reading for
 * the range, made when the first of them reports, after every row is read.
 */
export class RangeCopies {
  private readonly ledgers: { copies(): readonly RangeCopy[] }[] = [];
  private read: RangeReading | undefined;

  constructor(private readonly t: TypedTable) {}

  join(ledger: { copies(): readonly RangeCopy[] }): void {
    this.ledgers.push(ledger);
  }

  /** Are the range's copies left out of every total (most of its rows), and how many, of what amount? */
  reading(): RangeReading {
    if (this.read) return this.read;
    const t = this.t;
    const ofTable = t.ofTable;
    if (t.tab.name !== PARTNERS.name) {
      return (this.read = { leftOut: false, copies: 0, of: t.dataRows, amount: "", ofTable, units: false });
    }
    const tally = new SameRows();
    tally.of = t.dataRows;
    const dated = datedColumns(t.matrix[t.mapping.headerRow], t.mapping);
    const amountOf = (row: number, slot: number): number => {
      if (!t.present(slot)) return 0;
      const value = t.numAt(row, slot);
      return Number.isFinite(value) ? value : 0;
    };
    let committed = 0;
    let received = 0;
    for (const ledger of this.ledgers) {
      for (const c of ledger.copies()) {
        const amount = amountOf(c.row, COMMITTED);
        tally.copy(c.partner, c.earlier, amount, isDated(t.matrix[c.row] ?? [], dated));
        committed += amount;
        received += amountOf(c.row, RECEIVED);
      }
    }
    const { leftOut, units } = tally.reading();
    // The copies' money as the summary's note gives it: their Committed, else (none) their Received.
    const amount =
      committed !== 0
        ? t.formatFigure(COMMITTED, committed)
        : received !== 0
          ? `${t.formatFigure(RECEIVED, received)} received`
          : "";
    return (this.read = { leftOut, copies: tally.rows, of: tally.of, amount, ofTable, units: units !== undefined });
  }
}

/**
 * Rows repeating a Partners key (a partner with an Initiative ID already on an earlier row: keyWith's
 * error) that are the same in every column as an earlier row of that key: copies, which the summary
 * reads with the range's others (it knows partners by name) and leaves out where copies are most of
 * the rows. Their error then says what the summary does with their money — left out, or added up (a
 * reviewer's repro: "already on row 2 — list each partner once per initiative" on 4 of 7 rows the
 * summary left out, their money never mentioned).
 */
export class KeyCopies {
  /** Per key (its first row, 1-based): the texts of its rows (rowText), each with its first row (0-based). */
  private readonly seen = new Map<number, Map<string, number>>();
  private readonly found: (RangeCopy & { readonly message: string; readonly value: Cell })[] = [];
  private readonly skip: ReadonlySet<number> | undefined;

  constructor(
    private readonly t: TypedTable,
    private readonly range: RangeCopies,
  ) {
    range.join(this);
    this.skip = recordNumberColumns(t.mapping, t.matrix[t.mapping.headerRow] ?? []);
  }

  /**
   * Row `row` (0-based) repeats the key first met on row `first` (1-based), its error `message`: kept
   * to be reported after the last row (see report) where it is a copy, so true; false where it is not.
   * Only a partner's rows (not many recipients' `ACCOUNTS UNDER …`, nor `Grantee`: no copies there,
   * as the summary and the ledger read them).
   */
  add(first: number, row: number, name: string, message: string, value: Cell): boolean {
    if (this.t.tab.name !== PARTNERS.name || isPartyWord(name) || isAggregatePayee(name)) return false;
    let texts = this.seen.get(first);
    if (!texts) this.seen.set(first, (texts = new Map([[rowText(this.t.matrix[first - 1], this.skip), first - 1]])));
    const text = rowText(this.t.matrix[row], this.skip);
    const earlier = texts.get(text);
    if (earlier === undefined) {
      texts.set(text, row);
      return false;
    }
    this.found.push({ row, earlier, partner: first, message, value });
    return true;
  }

  copies(): readonly RangeCopy[] {
    return this.found;
  }

  /** Each copy's error, saying what the summary does with its money (RangeCopies' reading). */
  report(report: Report, at: number): void {
    if (this.found.length === 0) return;
    const range = this.range.reading();
    for (const { row, earlier, message, value } of this.found) {
      const same = ` It is the same as row ${earlier + 1} in every column`;
      const money = range.leftOut
        ? leftOutSaid(range)
        : `: ${amountSaid(this.t, row) === "" ? "both are counted" : `both are added up${amountSaid(this.t, row)}`}.`;
      report(row, at, `${message}${same}${money}`, value);
    }
  }
}

/** A key error's reading (Rule.reading): its copies left out (their words), added up, or none said. */
export function keyCopiesReading(message: string): string {
  return copiesReading(message) || (/ in every column: both are (added up|counted)/.test(message) ? "added" : "");
}

/** The amount a row adds up, as a message says it: its Committed, else its Received (a payment alone). */
export function amountSaid(t: TypedTable, row: number): string {
  if (t.tab.name !== PARTNERS.name || !t.present(COMMITTED)) return "";
  // (Each row's cell as the sheet shows it, the money after it in a column of thousands: quoteFigure.)
  const cellOf = (slot: number): Cell => t.matrix[row]?.[t.index[slot]] ?? null;
  const value = t.numAt(row, COMMITTED);
  if (Number.isFinite(value)) return ` (${t.quoteFigure(COMMITTED, value, cellOf(COMMITTED), true, " each")})`;
  // (A reviewer's repro: two alike rows of Received only, "counted" while summary added both up.)
  const paid = t.present(RECEIVED) ? t.numAt(row, RECEIVED) : Number.NaN;
  return Number.isFinite(paid) ? ` (${t.quoteFigure(RECEIVED, paid, cellOf(RECEIVED), true, " received each")})` : "";
}
