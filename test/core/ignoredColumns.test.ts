import {
  committedUnmapped,
  IGNORED_COLUMN,
  mapHeaders,
  mappingFromPairs,
  otherYearOf,
  summarizePartners,
  validateRange,
  type Cell,
} from "../../src/core";
import { rowsToCopy } from "../../src/core/trackerRows";
import type { HeaderMapping, Matrix } from "../../src/core/types";
import { TODAY } from "./sheets";

/**
 * A column a mapping by hand says to ignore (`--map "Year=Ignore"`, a `mapping` argument's `Year |
 * Ignore`, the task pane's "(ignore)": HeaderMapping.ignored) is not read beside the mapping either
 * (besideMapping): each reading of an unmapped column says something with the column merely unmapped,
 * and nothing once it is ignored. Each sheet is the one its reading's own test uses.
 */
interface Reading {
  readonly what: string;
  readonly sheet: Cell[][];
  readonly tab: "Partners" | "Leadership";
  /** The mapping by hand, the column left unmapped. */
  readonly pairs: [string, string][];
  /** The header to ignore. */
  readonly ignore: string;
  /** What the user sees of the reading, undefined when there is nothing. */
  readonly seen: (sheet: Matrix, mapping: HeaderMapping) => unknown;
}

const issues = (sheet: Matrix, mapping: HeaderMapping, rule: RegExp) => {
  const found = validateRange(sheet, mapping.tab, { today: TODAY, mapping }).issues.filter((i) => rule.test(i.rule));
  return found.length > 0 ? found.map((i) => `${i.row} ${i.rule}: ${i.message}`) : undefined;
};
const summary = (sheet: Matrix, mapping: HeaderMapping) => summarizePartners(sheet, null, mapping);

