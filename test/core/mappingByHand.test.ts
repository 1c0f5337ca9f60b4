/** A mapping by hand (src/core/mappingByHand.ts): mappingFromPairs and pairsOfRange. Split from headers.test.ts. */
import { mapHeaders, mappingFromPairs, pairsOfRange, summarizePartners } from "../../src/core";
import { paneWording } from "../../src/taskpane/wording";

describe("mapping by hand, under group titles", () => {
  // Real: a county's federal awards: COUNTY GOVERNMENT, OTHER and TOTAL merged over three pairs of
  // `Sum of Dollars obligated | Sum of Dollars spent`; --map took the first pair without a word.
  const sheet = [
    ["", "COUNTY GOVERNMENT", "", "OTHER", "", "TOTAL", ""],
    [
      "Legislation/program",
      ...["obligated", "spent", "obligated", "spent", "obligated", "spent"].map((w) => `Sum of Dollars ${w}`),
    ],
    ["PROGRAM ALPHA", 100, 10, 5, 1, 105, 11],
  ];

  it("maps a header named with the title above it, and shows it so", () => {
    const m = mappingFromPairs(sheet, "Partners", [
      ["Legislation/program", "Partner"],
      ["TOTAL Sum of Dollars obligated", "Committed"],
    ]);
    expect(m.headerRow).toBe(1);
    expect(m.columns.find((c) => c.id === "committed")).toMatchObject({
      index: 5,
      header: "TOTAL Sum of Dollars obligated",
    });
  });

  it("maps a header named with the group title two rows up, over a sub-title, as it is read unmapped", () => {
    // A helper's brief: three header rows read as two are (`Awarded` / `FY2024` / `Amount` is `Awarded
    // Amount`), and `--map "Paid Amount=Committed"` was "no such header".
    const three = [
      ["", "Awarded", "", "Paid", ""],
      ["", "FY2024", "", "FY2024", ""],
      ["Partner", "Amount", "Date", "Amount", "Date"],
      ["City Food Bank", 1000, 45000, 500, 45100],
    ];
    const m = mappingFromPairs(three, "Partners", [
      ["Partner", "Partner"],
      ["Paid Amount", "Committed"],
    ]);
    expect([m.headerRow, m.columns.find((c) => c.id === "committed")]).toEqual([
      2,
      expect.objectContaining({ index: 3, header: "Paid Amount" }),
    ]);
  });

  it("refuses a header that heads several columns, naming them as the titles do", () => {
    expect(() =>
      mappingFromPairs(sheet, "Partners", [
        ["Legislation/program", "Partner"],
        ["Sum of Dollars obligated", "Committed"],
      ]),
    ).toThrow(
      'The mapping names "Sum of Dollars obligated", which heads 3 columns ("COUNTY GOVERNMENT Sum of Dollars ' +
        'obligated", "OTHER Sum of Dollars obligated", "TOTAL Sum of Dollars obligated") — say which: name it with ' +
        "the title above it.",
    );
    // Without titles above, by their letters.
    expect(() =>
      mappingFromPairs(
        [
          ["Name", "Amount", "Amount"],
          ["A", 1, 2],
        ],
        "Partners",
        [["Amount", "Committed"]],
      ),
    ).toThrow(
      'The mapping names "Amount", which heads 2 columns (B, C) — say which by its place: "Amount (1)" is ' +
        'column B, "Amount (2)" is column C.',
    );
  });

  it("maps a column by its letter (`C`, `Column C`) where its header cell is blank, and names it by its place", () => {
    // A helper's round (real, invented values): the Hutchins Center's relief tracker, 986 amounts under an
    // empty C1 — `--map "C=Committed"` and `"Column C=Committed"` refused, "no such header".
    const tracker = [
      ["Category", "State", null, "Description"],
      ["ComHuman", "Alabama", 18.4, "$18.4 million to non-profits."],
      ["Health", "Alaska", 50, "$50.0 million for clinics."],
    ];
    for (const letter of ["C", "Column C", "(column c)"]) {
      const mapping = mappingFromPairs(tracker, "Partners", [
        ["State", "Partner"],
        [letter, "Committed"],
      ]);
      expect(mapping.columns.map((c) => [c.header, c.id, c.index])).toEqual([
        ["State", "partner", 1],
        ["(column C)", "committed", 2],
      ]);
    }
    const byLetter = mappingFromPairs(tracker, "Partners", [
      ["State", "Partner"],
      ["C", "Committed"],
    ]);
    expect(summarizePartners(tracker, undefined, byLetter).total).toMatchObject({
      partners: 2,
      committed: 68.4,
    });
    // By letters alone, the header row is the first (not the widest, a data row under a blank header
    // cell), and a first row of figures is no header row — said, not its record lost (a reviewer's repros).
    const blankB = [
      ["Organisation", null, "Programme"],
      ["Riverside Food Bank", 2500, "Core"],
      ["Elm Trust", 1500, "Core"],
    ];
    const lettered = mappingFromPairs(blankB, "Partners", [["B", "Committed"]]);
    expect([lettered.headerRow, lettered.columns.map((c) => c.header)]).toEqual([0, ["Organisation", "(column B)"]]);
    // A list without a header row, every column named by its letter: its first row is a record, read
    // as one (a helper's round: a donor list exported without headers), the others left out by letter.
    const headerless = blankB.slice(1);
    const byLetters = mappingFromPairs(headerless, "Partners", [
      ["A", "Partner"],
      ["B", "Committed"],
    ]);
    expect([byLetters.headerRow, byLetters.columns.map((c) => c.header), byLetters.unknown]).toEqual([
      -1,
      ["(column A)", "(column B)"],
      [{ header: "(column C)", index: 2 }],
    ]);
    expect(summarizePartners(headerless, undefined, byLetters).total).toMatchObject({ partners: 2, committed: 4000 });
    // Its amounts written as text are a record's too; a row of month headings over the amounts is headers
    // (a reviewer's repros: `$5,000`'s row lost as headers; `Org | Jan-23 | Feb-23` read as a partner "Org").
    const pairs: [string, string][] = [
      ["A", "Partner"],
      ["B", "Committed"],
    ];
    const texts = [
      ["Acme Corp", "$5,000", "Health"],
      ["Beta LLC", "$12,000", "Education"],
    ];
    expect(mappingFromPairs(texts, "Partners", pairs).headerRow).toBe(-1);
    for (const months of [
      ["Org", 44927, 44958],
      ["Org", "2023-01-31", "2023-02-28"],
    ]) {
      const monthly = [months, ["Acme", 1000, 2000], ["Beta", 3000, 500]];
      expect(summarizePartners(monthly, undefined, mappingFromPairs(monthly, "Partners", pairs)).total).toMatchObject({
        partners: 2,
        committed: 4000,
      });
    }
    // A record whose amount is words, under records, is no header row: every record is read (a helper's
    // round, real: Russia's helicopter subsidies, `Томская область;нет данных` on line 7 taken for the
    // headers, the six regions above it lost without a word).
    const wordsForAmount = [
      ["Республика Алтай", 69688874],
      ["Республика Бурятия", 237014935],
      ["Республика Калмыкия", 115445200],
      ["Томская область", "нет данных"],
      ["Республика Тыва", 116121647],
    ];
    const noHeader = mappingFromPairs(wordsForAmount, "Partners", pairs);
    expect(noHeader.headerRow).toBe(-1);
    expect(summarizePartners(wordsForAmount, undefined, noHeader).total).toMatchObject({
      partners: 5,
      committed: 69688874 + 237014935 + 115445200 + 116121647,
    });
    // With a header named beside the letters, the first row must be headers: said, not its record lost.
    expect(() =>
      mappingFromPairs(headerless, "Partners", [
        ["A", "Partner"],
        ["Amount", "Committed"],
      ]),
    ).toThrow(/row 1 holds data, not headers \(Riverside Food Bank, 2500, Core\) — add a header row above the data/);
    // A header row's own `C` is that header, wherever it stands; past the range's last column, said so.
    const headed = [
      ["C", "Name", "Amount"],
      [5, "Elm Trust", 100],
    ];
    expect(
      mappingFromPairs(headed, "Partners", [["C", "Committed"]]).columns.find((c) => c.id === "committed")?.index,
    ).toBe(0);
    expect(() =>
      mappingFromPairs(tracker, "Partners", [
        ["State", "Partner"],
        ["Column K", "Committed"],
      ]),
    ).toThrow(
      'The mapping names column K ("Column K"), but the range ends at column D — correct the mapping or include that column.',
    );
    // The pane and the command line read the whole sheet: nothing to include, the mapping to correct.
    let said = "";
    try {
      mappingFromPairs(headed, "Partners", [["Grantee", "Partner"]]);
    } catch (err) {
      said = (err as Error).message;
    }
    expect(said).toMatch(
      /^The mapping names "Grantee", but the range has no such header \(row 1 has C, Name, Amount\)/,
    );
    expect(paneWording(said, "above")).toMatch(
      /^The mapping names "Grantee", but the sheet has no such header \(row 1 has C, Name, Amount\) — correct the mapping above\.$/,
    );
  });

  it("refuses a header its titles name twice, and maps the one its place names", () => {
    // A helper's round (real): a state auditor's three-row headers, `Non-` over the first of two
    // `Categorical | State Aid` columns; --map "Categorical State Aid=Committed" took the first without
    // a word ($1.41bn for $9.69bn).
    const aid = [
      [null, "Payments", "Non-", null],
      [null, "in Lieu", "Categorical", "Categorical"],
      ["Locality", "of Taxes", "State Aid", "State Aid"],
      ["Alpha", 1, 10, 1000],
      ["Beta", 2, 20, 2000],
    ];
    const pairs = (amount: string): [string, string][] => [
      ["Locality", "Partner"],
      [amount, "Committed"],
    ];
    expect(() => mappingFromPairs(aid, "Partners", pairs("Categorical State Aid"))).toThrow(
      'The mapping names "Categorical State Aid", which heads 2 columns (C, D) — say which by its place: ' +
        '"Categorical State Aid (1)" is column C, "Categorical State Aid (2)" is column D.',
    );
    const m = mappingFromPairs(aid, "Partners", pairs("Categorical State Aid (2)"));
    expect(m.columns.map((c) => [c.id, c.index])).toEqual([
      ["partner", 0],
      ["committed", 3],
    ]);
  });

  it("maps one of a repeated header's columns by its place, as the refusal says to", () => {
    // A county's fleet list: the department's name split over two columns both headed Department.
    const fleet = [
      ["Department", "Department", "Equipment Class", "Equipment Count"],
      ["Parks and", "Recreation", "Van", 3],
      ["Public", "Library", "Sedan", 1],
    ];
    const m = mappingFromPairs(fleet, "Assets", [
      ["Equipment Class", "Asset"],
      ["Department (2)", "Held by"],
    ]);
    expect(m.columns.map((c) => [c.name, c.index])).toEqual([
      ["Held by", 1],
      ["Asset", 2],
    ]);
    // No third Department, and a place on a header that is not repeated, are headers the range lacks.
    expect(() => mappingFromPairs(fleet, "Assets", [["Department (3)", "Held by"]])).toThrow(/no such header/);
    expect(() => mappingFromPairs(fleet, "Assets", [["Equipment Class (1)", "Asset"]])).toThrow(/no such header/);
    // A header written with a number in brackets is itself.
    const own = [
      ["Site", "Phase (2)"],
      ["Depot", "Done"],
    ];
    expect(mappingFromPairs(own, "Assets", [["Phase (2)", "Notes"]]).columns.map((c) => c.index)).toContain(1);
  });
});

