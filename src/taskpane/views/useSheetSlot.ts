import type { Backend } from "../backend";
import { h, replace, type Child } from "../dom";
import { selectTab } from "../tabs";
import { viewSection } from "./layout";

/** Raised (detail: a sheet name) to open "Use an existing sheet" on that sheet, e.g. from Check's "Map and check". */
export const USE_SHEET_EVENT = "partners-use-sheet";

/** The flow's heading and what it promises, the same while its script loads and once it is in (useSheet.ts). */
export function useSheetSection(...children: Child[]): HTMLElement {
  return viewSection(
    "use",
    "Use an existing sheet",
    "Your sheet is only read: validating or copying never changes it.",
    {},
    ...children,
  );
}

/** How long the script may take before the panel says it is loading (a quick load shows no flash). */
const LOADING_SAID_AFTER_MS = 200;

/**
 * "Use an existing sheet" until it is first opened. Its editor (useSheet.ts with mappingModel.ts) is a
 * script of its own, useSheet.js, loaded the first time its tab is shown or Check's "Map and check" asks
 * for it: the page's first load — Create, Check, the Summary — does without it, within its budget
 * (scripts/report-sizes.js). "Map and check" is answered here, on the page, so a click made before the
 * script arrives is not lost: the sheet it names is read as soon as the editor is in.
 */
export function useSheetSlot(backend: Backend): HTMLElement {
  const note = h("p", { class: "muted", role: "status", id: "use-sheet-loading" });
  const slot = h("div", { class: "use-sheet-slot" }, useSheetSection(note));
  /** The sheet "Map and check" last asked for while the script loads (the latest click wins). */
  let wanted: string | undefined;
  let loaded: Promise<void> | undefined;

  const load = (): Promise<void> => {
    if (loaded) return loaded;
    const slow = setTimeout(() => (note.textContent = "Loading…"), LOADING_SAID_AFTER_MS);
    loaded = import(/* webpackChunkName: "useSheet" */ "./useSheet")
      .then(({ useSheetView }) => {
        const view = useSheetView(backend);
        replace(slot, view.element);
        openOn = view.openOn;
        if (wanted !== undefined) openOn(wanted);
        wanted = undefined;
      })
      .catch(() => {
        // (Offline after the page loaded.) Opening the tab again tries again: webpack fetches a failed script anew.
        loaded = undefined;
        note.textContent = "This part of the add-in could not be loaded. Open its tab again, or reload the add-in.";
      })
      .finally(() => clearTimeout(slow));
    return loaded;
  };
  let openOn = (sheet: string): void => {
    wanted = sheet;
    void load();
  };

  // The tab is shown (tabs.ts tells the panel's first element): the editor is wanted now.
  slot.addEventListener("shown", () => void load());
  document.addEventListener(USE_SHEET_EVENT, (event) => {
    selectTab("tab-use");
    openOn((event as CustomEvent<string>).detail);
  });
  return slot;
}
