import {
  assetGaps,
  concentration,
  mapHeaders,
  mappingFromPairs,
  readiness,
  summarizePartnerBlocks,
  summarizePartners,
  TrackerError,
  validateRange,
  type Cell,
} from "../../src/core";
import { PARTNERS, SAMPLE_DATA } from "./imports";
import { sampleSheet, TODAY } from "./sheets";

const partners = SAMPLE_DATA.Partners;
const sum = (rows: readonly Record<string, unknown>[], key: string) =>
  rows.reduce((s, r) => s + (typeof r[key] === "number" ? (r[key] as number) : 0), 0);

describe("SUMMARY", () => {
  it("groups by Sector by default, largest commitment first, with a total", () => {
    const s = summarizePartners(sampleSheet("Partners"), null);
    expect(s.groupBy).toBe(PARTNERS.col.sector);
    const committed = s.rows.map((r) => r.committed);
    expect(committed).toEqual([...committed].sort((a, b) => b - a));
    for (const r of s.rows) {
      const inGroup = partners.filter((p) => p.sector === r.group);
      expect(r.partners).toBe(inGroup.length);
      expect(r.committed).toBe(sum(inGroup, "committed"));
      expect(r.received).toBe(sum(inGroup, "received"));
    }
    expect(s.total).toEqual({
      group: "Total",
      partners: partners.length,
      committed: sum(partners, "committed"),
      received: sum(partners, "received"),
    });
  });

  it("groups by any SPEC column, named as users write it", () => {
    expect(
      summarizePartners(sampleSheet("Partners"), "initiative id")
        .rows.map((r) => r.group)
        .sort(),
    ).toEqual(["FOOD-01", "SPACE-01", "TECH-01", "VAX-01"]);
    expect(summarizePartners(sampleSheet("Partners"), "Status").groupBy).toBe(PARTNERS.col.status);
  });

  it("merges spelling variants, reads text amounts, labels blanks", () => {
    const matrix: Cell[][] = [
      ["Org", "Type", "Pledge"],
      ["A", "nonprofit", "$1,000"],
      ["B", "Nonprofit", 500],
      ["C", "", 20],
      ["D", "Corporate", 2000],
    ];
    expect(summarizePartners(matrix).rows).toEqual([
      { group: "Business", partners: 1, committed: 2000, received: 0 }, // "Corporate" is Business (SPEC rev 2)
      { group: "Nonprofit", partners: 2, committed: 1500, received: 0 },
      { group: "(blank)", partners: 1, committed: 20, received: 0 },
    ]);
  });

  it("refuses a groupBy SPEC does not offer, or a range without Committed", () => {
    expect(() => summarizePartners(sampleSheet("Partners"), "Notes")).toThrow(
      /Cannot group by "Notes" — use one of: Sector, Status, Initiative ID, Focus area, Contribution/,
    );
    // SPEC: without the groupBy column SUMMARY still gives the Total row (it used to refuse);
    // without Committed it says so, never a column of zeros.
    const noStatus = summarizePartners(
      [
        ["Partner", "Committed"],
        ["A", 1],
      ],
      "Status",
    );
    expect(noStatus.rows).toEqual([]);
    expect(noStatus.total).toMatchObject({ partners: 1, committed: 1 });
    expect(() =>
      summarizePartners(
        [
          ["Partner", "Sector"],
          ["A", "Business"],
        ],
        "Sector",
      ),
    ).toThrow(/no Committed column/);
  });

  it("counts a partner whose name is in two columns by the whole name, as the check tells them apart", () => {
    // A helper's round: a donor list, `last_name | first_name`, its partners counted by surname alone
    // (Ann Lee and Bob Lee one donor) where the check told them apart.
    const donors: Cell[][] = [
      ["first_name", "last_name", "gift_amount"],
      ["Ann", "Lee", 500],
      ["Bob", "Lee", 250],
      ["Cal", "Oz", 100],
      ["Ann", "Lee", 50],
    ];
    const mapping = mappingFromPairs(donors, "Partners", [
      ["last_name", "Partner"],
      ["gift_amount", "Committed"],
    ]);
    expect(summarizePartners(donors, null, mapping).total).toMatchObject({ partners: 3, committed: 900 });
    const repeated = validateRange(donors, "Partners", { mapping }).issues.filter((i) => i.rule === "repeated.partner");
    expect(repeated.map((i) => i.message)).toEqual([
      expect.stringMatching(/"Lee" with first_name "Ann" is on 2 rows \(2, 5\)/),
    ]);
  });
});

