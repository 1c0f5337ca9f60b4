/**
 * Entry point for browser tests: bundle this file into the task-pane page (before the add-in's
 * script) and the page's `Excel.run` and `Office.onReady` land in the fake. The test then reaches
 * the fake as `window.__fakeExcel`: seed with `__fakeExcel.workbook.seedSheet(...)`, read back with
 * `__fakeExcel.workbook.cells(...)`, `.tableRows(...)`, `.snapshot()`, and `__fakeExcel.stats`.
 */
import { createFakeExcel, type FakeExcel } from "./index";

declare global {
  interface Window {
    __fakeExcel?: FakeExcel;
  }
}

const fake = createFakeExcel();
fake.install(window, { office: true });
window.__fakeExcel = fake;

export default fake;
