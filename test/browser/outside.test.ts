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

  it("says within seconds that office.js did not load when a proxy blocks Microsoft's CDN", async () => {
    const { page } = await openPage(browser);
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("blockedbyclient"));
    const started = Date.now();
    await page.goto(`${served.url}taskpane.html`);
    await page.getByText("office.js) did not load", { exact: false }).waitFor({ timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    await expectText(page, "appsforoffice.microsoft.com");
    await screenshot(page, "office-js-blocked");
  });

  it("says what is wrong when Office never answers, instead of loading for ever", async () => {
    const { page } = await openPage(browser, {
      shim: "Office.onReady = function () { return new Promise(function () {}); };",
    });
    await page.goto(`${served.url}taskpane.html`);
    await page.getByText("Office did not answer within 8 seconds", { exact: false }).waitFor({ timeout: 15000 });
  });
});

async function expectText(page: import("playwright-core").Page, text: string): Promise<void> {
  expect(await page.locator("body").innerText()).toContain(text);
}
