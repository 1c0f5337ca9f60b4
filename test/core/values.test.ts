import { groupProblems } from "../../src/core/problems";
import {
  committedUnmapped,
  concentration,
  mapHeaders,
  mappingFromPairs,
  summarizePartnerBlocks,
  summarizePartners,
  summaryToSpill,
  TrackerError,
  validateRange,
  withoutAdvice,
  type Cell,
  type Issue,
} from "../../src/core";
import { TODAY } from "./sheets";

/**
 * SUMMARY's message for a sheet without Committed whose figures are all numbers, codes, counts or measures
 * (corpus round fm D2): no column to map, nothing to add up.
 */
const NOTHING_TO_ADD_UP =
  /\(the `mapping` argument\)\. Its figures \(.+\) are numbers, codes, counts or measures, not amounts: there is nothing to add up\.$/;

/**
 * SPEC "Values as people write them" (rev 2), on sheets shaped like real exports: placeholders,
 * list values in the users' own words, dates and amounts as people type them, Excel error cells.
 * Each problem that repeats is said once, with its rows.
 */
function check(matrix: Cell[][], tab = "Partners"): Issue[] {
  return validateRange(matrix, tab, { today: TODAY }).issues;
}

const byRule = (issues: Issue[]) => issues.map((i) => [i.row, i.rule, i.severity]);

describe("placeholders", () => {
  const ledger: Cell[][] = [
    ["Grantee", "Amount Awarded", "Amount Paid", "Grant Start Date"],
    ["REDACTED", 5000, "N/A", "07/01/2016"],
    ["City Food Bank", "TBD", 0, "-"],
    ["REDACTED", 7000, "n/a", "07/15/2016"],
    ["(blank)", 100, "—", "unknown"],
    ["Riverside Youth League", "?", "", "07/20/2016"],
  ];

  it("are empty in other languages' words too: S.D (sin dato) is no number to fix", () => {
    // A helper's round (real, invented values): a Colombian municipal plan's baselines, `S.D` read as
    // "expected a number".
    const plan: Cell[][] = [
      ["Initiative ID", "Initiative", "Baseline", "Target"],
      ["MP-1", "Rural roads", "S.D", 12],
      ["MP-2", "School internet", "s.d.", 30],
    ];
    const issues = validateRange(plan, "Foundation", { today: TODAY }).issues;
    expect(issues.filter((i) => i.rule.startsWith("type."))).toEqual([]);
    // A budget system's `#Missing` (a helper's round, real: Boston's budget, 223 "expected an amount").
    const budget: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Office of Examples", "#Missing", 12000],
    ];
    expect(check(budget).filter((i) => i.rule.startsWith("type."))).toEqual([]);
  });

  it("are empty: no type errors, and two REDACTED names are not duplicates", () => {
    const issues = check(ledger);
    expect(issues.filter((i) => i.rule.startsWith("type."))).toEqual([]);
    expect(issues.filter((i) => i.rule.startsWith("unique."))).toEqual([]);
  });

  it("include None: no partner called none", () => {
    // Helpers' rounds (real): Oakland's youth programmes, `none` counted as a partner on 3 rows.
    const programmes: Cell[][] = [
      ["Partner", "Committed"],
      ["Lakeside Arts", 100],
      ["none", 200],
      ["None", 50],
    ];
    expect(summarizePartners(programmes).total).toMatchObject({ partners: 1, committed: 350 });
  });

  it("include None, but not the town: NONE among comuni written in capitals is a partner", () => {
    // A helper's round (real: Italy's food-solidarity allocations to 2,000 comuni): `NONE`, a comune of
    // 8,022 near Turin, read as no name — 1,999 partners, and "a placeholder, not a value" (an error).
    const comuni: Cell[][] = [
      ["Comune", "Regione", "Contributo (EUR)"],
      ["NONE", "PIEMONTE", 47959.13],
      ["NOLE", "PIEMONTE", 29781.46],
      ["NOVI LIGURE", "PIEMONTE", 149960.04],
    ];
    const pairs: [string, string][] = [
      ["Comune", "Partner"],
      ["Contributo (EUR)", "Committed (EUR)"],
    ];
    const mapping = mappingFromPairs(comuni, "Partners", pairs);
    expect(summarizePartners(comuni, null, mapping).total).toMatchObject({ partners: 3, committed: 227700.63 });
    expect(summarizePartners(comuni, null, mapping).unnamed).toBe(0);
    expect(validateRange(comuni, "Partners", { today: TODAY, mapping }).issues).toEqual([]);
    // `None` among names in title case is Python's missing value, not a town (a reviewer's repro: a pandas
    // export's `Acme Corp | Birch Ltd | None | Cedar Inc`, three partners and the placeholder said).
    const titled = comuni.map((r, i) =>
      i === 0 ? r : [String(r[0])[0] + String(r[0]).slice(1).toLowerCase(), ...r.slice(1)],
    );
    expect(summarizePartners(titled, null, mappingFromPairs(titled, "Partners", pairs)).total.partners).toBe(2);
    const pandas: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme Corp", 100],
      ["Birch Ltd", 200],
      ["None", 50],
      ["Cedar Inc", 300],
    ];
    expect(summarizePartners(pandas).total.partners).toBe(3);
    expect(check(pandas).map((i) => i.rule)).toContain("required.partner");
  });

  it("include Russian and Nordic words for no data, in either case: no partner, no amount refused", () => {
    // Corpus round kp (real: Norway's EU grants, `ukjent` counted as a partner) and a helper's round (real:
    // Russia's helicopter subsidies, a region's amount `нет данных`, "expected an amount").
    const grants: Cell[][] = [
      ["Organisasjonsnavn", "Beløp"],
      ["Tellu AS", 100],
      ["Ukjent", 50],
      ["Sintef AS", 200],
    ];
    expect(summarizePartners(grants).total).toMatchObject({ partners: 2, committed: 350 });
    const regions: Cell[][] = [
      ["Получатель", "Сумма"],
      ["Республика Алтай", 100],
      ["Томская область", "Нет данных"],
      ["Республика Тыва", "н/д"],
    ];
    const issues = check(regions);
    expect(issues.filter((i) => i.rule.startsWith("type."))).toEqual([]);
    expect(summarizePartners(regions).total).toMatchObject({ partners: 3, committed: 100 });
  });

  it("include NONE where it outnumbers every name, or is written unlike them, even among names in capitals", () => {
    // A vendor left blank on row after row is a placeholder typed wherever one is missing: no partner.
    const vendors: Cell[][] = [
      ["Partner", "Committed"],
      ["ACME PAVING", 100],
      ["NONE", 10],
      ["BIRCH YOUTH CLUB", 200],
      ["NONE", 20],
    ];
    expect(summarizePartners(vendors).total).toMatchObject({ partners: 2, committed: 330 });
    expect(check(vendors).filter((i) => i.rule === "required.partner")).toMatchObject([
      {
        rows: 2,
        message:
          'Partner holds a placeholder (such as "NONE") instead of a value in 2 rows (3, 5) — every row needs one.',
      },
    ]);
    // `none` in lower case among capitalised names, once, is the word, not a name.
    const lower: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme Paving", 100],
      ["none", 10],
      ["Birch Youth Club", 200],
    ];
    expect(summarizePartners(lower).total.partners).toBe(2);
    // And outside the key column `NONE` stays what it was: an empty Sector, no value to spell as listed —
    // said once for the column, as a column of placeholders on every row is (placeholderColumns.ts).
    const sectors = vendors.map((r, i) =>
      i === 0 ? [...r, "Sector"] : [r[0] === "NONE" ? "KITE CLUB" : r[0], r[1], "NONE"],
    );
    expect(check(sectors).filter((i) => i.column === "Sector")).toMatchObject([
      { rule: "placeholders.sector", rows: 4, message: 'Sector is "NONE" on all 4 rows: no Sector is given.' },
    ]);
  });

  it("in a required column, are reported missing once for the column, with a count", () => {
    const twice = ledger.map((r, i) => (i === 5 ? ["(blank)", ...r.slice(1)] : r));
    const partner = check(twice).filter((i) => i.rule === "required.partner");
    expect(partner).toEqual([
      {
        row: 5,
        column: "Grantee",
        severity: "error",
        rule: "required.partner",
        value: "(blank)",
        rows: 2,
        rowNumbers: [5, 6], // each cell, for the pane to list and the Issues sheet to link
        message:
          'Grantee holds a placeholder (such as "(blank)") instead of a value in 2 rows (5, 6) — every row needs one.',
      },
    ]);
    // REDACTED is a name withheld, not missing (corpus round gn D11): one warning, as SUMMARY counts it.
    expect(check(ledger).filter((i) => i.rule === "withheld.partner")).toMatchObject([
      { row: 2, severity: "warning", value: "REDACTED", rows: 2, rowNumbers: [2, 4] },
    ]);
  });
});

describe("many different texts where amounts go", () => {
  it("are one finding for the column naming the commonest, not a problem a text", () => {
    // A helper's round (real: Austria's press subsidies, invented values): 84 rows of reasons for a
    // refusal under Förderbetrag, 55 different texts, 26 problem lines in the report.
    const reasons = [
      "abgelehnt",
      "keine Förderung",
      "zurückgezogen",
      "nicht eingereicht",
      "verspätet",
      "doppelt",
      "unklar",
      "offen",
    ];
    const grants: Cell[][] = [
      ["Partner", "Committed"],
      ["Zeitung A", 1000],
      ...reasons.map((r, i): Cell[] => [`Zeitung ${i}`, r]),
      ["Zeitung X", "abgelehnt"],
    ];
    const issues = check(grants).filter((i) => i.rule === "type.committed");
    expect(issues.map((i) => [i.row, i.rows, i.message])).toEqual([
      [
        3,
        9,
        'Committed holds 8 different values that are no amounts, in 9 rows ("abgelehnt" in 2 rows, "keine ' +
          'Förderung", "zurückgezogen", "nicht eingereicht" and 4 more) — expected an amount in dollars, like 1200 or ' +
          "$1,200; left out of the sums until corrected.",
      ],
    ]);
    // Fewer, each its own problem as before.
    expect(check(grants.slice(0, 5)).filter((i) => i.rule === "type.committed")).toHaveLength(3);
  });
});

describe("a payee anonymised by the publisher", () => {
  it("is someone, one partner a row, and two such rows are no copies", () => {
    // A helper's round (real: Vitoria-Gasteiz's payments, `ANONIMIZADO` on 188 rows of social aid,
    // invented values): read as one partner, and rows of the same aid on the same day as copies.
    const payments: Cell[][] = [
      ["Beneficiario", "Importe (€)", "Fecha"],
      ["ANONIMIZADO", 600, "03/02/2026"],
      ["ANONIMIZADO", 600, "03/02/2026"],
      ["Anonimizada", 450, "04/02/2026"],
      ["EROSKI S. COOP.", 1200, "05/02/2026"],
    ];
    const issues = check(payments);
    expect(issues.filter((i) => i.rule.startsWith("sameRow.") || i.rule.startsWith("repeated."))).toEqual([]);
    expect(summarizePartners(payments).total).toMatchObject({ partners: 4, committed: 2850 });
  });
});

describe("organisation types of a UK community directory", () => {
  it("are the listed sectors, so one sector is one row of the summary", () => {
    // A helper's round (real): Folkestone & Hythe's directory, `Private Company` an error on 12 rows
    // and a Sector row of its own beside Business (£7,000 and £6,000 where Business is £13,000).
    const directory: Cell[][] = [
      ["Partner", "Sector", "Committed (£)"],
      ["Dogwood Life Skills Ltd", "Private Company", 4000],
      ["Fir Trading Company", "Company", 6000],
      ["Oak Works LLC", "LLC", 500],
      ["Gorse Parish Council", "Parish Council", 2000],
      ["Hazel Town Council", "Town Council", 2000],
      ["Ivy Family Foundation", "Family Foundation", 1000],
      ["Lime Aid", "CIO", 700],
      ["Maple College Trust", "Exempt Charity", 300],
      ["Nettle Academy", "Academy", 900],
    ];
    expect(check(directory).filter((i) => i.severity === "error")).toEqual([]);
    const bySector = summarizePartners(directory).rows.map((g) => [g.group, g.partners, g.committed]);
    expect(bySector).toEqual([
      ["Business", 3, 10500],
      ["Government", 2, 4000],
      ["Nonprofit", 2, 1000],
      ["Philanthropy", 1, 1000],
      ["Academic", 1, 900],
    ]);
  });
});

describe("sector and status words of US and Irish lists", () => {
  it("are read as the listed value, one warning each, not values of the sheet's own", () => {
    // Helpers' rounds (real): Texas' training providers by control, Ireland's community grants by
    // applicant type, Roanoke's `Approved` projects, San Francisco's `Granted` amounts (ignored).
    const providers: Cell[][] = [
      ["Partner", "Sector", "Status", "Granted"],
      ["Northside Training Center", "Private non-profit", "Approved", 4300],
      ["Lone Star Truck School", "Private for-profit", "Approved", 6000],
      ["County Community College", "Public sector", "Active", 2100],
      ["Harbour Community Group", "Community Group", "Active", 1000],
      ["Valley College", "Third level college", "Active", 1500],
    ];
    const issues = check(providers);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(
      issues.filter((i) => i.rule.startsWith("spelling.")).map((i) => [i.value, i.message.split(" — ")[1]]),
    ).toEqual(
      [
        ["Private non-profit", "Nonprofit"],
        ["Approved", "Agreed"],
        ["Private for-profit", "Business"],
        ["Public sector", "Government"],
        ["Community Group", "Community-based"],
        ["Third level college", "Academic"],
        // Words read as another listed word: a reading to confirm, not a spelling to correct.
      ].map(([value, listed]) => [
        value,
        `read as "${listed}": use the listed spelling "${listed}", or another value from the list if it means something else.`,
      ]),
    );
    expect(summarizePartners(providers).total.committed).toBe(14900);
  });
});

describe("inventories", () => {
  it("are Assets: a fleet keyed by its numbers, a surplus list by its items, a German inventory with decimal commas", () => {
    // Helpers' rounds (real: Seattle's fleet, the US military-surplus lists, a German inventory, invented
    // values): each hinted as Partners ("name a Partner column"), and `2,5` under Anzahl an error.
    const fleet: Cell[][] = [
      ["EquipID", "License#", "Make", "Dept", "InServiceCost"],
      [41001, "C12345", "Ford", "SPU", 35000],
      [41002, "C12346", "Toyota", "SDOT", 28000.5],
    ];
    const surplus: Cell[][] = [
      ["State", "Station Name (LEA)", "Item Name", "Quantity", "UI", "Acquisition Value"],
      ["WY", "County Sheriff", "RIFLE,5.56 MILLIMETER", 1, "Each", 499],
      ["WY", "County Sheriff", "TRUCK,UTILITY", 1, "Each", 65070],
    ];
    const inventar: Cell[][] = [
      ["Inventarnummer", "Bezeichnung", "Anzahl", "Einheit", "Anschaffungswert"],
      ["INV-001", "Laptop", "3", "Stück", "1.136,17"],
      ["INV-002", "Kabel", "2,5", "m", "12,50"],
    ];
    const mapped = (m: Cell[][]) =>
      Object.fromEntries(mapHeaders(m).columns.map((c) => [c.header, `${mapHeaders(m).tab}.${c.id}`]));
    expect(mapped(fleet)).toEqual({
      EquipID: "Assets.asset",
      Dept: "Assets.heldBy",
      InServiceCost: "Assets.estimatedValue",
    });
    expect(mapped(surplus)).toEqual({
      "Item Name": "Assets.asset",
      Quantity: "Assets.available",
      UI: "Assets.unit",
      "Acquisition Value": "Assets.estimatedValue",
    });
    expect(mapped(inventar)).toEqual({
      Bezeichnung: "Assets.asset",
      Anzahl: "Assets.available",
      Einheit: "Assets.unit",
      Anschaffungswert: "Assets.estimatedValue",
    });
    expect(check(inventar, "Assets").filter((i) => i.severity === "error")).toEqual([]);
    // One item a row, many alike: no "the same entry made twice?" (302 of 398 rows on a real list);
    // two lines alike of several items each still are.
    const rifles: Cell[][] = [...surplus, surplus[1], surplus[1]];
    expect(check(rifles, "Assets").filter((i) => i.rule === "sameRow.asset")).toEqual([]);
    const crates: Cell[][] = [
      surplus[0],
      ["WY", "County Sheriff", "CRATE", 5, "Each", 100],
      ["WY", "County Sheriff", "CRATE", 5, "Each", 100],
    ];
    expect(check(crates, "Assets").map((i) => i.rule)).toContain("sameRow.asset");
  });
});

describe("1 January 1900, a system's no date", () => {
  it("is a placeholder: a required date holding it is said missing", () => {
    // A helper's round (real: Melbourne's urban forest, `1/01/1900` on 4,037 of 5,000 trees): read as
    // a real date, it passed every check.
    const kpis: Cell[][] = [
      ["Initiative ID", "Initiative", "Problem statement", "Benchmark metric", "Baseline", "Target", "Target date"],
      ["K-1", "Canopy", "Canopy cover is falling in the west", "Canopy %", 20, 30, "1/01/1900"],
      ["K-2", "Shade", "Too few shaded streets in the north", "Shaded km", 5, 9, 1],
      ["K-3", "Trees", "Street trees are dying young", "Trees planted", 100, 500, "2030-06-30"],
    ];
    const issues = check(kpis, "Foundation").filter((i) => i.column === "Target date");
    expect(issues.map((i) => [i.rule, i.rows, i.message])).toEqual([
      [
        "required.targetDate",
        2,
        'Target date holds a placeholder (such as "1/01/1900") instead of a value in 2 rows (2, 3) — every row needs one.',
      ],
    ]);
  });
});

describe("a measure with no figure yet", () => {
  it("No Data and No Goal are no values: no type error on each row", () => {
    // Real: Austin's performance measures, `No Data` in CFY_ACTUAL on 1,529 rows, each "expected a number".
    const measures: Cell[][] = [
      ["Initiative ID", "Initiative", "Benchmark metric", "Baseline", "Target", "Current value"],
      ["M-1", "Permits", "Days to issue", 30, 20, "No Data"],
      ["M-2", "Parks", "Acres maintained", 100, "No Goal", "no data"],
    ];
    const issues = check(measures, "Foundation");
    expect(issues.filter((i) => i.rule.startsWith("type."))).toEqual([]);
    expect(issues.filter((i) => i.rule === "required.target").map((i) => i.row)).toEqual([3]);
  });
});

describe("amounts headed in another language, naming no currency", () => {
  it("are shown without a sign, in messages and in the summary — never as dollars", () => {
    // Real: Toulouse Métropole's subsidies (`montant`), $88,789,356.48 for euros.
    const grants: Cell[][] = [
      ["nomBeneficiaire", "montant"],
      ["ASSOCIATION LES JARDINS", 12500],
      ["THEATRE DU PONT NEUF", -300],
    ];
    expect(check(grants).map((i) => i.message)).toEqual(["montant is -300 — expected 0 or more."]);
    const s = summarizePartners(grants, null);
    expect([s.currency, s.currencyAssumed, s.headedAbroad]).toEqual([
      "",
      true,
      { header: "montant", column: "Committed" },
    ]);
    // A header naming the currency, or a sign on the amounts, says it as before.
    const euros = summarizePartners([["nomBeneficiaire", "montant (€)"], ...grants.slice(1)], null);
    expect([euros.currency, euros.headedAbroad]).toEqual(["EUR", undefined]);
    expect(check([["Grantee", "Amount"], ...grants.slice(1)]).map((i) => i.message)).toEqual([
      "Amount is -$300 — expected $0 or more.",
    ]);
    // Text where an amount goes, in a column written as Europe writes them: no dollars asked for
    // (a helper's round, real: Austria's press subsidies, `abgelehnt` under `Förderbetrag`).
    const refused = check([
      ["Fördernehmer", "Förderbetrag"],
      ["Zeitung A", "190.718,20"],
      ["Zeitung B", "abgelehnt"],
    ]);
    expect(refused.map((i) => i.message)).toEqual(['Förderbetrag is "abgelehnt" — expected an amount, like 1200.']);
  });
});

describe("a capital plan's status words", () => {
  it("are read as the listed status, one warning per word, not an error per row", () => {
    // Real: UVA's capital plan (`Under Construction` 33 rows), NC's strategic plan (`Not Started` 86).
    const plan: Cell[][] = [
      ["Initiative ID", "Initiative", "Status"],
      ["P-1", "New library", "Under Construction"],
      ["P-2", "Stadium roof", "Under Construction"],
      ["P-3", "Data center", "In Planning/Design"],
      ["P-4", "Dorm renewal", "Not Started"],
      ["P-5", "Parking", "Planned"],
    ];
    const status = check(plan, "Foundation").filter((i) => i.column === "Status");
    expect(status.map((i) => [i.rule, i.severity, i.message])).toEqual([
      ["spelling.status", "warning", expect.stringMatching(/"Under Construction".*"Active"/)],
      ["spelling.status", "warning", expect.stringMatching(/"In Planning\/Design".*"Defining"/)],
      ["spelling.status", "warning", expect.stringMatching(/"Not Started".*"Ready"/)],
      ["spelling.status", "warning", expect.stringMatching(/"Planned".*"Ready"/)],
    ]);
  });

  it("read a project's planned finish as the Target date; its health (At Risk) is no spelling of a status", () => {
    // A helper's round (real: a water utility's project portfolio, invented values): "There is no Target
    // date column" beside `TargetEndDate`. A health word stays a value not in the list: read as Active
    // and "fixed" to it, a project's risk would be overwritten (a reviewer's remark).
    const portfolio: Cell[][] = [
      ["ProjectID", "ProjectName", "PctComplete", "Status", "TargetEndDate"],
      ["CIP-9001", "Main Street Water Main", 30, "Active", "2030-09-30"],
      ["CIP-9002", "North Pump Station Rebuild", 85, "At Risk", "2030-12-31"],
    ];
    const issues = check(portfolio, "Foundation");
    expect(issues.filter((i) => i.column === "Status").map((i) => i.rule)).toEqual(["list.status"]);
    expect(issues.map((i) => i.message)).not.toContainEqual(expect.stringContaining("no Target date column"));
  });

  it("read Treasury's CARES Act project words and its Project Identification Number", () => {
    // A helper's round (real: Rhode Island's CRF project lists, invented values): each status an error,
    // and "There is no Initiative ID column" beside `Project Identification Number`.
    const projects: Cell[][] = [
      ["Project Name", "Project Identification Number", "Status"],
      ["Medical Supplies", 901, "Fully Completed"],
      ["Rent Relief", 902, "Completed 50% or more"],
      ["Food Boxes", 903, "Less than 50% completed"],
    ];
    const issues = check(projects, "Foundation");
    expect(issues.filter((i) => i.column === "Status").map((i) => [i.severity, i.message])).toEqual([
      ["warning", expect.stringMatching(/"Fully Completed".*"Completed"/)],
      ["warning", expect.stringMatching(/"Completed 50% or more".*"Active"/)],
      ["warning", expect.stringMatching(/"Less than 50% completed".*"Active"/)],
    ]);
    expect(issues.map((i) => i.message)).not.toContainEqual(expect.stringContaining("no Initiative ID column"));
  });
});

describe("a value nobody gave", () => {
  it("UNSPECIFIED and its kin in other languages are placeholders: no list error, no group of their own", () => {
    // Real: South Africa's lottery grants, `UNSPECIFIED` as the sector of all 1,449 rows.
    const grants: Cell[][] = [
      ["Name", "Sector", "Amount"],
      ["Harbour Light Youth Trust", "UNSPECIFIED", 400000],
      ["Greenfields Community Care NPC", "Nonprofit", 450000],
      ["Blue Crane Primary School", "sin dato", 300000],
      ["Comité des fêtes", "Non renseigné", 1000],
    ];
    expect(check(grants).filter((i) => i.rule.startsWith("list."))).toEqual([]);
    const s = summarizePartners(grants, "Sector");
    expect(s.rows.map((g) => [g.group, g.partners])).toEqual([
      ["(blank)", 3],
      ["Nonprofit", 1],
    ]);
  });
});

describe("an amount column negative on every row", () => {
  it("is one error for the column (kept as credits?), not one a row; a few negatives among positives are each said", () => {
    // A helper's round (real): a federal account ledger keeping its outlays as credits: 262 errors,
    // one a row, and a Received of −$1.6T.
    const credits: Cell[][] = [["Partner", "Committed", "Received"]];
    for (let i = 0; i < 6; i++) credits.push([`Agency ${i}`, 1000, -(i + 1) * 100]);
    credits.push(["Agency 6", 1000, 0]);
    const issues = check(credits).filter((i) => i.rule === "min.received");
    expect(issues.map((i) => [i.row, i.rows, i.message])).toEqual([
      [
        2,
        6,
        "Received is negative on every one of its 6 rows with a figure (such as -$100 on row 2): kept as credits? " +
          "Enter them as positive amounts, or check the source.",
      ],
    ]);
    const mixed: Cell[][] = [["Partner", "Committed"]];
    for (let i = 0; i < 6; i++) mixed.push([`Agency ${i}`, i === 2 ? -50 : 100]);
    expect(check(mixed).filter((i) => i.rule === "min.committed")).toHaveLength(1);
  });
});

describe("an asset's kind said more closely", () => {
  it("is read as the category its last word names, one warning each; a status's last word is no status", () => {
    // A helper's round (real): a South African capital budget's asset classes, each an error.
    const assets: Cell[][] = [
      ["Asset", "Category", "Status"],
      ["Example Street", "Roads Infrastructure", ""],
      ["Depot laptops", "Computer Equipment", ""],
      ["Harbour site", "Land", ""],
    ];
    const issues = check(assets, "Assets");
    expect(issues.filter((i) => i.column === "Category").map((i) => [i.rule, i.value])).toEqual([
      ["spelling.category", "Roads Infrastructure"],
      ["spelling.category", "Computer Equipment"],
    ]);
    const partners = check([
      ["Partner", "Status"],
      ["Food Bank", "Not Active"],
    ]);
    expect(partners.map((i) => i.rule)).toContain("list.status");
  });
});

describe("a vacant seat and a contact kept back", () => {
  it("VAKANT and its kin are no person, and `Not published` is no malformed email", () => {
    // Real (corpus round 10j): Sweden's foundation boards, `VAKANT` on 17 rows of 13 boards ("two
    // people of one name?"); Ireland's lobbying register, `Not published` in its Email column.
    const boards: Cell[][] = [
      ["Name", "Organization", "Email"],
      ["Eva Lund", "Stiftelsen Alfa", "eva@example.se"],
      ["VAKANT", "Stiftelsen Alfa", ""],
      ["Vakant", "Stiftelsen Beta", ""],
      ["Vacante", "Fundación Gamma", ""],
      ["Per Holm", "Stiftelsen Delta", "Not published"],
      // As organograms write a post without its holder (a helper's round: an NHS organogram's).
      ["Vacant post", "Stiftelsen Epsilon", ""],
      ["POST VACANT", "Stiftelsen Zeta", ""],
    ];
    boards.push(["N/A", "Stiftelsen Eta", ""]);
    const issues = check(boards, "Leadership");
    // Not "two people of one name", and no value missing: one warning for the column's vacant seats
    // naming its rows (a helper's round, real: DC's neighbourhood commissions, 15 of 345 seats
    // vacant, each "every row needs one", the correct roster exit 1). A placeholder is still an error.
    expect(issues.map((i) => [i.rule, i.severity, i.rowNumbers ?? [i.row]])).toEqual([
      ["vacant.name", "warning", [3, 4, 5, 7, 8]],
      ["required.name", "error", [9]],
    ]);
    expect(issues[0].message).toMatch(/^Name is "VAKANT" in 5 rows \(3, 4, 5, 7, 8\): seats without a holder/);
  });

  it("is a seat without a holder however it is written: in brackets, in French, recruiting, to be appointed", () => {
    // A helper's round: each of these passed as a person's name.
    const staff: Cell[][] = [
      ["Name", "Job Titles", "Department"],
      ["(vacant)", "Deputy Commissioner", "Planning"],
      ["Vacant - recruiting", "Commissioner", "Planning"],
      ["Poste vacant", "Director", "Culture"],
      ["To be appointed", "Chief of Staff", "Mayor's Office"],
      ["Vaccaro Smith", "Budget Analyst", "Budget"],
      // A seat no one stood for (a helper's round, real: DC's neighbourhood commissions, "two people of one name?").
      ["No candidate", "Commissioner 1A01", "ANC 1A"],
      ["No candidate", "Commissioner 1A02", "ANC 1A"],
    ];
    const issues = check(staff, "Leadership");
    expect(issues.map((i) => [i.rule, i.rowNumbers ?? [i.row]])).toEqual([["vacant.name", [2, 3, 4, 5, 7, 8]]]);
  });
});

describe("a dropdown's prompt left in a template's unused rows", () => {
  // Real: a Towns Fund return's project table, rows under the projects holding only "< Select >"
  // (and a formula's ""): before, 15 × "Project Name is empty" and their prompts copied as statuses.
  const template: Cell[][] = [
    ["Partner", "Status", "Agreement signed"],
    ["Angel Place", "Active", "Yes"],
    ["", "< Select >", "< Select >"],
    ["", "Please select an option", "-- Select --"],
  ];

  it("is a placeholder: a row of nothing else is as good as blank, and a prompt in a row is empty", () => {
    expect(check(template)).toEqual([]);
    const half = [...template.slice(0, 2), ["Harbor Trust", "Please select", "Yes"]];
    expect(byRule(check(half))).toEqual([]); // Status is optional: a prompt there is no value, not a wrong one
  });
});

