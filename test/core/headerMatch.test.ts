/**
 * One header matched to a schema column (src/core/headerMatch.ts), as mapHeaders reads it: the schema's
 * synonyms, and what publishers add to headers. Split from headers.test.ts.
 */
import {
  mapHeaders,
  mappingFromPairs,
  matchHeader,
  namePart,
  normalizeHeader,
  summarizePartners,
  validateRange,
} from "../../src/core";
import { headerCurrency } from "../../src/core/currencyWords";
import { keyNamePart } from "../../src/core/nameParts";
import { rowsForTracker } from "../../src/core/trackerRows";
import { FOUNDATION, LEADERSHIP, PARTNERS, TABS } from "./imports";
import { mappedIds } from "./mappedIds";

describe("the schema's synonyms", () => {
  it("never name two columns of the same tab", () => {
    for (const tab of TABS) {
      const seen = new Map<string, string>();
      for (const column of tab.columns) {
        for (const text of [column.name, ...(column.synonyms ?? []), ...(column.fallbackSynonyms ?? [])]) {
          const key = normalizeHeader(text);
          const other = seen.get(key);
          if (other && other !== column.id) throw new Error(`${tab.name}: "${text}" names ${other} and ${column.id}`);
          seen.set(key, column.id);
        }
      }
    }
  });

  it("each map back to their own column", () => {
    for (const tab of [FOUNDATION, LEADERSHIP, PARTNERS]) {
      for (const column of tab.columns) {
        for (const s of [...(column.synonyms ?? []), ...(column.fallbackSynonyms ?? [])]) {
          expect(matchHeader(tab, s)?.column.id).toBe(column.id);
        }
      }
    }
  });

  it("a Funder column is the Partner on a list of funders, not where the row names the grantee", () => {
    const partnerHeader = (header: string[]) =>
      mapHeaders([header, header.map(() => "x")], "Partners").columns.find((c) => c.id === "partner")?.header;
    expect(partnerHeader(["Funder", "Amount pledged"])).toBe("Funder");
    // A funder's grant list: the funder (the file's owner, on every row) is not the partner.
    expect(partnerHeader(["Funder", "Recipient", "Amount"])).toBe("Recipient");
    expect(partnerHeader(["Grantee", "Funder name", "Amount"])).toBe("Grantee");
    expect(partnerHeader(["Research Organization - standardized", "Funder", "Funding Amount"])).toBe(
      "Research Organization - standardized",
    );
  });
});

