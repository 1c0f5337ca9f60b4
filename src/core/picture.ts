import {
  ASSETS,
  FOUNDATION,
  LEADERSHIP,
  LISTS,
  PARTNERS,
  READINESS_ITEM_COLUMNS,
  READINESS_MISSING,
  type ColumnSpec,
  type TabSpec,
} from "../schema";
import { coerceDate } from "./dateCells";
import { coerceNumber } from "./amountCells";
import { mapHeaders } from "./headers";
import { readinessChecks, type ReadinessInputs } from "./readiness";
import { NO, ROLE_DEPUTIZED_LEAD, YES } from "./rules/vocabulary";
import { tableOf, type TrackerTables } from "./rules/crossTab";
import { cellText, isBlankRow } from "./text";
import { totalsLabel } from "./trackerRows";
import type { Cell, Matrix } from "./types";

/**
 * The article's picture of a tracker — readiness, progress, leadership coverage, asset gaps by
 * category and unit, funders — computed from the four tables. The Summary sheet's figures
 * (figures.ts) and the task pane's Summary both come from here, and every value follows the
 * Summary's native formulas (src/model/summaryLayout.ts) so the pane, the sheet and LibreOffice agree:
 * COUNTA counts non-empty cells, COUNTIFS/SUMIFS and `=` compare text ignoring case (not spaces),
 * INDEX reads the n-th data row, ISNUMBER wants a real number. One deliberate difference: amounts
 * are read with the core's coercion, so a `$1,200` typed as text counts (Check warns about those
 * cells, and a writer turns them into numbers).
 */

export interface InitiativePicture {
  /** 0-based position among Foundation's data rows (blank rows included, as INDEX counts). */
  readonly position: number;
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** Share of the Foundation checklist met, 0–1. */
  readonly readiness: number;
  /** What the checklist misses, in words ("past efforts not reviewed"). */
  readonly missing: readonly string[];
  /** 0–1, or undefined until Current value (and a Target apart from Baseline) is set. */
  readonly progress: number | undefined;
  readonly partners: number;
  readonly committed: number;
  readonly received: number;
  readonly championsInGovernment: number;
  readonly championsOutside: number;
  readonly deputizedLeads: number;
  readonly assetsShort: number;
}

export interface GapPicture {
  /** As first written on Assets (pairs are matched ignoring case). */
  readonly category: string;
  readonly unit: string;
  readonly gap: number;
  readonly assetsShort: number;
  /** Estimated value ($) of the assets short, where it is given. */
  readonly estimatedValue: number;
  /** Assets short with no Estimated value. */
  readonly notValued: number;
  /** Worksheet row of the pair's first asset short on the Assets sheet. */
  readonly firstRow: number;
}

export interface GroupPicture {
  readonly value: string;
  readonly partners: number;
  readonly committed: number;
  readonly received: number;
}

export interface TrackerPicture {
  readonly initiatives: readonly InitiativePicture[];
  /** Foundation data rows (blank rows included): what the Summary's list positions count. */
  readonly foundationRows: number;
  /** Non-empty Partner cells (one row per partner and initiative). */
  readonly partners: number;
  /**
   * Distinct partners, as the Summary sheet's headline counts them (and the task pane shows it): a
   * partner on the rows of several initiatives counts once, names compared as Excel's COUNTIF
   * compares them, ignoring case.
   */
  readonly distinctPartners: number;
  readonly initiativeCount: number;
  readonly committed: number;
  readonly received: number;
  /** Committed and Received cells holding text (`£25,000`, `TBD`): left out of every sum, as Excel does. */
  readonly amountsAsText: { readonly committed: number; readonly received: number };
  readonly placeBasedCommitted: number;
  /** The partner whose rows commit the most in all (undefined when nobody commits anything). */
  readonly largestFunder: { readonly name: string; readonly committed: number } | undefined;
  /** MAX over partner rows of that partner's total (what the Summary shows, 0 with no partners). */
  readonly largestFunderCommitted: number;
  readonly bySector: readonly GroupPicture[];
  readonly byStatus: readonly GroupPicture[];
  /** Category–unit pairs with a gap, in the Category list's order, then by first row. */
  readonly gaps: readonly GapPicture[];
  /** Assets short with no Category or no Unit: counted, never totalled. */
  readonly gapsUnplaced: number;
  /** Estimated value ($) of every asset short. */
  readonly assetsShortValue: number;
  /** Assets rows that name an asset. */
  readonly assets: number;
}

