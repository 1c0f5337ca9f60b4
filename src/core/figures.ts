import {
  ASSETS,
  FOUNDATION,
  LISTS,
  OTHER_OR_BLANK,
  PARTNERS,
  summaryLayout,
  type ColumnSpec,
  type SummaryFigure,
  type TabSpec,
} from "../schema";
import { coerceDate, coerceNumber } from "./coerce";
import { mapHeaders } from "./headers";
import { readinessScore, type ReadinessInputs } from "./readiness";
import { YES } from "./rules/vocabulary";
import { tableOf, type TrackerTables } from "./rules/crossTab";
import { firstFilled, isTotalLabel } from "./notData";
import { cellText, isBlankRow } from "./text";
import type { Cell, Matrix } from "./types";

/**
 * The Summary sheet's figures computed by the core, one per `figure` cell of `summaryLayout()`,
 * keyed `metric|key`. They follow the native formulas' semantics so the task pane shows what the
 * sheet shows: COUNTA counts non-empty cells, COUNTIFS/SUMIFS and `="Yes"` compare text ignoring
 * case (but not spaces), INDEX reads the n-th data row. One deliberate difference: amounts and
 * dates are read with the core's coercion, so an ISO text date or a `$1,200` text amount counts
 * (a writer turns them into real numbers and dates; VALIDATE flags any that remain text).
 */
export type SummaryFigures = Record<string, number | string>;