describe("headers as publishers add to them (eight more public files, 2026-12-02)", () => {
  const columns = (rows: (string | number)[][], tab?: string) =>
    Object.fromEntries(mapHeaders(rows, tab).columns.map((c) => [c.header, c.id]));

  it("reads an amount said with Total, Cumulative or Updated before it; the updated figure over the original", () => {
    // Real: a federal rental-aid report (`Total Cumulative Obligations4`, `Total Cumulative
    // Expenditure5`) and its allocation list (`Original Allocation`, `Total Updated Allocation`): exit 3.
    expect(columns([["Recipient Name3", "Total Cumulative Obligations4", "Total Cumulative Expenditure5"]])).toEqual({
      "Recipient Name3": "partner",
      "Total Cumulative Obligations4": "committed",
      "Total Cumulative Expenditure5": "received",
    });
    expect(columns([["Recipient Name", "Original Allocation", "Total Updated Allocation"]])).toEqual({
      "Recipient Name": "partner",
      "Total Updated Allocation": "committed",
    });
    // Only amounts: Foundation's own `Current value` is not its Baseline or anything else.
    expect(columns([["Initiative ID", "Problem statement", "Current value", "Total target"]], "Foundation")).toEqual({
      "Initiative ID": "initiativeId",
      "Problem statement": "problemStatement",
      "Current value": "currentValue",
    });
  });

  it("takes a count column (`Recipients`: 80, 35, 8) for no partner, though a table under it puts a word in it", () => {
    // Real: a grants research workbook's recipient-type tables: the counts were 13 "partners".
    const sheet: (string | number)[][] = [
      ["_recipient_type", "Grants", "Grant amount", "Recipients"],
      ["Registered Charity", 120, 2400000, 80],
      ["Sport Club", 40, 200000, 35],
      ["Education", 10, 50000, 8],
      ["Mutual", 2, 30000, 1],
      ["Total", 173, 2685000, 124],
      ["Part of wider fund", "Sport Club", "Education", "Registered Charity"],
      ["Recovery Fund", 20, 5, 60],
    ];
    expect(() => mapHeaders(sheet)).toThrow(/No Partners header row/);
  });

  it("reads an amount whose header ends in its currency code, and says that currency", () => {
    // Real: a Swiss city's culture grants (`FoerderbeitragCHF`), printed as dollars; `Amount GBP` unread.
    expect(columns([["Organisation", "Amount GBP"]])).toEqual({ Organisation: "partner", "Amount GBP": "committed" });
    expect(columns([["Organisation", "Amount AUD"]])).toEqual({ Organisation: "partner", "Amount AUD": "committed" });
    expect(headerCurrency("Amount GBP")).toBe("GBP");
    expect(headerCurrency("GrantCHF")).toBe("CHF");
    expect(headerCurrency("FoerderbeitragCHF")).toBe("CHF");
    expect(headerCurrency("Grant")).toBe("");
    // The currency's name (real: Hamburg's `Wert (Euro)`, summed as dollars).
    expect(headerCurrency("Wert (Euro)")).toBe("EUR");
    expect(headerCurrency("Betrag in Euros")).toBe("EUR");
    expect(headerCurrency("Europe Fund")).toBe("");
  });

  it("reads the English half of a bilingual header, but not a 360Giving field's path", () => {
    // Real: a Canadian foundation's grants, 31 headers `English:French`: exit 3.
    expect(columns([["Organization name:Nom d'organisme", "Amount Awarded:Montant décerné"]])).toEqual({
      "Organization name:Nom d'organisme": "partner",
      "Amount Awarded:Montant décerné": "committed",
    });
    expect(columns([["Recipient Org:Name", "Recipient Org:Identifier", "Amount Awarded"]])).toEqual({
      "Recipient Org:Name": "partner",
      "Amount Awarded": "committed",
    });
  });

  it("reads a header in two languages by either side, the national language first, and not a list's parts", () => {
    // Corpus round fl, real: Austria's ESF list (`Name des Begünstigten / name of beneficiary`), Portugal
    // 2020's (`Nome do Beneficiário | Beneficiary Name`) and Denmark's: exit 3, "name a Partner column".
    expect(
      mappedIds([
        "ProjektCode / code of operation",
        "Name des Begünstigten / name of beneficiary",
        "Datum des Beginns des Vorhabens / operation start date",
        "Datum des Endes des Vorhabens/ operation end date",
        "Gesamtbetrag / total amount",
      ]),
    ).toEqual({
      "Name des Begünstigten / name of beneficiary": "partner",
      "Datum des Beginns des Vorhabens / operation start date": "startDate",
      "Datum des Endes des Vorhabens/ operation end date": "endDate",
      "Gesamtbetrag / total amount": "committed",
    });
    expect(mappedIds(["Nome do Beneficiário | Beneficiary Name", "Fundo Total Aprovado | Total Amount"])).toEqual({
      "Nome do Beneficiário | Beneficiary Name": "partner",
      "Fundo Total Aprovado | Total Amount": "committed",
    });
    expect(mappedIds(["Kontrakt / name of beneficiary", "Beløb / amount"])).toEqual({
      "Kontrakt / name of beneficiary": "partner",
      "Beløb / amount": "committed",
    });
    // On two lines of one cell, and across a `:` between two languages, the English second.
    expect(mappedIds(["Name des Begünstigten\nname of beneficiary", "Amount"])).toEqual({
      "Name des Begünstigten\nname of beneficiary": "partner",
      Amount: "committed",
    });
    expect(mappedIds(["Nome do Beneficiário:Beneficiary Name", "Amount"])).toEqual({
      "Nome do Beneficiário:Beneficiary Name": "partner",
      Amount: "committed",
    });
    // The stronger side wins: the tracker's own name over a synonym, whichever language comes first.
    expect(matchHeader(PARTNERS, "Empfänger / Partner")).toMatchObject({ column: { id: "partner" }, strength: 2 });
    // A choice on its lines is still none of them, and a 360Giving path no two languages.
    expect(mappedIds(["Recipient", "Baseline\nor\nSupplemental", "Funding Org:Name", "Amount"])).toEqual({
      Recipient: "partner",
      Amount: "committed",
    });
  });

  it("reads a contract register's expiry and commencement dates as End and Start date", () => {
    // Real: an Australian territory's contracts register: an expiry before execution went unsaid.
    expect(columns([["suppliers", "amount", "commencement_date", "expiry_date"]])).toEqual({
      suppliers: "partner",
      amount: "committed",
      commencement_date: "startDate",
      expiry_date: "endDate",
    });
  });
});

