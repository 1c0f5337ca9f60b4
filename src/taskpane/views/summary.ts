import { mapHeaders, trackerPicture } from "../../core";
import { trackerSummaryExport } from "../../core/summaryExport";
import { toCsv } from "../../core/csv";
import type { Matrix } from "../../core/types";
import type { GroupPicture, InitiativePicture, TrackerPicture } from "../../core/picture";
import {
  amountsAsTextNote,
  ASSETS,
  FOUNDATION,
  LISTS,
  OTHER_OR_BLANK,
  PARTNERS,
  TABS,
  type TabName,
} from "../../schema";
import type { Backend, TrackerTables } from "../backend";
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
import { actionButton, viewSection } from "./layout";

/**
 * Flow 4: the article's picture at a glance — headline figures, commitments by sector (bars drawn
 * with CSS, no charting library), asset gaps by category and unit, and each initiative's
 * readiness (with what is missing), progress and leadership coverage — computed by the core from
 * the tracker tables, the same figures the Summary sheet's native formulas show. Loads each time
 * the tab is shown (so it is fresh after Create, Check or any edit) and on "Refresh figures".
 */
const PAGE = 50;

export function summaryView(backend: Backend): HTMLElement {
  const content = h("div", { class: "picture", "aria-live": "polite" });
  const status = h("p", { class: "status", role: "status" });
  let loading = false;

  const load = async () => {
    if (loading) return;
    loading = true;
    // Screen readers (and tests) know the figures shown are being replaced.
    content.setAttribute("aria-busy", "true");
    try {
      const tables = await backend.readTrackerTables();
      const none = !tables.Foundation && !tables.Partners && !tables.Assets && !tables.Leadership;
      // Without a tracker there is no Summary sheet to refresh and nothing to export.
      refreshSheet.hidden = none;
      exportSummary.hidden = none;
      if (none) {
        replace(content, emptyState());
        return;
      }
      const m = (name: TabName): Matrix => tables[name]?.values ?? [headerOf(name)];
      const picture = trackerPicture(
        { foundation: m("Foundation"), assets: m("Assets"), leadership: m("Leadership"), partners: m("Partners") },
        { assetsFirstRow: (tables.Assets?.firstRow ?? 1) + 1 },
      );
      replace(content, pictureView(picture, tables, backend, status));
    } catch (err) {
      replace(content, h("p", { class: "error", role: "alert" }, errorMessage(err)));
    } finally {
      loading = false;
      content.removeAttribute("aria-busy");
    }
  };

  const refreshFigures = actionButton("Refresh figures", { id: "refresh-figures", appearance: "accent" }, async () => {
    await load();
    status.textContent = "Figures read from the tracker tables just now.";
  });
  const refreshSheet = actionButton("Refresh Summary sheet", { id: "refresh-summary" }, async () => {
    try {
      await backend.refreshSummary();
      status.textContent = "The Summary sheet was rewritten with the current formulas.";
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  });
  const exportSummary = actionButton("Export by sector (CSV)", { id: "export-summary" }, async () => {
    try {
      const tables = await backend.readTrackerTables();
      // The table =PARTNERS.SUMMARY spills, its amounts added as the tiles add them.
      const table = trackerSummaryExport(tables.Partners?.values ?? [headerOf("Partners")]);
      downloadText("partnership-tracker-summary.csv", toCsv(table, { bom: true }));
      // Some Excel webviews (Office on Mac) ignore downloads: never claim the file arrived.
      status.textContent = downloadStarted("partnership-tracker-summary.csv", "the Summary sheet");
      announce(status.textContent);
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  });

  const section = viewSection(
    "summary",
    "Summary",
    "The article's picture of your tracker. The Summary sheet shows the same figures with native formulas, " +
      "so partners without the add-in see them too.",
    { class: "summary-view" },
    h("div", { class: "actions" }, refreshFigures, refreshSheet, exportSummary),
    status,
    content,
  );
  // The app tells a view when its tab is shown: figures are read then, never left stale.
  section.addEventListener("shown", () => void load());
  return section;
}

function headerOf(name: TabName): string[] {
  return TABS.find((t) => t.name === name)!.columns.map((c) => c.name);
}

function emptyState(): HTMLElement {
  return h(
    "div",
    { class: "empty", id: "summary-empty" },
    h("p", {}, h("strong", {}, "No tracker yet — create it."), " The figures appear here once the workbook has one."),
    h(
      "button",
      { class: "btn", id: "go-create", onclick: () => document.getElementById("tab-create")?.click() },
      "Go to Create",
    ),
  );
}

function tile(label: string, value: string, id: string, detail?: string): HTMLElement {
  return h(
    "div",
    { class: "tile", id },
    h("span", { class: "tile-value" }, value),
    h("span", { class: "tile-label" }, label),
    detail ? h("span", { class: "tile-detail" }, detail) : null,
  );
}

function pictureView(p: TrackerPicture, tables: TrackerTables, backend: Backend, status: HTMLElement): HTMLElement {
  const share = (part: number) => (p.committed === 0 ? 0 : part / p.committed);
  const largest = p.largestFunder;
  const textAmounts = amountsAsTextNote(p.amountsAsText.committed, p.amountsAsText.received);
  return h(
    "div",
    {},
    h(
      "div",
      { class: "tiles" },
      tile("Initiatives", p.initiativeCount.toLocaleString("en-US"), "fig-initiatives"),
      // Distinct partners, as PARTNERS.SUMMARY counts them: a partner in three initiatives is one.
      tile("Partners", p.distinctPartners.toLocaleString("en-US"), "fig-partners"),
      tile(PARTNERS.col.committed.name, formatCurrency(p.committed), "fig-committed"),
      tile(
        PARTNERS.col.received.name,
        formatCurrency(p.received),
        "fig-received",
        p.committed === 0 ? undefined : `${formatPercent(share(p.received))} of committed`,
      ),
      tile(
        "Place-based funders' share",
        p.committed === 0 ? "—" : formatPercent(share(p.placeBasedCommitted)),
        "fig-place-based",
      ),
      tile(
        "Largest funder's share",
        p.committed === 0 ? "—" : formatPercent(share(p.largestFunderCommitted)),
        "fig-concentration",
        largest ? largest.name : textAmounts ? "None counted" : "No commitments yet",
      ),
    ),
    // Amounts written as text are in no total (as on the Summary sheet, whose SUM skips them): said.
    textAmounts ? h("p", { class: "warning", id: "amounts-as-text" }, textAmounts) : null,
    sectorChart(p),
    gapsView(p),
    initiativesView(p, tables, backend, status),
  );
}

/** Commitments by sector as horizontal bars: text carries the figures, the bars are decoration. */
function sectorChart(p: TrackerPicture): HTMLElement {
  const listed = p.bySector.reduce((s, g) => s + g.committed, 0);
  const rows: GroupPicture[] = [
    ...p.bySector,
    { value: OTHER_OR_BLANK, partners: 0, committed: p.committed - listed, received: 0 },
  ].filter((g) => g.committed !== 0 || LISTS.sector.values.includes(g.value));
  const max = Math.max(0, ...rows.map((g) => g.committed));
  if (p.committed === 0) {
    return h(
      "div",
      { class: "block", id: "sector-chart" },
      h("h3", {}, "Commitments by sector"),
      h(
        "p",
        { class: "muted" },
        `No commitments yet: the chart appears once ${PARTNERS.name} has ${PARTNERS.col.committed.name} amounts.`,
      ),
    );
  }
  return h(
    "div",
    { class: "block", id: "sector-chart" },
    h("h3", { id: "sector-chart-title" }, "Commitments by sector"),
    h(
      "ul",
      { class: "bars", "aria-labelledby": "sector-chart-title" },
      rows.map((g) =>
        h(
          "li",
          {},
          h("span", { class: "bar-label" }, g.value),
          h("span", { class: "bar-value" }, formatCurrency(g.committed)),
          h("span", { class: "bar-track", "aria-hidden": "true" }, barFill(max > 0 ? g.committed / max : 0)),
        ),
      ),
    ),
  );
}

function barFill(fraction: number): HTMLElement {
  const fill = h("span", { class: "bar-fill" });
  fill.style.width = `${(Math.max(0, Math.min(1, fraction)) * 100).toFixed(1)}%`;
  return fill;
}

function gapsView(p: TrackerPicture): HTMLElement {
  const count = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return h(
    "div",
    { class: "block", id: "gaps" },
    h("h3", {}, "Asset gaps by category and unit"),
    p.gaps.length === 0
      ? h(
          "p",
          { class: "muted" },
          p.assets === 0
            ? `No assets recorded yet: list what the city and partners bring on the ${ASSETS.name} sheet.`
            : `No asset is short: every ${ASSETS.col.needed.name} is covered by ${ASSETS.col.available.name}.`,
        )
      : h(
          "table",
          { class: "map gaps" },
          h(
            "caption",
            {},
            "What is missing, by unit: trucks, FTEs and dollars are never added together. " +
              "Est. value: the Estimated value of the assets short, where given.",
          ),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, "Category"),
              h("th", { scope: "col" }, "Gap"),
              h("th", { scope: "col" }, "Est. value"),
            ),
          ),
          h(
            "tbody",
            {},
            p.gaps.map((g) =>
              h(
                "tr",
                {},
                h("td", {}, g.category),
                h("td", { class: "num" }, `${count(g.gap)} `, h("span", { class: "unit" }, g.unit)),
                h(
                  "td",
                  { class: "num" },
                  g.notValued === g.assetsShort
                    ? h("span", { class: "muted" }, "not valued")
                    : formatCurrency(g.estimatedValue),
                ),
              ),
            ),
          ),
        ),
    p.gapsUnplaced > 0
      ? h(
          "p",
          { class: "warning" },
          `${count(p.gapsUnplaced)} asset${p.gapsUnplaced === 1 ? " is" : "s are"} short with no Category or Unit: add them to total the gap.`,
        )
      : null,
    p.assetsShortValue > 0
      ? h("p", { class: "muted" }, `Estimated value of the assets short: ${formatCurrency(p.assetsShortValue)}.`)
      : null,
  );
}