describe("SUMMARY of a ledger marking grants as taken back", () => {
  // A helper's round (real, invented values): a state's civic-information grants, five returned
  // ($310,000) in `Returned/Cancelled grant?`; a foundation's, $10.9M in `Amount Rescinded/Recovered`.
  it("says the rows a flag marks, with their Committed, and keeps them in the totals", () => {
    const grants: Cell[][] = [
      ["Grantee", "Total awarded:", "Returned/Cancelled grant?"],
      ["Hilltop News Collective", "$35000.00", ""],
      ["Valley Civic Lab", "$40000.00", "checked"],
      ["Harbor Town Gazette", "$25000.00", "No"],
    ];
    const s = summarizePartners(grants, null);
    expect(s.total.committed).toBe(100000);
    expect(s.withdrawn).toEqual({ header: "Returned/Cancelled grant?", rows: 1, committed: 40000, as: "checked" });
  });

  it("adds up a column of amounts taken back, before a flag beside it", () => {
    const grants: Cell[][] = [
      ["Organization name:Nom d'organisme", "Amount Awarded", "Rescinded/Recovered", "Amount Rescinded/Recovered"],
      ["Birchwood Community Services", 85000, "Yes", 85000],
      ["Pinecrest Seniors Club", 150000, "", ""],
      ["Lakeview Arts Collective", 75000, "Yes", 32800],
    ];
    expect(summarizePartners(grants, null).withdrawn).toMatchObject({
      header: "Amount Rescinded/Recovered",
      rows: 2,
      amount: 117800,
    });
    // Nothing marked: nothing said.
    expect(
      summarizePartners(
        grants.map((r, i) => (i === 0 ? r : [r[0], r[1], "", ""])),
        null,
      ).withdrawn,
    ).toBeUndefined();
  });
});

describe("GAPS", () => {
  it("lists assets whose Needed exceeds Available, largest gap first", () => {
    const gaps = assetGaps(sampleSheet("Assets"));
    const expected = SAMPLE_DATA.Assets.map((a) => ({
      asset: a.asset,
      gap: (a.needed as number) - (a.available as number),
    }))
      .filter((a) => a.gap > 0)
      .sort((a, b) => b.gap - a.gap);
    expect(gaps.map((g) => g.gap)).toEqual(expected.map((e) => e.gap));
    expect(gaps[0]).toMatchObject({ asset: "Recovery fund allocation", category: "Financial", initiativeId: "VAX-01" });
  });

  it("counts a blank Available as none available", () => {
    expect(
      assetGaps([
        ["Asset", "Needed", "Available"],
        ["Vans", 3, ""],
      ])[0],
    ).toMatchObject({ gap: 3, available: undefined });
  });
});

describe("READINESS", () => {
  const foundation = sampleSheet("Foundation");
  it("scores the checklist: every item met is 1", () => {
    expect(readiness(foundation, "SPACE-01")).toBe(1);
    expect(readiness(foundation, "FOOD-01")).toBe(1);
  });
  it("TECH-01 misses past efforts, political dynamics and requirements: 4 of 7", () => {
    expect(readiness(foundation, " tech-01 ")).toBeCloseTo(4 / 7);
  });
  it("VAX-01 misses partner priorities: 6 of 7", () => {
    expect(readiness(foundation, "VAX-01")).toBeCloseTo(6 / 7);
  });
  it("accepts Y/TRUE for Yes like every function does", () => {
    const f = foundation.map((r) => [...r]);
    f[4][f[0].indexOf("Partner priorities acknowledged")] = true;
    expect(readiness(f, "VAX-01")).toBe(1);
  });
  it("says when the initiative is not there (#N/A)", () => {
    expect(() => readiness(foundation, "NOPE-9")).toThrow(/Initiative "NOPE-9" is not in this Foundation range/);
    try {
      readiness(foundation, "NOPE-9");
    } catch (err) {
      expect((err as TrackerError).code).toBe("#N/A");
    }
  });
});

