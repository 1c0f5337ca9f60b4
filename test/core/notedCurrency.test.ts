import { mappingFromPairs, summarizePartners, validateRange, type Cell } from "../../src/core";
import { TODAY } from "./sheets";

/**
 * Corpus round jo D1 (real: Bulgaria's list of EU-funds beneficiaries, and its register of state-aid
 * measures): the currency a workbook says in a note under its data — "All amounts are in Bulgarian lev
 * (BGN) / 1 EUR = 1,95583 BGN" — or as the lev's own abbreviation in a header (`Годишен бюджет в млн.
 * лв.`) was not read: 2.78bn leva summed as "$2,781,008,899.11", "The sheet names no currency".
 * (Invented beneficiaries and figures; the list's layout: a title, the header on row 4, notes merged
 * across the table under the data, which reach the checks filled into each cell.)
 */
const NOTE = "All amounts are in Bulgarian lev (BGN) / 1 EUR = 1,95583 BGN";
const across = (text: string): Cell[] => Array(5).fill(text);
const LIST: Cell[][] = [
  [],
  ["Projects"],
  [],
  ["Beneficiary", "Project Name", "Total", "Grant", "Actual amounts paid"],
  ["111222333 Alpha Plast Ltd.", "Machine line", 400000, 280000, 150000],
  ["444555666 Beta Foods Ltd.", "Cold store", 250000, 175000, 0],
  ["777888999 Gamma Tools Ltd.", "CNC centre", 1000000, 700000, 700000],
  [],
  across("Notes:"),
  across(NOTE),
  across("Paid amounts are for the whole project."),
];

describe("a currency said in a note under the data", () => {
  it("is the amounts' currency: leva, not dollars", () => {
    const s = summarizePartners(LIST);
    expect(s.total.committed).toBe(1650000);
    expect(s.currency).toBe("BGN");
    expect(s.currencyAssumed).toBe(false);
  });

  it("is read from a note in one cell too, among other notes, whatever comes after the code", () => {
    const oneCell = LIST.map((row) => (row.length === 5 && row[0] === row[1] ? [row[0]] : row));
    expect(summarizePartners(oneCell).currency).toBe("BGN");
    const euros = [...LIST.slice(0, 8), ["Tous les montants sont exprimés en euros."]];
    expect(summarizePartners(euros).currency).toBe("EUR");
  });

  it("is not read from a note naming no currency, nor from a sentence above more data", () => {
    const thousands = [...LIST.slice(0, 8), ["All amounts are in thousands"]];
    expect(summarizePartners(thousands).currencyAssumed).toBe(true);
    // A sentence between the rows (a label) says nothing of the amounts under the last of them.
    const inside = [...LIST.slice(0, 5), [NOTE], ...LIST.slice(5, 7)];
    expect(summarizePartners(inside).currencyAssumed).toBe(true);
  });

  it("leaves the notes out of the checks, as before", () => {
    const issues = validateRange(LIST, "Partners", { today: TODAY }).issues;
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("the lev's abbreviation in a header", () => {
  it("names the currency, beside the multiple it says", () => {
    const register: Cell[][] = [
      ["Администратор", "Наименование на мярката", "Годишен бюджет в млн. лв."],
      ["Агенция А", "Мярка едно", 12.5],
      ["Агенция Б", "Мярка две", "-"],
      ["Агенция В", "Мярка три", 3.25],
    ];
    const mapping = mappingFromPairs(register, "Partners", [
      ["Администратор", "Partner"],
      ["Годишен бюджет в млн. лв.", "Committed"],
    ]);
    const s = summarizePartners(register, null, mapping);
    expect(s.total.committed).toBe(15750000);
    expect(s.currency).toBe("BGN");
  });
});
