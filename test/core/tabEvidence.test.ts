import { mapHeaders, NoHeaderError, summarizePartners, type Cell } from "../../src/core";
import { LEADERSHIP, PARTNERS } from "./imports";
import { sampleSheet } from "./sheets";

/**
 * Which tab a sheet's headers say, weighed by what its rows hold: a column empty on every row is no
 * evidence of the tab (corpus round fg, D1).
 */
describe("choosing the tab, a column empty on every data row", () => {
  // Real: Tasmania's local councillors (au_tas_local_councillors.csv), start_date and end_date blank
  // on all 263 rows.
  const councillors: Cell[][] = [
    ["name", "start_date", "end_date", "executive", "council", "email"],
    ["Mick Tucker", "", "", "Mayor", "Break O Day Council", ""],
    ["Jock Campbell", "", "", "Deputy Mayor", "Clarence City Council", "ald_jcampbell@ccc.tas.gov.au"],
    ["Heather Chong", null, null, "", "Clarence City Council", "ald_hchong@ccc.tas.gov.au"],
  ];

  it("does not make a roster Partners: the same sheet as without those columns, Leadership", () => {
    const mapping = mapHeaders(councillors);
    expect(mapping.tab).toBe("Leadership");
    expect(mapping.columns.map((c) => [c.header, c.id])).toEqual([
      ["name", LEADERSHIP.col.name.id],
      ["council", LEADERSHIP.col.organization.id],
      ["email", LEADERSHIP.col.email.id],
    ]);
    expect(mapping.unknown.map((u) => u.header)).toEqual(["start_date", "end_date", "executive"]);
    const without = councillors.map((r) => [r[0], r[3], r[4], r[5]]);
    expect(mapHeaders(without).tab).toBe("Leadership");
    // An empty column the roster's tab reads stays mapped: it is a column of the tab, yet to be filled.
    const titled = councillors.map((r, i) => [...r, i === 0 ? "Title" : ""]);
    expect(mapHeaders(titled).columns.map((c) => c.header)).toEqual(["name", "council", "email", "Title"]);
  });

  it("reads the dates as before once they hold values: an agreement's start and end", () => {
    const dated = councillors.map((r, i) => (i === 0 ? r : [r[0], "2022-11-01", "2026-10-31", ...r.slice(3)]));
    expect(mapHeaders(dated).tab).toBe("Partners");
  });

  it("stays mapped when the tab is chosen on the filled columns", () => {
    // A tracker just begun: its partners typed, their amounts and dates not yet.
    const mapping = mapHeaders([
      ["Partner", "Sector", "Committed", "Start date"],
      ["Riverside Food Bank", "Nonprofit", null, null],
      ["Acme Works", "Business", "", ""],
    ]);
    expect(mapping.tab).toBe("Partners");
    expect(mapping.columns.map((c) => c.id)).toEqual([
      PARTNERS.col.partner.id,
      PARTNERS.col.sector.id,
      PARTNERS.col.committed.id,
      PARTNERS.col.startDate.id,
    ]);
  });

  it("still counts where no tab qualifies without it, and over fewer than two data rows", () => {
    const begun = [
      ["Partner", "Committed"],
      ["Riverside Food Bank", null],
      ["Acme Works", null],
    ];
    expect(mapHeaders(begun).tab).toBe("Partners");
    expect(mapHeaders([councillors[0]]).tab).toBe("Partners");
    expect(mapHeaders(councillors.slice(0, 2)).tab).toBe("Partners");
  });

  it("is not the tab's key column: rows without their partner are Partners rows missing it", () => {
    const sheet = sampleSheet("Partners");
    const at = (sheet[0] as string[]).indexOf(PARTNERS.col.partner.name);
    const nameless = sheet.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === at ? null : c))));
    expect(mapHeaders(nameless).tab).toBe("Partners");
  });
});

