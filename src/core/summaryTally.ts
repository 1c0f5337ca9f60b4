import { PARTNERS } from "../schema";
import { isPhoneShaped } from "./phoneAmounts";
import { DuplicateFinder } from "./duplicates";
import { INVALID, PLACEHOLDER, slotOf, type TypedTable } from "./rows";
import { organisationIdAmong } from "./rules/rowIdentity";
import { SameRows } from "./sameRows";
import {
  cellText,
  isAggregatePayee,
  isAmountKeptBack,
  isMarkAlone,
  isPartyWord,
  isToCome,
  isWithheld,
  normalizeKey,
  trimCaseKey,
} from "./text";
import { awardDateColumnOf, holdsYearsOnly, periodIn, reportColumnOf, yearColumnOf, YearTally } from "./summaryYears";
import { directionColumnOf, DirectionTally, isPaymentKind, transactionColumnOf } from "./summaryDirections";
import { placeColumnOf, PlaceTally } from "./summaryPlaces";
import { projectColumnsOf, ProjectTally } from "./summaryProjects";
import { amendedColumnsOf, AmendmentTally } from "./summaryAmendments";
import { versionColumnOf, VersionTally } from "./summaryVersions";
import type { Cell } from "./types";
import { amount } from "./rowAmount";
import { standsRight } from "./movedRows";
import type { amountsBeside } from "./figureColumns";
import { listsNames } from "./nameLists";
import type { SameRowsOfBlock } from "./partnerSummary";
import type { RowIds } from "./summaryRowIds";

/** How a blank group value is labelled. */
export const BLANK_GROUP = "(blank)";
export const TOTAL_LABEL = "Total";

/** What SUMMARY's rows pass for a partner whose name is kept back (`REDACTED`): see isWithheld. */
const WITHHELD_NAME = "\u0000withheld";

/** A group's figures as SUMMARY adds them up; `index` numbers the groups in order of first row. */
export interface Group {
  group: string;
  partners: number;
  committed: number;
  received: number;
  readonly index: number;
}

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);
const partnerSlot = slotOf(PARTNERS, PARTNERS.col.partner);
const contributionSlot = slotOf(PARTNERS, PARTNERS.col.contribution);

type Beside = ReturnType<typeof amountsBeside>;

/**
 * One Partners block as the tally reads its rows: the columns beside the tracker's that each row is
 * also tallied by (found once, before its first row; -1 or undefined where the block has none: a
 * block without them pays one test a row), and where its rows' ids start.
 */
export interface SummaryBlock {
  readonly b: number;
  readonly table: TypedTable;
  readonly offset: number;
  readonly grouped: boolean;
  readonly named: boolean;
  readonly hiddenRows: ReadonlySet<number> | undefined;
  readonly yearAt: number;
  readonly placeAt: number;
  readonly idAt: number;
  readonly projectAt: ReturnType<typeof projectColumnsOf>;
  readonly others: Beside["othersOf"][number] | undefined;
  readonly amendedAt: ReturnType<typeof amendedColumnsOf>;
  readonly versionAt: number;
  readonly directionAt: number;
  readonly paidAt: number;
  readonly unscaled: boolean;
  /** Rows under a merged name (a record's further lines). */
  readonly merged: ReadonlySet<number> | undefined;
  /** The Committed of the record's first line, as the rows are read. */
  recordCommitted: number;
}

/** A copy, with what it added, to take out of the figures where its block's copies are left out. */
export interface CopyAdded {
  block: number;
  id: number;
  original: number;
  g: Group | undefined;
  partner: number;
  committed: number;
  received: number;
}

/**
 * SUMMARY's figures as its rows are read (summarizePartnerBlocks): groups and the Total, each partner
 * counted once by the row it first appears on, and what the notes say of the rows — copies, hidden
 * rows, amounts in text, names kept back, years, places, projects, payments. Every row of every block
 * comes through `add`, from the fast lane (quickRows) or the long way (`readRow`).
 */
