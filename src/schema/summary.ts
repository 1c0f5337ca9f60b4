import { READY_ENGAGEMENT_FROM } from "./lists";
import { ASSETS, FOUNDATION, PARTNERS, TABS } from "./tabs";

/**
 * What the Summary sheet shows: its cells' roles, the figures it names (a union the core computes
 * exhaustively), its notes and limits, the readiness checklist. How each cell is computed, as
 * native Excel formulas, is the workbook model's (`src/model/summaryLayout.ts`).
 */
export type SummaryRole = "title" | "note" | "section" | "header" | "label" | "figure" | "total" | "status";

/** Figures the Summary shows once each (the headline, and the notes under its lists). */
export type SingleMetric =
  | "initiatives"
  | "partners"
  | "committed"
  | "received"
  | "receivedShare"
  | "placeBasedShare"
  | "largestFunder.name"
  | "largestFunder.committed"
  | "largestFunder.share"
  | "assetsShort.estimatedValue"
  | "gaps.unplaced"
  | "gaps.more"
  | "initiatives.more"
  | "amountsAsText";

/** What each row of the by-sector and by-status blocks counts. */
export type GroupMeasure = "partners" | "committed" | "received";
/** What each row of the asset-gap block shows for its category–unit pair. */
export type GapMeasure = "category" | "unit" | "gap" | "assetsShort" | "estimatedValue" | "notValued" | "firstRow";
/** What each row of the initiative list shows for its initiative. */
export type InitiativeMeasure =
  | "id"
  | "name"
  | "status"
  | "readiness"
  | "progress"
  | "partners"
  | "committed"
  | "received"
  | "championsInGovernment"
  | "championsOutside"
  | "deputizedLeads"
  | "assetsShort";

/** Figures repeated per row of a block, `block.measure`, the row told by the figure's `key`. */
export type BlockMetric =
  `sector.${GroupMeasure}` | `status.${GroupMeasure}` | `gaps.${GapMeasure}` | `initiative.${InitiativeMeasure}`;

/**
 * Every figure the Summary shows. A union, not a string: code that computes figures (the core's
 * `summaryFigures`) handles each exhaustively, so a new metric fails typecheck until it is computed.
 */
export type SummaryMetric = SingleMetric | BlockMetric;

export interface SummaryFigure {
  /** e.g. "sector.committed"; see `summaryLayout` for the list. */
  readonly metric: SummaryMetric;
  /** The group the figure belongs to (a sector, a status …), or the 1-based position in a list. */
  readonly key?: string;
}

/** How a figure is named among the Summary's figures (`summaryFigures()`, cached results): `metric|key`. */
export function figureKey(figure: SummaryFigure): string {
  return `${figure.metric}|${figure.key ?? ""}`;
}

export interface SummaryCell {
  readonly value?: string | number;
  readonly formula?: string;
  readonly format?: string;
  readonly role: SummaryRole;
  readonly figure?: SummaryFigure;
}

export interface SummaryLayout {
  /** rows[0] is worksheet row 1; cells[0] is column A. `null` is an empty cell. */
  readonly rows: readonly (readonly (SummaryCell | null)[])[];
  readonly columnWidths: readonly number[];
  /** The chart of commitments by sector: categories and values as Summary-sheet addresses. */
  readonly chart: {
    readonly title: string;
    readonly categories: string;
    readonly values: string;
    readonly anchor: string;
  };
  /**
   * The one cell the add-in writes as a plain value: the task pane's Check puts its result there
   * ("Last checked 2026-12-01 14:02: 12 errors, 30 warnings — see the Issues sheet").
   */
  readonly checkStatusCell: string;
  /** Worksheet rows (1-based, inclusive) of the per-initiative list. */
  readonly initiativeRows: { readonly first: number; readonly last: number };
}

/**
 * How many initiatives the Summary lists (every Foundation row up to this; a note says so when the
 * Foundation table is longer). SPEC: every initiative, at least 1,000.
 */
