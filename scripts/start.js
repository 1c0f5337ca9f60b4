#!/usr/bin/env node
/*
 * `npm start`: run the add-in in Excel.
 * - Windows / macOS with desktop Excel: office-addin-debugging sideloads manifest.xml, starts the dev
 *   server and opens Excel.
 * - Anywhere office-addin-debugging cannot (Linux; it prints "platform not supported" and still
 *   exits 0), we do not pretend: start the https dev server ourselves and print how to sideload
 *   manifest.xml into Excel on the web.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function tryDesktopExcel() {
  if (process.env.PARTNERS_FORCE_WEB === "1") return { ok: false, reason: "PARTNERS_FORCE_WEB=1" };
  const run = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"], {
    cwd: root,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  const output = `${run.stdout || ""}${run.stderr || ""}`;
  process.stdout.write(output);
  if (run.error) return { ok: false, reason: run.error.message };
  // It says "The current platform is not supported: linux" and exits 0.
  if (/not supported/i.test(output)) return { ok: false, reason: output.trim().split("\n").pop() };
  if (run.status !== 0) return { ok: false, reason: `office-addin-debugging exited with ${run.status}` };
  return { ok: true };
}

function sideloadInstructions() {
  return [
    "",
    "Desktop Excel is not available here, so the add-in is served for Excel on the web instead.",
    "",
    `  Add-in pages:   https://localhost:${PORT}/taskpane.html  (functions.js, functions.json, assets/)`,
    `  Manifest:       ${path.join(root, "manifest.xml")}`,
    "",
    "Sideload it into Excel on the web:",
    "  1. Trust the dev certificate once: open the page above in your browser and accept it, or import",
    "     ~/.office-addin-dev-certs/ca.crt as a trusted authority.",
    "  2. Open https://www.office.com, create or open a workbook in Excel (OneDrive or SharePoint).",
    "  3. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.",
    '  4. Browse to the manifest above, then Upload. A "Partnership Tracker" button appears on the Home tab,',
    "     and =PARTNERS.VALIDATE(...) works in cells.",
    "",
    "Without Excel at all: open the page above in a browser to check it loads (it will say it must run in",
    "Excel), or use the command-line tool on .xlsx files (README, 'Command line').",
    "Stop the server with Ctrl+C.",
    "",
  ].join("\n");
}

const desktop = tryDesktopExcel();
if (desktop.ok) process.exit(0);

console.log(`\n(${desktop.reason})`);
console.log(sideloadInstructions());
const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
