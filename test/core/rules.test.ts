import {
  isoToSerial,
  mappingFromPairs,
  rulesFor,
  summarizePartners,
  validateRange,
  type Cell,
  type Issue,
} from "../../src/core";
import { ASSETS, FOUNDATION, LEADERSHIP, PARTNERS, type TabName } from "./imports";
import { sampleSheet, TODAY } from "./sheets";

/**
 * SPEC's rules one by one: each case starts from a valid sample row, breaks one thing, and expects
 * exactly the issue a user would see (severity, column, and a message naming value and expectation).
 */
type Spec = typeof PARTNERS | typeof FOUNDATION | typeof ASSETS | typeof LEADERSHIP;

function withRow(tab: Spec, changes: Record<string, Cell>, base = 0): Cell[][] {
  const sheet = sampleSheet(tab.name as TabName);
  const header = sheet[0] as string[];
  const row = [...sheet[1 + base]];
  for (const [id, value] of Object.entries(changes)) {
    const column = tab.columns.find((c) => c.id === id)!;
    row[header.indexOf(column.name)] = value;
  }
  return [header, row];
}

function issuesOf(matrix: Cell[][], tab?: TabName): Issue[] {
  return validateRange(matrix, tab ?? null, { today: TODAY }).issues;
}

function only(matrix: Cell[][]): Issue {
  const issues = issuesOf(matrix);
  expect(issues).toHaveLength(1);
  return issues[0];
}

const P = PARTNERS.col;
const F = FOUNDATION.col;