describe("CONCENTRATION", () => {
  it("is the largest partner's share of all commitments", () => {
    expect(concentration(sampleSheet("Partners"))).toBeCloseTo(500000 / sum(partners, "committed"));
  });
  it("adds up the rows of the same partner, and is 0 with nothing committed", () => {
    const m: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme", 100],
      ["ACME ", 200],
      ["Beta", 300],
    ];
    expect(concentration(m)).toBeCloseTo(0.5);
    expect(
      concentration([
        ["Partner", "Committed"],
        ["A", ""],
      ]),
    ).toBe(0);
  });
});

describe("SUMMARY over several blocks (the command line's many files)", () => {
  it("adds groups across blocks and counts a partner on rows of two blocks once", () => {
    const fy2023: Cell[][] = [
      ["Grantee", "Org type", "Amount"],
      ["City Food Bank", "NGO", 1000],
      ["Riverside Bank", "Corporate", 500],
    ];
    const fy2024: Cell[][] = [
      ["Title of report"],
      ["Partner", "Sector", "Committed"],
      ["city food bank", "Nonprofit", 2000],
      ["Grand total", "", 2000],
    ];
    const s = summarizePartnerBlocks([{ matrix: fy2023 }, { matrix: fy2024 }]);
    expect(s.rows).toEqual([
      { group: "Nonprofit", partners: 1, committed: 3000, received: 0 },
      { group: "Business", partners: 1, committed: 500, received: 0 },
    ]);
    expect(s.total).toEqual({ group: "Total", partners: 2, committed: 3500, received: 0 });
  });

  it("counts a partner in its group when a block before had no group column", () => {
    // The first block has no Sector: its partner is counted in the Total only, and again in its
    // sector (the first group made) when the next block gives one.
    const noSector: Cell[][] = [
      ["Grantee", "Amount"],
      ["City Food Bank", 1000],
    ];
    const withSector: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["city food bank", "Nonprofit", 2000],
      ["Riverside Bank", "Business", 500],
    ];
    const s = summarizePartnerBlocks([{ matrix: noSector }, { matrix: withSector }]);
    expect(s.rows).toEqual([
      { group: "Nonprofit", partners: 1, committed: 2000, received: 0 },
      { group: "Business", partners: 1, committed: 500, received: 0 },
    ]);
    expect(s.total).toEqual({ group: "Total", partners: 2, committed: 3500, received: 0 });
  });
});