export class PartnerTally {
  readonly groups = new Map<string, Group>();
  readonly total = { group: TOTAL_LABEL, partners: 0, committed: 0, received: 0 };
  // SPEC "Ledgers": a partner on several rows counts once (names compared as the duplicate rule
  // does). Each partner is known by the row it first appears on; a row without a name is its own;
  // a name in two columns is the whole name (RowIds.givenAt).
  readonly partners: DuplicateFinder;
  // The group a partner was first counted in (by its first row; -1 when that row's block has no
  // group column, as 0 is the first group's index), and for partners met again in other groups,
  // those groups: no allocation per row, only per repeat across groups.
  private readonly firstGroup: Int32Array;
  private readonly otherGroups = new Map<number, Set<number>>();
  // Copies (see sameRows): the copies as counted for their reading, block by block (SameRows: the check
  // reads each block's there too). Blocks side by side are checked apart (SPEC "Rows that are not data"),
  // and a block of copies beside a clean one is still an export's fan-out: each block's copies are read on
  // its own (a reviewer's repro: copies most of one block, a few of the sheet, left out by check, added by
  // summary).
  readonly copiesOf: SameRows[];
  readonly copied: CopyAdded[] = [];
  readonly sameRows = {
    rows: 0,
    committed: 0,
    received: 0,
    of: 0,
    leftOut: false,
    units: undefined as number | undefined,
    blocks: [] as SameRowsOfBlock[],
  };
  readonly mergedRepeats = { rows: 0, committed: 0 };
  // Per partner met again (by its first row): is its Committed one amount on every row (see repeatedAmounts)?
  readonly amountsOfPartner = new Map<
    number,
    { amount: number; text: string | undefined; rows: number; same: boolean; copies: boolean }
  >();
  readonly toCome = { rows: 0, as: "" };
  readonly withheldAmounts = { rows: 0, as: "" };
  readonly textAmounts = { cells: 0, committed: 0, as: "" };
  readonly negatives = { rows: 0, committed: 0 };
  readonly hidden = { rows: [] as { block: number; row: number }[], committed: 0, received: 0 };
  // Hidden rows that are copies (by their place in hidden.rows): not added up where copies are left out.
  readonly hiddenCopies: { id: number; block: number; committed: number; received: number }[] = [];
  readonly phones = { shaped: [] as { value: number }[], sum: 0, others: 0, largest: 0 };
  readonly transactions = { column: "", payments: 0, paid: 0 };
  unreadCommitted = 0;
  unreadReceived = 0;
  unnamed = 0;
  withheld = 0;
  withheldAs = "";
  withMoney = 0;
  unreadOnly = 0;
  aggregate = 0;
  aggregateAs = "";
  nameLists = 0;
  nameListAs = "";
  // Per partner (by first row): 1 named, 2 with money on a row (see withoutMoney).
  readonly moneyOf: Uint8Array;
  // Per named row (by id), its partner's first row, where a block has a Contribution column: read after
  // the rows for the partners left without money (givenOtherwise).
  readonly contributionAt: number[];
  readonly partnerOf: Int32Array | undefined;
  // CONCENTRATION's figures, when asked: per partner (by first row) its positive Committed, and of
  // that its copies' (left out with them); a withheld name's row is a partner of its own.
  readonly shares: { of: Float64Array; total: number; own: number } | undefined;
  readonly years = new YearTally();
  readonly places = new PlaceTally();
  readonly projects = new ProjectTally();
  readonly amendments = new AmendmentTally();
  readonly versions = new VersionTally();
  readonly directions = new DirectionTally();
  private readonly projectAtOf: ReturnType<typeof projectColumnsOf>[];

  constructor(
    private readonly ids: RowIds,
    private readonly beside: Beside,
    withShares: boolean,
  ) {
    const { tables, rows } = ids;
    this.partners = new DuplicateFinder("normalize", ids.textOf, rows, ids.givenOf);
    this.firstGroup = new Int32Array(rows + 1).fill(-1);
    this.copiesOf = tables.map(() => new SameRows());
    this.moneyOf = new Uint8Array(rows + 1);
    this.contributionAt = tables.map((t) => t.index[contributionSlot]);
    this.partnerOf = this.contributionAt.some((c) => c >= 0) ? new Int32Array(rows + 1) : undefined;
    this.shares = withShares ? { of: new Float64Array(rows + 1), total: 0, own: 0 } : undefined;
    this.projectAtOf = tables.map((t) => projectColumnsOf(t.mapping, [t.index[committedSlot], t.index[receivedSlot]]));
  }

