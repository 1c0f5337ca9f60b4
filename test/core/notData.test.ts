import {
  isTotalLabel,
  mapHeaders,
  mappingFromPairs,
  splitBlocks,
  summarizePartners,
  concentration,
  validateBlocks,
  validateRange,
  mapBlockByPairs,
  type Cell,
} from "../../src/core";
import { TODAY } from "./sheets";
import { NAMED_TOTAL_LABEL, NOT_TOTAL, totalKind } from "../../src/core/notData";
import { subtotalRows } from "../../src/core/subtotals";

/**
 * SPEC "Rows that are not data" (rev 2), on a grant ledger shaped like a city's export: a title, a
 * label row inside the data, a Total row under it and a source note below — and two tables side by
 * side on one sheet.
 */
const ledger: Cell[][] = [
  ["City of Riverton — community grants FY2017", "", "", "", ""],
  ["Grantee", "Program", "Amount Awarded", "Amount Paid", "Status"],
  ["City Food Bank", "Meals", 120000, 60000, "Active"],
  ["Riverside Youth League", "Sports", 45000, 45000, "Completed"],
  ["Q2 additions", "", "", "", ""],
  ["Total Wine & More", "Meals", 5000, 0, "Active"], // a business, not a total
  ["Grand Total", "", 170000, 105000, ""],
  ["", "", "", "", ""],
  ["Source: Riverton open data portal, downloaded 2018-01-04", "", "", "", ""],
];

describe("a roster whose group is written once, on its first member's row", () => {
  it("checks every member: a row of the key alone under a group is data, not a label row or a note", () => {
    // A helper's round (real): India's trust rosters, 77 of 114 trustees left out as label rows and
    // notes under the data, "114 trustees, 37 checked".
    const roster: Cell[][] = [
      ["Name of the Trust", "Name of the Trustees"],
      ["Green Valley Trust", "Ms Asha Rao"],
      ["", "Mr Tom Berg"],
      ["", "Ms Lina Ortiz"],
      ["", ""],
      ["River School Trust", "Mr Ken Ito"],
      ["", "Ms Ana Silva"],
      ["", "Mr Raj Menon"],
    ];
    const mapping = mappingFromPairs(roster, "Leadership", [
      ["Name of the Trustees", "Name"],
      ["Name of the Trust", "Organization"],
    ]);
    const result = validateRange(roster, "Leadership", { today: TODAY, mapping });
    expect([result.rowsChecked, result.leftOut, result.issues]).toEqual([6, [], []]);
    // A heading in the first column, the key's own, is a label row still.
    const sections: Cell[][] = [
      ["Partner", "Committed"],
      ["Food Bank", 100],
      ["Q2 additions", ""],
      ["Youth League", 50],
    ];
    expect(validateRange(sections, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["label"]);
  });
});

describe("a Grand Total that is not what its rows add up to", () => {
  it("is left out, and said to be off its rows, with both figures; a Total that adds up is named as before", () => {
    // A helper's round (real, invented values): a school district's capital projects, a Grand Total of
    // $5.15bn over rows adding up to $1.45bn — "left out of every check and sum", the gap unexplained.
    const projects: Cell[][] = [
      ["Project No", "School Name", "Lifetime Budget"],
      ["AB101C", "Elm Street Elementary", 1000000],
      ["AB102C", "Oak Hill Middle", 2500000],
      ["AB103C", "Pine Ridge High", 500000],
      ["", "Grand Total", 9000000],
    ];
    const pairs: [string, string][] = [
      ["School Name", "Partner"],
      ["Lifetime Budget", "Committed"],
    ];
    const said = (m: Cell[][]) =>
      validateRange(m, "Partners", { today: TODAY, mapping: mappingFromPairs(m, "Partners", pairs) })
        .issues.filter((i) => i.rule === "leftOut.total")
        .map((i) => i.message);
    expect(said(projects)).toEqual([
      'Row 5 looks like a Total row ("Grand Total"): left out of every check and sum — its Lifetime Budget, ' +
        "$9,000,000, is not what the rows above it add up to ($4,000,000): rows missing above it, or a total of " +
        "more than this sheet holds?",
    ]);
    const adding = projects.map((r, i) => (i === 4 ? ["", "Grand Total", 4000000] : r));
    expect(said(adding)).toEqual(['Row 5 looks like a Total row ("Grand Total"): left out of every check and sum.']);
    // A section's Total adds up its section, and a Total over the data adds up rows under it: neither is
    // said to be off (a reviewer's repros; real: NHMRC's 2013 tables, "($0)" of a Total over its rows).
    const plain = "left out of every check and sum.";
    const sections = [
      projects[0],
      projects[1],
      ["", "Total", 1000000],
      projects[2],
      projects[3],
      ["", "Total", 3000000],
    ];
    expect(said(sections).map((m) => m.endsWith(plain))).toEqual([true, true]);
    const above = [projects[0], ["", "Total", 4000000], ...projects.slice(1, 4)];
    expect(said(above).map((m) => m.endsWith(plain))).toEqual([true]);
  });

  it("quotes a column of thousands' Total and sum as the cells show them, then the money they stand for", () => {
    // (`its Budget ('000), $9,000,000, is not … ($4,000,000)` read as the cells' own figures, a thousand
    // times what the sheet shows: 9,000 and 4,000, as the thousands column's other messages quote them.)
    const pairs: [string, string][] = [
      ["School Name", "Partner"],
      ["Budget ('000)", "Committed"],
    ];
    const thousands: Cell[][] = [
      ["Project No", "School Name", "Budget ('000)"],
      ["AB101C", "Elm Street Elementary", 1000],
      ["AB102C", "Oak Hill Middle", 2500],
      ["AB103C", "Pine Ridge High", 500],
      ["", "Grand Total", 9000],
    ];
    const said = validateRange(thousands, "Partners", {
      today: TODAY,
      mapping: mappingFromPairs(thousands, "Partners", pairs),
    }).issues.filter((i) => i.rule === "leftOut.total");
    expect(said.map((i) => i.message)).toEqual([
      'Row 5 looks like a Total row ("Grand Total"): left out of every check and sum — its Budget (\'000), ' +
        "9,000 (thousands: $9,000,000), is not what the rows above it add up to (4,000, thousands: $4,000,000): " +
        "rows missing above it, or a total of more than this sheet holds?",
    ]);
  });
});

describe("a Total row with shares and changes written as percentages", () => {
  it("is left out: a percentage is a figure, not words describing a record", () => {
    // A helper's round (real, invented values): Tasmania's grants tables, `Total | 8000 | 100% | +1% | 60%`
    // summed as a council — twice the money, $203.5M for $101.8M.
    const grants: Cell[][] = [
      ["Recipient", "Amount awarded", "% of total", "Change %", "Share of programme"],
      ["Harbour Youth Trust", 1500, "18.75%", "+1%", "10%"],
      ["Hillview Food Bank", 2700, "33.75%", "-2%", "20%"],
      ["Lakeland Arts", 3800, "47.5%", "+3%", "30%"],
      ["Total", 8000, "100%", "+1%", "60%"],
    ];
    const s = summarizePartners(grants);
    expect([s.total.partners, s.total.committed]).toEqual([3, 8000]);
    expect(validateRange(grants, undefined, { today: TODAY }).leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [5, "total"],
    ]);
    // Three words of a record beside it still make it a record (a company called Total, say).
    const described = grants.map((r, i) => (i === 4 ? ["Total", 8000, "Energy", "Paris", "Listed"] : r));
    expect(summarizePartners(described).total.partners).toBe(4);
  });
});

describe("rows that are not data", () => {
  it("recognise a Total label, not a business called Total Wine", () => {
    for (const label of [
      "Total",
      "TOTAL",
      "Totals",
      "Grand total",
      "Subtotal",
      "Sub-total",
      "Sum",
      "Total:",
      "Total - Parks",
      "Total FY2024",
      "Parks total",
      "Subtotal (Q1)",
      "Total (all funds)",
      "Total……….….………",
      "         Total...",
      "Grand Total……….….…",
      "Sub total: Parks",
      // A helper's round (real): a city budget's funds, and a state's grants by organisation with a
      // subtotal under each, three of 32 summed as partners for their punctuation or length.
      "Total, General Fund",
      "Total, All Funds",
      "ac.care Total",
      "Lifeline South East (SA) Total",
      "Northern District Neighbourhood and Family Services Total",
      // The column's measure, whatever the figure (Arkansas' awards: a printed total $720k off its rows).
      "Total Amount",
      "Total Count",
      "Total Funding",
      "Total Projects",
      // Words glued as a field name (a helper's round, real: Albuquerque's budget book by fund).
      "allDepartmentTotal",
      "dept_total",
      "Sub_Total",
      // The currency its figures are in, spaced or not (a helper's round, real: the Northern
      // Territory grants commission's `Total$`, summed as a council: twice the money).
      "Total$",
      "Total $",
      "Grand Total £",
      "TOTAL $000",
      "Total€:",
    ]) {
      expect([label, isTotalLabel(label)]).toEqual([label, true]);
    }
    expect(totalKind("total_all")).toBe(NAMED_TOTAL_LABEL); // a total when it adds up the rows above
    expect(totalKind("McDonald")).toBe(NOT_TOTAL);
    expect(isTotalLabel("Total of all funds")).toBe(true);
    // A city's measure, not a total (it has its own ID).
    expect(isTotalLabel("Sum of lessee move-ins, cable installs and move-outs")).toBe(false);
    for (const label of ["Total Wine & More", "Totally Kids", "Summit Bank", "Grantee", "Total.com"]) {
      expect([label, isTotalLabel(label)]).toEqual([label, false]);
    }
    // In the languages of sheets kept beside English ones (real: Hamburg's sponsoring reports, whose
    // `Gesamtwert` and `Summe` rows were summed as donors: 2–5× the money).
    for (const label of [
      "Gesamtwert",
      "Summe",
      "Gesamt:",
      "Insgesamt",
      "Zwischensumme",
      "Sous-total",
      "Totaal",
      "Totale",
      "Totalt",
      "Suma total",
      // A helper's round of Nordic and Central European sheets (invented values): each was a partner.
      "Celkem",
      "Razem",
      "I alt",
      "Yhteensä",
      "Ogółem",
      "Összesen",
      "Ukupno",
      "ИТОГО",
      "Σύνολο",
      "Всего",
      "Kaikki yhteensä",
      // Excel's pivot grand totals in more of Europe's languages (a helper's round: each a partner).
      "Totale complessivo",
      "Suma końcowa",
      "Celkový součet",
      "Végösszeg",
      "Skupna vsota",
      "Sveukupni zbroj",
      "Γενικό Σύνολο",
      "Общий итог",
      "Iš viso",
      "Kokonaissumma",
      // Excel's pivot totals in Dutch, Flemish, Danish, Norwegian, Swedish and German (a helper's
      // round: each counted as a partner, the money doubled).
      "Eindtotaal",
      "Totaal generaal",
      "Hovedtotal",
      "Totalsum",
      "Totalsumma",
      "Summe gesamt",
      "Kultur Ergebnis",
      "Sport Totaal",
    ]) {
      expect([label, isTotalLabel(label)]).toEqual([label, true]);
    }
    // And the summary leaves such a row out: 3 partners and 600, not 4 and 1,200.
    const czech: Cell[][] = [
      ["Partner", "Committed"],
      ["Alfa", 100],
      ["Beta", 200],
      ["Gama", 300],
      ["Celkem", 600],
    ];
    expect([summarizePartners(czech).total.partners, summarizePartners(czech).total.committed]).toEqual([3, 600]);
    // The word and a name in another language: `Gesamtwert igs` is a total whatever its figure (a helper's
    // round, real: Hamburg's sponsoring report, a company's subtotal over its withheld gifts summed as a
    // donor); `Summe Parks`, like `Total Parks`, where its amounts add up the rows above.
    for (const label of ["Gesamtwert igs", "Zwischensumme Parks", "Sous-total Culture", "Subtotaal Sport"]) {
      expect([label, isTotalLabel(label)]).toEqual([label, true]);
    }
    expect([totalKind("Summe Parks"), totalKind("Totaal Cultuur")]).toEqual([NAMED_TOTAL_LABEL, NAMED_TOTAL_LABEL]);
    // `Summa` and `Suma` before a name are organisations as often (a reviewer's repro: Summa Health, Summa Equity).
    expect([totalKind("Summa Health"), totalKind("Summa Equity")]).toEqual([NOT_TOTAL, NOT_TOTAL]);
    const sponsoring: Cell[][] = [
      ["Partner", "Amount"],
      ["Acme Ltd", 5000],
      ["Beta plc", "withheld"],
      ["Gesamtwert igs", 7000],
      ["Gamma Ltd", 1000],
      ["Summe Parks", 1000],
    ];
    expect([summarizePartners(sponsoring).total.partners, summarizePartners(sponsoring).total.committed]).toEqual([
      3, 6000,
    ]);
    for (const label of [
      "Gesamtschule Nord",
      "Summerfield Trust",
      "Insgesamt Verein",
      "Ergebnis Consulting",
      "Totalsumpf",
      "Kopenhagen Trust",
      "Spoluúčast Foundation",
      "Vega Corp",
      // Words that are also names: totals only where they add up (a reviewer's repro: `KOPA`, `Spolu`).
      "Kopā",
      "Spolu",
      "Kokku",
    ]) {
      expect([label, isTotalLabel(label)]).toEqual([label, false]);
    }
    expect(
      summarizePartners([
        ["Partner", "Committed"],
        ["Alder Trust", 5000],
        ["KOPA", 2500],
        ["Spolu", 1200],
        ["Cedar Fund", 3000],
      ]).total,
    ).toMatchObject({ partners: 4, committed: 11700 });
    expect(
      summarizePartners([
        ["Partner", "Committed"],
        ["Alder Trust", 5000],
        ["Cedar Fund", 3000],
        ["Kopā", 8000],
      ]).total,
    ).toMatchObject({ partners: 2, committed: 8000 });
  });

  it("a key cell saying Total behind another first cell is a Total row, above the data too (TOTALT a year)", () => {
    // Real (a Norwegian grants list, invented values): a `2016 | | TOTALT | 1500` row a year above the
    // organisations' rows, read as the partner TOTALT on 8 rows, its money summed twice.
    const sheet: Cell[][] = [
      ["year", "orgnr", "Partner", "Committed"],
      [2016, "", "TOTALT", 1500],
      [2017, "", "TOTALT", 1700],
      [2016, "811014982", "Jæren Kristne Senter", 700],
      [2017, "811014982", "Jæren Kristne Senter", 900],
      [2016, "812086332", "Masjidelsalam", 800],
      [2017, "812086332", "Masjidelsalam", 800],
      [2016, "813346052", "", 0],
    ];
    const s = summarizePartners(sheet);
    expect([s.total.partners, s.total.committed]).toEqual([2, 3200]);
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [2, "total", "TOTALT"],
      [3, "total", "TOTALT"],
    ]);
    // The unnamed row under the data is still a row to fix, not a note on sums under it.
    expect(result.issues.filter((i) => i.row === 8).map((i) => i.rule)).toEqual(["required.partner"]);
    // A partner whose name only begins so is a name; so is a name with Total after it, as Maryland's
    // grants write 56 rows of data (`HOLY CROSS HOSPITAL Total`, each with its year and purpose).
    expect(summarizePartners([...sheet, [2018, "1", "Total Wine & More", 5]]).total.partners).toBe(3);
    const maryland = summarizePartners([...sheet, [2011, "2", "HOLY CROSS HOSPITAL Total", 50856.31]]);
    expect([maryland.total.partners, maryland.total.committed]).toEqual([3, 3200 + 50856.31]);
  });

  it("an unlabelled total with a table of counts under it, past a blank row and its heading, is found; the counts are notes", () => {
    // Real (a Brazilian convênios ledger, invented values): the counts by status under the unlabelled
    // total were added in with it (1,201,007 for 600,500.50) and 30 of their rows were "Partner is empty".
    const sheet: Cell[][] = [
      ["Nome Proponente", "Situacao", "Valor Global", "Valor Liberado"],
      ["FUNDACAO ALFA", "Em execução", 100000, 50000],
      ["MUNICIPIO DE BETA", "Convênio Anulado", 200000, 0],
      ["INSTITUTO GAMA", "Em execução", 300500.5, 300500.5],
      ["", "", 600500.5, 350500.5],
      ["", "", "", ""],
      ["", "CONTAGEM POR SITUAÇÃO", "", ""],
      ["", "Em Execução", 2, ""],
      ["", "Convênio Anulado", 1, ""],
      ["", "", 3, ""],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["Nome Proponente", "Partner"],
      ["Valor Global", "Committed"],
      ["Valor Liberado", "Received"],
    ]);
    const s = summarizePartners(sheet, null, mapping);
    expect([s.total.partners, s.total.committed, s.total.received]).toEqual([3, 600500.5, 350500.5]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [5, "sumAbove"],
      [7, "note"],
      [8, "note"],
      [9, "note"],
      [10, "sumAbove"],
    ]);
    expect(result.issues.filter((i) => i.rule === "required.partner")).toEqual([]);
  });

  it("an unlabelled total of the last rows only is left out; two rows' sum under them stays a grant", () => {
    // Real (South Africa's lottery payments, invented values): the last row, `=SUM()` of the rows under
    // a header repeated mid-sheet, was summed in (R2.27bn for R2.07bn) and "Organisation is empty".
    const payments = (last: Cell[]): Cell[][] => [
      ["Date", "Province", "Organisation", "Amount"],
      ["12-Sep-17", "EC", "5001 - RIVERSIDE YOUTH CHOIR", 100000],
      ["03-Oct-17", "WC", "5002 - HILLTOP NETBALL CLUB", 50000],
      ["14-Nov-17", "GP", "5003 - SUNRISE CARE CENTRE", 25000],
      ["21-Nov-17", "GP", "5004 - OCEAN VIEW SOUP KITCHEN", 10000],
      ["28-Nov-17", "EC", "5005 - VALLEY DRUMMERS", 2500],
      last,
    ];
    const subtotal = payments(["187 500,00", "", "", 37500]);
    const s = summarizePartners(subtotal, null);
    expect([s.total.partners, s.total.committed]).toEqual([5, 187500]);
    const result = validateRange(subtotal, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[7, "sumAbove"]]);
    expect(result.issues.map((i) => i.rule)).toEqual(["leftOut.sumAbove"]);
    // 12,500 is the last two rows' sum: as likely a grant without its name, which is said, and counted.
    const grant = payments(["05-Dec-17", "EC", "", 12500]);
    expect(summarizePartners(grant, null).total.committed).toBe(200000);
    expect(validateRange(grant, "Partners", { today: TODAY }).issues.map((i) => i.rule)).toEqual(["required.partner"]);
  });

  it("a row with no name under the data holding a footnote is a note, whatever figures it carries", () => {
    // Real (DC's school buildings, invented values): `*Includes updated capacities …` beside $1.13bn
    // of the buildings it footnotes was summed in (+27%) and "Name is empty".
    const buildings: Cell[][] = [
      ["Agency", "Name", "School Address", "Current Replacement Value"],
      ["DCPS", "Maple Elementary School", "1 Elm St NW", 17000000],
      ["DCPS", "Oak High School", "2 Oak St SE", 80000000],
      ["DCPS", "Birch Middle School", "3 Birch St SW", 25000000],
      ["", "", "*Includes updated capacities for buildings that open in Winter", 31000000],
    ];
    const mapping = mappingFromPairs(buildings, "Partners", [
      ["Name", "Partner"],
      ["Current Replacement Value", "Committed"],
    ]);
    expect(summarizePartners(buildings, null, mapping).total.committed).toBe(122000000);
    const result = validateRange(buildings, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [5, "note", "*Includes updated capacities for buildings that open in Winter"],
    ]);
    // Among the named rows, a row with no name and a remark is a row missing its name, as before.
    const amid = [buildings[0], buildings[1], ["DCPS", "", "*pending survey of the site", 5000000], buildings[2]];
    const m2 = mappingFromPairs(amid, "Partners", [
      ["Name", "Partner"],
      ["Current Replacement Value", "Committed"],
    ]);
    expect(summarizePartners(amid, null, m2).total.committed).toBe(102000000);
    expect(validateRange(amid, "Partners", { today: TODAY, mapping: m2 }).issues.map((i) => i.rule)).toEqual([
      "required.partner",
    ]);
  });

  it("the years of the headers again, with no name, are the header row again; a TOTAL beside a sum is a Total row", () => {
    // Real (a Zambian council's capital plan, invented values): 2,024 was summed, and "activity is empty".
    const plan: Cell[][] = [
      ["strategy", "activity", "input", "cost_2024", "cost_2025", "cost_2026"],
      ["Objective 1: Improve access to health care by 2034.", "", "", 2024, 2025, 2026],
      ["Increase access", "Construction of health posts", "Human Resource", 2800000, 2310000, 2541000],
      ["Increase access", "Procurement of ambulances", "Human Resource", 2700000, 0, 3240000],
      ["Increase access", "", "TOTAL", 5500000, 2310000, 5781000],
    ];
    const mapping = mappingFromPairs(plan, "Partners", [
      ["activity", "Partner"],
      ["cost_2024", "Committed"],
    ]);
    expect(summarizePartners(plan, null, mapping).total.committed).toBe(5500000);
    const result = validateRange(plan, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "header"],
      [5, "total"],
    ]);
    expect(result.issues.map((i) => i.rule)).toEqual(["leftOut.header", "leftOut.total"]);
    // A grant of 2,024 in a column headed for 2024, on a row with its name, is a grant.
    const grant = [plan[0], ["Objective 1", "Clinic repairs", "Works", 2024, 0, 0]];
    expect(summarizePartners(grant, null, mapping).total.committed).toBe(2024);
  });

  it("a list of names with nothing beside most of them yet is partners, not label rows and notes", () => {
    // A helper's round (real: Arts Council England's portfolio, invented names): rows without figures
    // were "label rows" and "a note under the data", and `new --from` copied 26 partners of 985.
    const list: Cell[][] = [
      ["Partner", "Committed", "Notes"],
      ["Harbour Lights Theatre", "", ""],
      ["Kestrel Dance Company", "", ""],
      ["Youth Brass Network", "", "See the comments tab."],
      ["Riverside Libraries", "", ""],
    ];
    const result = validateRange(list, "Partners", { today: TODAY });
    expect([result.rowsChecked, result.leftOut]).toEqual([4, []]);
    // Notes under a blank line below the list stay notes (a reviewer's repro: two counted as partners).
    const noted = [
      ...list,
      ["", "", ""],
      ["Figures as of June 2024", "", ""],
      ["Prepared by the Mayor's Office", "", ""],
    ];
    expect(validateRange(noted, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["note", "note"]);
    // A heading amid rows that have figures is still a label row (above: "Q2 additions").
  });

  it("a header row of years repeated between blocks is the header row again, not a partner with 2,029", () => {
    // A helper's round (real: Baltimore's six-year capital plan, each repeated header row a partner
    // "Source of Funds" worth 2,029 thousand: $1.42bn summed for $419M).
    const plan: Cell[][] = [
      ["Source of Funds", 2024, 2029],
      ["General Funds", 1800, 1800],
      ["", "", ""],
      ["Source of Funds", 2024, 2029],
      ["State Funds", 4000, 4000],
    ];
    const mapping = mappingFromPairs(plan, "Partners", [
      ["Source of Funds", "Partner"],
      ["2029", "Committed"],
    ]);
    expect(summarizePartners(plan, null, mapping).total.committed).toBe(5800);
    expect(validateRange(plan, "Partners", { today: TODAY, mapping }).leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [4, "header"],
    ]);
    // A partner's figure that happens to be a year, under a header of words, is a figure.
    const grant = [
      ["Partner", "Committed"],
      ["Harbour Trust", 2024],
      ["Partner", 2029],
    ];
    expect(summarizePartners(grant, null).total.committed).toBe(4053);
  });

  it("names alone ending a list of rows with figures are partners with no money, not notes", () => {
    // A helper's round (real: NHMRC's Table 5, invented names): 14 institutions with no award, listed
    // at the table's end, were each "a note under the data".
    const awards: Cell[][] = [
      ["Administering Institution", "# of Awards", "Funding"],
      ["Harbour University", 2, 600000],
      ["Ridge Institute", 1, 300000],
      ["Coast Health Trust", "", ""],
      ["Bay Research Centre", "", ""],
    ];
    const result = validateRange(awards, "Partners", { today: TODAY });
    expect([result.rowsChecked, result.leftOut]).toEqual([4, []]);
    // A note of words in lower case, a figure or a colon, is a note, blank line or not.
    const noted = [...awards.slice(0, 3), ["Figures as of June 2024", "", ""], ["Source: the funder's report", "", ""]];
    expect(validateRange(noted, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["note", "note"]);
    // One name alone under the data is still a note: a signature, not a list.
    const one = [...awards.slice(0, 3), ["Riverton Finance Office", "", ""]];
    expect(validateRange(one, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["note"]);
    // Nor are a footer's words names (a reviewer's repro: each a partner with no money).
    for (const footer of [
      ["DRAFT - FOR DISCUSSION ONLY", "NOT FOR PUBLIC DISTRIBUTION"],
      ["Prepared By Office of Budget and Management", "Approved By Deputy Mayor for Economic Development"],
      ["OFFICIAL-SENSITIVE", "Commercial In Confidence"],
    ]) {
      const rows = [...awards.slice(0, 3), ...footer.map((f) => [f, "", ""])];
      expect(validateRange(rows, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["note", "note"]);
    }
    // A marking's word in a name is a name: a marking is the whole cell (a reviewer's repro: five
    // partners made two, `Protect Our Winters` last).
    const named = [...awards, ["Restricted Growth Association", "", ""], ["Protect Our Winters", "", ""]];
    expect(validateRange(named, "Partners", { today: TODAY }).leftOut).toEqual([]);
  });

  it("are left out of every check and named once", () => {
    const result = validateRange(ledger, "Partners", { today: TODAY });
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [5, "label"],
      [7, "total"],
      [9, "note"],
    ]);
    const named = result.issues.filter((i) => i.rule.startsWith("leftOut."));
    expect(named.map((i) => i.message)).toEqual([
      'Row 5 looks like a label row, not data ("Q2 additions"): left out of every check and sum.',
      'Row 7 looks like a Total row ("Grand Total"): left out of every check and sum.',
      'Row 9 looks like a note under the data ("Source: Riverton open data portal, down…"): left out of every check and sum.',
    ]);
    // Nothing else about those rows: no "Partner is empty", no "not in the list".
    expect(result.issues.filter((i) => [5, 7, 9].includes(i.row) && !i.rule.startsWith("leftOut."))).toEqual([]);
  });

  it("a note merged across the table (one text in every cell, as an export unmerges it) is a note", () => {
    // Real (a helper's round, invented values): a Bulgarian list of EU projects, four notes under the
    // data repeated in each column: 410 partners for 406, and "their cells stand one column to the left".
    const note = "All amounts are in Bulgarian lev (BGN)";
    const projects: Cell[][] = [
      ["Beneficiary", "Project Name", "Total", "Grant"],
      ["111111111 Alpha Ltd", "Machines for Alpha", 100000, 70000],
      ["222222222 Beta Ltd", "Line for Beta", 50000, 35000],
      [],
      ["Notes:", "Notes:", "Notes:", "Notes:"],
      [note, note, note, note],
    ];
    const result = validateRange(projects, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [5, "note"],
      [6, "note"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(summarizePartners(projects).total).toMatchObject({ partners: 2, committed: 150000 });
    // Two cells alike are no merged note: a partner whose name is its sector too stays a partner.
    const alike: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["Nonprofit", "Nonprofit"],
    ];
    expect(summarizePartners(alike).total.partners).toBe(1);
  });

  it("are left out of every sum: SUMMARY and CONCENTRATION count the grants only", () => {
    const s = summarizePartners(ledger, "Status");
    expect(s.total).toEqual({ group: "Total", partners: 3, committed: 170000, received: 105000 });
    expect(concentration(ledger)).toBeCloseTo(120000 / 170000);
  });
});

