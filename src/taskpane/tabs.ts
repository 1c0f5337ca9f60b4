import { h } from "./dom";

/**
 * The pane's flows as tabs: native buttons and regions with the ARIA tabs pattern (WAI-ARIA
 * Authoring Practices, "Tabs with automatic activation") — the selected tab in the Tab order, the
 * others reached with the arrow keys, Home and End; each panel labelled by its tab. Native elements,
 * not a component library: Fluent's web components were a quarter of the pane's script for six
 * elements (see scripts/report-sizes.js).
 */
export interface Flow {
  readonly id: string;
  readonly label: string;
  readonly content: HTMLElement;
}

const LIST_ID = "flows";

export function tabs(label: string, flows: readonly Flow[], selected: string): HTMLElement {
  const tabButtons = flows.map((f) =>
    h(
      "button",
      {
        role: "tab",
        id: `tab-${f.id}`,
        class: "tab",
        "aria-controls": `panel-${f.id}`,
        onclick: () => selectTab(`tab-${f.id}`),
        onkeydown: (event) => moveFocus(event as KeyboardEvent, tabButtons),
      },
      f.label,
    ),
  );
  const panels = flows.map((f) =>
    // No tabindex: every panel opens with a control, which Tab reaches from the tab (APG).
    h("div", { role: "tabpanel", id: `panel-${f.id}`, "aria-labelledby": `tab-${f.id}` }, f.content),
  );
  const root = h(
    "div",
    { class: "tabs" },
    h("div", { role: "tablist", id: LIST_ID, "aria-label": label }, tabButtons),
    panels,
  );
  show(tabButtons, selected);
  return root;
}

/**
 * Shows the tab `tabId` (`tab-use`) and its panel, moves the focus to the tab (a button in the panel
 * left, "Go to Create", would otherwise keep it in a hidden panel), and tells the panel's view it is
 * shown.
 */
export function selectTab(tabId: string): void {
  const list = document.getElementById(LIST_ID);
  if (!list) return;
  const buttons = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const tab = buttons.find((b) => b.id === tabId);
  if (!tab) return;
  show(buttons, tabId);
  tab.focus();
  // Tell a view its tab is shown, so it can read the workbook then (the Summary's figures).
  document.getElementById(tabId.replace(/^tab-/, "panel-"))?.firstElementChild?.dispatchEvent(new CustomEvent("shown"));
}

function show(buttons: readonly HTMLElement[], tabId: string): void {
  for (const b of buttons) {
    const on = b.id === tabId;
    b.setAttribute("aria-selected", String(on));
    b.tabIndex = on ? 0 : -1;
    // Found from the tab (not the document): the first call is before the pane is on the page.
    const panel = b.closest(".tabs")?.querySelector(`#${b.getAttribute("aria-controls") ?? ""}`);
    if (panel instanceof HTMLElement) panel.hidden = !on;
  }
}

/** Arrow keys, Home and End move between the tabs and select the one reached (automatic activation). */
function moveFocus(event: KeyboardEvent, buttons: readonly HTMLElement[]): void {
  const at = buttons.indexOf(event.currentTarget as HTMLElement);
  const to =
    event.key === "ArrowRight"
      ? (at + 1) % buttons.length
      : event.key === "ArrowLeft"
        ? (at - 1 + buttons.length) % buttons.length
        : event.key === "Home"
          ? 0
          : event.key === "End"
            ? buttons.length - 1
            : -1;
  if (to < 0) return;
  event.preventDefault();
  selectTab(buttons[to].id);
}
