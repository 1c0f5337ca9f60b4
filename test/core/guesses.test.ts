import { mapHeaders, mappingFromPairs, summarizePartners, validateRange, type Cell } from "../../src/core";
import { namesKindOfBody } from "../../src/core/guessedLists";
import { TODAY } from "./sheets";

/**
 * A mapping guessed from headers, checked against the data (src/core/guesses.ts), on layouts from
 * real registers and ledgers (corpus-new3: a territory's contract register, a council's payments).
 */
const mapped = (matrix: Cell[][], tab?: string) =>
  mapHeaders(matrix, tab).columns.map((c) => `${c.header} → ${c.name}`);

describe("an amount header that also says a date", () => {
  // Real: a contract register's `Awarded` holds award dates; its `Contract Value` was ignored and the
  // summary added up the dates' serial numbers: $217.8M for a real $3.87bn.
  const contracts: Cell[][] = [
    ["Reference", "Contractor Name", "Contract Value", "Awarded"],
    ["C-1", "Alice Springs Helicopters", 48000, 44942],
    ["C-2", "Grace Records", 95300, 44959],
  ];

  it("gives way to a header that says the amount", () => {
    expect(mapped(contracts)).toEqual(["Contractor Name → Partner", "Contract Value → Committed"]);
    expect(summarizePartners(contracts).total.committed).toBe(143300);
  });

  it("is still the amount where nothing says it better: a grant list's Awarded", () => {
    const grants: Cell[][] = [
      ["Grantee", "Awarded"],
      ["City Food Bank", 25000],
    ];
    expect(mapped(grants)).toEqual(["Grantee → Partner", "Awarded → Committed"]);
  });
});

describe("a list column named by a synonym whose values are none of the list's", () => {
  it("is not that column: a procurement Type is no Sector", () => {
    const contracts: Cell[][] = [
      ["Contractor Name", "Type", "Contract Value"],
      ["Alice Springs Helicopters", "Selected", 48000],
      ["Grace Records", "Public", 95300],
    ];
    expect(mapped(contracts)).toEqual(["Contractor Name → Partner", "Contract Value → Committed"]);
    expect(validateRange(contracts, null, { today: TODAY }).issues).toEqual([]);
  });

  it("is that column when some values are the list's, in any spelling: the rest are flagged", () => {
    const grants: Cell[][] = [
      ["Grantee", "Type", "Amount"],
      ["City Food Bank", "charity", 100],
      ["Harbor Trust", "Space agency", 200],
    ];
    expect(mapped(grants)).toContain("Type → Sector");
    expect(validateRange(grants, null, { today: TODAY }).issues.map((i) => i.rule)).toEqual([
      "spelling.sector",
      "list.sector",
    ]);
  });

  it("under a header every sheet has (Type), is that column only when most of its kinds are the list's", () => {
    // A helper's round (real): Toulouse Métropole's subsidies, `type` of legal forms, two of them read
    // as sectors (`Association loi 1901`, `Collectivité territoriale`): 29 errors for the others.
    const grants: Cell[][] = [
      ["nomBeneficiaire", "type", "montant"],
      ["Club A", "Association loi 1901", 100],
      ["Boulangerie B", "Société à responsabilité limitée (SARL)", 200],
      ["Cabinet C", "Société par actions simplifiée (SAS)", 300],
      ["Ville D", "Collectivité territoriale", 400],
      ["Club E", "Association loi 1901", 500],
      ["Labo F", "Organisme de recherche", 600],
    ];
    expect(mapped(grants)).not.toContain("type → Sector");
  });

  it("a running total is no amount: the column it runs over is", () => {
    // A helper's round (real, invented values): New York's drinking-water list, `Cumulative Total` read
    // as Committed over `Project Cost` — $2.15 trillion for $5.12bn, "no issues".
    const list: Cell[][] = [
      ["Project #", "System Name/Borrower", "Project Cost", "Score", "Cumulative Total"],
      [90001, "Exampleville Water District", "$1,000,000", "H", "$1,000,000"],
      [90002, "Sample City Water Works", "$2,000,000", "H", "$3,000,000"],
      [90003, "Lakeview Water District", "$3,000,000", "G", "$6,000,000"],
      [90004, "Hilltop Village", "$4,000,000", "G", "$10,000,000"],
    ];
    expect(mapped(list, "Partners")).toContain("Project Cost → Committed");
    expect(mapped(list, "Partners")).not.toContain("Cumulative Total → Committed");
    // A total of its own row (a grant's amounts over the years, added across) stays.
    const own: Cell[][] = [
      ["Grantee", "2023", "2024", "Total"],
      ["City Food Bank", 1000, 2000, 3000],
      ["Harbor Trust", 500, 500, 1000],
      ["Northgate Youth Fund", 700, 0, 700],
    ];
    expect(mapped(own)).toContain("Total → Committed");
  });

  it("a date column is no amount with its month in letters, nor beside a totals row's label", () => {
    // A helper's round (real, invented values): Rochdale's spend, `DATE PAID` over `05-Dec-24` and a
    // `TOTAL` label under it — read as Received, each date "expected an amount in GBP", Received £0.
    const spend: Cell[][] = [
      ["SUPPLIER NAME", "DATE PAID", "AMOUNT (£)"],
      ["Acme Lifts Ltd", "05-Dec-24", 15588.45],
      ["Example Consulting Ltd", "17-Dec-24", 845],
      ["Demo Developments Ltd", "19-Dec-24", 5280],
      ["", "TOTAL", 21713.45],
    ];
    expect(mapped(spend)).not.toContain("DATE PAID → Received");
    expect(mapped(spend)).toContain("AMOUNT (£) → Committed");
    const written = spend.map((row, r) => (r === 0 || r === 4 ? row : [row[0], "5 December 2024", row[2]]));
    expect(mapped(written)).not.toContain("DATE PAID → Received");
  });

  it("named exactly, it stays, whatever it holds: the user's values to fix", () => {
    const grants: Cell[][] = [
      ["Grantee", "Sector", "Amount"],
      ["City Food Bank", "Selected", 100],
    ];
    expect(mapped(grants)).toContain("Sector → Sector");
  });

  it("named exactly as an amount, over dates it is no amount: the day money or a gift came", () => {
    // A helper's round (real, invented values): federal agencies' foreign gifts, `received` the day a
    // gift came — 4,529 "expected an amount" errors, and its years alone (`2022`) summed as Received.
    const gifts: Cell[][] = [
      ["id", "gift_description", "received", "estimated_value", "donor_name"],
      [1, "Silver bowl", "2022-03-02", 650, "Ana Pereira"],
      [2, "Painting", "2022", 1200, "Ana Pereira"],
      [3, "Carpet", "2012-06", 4300, "Omar Said"],
      [4, "Watch", "2021-11-30", 900, "Lena Berg"],
      [5, "Vase", "2019-05-14", 300, "Omar Said"],
    ];
    expect(mapped(gifts)).not.toContain("received → Received");
    // Amounts under it, a year among them or not, stay amounts.
    const paid: Cell[][] = [
      ["Partner", "Received"],
      ["City Food Bank", "2022"],
      ["Harbor Trust", "2,500"],
      ["Northgate Youth Fund", "2021-11-30"],
    ];
    expect(mapped(paid)).toContain("Received → Received");
  });
});