export interface PictureOptions {
  /** Worksheet row of the Assets table's first data row (the tracker's tables start at A1: 2). */
  readonly assetsFirstRow?: number;
}

/** The data cells of one column of a tracker table (every row below the header, blank rows too). */
export class Column {
  private constructor(
    private readonly matrix: Matrix,
    private readonly first: number,
    private readonly index: number,
    private readonly end: number,
  ) {}

  static of(matrix: Matrix, tab: TabSpec, column: ColumnSpec): Column {
    if (matrix.length === 0) return new Column(matrix, 0, -1, 0);
    const mapping = mapHeaders(matrix, tab.name);
    const found = mapping.columns.find((c) => c.id === column.id);
    return new Column(matrix, mapping.headerRow + 1, found ? found.index : -1, dataEnd(matrix));
  }

  /** Whether the table has this column at all. */
  get present(): boolean {
    return this.index >= 0;
  }

  get length(): number {
    return Math.max(0, this.end - this.first);
  }

  /** The n-th data cell (0-based), undefined past the end or when the column is missing. */
  at(n: number): Cell {
    if (this.index < 0) return undefined;
    const row = this.matrix[this.first + n];
    return Array.isArray(row) ? row[this.index] : undefined;
  }
}

/**
 * Where a table's data ends: before its totals row when a user turned one on (`tblX[#All]`, what
 * the pane and the functions read, includes it; the native formulas' `tblX[Column]` does not).
 */
function dataEnd(matrix: Matrix): number {
  let last = matrix.length - 1;
  while (last >= 0 && (!Array.isArray(matrix[last]) || isBlankRow(matrix[last]))) last--;
  return last >= 0 && totalsLabel(matrix[last]) !== undefined ? last : matrix.length;
}

export function nonEmpty(cell: Cell): boolean {
  return cell !== null && cell !== undefined && cell !== "";
}

/**
 * How a SUMIFS/COUNTIFS criterion sees a cell: text ignoring case, numbers by their text, booleans
 * as TRUE/FALSE. Two cells match the same criterion exactly when their keys are equal.
 */
export function criterionKey(cell: Cell): string | undefined {
  if (typeof cell === "string") return cell.toLowerCase();
  if (typeof cell === "number") return String(cell).toLowerCase();
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return undefined;
}

/**
 * An amount as the Summary's native SUM and SUMIFS add it: a number, and nothing else. Text in a
 * referenced range is left out, `£25,000` and `1,000` as much as `TBD` ("If an argument is an array or
 * reference, only numbers in that array or reference are counted", learn.microsoft.com, Excel
 * WorksheetFunction.Sum; SUMIFS: "cells in sum-range that do not contain numeric values evaluate to 0",
 * MS-OI29500 2.1.1048) — so the figures written as cached results are the ones Excel shows once it
 * recalculates, and the Summary says how many amounts it left out (`amountsAsText`).
 */
function amountOf(cell: Cell): number {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : 0;
}

/** An amount cell the Summary's SUM leaves out: text (ISTEXT), not a blank cell. */
export const isTextAmount = (cell: Cell): boolean => typeof cell === "string" && cell !== "";

function countNonEmpty(col: Column): number {
  let n = 0;
  for (let i = 0; i < col.length; i++) if (nonEmpty(col.at(i))) n++;
  return n;
}

/** N(): a number, TRUE as 1, anything else 0. */
function nOf(cell: Cell): number {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  return typeof cell === "number" ? cell : 0;
}

/** The Gap column's formula: "" (undefined) when Needed and Available are both blank. */
function gapOf(needed: Cell, available: Cell): number | undefined {
  if (!nonEmpty(needed) && !nonEmpty(available)) return undefined;
  return Math.max(0, nOf(needed) - nOf(available));
}

/** The Progress column's formula: blank until Current value and Target are numbers apart from Baseline. */
function progressOf(current: Cell, baseline: Cell, target: Cell): number | undefined {
  if (typeof current !== "number" || typeof target !== "number") return undefined;
  const base = nOf(baseline);
  if (target === base) return undefined;
  return Math.max(0, Math.min(1, (current - base) / (target - base)));
}

/** Sums and counts of one table's rows, grouped by a column's criterion key. */
class Groups {
  readonly count = new Map<string, number>();
  readonly sums: Map<string, number>[];