describe("every tab", () => {
  it("the sample data has no issue at all", () => {
    for (const tab of ["Foundation", "Assets", "Leadership", "Partners"] as const) {
      expect(issuesOf(sampleSheet(tab), tab)).toEqual([]);
    }
  });

  it("a required value that is missing is an error", () => {
    const issue = only(withRow(PARTNERS, { partner: "  " }));
    expect(issue).toEqual({
      row: 2,
      column: P.partner.name,
      severity: "error",
      rule: "required.partner",
      value: "  ",
      message: expect.any(String),
    });
    expect(issue.message).toMatch(/^Partner is empty/);
  });

  it("text in an amount column is an error that names the value and the expected form", () => {
    expect(only(withRow(PARTNERS, { committed: "lots" })).message).toBe(
      'Committed is "lots" — expected an amount in dollars, like 1200 or $1,200.',
    );
  });

  it("text amounts like $1,200 are accepted", () => {
    expect(issuesOf(withRow(PARTNERS, { committed: "$250,000", received: "180000" }))).toEqual([]);
  });

  it("text in a quantity column says a number is expected", () => {
    expect(only(withRow(ASSETS, { available: "many" })).message).toMatch(/Available is "many" — expected a number/);
  });

  it("text in a date column is an error; ISO and US text dates are accepted", () => {
    const issue = only(withRow(PARTNERS, { startDate: "next spring" }));
    expect(issue.column).toBe(P.startDate.name);
    expect(issue.message).toMatch(/Start date is "next spring" — expected a date, like 2024-03-01 or 3\/1\/2024/);
    expect(issuesOf(withRow(PARTNERS, { startDate: "2026-05-01", endDate: "9/30/2027" }))).toEqual([]);
  });

  it("an impossible date is an error; a two-digit year is read as Excel reads it, and said", () => {
    expect(only(withRow(PARTNERS, { startDate: "2/30/2026" })).message).toMatch(/does not exist/);
    // Real: a register of political parties' `14/01/99`, each refused as an error of its own (64).
    const short = only(withRow(PARTNERS, { startDate: "25/1/45" }));
    expect([short.severity, short.message]).toEqual([
      "warning",
      'Start date is "25/1/45" with a two-digit year — read as Excel reads it (1945-01-25; 00–29 are ' +
        "2000–2029, 30–99 are 1930–1999); write the year in full to be sure.",
    ]);
  });

  it("dates written as one number (20150601) are read, and said once for the column with how to convert them", () => {
    // A helper's round (real): Philadelphia's contracts, one "not a date Excel can show" per distinct date.
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["Rivertown Salt", 20150601, 20160531],
      ["Keystone Pump", 20141211, ""],
      ["Liberty Paper", "20130215", 20151331],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [
        2,
        "warning",
        'Start date is "20150601" and 2 more date(s) written as one number, year, month and day — read as ' +
          "dates (2015-06-01); Excel sorts and filters them as numbers: convert them with Data › Text to " +
          "Columns › Date: YMD.",
      ],
      [
        2,
        "warning",
        'End date is "20160531" written as one number, year, month and day — read as dates (2016-05-31); ' +
          "Excel sorts and filters them as numbers: convert them with Data › Text to Columns › Date: YMD.",
      ],
      [4, "error", 'End date is "20151331" — that number is not a date Excel can show.'],
    ]);
  });

  it("a column of Minguo-calendar dates (1000601) is read as them, and said once with how to convert them", () => {
    // Corpus round qa D-qa2, real: Taipei City's industry grant recipients, every start and end date
    // refused "as a day, that number is 4639-07-20"; `1061231` was even read as 4721-12-31, a year's
    // last day past 2100. A year below 100 (`991201`) is read in such a column only.
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["Rivertown Salt", 1000601, 1010831],
      ["Keystone Pump", "1000701", 1061231],
      ["Liberty Paper", 991201, 1011131],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [
        2,
        "warning",
        'Start date is "1000601" and 2 more date(s) written as one number, year, month and day — read as ' +
          "dates (2011-06-01); their years are the Minguo calendar's (year 100 is 2011): to make them dates " +
          "Excel knows, add 19,110,000 to each (1000601 becomes 20110601) and convert them with Data › Text " +
          "to Columns › Date: YMD.",
      ],
      [
        2,
        "warning",
        'End date is "1010831" and 1 more date(s) written as one number, year, month and day — read as ' +
          "dates (2012-08-31); their years are the Minguo calendar's (year 100 is 2011): to make them dates " +
          "Excel knows, add 19,110,000 to each (1000601 becomes 20110601) and convert them with Data › Text " +
          "to Columns › Date: YMD.",
      ],
      [
        4,
        "error",
        'End date is "1011131" — that day does not exist on the calendar (read as this column\'s Minguo dates are, it is 2012-11-31).',
      ],
    ]);
    // A seven-digit number alone among dates is no Minguo date: refused as before.
    const lone: Cell[][] = [
      ["Partner", "Start date"],
      ["Rivertown Salt", "2024-03-01"],
      ["Keystone Pump", 1000601],
      ["Liberty Paper", "2024-05-01"],
    ];
    expect(validateRange(lone, "Partners", { today: TODAY }).issues.map((i) => [i.row, i.severity])).toEqual([
      [3, "error"],
    ]);
  });

  it("a number in a date column past 2100, where the tracker's dates end, is no date: quoted as written", () => {
    // Corpus round fl, real: Finland's ERDF projects, an amount shifted under Aloituspvm, "End date
    // 2015-12-31 is before Start date 3064-02-06" — a day nobody wrote.
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Start date", "End date"],
      ["Acme", 100, 425180, "2015-12-31"],
      ["Beta", 50, 73415, 45000],
      ["Gamma", 70, 42000, 73416],
      // An open-ended agreement's End date written as the last day Excel shows (9999-12-31), or another
      // year's last day (2999-12-31): a date, the system's "no end" (a reviewer's repro).
      ["Delta", 80, 42000, 2958465],
      ["Epsilon", 90, 42000, 401768],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.column, i.severity, i.message])).toEqual([
      [
        2,
        "Start date",
        "error",
        'Start date is "425180" — expected a date (as a day, that number is 3064-02-06: past 2100, where a ' +
          "tracker's dates end).",
      ],
      // 2100-12-31 is a date still (and after its End date); the day after is none.
      [3, "End date", "error", expect.stringMatching(/^End date 2023-03-15 is before Start date 2100-12-31/)],
      [
        4,
        "End date",
        "error",
        'End date is "73416" — expected a date (as a day, that number is 2101-01-01: past 2100, where a ' +
          "tracker's dates end).",
      ],
    ]);
  });

  it("a date typed as text past 2100 is no date either, however written: quoted as written, its year said", () => {
    // A helper's brief: `425180` as a number was "expected a date", `3064-02-06` typed as text was read
    // as a day and compared with its End date.
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Start date", "End date"],
      ["Acme", 100, "3064-02-06", "2015-12-31"],
      ["Beta", 50, "6 Feb 3064", "2016-01-01"],
      ["Gamma", 70, "2100-12-31", "2101-01-01"],
      ["Delta", 20, "Q1 3064", ""],
      ["Epsilon", 10, "2/6/3064", ""],
      // A year's last day typed as text is a system's "no end", read as the day it is (as its serial is).
      ["Zeta", 30, "2024-01-01", "9999-12-31"],
      ["Eta", 30, "2024-01-01", "31/12/2999"],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    const late = (header: string, cell: string, year: string) =>
      `${header} is "${cell}" — expected a date (the year ${year} is past 2100, where a tracker's dates end).`;
    expect(issues.map((i) => [i.row, i.column, i.severity, i.message])).toEqual([
      [2, "Start date", "error", late("Start date", "3064-02-06", "3064")],
      [3, "Start date", "error", late("Start date", "6 Feb 3064", "3064")],
      // 2100-12-31 is a date still; the day after is none.
      [4, "End date", "error", late("End date", "2101-01-01", "2101")],
      [5, "Start date", "error", late("Start date", "Q1 3064", "3064")],
      // No "could be day-first or month-first" of a cell that is no day either way.
      [6, "Start date", "error", late("Start date", "2/6/3064", "3064")],
    ]);
  });

  it("a Yes/No column accepts Y, TRUE and 1 but not other words", () => {
    expect(issuesOf(withRow(PARTNERS, { agreementSigned: "y", placeBasedFunder: false }))).toEqual([]);
    expect(only(withRow(PARTNERS, { placeBasedFunder: "maybe" })).message).toBe(
      'Place-based funder is "maybe" — expected Yes or No.',
    );
  });

  it("a column of the user's own values, none the list's, is one warning for the column", () => {
    // A helper's round (real): an asset map's business categories, 26 errors each repeating the list.
    const register: Cell[][] = [
      ["Asset", "Category"],
      ["Oak Pharmacy", "High Density Commercial"],
      ["Elm Flats", "Residential"],
      ["Ash Offices", "Office/Institutional"],
      ["Pine Shop", "High Density Commercial"],
    ];
    const issues = validateRange(register, "Assets", { today: TODAY }).issues;
    // A decision about the column, in a user's sheet: a warning, so a clean file is no "errors found"
    // (a helper's round: two funders' lists exit 1 for their own `Focus Area` alone).
    expect(issues.map((i) => [i.rule, i.row, i.severity])).toEqual([["list.category", 2, "warning"]]);
    expect(issues[0].message).toBe(
      'Category holds values of its own, none of them the tracker\'s: 3 values ("High Density Commercial" in 2 ' +
        'rows, "Residential" in 1 row, "Office/Institutional" in 1 row) — expected one of: Infrastructure, Land, ' +
        "Financial, Staff, Expertise, Equipment, Data & technology. Change each to one of these, or leave the " +
        'column out of the mapping (map "Category" to Ignore).',
    );
    // One listed value among them: the others are the user's to fix, one by one.
    const some = [...register, ["Depot", "Land"]];
    expect(validateRange(some, "Assets", { today: TODAY }).issues.map((i) => i.rule)).toEqual([
      "list.category",
      "list.category",
      "list.category",
    ]);
  });

  it("a column of values of its own is judged on its data rows alone: a header said again under it is none", () => {
    // Corpus round fi (real: Frontex's grant workbooks): the sheet whose header row is repeated (or
    // merged down over two rows) got an error per value where every other sheet got one warning.
    const grants: Cell[][] = [
      ["Grant No", "Unit/Sector", "Name of Beneficiary", "Amount granted (EUR)"],
      ["Grant No", "Unit/Sector", "Name of Beneficiary", "Amount granted (EUR)"],
      [1, "ECRET", "Police A", 100],
      [2, "DMD", "Police B", 200],
      [3, "FOU", "Police C", 300],
      [4, "DMD", "Police D", 50],
    ];
    const once = [grants[0], ...grants.slice(2)];
    const said = (m: Cell[][]) =>
      validateRange(m, null, { today: TODAY })
        .issues.filter((i) => i.column === "Unit/Sector")
        .map((i) => [i.rule, i.row, i.severity, i.rows]);
    expect(said(once)).toEqual([["list.sector", 2, "warning", 4]]);
    expect(said(grants)).toEqual([["list.sector", 3, "warning", 4]]);
    // The header row again is still named, once, and left out.
    expect(validateRange(grants, null, { today: TODAY }).leftOut.map((l) => [l.row, l.kind])).toEqual([[1, "header"]]);
  });

  it("a column of values of its own is one warning though one of them reads as a listed value", () => {
    // Corpus round fi (real: Frontex's 2024 grants): its unit codes and `ACADEMY`, its training
    // academy, read as Academic; one cell read as listed gave an error per code and "use the listed
    // spelling Academic", where the other years' sheets got one warning.
    const grants: Cell[][] = [
      ["Unit/Sector", "Name of Beneficiary", "Amount granted (EUR)"],
      ["ECRET", "Police A", 100],
      ["DMD", "Police B", 200],
      ["FOU", "Police C", 300],
      ["DMD", "Police D", 50],
      ["ACADEMY", "Police E", 70],
    ];
    const said = (m: Cell[][]) =>
      validateRange(m, null, { today: TODAY })
        .issues.filter((i) => i.column === "Unit/Sector")
        .map((i) => [i.rule, i.row, i.severity, i.rows]);
    expect(said(grants)).toEqual([["list.sector", 2, "warning", 5]]);
    const issue = validateRange(grants, null, { today: TODAY }).issues.find((i) => i.column === "Unit/Sector");
    expect(issue?.message).toMatch(/^Unit\/Sector holds values of its own, none of them the tracker's: 4 values/);
    expect(issue?.message).toContain('"ACADEMY" in 1 row');
    // Where users' words stand for the list's values as often as not, each is read as its listed value,
    // one warning per distinct value with its count, and the others are errors, one per value.
    const sectors: Cell[][] = [
      ["Partner", "Sector"],
      ["Oak Trust", "Faith"],
      ["Elm Uni", "University"],
      ["Ash Fund", "Arts"],
      ["Pine Uni", "University"],
      ["Fir Group", "Youth"],
      ["Yew Co", "Corporate"],
    ];
    expect(
      validateRange(sectors, "Partners", { today: TODAY })
        .issues.filter((i) => i.column === "Sector")
        .map((i) => [i.rule, i.value, i.rows]),
    ).toEqual([
      ["list.sector", "Faith", 1],
      ["spelling.sector", "University", 2],
      ["list.sector", "Arts", 1],
      ["list.sector", "Youth", 1],
      ["spelling.sector", "Corporate", 1],
    ]);
    // A cell spelled as listed: the column is the tracker's, its users' words read as listed.
    const listed = [...grants, ["Government", "Police F", 10]];
    expect(said(listed).map((i) => i[0])).toEqual(["list.sector", "list.sector", "list.sector", "spelling.sector"]);
  });

  it("a value not in its list is an error listing the choices", () => {
    // "Corporate" used to be the example; SPEC rev 2 reads it as Business (the users' own word).
    const issue = only(withRow(PARTNERS, { sector: "Consultancy" }));
    expect(issue.severity).toBe("error");
    expect(issue.message).toBe(
      'Sector is "Consultancy" — expected one of: Government, Nonprofit, Business, Philanthropy, Community-based, Academic.',
    );
  });

  it("a case or spacing variant of a listed value is a warning to use the listed spelling", () => {
    const issue = only(withRow(PARTNERS, { sector: " non-profit" }));
    expect(issue.severity).toBe("warning");
    expect(issue.message).toBe('Sector is "non-profit" — use the listed spelling "Nonprofit".');
  });

  it("a university's sponsor types and proposal status are read as the listed values they stand for", () => {
    // A helper's round (real): Colorado State's proposals, `INDUSTRY`, `OTHER GOVERNMENT` and `Funded`
    // each an error, and sectors of their own in the summary.
    for (const [column, word, listed] of [
      ["sector", "INDUSTRY", "Business"],
      ["sector", "OTHER GOVERNMENT", "Government"],
      ["status", "Funded", "Agreed"],
      // Legal forms as a French register gives them (a helper's round: 21 errors).
      ["sector", "Association loi 1901 ou assimilé", "Nonprofit"],
      ["sector", "Fondation", "Philanthropy"],
      ["sector", "Entrepreneur individuel", "Business"],
    ] as const) {
      const issue = only(withRow(PARTNERS, { [column]: word }));
      expect([issue.severity, issue.message]).toEqual(["warning", expect.stringContaining(`"${listed}"`)]);
    }
  });

  it("a ledger's negative lines netted off a partner's positive ones are one warning, not an error each", () => {
    // A helper's round (real): Science Foundation Ireland's commitments, each co-funder's `(N)` line
    // negative under its grant: 22 errors, while the summary netted them right.
    const ledger: Cell[][] = [
      ["Proposal ID", "Research Body", "Revised Total Commitment"],
      ["15/IA/100", "Alpha University", 900000],
      ["15/IA/100 EPA(N)", "Alpha University", -300000],
      ["15/IA/200", "Beta Institute", 400000],
      ["15/IA/200 GSI(N)", "Beta Institute", -100000],
      ["15/IA/300 (N)", "Gamma College", -50000],
      ["15/IA/400", "Delta Lab", 10000],
    ];
    const issues = validateRange(ledger, "Partners", { today: TODAY }).issues.filter((i) => i.rule === "min.committed");
    expect(issues.map((i) => [i.row, i.severity])).toEqual([
      [3, "warning"],
      [6, "error"], // Gamma has no positive line to net it off
    ]);
    expect(issues[0].message).toBe(
      "Revised Total Commitment is negative on 2 rows (3, 5) of partners whose other rows are positive (such as " +
        "-$300,000 on row 3): read as adjustments, netted in the totals — if one is not, enter it as a positive amount.",
    );
    // On a capital plan read as Assets, its rows are assets (a helper's round: "of partners" on Toronto's).
    const plan: Cell[][] = [
      ["Asset", "Estimated value"],
      ["Bridge A", 900000],
      ["Bridge A", -300000],
      ["Depot B", 400000],
      ["Depot C", 10000],
    ];
    const assets = validateRange(plan, "Assets", { today: TODAY }).issues.filter((i) => i.rule.startsWith("min."));
    expect(assets.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Estimated value is negative on 1 row \(3\) of assets whose other rows are positive/),
    ]);
  });

  it("a payments ledger's few credit notes are one warning, even for a supplier with no payment beside them", () => {
    // A helper's round (real, invented values): a police commissioner's monthly spend, 21 errors
    // "TOTAL is -$3,669.40 — expected $0 or more" that made a clean ledger exit 1.
    const ledger: Cell[][] = [
      ["* Expenditure Category", "TOTAL", "* SUPPLIER FINAL"],
      ["Equipment General", -839, "NORTH HEALTH SUPPLIES"],
      ["Vehicle Purchase", 41000, "SOUTH VEHICLES LTD"],
      ["Vehicle Purchase", -2818.16, "SOUTH VEHICLES LTD"],
      ...["A", "B", "C", "D", "E", "F", "G", "H"].map((s, i) => ["Fuel", 100 * (i + 1), `${s} FUELS`]),
    ];
    const mapping = mappingFromPairs(ledger, "Partners", [
      ["* SUPPLIER FINAL", "Partner"],
      ["TOTAL", "Committed"],
    ]);
    const issues = validateRange(ledger, "Partners", { today: TODAY, mapping }).issues.filter(
      (i) => i.rule === "min.committed",
    );
    expect(issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [
        2,
        "warning",
        "TOTAL is negative on 2 rows (2, 4) among 9 positive ones (such as -$839 on row 2): read as credit notes " +
          "or refunds, netted in the totals — if one is not, enter it as a positive amount.",
      ],
    ]);
    // The supplier's second line written in other case, with spaces around it, is still its line.
    const retyped = ledger.map((row, r) => (r === 3 ? [row[0], row[1], " south vehicles ltd "] : row));
    const again = validateRange(retyped, "Partners", { today: TODAY, mapping }).issues;
    expect(again.filter((i) => i.rule === "min.committed").map((i) => [i.row, i.severity])).toEqual([[2, "warning"]]);
    // A list of one figure a partner (no partner on two rows) keeps its error for each negative figure.
    const list = ledger.filter((_, r) => r !== 3);
    const own = validateRange(list, "Partners", { today: TODAY, mapping }).issues.filter(
      (i) => i.rule === "min.committed",
    );
    expect(own.map((i) => [i.row, i.severity])).toEqual([[2, "error"]]);
    // Nor is a line taking back more than a fifth of what the others add up to a credit note.
    const plan = ledger.map((row, r) => (r === 3 ? ["Vehicle Purchase", -28181.66, "SOUTH VEHICLES LTD"] : row));
    const cut = validateRange(plan, "Partners", { today: TODAY, mapping }).issues.filter(
      (i) => i.rule === "min.committed",
    );
    expect(cut.map((i) => [i.row, i.severity])).toEqual([
      [2, "error"],
      [4, "warning"], // netted off its supplier's payment, as before
    ]);
    expect(cut.map((i) => i.message).join(" ")).not.toContain("credit notes");
  });

  it("a negative amount or quantity is an error", () => {
    const issues = issuesOf(withRow(PARTNERS, { committed: -500, received: 0 }));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe("Committed is -$500 — expected $0 or more.");
    expect(only(withRow(ASSETS, { needed: -1 })).message).toBe("Needed is -1 — expected 0 or more.");
  });

  it("an amount within half a cent of 0 (a sum's floating-point residue) is 0, not a negative", () => {
    // A helper's round (real: LA's budget, -5.8207660913467401E-11 said as a "-$0.00" adjustment).
    expect(issuesOf(withRow(PARTNERS, { committed: 100, received: -5.8207660913467401e-11 }))).toEqual([]);
    expect(issuesOf(withRow(PARTNERS, { committed: 100, received: -0.01 })).map((i) => i.message)).toEqual([
      "Received is -$0.01 — expected $0 or more.",
    ]);
  });

  it("quotes a figure of a column in thousands as its cell shows it, then the money it is, as the summary counts it", () => {
    // Helpers' rounds (real: the Dutch subsidy register, `Realisatie (*1000)`): "-€14" read as fourteen
    // euros; then "is -14,000" for a cell showing `-14,00`, read as the cell's own (corpus fj D8).
    const sheet: Cell[][] = [
      ["Partner", "Committed (€ thousands)", "Received (€ thousands)"],
      ["Gemeente Proefdorp", -14, 0],
      ["Stichting Voorbeeld", 10, 12],
      ["Gemeente Kampen", "-2,50", 0],
    ];
    expect(issuesOf(sheet).map((i) => i.message.replace(/ — .*$/, ""))).toEqual([
      "Committed (€ thousands) is -14 (thousands: -€14,000)",
      "Received (€ thousands) (12, thousands: €12,000) is more than Committed (€ thousands) (10, thousands: €10,000)",
      "Committed (€ thousands) is -2,50 (thousands: -€2,500)",
    ]);
    // A column of units is quoted as its amount, as before.
    expect(issuesOf(withRow(PARTNERS, { committed: -14, received: 0 })).map((i) => i.message)).toEqual([
      "Committed is -$14 — expected $0 or more.",
    ]);
  });

  it("an accounting negative (1,200) is read as -1200 and flagged as negative, not as unreadable", () => {
    const issues = issuesOf(withRow(PARTNERS, { committed: "(1,200)", received: 0 }));
    expect(issues.map((i) => i.message)).toEqual(["Committed is -$1,200 — expected $0 or more."]);
  });

  it("a malformed email is a warning", () => {
    const issue = only(withRow(PARTNERS, { contactEmail: "grace at freshair" }));
    expect(issue.severity).toBe("warning");
    expect(issue.message).toMatch(/Contact email is "grace at freshair" — expected an email address/);
  });

  it("two addresses in one email cell are said as two addresses, not as no address", () => {
    const issue = only(withRow(PARTNERS, { contactEmail: "roble@example.org, secretaria@example.org" }));
    expect(issue.message).toBe(
      'Contact email holds 2 addresses ("roble@example.org", "secretaria@example.org") — keep one in the cell, ' +
        "and the others in Notes.",
    );
    // A slash between them, as a Brazilian council's list writes them (a helper's round).
    expect(only(withRow(PARTNERS, { contactEmail: "ana@example.br / gabinete@example.br" })).message).toMatch(
      /^Contact email holds 2 addresses/,
    );
  });

  it("a key of 0 is a placeholder, named as one, and no partner of many rows", () => {
    // A helper's round (real): a council's river-wall register, `Unit_ID` 0 on its 9 child rows,
    // "no issues" on Assets and "one partner with several rows" on Partners.
    const walls: Cell[][] = [
      ["Partner", "Committed"],
      ["WallA01", 100],
      [0, 40],
      [0, 16],
    ];
    const issues = validateRange(walls, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => i.message)).toEqual([
      'Partner holds a placeholder (such as "0") instead of a value in 2 rows (3, 4) — every row needs one.',
    ]);
  });

  it("Spain's DIR3 `_U` (unknown) is a placeholder, not a malformed email", () => {
    expect(issuesOf(withRow(PARTNERS, { contactEmail: "_U" }))).toEqual([]);
  });

  it("duplicate keys: Partner ignoring case, spaces and punctuation (error)", () => {
    const sheet = sampleSheet("Partners");
    const copy = [...sheet[1]];
    copy[0] = "fresh-air  FUND";
    const issues = issuesOf([...sheet, copy]);
    expect(issues).toEqual([
      {
        row: sheet.length + 1,
        column: P.partner.name,
        severity: "error",
        rule: "unique.partner",
        value: "fresh-air  FUND",
        // SPEC rev 2: the Partners key is Partner + Initiative ID, and the message says so.
        message:
          'Partner "fresh-air FUND" with Initiative ID "SPACE-01" is already on row 2 — list each partner once per initiative.',
      },
    ]);
  });

  it("duplicate keys: Initiative ID in Foundation (error), Name in Leadership (warning)", () => {
    const f = sampleSheet("Foundation");
    const fCopy = [...f[2]];
    fCopy[0] = " space-01 ";
    expect(issuesOf([...f, fCopy], "Foundation").filter((i) => i.message.includes("already on row"))).toEqual([
      expect.objectContaining({ severity: "error", column: F.initiativeId.name, row: f.length + 1 }),
    ]);
    const l = sampleSheet("Leadership");
    const lCopy = [...l[2]];
    lCopy[0] = "dana whitfield";
    expect(issuesOf([...l, lCopy], "Leadership")).toEqual([
      expect.objectContaining({ severity: "warning", column: LEADERSHIP.col.name.name, row: l.length + 1 }),
    ]);
  });

  it("a missing required column is reported once, on the header row", () => {
    const sheet = sampleSheet("Foundation").map((row) => row.slice(0, 2).concat(row.slice(3))); // no Problem statement
    const issues = issuesOf(sheet, "Foundation").filter((i) => i.column === F.problemStatement.name);
    expect(issues).toEqual([
      {
        row: 1,
        column: F.problemStatement.name,
        severity: "error",
        rule: "missingColumn.problemStatement",
        message: 'There is no Problem statement column — add one headed "Problem statement"; every row needs one.',
      },
    ]);
  });

  it("a header row with no rows under it is told what it lacks as a warning: no row misses a value yet", () => {
    // A helper's round (real: a cultural-funding workbook's "Template - Do Not Delete" sheet, exit 1
    // for five columns it lacks).
    const header = sampleSheet("Foundation")[0].filter((h) => h !== F.problemStatement.name);
    expect(issuesOf([header], "Foundation").map((i) => [i.rule, i.severity])).toEqual([
      ["missingColumn.problemStatement", "warning"],
    ]);
  });

  it("blank rows are skipped, never 'missing' anything, and rows keep their sheet numbers", () => {
    const sheet = sampleSheet("Partners");
    const blank = sheet[0].map(() => "");
    const bad = [...sheet[1]];
    bad[0] = "Another partner";
    bad[sheet[0].indexOf(P.committed.name)] = "lots";
    const matrix = [["Partners — FY2026"], [], sheet[0], sheet[1], blank, [null], bad];
    const issues = issuesOf(matrix);
    expect(issues).toEqual([expect.objectContaining({ row: 7, column: P.committed.name })]);
  });

  it("reports the user's own header text, and issues in sheet order", () => {
    const matrix = [
      ["Pledge", "Org name", "Type"],
      ["x", "", "Nonprofit"],
      [5, "B", "corp"],
    ];
    const issues = issuesOf(matrix, "Partners");
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, "Pledge"],
      [2, "Org name"],
      [3, "Type"],
    ]);
    expect(issues[0].message).toMatch(/^Pledge is "x"/);
  });
});