describe("list values in the users' own words", () => {
  const sheet: Cell[][] = [
    ["Partner", "Org type", "Status"],
    ["A", "NGO", "Complete"],
    ["B", "Foundation", "Complete"],
    ["C", "University", "In progress"],
    ["D", "County", "Complete"],
    ["E", "Corporate", "On hold"],
    ["F", "International NGO", "Active"], // real: a humanitarian partner directory's 112 rows
    ["G", "Combined Authority", "Active"], // real: a UK organisations list (councils, combined authorities)
    ["H", "Council", "Active"],
  ];

  it("read as the listed value, one warning per distinct value and column with its rows", () => {
    const issues = check(sheet);
    expect(issues.every((i) => i.severity === "warning" && i.rule.startsWith("spelling."))).toBe(true);
    const messages = issues.map((i) => i.message);
    expect(messages).toContain('Status is "Complete" in 3 rows (2, 3, 5) — use the listed spelling "Completed".');
    expect(issues.find((i) => i.value === "Complete")?.rows).toBe(3);
    expect(messages).toContain(
      'Org type is "NGO" — read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "Foundation" — read as "Philanthropy": use the listed spelling "Philanthropy", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "University" — read as "Academic": use the listed spelling "Academic", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "County" — read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Status is "On hold" — read as "Paused": use the listed spelling "Paused", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "International NGO" — read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "Combined Authority" — read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
    );
    expect(messages).toContain(
      'Org type is "Council" — read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
    );
    expect(issues).toHaveLength(11); // 8 sector words + Complete, In progress, On hold
  });

  it("reads a humanities funder's grantee types as sectors", () => {
    // Real: NEH's grants by OrganizationType: 105 "not in the list" errors nobody could act on.
    const neh: Cell[][] = [
      ["Partner", "Org type"],
      ["A", "Four-Year College"],
      ["B", "Two-Year College"],
      ["C", "Philanthropic Foundation"],
      ["D", "State/Local/Federal Government"],
      ["E", "Community-Level Organization"],
      ["F", "Center For Advanced Study/Research Institute"],
    ];
    const issues = check(neh);
    expect(issues.map((i) => `${i.severity} ${i.value} → ${i.message.split('"').slice(-2, -1)[0]}`)).toEqual([
      "warning Four-Year College → Academic",
      "warning Two-Year College → Academic",
      "warning Philanthropic Foundation → Philanthropy",
      "warning State/Local/Federal Government → Government",
      "warning Community-Level Organization → Community-based",
      "warning Center For Advanced Study/Research Institute → Academic",
    ]);
  });

  it("4,000 rows of one word are one warning, not 4,000", () => {
    const many: Cell[][] = [["Partner", "Status"]];
    for (let i = 0; i < 4000; i++) many.push([`Partner ${i}`, "Complete"]);
    const issues = check(many);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^Status is "Complete" in 4,000 rows \(2, 3, 4, 5, 6, 7, 8, 9 … and 3992 more\)/);
  });
});

describe("dates as people write them", () => {
  it("reads a time part, named months and dotted dates without a word", () => {
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["A", "06/30/2017 12:00:00 AM", "1-Mar-2024"],
      ["B", "Mar 1, 2024", "2024-03-01T00:00:00"],
      ["C", "07/15/2017 12:00:00 AM", "30.06.2025"],
    ];
    expect(check(sheet)).toEqual([]);
  });

  it("decides day-first per column from a value that can only be day-first", () => {
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["A", "01/03/2024", "25/03/2024"],
      ["B", "02/03/2024", "01/04/2024"],
    ];
    // End date is day-first (25/03), so 01/04/2024 is April 1st: after Start date either way.
    expect(check(sheet).filter((i) => i.column === "End date")).toEqual([]);
    // Start date has no value that says which: the sheet's other dates do (one author, one order), so
    // it is read day first too, with one warning for the column.
    const start = check(sheet).filter((i) => i.column === "Start date");
    expect(byRule(start)).toEqual([[2, "dateReading.startDate", "warning"]]);
    expect(start[0].message).toBe(
      'Start date: every date like "01/03/2024" could be day-first or month-first — read day first, as the ' +
        "sheet's other dates are (2024-03-01); write dates like 2024-03-01 to be sure.",
    );
    // Nothing on the sheet says: month first (SPEC), one warning.
    const alone = check(sheet.map((row) => row.slice(0, 2)));
    expect(alone.map((i) => i.message)).toEqual([expect.stringMatching(/read month first \(2024-01-03\)/)]);
  });

  it("reads dotted dates day first, as they are written wherever they are", () => {
    // Real (corpus round 7b, invented values): European grants' `01.03.2024` read as 3 January.
    const sheet: Cell[][] = [
      ["Partner", "Start date"],
      ["A", "01.03.2024"],
      ["B", "05.02.2024"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual([
      'Start date: every date like "01.03.2024" could be day-first or month-first — read day first, as dates ' +
        "with dots are written (2024-03-01); write dates like 2024-03-01 to be sure.",
    ]);
    // A column whose dotted dates can only be month first (`03.25.2024`) is read so.
    expect(check([...sheet, ["C", "03.25.2024"]])).toEqual([]);
  });

  it("an impossible date says the order its column is read in, and Excel's day 0 is named as such", () => {
    // Real (a Brazilian ledger, invented values): day-first dates, one `31/02/…` and Excel's empty date
    // `00/01/1900` were told "dates are read month first" and "does not exist on the calendar".
    const sheet: Cell[][] = [
      ["Partner", "Start date"],
      ["A", "30/06/2015"],
      ["B", "31/02/2027"],
      ["C", "00/01/1900"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual([
      'Start date is "31/02/2027" — that day does not exist on the calendar (this column\'s dates are day ' +
        "first, like 1/3/2024 for March 1).",
      'Start date is "00/01/1900" — that is Excel\'s day 0 (an empty date cell shown as a date): leave the ' +
        "cell blank, or type the date.",
    ]);
    // Excel's day 0 as a month-first locale shows it, on every row: named so, and no order is guessed from
    // it (a helper's round, real: a state's awards, `1/0/1900` on 363 rows, "read month first (0NaN-…)").
    expect(
      check([
        ["Partner", "Start date"],
        ["A", "1/0/1900"],
        ["B", "1/0/1900"],
      ]).map((i) => i.message),
    ).toEqual([
      'Start date is "1/0/1900" in 2 rows (2, 3) — that is Excel\'s day 0 (an empty date cell shown as a date): ' +
        "leave the cell blank, or type the date.",
    ]);
    // A month-first column says so, as before.
    expect(
      check([
        ["Partner", "Start date"],
        ["A", "12/31/2024"],
        ["B", "2/30/2024"],
      ])[0].message,
    ).toMatch(/\(dates are read month first, like 3\/1\/2024 for March 1\)/);
  });

  it("an End date written Ongoing is no date yet, not an error; other words still are", () => {
    // Real: a council ledger's End date column says `Ongoing` where a grant has no end.
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["A", "2024-01-01", "Ongoing"],
      ["B", "2024-01-01", " on-going "],
      ["C", "2024-01-01", "Open-ended"],
      ["D", "Ongoing", "2025-01-01"], // a start that is not a date is still one to fix
      ["E", "2024-01-01", "soon"],
    ];
    expect(check(sheet).map((i) => [i.row, i.rule])).toEqual([
      [5, "type.startDate"],
      [6, "type.endDate"],
    ]);
  });

  it("an agreement that runs until ended (unlimited, auto renew) has no End date to fix; its signing is its start", () => {
    // A helper's round (real): a university's MOU register, `unlimited` and `auto renew` under EXPIRY on
    // 471 rows each an error, and an expiry the day before its SIGNING unsaid.
    const sheet: Cell[][] = [
      ["Organization", "SIGNING", "EXPIRY"],
      ["Fjord University", "12-Mar-2001", "unlimited"],
      ["Lake Institute", "1-Jun-2015", "auto renew"],
      ["River College", "15-Aug-2018", "14-Aug-2018"],
      ["Treasury funds", "1-Jan-2021", "Available Until Expended"],
    ];
    expect(check(sheet).map((i) => [i.row, i.rule])).toEqual([[4, "partners.endBeforeStart"]]);
  });

  it("a day-first date says a user's sheet is no dollars', never the tracker's own table", () => {
    // The review of a helper's round: one mistyped Start date (26/09/2017) took the $ off every
    // amount message on the tracker's own table, which is in dollars by design.
    const rows: Cell[][] = [
      ["Partner", "Committed", "Received", "Start date"],
      ["Harbor Trust", 1000, 5000, "26/09/2017"],
    ];
    const said = (trackerTable: boolean) =>
      validateRange(rows, "Partners", { today: TODAY, trackerTable }).issues.find(
        (i) => i.rule === "partners.receivedOverCommitted",
      )?.message;
    expect(said(true)).toBe("Received ($5,000) is more than Committed ($1,000) — check both amounts.");
    expect(said(false)).toBe("Received (5,000) is more than Committed (1,000) — check both amounts.");
  });

  it("a key on most rows again is lines per key (a budget's accounts per programme): said once, not a line each", () => {
    // A helper's round (real): Oklahoma City's budget detail read as Foundation by ProgramID and
    // ProgramName, 4,128 "already on row N — list each one once" errors, one per account line.
    const budget: Cell[][] = [["ProgramID", "ProgramName", "Account", "FY2016 Budget"]];
    for (let p = 0; p < 10; p++)
      for (let a = 0; a < 4; a++) budget.push([`01${p}`, `Programme ${p}`, `5101000${a}`, 1000]);
    const issues = check(budget, "Foundation").filter((i) => i.rule === "unique.initiativeId");
    expect(issues.map((i) => [i.row, i.rows, i.message])).toEqual([
      [
        3,
        30,
        "ProgramID repeats on 40 of 40 rows (10 values on several rows each): Foundation lists each one once — are " +
          "these lines per ProgramID (a budget's accounts, say) rather than one row each? Keep one row each here, or " +
          "map the sheet to another tab.",
      ],
    ]);
    // The tracker's own Foundation table: each repeat an error on its row (SPEC), however many.
    const own = validateRange(budget, "Foundation", { today: TODAY, trackerTable: true }).issues.filter(
      (i) => i.rule === "unique.initiativeId",
    );
    expect(own).toHaveLength(30);
    // A few repeats among many initiatives are each said on their row, as before.
    const few: Cell[][] = [
      ["Initiative ID", "Initiative"],
      ["A-1", "Parks"],
      ["A-1", "Parks again"],
      ["B-2", "Food"],
    ];
    expect(
      check(few, "Foundation")
        .filter((i) => i.rule === "unique.initiativeId")
        .map((i) => i.message),
    ).toEqual(['Initiative ID "A-1" is already on row 2 — list each one once.']);
  });

  it("a month alone is a date with one warning that the day is missing", () => {
    const sheet: Cell[][] = [
      ["Partner", "Start date"],
      ["A", "October 2024"],
      ["B", "Nov 2024"],
      ["C", "2024-12-01"],
    ];
    const issues = check(sheet);
    expect(byRule(issues)).toEqual([[2, "dateReading.startDate", "warning"]]);
    expect(issues[0].message).toBe(
      'Start date is "October 2024" and 1 more month(s) without a day — read as the 1st of the month; add the day.',
    );
  });

  it("`Mar 18` among `Mar-18` months is March 2018; alone, the two readings are named", () => {
    // A helper's round (real: Sutton's contracts): "Mar 18" an error three times beside "Mar-18" read as a month.
    const sheet: Cell[][] = [
      ["Partner", "Start date"],
      ["A", "Jul-16"],
      ["B", "Aug 17"],
      ["C", "Mar 18"],
      ["D", "Mar-18"],
    ];
    const issues = check(sheet);
    expect(byRule(issues)).toEqual([[2, "dateReading.startDate", "warning"]]);
    expect(issues[0].message).toMatch(/"Jul-16" and 3 more month\(s\) without a day/);
    // Nor where its two digits are no year of the column's: `Jun 30` among `Dec-27`s is a day (a
    // reviewer's repro: read as June 1930, "the target date has passed").
    for (const cell of ["Jun 30", "Jun 28"]) {
      const day = check([sheet[0], ["A", "Dec-27"], ["B", cell], ["C", "Sep-27"]]);
      expect(day.map((i) => i.message)).toContainEqual(
        expect.stringMatching(new RegExp(`^Start date is "${cell}" — that could be`)),
      );
    }
    // With no `Mar-18` in the column, it is not guessed.
    const alone = check([sheet[0], ["A", "2024-01-05"], ["C", "Mar 18"]]);
    expect(alone.map((i) => i.message)).toEqual([
      'Start date is "Mar 18" — that could be 18 Mar (no year) or Mar 2018: write it as Mar-2018, or the day with its year.',
    ]);
  });

  it("a quarter (2027-Q2, Q3 2026) is a date, its first day, with one warning for the column", () => {
    // Real: a capital pipeline's completion quarters were 25 of its 31 problems, one per quarter.
    const sheet: Cell[][] = [
      ["Partner", "Start date"],
      ["A", "2027-Q2"],
      ["B", "Q3 2026"],
      ["C", "2026 q4"],
      ["D", "2027-Q5"], // no such quarter
    ];
    const issues = check(sheet);
    expect(byRule(issues)).toEqual([
      [2, "dateReading.startDate", "warning"],
      [5, "type.startDate", "error"],
    ]);
    expect(issues[0].message).toBe(
      'Start date is "2027-Q2" and 2 more quarter(s) without a day — read as the quarter\'s first day; add the date.',
    );
  });

  it("a half-year (H1 2025, 1º semestre 2025, 2. Halbjahr 2025) is a date, with one warning for the column", () => {
    // Real (a helper's round, invented values): a Basque action plan's `1º semestre 2025` end dates
    // were 20 type errors of its 22 actions, where quarters (`Q3 2026`) were read.
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["A", "H1 2025", "1º semestre 2025"],
      ["B", "2025-H2", "2.º semestre de 2025"],
      ["C", "primer semestre 2026", "2. Halbjahr 2026"],
      ["D", "S1 2026", "second half 2026"],
      ["E", "H3 2025", "3º semestre 2025"], // no such half-year
    ];
    const issues = check(sheet);
    expect(byRule(issues)).toEqual([
      [2, "dateReading.startDate", "warning"],
      [2, "dateReading.endDate", "warning"],
      [6, "type.startDate", "error"],
      [6, "type.endDate", "error"],
    ]);
    expect(issues[0].message).toBe(
      'Start date is "H1 2025" and 3 more half-year(s) without a day — read as the half-year\'s first day; add the date.',
    );
    // An End date's half-year runs to its last day: no "End date before Start date" for H2 ending 2025-12-31.
    expect(issues[1].message).toMatch(/read as the half-year's last day/);
  });

  it("a year alone (a KPI table's target year) is that year, not a serial in 1905, with one warning", () => {
    // Real: a city's measures table with Target date 2030 read "Target date 1905-07-22 has passed".
    const sheet: Cell[][] = [
      ["Initiative ID", "Initiative", "Target date", "Status"],
      ["KPI-1", "Street repairs", 2030, "Active"],
      ["KPI-2", "Response times", "2028", "Active"],
      ["KPI-3", "Tree canopy", 2025, "Active"], // the year is over: that is worth a warning
      ["KPI-4", "Housing starts", 46387, "Active"], // 2027-01-01 as Excel stores it
    ];
    const issues = validateRange(sheet, "Foundation", { today: TODAY }).issues.filter((i) =>
      /targetDate|dateReading|pastTarget|type\./i.test(i.rule),
    );
    expect(issues.map((i) => [i.row, i.rule, i.message])).toEqual([
      [
        2,
        "dateReading.targetDate",
        // A target "by 2030" is met on its last day (ColumnSpec.endOfPeriod).
        'Target date is "2030" and 2 more year(s) without a month or day — read as 31 December of that year; add the date.',
      ],
      [4, expect.stringMatching(/^foundation\./), expect.stringMatching(/^Target date 2025-12-31 has passed/)],
    ]);
  });

  it("an End date without its day runs to the end of its month or quarter, not its first day", () => {
    // Real (corpus round 7b, invented values): a grant from 15 March 2024 that ends `March 2024` was
    // "End date 2024-03-01 is before Start date 2024-03-15"; `Q2 2025` after 10 May 2025 likewise.
    const sheet: Cell[][] = [
      ["Partner", "Start date", "End date"],
      ["Alder Trust", "15 March 2024", "March 2024"],
      ["Birch Fund", "2025-05-10", "Q2 2025"],
      ["Cedar Works", "2025-05-10", "April 2025"], // before its start whichever day of April
    ];
    const issues = check(sheet).filter((i) => /endDate|endBeforeStart/i.test(i.rule));
    expect(issues.map((i) => [i.row, i.rule])).toEqual([
      [2, "dateReading.endDate"],
      [3, "dateReading.endDate"],
      [4, "partners.endBeforeStart"],
    ]);
    expect(issues[0].message).toBe(
      'End date is "March 2024" and 1 more month(s) without a day — read as the last day of the month; add the day.',
    );
    expect(issues[2].message).toMatch(/^End date 2025-04-30 is before Start date 2025-05-10/);
  });
});

describe("amounts as people write them", () => {
  it("reads 0,775 as a decimal: no thousands are grouped after a 0", () => {
    // Real (a helper's round, invented values): a Bulgarian state-aid list's millions paid, `0,775`
    // summed as 775 and "Received ($775) is more than Committed (12.50)".
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Agency A", 0.6, "0,002"],
      ["Agency B", 12.5, "0,775"],
      ["Agency C", 4.1, 0.09],
    ];
    expect(check(sheet)).toEqual([]);
    expect(summarizePartners(sheet).total.received).toBeCloseTo(0.002 + 0.775 + 0.09, 9);
    // Alone in its column, `1,500` is still US thousands.
    expect(summarizePartners([sheet[0], ["Agency D", 3000, "1,500"]]).total.received).toBe(1500);
  });

  it("reads $1,200, (1,200), USD 250,000, $1.2M and 25k", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["A", "USD 250,000", "$1.2K"],
      ["B", "$1.2M", "25k"],
      ["C", "1,200.50", "(1,200)"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual(["Received is -$1,200 — expected $0 or more."]);
  });

  it("says pounds in pounds, never $", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["A", "£1,000", "£1,500"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual([
      "Received (£1,500) is more than Committed (£1,000) — check both amounts.",
    ]);
  });

  it("a column that mixes currencies is one error", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "£1,000"],
      ["B", "$2,000"],
      ["C", "€3,000"],
      ["D", "$4,000"],
    ];
    const issues = check(sheet);
    expect(byRule(issues)).toEqual([[3, "currency.committed", "error"]]);
    expect(issues[0].message).toBe(
      'Committed mixes currencies: GBP from row 2, and "$2,000" here — convert them to one currency so they can be added up.',
    );
  });
});

describe("a code where an amount or a date goes (a capital register's DOER, PNS)", () => {
  it("is one error per distinct value and column, giving its rows — not one line per cell", () => {
    const sheet: Cell[][] = [["Partner", "Committed", "Start date"]];
    for (let i = 0; i < 30; i++) sheet.push([`Project ${i}`, i % 3 === 0 ? 1000 : "DOER", i % 2 ? "PNS" : 45658]);
    const issues = check(sheet);
    expect(issues.map((i) => [i.rule, i.value, i.rows])).toEqual([
      ["type.committed", "DOER", 20],
      ["type.startDate", "PNS", 15],
    ]);
    expect(issues[0].message).toBe(
      'Committed is "DOER" in 20 rows (3, 4, 6, 7, 9, 10, 12, 13 … and 12 more) — expected an amount in dollars, like ' +
        "1200 or $1,200.",
    );
    expect(issues[0].rowNumbers).toHaveLength(20);
    // SUMMARY leaves them out of its sums, and says how many it left out (the CLI prints it).
    expect(summarizePartners(sheet)).toMatchObject({
      total: { committed: 10000 },
      unread: { committed: 20, received: 0 },
      receivedColumn: false,
    });
  });
});

describe("Excel error cells", () => {
  it('are reported as "cell holds #N/A" and otherwise read as empty', () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Start date", "Sector"],
      ["#N/A", "#REF!", "#VALUE!", "#DIV/0!"],
      ["#N/A", 100, 45000, "Business"],
    ];
    const issues = check(sheet);
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [2, "Partner", "errorCell.partner"],
      [2, "Committed", "errorCell.committed"],
      [2, "Start date", "errorCell.startDate"],
      [2, "Sector", "errorCell.sector"],
      [3, "Partner", "errorCell.partner"],
    ]);
    expect(issues[1].message).toBe("Committed: cell holds #REF! — read as empty; correct the formula or the value.");
  });
});

