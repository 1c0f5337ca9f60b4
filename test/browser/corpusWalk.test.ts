import type { Page } from "playwright-core";
import { paneSeedOf } from "../fixtures/real/paneSeed";
import { createTracker, openPane, readSheetInUse, screenshot, usePaneHarness } from "./harness";

/**
 * "Use an existing sheet" walked on sheets shaped like those people keep (the corpus fixtures: invented
 * values, real layouts), at the pane's narrowest and a common width, as a user meets it: read, validate,
 * copy. What a mayor's office would notice is asserted — nothing wider than the pane, no command-line
 * option named — and each step is kept as a screenshot to look at.
 */
const pane = usePaneHarness();

/** The six: a totals row, two header rows, stacked tables, a sheet that is no tracker's, pounds, many messages. */
const WALKED = [
  "derived_title_and_total",
  "derived_two_header_rows",
  "derived_stacked_tables",
  "au_sports_grants",
  "oxford_community_grants",
  "derived_sponsoring_report",
];

/**
 * The editor's headers that break inside a word although the word fits the column on its own: a word is
 * what lies between spaces and after `:`, `/` or `_` (`Recipient Org:Description` broken as
 * `Recipient Org:Descriptio` / `n` read as two words at 320 px).
 */
async function headersBrokenInsideWords(page: Page): Promise<string[]> {
  return page.locator("table.map th[scope=row]").evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const text = cell.textContent ?? "";
      const width =
        cell.clientWidth -
        parseFloat(getComputedStyle(cell).paddingLeft) -
        parseFloat(getComputedStyle(cell).paddingRight);
      // Each character's line (its box's top), in the order of the text.
      const tops: number[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? "").length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      const broken: string[] = [];
      const measure = document.createElement("span");
      measure.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap;font:inherit";
      cell.appendChild(measure);
      for (const m of text.matchAll(/[^\s:/_]+[:/_]?/g)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        measure.textContent = m[0];
        const fits = measure.getBoundingClientRect().width <= width;
        if (fits && tops.slice(start, end).some((t) => t !== tops[start])) broken.push(`${text} (${m[0]})`);
      }
      measure.remove();
      return broken;
    }),
  );
}

/**
 * The editor's choices a user could not read whole: any of a dropdown's choices (the one it shows, or one
 * the user may pick) wider than the dropdown leaves for its text — cut at 320 px as `(the amounts' c`,
 * `Agreement sig`.
 */
async function choicesCut(page: Page): Promise<string[]> {
  return page.locator("table.map select").evaluateAll((selects) =>
    selects.flatMap((select) => {
      const style = getComputedStyle(select);
      // The text's room: the box less its padding, borders and the arrow (about one line high).
      const room =
        select.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        parseFloat(style.fontSize) * 1.2;
      const measure = document.createElement("span");
      measure.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
      measure.style.font = style.font;
      document.body.appendChild(measure);
      const cut = [...(select as HTMLSelectElement).options].flatMap((o) => {
        measure.textContent = o.text;
        return measure.getBoundingClientRect().width > room ? [o.text] : [];
      });
      measure.remove();
      return cut;
    }),
  );
}

/** What the pane shows a user must fit it and speak its words, not the command line's. */
async function looksRight(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const text = await page.locator("#panel-use").innerText();
  expect(text).not.toMatch(/--(map|tab|header-row|sheet)\b/);
  // The tracker's tables by their Excel names (`tblPartners`): a formula's word, not a reader's.
  expect(text).not.toMatch(/\btbl[A-Z]/);
}

/** A fixture's first sheet read in "Use an existing sheet" at `width`, to the read's end, as a user does first. */
async function readFixture(name: string, width: number): Promise<Awaited<ReturnType<typeof openPane>>> {
  const sheets = await paneSeedOf(name);
  const opened = await openPane(pane, sheets, width);
  const { page } = opened;
  await createTracker(page);
  await readSheetInUse(page, sheets[0].name);
  return opened;
}

describe("Use an existing sheet on the corpus's layouts", () => {
  for (const name of WALKED) {
    for (const width of [320, 450]) {
      it(`${name} at ${width} px`, async () => {
        const { page, problems } = await readFixture(name, width);
        await looksRight(page, width);
        expect(await headersBrokenInsideWords(page)).toEqual([]);
        expect([...new Set(await choicesCut(page))]).toEqual([]);
        await screenshot(page, `walk-${name}-${width}-read`);
        if (await page.locator("#panel-use table.map").count()) {
          await page.locator("#validate-sheet").click();
          await page.locator("#panel-use .result h3").waitFor({ timeout: 20000 });
          await looksRight(page, width);
          await screenshot(page, `walk-${name}-${width}-validate`);
          await page.locator("#copy-sheet").click();
          await page.locator("#panel-use .result [role=status], #panel-use .result [role=alert]").waitFor();
          await looksRight(page, width);
          await screenshot(page, `walk-${name}-${width}-copy`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  // Every tab's columns, as the user may choose the tab: Foundation's `Partner priorities acknowledged`
  // was cut at 450 px too.
  for (const width of [320, 450]) {
    it(`shows every tab's choices whole at ${width} px`, async () => {
      const { page, problems } = await readFixture("oxford_community_grants", width);
      await page.locator("table.map").waitFor();
      const cut: string[] = [];
      for (const tab of await page.locator("#tab-select option").allInnerTexts()) {
        await page.locator("#tab-select").selectOption(tab);
        await page.locator(`#tab-select option:checked:text-is("${tab}")`).waitFor({ state: "attached" });
        cut.push(...(await choicesCut(page)).map((text) => `${tab}: ${text}`));
      }
      expect([...new Set(cut)]).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