function initiativesView(p: TrackerPicture, tables: TrackerTables, backend: Backend, status: HTMLElement): HTMLElement {
  const list = h("ul", { class: "initiatives" });
  const more = h("button", { class: "btn", id: "more-initiatives" });
  let shown = 0;
  const foundation = tables.Foundation;
  const idColumn = foundation
    ? mapHeaders(foundation.values, FOUNDATION.name).columns.find((c) => c.id === FOUNDATION.col.initiativeId.id)
    : undefined;

  const select = async (i: InitiativePicture) => {
    if (!foundation || !idColumn) return;
    try {
      await backend.selectCell(
        foundation.sheet,
        foundation.firstRow + 1 + i.position,
        foundation.firstColumn + idColumn.index,
      );
      announce(`Selected ${i.id} on the ${FOUNDATION.name} sheet.`);
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  };
  const showMore = () => {
    const next = p.initiatives.slice(shown, shown + PAGE);
    for (const i of next) list.appendChild(initiativeItem(i, () => void select(i)));
    shown += next.length;
    const left = p.initiatives.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(PAGE, left)} more (${left.toLocaleString("en-US")} not shown)`;
  };
  more.addEventListener("click", showMore);
  showMore();
  return h(
    "div",
    { class: "block", id: "initiatives" },
    h("h3", {}, `Initiatives (${p.initiatives.length.toLocaleString("en-US")})`),
    p.initiatives.length === 0
      ? h("p", { class: "muted" }, `No initiative yet: add one on the ${FOUNDATION.name} sheet.`)
      : h("p", { class: "muted small" }, `Select an initiative to go to its row on the ${FOUNDATION.name} sheet.`),
    list,
    more,
  );
}

function countOr(n: number, where: string): string {
  return n > 0 ? `${n} ${where}` : `none ${where}`;
}

function flag(ok: boolean, text: string): HTMLElement {
  return h(
    "span",
    { class: `flag ${ok ? "ok" : "missing"}` },
    h("span", { "aria-hidden": "true" }, ok ? "✓ " : "✗ "),
    text,
  );
}

function initiativeItem(i: InitiativePicture, onSelect: () => void): HTMLElement {
  const readiness = Math.round(i.readiness * 100);
  const progress = i.progress;
  return h(
    "li",
    {},
    h(
      "button",
      { class: "initiative", type: "button", onclick: onSelect },
      h(
        "span",
        { class: "initiative-head" },
        h("span", { class: "initiative-id" }, i.id),
        " ",
        h("span", { class: "initiative-name" }, i.name),
        i.status ? h("span", { class: "initiative-status" }, i.status) : null,
      ),
      h(
        "span",
        { class: "meter-row" },
        h("span", { class: "meter-label" }, `Readiness ${readiness}%`),
        h("meter", {
          min: 0,
          max: 1,
          low: 0.5,
          high: 0.99,
          optimum: 1,
          value: i.readiness,
          "aria-label": `Readiness ${readiness}%`,
        }),
      ),
      i.missing.length > 0 ? h("span", { class: "missing-text" }, `Missing: ${i.missing.join("; ")}`) : null,
      progress === undefined
        ? h("span", { class: "no-progress" }, `Progress: no ${FOUNDATION.col.currentValue.name} yet`)
        : h(
            "span",
            { class: "meter-row" },
            h("span", { class: "meter-label" }, `Progress ${Math.round(progress * 100)}%`),
            h("meter", { min: 0, max: 1, value: progress, "aria-label": `Progress ${Math.round(progress * 100)}%` }),
          ),
      h(
        "span",
        { class: "flags" },
        h("span", { class: "flags-label" }, "Leadership:"),
        flag(i.championsInGovernment > 0, countOr(i.championsInGovernment, "in government")),
        flag(i.championsOutside > 0, countOr(i.championsOutside, "outside government")),
        flag(i.deputizedLeads > 0, i.deputizedLeads > 0 ? "deputized lead" : "no deputized lead"),
      ),
      h(
        "span",
        { class: "money" },
        `${formatCurrency(i.committed)} committed · ${formatCurrency(i.received)} received · ` +
          `${i.partners} partner${i.partners === 1 ? "" : "s"}` +
          (i.assetsShort > 0 ? ` · ${i.assetsShort} asset${i.assetsShort === 1 ? "" : "s"} short` : ""),
      ),
    ),
  );
}
