import { PARTNERS } from "../schema";
import { coerceDate } from "./dateCells";
import { mappedNameCompanions } from "./nameParts";
import { slotOf, type TypedTable } from "./rows";
import { recordNumberColumns, rowText } from "./rules/rowIdentity";
import { datedColumns, isDated } from "./sameRows";
import { cellText } from "./text";
import type { Cell } from "./types";

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);
const partnerSlot = slotOf(PARTNERS, PARTNERS.col.partner);

/** A header of a date the mapping may leave out (see datedApart). */
const UNMAPPED_DATE = /date|\bdt\b|\bdated?\b/i;

/**
 * SUMMARY's rows across its Partners blocks, each known by one id: its block's offset plus its 1-based
 * row number (summaries.ts). What the summary asks of a row after its first reading — its cells, its
 * name, its amounts again, whether it repeats an earlier row — is asked here, by id; the row loop itself
 * never calls these for a partner met once.
 */
export class RowIds {
  /** Each block's first id less one. */
  readonly offsets: number[] = [];
  /** All blocks' rows (the largest id). */
  readonly rows: number = 0;
  /**
   * A name in two columns (`last_name`, `first_name`, a middle initial beside them): the other parts'
   * columns per block, empty where the name is one cell. A partner is the whole name, as check compares it
   * (rules/common.ts keyNameOf) — Ann Lee and Bob Lee are two donors (a helper's round: a donor list's
   * partners counted by surname, 2 where check told 3 apart).
   */
  readonly givenAt: number[][];
  /** The blocks whose givenAt is the name's second line (`Raison sociale 2`): an organisation's, no person's. */
  private readonly continued = new Set<number>();
  /** Row `id`'s other name parts as one text, where some block has them. */
  readonly givenOf: ((id: number) => string) | undefined;
  // Each block's record-number columns (OBJECTID, FID), left out when rows are compared.
  private readonly recordNumbers: ReturnType<typeof recordNumberColumns>[];
  // Each block's dates the mapping leaves out (`Paid Date`, `Inv Date`): rows of one amount on different
  // ones are payments, each its own, no amount repeated (as the ledger's warning reads them).
  private readonly datesOf: number[][];
  // The date columns of each block, for copies that carry a day (see datedColumns).
  private readonly dateColumns: ReturnType<typeof datedColumns>[];
  // A repeated partner's rows by their Committed (see sameAsEarlier): kept only for partners met again,
  // and rows compared cell by cell only where the amounts agree (a ledger's 100k rows build no strings).
  private readonly rowsOfPartner = new Map<number, Map<number, number[]>>();

  constructor(readonly tables: readonly TypedTable[]) {
    let rows = 0;
    for (const t of tables) {
      this.offsets.push(rows);
      rows += t.rowCount;
    }
    this.rows = rows;
    this.recordNumbers = tables.map((t) => recordNumberColumns(t.mapping, t.matrix[t.mapping.headerRow] ?? []));
    this.datesOf = tables.map((t) => t.mapping.unknown.filter((u) => UNMAPPED_DATE.test(u.header)).map((u) => u.index));
    this.dateColumns = tables.map((t) => datedColumns(t.matrix[t.mapping.headerRow], t.mapping));
    this.givenAt = tables.map((t, block) => {
      if (!t.present(partnerSlot)) return [];
      const unknown = t.mapping.unknown;
      const parts = mappedNameCompanions(t.header[partnerSlot], t.mapping);
      if (parts.continued) this.continued.add(block);
      return [parts.other, parts.middle].flatMap((i) => (i === undefined ? [] : [unknown[i].index]));
    });
    this.givenOf = this.givenAt.some((g) => g.length > 0)
      ? (id: number): string => {
          const { t, row, block } = this.where(id);
          return this.givenAt[block].map((c) => cellText(t.matrix[row]?.[c] ?? null).trim()).join(" ");
        }
      : undefined;
  }

  /** Row `id`'s block and its 0-based row in that block's matrix. */
  where(id: number): { t: TypedTable; row: number; block: number } {
    let b = this.tables.length - 1;
    while (b > 0 && this.offsets[b] >= id) b--;
    return { t: this.tables[b], row: id - this.offsets[b] - 1, block: b };
  }

  readonly cellsOf = (id: number): readonly Cell[] => {
    const { t, row } = this.where(id);
    return t.matrix[row] ?? [];
  };

  /** Row `id`'s Partner cell as written, trimmed. */
  readonly textOf = (id: number): string => {
    const { t, row } = this.where(id);
    return String(t.matrix[row]?.[t.index[partnerSlot]] ?? "").trim();
  };

  /** Row `id`'s cells in the columns its block maps (what the tracker reads of it), as one text. */
  trackerText(id: number): string {
    const { t, row } = this.where(id);
    return t.mappedText(row);
  }

  /** Row `id`'s Committed as the row loop reads it (0 when blank or unreadable). */
  committedAt(id: number): number {
    const { t, row } = this.where(id);
    const value = t.numAt(row, committedSlot) * t.scale[committedSlot];
    return Number.isFinite(value) ? value : 0;
  }

  /** Row `id`'s Received as the row loop reads it (0 when blank, unreadable or absent). */
  receivedAt(id: number): number {
    const { t, row } = this.where(id);
    if (!t.present(receivedSlot)) return 0;
    const value = t.numAt(row, receivedSlot) * t.scale[receivedSlot];
    return Number.isFinite(value) ? value : 0;
  }

  /** Does row `id` carry a day in a date column (a copy of it may be a payment made again)? */
  datedRow(id: number): boolean {
    const { row, block } = this.where(id);
    return isDated(this.tables[block].matrix[row] ?? [], this.dateColumns[block]);
  }

  /** Are rows `a` and `b` of one block dated apart in a date column the mapping leaves out? */
  datedApart(a: number, b: number): boolean {
    const [x, y] = [this.where(a), this.where(b)];
    if (x.block !== y.block) return false;
    return this.datesOf[x.block].some((c) => {
      const [p, q] = [coerceDate(this.cellsOf(a)[c] ?? null), coerceDate(this.cellsOf(b)[c] ?? null)];
      return p !== undefined && q !== undefined && Math.floor(p) !== Math.floor(q);
    });
  }

  /** The earlier row of partner `first` that row `id` is the same as in every column, if any. */
  sameAsEarlier(first: number, id: number, committed: number): number | undefined {
    let byAmount = this.rowsOfPartner.get(first);
    if (!byAmount) {
      this.rowsOfPartner.set(first, (byAmount = new Map()));
      byAmount.set(this.committedAt(first), [first]);
    }
    const rows = byAmount.get(committed);
    if (!rows) {
      byAmount.set(committed, [id]);
      return undefined;
    }
    // Rows of one block only, as `check` (which the note sends the reader to) compares them: the same
    // award on two programmes' sheets is two awards (a helper's round, real: Arts Council England's
    // culture recovery workbook, summed with --sheet all, two told "a copy?" that check never named).
    const block = this.where(id).block;
    const numbers = this.recordNumbers[block];
    const text = rowText(this.cellsOf(id), numbers);
    const original = rows.find((r) => this.where(r).block === block && rowText(this.cellsOf(r), numbers) === text);
    if (original === undefined) rows.push(id);
    return original;
  }

  /**
   * A person's name (a name in two columns, or a donor list's person read beside a blank organisation's
   * name): two of one name in two places are two people, not two organisations.
   */
  readonly isPerson = (id: number): boolean => {
    const { t, row, block } = this.where(id);
    return (this.givenAt[block].length > 0 && !this.continued.has(block)) || t.personNameHeader(row) !== undefined;
  };
}
