import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { PARTNERS, SAMPLE_DATA, TABS } from "../../src/schema";
import {
  createTracker,
  inWorkbook,
  openPane as openTaskPane,
  ROOT,
  screenshot,
  usePaneHarness,
  type SeedRow,
  type SeedSheets,
} from "./harness";

/**
 * Each task-pane flow end to end in Debian Chromium: the production build, real office.js from the
 * local package, the Excel fake installed as the page's `Excel`. Assertions read the fake workbook
 * afterwards, as a user would look at their workbook.
 */
type Row = SeedRow;

const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SCRIPT = "<script>window.__pwned=2</script>";

/** A partner organisation's own sheet: a title row, a blank row, their own headers and order. */
const PLEDGES: Row[] = [
  ["Pledges received — spring round", null, null, null, null, null],
  [null, null, null, null, null, null],
  ["Org name", "Type", "Pledge", "MOU signed?", "Status", "Remarks"],
  ["Harbor Bank", "Business", "$25,000", "Y", "Agreed", "Quarterly payments"],
  [HOSTILE_IMG, HOSTILE_IMG, "lots", "no", "Active", HOSTILE_SCRIPT],
  ["Eastside Youth League", "community-based", 4000, "yes", HOSTILE_SCRIPT, null],
];

const pane = usePaneHarness();
const openPane = (seed: { sheets?: SeedSheets } = {}) => openTaskPane(pane, seed.sheets);
const workbook = inWorkbook;

describe("Create or upgrade the tracker", () => {
  it("builds every tab with sample data, and a second run changes nothing", async () => {
    const { page, problems } = await openPane();
    const first = await createTracker(page, true);
    expect(first).toMatch(/Tracker ready/);
    for (const tab of TABS) {
      expect(first).toContain(tab.name);
      const headers = await workbook<string[]>(page, `wb.tableHeaders(${JSON.stringify(tab.table)})`);
      expect(headers).toEqual(tab.columns.map((c) => c.name));
      const rows = await workbook<unknown[]>(page, `wb.tableRows(${JSON.stringify(tab.table)})`);
      expect(rows).toHaveLength(SAMPLE_DATA[tab.name].length);
    }
    expect(await workbook<string[]>(page, "wb.sheetNames()")).toEqual(expect.arrayContaining(["Summary", "Lists"]));
    await screenshot(page, "create-tracker");

    const before = await workbook<unknown>(page, "wb.snapshot()");
    await page.locator("#create-tracker").click();
    await page.locator(".report", { hasText: "already up to date" }).waitFor({ timeout: 20000 });
    expect(await workbook<unknown>(page, "wb.snapshot()")).toEqual(before);
    expect(problems).toEqual([]);
  });

  it("works from the keyboard alone", async () => {
    const { page } = await openPane();
    await page.locator("#tab-create").focus();
    await page.keyboard.press("Tab"); // into the Create panel: the sample-data checkbox
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // the Create button
    await page.keyboard.press("Enter");
    await page.locator(".report").waitFor({ timeout: 20000 });
    const rows = await workbook<unknown[]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    expect(rows).toHaveLength(SAMPLE_DATA.Partners.length);
  });
});

