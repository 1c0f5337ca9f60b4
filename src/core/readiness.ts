import { FOUNDATION, LISTS, READY_ENGAGEMENT_FROM, WELL_DEFINED_MIN_LENGTH } from "../schema";
import { mapBlocks } from "./blocks";
import { slotOf, TypedTable } from "./rows";
import { YES } from "./rules/vocabulary";
import { excelTrim, trimCaseKey } from "./text";
import { TrackerError, type Matrix } from "./types";

/**
 * The Foundation checklist (SPEC "Foundation checklist (READINESS)"), each item worth the same, in
 * the order of the schema's READINESS_CHECKLIST and `readinessFormula`. The inputs are already
 * interpreted, so the same scoring serves READINESS (which accepts Y/TRUE for Yes, like every
 * custom function) and the Summary figures (which mirror the native formula's comparisons).
 */
export interface ReadinessInputs {
  readonly problemStatement: string;
  readonly benchmarkMetric: string;
  readonly targetIsNumber: boolean;
  readonly targetDateIsDate: boolean;
  /** The Community engagement level as listed (canonical spelling), if it is one. */
  readonly engagement: string | undefined;
  readonly pastEffortsReviewed: boolean;
  readonly politicalDynamics: string;
  readonly requirementsAgreed: boolean;
  readonly partnerPrioritiesAcknowledged: boolean;
}

const engagementValues = LISTS.engagement.values;
/** Consult or beyond on the IAP2 spectrum. */
export const READY_ENGAGEMENT_LEVELS: readonly string[] = engagementValues.slice(
  engagementValues.indexOf(READY_ENGAGEMENT_FROM),
);

export function readinessChecks(i: ReadinessInputs): boolean[] {
  return [
    excelTrim(i.problemStatement).length >= WELL_DEFINED_MIN_LENGTH,
    excelTrim(i.benchmarkMetric).length > 0 && i.targetIsNumber && i.targetDateIsDate,
    i.engagement !== undefined && READY_ENGAGEMENT_LEVELS.includes(i.engagement),
    i.pastEffortsReviewed,
    excelTrim(i.politicalDynamics).length > 0,
    i.requirementsAgreed,
    i.partnerPrioritiesAcknowledged,
  ];
}

export function readinessScore(i: ReadinessInputs): number {
  const checks = readinessChecks(i);
  return checks.filter(Boolean).length / checks.length;
}

const c = FOUNDATION.col;
const S = {
  id: slotOf(FOUNDATION, c.initiativeId),
  problem: slotOf(FOUNDATION, c.problemStatement),
  metric: slotOf(FOUNDATION, c.benchmarkMetric),
  target: slotOf(FOUNDATION, c.target),
  targetDate: slotOf(FOUNDATION, c.targetDate),
  engagement: slotOf(FOUNDATION, c.communityEngagement),
  past: slotOf(FOUNDATION, c.pastEffortsReviewed),
  politics: slotOf(FOUNDATION, c.politicalDynamics),
  requirements: slotOf(FOUNDATION, c.requirementsAgreed),
  priorities: slotOf(FOUNDATION, c.partnerPrioritiesAcknowledged),
};

/** The checklist inputs of the loaded Foundation row, with the custom functions' coercion. */
export function readinessInputsOf(t: TypedTable): ReadinessInputs {
  return {
    problemStatement: t.text(S.problem),
    benchmarkMetric: t.text(S.metric),
    targetIsNumber: t.has(S.target),
    targetDateIsDate: t.has(S.targetDate),
    engagement: t.listValue(S.engagement),
    pastEffortsReviewed: t.listValue(S.past) === YES,
    politicalDynamics: t.text(S.politics),
    requirementsAgreed: t.listValue(S.requirements) === YES,
    partnerPrioritiesAcknowledged: t.listValue(S.priorities) === YES,
  };
}

/** READINESS: the share (0–1) of the checklist that initiative `initiativeId` meets. */
export function readiness(matrix: Matrix, initiativeId: string): number {
  const wanted = trimCaseKey(initiativeId);
  if (wanted.length === 0) {
    throw new TrackerError("#VALUE!", `Give the ${c.initiativeId.name} of the initiative to score, e.g. "FOOD-01".`);
  }
  // Blocks side by side (SPEC rev 2) are read each with its own headers, left to right.
  const tables = mapBlocks(matrix, FOUNDATION.name)
    .map((b) => new TypedTable(b.matrix, b.mapping))
    .filter((t) => t.present(S.id));
  if (tables.length === 0) {
    throw new TrackerError(
      "#N/A",
      `The range has no ${c.initiativeId.name} column to find "${initiativeId.trim()}" in — include it, with its header.`,
    );
  }
  for (const table of tables) {
    for (let r = table.firstDataRow; r < table.rowCount; r++) {
      if (table.load(r) && trimCaseKey(table.text(S.id)) === wanted) return readinessScore(readinessInputsOf(table));
    }
  }
  throw new TrackerError(
    "#N/A",
    `Initiative "${initiativeId.trim()}" is not in this ${FOUNDATION.name} range — check the ${c.initiativeId.name}.`,
  );
}