describe("SUMMARY and CONCENTRATION in the sheet's currency", () => {
  it("say the currency when it is not dollars", () => {
    const sheet: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["A", "Business", "£1,000"],
      ["B", "Business", "£3,000"],
    ];
    const s = summarizePartners(sheet);
    expect(s.currency).toBe("GBP");
    expect(summaryToSpill(s, "Committed", "Received")[0]).toEqual([
      "Sector",
      "Partners",
      "Committed (GBP)",
      "Received (GBP)",
    ]);
  });

  it("say no currency for amounts written as Europe writes them where nothing names one — never dollars", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "1 234,50"],
      ["B", 2000],
    ];
    const s = summarizePartners(sheet);
    expect([s.currency, s.total.committed]).toEqual(["", 3234.5]);
    expect(summaryToSpill(s, "Committed", "Received")[0]).toEqual(["Sector", "Partners", "Committed", "Received"]);
    // US-written amounts with no currency named stay the tracker's dollars.
    expect(summarizePartners([sheet[0], ["A", "1,234.50"]]).currency).toBe("USD");
  });

  it("read a euro column's unmarked cells as euros, and speak of euros from its first row", () => {
    // Real (corpus round 7b): a French city's grants, `980,00` beside `82 584,28 €` refused, and
    // "expected an amount in dollars" on the rows before the first € ("in EUR" after it).
    const sheet: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "à voir"],
      ["B", "12 350 000 €"],
      ["C", "980,00"],
      ["D", "1 500"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual([
      'Committed is "à voir" — expected an amount in EUR, like 1200 or €1,200.',
    ]);
    expect(summarizePartners(sheet).total.committed).toBe(12352480);
    // Without a euro anywhere, `980,00` is still refused: a US `98,000` typed short, or 980?
    expect(check([sheet[0], ["C", "980,00"]]).map((i) => i.rule)).toEqual(["type.committed"]);
    // Beside amounts written as Europe writes them, it is 980, whatever the currency (real: an Austrian
    // funding list, `28534,6` and `1.250,50`).
    const european: Cell[][] = [sheet[0], ["C", "980,00"], ["D", "1,5"], ["E", "1.250,50"], ["F", "28534,6"]];
    expect(check(european)).toEqual([]);
    expect(summarizePartners(european).total.committed).toBe(30766.6);
  });

  it("read a dot before three digits as thousands where the column is in euros or writes as Europe does", () => {
    // Real (left alone since the eighth session, invented values): `1.500` under `Committed (€)` added
    // up as one and a half euros, silently — a German CSV totalled €16 for €3,500.
    const euros: Cell[][] = [
      ["Partner", "Committed (€)"],
      ["Stadtwerk", "1.500"],
      ["Kita", "2.000"],
      ["Verein", "12.50"],
    ];
    expect(check(euros)).toEqual([]);
    expect(summarizePartners(euros).total.committed).toBe(3512.5);
    // No currency named, but the column writes `1.250,50`: its `1.500` is fifteen hundred too.
    const european: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "1.500"],
      ["B", "1.250,50"],
    ];
    expect(summarizePartners(european).total.committed).toBe(2750.5);
    // Where the column writes as Europe does, a lone comma before three digits is decimal too, as Excel
    // in Europe reads it (`1,500` beside `2,25`: was 1,500 beside 2.25, silently).
    const commas: Cell[][] = [
      ["Partner", "Committed (EUR)"],
      ["A", "1,500"],
      ["B", "2,25"],
      ["C", 750],
    ];
    expect(summarizePartners(commas).total.committed).toBe(753.75);
    // A euro register written with US commas stays as written (real: a Flemish town's register,
    // `81,499` and `9,999,999` under `Toegekend (EUR)`).
    const usCommas: Cell[][] = [
      ["Partner", "Committed (EUR)"],
      ["A", "81,499"],
      ["B", "1,234,567"],
      ["C", "8,613"],
    ];
    expect(summarizePartners(usCommas).total.committed).toBe(1324679);
    // A column of dollars, or of amounts that say nothing, keeps the decimal point: 1.5.
    expect(
      summarizePartners([
        ["Partner", "Committed ($)"],
        ["A", "1.500"],
      ]).total.committed,
    ).toBe(1.5);
    expect(
      summarizePartners([
        ["Partner", "Committed"],
        ["A", "1.500"],
        ["B", "2.25"],
      ]).total.committed,
    ).toBe(3.75);
    // Whole figures grouped by dots, two or more, and no decimal point in the column: thousands (a
    // helper's round: a Spanish list of grants, `12.500` summed as 12.5). Not in a column of millions.
    const grants: Cell[][] = [
      ["Beneficiario", "Importe"],
      ["Club Deportivo Alfa", "12.500"],
      ["Asociación Vecinal Beta", "3.000"],
      ["Peña Cultural Gamma", 250],
      ["Coro Delta", "1.800"],
    ];
    expect(summarizePartners(grants).total.committed).toBe(17550);
    // A dollar sign in the cells says the US: `$1.500` is a dollar and a half (a reviewer's repro).
    expect(
      summarizePartners([
        ["Partner", "Committed"],
        ["Alder", "$1.500"],
        ["Birch", "$1.500"],
        ["Cedar", "$250"],
        ["Dogwood", "$75"],
      ]).total.committed,
    ).toBe(328);
    const millions = grants.map((r, i) => (i === 0 ? ["Beneficiario", "Importe ($ millions)"] : r));
    expect(summarizePartners(millions).total.committed).toBeCloseTo((12.5 + 3 + 250 + 1.8) * 1e6);
  });

  it("give each year's figures when partners have rows in several years of a Year column", () => {
    // Real (corpus round 10i): a university's capital plans, each project once per yearly edition,
    // summed as $4,168.84M for a current plan of $1,988.25M, with no word of the years.
    const plans: Cell[][] = [
      ["Year", "Partner", "Committed"],
      [2025, "Student Housing", 155],
      [2025, "Heat Plant", 38],
      ["2026", "Student Housing", 170],
      ["2026", "Heat Plant", 38],
      ["2026", "Library", 12],
      ["n/a", "Stray Row", 1],
      // Nothing in either year: no plan restated (a helper's round, real: a university's grant list).
      [2025, "Forest Agreement", ""],
      [2026, "Forest Agreement", ""],
    ];
    const s = summarizePartners(plans);
    expect(s.total.committed).toBe(414);
    expect(s.years).toEqual({
      column: "Year",
      byYear: [
        { year: "2025", partners: 3, committed: 193 },
        { year: "2026", partners: 4, committed: 220 },
      ],
      inSeveral: 3,
      // Heat Plant's 38 in both; Student Housing's 155 then 170; Forest Agreement's nothing in either.
      lastTwo: { inBoth: 3, sameCommitted: 1 },
      // In the totals and in no year's figures: said, so the years are not taken for the whole.
      unplaced: { rows: 1, committed: 1, as: "n/a" },
    });
    // A stray mark typed before a year is that year (a helper's round, real: Oxford's community
    // grants, `` `2017/18 ``, £122,611 in no year's figures).
    const marked = summarizePartners([
      ["Award Year", "Partner", "Committed"],
      ["2016/17", "Elm Advice Centre", 7500],
      ["2017/18", "Elm Advice Centre", 7500],
      ["`2017/18", "Heath Lane Agency", 122611],
      ["'2016/17", "Heath Lane Agency", 10],
    ]);
    expect(marked.years?.byYear).toEqual([
      { year: "2016/17", partners: 2, committed: 7510 },
      { year: "2017/18", partners: 2, committed: 130111 },
    ]);
    expect(marked.years?.unplaced).toBeUndefined();
    // Headed in another language, and written as fiscal years.
    const fiscal = summarizePartners([
      ["Ejercicio", "Partner", "Committed"],
      ["FY2024-25", "Club A", 10],
      ["FY2025-26", "Club A", 20],
    ]);
    expect(fiscal.years?.byYear.map((y) => y.year)).toEqual(["FY2024-25", "FY2025-26"]);
    // A reporting period of years alone is each year's awards, not reports restating them (a helper's
    // round, real: FEMA's EMPG grants, "10 reports by reportingPeriod (2014-01-01 …)").
    const periods = summarizePartners([
      ["reportingPeriod", "Partner", "Committed"],
      [2021, "Lakeview County", 45000],
      [2022, "Lakeview County", 47000],
    ]);
    expect([periods.years?.reports, periods.years?.byYear.map((y) => y.year)]).toEqual([undefined, ["2021", "2022"]]);
    // And bilingual, its first language the tracker's (a helper's round: a foundation's grants, five
    // fiscal years under `Fiscal Year:Année fiscal`, summed with no word of them).
    const bilingual = summarizePartners([
      ["Organization name:Nom d'organisme", "Fiscal Year:Année fiscal", "Amount Awarded:Montant décerné"],
      ["Club A", "2015-2016", 10],
      ["Club A", "2016-2017", 20],
    ]);
    expect(bilingual.years?.column).toBe("Fiscal Year:Année fiscal");
    // A city's budget by department, eight years in one list (a helper's round: LA's, $102bn summed).
    const budget = summarizePartners([
      ["BUDGET FISCAL YEAR", "Partner", "Committed"],
      [2018, "Parks", 10],
      [2019, "Parks", 20],
    ]);
    expect(budget.years?.column).toBe("BUDGET FISCAL YEAR");
    // Nothing said when no partner is in two years (each year's new grantees), or with one year.
    expect(
      summarizePartners([
        ["Year", "Partner", "Committed"],
        [2024, "Club A", 10],
        [2025, "Club B", 20],
      ]).years,
    ).toBeUndefined();
    expect(
      summarizePartners([
        ["Year", "Partner", "Committed"],
        [2025, "Club A", 10],
        [2025, "Club A", 20],
      ]).years,
    ).toBeUndefined();
  });

  it("without a Committed column, name the columns that hold figures, for the user to map one", () => {
    // A helper's round (real): Arts Council England's portfolio, three `… Annual Funding` columns
    // ignored; the summary said only "no Committed column".
    const portfolio: Cell[][] = [
      [
        "Applicant Name",
        "Type of organisation\n(NPO/IPSO)",
        "2022/23 Annual Funding",
        "2023-26 Annual Funding",
        "Main Discipline",
        "Comments",
      ],
      ["Example Theatre Trust", "NPO", 210000, "£230,000", "Theatre", ""],
      ["Sample Music Ltd", "IPSO", 0, 95000, "Music", "New in 2023"],
    ];
    expect(() => summarizePartners(portfolio)).toThrow(
      "The range has no Committed column — include it with its header, or map it (the `mapping` argument). Its " +
        'figures are in "2022/23 Annual Funding", "2023-26 Annual Funding": map the one that is Committed.',
    );
    // A position, a code or a year is no amount to map (a helper's round, real: Atlanta's community
    // assets told their figures were in "Latitude", "Longitude").
    const assets: Cell[][] = [
      // (And a municipality's `municode`: a helper's round, real, summed as $33,161 when followed.)
      ["Organization", "Custodian code", "Latitude", "Longitude", "Year", "Notes", "municode"],
      ["Example Library", 3, 33.75, -84.39, 2019, "", 801],
      ["Sample Park Trust", 17, 33.76, -84.38, 2020, "", 902],
    ];
    expect(() => summarizePartners(assets)).toThrow(
      /^The range has no Committed column — include it with its header, or map it \(the `mapping` argument\)\. Its figures \("Custodian code", "Latitude", "Longitude" …\) are numbers, codes, counts or measures, not amounts: there is nothing to add up\.$/,
    );
    // Nor a head count or a size (a helper's round, real: Nashville's arts partners' "Students",
    // Toronto's gardens' "ESTIMATED_GARDEN_SIZE").
    const schools: Cell[][] = [
      ["School Name", "Students", "Organization Name", "Partner type", "ESTIMATED_GARDEN_SIZE"],
      ["Elm Elementary", 314, "Hilltop Children's Theatre", "Nonprofit", 640],
      ["Pine Middle Prep", 127, "Lakeside Performing Arts", "Nonprofit", 35.5],
    ];
    expect(() => summarizePartners(schools)).toThrow(NOTHING_TO_ADD_UP);
    // Nor a phone or a document's number written in camel case, nor an age (a helper's round, real:
    // Montgomery County's contracts told their figures were in "BuyerPhone", "SolicitationNumber").
    const contracts: Cell[][] = [
      ["Vendor", "BuyerPhone", "SolicitationNumber", "Maximum Age"],
      ["Alder Paving Inc", 3015550101, 1029633, 17],
      ["Birch Youth Club", 3015550102, 1029634, 18],
    ];
    const vendor = mappingFromPairs(contracts, "Partners", [["Vendor", "Partner"]]);
    expect(() => summarizePartners(contracts, null, vendor)).toThrow(NOTHING_TO_ADD_UP);
    // Nor an organisation's number, by its header (`orgnr`) or by its figures, nine digits each (a helper's
    // round, real: Norway's grants to faith communities, told its figures were in "orgnr").
    const faith: Cell[][] = [
      ["year", "orgnr", "organisasjon_navn", "Reference"],
      [2016, 811014982, "Jæren Kristne Senter", 911014983],
      [2017, 971279893, "Pinsemenigheten Salem", 971279894],
    ];
    const named = mappingFromPairs(faith, "Partners", [["organisasjon_navn", "Partner"]]);
    expect(() => summarizePartners(faith, null, named)).toThrow(NOTHING_TO_ADD_UP);
    // Eight digits said once each are amounts as often (a reviewer's repro: an appropriation's $45,678,912).
    const budget: Cell[][] = [
      ["Agency", "Appropriation"],
      ["Dept of Health", 45678912],
      ["Dept of Transport", 38912345],
    ];
    const agency = mappingFromPairs(budget, "Partners", [["Agency", "Partner"]]);
    expect(() => summarizePartners(budget, null, agency)).toThrow(/Its figures are in "Appropriation"/);
    // Round sums of one length stay figures to offer.
    const round = faith.map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], 25_000_000 * i]));
    expect(() => summarizePartners(round, null, named)).toThrow(/Its figures are in "Reference"/);
    // Nor a programme's number or a head count (helpers' rounds, real: a federal infrastructure tracker's
    // `CFDA` 20.526; Supply Nation's `employees`): the money is named alone.
    const programmes: Cell[][] = [
      ["Recipient", "Sector", "CFDA", "employees", "5-yr Total Funding ($b)"],
      ["Harbor Transit Authority", "Government", 20.526, 1200, 10.75],
      ["Valley Rail District", "Government", 20.525, 845, 21.64],
    ];
    expect(() => summarizePartners(programmes)).toThrow(
      /Its figures are in "5-yr Total Funding \(\$b\)": map the one that is Committed\.$/,
    );
    // A head count's money is money (a reviewer's repro: `Staff costs` no longer offered).
    const staff: Cell[][] = [
      ["Partner", "Sector", "Staff costs"],
      ["Ford Foundation", "Philanthropy", 120000],
      ["Kresge Foundation", "Philanthropy", 85000],
    ];
    expect(() => summarizePartners(staff)).toThrow(
      /Its figures are in "Staff costs": map the one that is Committed\.$/,
    );
    // A ledger of payments alone: its money is in Received, not in its line numbers (a helper's round,
    // real: a borough's payments, told its figures were in "Line").
    const payments: Cell[][] = [
      ["Line", "Name", "Amount Paid"],
      [1, "Acme Staffing Ltd", 1200],
      [2, "Widget Software Ltd", 3000],
    ];
    expect(() => summarizePartners(payments)).toThrow(
      'Its payments are in "Amount Paid" (Received): to add them up, map it as Committed.',
    );
    // Line numbers are no figures to offer.
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Line", "Q3 outturn"],
        ["Acme Staffing Ltd", "Business", 1, 1200.5],
        ["Widget Software Ltd", "Business", 2, 3000],
      ]),
    ).toThrow(/Its figures are in "Q3 outturn": map the one that is Committed\.$/);
    // Nor dates (an .xlsx's are serials) nor scores; what was paid to date is (helpers' rounds, real: the
    // Covenant of Mayors' `date_of_adhesion`, a university's `Proposed Start Date`, a directory's scores).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "date_of_adhesion", "Impact score", "Visits", "Grant to date"],
        ["Acme Staffing Ltd", "Business", 45200, 4, 3323, 1200.5],
        ["Widget Software Ltd", "Business", 45300, 3, 10288, 3000],
      ]),
    ).toThrow(/Its figures are in "Grant to date": map the one that is Committed\.$/);
    // Nor a score in halves under a header saying nothing of it (a helper's round, real: a nonprofits
    // list's `Programmability`, 1 to 5 with 4.5s, offered beside its operating budget).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Annual_Operating_Budget", "Programmability"],
        ["Acme Staffing Ltd", "Business", 293600, 4.5],
        ["Widget Software Ltd", "Business", 30000, 3],
      ]),
    ).toThrow(/Its figures are the organisations' own finances \("Annual_Operating_Budget"\), not money/);
    // Money for a measure is money (a reviewer's repro: `Emissions Reduction Grant ($)` no longer named).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Emissions Reduction Grant ($)"],
        ["Acme Staffing Ltd", "Business", 1200.5],
        ["Widget Software Ltd", "Business", 3000],
      ]),
    ).toThrow(/Its figures are in "Emissions Reduction Grant \(\$\)"/);
    // Nor a priority's points, tonnes of CO2e or a share; a header twice is named once (helpers' rounds,
    // real: Maryland's water projects told their figures were in "Points"; CDP's cities in tonnes).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Points", "Total emissions (metric tonnes CO2e)", "Support ($)", "Support ($)"],
        ["Acme Staffing Ltd", "Business", 155, 120500, 1200.5, 1200.5],
        ["Widget Software Ltd", "Business", 135, 845000, 3000, 3000],
      ]),
    ).toThrow(/Its figures are in "Support \(\$\)": map the one that is Committed\.$/);
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Billed-to-date"],
        ["Acme Staffing Ltd", "Business", 1200.5],
        ["Widget Software Ltd", "Business", 3000],
      ]),
    ).toThrow(/Its figures are in "Billed-to-date"/);
    // A register's numbers and codes after its money; opening hours (times of day) not at all
    // (helpers' rounds, real: Hamburg's grants, a food bank directory).
    expect(() =>
      summarizePartners([
        ["INEZ-Nummer", "Organization", "Sector", "Einzelplan", "Kapitel", "Bewilligt EUR", "MON_OPEN"],
        [10001, "Beispielverein Nord", "Nonprofit", 4.0, 4250, 75453, 0.5416666667],
        [10002, "Musterclub", "Nonprofit", 1.6, 1631, 4050.5, 0.375],
      ]),
    ).toThrow(/Its figures are in "Bewilligt EUR", "Einzelplan": map the one that is Committed\.$/);
    // A subsidy before the income bands' unit counts (a helper's round, real: Austin's affordable housing,
    // told to map `MFI_50` as Committed: "$9,692" for $302.8M of City_Subsidy).
    expect(() =>
      summarizePartners([
        ["Developer", "Sector", "MFI_50", "MFI_60", "CAL_FIL", "City_Subsidy"],
        ["Example Housing Corp.", "Nonprofit", 120, 100, 0.5, 1500000],
        ["Sample Homes Inc.", "Business", 150, 60, 1.5, 750000],
      ]),
    ).toThrow(/Its figures are in "City_Subsidy", /);
    // What was asked, and a project's cost beside it, are no commitment (a helper's round, real: USDOT's
    // TIGER applications, `Funding Request` mapped as told: $175.6bn "committed" for $5.08bn awarded).
    expect(() =>
      summarizePartners([
        ["Applicant Name", "Sector", "Funding Request", "Project Cost"],
        ["City of Alderton", "Government", 20000000, 35000000],
        ["Port of Brookfield", "Government", 15000000, 30000000],
      ]),
    ).toThrow(
      /Its figures are what was asked or what projects cost \("Funding Request", "Project Cost"\), not what was committed: a list of applications has no Committed until one is awarded\.$/,
    );
    // An organisation's own budget is no commitment (a helper's round, real: Philadelphia's violence-prevention
    // nonprofits, told to map `Annual_Operating_Budget` as Committed); said for what it is, never offered.
    expect(() =>
      summarizePartners([
        ["Organization_Name", "Sector", "Annual_Operating_Budget", "Website", "year_founded"],
        ["Level Up Philly", "Nonprofit", 293600, "https://levelupphilly.org/", 2018],
        ["Know Your Worth Girls Inc.", "Nonprofit", 30000, "https://www.knowyourworthgirlsinc.org/", 2019],
      ]),
    ).toThrow(
      /Its figures are the organisations' own finances \("Annual_Operating_Budget"\), not money committed to a partnership\.$/,
    );
    // Money given toward them is offered (a reviewer's repro: `Operating expenses grant` called finances).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Operating expenses grant"],
        ["Level Up Philly", "Nonprofit", 25000],
        ["Know Your Worth Girls Inc.", "Nonprofit", 5000],
      ]),
    ).toThrow(/Its figures are in "Operating expenses grant": map the one that is Committed\.$/);
    // A post's pay is no amount given (corpus round fk, real: the Environment Agency's organogram, its
    // `Payscale Minimum (£)` offered as Committed, summed to "£248,786"); a grant toward a salary is.
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Grade", "Payscale Minimum (£)", "Payscale Maximum (£)"],
        ["Environment Agency", "Government", "AS2", 16387, 20983],
        ["Natural England", "Government", "AS3", 20301, 25645],
      ]),
    ).toThrow(
      /Its figures are pay \("Payscale Minimum \(£\)", "Payscale Maximum \(£\)"\), not money committed to a partnership\.$/,
    );
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Grade", "Salary grant (£)"],
        ["Environment Agency", "Government", "AS2", 16387],
        ["Natural England", "Government", "AS3", 20301],
      ]),
    ).toThrow(/Its figures are in "Salary grant \(£\)": map the one that is Committed\.$/);
    // A grant's own budget beside it is still offered: only an organisation's yearly finances are set aside.
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Net Assets", "Grant Budget"],
        ["Level Up Philly", "Nonprofit", 1293600, 25000],
        ["Know Your Worth Girls Inc.", "Nonprofit", 30000, 5000],
      ]),
    ).toThrow(/Its figures are in "Grant Budget": map the one that is Committed\.$/);
    // Audiences, homes and a project's key are counts and codes, not money (helpers' rounds, real:
    // Leeds 2023's partners, San Francisco's housing): none offered, and nothing to add up said.
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Proj_Key", "digital_audiences", "audience_numbers", "Affordable Units"],
        ["Riverside Gallery", "Nonprofit", 1003, 36006, 175.5, 36],
        ["Old Mill Players", "Nonprofit", 1005, 1200, 533.25, 46],
      ]),
    ).toThrow(NOTHING_TO_ADD_UP);
    // Nor a place's or an organisation's numbers (helpers' rounds, real: NYC's providers told their
    // figures were in "Community Board", "Census Tract", "BIN"; Charlotte's school partners in "School").
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "provider_ein", "Community Board", "Census Tract", "BIN", "School", "UKPRN"],
        ["Riverside Youth Alliance", "Nonprofit", 132668080, 304, 433, 3075926, 3830, 10099901],
        ["Northside Senior Center", "Nonprofit", 131624178, 409, 120, 4199999, 695, 10099902],
      ]),
    ).toThrow(NOTHING_TO_ADD_UP);
  });

  it("without a Committed column, never offer places, study credits, hours or a pace as the amounts", () => {
    // Corpus round fi D8 (real: Sweden's YH decision register): told its figures were in "YH-poäng",
    // vocational credits (400: two years), then in "Studietakt %"; `platser` are places. No money at all.
    const register = [
      ["Utbildningsnamn", "Utbildningsanordnare administrativ enhet", "YH-poäng", "Beviljade platser totalt"],
      [".NET-utvecklare", "JENSEN Education School AB", 400, 35],
      ["AI Developer", "YH Akademin AB", 300, 70],
    ];
    const mapping = mappingFromPairs(register, "Partners", [["Utbildningsanordnare administrativ enhet", "Partner"]]);
    expect(() => summarizePartners(register, null, mapping)).toThrow(
      /^The range has no Committed column — include it with its header, or map it \(the `mapping` argument\)\. Its figures \("YH-poäng", "Beviljade platser totalt"\) are numbers, codes, counts or measures, not amounts: there is nothing to add up\.$/,
    );
    const counts = [
      [
        "Organization",
        "Sector",
        "Studietakt %",
        "Sökta platser totalt",
        "Credit hours",
        "Seats",
        "Points",
        "Q3 outturn",
      ],
      ["Acme Staffing Ltd", "Business", 100, 240, 120, 150, 300, 1200.5],
      ["Widget Software Ltd", "Business", 50, 360, 180, 210, 400, 3000],
    ];
    expect(() => summarizePartners(counts)).toThrow(
      /Its figures are in "Q3 outturn": map the one that is Committed\.$/,
    );
    // Money said beside the unit is money (`Places grant (SEK)`).
    expect(() =>
      summarizePartners([
        ["Organization", "Sector", "Places grant (SEK)"],
        ["Acme Staffing Ltd", "Business", 1200.5],
        ["Widget Software Ltd", "Business", 3000],
      ]),
    ).toThrow(/Its figures are in "Places grant \(SEK\)"/);
  });

  it("without a Committed column, never offer a code headed in Portuguese, Spanish or Italian as the amounts", () => {
    // A helper's round (real: Ceará's register of agreement counterparts, `Delegacia;CNPJ;Código;Categoria`):
    // told "its figures are in "Código": map the one that is Committed", each unit's internal code.
    for (const code of ["Código", "Codigo", "Cód.", "Cod", "CÓDIGO", "Código SIAFI", "cod_unidade", "Codice"]) {
      const units: Cell[][] = [
        ["Delegacia", "CNPJ", code, "Categoria"],
        ["Delegacia de Narcóticos", "01.869.564/0002-09", 19729595, "Delegacia"],
        ["Detran Ceará", "07.135.668/0001-95", 617154, "DETRAN"],
        ["Ministério Público do Estado do Ceará", "06.928.790/0001-56", 25195, "Ministério Público"],
      ];
      const named = mappingFromPairs(units, "Partners", [["Delegacia", "Partner"]]);
      let said = "";
      try {
        summarizePartners(units, null, named);
      } catch (err) {
        said = (err as Error).message;
      }
      // As `Code` is: no column of figures to map.
      expect([code, said]).toEqual([
        code,
        "The range has no Committed column — include it with its header, or map it (the `mapping` argument). " +
          `Its figures ("${code}") are numbers, codes, counts or measures, not amounts: there is nothing to add up.`,
      ]);
      // Beside a column of money, the money alone is offered.
      const paid = units.map((r, i) => [...r, ["Repasse", 12500.5, 8000, 43000][i]]);
      const withMoney = mappingFromPairs(paid, "Partners", [["Delegacia", "Partner"]]);
      expect(() => summarizePartners(paid, null, withMoney)).toThrow(
        /Its figures are in "Repasse": map the one that is Committed\.$/,
      );
    }
  });

  it("without a Committed column, says a sheet whose figures are agreement or document numbers has nothing to add up", () => {
    // Corpus round fm D2 (real: Minas Gerais' register of technical cooperation agreements, no money at all):
    // told "its figures are in "numero_termo", "numero_documento": map the one that is Committed" — an
    // agreement's number (`S/N`, 19, 103) and an SEI document's (45634434).
    const register: Cell[][] = [
      ["ano", "numero_termo", "orgao_acordo", "parceiro_acordo", "situacao", "numero_documento"],
      [2025, "S/N", "SECRETARIA DE ESTADO DE PLANEJAMENTO E GESTAO", "ASSOCIACAO NACIONAL DE DETRANS", "Vigente", null],
      [2022, 19, "SECRETARIA DE ESTADO DE JUSTICA", "Policia Rodoviaria Federal em Minas Gerais", "Vigente", null],
      [2024, 103, "CONTROLADORIA-GERAL DO ESTADO", "Tribunal de Contas do Estado do Amazonas", "Vigente", null],
      [2022, 103121260, "FUNDACAO HEMOMINAS", "Universidade Federal de Sao Paulo", "Encerrado", 45634434],
    ];
    const mapping = mappingFromPairs(register, "Partners", [["parceiro_acordo", "Partner"]]);
    const noAmounts =
      'Its figures ("numero_termo", "numero_documento") are numbers, codes, counts or measures, not amounts: there is ' +
      "nothing to add up.";
    expect(() => summarizePartners(register, null, mapping)).toThrow(
      "The range has no Committed column — include it with its header, or map it (the `mapping` argument). " +
        noAmounts,
    );
    // check, which said the offer first, says nothing: no money is no problem to check (a partners list's `Id`).
    expect(committedUnmapped({ matrix: register, mapping })).toBeUndefined();
    // A number as Portuguese, Spanish, French and English head it, and a count of beneficiaries: none offered.
    const numbers: Cell[][] = [
      ["Parceiro", "Nº", "N° do convênio", "Número do processo", "Numéro", "No.", "Nr.", "Number of beneficiaries"],
      ["Instituto Elo", 4512, 20230117, 15000123, 2218, 3120, 7741, 1250],
      ["Associação Vida", 4513, 20230244, 15000456, 2219, 3121, 7742, 830],
    ];
    const named = mappingFromPairs(numbers, "Partners", [["Parceiro", "Partner"]]);
    expect(() => summarizePartners(numbers, null, named)).toThrow(
      /Its figures \("Nº", "N° do convênio", "Número do processo" …\) are numbers, codes, counts or measures, not amounts/,
    );
    // Beside them, money is offered, alone; and a header saying money and a number is money (`Valor nº 2`).
    const paid = numbers.map((r, i) => [...r, ["Valor do repasse", 12500.5, 8000][i], ["Valor nº 2", 900, 450][i]]);
    expect(() => summarizePartners(paid, null, mappingFromPairs(paid, "Partners", [["Parceiro", "Partner"]]))).toThrow(
      /Its figures are in "Valor do repasse", "Valor nº 2": map the one that is Committed\.$/,
    );
  });

  it("count the amounts still to come (TBC), not the ones that are none (N/A, -)", () => {
    // A helper's round (real): South Australia's grants to NGOs, two `TBC` fundings left out unsaid.
    const grants: Cell[][] = [
      ["NGO Organisation", "Base Funding $ per annum"],
      ["Harbour Community Centre", "$17,000"],
      ["Riverside Family Care", "TBC"],
      ["Town of Example", "$98,100"],
      ["Youth Link", "to be confirmed"],
      ["Old Mill Trust", "N/A"],
      ["Quay Arts", "-"],
    ];
    const s = summarizePartners(grants);
    expect(s.total).toMatchObject({ partners: 6, committed: 115100 });
    expect(s.toCome).toEqual({ rows: 2, as: "TBC" });
    expect(summarizePartners(grants.slice(0, 2).concat(grants.slice(3, 4))).toCome).toBeUndefined();
  });

  it("count the amounts kept back (withheld) as money given, not as partners given nothing", () => {
    // A helper's round (real): Hamburg's sponsoring report, 13 gifts whose donors did not consent to
    // their value being published, called "nothing above 0 … declined or not yet decided?".
    const gifts: Cell[][] = [
      ["Partner", "Amount (EUR)"],
      ["Acme GmbH", 5000],
      ["Beta AG", "Einwilligung zur Veröffentlichung liegt nicht vor"],
      ["Gamma KG", "withheld"],
      ["Delta eV", 1000],
      ["Epsilon", "N/A"],
      ["Zeta", "N/A"],
    ];
    const s = summarizePartners(gifts);
    expect(s.total).toMatchObject({ partners: 6, committed: 6000 });
    expect(s.withheldAmounts).toEqual({ rows: 2, as: "Einwilligung zur Veröffentlichung liegt nicht vor" });
    // The two with nothing are the N/A ones; the kept-back are partners with money.
    expect(s.withoutMoney).toMatchObject({ partners: 2, of: 6, example: "Epsilon" });
    // `N/D` and `unavailable` in an amount say there is no figure, not money kept back (a reviewer's repro).
    const prospects: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme Ltd", "N/D"],
      ["Food Bank", 5000],
      ["City Trust", "unavailable"],
      ["River Co", null],
    ];
    const p = summarizePartners(prospects);
    expect(p.withheldAmounts).toBeUndefined();
    expect(p.withoutMoney).toMatchObject({ partners: 2, of: 3 }); // (River Co alone is a label row)
  });

  it("say each kind's figures when rows are money in and money out", () => {
    // A helper's round (real): Italy's Civil Protection donation account, `operazione` entrata /
    // uscita: €347.0M summed for €173.5M given, and nothing said.
    const account: Cell[][] = [
      ["data", "operazione", "descrizione_documento", "importo"],
      ["2020-03-18", "entrata", "donazioni complessive", 1000],
      ["2020-04-01", "uscita", "pagamento fattura Ditta Alfa", 600],
      ["2020-04-02", "Uscita", "pagamento fattura Ditta Beta", 400],
    ];
    const mapping = mapHeaders(account, "Partners", { 2: "partner", 3: "committed" });
    const s = summarizePartners(account, null, mapping);
    expect(s.total.committed).toBe(2000);
    expect(s.directions).toEqual({
      column: "operazione",
      kinds: [
        { word: "entrata", rows: 1, committed: 1000 },
        { word: "uscita", rows: 2, committed: 1000 },
      ],
    });
    // One kind alone, or a column of other words beside them, says nothing.
    const gifts = account.map((r, i) => (i === 0 ? r : [r[0], "entrata", r[2], r[3]]));
    expect(summarizePartners(gifts, null, mapping).directions).toBeUndefined();
    const mixed = account.map((r, i) => (i === 3 ? [r[0], "storno", r[2], r[3]] : r));
    expect(summarizePartners(mixed, null, mapping).directions).toBeUndefined();
    // A city's budget by account type, its revenue lines after hundreds of expense lines (a helper's
    // round, real: Grand Rapids' adopted budget, $1.26bn "committed" for $631.6M spent and $628.9M in).
    const budget: Cell[][] = [["ORG_NAME", "ACCT_TYPE", "AMOUNT"]];
    for (let i = 0; i < 400; i++) budget.push([`Org ${i % 40}`, "EXPENSE", 100]);
    budget.push(["Property Taxes", "REVENUE", 30000], ["Interest", "REVENUE", 10000]);
    const byType = mapHeaders(budget, "Partners", { 0: "partner", 2: "committed" });
    expect(summarizePartners(budget, null, byType).directions).toEqual({
      column: "ACCT_TYPE",
      kinds: [
        { word: "REVENUE", rows: 2, committed: 40000 },
        { word: "EXPENSE", rows: 400, committed: 40000 },
      ],
    });
  });

  it("say nothing of a name in several places whose rows carry one organisation identifier", () => {
    // A helper's round (real: the UK's grant register, 360Giving): "East Surrey Rural Transport
    // Partnership is on rows of 2 places … up to 1,236 partners" where its three rows carry one
    // `Recipient Org:Identifier`, the number check reads and compares: one organisation.
    const header = ["Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:City", "Amount Awarded"];
    const one = summarizePartners([
      header,
      [5698314, "East Surrey Rural Transport Partnership", "EAST SURREY", 10206],
      [5698314, "East Surrey Rural Transport Partnership", "EAST SURREY", 10143],
      [5698314, "East Surrey Rural Transport Partnership", "BRIGHTON", 12308],
      ["GB-CHC-1000001", "Alder Trust", "LEEDS", 500],
    ]);
    expect(one.total.partners).toBe(2);
    expect(one.places).toBeUndefined();
    // Two identifiers, or a row without one, leave the doubt: said as before.
    const two = summarizePartners([
      header,
      [5698314, "Community Transport", "EAST SURREY", 100],
      [7712001, "Community Transport", "BRIGHTON", 200],
      ["", "Village Hall", "LEWES", 10],
      ["GB-CHC-1000002", "Village Hall", "HOVE", 20],
    ]);
    expect(two.places).toMatchObject({ column: "Recipient Org:City", partners: 2, more: 2 });
  });

  it("say the doubt of a name in several places whose identifier is a catch-all record's", () => {
    // A helper's round (real: a foundation's 360Giving grants): "Prince-Inspired Grant Awardee", 9
    // awards to people in 8 cities under one Recipient Org:Identifier, lost its note once one
    // identifier was read as one organisation. An identifier on rows of many places, or on three
    // names' rows, is no organisation's: the doubt is said, as for any name.
    const header = ["Recipient Org:Identifier", "Recipient Org: Name", "Recipient Org: City", "Amount Awarded"];
    const cities = ["New Orleans", "Minneapolis", "New Orleans", "St. Croix", "Upper Marlboro", "Rego Park", "Oakland"];
    const awardee = "360G-quixote-ORG0013300001pVB7b";
    const catchAll = summarizePartners([
      header,
      ...cities.map((city) => [awardee, "Prince-Inspired Grant Awardee", city, 100000]),
      // Two places under one identifier stay one organisation (a town spelt two ways).
      ["360G-quixote-ORG0014000000IZuGX", "Election Verification Network", "Middleton", 5000],
      ["360G-quixote-ORG0014000000IZuGX", "Election Verification Network", "Middletown", 5000],
    ]);
    expect(catchAll.places).toMatchObject({
      partners: 1,
      more: 5,
      example: { name: "Prince-Inspired Grant Awardee", count: 6 },
    });
    const shared = summarizePartners([
      header,
      ["360G-ORG-0042", "Individual - Elicia Sanchez", "Oakland", 10000],
      ["360G-ORG-0042", "Individual - Elicia Sanchez", "Brooklyn", 10000],
      ["360G-ORG-0042", "Individual - Favianna Rodriguez", "Oakland", 10000],
      ["360G-ORG-0042", "Individual - Sonya Renee Taylor", "Brooklyn", 10000],
    ]);
    expect(shared.places).toMatchObject({ partners: 1, more: 1, example: { name: "Individual - Elicia Sanchez" } });
    // One organisation's identifier under two of its names (a parent and its hospital, one EIN; a name
    // spelt two ways): still one organisation, no doubt to say (a reviewer's round, real: New York City
    // Council's expense grants, "Health & Hospitals Corporation is on rows of 2 places … up to 839
    // partners" under EIN 132655001, which Harlem Hospital Center's row carries too).
    const oneOrganisation = summarizePartners([
      header,
      ["132655001", "Health & Hospitals Corporation", "Elmhurst", 5000],
      ["132655001", "Health & Hospitals Corporation", "New York", 36000],
      ["132655001", "Harlem Hospital Center", "New York", 10000],
    ]);
    expect(oneOrganisation.places).toBeUndefined();
  });

  it("say how many partners could be more when one name is on rows of several places", () => {
    // Real (corpus rounds 10f, 10g): 13 "Comité des Fêtes" in 13 départements, and a Brazilian
    // ledger's "FUNDO MUNICIPAL DE SAUDE" in 12 municipalities, each counted as one partner unsaid.
    const s = summarizePartners([
      ["Partner", "Département attributeur", "Committed"],
      ["Comité des Fêtes", 67, 1000],
      ["Comité des fêtes", 13, 2000],
      ["Comité des Fêtes", "50", 1500],
      ["Comité des Fêtes", "", 100],
      ["Club de judo", "34", 2000],
      ["Club de judo", 34, 500],
      ["Harmonie", "N/A", 10],
      ["Harmonie", "12", 10],
    ]);
    expect(s.total.partners).toBe(3);
    expect(s.places).toEqual({
      column: "Département attributeur",
      partners: 1,
      people: 0,
      more: 2,
      example: { name: "Comité des Fêtes", places: ["67", "13", "50"], count: 3, person: false },
    });
    // A column of amounts whose header has a place's word is no place (a helper's round, real: a state
    // auditor's `Categorical State Aid`, its figures said to be places).
    const aid = summarizePartners([
      ["Partner", "Categorical State Aid", "Committed"],
      ["Fairfax", 12499300, 100],
      ["Fairfax", 955747544.5, 200],
      ["Arlington", "3,100,200", 300],
    ]);
    expect(aid.places).toBeUndefined();
    // A cell naming several places is one partner working in each: no sign of another organisation.
    expect(
      summarizePartners([
        ["Partner", "Region", "Committed"],
        ["Lakeside Fund", "Northern Valley", 10],
        ["Lakeside Fund", "Southern Plain, Northern Valley", 20],
        ["Lakeside Fund", "Northern Valley", 5],
      ]).places,
    ).toBeUndefined();
    // A kind of place is no place: the EU's `Category of region` (a helper's round, real: Lower Saxony's ERDF).
    expect(
      summarizePartners([
        ["Partner", "Category of region", "Committed"],
        ["Handwerkskammer Nord", "SER", 10],
        ["Handwerkskammer Nord", "UER", 20],
      ]).places,
    ).toBeUndefined();
    // A place wrapped over two lines is the place (a helper's round, real: HHS's grants, from a PDF).
    expect(
      summarizePartners([
        ["Partner", "Recipient State", "Committed"],
        ["Lake Trust", "NORTHERN MARIANA ISLANDS", 10],
        ["Lake Trust", "NORTHERN MARIANA\nISLANDS", 20],
      ]).places,
    ).toBeUndefined();
    // A city's Department giving grants is no place: nothing said.
    expect(
      summarizePartners([
        ["Partner", "Department", "Committed"],
        ["Food Bank", "Parks", 10],
        ["Food Bank", "Health", 20],
      ]).places,
    ).toBeUndefined();
    // A count of places is no place (a helper's round, real: California's climate investments,
    // `n_county_partners` of 1, 3, 11 … said to be places).
    expect(
      summarizePartners([
        ["Partner", "n_county_partners", "Committed"],
        ["State Water Agency", 1, 250000],
        ["State Water Agency", 3, 1200000],
        ["Forestry Department", 1, 480000],
      ]).places,
    ).toBeUndefined();
    // Places of two parties: the partner's own, not its payors' (a helper's round, real: California's
    // behested payments, payees said to be in their payors' towns, "up to 6,111 partners").
    expect(
      summarizePartners([
        ["Amount", "Payor", "Payor City", "Payee", "Payee City"],
        [5000, "Acme Water Co", "Fresno", "Riverside Youth Fund", "Sacramento"],
        [7500, "Harbor Bank", "Oakland", "Riverside Youth Fund", "Sacramento"],
        [2500, "Pine Foundation", "San Diego", "Riverside Youth Fund", "Sacramento"],
      ]).places,
    ).toBeUndefined();
  });

  it("keep `$` in messages where an English amount header's own words hold an accented name (`Café Fund Amount`)", () => {
    // A helper's brief: one such header in an English dollar sheet dropped `$` from every amount in messages
    // and the summary, as if the sheet were headed in another language.
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Café Fund Amount"],
      ["Harbor Arts", 1000, 1500],
      ["Pine Youth", 2500, 100],
    ];
    const pairs: [string, string][] = [
      ["Partner", "Partner"],
      ["Committed", "Committed"],
      ["Café Fund Amount", "Received"],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", pairs);
    const messages = validateRange(sheet, "Partners", { today: TODAY, mapping }).issues.map((i) => i.message);
    expect(messages).toContain("Café Fund Amount ($1,500) is more than Committed ($1,000) — check both amounts.");
    expect(summarizePartners(sheet, null, mapping).headedAbroad).toBeUndefined();
    // A real reais sheet's Portuguese header still leaves the sign off (corpus round fm, D8).
    const reais: Cell[][] = [
      ["Empresa", "Valor Total do Contrato", "Total Medido"],
      ["IPE Engenharia", 1000, 1500],
    ];
    const contract = mappingFromPairs(reais, "Partners", [
      ["Empresa", "Partner"],
      ["Valor Total do Contrato", "Committed"],
      ["Total Medido", "Received"],
    ]);
    expect(
      validateRange(reais, "Partners", { today: TODAY, mapping: contract }).issues.map((i) => i.message),
    ).toContain("Total Medido (1,500) is more than Valor Total do Contrato (1,000) — check both amounts.");
  });

  it("read `ND` and `NC` in a column of state codes as North Dakota and North Carolina, elsewhere as no value", () => {
    // A helper's brief: a grants ledger's State column, its North Dakota and North Carolina rows read as
    // no place (`ND` not disclosed, `NC` non communiqué), so a partner in two states was said in one.
    const s = summarizePartners([
      ["Partner", "State", "Committed"],
      ["Prairie Fund", "ND", 1000],
      ["Prairie Fund", "MN", 2000],
      ["Piedmont Arts", "NC", 500],
      ["Piedmont Arts", "SC", 700],
      ["Piedmont Arts", "nc", 100],
    ]);
    expect(s.places).toEqual({
      column: "State",
      partners: 2,
      people: 0,
      more: 2,
      example: { name: "Prairie Fund", places: ["ND", "MN"], count: 2, person: false },
    });
    // A French file's `NC` (non communiqué) where no states are: still no place.
    expect(
      summarizePartners([
        ["Partner", "Commune", "Committed"],
        ["Comité des Fêtes", "NC", 1000],
        ["Comité des Fêtes", "Lyon", 2000],
        ["Club de judo", "Nantes", 500],
      ]).places,
    ).toBeUndefined();
    // And where a figure goes, `ND` and `NC` are no figure and no error.
    expect(
      check([
        ["Partner", "State", "Committed", "Received"],
        ["Prairie Fund", "ND", "nd", "NC"],
        ["Piedmont Arts", "NC", 500, "ND"],
      ]).map((i) => i.rule),
    ).toEqual([]);
  });

  it("say when a list repeats each partner's one amount on every row, and what the total would be once", () => {
    // Real (corpus round 9c): Swiss campaign finances, each campaign's budget on every candidate's row
    // (CHF 315,000 on 160 rows): CHF 532.8M summed for about CHF 52M, with no word of it.
    const budgets: Cell[][] = [["Partner", "Candidate", "Committed (CHF)"]];
    for (const n of ["Muster", "Beispiel", "Probe", "Test"]) budgets.push(["Partei Nord", n, 120000]);
    for (const n of ["Alpha", "Beta", "Gamma"]) budgets.push(["Verband Sued", n, 5000]);
    budgets.push(["Verein Ost", "Delta", 8000]);
    const s = summarizePartners(budgets);
    expect([s.total.committed, s.repeatedAmounts]).toEqual([
      503000,
      { partners: 2, rows: 7, extra: 370000, example: { name: "Partei Nord", amount: 120000, rows: 4 } },
    ]);
    const ledger = check(budgets).find((i) => i.rule === "repeated.partner")!;
    expect(ledger.message.replace(/\u00a0/g, " ")).toContain(
      "Its Committed (CHF) is CHF 120,000 on every one of its 4 rows: if that is one amount repeated on each " +
        "row, it is added up 4 times — keep it on one row.",
    );
    // A grant ledger's few equal yearly grants among others are grants: nothing said.
    const grants: Cell[][] = [["Partner", "Year", "Committed"]];
    for (const y of [2021, 2022, 2023]) grants.push(["Fair Example", y, 1500000]);
    for (const [i, y] of [2021, 2022, 2023].entries()) grants.push(["Other Example", y, 1000 * (i + 1)]);
    for (const [i, y] of [2021, 2022, 2023].entries()) grants.push(["Third Example", y, 2000 * (i + 1)]);
    expect(summarizePartners(grants).repeatedAmounts.partners).toBe(0);
    expect(
      check(grants)
        .map((i) => i.message)
        .join(" "),
    ).not.toContain("repeated on each row");
  });

  it("read the UK's classes of public body as Government, in the sheet's own words", () => {
    // Real (corpus round 9c): the Cabinet Office's public bodies directory, six list errors.
    const sheet: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["Example Agency", "Executive Agency", 100],
      ["Example Board", "Executive NDPB", 200],
      ["Example Office", "Non-Ministerial Department", 300],
    ];
    expect(check(sheet).map((i) => [i.rule, i.severity])).toEqual([
      ["spelling.sector", "warning"],
      ["spelling.sector", "warning"],
      ["spelling.sector", "warning"],
    ]);
    expect(summarizePartners(sheet, "Sector").rows.map((r) => [r.group, r.partners])).toEqual([["Government", 3]]);
  });

  it("take the currency a mapping by hand says (`Committed (EUR)`) for a sheet that names none", () => {
    // Real (corpus round 9a): Dutch ministries' subsidies, 1,769,342,665.14 printed as dollars; the note
    // said only that a header could say otherwise, in a file the user does not edit.
    const register: Cell[][] = [
      ["Ontvanger", "Realisatie", "Jaar"],
      ["Stichting Podium Noord", 125000, 2015],
      ["Stichting Muziekhuis", "48000.5", 2015],
    ];
    const pairs = [
      ["Ontvanger", "Partner"],
      ["Realisatie", "Committed (EUR)"],
    ] as const;
    const s = summarizePartners(register, null, mappingFromPairs(register, "Partners", pairs));
    expect([s.currency, s.total.committed]).toEqual(["EUR", 173000.5]);
    // And the checks speak of euros.
    const wrong: Cell[][] = [...register, ["Wijkvereniging", "veel", 2015]];
    const issues = validateRange(wrong, "Partners", {
      today: TODAY,
      mapping: mappingFromPairs(wrong, "Partners", pairs),
    }).issues;
    expect(issues.map((i) => i.message)).toEqual([
      'Realisatie is "veel" — expected an amount in EUR, like 1200 or €1,200.',
    ]);
    // Without it, no currency is said: `Realisatie` is Dutch, its amounts no dollars, shown without a
    // sign as `Bedrag`'s are (corpus round kp D1: the same register summed as $173,597,857.56).
    expect(
      summarizePartners(
        register,
        null,
        mappingFromPairs(register, "Partners", [
          ["Realisatie", "Committed"],
          ["Ontvanger", "Partner"],
        ]),
      ).currency,
    ).toBe("");
  });

  it("read a currency an English header names by its plural (`Amount (leva)`, `Grant in roubles`)", () => {
    // A helper's round: both printed as dollars. Each is one country's money; `kroner` (two) is not read.
    const sheet = (header: string): Cell[][] => [
      ["Partner", header],
      ["Sofia Arts Fund", 1200],
      ["Plovdiv Youth", 800],
    ];
    expect(summarizePartners(sheet("Amount (leva)")).currency).toBe("BGN");
    expect(summarizePartners(sheet("Grant in roubles")).currency).toBe("RUB");
    expect(summarizePartners(sheet("Amount (złoty)")).currency).toBe("PLN");
    expect(summarizePartners(sheet("Amount (kroner)")).currency).not.toMatch(/NOK|DKK/);
  });

  it("take the multiple a mapping by hand names with the currency (`Committed (RUB millions)`)", () => {
    // A helper's round (real: Russia's presidential grants): the multiple was taken without a word
    // and dropped, its millions summed as units and printed in dollars.
    const grants: Cell[][] = [
      ["organisation_name", "sum_mln"],
      ["Фонд Север", 10],
      ["Фонд Юг", 2.5],
    ];
    for (const [said, scale] of [
      ["Committed (RUB millions)", 1e6],
      ["Committed (RUB m)", 1e6],
      ["Committed (£000)", 1e3],
    ] as const) {
      const mapping = mappingFromPairs(grants, "Partners", [
        ["organisation_name", "Partner"],
        ["sum_mln", said],
      ]);
      expect(mapping.mappedScales).toEqual({ 1: scale });
      expect(summarizePartners(grants, null, mapping).total.committed).toBe(12.5 * scale);
    }
    const rub = mappingFromPairs(grants, "Partners", [["sum_mln", "Committed (RUB millions)"]]);
    expect(summarizePartners(grants, null, rub).currency).toBe("RUB");
  });

  it("leave Received blank, not 0, when its column is empty on every row", () => {
    // A helper's round (real: Lloyds Bank Foundation's 360Giving grants, `Amount Disbursed` blank on
    // all 4,116 rows): "£115,795,635.69 committed · £0 received", as if nothing had been paid.
    const grants: Cell[][] = [
      ["Recipient Org:Name", "Amount Awarded", "Amount Disbursed", "Currency"],
      ["Alder Advice", "£15,000", null, "GBP"],
      ["Birch Refuge", "£72,027", "N/A", "GBP"],
    ];
    const s = summarizePartners(grants);
    expect([s.total.committed, s.receivedColumn, s.receivedEmpty]).toEqual([87027, false, "Amount Disbursed"]);
    expect(summaryToSpill(s, "Committed", "Received")[1]).toEqual(["Total", 2, 87027, ""]);
    // A column of zeros is a figure: nothing received yet.
    const unpaid = grants.map((row, i) => (i === 0 ? row : [row[0], row[1], 0, row[3]]));
    expect([summarizePartners(unpaid).receivedColumn, summarizePartners(unpaid).receivedEmpty]).toEqual([
      true,
      undefined,
    ]);
  });

  it("speak of the block's one named currency for an amount column that names none of its own", () => {
    // A helper's round (real: a German city's climate programme; a Northern Ireland charity register
    // with `--map "Total income=Committed (£)"`): "Received ($40,000) is more than Committed (€30,000)",
    // while SUMMARY counted both in euros.
    const programme: Cell[][] = [
      ["Projektträger", "Kosten", "Ausgezahlt"],
      ["Stadtwerke", 30000, 40000],
      ["Verein Grün", 12000, -500],
    ];
    const mapping = mappingFromPairs(programme, "Partners", [
      ["Projektträger", "Partner"],
      ["Kosten", "Committed (EUR)"],
      ["Ausgezahlt", "Received"],
    ]);
    const messages = validateRange(programme, "Partners", { today: TODAY, mapping }).issues.map((i) => i.message);
    expect(messages).toEqual([
      "Ausgezahlt (€40,000) is more than Kosten (€30,000) — check both amounts.",
      "Ausgezahlt is -€500 — expected €0 or more.",
    ]);
    expect(summarizePartners(programme, null, mapping).currency).toBe("EUR");
  });

  it("read dollars written with their country's letters and the Nordic codes, as the results print them", () => {
    // Real (invented values): a funder's grants in `A$12,000` and `NZ$ 4,500.00` refused on every row,
    // though the summary itself prints A$ and NZ$.
    const aud: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "A$12,000"],
      ["B", "AUD 3,000"],
    ];
    expect(check(aud)).toEqual([]);
    expect([summarizePartners(aud).currency, summarizePartners(aud).total.committed]).toEqual(["AUD", 15000]);
    const nzd: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "NZ$ 4,500.00"],
      ["B", "C$2,500"],
    ];
    expect(byRule(check(nzd))).toEqual([[3, "currency.committed", "error"]]);
    const sek: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "SEK 15 000"],
      ["B", "2 500 SEK"],
    ];
    expect([summarizePartners(sek).currency, summarizePartners(sek).total.committed]).toEqual(["SEK", 17500]);
  });

  it("read amounts marked kr as the Nordic countries write them, in the krone the column names, never as dollars", () => {
    // Invented values, as Danish, Norwegian and Swedish grant lists write them: refused on every row
    // ("expected an amount in dollars") and summed as $0.
    const danish: Cell[][] = [
      ["Partner", "Committed"],
      ["Foo Forening", "12.500 kr."],
      ["Bar Klub", "kr 3.000"],
      ["Baz IF", "1.250,50 kr"],
      ["Qux", "25 000 kr"],
    ];
    expect(check(danish)).toEqual([]);
    const dk = summarizePartners(danish);
    expect([dk.currency, dk.total.committed]).toEqual(["kr", 41750.5]);
    expect(summaryToSpill(dk, "Committed", "Received")[0]).toEqual([
      "Sector",
      "Partners",
      "Committed (kr)",
      "Received (kr)",
    ]);
    // A header saying kr: its plain figures are kroner, a dot grouping thousands as in euros.
    const header: Cell[][] = [
      ["Partner", "Committed (kr.)"],
      ["Foo", "12.500"],
      ["Bar", "3.000,50"],
      ["Baz", "lots"],
    ];
    expect(summarizePartners(header).total.committed).toBe(15500.5);
    expect(check(header).map((i) => i.message)).toEqual([
      'Committed (kr.) is "lots" — expected an amount in kr, like 1200 or kr 1,200.',
    ]);
    // Which krone is the one the column names by its code; `kr` beside it is that one, not a mix.
    const swedish: Cell[][] = [
      ["Partner", "Committed (SEK)", "Received"],
      ["A", "1 500 kr", "1 000 kr"],
      ["B", "2 000,50 kr", 500],
    ];
    expect(check(swedish)).toEqual([]);
    const se = summarizePartners(swedish);
    expect([se.currency, se.total.committed, se.total.received]).toEqual(["SEK", 3500.5, 1500]);
    // kr and euros in one column are still a mix.
    expect(byRule(check([...swedish, ["C", "€ 20", 0]]))).toEqual([[4, "currency.committed", "error"]]);
  });

  it("read Brazil's, Czechia's and Poland's amounts in their currencies, and a mapping by hand names any ISO code", () => {
    // Real: Brazilian convênios in `R$ 100.000,00` refused on every row and summed as $0 (invented values).
    const brl: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "R$ 100.000,00"],
      ["B", "R$ 2.500,50"],
    ];
    expect(check(brl)).toEqual([]);
    expect([summarizePartners(brl).currency, summarizePartners(brl).total.committed]).toEqual(["BRL", 102500.5]);
    expect(
      summarizePartners([
        ["Partner", "Committed (Kč)"],
        ["A", "100 000"],
        ["B", "1 500,50"],
      ]).currency,
    ).toBe("CZK");
    expect(
      summarizePartners([
        ["Partner", "Committed"],
        ["A", "1 250,50 zł"],
      ]).total.committed,
    ).toBe(1250.5);
    // Real: Buenos Aires' works mapped `Committed (ARS)`: the code was dropped, the sum printed in $.
    const works: Cell[][] = [
      ["licitacion_oferta_empresa", "monto_contrato"],
      ["Foo SA", 1250000],
      ["Bar SRL", "mucho"],
    ];
    const pairs = (target: string) =>
      mappingFromPairs(works, "Partners", [
        ["licitacion_oferta_empresa", "Partner"],
        ["monto_contrato", target],
      ]);
    expect(summarizePartners(works, null, pairs("Committed (ARS)")).currency).toBe("ARS");
    expect(
      validateRange(works, "Partners", { today: TODAY, mapping: pairs("Committed (COP)") }).issues[0].message,
    ).toBe('monto_contrato is "mucho" — expected an amount in COP, like 1200 or COP\u00a01,200.');
    // A code no currency has is said, not dropped.
    expect(() => pairs("Committed (XYZ)")).toThrow(/XYZ is not a currency code/);
  });

  it("read a commitment written as its ceiling (Up To $X) as that amount, said once for the column", () => {
    // Real: a foundation's grants, 71 `Up To $…` cells ($259.7M, 23% of its commitments) left out of the
    // sum as 25 separate "not an amount" problems.
    const grants: Cell[][] = [
      ["Recipient", "Amount"],
      ["Policy Lab", "$50,000"],
      ["Data Trust", "Up To                    $3,963,133"],
      ["Court Reform Fund", "Up to $1,500,000"],
    ];
    const s = summarizePartners(grants);
    expect([s.total.committed, s.ceilings.committed]).toEqual([5513133, 2]);
    expect(check(grants).map((i) => [i.row, i.rule, i.rows, i.message])).toEqual([
      [
        3,
        "amountReading.committed",
        2,
        'Amount is "Up To $3,963,133" and 1 more amount written as a ceiling — read as the most each can be ' +
          "($3,963,133); where less was committed, write that amount.",
      ],
    ]);
  });

  it("read a bare $ as the dollar the column names: Canadian beside $330,000 CAD, US dollars with USD", () => {
    // Real: a Toronto contract ledger wrote most awards "$982,900" and two "$330,000 CAD".
    const toronto: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "$1,000"],
      ["B", "$330,000 CAD"],
      ["C", "$2,000"],
    ];
    const s = summarizePartners(toronto);
    expect([s.currency, s.total.committed]).toEqual(["CAD", 333000]);
    // Said in check too, once, at the cell that names the dollar: a US list with one Canadian invoice
    // would otherwise turn into Canadian dollars unsaid (a helper's round, from Toronto's ledger).
    expect(check(toronto).map((i) => [i.row, i.rule, i.severity, i.rows, i.message])).toEqual([
      [
        3,
        "dollarKind.committed",
        "warning",
        2,
        'Committed names CAD here ("$330,000 CAD"), and 2 amounts written with a bare $ (such as "$1,000" in ' +
          "row 2) are read as CAD with it — if they are another dollar, write its code beside them (USD 1,000).",
      ],
    ]);
    // Two dollars named by their codes are a mix, as £ and $ are; then a bare $ is neither's.
    const mixed: Cell[][] = [...toronto, ["D", "USD 500"]];
    expect(byRule(check(mixed))).toEqual([[5, "currency.committed", "error"]]);
    expect(() => summarizePartners(mixed)).toThrow(
      'Committed mixes currencies: CA$330,000 in 1 row, $500 in 1 row, $3,000 in 2 rows written with a bare "$" — ' +
        "convert the amounts to one currency",
    );
  });

  it("refuse a mixed column's sum with the rows naming no currency apart, not in some row's currency", () => {
    // Real: Toronto's non-competitive contracts, 2,929 amounts naming none, one "USD", one "CAD":
    // all but the CAD cell were "$1.83bn" in US dollars.
    const toronto: Cell[][] = [
      ["Supplier Name", "Contract Amount"],
      ["A", 67896.4],
      ["B", "$3,880.00"],
      ["C", "$1,311,936.00 USD"],
      ["D", "82,500.00 CAD"],
      ["E", "113,110.70"],
    ];
    expect(() => summarizePartners(toronto)).toThrow(
      "Contract Amount mixes currencies: $1,311,936 in 1 row, CA$82,500 in 1 row, " +
        '$3,880 in 1 row written with a bare "$", 181,007.10 in 2 rows naming no currency — convert',
    );
    // The error cites the row that says USD, not the bare $ before it.
    expect(check(toronto).map((i) => i.message)).toEqual([
      'Contract Amount mixes currencies: USD from row 4, and "82,500.00 CAD" here — convert them to one currency ' +
        "so they can be added up.",
    ]);
    // A header naming the column's currency names its plain numbers, and a bare $ when it is a dollar.
    const headed = toronto.map((row, i) => (i === 0 ? ["Supplier Name", "Contract Amount (CAD)"] : row));
    expect(() => summarizePartners(headed)).toThrow(
      "Contract Amount (CAD) mixes currencies: CA$267,387.10 in 4 rows, $1,311,936 in 1 row — convert",
    );
  });

  it("refuse to add up a column that mixes currencies", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed"],
      ["A", "£1,000"],
      ["B", "$3,000"],
    ];
    expect(() => summarizePartners(sheet)).toThrow(/Committed mixes currencies: £1,000 in 1 row, \$3,000 in 1 row/);
    expect(() => concentration(sheet)).toThrow(TrackerError);
  });

  it("leave a figure grouped by one dot unread in a column grouping its thousands with commas, and say why", () => {
    // A helper's round (real: a funder list, `10.000 USD` among `150,000 USD`s): summed as $10, the
    // total $9,990 short, nothing said.
    const funders: Cell[][] = [
      ["funder", "amount"],
      ["Kraken", "150,000 USD"],
      ["Spiral", "100,000 USD"],
      ["Peter McCormack", "10.000 USD"],
      ["TABConf", "5,000 USD"],
    ];
    const s = summarizePartners(funders);
    expect([s.total.committed, s.unread.committed]).toEqual([255000, 1]);
    expect(check(funders).map((i) => i.message)).toEqual([
      'amount is "10.000 USD" — 10,000 or 10? The column groups its thousands with commas and shows no decimals: ' +
        "write 10,000 if that is the amount.",
    ]);
    // Without commas beside it, a dot is a decimal point, as the US writes it; a `$` says so too.
    expect(summarizePartners([funders[0], funders[3], ["Elm", "5.25 USD"]]).total.committed).toBe(15.25);
    expect(summarizePartners([...funders.slice(0, 3), ["Elm", "$10.000"]]).total.committed).toBe(250010);
    // Two such figures are each doubtful too, never the column read as Europe writes (a reviewer's repro:
    // `150,000` then read as 150, $422.50 for the column).
    const two = [...funders, ["Elm", "12.500 USD"]];
    expect([summarizePartners(two).total.committed, summarizePartners(two).unread.committed]).toEqual([255000, 2]);
    // A column showing decimals (`1,250.50`) or in millions reads a dot as a decimal point (a reviewer's repros).
    const cents = [funders[0], ["A", "1,250.50"], ["B", "2,000"], ["C", "1.125"]];
    expect(summarizePartners(cents).total.committed).toBeCloseTo(3251.625);
    const millions = [
      ["funder", "amount (USD millions)"],
      ["A", "1,250"],
      ["B", "1.125"],
      ["C", "2,000"],
    ];
    expect(summarizePartners(millions).total.committed).toBe(3251125000);
  });

  it("read an amount column whose every figure writes its currency in those currencies, not the code column's", () => {
    // A helper's round (real: a donor's ledger, `cur` the currency of `amount`, `value` its dollars on
    // every row): `--map "value=Committed"` refused as pounds, euros and bitcoin, "$5,000" a mix.
    const ledger: Cell[][] = [
      ["recipient", "cur", "amount", "value"],
      ["Lifeboat Foundation", "USD", "10,000", "$10,000"],
      ["Oxford Trust", "GBP", "3,232", "$5,000"],
      ["TEDx", "EUR", "4,887", "$6,063"],
    ];
    const mapping = mappingFromPairs(ledger, "Partners", [
      ["value", "Committed"],
      ["amount", "Ignore"],
    ]);
    const s = summarizePartners(ledger, null, mapping);
    expect([s.total.committed, s.currency]).toEqual([21063, "USD"]);
    expect(validateRange(ledger, "Partners", { mapping, today: TODAY }).issues).toEqual([]);
    // A `$` beside USD, CAD and AUD fits each code: the amounts are in the codes' dollars, a mix (a
    // reviewer's repro: CA$20,000 and A$5,000 summed with US dollars as $36,000).
    const dollars: Cell[][] = [
      ["Donor", "Amount", "Currency"],
      ["Acme", "$10,000", "USD"],
      ["Beta", "$20,000", "CAD"],
      ["Gamma", "$5,000", "AUD"],
    ];
    expect(() => summarizePartners(dollars)).toThrow(/^Amount mixes currencies: \$10,000 in 1 row, CA\$20,000/);
    // The amounts the code column is for stay in its currencies: a mix, refused.
    const own = mappingFromPairs(ledger, "Partners", [["amount", "Committed"]]);
    expect(() => summarizePartners(ledger, null, own)).toThrow(/^amount mixes currencies: \$10,000 in 1 row, £3,232/);
  });

  it("read a column of currency codes in capitals as the amounts' currency, whatever its header", () => {
    // A helper's round (real: a donation log, `Unit` of EUR, JPY, GBP, CAD, USD): $379,322 summed as
    // dollars, "the sheet names no currency", and check said no issues.
    const log: Cell[][] = [
      ["Recipient", "Amount", "Unit"],
      ["Plan International", 50, "EUR"],
      ["Animal shelter", 20000, "JPY"],
      ["Wikipedia", 1040, "JPY"],
      ["RSPCA", 50, "GBP"],
    ];
    expect(() => summarizePartners(log)).toThrow(
      /^Amount mixes currencies: €50 in 1 row, ¥21,040 in 2 rows, £50 in 1 row/,
    );
    expect(check(log).map((i) => i.message)).toEqual([
      'Amount mixes currencies: EUR from row 2, and JPY here (as "Unit" says) — convert them to one currency so ' +
        "they can be added up.",
    ]);
    // One code throughout: the amounts are in it. A column with any other word, or under three codes, is none.
    const yen = log.map((r, i) => (i === 0 ? r : [r[0], r[1], "JPY"]));
    expect(summarizePartners(yen).currency).toBe("JPY");
    const mixed = [...yen.slice(0, 4), ["RSPCA", 50, "each"]];
    expect(summarizePartners(mixed).currency).toBe("USD");
    expect(summarizePartners(yen.slice(0, 3)).currency).toBe("USD");
    // A word that is also a code (`ALL`, a scope) is no currency here; nor are countries or airports.
    for (const words of [
      ["ALL", "ALL", "ALL"],
      ["USA", "GBR", "FRA"],
      ["LAX", "JFK", "LHR"],
    ]) {
      const sheet = [["Partner", "Committed (USD)", "Unit"], ...words.map((w, i): Cell[] => [`P${i}`, 1000, w])];
      const s = summarizePartners(sheet);
      expect([s.total.committed, s.currency]).toEqual([3000, "USD"]);
    }
  });

  it("read a Currency column's code the runtime does not know as a currency of its own, never as dollars", () => {
    // A helper's round (real: a donor's ledger, `cur` of USD, BTC, ETH, EEK): 50 BTC, 79 ETH and
    // 120,500 EEK were added to its dollars, $130,629 for $10,000, and check said "no issues".
    const ledger: Cell[][] = [
      ["recipient", "cur", "amount"],
      ["Harbor Trust", "USD", 10000],
      ["Lantern Lab", "BTC", 50],
      ["Quill Society", "ETH", 79],
      ["Maple Institute", "EEK", 120500],
    ];
    expect(() => summarizePartners(ledger)).toThrow(
      /^amount mixes currencies: \$10,000 in 1 row, BTC\s50 in 1 row, ETH\s79 in 1 row, EEK\s120,500 in 1 row/,
    );
    // The check names the currency the row's column says, where its cell is a plain figure.
    expect(check(ledger).map((i) => i.message)).toEqual([
      'amount mixes currencies: USD from row 2, and BTC here (as "cur" says) — convert them to one currency so ' +
        "they can be added up.",
    ]);
    // A placeholder's word or a word in lower case is no currency: `TBD` and `cash` leave the dollars alone.
    const words = [ledger[0], ledger[1], ["Lantern Lab", "TBD", 50], ["Quill Society", "cash", 79]];
    expect(summarizePartners(words).total.committed).toBe(10129);
    // Nor are capitals that name none (`USA`, `WIRE`, `USDT`: a reviewer's repros, the last a crash), and a
    // column of one such code is in that currency, never dollars.
    const capitals = [
      ledger[0],
      ledger[1],
      ["Lantern Lab", "USA", 50],
      ["Quill Society", "WIRE", 79],
      ["Elm", "USDT", 1],
    ];
    expect(summarizePartners(capitals).total.committed).toBe(10130);
    const bitcoin = [ledger[0], ["Lantern Lab", "BTC", 2], ["Quill Society", "BTC", 3]];
    expect([summarizePartners(bitcoin).currency, summarizePartners(bitcoin).total.committed]).toEqual(["BTC", 5]);
  });

  it("say each currency's sum of a mixed column, by each amount's mark or its row's Currency code", () => {
    // A helper's round, real: Unbound Philanthropy's UK and US programmes, every amount with its symbol.
    const sections: Cell[][] = [
      ["Grantee Name ", "Amount Awarded", "Region"],
      ["UK PROGRAM", "", ""],
      ["Alder Futures", " £160,000.00 ", "United Kingdom"],
      ["Birch Rights Trust", " £55,000.00 ", "United Kingdom"],
      ["US Program", "", ""],
      ["Damson Voice", " $350,000.00 ", "United States"],
      ["Elm Council Inc.", " $250,000.00 ", "United States"],
      ["Total", "$815,000.00", ""],
    ];
    expect(() => summarizePartners(sections)).toThrow(
      /Amount Awarded mixes currencies: £215,000 in 2 rows, \$600,000 in 2 rows — convert/,
    );
    // A 360Giving file's Currency column names each row's: plain figures summed per code.
    const coded: Cell[][] = [
      ["Recipient Org:Name", "Amount Awarded", "Currency"],
      ["A", 1000, "GBP"],
      ["B", 2500, "USD"],
      ["C", 500, "GBP"],
      ...Array.from({ length: 1000 }, (_, i): Cell[] => [`D${i}`, 1, "EUR"]),
    ];
    expect(() => summarizePartners(coded)).toThrow(
      /mixes currencies: £1,500 in 2 rows, \$2,500 in 1 row, €1,000 in 1,000 rows/,
    );
  });
});