/** The data cells of one column of a tracker table (every row below the header, blank rows too). */
class Column {
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
 * Where a tracker table's data ends: before its totals row when the user turned one on (`tblX[#All]`
 * includes it, the native formulas' `tblX[Column]` does not).
 */
function dataEnd(matrix: Matrix): number {
  let last = matrix.length - 1;
  while (last >= 0 && (!Array.isArray(matrix[last]) || isBlankRow(matrix[last]))) last--;
  if (last < 0) return matrix.length;
  const cells = matrix[last];
  const label = cells[firstFilled(cells)];
  return typeof label === "string" && isTotalLabel(label) ? last : matrix.length;
}

function nonEmpty(cell: Cell): boolean {
  return cell !== null && cell !== undefined && cell !== "";
}

/** A SUMIFS/COUNTIFS criterion equal to `wanted` (text compared ignoring case). */
function criterionMatches(cell: Cell, wanted: string): boolean {
  if (typeof cell === "string") return cell.length === wanted.length && cell.toLowerCase() === wanted.toLowerCase();
  if (typeof cell === "number") return String(cell) === wanted;
  if (typeof cell === "boolean") return (cell ? "true" : "false") === wanted.toLowerCase();
  return false;
}

function amountOf(cell: Cell): number {
  return coerceNumber(cell) ?? 0;
}

/** N(): a number, TRUE as 1, anything else 0 (the Gap formula's reading of a cell). */
function nOf(cell: Cell): number {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  return amountOf(cell);
}

function textEquals(cell: Cell, wanted: string): boolean {
  return typeof cell === "string" && cell.toLowerCase() === wanted.toLowerCase();
}

export function summaryFigures(tables: TrackerTables): SummaryFigures {
  // Validate the header rows once, naming the argument that lacks one.
  if (tables.foundation.length) tableOf(tables.foundation, FOUNDATION);
  if (tables.assets.length) tableOf(tables.assets, ASSETS);
  if (tables.partners.length) tableOf(tables.partners, PARTNERS);

  const P = (c: ColumnSpec) => Column.of(tables.partners, PARTNERS, c);
  const F = (c: ColumnSpec) => Column.of(tables.foundation, FOUNDATION, c);
  const A = (c: ColumnSpec) => Column.of(tables.assets, ASSETS, c);

  const partner = P(PARTNERS.col.partner);
  const committed = P(PARTNERS.col.committed);
  const received = P(PARTNERS.col.received);
  const partnerInitiative = P(PARTNERS.col.initiativeId);
  const needed = A(ASSETS.col.needed);
  const available = A(ASSETS.col.available);
  const category = A(ASSETS.col.category);
  const assetInitiative = A(ASSETS.col.initiativeId);
  const fId = F(FOUNDATION.col.initiativeId);

  const count = (col: Column, test: (cell: Cell) => boolean) => {
    let n = 0;
    for (let i = 0; i < col.length; i++) if (test(col.at(i))) n++;
    return n;
  };
  const sumIf = (values: Column, by: Column | undefined, wanted: string | undefined) => {
    let s = 0;
    for (let i = 0; i < values.length; i++) {
      if (by && !criterionMatches(by.at(i), wanted as string)) continue;
      s += amountOf(values.at(i));
    }
    return s;
  };
  // The Gap column's formula, row by row ("" when both inputs are empty, which SUM skips).
  const gaps: number[] = [];
  for (let i = 0; i < Math.max(needed.length, available.length); i++) {
    const n = needed.at(i);
    const a = available.at(i);
    const blankN = n === null || n === undefined || n === "";
    const blankA = a === null || a === undefined || a === "";
    gaps.push(blankN && blankA ? 0 : Math.max(0, nOf(n) - nOf(a)));
  }
  const gapIf = (by: Column, wanted: string) => {
    let s = 0;
    for (let i = 0; i < gaps.length; i++) if (criterionMatches(by.at(i), wanted)) s += gaps[i];
    return s;
  };

  const partners = count(partner, nonEmpty);
  const totalCommitted = sumIf(committed, undefined, undefined);
  const totalReceived = sumIf(received, undefined, undefined);
  let maxCommitted = 0;
  let anyNumber = false;
  for (let i = 0; i < committed.length; i++) {
    const v = coerceNumber(committed.at(i));
    if (v === undefined) continue;
    maxCommitted = anyNumber ? Math.max(maxCommitted, v) : v;
    anyNumber = true;
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

  const groupFigure = (groupColumn: ColumnSpec, values: readonly string[], measure: string, key: string) => {
    const by = P(groupColumn);
    const one = (v: string) =>
      measure === "partners"
        ? count(by, (cell) => criterionMatches(cell, v))
        : sumIf(measure === "committed" ? committed : received, by, v);
    const total = measure === "partners" ? partners : measure === "committed" ? totalCommitted : totalReceived;
    if (key === "Total") return total;
    if (key === OTHER_OR_BLANK) return total - values.reduce((s, v) => s + one(v), 0);
    return one(key);
  };

  const initiativeFigure = (measure: string, n: number): number | string => {
    const idCell = fId.at(n - 1);
    const id = n - 1 < fId.length ? cellText(idCell) : "";
    if (measure === "id") return id;
    if (id === "") return "";
    switch (measure) {
      case "name":
        return cellText(F(FOUNDATION.col.initiative).at(n - 1));
      case "partners":
        return count(partnerInitiative, (cell) => criterionMatches(cell, id));
      case "committed":
        return sumIf(committed, partnerInitiative, id);
      case "received":
        return sumIf(received, partnerInitiative, id);
      case "assetGap":
        return gapIf(assetInitiative, id);
      case "readiness":
        return readinessScore(nativeReadinessInputs(tables.foundation, n - 1));
      default:
        throw new Error(`Unknown initiative figure ${measure}`);
    }
  };

  const figure = (f: SummaryFigure): number | string => {
    const [group, measure] = f.metric.split(".");
    const key = f.key ?? "";
    switch (f.metric) {
      case "partners":
        return partners;
      case "initiatives":
        return count(fId, nonEmpty);
      case "committed":
        return totalCommitted;
      case "received":
        return totalReceived;
      case "receivedShare":
        return share(totalReceived, totalCommitted);
      case "concentration":
        return share(maxCommitted, totalCommitted);
      case "assetGap":
        return gaps.reduce((s, g) => s + g, 0);
    }
    switch (group) {
      case "sector":
        return groupFigure(PARTNERS.col.sector, LISTS.sector.values, measure, key);
      case "status":
        return groupFigure(PARTNERS.col.status, LISTS.partnerStatus.values, measure, key);
      case "initiative":
        return initiativeFigure(measure, Number(key));
      case "assets":
        if (measure === "gap") return gapIf(category, key);
        return sumIf(measure === "needed" ? needed : available, category, key);
    }
    throw new Error(`summaryFigures does not know the figure ${f.metric}`);
  };

  const out: SummaryFigures = {};
  for (const row of summaryLayout().rows) {
    for (const cell of row) {
      if (cell?.figure) out[`${cell.figure.metric}|${cell.figure.key ?? ""}`] = figure(cell.figure);
    }
  }
  return out;

  /** The checklist inputs of the n-th Foundation row, compared the way the native formula does. */
  function nativeReadinessInputs(matrix: Matrix, n: number): ReadinessInputs {
    const at = (c: ColumnSpec) => Column.of(matrix, FOUNDATION, c).at(n);
    const yes = (c: ColumnSpec) => textEquals(at(c), YES);
    const engagement = at(FOUNDATION.col.communityEngagement);
    const level = LISTS.engagement.values.find((v) => textEquals(engagement, v));
    return {
      problemStatement: cellText(at(FOUNDATION.col.problemStatement)),
      benchmarkMetric: cellText(at(FOUNDATION.col.benchmarkMetric)),
      targetIsNumber: coerceNumber(at(FOUNDATION.col.target)) !== undefined,
      targetDateIsDate: coerceDate(at(FOUNDATION.col.targetDate)) !== undefined,
      engagement: level,
      pastEffortsReviewed: yes(FOUNDATION.col.pastEffortsReviewed),
      politicalDynamics: cellText(at(FOUNDATION.col.politicalDynamics)),
      requirementsAgreed: yes(FOUNDATION.col.requirementsAgreed),
      partnerPrioritiesAcknowledged: yes(FOUNDATION.col.partnerPrioritiesAcknowledged),
    };
  }
}
