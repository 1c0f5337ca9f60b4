import { PARTNERS } from "../../schema";
import { formatDate } from "../coerce";
import { READABLE, slotsOf } from "../rows";
import { quote } from "../text";
import type { Rule } from "./types";
import { CONTRIBUTION_FUNDING, PARTNER_ACTIVE, PARTNER_AGREED, PARTNER_COMPLETED, YES } from "./vocabulary";

/** SPEC "Rules — Partners". */
const c = PARTNERS.col;
const { start, end, committed, received, status, signed, contribution } = slotsOf(PARTNERS, {
  start: c.startDate,
  end: c.endDate,
  committed: c.committed,
  received: c.received,
  status: c.status,
  signed: c.agreementSigned,
  contribution: c.contribution,
});

const endBeforeStart: Rule = {
  id: "partners.endBeforeStart",
  severity: "error",
  at: end,
  reads: [start],
  each: {
    on: READABLE,
    when: (row) => row.has(start) && row.num[end] < row.num[start],
    message: (row) =>
      `${row.header[end]} ${formatDate(row.num[end])} is before ${row.header[start]} ` +
      `${formatDate(row.num[start])} — check both dates.`,
  },
};

const receivedOverCommitted: Rule = {
  id: "partners.receivedOverCommitted",
  severity: "warning",
  at: received,
  reads: [committed],
  each: {
    on: READABLE,
    // A negative Committed is already an error of its own; comparing with it adds only noise.
    when: (row) => row.has(committed) && row.num[committed] >= 0 && row.num[received] > row.num[committed],
    message: (row) =>
      `${row.header[received]} (${row.formatAmount(received, row.num[received])}) is more than ` +
      `${row.header[committed]} (${row.formatAmount(committed, row.num[committed])}) — check both amounts.`,
  },
};

const needsSignature = new Set([PARTNER_AGREED, PARTNER_ACTIVE]);

const agreedWithoutSignature: Rule = {
  id: "partners.agreedWithoutSignature",
  severity: "error",
  at: signed,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row) => needsSignature.has(row.listed[status] as string) && row.listValue(signed) !== YES,
    message: (row) =>
      `${row.header[status]} is ${row.listed[status]} but ${row.header[signed]} is ` +
      `${row.blank(signed) ? "empty" : quote(row.raw(signed))} — set it to ${YES} once the agreement is signed, ` +
      `or change the status.`,
  },
};

const fundingWithoutCommitted: Rule = {
  id: "partners.fundingWithoutCommitted",
  severity: "error",
  at: committed,
  reads: [contribution],
  each: {
    of: contribution,
    on: READABLE,
    when: (row) => row.listed[contribution] === CONTRIBUTION_FUNDING && row.blank(committed),
    message: (row) =>
      `${row.header[committed]} is empty but ${row.header[contribution]} is ${CONTRIBUTION_FUNDING} — ` +
      `enter the amount committed.`,
  },
};

const completedWithFutureEnd: Rule = {
  id: "partners.completedWithFutureEnd",
  severity: "warning",
  at: end,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row, { today }) => row.listed[status] === PARTNER_COMPLETED && row.has(end) && row.num[end] > today,
    message: (row) =>
      `${row.header[status]} is ${PARTNER_COMPLETED} but ${row.header[end]} ${formatDate(row.num[end])} ` +
      `is in the future — check the end date or the status.`,
  },
};

export const PARTNER_RULES: readonly Rule[] = [
  endBeforeStart,
  receivedOverCommitted,
  agreedWithoutSignature,
  fundingWithoutCommitted,
  completedWithFutureEnd,
];