describe("ledgers (SPEC rev 2)", () => {
  const grants: Cell[][] = [
    ["Grantee", "Program ID", "Amount Awarded", "Sector"],
    ["City Food Bank", "FOOD-01", 1000, "Nonprofit"],
    ["Riverside Youth League", "PARK-02", 500, "Nonprofit"],
    ["city food bank", "PARK-02", 2000, "Nonprofit"],
    ["City Food Bank", "FOOD-01", 300, "Nonprofit"], // the same key again: a duplicate
    ["Riverside Bank", "", 4000, "Business"],
    ["Riverside Bank", "", 100, "Business"],
    ["REDACTED", "", 50, "Nonprofit"],
    ["REDACTED", "", 60, "Nonprofit"],
  ];

  it("the duplicate key is Partner + Initiative ID; repeats without an initiative are one warning per partner", () => {
    const issues = check(grants).filter((i) => !i.rule.startsWith("withheld.")); // the two REDACTED names
    // City Food Bank in two initiatives is the tracker's design; FOOD-01 again on row 5 is a duplicate.
    expect(byRule(issues)).toEqual([
      [5, "unique.partner", "error"],
      [6, "repeated.partner", "warning"],
    ]);
    expect(issues[1].message).toBe(
      'Grantee "Riverside Bank" is on 2 rows (6, 7): read as one partner with several rows — it counts once, ' +
        "with any amounts on its rows added up. If these are different organisations, tell them apart by name. " +
        "Fill in Program ID on these rows to tell them apart.",
    );
  });

  it("says a grant's own ID column is not an Initiative ID: no warning suggests mapping it", () => {
    // A 360Giving-style list: Identifier differs on every row, but an Initiative ID names one of the
    // tracker's initiatives (Foundation); mapping grant numbers to it would only make cross-tab errors.
    const sheet: Cell[][] = [
      ["Identifier", "Recipient Org:Name", "Amount Awarded"],
      ["360G-TMBC-001", "Carers Centre", 1000],
      ["360G-TMBC-002", "Carers Centre", 700],
    ];
    const [issue] = check(sheet);
    expect(issue.message).toMatch(/tell them apart by name\.$/);
    expect(withoutAdvice(issue.rule, issue.message)).toBe('Recipient Org:Name "Carers Centre" is on 2 rows (2, 3)');
  });

  it("without an Initiative ID column, a partner on many rows is one warning, never an error per row", () => {
    const ledger: Cell[][] = [["Grantee", "Amount"]];
    for (let i = 0; i < 40; i++) ledger.push(["Open Society", 100 + i]);
    const issues = check(ledger);
    expect(byRule(issues)).toEqual([[2, "repeated.partner", "warning"]]);
    expect(issues[0].message).toMatch(/is on 40 rows \(2, 3, 4, 5, 6, 7, 8, 9 … and 32 more\)/);
  });

  it("a row the same as another of its partner's in every column is named: money entered twice", () => {
    // Real: a sports-grant list has 'Penrith City Council | 50000 | round 3 | NSW' on two rows running.
    const ledger: Cell[][] = [
      ["Grantee", "Amount", "Round", "State"],
      ["Penrith City Council", 50000, 3, "NSW"],
      ["Penrith City Council", 50000, 3, "NSW"],
      ["Penrith City Council", 50000, 4, "NSW"], // another round: another grant
      ["Glen Eira", 20000, 1, "VIC"],
      ["Glen Eira", 20000, 1, "VIC "], // a trailing space reads the same
      ["Glen Eira", 20000, 2, "VIC", ""], // another round; a trailing empty cell is nothing
    ];
    const same = check(ledger).filter((i) => i.rule === "sameRow.partner");
    expect(same.map((i) => [i.row, i.severity, i.message])).toEqual([
      [
        3,
        "warning",
        "Row 3 is the same as row 2 in every column: the same entry made twice? Both are added up ($50,000 " +
          "each). If it is one, delete the extra row.",
      ],
      [
        6,
        "warning",
        "Row 6 is the same as row 5 in every column: the same entry made twice? Both are added up ($20,000 " +
          "each). If it is one, delete the extra row.",
      ],
    ]);
    // The ledger's warnings per partner are still there, and SUMMARY still adds every row (SPEC).
    expect(check(ledger).filter((i) => i.rule === "repeated.partner")).toHaveLength(2);
    expect(summarizePartners(ledger).total.committed).toBe(210000);
    // A directory has no amounts to add up twice: its rows are counted (real: a provider directory).
    const directory: Cell[][] = [
      ["Org Name", "Contact", "Town"],
      ["OLIO", "Ann", "Leeds"],
      ["OLIO", "Ann", "Leeds"],
    ];
    const twice = check(directory).find((i) => i.rule === "sameRow.partner");
    expect(twice?.message).toBe(
      "Row 3 is the same as row 2 in every column: the same entry made twice? Both are counted. If it is one, delete the extra row.",
    );
    // Nor a sponsors' list whose two alike rows have no amount a sum reads: nothing is added up (a
    // helper's round, real: a station's sponsors, `trade?` in 2020 Spending on both rows, "added up").
    const trade: Cell[][] = [
      ["SPONSOR", "Level", "Committed"],
      ["The Public Theater", "On-Air Sponsor", "trade? "],
      ["The Public Theater", "On-Air Sponsor", "trade? "],
      ["Harbor Bank", "Underwriter", 5000],
    ];
    expect(check(trade).find((i) => i.rule === "sameRow.partner")?.message).toBe(
      "Row 3 is the same as row 2 in every column: the same entry made twice? Both are counted. If it is one, delete the extra row.",
    );
    // Rows with no Committed whose Received is added up say so (a reviewer's repro: "counted").
    const paid: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Harbor Bank", 5000, 5000],
      ["Public Theater", null, 750],
      ["Public Theater", null, 750],
    ];
    expect(check(paid).find((i) => i.rule === "sameRow.partner")?.message).toBe(
      "Row 4 is the same as row 3 in every column: the same entry made twice? Both are added up ($750 received each). If it is one, delete the extra row.",
    );
    // Several pairs, one counted and one added up: the problem's line is true of each.
    const pairs = [...trade, ["Kite Club", "Underwriter", 100], ["Kite Club", "Underwriter", 100]];
    const [line] = groupProblems(check(pairs).filter((i) => i.rule === "sameRow.partner"));
    expect(line.message).toContain("Each is counted, any amount on it added up.");
    // Rows that are all copies of one entry are said once, as copies, not also as a partner on two rows
    // to tell apart (real: a French county's grants, four rows made twice, each said twice).
    expect(check(directory).map((i) => i.rule)).toEqual(["sameRow.partner"]);
  });

  it("rows apart only in a GIS or portal record number (OID_, FID) are the same entry made twice", () => {
    // Real (a helper's round, invented values): DC's capital projects, a $9.3M budget on two rows
    // apart only in `OID_` and `FID`, added up twice with no word; a grant's own number still tells.
    const projects: Cell[][] = [
      ["OID_", "FID", "Name", "Construction_Start_Date", "Construction_Budget"],
      [12, 43, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [53, 41, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [54, 44, "Valve Renewal", "7/30/2014 0:00:00", 1250000],
    ];
    const mapped = mappingFromPairs(projects, "Partners", [
      ["Name", "Partner"],
      ["Construction_Budget", "Committed"],
    ]);
    const same = validateRange(projects, "Partners", { today: TODAY, mapping: mapped }).issues.filter(
      (i) => i.rule === "sameRow.partner",
    );
    expect(same.map((i) => [i.row, i.message])).toEqual([
      [
        3,
        "Row 3 is the same as row 2 in every column but its record number (OID_, FID): the same entry made twice? " +
          "Both are added up ($700,000 each). If it is one, delete the extra row.",
      ],
    ]);
    expect(summarizePartners(projects, null, mapped).sameRows).toMatchObject({ rows: 1, committed: 700000 });
    // A grant's own number is what it records: two grants, not one made twice.
    const grants: Cell[][] = [
      ["Grant ID", "Grantee", "Amount"],
      ["G-1", "Harbor Trust", 5000],
      ["G-2", "Harbor Trust", 5000],
    ];
    expect(check(grants).filter((i) => i.rule === "sameRow.partner")).toEqual([]);
  });

  it("rows a person reads as the same are one entry made twice: amounts as figures, names whatever their case", () => {
    // A helper's round, real: Toronto's awarded contracts, 16 re-posted with a new `unique_id`, the
    // amount written `$2,382,000` once and 2382000.00 again, the supplier `… Inc.` and `… INC`:
    // CA$43.1M added up twice with no word.
    const awards: Cell[][] = [
      ["_id", "unique_id", "Document Number", "Successful Supplier", "Awarded Amount", "Award Date"],
      [1, "7f3a_1", "Doc100", "Alder Sewer Services Inc", 8658579.6, "2024-06-06"],
      [2, "7f3b_1", "Doc100", "ALDER SEWER SERVICES INC.", 8658579.6, "2024-06-06"],
      [3, "8c1d_1", "Doc200", "Birch Paving Ltd", "$2,382,000", "2024-01-25"],
      [4, "8c1e_1", "Doc200", "Birch Paving Ltd", 2382000, "2024-01-25"],
      [5, "9e4f_1", "Doc300", "Cedar Crete Inc", 500, "2023-10-10"],
      [6, "9e4f_2", "Doc301", "Cedar Crete Inc", 500, "2023-10-10"],
    ];
    const same = check(awards).filter((i) => i.rule === "sameRow.partner");
    expect(same.map((i) => i.row)).toEqual([3, 5]);
    expect(same[0].message).toContain("in every column but its record number (_id, unique_id)");
    expect(summarizePartners(awards).sameRows).toMatchObject({ rows: 2, committed: 8658579.6 + 2382000 });
    // An outline number is no amount (`1.10` is not `1.1`), nor are pounds dollars (a reviewer's repro).
    const sections: Cell[][] = [
      ["Section", "Partner", "Committed", "Paid in"],
      ["1.1", "Rotary Club", 500, "$500"],
      ["1.2", "Lions Club", 700, "$700"],
      ["1.10", "Rotary Club", 500, "£500"],
      ["1.1", "Rotary Club", 500, "£500"],
    ];
    expect(check(sections).filter((i) => i.rule === "sameRow.partner")).toEqual([]);
  });

  it("compares a Brazilian CNPJ and an Italian codice fiscale with the names, as a charity number is", () => {
    // Corpus round fk (real): Italy's 5 per mille, two associations of one name in Palermo and Cosenza
    // with their own tax codes read as one partner on several rows "each counts once"; Minas Gerais'
    // register, one CNPJ under an institute's old and new names.
    const allocations: Cell[][] = [
      ["codice_fiscale", "denominazione", "nome_comune", "importo_totale_erogabile"],
      ["97197020825", "ASSOCIAZIONE NAZIONALE TUTTE LE ETA' ATTIVE", "PALERMO", 146191.68],
      ["98054960780", "ASSOCIAZIONE NAZIONALE TUTTE LE ETA' ATTIVE", "COSENZA", 37738.66],
      ["80051890152", "FONDAZIONE AIRC PER LA RICERCA SUL CANCRO ETS", "MILANO", 69848811.36],
    ];
    const italian = check(allocations);
    expect(byRule(italian)).toEqual([[2, "sameName.partner", "warning"]]);
    expect(italian[0].message).toContain(
      "where codice_fiscale differs (97197020825 on row 2, 98054960780 on row 3): two organisations under one name",
    );
    const register: Cell[][] = [
      ["Entidade parceira", "CNPJ da Entidade Parceira", "Repasse total previsto", "Situação do Instrumento"],
      ["Instituto Cultural Orquestra Sinfônica", "07.837.375/0001-50", 1000, "Extinto"],
      ["Instituto Cultural Filarmônica", "07.837.375/0001-50 ", 2000, "Vigente"],
      ["Instituto Elo", "07.514.913/0001-75", 3000, "Rescindido"],
      ["Humanizarte", "", 900, "Encerrado"],
    ];
    const brazilian = check(register);
    expect(byRule(brazilian)).toEqual([
      [2, "partners.oneIdentifierTwoNames", "warning"],
      [2, "spelling.status", "warning"],
      [3, "spelling.status", "warning"],
      [4, "spelling.status", "warning"],
      [5, "spelling.status", "warning"],
    ]);
    // The register's own words for an agreement in force, ended, extinguished and rescinded.
    expect(
      brazilian.filter((i) => i.rule === "spelling.status").map((i) => i.message.match(/read as "(\w+)"/)?.[1]),
    ).toEqual(["Completed", "Active", "Withdrawn", "Completed"]);
  });

  it("does not ask of names told apart by their rows' own places, and asks with the place of one place's", () => {
    // Corpus round fk (real): South Africa's lottery grants, `… - LP` in Province `LP` (Limpopo) said to
    // "differ by a legal form alone"; `Ebenezer Daycare Centre` in MP and `… - LP` in LP are two.
    const grants: Cell[][] = [
      ["Name", "Province", "Amount"],
      ["Masungulo Daycare Centre", "LP", 495544],
      ["Ebenezer Daycare Centre", "MP", 100000],
      ["Masungulo Daycare Centre - LP", "LP", 414410],
      ["Ebenezer Daycare Centre - LP", "LP", 200000],
      ["Kgwale Holdings", "GP", 5000],
      ["Kgwale Holdings LP", "GP", 6000],
    ];
    const issues = check(grants).filter((i) => i.rule === "partners.legalFormTwoNames");
    expect(issues.map((i) => i.message.replace(/ one organisation.*$/, ""))).toEqual([
      'Name "Masungulo Daycare Centre" on row 2 and "Masungulo Daycare Centre - LP" on row 4 differ by "LP" alone, ' +
        "the row's own Province (a place, not a legal form):",
      // A limited partnership's `LP` where the row's place is another is a legal form, as before.
      'Name "Kgwale Holdings" on row 6 and "Kgwale Holdings LP" on row 7 differ by a legal form alone:',
    ]);
  });

  it("a name on rows with different organisation identifiers is asked about, not only counted once", () => {
    // Real: a council's 360Giving file has `Footlights` with two company numbers, and a charity
    // number missing a digit on one of three grants to the same charity.
    const grants: Cell[][] = [
      ["Recipient Org:Name", "Recipient Org:Identifier", "Amount Awarded"],
      ["Footlights", "GB-COH-07363900", 500],
      ["Footlights", "GB-COH-06447020", 800],
      ["Blackbird Leys CDI", "GB-CHC-1137129", 1000],
      ["Blackbird Leys CDI", "gb-chc-1137129 ", 400], // the same, but for case and a space
      ["Restore", "GB-CHC-1100001", 300],
      ["Restore", "NA", 200], // a placeholder is no identifier
    ];
    const issues = check(grants);
    // One identifier on every row of Blackbird Leys CDI's grants says one organisation: nothing asked
    // (see "a ledger's partner with one organisation identifier on every row").
    expect(byRule(issues)).toEqual([
      [2, "sameName.partner", "warning"],
      [6, "repeated.partner", "warning"],
    ]);
    expect(issues[0].message).toBe(
      'Recipient Org:Name "Footlights" is on 2 rows (2, 3) where Recipient Org:Identifier differs ' +
        "(GB-COH-07363900 on row 2, GB-COH-06447020 on row 3): two organisations under one name, or an identifier " +
        "to correct? Read as one partner until they are told apart by name.",
    );
    expect(issues[1].message).toContain("If these are different organisations, tell them apart by name.");
    // Still one partner each until told apart (SPEC "Ledgers"): 3 partners, every amount added up.
    expect(summarizePartners(grants).total).toMatchObject({ partners: 3, committed: 3200 });
  });

  it("a ledger's partner with one organisation identifier on every row is not asked about: the identifier answers", () => {
    // A helper's round (real, corpus fj D7): the French State's subsidised associations, a SIREN on each
    // line, 919 warnings "… One SIREN (490135456) on every row: one organisation" — one an association,
    // nothing to act on; the Mayenne's register, 8 such of its 11.
    const ledger: Cell[][] = [
      ["SIREN", "ASSOCIATION", "Ministère", "Montant"],
      ["490135456", "1 2 3 SOLEIL LUDOTHEQUE", "Jeunesse", 3000],
      ["490135456", "1 2 3 SOLEIL LUDOTHEQUE", "Culture", 1000],
      ["445311210", "1.2.3 ARCHITECTE", "Culture", 30000],
      ["445311210", "1.2.3 ARCHITECTE", "Jeunesse", 2000],
      ["498598747", "100 000 ENTREPRENEURS", "Emploi", 15000],
      ["", "100 000 ENTREPRENEURS", "Jeunesse", 5000], // no SIREN here: no proof, asked
    ];
    const issues = check(ledger);
    expect(byRule(issues)).toEqual([[6, "repeated.partner", "warning"]]);
    expect(issues[0].message).toContain('"100 000 ENTREPRENEURS" is on 2 rows (6, 7)');
    expect(issues[0].message).toContain("If these are different organisations, tell them apart by name.");
    // Still one partner each, every amount added up (SPEC "Ledgers").
    expect(summarizePartners(ledger).total).toMatchObject({ partners: 3, committed: 56000 });
    // Without the SIREN, each is asked about.
    const unnumbered = ledger.map((row) => row.slice(1));
    expect(check(unnumbered).filter((i) => i.rule === "repeated.partner")).toHaveLength(3);
    // A number many names share is a catch-all payee's, no organisation's: no proof (a helper's round,
    // real: the City of New York's EIN on 35 payees, its agencies among them).
    const catchAll: Cell[][] = [
      ["EIN", "Payee", "Amount"],
      ["136400434", "Department of Parks", 500],
      ["136400434", "Department of Parks", 700],
      ...Array.from({ length: 9 }, (_, i): Cell[] => ["136400434", `Agency ${i + 1}`, 100]),
    ];
    const parks = check(catchAll).filter((i) => i.rule === "repeated.partner");
    expect(parks.map((i) => i.row)).toEqual([2]);
    expect(parks[0].message).toContain("If these are different organisations, tell them apart by name.");
    // No amounts (a directory) or an Initiative ID these rows leave empty: said, in one form for all.
    const directory = ledger.map((row, r) => [...row.slice(0, 3), r === 0 ? "Sector" : "Nonprofit"]);
    const said = check(directory).filter((i) => i.rule === "repeated.partner");
    expect(said.map((i) => i.message)).toEqual([
      'ASSOCIATION "1 2 3 SOLEIL LUDOTHEQUE" is on 2 rows (2, 3) with one SIREN (490135456) on each: one ' +
        "organisation, read as one partner with several rows — it counts once, with any amounts on its rows added up.",
      'ASSOCIATION "1.2.3 ARCHITECTE" is on 2 rows (4, 5) with one SIREN (445311210) on each: one organisation, ' +
        "read as one partner with several rows — it counts once, with any amounts on its rows added up.",
      expect.stringContaining("If these are different organisations, tell them apart by name."),
    ]);
    expect(said.map((i) => withoutAdvice(i.rule, i.message))).toEqual([
      'ASSOCIATION "1 2 3 SOLEIL LUDOTHEQUE" is on 2 rows (2, 3) with one SIREN (490135456) on each',
      'ASSOCIATION "1.2.3 ARCHITECTE" is on 2 rows (4, 5) with one SIREN (445311210) on each',
      'ASSOCIATION "100 000 ENTREPRENEURS" is on 2 rows (6, 7)',
    ]);
    const initiatives = ledger.map((row, r) => [...row, r === 0 ? "Initiative ID" : ""]);
    expect(
      check(initiatives)
        .filter((i) => i.rule === "repeated.partner")
        .map((i) => i.row),
    ).toEqual([2, 4, 6]);
  });

  it("a payments file's Supplier ID and a register's UKPRN are organisation identifiers too", () => {
    // Helpers' rounds (real): Oxford's spend over £500, KENT COUNTY COUNCIL under two Supplier IDs read
    // as one supplier without a word; England's providers under one name with two UKPRNs.
    for (const header of ["Supplier ID", "UKPRN", "Charity No"]) {
      const rows: Cell[][] = [
        ["Supplier Name", header, "Amount"],
        ["KENT COUNTY COUNCIL", "20010933", 500],
        ["KENT COUNTY COUNCIL", "20011042", 800],
      ];
      expect(
        check(rows).map((i) => [i.rule, i.message.includes(`where ${header} differs (20010933 on row 2`)]),
      ).toEqual([["sameName.partner", true]]);
    }
  });

  it("an identifier that stands for none (DUMMY01, 0) is no organisation's: no 'one organisation under N names?'", () => {
    // Helpers' rounds (real): the Indigo Trust's 360Giving grants, `DUMMY01` under 67 names and 14
    // "two organisations under one name" beside a real number; Northern Ireland's charity register,
    // company number 0 under 5,978 charities.
    const grants: Cell[][] = [
      ["Recipient Org:Name", "Recipient Org:Identifier", "Amount Awarded"],
      ["Alder Youth Hub", "360G-exampletrust:org-101", 10000],
      ["Alder Youth Hub", "DUMMY01", 12000],
      ["Birch Civic Lab", "DUMMY01", 25000],
      ["Cedar Translators", "0", 8000],
      ["Dune Arts", "000", 500],
    ];
    const issues = check(grants);
    expect(byRule(issues)).toEqual([[2, "repeated.partner", "warning"]]);
    // A real number under two names is still asked about.
    const real = grants.map((row, i) => (i === 4 || i === 5 ? [row[0], "GB-CHC-1137129", row[2]] : row));
    expect(check(real).map((i) => i.rule)).toContain("partners.oneIdentifierTwoNames");
  });

  it("one charity number written apart is one number; a bilingual header names it in its first language", () => {
    // Real: a Canadian foundation's grants: 57 "different" charity numbers, 49 of them one number
    // written with spaces, a `BN` or without its program account; 8 real differences among them.
    const header = "Recipient Org:Charitable Registration Number: Org du bénéficiaires:Numéro d'enregistrement";
    const grants: Cell[][] = [
      ["Organization name:Nom d'organisme", header, "Amount Awarded:Montant décerné"],
      ["Alder Arts", "11878 9429 RR0001", 500],
      ["Alder Arts", "118789429RR0001", 800],
      ["Alder Arts", "BN: 118789429 RR 0001", 100],
      ["Birch Club", "139423859", 200],
      ["Birch Club", "139423859RR0001", 300],
      ["Cedar Theatre", "894382910RR0001", 400],
      ["Cedar Theatre", "984382910RR0001", 400], // two digits swapped: worth asking
    ];
    // Alder Arts' and Birch Club's rows each carry one number: one organisation each, nothing asked (a
    // ledger's partner an identifier settles); Cedar Theatre's two are asked about.
    const issues = check(grants);
    expect(byRule(issues)).toEqual([[7, "sameName.partner", "warning"]]);
    expect(issues[0].message).toContain(
      "where Recipient Org:Charitable Registration Number differs (894382910RR0001 on row 7, 984382910RR0001 on row 8)",
    );
  });

  it("quotes two names under one identifier whole where cut short they would read the same", () => {
    // A helper's round (real): a 360Giving file, "UK Lesbian and Gay Immigration Group (UKLGIG)" beside
    // the name without its acronym, both cut to the same 40 characters.
    const grants: Cell[][] = [
      ["Recipient Org:Identifier", "Recipient Org:Name", "Amount Awarded"],
      ["GB-CHC-1000001", "Northshire Lesbian and Gay Migrants Group (NLGMG)", 30000],
      ["GB-CHC-1000001", "Northshire Lesbian and Gay Migrants Group", 25000],
    ];
    expect(check(grants).map((i) => i.message)).toEqual([
      expect.stringContaining(
        '("Northshire Lesbian and Gay Migrants Group (NLGMG)" on row 2, "Northshire Lesbian and Gay Migrants ' +
          'Group" on row 3)',
      ),
    ]);
  });

  it("a number Excel saved rounded (`3,26E+13`) is no organisation's number", () => {
    // A helper's round (real, invented names): Toulouse's subsidies, 14-digit SIRET numbers saved as
    // `3,26E+13`: 137 false "one organisation under N names?".
    const grants: Cell[][] = [
      ["nomBeneficiaire", "idBeneficiaire", "montant"],
      ["ASSOC SPORTIVE DU PARC", "3,26E+13", "12000.0"],
      ["CHORALE DES QUAIS", "3,26E+13", "1500.0"],
      ["MISSION EMPLOI NORD", "3.26E+13", "40000.0"],
    ];
    expect(check(grants)).toEqual([]);
    // Written whole, one number under two names is still asked about.
    grants[2][1] = grants[1][1] = "32600000000017";
    expect(check(grants).map((i) => i.rule)).toEqual(["partners.oneIdentifierTwoNames"]);
  });

  it("people a funder marks as individuals under its one number for them are no organisation under two names", () => {
    // A helper's round (real: an artists' fund's 360Giving grants): three grantees told to take one name.
    const grants: Cell[][] = [
      ["Recipient Org:Identifier", "Recipient Org: Name", "Amount Awarded"],
      ["360G-q-ORG01", "Individual - Elicia Sanchez", 5000],
      ["360G-q-ORG01", "Individual - Favianna Rodriguez", 5000],
      ["360G-q-ORG02", "Common Cause", 25000],
      ["360G-q-ORG02", "Common Cause Education Fund", 1000],
    ];
    expect(check(grants).map((i) => [i.rule, i.row])).toEqual([["partners.oneIdentifierTwoNames", 4]]);
  });

  it("a record code's zeros are no organisation's number: different Salesforce IDs are different organisations", () => {
    // A helper's round (real, invented values): a foundation's 360Giving grants, `360G-…-ORG0014000000AbCdE`,
    // every ID's longest digit run the same zeros — "one organisation under 175 names?".
    const grants: Cell[][] = [
      ["Recipient Org:Identifier", "Recipient Org: Name", "Amount Awarded"],
      ["360G-example-ORG0014000000AbCdE", "Riverside Food Pantry", 5000],
      ["360G-example-ORG0014000000FgHiJ", "Hilltop Arts Council", 10000],
      ["360G-example-ORG0014000000KlMnO", "Lakeside Youth League", 2500],
      // Told apart by their case alone, as Salesforce's IDs are.
      ["360G-example-ORG0014000000KlMno", "Westfield Food Pantry", 700],
    ];
    expect(check(grants).map((i) => i.rule)).not.toContain("partners.oneIdentifierTwoNames");
    // One ID under two names is still asked about.
    grants.push(["360G-example-ORG0014000000KlMnO", "Eastgate Tenants Union", 500]);
    expect(check(grants).map((i) => i.rule)).toContain("partners.oneIdentifierTwoNames");
    // A number with words after it is still that number (a reviewer's repro: `EIN 12-3456789 (verified)`).
    const ein: Cell[][] = [
      ["Partner", "EIN", "Amount"],
      ["Harbor Youth Fund", "EIN 12-3456789 (verified)", 1000],
      ["Harbor Youth Fund", "12-3456789", 2000],
    ];
    // (One number on both rows: one organisation, nothing asked — not two numbers under one name.)
    expect(check(ein).map((i) => i.rule)).toEqual([]);
    // One vendor number on many people's names is a catch-all (a helper's round, real: a school
    // district's check register, `20401` on 465 names, "one organisation under 465 names? give them one
    // name"): said as such, never "give them one name".
    const refunds: Cell[][] = [
      ["Vendor ID", "Vendor Name", "Amount"],
      ...Array.from({ length: 12 }, (_, i) => [20401, `PAYEE NUMBER ${i + 1}`, 25 + i]),
    ];
    const said = check(refunds).find((i) => i.rule === "partners.oneIdentifierTwoNames");
    expect(said?.message).toContain("is on rows with 12 names");
    expect(said?.message).toContain(
      "an identifier shared by many payees (one-off payments, refunds?), not one organisation",
    );
  });

  it("SUMMARY counts distinct partners and adds up all their rows; CONCENTRATION is per partner", () => {
    const s = summarizePartners(grants);
    expect(s.rows).toEqual([
      { group: "Business", partners: 1, committed: 4100, received: 0 },
      { group: "Nonprofit", partners: 4, committed: 3910, received: 0 }, // 2 named partners + 2 REDACTED
    ]);
    expect(s.total.partners).toBe(5);
    expect(concentration(grants)).toBeCloseTo(4100 / 8010);
  });
});

describe("rows the same in every column as an earlier row of their partner, in SUMMARY", () => {
  it("are added up and counted apart, with their Committed, so the total without them can be said", () => {
    // Real: a council's grants ledger: 34 of its 69 rows copies of another (£118,425 as published,
    // £77,096.25 without them); check named each, summary said nothing.
    const ledger: Cell[][] = [
      ["Payee", "Committed", "Paid Date"],
      ["Sea Scouts", 500, "2017-04-01"],
      ["Sea Scouts", 500, "2017-04-01"], // the same entry twice
      ["Sea Scouts", 500, "2017-05-01"], // another grant of the same amount
      ["Food Bank", 250, "2017-04-01"],
      ["Food Bank", 250, "2017-04-01 "], // the same, but for a trailing space
      ["Arts Trust", 250, "2017-04-01"], // the same cells but the name: another partner
    ];
    const s = summarizePartners(ledger);
    expect(s.total).toMatchObject({ partners: 3, committed: 2250 });
    expect(s.sameRows).toMatchObject({ rows: 2, committed: 750 });
    // The same row on two sheets summed together (two programmes' awards) is not counted so: check,
    // which the note sends the reader to, compares the rows of a sheet (a helper's round, real: Arts
    // Council England's culture recovery workbook).
    const [first, second] = [ledger.slice(0, 2), [ledger[0], ledger[1]]];
    const both = summarizePartnerBlocks([
      { matrix: first, beside: 0 },
      { matrix: second, beside: 2 },
    ]);
    expect([both.total.committed, both.sameRows.rows]).toEqual([1000, 0]);
  });

  it("are left out of every figure when they are most of the rows: an export listing each row several times", () => {
    // A helper's round (real, invented values): the Global Fund's grants, 392 of 450 rows copies of an
    // earlier one, each grant's disbursed total on every copy: $7.04bn headlined for $856M.
    const row = (code: string, sector: string, amount: number) => [code, sector, amount, amount / 2, "2023-09-20"];
    const grants: Cell[][] = [
      ["Grantee", "Sector", "Committed", "Received", "period_start_date"],
      ...Array.from({ length: 4 }, () => row("KEN-H-TNT", "Nonprofit", 1000000)),
      ...Array.from({ length: 3 }, () => row("UGA-M-MoFPED", "Government", 500000)),
      row("UGA-M-TASO", "Nonprofit", 200000),
    ];
    const s = summarizePartners(grants);
    expect(s.sameRows).toMatchObject({ rows: 5, of: 8, leftOut: true, committed: 3000000 + 1000000 });
    expect(s.total).toMatchObject({ partners: 3, committed: 1700000, received: 850000 });
    expect(s.rows.map((r) => [r.group, r.partners, r.committed, r.received])).toEqual([
      ["Nonprofit", 2, 1200000, 600000],
      ["Government", 1, 500000, 250000],
    ]);
    // Half the rows or fewer stay in, said (the council's ledger above).
    const half = grants.slice(0, 3).concat(grants.slice(5, 9));
    expect(summarizePartners(half).sameRows).toMatchObject({ rows: 3, of: 6, leftOut: false });
    // So do copies carrying no day: the same grant each month, its month unwritten (a reviewer's repro).
    const undated = grants.map((r) => r.slice(0, 4));
    expect(summarizePartners(undated).sameRows).toMatchObject({ rows: 5, of: 8, leftOut: false });
    expect(summarizePartners(undated).total.committed).toBe(5700000);
    // CONCENTRATION reads the rows as SUMMARY does: the largest grantee's share without the copies
    // where they are left out, with them where they stay in (it counted every row, 0.70 for 0.59).
    expect(concentration(grants)).toBeCloseTo(1000000 / 1700000);
    expect(concentration(undated)).toBeCloseTo(4000000 / 5700000);
  });

  it("are units at a fixed price, each added up, when most are at an amount other partners' copies share", () => {
    // A helper's round (real: India's electoral bond purchasers, one row a bond, no bond number): 1,750
    // of 2,000 rows left out as copies, ₹1.03bn for ₹10.67bn, where check said each is added up.
    const bond = (buyer: string, amount: number) => ["12/Apr/2019", buyer, amount];
    const bonds: Cell[][] = [
      ["Date", "Purchaser", "Amount"],
      ...Array.from({ length: 4 }, () => bond("Essel Mining", 10000000)),
      ...Array.from({ length: 3 }, () => bond("Grasim", 10000000)),
      bond("Grasim", 1000000),
    ];
    const mapping = mappingFromPairs(bonds, "Partners", [
      ["Purchaser", "Partner"],
      ["Amount", "Committed"],
    ]);
    const s = summarizePartners(bonds, null, mapping);
    expect(s.sameRows).toMatchObject({ rows: 5, of: 8, leftOut: false, units: 10000000 });
    expect(s.total).toMatchObject({ partners: 2, committed: 71000000 });

    // A flat-rate programme's export listing every grant 4 times shares its amounts across grantees too,
    // but every row is there the same number of times: copies, left out (a reviewer's repro).
    const grant = (name: string, amount: number) => ["2023-01-05", name, amount];
    const flat: Cell[][] = [
      ["Award date", "Grantee", "Amount"],
      ...[1, 2, 3, 4].flatMap(() => [grant("Acme", 5000), grant("Beta", 5000), grant("Gamma", 10000)]),
    ];
    const reexport = summarizePartners(flat, null, mappingFromPairs(flat, "Partners", [["Grantee", "Partner"]]));
    expect(reexport.sameRows).toMatchObject({ rows: 9, of: 12, leftOut: true });
    expect(reexport.sameRows.units).toBeUndefined();
    expect(reexport.total.committed).toBe(20000);
  });
});

describe("a vendor's town written on the line under its name", () => {
  it("is the same partner as the name alone, and no list of names", () => {
    // A helper's round (real: Ottawa's contracts over $25k): `NAME⏎OTTAWA ON` counted apart from `NAME`,
    // 1,741 partners for 1,582, and `CEDAR SALT INC⏎SAINT AUGUSTIN DE DESMAURES⏎QC` "lists several names".
    const contracts: Cell[][] = [
      ["Vendor", "Amount"],
      ["ALDER AUDIT LLP\nOTTAWA ON", 50909.51],
      ["CEDAR SALT INC\nSAINT AUGUSTIN DE DESMAURES\nQC", 112159.87],
      ["ALDER AUDIT LLP", 59682.24],
      ["CEDAR SALT INC", 67975.68],
    ];
    const s = summarizePartners(contracts);
    expect([s.total.partners, s.nameLists]).toEqual([2, 0]);
    // Three names on three lines are still a list.
    const list = [contracts[0], ["Acme Energy\nBirch Foundation\nCedar Bank", 1000]];
    expect(summarizePartners(list).nameLists).toBe(1);
    // So are three names set apart by semicolons, among names that are not.
    const semicolons = [contracts[0], ["Alder Audit LLP", 10], ["Acme Energy; Birch Foundation; Cedar Bank", 1000]];
    expect(summarizePartners(semicolons).nameLists).toBe(1);
    // A name with an accent, a town with a comma, an accent or its province written out (a reviewer's repros).
    const written: Cell[][] = [
      ["Vendor", "Amount"],
      ["CAFÉ ROMA\nOTTAWA ON", 100],
      ["CAFÉ ROMA", 100],
      ["ACME LTD\nOttawa, ON", 100],
      ["ACME LTD\nMONTRÉAL QC", 100],
      ["ACME LTD", 100],
      ["BETA INC\nNEPEAN ONTARIO", 100],
      ["BETA INC", 100],
    ];
    expect([summarizePartners(written).total.partners, summarizePartners(written).nameLists]).toEqual([3, 0]);
    // A firm's legal form or a bare acronym ending a list of co-funders is no town (a reviewer's repro:
    // co-funders lost, and a false "already on row 5").
    const cofunders: Cell[][] = [
      ["Partner", "Committed"],
      ["Wellcome Trust\nGates Foundation\nNovartis AG", 100],
      ["World Bank\nUNDP\nEU", 100],
      ["Ford Foundation\nAcme Holdings LP", 100],
      ["Ford Foundation", 100],
    ];
    expect([summarizePartners(cofunders).total.partners, summarizePartners(cofunders).nameLists]).toEqual([4, 2]);
    // An organisation of the province is a co-applicant, no town (a reviewer's repro).
    const coApplicants: Cell[][] = [
      ["Partner", "Committed"],
      ["Calgary Foundation", 1000],
      ["Calgary Foundation\nUniversity of Alberta", 2000],
      ["Edmonton Community Foundation", 500],
      ["Legal Aid Society\nLegal Aid Ontario", 300],
      ["Edmonton Arts Council\nVolunteer Alberta", 200],
      ["Edmonton Arts Council", 100],
    ];
    expect(summarizePartners(coApplicants).total.partners).toBe(6);
  });

  it("a donor's postal address under its name is the name, no list of names", () => {
    // A helper's round (real: an NGO's foreign grants in rupees): each donor's address in the name cell,
    // street, town and country on their own lines, "15 rows' Partner cells list several names".
    const grants: Cell[][] = [
      ["Name of the Donor", "Amount"],
      ["Fundación Vicente Ferrer\nC/Paris, 71,      2a\nBarcelona - 08029\nSpain", 3621330],
      ["Fundación Vicente Ferrer\nC/Paris, 71,     2a\nBarcelona - 08029\nSpain", 9328261],
      [
        "Vicente Ferrer Foundation, USA\n1100 15th Street NW\nWashington, D.C. 20005\nUnited States of America",
        1099069,
      ],
      [
        "Schweizerische Akademie\nFuer Entwicklung SAD\nBoezingenstrasse 71, CH-2502\nBiel / Bienne\nSwitzerland",
        795600,
      ],
    ];
    const s = summarizePartners(grants);
    expect([s.total.partners, s.nameLists]).toEqual([3, 0]);
    // Namesakes in different countries stay two (a reviewer's repro: two ministries of health).
    const ministries: Cell[][] = [
      ["Donor", "Amount"],
      ["Ministry of Health\nPO Box 30016\nNairobi\nKenya", 50000],
      ["Ministry of Health\nPO Box 7272\nKampala\nUganda", 30000],
    ];
    expect(summarizePartners(ministries).total.partners).toBe(2);
    // Three co-funders, the last a country's government, are still a list: no line writes a number.
    const cofunders = [grants[0], ["Acme Energy\nBirch Foundation\nGermany", 1000]];
    expect(summarizePartners(cofunders).nameLists).toBe(1);
  });
});

describe("a long name wrapped over lines in its cell", () => {
  it("is one partner with its namesake on one line, and no list of names", () => {
    // A helper's round (real, corpus new-fi D6): Frontex's grants, one ministry's name wrapped in its cell
    // (`Pubblica⏎Sicurezza`, `e della⏎Polizia`) — "2 rows' Partner cells list several names" — while 40
    // rows of the same name, wrapped with Excel's carriage return or not at all, were counted as one.
    const wrapped =
      "Italy - Ministero dell'Interno, Dipartimento della Pubblica \nSicurezza, Direzione Centrale " +
      "dell'Immigrazione e della \nPolizia delle Frontiere";
    const grants: Cell[][] = [
      ["Partner", "Committed"],
      [wrapped, 100],
      [wrapped.replace(/ \n/g, "\r"), 150],
      [wrapped.replace(/ \n/g, " "), 200],
      ["Polizia Locale", 50],
    ];
    const s = summarizePartners(grants);
    expect([s.total.partners, s.nameLists, s.total.committed]).toEqual([2, 0, 500]);
    // Lines ending in a word or a mark no name ends in, or going on in lower case, are one name.
    for (const name of [
      "Ministry of\nHealth and\nSocial Affairs",
      "MINISTRY OF THE\nINTERIOR AND\nPUBLIC ADMINISTRATION",
      "Bundesministerium für\nWirtschaft, Energie,\nKlimaschutz",
      "Ministère de l'Intérieur, Direction générale des\nétrangers en France,\nDirection de l'immigration",
      "Foundation for the Protection\nof rivers, lakes\nand wetlands",
    ]) {
      expect([name, summarizePartners([grants[0], [name, 5]]).nameLists]).toEqual([name, 0]);
    }
    // Still lists: one name a line, a wrapped name among them, surnames with their particle, a list
    // written all in lower case.
    for (const list of [
      "Acme Energy\nBirch Foundation\nCedar Bank",
      "Wellcome Trust\nFoundation for the\nAdvancement of Science\nCedar Bank",
      "Jansen\nde Vries\nvan Dijk",
      "acme energy\nbirch foundation\ncedar bank",
    ]) {
      expect([list, summarizePartners([grants[0], [list, 5]]).nameLists]).toEqual([list, 1]);
    }
  });

  it("ending a line in a word no name ends in, is no name with its town on the next line", () => {
    // `City of⏎Ottawa, ON` read as `City of` and its town: one partner with `City of⏎Toronto, ON`.
    const cities: Cell[][] = [
      ["Vendor", "Amount"],
      ["City of\nOttawa, ON", 100],
      ["City of\nToronto, ON", 200],
      ["ALDER AUDIT LLP\nOTTAWA ON", 300],
      ["ALDER AUDIT LLP", 400],
    ];
    expect(summarizePartners(cities).total.partners).toBe(3);
  });
});

describe("one organisation's statutory name written in parts apart by semicolons", () => {
  it("is no list of names when its parts go on in lower case, with no capital outside quotes", () => {
    // A helper's round (real, corpus new-fe D9): Russia's presidential grants (ru_presidential_grants.csv),
    // an NGO whose legal name lists its purposes apart by `;` and ends in its quoted short name — "1 row's
    // Partner cell lists several names".
    const grants: Cell[][] = [
      ["organisation_name", "sum_mln"],
      [
        "Региональная общественная организация по защите окружающей природной среды; восстановлению и " +
          'сохранению природных ценностей; формированию экологической культуры населения"Новый экологический проект"',
        2.6845,
      ],
      ['Автономная некоммерческая организация "Фестиваль "Золотая маска""', 10],
    ];
    // (The sheet's own headers, mapped as `--map "organisation_name=Partner" --map "sum_mln=Committed"`.)
    const lists = (sheet: Cell[][]) =>
      summarizePartners(sheet, null, mapHeaders(sheet, "Partners", { 0: "partner", 1: "committed" })).nameLists;
    expect(lists(grants)).toBe(0);
    // Parts going on in lower case, no quotes.
    const phrase = [grants[0], ["Society for the protection of rivers; restoration of wetlands; education", 5]];
    expect(lists(phrase)).toBe(0);
    // Still lists: names in capitals, each quoted, a quoted name last among others, names with a
    // particle in lower case (reviewers' repros), or a list written all in lower case.
    for (const list of [
      "Acme Energy; Birch Foundation; Cedar Bank",
      'ООО "Альфа"; АО "Бета"; ПАО "Гамма"',
      'Фонд Потанина; Сбербанк; АНО "Радуга"',
      'Wellcome Trust; Gates Foundation; Fundación "la Caixa"',
      "Jansen; de Vries; van Dijk",
      "acme energy; birch foundation; cedar bank",
      "Wellcome Trust\nGates Foundation\nNovartis AG",
    ]) {
      expect([list, lists([grants[0], [list, 5]])]).toEqual([list, 1]);
    }
  });
});

describe("rows without a partner's name, in SUMMARY and CONCENTRATION", () => {
  it("adds in their money but counts no partner for a blank or N/A name; a REDACTED one is someone's", () => {
    // Real: a Toronto ledger's 2 "N/A" suppliers made 468 partners of 466.
    const ledger: Cell[][] = [
      ["Supplier", "Committed"],
      ["Alder Paving", 100],
      ["N/A", 5000],
      ["", 70],
      ["REDACTED", 40],
      ["REDACTED", 30],
    ];
    const s = summarizePartners(ledger);
    expect(s.total).toMatchObject({ partners: 3, committed: 5240 });
    expect(s.unnamed).toBe(2);
    expect(s.withheld).toBe(2); // said beside the count (the CLI's note)
    // A UK spend file's `THIRD PARTY SUPPLIER` is a name kept back too (a helper's round: 65 rows as one partner).
    const spend = ledger.map((r) => (r[0] === "REDACTED" ? ["THIRD PARTY SUPPLIER", r[1]] : r));
    expect(summarizePartners(spend).withheld).toBe(2);
    // The N/A row's 5,000 is in the total, but it is no partner to be the largest.
    expect(concentration(ledger)).toBeCloseTo(100 / 5240);
  });

  it("leaves the Partners count blank, not 0, for a range without a Partner column", () => {
    const amounts: Cell[][] = [["Grant amount"], [100], [200]];
    const s = summarizePartners(
      amounts,
      undefined,
      mappingFromPairs(amounts, "Partners", [["Grant amount", "Committed"]]),
    );
    expect(summaryToSpill(s, "Committed", "Received").at(-1)).toEqual(["Total", "", 300, ""]);
  });
});

describe("a person's name in two columns (an HR or payroll export)", () => {
  it("two rows are the same person only when both parts agree: two Millers are not one", () => {
    // Real: a village payroll, checked with --map "Last Name=Name": 4 of its 5 duplicate warnings
    // were different people sharing a surname.
    const staff: Cell[][] = [
      ["Last Name", "First Name", "Title"],
      ["Miller", "Todd", "Clerk"],
      ["Miller", "Natasha", "Treasurer"],
      ["Salerno", "Andrew", "Driver"],
      ["Salerno", "andrew ", "Public Works"], // the same man again
    ];
    const mapping = mapHeaders(staff, "Leadership", { 0: "name", 2: "title" });
    const issues = validateRange(staff, "Leadership", { today: TODAY, mapping }).issues;
    // Two titles: one man with two jobs, or two men of one name — asked, not "keep one row" (a helper's
    // round, real: New Orleans' salaries, 9 of 10 namesakes two people, a police officer and a groundskeeper).
    expect(issues.map((i) => [i.row, i.rule, i.message])).toEqual([
      [
        4,
        "sameName.name",
        'Last Name "Salerno" with First Name "Andrew" is on 2 rows (4, 5) where Title differs (Driver on row 4, ' +
          "Public Works on row 5): two people of one name, or one person in both? Tell two people apart by name (a " +
          "middle initial, say); if it is one person, say which initiative each row is for.",
      ],
    ]);
    // A seat's role on a body is no job: one person on two boards stays one repeated name.
    const seats: Cell[][] = [
      ["Name", "Title"],
      ["Ann Lee", "Board Member"],
      ["Ann Lee", "Board Treasurer"],
    ];
    expect(validateRange(seats, "Leadership", { today: TODAY }).issues.map((i) => i.rule)).toEqual(["repeated.name"]);
    // Nor a Nordic board's seats, one listed again as two joined: member, then member and chair (a
    // helper's round, real: Sweden's foundation boards, 170 of 256 "two people of one name?" so).
    const board: Cell[][] = [
      ["person_name", "role", "foundation_name"],
      ["Arnold Eliseussen", "Styrelseledamot", "Stiftelsen Utbildning Nordkalotten"],
      ["Sanna Laiho", "Styrelseledamot", "Stiftelsen Utbildning Nordkalotten"],
      ["Arnold Eliseussen", "Styrelseledamot och ordförande", "Stiftelsen Utbildning Nordkalotten"],
    ];
    const boardMapping = mapHeaders(board, "Leadership", { 0: "name", 1: "title" });
    expect(
      validateRange(board, "Leadership", { today: TODAY, mapping: boardMapping }).issues.map((i) => i.rule),
    ).toEqual(["repeated.name"]);
    // Kassör, Formand and Sekreterare are seats too, as Treasurer and Secretary are: one person listed as a
    // member and as the board's treasurer (or as two joined) is one repeated name, not "two people?".
    for (const seat of ["Kassör", "KASSÖR", "Sekreterare", "Formand", "Næstformand", "Sekreterare och kassör"]) {
      const twice = [board[0], board[1], [board[1][0], seat, board[1][2]]];
      const mapping = mapHeaders(twice, "Leadership", { 0: "name", 1: "title" });
      expect([seat, validateRange(twice, "Leadership", { today: TODAY, mapping }).issues.map((i) => i.rule)]).toEqual([
        seat,
        ["repeated.name"],
      ]);
    }
  });

  it("one name of one title on two salaries is asked as two people, not told to keep one row", () => {
    // A helper's round, real: Chicago's employees, police officers of one name on 111,966 and 97,974.
    const staff: Cell[][] = [
      ["Name", "Job Titles", "Department", "Annual Salary", "Hourly Rate"],
      ["EXAMPLE, JOSE A", "POLICE OFFICER", "DEPARTMENT OF POLICE", 111966, null],
      ["EXAMPLE, JOSE A", "POLICE OFFICER", "DEPARTMENT OF POLICE", 97974, null],
      ["SAMPLE, MARIA", "LIBRARY PAGE", "CHICAGO PUBLIC LIBRARY", null, 15.4],
      ["SAMPLE, MARIA", "LIBRARY PAGE", "CHICAGO PUBLIC LIBRARY", null, 15.4],
    ];
    const issues = validateRange(staff, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.rule])).toEqual([
      [2, "sameName.name"],
      [5, "sameRow.name"],
    ]);
    expect(issues[0].message).toContain(
      "where Annual Salary differs (111966 on row 2, 97974 on row 3): two people of one name, or one person paid twice?",
    );
  });

  it("a family name that is a placeholder's word beside a given name (NULL, NA) is a name", () => {
    // Real (a helper's round, invented values): a city's payroll, a lieutenant surnamed Null and an
    // engineer surnamed Na: "LAST NAME holds a placeholder … every row needs one", exit 1 on 21,876 clean rows.
    const staff: Cell[][] = [
      ["LAST NAME", "FIRST NAME", "MIDDLE NAME", "DEPARTMENT"],
      ["PARKER", "DONNA", "L", "POLICE"],
      ["NULL", "TERESA", "ANN", "POLICE"],
      ["NA", "MINJI", "", "PUBLIC WORKS"],
      ["N/A", "", "", "FIRE"], // no name at all: still a placeholder
    ];
    const issues = validateRange(staff, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.rule, i.value])).toEqual([[5, "required.name", "N/A"]]);
  });

  it("a middle initial beside them is part of the name: R and T are two people", () => {
    // Real: Philadelphia's election-board officials, 43 of 127 "same person" pairs told apart by it.
    const board: Cell[][] = [
      ["WARD", "LAST-NAME", "FIRST-NAME", "MIDDLE-INITIAL"],
      ["01", "HOLLOWAY", "DENISE", "R"],
      ["07", "HOLLOWAY", "DENISE", "T"],
      ["03", "MARSH", "KEVIN", ""],
      ["05", "MARSH", "KEVIN", ""],
    ];
    const mapping = mappingFromPairs(board, "Leadership", [["LAST-NAME", "Name"]]);
    const issues = validateRange(board, "Leadership", { today: TODAY, mapping }).issues;
    // (Of two wards: one official in both, or two — said so, no "keep one row": corpus round io D7.)
    expect(issues.map((i) => [i.row, i.rule, i.message.replace(/:.*/, "")])).toEqual([
      [
        4,
        "otherPlaces.name",
        'LAST-NAME "MARSH" with FIRST-NAME and MIDDLE-INITIAL "KEVIN" is on 2 rows (4, 5) where WARD differs ' +
          "(03 on row 4, 05 on row 5)",
      ],
    ]);
  });
});

