import { concentration, crosscheck, gaps, issues, readiness, summary, validate } from "../../src/functions/functions";

/**
 * Sheets shaped like real users' — their own column names and order, a title above the headers,
 * blank rows, amounts and dates typed as text, extra columns the tracker does not know — through
 * every function, with the answers a user would check by hand.
 */
const NULL = null as unknown as string;

const partners = [
  ["FY2026 partner pipeline", "", "", "", "", "", "", ""],
  ["", "", "", "", "", "", "", ""],
  ["Org name", "Region", "Type", "Pledge ($)", "Amount received", "Project ID", "MOU signed?", "Start", "End"],
  ["Riverside Bank", "North", "Business", "$120,000", "60,000", "FOOD-01", "Y", "3/1/2026", "2027-02-28"],
  ["", "", "", "", "", "", "", "", ""],
  ["City Food Bank", "North", "nonprofit", 30000, 0, "food-01", "TRUE", 46082, "12/31/2026"],
  ["Greenway Fund", "South", "Philanthropy", "lots", "", "PARK-02", "no", "2026-13-01", ""],
  ["riverside bank", "South", "Business", 5000, 6000, "FOOD-01", "yes", "", ""],
];

describe("a user's own Partners sheet", () => {
  it("VALIDATE lists the problems a partner would fix, with the sheet's rows and headers", () => {
    const result = validate(partners, NULL);
    expect(result.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      [4, "Start", "warning"], // 3/1/2026 could be either order, and no date in the column says which (SPEC rev 2)
      [6, "Type", "warning"], // nonprofit: use the listed spelling
      [7, "Pledge ($)", "error"], // "lots"
      [7, "Start", "error"], // month 13
      [8, "Org name", "error"], // Riverside Bank again
      [8, "Amount received", "warning"], // more than pledged
    ]);
    expect(result[1][3]).toMatch(
      /^Start: every date like "3\/1\/2026" could be day-first or month-first — read month first \(2026-03-01\)/,
    );
    expect(result[2][3]).toBe('Type is "nonprofit" — use the listed spelling "Nonprofit".');
    expect(result[3][3]).toBe('Pledge ($) is "lots" — expected an amount in dollars, like 1200 or $1,200.');
    // SPEC rev 2: the key is Partner + Initiative ID (Project ID here), and the message says so.
    expect(result[5][3]).toBe(
      'Org name "riverside bank" with Project ID "FOOD-01" is already on row 4 — list each partner once per initiative.',
    );
  });

  it("ISSUES counts them by severity", () => {
    expect(issues(partners, NULL, NULL)).toBe(6);
    expect(issues(partners, "Partners", "error")).toBe(3);
    expect(issues(partners, "Partners", "warning")).toBe(3);
  });

  it("SUMMARY adds text amounts and merges spelling variants", () => {
    // SPEC rev 2 (Ledgers): Riverside Bank's two rows are one partner, their amounts added up.
    expect(summary(partners, NULL)).toEqual([
      ["Sector", "Partners", "Committed", "Received"],
      ["Business", 1, 125000, 66000],
      ["Nonprofit", 1, 30000, 0],
      ["Philanthropy", 1, 0, 0],
      ["Total", 3, 155000, 66000],
    ]);
    expect(summary(partners, "initiative ID")).toEqual([
      ["Initiative ID", "Partners", "Committed", "Received"],
      ["FOOD-01", 2, 155000, 66000],
      ["PARK-02", 1, 0, 0],
      ["Total", 3, 155000, 66000],
    ]);
  });

  it("with a mapping, VALIDATE and SUMMARY read the block beside others that holds its headers", () => {
    // Real (Indiana's community asset inventory, invented values): counties beside their nonprofits'
    // revenue; mapped by hand, the left block's county and Total rows were notes and a Total row.
    const sheet = [
      ["FIPS", "COUNTY", "POPULATION", "", "Area name", "Organizations", "Total Revenue Reported on Form 990"],
      [18001, "Adams", 34387, "", "(18001) Adams County", 175, 46971351],
      [18003, "Allen", 355329, "", "(18003) Allen County", 1833, 2420974282],
      [18007, "Benton", 8854, "", "", "", ""],
      ["", "Total", 398570, "", "", "", ""],
    ];
    const mapping = [
      ["Area name", "Partner"],
      ["Total Revenue Reported on Form 990", "Committed"],
    ];
    expect(validate(sheet, "Partners", mapping)).toEqual([
      ["Row", "Column", "Severity", "Message", "Rule"],
      ["—", "—", "—", "No issues found: 2 Partners rows checked.", "—"],
    ]);
    expect(summary(sheet, NULL, mapping).slice(-1)).toEqual([["Total", 2, 2467945633, ""]]);
  });

  it("with a mapping, reads one table spaced out by empty columns as one table", () => {
    // A helper's round (real: a council's payments export, invented values): blank columns between
    // `Name:` and `Amount Paid`. Mapping the amount cut the table to its last column, and the Partner
    // column the tool had found without a mapping was gone ("There is no Partner column").
    const sheet = [
      ["Description", "", "Line", "", "Name:  ", "", "Payment Date", "", "Amount Paid"],
      ["Temp staff", "", 1, "", "Acme Staffing Ltd", "", "03/12/2024", "", "1,200.00"],
      ["Temp staff", "", 1, "", "Acme Staffing Ltd", "", "04/12/2024", "", 800],
      ["Annual licence", "", 2, "", "Widget Software Ltd", "", "10/12/2024", "", "3,000.00"],
    ];
    const mapping = [["Amount Paid", "Committed"]];
    expect(summary(sheet, NULL, mapping).slice(-1)).toEqual([["Total", 2, 5000, ""]]);
    expect(validate(sheet, "Partners", mapping).map((r) => r[3])).not.toContainEqual(
      expect.stringContaining("There is no Partner column"),
    );
  });

  it("SUMMARY adds up two tables side by side, a partner in both counted once", () => {
    // SPEC rev 2: blocks separated by an empty column are two blocks. The left one has no Sector, so
    // City Food Bank counts in the Total there, and in Nonprofit (the first group) on the right.
    const sideBySide = [
      ["Spring grants", "", "", "", "Autumn grants", "", ""],
      ["Grantee", "Amount", "", "", "Partner", "Sector", "Committed"],
      ["City Food Bank", 1000, "", "", "city food bank", "Nonprofit", 2000],
      ["Acme Ltd", 200, "", "", "Riverside Bank", "Business", 500],
    ];
    expect(summary(sideBySide, NULL)).toEqual([
      ["Sector", "Partners", "Committed", "Received"],
      ["Nonprofit", 1, 2000, ""], // neither block has a Received column: no figures, not zeros
      ["Business", 1, 500, ""],
      ["Total", 3, 3700, ""],
    ]);
    // CONCENTRATION reads the same blocks: City Food Bank's 1,000 + 2,000 of 3,700.
    expect(concentration(sideBySide)).toBeCloseTo(3000 / 3700);
  });

  it("SUMMARY adds a block in pounds to a block of plain numbers beside it, and refuses pounds beside dollars", () => {
    const pounds = (right: (string | number)[]) => [
      ["Recipient", "Amount awarded", "", "Recipient", "Amount awarded"],
      ["Oxford Food Bank", "£1,200", "", "Cowley Youth Club", right[0]],
      ["Barton Arts", "£300", "", "Oxford Food Bank", right[1]],
    ];
    // Plain numbers name no currency: they add up with the pounds, as in one column (before, they
    // were taken for dollars and the two blocks refused as "GBP, USD").
    const result = summary(pounds([500, 100]), NULL);
    expect(result[0][2]).toBe("Committed (GBP)");
    expect(result[result.length - 1]).toEqual(["Total", 3, 2100, ""]);
    expect(() => summary(pounds(["$500", "$100"]), NULL)).toThrow(/different currencies \(GBP, USD\)/);
  });

  it("SUMMARY reads plain amounts as pounds where another column writes its figures in pounds", () => {
    // A helper's round (real): Arts Council England's project grants, £662.6M as dollars beside its
    // `Strand` of `£30,000 and below` bands. The same reading as the CLI's (test/cli/csvInput).
    const bands = [
      ["Recipient", "Award amount", "Strand"],
      ["Harbour Lights Theatre", 23336, "£30,000 and below"],
      ["Millbrook Festival CIC", 85500, "Above £30,000"],
      ["Youth Brass Network", 14000, "£30,000 and below"],
    ];
    const result = summary(bands, NULL);
    expect(result[0][2]).toBe("Committed (GBP)");
    expect(result[result.length - 1]).toEqual(["Total", 3, 122836, ""]);
  });

  it("CONCENTRATION counts Riverside Bank's two rows as one partner", () => {
    expect(concentration(partners)).toBeCloseTo(125000 / 155000);
  });
});