/** The tab a header row over two rows of values comes closest to, when it is no header row of any. */
function closestOf(header: string[]): string | undefined {
  try {
    mapHeaders([header, header.map((_, i) => `Value ${i}`), header.map((_, i) => `Other ${i}`)]);
  } catch (err) {
    return (err as NoHeaderError).closestTab;
  }
  return undefined;
}

describe("the tab the hint names when no row is a header row (corpus round fg, D3)", () => {
  it("is the tab whose key a header names, over dates or Notes that several tabs have", () => {
    // Real: the UK's major projects (uk_gmpp_major_projects_2023.csv), told to name a Partner column.
    const projects = ["project_number", "project_name", "start_date", "end_date"];
    expect(closestOf(projects)).toBe("Foundation");
    expect(() => mapHeaders([projects, ["CO_0024", "Civil Service Pensions", "20.05.2020", "30.09.2024"]])).toThrow(
      /^No Foundation header row: row 1 has .* — name one more Foundation column beside project_name/,
    );
    // Real: an offshore-wind project list (bpp_offshore_wind_projects.csv), sent to Assets by its Notes.
    expect(
      closestOf(["Project Name", "Project Number", "Phase", "Foundation Type", "Turbine Model", "Notes/Remarks"]),
    ).toBe("Foundation");
  });

  it("is not that key's tab beside money, nor for a bare ID or Name", () => {
    expect(closestOf(["Fiscal year", "Amount", "Program"])).toBe("Partners");
    expect(closestOf(["ID", "Start date", "End date"])).toBe("Partners");
  });

  it("is Partners for a directory of places with a website and an email (Trafford's community hubs)", () => {
    const hubs = [
      "community_hub",
      "address",
      "postcode",
      "website",
      "email",
      "telephone",
      "opening_hours",
      "lon",
      "lat",
    ];
    expect(closestOf(hubs)).toBe("Partners");
    expect(closestOf(hubs.filter((h) => h !== "email"))).not.toBe("Assets");
  });

  it("names a directory's one column of names as the Partner to map (Trafford's community hubs)", () => {
    // Real: uk_trafford_community_hubs.csv, hinted `--tab Partners --map "<your header>=Partner"`.
    const hubs: Cell[][] = [
      ["community_hub", "address", "postcode", "website", "email", "telephone", "opening_hours", "lon", "lat"],
      [
        "Altrincham",
        "The Hub, Pownall Road, Altrincham",
        "WA14 2SZ",
        "https://thehub.example.org/",
        "hope@example.org",
        "0161 941 2018",
        "Tuesdays, 10am-2pm",
        -2.348,
        53.382,
      ],
      [
        "Old Trafford",
        "St John's Centre, St John's Road",
        "M16 7GX",
        "https://www.stjohnscentre.org/",
        "info@stjohnscentre.org",
        "0161 872 7795",
        "Monday to Friday, 9.30am-4pm",
        -2.268,
        53.458,
      ],
      [
        "Partington",
        "The Hope Centre, 49 Wood Lane",
        "M31 4LT",
        "https://www.hopecentre.example/",
        "info@hopecentre.example",
        "0161 776 0980",
        "Mondays, 9.30am-4pm",
        -2.434,
        53.416,
      ],
      [
        "Sale",
        "Sale Community Hub, Newbury Avenue",
        "M33 4QJ",
        "https://www.oursalewest.co.uk/",
        "enquiries@oursalewest.co.uk",
        "0161 973 3778",
        "Monday to Thursdays, 9-5pm",
        -2.357,
        53.418,
      ],
    ];
    const hint = (matrix: Cell[][]) => {
      try {
        mapHeaders(matrix);
      } catch (err) {
        const e = err as NoHeaderError;
        return [e.closestTab, e.keyHeader, e.message.match(/\(("[^"]+" (?:holds|may hold) the names[^)]*)\)/)?.[1]];
      }
      return undefined;
    };
    // A guess: `community_hub` says nothing of names, and holds the towns the hubs are in (the values
    // alone can't tell them from a column of towns, `Location`, below).
    expect(hint(hubs)).toEqual(["Partners", "community_hub", '"community_hub" may hold the names: map it to Partner']);
    // Of two columns of names, the one headed name, title or organisation: it says it holds them.
    const withTitle = hubs.map((r, i) => [...r, i === 0 ? "organisation_title" : `Hub trust ${i}`]);
    expect(hint(withTitle)?.slice(1)).toEqual([
      "organisation_title",
      '"organisation_title" holds the names: map it to Partner',
    ]);
    const named = hubs.map((r, i) => [i === 0 ? "Hub name" : r[0], ...r.slice(1)]);
    expect(hint(named)?.[2]).toBe('"Hub name" holds the names: map it to Partner');
    // Two unheaded alike: neither is plainly the names.
    const two = hubs.map((r, i) => [...r, i === 0 ? "venue_label" : `Hall ${i}`]);
    expect(hint(two)?.[1]).toBeUndefined();
    // A column said again on its rows is no names, nor is one with a row left blank.
    const repeated = hubs.map((r, i) => (i === 0 ? r : ["Trafford", ...r.slice(1)]));
    expect(hint(repeated)?.[1]).toBeUndefined();
    const gap = hubs.map((r, i) => (i === 2 ? ["", ...r.slice(1)] : r));
    expect(hint(gap)?.[1]).toBeUndefined();
    // No directory without two ways to reach each row: a ledger's programme is no partner's name.
    const noContact = hubs.map((r) => [r[0], r[2], r[6]]);
    expect(hint(noContact)?.[1]).toBeUndefined();
    // A column of towns or of services, headed so, is no column of names, whatever it holds (a
    // reviewer's repros: `Location` holding Altrincham, Sale …; `Service` holding Food bank …).
    const headed = (header: string, values?: string[]) =>
      hubs.map((r, i) => [i === 0 ? header : (values?.[i - 1] ?? r[0]), ...r.slice(1)]);
    const services = ["Food bank", "Debt advice", "Youth club", "Library"];
    for (const header of ["Location", "Locations", "Place", "Town", "Towns", "area_name", "Neighbourhood"]) {
      expect([header, hint(headed(header))?.[1]]).toEqual([header, undefined]);
    }
    for (const header of ["Service", "Services", "Category", "Categories", "Service type", "Activities"]) {
      expect([header, hint(headed(header, services))?.[1]]).toEqual([header, undefined]);
    }
  });

  it("is Assets for things by where they stand: cameras, car parks, bins", () => {
    // Real: Trafford's CCTV cameras and car parks, Manchester's bins (three sheets): all hinted Partners.
    expect(closestOf(["camera_id", "location", "area_name", "area_code", "lon", "lat"])).toBe("Assets");
    expect(
      closestOf(["OrganisationLabel", "OrganisationURI", "EffectiveDate", "Location", "Postcode", "ParkingSpaces"]),
    ).toBe("Assets");
    expect(closestOf(["Serial No", "Street"])).toBe("Assets");
    expect(closestOf(["OBJECTID", "SERIAL", "LOCATION"])).toBe("Assets");
    expect(closestOf(["SerialNumb", "GlobalID", "Creator", "EditDate", "Editor", "Location"])).toBe("Assets");
    // Not for a postcode alone, nor beside money.
    expect(closestOf(["name", "address", "postcode", "opening_hours"])).toBe("Leadership");
    expect(closestOf(["Location", "Postcode", "Amount"])).toBe("Partners");
  });

  it("is Foundation for a capital budget's lines, their titles the Initiative (NYC's capital budget)", () => {
    // Real: us_nyc_capital_budget_lines_fy19.csv, hinted Partners: no header of it is any tab's.
    const header = [
      "Published Date",
      "Project Type",
      "Project Type Name",
      "Budget Line",
      "Budget Line Title",
      "Funding Type",
      "First Fiscal Year",
      "Fiscal Year 1 Amount",
      "Fiscal Year 2 Amount",
    ];
    const agencies = ["DEPARTMENT FOR THE AGING", "WATERWAY BRIDGES", "CORRECTION"];
    const lines: Cell[][] = [
      header,
      ...Array.from({ length: 9 }, (_, i) => [
        20180201,
        ["AG", "BR", "C"][i % 3],
        agencies[i % 3],
        `BR 0${231 + i}`,
        `REHABILITATION OF BRIDGE ${i + 1}, CITYWIDE`,
        "C",
        2019,
        "3,306,783",
        0,
      ]),
    ];
    expect(closestOf(header)).toBe("Foundation");
    expect(() => mapHeaders(lines)).toThrow(
      expect.objectContaining({
        closestTab: "Foundation",
        keyHeader: "Budget Line Title",
        keyColumn: "Initiative",
        message: expect.stringContaining(
          'name an Initiative ID or Initiative column ("Budget Line Title" names the projects: map it to Initiative)',
        ),
      }),
    );
    // The agencies' column (a few values said again) heads no titles: nor does a column of codes.
    const agencyOnly = lines.map((r, i) =>
      i === 0 ? ["Project Type", "Budget Line", "Project Type Name"] : [r[1], r[3], r[2]],
    );
    expect(() => mapHeaders(agencyOnly)).toThrow(
      expect.objectContaining({ closestTab: "Partners", keyHeader: undefined }),
    );
    // One header saying projects is no project list (`Project Description` alone).
    expect(closestOf(["Published Date", "Project Description", "Funding Type"])).toBe("Partners");
    expect(closestOf(["Published Date", "Project Description", "Project Type"])).toBe("Foundation");
  });

  it("is Leadership for a Japanese roster, by its members' names (議員氏名)", () => {
    // Real: the House of Councillors' members (jp_sangiin_members.csv), hinted Partners.
    expect(closestOf(["議員氏名", "通称名使用議員の本名", "読み方", "会派", "選挙区", "当選回数"])).toBe("Leadership");
  });
});

/** The NoHeaderError a sheet throws (undefined when a header row is found). */
function noHeader(matrix: Cell[][]): NoHeaderError | undefined {
  try {
    mapHeaders(matrix);
  } catch (err) {
    if (err instanceof NoHeaderError) return err;
    throw err;
  }
  return undefined;
}

describe("a funder directory numbered by `#` (corpus round fh, D3)", () => {
  // Real: Malaysia's semiconductor financing directory (my_semiconductor_financing_directory.xlsx),
  // read as Foundation: `#` the Initiative ID, the issuers' programmes its initiatives.
  const rows: Cell[][] = [
    [1, "NSS SME Matching Grant — MOF", "Grant", 5000000, "MOF"],
    [2, "Cradle Fund — CIP SPARK", "Grant", 150000, "Cradle"],
    [3, "BPMB Soft Loan", "Soft loan", 20000000, "BPMB"],
  ];

  it("reads the issuer as the Partner, not the running number as an Initiative ID", () => {
    const mapping = mapHeaders([
      ["#", "Issuer / Programme Name", "Type of Financing", "Ticket Max (RM)", "Notes / Source"],
      ...rows,
    ]);
    expect(mapping.tab).toBe("Partners");
    expect(mapping.columns.map((c) => [c.header, c.id])).toEqual([
      ["Issuer / Programme Name", PARTNERS.col.partner.id],
      ["Notes / Source", PARTNERS.col.notes.id],
    ]);
    // A lender and a financier are partners as well.
    for (const header of ["Lender", "Financier name"]) {
      expect(mapHeaders([["#", header, "Notes"], ...rows.map((r) => [r[0], r[1], r[4]])]).tab).toBe("Partners");
    }
  });

  it("does not take `#` beside another tab's key for a Foundation header row: the hint is Partners", () => {
    // Without Notes, Partners reads one column: `#` alone made Foundation's second.
    const cut = rows.map((r) => r.slice(0, 4));
    for (const partner of ["Issuer / Programme Name", "Funder / Programme Name"]) {
      const err = noHeader([["#", partner, "Type of Financing", "Ticket Max (RM)"], ...cut]);
      expect([err?.closestTab, err?.keyHeader, err?.amountHeader]).toEqual(["Partners", partner, "Ticket Max (RM)"]);
    }
    // A `#` beside a column only Foundation reads, or beside two more, is read as before.
    expect(mapHeaders([["#", "Project name"], ...rows.map((r) => [r[0], r[1]])]).tab).toBe("Foundation");
    expect(mapHeaders([["#", "Programme Name", "Status"], ...rows.map((r) => [r[0], r[1], "Open"])]).tab).toBe(
      "Foundation",
    );
  });
});

describe("a providers list whose headers are a form's questions (corpus round fh, D4)", () => {
  // Real: England's free-meals providers (uk_fsm_support_providers.csv), hinted Assets by its addresses.
  const header = [
    "Org Name",
    "Street Address 1 (building number + street)",
    "Town/City",
    "Postcode",
    "What is the organisation's phone number? Please include the area code.",
    "The website of the organisation giving the free meals",
    "What time does the organisation open?",
    "What time does the organisation close?",
    "Which days are the meals available?",
  ];
  const rows: Cell[][] = [
    header,
    [
      "#Coffee Street",
      "15 Cavendish Street",
      "Chesterfield",
      "S40 1XA",
      "01246 769898",
      "",
      "10:00",
      "15:00",
      "Monday",
    ],
    [
      "108 The Bakery",
      "Unit 7, Basepoint",
      "Romsey",
      "SO51 9AQ",
      1794878336,
      "https://108.example/",
      "10:00",
      "12:30",
      "Wednesday",
    ],
  ];

  it("reads the first row as its headers and hints Partners, Org Name the Partner", () => {
    const err = noHeader(rows);
    expect([err?.closestTab, err?.keyHeader, err?.row]).toEqual(["Partners", "Org Name", 0]);
    expect(err?.message).toMatch(/^No Partners header row: row 1 has Org Name/);
    // Under a title, as the same sheet without its questions.
    expect(noHeader([["Free meals this half term"], ...rows])?.keyHeader).toBe("Org Name");
    expect(noHeader(rows.map((r) => r.slice(0, 4)))?.closestTab).toBe("Partners");
  });
});

describe("a directory of gardens under a bare Name (corpus round fh, D6)", () => {
  // Real: Bath's community gardens (uk_banes_community_gardens.csv): hinted Foundation, `Name=Initiative`,
  // for 5, 6 or 8 gardens, and people or organisations for 4 or 7.
  const header = ["Name", "Address", "LocationDescription", "Website", "Description", "Easting", "Northing", "Ward"];
  const gardens = [
    "Alice Park Community Garden",
    "Bath Organic Group Demonstration Garden",
    "Monksdale Community Plot",
    "Transition Bath Guerrilla Gardening site, Veg Mead",
    "Transition Bath Guerrilla Gardening site",
    "Southside Garden",
    "Widcombe Community Orchard",
    "St Michael's community garden",
  ];
  const sheet = (n: number): Cell[][] => [
    header,
    ...gardens
      .slice(0, n)
      .map((g, i) => [
        g,
        `${i + 1} Park Road, Bath`,
        "By the gate",
        `www.garden${i}.example`,
        "A garden.",
        376395 + i,
        166657,
        23,
      ]),
  ];

  it("gives the same hint however many gardens: people or organisations, never Foundation's Initiative", () => {
    for (let n = 3; n <= gardens.length; n++) {
      const err = noHeader(sheet(n));
      expect([n, err?.closestTab, err?.alternative]).toEqual([
        n,
        "Leadership",
        { tab: "Partners", header: "Name", column: "Partner" },
      ]);
    }
  });
});

describe("a council's discretionary awards, its FY2016 headers (corpus round fj, D3)", () => {
  // Real: us_nyc_council_expense_fy16_first2000.xlsx (its headers, the first rows' values), read as
  // Leadership by `Council Member` and `Agency`: no partner, no money, 57 "two people of one name?".
  const awards: Cell[][] = [
    ["Source", "Council Member", "Legal Name of Organization Requesting Funding", "EIN", "Status", "Amount", "Agency"],
    ["Youth", "Levin", "5 Boros Basketball, Inc.", 272623043, "Cleared", 5000, "DYCD"],
    ["Local", "Vallone", "111th Precinct Community Council", 113301768, "Cleared", 5000, "DYCD"],
    ["Local", "Levin", "52nd Street Project, Inc., The", 133467948, "Cleared", 5000, "DCLA"],
    ["Aging", "Vallone", "Catholic Charities Neighborhood Services, Inc.", 112047151, "Pending", 6000, "DFTA"],
  ];

  it("is Partners: the organisation requesting funding the Partner, the Amount Committed", () => {
    const mapping = mapHeaders(awards);
    expect(mapping.tab).toBe("Partners");
    expect(mapping.columns.map((c) => [c.header, c.id])).toEqual(
      expect.arrayContaining([
        ["Legal Name of Organization Requesting Funding", PARTNERS.col.partner.id],
        ["Amount", PARTNERS.col.committed.id],
      ]),
    );
    expect(mapping.unknown.map((u) => u.header)).toEqual(expect.arrayContaining(["Council Member", "Agency"]));
    expect(summarizePartners(awards).total).toMatchObject({ partners: 4, committed: 21000 });
  });

  it("is no list of people under a header it does not know either: each member on several rows, by agency", () => {
    // The organisation's column headed as the tracker does not read it: `Council Member` and `Agency`
    // alone, with `Amount` beside them, made it Leadership and the members "two people of one name?".
    const unknown = awards.map((r, i) => (i === 0 ? r.map((h, j) => (j === 2 ? "Sponsored Group" : h)) : r));
    const err = noHeader(unknown);
    expect(err?.closestTab).toBe("Partners");
    expect(err?.message).toMatch(/^No Partners header row: .* — name a Partner column/);
    // Each member once, an agency and an amount beside them: a list of people, as before.
    const members = unknown.filter((_, i) => i < 3);
    expect(mapHeaders(members).tab).toBe("Leadership");
  });
});

describe("a capital programme's register, its projects' TITLE (corpus round fj, D5)", () => {
  // Real: us_nyc_council_capital_fy26.xlsx (its headers, its first rows): hinted as Leadership, "name a
  // Name column", for its `TITLE` alone — the project's title; $779.3M of FY26 allocations by project.
  const register: Cell[][] = [
    ["PROJECT", "BORO", "BUDLINE", "CD", "SPONSOR", "TITLE", "DESC", "FY26", "FY27", "FY28", "FY29"],
    ["E CN0001", "M", "E D001", "01", "Marte", "P.S. 124 UPPER PLAYGROUND RENOVATION", "AT P.S. 124", 1000000, 0, 0, 0],
    ["P CN0003", "M", "P D018", "01", "Marte", "DUANE PARK UPGRADES", "UPGRADES AT DUANE PARK", 300000, 0, 0, 0],
    ["HN CN0021", "M", "HN D300", "02", "Rivera", "BARUCH CAMPUS SAFETY", "TURNSTILES", 500000, 0, 0, 0],
  ];

  it("is no near miss of a people list: the hint is Partners', whose money the FY columns are", () => {
    const err = noHeader(register);
    expect(err?.closestTab).toBe("Partners");
    expect(err?.message).toMatch(/^No Partners header row: row 1 has PROJECT, BORO/);
    expect(err?.message).not.toMatch(/Name column/);
  });

  it("still takes a Title beside people's columns, or with no project beside it, for a people list", () => {
    // A Title beside a family name: a roster, whatever else it lists.
    const roster = register.map((r, i) => [...r.slice(0, 6), i === 0 ? "Surname" : `Lee${i}`]);
    expect(mapHeaders(roster).tab).toBe("Leadership");
    // No header says projects: a Title alone still comes closest as Leadership's, as before.
    const titles = register.map((r) => [r[1], r[3], r[5], r[7]]);
    expect(noHeader(titles)?.closestTab).toBe("Leadership");
  });
});
