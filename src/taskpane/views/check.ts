import { crossCheck, validateRange } from "../../core";
import { issuesToCsv } from "../../core/csv";
import type { Matrix } from "../../core/types";
import { TABS, type TabName } from "../../schema";
import type { Backend, TrackerTables } from "../backend";
import { announce, downloadText, errorMessage, h, replace } from "../dom";
import { countLine, issueList, locate, type LocatedIssue } from "./issueList";
import { busy } from "./progress";

export const ACROSS_TABS = "Across tabs";

/** Every tab's own rules, then the cross-tab rules, located on the worksheet. */
export function checkTracker(tables: TrackerTables): LocatedIssue[] {
  const located: LocatedIssue[] = [];
  for (const tab of TABS) {
    const block = tables[tab.name];
    if (!block) continue;
    const { issues } = validateRange(block.values, tab.name, { trackerTable: true });
    located.push(...issues.map((i) => locate(i, block, 0, tab.name)));
  }
  const headerOnly = (name: TabName): Matrix => [TABS.find((t) => t.name === name)!.columns.map((c) => c.name)];
  const matrix = (name: TabName) => tables[name]?.values ?? headerOnly(name);
  const across = crossCheck({
    foundation: matrix("Foundation"),
    assets: matrix("Assets"),
    leadership: matrix("Leadership"),
    partners: matrix("Partners"),
  });
  for (const issue of across) {
    const block = tables[issue.tab];
    if (block) located.push(locate(issue, block, 0, ACROSS_TABS));
  }
  return located;
}

/** Flow 3: check the workbook — all tabs and the cross-tab rules, grouped, each issue selectable. */
export function checkView(backend: Backend): HTMLElement {
  const status = h("p", { class: "status", role: "status" });
  const results = h("div", { class: "result" });
  let lastIssues: LocatedIssue[] = [];
  const exportButton = h(
    "fluent-button",
    {
      id: "export-issues",
      hidden: true,
      onclick: () => {
        // Worksheet rows, so the file points at cells a reader can find.
        const rows = lastIssues.map((i) => ({ ...i, row: i.sheetRow, tab: i.group }));
        downloadText("partnership-tracker-issues.csv", issuesToCsv(rows, { bom: true }));
        announce("Issues exported as partnership-tracker-issues.csv.");
      },
    },
    "Export issues (CSV)",
  );
  const button = h(
    "fluent-button",
    {
      appearance: "accent",
      id: "check-workbook",
      onclick: () =>
        void busy(button, async () => {
          replace(results);
          status.textContent = "Checking…";
          try {
            const tables = await backend.readTrackerTables();
            const present = TABS.filter((t) => tables[t.name]);
            if (present.length === 0) {
              status.textContent =
                "No tracker tables in this workbook yet. Create the tracker first, or check one of your own sheets under Use an existing sheet.";
              return;
            }
            const issues = checkTracker(tables);
            lastIssues = issues;
            if (issues.length > 0) exportButton.removeAttribute("hidden");
            const absent = TABS.filter((t) => !tables[t.name]).map((t) => t.name);
            status.textContent = `Checked ${present.map((t) => t.name).join(", ")}: ${countLine(issues)}.${
              absent.length ? ` Not in this workbook: ${absent.join(", ")}.` : ""
            }`;
            replace(results, issueList(backend, issues, status));
            announce(status.textContent);
          } catch (err) {
            status.textContent = errorMessage(err);
          }
        }),
    },
    "Check workbook",
  );
  return h(
    "section",
    { "aria-labelledby": "check-title" },
    h("h2", { id: "check-title" }, "Check the workbook"),
    h("p", { class: "muted" }, "Runs every rule on the four tabs and across them. Select an issue to go to its cell."),
    h("div", { class: "actions" }, button, exportButton),
    status,
    results,
  );
}