describe("a statement with a subtotal per section (a city's restricted-fund schedule)", () => {
  // Real: a comptroller's schedule, each department's programs under a heading row (its code and name
  // in columns the tracker does not map) and closed by "Total <department>". SUMMARY counted every
  // subtotal as a partner: $762M for a real $381M.
  const statement: Cell[][] = [
    ["Code", "Department", "Program", "Revenue", "Expenditures"],
    ["002", "MAYORALTY", "", "", ""],
    ["0001", "", "Health Insurance Fund", 1200, 0],
    ["0002", "", "Crossing Guards Fund", 300.4, 20],
    ["", "", "Total Mayoralty", 1500.4, 20],
    ["030", "DEPARTMENT OF CITY PLANNING", "", "", ""],
    ["0002", "", "College Point Associates", 3120, 0],
    ["", "", "Total Department Of City Planning", 3120, 0],
    ["", "", "Total Energies", 999, 5], // a partner so named: its amounts add up nothing above
    ["", "", "Grand Total", 5619.4, 25],
  ];
  const mapping = mapHeaders(statement, "Partners", { 2: "partner", 3: "committed", 4: "received" });

  it("tells a subtotal named for its section by its amounts, and a heading row by holding nothing mapped", () => {
    const result = validateRange(statement, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [2, "label", "002"],
      [5, "total", "Total Mayoralty"],
      [6, "label", "030"],
      [8, "total", "Total Department Of City Planning"],
      [10, "total", "Grand Total"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(summarizePartners(statement, null, mapping).total).toMatchObject({
      partners: 4,
      committed: 1200 + 300.4 + 3120 + 999,
      received: 25,
    });
  });

  it("a printed statement's footnotes under its total and a rule line are notes, not partners", () => {
    // Real: NYC's largest-taxpayers table, footnoting its first line with two taxpayers' franchise
    // values under the Total and a rule: counted, they made 19 partners of 14.
    const table: Cell[][] = [
      ["", "Taxpayer", "", "Value"],
      ["", "Consolidated Edison *", "", 19961776582],
      ["", "Verizon", "", 3050000000],
      ["", "Total……", "", 23011776582],
      ["___________"],
      ["*", "Including Special Franchises:"],
      ["", "2014-Consolidated Edison", 3134389250, ""],
      ["", "2023-Verizon", 430957856, ""],
      [],
      ["SOURCE: The City of New York, Department of Finance."],
    ];
    const mapping = mapHeaders(table, "Partners", { 1: "partner", 3: "committed" });
    const result = validateRange(table, "Partners", { today: TODAY, mapping });
    expect(result.rowsChecked).toBe(2);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [4, "total"],
      [5, "note"],
      [6, "note"],
      [7, "note"],
      [8, "note"],
      [10, "note"],
    ]);
    expect(summarizePartners(table, null, mapping).total).toMatchObject({ partners: 2, committed: 23011776582 });
  });

  it("prospects listed under a subtotal, with no rule line between, are still partners", () => {
    const pledges: Cell[][] = [
      ["Partner", "Committed", "Status"],
      ["Parks Trust", 1000, "Agreed"],
      ["Total pledged", 1000, ""],
      ["Food Bank", "", "Prospect"],
      ["Youth League", "", "Prospect"],
    ];
    const result = validateRange(pledges, "Partners", { today: TODAY });
    expect(result.rowsChecked).toBe(3);
    expect(summarizePartners(pledges).total).toMatchObject({ partners: 3, committed: 1000 });
  });

  it("a form response saved before its name was typed is a row missing its name, not a heading", () => {
    // Real: a city's Google Form export, rows holding only a timestamp and "Yes" to "save your work and
    // come back later?" — no organisation named. A heading row holds words (`002 | MAYORALTY`).
    const form: Cell[][] = [
      ["Timestamp", "Name of Organization", "Contact Email for Organization", "Save and come back later?"],
      ["8/13/2020 8:41:10", "Alachua County Crisis Center", "help@example.org", "No"],
      ["8/13/2020 8:55:54", "", "", "Yes"],
      ["2020-08-13", "", "", "Yes"],
    ];
    const result = validateRange(form, "Partners", { today: TODAY });
    expect(result.leftOut).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.rule, i.message])).toEqual([
      [3, "required.partner", "Name of Organization is empty — every row needs one."],
      [4, "required.partner", "Name of Organization is empty — every row needs one."],
    ]);
  });

  it("a Total <name> whose amounts differ from the rows above is a partner (within a statement's rounding)", () => {
    const rounded: Cell[][] = [
      ["Partner", "Committed"],
      ["Parks Trust", 1000.4],
      ["Food Bank", 2000.4],
      ["Total Parks and Food", 3001], // rounded apart from its lines: still their subtotal
      ["Total Wine & More", 5000],
    ];
    expect(validateRange(rounded, "Partners", { today: TODAY }).leftOut.map((l) => l.label)).toEqual([
      "Total Parks and Food",
    ]);
    expect(summarizePartners(rounded).total).toMatchObject({ partners: 3, committed: 8000.8 });
  });
});

describe("a government table: an area's total without the word, its breakdown, a source line", () => {
  // Real: a ministry's revenue-outturn table — 443 authorities, then ENGLAND (their total), a CLASS
  // BREAKDOWN of the same money by class of authority, and a Source line with a figure beside it.
  // All were summed: 3.8 times the real £89.8bn, shown in dollars and as thousands.
  const table: Cell[][] = [
    ["Revenue Outturn: Summary", "", "", ""],
    ["Net current expenditure (£ thousand)", "", "", ""],
    ["E-code", "Local authority", "Class", "Total service expenditure"],
    ["E0101", "Bath UA", "UA", 1000],
    ["E0102", "Bristol UA", "UA", 2000.4],
    ["E5030", "Camden", "L", 3000],
    ["", "", "", ""],
    ["", "ENGLAND", "", 6000.4],
    ["", "CLASS BREAKDOWN", "", ""],
    ["", "LONDON BOROUGHS", "L", 3000],
    ["", "UNITARY AUTHORITIES", "UA", 3000.4],
    ["Source: Ministry of Housing, Communities and Local Government", "", "", 5999],
  ];
  const mapping = mappingFromPairs(table, "Partners", [
    ["Local authority", "Partner"],
    ["Total service expenditure", "Committed"],
  ]);

  it("leaves out the total, the rows that add up to it again and the source line, each named", () => {
    const result = validateRange(table, "Partners", { today: TODAY, mapping });
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [8, "total", "ENGLAND"],
      [9, "note", "CLASS BREAKDOWN"],
      [10, "breakdown", "LONDON BOROUGHS"],
      [11, "breakdown", "UNITARY AUTHORITIES"],
      [12, "note", "Source: Ministry of Housing, Communities and Local Government"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(result.issues.find((i) => i.row === 10)?.message).toBe(
      'Row 10 looks like a breakdown of the total above it, the same money again ("LONDON BOROUGHS"): left out of every check and sum.',
    );
  });

  it("sums the authorities once, in pounds, multiplied out of the thousands the title says", () => {
    const s = summarizePartners(table, null, mapping);
    expect(s.total).toMatchObject({ partners: 3, committed: 6000400 });
    expect(s.currency).toBe("GBP");
    expect(s.scaled).toEqual([
      { column: "Total service expenditure", factor: 1000, row: 1, what: "Net current expenditure (£ thousand)" },
    ]);
  });

  it("reads a Total printed above the rows as theirs: the rows under it are the data, not it again", () => {
    // Real: a federal rental-aid report prints its Grand Total first; every grant under it was "the
    // same money again", and the summary said 0 partners, $0.
    const topTotal: Cell[][] = [
      ["Recipient", "Amount awarded"],
      ["Total", 60000],
      ["Riverbend League", 10000],
      ["Northside Pantry", 20000],
      ["Harbor Arts", 30000],
    ];
    const result = validateRange(topTotal, "Partners", { today: TODAY });
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[2, "total"]]);
    expect(summarizePartners(topTotal).total).toMatchObject({ partners: 3, committed: 60000 });
  });

  it("takes figures as they are when the header's millions would make a row a trillion or more", () => {
    // Real: a federal table headed "$ Millions" holds whole dollars (a number format shows them in
    // millions): $21.5bn was printed as $42.9 quadrillion.
    const allocations: Cell[][] = [
      ["Recipients", "Total Allocation $ Millions"],
      ["State of Alder", 2_500_000_000],
      ["Birch County", 7_250_000],
      ["Cedar City", 4_100_000],
    ];
    const m = mappingFromPairs(allocations, "Partners", [
      ["Recipients", "Partner"],
      ["Total Allocation $ Millions", "Committed"],
    ]);
    const s = summarizePartners(allocations, null, m);
    expect(s.total.committed).toBe(2_511_350_000);
    expect(s.scaled).toEqual([]);
    expect(s.notScaled).toEqual([{ column: "Total Allocation $ Millions", factor: 1e6 }]);
    // The same header over figures in millions is multiplied out.
    const inMillions = allocations.map((r, i) => (i === 0 ? r : [r[0], (r[1] as number) / 1e6]));
    expect(summarizePartners(inMillions, null, m).total.committed).toBeCloseTo(2_511_350_000, 0);
  });

  it("an area's name whose amounts add up nothing above is a partner; rows under a total that do not add up to it are data", () => {
    const funders: Cell[][] = [
      ["Partner", "Committed"],
      ["Arts Fund", 1000],
      ["Wales", 500], // a partner so named: 500 is not 1000
      ["Total", 1500],
      ["Parks Trust", 700],
      ["Food Bank", 900], // the next rows: 1,600, not the 1,500 above
    ];
    const result = validateRange(funders, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[4, "total"]]);
    expect(summarizePartners(funders).total).toMatchObject({ partners: 4, committed: 3100 });
  });

  it("an amount header that says its multiple is summed multiplied out: Amount (£000), Committed ($m)", () => {
    const s = summarizePartners([
      ["Partner", "Amount (£000)"],
      ["Arts Fund", 1.5],
      ["Parks Trust", 2],
    ]);
    expect(s.total).toMatchObject({ partners: 2, committed: 3500 });
    expect(s.currency).toBe("GBP");
    expect(
      summarizePartners([
        ["Partner", "Committed ($m)"],
        ["Arts Fund", 2.25],
      ]).total.committed,
    ).toBe(2250000);
  });
});

