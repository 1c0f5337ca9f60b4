import type { Backend } from "./backend";
import { h, replace, type Child } from "./dom";
import { checkView } from "./views/check";
import { createView } from "./views/create";
import { summaryView } from "./views/summary";
import { useSheetSlot } from "./views/useSheetSlot";
import { tabs } from "./tabs";

const FLOWS = [
  { id: "create", label: "Create", view: createView },
  { id: "use", label: "Use a sheet", view: useSheetSlot },
  { id: "check", label: "Check", view: checkView },
  { id: "summary", label: "Summary", view: summaryView },
] as const;

export function mountApp(root: HTMLElement, backend: Backend): void {
  const flows = tabs(
    "Partnership Tracker",
    FLOWS.map((f) => ({ id: f.id, label: f.label, content: f.view(backend) })),
    "tab-create",
  );
  replace(
    root,
    h(
      "header",
      {},
      h("h1", {}, "Partnership Tracker"),
      h("p", { class: "muted" }, "Foundation, assets, leadership and partners in one shared workbook."),
    ),
    flows,
  );
}

/**
 * A pane that cannot reach a workbook: what is wrong and what to do, then the reassurance every
 * such notice ends with.
 */
function notice(root: HTMLElement, ...content: Child[]): void {
  replace(
    root,
    h("h1", {}, "Partnership Tracker"),
    h(
      "div",
      { class: "outside", role: "alert" },
      ...content,
      h(
        "p",
        {},
        "Partners without the add-in can still use the tracker workbook: its dropdowns, checks and Summary work on their own.",
      ),
    ),
  );
}

/**
 * office.js did not load, or Office did not answer: say what is wrong and what to do, within
 * seconds. Office's script comes from Microsoft's CDN (a store requirement), which some city
 * networks block.
 */
export function mountOfficeUnavailable(root: HTMLElement, why: "not-loaded" | "no-answer", seconds = 0): void {
  notice(
    root,
    h(
      "p",
      {},
      h(
        "strong",
        {},
        why === "not-loaded"
          ? "Office's script (office.js) did not load, so the add-in cannot reach the workbook."
          : `Office did not answer within ${seconds} seconds, so the add-in cannot reach the workbook yet.`,
      ),
    ),
    h(
      "p",
      {},
      "It comes from Microsoft at https://appsforoffice.microsoft.com; a proxy or firewall may be blocking it. " +
        "Ask your IT team to allow that address, then close and reopen the add-in.",
    ),
  );
}

/** Outside Excel (the page opened in a plain browser) the pane says so plainly, and how to fix it. */
export function mountOutsideExcel(root: HTMLElement): void {
  notice(
    root,
    h(
      "p",
      {},
      h("strong", {}, "This add-in runs inside Excel."),
      " Opened in a plain browser, it cannot reach a workbook.",
    ),
    h("p", {}, "To use it, sideload manifest.xml:"),
    h(
      "ol",
      {},
      h(
        "li",
        {},
        "Excel on the web: Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, then choose manifest.xml.",
      ),
      h("li", {}, "Excel on Windows or Mac: run npm start in the project folder."),
    ),
  );
}
