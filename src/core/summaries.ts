import { PARTNERS, type ColumnSpec } from "../schema";
import { isPhoneShaped, phoneNumbersAmong } from "./phoneAmounts";
import { coerceDate } from "./dateCells";
import { matchHeader } from "./headerMatch";
import { mappedNameCompanions } from "./nameParts";
import { DuplicateFinder } from "./duplicates";
import { INVALID, PLACEHOLDER, slotOf, TypedTable, type PlainRow, type QuickRow } from "./rows";
import {
  identifierKey,
  isPlaceholderIdentifier,
  organisationIdAmong,
  recordNumberColumns,
  rowText,
} from "./rules/rowIdentity";
import { datedColumns, isDated, SameRows } from "./sameRows";
import {
  cellText,
  isAggregatePayee,
  isAmountKeptBack,
  isMarkAlone,
  isPartyWord,
  isToCome,
  isWithheld,
  mayBeSpecial,
  normalizeKey,
  trimCaseKey,
  unwrappedLines,
  withoutPlaceLines,
} from "./text";
import { flatRate, repeatsThroughout, SAME_AMOUNT_ROWS, SAME_AMOUNT_SHEET_ROWS } from "./rules/ledger";
import { awardDateColumnOf, holdsYearsOnly, periodIn, reportColumnOf, yearColumnOf, YearTally } from "./summaryYears";
import {
  directionColumnOf,
  DirectionTally,
  isPaymentKind,
  transactionColumnOf,
  type TransactionKinds,
} from "./summaryDirections";
import { placeColumnOf, PlaceTally } from "./summaryPlaces";
import { projectColumnsOf, ProjectTally } from "./summaryProjects";
import { amendedColumnsOf, AmendmentTally } from "./summaryAmendments";
import { versionColumnOf, VersionTally } from "./summaryVersions";

import { TrackerError, type Cell, type HeaderMapping, type Matrix } from "./types";
import { amount } from "./rowAmount";
import { currencyOf } from "./summaryCurrency";
import { withTotals } from "./keptBackTotal";
import { standsRight } from "./movedRows";
import { amountsBeside } from "./figureColumns";
import { figuresElsewhere, partnerOfRow } from "./figuresElsewhere";
import { blockNotes, emptyColumnHeader, numberedNamesRead } from "./summaryNotes";
import { leaveCopiesOut, leaveHiddenCopiesOut, readCopies } from "./summaryCopies";
import { partnersWithoutMoney } from "./summaryWithoutMoney";
import { partnerBlocksOf, partnerTablesOf, restatedOf } from "./partnerTables";
import type { PartnerBlock, PartnerSummary, SameRowsOfBlock } from "./partnerSummary";

/** SUMMARY, GAPS and CONCENTRATION over a user's Partners or Assets block (coerced values). */

/** What SUMMARY's rows pass for a partner whose name is kept back (`REDACTED`): see isWithheld. */
const WITHHELD_NAME = "\u0000withheld";

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

/** How a blank group value is labelled. */
export const BLANK_GROUP = "(blank)";
export const TOTAL_LABEL = "Total";

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