describe("totals of subtotals (a city's printed appropriation ledger)", () => {
  it("leaves out a section's total over its subtotals, as each subtotal is", () => {
    // Real: "Total PERSONAL SERVICES" …, then "Total LEGISLATION SERVICES", "Total CITY COUNCIL": the
    // totals above the first level were summed, 4.8 times the ledger's $338.5M.
    const statement: Cell[][] = [
      ["Account", "Committed"],
      ["10.100 PARKS", ""],
      ["10.100.1.1 WAGES", 100],
      ["10.100.1.2 BENEFITS", 50],
      ["Total STAFF", 150],
      ["10.100.2.1 TOOLS", 30],
      ["Total SUPPLIES", 30],
      ["Total PARKS", 180],
      ["10.200.1.1 WAGES", 70],
      ["Total STAFF", 70],
      ["Total LIBRARY", 70],
      ["Total Wine & More", 99], // a partner so named: 99 adds up nothing
    ];
    const mapping = mappingFromPairs(statement, "Partners", [["Account", "Partner"]]);
    const result = validateRange(statement, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.filter((l) => l.kind === "total").map((l) => l.label)).toEqual([
      "Total STAFF",
      "Total SUPPLIES",
      "Total PARKS",
      "Total STAFF",
      "Total LIBRARY",
    ]);
    expect(summarizePartners(statement, null, mapping).total).toMatchObject({ partners: 5, committed: 349 });
  });

  it("leaves out a section's total that does not add up, or holds 0, where its section is named above", () => {
    // A helper's round (real): Missoula's expenditure report, `Total GENERAL FUND` kept by hand at a
    // figure its lines do not make (+$76.6M summed as a partner), and 811 `Total CAPITAL OUTLAY` of 0.
    const report: Cell[][] = [
      ["Account Number", "Adjusted Appropriation"],
      ["1000 GENERAL FUND", ""],
      ["1000.210.110 SALARIES AND WAGES", 100],
      ["1000.210.140 EMPLOYER CONTRIBUTIONS", 50],
      ["Total PERSONAL SERVICES", 150],
      ["1000.210.900 CAPITAL OUTLAY", ""],
      ["Total CAPITAL OUTLAY", 0],
      ["1000.220.110 SALARIES AND WAGES", 200],
      ["Total PERSONAL SERVICES", 200],
      ["Total GENERAL FUND", 400],
    ];
    const mapping = mappingFromPairs(report, "Partners", [
      ["Account Number", "Partner"],
      ["Adjusted Appropriation", "Committed"],
    ]);
    const result = validateRange(report, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.filter((l) => l.kind === "total").map((l) => l.row + 1)).toEqual([5, 7, 9, 10]);
    expect(summarizePartners(report, null, mapping).total.committed).toBe(350);
    // A supplier called `Total Care` under a heading that ends so (`Home Care`) is a supplier (a
    // reviewer's repro): a section's heading is its name alone, or a code then its name.
    const suppliers: Cell[][] = [
      ["Supplier", "Amount"],
      ["Cleaning", ""],
      ["Acme Cleaning Co", 300],
      ["Brite Window Services", 200],
      ["Total Cleaning", 500],
      ["Home Care", ""],
      ["Bluebird Care", 1000],
      ["Total Care", 2000],
      ["Helping Hands", 500],
      ["Total Home Care", 3500],
    ];
    const byName = mappingFromPairs(suppliers, "Partners", [
      ["Supplier", "Partner"],
      ["Amount", "Committed"],
    ]);
    expect(summarizePartners(suppliers, null, byName).total).toMatchObject({ partners: 5, committed: 4000 });
    // Nor is a data row's Service (`Security`) a section heading (a reviewer's repro).
    const services: Cell[][] = [
      ["Supplier", "Service", "Amount"],
      ["Bright Cleaners", "Cleaning", 1000],
      ["Sparkle Ltd", "Cleaning", 500],
      ["Total Cleaning", "", 1500],
      ["Guardian Alarms", "Security", 800],
      ["Total Security", "Security", 1200],
      ["Watchmen Inc", "Security", 400],
      ["Total Security", "", 2400],
    ];
    const bySupplier = mappingFromPairs(services, "Partners", [
      ["Supplier", "Partner"],
      ["Amount", "Committed"],
    ]);
    expect(summarizePartners(services, null, bySupplier).total).toMatchObject({ partners: 5, committed: 3900 });
    // A fund's total over more subtotals than the look back holds adds up from the data's first row
    // (the same report: `Total GENERAL FUND` over 1,383 subtotals, $76.6M summed as a partner).
    const lines: Cell[][] = [["Account Number", "Adjusted Appropriation"]];
    for (let i = 0; i < 600; i++) lines.push([`1000.${i}.110 SALARIES`, 10], [`Total OBJECT ${i}`, 10]);
    lines.push(["Total FUND ONE", 6000]);
    expect(summarizePartners(lines, null, mapping).total).toMatchObject({ partners: 600, committed: 6000 });
  });
});

describe("a line of the file in one cell", () => {
  it("is named once as that, an error, never a label row or a note — and a label row is still one", () => {
    // Real (corpus round 7b, invented values): a French county's CSV quoted some lines whole, so Excel
    // kept each in one cell: "a label row", "a note under the data", and their money in no sum.
    const sheet: Cell[][] = [
      ["nomBeneficiaire", "montant", "objet"],
      ["Association Exemple Un", 1200, "fonctionnement"],
      ["Association Exemple Deux,800,fonctionnement"],
      ["Q2 additions"],
      ["Association Exemple Trois", 500, "festival"],
      ["Association Exemple Quatre;300;festival"],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["nomBeneficiaire", "Partner"],
      ["montant", "Committed"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [3, "wholeLine"],
      [4, "label"],
      [6, "wholeLine"],
    ]);
    const lines = result.issues.filter((i) => i.rule === "leftOut.wholeLine");
    expect(lines.map((i) => i.severity)).toEqual(["error", "error"]);
    expect(lines[0].message).toBe(
      'Row 3 holds a whole line of the file in one cell ("Association Exemple Deux,800,fonctionne…"): the file ' +
        "quoted the line whole, so it was not split into columns, and it is in no check or sum — split it " +
        "(Data › Text to Columns) or export the file again.",
    );
    // A note with commas whose amount's place holds no figure is still a note.
    const note = validateRange([...sheet.slice(0, 2), ["Source: council, open data, 2018"]], "Partners", {
      today: TODAY,
      mapping,
    });
    expect(note.leftOut.map((l) => l.kind)).toEqual(["note"]);
    // Prose, a space after each comma, is a label row, though it has as many parts as there are headers
    // (a helper's round: the UN's SDG framework, its goals merged over two cells, "the file quoted the line").
    const goals: Cell[][] = [
      ["Initiative ID", "Initiative", "Benchmark metric"],
      ["Goal 7. Ensure access to affordable, reliable, sustainable and modern energy for all"],
      ["7.1", "Universal access to energy", "Proportion of population with access to electricity"],
      ["7.2", "Renewable energy share", "Renewable energy share in total final energy consumption"],
    ];
    const read = validateRange(goals, "Foundation", { today: TODAY });
    expect(read.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[2, "label"]]);
  });

  it("is a whole line too when the exporter closed it with `;` or a text in it held a comma — and summary says each", () => {
    // A helper's round (real: Finland's ERDF projects, invented values): records quoted whole and closed
    // `"…,12476";`, some ending in the file's `,,;`, one whose authority held a comma: five called "a
    // line of text wrapped from the row next to it" (a warning) and their money out of summary unsaid.
    const sheet: Cell[][] = [
      ["Code", "Partner", "Committed", "Received"],
      ["A1", "Acme Oy", 100, 50],
      ["A2,Beta Oy,200,20;"],
      ['A3,"Gamma" Oy,300,30'],
      ["A4,Delta Oy,400,40,,;"],
      ["A5,Epsilon, Oy,500,50;"],
      ["A6", "Zeta Oy", 600, 60],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["Partner", "Partner"],
      ["Committed", "Committed"],
      ["Received", "Received"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [3, "wholeLine"],
      [4, "wholeLine"],
      [5, "wholeLine"],
      [6, "wholeLine"],
    ]);
    expect(result.issues.filter((i) => i.rule === "leftOut.wholeLine").map((i) => i.severity)).toEqual([
      "error",
      "error",
      "error",
      "error",
    ]);
    const summary = summarizePartners(sheet, null, mapping);
    expect(summary.total).toMatchObject({ partners: 2, committed: 700 });
    expect(summary.wholeLines).toBe(4);
  });
});

describe("tables stacked on one sheet", () => {
  // Real: a grants research workbook's sheets, each a table by publisher, then `By grant programme`
  // and its own header row, then more: read as one table, £7.28bn for £2.43bn, counts added as pounds.
  const sheet: Cell[][] = [
    ["Awards by funder"],
    [],
    ["", "Funder:Name", "Amount Awarded", "percent"],
    [0, "Alder Trust", 600000, 60],
    [1, "Birch Fund", 300000, 30],
    [2, "others", 100000, 10],
    [],
    ["By programme"],
    [],
    ["", "Programme", "Amount Awarded", "percent"],
    [0, "Recovery Fund", 700000, 70],
    [1, "General grants", 300000, 30],
  ];
  const mapping = mappingFromPairs(sheet, "Partners", [["Funder:Name", "Partner"]]);

  it("reads the first table only, and names the next table's header row once", () => {
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.rowsChecked).toBe(3);
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [8, "title", "By programme"],
      [10, "table", "Programme"],
    ]);
    expect(result.issues.find((i) => i.rule === "leftOut.title")?.message).toBe(
      'Row 8 looks like the title of another table under this one ("By programme"): left out of every check and sum.',
    );
    expect(result.issues.find((i) => i.rule === "leftOut.table")?.message).toMatch(
      /^Row 10 looks like the header row of another table under this one \("Programme"\): it and every row below it are left out/,
    );
    // `others` is the rest of the funders together: in the total, but no one partner.
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 1000000 });
  });

  it("reads on past its own headers again (blocks of one kind), and stops at another table's", () => {
    // Real (corpus round 7c, invented values): Hamburg's sponsoring reports stack blocks under merged
    // titles: donations to the authority (`Einrichtung`), to its companies (`Beteiligung`, the same
    // headers), then those the companies gave (`… des Zuwendungsempfängers`: recipients, not donors).
    // Each block's header row was read as a donor, its `Wert (Euro)` an amount to fix; the second
    // block's donations are the report's (its sums: the blocks' Gesamtwert rows).
    const report: Cell[][] = [
      ["Einrichtung", "Name des Zuwendungsgebers", "Zuwendungsart", "Wert (Euro)"],
      ["Amt A", "Verein Alpha", "Spende", 10000],
      ["Amt A", "Verein Beta", "Spende", 5000],
      ["Gesamtwert", null, null, 15000],
      ["Von Beteiligungen angenommene Zuwendungen"],
      [],
      ["Beteiligung", "Name des\nZuwendungsgebers", "Zuwendungsart", "Wert\n(Euro)"],
      ["Hafen GmbH", "Stiftung Gamma", "Sponsoring", 7500],
      ["Gesamtwert", null, null, 7500],
      ["Von Beteiligungen geleistete Zuwendungen"],
      [],
      ["Beteiligung", "Name des Zuwendungsempfängers", "Zuwendungsart", "Wert (Euro)"],
      ["-"],
      ["Gesamtwert", null, null, 0],
    ];
    const mapping = mappingFromPairs(report, "Partners", [
      ["Name des Zuwendungsgebers", "Partner"],
      ["Wert (Euro)", "Committed"],
    ]);
    const result = validateRange(report, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [4, "total"],
      [5, "label"],
      [7, "header"],
      [9, "total"],
      [10, "title"],
      [12, "table"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarizePartners(report, null, mapping).total).toMatchObject({ partners: 3, committed: 22500 });
  });

  it("keeps reading rows of words under a label row when no figure follows them (not a header)", () => {
    const notes: Cell[][] = [
      ["Partner", "Committed", "Notes"],
      ["Alder Trust", 100, "renewed"],
      ["Q2 additions"],
      ["Birch Fund", "TBC", "pending board"],
      ["Cedar Works", "TBC", "pending"],
    ];
    const result = validateRange(notes, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => l.kind)).toEqual(["label"]);
    expect(result.rowsChecked).toBe(3);
  });
});