const foundation = [
  ["Initiatives", "", "", "", "", "", "", "", "", "", ""],
  [
    "Project ID",
    "Project name",
    "Problem",
    "KPI",
    "Goal",
    "Deadline",
    "IAP2 level",
    "Past efforts",
    "Politics",
    "Requirements",
    "Partner priorities",
  ],
  [
    "FOOD-01",
    "Fresh food",
    "Three neighbourhoods have no grocery within a mile.",
    "Households served",
    "20,000",
    "12/31/2027",
    "involve",
    "Y",
    "Council split",
    "yes",
    "No",
  ],
];

describe("a user's own Foundation sheet", () => {
  it("READINESS scores the checklist from their columns (6 of 7: priorities not acknowledged)", () => {
    expect(readiness(foundation, "food-01")).toBeCloseTo(6 / 7);
  });

  it("READINESS finds an initiative in the right-hand block of two side by side", () => {
    // SPEC rev 2: blocks separated by an empty column are two blocks. Before, only the left block's
    // mapping was made and PARK-02 was "not in this Foundation range".
    const two = foundation.map((r, i) => [...r, "", ...(i === 2 ? ["PARK-02", "Pocket parks", ...r.slice(2)] : r)]);
    expect(readiness(two, "park-02")).toBeCloseTo(6 / 7);
    expect(readiness(two, "food-01")).toBeCloseTo(6 / 7);
  });
});

