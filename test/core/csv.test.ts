import fc from "fast-check";
import { csvField, isFormulaLike, issuesToCsv, neutralise, tableToCsv, toCsv } from "../../src/core/csv";

/** A minimal RFC 4180 parser, to read back what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("CSV export never hands a spreadsheet a formula", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ["+1+1"],
    ["-2+3"],
    ["@SUM(A1:A9)"],
    ["\t=1+1"],
    ["\r=1+1"],
    ["  =cmd|' /C calc'!A0"],
    ["\n=1+1"],
  ])("neutralises %j", (text) => {
    const field = csvField(text);
    const [[back]] = parseCsv(`${field}\r\n`);
    expect(back).toBe(`'${text}`);
    expect(isFormulaLike(back)).toBe(false);
  });

  it("leaves ordinary text and real numbers alone (a negative amount is a number, not a formula)", () => {
    expect(csvField("Fresh Air Fund")).toBe("Fresh Air Fund");
    expect(csvField("e-mail: a@b.org")).toBe("e-mail: a@b.org");
    expect(csvField(-1200)).toBe("-1200");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(true)).toBe("TRUE");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("quotes separators, quotes and line breaks so every value stays in its cell", () => {
    const rows = [
      ["a,b", 'say "hi"', "two\r\nlines"],
      ["plain", 3, null],
    ];
    const text = toCsv(rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual([
      ["a,b", 'say "hi"', "two\r\nlines"],
      ["plain", "3", ""],
    ]);
  });

  it("round-trips any text: what comes back is the text, or the text behind an apostrophe if it could run", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const back = parseCsv(toCsv(rows));
        expect(back).toHaveLength(rows.length);
        rows.forEach((row, r) =>
          row.forEach((text, c) => {
            expect(back[r][c]).toBe(isFormulaLike(text) ? `'${text}` : text);
            expect(isFormulaLike(back[r][c])).toBe(false);
          }),
        );
      }),
    );
  });

  it("writes issues with their location, neutralising text that came from the workbook", () => {
    const csv = issuesToCsv(
      [
        {
          sheet: "Partners",
          tab: "Partners",
          row: 5,
          column: "=Pledge",
          severity: "error",
          rule: "test.rule",
          message: 'Committed is text: "=1+1".',
        },
        {
          sheet: "Partners",
          tab: "Partners",
          row: 6,
          column: "Sector",
          severity: "warning",
          rule: "test.rule",
          message: "Use the listed spelling.",
        },
      ],
      { bom: true },
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ["Sheet", "Tab", "Row", "Column", "Severity", "Message"],
      ["Partners", "Partners", "5", "'=Pledge", "error", 'Committed is text: "=1+1".'],
      ["Partners", "Partners", "6", "Sector", "warning", "Use the listed spelling."],
    ]);
    expect(
      parseCsv(issuesToCsv([{ row: 2, column: "A", severity: "error", rule: "test.rule", message: "m" }]))[0],
    ).toEqual(["Row", "Column", "Severity", "Message"]);
  });

  it("writes a summary table with a header row", () => {
    const csv = tableToCsv(["Sector", "Partners", "Committed"], [["-Nonprofit", 3, 570000]]);
    expect(parseCsv(csv)).toEqual([
      ["Sector", "Partners", "Committed"],
      ["'-Nonprofit", "3", "570000"],
    ]);
    expect(neutralise("Nonprofit")).toBe("Nonprofit");
  });
});