describe("totals no label names: found by their figures", () => {
  it("leaves out a grand total under the data with no label, and counts no partner for it", () => {
    // Real: a city's budget status sheet's unlabelled last row doubled its $338.5M.
    const sheet: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Alder Trust", 10000, 400],
      ["Birch Fund", 20000, 500],
      ["Cedar Works", 30000.5, 600],
      ["", "", ""],
      ["", 60000.5, 1500],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[6, "sumAbove"]]);
    expect(result.issues.map((i) => i.rule)).toEqual(["leftOut.sumAbove"]);
    // Quoted by its figure as a person reads it, not `60000.5`.
    expect(result.issues[0].message).toContain('("60,000.5")');
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 3, committed: 60000.5, received: 1500 });
  });

  it("leaves out a group's sums amid the rows: figures alone, or a Total label in a later column", () => {
    // A helper's round (real): Brussels' ERDF list, each priority's sum under its projects, with no
    // code or name, its label `Total Groupe d'opérations 2.1.` in the last column or none: +21%.
    const header = ["No", "Beneficiaire / Begunstigde", "FEDER", "Financement public", "Opération"];
    const byHand = mappingFromPairs([header], "Partners", [
      ["Beneficiaire / Begunstigde", "Partner"],
      ["FEDER", "Committed"],
    ]);
    for (const label of ["", "Total Groupe d'opérations 2.1."]) {
      const sheet: Cell[][] = [
        header,
        ["P21-01", "Abattoir Nord", 2076967, 2477869, "Agro-Parc"],
        ["P21-02", "Centre Dansaert", 1750000, 5250000, "Mode et Design"],
        ["P21-03", "Atelier Sud", 450000, 900000, "Marketing urbain"],
        ["", "", 4276967, 8627869, label],
        ["P22-01", "Commune Est", 944423, 944423, "Crèche Gaucheret"],
      ];
      const result = validateRange(sheet, "Partners", { today: TODAY, mapping: byHand });
      expect([label, result.leftOut.map((l) => [l.row + 1, l.kind])]).toEqual([
        label,
        [[5, label === "" ? "sumAbove" : "total"]],
      ]);
      expect(summarizePartners(sheet, null, byHand).total).toMatchObject({ partners: 4, committed: 5221390 });
    }
    // A grant missing its name, with its number alone, is a row to fix (a reviewer's repro: `1004`).
    const numbered: Cell[][] = [
      ["Grant No", "Partner", "Committed", "Received"],
      [1001, "Alder Trust", 1000, 500],
      [1002, "Birch Foundation", 2000, 1000],
      [1003, "Cedar Fund", 3000, 1500],
      [1004, "", 6000, 3000],
      [1005, "Elm Alliance", 800, 800],
    ];
    expect(summarizePartners(numbered).total).toMatchObject({ committed: 12800, received: 6800 });
    // A grant missing its name, with its code and title, is a row to fix, whatever its figure.
    const grant: Cell[][] = [
      header,
      ["P21-01", "Abattoir Nord", 100, 100, "Agro-Parc"],
      ["P21-02", "Centre Dansaert", 200, 200, "Mode et Design"],
      ["P21-03", "Atelier Sud", 300, 300, "Marketing urbain"],
      ["P21-04", "", 600, 600, "Parc Sud"],
      ["P22-01", "Commune Est", 50, 50, "Crèche"],
    ];
    expect(validateRange(grant, "Partners", { today: TODAY, mapping: byHand }).leftOut).toEqual([]);
    // Nor is one whose purpose says `Total refurbishment …` (a reviewer's repro).
    const purpose = grant.map((r, i) => (i === 4 ? ["P21-04", "", 600, 600, "Total refurbishment of the hall"] : r));
    expect(validateRange(purpose, "Partners", { today: TODAY, mapping: byHand }).leftOut).toEqual([]);
  });

  it("looks at a nameless row's own words only when its figures add up the rows above, not on every such row", () => {
    // A sheet of 40,000 grants, half without a name: each was looked at, its columns summed back to the
    // run's start — 5 s for SUMMARY, where it takes a tenth of one.
    const amounts = Array.from({ length: 2000 }, (_, r) => 100 + (r % 7));
    let looked = 0;
    const found = subtotalRows({
      first: 0,
      end: amounts.length,
      nameless: (r) => r % 2 === 0,
      amounts: (r) => [amounts[r]],
      boundary: () => false,
      noTextOfItsOwn: () => {
        looked++;
        return true;
      },
    });
    expect([found.size, looked]).toEqual([0, 0]);
  });

  it("leaves out an unlabelled total with the average under it, and counts neither", () => {
    // A helper's round, real: Sydney's contracts register, an unlabelled total then the average
    // contract's value under it: summed 2.02x.
    const sheet: Cell[][] = [
      ["Supplier", "Contract Description", "Contract Value"],
      ["Alpha Pty Ltd", "Cleaning", 100000],
      ["Beta Services", "Security", 250000],
      ["Gamma Co", "Parks maintenance", 150000],
      ["Delta Group", "IT support", 300000],
      [null, null, 800000],
      [null, null, 200000],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [6, "sumAbove"],
      [7, "note"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 4, committed: 800000 });
    // A last row that adds up nothing stays a row missing its name when nothing above it is a total.
    const unnamed = [...sheet.slice(0, 5), [null, null, 123], [null, null, 200000]];
    expect(validateRange(unnamed, "Partners", { today: TODAY }).issues.map((i) => i.rule)).toContain(
      "required.partner",
    );
  });

  it("leaves out an unlabelled sums row under columns the mapping leaves out, not 'Partner is empty'", () => {
    // Real: a grants list whose quarterly columns map to nothing; its last row, the quarters' sums.
    const sheet: Cell[][] = [
      ["Partner", "Sector", "Committed", "Q1", "Q2"],
      ["Alder Trust", "Nonprofit", 300, 100, 200],
      ["Birch Fund", "Business", 700, 300, 400.5],
      ["Cedar Works", "Philanthropy", 110, 50, 60],
      [null, null, null, 450, 660.5],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([[5, "sumAbove", "450"]]);
    expect(result.issues.map((i) => i.rule)).toEqual(["leftOut.sumAbove"]);
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 3, committed: 1110 });
    // Figures that add up nothing, or a row after them, leave the row a partner missing its name.
    for (const rows of [
      [...sheet.slice(0, 4), [null, null, null, 450, 700]],
      [...sheet, ["Dune Co", "Business", 1, 1, 2]],
    ]) {
      const kept = validateRange(rows, "Partners", { today: TODAY });
      expect(kept.leftOut).toEqual([]);
      expect(kept.issues.map((i) => [i.row, i.rule])).toContainEqual([5, "required.partner"]);
    }
    // Figures as a CSV writes them, after a blank line (a helper's round, real: New South Wales'
    // council grants, its totals row "Council name is empty").
    const csv: Cell[][] = [
      ["Council name", "Total in dollars", "General purpose in dollars"],
      ["Alpha Shire Council", "1,500,000", "1,000,000"],
      ["Beta City Council", "2,700,000", "2,000,000"],
      [null, null, null],
      [null, null, "3,000,000"],
    ];
    const mapping = mappingFromPairs(csv, "Partners", [
      ["Council name", "Partner"],
      ["Total in dollars", "Committed"],
    ]);
    const read = validateRange(csv, "Partners", { today: TODAY, mapping });
    expect(read.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([[5, "sumAbove", "3,000,000"]]);
  });

  it("leaves out a plan's budget totals row, its sums under ignored columns and a ratio beside them, on any tab", () => {
    // Corpus round fm, D5 (real: Tenjo's development plan, `=SUM(BN2:BN332)` … and `BS333/BR333`
    // under its budget columns): the row read as an initiative, "Initiative ID is empty" and five more.
    const date = "2027-12-31";
    const plan: Cell[][] = [
      [
        "Initiative ID",
        "Initiative",
        "Problem statement",
        "Benchmark metric",
        "Target",
        "Target date",
        "Planned",
        "Executed",
        "% executed",
      ],
      ["M1", "Reforest 2 ha", "The river banks erode every winter", "Hectares", 2, date, 50000, 40000, 0.8],
      ["M2", "Teach 40 schools", "Pupils do not learn how to sort waste", "Schools", 40, date, 20000, 5000, 0.25],
      [null, null, null, null, null, null, 70000, 45000, 45000 / 70000],
    ];
    const read = validateRange(plan, "Foundation", { today: TODAY });
    expect(read.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([[4, "sumAbove", "70,000"]]);
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    // A percent of them too, and on Partners, the sums under columns the mapping leaves out.
    const grants: Cell[][] = [
      ["Partner", "Sector", "Planned", "Paid", "% paid"],
      ["Alder Trust", "Nonprofit", 1000, 400, 40],
      ["Birch Fund", "Business", 3000, 3000, 100],
      [null, null, 4000, 3400, 85],
    ];
    const partners = validateRange(grants, "Partners", { today: TODAY });
    expect(partners.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[4, "sumAbove"]]);
    expect(partners.issues.map((i) => i.rule)).not.toContain("required.partner");
    // A figure beside the sums that is no ratio of them (a goal's own code) keeps the row one to fix.
    const coded = plan.map((r, i) => (i === 3 ? [...r.slice(0, 8), 0.7] : r));
    expect(validateRange(coded, "Foundation", { today: TODAY }).issues.map((i) => i.rule)).toContain(
      "required.initiativeId",
    );
  });

  it("leaves out the sums under the last named row wherever their labels stand, and figures under them", () => {
    // Real: a city council's awards list (10,811 rows): under the data a `Difference` line, `New Total`
    // typed in the street-address column, more sums, and a lone check figure below: $1.06bn for $528M.
    const sheet: Cell[][] = [
      ["Legal Name", "Amount", "Program", "Street Address"],
      ["Alder Trust", 12000, "Youth", "1 Elm St"],
      ["Birch Fund", 8000, "Food", "2 Oak St"],
      ["Cedar Works", 5000, "Arts", "3 Pine St"],
      [null, null, null, null],
      [null, null, 0, "Difference"],
      [null, 25000, null, "New Total"],
      [null, null, 500, "Admin New Add"],
      [null, null, null, null],
      [null, 1500, null, null],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [6, "note", "Difference"],
      [7, "total", "New Total"],
      [8, "note", "Admin New Add"],
      [10, "note", "1500"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 3, committed: 25000 });
    // Amid the rows, a label such as `New Total` in another column does not make a grant a total.
    const amid = [...sheet.slice(0, 3), [null, 4000, null, "New Total"], ...sheet.slice(3, 4)];
    expect(validateRange(amid, "Partners", { today: TODAY }).issues.map((i) => [i.row, i.rule])).toEqual([
      [4, "required.partner"],
    ]);
  });

  it("leaves out each group's subtotal above its rows, its name in another column", () => {
    // Real: a federal report's state rows (`Arkansas | | 250,000` over its two local grants) doubled it.
    const sheet: Cell[][] = [
      ["Region", "Partner", "Committed", "Received"],
      ["Grand Total", "", 650, 300],
      ["North", "", 300, 200],
      ["", "Alder Trust", 100, 50],
      ["", "Birch Fund", 200, 150],
      ["South", "", 350, 100],
      ["", "Cedar Works", 350, 100],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [2, "total", "Grand Total"],
      [3, "subtotalOfBelow", "North"],
      [6, "subtotalOfBelow", "South"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 3, committed: 650, received: 300 });
  });

  it("names a sums row by the amount the mapping reads, not by a column it ignores that comes first", () => {
    // A helper's round (real: DC's school buildings by ward): each ward's sums row was cited by its
    // `past` cell (I14), a column the mapping ignores, where `total` was the column mapped.
    const sheet: Cell[][] = [
      ["School", "past", "total"],
      ["Alder Elementary", 10, 100],
      ["Birch Middle", 20, 200],
      ["Cedar High", 30, 250],
      [null, 60, 550],
      [null, null, null],
      ["Dogwood Elementary", 7, 60],
      ["Elm Academy", 1, 40],
      ["Fir Elementary", 2, 70],
      [null, 10, 170],
    ];
    const byHand = mappingFromPairs(sheet, "Partners", [
      ["School", "Partner"],
      ["total", "Committed"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping: byHand });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.column, l.label])).toEqual([
      [5, "sumAbove", 2, "550"],
      [10, "sumAbove", 2, "170"],
    ]);
  });

  it("keeps a row without a name that adds nothing up, or only matches by chance, as data to fix", () => {
    const sheet: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", 100],
      ["Birch Fund", 200],
      ["", 300], // 100 + 200, but a row follows: a grant missing its name, not a total
      ["Cedar Works", 50],
      ["", 70], // the last row, adding up nothing
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.rule])).toEqual([
      [4, "required.partner"],
      [6, "required.partner"],
    ]);
    expect(summarizePartners(sheet).total.committed).toBe(720);
  });
});

describe("the header row repeated inside the data (an export's page breaks)", () => {
  it("is left out and named as the header row again, not read as a partner called Partner", () => {
    const pages: Cell[][] = [
      ["Supplier", "Contract value", "Start Date"],
      ["Acme Ltd", 1200, 45292],
      ["Supplier", "Contract value", "Start Date"],
      ["Beta LLC", 300, 45323],
      ["supplier", "Contract Value", ""], // typed again by hand: the case differs, it is still the header
    ];
    const mapping = mapHeaders(pages, "Partners", { 0: "partner", 1: "committed", 2: "startDate" });
    const result = validateRange(pages, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [3, "header"],
      [5, "header"],
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'Row 3 looks like the header row again ("Supplier"): left out of every check and sum.',
      'Row 5 looks like the header row again ("supplier"): left out of every check and sum.',
    ]);
    expect(summarizePartners(pages, null, mapping).total).toMatchObject({ partners: 2, committed: 1500 });
  });
});

describe("a row with nothing in any tracker column, a running total's step or a page's number", () => {
  it("is as good as blank: no partner missing its name", () => {
    // A helper's round (real): Tennessee's water awards, a running total's step between two projects,
    // "Local Government is empty".
    const awards: Cell[][] = [
      ["Rank", "Local Government", "Amount ($)", "Running Total ($)"],
      [1, "Alderton", "$800,000.00", "$800,000.00"],
      [2, "Birchville", "$2,000,000.00", "$2,800,000.00"],
      [null, null, null, "$            2 ,800,000"],
      [3, "Dunmore", "$500,000.00", "$3,300,000.00"],
    ];
    const mapping = mapHeaders(awards, "Partners", { 1: "partner", 2: "committed" });
    const result = validateRange(awards, "Partners", { today: TODAY, mapping });
    expect(result.issues).toEqual([]);
    expect(result.rowsChecked).toBe(3);
    expect(summarizePartners(awards, null, mapping).total).toMatchObject({ partners: 3, committed: 3300000 });
    // A printed page's number alone (a state auditor's report, `22` under its localities).
    const paged = [...awards.slice(0, 3), [], [22], ...awards.slice(4)];
    expect(validateRange(paged, "Partners", { today: TODAY, mapping }).issues).toEqual([]);
    // A publication's blank line, numbered with the rest under its group (a helper's round, real:
    // Ontario's transfer payments, `2507 | MINISTRY OF HEALTH/` "Organization is empty", exit 1).
    const payments: Cell[][] = [
      ["ID", "Ministry", "Organization", "Amount"],
      [1, "MINISTRY OF HEALTH/", "Alder Hospital", 1000],
      [2, "MINISTRY OF HEALTH/", null, null],
      [3, "MINISTRY OF HEALTH/", "Birch Clinic", 500],
    ];
    const blankLine = validateRange(payments, "Partners", { today: TODAY });
    expect([blankLine.issues, blankLine.rowsChecked]).toEqual([[], 2]);
    expect(summarizePartners(payments).unnamed).toBe(0);
    // Without the running number, a row repeating the one above's words is a label row, named.
    const label: Cell[][] = [
      ["Programme", "Organization", "Amount"],
      ["HEALTH", "Alder Hospital", 1000],
      ["HEALTH", null, null],
      ["HEALTH", "Birch Clinic", 500],
    ];
    expect(validateRange(label, "Partners", { today: TODAY }).leftOut.map((l) => l.row)).toEqual([2]);
    // A row of the group's own, not the row above's, is a row missing its name.
    const other = payments.map((r, i) => (i === 2 ? [2, "MINISTRY OF ENERGY/", null, null] : r));
    expect(validateRange(other, "Partners", { today: TODAY }).issues.map((i) => i.rule)).toEqual(["required.partner"]);
    // A form's unused lines under the data, each column's one value filled down (a helper's round, real:
    // the Mayenne's subsidies, `non`, `1`: "nomBeneficiaire is empty" twice).
    const form: Cell[][] = [
      ["nomBeneficiaire", "montant", "notificationUE", "pourcentageSubvention"],
      ["LAVAL ALPHA SHOW", 30000, "non", 1],
      ["BOUCLES BETA", 25000, "non", 1],
      [null, null, "non", 1],
      [null, null, "non", 1],
    ];
    const unused = validateRange(form, "Partners", { today: TODAY });
    expect([unused.issues, unused.rowsChecked]).toEqual([[], 2]);
    expect(summarizePartners(form).unnamed).toBe(0);
  });
});

describe("tables one under another, each under a title and the header row again", () => {
  it("are each read, none a breakdown of the total above it, and the summary names where the next starts", () => {
    // A helper's round (real): a city's budget by year, FY15's rows left out as FY14's "breakdown"
    // because the two years' figures were the same ($500 for $1,000), and nothing said of two tables.
    const years: Cell[][] = [
      ["FY14 - General Fund"],
      [],
      ["Goal", "Department", "Total"],
      [1, "Parks", 0],
      [2, "Library", 500],
      [null, "Total", 500],
      [],
      ["FY15 - General Fund"],
      [],
      ["Goal", "Department", "Total"],
      [1, "Parks", 0],
      [2, "Library", 500],
      [null, "Total", 500],
    ];
    const mapping = mapHeaders(years, "Partners", { 1: "partner", 2: "committed" });
    const result = validateRange(years, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => l.kind)).not.toContain("breakdown");
    const s = summarizePartners(years, null, mapping);
    expect(s.total).toMatchObject({ partners: 2, committed: 1000 });
    expect(s.headerAgain).toEqual({ row: 9, title: "FY15 - General Fund" });
    // A page's header repeated by an export, with no title of its own, is no second table.
    const pages = years.filter((r) => r[0] !== "FY15 - General Fund" && r[0] !== "FY14 - General Fund");
    expect(
      summarizePartners(pages, null, mapHeaders(pages, "Partners", { 1: "partner", 2: "committed" })).headerAgain,
    ).toBeUndefined();
  });
});

describe("a second header row worded otherwise in its key column", () => {
  it('is a header row, not a partner whose Status is "Status"', () => {
    // A helper's round, real: a music institute's agreements register, `Institute Name` over `Name`.
    const rows: Cell[][] = [
      ["No", "Name", "Status", "Sign date"],
      [1, "Riverside Arts College", "Active", "2025-01-30"],
      [2, "Lakeside Conservatory", "Active", "2019-03-01"],
      [],
      [null, "Institute Name", "Status", "Sign date"],
      [3, "Hilltop School of Music", "Active", "2021-07-07"],
    ];
    const result = validateRange(rows, "Partners", { today: TODAY });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.leftOut.map((l) => [l.row, l.kind])).toEqual([[4, "header"]]);
  });
});

describe("subtotals written in a column of their own on rows with no name", () => {
  // A helper's round, real: Canada's transfer payments by department and class of recipient, each
  // class's subtotal on a nameless row, its figure in `TOT_CY_XPND_AMT`, its mapped amount 0: 559
  // "Partner is empty" errors.
  const header = ["DEPT_EN_DESC", "RCPNT_CLS_EN_DESC", "RCPNT_NML_EN_DESC", "TOT_CY_XPND_AMT", "AGRG_PYMT_AMT"];
  const mapping = (rows: Cell[][]) => mapHeaders(rows, "Partners", { 2: "partner", 4: "committed" });

  it("are left out under the rows they add up, and where they stand apart from them", () => {
    const under: Cell[][] = [
      header,
      ["Agriculture", "Subsidies", "Example Farms Ltd", 0, 250000],
      ["Agriculture", "Subsidies", "Sample Co-op", 0, 150000],
      ["Agriculture", "Subsidies", "", 400000, 0],
      ["Agriculture", "Universities", "Demo University", 0, 300000],
      ["Agriculture", "Universities", "", 300000, 0],
    ];
    const result = validateRange(under, "Partners", { today: TODAY, mapping: mapping(under) });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.leftOut.map((l) => [l.row, l.kind])).toEqual([
      [3, "sumAbove"],
      [5, "sumAbove"],
    ]);
    // Sorted by name, each class's subtotal away from its rows: the column adds up to the amounts'.
    const sorted = [header, under[3], under[5], under[4], under[1], under[2]];
    const apart = validateRange(sorted, "Partners", { today: TODAY, mapping: mapping(sorted) });
    expect(apart.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarizePartners(sorted, null, mapping(sorted)).total).toMatchObject({ partners: 3, committed: 700000 });
    // A nameless row whose figure is no subtotal stays a row missing its name.
    const unnamed = [...under.slice(0, 3), ["Agriculture", "Subsidies", "", 12345, 0]];
    expect(
      validateRange(unnamed, "Partners", { today: TODAY, mapping: mapping(unnamed) }).issues.map((i) => i.rule),
    ).toContain("required.partner");
  });

  it("are not read in a column the named rows fill with words", () => {
    // Real (a council's awards list): `Admin New Add` 1,500 and `Adoption Total` 26,500 under the data,
    // written in the programme column, add up to the awards by chance; they are its notes and totals.
    const awards: Cell[][] = [
      ["Legal Name", "Program Name", "Amount", "Grantee Street Address 1"],
      ["Alder Youth League", "After school", 12000, "1 Elm St"],
      ["Birch Food Pantry", "Food access", 16000, "2 Oak St"],
      [null, null, 28000, "New Total"],
      [null, 1500, null, "Admin New Add"],
      [null, 26500, null, "Adoption Total"],
    ];
    const result = validateRange(awards, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row, l.kind, l.label])).toEqual([
      [3, "total", "New Total"],
      [4, "note", "Admin New Add"],
      [5, "total", "Adoption Total"],
    ]);
  });
});

