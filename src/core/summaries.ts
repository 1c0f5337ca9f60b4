import { PARTNERS, type ColumnSpec } from "../schema";
import { phoneNumbersAmong } from "./phoneAmounts";
import { matchHeader } from "./headerMatch";
import { slotOf, type PlainRow, type QuickRow, type TypedTable } from "./rows";
import { identifierKey, isPlaceholderIdentifier } from "./rules/rowIdentity";
import { isPartyWord, mayBeSpecial } from "./text";
import { flatRate, repeatsThroughout, SAME_AMOUNT_ROWS, SAME_AMOUNT_SHEET_ROWS } from "./rules/ledger";
import type { TransactionKinds } from "./summaryDirections";
import { TrackerError, type HeaderMapping, type Matrix } from "./types";
import { currencyOf } from "./summaryCurrency";
import { withTotals } from "./keptBackTotal";
import { amountsBeside } from "./figureColumns";
import { figuresElsewhere, partnerOfRow } from "./figuresElsewhere";
import { blockNotes, emptyColumnHeader, numberedNamesRead } from "./summaryNotes";
import { leaveCopiesOut, leaveHiddenCopiesOut, readCopies } from "./summaryCopies";
import { partnersWithoutMoney } from "./summaryWithoutMoney";
import { partnerBlocksOf, partnerTablesOf, restatedOf } from "./partnerTables";
import { RowIds } from "./summaryRowIds";
import { PartnerTally, type Group } from "./summaryTally";
import type { PartnerBlock, PartnerSummary } from "./partnerSummary";

/** SUMMARY, GAPS and CONCENTRATION over a user's Partners or Assets block (coerced values). */

export { UNSAID_CURRENCY } from "./summaryCurrency";

/** The columns SUMMARY may group by (SPEC), Sector first as the default. */
export const SUMMARY_GROUP_COLUMNS: readonly ColumnSpec[] = [
  PARTNERS.col.sector,
  PARTNERS.col.status,
  PARTNERS.col.initiativeId,
  PARTNERS.col.focusArea,
  PARTNERS.col.contribution,
  PARTNERS.col.placeBasedFunder,
];

export { BLANK_GROUP, TOTAL_LABEL } from "./summaryTally";

const groupNames = SUMMARY_GROUP_COLUMNS.map((g) => g.name).join(", ");

/** `groupBy` as a user types it (`sector`, `Org type`, `initiative id`) → a Partners column. */
export function resolveGroupBy(groupBy: string | null | undefined): ColumnSpec {
  if (groupBy === null || groupBy === undefined || groupBy.trim() === "") return SUMMARY_GROUP_COLUMNS[0];
  const found = matchHeader(PARTNERS, groupBy)?.column;
  if (!found || !SUMMARY_GROUP_COLUMNS.includes(found)) {
    throw new TrackerError("#VALUE!", `Cannot group by "${groupBy.trim()}" — use one of: ${groupNames}.`);
  }
  return found;
}

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);
const partnerSlot = slotOf(PARTNERS, PARTNERS.col.partner);

/**
 * SUMMARY; `mapping` is a mapping already made (by hand, or corrected in the task pane), which
 * speaks of the whole range. Without one, Partners blocks side by side (separated by an empty
 * column, SPEC rev 2) are summed together, a partner in both counted once; a block beside them
 * without a Committed column (a lookup table, notes) is not a Partners block to sum.
 */
export function summarizePartners(
  matrix: Matrix,
  groupBy?: string | null,
  mapping?: HeaderMapping,
  /** For the custom functions: makes a row holding Excel's objects plain (see TypedTable). */
  plainRow?: PlainRow,
): PartnerSummary {
  if (mapping) return summarizePartnerBlocks([{ matrix, mapping, plainRow }], groupBy);
  return summarizePartnerBlocks(partnerBlocksOf(matrix, plainRow), groupBy);
}

