import { mapHeaders, validateRange, type Cell } from "../../src/core";

/**
 * A header merged down over two rows with a group title merged across its last columns, the sub-headers
 * under it on the second line (corpus round hn D6, real: Japan's 様式1 subsidy disclosure, rows 3–4):
 * SPEC reads two header rows as one, so the second line is the header's, never "the header row again".
 * Invented values; the layout and header texts copied.
 */
const FIRST = [
  "支出元府省",
  "事業名",
  "補助金交付先名",
  "法人番号",
  "交付決定額（円）",
  "公益法人の場合",
  "公益法人の場合",
];
const SECOND = [
  "支出元府省",
  "事業名",
  "補助金交付先名",
  "法人番号",
  "交付決定額（円）",
  "公益法人の区分",
  "国認定、都道府県認定の区分",
];
const DATA: Cell[][] = [
  ["内閣府", "地域振興補助金", "公益財団法人さくら振興会", 1234567890123, 12500000, "公財", "国認定"],
  ["総務省", "情報化推進補助金", "一般社団法人みなと協会", 2234567890123, 3400000, "公社", "国認定"],
];
const title = ["公益法人に対する支出の公表について"];

describe("a two-row header with a group title over sub-headers", () => {
  it("reads the second line as the header's (as a workbook is read: merged cells' text on each of their cells)", () => {
    const sheet: Cell[][] = [title, [], FIRST, SECOND, ...DATA];
    const m = mapHeaders(sheet);
    expect([m.tab, m.headerRow, m.firstHeaderRow]).toEqual(["Partners", 3, 2]);
    // The sub-headers are named in Ignored, not the group title twice.
    expect(m.unknown.map((u) => u.header)).toEqual([
      "支出元府省",
      "事業名",
      "法人番号",
      "公益法人の区分",
      "国認定、都道府県認定の区分",
    ]);
    const result = validateRange(sheet, null, { mapping: m });
    expect(result.leftOut.map((l) => l.kind)).toEqual([]);
    expect(result.issues.map((i) => i.message).join("\n")).not.toContain("header row again");
  });

  it("reads it so saved as CSV too (a merged cell's text on its first cell alone)", () => {
    const csvFirst = FIRST.map((h, i) => (i === 6 ? null : h));
    const csvSecond = SECOND.map((h, i) => (i < 5 ? null : h));
    const m = mapHeaders([title, [], csvFirst, csvSecond, ...DATA]);
    expect([m.headerRow, m.firstHeaderRow]).toEqual([3, 2]);
    expect(m.unknown.map((u) => u.header).slice(-2)).toEqual(["公益法人の区分", "国認定、都道府県認定の区分"]);
  });

  it("still calls a header said again whole, or a row of values, no second line", () => {
    const again = mapHeaders([FIRST, FIRST, ...DATA]);
    expect([again.headerRow, again.firstHeaderRow]).toEqual([0, 0]);
    // A first data row whose cells differ from the headers above them is data (its figures, its names).
    const data = mapHeaders([FIRST, ...DATA]);
    expect(data.headerRow).toBe(0);
    // Nor a row of words alone, its amount and number blank: its first cells are no headers said again.
    const words = mapHeaders([
      FIRST,
      ["内閣府", "地域振興補助金", "公益財団法人さくら振興会", null, null, "公財", "国認定"],
      ...DATA,
    ]);
    expect(words.headerRow).toBe(0);
  });
});