describe("a table's totals printed first, named as places", () => {
  // A helper's round, real: GOV.UK's council tax receipts, England and its 9 regions first, then the
  // 309 councils: £109.6bn summed for £36.5bn, "no issues", and England copied as a partner.
  const receipts: Cell[][] = [
    ["Local authority", "Region", "Total receipts"],
    ["England", "Eng", 1000],
    ["North Region", "N", 400],
    ["South Region", "S", 600],
    ["Alphaton", "N", 150],
    ["Betaford", "N", 250],
    ["Gammaby", "S", 350],
    ["Deltaham", "S", 250],
  ];
  const mapping = (rows: Cell[][]) => mapHeaders(rows, "Partners", { 0: "partner", 2: "committed" });

  it("are left out: the whole, and the parts adding up to it before the rows they add up", () => {
    expect(summarizePartners(receipts, null, mapping(receipts)).total).toMatchObject({ partners: 4, committed: 1000 });
    const result = validateRange(receipts, "Partners", { today: TODAY, mapping: mapping(receipts) });
    expect(result.leftOut.map((l) => [l.row, l.kind, l.label])).toEqual([
      [1, "subtotalOfBelow", "England"],
      [2, "subtotalOfBelow", "North Region"],
      [3, "subtotalOfBelow", "South Region"],
    ]);
  });

  it("are not found in a ledger whose first grant is its largest, or two equal grants", () => {
    const ledger: Cell[][] = [receipts[0], ["Big Fund", "N", 1000], ["Alphaton", "N", 600], ["Betaford", "S", 300]];
    expect(summarizePartners(ledger, null, mapping(ledger)).total).toMatchObject({ partners: 3, committed: 1900 });
    const two: Cell[][] = [receipts[0], ["Alphaton", "N", 100], ["Betaford", "S", 100]];
    expect(summarizePartners(two, null, mapping(two)).total).toMatchObject({ partners: 2, committed: 200 });
  });
});

describe("a table restated under its header row again", () => {
  // A helper's round (real): NYC's checkbook reconciliation, the same nine agencies' budgets under two
  // titles of the same year, $105.6bn summed for $52.8bn and copied twice by `new --from`.
  const restated = (secondTitle: string): Cell[][] => [
    ["Year 2023"],
    ["Raw checkbook data"],
    ["agency", "Checkbook adopted", "ACFR adopted"],
    ["Department for the Aging", 540, 500],
    ["Department of Parks", 300, 300],
    ["Department of Libraries", 120, 100],
    [],
    [secondTitle],
    ["Raw checkbook data + intra city sales"],
    ["agency", "Checkbook adopted", "ACFR adopted"],
    ["Department for the Aging", 541, 500],
    ["Department of Parks", 301, 300],
    ["Department of Libraries", 121, 100],
  ];
  const mapping = (rows: Cell[][]) => mapHeaders(rows, "Partners", { 0: "partner", 2: "committed" }, 2);

  it("is summed once, its rows named as the same money again", () => {
    const rows = restated("Year 2023");
    expect(summarizePartners(rows, null, mapping(rows)).total).toMatchObject({ partners: 3, committed: 900 });
    const result = validateRange(rows, "Partners", { today: TODAY, mapping: mapping(rows) });
    expect(result.leftOut.filter((l) => l.kind === "restated").map((l) => l.row)).toEqual([10, 11, 12]);
  });

  it("is the next rows under the header repeated at a page break, or under a title naming another quarter", () => {
    // A reviewer's repro: the same rents paid each quarter, $1,150 summed for $2,300.
    const rents = [
      ["Payee", "Details", "Amount"],
      ["Moor Lane Offices", "Office rent", 900],
      ["Quill Print", "Newsletter", 250],
    ];
    const pageBreak = [...rents, ...rents];
    const quarters = [["Quarter 1"], ...rents, [], ["Quarter 2"], ...rents];
    for (const rows of [pageBreak, quarters]) {
      const m = mapHeaders(rows, "Partners", { 0: "partner", 2: "committed" }, rows === quarters ? 1 : 0);
      expect(summarizePartners(rows, null, m).total).toMatchObject({ partners: 2, committed: 2300 });
    }
  });

  it("is another table when three lines of its own describe it, whatever rows it shares", () => {
    // A drift check (real: Baltimore's capital plan): projects funded alike, each under its code and
    // name, description and location, were left out as the first's rows again ($29.3M unsaid).
    const project = (code: string, name: string): Cell[][] => [
      [code, name],
      ["Description:", `Works at ${name}`],
      ["Location:", "Various"],
      [],
      ["Source of Funds", "Appr. to date", "2024"],
      ["General Obligation Bonds", 0, 150],
      ["State Funds", 0, 50],
      ["Total", 0, 200],
      [],
    ];
    // (Notes under the first table, a line each, describe no next table: the list again under its own
    // title is the same money — a reviewer's repro, $500,000 summed twice.)
    const noted: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["Abell Foundation", "Philanthropy", 250000],
      ["France-Merrick Foundation", "Philanthropy", 150000],
      ["T. Rowe Price Foundation", "Business", 100000],
      ["Source: Mayor's Office of Partnerships"],
      ["Figures are unaudited"],
      [],
      ["Same list as presented to the Board of Estimates"],
      ["Partner", "Sector", "Committed"],
      ["Abell Foundation", "Philanthropy", 250000],
      ["France-Merrick Foundation", "Philanthropy", 150000],
      ["T. Rowe Price Foundation", "Business", 100000],
    ];
    expect(summarizePartners(noted, null).total).toMatchObject({ committed: 500000 });
    // Nor notes given as a label and its words (`Source: | …`: a second reviewer's repro).
    const labelled = [
      ...noted.slice(0, 4),
      ["Note:", "Figures are unaudited"],
      ["As of:", "30 June 2024"],
      ["Source:", "Mayor's Office"],
      ...noted.slice(6),
    ];
    expect(summarizePartners(labelled, null).total).toMatchObject({ committed: 500000 });
    const plan = [...project("127-044", "Cultural Institutions"), ...project("127-099", "Zoo Accessibility")];
    const m = mapHeaders(plan, "Partners", { 0: "partner", 2: "committed" }, 4);
    expect(summarizePartners(plan, null, m).total).toMatchObject({ committed: 400 });
    expect(validateRange(plan, "Partners", { today: TODAY, mapping: m }).leftOut.map((l) => l.kind)).not.toContain(
      "restated",
    );
  });

  it("is another year's table when its title names a year the first does not, or when a figure differs", () => {
    const nextYear = restated("Year 2024");
    expect(summarizePartners(nextYear, null, mapping(nextYear)).total).toMatchObject({ committed: 1800 });
    const other = restated("Year 2023");
    other[12] = ["Department of Libraries", 121, 101];
    expect(summarizePartners(other, null, mapping(other)).total).toMatchObject({ committed: 1801 });
  });
});

describe("a Total row that names its measure", () => {
  it("is left out though its figure is not the sum of the rows above, and so is a Total Count under it", () => {
    // A helper's round (real): Arkansas' drinking-water awards, `Total Amount` printed $720k off its
    // rows and `Total Count` under it, both summed as partners ($756.8M for $378.7M).
    const awards: Cell[][] = [
      ["No.", "PWS", "Project Cost"],
      [1, "Alder Creek Water Authority", 500000],
      [2, "Birch Hollow Water System", 250000],
      [3, "Cedar Flats Water Works", 1000000],
      [null, "Total Amount", 1700000],
      [null, "Total Count", 3],
    ];
    const mapping = mapHeaders(awards, "Partners", { 1: "partner", 2: "committed" });
    expect(summarizePartners(awards, null, mapping).total).toMatchObject({ partners: 3, committed: 1750000 });
  });
});

describe("a Total row with a date in it", () => {
  it("is left out by the check as by the summary, whatever columns each reads", () => {
    // A helper's round (real): a state's awards, `Total | $150,000 | 1/0/1900`: the check, which reads
    // the date column, took it for a partner called Total; the summary, which does not, left it out.
    const awards: Cell[][] = [
      ["Applicant Name", "Funded Portion", "Award Date"],
      ["Alderton, Town of", "$100,000", "2024-03-01"],
      ["Cedar Utilities Board", "$50,000", "2024-04-01"],
      ["Total", "$150,000", "2024-06-30"],
    ];
    const mapping = mapHeaders(awards, "Partners", { 0: "partner", 1: "committed", 2: "startDate" });
    expect(
      validateRange(awards, "Partners", { today: TODAY, mapping }).leftOut.map((l) => [l.row + 1, l.kind]),
    ).toEqual([[4, "total"]]);
    expect(summarizePartners(awards, null, mapping).total).toMatchObject({ partners: 2, committed: 150000 });
    // A listed value still makes it a row of data (`Total`, the company, in Business).
    const company = awards.map((r) => [...r, r === awards[0] ? "Sector" : "Business"]);
    const withSector = mapHeaders(company, "Partners", { 0: "partner", 1: "committed", 2: "startDate", 3: "sector" });
    expect(validateRange(company, "Partners", { today: TODAY, mapping: withSector }).leftOut).toEqual([]);
  });
});

describe("a recommendations tracker's checkboxes", () => {
  it("are no Target, and a template's lines of unticked boxes are no rows missing their name", () => {
    // A helper's round (real, invented values): Austin's recommendations tracker, `Impact › Goals`
    // ticks read as Target (1,436 "expected a number"), its unused lines 82 "Program is empty".
    const tracker: Cell[][] = [
      ["Program", "No.", "Recommendation", "Status", "Impact", null],
      [null, null, null, null, "Goals", "Scoring"],
      ["General", 1, "Publish scoring rubrics", "Active", true, false],
      ["Thrive", 2, "Lower the match requirement", "Paused", false, true],
      ["Nexus", 3, "Two application windows", "Active", "FALSE", "TRUE"],
      [null, null, null, null, false, false],
      [null, null, null, null, "FALSE", "FALSE"],
      [null, 6, null, null, false, false], // its line number copied down with the boxes
    ];
    const result = validateRange(tracker, "Foundation", { today: TODAY });
    expect(result.mapping.columns.map((c) => c.id)).not.toContain("target");
    expect(result.issues.filter((i) => i.rule === "required.initiative" || i.rule.startsWith("type."))).toEqual([]);
  });
});

describe("a form export's sub-labels under its questions", () => {
  it("are the header row's second line, not a person missing a name; a row of data with words stays", () => {
    // A helper's round (real, invented values): Omaha's grant applications, 21 sub-labels on row 2
    // read as an applicant: "Name is empty".
    const applications: Cell[][] = [
      ["Name", "Title", "Email Address", "Team", null, "Economic Impact", null],
      [null, null, null, null, "team explanation", "permanent jobs created", "temporary jobs created"],
      ["Dana Whitfield", "Director", "dana@example.org", "Four staff", "Two part-time", 12, 30],
    ];
    const result = validateRange(applications, "Leadership", { today: TODAY });
    // Read as the header's (SPEC: two header rows are one), not named as a row left out (corpus round hn
    // D6's leftover): the sub-labels head their columns.
    expect([result.mapping.headerRow, result.mapping.firstHeaderRow]).toEqual([1, 0]);
    expect(result.mapping.unknown.map((u) => u.header)).toContain("permanent jobs created");
    expect(result.leftOut).toEqual([]);
    expect(result.issues.filter((i) => i.rule.startsWith("required."))).toEqual([]);
  });
});

describe("a template's note on each column under its header", () => {
  it("is the header row's second line, not a partner named No change; a data row stays", () => {
    // A helper's round (real, invented values): Treasury's relief-fund reporting template, `No change`
    // under four headers and `Could change` under the amount: one partner, and an amount in error.
    const template: Cell[][] = [
      ["Project ID", "Subrecipient ID", "Subrecipient Legal Name", "Award Number", "Award Amount"],
      ["No change", "No change", "No change", "No change", "Could change"],
      ["101", "70001", "Alder Street Operations LLC", "G-1", 25000],
    ];
    const result = validateRange(template, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[2, "headerMore"]]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarizePartners(template).total).toMatchObject({ partners: 1, committed: 25000 });
    // A first row of data whose cells are words stays data: its name is not its other cells' word.
    const words: Cell[][] = [
      ["Partner", "Sector", "Status", "Focus area"],
      ["Harbor Trust", "Nonprofit", "Active", "Nonprofit"],
    ];
    expect(validateRange(words, "Partners", { today: TODAY }).leftOut).toEqual([]);
  });
});

describe("a company named Total", () => {
  it("is a row of data where the row describes it as the rows above describe theirs; a Total row with a word or two stays one", () => {
    // A helper's round (real, invented values): a net-zero tracker's company `Total` (row 2164), left
    // out of every check and sum as a Total row.
    const targets: Cell[][] = [
      ["id_code", "name", "country", "actor_type", "end_target", "annual_revenue"],
      ["COM-0101", "Borealis Power", "NOR", "Company", "Net zero", 5200000000],
      ["COM-0102", "Total", "FRA", "Company", "Net zero", 119700000000],
      ["COM-0103", "Kestrel Foods", "GBR", "Company", "Net zero", 800000000],
    ];
    const mapping = mapHeaders(targets, "Partners", { 1: "partner", 5: "committed" });
    expect(validateRange(targets, "Partners", { today: TODAY, mapping }).leftOut).toEqual([]);
    expect(summarizePartners(targets, null, mapping).total).toMatchObject({ partners: 3 });
    // A Total row that names what it adds up, in a word or two, stays a Total row.
    const ledger: Cell[][] = [
      ["Grantee", "Ward", "Programme", "Amount"],
      ["Rye Trust", "North", "Arts", 100],
      ["Elm Club", "South", "Sport", 200],
      ["Total", "All wards", "Arts and Sport", 300],
    ];
    const byGrantee = mapHeaders(ledger, "Partners", { 0: "partner", 3: "committed" });
    expect(
      validateRange(ledger, "Partners", { today: TODAY, mapping: byGrantee }).leftOut.map((l) => [l.row + 1, l.kind]),
    ).toEqual([[4, "total"]]);
  });
});

