import fc from "fast-check";
import { csvField, csvLine, isFormulaLike, issuesToCsv, neutralise, tableToCsv, toCsv } from "../../src/core/csv";
// The corpus's RFC 4180 reader reads back what the exporter wrote.
import { parseCsv } from "../../src/cli/csvReader";

/** How a spreadsheet set to another separator splits one written line: every piece is a cell. */
function splitOn(line: string, separators: RegExp): string[] {
  return line.split(separators);
}

/** What an importer that skips spaces, controls, invisible characters and quotes sees first. */
function firstVisible(piece: string): string {
  return piece.replace(/^(?:[\s\p{Cc}\p{Cf}]|")*/u, "").charAt(0);
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
    ["\u0000=1+1"], // a NUL before the formula (passed the old neutraliser)
    ["\u200b=1+1"], // zero-width space
    ["\ufeff@SUM(1)"],
    ['"=1+1"'],
  ])("neutralises %j at the start of a field", (text) => {
    const field = csvField(text);
    const [[back]] = parseCsv(`${field}\r\n`);
    // Only apostrophes added: in front, or after a tab or line break that an import could split on.
    expect(back).not.toBe(text);
    expect(back.replace(/'/g, "")).toBe(text.replace(/'/g, ""));
    expect(firstVisible(back)).toBe("'");
    expect(isFormulaLike(back)).toBe(false);
  });

  it.each([
    ["Fresh Air Fund;=2+2", "Fresh Air Fund;'=2+2"],
    ["a\t=1+1", "a\t'=1+1"],
    ["first line\r\n=1+1", "first line\r\n'=1+1"],
    ['x; "=1+1', `x; "'=1+1`],
    ["name;\u0000@SUM(1)", "name;\u0000'@SUM(1)"],
  ])("neutralises %j where a ; or tab import would split a formula out", (text, safe) => {
    expect(neutralise(text)).toBe(safe);
    const [[back]] = parseCsv(`${csvField(text)}\r\n`);
    expect(back).toBe(safe);
  });

  it("quotes every text field and leaves real numbers bare (a negative amount is a number, not a formula)", () => {
    expect(csvField("Fresh Air Fund")).toBe('"Fresh Air Fund"');
    expect(csvField("e-mail: a@b.org")).toBe('"e-mail: a@b.org"');
    expect(csvField("Status is Active; Agreement signed is not Yes")).toBe(
      '"Status is Active; Agreement signed is not Yes"',
    );
    expect(csvField(-1200)).toBe("-1200");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(true)).toBe("TRUE");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("keeps separators, quotes and line breaks inside their cell", () => {
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

  it("round-trips any text: what comes back is the text, neutralised only where it could run", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const back = parseCsv(toCsv(rows));
        expect(back).toHaveLength(rows.length);
        rows.forEach((row, r) =>
          row.forEach((text, c) => {
            expect(back[r][c]).toBe(neutralise(text));
            expect(isFormulaLike(back[r][c])).toBe(false);
            if (!/[=+\-@]/.test(text)) expect(back[r][c]).toBe(text); // nothing to fear, nothing changed
          }),
        );
      }),
    );
  });

  it("gives an importer splitting on , ; tab or line breaks no piece that starts a formula", () => {
    const alphabet = fc.constantFrom("=", "+", "-", "@", ";", ",", '"', "\t", "\r", "\n", " ", "\u0000", "a", "1");
    fc.assert(
      fc.property(
        fc.array(
          fc.array(alphabet).map((cs) => cs.join("")),
          { minLength: 1, maxLength: 4 },
        ),
        (row) => {
          const line = csvLine(row);
          for (const piece of splitOn(line, /[,;\t\r\n]/)) {
            const first = firstVisible(piece);
            expect(/[=+\-@]/.test(first)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("writes issues with their location, rule and value, neutralising text that came from the workbook", () => {
    const csv = issuesToCsv(
      [
        {
          sheet: "Partners",
          tab: "Partners",
          row: 5,
          cell: "G5",
          column: "=Pledge",
          severity: "error",
          rule: "type.committed",
          value: "=1+1",
          message: 'Committed is text: "=1+1".',
        },
        {
          sheet: "Partners",
          tab: "Partners",
          row: 6,
          column: "Sector",
          severity: "warning",
          rule: "spelling.sector",
          value: -3,
          message: "Use the listed spelling.",
        },
      ],
      { bom: true },
    );
    expect(csv.startsWith('\uFEFF"Sheet",')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ["Sheet", "Tab", "Row", "Cell", "Column", "Severity", "Rule", "Value", "Message"],
      ["Partners", "Partners", "5", "G5", "'=Pledge", "error", "type.committed", "'=1+1", 'Committed is text: "=1+1".'],
      ["Partners", "Partners", "6", "", "Sector", "warning", "spelling.sector", "-3", "Use the listed spelling."],
    ]);
    expect(
      parseCsv(issuesToCsv([{ row: 2, column: "A", severity: "error", rule: "test.rule", message: "m" }]))[0],
    ).toEqual(["Row", "Column", "Severity", "Rule", "Value", "Message"]);
  });

  it("writes a summary table with a header row", () => {
    const csv = tableToCsv(["Sector", "Partners", "Committed"], [["-Nonprofit", 3, 570000]]);
    expect(csv).toBe('"Sector","Partners","Committed"\r\n"\'-Nonprofit",3,570000\r\n');
    expect(neutralise("Nonprofit")).toBe("Nonprofit");
  });
});
