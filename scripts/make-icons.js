#!/usr/bin/env node
/*
 * Renders assets/icon.svg to the PNG sizes Office asks for (16, 32, 64, 80, 128) with Debian's
 * chromium through playwright-core. Run after editing the SVG: `node scripts/make-icons.js`.
 * The PNGs are committed, so building the add-in never needs a browser.
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const assets = path.resolve(__dirname, "..", "assets");

(async () => {
  const svg = fs.readFileSync(path.join(assets, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace("<svg ", `<svg width="${size}" height="${size}" `) +
          `</body></html>`,
      );
      await page.screenshot({ path: path.join(assets, `icon-${size}.png`), omitBackground: true });
      await page.close();
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
})();