  /** The group of `key`, made (labelled `label`) when it is the first row in it. */
  readonly groupOf = (key: string, label: string): Group => {
    let g = this.groups.get(key);
    if (!g) {
      g = { group: label, partners: 0, committed: 0, received: 0, index: this.groups.size };
      this.groups.set(key, g);
    }
    return g;
  };

  /** Block `b` as its rows are read, each column it is also tallied by told to its tally. */
  blockOf(b: number, slot: number, hiddenRows: ReadonlySet<number> | undefined): SummaryBlock {
    const table = this.ids.tables[b];
    const { matrix, mapping } = table;
    const headerOf = (at: number) => String(matrix[mapping.headerRow]?.[at] ?? "").trim();
    // A Year column (unmapped) tallies each row's year.
    // Else a column of report dates (`Date Reported As Of`): each report restating the same projects.
    let reportAt = reportColumnOf(mapping);
    // (A reporting period of years alone is a Year column: each year's own awards.)
    const yearsAt = reportAt >= 0 && holdsYearsOnly(matrix, mapping.headerRow, reportAt) ? reportAt : -1;
    if (yearsAt >= 0) reportAt = -1;
    const yearAt =
      reportAt >= 0
        ? reportAt
        : yearsAt >= 0
          ? yearsAt
          : yearColumnOf(mapping) >= 0
            ? yearColumnOf(mapping)
            : awardDateColumnOf(mapping);
    if (yearAt >= 0) this.years.headedBy(headerOf(yearAt), reportAt >= 0);
    // So does a place column (County, Ward …), for the partners whose rows name several.
    const placeAt = placeColumnOf(mapping, matrix);
    if (placeAt >= 0) this.places.headedBy(matrix, mapping.headerRow, placeAt);
    // With the organisation identifier check compares (a partner's rows under one are one organisation).
    const idAt = placeAt >= 0 ? (organisationIdAmong(mapping.unknown)?.index ?? -1) : -1;
    // And a project's column (Initiative ID, `PROJECT NUMBER`), for a project's amount on each of its rows.
    const projectAt = this.projectAtOf[b];
    if (projectAt) this.projects.headedBy(projectAt.header);
    // And the amount columns beside Committed that no figure adds.
    const { otherAmounts, othersOf } = this.beside;
    const others = otherAmounts !== undefined && othersOf[b].length > 0 ? othersOf[b] : undefined;
    // And a contract's number where a column says amendments: a contract disclosed again after each.
    const amendedAt = amendedColumnsOf(mapping);
    if (amendedAt) this.amendments.headedBy(amendedAt.header);
    // And a column of a budget's versions (ACTUAL, ORIGINAL, REVISED; proposed, adopted).
    const versionAt = versionColumnOf(matrix, mapping);
    if (versionAt >= 0) this.versions.headedBy(headerOf(versionAt));
    // And a column of money in and out (`entrata` / `uscita`).
    const directionAt = directionColumnOf(matrix, mapping);
    if (directionAt >= 0) this.directions.headedBy(headerOf(directionAt));
    // And a column of transactions' kinds (`Outgoing Commitment`, `Disbursement`) where no Received
    // column is mapped: its payments are Received, not Committed (summaryDirections.ts).
    const paidAt = table.present(receivedSlot) ? -1 : transactionColumnOf(matrix, mapping);
    if (paidAt >= 0 && this.transactions.column === "") this.transactions.column = headerOf(paidAt);
    return {
      b,
      table,
      offset: this.ids.offsets[b],
      grouped: table.present(slot),
      named: table.present(partnerSlot),
      hiddenRows,
      yearAt,
      placeAt,
      idAt,
      projectAt,
      others,
      amendedAt,
      versionAt,
      directionAt,
      paidAt,
      unscaled: table.scale[committedSlot] === 1,
      merged: mapping.mergedRows,
      recordCommitted: 0,
    };
  }