describe("a Yes/No column named by a synonym whose values are no yes nor no", () => {
  it("is not that column: signing dates are no Agreement signed", () => {
    // A helper's round (real): a US agency's compacts, `signed` over dates, 13 "expected Yes or No" errors.
    const compacts: Cell[][] = [
      ["country", "signed", "start", "budget"],
      ["Avalonia", "14-Jul-08", "31-Jul-09", 479000000],
      ["Borduria", "29-Nov-06", "20-Sep-07", 461000000],
    ];
    const mapping = mapHeaders(compacts, "Partners", { 0: "partner" });
    expect(mapping.columns.map((c) => c.id)).not.toContain("agreementSigned");
    const flags: Cell[][] = [
      ["Grantee", "Signed", "Amount"],
      ["City Food Bank", "Yes", 100],
      ["Harbor Trust", "No", 200],
    ];
    expect(mapped(flags)).toContain("Signed → Agreement signed");
  });
});

describe("a partner column holding one name on every row", () => {
  // Real: a council's payments ledger, `Organisation Name` = "Wakefield MDC" on 5,000 rows, the
  // partners in `Supplier Name`.
  const payments: Cell[][] = [
    ["Organisation Name", "Supplier Name", "Amount"],
    ["Wakefield MDC", "Aventis Solutions Ltd", 120],
    ["Wakefield MDC", "Yorkshire Water", 80.5],
    ["Wakefield MDC", "Aventis Solutions Ltd", 99],
  ];

  it("is the sheet's owner: the column that names other parties is the partner", () => {
    expect(mapped(payments)).toEqual(["Supplier Name → Partner", "Amount → Committed"]);
    expect(mapHeaders(payments).unknown.map((u) => u.header)).toContain("Organisation Name");
  });

  it("stays the partner with nothing else to name one, or on a sheet of one or two rows", () => {
    const own = payments.map((row) => [row[0], row[2]]);
    expect(mapped(own)).toEqual(["Organisation Name → Partner", "Amount → Committed"]);
    expect(mapped(payments.slice(0, 3))).toEqual(["Organisation Name → Partner", "Amount → Committed"]);
  });

  it("by hand, the mapping wins", () => {
    const byHand = mappingFromPairs(payments, "Partners", [["Organisation Name", "Partner"]]);
    expect(byHand.columns.map((c) => c.header)).toEqual(["Organisation Name", "Amount"]);
  });
});

