/**
 * "Fix these N cells" (SPEC "Task pane" 3): offered where the fix is certain — a listed value in
 * another spelling or case — written only after the user confirms, through the co-author-safe
 * `fixCells` adapter (cells changed since the check are left alone), and reported in words.
 */
import type { FixReport } from "../../excel/fixCells";
import type { Backend } from "../backend";
import { announce, errorMessage, h, replace } from "../dom";
import { fixesOf, plural, thousands, type PaneProblem } from "./problemModel";

/** The button (then the confirmation) for a problem with certain fixes; null when it has none. */
export function fixButton(
  backend: Backend,
  status: HTMLElement,
  problem: PaneProblem,
  afterFix?: () => Promise<void>,
): HTMLElement | null {
  const fixes = fixesOf(problem);
  if (fixes.length === 0) return null;
  const values = [...new Set(fixes.map((f) => f.value))];
  const area = h("div", { class: "fix" });
  const ask = h(
    "button",
    {
      class: "btn fix-cells",
      onclick: () => {
        const confirm = h(
          "button",
          {
            class: "btn accent fix-confirm",
            onclick: () => void runFix(backend, status, problem, area, afterFix),
          },
          `Fix ${plural(fixes.length, "cell")}`,
        );
        replace(
          area,
          h(
            "p",
            { class: "confirm" },
            `Write "${values.join('", "')}" in ${plural(fixes.length, "cell")} of ${problem.where}? ` +
              "Cells someone changed since the check are left as they are.",
          ),
          h(
            "div",
            { class: "actions" },
            confirm,
            h("button", { class: "btn fix-cancel", onclick: () => replace(area, ask) }, "Cancel"),
          ),
        );
        (confirm as HTMLElement).focus();
      },
    },
    `Fix these ${plural(fixes.length, "cell")}`,
  );
  area.append(ask);
  return area;
}

async function runFix(
  backend: Backend,
  status: HTMLElement,
  problem: PaneProblem,
  area: HTMLElement,
  afterFix?: () => Promise<void>,
): Promise<void> {
  const fixes = fixesOf(problem);
  replace(area, h("p", { class: "muted" }, `Fixing ${plural(fixes.length, "cell")}…`));
  let report: FixReport;
  try {
    report = await backend.fixCells(fixes, () => undefined);
  } catch (err) {
    replace(area, h("p", { class: "error", role: "alert" }, errorMessage(err)));
    return;
  }
  const skipped = report.skipped.length;
  const said =
    `Wrote "${[...new Set(report.written.map((f) => f.value))].join('", "') || fixes[0].value}" in ` +
    `${plural(report.written.length, "cell")} of ${problem.where}.` +
    (skipped
      ? ` ${plural(skipped, "cell")} changed since the check ${skipped === 1 ? "was" : "were"} left as ` +
        `${skipped === 1 ? "it is" : "they are"}: ${skipped === 1 ? "row" : "rows"} ${report.skipped
          .slice(0, 10)
          .map((s) => thousands(s.fix.row))
          .join(", ")}${skipped > 10 ? " …" : ""}.`
      : "");
  status.textContent = said;
  if (afterFix) {
    await afterFix(); // checks again, which rewrites the status line: keep the fix's report first
    status.textContent = `${said} ${status.textContent ?? ""}`;
  }
  announce(said);
}
