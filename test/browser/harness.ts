import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Real-browser harness for the task pane: serves the production build (dist/) on loopback, answers
 * Microsoft's office.js CDN from the local @microsoft/office-js package (there is no internet here),
 * and optionally appends a page shim after office.js that installs the Excel fake and tells the
 * page it is inside Excel.
 */
export const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** A static server for dist/ on 127.0.0.1 (http: the page's CSP is the same either way). */
export async function serveDist(): Promise<Served> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  }
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(DIST, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** office.js loads a telemetry frame from this host; outside Office it is expected and harmless. */
const OFFICE_TELEMETRY = /oaspapps\.com/;

export interface PageOptions {
  /** JavaScript appended to office.js: runs after Office is defined, before the add-in's scripts. */
  readonly shim?: string;
}

/**
 * A page whose requests to the office.js CDN are answered from the local package, and every other
 * outside request is refused (so a test notices anything the page tries to fetch from elsewhere).
 */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error" && /Content.Security.Policy|Refused to/i.test(text) && !OFFICE_TELEMETRY.test(text)) {
      problems.push(text);
    }
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("http://127.0.0.1")) return route.continue();
    if (url.startsWith(CDN)) {
      const rel = url.slice(CDN.length).split("?")[0];
      const file = path.join(OFFICE_DIST, rel);
      if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
      let body = fs.readFileSync(file, "utf8");
      if (rel === "office.js" && options.shim) body += `\n;${options.shim}`;
      return route.fulfill({ status: 200, contentType: "text/javascript", body });
    }
    if (!OFFICE_TELEMETRY.test(url)) problems.push(`blocked outside request: ${url}`);
    return route.abort();
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Bundles pageShim.ts (the Excel fake plus the Office.onReady patch) for the browser with webpack,
 * once per test run, and returns its source.
 */
export async function buildPageShim(): Promise<string> {
  const out = path.join(ROOT, "test-output", "browser");

  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "pageShim.ts"),
    output: { path: out, filename: "pageShim.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
  return fs.readFileSync(path.join(out, "pageShim.js"), "utf8");
}

/**
 * The page's surroundings for one test file: dist/ served on a free port, Chromium, and the page
 * shim (office.js plus the Excel fake), made once before the file's tests and closed after them.
 */
export function usePaneHarness(): { readonly served: Served; readonly browser: Browser; readonly shim: string } {
  const env = {} as { served: Served; browser: Browser; shim: string };
  beforeAll(async () => {
    [env.served, env.browser, env.shim] = await Promise.all([serveDist(), launchBrowser(), buildPageShim()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.served?.close();
  });
  return env;
}

/** A row of a seeded sheet, and the sheets a pane opens over (the fake workbook's own). */
export type SeedRow = (string | number | null)[];
export type SeedSheets = readonly {
  readonly name: string;
  readonly values: readonly SeedRow[];
  readonly merges?: readonly string[];
  /** Excel tables over seeded cells (`A5:C7`, header row included). */
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
}[];

/**
 * The task pane over the Excel fake, its workbook seeded with `sheets` (pageShim.ts reads them before
 * any script runs), at `width` pixels; ready when the Create flow shows.
 */
export async function openPane(
  harness: { readonly served: Served; readonly browser: Browser; readonly shim: string },
  sheets: SeedSheets = [],
  width = 360,
): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(harness.browser, { shim: harness.shim });
  if (width !== 360) await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.addInitScript((s) => {
    (window as unknown as { __PARTNERS_SEED__: unknown }).__PARTNERS_SEED__ = { sheets: s };
  }, sheets);
  await opened.page.goto(`${harness.served.url}taskpane.html`);
  await opened.page.locator("#create-tracker").waitFor({ timeout: 20000 });
  return opened;
}

/** Creates the tracker from the Create tab, with or without the sample; returns its report's text. */
export async function createTracker(page: Page, sample = false): Promise<string> {
  await page.locator("#tab-create").click();
  if (sample) await page.locator("#sample-data").click();
  await page.locator("#create-tracker").click();
  const report = page.locator(".report");
  await report.waitFor({ timeout: 20000 });
  return report.innerText();
}

/**
 * Opens "Use an existing sheet" on `sheet` and reads it, as a user does first; ready when the read has
 * ended and its status speaks.
 */
export async function readSheetInUse(page: Page, sheet: string): Promise<void> {
  await page.locator("#tab-use").click();
  await page.locator("#reload-sheets").click();
  await page.locator("#sheet-select").selectOption(sheet);
  await page.locator("#read-sheet").click();
  await page.locator("#read-sheet:not([aria-busy])").waitFor();
  await page.locator("#panel-use .status:not(:empty)").waitFor();
}

/** Evaluates `expression` in the page with `wb` bound to the fake workbook (window.__partnersFake). */
export function inWorkbook<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => { const wb = window.__partnersFake.workbook; return ${expression}; })()`) as Promise<T>;
}
