/**
 * What the task pane's problem list shows, as plain data (no DOM, so jest tests it in Node): the
 * located issues grouped into problems by the core's `groupProblems` — the same grouping
 * PARTNERS.PROBLEMS spills and the Issues sheet follows — errors first, filtered by place and
 * severity, and the certain fixes a problem offers.
 */
import { errorsFirst, groupProblems, hasCertainFix, matchList, type Problem } from "../../core";
import type { Cell, HeaderMapping, Issue, Severity } from "../../core/types";
import { tabByName } from "../../schema";
import type { CellFix } from "../../excel/fixCells";
import type { SheetBlock } from "../backend";
import { paneWording } from "../wording";

/** An issue with the worksheet cell it is about. */
export interface LocatedIssue extends Issue {
  /** The tab whose rules found it (Foundation, Assets, Leadership, Partners). */
  readonly tab: string;
  /** The sheet the cell is on: what the list and its filter name. */
  readonly sheet: string;
  /** 1-based worksheet row and column of the offending cell. */
  readonly sheetRow: number;
  readonly sheetColumn: number;
  /** The listed value to write when the fix is certain (a listed value in another spelling). */
  readonly fix?: string;
  /** The core's issue's value, where the issue stood for several cells (locateEach): what it is grouped by. */
  readonly issueValue?: Cell;
}

export type PaneProblem = Problem<LocatedIssue>;

/**
 * Where an issue of a block lives on the worksheet (its row, and the column whose header it names),
 * with the certain fix when there is one. `mapping` tells which tracker column a header is.
 */
export function locate(issue: Issue, block: SheetBlock, mapping: HeaderMapping, tab: string): LocatedIssue {
  const headers = block.values[mapping.headerRow] ?? [];
  const index = issue.columnIndex ?? headers.findIndex((hdr) => String(hdr ?? "").trim() === issue.column.trim());
  return {
    ...issue,
    // The core's words for making a mapping, as the pane makes one (paneWording).
    message: paneWording(issue.message),
    tab,
    sheet: block.sheet,
    sheetRow: block.firstRow + issue.row - 1,
    sheetColumn: block.firstColumn + Math.max(0, index),
    fix: certainFix(issue, mapping),
  };
}

/**
 * An issue located on the worksheet, one per cell: where the core says a repeated problem once
 * (a listed value in another spelling on 120 rows), the pane lists, selects and fixes each of its
 * cells, and the Issues sheet links to each — their count is the problem's row count.
 */
export function locateEach(issue: Issue, block: SheetBlock, mapping: HeaderMapping, tab: string): LocatedIssue[] {
  const first = locate(issue, block, mapping, tab);
  if (!issue.rowNumbers || issue.rowNumbers.length < 2) return [first];
  return issue.rowNumbers.map((row) => {
    const value = block.values[row - 1]?.[first.sheetColumn - block.firstColumn];
    // Each cell stands for itself: the problem adds them up.
    return {
      ...first,
      rows: undefined,
      rowNumbers: undefined,
      row,
      value: value ?? first.value,
      issueValue: first.value,
      sheetRow: block.firstRow + row - 1,
    };
  });
}

/** The listed value a cell should hold, when a rule says its spelling is the only thing wrong. */
export function certainFix(issue: Issue, mapping: HeaderMapping): string | undefined {
  if (!hasCertainFix(issue.rule) || typeof issue.value !== "string") return undefined;
  const mapped = mapping.columns.find((c) => c.header === issue.column);
  const column = mapped && tabByName(mapping.tab)?.columns.find((c) => c.id === mapped.id);
  if (!column?.list) return undefined;
  const match = matchList(column.list, issue.value.trim());
  return match && match.value !== issue.value ? match.value : undefined;
}

/** Distinct problems, errors first and most cells first within each severity. */
export function paneProblems(issues: readonly LocatedIssue[]): PaneProblem[] {
  return errorsFirst(
    groupProblems(issues, { where: (i) => i.sheet, value: (i) => ("issueValue" in i ? i.issueValue : i.value) }),
  );
}

export const ALL = "";

export interface ProblemFilter {
  /** A sheet name, or ALL. */
  readonly place: string;
  readonly severity: Severity | typeof ALL;
}

export function filterProblems(problems: readonly PaneProblem[], filter: ProblemFilter): PaneProblem[] {
  return problems.filter(
    (p) =>
      (filter.place === ALL || p.where === filter.place) && (filter.severity === ALL || p.severity === filter.severity),
  );
}

/** The sheets problems are on, in the order they first appear. */
export function places(problems: readonly PaneProblem[]): string[] {
  return [...new Set(problems.map((p) => p.where))];
}

/** The cells "Fix these N cells" would write, each with the value the check saw there. */
export function fixesOf(problem: PaneProblem): CellFix[] {
  const out: CellFix[] = [];
  for (const i of problem.issues) {
    if (i.fix === undefined) continue;
    out.push({ sheet: i.sheet, row: i.sheetRow, column: i.sheetColumn, expected: i.value, value: i.fix });
  }
  return out;
}

export function thousands(n: number): string {
  return n.toLocaleString("en-US");
}

export function plural(n: number, word: string): string {
  return `${thousands(n)} ${word}${n === 1 ? "" : "s"}`;
}

export function countLine(issues: readonly Issue[]): string {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return `${plural(errors, "error")}, ${plural(issues.length - errors, "warning")}`;
}

/** Cross-tab rules are about a reference between sheets: the list says so beside the sheet. */
export function isCrossTab(rule: string): boolean {
  return rule.startsWith("crossTab.");
}
