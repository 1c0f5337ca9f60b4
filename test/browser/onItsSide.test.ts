import { inWorkbook, openPane, screenshot, usePaneHarness, type SeedRow } from "./harness";

/**
 * A table on its side in "Use an existing sheet" (a KPI table kept one column per measure): its items
 * across row 1, what is said of each down column A. No mapping reads it — mapped by hand, a measure's
 * three figures became three partners — so the pane says how to transpose it and offers no editor until
 * the user asks to map it anyway.
 */
const pane = usePaneHarness();

/** Invented, in the layout of a ministry's totals per measure (corpus round fm). */
const MEASURES: SeedRow[] = [
  ["Measure", "1.1 Digital infrastructure", "1.2 Cloud migration", "1.4 Citizen services"],
  ["Amount awarded", 1200000, 450000, 980000],
  ["Total measure amount", 1500000, 500000, 1000000],
  ["Amount paid", 600000, 120000, 0],
];

describe("a table on its side", () => {
  for (const width of [320, 450]) {
    it(`says to transpose it and offers no mapping editor until asked (${width} px)`, async () => {
      const { page, problems } = await openPane(pane, [{ name: "Measures", values: MEASURES }], width);
      await page.locator("#tab-use").click();
      await page.locator("#reload-sheets").click();
      await page.locator("#sheet-select").selectOption("Measures");
      await page.locator("#read-sheet").click();
      const side = page.locator("#on-its-side");
      await side.waitFor({ timeout: 20000 });
      const text = await side.innerText();
      expect(text).toMatch(/Paste Special/);
      expect(text).toMatch(/Transpose/);
      // The steps name the table's cells to copy.
      expect(text).toMatch(/A1:D4/);
      // No editor, no tab to choose, no Validate or Copy to sum a measure's figures as partners.
      expect(await page.locator("#panel-use table.map").count()).toBe(0);
      expect(await page.locator("#panel-use #tab-select").count()).toBe(0);
      expect(await page.locator("#validate-sheet").isVisible()).toBe(false);
      expect(await page.locator("#copy-sheet").isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `on-its-side-${width}`);

      // Asked for, the editor comes, as before; the sheet itself is unchanged.
      await page.locator("#map-anyway").click();
      await page.locator("#panel-use #tab-select").waitFor();
      // The steps stay above the editor; Validate and Copy wait for a mapping, as on any sheet mapped by hand.
      expect(await side.isVisible()).toBe(true);
      expect(await page.locator("#validate-sheet").isVisible()).toBe(false);
      await screenshot(page, `on-its-side-map-anyway-${width}`);
      await page.locator("#panel-use #tab-select").selectOption("Partners");
      await page.locator("#panel-use table.map").waitFor();
      expect(await page.locator("#validate-sheet").isVisible()).toBe(true);
      expect(await inWorkbook(page, 'wb.cells("Measures", "A1:D4")')).toEqual(MEASURES);
      expect(problems).toEqual([]);
    });
  }
});