describe("France's subsidy schema and other languages' words (real files, 2026-12-03)", () => {
  it("reads SCDL's nomBeneficiaire and montant, accents written or not, and montant versé as Received", () => {
    // Toulouse Métropole's published subsidies (invented values): exit 3 until mapped by hand.
    const scdl = [
      ["nomAttribuant", "idAttribuant", "nomBeneficiaire", "idBeneficiaire", "objet", "montant"],
      ["Métropole Exemple", "2,43E+13", "ASSOCIATION LES JARDINS DU CANAL", "7,17E+13", "Fonctionnement", 12500],
    ];
    expect(mapHeaders(scdl).columns.map((c) => [c.header, c.name])).toEqual([
      ["nomBeneficiaire", "Partner"],
      ["montant", "Committed"],
    ]);
    const paid = [
      ["Nom du bénéficiaire", "montant versé en 2013 (€)"],
      ["Comité des fêtes", 1500],
    ];
    expect(mapHeaders(paid).columns.map((c) => [c.header, c.name])).toEqual([
      ["Nom du bénéficiaire", "Partner"],
      ["montant versé en 2013 (€)", "Received"],
    ]);
  });

  it("a capital plan's Activity is no Leadership Engagement", () => {
    const plan = [
      ["activity", "cost_2024", "source"],
      ["Construction of health posts", 2800000, "MOH"],
    ];
    expect(() => mapHeaders(plan)).toThrow(/^No (?!Leadership)\w+ header row/);
  });

  it("knows the given name beside the family name in other languages: namesakes are not one person", () => {
    const candidates = [
      ["cognome", "nome", "collegio"],
      ["BIANCHI", "MARIA", "Lombardia 1"],
      ["BIANCHI", "PAOLO", "Lombardia 2"],
    ];
    const mapping = mappingFromPairs(candidates, "Leadership", [["cognome", "Name"]]);
    const issues = validateRange(candidates, "Leadership", { mapping }).issues;
    expect(issues.filter((i) => i.rule.startsWith("repeated") || i.rule.startsWith("unique"))).toEqual([]);
    expect(["Vorname", "Prénom", "prenom", "Nombre de pila"].map(namePart)).toEqual([
      "given",
      "given",
      "given",
      "given",
    ]);
  });

  it("reads the word for a name beside that language's given name as the family name (`Naam` by `Voornaam`)", () => {
    // A helper's round (real: a Flemish stakeholder list, `Voornaam;Naam`): Ann and Paul Verbeeck told
    // "two people of one name?", Els and Sophie Podevyn told to keep one row.
    const stakeholders = [
      ["Voornaam", "Naam", "Affiliatie", "E-mail"],
      ["Ann", "Verbeeck", "Balen", "ann@balen.be"],
      ["Paul", "Verbeeck", "Fednot", "paul@fednot.be"],
    ];
    const result = validateRange(stakeholders, "Leadership");
    expect(result.mapping.columns.map((c) => c.header)).toContain("Naam");
    expect(result.issues.filter((i) => /Verbeeck/.test(i.message))).toEqual([]);
    // Copied whole into the tracker's one Name column, given name first.
    expect(rowsForTracker(stakeholders, result.mapping)[0]).toContain("Ann Verbeeck");
    // German and French alike; a bare Name beside no given name is a name as it is.
    expect(keyNamePart("Name", ["Vorname"])).toBe("family");
    expect(keyNamePart("NOM", ["Prénom"])).toBe("family");
    expect(keyNamePart("Name", ["First name"])).toBeUndefined();
  });
});

