import { mountApp, mountOutsideExcel } from "./app";
import { excelBackend } from "./excelBackend";

/** Task pane entry: the app inside Excel, a plain explanation anywhere else. */
Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host === Office.HostType.Excel) mountApp(root, excelBackend());
  else mountOutsideExcel(root);
});