describe("mapping by hand", () => {
  const sheetRows = [
    ["Grants FY2017"],
    ["Name of grantee", "Amount", "Money out", "Fiscal year"],
    ["City Food Bank", 1000, 500, 2017],
  ];

  it("a mapping wins over any guess, and the rest is matched as usual", () => {
    const m = mappingFromPairs(sheetRows, null, [
      ["Name of grantee", "Partner"],
      ["Money out", "Received"],
    ]);
    expect(m.tab).toBe("Partners");
    expect(m.headerRow).toBe(1);
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([
      ["Name of grantee", "partner"],
      ["Amount", "committed"],
      ["Money out", "received"],
    ]);
    const over = mappingFromPairs(sheetRows, "Partners", [["Amount", "Received"]]);
    // `Name of grantee` is read as `Grantee name` (since corpus round 9c), as the rest is matched.
    expect(over.columns.map((c) => [c.header, c.id])).toEqual([
      ["Name of grantee", "partner"],
      ["Amount", "received"],
    ]);
  });

  it("mapping another column keeps a bare Name as the partner, as the guess without a mapping has it", () => {
    // Real: an organisations list (Name, Type, URL); `--map "Type=Sector"` lost `Name → Partner`.
    const orgs = [
      ["Name", "Type", "URL"],
      ["Leeds Partnership", "PPP", "https://example.org"],
    ];
    expect(mapHeaders(orgs).columns.map((c) => [c.header, c.id])).toEqual([["Name", "partner"]]);
    const m = mappingFromPairs(orgs, null, [["Type", "Sector"]]);
    expect(m.tab).toBe("Partners");
    expect(m.columns.map((c) => [c.header, c.id])).toEqual([
      ["Name", "partner"],
      ["Type", "sector"],
    ]);
    // A Partner column the user names stays theirs.
    const named = mappingFromPairs(orgs, "Partners", [["URL", "Partner"]]);
    expect(named.columns.map((c) => [c.header, c.id])).toEqual([["URL", "partner"]]);
  });

  it("a header the mapping names but the sheet lacks is an error with a message", () => {
    expect(() => mappingFromPairs(sheetRows, "Partners", [["Grantee", "Partner"]])).toThrow(
      /The mapping names "Grantee", but the range has no such header \(row 2 has Name of grantee, Amount, Money out, Fiscal year\)/,
    );
    expect(() => mappingFromPairs(sheetRows, "Partners", [["Amount", "Budget code"]])).toThrow(
      /"Budget code", which is not a Partners column — use one of: Partner, .*, Notes; or Ignore, to leave the column out\.$/,
    );
  });

  it("a header mapped to nothing is ignored", () => {
    const m = mappingFromPairs(sheetRows, "Partners", [
      ["Name of grantee", "Partner"],
      ["Amount", ""],
    ]);
    expect(m.columns.map((c) => c.id)).toEqual(["partner"]);
    // As the refusal above offers it: Ignore, in brackets or not.
    for (const word of ["Ignore", "(ignore)"]) {
      const ignored = mappingFromPairs(sheetRows, "Partners", [
        ["Name of grantee", "Partner"],
        ["Amount", word],
      ]);
      expect(ignored.columns.map((c) => c.id)).toEqual(["partner"]);
    }
  });

  it("reads the mapping argument's range, skipping its title row and blank rows", () => {
    expect(
      pairsOfRange([
        ["Your header", "Tracker column"],
        ["Name of grantee", "Partner"],
        ["", ""],
        ["Money out", "Received"],
      ]),
    ).toEqual([
      ["Name of grantee", "Partner"],
      ["Money out", "Received"],
    ]);
  });
});