describe("a budget workbook's headers (Detroit's)", () => {
  it("reads `Initiative ID Code` as the Initiative ID, and `Baseline⏎or⏎Supplemental` as no Baseline", () => {
    // An identifier's kind said again after it is the identifier (a helper's round, real: Detroit's
    // `Initiative ID Code` ignored, then "There is no Initiative ID column — add one").
    expect(mappedIds(["Initiative ID Code", "Supplemental Initiative", "Project ID Number"], "Foundation")).toEqual({
      "Initiative ID Code": "initiativeId",
      "Supplemental Initiative": "initiative",
    });
    // One phrase wrapped round a conjunction is a choice of two, not its first line's column (a helper's
    // round, real: Detroit's budget workbook, `Baseline⏎or⏎Supplemental` read as Baseline, 20 errors).
    expect(
      mappedIds(["Initiative", "Target", "Baseline\nor\nSupplemental", "Recurring\nor\nOne-Time"], "Foundation"),
    ).toEqual({ Initiative: "initiative", Target: "target" });
    // A name and what follows it (`and`) is read by its first line, the name (a reviewer's repro).
    expect(mappedIds(["Grantee name\nand\naddress", "Amount awarded"])).toEqual({
      "Grantee name\nand\naddress": "partner",
      "Amount awarded": "committed",
    });
  });

  it("reads a header wrapped before its noun (`FY26 Baseline⏎Budget`) as that noun, not its first line's column", () => {
    // The real original's budget sheet: its budget and staff columns read as the metric's Baseline made
    // it a Foundation sheet of 12 errors and 7 warnings (found by running the corpus's originals again).
    const budgetSheet = [
      "Service",
      "FY26 Baseline \nBudget",
      "FY26 Baseline \nFTE ",
      "Initiative/Project Name",
      "FY26 Capital Request",
    ];
    // Asked as Foundation, one column is no header row; unasked, it is no sheet of the tracker's.
    expect(() => mapHeaders([budgetSheet], "Foundation")).toThrow(/header/i);
    expect(() => mapHeaders([budgetSheet])).toThrow(/header/i);
    // Money before money's noun is still money, and two languages a line each are still read.
    expect(mappedIds(["Recipient", "Grant\nAmount"])).toMatchObject({ "Grant\nAmount": "committed" });
    expect(mappedIds(["Empfänger\nRecipient", "Montant\nAmount"])).toEqual({
      "Empfänger\nRecipient": "partner",
      "Montant\nAmount": "committed",
    });
    // A metric's own words on two lines stay its Baseline.
    expect(mappedIds(["Initiative", "Target", "Baseline\nvalue"], "Foundation")).toMatchObject({
      "Baseline\nvalue": "baseline",
    });
  });
});

describe("headers helpers' rounds found unread (real, 2026-12-05)", () => {
  it("reads an agreements register's Partner Institution and partner_entity as the partner", () => {
    // A helper's round (real): a university's MOU register, exit 3 on both exports.
    expect(mappedIds(["Agreement Title", "Partner Institution", "Start Date"])).toMatchObject({
      "Partner Institution": "partner",
      "Start Date": "startDate",
    });
    expect(mappedIds(["agreement_code", "partner_entity", "end_date"])).toMatchObject({
      partner_entity: "partner",
      end_date: "endDate",
    });
  });

  it("reads a programme's acronym before an amount, but no organisation's own assets or income as money", () => {
    // A helper's round (real): the IRS register of DC's tax-exempt organisations, `ASSET_AMT` read as
    // Committed (the acronym `ASSET` taken off), $168.8bn of the organisations' assets summed.
    expect(mappedIds(["NAME", "Sector", "ASSET_AMT", "INCOME_AMT"], "Partners")).toEqual({
      NAME: "partner",
      Sector: "sector",
    });
    expect(mappedIds(["Recipient", "TIRCP_Award_Amount"])).toEqual({
      Recipient: "partner",
      TIRCP_Award_Amount: "committed",
    });
  });

  it("reads an amount with its mark and multiple after it, and a project list's dates", () => {
    // `Amount £m` (exit 3 where `Amount (£m)` maps); the federal IT Dashboard's `Planned Project
    // Completion Date (B2)` and `Updated Date`. (Not `Project Number` as an Initiative ID: Roanoke's
    // recovery-fund projects would be a Foundation sheet of IDs alone — test/cli/csvInput.)
    expect(mappedIds(["Recipient", "Amount £m"])).toEqual({ Recipient: "partner", "Amount £m": "committed" });
    expect(
      mappedIds(["Project ID", "Project Name", "Planned Project Completion Date (B2)", "Updated Date"], "Foundation"),
    ).toEqual({
      "Project ID": "initiativeId",
      "Project Name": "initiative",
      "Planned Project Completion Date (B2)": "targetDate",
      "Updated Date": "lastReviewed",
    });
  });

  it("reads a currency's name after `in` as a currency in brackets is read, and says that currency", () => {
    // A helper's brief: `Amount in Rands`, `Amount in euros`, `Value in reais`, `Amount in pounds` were no
    // column (exit 3) where `Amount (Rand)` was Committed; `Amount (pounds)` was summed as dollars.
    const headers = ["Amount in Rands", "Amount in euros", "Value in reais", "Amount in pounds", "Amount (pounds)"];
    expect(headers.map((h) => mappedIds(["Recipient", h])[h])).toEqual(Array(5).fill("committed"));
    expect(headers.map(headerCurrency)).toEqual(["ZAR", "EUR", "BRL", "GBP", "GBP"]);
    // A currency's name is read as one only after `in`, or where a currency is (its brackets): `Rands
    // Trust` is no Amount, and `Pound` or `Sterling` alone (places, firms) no pounds.
    expect(matchHeader(PARTNERS, "Amount in Rands Trust")).toBeUndefined();
    expect(["Sterling Foundation", "Pound Ridge grants"].map(headerCurrency)).toEqual(["", ""]);
  });

  it("reads a currency's name after the word other languages write before it, and the dollar's after `in`", () => {
    // A helper's brief: `Montant en euros`, `Importe en euros`, `Valor em reais` were no column (exit 3)
    // where `Betrag in Euro` was Committed; `Amount in dollars` too, though the dollar is the default.
    const headers = ["Montant en euros", "Importe en euros", "Importo in euro", "Betrag in Euro", "Amount in dollars"];
    expect(headers.map((h) => mappedIds(["Recipient", h])[h])).toEqual(Array(5).fill("committed"));
    expect(headers.map(headerCurrency)).toEqual(["EUR", "EUR", "EUR", "EUR", ""]);
    // Not `sterling` alone after them, a firm's or a place's name as often (Sterling Foundation).
    expect(matchHeader(PARTNERS, "Amount en Sterling")).toBeUndefined();
  });
});

