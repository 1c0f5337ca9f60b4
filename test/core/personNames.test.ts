import {
  groupProblems,
  mappingFromPairs,
  summarizePartners,
  validateRange,
  withoutAdvice,
  type Cell,
} from "../../src/core";

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

  it("asks whether two of a person's name are different people, not different organisations", () => {
    // A reviewer's repro: Colline Ryves on two rows was told "If these are different organisations".
    const people = [...DONORS, [968, "Ugo", "Meynell", "Individual", null, 20]];
    const issues = validateRange(people, null, { today: 46357 }).issues.filter((i) => i.rule === "repeated.partner");
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^first_name \+ last_name "Colline Ryves" is on 2 rows \(2, 4\): .* If these are different people, tell them apart by name \(a middle initial, say\)\.$/,
      ),
      expect.stringMatching(
        /^first_name \+ last_name "Ugo Meynell" is on 2 rows \(3, 8\): .* If these are different people,/,
      ),
    ]);
    // Its advice is still the rule's: a list of many says it once.
    expect(withoutAdvice(issues[0].rule, issues[0].message)).toBe(
      'first_name + last_name "Colline Ryves" is on 2 rows (2, 4)',
    );
    // Said of the two as one problem: people too.
    const [problem] = groupProblems(issues);
    expect(problem.message).toBe(
      "2 partners in first_name + last_name are each on several rows (4 rows in all): each counts once, with any " +
        "amounts on its rows added up. If any are different people, tell them apart by name (a middle initial, say).",
    );
    // An organisation of the list on two rows keeps the organisation's words.
    const companies = [...DONORS, [null, null, null, "Organization", "PolyOne Corporation", 10]];
    const polyOne = validateRange(companies, null, { today: 46357 }).issues.find((i) => /PolyOne/.test(i.message));
    expect(polyOne?.message).toContain("If these are different organisations, tell them apart by name.");
    // A person's name on rows of two countries: two people of one name, or one in each.
    const abroad: Cell[][] = [
      ["first_name", "last_name", "donor_type", "company_name", "donation_amount", "Country"],
      ["Colline", "Ryves", "Individual", null, 100, "France"],
      ["Colline", "Ryves", "Individual", null, 200, "Canada"],
    ];
    const countries = validateRange(abroad, null, { today: 46357 }).issues.find((i) =>
      i.rule.startsWith("otherCountries"),
    );
    expect(countries?.message).toContain("two people of one name in different countries, or one in each?");
  });

  it("says a person's places in the summary as people's", () => {
    const places: Cell[][] = [
      ["first_name", "last_name", "donor_type", "company_name", "donation_amount", "City"],
      ["Colline", "Ryves", "Individual", null, 100, "Leeds"],
      ["Colline", "Ryves", "Individual", null, 200, "Hull"],
      [null, null, "Organization", "Acme Trust", 300, "Leeds"],
    ];
    expect(summarizePartners(places).places).toMatchObject({ partners: 1, people: 1, example: { person: true } });
    // A list of people alone, its partner read from Last Name with First Name beside it.
    const named: Cell[][] = [
      ["Last Name", "First Name", "Gift", "City"],
      ["Lee", "Ann", 100, "Leeds"],
      ["Lee", "Ann", 200, "Hull"],
      ["Oz", "Cal", 300, "York"],
    ];
    const mapping = mappingFromPairs(named, "Partners", [
      ["Last Name", "Partner"],
      ["Gift", "Committed"],
    ]);
    expect(summarizePartners(named, null, mapping).places).toMatchObject({ people: 1, example: { person: true } });
    // An organisation's: not a person's.
    const trusts: Cell[][] = [
      ["Partner", "Committed", "City"],
      ["Acme Trust", 100, "Leeds"],
      ["Acme Trust", 200, "Hull"],
    ];
    expect(summarizePartners(trusts).places).toMatchObject({ people: 0, example: { person: false } });
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
