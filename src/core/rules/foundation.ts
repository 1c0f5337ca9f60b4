import { FOUNDATION, WELL_DEFINED_MIN_LENGTH } from "../../schema";
import { formatDate, formatNumber } from "../coerce";
import { slotOf } from "../rows";
import { excelTrim, quote } from "../text";
import type { Rule } from "./types";
import { INITIATIVE_ACTIVE, INITIATIVE_IN_PROGRESS, YES } from "./vocabulary";

/** SPEC "Rules — Foundation". */
const c = FOUNDATION.col;
const problem = slotOf(FOUNDATION, c.problemStatement);
const baseline = slotOf(FOUNDATION, c.baseline);
const target = slotOf(FOUNDATION, c.target);
const targetDate = slotOf(FOUNDATION, c.targetDate);
const status = slotOf(FOUNDATION, c.status);
const requirements = slotOf(FOUNDATION, c.requirementsAgreed);

const problemStatementTooShort: Rule = {
  id: "foundation.problemStatementTooShort",
  severity: "warning",
  start: (t) =>
    t.present(problem)
      ? (row, emit) => {
          if (!row.has(problem)) return;
          const length = excelTrim(row.text(problem)).length;
          if (length > 0 && length < WELL_DEFINED_MIN_LENGTH) {
            emit(
              problem,
              `${row.header[problem]} ${quote(row.raw(problem))} is short (${length} characters) — describe the ` +
                `problem in a sentence of ${WELL_DEFINED_MIN_LENGTH} characters or more so partners agree on it.`,
            );
          }
        }
      : undefined,
};

const targetEqualsBaseline: Rule = {
  id: "foundation.targetEqualsBaseline",
  severity: "warning",
  start: (t) =>
    t.present(target) && t.present(baseline)
      ? (row, emit) => {
          if (row.has(target) && row.has(baseline) && row.num[target] === row.num[baseline]) {
            emit(
              target,
              `${row.header[target]} equals ${row.header[baseline]} (${formatNumber(row.num[target])}) — ` +
                `the target should be a change from today's value.`,
            );
          }
        }
      : undefined,
};

const inProgress = new Set(INITIATIVE_IN_PROGRESS);

const targetDatePassed: Rule = {
  id: "foundation.targetDatePassed",
  severity: "warning",
  start: (t, { today }) =>
    t.present(targetDate) && t.present(status)
      ? (row, emit) => {
          const s = row.listValue(status);
          if (s === undefined || !inProgress.has(s) || !row.has(targetDate) || row.num[targetDate] >= today) return;
          emit(
            targetDate,
            `${row.header[targetDate]} ${formatDate(row.num[targetDate])} has passed but ${row.header[status]} is ` +
              `${s} — set a new date or update the status.`,
          );
        }
      : undefined,
};

const activeWithoutRequirements: Rule = {
  id: "foundation.activeWithoutRequirementsAgreed",
  severity: "error",
  start: (t) =>
    t.present(status) && t.present(requirements)
      ? (row, emit) => {
          if (row.listValue(status) !== INITIATIVE_ACTIVE || row.listValue(requirements) === YES) return;
          const now = row.blank(requirements) ? "empty" : quote(row.raw(requirements));
          emit(
            requirements,
            `${row.header[status]} is ${INITIATIVE_ACTIVE} but ${row.header[requirements]} is ${now} — agree ` +
              `requirements with partners first (${YES}), or change the status.`,
          );
        }
      : undefined,
};

export const FOUNDATION_RULES: readonly Rule[] = [
  problemStatementTooShort,
  targetEqualsBaseline,
  targetDatePassed,
  activeWithoutRequirements,
];