describe("an amount header by a synonym over references, not amounts", () => {
  // Real (corpus round 9c): Frontex's 2023 grants, `Commitment` holding FRO.37579 on every row and the
  // amounts under `Amount granted`: 474 "expected an amount" errors and a summary of $0.
  const grants = [
    ["Name of Beneficiary", "Commitment", "Amount granted"],
    ["Examplia Border Office", "FRO.37579", 12500.5],
    ["Testland Coast Guard", "FRO.37591", 8000],
    ["Examplia Border Office", "FRO.37586", 4300],
  ];

  it("gives way to the header beside it that names the amount over figures", () => {
    const m = mapHeaders(grants);
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([
      ["Name of Beneficiary", "partner"],
      ["Amount granted", "committed"],
    ]);
    expect(summarizePartners(grants).total).toMatchObject({ partners: 2, committed: 24800.5 });
  });

  it("is left out where nothing else names the amount, not read as amounts", () => {
    const alone = grants.map((r) => r.slice(0, 2));
    const m = mapHeaders(alone);
    expect([m.columns.map((c) => c.header), m.unknown.map((u) => u.header)]).toEqual([
      ["Name of Beneficiary"],
      ["Commitment"],
    ]);
  });
});

describe("a recipient said again beside a programme or project that differs on every row", () => {
  // Real: Chicago's IIJA programme list (`Recipient` says who may apply: "States/DC" on 10 of 28
  // programmes), and a reviewer's Recipient/Project ledger, no amount and no date, refused as one.
  const listed = (recipients: string[], programme = "Program name"): Cell[][] => [
    ["Recipient", programme, "Notes"],
    ...recipients.map((r, i) => [r, `${programme} ${i + 1}`, ""]),
  ];

  it("is a list of programmes when the values said again are kinds of body", () => {
    const kinds = [
      ["States/DC", "States/DC", "States/DC", "MPO, States, Tribes, combinations"],
      ["Local governments", "Local governments", "Tribes", "Tribes"],
      ["Nonprofits", "Nonprofits", "Individuals", "Individuals"],
      ["Institutions of higher education", "Local Governments", "Local Governments", "Local Governments"],
      ["Selected recipients", "Selected recipients", "Selected recipients", "Tribes"],
    ];
    for (const recipients of kinds) {
      expect(() => mapHeaders(listed(recipients))).toThrow("a list of programmes and who may receive them");
    }
  });

  it("is a ledger, read as Partners, when they are organisations", () => {
    const organisations = [
      ["City Harvest Inc.", "City Harvest Inc.", "City Harvest Inc.", "Bronx Works Inc."],
      ["Greenmarket Foundation", "Greenmarket Foundation", "Harlem Trust", "Harlem Trust"],
      ["Chicago Public Schools", "Chicago Public Schools", "Catholic Charities", "Catholic Charities"],
      ["Illinois", "Illinois", "Chicago Area Transit Authorities", "Chicago Area Transit Authorities"],
      ["Acme Ltd", "Acme Ltd", "States/DC", "Lakeside Co"],
    ];
    for (const recipients of organisations) {
      for (const programme of ["Program name", "Project"]) {
        expect(mapped(listed(recipients, programme))).toEqual(["Recipient → Partner", "Notes → Notes"]);
      }
    }
  });

  it("tells a kind of body from an organisation by its words", () => {
    const kinds = [
      "States/DC/PR",
      "Selected recipients",
      "School districts/bus providers",
      "federally recognized Tribes",
      "Public Housing Agencies",
      "Municipalities, intermunicipal, interstate, or state agencies",
    ];
    const organisations = [
      "City Harvest Inc.",
      "Robert Wood Johnson Foundation",
      "Chicago Community Trust",
      "Chicago Public Schools",
      "Catholic Charities of Chicago",
      "Friends of Chicago schools",
      "Greater Chicago Food Depository",
      "Illinois",
      "Private foundations, Acme Inc.",
    ];
    expect(kinds.filter((k) => !namesKindOfBody(k))).toEqual([]);
    expect(organisations.filter((o) => namesKindOfBody(o))).toEqual([]);
  });

  it("reads a charity named with a kind's word first as a name, Chicago's kinds still as kinds", () => {
    // A reviewer's repro: `Families First` ×3 and `Students First` ×2 beside a project each, refused as
    // "a list of programmes": a capitalised word after the kind's word makes it a name.
    const charities = [
      "Families First",
      "Students First",
      "Families Forward",
      "Cities for Financial Empowerment",
      "Community Schools Partnership",
      "FAMILIES FIRST",
    ];
    expect(charities.filter((c) => namesKindOfBody(c))).toEqual([]);
    // Real: every Recipient of Chicago's IIJA programme list ("Programs"), each still a kind of body.
    const chicago = [
      "States for distribution to relevant localities",
      "Selected recipients",
      "Airports (primary airports, certain cargo airports, and most general aviation/commercial service " +
        "airports) and the public agencies that own these airports",
      "States, DC, Territories, Locals, special transportation districts or authorities, Amtrak partnerships, etc",
      "States/DC",
      "States/DC/PR",
      "States/DC/Local governments",
      "School districts/bus providers",
      "Municipalities, intermunicipal, interstate, or state agencies",
      "States/DC/groups of states, interstate compacts, or state agencies/Locals/Amtrak/federally recognized Tribes",
      "States/DC/Territories",
      "MPO, States, Tribes, combinations",
    ];
    expect(chicago.filter((k) => !namesKindOfBody(k))).toEqual([]);
    // Words after the kind that qualify it, title-cased, or an abbreviation, keep it a kind.
    const still = ["Institutions of Higher Education", "States and Territories", "LOCAL GOVERNMENTS", "Recipients TBD"];
    expect(still.filter((k) => !namesKindOfBody(k))).toEqual([]);
    const fam = listed(
      ["Families First", "Families First", "Families First", "Students First", "Students First"],
      "Project",
    );
    expect(mapped(fam)).toEqual(["Recipient → Partner", "Notes → Notes"]);
  });

  it("reads a group of people a service is for (`Homeless Families`) as a kind, a charity named so as a name", () => {
    // A helper's note: `Homeless Families` beside a programme each was read as an organisation, its
    // list of programmes checked as partners.
    const groups = [
      "Homeless Families",
      "HOMELESS FAMILIES",
      "Low-income Households",
      "At-risk Children",
      "Older People",
    ];
    expect(groups.filter((g) => !namesKindOfBody(g))).toEqual([]);
    const charities = [
      "Homeless Families Foundation",
      "Coalition for the Homeless",
      "Save the Children",
      "Youth Villages",
      "Homeless Families First",
    ];
    expect(charities.filter((c) => namesKindOfBody(c))).toEqual([]);
    const programmes = listed(
      ["Homeless Families", "Homeless Families", "Homeless Families", "Homeless Individuals", "Homeless Individuals"],
      "Program name",
    );
    expect(() => mapHeaders(programmes)).toThrow("a list of programmes and who may receive them");
    const foundation = listed(
      [
        "Homeless Families Foundation",
        "Homeless Families Foundation",
        "Homeless Families Foundation",
        "Coalition for the Homeless",
        "Coalition for the Homeless",
      ],
      "Program name",
    );
    expect(mapped(foundation)).toEqual(["Recipient → Partner", "Notes → Notes"]);
  });
});