describe("a mapping naming a first record's cells as headers", () => {
  // Corpus round fk, real: South Africa's lottery payments, no header row; told to map "<your header>",
  // `--map "104114 - CRIME & DRUGS FREE FOUNDATION=Partner" --map "80000=Committed"` summed 2 of 3 payments.
  const payments = [
    ["20-Sep-17", "ARTS", "104114", "104114 - CRIME & DRUGS FREE FOUNDATION", 80000, "7968"],
    ["02-Aug-17", "ARTS", "74643", "74643 - NELSON MANDELA BAY TOURISM", 1200000, "EC"],
    ["02-Aug-17", "ARTS", "91467", "91467 - HUDSON PARK PRIMARY SCHOOL", 227300, "EC"],
  ];
  const partner = "104114 - CRIME & DRUGS FREE FOUNDATION";

  it("refuses it, naming each column's letter, and the letters read every record", () => {
    expect(() =>
      mappingFromPairs(payments, "Partners", [
        [partner, "Partner"],
        ["80000", "Committed"],
      ]),
    ).toThrow(
      /^The mapping names "80000" as Committed, but row 1 holds data, not headers \(20-Sep-17, .*\): "80000" is an amount, which no header is\. Name its columns by their letters instead \(D for "104114 - CRIME & DRUGS FREE FOUNDATION", E for "80000"\), its first row then read as data/,
    );
    // Its name column alone, mapped by the record's name: the row reads as data all the same.
    expect(() => mappingFromPairs(payments, "Partners", [[partner, "Partner"]])).toThrow(
      /but row 1 holds data, not headers .*Name its columns by their letters instead \(D for "104114/,
    );
    const byLetters = mappingFromPairs(payments, "Partners", [
      ["D", "Partner"],
      ["E", "Committed"],
    ]);
    expect(summarizePartners(payments, undefined, byLetters).total).toMatchObject({ partners: 3, committed: 1507300 });
  });

  it("maps a header row whose headers are dates or years over the figures, as before", () => {
    const balances = [
      ["Org", "31/03/2023", "31/03/2024"],
      ["Elm Trust", 100, 250],
      ["Oak Fund", 300, 50],
    ];
    const m = mappingFromPairs(balances, "Partners", [
      ["Org", "Partner"],
      ["31/03/2024", "Committed"],
    ]);
    expect(summarizePartners(balances, undefined, m).total).toMatchObject({ partners: 2, committed: 300 });
    const yearly = [
      ["Org", "2023", "2024"],
      ["Elm Trust", 100, 250],
    ];
    expect(
      mappingFromPairs(yearly, "Partners", [
        ["2024", "Committed"],
        ["Org", "Partner"],
      ]).headerRow,
    ).toBe(0);
  });
});

describe("a mapping whose headers are far down the sheet", () => {
  it("says the row they are on and that the rows above are not read, not 'no such header'", () => {
    // Real: South Africa's lottery payments, the header on row 5,056 under 5,055 rows of payments.
    const sheet = [
      ...Array.from({ length: 25 }, (_, i) => [`70${i} - EXAMPLE CLUB ${i}`, "ARTS", 1000 + i]),
      ["Organisation", "Sector", "Amount"],
      ["7100 - RIVER CHOIR", "ARTS", 5000],
    ];
    expect(() =>
      mappingFromPairs(sheet, "Partners", [
        ["Organisation", "Partner"],
        ["Amount", "Committed"],
      ]),
    ).toThrow(
      "The mapping's headers are on row 26, under 25 rows — move that row to the top of the range (rows above a " +
        "header row are not read), or start the range at it.",
    );
  });
});

describe("a mapping naming a group title over one column", () => {
  it("maps that column, the header row under the titles (a Flemish pivot's Total)", () => {
    const pivot = [
      ["Bestuur", "", "Provincie A", "Provincie B", "Total"],
      ["Rapportjaar", "Beleidsveld", "Uitgave per inwoner", "Uitgave per inwoner", "Uitgave per inwoner"],
      [2020, "0050 Patrimonium", 20.8, 0.01, 11.47],
    ];
    const m = mappingFromPairs(pivot, "Partners", [
      ["Beleidsveld", "Partner"],
      ["Total", "Committed (EUR)"],
    ]);
    expect(m.headerRow).toBe(1);
    expect(m.columns.map((c) => [c.header, c.name, c.index])).toEqual([
      ["Beleidsveld", "Partner", 1],
      ["Total", "Committed", 4],
    ]);
    // A title over several columns names none of them alone.
    const wide = [["Bestuur", "", "Provincies", "", "Total"], ...pivot.slice(1)];
    expect(() =>
      mappingFromPairs(wide, "Partners", [
        ["Beleidsveld", "Partner"],
        ["Provincies", "Committed"],
      ]),
    ).toThrow(/no such header/);
  });
});
