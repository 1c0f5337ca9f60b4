import { FOUNDATION, WELL_DEFINED_MIN_LENGTH } from "../../schema";
import { formatDate, formatNumber } from "../coerce";
import { READABLE, slotsOf, type TypedTable } from "../rows";
import { excelTrim, quote } from "../text";
import type { Rule } from "./types";
import { INITIATIVE_ACTIVE, INITIATIVE_IN_PROGRESS, YES } from "./vocabulary";

/** SPEC "Rules — Foundation". */
const c = FOUNDATION.col;
const { problem, baseline, target, targetDate, status, requirements } = slotsOf(FOUNDATION, {
  problem: c.problemStatement,
  baseline: c.baseline,
  target: c.target,
  targetDate: c.targetDate,
  status: c.status,
  requirements: c.requirementsAgreed,
});

const problemStatementTooShort: Rule = {
  id: "foundation.problemStatementTooShort",
  severity: "warning",
  at: problem,
  each: {
    on: READABLE,
    when: (row) => {
      const length = excelTrim(row.text(problem)).length;
      return length > 0 && length < WELL_DEFINED_MIN_LENGTH;
    },
    message: (row) =>
      `${row.header[problem]} ${quote(row.raw(problem))} is short (${excelTrim(row.text(problem)).length} ` +
      `characters) — describe the problem in a sentence of ${WELL_DEFINED_MIN_LENGTH} characters or more so ` +
      `partners agree on it.`,
  },
};

/**
 * `Mantenimiento`, `Maintain`, `Sustain`: a row whose aim is to keep today's value, for which a target
 * equal to the baseline is the point (real: Guatapé's development plan, its TENDENCIA column — 8 of 8
 * "the target should be a change" warnings on maintenance indicators).
 */
const MAINTAIN =
  /^(?:maintain|maintenance|sustain|mantenimiento|mantener|manutenção|manter|maintien|erhalt|erhaltung|behoud)\b/iu;

/**
 * Or the plan's one-letter code for it, `M`, under a trend's header (a helper's round, real: Tenjo's
 * municipal plan, `TENDENCIA INDICADOR` of M, I and D: 66 of its 76 warnings on maintenance goals).
 */
const TREND_HEADER = /\b(?:tendencia|trend|direction|sentido|tendance|tendenz)\b/i;

function saysMaintain(row: TypedTable): boolean {
  const cells = row.matrix[row.row] ?? [];
  if (cells.some((c) => typeof c === "string" && MAINTAIN.test(c.trim()))) return true;
  const header = row.matrix[row.mapping.headerRow] ?? [];
  return cells.some(
    (c, i) =>
      typeof c === "string" && c.trim() === "M" && typeof header[i] === "string" && TREND_HEADER.test(header[i]),
  );
}

/** The target as the sheet writes it where that is text (`100%`, not the 1 Excel stores). */
function shownAsTyped(row: TypedTable): string {
  const raw = row.raw(target);
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : formatNumber(row.num[target]);
}

const targetEqualsBaseline: Rule = {
  id: "foundation.targetEqualsBaseline",
  severity: "warning",
  at: target,
  reads: [baseline],
  each: {
    on: READABLE,
    when: (row) => row.has(baseline) && row.num[target] === row.num[baseline] && !saysMaintain(row),
    // "both 1", not "L.B (1)": a header repeated is named by its place so (a helper's round).
    message: (row) =>
      `${row.header[target]} equals ${row.header[baseline]}, both ${shownAsTyped(row)} — ` +
      `the target should be a change from today's value.`,
  },
};

const inProgress = new Set(INITIATIVE_IN_PROGRESS);

const targetDatePassed: Rule = {
  id: "foundation.targetDatePassed",
  severity: "warning",
  at: targetDate,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row, { today }) =>
      inProgress.has(row.listed[status] as string) && row.has(targetDate) && row.num[targetDate] < today,
    message: (row) =>
      `${row.header[targetDate]} ${formatDate(row.num[targetDate])} has passed but ${row.header[status]} is ` +
      `${row.listed[status]} — set a new date or update the status.`,
  },
};

const activeWithoutRequirements: Rule = {
  id: "foundation.activeWithoutRequirementsAgreed",
  severity: "error",
  at: requirements,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row) => row.listed[status] === INITIATIVE_ACTIVE && row.listValue(requirements) !== YES,
    message: (row) =>
      `${row.header[status]} is ${INITIATIVE_ACTIVE} but ${row.header[requirements]} is ` +
      `${row.blank(requirements) ? "empty" : quote(row.raw(requirements))} — agree requirements with partners ` +
      `first (${YES}), or change the status.`,
  },
};

export const FOUNDATION_RULES: readonly Rule[] = [
  problemStatementTooShort,
  targetEqualsBaseline,
  targetDatePassed,
  activeWithoutRequirements,
];