const READINGS: readonly Reading[] = [
  {
    what: "a Year column: the summary's years",
    sheet: [
      ["Year", "Partner", "Committed"],
      [2025, "Student Housing", 155],
      [2025, "Heat Plant", 38],
      [2026, "Student Housing", 170],
      [2026, "Heat Plant", 38],
    ],
    tab: "Partners",
    pairs: [
      ["Partner", "Partner"],
      ["Committed", "Committed"],
    ],
    ignore: "Year",
    seen: (s, m) => summary(s, m).years,
  },
  {
    what: "a report's date (As of): the summary's years",
    sheet: [
      ["As of", "Partner", "Committed"],
      ["2025-03-31", "Student Housing", 155],
      ["2025-03-31", "Heat Plant", 38],
      ["2026-03-31", "Student Housing", 170],
      ["2026-03-31", "Heat Plant", 38],
    ],
    tab: "Partners",
    pairs: [
      ["Partner", "Partner"],
      ["Committed", "Committed"],
    ],
    ignore: "As of",
    seen: (s, m) => summary(s, m).years,
  },
  {
    what: "an award's date: the summary's years",
    sheet: [
      ["Award date", "Partner", "Committed"],
      ["2025-03-01", "Student Housing", 155],
      ["2025-04-01", "Heat Plant", 38],
      ["2026-03-01", "Student Housing", 170],
      ["2026-04-01", "Heat Plant", 38],
    ],
    tab: "Partners",
    pairs: [
      ["Partner", "Partner"],
      ["Committed", "Committed"],
    ],
    ignore: "Award date",
    seen: (s, m) => summary(s, m).years,
  },
  {
    what: "a place column: the summary's places",
    sheet: [
      ["Last Name", "First Name", "Gift", "City"],
      ["Lee", "Ann", 100, "Leeds"],
      ["Lee", "Ann", 200, "Hull"],
      ["Oz", "Cal", 300, "York"],
    ],
    tab: "Partners",
    pairs: [
      ["Last Name", "Partner"],
      ["Gift", "Committed"],
    ],
    ignore: "City",
    seen: (s, m) => summary(s, m).places,
  },
  {
    what: "a country column: one name in two countries asked as two people",
    sheet: [
      ["first_name", "last_name", "donor_type", "company_name", "donation_amount", "Country"],
      ["Colline", "Ryves", "Individual", null, 100, "France"],
      ["Colline", "Ryves", "Individual", null, 200, "Canada"],
    ],
    tab: "Partners",
    pairs: [
      ["company_name", "Partner"],
      ["donation_amount", "Committed"],
    ],
    ignore: "Country",
    seen: (s, m) => issues(s, m, /^otherCountries/),
  },
  {
    what: "a project's number: the summary's repeats of a project's amount",
    sheet: [
      ["PROJECT NUMBER", "NAME", "SITE #", "DATE FUNDED", "LAHD FUNDED", "Developer"],
      ["05-900010", "ELM SCATTERED SITES", 1, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
      ["05-900010", "ELM SCATTERED SITES (SITE 2)", 2, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
      ["05-900010", "ELM SCATTERED SITES (SITE 3)", 3, "03/01/2015", 3_000_000, "Harbor Homes Inc"],
      ["07-900012", "SPRUCE APARTMENTS", 1, "05/01/2016", 1_200_000, "Harbor Homes Inc"],
      ["06-900011", "WILLOW PLACE", 1, "04/01/2016", 2_500_000, "Westside Builders"],
    ],
    tab: "Partners",
    pairs: [
      ["Developer", "Partner"],
      ["LAHD FUNDED", "Committed"],
    ],
    ignore: "PROJECT NUMBER",
    seen: (s, m) => summary(s, m).projectRepeats,
  },
  {
    what: "a contract's number beside its disclosures: the summary's amended contracts",
    sheet: [
      ["vendor_name", "procurement_id", "reporting_period", "d_is_amendment", "contract_value", "amendment_value"],
      ["Example Facilities", "PX-0001", "2020-2021-Q2", "TRUE", 1_500_000, 300_000],
      ["Example Facilities", "PX-0001", "2018-2019-Q1", "FALSE", 1_000_000, 0],
      ["Example Facilities", "PX-0001", "2019-2020-Q3", "TRUE", 1_200_000, 200_000],
      ["Sample Services", "PX-0002", "2020-2021-Q2", "FALSE", 50_000, 0],
    ],
    tab: "Partners",
    pairs: [
      ["vendor_name", "Partner"],
      ["contract_value", "Committed"],
    ],
    ignore: "procurement_id",
    seen: (s, m) => summary(s, m).amendedContracts,
  },
  {
    what: "a budget's version (ACTUAL, REVISED): the summary's versions",
    sheet: [
      ["Ministry", "Department", "Year", "Type", "Amount"],
      ["Health", "Health Services", 2020, "ACTUAL", 1_130_000],
      ["Health", "Health Services", 2020, "ORIGINAL", 1_200_000],
      ["Health", "Health Services", 2020, "REVISED", 1_150_000],
      ["Education", "Public Schools", 2020, "ACTUAL", 2_500_000],
      ["Education", "Public Schools", 2020, "ORIGINAL", 2_600_000],
      ["Education", "Public Schools", 2020, "Revised", 2_550_000],
    ],
    tab: "Partners",
    pairs: [
      ["Department", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Type",
    seen: (s, m) => summary(s, m).versions,
  },
  {
    what: "money in and money out (entrata, uscita): the summary's directions",
    sheet: [
      ["data", "operazione", "descrizione_documento", "importo"],
      ["2020-03-18", "entrata", "donazioni complessive", 1000],
      ["2020-04-01", "uscita", "pagamento fattura Ditta Alfa", 600],
      ["2020-04-02", "Uscita", "pagamento fattura Ditta Beta", 400],
    ],
    tab: "Partners",
    pairs: [
      ["descrizione_documento", "Partner"],
      ["importo", "Committed"],
    ],
    ignore: "operazione",
    seen: (s, m) => summary(s, m).directions,
  },
  {
    what: "a flag of grants taken back: the summary's withdrawn",
    sheet: [
      ["Grantee", "Total awarded:", "Returned/Cancelled grant?"],
      ["Hilltop News Collective", "$35000.00", ""],
      ["Valley Civic Lab", "$40000.00", "checked"],
      ["Harbor Town Gazette", "$25000.00", "No"],
    ],
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["Total awarded:", "Committed"],
    ],
    ignore: "Returned/Cancelled grant?",
    seen: (s, m) => summary(s, m).withdrawn,
  },
  {
    what: "a person's pay: one name on two salaries asked as two people",
    sheet: [
      ["Name", "Job Titles", "Department", "Annual Salary"],
      ["EXAMPLE, JOSE A", "POLICE OFFICER", "DEPARTMENT OF POLICE", 111966],
      ["EXAMPLE, JOSE A", "POLICE OFFICER", "DEPARTMENT OF POLICE", 97974],
    ],
    tab: "Leadership",
    pairs: [
      ["Name", "Name"],
      ["Job Titles", "Title"],
      ["Department", "Organization"],
    ],
    ignore: "Annual Salary",
    seen: (s, m) => issues(s, m, /^sameName\./),
  },
  {
    what: "a Senior/Junior column: a junior posts' row asks no name",
    sheet: [
      ["Senior/Junior", "Name", "Job Title", "FTE"],
      ["Senior", "Jo Sample", "Director", 1],
      ["Junior", "", "Senior Policy Advisor", 2.6],
    ],
    tab: "Leadership",
    pairs: [
      ["Name", "Name"],
      ["Job Title", "Title"],
    ],
    ignore: "Senior/Junior",
    // Read, the junior posts' blank name is no error: the reading is seen as its absence.
    seen: (s, m) => (issues(s, m, /^required\.name/) ? undefined : "no name asked of junior posts"),
  },
  {
    what: "a modification's number: a negative line read as money taken back",
    sheet: [
      ["award_id", "mod_number", "recipient", "Obligated amount"],
      ["AW0101", "P00001", "Example Univ Hospitals", -62000],
      ["AW0102", "P00002", "Example Univ Hospitals", -2000],
      ["AW0103", "0", "Example Univ Hospitals", 30000],
      ["AW0201", "0", "Sample Care Inc", 40000],
    ],
    tab: "Partners",
    pairs: [
      ["recipient", "Partner"],
      ["Obligated amount", "Committed"],
    ],
    ignore: "mod_number",
    seen: (s, m) => issues(s, m, /^min\.committed/)?.find((i) => /modification lines/.test(i)),
  },
  {
    what: "a column marking lines `rescind`: negative ones read as money taken back",
    sheet: [
      ["action", "organization", "amount"],
      ["rescind", "Northgate Youth League", -9000],
      ["designate", "Harbor Family Services", 9000],
      ["Rescind", "Maple Street Residence", -10000],
      ["designate", "Eastside Garden", 10000],
    ],
    tab: "Partners",
    pairs: [
      ["organization", "Partner"],
      ["amount", "Committed"],
    ],
    ignore: "action",
    seen: (s, m) => issues(s, m, /^min\.committed/)?.find((i) => /rescind/i.test(i)),
  },
  {
    what: "a certification number: firms of two numbers no one firm",
    sheet: [
      ["Name", "City", "Certification Number", "Amount"],
      ["ACME BUILDERS, LLP", "SILVER SPRING", "13-001", 100],
      ["ACME BUILDERS, INC.", "SILVER SPRING", "00-999", 200],
      ["BETA SERVICES, LLC", "BALTIMORE", "15-100", 300],
    ],
    tab: "Partners",
    pairs: [
      ["Name", "Partner"],
      ["Amount", "Committed"],
      ["City", "Ignore"],
    ],
    ignore: "Certification Number",
    seen: (s, m) => (issues(s, m, /./) ? undefined : "two firms told apart by their numbers"),
  },
  {
    what: "an organisation's identifier: one name of two identifiers asked as two organisations",
    sheet: [
      ["Org name", "Org ID", "Amount"],
      ["Harbor Trust", "GB-CHC-1000001", 100],
      ["Harbor Trust", "GB-CHC-2000002", 200],
    ],
    tab: "Partners",
    pairs: [
      ["Org name", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Org ID",
    seen: (s, m) => issues(s, m, /^sameName\./)?.find((i) => /where Org ID differs/.test(i)),
  },
  {
    what: "a payment's date: one amount on rows of different dates is payments, no amount repeated",
    sheet: [
      ["Payee", "Amount", "Paid Date"],
      ["Harbor Trust", 500, "2024-01-15"],
      ["Harbor Trust", 500, "2024-02-15"],
      ["Harbor Trust", 500, "2024-03-15"],
      ["Food Bank", 250, "2024-01-15"],
      ["Food Bank", 250, "2024-02-15"],
      ["Food Bank", 250, "2024-03-15"],
    ],
    tab: "Partners",
    pairs: [
      ["Payee", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Paid Date",
    // Read, neither the summary (repeatedAmounts) nor the check (`… added up 3 times`) says a repeat.
    seen: (s, m) =>
      summary(s, m).repeatedAmounts.partners > 0 || issues(s, m, /^repeated\./)?.some((i) => /added up 3 times/.test(i))
        ? undefined
        : "each its own payment",
  },
  {
    what: "rows alike but for a column: `new --from` tells them apart in Notes",
    sheet: [
      ["Payee", "Amount", "Invoice"],
      ["Harbor Trust", 500, "INV-1"],
      ["Harbor Trust", 500, "INV-2"],
    ],
    tab: "Partners",
    pairs: [
      ["Payee", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Invoice",
    seen: (s, m) => rowsToCopy(s, m).toldApart,
  },
  {
    what: "a transaction's kind (Commitment, Disbursement): the summary's payments moved to Received",
    sheet: [
      ["Transaction Type", "Recipient", "Value"],
      ["Commitment", "Harbor Trust", 1000],
      ["Disbursement", "Harbor Trust", 400],
      ["Commitment", "Food Bank", 500],
      ["Disbursement", "Food Bank", 500],
    ],
    tab: "Partners",
    pairs: [
      ["Recipient", "Partner"],
      ["Value", "Committed"],
    ],
    ignore: "Transaction Type",
    seen: (s, m) => summary(s, m).transactions,
  },
  {
    what: "a column of £ marks beside the figures: the amounts' currency",
    sheet: [
      ["Grantee", "Symbol", "Amount"],
      ["Harbor Trust", "£", 1000],
      ["Food Bank", "£", 500],
      ["Elm Advice", "£", 250],
    ],
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Symbol",
    seen: (s, m) => (summary(s, m).currency === "GBP" ? "GBP" : undefined),
  },
  {
    what: "another year's amounts beside the summed ones: said by the CLI's summary (otherYearOf)",
    sheet: [
      ["Grantee", "2023-24 Grant", "2024-25 Grant"],
      ["Harbor Trust", 1000, 1200],
      ["Food Bank", 500, 600],
    ],
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["2024-25 Grant", "Committed"],
    ],
    ignore: "2023-24 Grant",
    seen: (s, m) => otherYearOf(m, "committed", s),
  },
  {
    what: "figures in a column with no Committed mapped: named as the one to map",
    sheet: [
      ["Grantee", "Figures", "Region"],
      ["Harbor Trust", 1000, "North"],
      ["Food Bank", 500, "South"],
    ],
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["Region", "Ignore"],
    ],
    ignore: "Figures",
    seen: (s, m) => committedUnmapped({ matrix: s, mapping: m }),
  },
  {
    what: "a column writing its figures in pounds (£30,000 and below): the amounts' currency",
    sheet: [
      ["Grantee", "Amount", "Strand"],
      ["Harbor Trust", 2000, "£30,000 and below"],
      ["Food Bank", 1000, "£30,000 and below"],
      ["Elm Advice", 500, "£30,000 and below"],
    ],
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["Amount", "Committed"],
    ],
    ignore: "Strand",
    seen: (s, m) => summary(s, m).currencyInText,
  },
];

describe("a column the mapping says to ignore is not read beside it", () => {
  it.each(READINGS.map((r) => [r.what, r] as const))("%s", (_, r) => {
    const unmapped = mappingFromPairs(r.sheet, r.tab, r.pairs);
    expect(unmapped.unknown.map((u) => u.header)).toContain(r.ignore);
    expect(r.seen(r.sheet, unmapped)).toBeDefined();
    const ignoring = mappingFromPairs(r.sheet, r.tab, [...r.pairs, [r.ignore, "Ignore"]]);
    // Still listed among the columns the mapping leaves out (the report's "Ignored:").
    expect(ignoring.unknown.map((u) => u.header)).toContain(r.ignore);
    expect(r.seen(r.sheet, ignoring)).toBeUndefined();
  });

  it("still tells no two rows apart by a record number it ignores: one entry made twice, not two entries", () => {
    // Ignoring `OID_` stops its values being read; it must not make the row's number a difference —
    // two rows of one $700,000 budget apart only in it would then be two entries, added up twice unsaid
    // (real: DC's capital projects). Said as when the column is merely unmapped.
    const sheet: Cell[][] = [
      ["OID_", "Name", "Construction_Start_Date", "Construction_Budget"],
      [12, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [53, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [54, "Valve Renewal", "7/30/2014 0:00:00", 1250000],
    ];
    const pairs: [string, string][] = [
      ["Name", "Partner"],
      ["Construction_Budget", "Committed"],
    ];
    for (const mapping of [
      mappingFromPairs(sheet, "Partners", pairs),
      mappingFromPairs(sheet, "Partners", [...pairs, ["OID_", "Ignore"]]),
    ]) {
      expect(issues(sheet, mapping, /^sameRow\./)).toEqual([
        expect.stringContaining(
          "Row 3 is the same as row 2 in every column but its record number (OID_): the same entry made twice?",
        ),
      ]);
      expect(summary(sheet, mapping).sameRows.rows).toBe(1);
    }
  });

  it("as the task pane's (ignore) leaves it out (IGNORED_COLUMN), and its plain (ignore) does not", () => {
    const book: Cell[][] = [
      ["Ministry", "Department", "Year", "Type", "Amount"],
      ["Health", "Health Services", 2020, "ACTUAL", 1_130_000],
      ["Health", "Health Services", 2020, "REVISED", 1_150_000],
      ["Education", "Public Schools", 2020, "ACTUAL", 2_500_000],
      ["Education", "Public Schools", 2020, "REVISED", 2_550_000],
    ];
    const read = mapHeaders(book, "Partners", { 1: "partner", 4: "committed", 3: null });
    expect(summarizePartners(book, null, read).versions?.column).toBe("Type");
    const ignored = mapHeaders(book, "Partners", { 1: "partner", 4: "committed", 3: IGNORED_COLUMN });
    expect(summarizePartners(book, null, ignored).versions).toBeUndefined();
  });
});