  constructor(by: Column, rows: number, values: readonly Column[], include: (i: number) => boolean = () => true) {
    this.sums = values.map(() => new Map());
    for (let i = 0; i < rows; i++) {
      const key = criterionKey(by.at(i));
      if (key === undefined || !include(i)) continue;
      this.count.set(key, (this.count.get(key) ?? 0) + 1);
      values.forEach((v, j) => this.sums[j].set(key, (this.sums[j].get(key) ?? 0) + amountOf(v.at(i))));
    }
  }

  n(wanted: string): number {
    return this.count.get(wanted.toLowerCase()) ?? 0;
  }

  sum(j: number, wanted: string): number {
    return this.sums[j].get(wanted.toLowerCase()) ?? 0;
  }
}

export function trackerPicture(tables: TrackerTables, options: PictureOptions = {}): TrackerPicture {
  // Validate the header rows once, naming the argument that lacks one.
  if (tables.foundation.length) tableOf(tables.foundation, FOUNDATION);
  if (tables.assets.length) tableOf(tables.assets, ASSETS);
  if (tables.leadership.length) tableOf(tables.leadership, LEADERSHIP);
  if (tables.partners.length) tableOf(tables.partners, PARTNERS);
  const P = (c: ColumnSpec) => Column.of(tables.partners, PARTNERS, c);
  const F = (c: ColumnSpec) => Column.of(tables.foundation, FOUNDATION, c);
  const A = (c: ColumnSpec) => Column.of(tables.assets, ASSETS, c);
  const L = (c: ColumnSpec) => Column.of(tables.leadership, LEADERSHIP, c);

  // Partners.
  const partner = P(PARTNERS.col.partner);
  const committed = P(PARTNERS.col.committed);
  const received = P(PARTNERS.col.received);
  const partnerRows = partner.length;
  let partners = 0;
  let totalCommitted = 0;
  let totalReceived = 0;
  let committedAsText = 0;
  let receivedAsText = 0;
  for (let i = 0; i < partnerRows; i++) {
    if (nonEmpty(partner.at(i))) partners++;
    totalCommitted += amountOf(committed.at(i));
    totalReceived += amountOf(received.at(i));
    if (isTextAmount(committed.at(i))) committedAsText++;
    if (isTextAmount(received.at(i))) receivedAsText++;
  }
  const byName = new Groups(partner, partnerRows, [committed]);
  const placeBased = new Groups(P(PARTNERS.col.placeBasedFunder), partnerRows, [committed]);
  const byInitiative = new Groups(P(PARTNERS.col.initiativeId), partnerRows, [committed, received]);

  // The largest funder: the partner whose rows commit the most in all; the first such row names it.
  let largest: { name: string; committed: number } | undefined;
  let largestAmount = partnerRows > 0 ? -Infinity : 0;
  for (let i = 0; i < partnerRows; i++) {
    const cell = partner.at(i);
    const total = nonEmpty(cell) ? byName.sum(0, criterionKey(cell) ?? "") : 0;
    if (total > largestAmount) {
      largestAmount = total;
      largest = nonEmpty(cell) ? { name: cellText(cell), committed: total } : undefined;
    }
  }
  if (largestAmount <= 0) largest = undefined;

  const group = (column: ColumnSpec, values: readonly string[]): GroupPicture[] => {
    const g = new Groups(P(column), partnerRows, [committed, received]);
    return values.map((value) => ({
      value,
      partners: g.n(value),
      committed: g.sum(0, value),
      received: g.sum(1, value),
    }));
  };

  // Assets: the Gap column, row by row.
  const needed = A(ASSETS.col.needed);
  const available = A(ASSETS.col.available);
  const category = A(ASSETS.col.category);
  const unit = A(ASSETS.col.unit);
  const estimated = A(ASSETS.col.estimatedValue);
  const assetInitiative = A(ASSETS.col.initiativeId);
  const assetRows = Math.max(needed.length, available.length, category.length);
  const gaps: (number | undefined)[] = [];
  for (let i = 0; i < assetRows; i++) gaps.push(gapOf(needed.at(i), available.at(i)));
  const short = (i: number) => (gaps[i] ?? 0) > 0;
  let assetsShortValue = 0;
  const shortByInitiative = new Map<string, number>();
  for (let i = 0; i < assetRows; i++) {
    if (!short(i)) continue;
    assetsShortValue += amountOf(estimated.at(i));
    const key = criterionKey(assetInitiative.at(i));
    if (key !== undefined) shortByInitiative.set(key, (shortByInitiative.get(key) ?? 0) + 1);
  }
  const { gaps: gapPairs, unplaced } = gapsByCategoryAndUnit(
    { gaps, category, unit, estimated },
    options.assetsFirstRow ?? 2,
  );

  // Leadership coverage per initiative.
  const leadInitiative = L(LEADERSHIP.col.initiativeId);
  const leadGov = L(LEADERSHIP.col.inGovernment);
  const leadRole = L(LEADERSHIP.col.role);
  const coverage = new Map<string, { gov: number; outside: number; deputized: number }>();
  for (let i = 0; i < leadInitiative.length; i++) {
    const key = criterionKey(leadInitiative.at(i));
    if (key === undefined) continue;
    let c = coverage.get(key);
    if (!c) coverage.set(key, (c = { gov: 0, outside: 0, deputized: 0 }));
    const gov = criterionKey(leadGov.at(i));
    if (gov === YES.toLowerCase()) c.gov++;
    if (gov === NO.toLowerCase()) c.outside++;
    if (criterionKey(leadRole.at(i)) === ROLE_DEPUTIZED_LEAD.toLowerCase()) c.deputized++;
  }

  // Foundation, by position.
  const fId = F(FOUNDATION.col.initiativeId);
  const fName = F(FOUNDATION.col.initiative);
  const fStatus = F(FOUNDATION.col.status);
  const fCurrent = F(FOUNDATION.col.currentValue);
  const fBaseline = F(FOUNDATION.col.baseline);
  const fTarget = F(FOUNDATION.col.target);
  const readinessOf = readinessReader(tables.foundation);
  // A checklist item whose column the table leaves out (a partner copy) is not scored.
  const scored = READINESS_ITEM_COLUMNS.map(
    (ids) =>
      tables.foundation.length === 0 ||
      ids.every(
        (id) =>
          Column.of(
            tables.foundation,
            FOUNDATION,
            FOUNDATION.columns.find((c) => c.id === id)!,
          ).present,
      ),
  );
  const initiatives: InitiativePicture[] = [];
  let initiativeCount = 0;
  for (let n = 0; n < fId.length; n++) {
    const idCell = fId.at(n);
    if (nonEmpty(idCell)) initiativeCount++;
    const id = cellText(idCell);
    if (id === "") continue;
    const key = id.toLowerCase();
    const all = readinessChecks(readinessOf(n));
    const checks = all.filter((_, i) => scored[i]);
    const c = coverage.get(key);
    initiatives.push({
      position: n,
      id,
      name: cellText(fName.at(n)),
      status: cellText(fStatus.at(n)),
      readiness: checks.filter(Boolean).length / checks.length,
      missing: READINESS_MISSING.filter((_, i) => scored[i] && !all[i]),
      progress: progressOf(fCurrent.at(n), fBaseline.at(n), fTarget.at(n)),
      partners: byInitiative.n(id),
      committed: byInitiative.sum(0, id),
      received: byInitiative.sum(1, id),
      championsInGovernment: c?.gov ?? 0,
      championsOutside: c?.outside ?? 0,
      deputizedLeads: c?.deputized ?? 0,
      assetsShort: shortByInitiative.get(key) ?? 0,
    });
  }

  return {
    initiatives,
    foundationRows: fId.length,
    partners,
    distinctPartners: [...byName.count.keys()].filter((name) => name !== "").length,
    initiativeCount,
    committed: totalCommitted,
    received: totalReceived,
    amountsAsText: { committed: committedAsText, received: receivedAsText },
    placeBasedCommitted: placeBased.sum(0, YES),
    largestFunder: largest,
    largestFunderCommitted: partnerRows > 0 ? largestAmount : 0,
    bySector: group(PARTNERS.col.sector, LISTS.sector.values),
    byStatus: group(PARTNERS.col.status, LISTS.partnerStatus.values),
    gaps: gapPairs,
    gapsUnplaced: unplaced,
    assetsShortValue,
    assets: countNonEmpty(A(ASSETS.col.asset)),
  };
}