describe("rows of an export that lost a separator", () => {
  it("says once that the cells stand one column left, not once per description", () => {
    // (Its dates are day first, as a London borough writes them: its amounts are no dollars' of certainty.)
    // Real: Lambeth's payments to suppliers: 358 rows with the description in the amount column and
    // the amount run into the date, 54 "expected an amount" problems, one per description.
    const payments: Cell[][] = [
      ["Supplier Name", "Start date", "Amount", "Description"],
      ["Alder Lettings", "04/06/2012", 1200.5, "RENT - SHARED"],
      ["Alder Lettings", "04/06/2012900", "RENT - SHARED", null],
      ["Birch Care", "11/06/2012", 700, "RESIDENTIAL CARE"],
      ["Birch Care", "11/06/2012750", "RESIDENTIAL CARE", null],
      ["Cedar Homes", "18/06/2012620.4", "DOMICILIARY CARE", null],
      ["Dale Print", "19/06/2012", "lots", "PRINTING"],
    ];
    const issues = check(payments).filter((i) => i.severity === "error");
    expect(issues.map((i) => [i.rule, i.rows ?? 1, i.message])).toEqual([
      [
        "type.startDate",
        3,
        'Start date holds a date with figures run on after it (such as "04/06/2012900") in 3 rows (3, 5, 6): the ' +
          "figures belong in the next column — did the file lose a separator? Fix them there.",
      ],
      [
        "type.committed",
        3,
        'Amount holds what Description holds (such as "RENT - SHARED") in 3 rows (3, 5, 6): their cells stand one ' +
          "column to the left of their headers — did the file lose a separator? Fix them there; until then their " +
          "Amount is in no sum.",
      ],
      ["type.committed", 1, 'Amount is "lots" — expected an amount, like 1200.'],
    ]);
  });

  it("says so of a row that lost two separators, its date and amount run into the name", () => {
    // A helper's round (real): Lambeth's payments, `Inter High Education/Academy2129/05/2012740` on a
    // row of four cells under six headers — a partner with no amount, £740 in no sum, unsaid.
    const payments: Cell[][] = [
      ["Department", "Supplier Name", "Start date", "Amount", "Description"],
      ["Adults", "Alder Care Ltd", "01/06/2012", 1000, "SERVICES"],
      ["Children", "Kite Academy2129/05/2012740", "PROFESSIONAL FEES", null, null],
      // A name ending in figures, its row whole, is a name (`Unit 12/05/2019 2`: no run-on date).
      ["Adults", "Lot 4-5-20221", "02/06/2012", 50, "HIRE"],
    ];
    const issues = check(payments).filter((i) => i.rule.startsWith("runTogether"));
    expect(issues.map((i) => [i.row, i.rule, i.severity, i.rows ?? 1, i.message])).toEqual([
      [
        3,
        "runTogether.partner",
        "error",
        1,
        'Supplier Name holds a name with a date and figures run on after it (such as "Kite Academy2129/05/2012740") ' +
          "in 1 row (3), its other cells short of the header — did the file lose separators? Fix it there; its " +
          "amount is in no sum until then.",
      ],
    ]);
  });

  it("does not say so of a short row whose words repeat across year columns, each in its place", () => {
    // A helper's round (real: Austin's measures, `New Meas.` in each PFY column and blank months after):
    // 90 rows "did the file lose a separator?" in an xlsx.
    const grants: Cell[][] = [
      ["Partner", "Committed", "Received", "Received last year", "Officer"],
      ["Alder Trust", 1000, 500, 400, "J. Moss"],
      ["Birch Trust", 8000, "New grant", "New grant", null],
      ["Cedar Trust", 3000, 1500, 1200, "J. Moss"],
    ];
    const issues = check(grants).filter((i) => i.rule === "type.received");
    expect(issues.map((i) => i.message)).toEqual([
      'Received is "New grant" — expected an amount in dollars, like 1200 or $1,200.',
    ]);
  });

  it("does not say so of a full row whose number column shares a word with the column right of it", () => {
    // Real (a helper's round): Austin's measures, an xlsx table, `Yes` in two year columns side by side:
    // "did the file lose a separator? … left out of the sums" on rows that lost nothing.
    const measures: Cell[][] = [
      ["Initiative ID", "Initiative", "Benchmark metric", "Baseline", "Current value", "Notes"],
      ["M-1", "Permits", "Days to issue", 30, 25, "ok"],
      ["M-2", "Ratings", "Credit rating kept", "Yes", "Yes", "kept"],
      ["M-3", "Parks", "Acres", 100, 120, "ok"],
    ];
    const issues = check(measures, "Foundation").filter((i) => i.rule === "type.baseline");
    expect(issues.map((i) => i.message)).toEqual(['Baseline is "Yes" — expected a number, like 12 or 1,200.']);
  });

  it("does not say so of a milestone's dates, each in its place, beside each other", () => {
    // A helper's round (real): a development agency's indicators, a milestone's actual and target
    // dates in the figures columns, its Notes empty: 19 rows "did the file lose a separator?".
    const indicators: Cell[][] = [
      ["Initiative ID", "Benchmark metric", "Current value", "Target", "Progress", "Notes"],
      ["XX_0101", "Design completed", "30-Mar-10", "30-Sep-09", "Complete", null],
      ["XX_0102", "Needs assessment", "30-Sep-09", "31-Jul-2008", "Complete", null],
    ];
    expect(check(indicators, "Foundation").map((i) => i.message)).not.toContainEqual(
      expect.stringContaining("lose a separator"),
    );
  });

  it("says once that a block of rows stands a column right, an empty cell put in, and sums none of its figures", () => {
    // A helper's round (real: MCC's indicators, 80 Honduras rows with an empty cell put in before their
    // figures, the target read as the actual to date, nothing said; the last column filled, so no cell
    // stood past the headers).
    const grants: Cell[][] = [
      ["Partner", "Region", "Sector", "Committed", "Received", "Notes"],
      ["Alder Trust", "North", "Nonprofit", 5000, 2000, "on track"],
      ["Birch Fund", "North", "Philanthropy", 8000, 8000, "paid"],
      ["Cedar Works", "South", "Business", 3000, 1000, null],
      ["Damson Org", "South", "Nonprofit", 4000, 0, null],
      ["Elm Society", null, "East", "Nonprofit", 6000, 1500],
      ["Fir Network", null, "East", "Business", 7000, 7000],
    ];
    const issues = check(grants).filter((i) => i.rule === "type.committed");
    expect(issues.map((i) => [i.rows ?? 1, i.message])).toEqual([
      [
        2,
        'Committed holds what Sector holds (such as "Nonprofit") in 2 rows (6, 7): their cells stand one column to ' +
          "the right of their headers — was an empty cell put in before them, or a value split into two cells? Fix " +
          "them there; until then their Committed is in no sum.",
      ],
    ]);
    // Their Received holds their Committed: in no sum either.
    const total = summarizePartners(grants, null).total;
    expect([total.committed, total.received]).toEqual([20000, 11000]);
    // A row whose amount is a remark (`see MOU`) beside a blank Sector stands where it is: its Received
    // is its own (a reviewer's repro, $75,000 dropped).
    const remark = [
      grants[0],
      ...grants.slice(1, 5),
      ["Atlanta Regional Commission", "South", null, "see MOU", 75000, null],
    ];
    expect(summarizePartners(remark, null).total.received).toBe(11000 + 75000);
    // A row with only its amount in words, the rest where it belongs, is a value to fix, no move.
    const pending = [grants[0], ...grants.slice(1, 5), ["Gorse Club", "South", "Nonprofit", "Nonprofit", 0, null]];
    expect(check(pending).filter((i) => i.rule === "type.committed")[0]?.message).toMatch(/^Committed is "Nonprofit"/);
  });

  it("says once that cells stand to the right when a CSV's quoted value held quotation marks", () => {
    // Real: a Swiss city's culture grants: `"Debütalbum "Identity" & …"` split as Excel opens it, and
    // three grants (CHF 11,000) were "Amount is "Konzert & Theater" — expected an amount".
    const grants: Cell[][] = [
      ["Applicant", "Project", "Kind", "Amount (CHF)"],
      ["Lake Choir", "Spring concert", "Music", 4000],
      ["Mill Theatre", 'Play The Lantern"', ' 3 nights"', "Theatre", 6000],
      ["River Band", "Album", "Theatre", 2500],
      ["Stone Trio", "Tour", "lots", "lots"], // a word the amount shares with Kind: no move
    ];
    const issues = check(grants).filter((i) => i.severity === "error");
    expect(issues.map((i) => [i.rule, i.rows ?? 1, i.message])).toEqual([
      [
        "type.committed",
        1,
        'Amount (CHF) holds what Kind holds (such as "Theatre") in 1 row (3): its cells stand one column to the ' +
          'right of their headers — a quoted value with quotation marks inside it ("Play The Lantern"") split ' +
          "into more cells. Fix it there; until then its Amount (CHF) is in no sum.",
      ],
      ["type.committed", 1, expect.stringMatching(/^Amount \(CHF\) is "lots" — expected an amount in CHF/)],
    ]);
  });
});

