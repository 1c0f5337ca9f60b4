import { TABS } from "../schema";
import { rulesFor, type ProblemGroup, type Rule } from "./rules";
import { CROSS_TAB_BY_VALUE } from "./rules/crossTab";
import { trimCaseKey } from "./text";
import type { Cell, Issue, Severity } from "./types";

/**
 * Issues boiled down to distinct problems (SPEC: PARTNERS.PROBLEMS, the task pane's Check, the
 * Issues sheet, the CLI's roll-up). 6,000 VALIDATE lines are usually a handful of problems: one
 * word spelled another way in 4,210 rows, one unknown Initiative ID in 300. A problem is the
 * issues of one rule in one column of one tab (or sheet) — and, for rules about a value (a list
 * value in another spelling, a value that is not in the list or not readable, an Initiative ID or
 * champion the other tab lacks), of one value: each such value is its own thing to fix.
 */
export interface Problem<I extends Issue = Issue> {
  /** Groups issues: the place, rule, column and (for value rules) the value, joined. */
  readonly key: string;
  readonly rule: string;
  /** The tab or sheet the problem is on, as the caller's `where` names it ("" for one range). */
  readonly where: string;
  /** The tab whose rules found it, when its issues say (cross-tab and located issues carry `tab`). */
  readonly tab?: string;
  readonly column: string;
  readonly severity: Severity;
  /** The value at fault, for rules about a value; undefined when the cells hold different values. */
  readonly value: Cell;
  /** How many issues (cells) the problem covers. */
  readonly rows: number;
  /** The row of its first issue (as the issues number rows). */
  readonly firstRow: number;
  /** One sentence for the whole group. */
  readonly message: string;
  /** Its issues, in the order they came. */
  readonly issues: readonly I[];
}

const DECLARED = TABS.flatMap((tab) => rulesFor(tab));

/** Rules whose issues are about a particular value, so each distinct value is a problem of its own. */
const BY_VALUE: ReadonlySet<string> = new Set([
  ...DECLARED.filter((r) => r.byValue).map((r) => r.id),
  ...CROSS_TAB_BY_VALUE,
]);
const CERTAIN_FIX: ReadonlySet<string> = new Set(DECLARED.filter((r) => r.certainFix).map((r) => r.id));
const GROUP_WORDS: ReadonlyMap<string, NonNullable<Rule["problem"]>> = new Map(
  DECLARED.flatMap((r) => (r.problem ? [[r.id, r.problem] as const] : [])),
);

const READING: ReadonlyMap<string, NonNullable<Rule["reading"]>> = new Map(
  DECLARED.flatMap((r) => (r.reading ? [[r.id, r.reading] as const] : [])),
);

/**
 * What besides rule, column and value tells a rule's issues into problems: the reading their message
 * says (Rule.reading; "" for rules without one). Every door groups with it (the pane, PARTNERS.PROBLEMS,
 * the CLI's roll-up).
 */
export function problemReading(rule: string, message: string): string {
  return READING.get(rule)?.(message) ?? "";
}

const ADVICE: ReadonlyMap<string, readonly string[]> = new Map(
  DECLARED.flatMap((r) => (r.advice ? [[r.id, typeof r.advice === "string" ? [r.advice] : r.advice] as const] : [])),
);

/**
 * An issue's message without its rule's advice (the words every issue of the rule ends with, with
 * what the range suggests after them), or undefined when the rule has none or the message does not
 * say it: a list of many says the advice once.
 */
export function withoutAdvice(rule: string, message: string): string | undefined {
  const advice = adviceIn(rule, message);
  return advice === undefined ? undefined : message.slice(0, message.indexOf(`: ${advice}`));
}

/**
 * Which of its rule's advice a message says (a ledger's of organisations or of people), or undefined:
 * a list that says it once says each form once.
 */
export function adviceIn(rule: string, message: string): string | undefined {
  return ADVICE.get(rule)?.find((advice) => message.includes(`: ${advice}`));
}

/**
 * A rule's own words for a problem of several of its issues that name different values ("373
 * partners in Organization are each on several rows …"), or undefined when the rule has none. The pane,
 * PARTNERS.PROBLEMS and the CLI's roll-up all ask here, so every door says the same.
 */
export function groupWords(rule: string, group: ProblemGroup): string | undefined {
  return group.issues > 1 ? GROUP_WORDS.get(rule)?.(group) : undefined;
}

export function groupsByValue(rule: string): boolean {
  return BY_VALUE.has(rule);
}

/**
 * A fix that cannot be wrong: the listed value in another spelling or case (`complete` →
 * `Completed`). Only these are offered as "Fix these N cells".
 */
export function hasCertainFix(rule: string): boolean {
  return CERTAIN_FIX.has(rule);
}

/**
 * Beyond this many distinct values of one rule in one column, the rest are one problem together:
 * a column of 5,000 different unreadable dates is one thing to fix, not 5,000 lines.
 */
export const MAX_VALUES_PER_COLUMN = 25;

export interface ProblemOptions<I extends Issue> {
  /** The tab or sheet an issue is on, when issues of several places are grouped together. */
  readonly where?: (issue: I) => string;
  /**
   * The value a rule grouped by value groups an issue by: its own by default. The pane lists one cell
   * a line, and a cell of an issue the core says once for a column of several values ("holds values of
   * its own: 5 values …") stays in that issue's one problem, as check and PROBLEMS have it.
   */
  readonly value?: (issue: I) => Cell;
}

const SEP = "\u0001";

/** What makes two values one problem: the same text ignoring case and outer spaces, or the same number. */
export function problemValueKey(value: Cell): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? trimCaseKey(value) : `${typeof value}:${String(value)}`;
}

/**
 * Groups issues into problems, most rows first (ties: the one met first in the sheet first).
 * Stable and linear: the same issues always give the same problems in the same order.
 */