/**
 * The category–unit pairs of the assets short, as the Summary's gap block lists them: each row
 * takes the pair of the asset with the largest key (listed category first, then first on the
 * sheet) among the pairs not yet listed. Pairs match ignoring case; the header row's "Category" |
 * "Unit" counts as listed too, as it sits above the block's first row.
 */
function gapsByCategoryAndUnit(
  a: { gaps: readonly (number | undefined)[]; category: Column; unit: Column; estimated: Column },
  firstRow: number,
): { gaps: GapPicture[]; unplaced: number } {
  const categories = LISTS.assetCategory.values.map((c) => c.toLowerCase());
  const weightOf = (cell: Cell) => {
    const i = typeof cell === "string" ? categories.indexOf(cell.toLowerCase()) : -1;
    return i < 0 ? 0 : categories.length - i;
  };
  const pairKey = (cat: Cell, unit: Cell) => `${cellText(cat).toLowerCase()}\u0000${cellText(unit).toLowerCase()}`;
  const candidates: { row: number; key: number; pair: string }[] = [];
  let shortRows = 0;
  for (let i = 0; i < a.gaps.length; i++) {
    if ((a.gaps[i] ?? 0) <= 0) continue;
    shortRows++;
    const cat = a.category.at(i);
    const unit = a.unit.at(i);
    if (cellText(cat).length === 0 || cellText(unit).length === 0) continue;
    const row = firstRow + i;
    candidates.push({ row, key: weightOf(cat) * 1e7 + (1e7 - row), pair: pairKey(cat, unit) });
  }
  // Best first; a pair is listed at its best candidate. The header row counts as listed.
  candidates.sort((x, y) => y.key - x.key);
  const seen = new Set<string>([pairKey(ASSETS.col.category.name, ASSETS.col.unit.name)]);
  const firsts: { pair: string; row: number }[] = [];
  for (const c of candidates) {
    if (seen.has(c.pair)) continue;
    seen.add(c.pair);
    firsts.push({ pair: c.pair, row: c.row });
  }
  // SUMIFS/COUNTIFS over a listed pair: every row of that category and unit, wherever it is.
  const totals = new Map(firsts.map((f) => [f.pair, { gap: 0, short: 0, value: 0, notValued: 0 }]));
  for (let i = 0; i < a.gaps.length; i++) {
    const t = totals.get(pairKey(a.category.at(i), a.unit.at(i)));
    if (!t) continue;
    const g = a.gaps[i] ?? 0;
    t.gap += g;
    if (g > 0) {
      t.short++;
      const est = a.estimated.at(i);
      t.value += amountOf(est);
      if (!nonEmpty(est)) t.notValued++;
    }
  }
  const gaps = firsts.map(({ pair, row }): GapPicture => {
    const i = row - firstRow;
    const t = totals.get(pair)!;
    return {
      category: cellText(a.category.at(i)),
      unit: cellText(a.unit.at(i)),
      gap: t.gap,
      assetsShort: t.short,
      estimatedValue: t.value,
      notValued: t.notValued,
      firstRow: row,
    };
  });
  const placed = candidates.length;
  return { gaps, unplaced: shortRows - placed };
}

