/**
 * The list Check and "Validate in place" share (SPEC "Task pane" 3, rev 2): one line per distinct
 * problem with its count, errors first, expanding to its cells; filters by sheet and severity.
 * It stays quick at 10,000 issues by rendering only what is asked for: the first PAGE problems,
 * and a problem's cells only once it is expanded, PAGE at a time — so the page never holds more
 * than a few hundred focusable elements, and Tab or the arrow keys walk from problem to problem.
 * `show` again (Check again) keeps the filters, what was expanded and where the focus was.
 */
import { withoutAdvice } from "../../core";
import type { Backend } from "../backend";
import { announce, errorMessage, h, replace } from "../dom";
import { fixButton } from "./fixButton";
import {
  ALL,
  filterProblems,
  isCrossTab,
  paneProblems,
  places,
  plural,
  thousands,
  type LocatedIssue,
  type PaneProblem,
  type ProblemFilter,
} from "./problemModel";

/** Problems shown before "Show more", and cells shown per step of an expanded problem. */
export const PAGE = 50;

export interface ProblemListOptions {
  /** Offer "Fix these N cells" where the fix is certain (never on a user's own sheet: it is only read). */
  readonly fixes?: boolean;
  /** Runs after a fix wrote cells, to check again. */
  readonly afterFix?: () => Promise<void>;
}

export interface ProblemList {
  readonly element: HTMLElement;
  show(issues: readonly LocatedIssue[]): void;
}

const SVG = "http://www.w3.org/2000/svg";

/** Office's severity glyphs: a red circled cross for an error, an amber triangle for a warning. */
function severityIcon(severity: "error" | "warning"): Element {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", `icon ${severity}`);
  const shape = document.createElementNS(SVG, "path");
  const mark = document.createElementNS(SVG, "path");
  if (severity === "error") {
    shape.setAttribute("d", "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z");
    mark.setAttribute("d", "M5.5 5.5l5 5m0-5l-5 5");
  } else {
    shape.setAttribute("d", "M8 1.5l7 13H1z");
    mark.setAttribute("d", "M8 6v4.2M8 11.8v.4");
  }
  shape.setAttribute("class", "shape");
  mark.setAttribute("class", "mark");
  svg.append(shape, mark);
  return svg;
}