describe("a check of the total right under it", () => {
  it("is left out, also when another year's block follows", () => {
    // A helper's round (real): a city's budget trends, `,,210,90,TRUE,300` under each year's Total:
    // +$3.89bn, and "Department is empty" errors.
    const trends: Cell[][] = [
      ["Goal", "Department", "Class 100", "Class 200", "Check", "Total"],
      [1, "Parks", 60, 40, null, 100],
      [2, "Library", 150, 50, null, 200],
      [null, "Total", 210, 90, null, 300],
      [null, null, 210, 90, true, 300],
      ["FY15 - General Fund"],
      [1, "Parks", 70, 40, null, 110],
      [2, "Library", 150, 60, null, 210],
    ];
    const mapping = mapHeaders(trends, "Partners", { 1: "partner", 5: "committed" });
    const result = validateRange(trends, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [4, "total"],
      [5, "sumAbove"],
      [6, "label"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(summarizePartners(trends, null, mapping).total).toMatchObject({ partners: 2, committed: 620 });
    // A nameless row of other figures under a Total stays a row to fix.
    const other = trends.map((r, i) => (i === 4 ? [null, null, 5, 5, null, 10] : r));
    expect(validateRange(other, "Partners", { today: TODAY, mapping }).leftOut.map((l) => l.row + 1)).not.toContain(5);
  });
});

describe("a header row wrapped onto a second line (a printed table's layout)", () => {
  // Real: a town council's grants list, converted from print: `Date Grant | Time` over
  // `Awarded | Period`. The second line had been named as a generic "label row".
  const grants: Cell[][] = [
    ["Date Grant", "Time", "Beneficiary", "Purpose", "Amount"],
    ["Awarded", "Period"],
    ["13-Dec-16", "2016/17", "Friends of Hill Hook", "Ecologist costs", 3000],
    ["13-Dec-16", "2016/17", "Carers United", "Toolkit", 500],
  ];

  it("is named as the header row's second line, and left out", () => {
    const result = validateRange(grants, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[2, "headerMore"]]);
    expect(result.issues.map((i) => [i.rule, i.message])).toEqual([
      [
        "leftOut.headerMore",
        `Row 2 looks like the header row's second line ("Awarded"): left out of every check and sum.`,
      ],
    ]);
    expect(summarizePartners(grants).total).toMatchObject({ partners: 2, committed: 3500 });
  });

  it("is the header of the one column the first line leaves blank, the others merged down over both", () => {
    // Real (corpus round 9c): Frontex's 2024 grants, A1:A2 … merged, E1 empty, E2 `Address of the
    // beneficiary` — "a line of text wrapped from the row next to it".
    const merged: Cell[][] = [
      ["Grant No", "Name of Beneficiary", null, "Total GRANTED"],
      [null, null, "Address of the beneficiary", null],
      ["2030/1", "Examplia Border Office", "1 Main St", 12500.5],
      ["2030/2", "Testland Coast Guard", "2 Harbour Rd", 8000],
    ];
    // Read as the header's two lines (headers.test.ts: the column is kept among the ignored), so no
    // row is left out and nothing is said of it; the money is the same.
    const result = validateRange(merged, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(summarizePartners(merged).total).toMatchObject({ partners: 2, committed: 20500.5 });
  });

  it("a row of sub-names and a row of units under the header are its lines, and their unit is the column's", () => {
    // A helper's round (real): Helsinki's capital programmes, `ennuste` and `1000 €` under each cost
    // header (and years under a merged title). The units cell was summed as €1,000, the sub-names
    // were "Kohde is empty" errors, and the programme's thousands of euros were read as euros.
    const plan: Cell[][] = [
      ["Kohde", "Kustannus-", "Työvaihe", "Alustava ohjelma", null, "HUOM"],
      [null, "ennuste", 2023, 2024, 2025, null, "HKR / PW"],
      [null, "1000 €", "(M+K+P+V)", "1000 €", "1000 €", null, "HANKENUMERO"],
      ["Puistokatu", 400, "m p", 100, 300],
      ["Rantatie", 600, "s", 200, 400],
    ];
    const mapping = mapHeaders(plan, "Partners", { 0: "partner", 1: "committed" });
    const result = validateRange(plan, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "headerMore"],
      [3, "headerMore"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const summary = summarizePartners(plan, null, mapping);
    expect(summary.total).toMatchObject({ partners: 2, committed: 1_000_000 });
    expect(summary.currency).toBe("EUR");
  });

  it("a row in the middle with a footnote-like remark is data, where the sheet has no key column", () => {
    // A helper's round (real: a Basque plan's KPI table, invented values): `* Census updated …` in a
    // notes column made row 4 "a note under the data", its Target "Lower than baseline" never said.
    const kpis: Cell[][] = [
      ["Indicator", "Benchmark metric", "Target", "Notes 2025"],
      ["1. Youth entrants", "New entrants per year", 125, "48 so far"],
      ["3. Average holder age", "Average age of holders", "Lower than baseline", "* Census updated in 2030"],
      ["4. Land managed", "Hectares by new holders", 12000, ""],
      ["* Source: invented survey", "", "", ""],
    ];
    const result = validateRange(kpis, "Foundation", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[5, "note"]]);
    expect(result.issues.filter((i) => i.rule === "type.target").map((i) => i.row)).toEqual([3]);
  });

  it("a line of units under a blank row, or under the header merged down, is the header's too", () => {
    // A helper's round (real: a Swiss federal statistics table, invented values): group titles on
    // row 1, a blank row, then `%` and `± VI 6)` (a footnote's number) under each. The units row was
    // data ("a value split into two cells?"), and every year's row under the `Total` section label
    // was then "a note under the data": 1 row checked of 36. `…` is a figure not available.
    const table = (second: Cell[]): Cell[][] => [
      [null, "Population", "Group A 1)", null, "Group B 2)", null],
      second,
      [null, null, "% ", "± VI 6)", "% ", "± VI 6)"],
      ["Total "],
      [1910, 1000000, 50.1, null, "…", null],
      [1920, 1100000, 51.2, null, 40, null],
    ];
    for (const second of [[], [null, "Population"]] as Cell[][]) {
      const sheet = table(second);
      const mapping = mapHeaders(sheet, "Foundation", { 1: "currentValue", 4: "baseline" });
      const result = validateRange(sheet, "Foundation", { today: TODAY, mapping });
      expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
        ...(second.length > 0 ? [[2, "headerMore"]] : []),
        [3, "headerMore"],
        [4, "total"],
      ]);
      expect(result.rowsChecked).toBe(2);
      expect(result.issues.filter((i) => i.rule.startsWith("type."))).toEqual([]);
    }
  });

  it("a first row with a name, a placeholder or a figure is data, not the header's line", () => {
    const head = ["Kohde", "Kustannus-", "Työvaihe"];
    const rows = (first: Cell[]): Cell[][] => [head, first, ["Rantatie", 600, "s"]];
    const lines = (first: Cell[]) =>
      validateRange(rows(first), "Partners", {
        today: TODAY,
        mapping: mapHeaders(rows(first), "Partners", { 0: "partner", 1: "committed" }),
      }).leftOut.filter((l) => l.kind === "headerMore").length;
    expect(lines([null, "ennuste", "2023"])).toBe(1);
    expect(lines(["Puistokatu", "ennuste", "2023"])).toBe(0); // a partner with a word for its amount
    expect(lines([null, "TBD", "s"])).toBe(0); // a placeholder is a value
    expect(lines([null, "€ 1.000", "s"])).toBe(0); // an amount, not a unit
    expect(lines([null, "ennuste", null])).toBe(0); // one word alone may be a partner's
  });

  it("one word under a header, or a line further down, is not: a wrapped line of the row beside it", () => {
    const oneWord = [grants[0], ["Awarded"], ...grants.slice(2)];
    expect(validateRange(oneWord, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["wrapped"]);
    const lower = [grants[0], grants[2], grants[1], grants[3]];
    expect(validateRange(lower, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["wrapped"]);
  });
});

describe("a line of text wrapped onto a row of its own (a printed table's layout)", () => {
  // Real: the same council's list carries the end of a grant's Purpose onto the next row.
  const grants: Cell[][] = [
    ["Beneficiary", "Purpose", "Amount"],
    ["St James Hill", "Install a professional kitchen to", 10000],
    ["", "enable a community café.", ""],
    ["Carers United", "Provide resources for", 500],
    ["Q2 additions", "", ""],
    ["Compass Support", "Support interventions", 10000],
  ];

  it("is named as a wrapped line, left out; a heading in the Partner column stays a label row", () => {
    const result = validateRange(grants, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [3, "wrapped"],
      [5, "label"],
    ]);
    expect(result.issues[0].message).toBe(
      'Row 3 looks like a line of text wrapped from the row next to it ("enable a community café."): left out of every check and sum.',
    );
    expect(summarizePartners(grants).total).toMatchObject({ partners: 3, committed: 20500 });
  });
});

describe("an END marker under a template's rows", () => {
  // Real: a Towns Fund return's tables end with END in every column; new --from made an initiative
  // named END, and SUMMARY counted it as a partner ("From … Award (£) is "END"").
  const template: Cell[][] = [
    ["Partner", "Committed"],
    ["Scala Theatre", 8896],
    ["Angel Place", 5563],
    ["Total", 14459],
    ["", ""],
    ["END", "END"],
  ];

  it("is a note under the data: left out, named once, in no sum", () => {
    const result = validateRange(template, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [4, "total", "Total"],
      [6, "note", "END"],
    ]);
    expect(result.issues.filter((i) => !i.rule.startsWith("leftOut."))).toEqual([]);
    expect(summarizePartners(template).total).toMatchObject({ partners: 2, committed: 14459 });
  });

  it("is the whole cell saying it: End Hunger Network is a partner", () => {
    const named = [...template.slice(0, 3), ["End Hunger Network", 100], ["*** End of data ***", ""]];
    const s = summarizePartners(named);
    expect(s.total).toMatchObject({ partners: 3, committed: 14559 });
  });
  it("is any of the ways templates frame it (the cheap gate before the pattern lets each through)", () => {
    for (const marker of [
      "end",
      "End of the list",
      "— END —",
      "– end –",
      "=== END ===",
      "# end",
      "_END_",
      ". end",
      " END",
      "\tEND",
      "\u00a0END",
      "*END*",
      "-END-",
    ]) {
      const rows = [...template.slice(0, 3), [marker, ""]];
      expect([marker, validateRange(rows, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)]).toEqual([
        marker,
        ["note"],
      ]);
    }
  });
});

describe("a form's line left to fill in under the data", () => {
  it("is a note, not a partner: `Lugar y fecha: ………` under a creditors' table", () => {
    // A helper's round (real): an Argentine municipality's debt form, its signature lines counted as a partner.
    const form: Cell[][] = [
      ["ORGANISMO ACREEDOR", "SALDO AL", "AMORTIZ."],
      ["INSTITUTO DE EJEMPLO", 1000000.5, 20000],
      ["OTROS DE ORIGEN PROVINCIAL", 2500.25, 400],
      ["", "", ""],
      ["Lugar y fecha:", "", "………………………"],
      ["Firma:", "", "______________"],
    ];
    const mapping = mappingFromPairs(form, "Partners", [
      ["ORGANISMO ACREEDOR", "Partner"],
      ["SALDO AL", "Committed"],
    ]);
    expect(summarizePartners(form, null, mapping).total.partners).toBe(2);
    expect(validateRange(form, "Partners", { today: TODAY, mapping }).leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [5, "note"],
      [6, "note"],
    ]);
  });
});

describe("blocks side by side that repeat their headers", () => {
  it("are mapped by a header named by its place: the block holding it, never its neighbour's columns", () => {
    // A helper's round (real): a regulator's payments by supplier group beside its licensees', both
    // headed `Licence | Buy-out payment`; `Licence (1)` mapped the whole sheet, and the groups' `Total
    // Payments` were read as Received (£647.7M that was not there).
    const sheet: Cell[][] = [
      ["Supplier Group", "Total Payments", "", "Licence", "Buy-out payment", "", "Licence", "Buy-out payment"],
      ["Alpha Group", 100, "", "Alpha Energy Ltd", 60, "", "Alpha Scot Ltd", 40],
      ["Beta Group", 200, "", "Beta Supply Ltd", 200, "", "", ""],
      ["Gamma Group", 300, "", "Gamma Power Ltd", 300, "", "", ""],
    ];
    const first = mapBlockByPairs(sheet, "Partners", [
      ["Licence (1)", "Partner"],
      ["Buy-out payment (1)", "Committed"],
    ]);
    expect([first.column, first.mapping.columns.map((c) => [c.header, c.id])]).toEqual([
      3,
      [
        ["Licence", "partner"],
        ["Buy-out payment", "committed"],
      ],
    ]);
    const s = summarizePartners(first.matrix, null, first.mapping);
    expect([s.total.partners, s.total.committed, s.receivedColumn]).toEqual([3, 560, false]);
    const second = mapBlockByPairs(sheet, "Partners", [["Licence (2)", "Partner"]]);
    expect(second.column).toBe(6);
  });
});

describe("a table's Total column past an empty column", () => {
  it("is mapped by hand with the table's headers, its Total row's label no header", () => {
    // A helper's round (real): Baltimore's capital plans, `--map "Total=Committed"` refused as "no such
    // header" — the Total row's label was taken for the left part's header.
    const plan: Cell[][] = [
      ["Capital Program", "", "", "", ""],
      ["Source of Funds", 2024, 2025, "", "Total"],
      ["General Funds", 100, 200, "", 300],
      ["State Funds", 50, 50, "", 100],
      ["Total", 150, 250, "", 400],
    ];
    const block = mapBlockByPairs(plan, "Partners", [
      ["Source of Funds", "Partner"],
      ["Total", "Committed"],
    ]);
    expect(block.mapping.columns.map((c) => [c.header, c.index])).toEqual([
      ["Source of Funds", 0],
      ["Total", 4],
    ]);
    expect(summarizePartners(block.matrix, null, block.mapping).total.committed).toBe(400);
  });
});

describe("a record's list written a line each under it", () => {
  it("is one warning for the record, not one a line", () => {
    // A helper's round (real): Ireland's ESF operations, each operation's delivery bodies on the lines
    // under it, in the Location and Postcode columns it leaves blank: 565 "label rows" for 25 operations.
    const sheet: Cell[][] = [
      ["Beneficiary Name", "Operation Name", "Total ESF Allocated", "Location of Operation/Project", "Postcode"],
      ["Priority 1: Sustainable employment", "", "", "", ""],
      ["Education and Training Boards", "Training for the unemployed", 1228510, "", ""],
      ["", "", "", "Cavan and Monaghan ETB", "Co. Monaghan"],
      ["", "", "", "Food Distribution Network", "Co. Cork"], // a footer's word in a name (a reviewer's repro)
      ["", "", "", "Donegal ETB", "Co. Donegal"],
      ["Higher Education Authority", "Springboard", 207970, "", ""],
      ["", "", "", "Alpha Institute of Technology", "Dublin 8"],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "label"],
      [4, "continued"],
      [5, "continued"],
      [6, "continued"],
      [8, "continued"],
    ]);
    expect(result.issues.map((i) => [i.row, i.rows, i.message])).toEqual([
      [
        2,
        undefined,
        'Row 2 looks like a label row, not data ("Priority 1: Sustainable employment"): left out of every check and sum.',
      ],
      [
        4,
        3,
        'Rows 4–6 look like lines continuing the record on row 3 (such as "Cavan and Monaghan ETB"): left out of every check and sum.',
      ],
      [
        8,
        undefined,
        'Row 8 looks like a line continuing the record above it ("Alpha Institute of Technology"): left out of every check and sum.',
      ],
    ]);
    expect(summarizePartners(sheet).total).toMatchObject({ partners: 2, committed: 1436480 });
    // A footer under the data is a note, whatever columns it fills (a reviewer's repro).
    const footer: Cell[][] = [
      ["Partner", "Committed", "Ward", "Officer"],
      ["Alder Trust", 1000, "North", "J Smith"],
      ["Birch Foundation", 2000, "", ""],
      ["", "", "Prepared by Finance Team", "March 2024"],
    ];
    expect(validateRange(footer, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["note"]);
  });

  it("is one warning whatever a line's words amid the list: a colon in a name is no label row", () => {
    // A helper's round (real: Ireland's ESF operations, invented values): `NYDP Extension: LAR` among
    // one operation's delivery bodies, it and the 38 lines under it "label rows", the 69 above "lines
    // continuing the record" — one thing, two reasons.
    const sheet: Cell[][] = [
      ["Beneficiary Name", "Operation Name", "Total ESF Allocated", "Location of Operation/Project", "Postcode"],
      ["Irish Youth Justice Service", "Garda Youth Diversion Projects", 36401000, "", ""],
      ["", "", "", "NYDP", "Co. Meath"],
      ["", "", "", "NYDP Extension: LAR", "Co. Meath"],
      ["", "", "", "ORB", "Dublin 15"],
      ["", "", "", "PACT", "Co. Waterford"],
      ["Probation Service", "Young Persons Probation", 5820000, "", ""],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [3, "continued"],
      [4, "continued"],
      [5, "continued"],
      [6, "continued"],
    ]);
    expect(result.issues.map((i) => [i.row, i.rows, i.rule])).toEqual([[3, 4, "leftOut.continued"]]);
  });
});

describe("one table spaced out by empty columns, under a title and over its Total row", () => {
  it("is mapped whole by hand: a --map renames, it cuts off no column the tool had read", () => {
    // A helper's round (real): NYC's capital-asset schedule; `--map "Net book value=Estimated value"`
    // cut the block at its mapped column, "There is no Asset column"; a grants list lost its partners.
    const grants: Cell[][] = [
      ["Grants awarded 2023", "", "", "", ""],
      ["", "", "", "", ""],
      ["Partner", "", "Sector", "", "Award"],
      ["River Trust", "", "Nonprofit", "", 1000],
      ["Hill Foundation", "", "Philanthropy", "", 2500],
      ["Town Library Friends", "", "Nonprofit", "", 400],
      ["Total", "", "", "", 3900],
    ];
    const block = mapBlockByPairs(grants, "Partners", [["Award", "Committed"]]);
    expect(block.mapping.columns.map((c) => [c.header, c.id])).toEqual([
      ["Partner", "partner"],
      ["Sector", "sector"],
      ["Award", "committed"],
    ]);
    const s = summarizePartners(block.matrix, null, block.mapping);
    expect([s.total.partners, s.total.committed]).toEqual([3, 3900]);
  });
});

describe("two blocks side by side", () => {
  const sheet: Cell[][] = [
    ["Partner", "Committed", "Sector", "", "Name", "Title", "Organization"],
    ["City Food Bank", 1000, "Nonprofit", "", "Ana Ruiz", "Deputy Mayor", "City of Riverton"],
    ["", 500, "Business", "", "Bo Chen", "Director", "Riverside Bank"],
    ["Riverside Bank", 200, "Business", "", "", "", ""],
  ];

  it("are split at the empty column", () => {
    const blocks = splitBlocks(sheet);
    expect(blocks.map((b) => [b.column, b.width])).toEqual([
      [0, 3],
      [4, 3],
    ]);
  });

  it("are each checked on its own, issues in sheet order", () => {
    const { blocks, issues } = validateBlocks(sheet, null, { today: TODAY });
    expect(blocks.map((b) => [b.mapping.tab, b.rowsChecked])).toEqual([
      ["Partners", 3],
      ["Leadership", 2],
    ]);
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([[3, "Partner", "required.partner"]]);
  });

  it("an empty spacer column inside one table does not cut it in two", () => {
    const spaced: Cell[][] = [
      ["Partner", "Sector", "", "Committed"],
      ["City Food Bank", "Nonprofit", "", "lots"],
    ];
    const { blocks, issues } = validateBlocks(spaced, null, { today: TODAY });
    expect(blocks).toHaveLength(1);
    expect(issues.map((i) => i.rule)).toEqual(["type.committed"]);
  });
});

describe("two tables side by side that list the same partners", () => {
  it("are summed, and said with each one's total: a recap's part beside its whole, or a year beside the next", () => {
    // A helper's round (real): NHMRC's 2013 recap, competitive grants (Table 4) beside all funding
    // (Table 5), the same institutions: $1.57bn summed for Table 5's own $809.8M.
    const recap: Cell[][] = [
      ["Partner", "Funded", "Committed", "", "Partner", "Awards", "Committed"],
      ["Total", 9, 700000, "", "Total", 11, 900000],
      ["Harbour University", 5, 400000, "", "Harbour University", 6, 500000],
      ["Ridge Institute", 3, 250000, "", "Ridge Institute", 4, 350000],
      ["Coast Health Trust", 1, 50000, "", "Coast Health Trust", 1, 50000],
    ];
    // (Which one it is, only the reader can tell: a reviewer's repro, 2023's table dropped beside 2024's.)
    const s = summarizePartners(recap);
    expect([s.total.partners, s.total.committed]).toEqual([3, 1600000]);
    expect(s.restated).toEqual([
      { block: 0, keptBlock: 1, partners: 3, shared: 3, committed: 700000, keptCommitted: 900000 },
    ]);
    // Tables of different partners side by side are two halves of one list: both summed.
    const halves = recap.map((row, i) => (i < 2 ? row : [...row.slice(0, 4), `Other ${i}`, ...row.slice(5)]));
    const both = summarizePartners(halves);
    expect([both.total.partners, both.total.committed, both.restated]).toEqual([6, 1600000, undefined]);
  });
});