  /**
   * Row `table.row` of `block` the long way: its cells as the table has loaded them (coerced), its
   * group by `slot`, its name, and what the notes say of its amounts.
   */
  readRow(block: SummaryBlock, slot: number, isList: boolean): void {
    const { table } = block;
    let g: Group | undefined;
    if (!block.grouped) {
      g = undefined;
    } else if (table.blank(slot) || (isList && isMarkAlone(table.raw(slot)))) {
      // (A mark alone, `†` in Status, is read as empty, as the check says: rules/common.ts markedCells.)
      g = this.groupOf(BLANK_GROUP, BLANK_GROUP);
    } else if (isList && table.has(slot)) {
      g = this.groupOf(table.listed[slot] as string, table.listed[slot] as string);
    } else {
      const label = table.text(slot);
      g = this.groupOf(isList ? normalizeKey(label) : trimCaseKey(label), label);
    }
    if (table.state[committedSlot] === INVALID) this.unreadCommitted++;
    else if (
      table.has(committedSlot) &&
      typeof table.raw(committedSlot) === "string" &&
      // Text reading 0 (an accounting format's `$ -` pasted as text) moves no SUM: nothing to say (a
      // helper's round, real: HHS's terminated grants, "a SUM of these rows gives" the same figure).
      amount(table, committedSlot) !== 0
    ) {
      if (this.textAmounts.cells++ === 0) this.textAmounts.as = String(table.raw(committedSlot)).trim();
      this.textAmounts.committed += amount(table, committedSlot);
    } else if (table.state[committedSlot] === PLACEHOLDER && isToCome(table.raw(committedSlot))) {
      if (this.toCome.rows++ === 0) this.toCome.as = String(table.raw(committedSlot)).trim();
    }
    const kept = table.state[committedSlot] === PLACEHOLDER && isAmountKeptBack(table.raw(committedSlot));
    if (kept && this.withheldAmounts.rows++ === 0) this.withheldAmounts.as = String(table.raw(committedSlot)).trim();
    if (table.state[receivedSlot] === INVALID) this.unreadReceived++;
    const name = !block.named
      ? undefined
      : !table.blank(partnerSlot) && !isPartyWord(table.text(partnerSlot))
        ? table.text(partnerSlot)
        : isWithheld(table.raw(partnerSlot)) || !table.blank(partnerSlot)
          ? WITHHELD_NAME
          : undefined;
    if (name === WITHHELD_NAME && this.withheldAs === "") this.withheldAs = String(table.raw(partnerSlot)).trim();
    let committed = amount(table, committedSlot);
    // A record's further line under its merged name showing the first line's amount again (a
    // helper's round, real: California's transit awards, a project's award again on a second
    // agency's line, +$1.88bn): the same money, counted once.
    if (block.merged?.has(table.row)) {
      if (committed !== 0 && committed === block.recordCommitted) {
        this.mergedRepeats.rows++;
        this.mergedRepeats.committed += committed;
        committed = 0;
      }
    } else block.recordCommitted = committed;
    const unread = table.state[committedSlot] === INVALID;
    // A row standing a column right of its headers has no figure where it belongs: its Received
    // column holds its Committed (a helper's round, real: MCC's indicators), and is not summed.
    const moved = unread && standsRight(table, table.index[committedSlot]);
    const received = moved ? 0 : amount(table, receivedSlot);
    this.add(block, g, committed, received, name, block.offset + table.rowNumber, unread, kept);
  }

