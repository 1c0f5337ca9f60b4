import type { AssetGapRow } from "./assetGaps";
import type { PartnerSummary } from "./partnerSummary";
import { TOTAL_LABEL } from "./summaries";
import { GAP_COLUMNS } from "./assetGaps";
import type { Problem } from "./problems";
import type { Issue, TabIssue } from "./types";

/**
 * Results as the rectangular tables the custom functions spill: strings and numbers only, every row
 * as wide as the header, never empty (an empty result still says so in words).
 */
export type SpillCell = string | number;
export type Spill = SpillCell[][];

export const ISSUE_HEADER: readonly string[] = ["Row", "Column", "Severity", "Message", "Rule"];
export const TAB_ISSUE_HEADER: readonly string[] = ["Tab", ...ISSUE_HEADER];

/**
 * Beyond this many issues the spill stops and its last row says how many more there are: a huge
 * spill is slow in Excel and nobody reads issue 50,001 (ISSUES still counts them all).
 */
export const MAX_SPILLED_ISSUES = 50_000;

const NONE = "—";

function moreRow(width: number, shown: number, total: number): SpillCell[] {
  const row: SpillCell[] = new Array<SpillCell>(width).fill(NONE);
  // The message goes in the Message column (the Rule column follows it).
  row[width - 2] =
    `… and ${total - shown} more issues (showing the first ${shown}; PARTNERS.ISSUES counts them all). ` +
    `Fix the first ones and the rest often go away.`;
  return row;
}

/** VALIDATE's table: `Row, Column, Severity, Message, Rule`, or one row saying no issues were found. */
export function issuesToSpill(issues: readonly Issue[], noIssuesMessage: string): Spill {
  const out: Spill = [[...ISSUE_HEADER]];
  if (issues.length === 0) {
    out.push([NONE, NONE, NONE, noIssuesMessage, NONE]);
    return out;
  }
  const shown = Math.min(issues.length, MAX_SPILLED_ISSUES);
  for (let i = 0; i < shown; i++) {
    const issue = issues[i];
    out.push([issue.row, issue.column, issue.severity, issue.message, issue.rule]);
  }
  if (shown < issues.length) out.push(moreRow(ISSUE_HEADER.length, shown, issues.length));
  return out;
}

/** CROSSCHECK's table: VALIDATE's columns with the tab first. */
export function tabIssuesToSpill(issues: readonly TabIssue[], noIssuesMessage: string): Spill {
  const out: Spill = [[...TAB_ISSUE_HEADER]];
  if (issues.length === 0) {
    out.push([NONE, NONE, NONE, NONE, noIssuesMessage, NONE]);
    return out;
  }
  const shown = Math.min(issues.length, MAX_SPILLED_ISSUES);
  for (let i = 0; i < shown; i++) {
    const issue = issues[i];
    out.push([issue.tab, issue.row, issue.column, issue.severity, issue.message, issue.rule]);
  }
  if (shown < issues.length) out.push(moreRow(TAB_ISSUE_HEADER.length, shown, issues.length));
  return out;
}

/** PROBLEMS' table: one row per distinct problem. */
export const PROBLEM_HEADER: readonly string[] = [
  "Rule",
  "Column",
  "Severity",
  "Value",
  "Rows",
  "First row",
  "Message",
];

/** PROBLEMS' table, most rows first (as `groupProblems` orders them), or one row saying there are none. */
export function problemsToSpill(problems: readonly Problem[], noIssuesMessage: string): Spill {
  const out: Spill = [[...PROBLEM_HEADER]];
  if (problems.length === 0) {
    out.push([NONE, NONE, NONE, NONE, 0, NONE, noIssuesMessage]);
    return out;
  }
  for (const p of problems) {
    const value =
      p.value === null || p.value === undefined ? "" : typeof p.value === "number" ? p.value : String(p.value);
    out.push([p.rule, p.column, p.severity, value, p.rows, p.firstRow, p.message]);
  }
  return out;
}

/** SUMMARY's table: the group column, Partners, Committed, Received, then the Total row. */
export function summaryToSpill(summary: PartnerSummary, committedName: string, receivedName: string): Spill {
  // Results say their currency when it is not dollars (SPEC): never `$` for pounds.
  const unit = summary.currency && summary.currency !== "USD" ? ` (${summary.currency})` : "";
  const out: Spill = [[summary.groupBy.name, "Partners", committedName + unit, receivedName + unit]];
  // A range without a Received column has no Received figures: blank, never a column of zeros.
  const received = (n: number) => (summary.receivedColumn ? n : "");
  // …and a range without a Partner column has no partners to count: blank, not 0.
  const partners = (n: number) => (summary.partnerColumn ? n : "");
  // A Committed column empty on every row has no figures either (a reviewer's repro: "$0" beside a note
  // saying it is no figure, where Received showed "—").
  const committed = (n: number) => (summary.committedEmpty === undefined ? n : "");
  for (const r of summary.rows) out.push([r.group, partners(r.partners), committed(r.committed), received(r.received)]);
  const t = summary.total;
  out.push([TOTAL_LABEL, partners(t.partners), committed(t.committed), received(t.received)]);
  return out;
}

/** GAPS' table, largest gap first; one explanatory row when no asset has a gap. */
export function gapsToSpill(rows: readonly AssetGapRow[]): Spill {
  const out: Spill = [GAP_COLUMNS.map((c) => c.name)];
  if (rows.length === 0) {
    out.push([`No asset has a gap: ${GAP_COLUMNS[4].name} never exceeds ${GAP_COLUMNS[3].name}.`, "", "", "", "", 0]);
    return out;
  }
  for (const r of rows) {
    out.push([r.asset, r.category, r.initiativeId, r.available ?? "", r.needed ?? "", r.gap]);
  }
  return out;
}
