/** Task pane entry: shows the app inside Excel, and a plain explanation elsewhere. */
Office.onReady((info) => {
  const app = document.getElementById("app");
  if (!app) return;
  app.textContent =
    info.host === Office.HostType.Excel
      ? "Partnership Tracker is ready."
      : "Partnership Tracker runs inside Excel. Sideload manifest.xml into Excel (see README) to use it.";
});