describe("SUMMARY: a project's amount on each of its rows", () => {
  // A helper's round, real: Los Angeles' housing projects, one row a site, each showing the project's
  // City funding again (+$296.9M); an FTA ledger's expenditure on each funding line of a UPIN.
  const header: Cell[] = ["PROJECT NUMBER", "NAME", "SITE #", "DATE FUNDED", "LAHD FUNDED", "Developer"];
  const sites: Cell[][] = [
    header,
    ["05-900010", "ELM SCATTERED SITES", 1, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
    ["05-900010", "ELM SCATTERED SITES (SITE 2)", 2, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
    ["05-900010", "ELM SCATTERED SITES (SITE 3)", 3, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
    ["07-900012", "SPRUCE APARTMENTS", 1, "05/01/2016", 1_200_000, "Harbor Homes Inc"],
    ["06-900011", "WILLOW PLACE", 1, "04/01/2016", 2_500_000, "Westside Builders"],
  ];
  const pairs: [string, string][] = [
    ["Developer", "Partner"],
    ["LAHD FUNDED", "Committed"],
  ];
  const byHand = (m: Cell[][], more: [string, string][] = []) =>
    summarizePartners(m, null, mappingFromPairs(m, "Partners", [...pairs, ...more]));

  it("says what the repeats add, by the project column, and leaves the total as the rows add up", () => {
    const s = byHand(sites);
    expect(s.total).toMatchObject({ partners: 2, committed: 12_700_000 });
    expect(s.projectRepeats).toEqual({
      column: "PROJECT NUMBER",
      committed: {
        projects: 1,
        extra: 6_000_000,
        example: { name: "Harbor Homes Inc", project: "05-900010", amount: 3_000_000, rows: 3 },
      },
    });
    // Mapped as the Initiative ID, it is read the same.
    const byInitiative = byHand(sites, [["PROJECT NUMBER", "Initiative ID"]]);
    expect(byInitiative.projectRepeats?.committed?.extra).toBe(6_000_000);
  });

  it("says nothing of rows told apart by a date, an amount taken back, or different amounts", () => {
    // Equal instalments on different dates are payments, each its own money.
    const dated = sites.map((r, i) => (i === 2 ? r.map((c, j) => (j === 3 ? "03/01/2016" : c)) : r));
    expect(byHand(dated).projectRepeats).toBeUndefined();
    // A line taking the amount back, then the amount on two programmes' lines: moved money, netted.
    const moved: Cell[][] = [
      header,
      ["05-900010", "A", 1, "03/01/2015", -49_000, "Harbor Homes Inc"],
      ["05-900010", "A", 2, "03/01/2015", 49_000, "Harbor Homes Inc"],
      ["05-900010", "A", 3, "03/01/2015", 49_000, "Harbor Homes Inc"],
    ];
    expect(byHand(moved).projectRepeats).toBeUndefined();
    const apart = sites.map((r, i) => (i === 3 ? r.map((c, j) => (j === 4 ? 1_000_000 : c)) : r));
    expect(byHand(apart).projectRepeats).toBeUndefined();
  });

  it("reads an award's amount on each of its expenditure lines, whatever their months, by its Award Number", () => {
    // A helper's round (real: Treasury's CARES Act template, invented values): one award a row per
    // monthly draw, $1.02M "committed" for $780,000 of awards, nothing said; the spent column unread.
    const grants: Cell[][] = [
      [
        "Project ID",
        "Subrecipient Legal Name",
        "Award Number",
        "Award Amount",
        "Expenditure Start Date",
        "Total Expenditure Amount",
      ],
      [322, "Riverton Food Pantry", "AW-0003", 20000, "10/20/2020", 20000],
      [322, "Riverton Food Pantry", "AW-0001", 120000, "10/01/2020", 26666.67],
      [322, "Riverton Food Pantry", "AW-0001", 120000, "11/01/2020", 26666.67],
      [322, "Riverton Food Pantry", "AW-0001", 120000, "12/01/2020", 26666.66],
      [101, "Harbor Job Center", "AW-0002", 60000, "10/15/2020", 15000],
    ];
    const s = summarizePartners(grants);
    expect(s.total).toMatchObject({ partners: 2, committed: 440000, received: 115000 });
    expect(s.projectRepeats?.column).toBe("Award Number");
    expect(s.projectRepeats?.committed).toMatchObject({ projects: 1, extra: 240000 });
    // One grant's number on two fiscal years' rows is two instalments (a reviewer's repro).
    const yearly: Cell[][] = [
      ["Grantee", "Grant Number", "Fiscal Year", "Grant Amount"],
      ["Food Bank of Springfield", "G-101", 2023, 50000],
      ["Food Bank of Springfield", "G-101", 2024, 50000],
      ["Harbor Health Clinic", "G-102", 2024, 15000],
    ];
    expect(summarizePartners(yearly).projectRepeats).toBeUndefined();
    // A payments ledger's equal payments on one contract, dated apart, are payments (no award amount).
    const paid = grants.map((r, i) =>
      i === 0 ? ["Project ID", "Vendor", "Contract Number", "Amount", "Paid Date", "Memo"] : r,
    );
    expect(summarizePartners(paid).projectRepeats).toBeUndefined();
  });

  it("reads a USAspending transactions download by each transaction's obligation, or its award's total once", () => {
    // A helper's round (real, invented values): FEMA's grants to California, `total_obligated_amount` on
    // each modification's row, $793.9bn for $7.46bn with no word; `federal_action_obligation` ignored.
    const tx: Cell[][] = [
      ["assistance_award_unique_key", "recipient_name", "federal_action_obligation", "total_obligated_amount"],
      ["ASST_0001", "Example County Emergency Office", 600000, 1000000],
      ["ASST_0001", "Example County Emergency Office", 450000, 1000000],
      ["ASST_0002", "Sample City Fire Department", 300000, 400000],
      ["ASST_0002", "Sample City Fire Department", 100000, 400000],
    ];
    expect(summarizePartners(tx).total).toMatchObject({ partners: 2, committed: 1450000 });
    // The award's total alone: counted on each row, and said once an award.
    const totals = tx.map((r, i) => [r[0], r[1], i === 0 ? "action_date" : `2020-0${i}-15`, r[3]]);
    const s = summarizePartners(totals);
    expect(s.projectRepeats?.column).toBe("assistance_award_unique_key");
    expect(s.total.committed - (s.projectRepeats?.committed?.extra ?? 0)).toBe(1400000);
  });

  it("reads Received repeated on a project's funding lines, whose Committed differ", () => {
    const lines: Cell[][] = [
      ["organization_name", "upin", "grant_fiscal_year", "allocationamount", "expendedamount"],
      ["Elders' Independence", "BCG0001826", 2019, 15_340, 76_306.53],
      ["Elders' Independence", "BCG0001826", 2019, 61_360, 76_306.53],
      ["Elders' Independence", "BCG0001900", 2019, 10_000, 9_000],
    ];
    const s = summarizePartners(
      lines,
      null,
      mappingFromPairs(lines, "Partners", [
        ["organization_name", "Partner"],
        ["allocationamount", "Committed"],
        ["expendedamount", "Received"],
      ]),
    );
    expect(s.total.received).toBeCloseTo(161_613.06, 2);
    expect(s.projectRepeats).toMatchObject({ column: "upin", received: { projects: 1, extra: 76_306.53 } });
    expect(s.projectRepeats?.committed).toBeUndefined();
  });
});

describe("a contracts register disclosing a contract again after each amendment", () => {
  // A helper's round, real: Canada's proactive disclosure of contracts, each amended contract on a row
  // a quarter with its value as it now stands — $53.76bn summed for 22 contracts worth $21.20bn.
  const header = [
    "vendor_name",
    "procurement_id",
    "reporting_period",
    "d_is_amendment",
    "contract_value",
    "amendment_value",
  ];
  const register: Cell[][] = [
    header,
    ["Example Facilities", "PX-0001", "2020-2021-Q2", "TRUE", 1_500_000, 300_000],
    ["Example Facilities", "PX-0001", "2018-2019-Q1", "FALSE", 1_000_000, 0],
    ["Example Facilities", "PX-0001", "2019-2020-Q3", "TRUE", 1_200_000, 200_000],
    ["Sample Services", "PX-0002", "2020-2021-Q2", "FALSE", 50_000, 0],
  ];
  const summary = (rows: Cell[][], committed = 4) =>
    summarizePartners(rows, null, mapHeaders(rows, "Partners", { 0: "partner", [committed]: "committed" }));

  it("says the total with each contract once, at its latest disclosure's value", () => {
    const s = summary(register);
    expect(s.total.committed).toBe(3_750_000);
    expect(s.amendedContracts).toEqual({
      column: "procurement_id",
      contracts: 1,
      extra: 2_200_000,
      example: { name: "Example Facilities", contract: "PX-0001", rows: 3, latest: 1_500_000 },
    });
  });

  it("says nothing where each row is its own money: the amendments' sums, or contracts of one vendor", () => {
    expect(summary(register, 5).amendedContracts).toBeUndefined();
    const contracts = register.map((row, r) => (r === 0 ? row : [row[0], `PX-000${r}`, ...row.slice(2)]));
    expect(summary(contracts).amendedContracts).toBeUndefined();
    // Nor without a column saying amendments: a project's rows (summaryProjects.ts says those).
    const plain = register.map((row) => [row[0], row[1], row[2], row[4]]);
    expect(summary(plain, 3).amendedContracts).toBeUndefined();
  });
});

describe("a printed table's stub header saying its unit (`($ Millions)`)", () => {
  it("multiplies the amount columns whose headers name none, and says where the unit was read", () => {
    // A helper's round, real: Ontario's expense by ministry, $206.6bn summed as "$206,583".
    const rows: Cell[][] = [
      ["($ Millions)", "2023–24 Actual", "Program"],
      ["Ministry Alpha", 938, "K"],
      ["Ministry Beta", "2,132", "M"],
    ];
    const s = summarizePartners(rows, null, mapHeaders(rows, "Partners", { 0: "partner", 1: "committed" }));
    expect(s.total.committed).toBe(3_070_000_000);
    expect(s.scaled).toEqual([{ column: "2023–24 Actual", factor: 1e6, row: 0, what: "($ Millions)" }]);
    // A stub header that is a word is no unit.
    const words: Cell[][] = [["Ministry", "2023–24 Actual"], ...rows.slice(1).map((r) => r.slice(0, 2))];
    const plain = summarizePartners(words, null, mapHeaders(words, "Partners", { 0: "partner", 1: "committed" }));
    expect(plain.total.committed).toBe(3_070);
  });
});

describe("a ten-digit amount in a column of amounts a billion or more", () => {
  it("is no phone number, in the summary or the check", () => {
    // A helper's round, real: Canada's transfer payments, Quebec's $9.29bn equalization beside
    // Ontario's $12.46bn, among 1,500 small grants: "a phone number typed as the amount?".
    const rows: Cell[][] = [
      ["Partner", "Committed"],
      ["Quebec", 9_285_666_000],
      ["Ontario", 12_458_575_000],
    ];
    for (let i = 0; i < 1500; i++) rows.push([`Grantee ${i}`, 1000]);
    expect(summarizePartners(rows, null).phones).toEqual([]);
    expect(validateRange(rows, "Partners", { today: TODAY }).issues.map((i) => i.rule)).not.toContain(
      "phone.committed",
    );
    // Without Ontario's, Quebec's stands alone a thousand times the rest: asked, as before.
    const alone = rows.filter((r) => r[0] !== "Ontario");
    expect(summarizePartners(alone, null).phones).toEqual([9_285_666_000]);
  });
});

describe("a budget's versions on rows of their own", () => {
  // Helpers' rounds, real: Bermuda's expenditure summary, each line as ACTUAL, ORIGINAL, REVISED and
  // ESTIMATE (2020's $1.13M summed as $4.38M); San Diego's capital budget, proposed and adopted both summed.
  const header = ["Ministry", "Department", "Year", "Type", "Amount"];
  const book: Cell[][] = [
    header,
    ["Health", "Health Services", 2020, "ACTUAL", 1_130_000],
    ["Health", "Health Services", 2020, "ORIGINAL", 1_200_000],
    ["Health", "Health Services", 2020, "REVISED", 1_150_000],
    ["Education", "Public Schools", 2020, "ACTUAL", 2_500_000],
    ["Education", "Public Schools", 2020, "ORIGINAL", 2_600_000],
    ["Education", "Public Schools", 2020, "Revised", 2_550_000],
  ];
  const summary = (rows: Cell[][]) =>
    summarizePartners(rows, null, mapHeaders(rows, "Partners", { 1: "partner", 4: "committed" }));

  it("says each version's total, the words as the sheet first writes them", () => {
    const s = summary(book);
    expect(s.total.committed).toBe(11_130_000);
    expect(s.versions).toEqual({
      column: "Type",
      byVersion: [
        { version: "ACTUAL", rows: 2, committed: 3_630_000 },
        { version: "ORIGINAL", rows: 2, committed: 3_800_000 },
        { version: "REVISED", rows: 2, committed: 3_700_000 },
      ],
    });
  });

  it("says nothing of a column with one version, or with other words among them", () => {
    const actuals = book.filter((row, r) => r === 0 || row[3] === "ACTUAL");
    expect(summary(actuals).versions).toBeUndefined();
    const kinds = book.map((row, r) => (r === 2 ? [...row.slice(0, 3), "Capital grant", row[4]] : row));
    expect(summary(kinds).versions).toBeUndefined();
    // Nor a note on each row where no line comes twice (a reviewer's repro: `Value basis`, Actual or
    // Estimated, one partner a row).
    const basis = [header, ...book.slice(1).map((row, r) => [row[0], `Partner ${r}`, ...row.slice(2)])];
    expect(summary(basis).versions).toBeUndefined();
  });
});
