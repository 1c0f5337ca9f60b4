import { crossCheck, validateRange } from "../../core";
import { issuesToCsv } from "../../core/csv";
import type { HeaderMapping, Matrix } from "../../core/types";
import type { IssueSheetRow } from "../../excel/issuesSheet";
import { TABS, type TabName } from "../../schema";
import type { Backend, TrackerTables } from "../backend";
import { announce, downloadText, errorMessage, h, replace } from "../dom";
import { countLine, locate, locateEach, paneProblems, plural, type LocatedIssue } from "./problemModel";
import { problemList } from "./problemList";
import { actionButton, viewSection } from "./layout";
import { USE_SHEET_EVENT } from "./useSheetSlot";

/** Every tab's own rules, then the cross-tab rules, located on the worksheet. */
export function checkTracker(tables: TrackerTables): LocatedIssue[] {
  const located: LocatedIssue[] = [];
  const mappings: Partial<Record<TabName, HeaderMapping>> = {};
  for (const tab of TABS) {
    const block = tables[tab.name];
    if (!block) continue;
    const { issues, mapping } = validateRange(block.values, tab.name, { trackerTable: true });
    mappings[tab.name] = mapping;
    for (const issue of issues) for (const one of locateEach(issue, block, mapping, tab.name)) located.push(one);
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
    const mapping = mappings[issue.tab];
    if (block && mapping) located.push(locate(issue, block, mapping, issue.tab));
  }
  return located;
}

/** The Issues sheet's rows: grouped by problem, in the order the pane lists them. */
export function issueSheetRows(issues: readonly LocatedIssue[]): IssueSheetRow[] {
  return paneProblems(issues).flatMap((p) =>
    p.issues.map((i) => ({
      tab: i.tab,
      sheet: i.sheet,
      row: i.sheetRow,
      column: i.sheetColumn,
      rule: i.rule,
      severity: i.severity,
      value: i.value,
      message: i.message,
    })),
  );
}

/** The local time of a check as people write it: 2026-12-01 14:02. */
export function checkTime(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/**
 * The user's own sheets named like a tracker tab while the tracker's table lives elsewhere (the
 * builder never touches a user's `Partners` sheet; it puts its table on another sheet).
 */
export function ownSheetsBeside(
  tables: TrackerTables,
  sheets: readonly string[],
): { tab: TabName; sheet: string; tracker: string }[] {
  const out: { tab: TabName; sheet: string; tracker: string }[] = [];
  for (const tab of TABS) {
    const block = tables[tab.name];
    const own = sheets.find((s) => s.toLowerCase() === tab.name.toLowerCase());
    if (block && own && own !== block.sheet) out.push({ tab: tab.name, sheet: own, tracker: block.sheet });
  }
  return out;
}

/** Flow 3: check the workbook — all tabs and the cross-tab rules, grouped by problem. */
export function checkView(backend: Backend): HTMLElement {
  const status = h("p", { class: "status", role: "status" });
  const which = h("div", { class: "which" });
  let lastIssues: LocatedIssue[] = [];
  const exportButton = h(
    "button",
    {
      class: "btn",
      id: "export-issues",
      hidden: true,
      onclick: () => {
        // Worksheet rows, so the file points at cells a reader can find.
        const rows = lastIssues.map((i) => ({ ...i, row: i.sheetRow }));
        downloadText("partnership-tracker-issues.csv", issuesToCsv(rows, { bom: true }));
        announce("Issues exported as partnership-tracker-issues.csv. If no file appeared, use the Issues sheet.");
      },
    },
    "Export issues (CSV)",
  );

  const check = async () => {
    status.textContent = lastIssues.length ? "Checking again…" : "Checking…";
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
      exportButton.hidden = issues.length === 0;
      list.show(issues);
      button.textContent = "Check again";
      const absent = TABS.filter((t) => !tables[t.name]).map((t) => t.name);
      const problems = paneProblems(issues).length;
      const checkedAt = checkTime();
      status.textContent =
        `Checked ${present.map((t) => t.name).join(", ")} at ${checkedAt.slice(11)}.` +
        `${absent.length ? ` Not in this workbook: ${absent.join(", ")}.` : ""}`;
      showWhich(tables, await backend.listSheets().catch(() => []));
      announce(`${countLine(issues)}${issues.length ? ` in ${plural(problems, "problem")}` : ""}.`);
      try {
        const written = await backend.writeIssuesSheet(issueSheetRows(issues), checkedAt);
        status.textContent +=
          written.outcome === "written"
            ? " Listed on the Issues sheet."
            : " Your own sheet called Issues was left alone, so the findings are not on a sheet.";
      } catch (err) {
        status.textContent += ` The Issues sheet could not be written: ${errorMessage(err)}`;
      }
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  };

  /** Says which sheet was checked when the user has their own sheet named like a tab. */
  const showWhich = (tables: TrackerTables, sheets: readonly string[]) => {
    replace(
      which,
      ownSheetsBeside(tables, sheets).map(({ tab, sheet, tracker }) =>
        h(
          "div",
          { class: "note" },
          h(
            "p",
            {},
            `Checked the tracker's ${tab} table on the sheet "${tracker}". Your own sheet "${sheet}" is not the tracker's table and was not checked.`,
          ),
          h(
            "button",
            {
              class: "btn check-own-sheet",
              onclick: () => document.dispatchEvent(new CustomEvent(USE_SHEET_EVENT, { detail: sheet })),
            },
            `Map and check "${sheet}"`,
          ),
        ),
      ),
    );
  };

  const list = problemList(backend, status, { fixes: true, afterFix: check });
  const button = actionButton("Check workbook", { appearance: "accent", id: "check-workbook" }, check);
  return viewSection(
    "check",
    "Check the workbook",
    "Runs every rule on the four tabs and across them, and lists the findings on the Issues sheet. Open a problem to see its cells; select one to go to it.",
    {},
    h("div", { class: "actions" }, button, exportButton),
    status,
    which,
    list.element,
  );
}
