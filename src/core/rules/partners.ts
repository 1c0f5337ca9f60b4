import { PARTNERS } from "../../schema";
import { formatDate } from "../coerce";
import { slotOf } from "../rows";
import { quote } from "../text";
import type { Rule } from "./types";
import { CONTRIBUTION_FUNDING, PARTNER_ACTIVE, PARTNER_AGREED, PARTNER_COMPLETED, YES } from "./vocabulary";

/** SPEC "Rules — Partners". */
const c = PARTNERS.col;
const start = slotOf(PARTNERS, c.startDate);
const end = slotOf(PARTNERS, c.endDate);
const committed = slotOf(PARTNERS, c.committed);
const received = slotOf(PARTNERS, c.received);
const status = slotOf(PARTNERS, c.status);
const signed = slotOf(PARTNERS, c.agreementSigned);
const contribution = slotOf(PARTNERS, c.contribution);

const endBeforeStart: Rule = {
  id: "partners.endBeforeStart",
  severity: "error",
  start: (t) =>
    t.present(start) && t.present(end)
      ? (row, emit) => {
          if (row.has(start) && row.has(end) && row.num[end] < row.num[start]) {
            emit(
              end,
              `${row.header[end]} ${formatDate(row.num[end])} is before ${row.header[start]} ` +
                `${formatDate(row.num[start])} — check both dates.`,
            );
          }
        }
      : undefined,
};

const receivedOverCommitted: Rule = {
  id: "partners.receivedOverCommitted",
  severity: "warning",
  start: (t) =>
    t.present(committed) && t.present(received)
      ? (row, emit) => {
          const c = row.num[committed];
          // A negative Committed is already an error of its own; comparing with it adds only noise.
          if (row.has(committed) && row.has(received) && c >= 0 && row.num[received] > c) {
            emit(
              received,
              `${row.header[received]} (${row.formatAmount(received, row.num[received])}) is more than ` +
                `${row.header[committed]} (${row.formatAmount(committed, row.num[committed])}) — check both amounts.`,
            );
          }
        }
      : undefined,
};

const needsSignature = new Set([PARTNER_AGREED, PARTNER_ACTIVE]);

const agreedWithoutSignature: Rule = {
  id: "partners.agreedWithoutSignature",
  severity: "error",
  start: (t) =>
    t.present(status) && t.present(signed)
      ? (row, emit) => {
          const s = row.listValue(status);
          if (s === undefined || !needsSignature.has(s) || row.listValue(signed) === YES) return;
          const now = row.blank(signed) ? "empty" : quote(row.raw(signed));
          emit(
            signed,
            `${row.header[status]} is ${s} but ${row.header[signed]} is ${now} — set it to ${YES} once the ` +
              `agreement is signed, or change the status.`,
          );
        }
      : undefined,
};

const fundingWithoutCommitted: Rule = {
  id: "partners.fundingWithoutCommitted",
  severity: "error",
  start: (t) =>
    t.present(contribution) && t.present(committed)
      ? (row, emit) => {
          if (row.listValue(contribution) === CONTRIBUTION_FUNDING && row.blank(committed)) {
            emit(
              committed,
              `${row.header[committed]} is empty but ${row.header[contribution]} is ${CONTRIBUTION_FUNDING} — ` +
                `enter the dollars committed.`,
            );
          }
        }
      : undefined,
};

const completedWithFutureEnd: Rule = {
  id: "partners.completedWithFutureEnd",
  severity: "warning",
  start: (t, { today }) =>
    t.present(status) && t.present(end)
      ? (row, emit) => {
          if (row.listValue(status) === PARTNER_COMPLETED && row.has(end) && row.num[end] > today) {
            emit(
              end,
              `${row.header[status]} is ${PARTNER_COMPLETED} but ${row.header[end]} ${formatDate(row.num[end])} ` +
                `is in the future — check the end date or the status.`,
            );
          }
        }
      : undefined,
};

export const PARTNER_RULES: readonly Rule[] = [
  endBeforeStart,
  receivedOverCommitted,
  agreedWithoutSignature,
  fundingWithoutCommitted,
  completedWithFutureEnd,
];