describe("Foundation", () => {
  it("a short problem statement is a warning", () => {
    const issue = only(withRow(FOUNDATION, { problemStatement: "Hunger" }));
    expect(issue.severity).toBe("warning");
    expect(issue.message).toMatch(/Problem statement "Hunger" is short \(6 characters\)/);
  });

  it("Target equal to Baseline is a warning", () => {
    const issue = only(withRow(FOUNDATION, { baseline: 4000, target: "4,000" }));
    expect(issue).toMatchObject({ severity: "warning", column: F.target.name });
    expect(issue.message).toMatch(/^Target equals Baseline, both 4,000 — /);
    // A share as the sheet types it, not as Excel stores it (a helper's round: "both 1" for 100%).
    expect(only(withRow(FOUNDATION, { baseline: "100%", target: "100%" })).message).toMatch(
      /^Target equals Baseline, both 100% — /,
    );
  });

  it("Target equal to Baseline on a row whose aim is to maintain is no warning", () => {
    // Real: Guatapé's development plan, TENDENCIA "Mantenimiento" beside META = LÍNEA BASE.
    const [header, row] = withRow(FOUNDATION, { baseline: 884, target: 884 });
    for (const trend of ["Mantenimiento", "Maintain", "maintenance of coverage"]) {
      const issues = issuesOf([
        [...header, "TENDENCIA"],
        [...row, trend],
      ]);
      expect(issues.filter((i) => i.rule === "foundation.targetEqualsBaseline")).toEqual([]);
    }
    const rising = issuesOf([
      [...header, "TENDENCIA"],
      [...row, "Incremento"],
    ]);
    expect(rising.map((i) => i.rule)).toEqual(["foundation.targetEqualsBaseline"]);
    // A plan's one-letter code `M` under its trend's header (real: Tenjo's, 66 of 76 warnings), and an
    // `M` elsewhere (a size) says nothing of the aim.
    const coded = (column: string, code: string) =>
      issuesOf([
        [...header, column],
        [...row, code],
      ]).filter((i) => i.rule === "foundation.targetEqualsBaseline").length;
    expect([coded("TENDENCIA  INDICADOR", "M"), coded("TENDENCIA  INDICADOR", "I"), coded("Size", "M")]).toEqual([
      0, 1, 1,
    ]);
  });

  it("a passed Target date while Defining, Ready or Active is a warning; Completed is fine", () => {
    const issue = only(withRow(FOUNDATION, { targetDate: "2026-11-24" })); // SPACE-01 is Active
    expect(issue).toMatchObject({ severity: "warning", column: F.targetDate.name });
    expect(issue.message).toMatch(/Target date 2026-11-24 has passed but Status is Active/);
    expect(issuesOf(withRow(FOUNDATION, { targetDate: "2026-11-25" }))).toEqual([]); // today is not past
    expect(issuesOf(withRow(FOUNDATION, { targetDate: "2026-11-24", status: "Completed" }))).toEqual([]);
  });

  it("Status Active while Requirements agreed is not Yes is an error", () => {
    const issue = only(withRow(FOUNDATION, { requirementsAgreed: "No" }));
    expect(issue).toMatchObject({ severity: "error", column: F.requirementsAgreed.name });
    expect(issue.message).toMatch(/Status is Active but Requirements agreed is "No"/);
    expect(only(withRow(FOUNDATION, { requirementsAgreed: "" })).message).toMatch(/Requirements agreed is empty/);
    expect(issuesOf(withRow(FOUNDATION, { requirementsAgreed: "No", status: "Ready" }))).toEqual([]);
  });
});