export const SUMMARY_INITIATIVE_ROWS = 1000;
/** How many category–unit pairs the asset-gap block lists (a note says when there are more). */
export const SUMMARY_GAP_ROWS = 25;
export const OTHER_OR_BLANK = "(other or blank)";
/** What the check-status cell says before the add-in's Check has run. */
export const NOT_CHECKED_YET =
  "Not checked yet: Check in the Partnership Tracker task pane writes its result here and its issues to the Issues sheet.";

/** What the gap block and the initiative list say when there is more than they show. */
export const MORE_GAPS_NOTE = `More category–unit pairs have gaps than fit here: see the ${ASSETS.name} tab.`;
export const MORE_INITIATIVES_NOTE = `${FOUNDATION.name} has more than ${SUMMARY_INITIATIVE_ROWS.toLocaleString("en-US")} rows: this list shows the first ${SUMMARY_INITIATIVE_ROWS.toLocaleString("en-US")}.`;

/**
 * What the headline says when Committed or Received hold amounts as text (`£25,000` copied from a
 * pound ledger, `TBD`): Excel's SUM leaves text out, so the totals above do not count them. The
 * parts around the two counts; the Summary's formula joins them as the core does (`amountsAsTextNote`).
 */
export const AMOUNTS_AS_TEXT_PARTS = [
  "Not in these totals: ",
  ` ${PARTNERS.col.committed.name} and `,
  ` ${PARTNERS.col.received.name} amounts written as text (another currency's, such as £25,000, or words) — enter them as dollar figures to count them.`,
] as const;

export function amountsAsTextNote(committed: number, received: number): string {
  if (committed + received === 0) return "";
  const [before, between, after] = AMOUNTS_AS_TEXT_PARTS;
  return `${before}${committed}${between}${received}${after}`;
}

/** A problem statement shorter than this is not "well-defined" (SPEC: ~20 characters). */
export const WELL_DEFINED_MIN_LENGTH = 20;

/**
 * The Foundation columns each checklist item reads, in the checklist's order. An item whose column
 * a workbook leaves out (a partner copy without the internal columns) is not scored there.
 */
export const READINESS_ITEM_COLUMNS: readonly (readonly string[])[] = [
  [FOUNDATION.col.problemStatement.id],
  [FOUNDATION.col.benchmarkMetric.id, FOUNDATION.col.target.id, FOUNDATION.col.targetDate.id],
  [FOUNDATION.col.communityEngagement.id],
  [FOUNDATION.col.pastEffortsReviewed.id],
  [FOUNDATION.col.politicalDynamics.id],
  [FOUNDATION.col.requirementsAgreed.id],
  [FOUNDATION.col.partnerPrioritiesAcknowledged.id],
];

/** The readiness checklist, in the order the formula above scores it. */
export const READINESS_CHECKLIST: readonly string[] = [
  "Problem statement present and well-defined",
  "Benchmark metric, target and target date set",
  `Community engagement ${READY_ENGAGEMENT_FROM} or beyond`,
  "Past efforts reviewed",
  "Political dynamics noted",
  "Requirements agreed",
  "Partner priorities acknowledged",
];

/** What the task pane says is missing when an item of the checklist is not met (same order). */
export const READINESS_MISSING: readonly string[] = [
  "no well-defined problem statement",
  "no benchmark metric, target or target date",
  `community engagement below ${READY_ENGAGEMENT_FROM}`,
  "past efforts not reviewed",
  "political dynamics not noted",
  "requirements not agreed",
  "partner priorities not acknowledged",
];

/** Which Summary: the city's own, or a partner copy's (without the internal columns). */
export interface SummaryVariant {
  readonly partnerCopy?: boolean;
}

/** Column ids a partner copy leaves out: the schema's internal columns. */
export const INTERNAL_COLUMN_IDS: ReadonlySet<string> = new Set(
  TABS.flatMap((t) => t.columns.filter((c) => c.internal).map((c) => c.id)),
);