describe("a country's dollars named in a header (a helper's brief)", () => {
  it("reads `Amount in US dollars`, `… Canadian dollars`, `Montant en dollars canadiens` as amounts in USD or CAD", () => {
    // `Amount in US dollars` and `Montant en dollars canadiens` were no column (exit 3); `Grant (Canadian
    // dollars)` was Committed, its amounts printed as `$`, as if US.
    const headers = [
      "Amount in US dollars",
      "Amount in Canadian dollars",
      "Grant (Canadian dollars)",
      "Montant en dollars canadiens",
      "Amount (US dollars)",
    ];
    expect(headers.map((h) => mappedIds(["Recipient", h])[h])).toEqual(Array(5).fill("committed"));
    expect(headers.map(headerCurrency)).toEqual(["USD", "CAD", "CAD", "CAD", "USD"]);
    // The dollar alone by name says dollars, as `($)` does: printed `$`, and no "names no currency" note
    // (a helper's brief: `Amount in dollars` was told the sheet names no currency). Which dollar it
    // leaves to the cells (`A$1,000` under it is no mix).
    expect(["Amount in dollars", "Grant (dollars)"].map(headerCurrency)).toEqual(["", ""]);
    const dollars = ["Amount in dollars", "Grant (dollars)", "Dollars obligated"].map((h) => {
      const s = summarizePartners([
        ["Partner", h],
        ["Maple Arts", 1000],
        ["Prairie Youth", 2500],
      ]);
      return [s.currency, s.currencyAssumed];
    });
    expect(dollars).toEqual(Array(3).fill(["USD", false]));
    // Dated day first, it is dollars all the same: the header said so (no sign left off).
    const dated = summarizePartners([
      ["Partner", "Amount in dollars", "Start date"],
      ["Maple Arts", 1000, "26/09/2024"],
    ]);
    expect([dated.currency, dated.currencyAssumed]).toEqual(["USD", false]);
    // A Canadian sheet's summary says its dollars are Canada's, never `$` unqualified.
    const cad = summarizePartners([
      ["Partner", "Grant (Canadian dollars)"],
      ["Maple Arts", 1000],
      ["Prairie Youth", 2500],
    ]);
    expect([cad.currency, cad.currencyAssumed]).toEqual(["CAD", false]);
  });

  it("reads one list of currencies' names in a header and in a currency column's cells", () => {
    // A helper's brief: typedCells kept its own list apart from the schema's, so a currency column's
    // `Canadian dollars` or `Rand` named no currency, and a header's `(Swiss franc)` none either.
    expect(["Grant (Swiss francs)", "Amount in Australian dollars"].map(headerCurrency)).toEqual(["CHF", "AUD"]);
    const cad = summarizePartners([
      ["Partner", "Amount", "Currency"],
      ["Maple Arts", 1000, "Canadian dollars"],
      ["Prairie Youth", 2500, "Canadian dollars"],
    ]);
    expect([cad.currency, cad.total.committed]).toEqual(["CAD", 3500]);
    // `Won` and `Sterling` name a currency in a currency column's cell only, never in a header.
    expect(["Grants won", "Sterling Heights award"].map(headerCurrency)).toEqual(["", ""]);
  });
});