  /**
   * One data row's figures added in: its group (none without the column), amounts and name.
   * (`unread`: the row's Committed is no amount — a row that lost a separator, its figure run into the
   * date — which is money unread, not nothing: no "declined?" for its partner. `kept`: the row's
   * Committed is kept back (withheldAmounts): money given, though no figure says how much.)
   */
  add(
    block: SummaryBlock,
    g: Group | undefined,
    committed: number,
    received: number,
    name: string | undefined,
    id: number,
    unread = false,
    kept = false,
  ): void {
    const { b, paidAt } = block;
    const { cellsOf } = this.ids;
    this.copiesOf[b].of++;
    if (paidAt >= 0 && isPaymentKind(cellsOf(id)[paidAt])) {
      this.transactions.payments++;
      this.transactions.paid += committed;
      received += committed;
      committed = 0;
    }
    const isHidden = block.hiddenRows !== undefined && block.hiddenRows.has(id - block.offset - 1);
    if (isHidden) {
      this.hidden.rows.push({ block: b, row: id - block.offset - 1 });
      this.hidden.committed += committed;
      this.hidden.received += received;
    }
    this.besideFigures(block, committed, name, id);
    // Many recipients' money on one line (`ACCOUNTS UNDER $120,000`): in the totals, no partner.
    const many = name !== undefined && name !== WITHHELD_NAME && isAggregatePayee(name);
    if (many && this.aggregate++ === 0) this.aggregateAs = name;
    const shares = this.shares;
    if (shares !== undefined && committed > 0) shares.total += committed;
    if (many || name === undefined || name === WITHHELD_NAME) {
      this.addNoPartner(block, g, committed, received, name, id, many);
      return;
    }
    const partners = this.partners;
    const first = this.ids.givenOf
      ? partners.firstRowOfPair(name, id, this.ids.givenOf(id))
      : partners.firstRowOf(name, id);
    const partner = first ?? id;
    if (this.partnerOf !== undefined) this.partnerOf[id] = partner;
    if (block.others) this.beside.otherAmounts?.add(block.others, cellsOf(id), partner, this.european(block));
    // A list of names in one cell (`;` or line breaks, which the hash has just looked for).
    if (partners.lastKeyMayList && listsNames(name) && this.nameLists++ === 0) this.nameListAs = name;
    if (shares !== undefined && committed > 0) shares.of[partner] += committed;
    if (first !== undefined) this.addRepeat(block, g, committed, received, first, id, isHidden);
    if (g !== undefined) {
      if (first === undefined) {
        this.firstGroup[partner] = g.index;
        g.partners++;
      } else if (this.firstGroup[partner] !== g.index) {
        let seen = this.otherGroups.get(partner);
        if (!seen) this.otherGroups.set(partner, (seen = new Set()));
        if (!seen.has(g.index)) {
          seen.add(g.index);
          g.partners++;
        }
      }
      g.committed += committed;
      g.received += received;
    }
    if (block.yearAt >= 0) this.years.add(cellsOf(id)[block.yearAt], partner, committed);
    if (block.placeAt >= 0) {
      this.places.add(
        partner,
        cellsOf(id)[block.placeAt],
        block.idAt >= 0 ? (cellsOf(id)[block.idAt] ?? null) : undefined,
      );
    }
    const moneyOf = this.moneyOf;
    if (first === undefined) {
      this.total.partners++;
      moneyOf[partner] = 1;
    }
    // (3: a partner whose only amounts so far could not be read — not declined, not money either;
    // 4: one whose only amounts so far are below 0, money taken back — no money given either: a
    // helper's round, real: a council's rescissions, 69 organisations netting below 0 as partners.)
    const state = moneyOf[partner];
    if ((committed > 0 || received > 0 || kept) && state !== 2) {
      if (state === 3) this.unreadOnly--;
      else this.withMoney++;
      moneyOf[partner] = 2;
    } else if (committed < 0 && state === 1) {
      moneyOf[partner] = 4;
    } else if (unread && state === 1) {
      moneyOf[partner] = 3;
      this.withMoney++;
      this.unreadOnly++;
    }
    this.total.committed += committed;
    this.total.received += received;
  }

  private european(block: SummaryBlock): boolean {
    return block.table.writtenAsEurope[committedSlot] === 1;
  }

  /** What a row's Committed tells besides the sums: amendments, versions, phone numbers, money back, in or out. */
  private besideFigures(block: SummaryBlock, committed: number, name: string | undefined, id: number): void {
    const { cellsOf } = this.ids;
    const { amendedAt } = block;
    if (amendedAt) {
      const cells = cellsOf(id);
      this.amendments.add(
        cells[amendedAt.contract],
        amendedAt.when >= 0 ? cells[amendedAt.when] : null,
        committed,
        name ?? "",
      );
    }
    if (block.versionAt >= 0) this.versions.add(cellsOf(id)[block.versionAt], committed, name);
    const phones = this.phones;
    if (committed >= 2_000_000_000 && block.unscaled && isPhoneShaped(committed))
      phones.shaped.push({ value: committed });
    else if (committed > 0) {
      phones.sum += committed;
      phones.others++;
      if (committed > phones.largest) phones.largest = committed;
    }
    if (committed < 0) {
      this.negatives.rows++;
      this.negatives.committed += committed;
    }
    if (block.directionAt >= 0) this.directions.add(cellsOf(id)[block.directionAt], committed);
  }

