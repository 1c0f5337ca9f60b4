/**
 * The message when no row is a header row (src/core/noHeaderMessage.ts, closestTab.ts): the closest row, and
 * what would make it one. Split from headers.test.ts.
 */
import { inDoorWords, mapHeaders, NoHeaderError, validateRange, type Cell } from "../../src/core";
import { mappedIds } from "./mappedIds";
import { noHeader } from "./sheets";

/** The tab the closest row of `rows` comes nearest to, when it is no header row of any. */
function closestOfRows(rows: Cell[][]): string | undefined {
  try {
    mapHeaders(rows);
  } catch (err) {
    return (err as NoHeaderError).closestTab;
  }
  return undefined;
}

describe("the no-header message says what is missing", () => {
  it("quotes the widest row, not a title above it, when nothing matched", () => {
    expect(() => mapHeaders([["Grants awarded, FY2024"], ["Who", "How much", "Fiscal year"]])).toThrow(
      /row 2 has Who, How much, Fiscal year/,
    );
    // A `Notes` line under a table names Assets' Notes, alone: not the header row to quote (real: a
    // ministry's table was "No Assets header row: row 19 has Notes").
    expect(() => mapHeaders([["E-code", "Local authority", "Amount"], ["E1", "Bath", 1], ["Notes"]])).toThrow(
      /^No Partners header row: row 1 has E-code, Local authority, Amount/,
    );
    // …but a one-column list's one header is what there is.
    expect(() => mapHeaders([["Name"], ["Ann Lee"]])).toThrow(/row 1 has Name — Name alone/);
  });

  it("quotes a header row whose first cell is blank, not the first data row under it, and says to head that column", () => {
    // Real: a hospital list, A1 blank over its trusts: "row 3 holds data … add the header row".
    const sheet = [
      ["", "Number of relevant incidents", "Number of patients affected"],
      ["East", "", ""],
      ["Bedfordshire Hospitals NHS Foundation Trust", 20, "Not recorded"],
      ["Norfolk Community Health and Care NHS Trust", 1, 80],
    ];
    expect(() => mapHeaders(sheet)).toThrow(
      /^No Partners header row: row 1 has Number of relevant incidents, Number of patients affected \(its first column has no header: head it Partner\)/,
    );
    // Names each alone on its row, over rows that leave the column blank, are group titles: no column
    // of partners to head (a helper's round, real: a firm over its buildings, 27 of 30 rows "Partner is
    // empty" once headed so).
    const firms = [
      ["", "Region", "", "Area", "Market"],
      ["Alder Architects", "", "", "", ""],
      ["", "Northeast", "Harbour School", "68000 sf", "education"],
      ["", "", "Pier 4 Offices", "46415 sf", "office"],
      ["Birch Studio", "", "", "", ""],
      ["", "Pacific", "Bay Offices", "510000 sf", "office"],
    ];
    expect(() => mapHeaders(firms)).toThrow(/^No Partners header row: row 1 has Region, Area, Market — /);
    // Names with nothing yet above one anonymous pledge, then names with their data on their own row:
    // a list of partners, its first column to head (a reviewer's repro: the hint was lost).
    const pledges = [
      ["", "Contact", "Phone", "Pledged"],
      ["Acme Trust", "", "", ""],
      ["Beta Fund", "", "", ""],
      ["", "", "", 500],
      ["Gamma Org", "", "", ""],
      ["Delta Foundation", "", "", ""],
      ["Eps Trust", "Jo Bloggs", "555-0101", 200],
    ];
    expect(() => mapHeaders(pledges)).toThrow("(its first column has no header: head it Partner)");
    // A footnote's mark under the data (`*`, `(1)`, `†`, a rule line over the notes) is a note's, no name:
    // the column is empty in the table, no column to head (a helper's round, real: a comptroller's
    // largest-taxpayers page, its `*` in A27 under the table).
    for (const mark of ["*", "(1)", "†", "1/", "___________"]) {
      const footnoted = [
        ["", "Taxpayer", "Value"],
        ["", "Harbour Power Co", 1200000],
        ["", "Bayside Telecom", 800000],
        [mark, "Including special franchises:", ""],
      ];
      expect(noHeader(footnoted).message).not.toContain("its first column has no header");
    }
    // Under group titles, over figures kept as text (`3,340,685`): the row of headers is quoted, not the
    // first council with its figures (a helper's round, real: Victoria's grants commission tables).
    const stacked = [
      ["", "General Purpose Grants", "", "Local Roads Grants", ""],
      ["", "Initial ($)", "Final ($)", "Initial ($)", "Final ($)"],
      ["Alder Shire", "3,340,685", "3,342,108", "1,342,640", "1,346,927"],
      ["Birch Rural City", "4,527,530", "4,529,459", "2,913,830", "2,923,134"],
    ];
    expect(() => mapHeaders(stacked)).toThrow(
      /^No Partners header row: row 2 has Initial \(\$\), Final \(\$\), Initial \(\$\), Final \(\$\) \(its first column has no header/,
    );
    // Years across the top head a table of figures by year, its first column the measures: no
    // partners to head (a helper's round, real: a transit awards report's Summary sheet).
    const byYear = [
      ["", 2015, 2016, 2018, 2020, "Grand_Total"],
      ["Number_of_Awarded_Projects", 14, 15, 28, 17, 74],
      ["Award_Amount", 224328000, 788444000, 4251722000, 500000000, 5764494000],
    ];
    expect(() => mapHeaders(byYear)).toThrow(
      /^No Partners header row: row 1 has 2015, 2016, 2018, 2020, Grand_Total — name/,
    );
  });

  it("takes no row of generic headers alone (ID, Status) for a tab's header row unless the tab is given", () => {
    // A helper's round (real): New Zealand councils' data register, `ID` and `STATUS` among its
    // columns, read as Foundation: 29 errors about initiatives it never listed.
    const register = [
      ["Custodian code", "Custodian name", "Dataset name", "ID", "STATUS"],
      [1, "Example Regional Council", "Reserves", "OBJECTID", "INTEGRATED"],
    ];
    expect(() => mapHeaders(register)).toThrow(/^No /);
    expect(mapHeaders(register, "Foundation").columns.map((c) => c.id)).toEqual(["initiativeId", "status"]);
    // With one more column that says which tab, it is.
    const initiatives = [
      ["ID", "Initiative", "Status"],
      ["F-1", "Food pantry network", "Active"],
    ];
    expect(mapHeaders(initiatives).tab).toBe("Foundation");
    // Nor a notes sheet whose every header is a column somewhere (`Item | Note`: a university's
    // proposals export, checked as Assets with exit 0 while its proposals were skipped).
    expect(() =>
      mapHeaders([
        ["Item", "Note"],
        ["Sponsor Type", "As the sponsor's office gives it"],
      ]),
    ).toThrow(/^No /);
    expect(
      mapHeaders([
        ["Item", "Note", "Quantity available"],
        ["Van", "", 2],
      ]).tab,
    ).toBe("Assets");
  });

  it("reads people lists in other languages and a staff directory's designation as Leadership", () => {
    // A helper's round (real): Chile's port boards (`Cargo, Nombre`, hinted as Partners) and India's
    // ministries' who's who (`name, designation` beside a `website`, read as 155 partners).
    expect(mappedIds(["Cargo", "Nombre", "Empresa Portuaria"])).toEqual({ Cargo: "title", Nombre: "name" });
    const directory = [
      ["ministry", "website", "name", "designation", "email"],
      ["Health", "https://health.example.gov", "Arun Mehta", "Minister", "min@health.example.gov"],
    ];
    expect(mapHeaders(directory).tab).toBe("Leadership");
    // A roster's committee and a contact list's programme say what each row is for: a member of two
    // committees is on two rows (a US Senate committee list: 516 "keep one row" warnings).
    const committees = [
      ["name", "committee_name", "title"],
      ["Ana Whitfield", "Committee on Agriculture", "Chairman"],
      ["Ana Whitfield", "Committee on Finance", "Member"],
    ];
    expect(mappedIds(committees[0])).toEqual({ name: "name", committee_name: "initiativeId", title: "title" });
    expect(validateRange(committees, null, { today: 46000 }).issues).toEqual([]);
    // The committee's code first, beside its name: it tells a subcommittee from its committee (a
    // helper's round, real: Congress' committee seats, 1,018 "keep one row" warnings on seats).
    const seats = [
      ["name", "committee_id", "committee_name", "title"],
      ["Pat Example", "SSWX", "Senate Committee on Widgets", "Chairman"],
      ["Pat Example", "SSWX01", "Senate Committee on Widgets", "Ex Officio"],
    ];
    expect(mappedIds(seats[0])).toMatchObject({ committee_id: "initiativeId" });
    expect(validateRange(seats, null, { today: 46000 }).issues).toEqual([]);
    // So does a board roster's board: a person on two boards holds two seats, not a row made twice;
    // their agency is their organisation, not their party (a helper's round, real: South Dakota's
    // boards and commissions, 340 "keep one row" warnings, `party` read as Organization), and an
    // official's local title or primary role is their Title (Washington's county officials, Toronto's
    // council contacts).
    const boards = [
      ["board_name", "agency_affiliation", "name", "position", "party"],
      ["Harbor Review Board", "Department of Transportation", "Dana Okafor", "Member", "Republican"],
      ["Parks Commission", "Department of Game", "Dana Okafor", "Chair", "Republican"],
    ];
    expect(mappedIds(boards[0])).toEqual({
      board_name: "initiativeId",
      agency_affiliation: "organization",
      name: "name",
      position: "title",
    });
    expect(validateRange(boards, null, { today: 46000 }).issues).toEqual([]);
    expect(mappedIds(["last_name", "first_name", "local_title"], "Leadership").local_title).toBe("title");
    expect(mappedIds(["Name", "Primary role"], "Leadership")["Primary role"]).toBe("title");
    // But not beside a header that names the partner: France's parliamentary reserve, `bénéficiaire`
    // beside the granting deputy's `prénom` and `nom` (read as 429 partners named for deputies).
    expect(mappedIds(["bénéficiaire", "montant versé en 2013 (€)", "prénom", "nom"])).toEqual({
      bénéficiaire: "partner",
      "montant versé en 2013 (€)": "received",
    });
    // A bare `Nombre` beside an amount is the partner, as a bare `Name` is.
    expect(mappedIds(["Nombre", "Importe"])).toEqual({ Nombre: "partner", Importe: "committed" });
  });

  it("reads a roster headed `Person name` as Leadership, a foundation beside a person as their Organization", () => {
    // A helper's round (real: Sweden's foundation board register, `county | foundation_name | org_nbr |
    // person_name | role`, exit 3 "name a Name column"; and headed in English, read as Partners by its
    // Organization, `Ignored: Person name · Title`, its people gone from check and `new --from`).
    const roster = [
      ["Person name", "Title", "Organization", "Email"],
      ["Anna Karlsson", "Chair", "Stiftelsen Teknikens hus", "anna@example.se"],
      ["Lena Malm", "Board member", "Stiftelsen Teknikens hus", "lena@example.se"],
    ];
    expect(mapHeaders(roster).tab).toBe("Leadership");
    expect(mappedIds(roster[0])).toEqual({
      "Person name": "name",
      Title: "title",
      Organization: "organization",
      Email: "email",
    });
    const register = [
      ["county", "foundation_name", "org_nbr", "person_name", "role"],
      ["norrbotten", "Stiftelsen Strömsundshemmet", "897000-1775", "Lena Malm", "Styrelseledamot"],
      ["norrbotten", "Stiftelsen Strömsundshemmet", "897000-1775", "Stig Sörlin", "Styrelseledamot och ordförande"],
    ];
    const read = mapHeaders(register);
    expect(read.tab).toBe("Leadership");
    // (`role` holds posts, not the tracker's roles: read as the Title, as a staff list's is.)
    expect(Object.fromEntries(read.columns.map((c) => [c.header, c.id]))).toEqual({
      foundation_name: "organization",
      person_name: "name",
      role: "title",
    });
    expect(mappedIds(["Name of person", "Title"])).toEqual({ "Name of person": "name", Title: "title" });
    // A list of the foundations that give is still a partner list: its foundation is the Partner, not
    // a contact's organisation with the amounts left out; a grants list's grantee beside it is the Partner.
    const funders = [
      ["Foundation name", "Contact name", "Amount"],
      ["Ford Foundation", "Ann Lee", 50000],
      ["Gates Foundation", "Bo Li", 20000],
    ];
    expect(mapHeaders(funders).tab).toBe("Partners");
    expect(mappedIds(funders[0])).toEqual({
      "Foundation name": "partner",
      "Contact name": "contact",
      Amount: "committed",
    });
    expect(mappedIds(["Foundation name", "Grantee", "Amount"])).toEqual({ Grantee: "partner", Amount: "committed" });
  });

  it("does not say to head a column of row numbers Partner", () => {
    // A helper's round (real): Finland's election-funding disclosures, pandas' index in an unheaded
    // first column; headed Partner as told, 1,085 partners were named 0–1084.
    const sheet = [
      ["", "Nimi", "Vaalipiiri", "Rahoitus yhteensä"],
      ["0", "Example Candidate", "Helsinki", 1200],
      ["1", "Sample Candidate", "Uusimaa", 800],
    ];
    expect(() => mapHeaders(sheet)).toThrow(/^No Partners header row: row 1 has Nimi/);
    expect(() => mapHeaders(sheet)).not.toThrow(/head it/);
  });

  it("does not say to head the first column Partner when the row names its Partner column elsewhere", () => {
    // Real: a federal report's unheaded first column holds "Local Government", "State/DC" beside its
    // Recipient Name column.
    const sheet = [
      ["", "Project Name", "Recipient Name", "Households Served"],
      ["Local Government", "Legal Aid", "Benton County", 50000],
    ];
    expect(() => mapHeaders(sheet)).toThrow(/name one more Partners column beside Recipient Name/);
    expect(() => mapHeaders(sheet)).not.toThrow(/head it/);
  });

  it("points a header read by two tabs to the tab whose key column it names", () => {
    // Real: a business directory (Org Name, Town/City, Postcode) was hinted as Leadership, whose
    // Organization sits beside a person's Name; Org Name is a Partner.
    expect(() => mapHeaders([["Org Name", "Town/City", "Postcode"]])).toThrow(
      /^No Partners header row: row 1 has Org Name, Town\/City, Postcode — name one more Partners column beside Org Name/,
    );
    // Different headers for different tabs keep the closer tab (a grants ledger's Amount is Partners).
    expect(() => mapHeaders([["Fiscal year", "Amount", "Program"]])).toThrow(/^No Partners header row/);
  });

  it("points a row naming a tab's key column to that tab, though another tab read more of its headers", () => {
    // Real: a nonprofit list (Organization_Name, …, Challenges, Needs) was told to name an Initiative
    // column: Challenges and Needs read as Foundation's Key obstacles and Problem statement.
    const row = ["Organization_Name", "Annual_Operating_Budget", "Website", "Successes", "Challenges", "Needs"];
    expect(() => mapHeaders([row])).toThrow(
      /^No Partners header row: row 1 has .* — name one more Partners column beside Organization_Name/,
    );
    // Leadership lists people: an Agency or a Department (its Organization) alone says nothing of them.
    expect(() => mapHeaders([["Department", "Department", "Equipment Class", "Equipment Count"]])).toThrow(
      /^No Assets header row/,
    );
    // Nor does a Department alone say assets: a university's sponsored projects, `Sponsor` beside it (a
    // helper's round, real: told to name an Asset column).
    expect(() =>
      mapHeaders([["PI", "Department", "Sponsor", "Total Requested", "Project Title", "Fiscal Year"]]),
    ).toThrow(/^No Partners header row/);
    const programmes = ["Geography", "Funding Source", "Program", "Agency", "Allocation (millions)", "Expiration"];
    expect(() => mapHeaders([programmes])).toThrow(/^No Partners header row/);
    // Money says Partners, where Foundation would read a bare ID as its Initiative ID.
    expect(() => mapHeaders([["ID", "zip5", "Amount of Payment", "Date of Approval"]])).toThrow(
      /^No Partners header row/,
    );
    // A bare Name beside what only an asset has (a unit, a quantity needed) names the asset.
    expect(mapHeaders([["Name", "Unit", "Quantity needed"]]).columns.map((c) => c.name)).toEqual([
      "Asset",
      "Unit",
      "Needed",
    ]);
  });

  it("reads an asset register keyed by its asset codes as Assets", () => {
    // Real: a council's land and property register (Organisation, …, AssetCode, Site Address, …).
    const m = mapHeaders([
      ["Organisation", "UPRN", "AssetCode", "Site Address", "TenureType"],
      ["Cheltenham Borough Council", "0100", "10/00022/LAND", "Pittville Crescent", "Freehold"],
    ]);
    expect(m.tab).toBe("Assets");
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([
      ["Organisation", "heldBy"],
      ["AssetCode", "asset"],
    ]);
    // A register with a name for each asset keys it by the name, not the code.
    expect(mapHeaders([["Property name", "Asset code", "Owner"]]).columns.map((c) => [c.header, c.id])).toEqual([
      ["Property name", "asset"],
      ["Owner", "heldBy"],
    ]);
  });

  it("names the second column a row with the key column lacks", () => {
    expect(() => mapHeaders([["Full name", "Referral method", "Opening times"]])).toThrow(
      /row 1 has Full name, Referral method, Opening times — name one more .* column beside Full name \(such as /,
    );
  });

  it("uses the right article", () => {
    expect(() => mapHeaders([["Property type", "Tenure"]], null)).not.toThrow(/name a Asset/);
  });
});

describe("the closest header row is never a row of data under the headers", () => {
  it("quotes the header row, not a data row whose value is also a header (`Resources`)", () => {
    // Real: a benchmarking framework's KPI table: "No Assets header row: row 4 has Sickness days …".
    const sheet = [
      ["Title", "Code", "ReportingPeriod", "MeasureType", "Committee"],
      ["Net cost of waste collection", "ENV01", "Annual", "Cost", "Environment"],
      ["Roads needing repair", "ENV02", "Annual", "Percentage", "Environment"],
      ["Sickness days per employee", "CORP01", "Annual", "Days", "Resources"],
    ];
    expect(() => mapHeaders(sheet)).toThrow(/row 1 has Title, Code/);
    expect(() => mapHeaders(sheet)).not.toThrow(/Assets/);
  });
});

describe("a donations ledger with no donor column", () => {
  // A helper's round, real: a Ukrainian NGO's donations (verbatim headers), hinted as Assets by
  // `Category` alone: "Its rows look like Assets, not Partners' money".
  const ledger: Cell[][] = [
    ["Date", "Category", "UAH", "Payment method"],
    ["2023-11-30", "General donations", 17.56, "PayPal"],
    ["2023-11-27", "1000 Drones for Ukraine", 102.53, "Stripe"],
    ["2023-11-27", "--", 26.25, "Zelle"],
  ];

  it("is no header row of Partners: its amounts beside a payment method are money received, not assets", () => {
    let err: NoHeaderError | undefined;
    try {
      mapHeaders(ledger);
    } catch (e) {
      err = e as NoHeaderError;
    }
    expect(err?.closestTab).toBe("Partners");
    expect(err?.amountHeader).toBe("UAH");
    expect(err?.message).toBe(
      "No Partners header row: row 1 has Date, Category, UAH, Payment method — name a Partner column " +
        '("UAH" beside "Payment method" is money received: name who gave each amount as the Partner, and map ' +
        '"UAH" to Committed), or map the columns (the `mapping` argument).',
    );
  });

  it("is told so by its figures under a header naming no currency, not by a payment method alone", () => {
    const sums = ledger.map((r, i) => (i === 0 ? ["Date", "Category", "Сума", "Payment method"] : r));
    expect(() => mapHeaders(sums)).toThrow(/"Сума" beside "Payment method" is money received/);
    // Of figures, the amounts: not a workbook's date serials under `Start`, nor invoice numbers.
    const serials = [
      ["Start", "Category", "Invoice", "Gift", "Payment type"],
      [45260, "General donations", 10231, 17.56, "PayPal"],
      [45257, "1000 Drones for Ukraine", 10232, 102.53, "Stripe"],
    ];
    expect(() => mapHeaders(serials)).toThrow(/"Gift" beside "Payment type" is money received/);
    // No figures beside the payment method: nothing says money, and the nearest tab stays.
    const noFigures = ledger.map((r) => [r[0], r[1], r[3]]);
    expect(closestOfRows(noFigures)).toBe("Assets");
    // Nor a code (`Código`, never offered as an amount), nor money paid out (`Cost`): reviewers' repros,
    // a unit's codes and a purchase-card log's costs told to be "money received".
    const codes = ledger.map((r, i) => (i === 0 ? ["Data", "Categoria", "Código", "Forma de pagamento"] : r));
    expect(() => mapHeaders(codes)).not.toThrow(/money received/);
    const costs = [
      ["Date", "Description", "Category", "Cost", "Payment method"],
      ["2024-01-03", "Laptop for clerk", "Equipment", 1200, "Purchase card"],
      ["2024-01-09", "Truck tyres", "Vehicles", 800, "Invoice"],
    ];
    expect(() => mapHeaders(costs)).not.toThrow(/money received/);
  });
});

describe("a sheet with no header row, its ids and dates typed as text", () => {
  // Corpus round fk, real: South Africa's lottery payments 2017/18, no header row; its project numbers and
  // `dd-mmm-yy` dates saved as text, so one number among five "words" passed row 1 off as the headers.
  const payments: Cell[][] = [
    ["20-Sep-17", "ARTS", "104114", "104114 - CRIME & DRUGS FREE FOUNDATION", 80000, "7968"],
    ["02-Aug-17", "ARTS", "74643", "74643 - NELSON MANDELA BAY TOURISM", 1200000, "EC"],
    ["02-Aug-17", "ARTS", "91467", "91467 - HUDSON PARK PRIMARY SCHOOL", 227300, "EC"],
  ];

  it("says its first row holds data, by the date and by the ids alike", () => {
    expect(() => mapHeaders(payments)).toThrow(/^No header row found: row 1 holds data \(20-Sep-17, ARTS, 104114/);
    // The `dd-Mon-yy` date alone gives the row away, and so do the ids kept as text alone.
    const dateOnly = payments.map((r) => [r[0], r[1], r[3], r[5]]);
    expect(() => mapHeaders(dateOnly)).toThrow(/^No header row found: row 1 holds data/);
    const idsOnly = payments.map((r) => [r[1], r[2], r[3], "7968", r[4]]);
    expect(() => mapHeaders(idsOnly)).toThrow(/^No header row found: row 1 holds data/);
  });

  it("still reads a header row with a year or a month's heading typed as text", () => {
    const yearly = [
      ["Partner", "Sector", "2017", "Jun-23"],
      ["Elm Trust", "Arts", 100, 200],
    ];
    expect(mapHeaders(yearly).headerRow).toBe(0);
  });
});

describe("the hint offers nothing the message argues against", () => {
  // Corpus round fk, real: the Environment Agency's junior organogram, posts by grade, no names.
  const post = (unit: string, grade: string, min: number, max: number, fte: number): Cell[] => [
    "Department for Environment, Food and Rural Affairs",
    "Environment Agency",
    unit,
    grade,
    min,
    max,
    fte,
  ];
  const headers = [
    "Parent Department",
    "Organisation",
    "Unit",
    "Grade",
    "Payscale Minimum (£)",
    "Payscale Maximum (£)",
    "Number of Posts in FTE",
  ];

  it("does not offer as the Partner a column it calls a category", () => {
    const units = ["Anglian Office", "Environment Performance Manager", "Midlands Office", "Thames Office"];
    const rows = [
      headers,
      ...Array.from({ length: 12 }, (_, i) =>
        post(units[i % 4], `AS${2 + (i % 3)}`, 16387 + 1000 * (i % 3), 20983 + 1000 * (i % 3), 1),
      ),
    ];
    const err = noHeader(rows);
    expect(err.message).toMatch(/Organisation says a few values again and again.*a category, not one Partner a row/);
    // Followed, `--map "Organisation=Partner"` summed twelve pay floors as one partner's "£248,786".
    expect(err.message).not.toMatch(/map it to Partner/);
    expect(err.keyHeader).toBeUndefined();
  });

  it("does not offer a pay scale as Committed", () => {
    const rows = [
      ["Parent Department", "Organisation", "Unit", "Grade", "Payscale Minimum (£)", "Generic Job Title"],
      ["Defra", "Environment Agency", "Anglian Office", "AS2", 16387, "Administration Officer"],
      ["Defra", "Environment Agency", "Anglian Office", "AS3", 20301, "Diary Manager"],
      ["Defra", "Environment Agency", "Midlands Office", "AS3", 20301, "Team Leader"],
      ["Defra", "Environment Agency", "Midlands Office", "AS4", 25645, "Officer"],
    ];
    const err = noHeader(rows);
    expect(err.message).not.toMatch(/Payscale Minimum \(£\), as Committed/);
    expect(err.amountHeader).toBeUndefined();
    // A grant toward a salary is money given all the same.
    const grants = rows.map((r, i) =>
      i === 0 ? r.map((h) => (h === "Payscale Minimum (£)" ? "Salary grant (£)" : h)) : r,
    );
    expect(noHeader(grants).amountHeader).toBe("Salary grant (£)");
  });
});

describe("a list of organisations named in Japanese, under headers the tracker does not know", () => {
  // Corpus round fj, real: Takamatsu's smart-city consortium, its 159 member organisations; told to map
  // "<your header>" as the Partner where one column could be it.
  const members: Cell[][] = [
    ["#property", "groupName", "applicationDate"],
    [1, "高松市", "10/19/2017"],
    [2, "株式会社ＳＴＮｅｔ", "10/19/2017"],
    [3, "株式会社百十四銀行", "10/6/2017"],
    [4, "四国電力株式会社", "10/13/2017"],
    [5, "国立大学法人香川大学", "10/17/2017"],
    [6, "Code for Sanuki", "10/19/2017"],
    [7, "高松丸亀町商店街振興組合", "10/23/2017"],
  ];

  it("offers the column of organisations as the Partner, and its one date column as the Start date", () => {
    const err = noHeader(members);
    expect(err.message).toMatch(
      /\("groupName" holds organisations' names: map it to Partner, and "applicationDate" to Start date if it is when each began\)/,
    );
    expect(err).toMatchObject({ closestTab: "Partners", keyHeader: "groupName", startHeader: "applicationDate" });
  });

  it("offers none where the names bear no organisation's marks, or a category says the same again", () => {
    const people = members.map((r, i) =>
      i === 0 ? r : [r[0], ["山田太郎", "佐藤花子", "鈴木一郎", "田中次郎"][i % 4] + i, r[2]],
    );
    expect(noHeader(people).keyHeader).toBeUndefined();
    const cities = members.map((r, i) => (i === 0 ? r : [r[0], "高松市", r[2]]));
    expect(noHeader(cities).keyHeader).toBeUndefined();
  });
});

describe("a register of associations named in traditional Chinese, under headers the tracker does not know", () => {
  // Corpus round qa D-qa3, real: Taipei City's register of civic groups (人民團體名冊, data.taipei):
  // `臺北市…協會`, `…基金會`, `…公會` — the Japanese marks (`協会`) written in Taiwan's characters.
  const groups: Cell[][] = [
    ["機關代碼", "名稱", "地址", "電話", "成立日期"],
    ["379120000J", "臺北市河濱紳士協會", "臺北市萬華區廣州街1號", "", 1130102],
    ["379120000J", "臺北市星空天文協會", "臺北市中正區忠孝東路二段4號", "2362-0000", 370314],
    ["379120000J", "臺北市青松文教基金會", "臺北市大安區和平東路1號", "2700-0000", 1010511],
    ["379120000J", "臺北市山海電器商業同業公會", "臺北市中山區南京東路3號", "", 450901],
    ["379120000J", "臺北市社區營造學會", "臺北市文山區木柵路2號", "", 1080720],
  ];

  it("offers the column of associations as the Partner", () => {
    expect(noHeader(groups).keyHeader).toBe("名稱");
  });
});

describe("a table on its side: its items across the top row, one column per item", () => {
  // Corpus round fm, real (PA digitale 2026's totals per measure): the figures' names down the first
  // column, the measures across row 1. Mapped by its letters as the hint said, a measure's budget,
  // financed and paid amounts were summed as four partners.
  const measures: Cell[][] = [
    [
      "Misura",
      "1.1 Infrastrutture digitali",
      "1.2 Abilitazione e facilitazione migrazione al Cloud",
      "1.4.1 Esperienza",
    ],
    ["importo_finanziamento", 185768345, 965566205, 796039697],
    ["totale_importo_misura", 526200000, 987000000, 805000000],
    ["importo_erogato", 110807603, 744572032, 753296645],
  ];

  it("says it is on its side and how to turn it, at every door in its words", () => {
    const err = noHeader(measures);
    expect(err.message).toBe(
      "No header row found: a table on its side, its items across row 1 (1.1 Infrastrutture digitali, 1.2 " +
        "Abilitazione e facilitazione migraz…, 1.4.1 Esperienza) and what is said of each down its first column " +
        "(importo_finanziamento, totale_importo_misura, importo_erogato), one column per item. A tracker reads one " +
        "row per item: transpose it (Copy, then Paste Special › Transpose) and pass the range it makes.",
    );
    expect(err.looksLikeData).toBe(false);
    expect(inDoorWords(err.message, "cli")).toMatch(/Transpose\), save it and run the command on it again/);
    expect(inDoorWords(err.message, "pane", "in Use an existing sheet")).toMatch(
      /one row per item: transpose it onto a new sheet — the steps are in Use an existing sheet\.$/,
    );
    // As SPEC's formula says it too: VALIDATE's one message.
    expect(() => validateRange(measures)).toThrow(/a table on its side/);
  });

  it("never calls a header row with data under it on its side, nor a long list", () => {
    // Regions down the first column, their figures across: a header row of words, names under it.
    const regions: Cell[][] = [
      ["Region", "Population", "Area km2", "Schools"],
      ["North", 120000, 340, 41],
      ["South", 98000, 410, 36],
      ["Budget office", 5, 1, 2],
    ];
    expect(noHeader(regions).message).not.toContain("on its side");
    // Its labels must read as headers, half of them: one amount among names is no table on its side.
    const one = measures.map((r, i) =>
      i === 2 ? ["Harbour School", ...r.slice(1)] : i === 3 ? ["Pier", ...r.slice(1)] : r,
    );
    expect(noHeader(one).message).not.toContain("on its side");
    // Words across each row, not figures: a list, whatever its first column says.
    const words = measures.map((r, i) => (i === 0 ? r : [r[0], "yes", "no", "yes"]));
    expect(noHeader(words).message).not.toContain("on its side");
    // A long list under it: rows of records, not the figures said of a few items.
    const long = [...measures, ...Array.from({ length: 40 }, (_, i) => [`importo_${i}`, 1, 2, 3])];
    expect(noHeader(long).message).not.toContain("on its side");
  });
});

describe("a register of heritage property is hinted as Assets, its name column the Asset", () => {
  // Corpus round fm, real: Austria's register of cultural property under protection, told to name a
  // Partner column (`--tab Partners --map "<your header>=Partner"`).
  const register: Cell[][] = [
    ["Kulturschutzgut", "Bundesland", "Politischer Bezirk", "Gemeinde", "Lat", "Long"],
    [
      "Denkmalanlage Stift Reichersberg",
      "Oberösterreich",
      "Ried im Innkreis",
      "Reichersberg",
      "378534,00",
      "5355147,00",
    ],
    ["Denkmalanlage Schloss Schallaburg", "Niederösterreich", "Melk", "Schollach", "526471,00", "5337346,00"],
    ["Ensemble Dornbirn", "Vorarlberg", "Dornbirn", "Dornbirn", "555963,10", "5251400,40"],
  ];

  it("offers Assets with Kulturschutzgut as the Asset, with or without its coordinates", () => {
    const err = noHeader(register);
    expect(err.message).toMatch(
      /^No Assets header row: row 1 has Kulturschutzgut, .*\("Kulturschutzgut" may name the assets: map it to Asset\)/,
    );
    expect(err).toMatchObject({ closestTab: "Assets", keyHeader: "Kulturschutzgut" });
    const noCoordinates = register.map((r) => r.slice(0, 4));
    expect(noHeader(noCoordinates)).toMatchObject({ closestTab: "Assets", keyHeader: "Kulturschutzgut" });
    for (const word of ["Denkmal", "Schutzobjekt", "Kulturgüter"]) {
      expect(noHeader(register.map((r, i) => (i === 0 ? [word, ...r.slice(1)] : r)))).toMatchObject({
        closestTab: "Assets",
        keyHeader: word,
      });
    }
    // A word that merely holds one (`Denkmalschutzbehörde`, the office) is no heritage header.
    const office = register.map((r, i) => (i === 0 ? ["Denkmalschutzbehörde", ...r.slice(1, 4)] : r.slice(0, 4)));
    expect(noHeader(office).closestTab).toBe("Partners");
  });
});

describe("a Foundation row with its Initiative ID read asks for the Initiative, not for an ID it has", () => {
  // Corpus round fm, real: Proinfância's school works, `project_id` read as the Initiative ID as soon as
  // the tab is named, told "name an Initiative ID or Initiative column" and `--map "<your header>=Initiative ID"`.
  const works: Cell[][] = [
    ["project_id", "nome", "municipio", "percentual_de_execucao", "valor_pactuado_com_o_fnde"],
    [1365, "830167 - Escola de Educação Infantil - Tipo B - Tauá/CE", "Tauá", 100, 950000],
    [1366, "830361 - Escola de Educação Infantil - Tipo B - Conchas/SP", "Conchas", 100, 1117078.09],
    [1367, "830053 - Escola de Educação Infantil - Itararé/SP", "Itararé", 100, 1024031],
  ];

  it("names the Initiative as missing, and nome as the column that may hold it", () => {
    const err = noHeader(works);
    expect(err.message).toContain(
      '— name an Initiative column beside project_id, read as the Initiative ID ("nome" may name the initiatives: ' +
        "map it to Initiative), or map the columns",
    );
    expect(err.message).not.toContain("Initiative ID or Initiative");
    expect(err).toMatchObject({ closestTab: "Foundation", keyHeader: "nome", keyColumn: "Initiative" });
  });

  it("names no candidate where no column of names stands beside it, and still asks for the Initiative", () => {
    const unnamed = works.map((r) => [r[0], r[2], r[3], r[4]]);
    const err = noHeader(unnamed);
    expect(err.message).toContain("— name an Initiative column beside project_id, read as the Initiative ID, or map");
    expect(err.keyHeader).toBeUndefined();
    expect(err.keyColumn).toBe("Initiative");
  });
});

describe("a grants ledger with one column naming the monument each grant restores", () => {
  // A helper's brief: `Denkmal-Nr.` (or `Denkmal` beside an applicant and a grant's sum) tipped an
  // applicants' ledger to Assets, "name an Asset column", where a heritage register is hinted Assets.
  const body: Cell[][] = [
    ["Förderverein Kirche St. Martin", "Kirchenrenovierung", "D-12-345", "Regensburg", "12.500,00"],
    ["Heimatverein Altdorf", "Dachsanierung Scheune", "D-12-777", "Altdorf", "4.000,00"],
    ["Stadt Kelheim", "Restaurierung Stadttor", "D-13-001", "Kelheim", "30.000,00"],
  ];
  // The tab it is read as, or hinted as where nothing is read (`Antragsteller` is a Partner's header
  // since the fn round's leftovers: the ledger is read as Partners, no longer only hinted so).
  const tabOf = (rows: Cell[][]): string | undefined => {
    try {
      return mapHeaders(rows).tab;
    } catch (err) {
      return (err as NoHeaderError).closestTab;
    }
  };

  it("is read or hinted as Partners, not Assets, whether the column is the monument or its number", () => {
    for (const heritage of ["Denkmal-Nr.", "Denkmal ID", "Denkmal"]) {
      const ledger = [["Antragsteller", "Maßnahme", heritage, "Gemeinde", "Fördersumme"], ...body];
      expect([heritage, tabOf(ledger)]).toEqual([heritage, "Partners"]);
    }
    // Without the money, a monument's number beside an applicant says no register of monuments either.
    const numbered = [["Antragsteller", "Maßnahme", "Denkmal-Nr.", "Gemeinde"], ...body.map((r) => r.slice(0, 4))];
    expect(tabOf(numbered)).toBe("Partners");
  });
});

describe("a Flemish investment plan, its organisations headed `entiteit`", () => {
  // A helper's round (real: a Flemish investment plan, Dutch headers, `entiteit` the body each line is
  // of): hinted `--map "<your header>=Partner"`. Entities and works invented.
  const plan = (entities: Cell[]): Cell[][] => [
    ["entiteit", "beleidsdomein", "beleidsveld", "actie", "omschrijving", "investering 2025", "investering 2026"],
    [entities[0], "Mobiliteit", "0200 Wegen", "AC-12", "Heraanleg Kerkstraat", 1200000, 800000],
    [entities[1], "Zorg", "0900 Ouderenzorg", "AC-31", "Renovatie woonzorgcentrum", 450000, 0],
    [entities[2], "Vrije tijd", "0740 Sportsector", "AC-44", "Nieuwe sporthal", 2500000, 1500000],
    [entities[3], "Veiligheid", "0400 Politie", "AC-51", "Aankoop voertuigen", 300000, 150000],
  ];

  it("offers the entity's column as the Partner where it holds names", () => {
    expect(() => mapHeaders(plan(["Stad Voorbeeld", "OCMW Voorbeeld", "AGB Sportoase", "Stad Voorbeeld"]))).toThrow(
      /\("entiteit" holds organisations' names: map it to Partner\)/,
    );
  });

  it("offers none where it holds codes, or where the header says more than an entity", () => {
    expect(() => mapHeaders(plan([101, 102, 103, 101]))).toThrow(/^(?![\s\S]*"entiteit" holds)/);
    // A party register's kinds of party (derived_party_register): `RegulatedEntityTypeName` is no entity's name.
    const kinds = plan(["Political Party", "Minor Party", "Political Party", "Third Party"]);
    kinds[0][0] = "RegulatedEntityTypeName";
    expect(() => mapHeaders(kinds)).toThrow(/^(?![\s\S]*"RegulatedEntityTypeName" holds)/);
  });
});
