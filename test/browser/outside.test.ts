import type { Browser } from "playwright-core";
import { launchBrowser, openPage, screenshot, serveDist, type Served } from "./harness";

/** The built page opened in a plain browser, with the real office.js: it must say it runs in Excel. */
describe("task pane outside Excel", () => {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("says plainly that it runs inside Excel and how to sideload it", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${served.url}taskpane.html`);
    await page.getByText("This add-in runs inside Excel", { exact: false }).waitFor({ timeout: 20000 });
    await expectText(page, "Upload My Add-in");
    await screenshot(page, "outside-excel");
    expect(problems).toEqual([]);
  });
});

async function expectText(page: import("playwright-core").Page, text: string): Promise<void> {
  expect(await page.locator("body").innerText()).toContain(text);
}