  /**
   * A row without a partner's name (blank, `N/A`, a sheet with no Partner column): its money is added
   * in, but it is no partner to count (real: Toronto's 2 "N/A" suppliers made 468 of 466). A name kept
   * back (`REDACTED`) is someone's: one partner per row, none known to be another's.
   */
  private addNoPartner(
    block: SummaryBlock,
    g: Group | undefined,
    committed: number,
    received: number,
    name: string | undefined,
    id: number,
    many: boolean,
  ): void {
    if (block.others) this.beside.otherAmounts?.add(block.others, this.ids.cellsOf(id), -1, this.european(block));
    const shares = this.shares;
    if (shares !== undefined && name === WITHHELD_NAME && committed > shares.own) shares.own = committed;
    if (name === WITHHELD_NAME) {
      this.withheld++;
      if (g !== undefined) g.partners++;
      this.total.partners++;
    } else if (!many) this.unnamed++;
    if (block.yearAt >= 0) {
      this.years.add(this.ids.cellsOf(id)[block.yearAt], undefined, committed, name === WITHHELD_NAME);
    }
    if (g !== undefined) {
      g.committed += committed;
      g.received += received;
    }
    this.total.committed += committed;
    this.total.received += received;
  }

  /** Row `id` of a partner met before (at row `first`): a copy of an earlier row, one amount again, a project's. */
  private addRepeat(
    block: SummaryBlock,
    g: Group | undefined,
    committed: number,
    received: number,
    first: number,
    id: number,
    isHidden: boolean,
  ): void {
    const { b } = block;
    const ids = this.ids;
    const original = ids.sameAsEarlier(first, id, committed);
    const copy = original !== undefined;
    const partner = first;
    if (copy) {
      this.copiesOf[b].copy(first, original, committed, ids.datedRow(id));
      if (isHidden) this.hiddenCopies.push({ id: this.hidden.rows.length - 1, block: b, committed, received });
      this.copied.push({ block: b, id, original, g, partner, committed, received });
      this.sameRows.committed += committed;
      this.sameRows.received += received;
    }
    let repeat = this.amountsOfPartner.get(first);
    if (!repeat) {
      repeat = { amount: ids.committedAt(first), text: undefined, rows: 1, same: true, copies: false };
      this.amountsOfPartner.set(first, repeat);
    }
    repeat.rows++;
    // Rows of different years are each year's grant (the years note says so), no amount repeated on
    // each row (a helper's round, real: a 990-PF's `tax_year`, a grant paid each year "$3,500 if
    // it is one amount repeated").
    const { yearAt } = block;
    const periodOf = (cell: Cell) => periodIn(cell) ?? cellText(cell);
    const otherYear =
      yearAt >= 0 &&
      ids.where(first).block === b &&
      periodOf(ids.cellsOf(id)[yearAt]) !== periodOf(ids.cellsOf(first)[yearAt]);
    repeat.same &&=
      !otherYear &&
      committed === repeat.amount &&
      ids.trackerText(id) === (repeat.text ??= ids.trackerText(first)) &&
      !ids.datedApart(first, id);
    repeat.copies ||= copy;
    const { projectAt } = block;
    if (projectAt) {
      // Only partners met again can repeat a project's amount: their first row is tallied now.
      const firstAt = this.projectAtOf[ids.where(first).block];
      if (firstAt && !this.projects.has(first)) {
        this.projects.add(first, ids.cellsOf(first), firstAt, [ids.committedAt(first), ids.receivedAt(first)], false);
      }
      this.projects.add(first, ids.cellsOf(id), projectAt, [committed, received], copy, id);
    }
  }
}
