import type { Page } from "playwright-core";
import { createTracker, openPane, screenshot, usePaneHarness, type SeedRow } from "./harness";

/**
 * "Use an existing sheet" is a script of its own (useSheet.js), fetched the first time a user opens it
 * or Check's "Map and check" asks for it — never by Create or Check alone — and it works that first time:
 * while it loads, the panel says so, and a click made meanwhile is acted on once it is in.
 */
const pane = usePaneHarness();

const CHUNK = /\/useSheet\.js(\?|$)/;

/** A user's own Partners sheet beside the tracker (Check offers to map it). */
const OWN: SeedRow[] = [
  ["Org name", "Type", "Pledge"],
  ["Harbor Bank", "Business", 25000],
  ["Eastside Youth League", "community based", "lots"],
];

/** Counts the page's requests for the script, each held back `delayMs` (a slow connection). */
async function watchChunk(page: Page, delayMs: number): Promise<{ count(): number }> {
  let count = 0;
  await page.route(CHUNK, async (route) => {
    count += 1;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fallback();
  });
  return { count: () => count };
}

describe("Use an existing sheet, loaded when first opened", () => {
  for (const width of [320, 450]) {
    it(`works the first time it is opened, the script fetched only then (${width} px)`, async () => {
      const { page, problems } = await openPane(pane, [{ name: "Partners", values: OWN }], width);
      const chunk = await watchChunk(page, 1500);
      await createTracker(page);
      await page.locator("#tab-check").click();
      await page.locator("#check-workbook").click();
      await page.locator("#panel-check .which .note").waitFor({ timeout: 20000 });
      await page.locator("#tab-summary").click();
      expect(chunk.count()).toBe(0);

      await page.locator("#tab-use").click();
      // Said while it loads, under the flow's heading.
      await page.locator("#use-sheet-loading", { hasText: "Loading…" }).waitFor();
      expect(await page.locator("#use-title").innerText()).toBe("Use an existing sheet");
      await screenshot(page, `use-sheet-loading-${width}`);
      await page.locator("#reload-sheets").click({ timeout: 20000 });
      await page.locator("#sheet-select").selectOption("Partners");
      await page.locator("#read-sheet").click();
      await page.locator("#panel-use table.map").waitFor({ timeout: 20000 });
      await screenshot(page, `use-sheet-opened-${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Back and forth between the tabs: fetched once, and the editor kept as the user left it.
      await page.locator("#tab-create").click();
      await page.locator("#tab-use").click();
      expect(await page.locator("#panel-use table.map").isVisible()).toBe(true);
      expect(chunk.count()).toBe(1);
      expect(problems).toEqual([]);
    });
  }

  it('reads the sheet "Map and check" names when clicked before the script is in', async () => {
    const { page, problems } = await openPane(pane, [{ name: "Partners", values: OWN }]);
    const chunk = await watchChunk(page, 1500);
    await createTracker(page);
    await page.locator("#tab-check").click();
    await page.locator("#check-workbook").click();
    const note = page.locator("#panel-check .which .note");
    await note.waitFor({ timeout: 20000 });
    await note.locator(".check-own-sheet").click();
    // The flow's tab opens at once, saying it loads; the click is not lost.
    expect(await page.locator("#tab-use").getAttribute("aria-selected")).toBe("true");
    await page.locator("#use-sheet-loading", { hasText: "Loading…" }).waitFor();
    await page.locator("#panel-use table.map").waitFor({ timeout: 20000 });
    expect(await page.locator("#sheet-select").inputValue()).toBe("Partners");
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use li.problem", { hasText: '"lots"' }).waitFor();
    expect(chunk.count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it("says so when the script cannot be fetched, and opening the tab again fetches it", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Partners", values: OWN }]);
    let offline = true;
    await page.route(CHUNK, (route) => (offline ? route.abort("internetdisconnected") : route.fallback()));
    await page.locator("#tab-use").click();
    await page.locator("#use-sheet-loading", { hasText: "could not be loaded" }).waitFor({ timeout: 20000 });
    offline = false;
    await page.locator("#tab-create").click();
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click({ timeout: 20000 });
    await page.locator("#sheet-select").selectOption("Partners");
    await page.locator("#read-sheet").click();
    await page.locator("#panel-use table.map").waitFor({ timeout: 20000 });
    expect(problems).toEqual([]);
  });
});