describe("Assets", () => {
  it("Needed given but Available empty is a warning", () => {
    const issue = only(withRow(ASSETS, { available: "" }));
    expect(issue).toMatchObject({ severity: "warning", column: ASSETS.col.available.name });
    expect(issue.message).toMatch(/Available is empty while Needed is 20/);
  });

  it("a row the same as another in every column is said once, an asset on several rows is not", () => {
    // A county's fleet inventory (invented values): three vans, one line entered twice.
    const fleet = [
      ["Department", "Equipment Class", "Equipment Count"],
      ["Parks", "Van", 3],
      ["Library", "Van", 1],
      ["Parks", "Sedan", 2],
      ["Library", "Van", 1],
      ["Police", "Van", 1],
      ["Library", " Van ", 1],
    ];
    const mapping = mappingFromPairs(fleet, "Assets", [
      ["Equipment Class", "Asset"],
      ["Equipment Count", "Available"],
      ["Department", "Held by"],
    ]);
    const issues = validateRange(fleet, "Assets", { today: TODAY, mapping }).issues;
    expect(issues.map((i) => [i.row, i.rule, i.severity, i.message])).toEqual([
      [
        5,
        "sameRow.asset",
        "warning",
        expect.stringMatching(
          /^Row 5 is the same as row 3 in every column: the same entry made twice\? Both are counted\./,
        ),
      ],
      [7, "sameRow.asset", "warning", expect.stringMatching(/^Row 7 is the same as row 3 /)],
    ]);
  });
});

