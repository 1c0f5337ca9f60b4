/**
 * Corpus round io D6 (real: a Czech region's governor's fund, approved requests 2017 — the layout and
 * headers copied, the values invented): no column names who gets the money, three Kč columns of figures.
 * The no-header message said only "name a Partner column, or map the columns", while a mapped sheet
 * without Committed is told where its figures are.
 */
import type { Cell } from "../../src/core";
import { noHeader } from "./sheets";

const HEADERS = [
  "Oblast podpory",
  "Číslo žádosti",
  "Název projektu",
  "Popis a způsob realizace akce/projektu",
  "Stav žádosti",
  "Celkové náklady",
  "Celková požadovaná dotace celkem v roce 2018",
  "Proplacená dotace (Kč)",
];

const FUND: Cell[][] = [
  HEADERS,
  [
    "Kultura",
    "FHT/001/2017",
    "Letní slavnosti v Lipové",
    "Dvoudenní program pro obyvatele obce a okolí.",
    "schváleno RK",
    "40000",
    "10000",
    "10000",
  ],
  [
    "Sport",
    "FHT/002/2017",
    "Turnaj mládeže ve florbalu",
    "Turnaj pro šest týmů mladších žáků z regionu.",
    "schváleno RK",
    "90000",
    "30000",
    "30000",
  ],
  [
    "Kultura",
    "FHT/003/2017",
    "Oslava 120 let hasičského sboru",
    "Oslava výročí sboru s ukázkami techniky.",
    "schváleno RK",
    "300000",
    "200000",
    "150000",
  ],
  [
    "Sport",
    "FHT/004/2017",
    "Běh kolem přehrady",
    "Závod pro veřejnost na trati deset kilometrů.",
    "schváleno RK",
    "45000",
    "38000",
    "38000",
  ],
];

describe("a sheet of amounts with no column naming who gets them", () => {
  it("says where its figures are, the grant paid before what was asked or what it cost, and what its one column of names holds", () => {
    const err = noHeader(FUND);
    expect(err.closestTab).toBe("Partners");
    expect(err.message).toBe(
      "No Partners header row: row 1 has Oblast podpory, Číslo žádosti, Název projektu, Popis a způsob realizace " +
        'akce/projektu, Stav žádosti, Celkové náklady … (2 more) — name a Partner column ("Název projektu" names ' +
        "projects: the Foundation tab's Initiative, not a Partner), or map the columns (the `mapping` argument). " +
        'Its figures are in "Proplacená dotace (Kč)": map the one that is Committed.',
    );
    // Not offered as the Partner for the hint to map: the user names who gets the money.
    expect(err.keyHeader).toBeUndefined();
  });

  it("says nothing of figures where none of them says money (counts, a measure's total)", () => {
    // (A drift run, real: California's school-meal eligibility, `total_schools_all` told to be Committed.)
    const counts = FUND.map((r, i) => [
      r[0],
      r[2],
      r[4],
      i === 0 ? "Počet účastníků" : 10 + i,
      i === 0 ? "total_schools_all" : 150 * i,
    ]);
    expect(noHeader(counts).message).not.toMatch(/figures/);
  });
});

describe("a portfolio of projects beside their web addresses", () => {
  // Corpus round io D4 (real: a data company's project portfolio, the layout and headers copied, the
  // values invented): `Projects` was offered as the Partner ("may hold the names: map it to Partner"),
  // and following the hint counted 167 projects as partners.
  const PORTFOLIO: Cell[][] = [
    ["Date start", "Date end", "Projects", "url", "previous url", "Short description", "Sponsors"],
    ["2015", "2016", "Bus Route Map", "http://example.org/a", "", "A map of routes.", 2],
    ["2016-05-01", "2017-09-01", "Open Benches", "http://example.org/b", "", "Crowd-sourced benches.", ""],
    ["2017", "2017", "River Levels", "http://example.org/c", "http://old.example.org/c", "Gauges read hourly.", 11],
    ["2018-02-01", "2019-01-31", "Empty Homes Finder", "http://example.org/d", "", "Homes back into use.", ""],
  ];

  it("says the projects column is the Foundation tab's initiatives, and offers it as no Partner", () => {
    const err = noHeader(PORTFOLIO);
    expect(err.message).toBe(
      "No Partners header row: row 1 has Date start, Date end, Projects, url, previous url, Short description … " +
        '(1 more) — name a Partner column ("Projects" names projects: the Foundation tab\'s Initiative, not a ' +
        "Partner), or map the columns (the `mapping` argument).",
    );
    expect(err.keyHeader).toBeUndefined();
  });

  it("still offers a directory's column of organisations headed by a project's word and more (`Project partner`)", () => {
    const partners = PORTFOLIO.map((r, i) => (i === 0 ? r.map((h) => (h === "Projects" ? "Project partner" : h)) : r));
    expect(noHeader(partners).message).toMatch(/"Project partner" may hold the names: map it to Partner/);
  });
});