export function problemList(backend: Backend, status: HTMLElement, options: ProblemListOptions = {}): ProblemList {
  const placeSelect = h("select", { id: "filter-place", "aria-label": "Show problems on" }) as HTMLSelectElement;
  const severitySelect = h(
    "select",
    { id: "filter-severity", "aria-label": "Show severity" },
    h("option", { value: ALL }, "Errors and warnings"),
    h("option", { value: "error" }, "Errors"),
    h("option", { value: "warning" }, "Warnings"),
  ) as HTMLSelectElement;
  const count = h("p", { class: "count", role: "status" });
  const list = h("ul", { class: "problem-list", "aria-label": "Problems" });
  const more = h("div", { class: "more" });
  const filters = h(
    "div",
    { class: "filters" },
    h("label", { class: "filter" }, "Sheet ", placeSelect),
    h("label", { class: "filter" }, "Show ", severitySelect),
  );
  const element = h("div", { class: "problems", hidden: true }, filters, count, list, more);

  let problems: PaneProblem[] = [];
  let total: readonly LocatedIssue[] = [];
  let shownProblems = PAGE;
  const expanded = new Map<string, number>(); // problem key → cells shown
  const filter = (): ProblemFilter => ({
    place: placeSelect.value,
    severity: severitySelect.value as ProblemFilter["severity"],
  });

  const select = (issue: LocatedIssue) => {
    backend
      .selectCell(issue.sheet, issue.sheetRow, issue.sheetColumn)
      .then(() => announce(`Selected ${issue.column} in row ${issue.sheetRow} of ${issue.sheet}.`))
      .catch((err) => {
        status.textContent = errorMessage(err);
      });
  };

  const cellButton = (problem: PaneProblem, issue: LocatedIssue) => {
    // Under the problem's own words, a cell says only what is its own: a ledger's repeated partner
    // gives its rows, not the advice the problem above already gives (as check's details do).
    const detail =
      issue.message === problem.message ? null : (withoutAdvice(issue.rule, issue.message) ?? issue.message);
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "issue",
          "data-row": issue.sheetRow,
          "data-column": issue.sheetColumn,
          onclick: () => select(issue),
        },
        h("span", { class: "where" }, `Row ${thousands(issue.sheetRow)}`),
        detail ? h("span", { class: "what" }, detail) : null,
      ),
    );
  };

  const fixArea = (problem: PaneProblem): HTMLElement | null =>
    options.fixes ? fixButton(backend, status, problem, options.afterFix) : null;

  const cellsPanel = (problem: PaneProblem, id: string): HTMLElement => {
    const shown = Math.min(problem.issues.length, expanded.get(problem.key) ?? PAGE);
    const cells = h(
      "ul",
      { class: "cells" },
      problem.issues.slice(0, shown).map((i) => cellButton(problem, i)),
    );
    const rest = problem.issues.length - shown;
    return h(
      "div",
      { class: "problem-cells", id },
      fixArea(problem),
      cells,
      rest > 0
        ? h(
            "button",
            {
              type: "button",
              class: "show-more",
              onclick: () => {
                expanded.set(problem.key, shown + PAGE);
                render();
              },
            },
            `Show ${thousands(Math.min(PAGE, rest))} more of ${thousands(problem.issues.length)}`,
          )
        : null,
    );
  };

  const problemItem = (problem: PaneProblem, index: number): HTMLElement => {
    const open = expanded.has(problem.key);
    const id = `problem-cells-${index}`;
    const place = isCrossTab(problem.rule) ? `${problem.where} sheet, across tabs` : problem.where;
    const toggle = h(
      "button",
      {
        type: "button",
        class: "problem-toggle",
        "aria-expanded": open ? "true" : "false",
        "aria-controls": open ? id : undefined,
        "data-key": problem.key,
        onclick: () => {
          if (expanded.has(problem.key)) expanded.delete(problem.key);
          else expanded.set(problem.key, PAGE);
          render();
        },
      },
      h("span", { class: "chevron", "aria-hidden": "true" }, open ? "▾" : "▸"),
      severityIcon(problem.severity),
      h("span", { class: "visually-hidden" }, problem.severity === "error" ? "Error: " : "Warning: "),
      h(
        "span",
        { class: "problem-text" },
        h("span", { class: "what" }, problem.message),
        h("span", { class: "where" }, `${place} · ${problem.column}`),
      ),
      h("span", { class: "problem-count", title: plural(problem.rows, "cell") }, thousands(problem.rows)),
      h("span", { class: "visually-hidden" }, problem.rows === 1 ? " cell" : " cells"),
    );
    return h("li", { class: `problem ${problem.severity}` }, toggle, open ? cellsPanel(problem, id) : null);
  };

  function render(): void {
    const focusedKey = (document.activeElement as HTMLElement | null)?.getAttribute?.("data-key");
    const visible = filterProblems(problems, filter());
    // The issues listed, as the Issues sheet and the Summary's status line count them: a ledger's
    // five repeated partners are five warnings, though they stand on 40 rows (the badge counts rows).
    const errors = visible.filter((p) => p.severity === "error").reduce((n, p) => n + p.issues.length, 0);
    const warnings = visible.reduce((n, p) => n + p.issues.length, 0) - errors;
    count.textContent =
      `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(visible.length, "problem")}` +
      (visible.length < problems.length ? ` (filtered from ${plural(problems.length, "problem")})` : "") +
      ".";
    replace(
      list,
      visible.slice(0, shownProblems).map((p, i) => problemItem(p, i)),
    );
    const rest = visible.length - shownProblems;
    replace(
      more,
      rest > 0
        ? h(
            "button",
            {
              type: "button",
              class: "show-more",
              id: "more-problems",
              onclick: () => {
                shownProblems += PAGE;
                render();
              },
            },
            `Show ${thousands(Math.min(PAGE, rest))} more problems of ${thousands(visible.length)}`,
          )
        : null,
    );
    if (focusedKey) {
      const again = list.querySelector<HTMLElement>(`button[data-key="${CSS.escape(focusedKey)}"]`);
      again?.focus();
    }
  }

  // Arrow keys, Home and End move between problems and open or close them, as in a tree; Tab works too.
  list.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains("problem-toggle")) return;
    const open = target.getAttribute("aria-expanded") === "true";
    if ((event.key === "ArrowRight" && !open) || (event.key === "ArrowLeft" && open)) {
      event.preventDefault();
      target.click(); // as in a tree: right opens, left closes
      return;
    }
    const toggles = [...list.querySelectorAll<HTMLElement>(".problem-toggle")];
    const at = toggles.indexOf(target);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: toggles.length - 1 }[event.key];
    if (to === undefined || to < 0 || to >= toggles.length) return;
    event.preventDefault();
    toggles[to].focus();
  });
  placeSelect.addEventListener("change", () => {
    shownProblems = PAGE;
    render();
  });
  severitySelect.addEventListener("change", () => {
    shownProblems = PAGE;
    render();
  });

  return {
    element,
    show(issues) {
      total = issues;
      problems = paneProblems(total);
      const keep = placeSelect.value;
      const names = places(problems);
      replace(
        placeSelect,
        h("option", { value: ALL }, "All sheets"),
        names.map((n) => h("option", { value: n }, n)),
      );
      placeSelect.value = names.includes(keep) ? keep : ALL;
      // One sheet: nothing to choose between.
      (placeSelect.parentElement as HTMLElement).hidden = names.length < 2;
      const keys = new Set(problems.map((p) => p.key));
      for (const key of [...expanded.keys()]) if (!keys.has(key)) expanded.delete(key);
      element.hidden = false;
      if (issues.length === 0) {
        filters.hidden = true;
        count.textContent = "No issues found.";
        replace(list);
        replace(more);
        return;
      }
      filters.hidden = false;
      render();
    },
  };
}