/** PartnerSummary.repeatedAmounts from each repeated partner's amounts (see summarizePartnerBlocks). */
function repeatedAmountsOf(
  amounts: ReadonlyMap<number, { amount: number; rows: number; same: boolean; copies: boolean }>,
  textOf: (id: number) => string,
  /** Filled with the partners counted (by their first row). */
  counted: Set<number>,
): PartnerSummary["repeatedAmounts"] {
  let partners = 0;
  let rows = 0;
  let extra = 0;
  let example: { name: string; amount: number; rows: number } | undefined;
  // A sheet's way, not a coincidence: half its partners on three rows or more repeat one amount so
  // (a grant ledger's few equal yearly grants are grants; a list repeating each budget does it throughout).
  let many = 0;
  let same = 0;
  for (const a of amounts.values()) {
    if (a.rows < SAME_AMOUNT_ROWS) continue;
    many++;
    if (a.same && !a.copies && a.amount > 0) same++;
  }
  const repeating = [...amounts.values()]
    .filter((a) => a.same && !a.copies && a.rows >= SAME_AMOUNT_SHEET_ROWS && a.amount > 0)
    .map((a) => a.amount);
  if (!repeatsThroughout(many, same) || flatRate(repeating)) return { partners: 0, rows: 0, extra: 0 };
  for (const [first, a] of amounts) {
    if (!a.same || a.copies || a.rows < SAME_AMOUNT_SHEET_ROWS || !(a.amount > 0)) continue;
    partners++;
    counted.add(first);
    rows += a.rows;
    extra += a.amount * (a.rows - 1);
    if (!example || a.rows > example.rows) example = { name: textOf(first), amount: a.amount, rows: a.rows };
  }
  return example ? { partners, rows, extra, example } : { partners, rows, extra };
}

/** quickRows' mark for a group cell that is no listed value: the long way. */
const NOT_LISTED: Group = {
  group: "",
  partners: 0,
  committed: 0,
  received: 0,
  index: -1,
};

/**
 * SUMMARY's fast lane (see QuickRow): a row whose name is ordinary text, whose amounts are numbers (or
 * Received blank) and whose group is spelled as listed is added in straight from its cells — what
 * load would make of them, without coercing — once surelyData says it is a data row. Anything else
 * (text amounts, list values in users' words, placeholders, blanks, a group column that is not a
 * list) goes the long way. On 100k rows of names this halves SUMMARY's time besides the distinct
 * partner count (bench/functions.bench.ts). Undefined when the block has no Partner column.
 */
function quickRows(
  table: TypedTable,
  slot: number,
  offset: number,
  groupOf: (key: string, label: string) => Group,
  add: (g: Group | undefined, committed: number, received: number, name: string, id: number) => void,
  /** Whether matrix row `r`, its Committed read, may go this way (false: the long way). */
  mayTake: (r: number, committed: number) => boolean,
): QuickRow | undefined {
  const nameAt = table.index[partnerSlot];
  const committedAt = table.index[committedSlot];
  const receivedAt = table.index[receivedSlot];
  const committedScale = table.scale[committedSlot];
  const receivedScale = table.scale[receivedSlot];
  const groupAt = table.index[slot];
  const spellings = groupAt >= 0 ? table.exactSpellings(slot) : undefined;
  if (nameAt < 0 || committedAt < 0 || (groupAt >= 0 && spellings === undefined)) return undefined;
  const byCell = new Map<string, Group>();
  const matrix = table.matrix;
  return (from, to) => {
    let r = from;
    for (; r < to; r++) {
      const cells = matrix[r];
      if (!Array.isArray(cells)) break;
      const name = cells[nameAt];
      if (typeof name !== "string" || name.length === 0 || mayBeSpecial(name) || isPartyWord(name)) break;
      const committed = cells[committedAt];
      if (typeof committed !== "number" || !Number.isFinite(committed)) break;
      let received = 0;
      if (receivedAt >= 0) {
        const cell = cells[receivedAt];
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) break;
          received = cell;
        } else if (cell !== null && cell !== undefined && cell !== "") break;
      }
      let g: Group | undefined;
      if (spellings !== undefined) {
        const cell = cells[groupAt];
        if (typeof cell !== "string") break;
        // One lookup a row: each spelling met keeps its group — a listed value in users' words
        // (`nonprofit`) too, read once as load reads it; text that is no listed value is kept as such.
        g = byCell.get(cell);
        if (g === undefined) {
          const listed = table.listedSpelling(slot, cell);
          byCell.set(cell, (g = listed === undefined ? NOT_LISTED : groupOf(listed, listed)));
        }
        if (g === NOT_LISTED) break;
      }
      if (!table.surelyData(cells)) break;
      if (!mayTake(r, committed * committedScale)) break;
      add(g, committed * committedScale, received * receivedScale, name, offset + r + 1);
    }
    return r;
  };
}

/**
 * SUMMARY over several Partners blocks at once (the CLI's `summary` over many files): groups add up
 * across blocks, and a partner on rows of several blocks counts once, as within one block.
 */
