import { TABS } from "../../schema";
import type { Backend, BuildReport } from "../backend";
import { announce, errorMessage, h, replace } from "../dom";
import { progressBar } from "./progress";
import { actionButton, viewSection } from "./layout";

/** Flow 1: create or upgrade the tracker, optionally with sample data. */
export function createView(backend: Backend): HTMLElement {
  const sample = h("input", { type: "checkbox", id: "sample-data" });
  const progress = progressBar("Building the tracker");
  const result = h("div", { class: "result", "aria-live": "polite" });
  const button = actionButton("Create or upgrade tracker", { appearance: "accent", id: "create-tracker" }, async () => {
    replace(result);
    try {
      const report = await backend.createOrUpgrade(
        { sample: (sample as HTMLInputElement).checked === true },
        (step, f) => progress.update(step, f),
      );
      replace(result, reportView(report));
      announce(summaryLine(report));
    } catch (err) {
      replace(result, h("p", { class: "error", role: "alert" }, errorMessage(err)));
    } finally {
      progress.done();
    }
  });
  return viewSection(
    "create",
    "Create or upgrade the tracker",
    "Adds the Foundation, Assets, Leadership and Partners tabs, a Summary and dropdown lists. " +
      "Safe to run again: nothing you typed is changed, and an older tracker gains what it lacks.",
    {},
    internalColumnsNote(),
    h("label", { class: "checkbox", for: "sample-data" }, sample, "Include sample data (a small city example)"),
    h("div", { class: "actions" }, button),
    progress.element,
    result,
  );
}

function summaryLine(r: BuildReport): string {
  if (r.created.length === 0 && r.upgraded.length === 0) return "The tracker is already up to date.";
  return `Tracker ready: ${r.created.length} created, ${r.upgraded.length} upgraded.`;
}

function reportView(r: BuildReport): HTMLElement {
  const list = (title: string, items: readonly string[]) =>
    items.length === 0
      ? null
      : h(
          "div",
          {},
          h("h3", {}, title),
          h(
            "ul",
            {},
            items.map((i) => h("li", {}, i)),
          ),
        );
  return h(
    "div",
    { class: "report", role: "status" },
    h("p", { class: "ok" }, summaryLine(r), ` Tracker schema version ${r.version}.`),
    list("Created", r.created),
    list("Upgraded", r.upgraded),
    list(
      "Left alone",
      r.leftAlone.map((x) => `${x.name}: ${x.reason}`),
    ),
    list(
      "Built under another name",
      r.renamed.map((x) => `${x.wanted} → ${x.used} (a sheet of yours already uses the name ${x.wanted})`),
    ),
  );
}

/** SPEC "Internal columns": say which columns hold the city's own notes, where the tracker is built. */
function internalColumnsNote(): HTMLElement | null {
  const byTab = TABS.map((t) => ({
    tab: t.name,
    columns: t.columns.filter((c) => c.internal).map((c) => c.name),
  })).filter((t) => t.columns.length > 0);
  if (byTab.length === 0) return null;
  return h(
    "p",
    { class: "muted", id: "internal-columns" },
    "Internal columns, the city's own notes — a partner copy (the command line's share) leaves them out: ",
    byTab.map((t) => `${t.tab} — ${t.columns.join(", ")}`).join("; "),
    ".",
  );
}
