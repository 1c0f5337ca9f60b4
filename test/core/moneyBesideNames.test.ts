import { mapHeaders, NoHeaderError } from "../../src/core";

/** The tab a header row is read as, or the tab the "no header row" error came closest to. */
function readAs(rows: (string | number)[][]): string {
  try {
    return mapHeaders(rows).tab;
  } catch (err) {
    if (err instanceof NoHeaderError) return `none (closest ${err.closestTab})`;
    throw err;
  }
}

// Corpus round hn (real, invented values): Amsterdam's subsidy register, its `Name` the recipients
// (foundations, associations, private persons kept back), its `Organization` the city's granting
// department, three columns of euro amounts under headers no tab knows.
const HEADERS = [
  "Name",
  "Project",
  "Arrangement",
  "Organization",
  "Theme",
  "Year",
  "Periodicity",
  "Requested",
  "Delivered",
  "Established",
];
const REGISTER: (string | number)[][] = [
  HEADERS,
  [
    "",
    "Schoolbeurs pilot",
    "Schoolbeurs",
    "Onderwijs, Jeugd en Zorg",
    "Onderwijs",
    2017,
    "Eenmalig",
    "€ 12.500",
    "€ 12.500",
    "",
  ],
  [
    "(Particulier)",
    "Buurtfeest",
    "Burgerschap",
    "Onderwijs, Jeugd en Zorg",
    "Participatie",
    2017,
    "Eenmalig",
    "€ 2.000",
    "€ 0",
    "€ 0",
  ],
  [
    "(Particulier)",
    "Straatspeeldag",
    "Initiatieven Noord",
    "stadsdeel Noord",
    "Welzijn",
    2017,
    "Eenmalig",
    "€ 1.500",
    "€ 1.500",
    "",
  ],
  [
    "Stichting Voorbeeld Huis",
    "Huiswerk",
    "Basisvoorziening Jeugd",
    "stadsdeel West",
    "Jeugd",
    2017,
    "Jaarlijks",
    "€ 48.000",
    "€ 45.000",
    "€ 45.000",
  ],
  [
    "Vereniging Het Plein",
    "Zomerfestival",
    "Evenementen",
    "stadsdeel Centrum",
    "Cultuur",
    2017,
    "Eenmalig",
    "€ 9.750",
    "€ 8.000",
    "",
  ],
  [
    "Zonnedak Coöperatie UA",
    "Ondersteuning",
    "Zoncoöperaties",
    "Ruimte en Duurzaamheid",
    "Duurzaamheid",
    2017,
    "Eenmalig",
    "€ 30.000",
    "€ 30.000",
    "",
  ],
];

describe("a subsidy register with a bare Name, an Organization and euro amounts under headers no tab knows", () => {
  it("is no list of people: money written in its cells says so", () => {
    expect(readAs(REGISTER)).not.toBe("Leadership");
  });

  it("a staff list stays one: its pay in dollars, or its amounts as bare figures, say nothing against people", () => {
    const staff = [
      ["Name", "Organization", "Annual salary"],
      ["Maria Lopez", "Parks Department", "$85,000"],
      ["James Chen", "Water Department", "$91,500"],
      ["Ana Silva", "Library Services", "$78,250"],
    ];
    expect(readAs(staff)).toBe("Leadership");
    // Nor under a header another tab knows (`Total`, Partners' Committed): heads' pay is no partner's money.
    expect(readAs(staff.map((row, i) => (i === 0 ? ["Name", "Organization", "Total"] : row)))).toBe("Leadership");
    const figures = REGISTER.map((row, i) => (i === 0 ? row : row.map((c, j) => (j >= 7 ? 1000 * j : c))));
    expect(readAs(figures)).toBe("Leadership");
  });
});

/** The header the "no header row" error offers as the key column to map, or the tab the rows are read as. */
function keyOffered(rows: (string | number)[][]): string {
  try {
    return `read as ${mapHeaders(rows).tab}`;
  } catch (err) {
    if (err instanceof NoHeaderError) return `${err.keyHeader ?? "-"}=${err.keyColumn ?? err.closestTab}`;
    throw err;
  }
}

describe("which of Name and Organization names the register's partners", () => {
  it("is Name where its names are organisations' (Stichting …, … B.V.) and Organization's are the grantor's departments", () => {
    expect(keyOffered(REGISTER)).toBe("Name=Partners");
    // Sorted by name, its companies first: `… B.V.` says organisation as `Stichting …` does.
    const companies = REGISTER.map((row, i) =>
      i < 4 ? row : [["529 Events BV", "A Real Community B.V.", "Abarkan groep B.V."][i - 4], ...row.slice(1)],
    );
    expect(keyOffered(companies)).toBe("Name=Partners");
  });

  it("stays Organization where Organization's cells are organisations too, or Name's are people's", () => {
    const granted = REGISTER.map((row, i) =>
      i === 0 ? row : [row[0], ...row.slice(1, 3), `Stichting Fonds ${i}`, ...row.slice(4)],
    );
    expect(keyOffered(granted)).toBe("Organization=Partners");
    const people = REGISTER.map((row, i) => (i === 0 ? row : [`Person ${i}`, ...row.slice(1)]));
    expect(keyOffered(people)).toBe("Organization=Partners");
  });
});

/** The amount header the "no header row" error offers to map as Committed. */
function amountOffered(rows: (string | number)[][]): string | undefined {
  try {
    mapHeaders(rows);
  } catch (err) {
    if (err instanceof NoHeaderError) return err.amountHeader;
    throw err;
  }
  return "read";
}

describe("the register's amount to map as Committed, where no header says a currency", () => {
  it("is the column its cells write in euros (Delivered), not the one asked for (Requested)", () => {
    expect(amountOffered(REGISTER)).toBe("Delivered");
    // Only the request written in euros: no amount offered (a request is no commitment).
    const asked = REGISTER.map((row, i) => (i === 0 ? row : [...row.slice(0, 8), "", ""]));
    expect(amountOffered(asked)).toBeUndefined();
  });
});
