import { mountApp, mountOfficeUnavailable, mountOutsideExcel } from "./app";
import { excelBackend } from "./excelBackend";

/** How long Office may take to say it is ready before the pane says what is wrong. */
export const OFFICE_READY_TIMEOUT_MS = 8000;

/**
 * Task pane entry: the app inside Excel, a plain explanation anywhere else — and, when office.js
 * did not load (a proxy blocking Microsoft's CDN) or Office never answers, a message saying so
 * instead of "Loading…" for ever.
 */
function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    mountOfficeUnavailable(root, "not-loaded");
    return;
  }
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) mountOfficeUnavailable(root, "no-answer", OFFICE_READY_TIMEOUT_MS / 1000);
  }, OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) mountApp(root, excelBackend());
    else mountOutsideExcel(root);
  });
}

start();