describe("a user's own Assets sheet", () => {
  it("GAPS treats a blank Available as none and lists the largest gap first", () => {
    const assets = [
      ["Resource", "Asset type", "Qty available", "Qty needed", "Initiative"],
      ["Vans", "Equipment", "", 3, "FOOD-01"],
      ["Cold storage", "infrastructure", 1, 5, "FOOD-01"],
      [],
      ["Volunteers", "Staff", 40, 25, "FOOD-01"],
    ];
    expect(gaps(assets)).toEqual([
      ["Asset", "Category", "Initiative ID", "Available", "Needed", "Gap"],
      ["Cold storage", "Infrastructure", "FOOD-01", 1, 5, 4],
      ["Vans", "Equipment", "FOOD-01", "", 3, 3],
    ]);
  });

  it("GAPS lists the gaps of two blocks side by side, largest first, the left block first among equals", () => {
    // Before, only the left block was read: the depot's 6 missing vans went unlisted.
    const sideBySide = [
      ["North depot", "", "", "", "", "South depot", "", ""],
      ["Resource", "Asset type", "Qty available", "Qty needed", "", "Asset", "Available", "Needed"],
      ["Vans", "Equipment", "", 3, "", "Vans", 2, 8],
      ["Cold storage", "infrastructure", 1, 5, "", "Cold storage", 0, 3],
      ["Notes: counts as of May", "", "", "", "", "", "", ""],
    ];
    expect(gaps(sideBySide)).toEqual([
      ["Asset", "Category", "Initiative ID", "Available", "Needed", "Gap"],
      ["Vans", "", "", 2, 8, 6],
      ["Cold storage", "Infrastructure", "", 1, 5, 4],
      ["Vans", "Equipment", "", "", 3, 3],
      ["Cold storage", "", "", 0, 3, 3],
    ]);
  });
});