describe("rows where nothing was entered (placeholders and zeros only)", () => {
  it("are as good as blank: not checked, not counted, not named", () => {
    const sheet: Cell[][] = [
      ["Initiative", "Problem statement", "Target"],
      ["Food access", "Three neighbourhoods have no grocery within a mile.", 100],
      ["-", "-", "-"],
      ["N/A", "", "TBD"],
      ["", "-", 0], // an unused line of a form: a lookup showing "-", a SUMIFS giving 0
    ];
    const result = validateRange(sheet, "Foundation", { today: TODAY });
    expect(result.rowsChecked).toBe(1);
    expect(result.leftOut).toEqual([]);
    expect(result.issues.filter((i) => i.row > 2)).toEqual([]);
  });
});

describe("a sheet whose blocks do not all have a header row", () => {
  it("checks the one block that has, rather than failing the sheet", () => {
    const sheet: Cell[][] = [
      ["Budget summary", "", "", "", ""],
      ["Baseline allocation", 1000, "", "Partner", "Committed"],
      ["Supplemental", 200, "", "City Food Bank", 500],
      ["", "", "", "Riverside Bank", "lots"],
    ];
    const { blocks, issues } = validateBlocks(sheet, null, { today: TODAY });
    expect(blocks.map((b) => [b.column, b.mapping.tab])).toEqual([[3, "Partners"]]);
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([[4, "Committed", "type.committed"]]);
  });
});

describe("the tracker's own tables", () => {
  it("keep a partner with only its name typed as data (no label rows in an Excel table)", () => {
    const table: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["City Food Bank", "Nonprofit", 1000],
      ["New prospect", "", ""],
    ];
    const result = validateRange(table, "Partners", { today: TODAY, trackerTable: true });
    expect(result.rowsChecked).toBe(2);
    expect(result.leftOut).toEqual([]);
  });
});

describe("a Total said in a column of its own, on a row without a name", () => {
  // Real: a city's capital-programme requests: each project's funding sources, then a row typed
  // `Total` in amt_type with the source `NA` — summed, $4.92bn for a real $2.46bn.
  const header = ["fiscal_year", "cip_number", "amt_type", "total_amt", "source_name"];
  const mapping = mappingFromPairs([header], "Partners", [
    ["source_name", "Partner"],
    ["total_amt", "Committed"],
  ]);

  it("leaves out each project's Total row, named by the cell that says so", () => {
    const sheet: Cell[][] = [
      header,
      [2024, "100-001", "Source", 100000, "General Funds"],
      [2024, "100-001", "Source", 50000, "State Funds"],
      [2024, "100-001", "Total", 150000, "NA"],
      [2024, "100-002", "Source", 80000, "General Funds"],
      [2024, "100-002", "Total", 80000, "NA"],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label, l.column])).toEqual([
      [4, "total", "Total", 2],
      [6, "total", "Total", 2],
    ]);
    expect(result.issues.filter((i) => i.rule === "required.partner")).toEqual([]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 230000 });
  });

  it("leaves out a Total row above its sources too, and quotes its Total, not its year", () => {
    const sheet: Cell[][] = [
      header,
      [2024, "100-001", "Total", 150000, "NA"],
      [2024, "100-001", "Source", 100000, "General Funds"],
      [2024, "100-001", "Source", 50000, "State Funds"],
      [2024, "100-002", "Total", 80000, "NA"],
      [2024, "100-002", "Source", 80000, "General Funds"],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.label])).toEqual([
      [2, "Total"],
      [5, "Total"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 230000 });
  });

  it("keeps a row whose name is there, and a nameless row whose other cells say more than Total", () => {
    const sheet: Cell[][] = [
      header,
      [2024, "100-001", "Total", 150000, "Total Wine & More"],
      [2024, "100-002", "Total cost share", 80000, "NA"],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut).toEqual([]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ committed: 230000 });
  });
});

describe("group rows above their rows, given away by the Total row under them", () => {
  // Real: a county's federal awards, a pivot table pasted as values: each act's row holds the sum of
  // its programmes below it, then a Grand Total — $4.25bn summed for its own Grand Total of $1.04bn.
  const header = ["Legislation/program", "Sum of Dollars obligated", "Sum of Dollars spent"];
  const mapping = mappingFromPairs([header], "Partners", [
    ["Legislation/program", "Partner"],
    ["Sum of Dollars obligated", "Committed"],
    ["Sum of Dollars spent", "Received"],
  ]);

  it("leaves out each group's row when the groups add up to the Total and their rows to each group", () => {
    const sheet: Cell[][] = [
      header,
      ["RELIEF ACT", 300, 30],
      ["PROGRAM ALPHA", 100, 10],
      ["PROGRAM BETA", 200, 20],
      ["RECOVERY ACT", 500, 40],
      ["PROGRAM GAMMA", 400, 40],
      ["PROGRAM DELTA", 100, ""],
      ["Grand Total", 800, 70],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "subtotalOfBelow"],
      [5, "subtotalOfBelow"],
      [8, "total"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 4, committed: 800 });
  });

  it("leaves out one group row amid plain rows when it is exactly what the Total is short of", () => {
    // Real: a state's federal awards: `Multiple legislations` over the seven programmes funded by
    // several acts, amid programmes under their act's heading (86 programmes, $3.31bn counted twice).
    const sheet: Cell[][] = [
      header,
      ["Relief Act", "", ""],
      ["PROGRAM ALPHA", 100, 10],
      ["Multiple legislations", 500, 50],
      ["PROGRAM BETA", 200, 20],
      ["PROGRAM GAMMA", 300, 30],
      ["Recovery Act", "", ""],
      ["PROGRAM DELTA", 400, 40],
      ["Grand Total", 1000, 100],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "label"],
      [4, "subtotalOfBelow"],
      [7, "label"],
      [9, "total"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({
      partners: 4,
      committed: 1000,
      received: 100,
    });
  });

  it("leaves out each group's row under its rows: a budget book's goals under their departments", () => {
    // A helper's round (real): Albuquerque's budget by fund, each goal's row the sum of its departments
    // above it, then `allDepartmentTotal` — every dollar summed three times. `Police 300` is a department
    // whose figure happens to equal the two above it.
    const book: Cell[][] = [
      ["department", "total"],
      ["Animal Shelter", 100],
      ["Fire", 200],
      ["Police", 300],
      ["Public Safety", 600],
      ["Airport", 50],
      ["Transit", 50],
      ["Public Infrastructure", 100],
      ["Libraries", 30],
      ["Museums", 20],
      ["Culture", 50],
      ["allDepartmentTotal", 750],
    ];
    const byHand = mappingFromPairs(book, "Partners", [
      ["department", "Partner"],
      ["total", "Committed"],
    ]);
    const result = validateRange(book, "Partners", { today: TODAY, mapping: byHand });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [5, "sumAbove", "Public Safety"],
      [8, "sumAbove", "Public Infrastructure"],
      [11, "sumAbove", "Culture"],
      [12, "total", "allDepartmentTotal"],
    ]);
    expect(summarizePartners(book, null, byHand).total).toMatchObject({ partners: 7, committed: 750 });
    // A Total left stale over grants of round figures: two "groups" are grants (a reviewer's repro), and
    // a row with its own grant ID and date is a grant, whatever its figure.
    const grants: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", 5000],
      ["Birch Foundation", 5000],
      ["Cedar Fund", 10000],
      ["Dogwood Society", 5000],
      ["Elm Alliance", 5000],
      ["Fir Housing Co-op", 10000],
      ["Total", 20000],
    ];
    expect(summarizePartners(grants).total).toMatchObject({ partners: 6, committed: 40000 });
    // Nor are three "groups" of which one is a row equal to the row above (a reviewer's repro).
    const ofOne: Cell[][] = [
      ["Partner", "Committed"],
      ["Alder Trust", 2500],
      ["Birch Foundation", 2500],
      ["Cedar Fund", 5000],
      ["Dogwood Society", 10000],
      ["Elm Alliance", 10000],
      ["Fir Housing Co-op", 5000],
      ["Gum Tree Arts", 5000],
      ["Total", 20000],
    ];
    expect(summarizePartners(ofOne).total).toMatchObject({ partners: 7, committed: 40000 });
    // Nor a row with its own grant number, stored as a number as a workbook does (a reviewer's repro).
    const numbered = [
      ["Grant ID", "Partner", "Committed"],
      ...book.slice(1, -1).map((r, i) => [100 + i, r[0], r[1]]),
      ["", "Total", 750],
    ];
    expect(summarizePartners(numbered).total.committed).toBe(1500);
    const withIds = [
      ["Grant ID", "Partner", "Award date", "Committed"],
      ...book.slice(1, -1).map((r, i) => [`G-${100 + i}`, r[0], "2024-01-15", r[1]]),
      ["", "Total", "", 750],
    ];
    expect(summarizePartners(withIds).total.committed).toBe(1500);
  });

  it("keeps every row when the Total agrees with them, or when no layout explains why it does not", () => {
    // A grant of 5,000 above two of 2,500 is three grants when the Total says 10,000.
    const agrees: Cell[][] = [
      header,
      ["Alder Trust", 5000, 0],
      ["Birch Fund", 2500, 0],
      ["Cedar Works", 2500, 0],
      ["Total", 10000, 0],
    ];
    expect(validateRange(agrees, "Partners", { today: TODAY, mapping }).leftOut.map((l) => l.kind)).toEqual(["total"]);
    // A Total typed wrong is no reason to drop a row.
    const typo: Cell[][] = [
      header,
      ["Alder Trust", 5000, 0],
      ["Birch Fund", 2500, 0],
      ["Cedar Works", 2500, 0],
      ["Total", 5500, 0],
    ];
    expect(validateRange(typo, "Partners", { today: TODAY, mapping }).leftOut.map((l) => l.kind)).toEqual(["total"]);
    expect(summarizePartners(typo, null, mapping).total).toMatchObject({ partners: 3, committed: 10000 });
  });

  it("takes a row saying more under a Grand Total that adds up for a note, not a partner", () => {
    const sheet: Cell[][] = [
      header,
      ["PROGRAM ALPHA", 100, 10],
      ["PROGRAM BETA", 200, 20],
      ["Grand Total", 300, 30],
      ["", "", ""],
      ["Other part of obligations not tagged as relief obligations for some reason:", 70, ""],
      ["Total including other amounts:", 370, 30],
    ];
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [4, "total"],
      [6, "note"],
      [7, "total"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 300 });
  });
});

describe("a list beside the table, past an empty column", () => {
  it("does not make a heading row a data row", () => {
    // Real: a state's federal-awards sheet, with "List of recipients included:" two empty columns to
    // the right of its act headings: 90 partners counted for 86, mapped by hand.
    const sheet: Cell[][] = [
      [
        "Legislation/Program",
        "Sum of Dollars obligated",
        "Sum of Dollars spent",
        "",
        "",
        "List of recipients included:",
      ],
      ["Relief Act of Year One", "", "", "", "", "PARKS DEPARTMENT OF"],
      ["PROGRAM ALPHA", 100, 10, "", "", "HEALTH DEPARTMENT OF"],
      ["Recovery Act of Year Two", "", "", "", "", "ARTS COUNCIL"],
      ["PROGRAM BETA", 200, 20],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["Legislation/Program", "Partner"],
      ["Sum of Dollars obligated", "Committed"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "label"],
      [4, "label"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 300 });
  });
});

describe("an abatement list's subtotals and roll-ups (a helper's round, real: Atlanta's Gwinnett sheet)", () => {
  // Each company's parcels, then its `Total` row with the company's name again; a `Totals` heading
  // over the companies once more; a Grand total; a second table, its columns in another order.
  // Summed as data, the tracker gave 9 partners and about 3× the abated taxes.
  const header = ["Parcel ID", "Property", "Address", "Jurisdiction", "Market value", "Taxes owed", "Taxes abated"];
  const mapping = mappingFromPairs([header], "Partners", [
    ["Property", "Partner"],
    ["Taxes abated", "Committed"],
  ]);
  const sheet: Cell[][] = [
    header,
    ["R1111 001", "Northwind Mills", "10 Alder St", "Norcross", 4000000, 50000, 0],
    ["R1111 002", "Northwind Mills", "12 Alder St", "Norcross", 6000000, 0, 90000],
    ["Total", "Northwind Mills", "12 Alder St", "Norcross", 10000000, 50000, 90000],
    ["B2222 003", "Bluebell Foods", "5 Birch Rd", "Unincorporated", 8000000, 0, 40000],
    ["Total", "Bluebell Foods", "5 Birch Rd", "Unincorporated", 8000000, 0, 40000],
    ["", "", "", "", "", "", ""],
    ["Totals", "", "", "", "", "", ""],
    ["Northwind Mills", "", "12 Alder St", "Norcross", 10000000, 50000, 90000],
    ["Bluebell Foods", "", "5 Birch Rd", "Unincorporated", 8000000, 0, 40000],
    ["", "", "", "", "", "", ""],
    ["Grand total", "", "", "", 18000000, 50000, 130000],
    ["Aggregated abatement % is 2 points higher than the total abatement %, as these are averages", "", "", 0.17],
    ["", "", "", "", "", "", ""],
    ["Parcel", "Address", "Property", "Jurisdiction", "Full assessed value", "Taxes owed", "Taxes abated"],
    ["R1111 001", "10 Alder St", "Northwind Mills", "Norcross", 4000000, 50000, 90000],
  ];

  it("leaves out each company's Total row, the roll-up under Totals, the note and the table below", () => {
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind, l.label])).toEqual([
      [4, "total", "Total"],
      [6, "total", "Total"],
      [8, "total", "Totals"],
      [9, "rollUp", "Northwind Mills"],
      [10, "rollUp", "Bluebell Foods"],
      [12, "total", "Grand total"],
      [13, "note", "Aggregated abatement % is 2 points higher than the total abatement %, as these are averages"],
      [15, "table", "Parcel"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.issues.find((i) => i.row === 9)?.message).toBe(
      'Row 9 looks like a line of the totals under the data, the same money again ("Northwind Mills"): left out of every check and sum.',
    );
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 130000 });
  });

  it("calls each group's heading a label row, not a line wrapped from the row below it", () => {
    // Real: Atlanta's major companies, `TBS`, `HP`, `Equifax` over their parcels, each "a line of text
    // wrapped from the row next to it".
    const groups: Cell[][] = [
      ["Parcel", "Property", "Jurisdiction", "Taxes abated"],
      ["Harbor Mall", "", "", ""],
      ["16 170 01 002", "Harbor Mall", "Stonecrest", 30000],
      ["Total", "", "", 30000],
      ["", "", "", ""],
      ["QRS", "", "", ""],
      ["P2010 0001", "Quick Radio Systems", "Atlanta", 50000],
      ["Total", "", "", 50000],
    ];
    const result = validateRange(groups, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "label"],
      [4, "total"],
      [6, "label"],
      [8, "total"],
    ]);
  });

  it("keeps a company called Total, a new name under a Totals heading, and a text row after a blank one", () => {
    const records: Cell[][] = [
      ["Code", "Partner", "Country", "Sector", "Committed"],
      ["COM-0101", "Acme", "FRA", "Energy", 10],
      ["Total", "Total", "FRA", "Energy", 20], // a company called Total on its own row: not Acme's subtotal
      ["", "", "", "", ""],
      ["Totals", "", "", "", ""],
      ["COM-0103", "Bluebell Foods", "GBR", "Food", 5], // a name the data does not have yet: data
      ["", "", "", "", ""],
      ["COM-0104", "Pending", "TBD", "Food", ""], // text alone after a blank row: no headers moved
      ["COM-0105", "Crane Ltd", "USA", "Food", 7],
    ];
    const result = validateRange(records, "Partners", { today: TODAY });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[5, "total"]]);
    expect(summarizePartners(records).total).toMatchObject({ partners: 5, committed: 42 });
  });

  it("leaves out a row under the Total that names rows above it: their breakdown, the same money again", () => {
    // A helper's round, real: a university foundation's pledges, `Other (Student Support, Departmental
    // Support)` under the Total counted as a partner, +10.8%; its grants' `Other(Gift and adminstrative
    // fees, …)`, misspelt.
    const sheet: Cell[][] = [
      ["", "Grants to Campus for Programs (in thousands of dollars)", "", ""],
      ["Purpose", "2016", "2015", "2014"],
      ["Research and related faculty support", 1200, 1100, 1000],
      ["Capital projects", 800, 700, 600],
      ["Interest earnings granted to support the campus", 40, 30, 20],
      ["Gift and administrative fees to support the campus", "NA", 60, 50],
      ["Total", 2040, 1890, 1670],
      ["Other(Gift and adminstrative fees, Interest earnings granted)", 40, 90, 70],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["Purpose", "Partner"],
      ["2016", "Committed"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [7, "total"],
      [8, "breakdown"],
    ]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 4, committed: 2_040_000 });
    // A partner named after two others is a partner, above a Total or with no Total at all.
    const named: Cell[][] = [
      ["Partner", "Committed"],
      ["Acme", 10],
      ["Bluebell Foods", 20],
      ["Acme, Bluebell Foods (joint venture)", 5],
      ["Total", 35],
    ];
    expect(validateRange(named, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["total"]);
    // Nor is a partner named again under a Total row, commas in its name (`ACME, Foundation.`).
    const again: Cell[][] = [
      ["Partner", "Committed"],
      ["ACME, Foundation.", 10],
      ["Total", 10],
      ["ACME, Foundation.", 5],
    ];
    expect(validateRange(again, "Partners", { today: TODAY }).leftOut.map((l) => l.kind)).toEqual(["total"]);
  });

  it("keeps the next year's first grant after a yearly subtotal, its legal form or its wrapped name naming no other row", () => {
    // Helpers' rounds (real, invented values): a foundation's grants under yearly subtotals, the next
    // year's `Harbor Youth Fund, Inc.` "a breakdown" of its own row and any other `…, Inc.` ($60,000
    // lost); NIH's success rates by year, a name wrapped in its cell "a breakdown" of its namesakes.
    const grants: Cell[][] = [
      ["Grantee Name", "Amount Awarded"],
      ["Harbor Youth Fund, Inc.", 50000],
      ["Harbor Youth Fund Inc (Summer Program)", 20000],
      ["Lakeside Tenants Alliance, Inc.", 30000],
      ["Total 2016", 100000],
      ["Harbor Youth Fund, Inc.", 60000],
      ["Lakeside Tenants Alliance, Inc.", 35000],
      ["Total 2017", 95000],
    ];
    // Whatever legal form follows the comma (the schema's one list, LEGAL_FORMS): Australia's `Pty Ltd`
    // (Supply Nation's businesses) named every other `…, Pty Ltd` row above before the lists were one.
    const pty = grants.map((r) => r.map((c) => (typeof c === "string" ? c.replace(/\bInc\b\.?/, "Pty Ltd") : c)));
    for (const sheet of [grants, pty]) {
      expect(validateRange(sheet, "Partners", { today: TODAY }).leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
        [5, "total"],
        [8, "total"],
      ]);
      expect(summarizePartners(sheet).total).toMatchObject({ committed: 195000 });
    }
    const rates: Cell[][] = [
      ["Submission", "Funding"],
      ["First (Original) Submission (A0)", 3000],
      ["First Resubmission (A1)", 2000],
      ["TOTAL", 5000],
      ["First (Original) Submission (A0)", 3500],
      ["First Resubmission (A1)", 2100],
      ["TOTAL", 5600],
      ["First (Original)\nSubmission (A0)", 3700],
      ["First Resubmission (A1)", 2300],
      ["TOTAL", 6000],
    ];
    expect(
      summarizePartners(
        rates,
        null,
        mappingFromPairs(rates, "Partners", [
          ["Submission", "Partner"],
          ["Funding", "Committed"],
        ]),
      ).total,
    ).toMatchObject({ committed: 16600 });
  });

  it("keeps the first grant, its amount followed by words beside a web address, as data", () => {
    // A helper's round (real, invented values): a foundation's portfolio, its first grant called "the
    // header row's second line" (a column's description) and left out of every sum.
    const portfolio: Cell[][] = [
      ["grantee", "url", "amount", "funded_since", "why_invest"],
      ["Lakeside Learning", "https://example.org/a", "$1.2 million unrestricted grants", 2013, "Schools for girls"],
      ["River Clinics", "https://example.org/b", "$300K unrestricted grants", 2015, "Rural clinics"],
    ];
    expect(validateRange(portfolio, "Partners", { today: TODAY }).leftOut).toEqual([]);
    expect(summarizePartners(portfolio).total).toMatchObject({ partners: 2, committed: 1_500_000 });
  });
});