describe("Partners", () => {
  it("End date before Start date is an error", () => {
    const issue = only(withRow(PARTNERS, { startDate: "2026-05-01", endDate: "4/30/2026" }));
    expect(issue).toMatchObject({ severity: "error", column: P.endDate.name });
    expect(issue.message).toBe("End date 2026-04-30 is before Start date 2026-05-01 — check both dates.");
  });

  it("says an End date Excel put in 1930 from a two-digit year may be 2030", () => {
    // Corpus round hn D5 (real: a department's grants, `mm-dd-yy` cells showing 04-30-30 for 1930-04-30).
    const issue = only(withRow(PARTNERS, { startDate: "2026-05-01", endDate: "1930-04-30" }));
    expect(issue.message).toBe(
      "End date 1930-04-30 is before Start date 2026-05-01 — check both dates " +
        "(a year typed as two digits, 30, Excel reads as 1930: was 2030 meant?).",
    );
    // A century apart, or an end before 1930, is no two-digit year of Excel's.
    expect(only(withRow(PARTNERS, { startDate: "2031-05-01", endDate: "1930-04-30" })).message).toMatch(/dates\.$/);
    expect(only(withRow(PARTNERS, { startDate: "2026-05-01", endDate: "1925-04-30" })).message).toMatch(/dates\.$/);
    // Nor an end that, a century on, would run 69 years (1995 for 2095): "was 2095 meant?" is no help.
    expect(only(withRow(PARTNERS, { startDate: "2026-05-01", endDate: "1995-04-30" })).message).toMatch(/dates\.$/);
  });

  it("Received greater than Committed is a warning", () => {
    const issue = only(withRow(PARTNERS, { committed: 1200, received: "$1,500" }));
    expect(issue).toMatchObject({ severity: "warning", column: P.received.name });
    expect(issue.message).toBe("Received ($1,500) is more than Committed ($1,200) — check both amounts.");
  });

  it("Received above Committed by cents of rounding is no warning; by a dollar or on a small grant it is", () => {
    // Real: DC's school capital projects, $19,180,252.79 received of $19,180,252.73 committed.
    const rule = (committed: number, received: number) =>
      issuesOf(withRow(PARTNERS, { committed, received })).filter((i) => i.rule === "partners.receivedOverCommitted");
    expect(rule(19180252.73, 19180252.79)).toEqual([]);
    expect(rule(19180252.73, 19180253.73)).toHaveLength(1);
    expect(rule(1.2, 1.5)).toHaveLength(1);
  });

  it("Received greater than Committed on a ledger's row is no warning where the partner's rows add up", () => {
    // Real (corpus round 9a): a Flemish subsidy register grants in one year and pays in the next, two
    // rows each lopsided: 40 of its 55 warnings were such pairs.
    const ledger: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Hoeve Zonneweide", 0, 8613],
      ["Hoeve Zonneweide", 8613, 0],
      ["Kerkfabriek", 0, 150000],
      ["kerkfabriek", 200000, 0],
      ["Jachtfonds", 750, 1500],
      ["Stadtwerk", 0, 900],
      ["Stadtwerk", 500, 0],
    ];
    const over = issuesOf(ledger).filter((i) => i.rule === "partners.receivedOverCommitted");
    // Jachtfonds on one row, and Stadtwerk, whose rows together still receive more, are said.
    expect(over.map((i) => i.row)).toEqual([6, 7]);
    // In a tracker, a row with its Initiative ID is one partnership, checked alone: another initiative's
    // row, or a duplicate of its key (an error of its own), does not cover it.
    const tracker: Cell[][] = [
      ["Partner", "Initiative ID", "Committed", "Received"],
      ["Hoeve Zonneweide", "FOOD-01", 0, 8613],
      ["Hoeve Zonneweide", "PARK-02", 8613, 0],
      ["Riverside Bank", "FOOD-01", 120000, 60000],
      ["riverside bank", "FOOD-01", 5000, 6000],
    ];
    expect(
      issuesOf(tracker)
        .filter((i) => i.rule === "partners.receivedOverCommitted")
        .map((i) => i.row),
    ).toEqual([2, 5]);
    // A capital register's phases each have their budget and their spending: each is checked alone
    // (a helper's round: NYC's school construction, 782 phases over budget, 72 said).
    const phases: Cell[][] = [
      ["Partner", "Phase", "Committed", "Received"],
      ["P.S. 901 - QUEENS", "Scope", 68000, 79000],
      ["P.S. 901 - QUEENS", "Design", 343000, 345000],
      ["P.S. 901 - QUEENS", "Construction", 2000000, 150000],
      // A budget line of 0 and 0 holds no money on either side: the phases stay each their own (a
      // helper's round: Boston's budget, 68 of 257 lines over budget said — a department with one
      // 0/0 line was added up and its overspending left unsaid).
      ["P.S. 901 - QUEENS", "Equipment", 0, 0],
    ];
    expect(
      issuesOf(phases)
        .filter((i) => i.rule === "partners.receivedOverCommitted")
        .map((i) => i.row),
    ).toEqual([2, 3]);
    // A $0 contract paid $3.0M beside the vendor's other contract, paid less than its amount: two
    // contracts, the first overpaid — no commitment on one row paid on another (a helper's round,
    // real: Philadelphia's professional-services contracts, 22 of 48 overpaid contracts not said).
    const contracts: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["BRIGHTLINE IT", 0, 3030406.93],
      ["BRIGHTLINE IT", 8250000, 762872],
    ];
    expect(
      issuesOf(contracts)
        .filter((i) => i.rule === "partners.receivedOverCommitted")
        .map((i) => i.row),
    ).toEqual([2]);
  });

  it("Received the same on each row of a project is compared once with the project's Committed, as the summary reads it", () => {
    // Corpus round fi D4 (real: Caltrans' 5311/5310 ledger, 292 warnings): a project funded from two
    // years, 15,125 + 171,122, shows its expended 186,247 on both lines. Nothing is over.
    const header = ["organization_name", "upin", "description", "allocationamount", "expendedamount"];
    const ledger: Cell[][] = [
      header,
      ["Choice in Aging", "BCG0000875", "Operating Assistance", 15125, 186247],
      ["Choice in Aging", "BCG0000875", "Operating Assistance", 171122, 186247],
      ["City of Lafayette: Lamorinda Sprit Van Program", "BCG0000560", "Operating Assistance", 15125, 186247],
      ["City of Lafayette: Lamorinda Sprit Van Program", "BCG0000560", "Operating Assistance", 171122, 186247],
    ];
    const pairs: [string, string][] = [
      ["organization_name", "Partner"],
      ["allocationamount", "Committed"],
      ["expendedamount", "Received"],
    ];
    const over = (m: Cell[][]) =>
      validateRange(m, "Partners", { today: TODAY, mapping: mappingFromPairs(m, "Partners", pairs) }).issues.filter(
        (i) => i.rule === "partners.receivedOverCommitted",
      );
    expect(over(ledger)).toEqual([]);
    // The summary's own reading of the same rows: the one decision, made once (ProjectTally).
    expect(summarizePartners(ledger, null, mappingFromPairs(ledger, "Partners", pairs)).projectRepeats).toMatchObject({
      column: "upin",
      received: { projects: 2 },
    });
    // A project whose Received, counted once, is still more than its rows commit: said once, for the project.
    const spent = ledger.map((r, i) => (i === 1 || i === 2 ? [...r.slice(0, 4), 200000] : r));
    expect(over(spent).map((i) => [i.row, i.message])).toEqual([
      [
        2,
        'expendedamount ($200,000 on each of the 2 rows of upin "BCG0000875", counted once) is more than ' +
          "allocationamount ($186,247 on them in all) — check both amounts.",
      ],
    ]);
    // Committed the same on each row too (its sites' lines): the project's whole amounts, each compared once.
    const both = ledger.map((r, i) => (i === 1 || i === 2 ? [r[0], r[1], `Site ${i}`, 150000, 186247] : r));
    expect(over(both).map((i) => [i.row, i.message])).toEqual([
      [
        2,
        'expendedamount ($186,247 on each of the 2 rows of upin "BCG0000875", counted once) is more than ' +
          "allocationamount ($150,000 on each) — check both amounts.",
      ],
    ]);
    // Rows the same in every column are copies (said as such), no project's amount shown again: as before.
    const copies = ledger.map((r, i) => (i === 1 || i === 2 ? [...r.slice(0, 3), 150000, 186247] : r));
    expect(over(copies).map((i) => i.row)).toEqual([2, 3]);
    // Rows the summary tells apart (another project, another year) are each their own, as before.
    const years = [[...header, "grant_fiscal_year"], ...ledger.slice(1).map((r, i) => [...r, 2017 + (i % 2)])];
    expect(summarizePartners(years, null, mappingFromPairs(years, "Partners", pairs)).projectRepeats).toBeUndefined();
    expect(over(years).map((i) => i.row)).toEqual([2, 3, 4, 5]);
  });

  it("Status Agreed or Active while Agreement signed is not Yes is an error", () => {
    for (const status of ["Agreed", "active"]) {
      const issues = issuesOf(withRow(PARTNERS, { status, agreementSigned: "No" }));
      const issue = issues.find((i) => i.column === P.agreementSigned.name)!;
      expect(issue.severity).toBe("error");
      expect(issue.message).toMatch(/but Agreement signed is "No"/);
    }
    expect(issuesOf(withRow(PARTNERS, { status: "Negotiating", agreementSigned: "No" }))).toEqual([]);
  });

  it("Contribution Funding with Committed empty is an error", () => {
    const issue = only(withRow(PARTNERS, { committed: "", received: "" }, 1)); // Bloomberg: Funding
    expect(issue).toMatchObject({ severity: "error", column: P.committed.name });
    expect(issue.message).toMatch(/Committed is empty but Contribution is Funding/);
  });

  it("Status Completed with an End date in the future is a warning", () => {
    const issue = only(withRow(PARTNERS, { status: "Completed", endDate: isoToSerial("2027-01-01")! }));
    expect(issue).toMatchObject({ severity: "warning", column: P.endDate.name });
    expect(issue.message).toMatch(/Status is Completed but End date 2027-01-01 is in the future/);
  });

  it("rules about two columns stay silent when the sheet lacks one of them", () => {
    const matrix = [
      ["Partner", "Status"],
      ["Acme", "Active"],
    ];
    expect(issuesOf(matrix, "Partners")).toEqual([]);
  });
});