/** A group's figures as SUMMARY adds them up; `index` numbers the groups in order of first row. */
interface Group {
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

/**
 * A partner cell listing names, three at least, each apart by `;` or a line break (`Acme Energy; Birch
 * Foundation; Cedar Bank`): a project's co-funders in one cell, counted as one partner with the
 * project's money (a helper's round, real: a public-health agency's partnerships map, up to 26
 * co-funders a cell, "30 partners, $101.6M"). Commas are no sign: `Smith, Jones & Co`, `Oxford, City of`.
 */
const mayList = (name: string): boolean => name.includes(";") || name.includes("\n");
const NAME_LIST = /^[^;\n]{2,};\s*[^;\n]{2,};\s*[^;\n]{2,}|^[^\n]{2,}\n[^\n]{2,}\n[^\n]{2,}/;

/** NAME_LIST's list apart by `;`. */
const SEMICOLON_LIST = /^[^;\n]{2,};\s*[^;\n]{2,};\s*[^;\n]{2,}/;

/**
 * Is a cell NAME_LIST matched still three names at least once the lines of a name wrapped in its cell
 * are joined (unwrappedLines)? `…Dipartimento della Pubblica⏎Sicurezza, … e della⏎Polizia delle
 * Frontiere` is one ministry's name, no list (a helper's round, real: Frontex's grants, corpus new-fi
 * D6 — "2 rows' Partner cells list several names", the 40 rows of its namesake counted as one partner).
 */
function stillAList(name: string): boolean {
  return SEMICOLON_LIST.test(name) || unwrappedLines(name).filter((l) => l.length >= 2).length >= 3;
}

/**
 * Is a cell NAME_LIST matched one organisation's name in parts, no list? Its parts after the first go
 * on in lower case with no capital outside quotes (a phrase continued, the first in capitals: a list
 * typed all in lower case is still a list, and so are `Jansen; de Vries; van Dijk` and a quoted name
 * among others, reviewers' repros). Real (a helper's round, corpus new-fe D9): Russia's presidential
 * grants (ru_presidential_grants.csv), an NGO's statutory name, its purposes apart by `;` —
 * `Региональная общественная организация по защите окружающей природной среды; восстановлению …;
 * формированию … "Новый экологический проект"` — said to "list several names". Asked only of cells
 * NAME_LIST takes: a plain name never pays for it.
 */
function oneNameInParts(name: string): boolean {
  const parts = name
    .split(name.includes(";") ? ";" : "\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return false;
  const first = parts[0];
  const unquoted = (p: string) => p.replace(QUOTED, "");
  return (
    first !== first.toLowerCase() && parts.slice(1).every((p) => !/\p{Lu}/u.test(unquoted(p)) && /^\p{Ll}/u.test(p))
  );
}
/** A quoted name within a part (`"Новый экологический проект"`, `«Радуга»`), to its end if unclosed. */
const QUOTED = /["«„“][^"«»„“”]*(?:["»“”]|$)/gu;

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

/** A header of a date the mapping may leave out (see datedApart in summarizePartnerBlocks). */
const UNMAPPED_DATE = /date|\bdt\b|\bdated?\b/i;

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
  const offsets: number[] = [];
  let rows = 0;
  for (const t of tables) {
    offsets.push(rows);
    rows += t.rowCount;
  }
  const { othersOf, partsOfTotals, copies, otherAmounts } = amountsBeside(tables, rows);
  /** Row `id`'s block and its 0-based row in that block's matrix. */
  const where = (id: number): { t: TypedTable; row: number; block: number } => {
    let b = tables.length - 1;
    while (b > 0 && offsets[b] >= id) b--;
    return { t: tables[b], row: id - offsets[b] - 1, block: b };
  };
  // Each block's record-number columns (OBJECTID, FID), left out when rows are compared.
  const recordNumbers = tables.map((t) => recordNumberColumns(t.mapping, t.matrix[t.mapping.headerRow] ?? []));
  // Each block's dates the mapping leaves out (`Paid Date`, `Inv Date`): rows of one amount on different
  // ones are payments, each its own, no amount repeated (as the ledger's warning reads them).
  const datesOf = tables.map((t) => t.mapping.unknown.filter((u) => UNMAPPED_DATE.test(u.header)).map((u) => u.index));
  const datedApart = (a: number, b: number): boolean => {
    const [x, y] = [where(a), where(b)];
    if (x.block !== y.block) return false;
    return datesOf[x.block].some((c) => {
      const [p, q] = [coerceDate(cellsOf(a)[c] ?? null), coerceDate(cellsOf(b)[c] ?? null)];
      return p !== undefined && q !== undefined && Math.floor(p) !== Math.floor(q);
    });
  };
  const cellsOf = (id: number): readonly Cell[] => {
    const { t, row } = where(id);
    return t.matrix[row] ?? [];
  };
  const textOf = (id: number): string => {
    const { t, row } = where(id);
    return String(t.matrix[row]?.[t.index[partnerSlot]] ?? "").trim();
  };
  // A repeated partner's rows by their Committed (see sameRows): kept only for partners met again, and
  // rows compared cell by cell only where the amounts agree (a ledger's 100k rows build no strings).
  const rowsOfPartner = new Map<number, Map<number, number[]>>();
  const sameRows = {
    rows: 0,
    committed: 0,
    received: 0,
    of: 0,
    leftOut: false,
    units: undefined as number | undefined,
    blocks: [] as SameRowsOfBlock[],
  };
  // The copies as counted for their reading, block by block (SameRows: the check reads each block's
  // there too). Blocks side by side are checked apart (SPEC "Rows that are not data"), and a block of
  // copies beside a clean one is still an export's fan-out: each block's copies are read on its own
  // (a reviewer's repro: copies most of one block, a few of the sheet, left out by check, added by summary).
  const copiesOf = tables.map(() => new SameRows());
  // Each copy, with what it added, to take out of the figures where its block's copies are left out.
  const copied: {
    block: number;
    id: number;
    original: number;
    g: Group | undefined;
    partner: number;
    committed: number;
    received: number;
  }[] = [];
  // The date columns of each block, for copies that carry a day (see datedColumns).
  const dateColumns = tables.map((t) => datedColumns(t.matrix[t.mapping.headerRow], t.mapping));
  const datedRow = (id: number): boolean => {
    const { row, block } = where(id);
    return isDated(tables[block].matrix[row] ?? [], dateColumns[block]);
  };
  const mergedRepeats = { rows: 0, committed: 0 };
  // Per partner met again (by its first row): is its Committed one amount on every row (see repeatedAmounts)?
  const amountsOfPartner = new Map<
    number,
    { amount: number; text: string | undefined; rows: number; same: boolean; copies: boolean }
  >();
  /** The earlier row of partner `first` that row `id` is the same as in every column, if any. */
  const sameAsEarlier = (first: number, id: number, committed: number): number | undefined => {
    let byAmount = rowsOfPartner.get(first);
    if (!byAmount) {
      rowsOfPartner.set(first, (byAmount = new Map()));
      byAmount.set(committedAt(first), [first]);
    }
    const rows = byAmount.get(committed);
    if (!rows) {
      byAmount.set(committed, [id]);
      return undefined;
    }
    // Rows of one block only, as `check` (which the note sends the reader to) compares them: the same
    // award on two programmes' sheets is two awards (a helper's round, real: Arts Council England's
    // culture recovery workbook, summed with --sheet all, two told "a copy?" that check never named).
    const block = where(id).block;
    const text = rowText(cellsOf(id), recordNumbers[block]);
    const original = rows.find((r) => where(r).block === block && rowText(cellsOf(r), recordNumbers[block]) === text);
    if (original === undefined) rows.push(id);
    return original;
  };
  /** Row `id`'s cells in the columns its block maps (what the tracker reads of it), as one text. */
  const trackerText = (id: number): string => {
    const { t, row } = where(id);
    return t.mappedText(row);
  };
  /** Row `id`'s Committed as add() is given it (0 when blank or unreadable). */
  const committedAt = (id: number): number => {
    const { t, row } = where(id);
    const value = t.numAt(row, committedSlot) * t.scale[committedSlot];
    return Number.isFinite(value) ? value : 0;
  };
  /** Row `id`'s Received as add() is given it (0 when blank, unreadable or absent). */
  const receivedAt = (id: number): number => {
    const { t, row } = where(id);
    if (!t.present(receivedSlot)) return 0;
    const value = t.numAt(row, receivedSlot) * t.scale[receivedSlot];
    return Number.isFinite(value) ? value : 0;
  };
  const groups = new Map<string, Group>();
  /** The group of `key`, made (labelled `label`) when it is the first row in it. */
  const groupOf = (key: string, label: string): Group => {
    let g = groups.get(key);
    if (!g) {
      g = { group: label, partners: 0, committed: 0, received: 0, index: groups.size };
      groups.set(key, g);
    }
    return g;
  };
  const total = { group: TOTAL_LABEL, partners: 0, committed: 0, received: 0 };
  // SPEC "Ledgers": a partner on several rows counts once (names compared as the duplicate rule
  // does). Each partner is known by the row it first appears on; a row without a name is its own.
  // A name in two columns (`last_name`, `first_name`, a middle initial beside them): a partner is the
  // whole name, as check compares it (rules/common.ts keyNameOf) — Ann Lee and Bob Lee are two donors
  // (a helper's round: a donor list's partners counted by surname, 2 where check told 3 apart).
  const givenAt = tables.map((t) => {
    if (!t.present(partnerSlot)) return [];
    const unknown = t.mapping.unknown;
    const { other, middle } = mappedNameCompanions(t.header[partnerSlot], t.mapping);
    return [other, middle].flatMap((i) => (i === undefined ? [] : [unknown[i].index]));
  });
  const givenOf = givenAt.some((g) => g.length > 0)
    ? (id: number): string => {
        const { t, row, block } = where(id);
        return givenAt[block].map((c) => cellText(t.matrix[row]?.[c] ?? null).trim()).join(" ");
      }
    : undefined;
  const partners = new DuplicateFinder("normalize", textOf, rows, givenOf);
  // The group a partner was first counted in (by its first row; -1 when that row's block has no
  // group column, as 0 is the first group's index), and for partners met again in other groups,
  // those groups: no allocation per row, only per repeat across groups.
  const firstGroup = new Int32Array(rows + 1).fill(-1);
  const otherGroups = new Map<number, Set<number>>();
  const isList = column.type === "list" || column.type === "yesNo";
  const toCome = { rows: 0, as: "" };
  const withheldAmounts = { rows: 0, as: "" };
  let unreadCommitted = 0;
  let unreadReceived = 0;
  const textAmounts = { cells: 0, committed: 0, as: "" };
  const negatives = { rows: 0, committed: 0 };
  let unnamed = 0;
  let withheld = 0;
  // Per partner (by first row): 1 named, 2 with money on a row (see withoutMoney).
  const moneyOf = new Uint8Array(rows + 1);
  // Per named row (by id), its partner's first row, where a block has a Contribution column: read after
  // the rows for the partners left without money (givenOtherwise).
  const contributionAt = tables.map((t) => t.index[contributionSlot]);
  const partnerOf = contributionAt.some((c) => c >= 0) ? new Int32Array(rows + 1) : undefined;
  // CONCENTRATION's figures, when asked: per partner (by first row) its positive Committed, and of
  // that its copies' (left out with them); a withheld name's row is a partner of its own.
  const shares = withShares ? { of: new Float64Array(rows + 1), total: 0, own: 0 } : undefined;
  const hidden = { rows: [] as { block: number; row: number }[], committed: 0, received: 0 };
  // Hidden rows that are copies (by their place in hidden.rows): not added up where copies are left out.
  const hiddenCopies: { id: number; block: number; committed: number; received: number }[] = [];
  let withMoney = 0;
  let unreadOnly = 0;
  let withheldAs = "";
  const phones = { shaped: [] as { value: number }[], sum: 0, others: 0, largest: 0 };
  const transactions = { column: "", payments: 0, paid: 0 };
  let aggregate = 0;
  let aggregateAs = "";
  let nameLists = 0;
  let nameListAs = "";
  const years = new YearTally();
  const places = new PlaceTally();
  const projects = new ProjectTally();
  const amendments = new AmendmentTally();
  const versions = new VersionTally();
  const projectAtOf = tables.map((t) => projectColumnsOf(t.mapping, [t.index[committedSlot], t.index[receivedSlot]]));
  const directions = new DirectionTally();
  // Blocks whose Partner names start with their project's number, read as the names after it.
  const numberedTables: TypedTable[] = [];
  tables.forEach((table, b) => {
    const grouped = table.present(slot);
    const named = table.present(partnerSlot);
    const offset = offsets[b];
    const hiddenRows = blocks[b].hiddenRows?.size ? blocks[b].hiddenRows : undefined;
    // A Year column (unmapped) tallies each row's year; a block without one pays one test a row.
    // Else a column of report dates (`Date Reported As Of`): each report restating the same projects.
    let reportAt = reportColumnOf(table.mapping);
    // (A reporting period of years alone is a Year column: each year's own awards.)
    const yearsAt = reportAt >= 0 && holdsYearsOnly(table.matrix, table.mapping.headerRow, reportAt) ? reportAt : -1;
    if (yearsAt >= 0) reportAt = -1;
    const yearAt =
      reportAt >= 0
        ? reportAt
        : yearsAt >= 0
          ? yearsAt
          : yearColumnOf(table.mapping) >= 0
            ? yearColumnOf(table.mapping)
            : awardDateColumnOf(table.mapping);
    if (yearAt >= 0) {
      years.headedBy(String(table.matrix[table.mapping.headerRow]?.[yearAt] ?? "").trim(), reportAt >= 0);
    }
    // So does a place column (County, Ward …), for the partners whose rows name several.
    const placeAt = placeColumnOf(table.mapping, table.matrix);
    if (placeAt >= 0) places.headedBy(table.matrix, table.mapping.headerRow, placeAt);
    // With the organisation identifier check compares (a partner's rows under one are one organisation).
    const idAt = placeAt >= 0 ? (organisationIdAmong(table.mapping.unknown)?.index ?? -1) : -1;
    // And a project's column (Initiative ID, `PROJECT NUMBER`), for a project's amount on each of its rows.
    const projectAt = projectAtOf[b];
    if (projectAt) projects.headedBy(projectAt.header);
    // And the amount columns beside Committed that no figure adds.
    const others = otherAmounts !== undefined && othersOf[b].length > 0 ? othersOf[b] : undefined;
    const tallyOthers = (id: number, partner: number) =>
      otherAmounts?.add(others ?? [], cellsOf(id), partner, table.writtenAsEurope[committedSlot] === 1);
    // And a contract's number where a column says amendments: a contract disclosed again after each.
    const amendedAt = amendedColumnsOf(table.mapping);
    if (amendedAt) amendments.headedBy(amendedAt.header);
    // And a column of a budget's versions (ACTUAL, ORIGINAL, REVISED; proposed, adopted).
    const versionAt = versionColumnOf(table.matrix, table.mapping);
    if (versionAt >= 0) versions.headedBy(String(table.matrix[table.mapping.headerRow]?.[versionAt] ?? "").trim());
    // And a column of money in and out (`entrata` / `uscita`).
    const directionAt = directionColumnOf(table.matrix, table.mapping);
    if (directionAt >= 0) {
      directions.headedBy(String(table.matrix[table.mapping.headerRow]?.[directionAt] ?? "").trim());
    }
    // And a column of transactions' kinds (`Outgoing Commitment`, `Disbursement`) where no Received
    // column is mapped: its payments are Received, not Committed (summaryDirections.ts).
    const paidAt = table.present(receivedSlot) ? -1 : transactionColumnOf(table.matrix, table.mapping);
    if (paidAt >= 0 && transactions.column === "") {
      transactions.column = String(table.matrix[table.mapping.headerRow]?.[paidAt] ?? "").trim();
    }
    // Rows under a merged name (a record's further lines), and the Committed of the record's first line.
    const merged = table.mapping.mergedRows;
    let recordCommitted = 0;
    /** One data row's figures added in: its group (none without the column), amounts and name. */
    const unscaled = table.scale[committedSlot] === 1;
    // (`unread`: the row's Committed is no amount — a row that lost a separator, its figure run into the
    // date — which is money unread, not nothing: no "declined?" for its partner.)
    const add = (
      g: Group | undefined,
      committed: number,
      received: number,
      name: string | undefined,
      id: number,
      unread = false,
      /** The row's Committed is kept back (withheldAmounts): money given, though no figure says how much. */
      kept = false,
    ) => {
      copiesOf[b].of++;
      if (paidAt >= 0 && isPaymentKind(cellsOf(id)[paidAt])) {
        transactions.payments++;
        transactions.paid += committed;
        received += committed;
        committed = 0;
      }
      const isHidden = hiddenRows !== undefined && hiddenRows.has(id - offset - 1);
      if (isHidden) {
        hidden.rows.push({ block: b, row: id - offset - 1 });
        hidden.committed += committed;
        hidden.received += received;
      }
      if (amendedAt) {
        const cells = cellsOf(id);
        amendments.add(
          cells[amendedAt.contract],
          amendedAt.when >= 0 ? cells[amendedAt.when] : null,
          committed,
          name ?? "",
        );
      }
      if (versionAt >= 0) versions.add(cellsOf(id)[versionAt], committed, name);
      if (committed >= 2_000_000_000 && unscaled && isPhoneShaped(committed)) phones.shaped.push({ value: committed });
      else if (committed > 0) {
        phones.sum += committed;
        phones.others++;
        if (committed > phones.largest) phones.largest = committed;
      }
      if (committed < 0) {
        negatives.rows++;
        negatives.committed += committed;
      }
      if (directionAt >= 0) directions.add(cellsOf(id)[directionAt], committed);
      // Many recipients' money on one line (`ACCOUNTS UNDER $120,000`): in the totals, no partner.
      const many = name !== undefined && name !== WITHHELD_NAME && isAggregatePayee(name);
      if (many && aggregate++ === 0) aggregateAs = name;
      if (shares !== undefined && committed > 0) shares.total += committed;
      if (many || name === undefined || name === WITHHELD_NAME) {
        if (others) tallyOthers(id, -1);
        if (shares !== undefined && name === WITHHELD_NAME && committed > shares.own) shares.own = committed;
        // A row without a partner's name (blank, `N/A`, a sheet with no Partner column): its money is
        // added in, but it is no partner to count (real: Toronto's 2 "N/A" suppliers made 468 of 466).
        // A name kept back (`REDACTED`) is someone's: one partner per row, none known to be another's.
        if (name === WITHHELD_NAME) {
          withheld++;
          if (g !== undefined) g.partners++;
          total.partners++;
        } else if (!many) unnamed++;
        if (yearAt >= 0) years.add(cellsOf(id)[yearAt], undefined, committed, name === WITHHELD_NAME);
        if (g !== undefined) {
          g.committed += committed;
          g.received += received;
        }
        total.committed += committed;
        total.received += received;
        return;
      }
      const first = givenOf ? partners.firstRowOfPair(name, id, givenOf(id)) : partners.firstRowOf(name, id);
      const partner = first ?? id;
      if (partnerOf !== undefined) partnerOf[id] = partner;
      if (others) tallyOthers(id, partner);
      // A list of names in one cell (`;` or line breaks, which the hash has just looked for); a name
      // with its town on the lines under it is one name (withoutPlaceLines).
      if (
        partners.lastKeyMayList &&
        mayList(name) &&
        NAME_LIST.test(name) &&
        withoutPlaceLines(name) === name &&
        stillAList(name) &&
        !oneNameInParts(name) &&
        nameLists++ === 0
      )
        nameListAs = name;
      const original = first !== undefined ? sameAsEarlier(first, id, committed) : undefined;
      const copy = original !== undefined;
      if (shares !== undefined && committed > 0) shares.of[partner] += committed;
      if (first !== undefined) {
        if (copy) {
          copiesOf[b].copy(first, original, committed, datedRow(id));
          if (isHidden) hiddenCopies.push({ id: hidden.rows.length - 1, block: b, committed, received });
          copied.push({ block: b, id, original, g, partner, committed, received });
          sameRows.committed += committed;
          sameRows.received += received;
        }
        let repeat = amountsOfPartner.get(first);
        if (!repeat) {
          repeat = { amount: committedAt(first), text: undefined, rows: 1, same: true, copies: false };
          amountsOfPartner.set(first, repeat);
        }
        repeat.rows++;
        // Rows of different years are each year's grant (the years note says so), no amount repeated on
        // each row (a helper's round, real: a 990-PF's `tax_year`, a grant paid each year "$3,500 if
        // it is one amount repeated").
        const periodOf = (cell: Cell) => periodIn(cell) ?? cellText(cell);
        const otherYear =
          yearAt >= 0 && where(first).block === b && periodOf(cellsOf(id)[yearAt]) !== periodOf(cellsOf(first)[yearAt]);
        repeat.same &&=
          !otherYear &&
          committed === repeat.amount &&
          trackerText(id) === (repeat.text ??= trackerText(first)) &&
          !datedApart(first, id);
        repeat.copies ||= copy;
        if (projectAt) {
          // Only partners met again can repeat a project's amount: their first row is tallied now.
          const firstAt = projectAtOf[where(first).block];
          if (firstAt && !projects.has(first)) {
            projects.add(first, cellsOf(first), firstAt, [committedAt(first), receivedAt(first)], false);
          }
          projects.add(first, cellsOf(id), projectAt, [committed, received], copy, id);
        }
      }
      if (g !== undefined) {
        if (first === undefined) {
          firstGroup[partner] = g.index;
          g.partners++;
        } else if (firstGroup[partner] !== g.index) {
          let seen = otherGroups.get(partner);
          if (!seen) otherGroups.set(partner, (seen = new Set()));
          if (!seen.has(g.index)) {
            seen.add(g.index);
            g.partners++;
          }
        }
        g.committed += committed;
        g.received += received;
      }
      if (yearAt >= 0) years.add(cellsOf(id)[yearAt], partner, committed);
      if (placeAt >= 0) places.add(partner, cellsOf(id)[placeAt], idAt >= 0 ? (cellsOf(id)[idAt] ?? null) : undefined);
      if (first === undefined) {
        total.partners++;
        moneyOf[partner] = 1;
      }
      // (3: a partner whose only amounts so far could not be read — not declined, not money either;
      // 4: one whose only amounts so far are below 0, money taken back — no money given either: a
      // helper's round, real: a council's rescissions, 69 organisations netting below 0 as partners.)
      const state = moneyOf[partner];
      if ((committed > 0 || received > 0 || kept) && state !== 2) {
        if (state === 3) unreadOnly--;
        else withMoney++;
        moneyOf[partner] = 2;
      } else if (committed < 0 && state === 1) {
        moneyOf[partner] = 4;
      } else if (unread && state === 1) {
        moneyOf[partner] = 3;
        withMoney++;
        unreadOnly++;
      }
      total.committed += committed;
      total.received += received;
    };
    // Names that start with their project's number (`104114 - …`) are the name after it, decided once
    // for the block's column (DuplicateFinder.numbered).
    partners.numbered = named && table.numberedNames(partnerSlot) !== undefined;
    if (partners.numbered) numberedTables.push(table);
    table.fastLane = fastLane; // (VALIDATE's fast lane too: the rows the quick one leaves)
    table.forEachRow(
      () => {
        let g: Group | undefined;
        if (!grouped) {
          g = undefined;
        } else if (table.blank(slot) || (isList && isMarkAlone(table.raw(slot)))) {
          // (A mark alone, `†` in Status, is read as empty, as the check says: rules/common.ts markedCells.)
          g = groupOf(BLANK_GROUP, BLANK_GROUP);
        } else if (isList && table.has(slot)) {
          g = groupOf(table.listed[slot] as string, table.listed[slot] as string);
        } else {
          const label = table.text(slot);
          g = groupOf(isList ? normalizeKey(label) : trimCaseKey(label), label);
        }
        if (table.state[committedSlot] === INVALID) unreadCommitted++;
        else if (
          table.has(committedSlot) &&
          typeof table.raw(committedSlot) === "string" &&
          // Text reading 0 (an accounting format's `$ -` pasted as text) moves no SUM: nothing to say (a
          // helper's round, real: HHS's terminated grants, "a SUM of these rows gives" the same figure).
          amount(table, committedSlot) !== 0
        ) {
          if (textAmounts.cells++ === 0) textAmounts.as = String(table.raw(committedSlot)).trim();
          textAmounts.committed += amount(table, committedSlot);
        } else if (table.state[committedSlot] === PLACEHOLDER && isToCome(table.raw(committedSlot))) {
          if (toCome.rows++ === 0) toCome.as = String(table.raw(committedSlot)).trim();
        }
        const kept = table.state[committedSlot] === PLACEHOLDER && isAmountKeptBack(table.raw(committedSlot));
        if (kept && withheldAmounts.rows++ === 0) withheldAmounts.as = String(table.raw(committedSlot)).trim();
        if (table.state[receivedSlot] === INVALID) unreadReceived++;
        const name = !named
          ? undefined
          : !table.blank(partnerSlot) && !isPartyWord(table.text(partnerSlot))
            ? table.text(partnerSlot)
            : isWithheld(table.raw(partnerSlot)) || !table.blank(partnerSlot)
              ? WITHHELD_NAME
              : undefined;
        if (name === WITHHELD_NAME && withheldAs === "") withheldAs = String(table.raw(partnerSlot)).trim();
        let committed = amount(table, committedSlot);
        // A record's further line under its merged name showing the first line's amount again (a
        // helper's round, real: California's transit awards, a project's award again on a second
        // agency's line, +$1.88bn): the same money, counted once.
        if (merged?.has(table.row)) {
          if (committed !== 0 && committed === recordCommitted) {
            mergedRepeats.rows++;
            mergedRepeats.committed += committed;
            committed = 0;
          }
        } else recordCommitted = committed;
        const unread = table.state[committedSlot] === INVALID;
        // A row standing a column right of its headers has no figure where it belongs: its Received
        // column holds its Committed (a helper's round, real: MCC's indicators), and is not summed.
        const moved = unread && standsRight(table, table.index[committedSlot]);
        add(g, committed, moved ? 0 : amount(table, receivedSlot), name, offset + table.rowNumber, unread, kept);
      },
      fastLane
        ? quickRows(table, slot, offset, groupOf, add, (r, committed) => {
            // The fast lane reads a record's first line; its further lines go the long way.
            if (merged === undefined) return true;
            if (merged.has(r)) return false;
            recordCommitted = committed;
            return true;
          })
        : undefined,
    );
  });
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
  // A person's name (a name in two columns, or a donor list's person read beside a blank organisation's
  // name): two of one name in two places are two people, not two organisations.
  const isPerson = (id: number): boolean => {
    const { t, row, block } = where(id);
    return givenAt[block].length > 0 || t.personNameHeader(row) !== undefined;
  };
  const inPlaces = places.result(textOf, isPerson, { keyOf: identifierKey, none: isPlaceholderIdentifier });
  // Partners whose every row is alike are said so (repeatedAmounts), not again by project.
  const sameThroughout = new Set<number>();
  const repeatedAmounts = repeatedAmountsOf(amountsOfPartner, textOf, sameThroughout);
  const projectRepeats = projects.result(textOf, sameThroughout);
  const amendedContracts = amendments.result();
  const byVersion = versions.result();
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
      return figuresElsewhere(tables, unpaid, partnerOfRow(partnerOf, partners, textOf, givenOf, numbered), textOf);
    },
  );
  const besideCommitted = otherAmounts?.result(helpedBeside, currency);
  const inAndOut = directions.result();
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
