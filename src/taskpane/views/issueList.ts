import type { Issue, Severity } from "../../core/types";
import type { Backend, SheetBlock } from "../backend";
import { announce, errorMessage, h } from "../dom";

/** An issue with the worksheet cell it is about. */
export interface LocatedIssue extends Issue {
  readonly group: string;
  readonly sheet: string;
  /** 1-based worksheet row and column of the offending cell. */
  readonly sheetRow: number;
  readonly sheetColumn: number;
}

/** Where an issue of a block lives on the worksheet: its row, and the column whose header it names. */
export function locate(issue: Issue, block: SheetBlock, headerRow: number, group: string): LocatedIssue {
  const headers = block.values[headerRow] ?? [];
  const index = headers.findIndex((hdr) => String(hdr ?? "").trim() === issue.column.trim());
  return {
    ...issue,
    group,
    sheet: block.sheet,
    sheetRow: block.firstRow + issue.row - 1,
    sheetColumn: block.firstColumn + Math.max(0, index),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function countLine(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

const SEVERITIES: readonly { severity: Severity; title: string }[] = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
];

/**
 * Issues grouped by tab (or sheet) and severity, with counts. Each issue is a button: activating
 * it (click, Enter or Space) selects the offending cell in the workbook.
 */
export function issueList(backend: Backend, issues: readonly LocatedIssue[], status: HTMLElement): HTMLElement {
  if (issues.length === 0) {
    return h("p", { class: "ok", role: "status" }, "No issues found.");
  }
  const groups = [...new Set(issues.map((i) => i.group))];
  return h(
    "div",
    { class: "issues" },
    h("p", { class: "count", role: "status" }, `${countLine(issues)} in ${plural(groups.length, "group")}.`),
    groups.map((group) => {
      const inGroup = issues.filter((i) => i.group === group);
      return h(
        "section",
        { class: "issue-group", "aria-label": `${group}: ${countLine(inGroup)}` },
        h("h3", {}, group, h("span", { class: "muted" }, ` — ${countLine(inGroup)}`)),
        SEVERITIES.map(({ severity, title }) => {
          const ofSeverity = inGroup.filter((i) => i.severity === severity);
          if (ofSeverity.length === 0) return null;
          return h(
            "div",
            { class: `severity ${severity}` },
            h("h4", {}, `${title} (${ofSeverity.length})`),
            h(
              "ul",
              {},
              ofSeverity.map((issue) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "issue",
                      "data-row": issue.sheetRow,
                      "data-column": issue.sheetColumn,
                      title: `Select ${issue.sheet} row ${issue.sheetRow}`,
                      onclick: () => {
                        backend
                          .selectCell(issue.sheet, issue.sheetRow, issue.sheetColumn)
                          .then(() => announce(`Selected ${issue.column} in row ${issue.sheetRow} of ${issue.sheet}.`))
                          .catch((err) => {
                            status.textContent = errorMessage(err);
                          });
                      },
                    },
                    h("span", { class: "where" }, `Row ${issue.sheetRow} · ${issue.column}`),
                    h("span", { class: "what" }, issue.message),
                  ),
                ),
              ),
            ),
          );
        }),
      );
    }),
  );
}