describe("the rule inventory", () => {
  it("has every SPEC rule for Partners as a named unit with its severity", () => {
    const rules = rulesFor(PARTNERS);
    const byId = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
    expect(rules.map((r) => r.id)).toHaveLength(new Set(rules.map((r) => r.id)).size);
    expect(byId).toMatchObject({
      "required.partner": "error",
      "list.sector": "error",
      "spelling.sector": "warning",
      "type.committed": "error",
      "min.committed": "error",
      "type.startDate": "error",
      "type.agreementSigned": "error",
      "email.contactEmail": "warning",
      "unique.partner": "error",
      "partners.endBeforeStart": "error",
      "partners.receivedOverCommitted": "warning",
      "partners.agreedWithoutSignature": "error",
      "partners.fundingWithoutCommitted": "error",
      "partners.completedWithFutureEnd": "warning",
    });
  });

  it("has Foundation's and Assets' own rules, and Leadership's duplicate Name as a warning", () => {
    const ids = (tab: Spec) => Object.fromEntries(rulesFor(tab).map((r) => [r.id, r.severity]));
    expect(ids(FOUNDATION)).toMatchObject({
      "unique.initiativeId": "error",
      "foundation.problemStatementTooShort": "warning",
      "foundation.targetEqualsBaseline": "warning",
      "foundation.targetDatePassed": "warning",
      "foundation.activeWithoutRequirementsAgreed": "error",
    });
    expect(ids(ASSETS)).toMatchObject({ "assets.neededWithoutAvailable": "warning", "min.needed": "error" });
    expect(ids(LEADERSHIP)).toMatchObject({ "unique.name": "warning", "required.name": "error" });
  });
});