describe("CROSSCHECK across users' sheets", () => {
  it("finds the initiative Foundation lacks and the champion Leadership lacks", () => {
    const leadership = [
      ["Full name", "Organisation", "Project ID", "Gov?", "Role"],
      ["Ana Ruiz", "Mayor's office", "FOOD-01", "Y", "Deputized lead"],
    ];
    const withChampion = partners.map((r, i) => (i === 2 ? [...r, "Sponsor"] : i >= 3 ? [...r, "Ana Ruiz"] : r));
    withChampion[7] = [...partners[7], "Bo Chen"];
    const assets = [
      ["Resource", "Initiative"],
      ["Vans", "FOOD-01"],
    ];
    const result = crosscheck(foundation, assets, leadership, withChampion);
    expect(result.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["Partners", 7, "Project ID", "error"], // PARK-02 is not in Foundation
      ["Partners", 8, "Sponsor", "warning"], // Bo Chen is not in Leadership
    ]);
  });

  it("reads Partners blocks side by side each with its own headers, as VALIDATE does", () => {
    // Before, one mapping over the range read only the left block's Initiative ID and champion:
    // the right block's unknown initiative and unknown champion went unsaid.
    const leadership = [
      ["Name", "Initiative ID", "In government", "Role"],
      ["Ana Ruiz", "FOOD-01", "Yes", "Deputized lead"],
    ];
    const assets = [
      ["Asset", "Initiative ID"],
      ["Vans", "FOOD-01"],
    ];
    const sideBySide = [
      ["Spring", "", "", "", "Autumn", "", ""],
      ["Partner", "Initiative ID", "Champion", "", "Grantee", "Champion", "Project ID"],
      ["City Food Bank", "FOOD-01", "Ana Ruiz", "", "Harbor Trust", "Bo Chen", "PARK-09"],
      ["Acme Ltd", "FOOD-01", "", "", "Riverside Bank", "Ana Ruiz", "FOOD-01"],
    ];
    const result = crosscheck(foundation, assets, leadership, sideBySide);
    expect(result.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["Partners", 3, "Champion", "warning"], // Bo Chen, in the right block's Champion column (sheet column F)
      ["Partners", 3, "Project ID", "error"], // PARK-09 is not in Foundation
    ]);
  });
});