describe("a Title column of sentences", () => {
  it("is a grant's title, not a post: a list of grants is not checked as Leadership", () => {
    // Corpus round gn D1 (real: Ukraine's subventions by MP, `title` of 80–200 characters beside a mostly
    // empty `fullname`): checked as Leadership, an error "fullname is empty" on every row. Invented values.
    const grants: Cell[][] = [
      ["budget", "amount", "title", "fullname"],
      [
        "Regional budget of Northvale",
        45000,
        "Regional hospital - construction of the surgical wing (first stage)",
        "",
      ],
      ["City of Eastport", 30000, "reconstruction of the perinatal centre on Harbour Street", "Jane Roe"],
      ["Westbrook district", 12000, "capital repair of the roof of the village school", ""],
    ];
    // Nothing read unasked: the no-header message steers it to Partners, as its amounts say.
    expect(() => mapHeaders(grants)).toThrow(/^No Partners header row: row 1 has budget, amount, title, fullname/);
  });

  it("stays the people's Title where posts are long", () => {
    const roster: Cell[][] = [
      ["Name", "Title"],
      ["Jane Roe", "Deputy Director, Office of Management and Budget"],
      ["John Doe", "Chief Executive Officer and Executive Director"],
      ["Ana Silva", "Assistant Director of Planning and Community Development"],
    ];
    expect(mapped(roster)).toEqual(["Name → Name", "Title → Title"]);
  });
});