describe("one name on rows of different years", () => {
  it("is a roster kept year by year: nothing said; two rows of one year still are", () => {
    // A helper's round (real, invented values): a school district's board candidates, 1995–2014,
    // nine "keep one row" on people who stood in several elections.
    const candidates: Cell[][] = [
      ["Year", "Name", "Title"],
      [2014, "Ada Sample", "Retired Teacher"],
      [2010, "Ada Sample", "Retired Teacher"],
      [2014, "Ben Example", "Parent"],
      [2014, "Ben Example", "Parent"],
    ];
    const issues = validateRange(candidates, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.row, i.rule])).toEqual([[5, "sameRow.name"]]);
  });
});

describe("a ledger that numbers its projects afresh each year", () => {
  it("keys each award by its year too: project 1 of 2015 and of 2016 are two; twice in one year is still one too many", () => {
    // A helper's round (real: California's transit capital awards, invented values): `Project_#`
    // restarts each `Award_Year`; one agency's project 1 of both years was "already on row 2".
    const awards: Cell[][] = [
      ["Award_Year", "Project_#", "Award_Recipient", "TIRCP_Award_Amount"],
      [2015, 1, "Valley Transit Authority", 24403000],
      [2015, 2, "Harbor Rail Authority", 4620000],
      [2016, 1, "Valley Transit Authority", 6481000],
      [2016, 1, "Valley Transit Authority", 6481000],
    ];
    const { issues, mapping } = validateRange(awards, undefined, { today: TODAY });
    expect(mapping.columns.map((c) => [c.header, c.name])).toEqual([
      ["Project_#", "Initiative ID"],
      ["Award_Recipient", "Partner"],
      ["TIRCP_Award_Amount", "Committed"],
    ]);
    expect(issues.map((i) => [i.row, i.rule])).toEqual([[5, "unique.partner"]]);
  });

  it("keeps a provider's rows under one programme together across years, one warning naming them all", () => {
    // A helper's round (real: NYC's social-service contracts, invented values): `program_id` of a few
    // programmes again and again, `fiscal_year` beside it — one provider's programme was two warnings,
    // each naming half its rows, and a provider with one row a year got none.
    const contracts: Cell[][] = [["fiscal_year", "program_id", "provider_id", "amount"]];
    for (const [year, program, provider] of [
      ["FY2020", 271, "Harbor Youth"],
      ["FY2020", 271, "Harbor Youth"],
      ["FY2021", 271, "Harbor Youth"],
      ["FY2021", 271, "Harbor Youth"],
      ["FY2020", 300, "Eastside Clinic"],
      ["FY2021", 300, "Eastside Clinic"],
      ["FY2020", 271, "Lakeside Arts"],
      ["FY2021", 300, "Lakeside Arts"],
    ] as const) {
      contracts.push([year, program, provider, 1000 * contracts.length]);
    }
    const mapping = mappingFromPairs(contracts, "Partners", [
      ["provider_id", "Partner"],
      ["program_id", "Initiative ID"],
      ["amount", "Committed"],
    ]);
    const issues = validateRange(contracts, "Partners", { today: TODAY, mapping }).issues;
    expect(issues.map((i) => [i.rule, i.row, i.rows])).toEqual([
      ["repeated.partner", 2, 4],
      ["repeated.partner", 6, 2],
    ]);
  });
});