describe("a range that reads as another tab", () => {
  it("SUMMARY says it reads as that tab, as the command line does, and does not add up its projects as partners", () => {
    // A helper's round (real: Pittsburgh's capital projects): VALIDATE read it as Foundation, the command
    // line's summary found no Partners data, and SUMMARY added up 92 projects as partners.
    const projects = [
      ["id", "name", "task_description", "budgeted_amount", "status", "fiscal_year", "neighborhood"],
      [1850147310, "BRIDGE REPAIRS", "Handicapped Ramp", 100000, "Planned", 2017, "Manchester"],
      [578777540, "CARNAHAN ROAD (TIP)", "Construction", 560000, "Planned", 2017, "Banksville"],
      [726259916, "ANDERSON BRIDGE (TIP)", "Preliminary Engineering", 35450, "Planned", 2017, "Central Oakland"],
    ];
    expect(() => summary(projects, NULL)).toThrow(
      /^The range reads as Foundation \(id → Initiative ID, name → Initiative/,
    );
    expect(() => concentration(projects)).toThrow(/reads as Foundation/);
    // Mapped by hand, it is summed as asked.
    const mapping = [
      ["name", "Partner"],
      ["budgeted_amount", "Committed"],
    ];
    expect(summary(projects, NULL, mapping).at(-1)?.slice(0, 3)).toEqual(["Total", 3, 695450]);
    // A partner list keyed by a bare Name that reads as Partners is summed as before.
    const partnersByName = [
      ["Name", "Sector", "Committed"],
      ["Harbor Trust", "Philanthropy", 5000],
      ["City Food Bank", "Nonprofit", 2000],
    ];
    expect(summary(partnersByName, NULL).at(-1)?.slice(0, 3)).toEqual(["Total", 2, 7000]);
  });
});

describe("a donor log's dates of payment, as Excel hands dates over", () => {
  it("are no Received money: SUMMARY and ISSUES read them as the command line reads the dates as text", () => {
    // A helper's round (real: a donor's log opened in Excel, its `disbursed` dates typed as serials):
    // SUMMARY received $158,105 of $15,600 given, with a "received more than committed" warning a row.
    const log = [
      ["disbursed", "via", "amount", "recipient", "purpose"],
      [39239, "direct", 10000, "Lifeboat Foundation", "Donation"],
      [39376, "direct", 300, "Lifeboat Foundation", "Naval fund donation"],
      [39601, "direct", 300, "Lifeboat Foundation", "Donation"],
      [39889, "direct", 5000, "Singularity Institute", "Donation"],
    ];
    expect(summary(log, NULL).at(-1)?.slice(0, 4)).toEqual(["Total", 2, 15600, ""]);
    expect(
      validate(log, NULL)
        .slice(1)
        .map((r) => r[1]),
    ).not.toContain("disbursed");
    // Figures of a size with dates' that are not over what was committed stay Received.
    const paid = log.map((r, i) => (i === 0 ? r : [r[2], r[1], 40000 + i, r[3], r[4]]));
    expect(summary(paid, NULL).at(-1)?.[3]).toBe(15600);
  });
});

describe("a grants sheet whose Country and beneficiary columns hold each other's values", () => {
  it("VALIDATE says so once, as the command line does, and asks no country-as-partner about its countries", () => {
    // A helper's round (real: Frontex's grants 2008–2022, y2016): 19 "France … with 10 different
    // countries" warnings where `Name of Beneficiary` held the countries and `Country` the police forces.
    const grants = [
      ["Grant No", "Country", "Name of Beneficiary", "Total awarded in EUR"],
      ["2016/1", "Cuerpo Nacional de Policia", "Spain", 100],
      ["2016/2", "Guardia Civil", "Spain", 200],
      ["2016/3", "Hellenic Police", "Greece", 300],
      ["2016/4", "Hellenic Coast Guard", "Greece", 50],
    ];
    const result = validate(grants, NULL);
    expect(result.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([[2, "Name of Beneficiary", "warning"]]);
    expect(result[1][3]).toMatch(
      /^Name of Beneficiary holds names of countries \("Spain", "Greece": 4 of its 4 rows\) while Country holds names of organisations .*: are the two columns' headers swapped\? .*\(map "Country" to Partner\)\.$/,
    );
    expect(summary(grants, NULL).at(-1)?.slice(0, 3)).toEqual(["Total", 2, 650]);
  });
});

describe("a message quoting two amounts of a sheet naming no currency (corpus round fm, D8)", () => {
  // Real: Minas Gerais's road-works contracts, `Total Medido ($1,456,946.54) is more than Valor Total do
  // Contrato (1,315,533.91)` — a dollar on one amount and none on the other, while SUMMARY's note says the
  // sheet names no currency (`Valor` is Portuguese; `Total Medido` reads as English words).
  const sheet = [
    ["Empresa", "Valor Total do Contrato", "Total Medido"],
    ["IPE ENGENHARIA LTDA", 1315533.91, 1456946.54],
    ["SYSTRA ENGENHARIA E CONSULTORIA LTDA", 2146927.38, 514362.49],
  ];
  const mapping = [
    ["Empresa", "Partner"],
    ["Valor Total do Contrato", "Committed"],
    ["Total Medido", "Received"],
  ];

  it("VALIDATE shows both amounts without a sign, as ISSUES counts the one warning", () => {
    const result = validate(sheet, "Partners", mapping);
    expect(result.slice(1)).toEqual([
      [
        2,
        "Total Medido",
        "warning",
        "Total Medido (1,456,946.54) is more than Valor Total do Contrato (1,315,533.91) — check both amounts.",
        "partners.receivedOverCommitted",
      ],
    ]);
    expect(issues(sheet, "Partners", NULL, mapping)).toBe(1);
  });
});