export function groupProblems<I extends Issue>(issues: readonly I[], options: ProblemOptions<I> = {}): Problem<I>[] {
  const where = options.where ?? (() => "");
  const valueOf = options.value ?? ((issue: I) => issue.value);
  const groups = new Map<string, { where: string; byValue: boolean; issues: I[] }>();
  // Memoised per rule, per place/rule/column and per value: 100k issues share a handful of each.
  const bases = new Map<string, Map<string, Map<string, string>>>();
  const baseKey = (place: string, rule: string, column: string): string => {
    let byRule = bases.get(place);
    if (!byRule) bases.set(place, (byRule = new Map()));
    let byColumn = byRule.get(rule);
    if (!byColumn) byRule.set(rule, (byColumn = new Map()));
    let key = byColumn.get(column);
    if (key === undefined) byColumn.set(column, (key = place + SEP + rule + SEP + column));
    return key;
  };
  const ruleByValue = new Map<string, boolean>();
  const valueKeys = new Map<Cell, string>();
  const valueKeyed = new Map<string, Map<string, string>>();
  for (const issue of issues) {
    const place = where(issue);
    let byValue = ruleByValue.get(issue.rule);
    if (byValue === undefined) ruleByValue.set(issue.rule, (byValue = groupsByValue(issue.rule)));
    // One rule's errors and warnings in a column are two problems (a capital plan's negative lines:
    // 375 netted, a warning; 86 errors; rolled up as "461 rows warning", which the lines contradicted).
    const reading = problemReading(issue.rule, issue.message);
    const base = baseKey(
      place,
      reading === "" ? issue.rule : issue.rule + SEP + reading,
      issue.severity === "error" ? issue.column : issue.column + SEP,
    );
    let key = base;
    if (byValue) {
      const value = valueOf(issue);
      let vk = valueKeys.get(value);
      if (vk === undefined) valueKeys.set(value, (vk = problemValueKey(value)));
      let withValue = valueKeyed.get(base);
      if (!withValue) valueKeyed.set(base, (withValue = new Map()));
      key = withValue.get(vk) ?? "";
      if (key === "") withValue.set(vk, (key = base + SEP + vk));
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { where: place, byValue, issues: [] }));
    group.issues.push(issue);
  }

  const merged = capValues([...groups.entries()]);
  const problems = merged.map(([key, g]) => toProblem(key, g.where, g.byValue, g.issues));
  const firstSeen = new Map(problems.map((p, i) => [p, i]));
  problems.sort((a, b) => b.rows - a.rows || firstSeen.get(a)! - firstSeen.get(b)!);
  return problems;
}

type Group<I> = [string, { where: string; byValue: boolean; issues: I[] }];

/** Keeps the largest value groups of each (place, rule, column) and folds the rest into one. */
function capValues<I extends Issue>(entries: Group<I>[]): Group<I>[] {
  const perColumn = new Map<string, Group<I>[]>();
  for (const entry of entries) {
    if (!entry[1].byValue) continue;
    const base = entry[0].slice(0, entry[0].lastIndexOf(SEP));
    let list = perColumn.get(base);
    if (!list) perColumn.set(base, (list = []));
    list.push(entry);
  }
  const folded = new Set<Group<I>>();
  const rest = new Map<string, Group<I>>();
  for (const [base, list] of perColumn) {
    if (list.length <= MAX_VALUES_PER_COLUMN) continue;
    const rowsOf = (g: Group<I>) => g[1].issues.reduce((sum, i) => sum + (i.rows ?? 1), 0);
    const bySize = [...list].sort((a, b) => rowsOf(b) - rowsOf(a));
    const tail = bySize.slice(MAX_VALUES_PER_COLUMN - 1);
    const issues = tail.flatMap((g) => g[1].issues).sort((a, b) => a.row - b.row);
    for (const g of tail) folded.add(g);
    rest.set(tail[0][0], [`${base}${SEP}…`, { where: tail[0][1].where, byValue: false, issues }]);
  }
  const out: Group<I>[] = [];
  for (const entry of entries) {
    if (!folded.has(entry)) out.push(entry);
    else if (rest.has(entry[0])) out.push(rest.get(entry[0])!);
  }
  return out;
}

function toProblem<I extends Issue>(key: string, where: string, byValue: boolean, issues: I[]): Problem<I> {
  const first = issues[0];
  let firstRow = first.row;
  let sameMessage = true;
  let sameValue = true;
  // An issue the core reports once for many rows (a listed value in another spelling, a placeholder
  // in a required column) stands for `rows` of them.
  let n = 0;
  for (const issue of issues) {
    n += issue.rows ?? 1;
    if (issue.row < firstRow) firstRow = issue.row;
    if (issue.message !== first.message) sameMessage = false;
    if (issue.value !== first.value) sameValue = false;
  }
  // A row left out (a Total, a label row: validate's `leftOut.*`) is a whole row: "4 rows like row 6", not cells.
  const message =
    sameMessage || byValue
      ? first.message
      : (groupWords(first.rule, { issues: issues.length, rows: n, column: first.column, message: first.message }) ??
        `${n.toLocaleString("en-US")} ${first.rule.startsWith("leftOut.") ? "rows" : "cells"} like row ${first.row}: ${first.message}`);
  return {
    key,
    rule: first.rule,
    where,
    tab: (first as { tab?: string }).tab,
    column: first.column,
    severity: first.severity,
    value: byValue || sameValue ? first.value : undefined,
    rows: n,
    firstRow,
    message,
    issues,
  };
}

/** Problems in the order a reader fixes them: errors first, then warnings, most rows first within each. */
export function errorsFirst<I extends Issue>(problems: readonly Problem<I>[]): Problem<I>[] {
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}