describe("one name on rows of different organisations", () => {
  it("asks whether they are two people or one person in both, never to keep one row", () => {
    // Real: an Australian state's list of local councillors (`name`, `council`, `email`): namesakes on
    // two councils were told "keep one row", which would delete a councillor.
    const councillors: Cell[][] = [
      ["name", "executive", "council", "email"],
      ["Sam Example", "", "Northtown Shire Council", "sam@northtown.example"],
      ["Sam Example", "Mayor", "Southville City Council", ""],
      ["Lee Sample", "", "Northtown Shire Council", "lee@northtown.example"],
      ["Lee Sample", "Deputy Mayor", "NORTHTOWN SHIRE COUNCIL ", ""],
    ];
    const mapping = mapHeaders(councillors, "Leadership");
    expect(mapping.columns.map((c) => [c.header, c.name])).toEqual([
      ["name", "Name"],
      ["council", "Organization"],
      ["email", "Email"],
    ]);
    const messages = check(councillors, "Leadership").filter((i) => /^(sameName|repeated)\./.test(i.rule));
    expect(messages.map((i) => [i.rule, i.message])).toEqual([
      [
        "sameName.name",
        'name "Sam Example" is on 2 rows (2, 3) where council differs (Northtown Shire Council on row 2, ' +
          "Southville City Council on row 3): two people of one name, or one person in both? Tell two people " +
          "apart by name (a middle initial, say); if it is one person, say which initiative each row is for.",
      ],
      // One council, written in capitals once: one person entered twice.
      ["repeated.name", expect.stringMatching(/^name "Lee Sample" is on 2 rows \(4, 5\): .*keep one row/)],
    ]);
  });
});

describe("one name on rows with different email addresses", () => {
  it("asks whether they are two people, never only to keep one row", () => {
    // Real: a general election's candidates: five names on two rows each, all ten different people.
    const people: Cell[][] = [
      ["Name", "Email", "Organization"],
      ["Sam Example", "sam@north.example.org", "North Party"],
      ["Ana Ruiz", "ana@city.example.gov", "City"],
      ["Sam Example", "s.example@south.example.org", "South Party"],
      ["Ana Ruiz", "", "City"], // no address the second time: one person, entered twice
    ];
    const messages = check(people, "Leadership").filter((i) => /^(sameName|repeated)\./.test(i.rule));
    expect(messages.map((i) => i.rule)).toEqual(["sameName.name", "repeated.name"]);
    expect(messages.map((i) => i.message)).toEqual([
      'Name "Sam Example" is on 2 rows (2, 4) where Email differs (sam@north.example.org on row 2, ' +
        "s.example@south.example.org on row 4): two people of one name? Tell them apart by name (a middle " +
        "initial, say); if it is one person, keep one row, or say which initiative each row is for.",
      'Name "Ana Ruiz" is on 2 rows (3, 5): the Leadership tab lists each person once per initiative — keep one ' +
        "row, or say which initiative each row is for.",
    ]);
    // Offices' mailboxes of one domain beside two organisations: one person in both, or two — never
    // "keep one row" (a helper's round, real: India's directory of officials, a minister of two ministries).
    const officials: Cell[][] = [
      ["name", "designation", "org_name", "email"],
      ["Shri Ravi Example", "Minister", "Ministry of Alpha", "min-alpha@example.gov.in"],
      ["Shri Ravi Example", "Minister", "Ministry of Beta", "min-beta@example.gov.in"],
    ];
    const said = check(officials, "Leadership").filter((i) => i.rule === "sameName.name");
    expect(said.map((i) => i.message.replace(/^.*: /, ""))).toEqual([
      "two people of one name, or one person in both? Tell two people apart by name (a middle initial, say); if " +
        "it is one person, say which initiative each row is for.",
    ]);
  });
});

describe("words real sheets use in their cells (2026-12-02)", () => {
  it("reads a US recipient type (State/DC, Territorial Government, Tribal government) as Government", () => {
    const sheet: Cell[][] = [
      ["Recipient Name", "Recipient Type", "Award Amount"],
      ["State of Alder", "State/DC", 100],
      ["Isle of Cedar", "Territorial Government", 300],
      ["Birch Nation", "Tribal government", 200],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads USAspending's business types as their sectors", () => {
    // A helper's round (real, invented names): FEMA's grants to California, 131 rows in error once
    // `business_types_description` was mapped as Sector.
    const sheet: Cell[][] = [
      ["Recipient Name", "Recipient Type", "Award Amount"],
      ["Example Health Center", "NONPROFIT WITH 501C3 IRS STATUS (OTHER THAN AN INSTITUTION OF HIGHER EDUCATION)", 100],
      ["Example Band of Indians", "INDIAN/NATIVE AMERICAN TRIBAL GOVERNMENT (FEDERALLY-RECOGNIZED)", 200],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([
      ["spelling.sector", "warning"],
      ["spelling.sector", "warning"],
    ]);
  });

  it("reads 360Giving's organisation types as their sectors, and N\\A as a placeholder", () => {
    // Real: Sport England's awards: 15 error problems for types a person reads at a glance.
    const sheet: Cell[][] = [
      ["Recipient Org:Name", "Amount Awarded", "Org Type"],
      ["Alder Ltd", 100, "Private sector company or business"],
      ["Birch LEA", 200, "Local Education Authority"],
      ["Cedar University", 300, "Institute of higher education (including universities)"],
      ["Dale College", 400, "Institute of further education"],
      ["Elm Board", 500, "Other public sector statutory body"],
      ["N\\A", 600, "Charity"],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.sector",
        'read as "Business": use the listed spelling "Business", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Academic": use the listed spelling "Academic", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Academic": use the listed spelling "Academic", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      ["required.partner", "every row needs one."],
      [
        "spelling.sector",
        'read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads 360Giving's own `Recipient Org:Organisation Type` column as Sector, its standard types as sectors", () => {
    // A helper's round (real: a theatre foundation's 475 grants, summarised with no Sector at all).
    const sheet: Cell[][] = [
      ["Recipient Org:Name", "Amount Awarded", "Recipient Org:Organisation Type"],
      ["Northgate Academy", 100, "School/Educational Establishment"],
      ["Elmshire Council", 200, "Public Body"],
      ["Friends of Rye Park", 300, "Unincorporated Association"],
      ["Rye Almshouse Trust", 400, "Trust"],
      ["Rye Makers", 500, "C I C"],
    ];
    const issues = validateRange(sheet, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.sector",
        'read as "Academic": use the listed spelling "Academic", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Community-based": use the listed spelling "Community-based", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads the federal award systems' recipient types as sectors, and Treasury's `Subrecipient Legal Name` as Partner", () => {
    // A helper's round (real: Rhode Island's CARES Act subrecipients, invented values): 589 rows in
    // error ("expected one of"), and four sheets with "no Partner column".
    const sheet: Cell[][] = [
      ["Subrecipient Legal Name", "Award Amount", "Organization Type"],
      ["Alder Street Operations LLC", 100, "Small Business"],
      ["Birchwood Holdings Inc", 200, "For-Profit Organization (Other than Small Business)"],
      ["Cedar Family Services", 300, "Nonprofit with 501C3 IRS Status (Other than IHE)"],
      ["Town of Exampleville", 400, "City or Township Government"],
      ["Example College", 500, "Private Institution of Higher Education"],
    ];
    const { issues, mapping } = validateRange(sheet, undefined, { today: TODAY });
    expect(mapping.columns.map((c) => [c.header, c.name])).toEqual([
      ["Subrecipient Legal Name", "Partner"],
      ["Award Amount", "Committed"],
      ["Organization Type", "Sector"],
    ]);
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.sector",
        'read as "Business": use the listed spelling "Business", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Business": use the listed spelling "Business", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Government": use the listed spelling "Government", or another value from the list if it means something else.',
      ],
      [
        "spelling.sector",
        'read as "Academic": use the listed spelling "Academic", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads a transit grants ledger's own headers, its Open grants as Active and Missing as no value", () => {
    // A helper's round (real: California's transit awards and its 5310/5311 ledger, invented values):
    // `Award Recipient`, `Allocation Amount`, `Expended Amount`, `Project Status` gave exit 3, and
    // `Open` was an error on 2,694 rows beside `Closed` read as Completed; `Missing` beside `TBD` in a
    // date column, 63 "expected a date".
    const ledger: Cell[][] = [
      ["Award Recipient", "Allocation Amount", "Expended Amount", "Project Status", "End date"],
      ["Valley Transit", 1000, 500, "Open", "Missing"],
      ["Harbor Rail", 2000, 2000, "Closed", "TBD"],
    ];
    const { issues, mapping } = validateRange(ledger, undefined, { today: TODAY });
    expect(mapping.columns.map((c) => [c.header, c.name])).toEqual([
      ["Award Recipient", "Partner"],
      ["Allocation Amount", "Committed"],
      ["Expended Amount", "Received"],
      ["Project Status", "Status"],
      ["End date", "End date"],
    ]);
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.status",
        'read as "Active": use the listed spelling "Active", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Completed": use the listed spelling "Completed", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads Pending where a figure or a date goes as not in yet, but a Pending status as a word to read", () => {
    // A helper's round (real: a development agency's KPIs, invented values): `Pending` in Current
    // value on 53 rows, each "expected a number", beside `N/A` read as empty; `end_of_compact_target`
    // ignored, "There is no Target column".
    const kpis: Cell[][] = [
      ["Initiative ID", "kpi", "baseline", "end_of_compact_target", "actual", "Status"],
      ["R-1", "Annual average daily traffic", 77, 330, "Pending", "Active"],
      ["R-2", "Kilometres under contract", 0, 271, 145, "Pending"],
    ];
    const { issues, mapping } = validateRange(kpis, "Foundation", { today: TODAY });
    expect(mapping.columns.find((c) => c.header === "end_of_compact_target")?.name).toBe("Target");
    expect(issues.filter((i) => i.column === "actual")).toEqual([]);
    // The Status word stays an error to fix: Pending is no initiative's listed status.
    expect(issues.filter((i) => i.column === "Status").map((i) => [i.rule, i.row])).toEqual([["list.status", 3]]);
  });

  it("reads Data not available where an amount goes as no figure given, not as an amount typed wrong", () => {
    // A helper's round (real, invented values): Massachusetts' opioid-abatement reports, towns not
    // required to report, 84 "expected an amount" errors (77 of them "did the file lose a separator?").
    const towns: Cell[][] = [
      ["Municipality", "Reporting Status", "Funds Received", "Funds Expended", "Percentage Expended"],
      ["Alderbrook", "Required/Submitted", "$52,410.00", "$12,000.00", "22.90%"],
      ["Birchfield", "Not required/Did not submit", "$812.00", "Data not available", "Data not available"],
      ["Cedar Falls", "Not required/Did not submit", "$14,205.00", "Data not available", ""],
      ["Dunmore", "Not required/Did not submit", "$6,120.00", "Not available", ""],
    ];
    const mapping = mappingFromPairs(towns, "Partners", [
      ["Municipality", "Partner"],
      ["Funds Received", "Committed"],
      ["Funds Expended", "Received"],
    ]);
    expect(validateRange(towns, "Partners", { today: TODAY, mapping }).issues).toEqual([]);
    expect(summarizePartners(towns, null, mapping).total).toMatchObject({ committed: 73_547, received: 12_000 });
  });

  it("reads a fundraising list's Confirmed, Pending and Pipeline, and a stage with its reason after a slash", () => {
    // Helpers' rounds (real): Leeds 2023's partners, `Confirmed` and `Pending` each an error; San
    // Francisco's housing pipeline, `(7) On-Hold / Planning Approval Expired` beside `(6) Complete`.
    const pledges: Cell[][] = [
      ["Partner", "Status"],
      ["Alder Fund", "Confirmed"],
      ["Birch Foundation", "Pending"],
      ["Cedar Trust", "Pipeline"],
      ["Dogwood Fund", "(7) On-Hold / Planning Approval Expired"],
    ];
    const issues = validateRange(pledges, "Partners", { today: TODAY }).issues;
    expect(
      issues.map((i) => [
        i.rule,
        i.message.replace(/^.* — (?:read as "[^"]+": )?use the listed spelling "([^"]+)".*$/, "$1"),
      ]),
    ).toEqual([
      ["spelling.status", "Agreed"],
      ["spelling.status", "Negotiating"],
      ["spelling.status", "Prospect"],
      ["spelling.status", "Paused"],
    ]);
  });

  it("reads an agreements register's statuses and a sports funder's organisation types as listed values", () => {
    // Helpers' rounds (real): MOU registers' `Signed`, `Expired`, `Pending signature`; Sport England's
    // awards, a charitable company and a sports club each an error beside `Charity` read as Nonprofit;
    // the Grand Bargain's `Regional NGO` beside `National NGO`.
    const rows: Cell[][] = [
      ["Partner", "Status", "Organisation Type"],
      ["Alder Club", "Signed", "Community Amateur Sports Club"],
      ["Birch Trust", "Executed", "Company Limited by Guarantee with Charitable Status"],
      ["Cedar Council", "Under negotiation", "Local education authority for a community school / college"],
      ["Dogwood Aid", "Pending signature", "Regional NGO"],
      ["Elm School", "Expired", "Voluntary aided or controlled school"],
      // A contracts register's (the ACT Government's, Toronto's).
      ["Fir Paving", "Awarded", "Business"],
      ["Gum Cleaning", "Renewed", "Business"],
    ];
    const said = validateRange(rows, "Partners", { today: TODAY }).issues.map((i) => [
      i.rule,
      i.message.replace(/^.* — (?:read as "[^"]+": )?use the listed spelling "([^"]+)".*$/, "$1"),
    ]);
    expect(said.filter(([rule]) => rule === "spelling.status").map(([, v]) => v)).toEqual([
      "Agreed",
      "Agreed",
      "Negotiating",
      "Negotiating",
      "Completed",
      "Agreed",
      "Active",
    ]);
    expect(said.filter(([rule]) => rule === "spelling.sector").map(([, v]) => v)).toEqual([
      "Community-based",
      "Nonprofit",
      "Government",
      "Nonprofit",
      "Academic",
    ]);
    expect(said.filter(([rule]) => !String(rule).startsWith("spelling."))).toEqual([]);
  });

  it("reads a state's kinds of nonprofit, agency, library and school district as sectors", () => {
    // A helper's round, real: Vermont's potential partner organisations, 254 of 263 rows in error.
    const rows: Cell[][] = [
      ["organization_name", "org_type"],
      ["Example Youth Alliance", "Statewide Nonprofit"],
      ["Riverside Parks Department", "Municipal Rec"],
      ["State Agency of Examples", "State Agency"],
      ["Hilltown Public Library", "Public Library"],
      ["Valley Unified School District", "School District / Supervisory Union"],
    ];
    const said = validateRange(rows, "Partners", { today: TODAY }).issues.map((i) => [
      i.rule,
      i.message.replace(/^.* — (?:read as "[^"]+": )?use the listed spelling "([^"]+)".*$/, "$1"),
    ]);
    expect(said).toEqual([
      ["spelling.sector", "Nonprofit"],
      ["spelling.sector", "Government"],
      ["spelling.sector", "Government"],
      ["spelling.sector", "Government"],
      ["spelling.sector", "Academic"],
    ]);
  });

  it("reads a funder pipeline's numbered stages as the stages they name", () => {
    // A helper's round (real: a coalition's funder list, invented values): `0.On our radar` …
    // `5. Rejected`, read as a column of values of its own.
    const funders: Cell[][] = [
      ["Partner", "Status"],
      ["Alder Fund", "0.On our radar"],
      ["Birch Foundation", "1. In conversation"],
      ["Cedar Trust", "2 - Proposal submitted"],
      ["Dogwood Fund", "(4) Approved"],
      ["Elm Foundation", "5. Rejected"],
      ["Fir Fund", "3. Something else"],
      ["Gum Trust", "0.5 Called or emailed"],
      ["Hazel Fund", "NaT"], // pandas' missing date: no status, nothing to fix
    ];
    const issues = validateRange(funders, "Partners", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.message.replace(/^.* — /, "")])).toEqual([
      [
        "spelling.status",
        'read as "Prospect": use the listed spelling "Prospect", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Negotiating": use the listed spelling "Negotiating", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Negotiating": use the listed spelling "Negotiating", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Agreed": use the listed spelling "Agreed", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Withdrawn": use the listed spelling "Withdrawn", or another value from the list if it means something else.',
      ],
      ["list.status", expect.stringMatching(/^expected one of/)],
      [
        "spelling.status",
        'read as "Prospect": use the listed spelling "Prospect", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("reads a funder's Closed grants as Completed, and a capital budget's works under way as Active", () => {
    // Helpers' rounds (real): a foundation's 340 `Closed` grants, Boston's `In Construction` projects,
    // each an error.
    const grants: Cell[][] = [
      ["Partner", "Status", "Committed"],
      ["Rye Trust", "Closed", 100],
    ];
    const projects: Cell[][] = [
      ["Initiative ID", "Initiative", "Status"],
      ["CP-1", "Library roof", "In Construction"],
      ["CP-2", "Harbor study", "Study Underway"],
      ["CP-3", "Bus lanes", "Implementation Underway"],
    ];
    const said = (sheet: Cell[][], tab: string) =>
      validateRange(sheet, tab, { today: TODAY })
        .issues.filter((i) => i.column === "Status")
        .map((i) => [i.rule, i.message.replace(/^.* — /, "")]);
    expect(said(grants, "Partners")).toEqual([
      [
        "spelling.status",
        'read as "Completed": use the listed spelling "Completed", or another value from the list if it means something else.',
      ],
    ]);
    expect(said(projects, "Foundation")).toEqual([
      [
        "spelling.status",
        'read as "Active": use the listed spelling "Active", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Active": use the listed spelling "Active", or another value from the list if it means something else.',
      ],
      [
        "spelling.status",
        'read as "Active": use the listed spelling "Active", or another value from the list if it means something else.',
      ],
    ]);
  });

  it("takes N/D (a post whose holder is not disclosed) for a placeholder, not a name on 437 rows", () => {
    const sheet: Cell[][] = [
      ["Name", "Job Title"],
      ["Ada Example", "Director"],
    ];
    for (let i = 0; i < 5; i++) sheet.push(["N/D", `Deputy Director ${i}`]);
    // DCMS writes it `ND` too (84 rows of one file read "Name "ND" is on 84 rows … keep one row").
    for (let i = 0; i < 2; i++) sheet.push(["ND", `Head of Unit ${i}`]);
    // Read as names withheld (a warning: the posts are held), not as a name nor a value missing.
    const issues = validateRange(sheet, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.rows])).toEqual([["vacant.name", "warning", 7]]);
    expect(issues[0].message).toMatch(
      /^Name is "N\/D" in 7 rows .*: posts with no name given \(not disclosed, or not available\)/,
    );
  });

  it("counts each anonymous donor as one partner, never one partner on several rows", () => {
    // Real (corpus round 7c, invented values): a city's sponsoring report lists donors who asked not to
    // be named; "Anonymous" on 18 rows was one partner with 18 rows.
    const donors: Cell[][] = [
      ["Partner", "Committed"],
      ["Anonymous", 5000],
      ["Stiftung Alpha", 1000],
      ["anonymous", 7000],
      // In brackets (a helper's round, real: an animal-welfare fund's 22 anonymised grantees, one partner).
      ["(Anonymous)", 500],
      ["(Anonymous)", 1500],
    ];
    expect(summarizePartners(donors).total).toMatchObject({ partners: 5, committed: 15000 });
    // Names withheld, not missing (corpus round gn D11): one warning.
    expect(check(donors).map((i) => [i.rule, i.severity, i.rows])).toEqual([["withheld.partner", "warning", 4]]);
  });

  it("reads a lone X as a person not named: each row its own partner, equal rows no copies", () => {
    // A helper's round (real, invented values): the Dutch ministries' subsidies register, 4,268 rows and
    // €76.5M to `X`, one partner, and its equal flat-rate grants "the same entry made twice?".
    const register: Cell[][] = [
      ["Ontvanger", "Bedrag"],
      ["X", 10000],
      ["X", 10000],
      ["Stichting Groene Polder", 25000],
      ["x", 20000],
    ];
    expect(summarizePartners(register).total).toMatchObject({ partners: 4, committed: 65000 });
    expect(check(register)).toEqual([]);
  });

  it("counts each private person a register keeps anonymous as one partner, and says which word it read so", () => {
    // Real (corpus round 9a, invented values): Amsterdam's subsidy register, `(Particulier)` on 765
    // rows — "read as one partner with several rows", 1,422 partners for 2,186.
    const register: Cell[][] = [
      ["Partner", "Committed"],
      ["(Particulier)", 1850],
      ["Stichting Buurtkracht", 2500],
      ["(Particulier)", 4000],
      ["Private individual", 700],
    ];
    const s = summarizePartners(register);
    expect([s.total.partners, s.withheld, s.withheldAs]).toEqual([4, 3, "(Particulier)"]);
    // Withheld, not missing (corpus round gn D11: 289 errors on Amsterdam's register): a warning.
    expect(check(register).map((i) => [i.rule, i.severity])).toEqual([["withheld.partner", "warning"]]);
    // A lottery distributor's grants to people (a helper's round, invented values): `Named Individual`
    // on several rows was one partner.
    const lottery: Cell[][] = [
      ["Recipient Name", "Grant Amount"],
      ["Named Individual", 500],
      ["Bath Rugby Foundation", 10000],
      ["named individual", 750],
      ["Award to an individual", 300],
    ];
    const l = summarizePartners(lottery);
    expect([l.total.partners, l.withheld, l.withheldAs]).toEqual([4, 3, "Named Individual"]);
  });

  it("adds up a line paying many recipients together, but counts it as no partner, repeated or largest", () => {
    // A helper's round (real: Ontario's transfer payments, invented values): `ACCOUNTS UNDER
    // $120,000/COMPTES …` under each ministry, 77 rows and $904M, counted as one partner, the largest,
    // and "on 77 rows: keep one row".
    const payments: Cell[][] = [
      ["ID", "Ministry", "Organization", "Amount"],
      [1, "MINISTRY OF EXAMPLES/MINISTERE DES EXEMPLES", "LAKESIDE LEGAL SERVICES", 139324],
      [
        2,
        "MINISTRY OF EXAMPLES/MINISTERE DES EXEMPLES",
        "ACCOUNTS UNDER $120,000/COMPTES INFÉRIEURS À 120 000$",
        6034443,
      ],
      [3, "MINISTRY OF HEALTH/", "EXAMPLE PHARMA CORPORATION", 1854231],
      [4, "MINISTRY OF HEALTH/", "ACCOUNTS UNDER $120,000/COMPTES INFÉRIEURS À 120 000$", 510594],
      [5, "MINISTRY OF HEALTH/", "Other Voices Theatre", 1000],
    ];
    const s = summarizePartners(payments);
    expect(s.total).toMatchObject({ partners: 3, committed: 139324 + 6034443 + 1854231 + 510594 + 1000 });
    expect([s.aggregate, s.aggregateAs, s.unnamed]).toEqual([
      2,
      "ACCOUNTS UNDER $120,000/COMPTES INFÉRIEURS À 120 000$",
      0,
    ]);
    // The largest partner is the pharma company, not the accounts under $120,000.
    expect(concentration(payments)).toBeCloseTo(1854231 / (139324 + 6034443 + 1854231 + 510594 + 1000));
    expect(check(payments).filter((i) => /ACCOUNTS UNDER/.test(i.message))).toEqual([]);
    // The long way (no fast lane) reads it alike.
    expect(summarizePartnerBlocks([{ matrix: payments }], undefined, false).total.partners).toBe(3);
  });

  it("reads one official in each snapshot of an organogram as one person, whatever mailbox each gives", () => {
    // A helper's round (real, invented values): the DfT's organograms over five snapshots, 284 "two
    // people of one name?" or "keep one row", every one one person in several snapshots.
    const chart: Cell[][] = [
      ["Snapshot date", "Name", "Job Title", "Contact E-mail"],
      ["Mar-15", "Jo Sample", "Director", "enquiries@example.gov.uk"],
      ["Sep-14", "Jo Sample", "Director", "directors@example.gsi.gov.uk"],
      ["Mar-14", "Jo Sample", "Director", "directors@example.gsi.gov.uk"],
      ["Mar-14", "Al Example", "Deputy Director", "al@example.gov.uk"],
      ["Mar-14", "Al Example", "Head of Unit", "al2@example.gov.uk"],
    ];
    // Two rows of one snapshot are still asked about.
    expect(validateRange(chart, "Leadership", { today: TODAY }).issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Name "Al Example" is on 2 rows \(5, 6\)/),
    ]);
  });

  it("asks no name of an organogram's junior posts: a grade's count of posts, no person by design", () => {
    // A helper's round (real, invented values): the Department for Transport's organogram, 4,905 "Name is
    // empty" errors of 4,909, one for each row of junior posts.
    const chart: Cell[][] = [
      ["Senior/Junior", "Name", "Job Title", "FTE"],
      ["Senior", "Jo Sample", "Director", 1],
      ["Junior", "", "Senior Policy Advisor", 2.6],
      ["Junior", "", "Policy Advisor", 5.2],
      ["Senior", "", "Deputy Director", 1],
    ];
    const issues = validateRange(chart, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.row])).toEqual([["required.name", 5]]);
    // The DfT heads it `Seniority`.
    chart[0][0] = "Seniority";
    expect(validateRange(chart, "Leadership", { today: TODAY }).issues.map((i) => [i.rule, i.row])).toEqual([
      ["required.name", 5],
    ]);
  });

  it("reads a roster's seats by the post's holder's name halves, and a blank one beside `Vacant` as a seat without a holder", () => {
    // A helper's round (real: the US Plum Book, invented names): `IncumbentLastName` unread, so 10,540
    // seats were Partners by `OrganizationName`; and its 2,318 vacant seats "Name is empty".
    const plum: Cell[][] = [
      ["OrganizationName", "PositionTitle", "PositionStatus", "IncumbentFirstName", "IncumbentLastName"],
      ["RIVER COMMISSION", "CHAIRMAN", "Filled", "PAT", "EXAMPLE"],
      ["RIVER COMMISSION", "MEMBER", "Vacant", "", ""],
      ["RIVER COMMISSION", "MEMBER", "Filled", "LEE", "SAMPLE"],
      ["RIVER COMMISSION", "MEMBER", "Filled", "", ""],
    ];
    const result = validateRange(plum, undefined, { today: TODAY });
    expect(result.mapping.tab).toBe("Leadership");
    expect(result.issues.map((i) => [i.rule, i.row, i.severity])).toEqual([
      ["vacant.name", 3, "warning"],
      ["required.name", 5, "error"],
    ]);
    expect(result.issues[0].message).toBe(
      "IncumbentLastName is empty in 1 row (3) another column marks vacant or being filled: a seat without a holder " +
        "— name each holder when one is appointed.",
    );
    // A manager's column saying Vacant speaks of the manager's seat; a status of a post being filled of
    // this one (a helper's round, real: NYC Buildings' staff chart, 13 posts being filled "Name is empty",
    // 5 "vacant" by their manager's column).
    const chart: Cell[][] = [
      ["LAST NAME", "FIRST NAME", "OFFICE TITLE", "DIVISION MANAGER", "BUDGET STATUS"],
      ["Doe", "Alex", "Inspector", "Lee", "ACTIVE"],
      ["", "", "Supervising Inspector", "Lee", "PENDING PROMO"],
      ["", "", "Analyst", "Vacant", "ACTIVE"],
    ];
    const read = validateRange(chart, "Leadership", { today: TODAY });
    expect(read.issues.map((i) => [i.rule, i.row, i.severity])).toEqual([
      ["vacant.name", 3, "warning"],
      ["required.name", 4, "error"],
    ]);
  });

  it("reads a roster kept a session a year as a year's: a member in each session is no one to keep once", () => {
    // A helper's round (real, invented names): Virginia's committee members, 767 "keep one row" warnings.
    const committees: Cell[][] = [
      ["Name", "ID", "Session", "Committee", "Position"],
      ["Alex B. Doe", 1001, 2015, "H-ACNR", "Chair"],
      ["Alex B. Doe", 1001, 2016, "H-ACNR", "Chair"],
      ["Casey D. Roe", 1002, 2015, "H-ACNR", "Member"],
      ["Casey D. Roe", 1002, 2016, "H-ACNR", "Member"],
    ];
    expect(validateRange(committees, "Leadership", { today: TODAY }).issues).toEqual([]);
  });

  it("takes Eliminated (a post abolished) for a seat without a holder, as Vacant is; N/A stays a name missing", () => {
    // Real: the Environment Agency's organogram, `Eliminated` on 43 rows: "keep one row"; a department's
    // senior-staff chart, 142 `Eliminated` and 54 `N/D`, 196 of 224 rows "every row needs one" — a
    // correct government file that could never pass (a helper's round). A bare N/A is still a required
    // value missing, as SPEC has placeholders.
    const sheet: Cell[][] = [
      ["Name", "Job Title"],
      ["Ada Example", "Director"],
      ["Eliminated", "Deputy Director"],
      ["ELIMINATED", "Head of Unit"],
      ["Vacant", "Adviser"],
      ["N/A", "Analyst"],
    ];
    const issues = validateRange(sheet, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.rows])).toEqual([
      ["vacant.name", "warning", 2],
      ["vacant.name", "warning", 1],
      ["required.name", "error", 1],
    ]);
    expect(issues.slice(0, 2).map((i) => i.message.replace(/^.*?\): /, ""))).toEqual([
      "posts abolished, with no holder to name.",
      "a seat without a holder — name each holder when one is appointed.",
    ]);
  });

  it("reads N/D, Not disclosed and REDACTED in a roster's names as posts held by someone not named: a warning, no error", () => {
    // Corpus round fk (real): the Environment Agency's senior organogram, `N/D` ("not disclosed", the
    // Civil Service's rule for the names of its junior senior grades) on 104 posts, one "every row needs
    // one" error and the correct file exit 1, beside `Vacant` and `Eliminated` read as what they are.
    const sheet: Cell[][] = [
      ["Name", "Job Title"],
      ["Ada Example", "Director"],
      ["N/D", "Deputy Director Water"],
      ["N/D", "Deputy Director Land"],
      ["Not disclosed", "Deputy Director Finance"],
      ["REDACTED", "Head of Unit"],
      ["Vacant", "Adviser"],
    ];
    const issues = validateRange(sheet, "Leadership", { today: TODAY }).issues;
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.map((i) => [i.rule, i.severity, i.rows, i.message])).toEqual([
      [
        "vacant.name",
        "warning",
        4,
        `Name is "N/D" in 4 rows (3, 4, 5, 6): posts with no name given (not disclosed, or not available) — not ` +
          `marked vacant; add a name only where you know who holds one.`,
      ],
      [
        "vacant.name",
        "warning",
        1,
        `Name is "Vacant" in 1 row (7): a seat without a holder — name each holder when one is appointed.`,
      ],
    ]);
  });

  it("reads N/D as a Portuguese or Spanish roster writes it (n.d., não disponível, no disponible) as no name given, said true of both", () => {
    // A helper's brief: `N/D` is "not disclosed" in a UK organogram, "não disponível" / "no disponible"
    // (not available) in a Portuguese or Spanish sheet: the warning may not say the name is withheld from
    // publication. The words written out were read as a person's name, said nowhere.
    const sheet: Cell[][] = [
      ["Nome", "Cargo"],
      ["Ana Souza", "Diretora"],
      ["n.d.", "Coordenador"],
      ["Não disponível", "Assessor"],
      ["NO DISPONIBLE", "Asesor"],
      ["N/D", "Coordenador"],
    ];
    const issues = validateRange(sheet, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.rows])).toEqual([["vacant.name", "warning", 4]]);
    expect(issues[0].message).toBe(
      `Nome is "n.d." in 4 rows (3, 4, 5, 6): posts with no name given (not disclosed, or not available) — not ` +
        `marked vacant; add a name only where you know who holds one.`,
    );
  });

  it("reads English Not available and Not known in a roster's names as N/D is read, and in a Partners' names too", () => {
    // A helper's brief: `Unavailable` and `N/D` were "no name given", a warning; `Not available` and `Not
    // known`, their English spellings, "a required value missing" on each post.
    const roster: Cell[][] = [
      ["Name", "Job Title"],
      ["Ada Example", "Director"],
      ["Not available", "Deputy Director"],
      ["NOT KNOWN", "Head of Unit"],
      ["n/d", "Adviser"],
    ];
    const issues = validateRange(roster, "Leadership", { today: TODAY }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.rows, i.message])).toEqual([
      [
        "vacant.name",
        "warning",
        3,
        `Name is "Not available" in 3 rows (3, 4, 5): posts with no name given (not disclosed, or not available) — ` +
          `not marked vacant; add a name only where you know who holds one.`,
      ],
    ]);
    // A Partners' name column: each such row a partner not named, as an `N/D` row is.
    const partnersSheet: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme Ltd", 1000],
      ["Not available", 500],
      ["N/D", 700],
      ["Not known", 200],
    ];
    const s = summarizePartners(partnersSheet);
    expect([s.total.partners, s.total.committed, s.withheld, s.withheldAs]).toEqual([4, 2400, 3, "Not available"]);
    // In check, a name not known is missing, an error (someone may fill it in); one kept back is a warning.
    expect(check(partnersSheet).map((i) => [i.rule, i.severity, i.rows])).toEqual([["required.partner", "error", 3]]);
  });
});

