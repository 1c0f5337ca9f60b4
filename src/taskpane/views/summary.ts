import { summarizePartners, summaryFigures, summaryToSpill } from "../../core";
import { toCsv } from "../../core/csv";
import type { Matrix } from "../../core/types";
import { PARTNERS, TABS, type TabName } from "../../schema";
import type { Backend } from "../backend";
import {
  announce,
  downloadStarted,
  downloadText,
  errorMessage,
  formatCurrency,
  formatPercent,
  h,
  replace,
} from "../dom";
import { busy } from "./progress";

/** Flow 4: headline figures (computed by the core from the tracker tables) and a Summary refresh. */
export function summaryView(backend: Backend): HTMLElement {
  const figures = h("div", { class: "figures", "aria-live": "polite" });
  const status = h("p", { class: "status", role: "status" });

  const readTables = async () => {
    const tables = await backend.readTrackerTables();
    const header = (name: TabName): Matrix => [TABS.find((t) => t.name === name)!.columns.map((c) => c.name)];
    return (name: TabName) => tables[name]?.values ?? header(name);
  };

  const load = async () => {
    const m = await readTables();
    const f = summaryFigures({
      foundation: m("Foundation"),
      assets: m("Assets"),
      leadership: m("Leadership"),
      partners: m("Partners"),
    });
    const num = (key: string) => Number(f[`${key}|`] ?? 0);
    const tile = (label: string, value: string, id: string) =>
      h(
        "div",
        { class: "tile", id },
        h("span", { class: "tile-value" }, value),
        h("span", { class: "tile-label" }, label),
      );
    replace(
      figures,
      h(
        "div",
        { class: "tiles" },
        tile("Partners", String(num("partners")), "fig-partners"),
        tile("Initiatives", String(num("initiatives")), "fig-initiatives"),
        tile(PARTNERS.col.committed.name, formatCurrency(num("committed")), "fig-committed"),
        tile(PARTNERS.col.received.name, formatCurrency(num("received")), "fig-received"),
        tile("Received of committed", formatPercent(num("receivedShare")), "fig-received-share"),
        tile("Largest funder's share", formatPercent(num("concentration")), "fig-concentration"),
      ),
    );
  };

  const refreshFigures = h(
    "fluent-button",
    {
      id: "refresh-figures",
      appearance: "accent",
      onclick: () =>
        void busy(refreshFigures, async () => {
          try {
            await load();
            status.textContent = "Figures updated from the tracker tables.";
          } catch (err) {
            status.textContent = errorMessage(err);
          }
        }),
    },
    "Show figures",
  );
  const refreshSheet = h(
    "fluent-button",
    {
      id: "refresh-summary",
      onclick: () =>
        void busy(refreshSheet, async () => {
          try {
            await backend.refreshSummary();
            status.textContent = "The Summary sheet was rewritten with the current formulas.";
          } catch (err) {
            status.textContent = errorMessage(err);
          }
        }),
    },
    "Refresh Summary sheet",
  );
  const exportSummary = h(
    "fluent-button",
    {
      id: "export-summary",
      onclick: () =>
        void busy(exportSummary, async () => {
          try {
            const m = await readTables();
            // The very table =PARTNERS.SUMMARY spills.
            const table = summaryToSpill(
              summarizePartners(m("Partners")),
              PARTNERS.col.committed.name,
              PARTNERS.col.received.name,
            );
            downloadText("partnership-tracker-summary.csv", toCsv(table, { bom: true }));
            status.textContent = downloadStarted("partnership-tracker-summary.csv", "the Summary sheet");
            announce(status.textContent);
          } catch (err) {
            status.textContent = errorMessage(err);
          }
        }),
    },
    "Export by sector (CSV)",
  );
  return h(
    "section",
    { "aria-labelledby": "summary-title" },
    h("h2", { id: "summary-title" }, "Summary"),
    h(
      "p",
      { class: "muted" },
      "The Summary sheet uses native formulas, so partners without the add-in see the same figures.",
    ),
    h("div", { class: "actions" }, refreshFigures, refreshSheet, exportSummary),
    status,
    figures,
  );
}