describe("a file without a header row, mapped by its first row", () => {
  it("keeps the rows sharing that row's date and source code: data, not the header row again", () => {
    // A helper's round (real, invented values): a county's check register, 166 checks ($2.5M) left out
    // of every sum as "the header row again" for their date and `AP` code.
    const register: Cell[][] = [
      ["04/03/2013", "AP", 51173, "ACME CHEMICALS", 2951.87],
      ["04/03/2013", "AP", 51176, "WELDING SUPPLY CO", 1147.42],
      ["04/03/2013", "AP", 51178, "WASTE HAULERS INC", 350454.53],
      ["04/04/2013", "AP", 51180, "PAGING SERVICES", 260],
    ];
    // Its first row's cells named as headers: that row is a record, so the mapping is refused with the
    // columns' letters — mapped so, ACME's $2,951.87 was left out of every sum (corpus round fk, real:
    // South Africa's lottery payments, a R80,000 grant lost so).
    expect(() =>
      mappingFromPairs(register, "Partners", [
        ["ACME CHEMICALS", "Partner"],
        ["2951.87", "Committed"],
      ]),
    ).toThrow(/row 1 holds data, not headers .*\(D for "ACME CHEMICALS", E for "2951\.87"\)/);
    const mapping = mappingFromPairs(register, "Partners", [
      ["D", "Partner"],
      ["E", "Committed"],
    ]);
    expect(validateRange(register, "Partners", { today: TODAY, mapping }).leftOut).toEqual([]);
    expect(summarizePartners(register, null, mapping).total).toMatchObject({ partners: 4, committed: 354813.82 });
  });
});

describe("a section's subtotal under its label", () => {
  it("adds up the rows since the label, so it is a total, not a partner", () => {
    // A helper's round (real, invented values): NYC's component units, `Total program revenues` under
    // `PROGRAM REVENUES:` counted as a partner — $8,000 for $6,500.
    const grants: Cell[][] = [
      ["Grantee", "Amount"],
      ["Harbor Housing Authority", 5000],
      ["NONPROFITS:", ""],
      ["Eastside Food Bank", 1000],
      ["Harbor Youth League", 500],
      ["Total nonprofit grants", 1500],
    ];
    const summary = summarizePartners(grants);
    expect(summary.total).toMatchObject({ partners: 3, committed: 6500 });
    // A partner called `Total …` with a flat grant after one row since the label is a partner (a
    // reviewer's repro: `Total Wine & More` dropped, $15,000 for $20,000).
    const flat: Cell[][] = [
      ["Grantee", "Amount"],
      ["Harbor Housing Authority", 5000],
      ["BUSINESSES:", ""],
      ["Corner Bakery", 5000],
      ["Total Wine & More", 5000],
      ["Riverside Books", 5000],
    ];
    expect(summarizePartners(flat).total).toMatchObject({ partners: 4, committed: 20000 });
  });
});

describe("section headings printed with dashes across", () => {
  // A helper's round, real: a council's grants by theme, each theme's heading `Sport | - | -` read as
  // a partner (partners 6 for 4) and the first one as the header row's second line.
  const grants: Cell[][] = [
    ["Grantee", "Project", "Amount Awarded"],
    ["Arts & Culture", "-", "-"],
    ["Alpha Theatre", "Season", 10000],
    ["Beta Gallery", "Exhibit", 5000],
    ["Subtotal", "-", 15000],
    ["Sport", "\u2013", "\u2013"],
    ["Gamma FC", "Kit", 2000],
    ["Delta Swim", "Pool", 3000],
    ["Subtotal", "-", 5000],
    ["Total", "-", 20000],
  ];

  it("are label rows, as with nothing beside them, and count no partner", () => {
    const result = validateRange(grants, "Partners", { today: TODAY });
    expect(result.leftOut.filter((l) => l.kind === "label").map((l) => [l.row, l.label])).toEqual([
      [1, "Arts & Culture"],
      [5, "Sport"],
    ]);
    expect(summarizePartners(grants).total).toMatchObject({ partners: 4, committed: 20000 });
  });

  it("leave a partner with one dash for its amount, or a dash in each amount column, a partner", () => {
    const kept = [...grants.slice(0, 4), ["Epsilon Choir", "Concert", "-"], ...grants.slice(4)];
    expect(summarizePartners(kept).total).toMatchObject({ partners: 5, committed: 20000 });
    // A reviewer's repro: `Quay Arts | - | -` under Partner, Committed, Received is a partner with no money yet.
    const pledges: Cell[][] = [
      ["Partner", "Committed", "Received"],
      ["Rotary Club", 500, 200],
      ["Quay Arts", "-", "-"],
      ["Lions Club", 700, 300],
      ["Harbour Trust", "-", "-"],
    ];
    expect(summarizePartners(pledges).total).toMatchObject({ partners: 4, committed: 1200 });
    expect(validateRange(pledges, "Partners", { today: TODAY }).leftOut).toEqual([]);
  });

  it("read a unit named beside no partner, a dash for its amount, as a label row, not a partner without a name", () => {
    // A helper's round (real: Hamburg's sponsoring report): each unit listed, its gifts beside the first
    // of them, `-` where it had none — 10 "Partner is empty" errors.
    const units: Cell[][] = [
      ["Department", "Partner", "Amount (EUR)"],
      ["Bäderland Hamburg GmbH", null, "-"],
      ["HafenCity Hamburg GmbH", "Eggers Umwelttechnik GmbH", 5000],
      ["Hamburger Wasserwerke GmbH", null, "-"],
      ["IBA Hamburg GmbH", "Sparkasse Buxtehude", 40000],
    ];
    const result = validateRange(units, "Partners", { today: TODAY });
    expect(result.issues.filter((i) => i.rule === "required.partner")).toEqual([]);
    expect(result.leftOut.map((l) => [l.row, l.kind])).toEqual([
      [1, "label"],
      [3, "label"],
    ]);
    expect(summarizePartners(units).total).toMatchObject({ partners: 2, committed: 45000 });
    // Text in a column the tracker reads (a Sector) makes it a partner's row missing its name (a reviewer's repro).
    const nameless: Cell[][] = [
      ["Partner", "Sector", "Committed"],
      ["Acme Ltd", "Business", 5000],
      [null, "Nonprofit", "-"],
      ["Food Bank", "Nonprofit", 2000],
    ];
    const checked = validateRange(nameless, "Partners", { today: TODAY });
    expect(checked.issues.filter((i) => i.rule === "required.partner").map((i) => i.row)).toEqual([3]);
  });
});

describe("a rule line under the header row, as database exports write one", () => {
  it("is the header's, not a partner with amounts that are no amounts", () => {
    // A helper's round (real: Amsterdam's subsidy register): `---------;------------;------` under the
    // column names, counted as an applicant and "expected an amount" twice.
    const register: Cell[][] = [
      ["AANVRAGER", "REGELINGNAAM", "BEDRAG_VERLEEND"],
      ["---------", "------------", "---------------"],
      ["Stichting Cordaan", "Brede WMO", "5377.00"],
      ["Stichting AGO Zwembad", "OJZ", "325520.00"],
    ];
    const mapping = mappingFromPairs(register, "Partners", [
      ["AANVRAGER", "Partner"],
      ["BEDRAG_VERLEEND", "Committed"],
    ]);
    const result = validateRange(register, "Partners", { today: TODAY, mapping });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.leftOut.map((l) => [l.row, l.kind])).toEqual([[1, "headerMore"]]);
    expect(summarizePartners(register, null, mapping).total).toMatchObject({ partners: 2, committed: 330897 });
    // A lone dash under a header is a placeholder in a data row, no rule line.
    const dash: Cell[][] = [register[0], ["Stichting Cordaan", "Brede WMO", "-"], register[3]];
    expect(validateRange(dash, "Partners", { today: TODAY, mapping }).leftOut).toEqual([]);
  });
});

describe("a lookup list under the data, after a blank row, its codes in CJK or Latin", () => {
  // Real (a helper's round, corpus new-fe D5): Japan's subsidies to public-interest bodies
  // (jp_npo_subsidies_r1.xlsx), a group title `公益法人の場合` over two sub-headers on the header's
  // second line, and under the grants the list behind the two columns' dropdowns. Its first row
  // `公財 | 国認定` was a grant with "補助金交付先名 is empty" (and "1 row has no Partner name"), the
  // next rows notes; the second line was "a line of text wrapped from the row next to it". The
  // grants' names and figures are the sheet's; the layout is cut to four columns.
  const japanese: Cell[][] = [
    ["補助金交付先名", "交付決定額（円）", "公益法人の場合", null],
    [null, null, "公益法人の区分", "国認定、都道府県認定の区分"],
    ["公益財団法人日本生産性本部", 313593000, "公財", "国認定"],
    ["公益財団法人児童育成協会", 45012619000, "公財", "国認定"],
    [null, null, null, null],
    [null, null, "公財", "国認定"],
    [null, null, "公社", "都道府県認定"],
    [null, null, "特財", null],
  ];
  const latin: Cell[][] = [
    ["Grantee", "Amount", "If a public-interest body", null],
    [null, null, "Kind of body", "Level of approval"],
    ["Japan Productivity Center", 313593000, "PIF", "National"],
    ["Child Development Association", 45012619000, "PIF", "National"],
    [null, null, null, null],
    [null, null, "PIF", "National"],
    [null, null, "PIA", "Prefectural"],
    [null, null, "SF", null],
  ];
  const read = (sheet: Cell[][]) => {
    const mapping = mapHeaders(sheet, "Partners", { 0: "partner", 1: "committed" });
    return {
      result: validateRange(sheet, "Partners", { today: TODAY, mapping }),
      summary: summarizePartners(sheet, null, mapping),
    };
  };

  it("leaves every row of the list out as a note, and reads the group's sub-headers as the header's line", () => {
    for (const sheet of [japanese, latin]) {
      const { result, summary } = read(sheet);
      // The sub-headers are the header's second line, read as part of it (SPEC: two header rows are one),
      // not a row left out (corpus round hn D6's leftover).
      expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
        [6, "note"],
        [7, "note"],
        [8, "note"],
      ]);
      expect(result.mapping.unknown.map((u) => u.header)).toEqual([sheet[1][2], sheet[1][3]]);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(result.issues.find((i) => i.row === 2)).toBeUndefined();
      expect(result.issues.find((i) => i.row === 6)?.message).toBe(
        `Row 6 looks like a note under the data ("${sheet[5][2]}"): left out of every check and sum.`,
      );
      expect(result.rowsChecked).toBe(2);
      expect([summary.total.partners, summary.total.committed, summary.unnamed]).toEqual([2, 45326212000, 0]);
    }
  });

  it("names the list's first row too where it says again the values every grant above it has", () => {
    // Without the header's second line, `公財 | 国認定` is what both grants above say: it had been
    // taken for a form's values filled down past the data, as good as blank, and named nowhere
    // ("2 rows checked", rows 6 and 7 named) — but a blank row parts it from the grants.
    for (const sheet of [japanese, latin]) {
      const single = sheet.filter((_, i) => i !== 1);
      const { result, summary } = read(single);
      expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
        [5, "note"],
        [6, "note"],
        [7, "note"],
      ]);
      expect(result.issues.map((i) => i.severity)).toEqual(["warning", "warning", "warning"]);
      expect(result.rowsChecked).toBe(2);
      expect([summary.total.partners, summary.unnamed]).toEqual([2, 0]);
    }
    // Every such line past the blank row, not only the first (a reviewer's repro: the second of two
    // `non` lines dropped unsaid).
    const form = [
      ["Partner", "Committed", "Paid"],
      ["Acme Corp", 100, "non"],
      ["Birch Org", 200, "non"],
      ["Cedar Org", 50, "non"],
      [null, null, null],
      [null, null, "non"],
      [null, null, "non"],
    ];
    expect(read(form).result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [6, "note"],
      [7, "note"],
    ]);
  });

  it("a row of two short codes inside the data is a label row in CJK as in Latin text, a named row stays data", () => {
    // `公財` and `国認定` are words, as `National` is: two characters make a word in Chinese or Japanese.
    for (const sheet of [japanese, latin]) {
      const inside = [sheet[0], sheet[2], sheet[5], sheet[3]];
      const { result } = read(inside);
      expect(result.leftOut.map((l) => [l.row + 1, l.kind])).toEqual([[3, "wrapped"]]);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  });
});

describe("a header merged down over two rows, mapped by hand", () => {
  it("reads both rows as the header: its second row, sub-headers under a group title, is no header row again", () => {
    // A helper's round (real: Japan's NPO subsidies workbook): the name and amount headers merged over two
    // rows (the file's reader writes a merged cell's text in each of its cells) beside a group title
    // over two sub-headers. Mapped by hand, the second row was told "the header row again".
    const sheet: Cell[][] = [
      ["補助金交付先名", "交付決定額（円）", "公益法人の場合", ""],
      ["補助金交付先名", "交付決定額（円）", "公益法人の区分", "国認定、都道府県認定の区分"],
      ["公益財団法人日本生産性本部", 313593000, "公財", "国認定"],
      ["公益財団法人児童育成協会", 45012619000, "公財", "国認定"],
    ];
    const mapping = mappingFromPairs(sheet, "Partners", [
      ["補助金交付先名", "Partner"],
      ["交付決定額（円）", "Committed"],
    ]);
    const result = validateRange(sheet, "Partners", { today: TODAY, mapping });
    expect(result.issues.map((i) => i.message)).toEqual([]);
    expect(result.leftOut.filter((l) => l.kind === "header")).toEqual([]);
    expect(summarizePartners(sheet, null, mapping).total).toMatchObject({ partners: 2, committed: 45326212000 });
  });
});

describe("a row describing each column, a formula's 0 among its sentences", () => {
  it("is still the header's second line: a 0 describes nothing, nor makes a record", () => {
    // A reviewer's repro: `=SUM(C2:D2)` filled down over the description row gives 0 under Amount paid.
    const sheet: Cell[][] = [
      ["Grantee", "Award amount", "Amount paid", "Start date"],
      [
        "Organisation that receives the grant",
        "Amount awarded to the grantee in dollars",
        0,
        "Date the grant agreement begins",
      ],
      ["Acme Foundation", 10000, 5000, "2024-01-01"],
    ];
    expect(validateRange(sheet, "Partners", { today: TODAY }).leftOut.map((l) => [l.row + 1, l.kind])).toEqual([
      [2, "headerMore"],
    ]);
  });
});

describe("a first record whose date cell says why it has none", () => {
  it("is a record with its date in error, not a row describing the columns left out", () => {
    // A helper's round (real: the UK's Government Major Projects Portfolio): a project's Target date a
    // sentence beside its Target, 95. First under the header, it was taken for a data dictionary's line
    // ("the header row's second line") and left out of every check.
    const projects: Cell[][] = [
      ["Initiative ID", "Initiative", "Target", "Target date"],
      ["DEFRA_0015", "Northern Ireland Programme", 95, "To be confirmed (see note)"],
      ["MOD_0101", "Skynet 6", 1, "31.03.2027"],
    ];
    const result = validateRange(projects, "Foundation", { today: TODAY });
    expect(result.leftOut).toEqual([]);
    expect(result.issues.filter((i) => i.row === 2).map((i) => i.message)).toEqual([
      'Target date is "To be confirmed (see note)" — expected a date, like 2024-03-01 or 3/1/2024.',
    ]);
  });
});