/** The checklist inputs of the n-th Foundation row, compared the way the native formula does. */
function readinessReader(matrix: Matrix): (n: number) => ReadinessInputs {
  const col = (c: ColumnSpec) => Column.of(matrix, FOUNDATION, c);
  const f = FOUNDATION.col;
  const cols = {
    problem: col(f.problemStatement),
    metric: col(f.benchmarkMetric),
    target: col(f.target),
    targetDate: col(f.targetDate),
    engagement: col(f.communityEngagement),
    past: col(f.pastEffortsReviewed),
    politics: col(f.politicalDynamics),
    requirements: col(f.requirementsAgreed),
    priorities: col(f.partnerPrioritiesAcknowledged),
  };
  const yes = (cell: Cell) => typeof cell === "string" && cell.toLowerCase() === YES.toLowerCase();
  return (n) => {
    const engagement = cols.engagement.at(n);
    return {
      problemStatement: cellText(cols.problem.at(n)),
      benchmarkMetric: cellText(cols.metric.at(n)),
      targetIsNumber: coerceNumber(cols.target.at(n)) !== undefined,
      targetDateIsDate: coerceDate(cols.targetDate.at(n)) !== undefined,
      engagement: LISTS.engagement.values.find(
        (v) => typeof engagement === "string" && engagement.toLowerCase() === v.toLowerCase(),
      ),
      pastEffortsReviewed: yes(cols.past.at(n)),
      politicalDynamics: cellText(cols.politics.at(n)),
      requirementsAgreed: yes(cols.requirements.at(n)),
      partnerPrioritiesAcknowledged: yes(cols.priorities.at(n)),
    };
  };
}