export function summarizePartnerBlocks(
  given: readonly PartnerBlock[],
  groupBy?: string | null,
  /** false: every row the long way (the fast lane's test compares the two). */
  fastLane = true,
  /** Work out `largestShare` too (CONCENTRATION reads the rows as SUMMARY does). */
  withShares = false,
): PartnerSummary {
  const column = resolveGroupBy(groupBy);
  const slot = slotOf(PARTNERS, column);
  const restated = restatedOf(given);
  const blocks = given;
  const tables = partnerTablesOf(blocks, slot);
  // Every row of every block has an id: its block's offset plus its 1-based row number.
  const ids = new RowIds(tables);
  const { cellsOf, textOf, givenOf } = ids;
  const where = (id: number) => ids.where(id);
  const beside = amountsBeside(tables, ids.rows);
  const { othersOf, partsOfTotals, copies, otherAmounts } = beside;
  const tally = new PartnerTally(ids, beside, withShares);
  const { partners } = tally;
  const isList = column.type === "list" || column.type === "yesNo";
  // Blocks whose Partner names start with their project's number, read as the names after it.
  const numberedTables: TypedTable[] = [];
  tables.forEach((table, b) => {
    const block = tally.blockOf(b, slot, blocks[b].hiddenRows?.size ? blocks[b].hiddenRows : undefined);
    // Names that start with their project's number (`104114 - …`) are the name after it, decided once
    // for the block's column (DuplicateFinder.numbered).
    partners.numbered = block.named && table.numberedNames(partnerSlot) !== undefined;
    if (partners.numbered) numberedTables.push(table);
    table.fastLane = fastLane; // (VALIDATE's fast lane too: the rows the quick one leaves)
    const merged = block.merged;
    table.forEachRow(
      () => tally.readRow(block, slot, isList),
      fastLane
        ? quickRows(
            table,
            slot,
            block.offset,
            tally.groupOf,
            (g, committed, received, name, id) => tally.add(block, g, committed, received, name, id),
            (r, committed) => {
              // The fast lane reads a record's first line; its further lines go the long way.
              if (merged === undefined) return true;
              if (merged.has(r)) return false;
              block.recordCommitted = committed;
              return true;
            },
          )
        : undefined,
    );
  });
  // (Read after the rows: the tally's counts are final.)
  const { sameRows, copiesOf, copied, hidden, hiddenCopies, shares, total, groups, years, places, projects } = tally;
  const { contributionAt, partnerOf, transactions, phones, mergedRepeats, textAmounts, negatives } = tally;
  const { toCome, withheldAmounts, withheld, withheldAs, unnamed, aggregate, aggregateAs, nameLists, nameListAs } =
    tally;
  const { unreadCommitted, unreadReceived, withMoney, unreadOnly, moneyOf } = tally;
  const amountSlots = [committedSlot, receivedSlot];
  const { currencyAssumed, inText, headedAbroad, dayFirstDate, titleCountry, textScript, currency } = currencyOf(
    tables,
    amountSlots,
  );
  const byBlock = readCopies(sameRows, copiesOf, copied, (id) => where(id).row);
  if (sameRows.leftOut) {
    const out = (block: number) => byBlock[block].leftOut;
    leaveHiddenCopiesOut(hidden, hiddenCopies, out);
    leaveCopiesOut(copied, out, total, shares, (c) => {
      // (A copy's other amounts are in no sum the note gives either.)
      if (otherAmounts && othersOf[c.block].length > 0) {
        const european = tables[c.block].writtenAsEurope[committedSlot] === 1;
        otherAmounts.add(othersOf[c.block], cellsOf(c.id), -1, european, -1);
      }
    });
  }
  let largestShare: number | undefined;
  if (shares !== undefined) {
    let largest = shares.own;
    for (let p = 0; p < shares.of.length; p++) if (shares.of[p] > largest) largest = shares.of[p];
    largestShare = shares.total > 0 ? largest / shares.total : 0;
  }
  const out = [...groups.values()]
    .map(({ index: _, ...row }) => row)
    .sort((a, b) => b.committed - a.committed || b.partners - a.partners || a.group.localeCompare(b.group));
  const byYears = years.result();
  const inPlaces = places.result(textOf, ids.isPerson, { keyOf: identifierKey, none: isPlaceholderIdentifier });
  // Partners whose every row is alike are said so (repeatedAmounts), not again by project.
  const sameThroughout = new Set<number>();
  const repeatedAmounts = repeatedAmountsOf(tally.amountsOfPartner, textOf, sameThroughout);
  const projectRepeats = projects.result(textOf, sameThroughout);
  const amendedContracts = tally.amendments.result();
  const byVersion = tally.versions.result();
  const { withoutMoney, helpedBeside, unheaded } = partnersWithoutMoney(
    total.partners - withheld,
    withMoney,
    unreadOnly,
    moneyOf,
    negatives.rows,
    otherAmounts,
    partnerOf,
    textOf,
    (id) => {
      const { t, row, block } = where(id);
      return contributionAt[block] < 0 ? undefined : t.matrix[row]?.[contributionAt[block]];
    },
    (unpaid) => {
      const numbered = (id: number) => numberedTables.includes(where(id).t);
      return figuresElsewhere(
        tables,
        beside.partsAt,
        unpaid,
        partnerOfRow(partnerOf, partners, textOf, givenOf, numbered),
        textOf,
      );
    },
  );
  const besideCommitted = otherAmounts?.result(helpedBeside, currency);
  const inAndOut = tally.directions.result();
  // A Received column empty on every row says nothing was received no more than a missing one does
  // (a helper's round, real: Lloyds Bank Foundation's 360Giving file, `Amount Disbursed` blank on all
  // 4,116 rows, summed as "£0 received"). Looked for only when nothing was received.
  const receivedEmpty = total.received === 0 ? emptyColumnHeader(tables, receivedSlot) : undefined;
  // So does a Committed column empty on every row: its $0 is no figure (a helper's round: a tracker
  // copied from a sheet whose amounts were left behind, "Total 3 $0").
  const committedEmpty = total.committed === 0 ? emptyColumnHeader(tables, committedSlot) : undefined;
  const numberedNames = numberedNamesRead(numberedTables, partnerSlot, total.partners);
  return {
    ...(hidden.rows.length > 0 ? { hidden } : {}),
    ...(largestShare !== undefined ? { largestShare } : {}),
    ...(byYears ? { years: byYears } : {}),
    ...(inAndOut ? { directions: inAndOut } : {}),
    ...(inPlaces ? { places: inPlaces } : {}),
    groupBy: column,
    rows: out,
    total,
    currency,
    currencyAssumed,
    headedAbroad,
    dayFirstDate,
    ...(titleCountry ? { titleCountry } : {}),
    ...(textScript ? { textScript } : {}),
    ...(inText ? { currencyInText: inText } : {}),
    receivedColumn:
      transactions.payments > 0 || (receivedEmpty === undefined && tables.some((t) => t.present(receivedSlot))),
    ...(transactions.payments > 0 ? { transactions: transactions as TransactionKinds } : {}),
    ...(receivedEmpty !== undefined ? { receivedEmpty } : {}),
    ...(committedEmpty !== undefined ? { committedEmpty } : {}),
    partnerColumn: tables.some((t) => t.present(partnerSlot)),
    unnamed,
    ...(withoutMoney ? { withoutMoney } : {}),
    ...(besideCommitted ? { otherAmounts: besideCommitted } : {}),
    ...(unheaded ? { figuresElsewhere: unheaded } : {}),
    ...(partsOfTotals.length > 0 ? { partsOfTotals } : {}),
    ...(copies.length > 0 ? { copiesOfTotals: copies } : {}),
    ...(restated.length > 0 ? { restated } : {}),
    withheld,
    withheldAs,
    ...(numberedNames ? { numberedNames } : {}),
    phones: phoneNumbersAmong(phones.shaped, phones.sum, phones.others, phones.largest).map((p) => p.value),
    aggregate,
    aggregateAs,
    nameLists,
    nameListAs,
    sameRows,
    mergedRepeats,
    repeatedAmounts,
    ...(projectRepeats ? { projectRepeats } : {}),
    ...(amendedContracts ? { amendedContracts } : {}),
    ...(byVersion ? { versions: byVersion } : {}),
    unread: { committed: unreadCommitted, received: unreadReceived },
    textAmounts,
    negatives,
    ...(toCome.rows > 0 ? { toCome } : {}),
    ...(withheldAmounts.rows > 0 ? { withheldAmounts: withTotals(withheldAmounts, tables, committedSlot) } : {}),
    ...blockNotes(tables, amountSlots),
  };
}

/**
 * CONCENTRATION: the largest single partner's share of all Committed dollars (0–1). Rows of the
 * same partner (its name compared ignoring case, spaces and punctuation) count together; only
 * positive amounts count, so the share stays between 0 and 1 even on a sheet with errors.
 */
export function concentration(matrix: Matrix): number {
  // SUMMARY's reading of the rows (blocks side by side, totals, copies, withheld and unnamed rows): the
  // same range gives the two functions the same partners and the same money.
  return summarizePartnerBlocks(partnerBlocksOf(matrix), null, true, true).largestShare ?? 0;
}
