import { summarizePartners, validateRange, type Cell } from "../../src/core";

/**
 * A donor list of people and organisations (a helper's round, real: a charity's donor ledger): the
 * Partner column an organisation's name, blank on people's rows, who are named in two columns beside
 * it and marked Individual. Check and summary read those rows as the person's.
 */
const DONORS: Cell[][] = [
  ["member_id", "first_name", "last_name", "donor_type", "company_name", "donation_amount"],
  [132, "Colline", "Ryves", "Individual", null, 1414.85],
  [967, "Ugo", "Meynell", "Individual", null, 4115.38],
  [132, "Colline", "Ryves", "Individual", null, 500],
  [null, null, null, "Organization", "China Rapid Finance Limited", 2152.31],
  [null, null, null, "Organization", "PolyOne Corporation", 2006.22],
  [null, null, null, "Individual", null, 100],
];

describe("a donor list of people and organisations", () => {
  it("counts each person named beside a blank organisation's name as a partner, in summary and check alike", () => {
    const s = summarizePartners(DONORS);
    // Colline Ryves twice, Ugo Meynell, two companies: 4 partners; the row naming no one is none.
    expect(s.total.partners).toBe(4);
    expect(s.total.committed).toBeCloseTo(10288.76, 2);
    const checked = validateRange(DONORS, null, { today: 46357 });
    // Only the row naming no one lacks a partner (it had 4 errors, one a person).
    expect(checked.issues.filter((i) => i.rule === "required.partner").map((i) => i.row)).toEqual([7]);
    expect(checked.issues.some((i) => i.rule === "repeated.partner" && /Colline Ryves/.test(i.message))).toBe(true);
    expect(checked.personNames).toMatchObject({ given: 1, family: 2, key: 4, rows: 3 });
  });

  it("names a person's repeated rows by the columns that name them, pointing at the first name, not the blank key", () => {
    // Before: `company_name "Colline Ryves" is on 2 rows`, located at the blank company_name cell.
    const repeated = validateRange(DONORS, null, { today: 46357 }).issues.find((i) => i.rule === "repeated.partner");
    expect(repeated?.message).toMatch(/^first_name \+ last_name "Colline Ryves" is on 2 rows \(2, 4\)/);
    expect(repeated).toMatchObject({ row: 2, column: "first_name + last_name", columnIndex: 1 });
    // A person named by the family name alone is pointed at there, not at the blank first name.
    const surnames: Cell[][] = [
      ["first_name", "last_name", "donor_type", "company_name", "donation_amount"],
      [null, "Ryves", "Individual", null, 1414.85],
      [null, "Ryves", "Individual", null, 500],
    ];
    const ryves = validateRange(surnames, null, { today: 46357 }).issues.find((i) => i.rule === "repeated.partner");
    expect(ryves).toMatchObject({ row: 2, column: "first_name + last_name", columnIndex: 1 });
    // An organisation's repeated rows are still named by its own column.
    const companies = [...DONORS, [null, null, null, "Organization", "PolyOne Corporation", 10]];
    const polyOne = validateRange(companies, null, { today: 46357 }).issues.find((i) => /PolyOne/.test(i.message));
    expect(polyOne).toMatchObject({ rule: "repeated.partner", column: "company_name" });
    expect(polyOne?.message).toMatch(/^company_name "PolyOne Corporation" is on 2 rows/);
  });

  it("leaves an organisation's contact a contact: a blank organisation's name is still missing", () => {
    // A partner directory (`Organization | First Name | Last Name`) marks no row as a person's.
    const directory: Cell[][] = [
      ["Organization", "First Name", "Last Name", "Committed"],
      ["Acme Trust", "Ann", "Lee", 100],
      [null, "Bob", "Ray", 200],
    ];
    const checked = validateRange(directory, null, { today: 46357 });
    expect(checked.issues.filter((i) => i.rule === "required.partner").map((i) => i.row)).toEqual([3]);
    expect(checked.personNames).toBeUndefined();
    expect(summarizePartners(directory).total.partners).toBe(1);
    // Nor does a Sector of `Private` (a reviewer's repro): the contact is no partner.
    const sectors: Cell[][] = [
      ["Organization", "First Name", "Last Name", "Sector", "Committed"],
      ["Acme Ltd", "Sam", "Cole", "Business", 5000],
      [null, "Jane", "Doe", "Private", 2000],
    ];
    expect(validateRange(sectors, null, { today: 46357 }).issues.map((i) => i.rule)).toContain("required.partner");
  });
});