describe("Use an existing sheet", () => {
  it("maps messy headers, validates in place showing hostile text as text, selects cells, copies without altering the original", async () => {
    const { page, problems } = await openPane({ sheets: [{ name: "Pledges", values: PLEDGES }] });
    await createTracker(page, false);
    const original = await workbook<unknown>(page, 'wb.cells("Pledges", "A1:F6")');

    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Pledges");
    await page.locator("#read-sheet").click();
    await page.locator("table.map").waitFor();
    expect(await page.locator("#tab-select").inputValue()).toBe("Partners");
    const mapped = (header: string) => page.locator(`select[aria-label='Tracker column for "${header}"']`);
    expect(await mapped("Org name").inputValue()).toBe("partner");
    expect(await mapped("Pledge").inputValue()).toBe("committed");
    expect(await mapped("MOU signed?").inputValue()).toBe("agreementSigned");
    expect(await mapped("Remarks").inputValue()).toBe("");
    // Correct the guess the way a user would: Remarks are the partner's notes.
    await mapped("Remarks").selectOption("notes");
    expect(await mapped("Remarks").inputValue()).toBe("notes");

    await page.locator("#validate-sheet").click();
    const issues = page.locator("#panel-use .problems");
    await issues.waitFor();
    const text = await issues.innerText();
    expect(text).toMatch(/lots/);
    expect(text).toContain(HOSTILE_IMG); // shown as the characters the partner typed …
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(await page.locator("main img, main script").count()).toBe(0); // … never as markup
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, "use-existing-sheet");

    // Selecting the "lots" issue selects its cell: sheet row 5, the Pledge column (C).
    await page.locator("button.problem-toggle", { hasText: "lots" }).first().click();
    await page.locator(".problem", { hasText: "lots" }).locator("button.issue").first().click();
    expect(await selectionAfterClick(page)).toEqual({ sheet: "Pledges", row: 4, col: 2, rows: 1, cols: 1 });

    await page.locator("#copy-sheet").click();
    await page.getByText("Copied 3 rows").waitFor({ timeout: 20000 });
    const rows = await workbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    const partnerCol = PARTNERS.columns.indexOf(PARTNERS.col.partner);
    expect(rows.map((r) => r[partnerCol])).toEqual(["Harbor Bank", HOSTILE_IMG, "Eastside Youth League"]);
    // Unambiguous amounts arrive as numbers; what is not an amount is kept as typed, to be flagged.
    const committedCol = PARTNERS.columns.indexOf(PARTNERS.col.committed);
    expect(rows.map((r) => r[committedCol])).toEqual([25000, "lots", 4000]);
    expect(await workbook<unknown>(page, 'wb.cells("Pledges", "A1:F6")')).toEqual(original);

    // A second click adds nothing and says so (issue 9 item 7).
    await page.locator("#copy-sheet").click();
    await page.getByText("Nothing copied: every row of Pledges is already in", { exact: false }).waitFor();
    expect(await workbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`)).toHaveLength(3);
    await screenshot(page, "copy-again");
    // The tracker's own sheets are not offered as a source.
    await page.locator("#reload-sheets").click();
    const offered = await page.locator("#sheet-select option").allInnerTexts();
    expect(offered).toContain("Pledges");
    expect(offered.filter((n) => ["Partners", "Foundation", "Assets", "Leadership", "Summary"].includes(n))).toEqual(
      [],
    );
    expect(problems).toEqual([]);
  });
});

/** A cell of tblPartners' first data row, as a co-author's edit leaves it (the value as typed, unparsed). */
async function firstPartnerHolds(page: Page, header: string, value: string): Promise<void> {
  await inWorkbook(
    page,
    `(() => {
      const t = wb.table("tblPartners");
      const col = wb.tableHeaders("tblPartners").indexOf(${JSON.stringify(header)});
      wb.sheet(wb.tableSheet(t).name).rows[t.rect.row + 1][t.rect.col + col] = ${JSON.stringify(value)};
    })()`,
  );
}

describe("Check the workbook", () => {
  it("lists problems with their counts, and selecting a cell of one selects it", async () => {
    const { page } = await openPane();
    await createTracker(page, true);
    // A co-author's bad entry: text in Committed of the first partner.
    await firstPartnerHolds(page, "Committed", "about 5k");
    await page.locator("#tab-check").click();
    await page.locator("#check-workbook").click();
    const problem = page.locator("li.problem.error", { hasText: "about 5k" });
    await problem.waitFor({ timeout: 20000 });
    expect(await problem.locator(".problem-count").innerText()).toBe("1");
    expect(await problem.locator(".where").first().innerText()).toBe("Partners · Committed");
    await screenshot(page, "check-workbook");

    await problem.locator("button.problem-toggle").click();
    await problem.locator("button.issue").click();
    const selection = await selectionAfterClick(page);
    expect(selection).toMatchObject({ sheet: "Partners", row: 1 }); // first data row of tblPartners, under its header

    const csv = await download(page, "#export-issues");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe('"Sheet","Tab","Row","Column","Severity","Rule","Value","Message"');
    expect(lines.find((l) => l.includes("about 5k"))).toMatch(/^"Partners","Partners",2,"Committed","error",/);
  });
});

describe("Summary", () => {
  it("shows the headline figures of the tracker and refreshes the Summary sheet", async () => {
    const { page } = await openPane();
    await createTracker(page, true);
    // A partner typed a formula-like sector; the export must not hand it to a spreadsheet as a formula.
    await firstPartnerHolds(page, "Sector", "@SUM(A1:A9)");
    await page.locator("#tab-summary").click();
    const csv = await download(page, "#export-summary");
    expect(csv).toContain('\r\n"\'@SUM(A1:A9)",1,250000,');
    expect(csv).not.toMatch(/(^|\n)@SUM/);
    await page.locator("#refresh-figures").click();
    await page.locator("#fig-partners").waitFor();
    const committed = SAMPLE_DATA.Partners.reduce((s, p) => s + Number(p.committed ?? 0), 0);
    expect(await page.locator("#fig-partners .tile-value").innerText()).toBe(String(SAMPLE_DATA.Partners.length));
    expect(await page.locator("#fig-committed .tile-value").innerText()).toBe(
      committed.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }),
    );
    const largest = Math.max(...SAMPLE_DATA.Partners.map((p) => Number(p.committed ?? 0)));
    expect(await page.locator("#fig-concentration .tile-value").innerText()).toBe(
      `${Math.round((largest / committed) * 100)}%`,
    );
    await screenshot(page, "summary");

    // Damage the Summary, then refresh it: the schema's formulas come back.
    const firstFormula = await workbook<[string, string][]>(
      page,
      'wb.sheet("Summary").formulas.entries().next().value',
    );
    await page.evaluate(`window.__partnersFake.workbook.sheet("Summary").formulas.clear()`);
    await page.locator("#refresh-summary").click();
    await page.getByText("Summary sheet was rewritten").waitFor({ timeout: 20000 });
    expect(await workbook<[string, string]>(page, 'wb.sheet("Summary").formulas.entries().next().value')).toEqual(
      firstFormula,
    );
  });
});

describe("accessibility and safety", () => {
  it("has no serious or critical axe-core violations in any flow", async () => {
    const context = await pane.browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.Office = {HostType:{Excel:"Excel"}};${pane.shim}`,
      }),
    );
    await page.goto(`${pane.served.url}taskpane.html`);
    await page.locator("#create-tracker").waitFor({ timeout: 20000 });
    const axe = fs.readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const serious: string[] = [];
    for (const tab of ["create", "use", "check", "summary"]) {
      await page.locator(`#tab-${tab}`).click();
      if (tab === "create") await createTrackerIn(page);
      if (tab === "check") await page.locator("#check-workbook").click();
      if (tab === "summary") await page.locator("#refresh-figures").click();
      await page.waitForTimeout(300);
      const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] })`)) as {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      };
      for (const v of result.violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
        serious.push(`${tab}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    await context.close();
    expect(serious).toEqual([]);
  });

  it("declares a Content-Security-Policy with no inline script and no eval", () => {
    const html = fs.readFileSync(path.join(ROOT, "dist", "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toBe("'self' https://appsforoffice.microsoft.com");
    expect(csp).toMatch(/connect-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(csp).not.toMatch(/unsafe-eval/);
  });
});

/** Clicks an export button and returns the downloaded file's text. */
async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The cell the fake workbook has selected, once the pane has announced the selection. */
async function selectionAfterClick(page: Page): Promise<Record<string, unknown>> {
  await page.locator("#announcer", { hasText: "Selected" }).waitFor({ state: "attached", timeout: 10000 });
  return workbook(
    page,
    `(() => { const s = window.__partnersFake.state; const sel = s.selection;
      return { sheet: s.sheets.find((x) => x.id === sel.sheetId).name, ...sel.rect }; })()`,
  );
}

async function createTrackerIn(page: Page): Promise<void> {
  await page.locator("#sample-data").click();
  await page.locator("#create-tracker").click();
  await page.locator(".report").waitFor({ timeout: 20000 });
}
