import * as fs from "fs";
import * as path from "path";
import { decodeCsv } from "../../src/cli/csvEncoding";
import { runMain, tempDir } from "./helpers";

/**
 * A CSV saved in Big5 (code page 950), as Taipei's open-data portal publishes and Excel on a Windows set
 * for Taiwan saves (corpus round qa D-qa1, real: Taipei City's industry grant recipients, read as
 * Windows-1250: `獲補助年度` quoted as `Ŕň¸É§U¦~«×`). Invented companies and amounts, that file's headers.
 */

/** `text` in Big5: each character outside ASCII found by decoding Big5's pairs. */
const big5 = (text: string) => {
  const code = new Map<string, number[]>();
  const decoder = new TextDecoder("big5");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const c = decoder.decode(Buffer.from([lead, trail]));
      if (c.length === 1 && c !== "\ufffd" && !code.has(c)) code.set(c, [lead, trail]);
    }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : code.get(c)!)));
};

const GRANTS =
  "獲補助年度,領域,公司名稱,計畫名稱,核定日期,核定補助款-元,自籌款-元,總經費-元\n" +
  "100,研發補助,山海網路股份有限公司,中文字型技術平台開發計畫,1000613,500000,1420000,1920000\n" +
  "101,研發補助,青松生技有限公司,智慧農業感測服務計畫,1010711,600000,2100000,2700000\n" +
  "114,新創拔尖,北辰科技股份有限公司,低延遲傳輸設計新創拔尖計畫,1140117,10200000,15000000,25200000\n";

describe("a Big5 CSV", () => {
  it("reads Taiwan's traditional characters as written, not as Windows-1250", () => {
    expect(decodeCsv(big5(GRANTS))).toBe(GRANTS);
  });

  it("leaves a German Windows-1252 file, its accents before ASCII letters, as it was read", () => {
    // German accents stand before ASCII letters, pairing as Big5 would, but never with a trail outside ASCII.
    const german = "Empfänger;Betrag\nFörderverein Grünau;1000\nMüllerstraße Kulturhaus;200\nBürgerstiftung Süd;300\n";
    expect(decodeCsv(Buffer.from(german, "latin1"))).toBe(german);
  });

  it("names the company column as Partner when check asks for a header row", async () => {
    const dir = tempDir("csv-big5");
    fs.writeFileSync(path.join(dir, "grants.csv"), big5(GRANTS));
    const check = await runMain(["check", "grants.csv"], dir);
    expect(check.code).toBe(3);
    expect((check.stdout + check.stderr).replace(/\s+/g, " ")).toContain('--map "公司名稱=Partner"');
  });
});