describe("a person on several Leadership rows", () => {
  it("with an Initiative ID column: one row per initiative is fine, the same initiative twice is not", () => {
    const staff: Cell[][] = [
      ["Last Name", "First Name", "Initiative ID", "Role"],
      ["Miller", "Todd", "FOOD-01", "Champion"],
      ["Miller", "Natasha", "FOOD-01", "Advisor"], // another Miller
      ["Miller", "Todd", "VAX-01", "Champion"], // Todd leads two initiatives
      ["Miller", "todd", "food-01", "Advisor"], // Todd on FOOD-01 again
      ["Ortega", "Luis", "", "Champion"],
      ["Ortega", "Luis", "", "Advisor"], // no initiative to tell the two apart
    ];
    const mapping = mapHeaders(staff, "Leadership", { 0: "name", 2: "initiativeId", 3: "role" });
    const issues = validateRange(staff, "Leadership", { today: TODAY, mapping }).issues;
    expect(issues.map((i) => [i.row, i.rule, i.message])).toEqual([
      [
        5,
        "unique.name",
        'Last Name "Miller" and First Name "todd" with Initiative ID "food-01" is already on row 2 — list each ' +
          "person once per initiative.",
      ],
      [
        6,
        "repeated.name",
        'Last Name "Ortega" with First Name "Luis" is on 2 rows (6, 7): the Leadership tab lists each person once ' +
          "per initiative — keep one row, or say which initiative each row is for. Fill in Initiative ID on these " +
          "rows to tell them apart.",
      ],
    ]);
  });
});

describe("a Currency column (360Giving grant files)", () => {
  it("says which currency the amounts are in", () => {
    const sheet: Cell[][] = [
      ["Recipient Org:Name", "Amount Awarded", "Amount Disbursed", "Currency"],
      ["Trafford Carers Centre", 1000, 1500, "GBP"],
      ["Age UK Trafford", 3028.63, "", "GBP"],
    ];
    expect(check(sheet).map((i) => i.message)).toEqual([
      "Amount Disbursed (£1,500) is more than Amount Awarded (£1,000) — check both amounts.",
    ]);
    expect(summarizePartners(sheet).currency).toBe("GBP");
  });

  it("two codes in it are a mix: one error per amount column", () => {
    const sheet: Cell[][] = [
      ["Grantee", "Amount", "Currency"],
      ["A", 1000, "GBP"],
      ["B", 2000, "EUR"],
    ];
    expect(byRule(check(sheet))).toEqual([[3, "currency.committed", "error"]]);
  });

  it("is read under a short or foreign header too (cur, Währung), and a column of dates is no amount", () => {
    // Real (a helper's round, invented values): a donor's log, `cur` beside `amount`, seven currencies
    // added up as $111M; its `disbursed` dates mapped as Received, one error "expected an amount".
    const log: Cell[][] = [
      ["disbursed", "via", "cur", "amount", "recipient"],
      ["2021-03-04", "direct", "USD", "10,000", "Harbour Lights Trust"],
      ["2021-09-15", "FP-UK", "GBP", "8,000", "Northgate Youth Fund"],
      ["2022-01-20", "direct", "EUR", "5,000", "Riverbend Commons"],
    ];
    expect(check(log).map((i) => [i.row, i.rule])).toEqual([[3, "currency.committed"]]);
    expect(mapHeaders(log).columns.map((c) => c.header)).toEqual(["amount", "recipient"]);
    const euros: Cell[][] = [
      ["Empfänger", "Betrag", "Währung"],
      ["Verein A", 1000, "EUR"],
      ["Verein B", 2000, "EUR"],
    ];
    expect(summarizePartners(euros).currency).toBe("EUR");
  });
});

describe("a currency named in the amount column's header", () => {
  // Real: a Towns Fund return's "From Town Fund Award (£)", its cells numbers formatted "£"#,##0.00 —
  // the format never reaches a function, so the sums said $33,370 and the errors "an amount in dollars".
  it("puts plain numbers in that currency: results say £, never $", () => {
    const sheet: Cell[][] = [
      ["Grantee", "Amount awarded (£)"],
      ["Scala Theatre", 8896],
      ["Angel Place", "lots"],
    ];
    expect(summarizePartners(sheet).currency).toBe("GBP");
    expect(check(sheet).map((i) => i.message)).toEqual([
      'Amount awarded (£) is "lots" — expected an amount in GBP, like 1200 or £1,200.',
    ]);
    expect(
      summarizePartners([
        ["Grantee", "Amount (EUR)"],
        ["A", 5],
      ]).currency,
    ).toBe("EUR");
    expect(
      summarizePartners([
        ["Grantee", "Amount"],
        ["A", 5],
      ]).currency,
    ).toBe("USD");
  });

  it("an amount written in another currency under it is a mix", () => {
    const sheet: Cell[][] = [
      ["Grantee", "Amount (GBP)"],
      ["A", 1000],
      ["B", "$2,000"],
    ];
    expect(byRule(check(sheet))).toEqual([[3, "currency.committed", "error"]]);
  });
});

describe("a column of currency marks beside the figures (a printed ledger's layout)", () => {
  // Real: a town council's grants sheet keeps `£` under Amount on every row and the sum in the
  // column beside it (`Column2`). Amount was read as Committed: 22 errors `Amount is "£"`, and a
  // summary of $0; mapped by hand to Column2, it said $93,414.69 for pounds.
  const grants: Cell[][] = [
    ["Beneficiary", "Amount", "Column2"],
    ["Friends of Hill Hook", "£", "3,000.00"],
    ["Home Start", "£", 800],
    ["Carers United", " £ ", "500.00"],
  ];

  it("reads the figures as the amounts, in the marks' currency", () => {
    const mapping = mapHeaders(grants);
    expect(mapping.columns.map((c) => [c.header, c.name, c.index])).toEqual([
      ["Beneficiary", "Partner", 0],
      ["Column2", "Committed", 2],
    ]);
    expect(mapping.unknown).toEqual([{ header: "Amount", index: 1 }]);
    expect(check(grants)).toEqual([]);
    const s = summarizePartners(grants);
    expect([s.currency, s.total.committed]).toEqual(["GBP", 4300]);
  });

  it("figures without a header of their own go by the marks' header, and say where they are", () => {
    const headless = grants.map((row, r) => (r === 0 ? [row[0], row[1], null] : row));
    const mapping = mapHeaders(headless);
    expect(mapping.columns.map((c) => [c.header, c.name, c.index])).toEqual([
      ["Beneficiary", "Partner", 0],
      ["Amount (beside £)", "Committed", 2],
    ]);
    expect(mapping.unknown).toEqual([{ header: "Amount", index: 1 }]);
    expect(summarizePartners(headless).currency).toBe("GBP");
  });

  it("the figures mapped by hand are in the marks' currency too; the marks mapped by hand stay as mapped", () => {
    const byHand = mappingFromPairs(grants, "Partners", [["Column2", "Committed"]]);
    expect(summarizePartners(grants, undefined, byHand).currency).toBe("GBP");
    const marks = mappingFromPairs(grants, "Partners", [["Amount", "Committed"]]);
    expect(marks.columns.find((c) => c.id === "committed")?.index).toBe(1);
    expect(validateRange(grants, "Partners", { today: TODAY, mapping: marks }).issues.map((i) => i.rule)).toEqual([
      "type.committed",
    ]);
  });

  it("a column of marks beside text, or marks mixed with figures, moves nothing", () => {
    const beside: Cell[][] = [
      ["Beneficiary", "Amount", "Purpose"],
      ["A", "£", "Ecologist costs"],
    ];
    expect(mapHeaders(beside).columns.find((c) => c.id === "committed")?.index).toBe(1);
    const mixed: Cell[][] = [
      ["Beneficiary", "Amount", "Column2"],
      ["A", "£", 100],
      ["B", 250, 100],
    ];
    expect(mapHeaders(mixed).columns.find((c) => c.id === "committed")?.index).toBe(1);
  });
});

describe("numbers as Excel reads typed text", () => {
  // Real: a revenue authority's corporate-plan KPIs (`9.5%`, `-15%`): 74 "expected a number" errors;
  // an export's `1.15977e+007`.
  const header = ["Initiative ID", "Initiative", "Benchmark metric", "Baseline", "Target", "Current value"];
  const numeric = (issues: Issue[]) => issues.filter((i) => i.rule.startsWith("type."));

  it("reads a percentage in a number column as Excel stores it (89% → 0.89)", () => {
    const sheet: Cell[][] = [
      header,
      ["K-1", "Revenue", "Collection rate", "9.5%", "15 %", "12%"],
      ["K-2", "Staff", "Turnover", "0%", "-15%", "-5%"],
    ];
    expect(numeric(check(sheet, "Foundation"))).toEqual([]);
    const m = mapHeaders(sheet, "Foundation");
    expect(m.columns.map((c) => c.id)).toContain("currentValue");
  });

  it("reads scientific notation stored as text as its number, in any number or amount column", () => {
    const sheet: Cell[][] = [header, ["K-1", "Revenue", "Revenue from appeals", 9000000, 4000000, "1.2e+007"]];
    expect(numeric(check(sheet, "Foundation"))).toEqual([]);
    const ledger: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", "1.5E+06"],
      ["Birch Fund", 500000],
    ];
    expect(summarizePartners(ledger).total).toMatchObject({ committed: 2000000 });
  });

  it("reads Excel's accounting zero exported as text (£-) as 0 in that currency", () => {
    // Real: a town council's contracts register converted from PDF: "£-" was "not an amount".
    const ledger: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", "£-"],
      ["Birch Fund", "£1,200"],
    ];
    expect(check(ledger)).toEqual([]);
    expect(summarizePartners(ledger)).toMatchObject({ currency: "GBP", total: { committed: 1200 } });
  });

  it("never reads a percentage as an amount of money", () => {
    const ledger: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", "50%"],
    ];
    expect(check(ledger).map((i) => i.rule)).toContain("type.committed");
  });
});

describe("one name in different countries", () => {
  it("is asked as two organisations, not told 'counts once'; a legal form across countries is not asked", () => {
    // Helpers' rounds (real, invented values): the Net Zero Tracker's Georgia (the country, the US state)
    // and Anyang (Korea, China) — 56 "counts once" warnings; the SBTi's Sodexo (France) and Sodexo
    // Limited (UK) asked as one organisation under two names.
    const actors: Cell[][] = [
      ["name", "country", "Amount"],
      ["Georgia", "GEO", 100],
      ["Georgia", "USA", 200],
      ["Sodexo", "FRA", 300],
      ["Sodexo Limited", "GBR", 400],
      ["Harbor Trust", "USA", 500],
      ["Harbor Trust", "USA", 600],
    ];
    const issues = check(actors);
    expect(issues.filter((i) => i.rule === "otherCountries.partner").map((i) => i.row)).toEqual([2]);
    expect(issues.filter((i) => i.rule === "repeated.partner").map((i) => i.row)).toEqual([6]);
    expect(issues.some((i) => i.rule === "partners.legalFormTwoNames")).toBe(false);
    // One country written two ways is one country; a recipient country says where the money goes
    // (a reviewer's repros).
    const spelt: Cell[][] = [
      ["Partner", "Country", "Amount"],
      ["Oxfam", "UK", 5000],
      ["Oxfam", "United Kingdom", 3000],
      ["Red Cross", "USA", 2000],
      ["Red Cross", "United States", 1000],
    ];
    expect(check(spelt).filter((i) => i.rule === "otherCountries.partner")).toEqual([]);
    // Nor written with a doubled space or another name of it (a helper's round, real: Frontex's grants,
    // `Czech Republic` and `Czech  Republic` — a PDF's — "2 different countries"; `FYROM`, `Czechia`).
    const doubled: Cell[][] = [
      ["Country", "Name of Beneficiary", "Total awarded in EUR"],
      ["Czech Republic", "Police of the Czech Republic", 100],
      ["Czech  Republic", "Police of the Czech Republic", 200],
      ["czechia", "Police of the Czech Republic", 50],
      ["FYROM", "Ministry of Interior", 300],
      ["Former Yugoslav Republic Of Macedonia", "Ministry of Interior", 300],
      ["North Macedonia", "Ministry of Interior", 300],
      ["Bosnia and Herzegovina", "Border Police", 1],
      ["Bosnia & Herzegovina", "Border Police", 2],
    ];
    const doubledIssues = check(doubled);
    expect(doubledIssues.filter((i) => i.rule === "otherCountries.partner")).toEqual([]);
    expect(doubledIssues.filter((i) => i.rule === "repeated.partner").map((i) => i.row)).toEqual([2, 5, 8]);
    // Two countries are still two.
    const two = doubled.map((r, i) => (i === 3 ? ["Slovakia", r[1], r[2]] : r));
    expect(
      check(two)
        .filter((i) => i.rule === "otherCountries.partner")
        .map((i) => i.row),
    ).toEqual([2]);
    const recipients = spelt.map((r, i) => (i === 0 ? ["Funder", "Recipient country", "Amount"] : r));
    expect(check(recipients).filter((i) => i.rule === "otherCountries.partner")).toEqual([]);
    // Without the country column, the legal form is asked.
    expect(check(actors.map((r) => [r[0], r[2]])).some((i) => i.rule === "partners.legalFormTwoNames")).toBe(true);
  });

  it("asks once whether the Partner and Country columns are swapped, where the partners are countries and Country organisations", () => {
    // A helper's round (real, invented values): Frontex's grants, y2016, `Name of Beneficiary` holding
    // `France`, `Spain` and `Country` their police forces — 19 "France … with 10 different countries"
    // warnings, the countries summed as partners without a word.
    const swapped: Cell[][] = [
      ["Grant No", "Country", "Name of Beneficiary", "Total awarded in EUR"],
      ["2016/1", "Cuerpo Nacional de Policia", "Spain", 100],
      ["2016/2", "Guardia Civil", "Spain", 200],
      ["2016/3", "Hellenic Police", "Greece", 300],
      ["2016/4", "Hellenic Coast Guard", "Greece", 50],
      ["2016/5", "Police and Border Guard Board", "Estonia", 70],
    ];
    const issues = check(swapped);
    expect(issues.map((i) => [i.row, i.rule])).toEqual([[2, "partners.swappedCountry"]]);
    expect(issues[0].message).toContain(
      `Name of Beneficiary holds names of countries ("Spain", "Greece", "Estonia": 5 of its 5 rows) while Country ` +
        `holds names of organisations ("Cuerpo Nacional de Policia", "Guardia Civil", "Hellenic Police" …): are ` +
        `the two columns' headers swapped?`,
    );
    // SUMMARY says it too, of the countries it sums as partners.
    const summary = summarizePartners(swapped);
    expect(summary.total.partners).toBe(3);
    expect(summary.swappedCountries).toEqual([{ block: 0, said: issues[0].message }]);
    // A few organisations among the countries (a row typed the right way round) change nothing.
    const mostly = [...swapped, ["2016/6", "Spain", "Guardia Civil", 10]];
    expect(check(mostly).filter((i) => i.rule === "partners.swappedCountry")).toHaveLength(1);
    // Once the Country column is read as the Partner column, nothing is asked.
    const mapped = mappingFromPairs(swapped, "Partners", [["Country", "Partner"]]);
    expect(validateRange(swapped, "Partners", { mapping: mapped, today: TODAY }).issues).toEqual([]);
  });

  it("asks nothing of partners that are countries beside a Country column of countries or codes", () => {
    // The Global Fund's recipients are countries (`country_name` mapped as the partner), beside
    // `country_code`: governments named by their country, no swap. Nor partners that are organisations.
    const governments: Cell[][] = [
      ["Partner", "country_code", "Amount"],
      ["Kenya", "KEN", 100],
      ["Madagascar", "MDG", 200],
      ["South Sudan", "SSD", 300],
      ["Kenya", "KEN", 50],
    ];
    const rules = (sheet: Cell[][]) => check(sheet).map((i) => i.rule);
    expect(rules(governments)).not.toContain("partners.swappedCountry");
    expect(summarizePartners(governments).swappedCountries).toBeUndefined();
    const named = governments.map((r, i) => (i === 0 ? ["Partner", "Country", "Amount"] : [r[0], r[0], r[2]]));
    expect(rules(named)).not.toContain("partners.swappedCountry");
    const organisations: Cell[][] = [
      ["Partner", "Country", "Amount"],
      ["Guardia Civil", "Spain", 100],
      ["Hellenic Police", "Greece", 200],
      ["Hellenic Police", "Cyprus", 300],
    ];
    expect(rules(organisations)).toEqual(["otherCountries.partner"]);
  });
});

describe("amounts in millions the header does not say", () => {
  it("asks once when amounts have fractions of a cent, and not of cents, of a header's multiple or of large converted sums", () => {
    // A helper's round (real, invented values): a tracker of states' relief spending, `Total` in $ millions,
    // summed as $80,457.40 for $80.46 billion without a word.
    const millions: Cell[][] = [
      ["Organization", "Amount", "Description"],
      ["Harbor Food Bank", 0.757, "$757000 for the Harbor programme."],
      ["Riverside Child Care", 3.6, "$3.6 million for child care."],
      ["Valley Food Bank", 2.565817, "$2565817 to the Valley Food Bank."],
      ["Northside 2-1-1", 0.183869, "$183869 for the hotline."],
      ["Eastgate Relief Fund", 13.3, "$13.3 million to nonprofits."],
    ];
    const said = (sheet: Cell[][]) => check(sheet).filter((i) => i.rule === "unsaidScale.committed");
    expect(said(millions).map((i) => [i.row, i.value])).toEqual([[2, 0.757]]);
    // Dollars and cents; the multiple said in the header; sums so large they are converted currency.
    const cents = millions.map((r, i) => (i === 0 ? r : [r[0], Math.round((r[1] as number) * 1e6) / 100, r[2]]));
    expect(said(cents)).toEqual([]);
    expect(said(millions.map((r, i) => (i === 0 ? [r[0], "Amount ($ millions)", r[2]] : r)))).toEqual([]);
    const converted = millions.map((r, i) => (i === 0 ? r : [r[0], (r[1] as number) * 1e6 + 0.123, r[2]]));
    expect(said(converted)).toEqual([]);
  });

  it("counts every amount with fractions of a cent, and asks nothing of figures a formula worked out", () => {
    // A helper's round (real: a charity's donor ledger): "3 of its 6 amounts" where all 6 had tenths of a
    // cent, and "millions or thousands?" of gifts net of fees, `1414.850847983965`.
    const gifts = (amounts: number[]): Cell[][] => [["Partner", "Amount"], ...amounts.map((a, i) => [`P${i}`, a])];
    const said = (sheet: Cell[][]) => check(sheet).filter((i) => i.rule === "unsaidScale.committed");
    const tenths = said(gifts([2074.914, 1339.008, 4115.384, 2152.306, 9730.479, 2006.221]));
    expect(tenths.map((i) => i.message)).toEqual([expect.stringContaining("in 6 of its 6 amounts")]);
    expect(said(gifts([1414.850847983965, 7154.14034244839, 6858.145171367617, 4931.472992701346]))).toEqual([]);
    // Millions a formula worked out are small figures: still asked (a reviewer's repro).
    expect(said(gifts([12.345678901234, 4.567890123456, 7.891234567891, 3.141592653589]))).toHaveLength(1);
    // Past the rows read, the count is of the first ones, and says so.
    const long = said(gifts(Array.from({ length: 1200 }, (_, i) => 1 + i / 1000 + 0.0005)));
    expect(long.map((i) => i.message)).toEqual([expect.stringContaining("of its first 1,000 amounts")]);
  });
});

describe("legal forms and a table stacked under the data", () => {
  it("asks of one table's names, not of a name in the other table under it", () => {
    // A reviewer's repro: the warning came and went as the legal form stood in the first table or the
    // second, whose rows are in no check.
    const first: Cell[][] = [
      ["Partner", "Amount", "Region"],
      ["Acme Widgets", 100, "North"],
      ["Beta Trust", 200, "South"],
      ["Gamma Fund", 300, "East"],
      ["Delta Care", 250, "East"],
      [null, null, null],
    ];
    const second = (name: string): Cell[][] => [
      ["Partner", "Region", "Amount"],
      [name, "West", 400],
      ["Zeta Org", "North", 50],
    ];
    const pairs = (sheet: Cell[][]) => check(sheet).filter((i) => i.rule === "partners.legalFormTwoNames").length;
    expect(pairs([...first, ...second("Acme Widgets Ltd")])).toBe(0);
    const swapped = first.map((r) => (r[0] === "Acme Widgets" ? ["Acme Widgets Ltd", ...r.slice(1)] : r));
    expect(pairs([...swapped, ...second("Acme Widgets")])).toBe(0);
    // Within one table, asked.
    expect(pairs([...first.slice(0, 5), ["Acme Widgets Ltd", 400, "West"]])).toBe(1);
  });
});

describe("a certified-business register", () => {
  it("is a list of firms, names ending ', LLP' no people's, and firms of other numbers no one firm", () => {
    // A helper's round (real, invented values): Maryland's minority-business directory, exit 3 on a few
    // rows (`ACME BUILDERS, LLP` read as a surname and a given name), and `…, LLP` / `…, INC.` asked as
    // one firm although their certification numbers differ.
    const register: Cell[][] = [
      ["Name", "City", "Contact Name", "Certification Number", "Contact Email Address", "Website"],
      ["ACME BUILDERS, LLP", "SILVER SPRING", "PAT EXAMPLE", "13-001", "pat@example.com", "www.example.com"],
      ["ACME BUILDERS, INC.", "WASHINGTON", "LEE SAMPLE", "00-999", "lee@sample.org", ""],
      ["BETA SERVICES, LLC", "BALTIMORE", "SAM DEMO", "15-100", "sam@demo.net", "www.demo.net"],
    ];
    const result = validateRange(register, undefined, { today: TODAY });
    expect(result.mapping.tab).toBe("Partners");
    expect(result.issues).toEqual([]);
  });
});

describe("legal forms (the schema's one list, LEGAL_FORMS)", () => {
  it("asks of names that differ by any of them: Pty Ltd, LP, a cooperative, LLC. with its dot, e. V without its last", () => {
    // Each form was in one of the lists that were three and not in the partners check's: `Pty Ltd`
    // (Supply Nation's businesses), `LP` (Maryland's register), `Cooperative` (Maryland's grants).
    const ledger: Cell[][] = [
      ["Partner", "Amount"],
      ["Top End Builders Pty Ltd", 100],
      ["Top End Builders", 200],
      ["Harbour Capital LP", 300],
      ["Harbour Capital", 400],
      ["Millbrook Farm Cooperative", 500],
      ["Millbrook Farm", 600],
      ["Beta Services LLC.", 700],
      ["Beta Services", 800],
      ["Nachbarschaftshaus Testweg e. V", 900],
      ["Nachbarschaftshaus Testweg", 1000],
    ];
    const asked = validateRange(ledger, "Partners", { today: TODAY }).issues.filter(
      (i) => i.rule === "partners.legalFormTwoNames",
    );
    expect(asked.map((i) => i.row)).toEqual([2, 4, 6, 8, 10]);
  });

  it("reads a register's firms with any of them after a comma (`…, Pty Ltd`, `…, GmbH`) as no people", () => {
    // As `ACME BUILDERS, LLP` (Maryland's register): a surname and a given name in shape, a firm by its form.
    const register: Cell[][] = [
      ["Name", "City", "Contact Name", "Contact Email Address", "Website"],
      ["Gumtree Road, Pty Ltd", "DARWIN", "PAT EXAMPLE", "pat@example.com", "www.example.com"],
      ["Harbour Media, Pty Ltd", "DARWIN", "LEE SAMPLE", "lee@sample.org", ""],
      ["Probestadt Werkstatt, GmbH", "BERLIN", "SAM DEMO", "sam@demo.net", "www.demo.net"],
    ];
    expect(validateRange(register, undefined, { today: TODAY }).mapping.tab).toBe("Partners");
  });
});

describe("a ledger's lines marked as money taken back", () => {
  it("reads the negative rows a column marks `rescind` as money taken back: one warning, whatever they net to", () => {
    // A helper's round (real, invented values): New York City Council's transparency resolution, each
    // transfer a `rescind` row (−9,000) and a `designate` row: 79 errors "expected $0 or more".
    const transfers: Cell[][] = [
      ["action", "organization", "amount"],
      ["rescind", "Northgate Youth League", -9000],
      ["designate", "Harbor Family Services", 9000],
      ["Rescind", "Maple Street Residence", -10000],
      ["designate", "Eastside Garden", 10000],
    ];
    const issues = validateRange(transfers, "Partners", { today: TODAY }).issues.filter(
      (i) => i.rule === "min.committed",
    );
    expect(issues.map((i) => [i.row, i.severity])).toEqual([[2, "warning"]]);
    expect(issues[0].message).toBe(
      'amount is negative on 2 rows (2, 4) marked "rescind" (such as -$9,000 on row 2): read as money taken back, ' +
        "netted in the totals.",
    );
    // A word on positive rows too is no mark of money taken back (a `Reduction` programme's grants).
    const programme = transfers.map((r, i) => [i === 0 ? "programme" : "Reduction", r[1], r[2]]);
    const errors = validateRange(programme, "Partners", { today: TODAY }).issues.filter(
      (i) => i.rule === "min.committed",
    );
    expect(errors.map((i) => i.severity)).toEqual(["error", "error"]);
  });
});

describe("an award ledger's modification lines", () => {
  it("reads a negative one as money taken back, a warning, whatever the partner's rows here net to", () => {
    // A helper's round (real, invented values): USAspending's prison-hospital contracts, 354 "expected $0
    // or more" errors on deobligations of money obligated before the file begins.
    const awards: Cell[][] = [
      ["award_id", "mod_number", "recipient", "Obligated amount"],
      ["AW0101", "P00001", "Example Univ Hospitals", -62000],
      ["AW0102", "P00002", "Example Univ Hospitals", -2000],
      ["AW0103", "0", "Example Univ Hospitals", 30000],
      ["AW0201", "0", "Sample Care Inc", 40000],
      ["AW0202", "0", "Sample Care Inc", 45000],
    ];
    const issues = validateRange(awards, "Partners", { today: TODAY }).issues.filter((i) => i.rule === "min.committed");
    expect(issues.map((i) => [i.row, i.severity])).toEqual([[2, "warning"]]);
    expect(issues[0].message).toContain("on modification lines");
    // Never "enter it as a positive amount": that would give the money twice (a helper's round).
    expect(issues[0].message).toMatch(/netted in the totals\.$/);
    // A column of a home-modification programme's words is no modification number (a reviewer's repro).
    const homes = awards.map((r, i) => [
      i === 0 ? "Modification" : ["", "Ramp", "Grab bars", "Ramp", "Stairlift", "Ramp"][i],
      r[2],
      r[3],
    ]);
    const words = validateRange(homes, "Partners", { today: TODAY }).issues.filter((i) => i.rule === "min.committed");
    expect(words.map((i) => i.severity)).toEqual(["error", "error"]);
    // Without the modification column, a partner netting below zero is still an error a row.
    const plain = awards.map((r) => [r[0], r[2], r[3]]);
    const errors = validateRange(plain, "Partners", { today: TODAY }).issues.filter((i) => i.rule === "min.committed");
    expect(errors.map((i) => i.severity)).toEqual(["error", "error"]);
  });
});
