import { coerceDate, coerceNumber, coerceYesNo, dateProblem, isoToSerial } from "../../src/core";
import { serialToIso } from "../../src/core/excelDate";
import { AS_EUROPE_WRITES, coerceAmount, IN_EUROS, lastAmountCurrency } from "../../src/core/amountCells";
import {
  currencyInText,
  headerCurrency,
  headerScale,
  isUnitCell,
  withoutCurrencyCode,
} from "../../src/core/currencyWords";

describe("amounts and quantities", () => {
  it.each([
    [1200, 1200],
    ["1200", 1200],
    ["1,200", 1200],
    ["$1,200", 1200],
    [" $1,200.50 ", 1200.5],
    ["$ 1,234,567", 1234567],
    ["-$5", -5],
    ["$-5", -5],
    ["(1,200)", -1200],
    // Accounting negatives with the sign outside (real: Houston's capital plan, `$ (48,887,000.00)`).
    ["$(250.00)", -250],
    ["$ (48,887,000.00)", -48887000],
    [" $\t(400.00) ", -400],
    // More currencies, as their countries write them (real: Brazilian convênios; invented: Czech, Polish).
    ["R$ 100.000,00", 100000],
    ["R$ 1.500", 1500],
    ["100 000 Kč", 100000],
    ["1 250,50 zł", 1250.5],
    ["ARS 1.250.000", 1250000],
    // A commitment written as its ceiling (real: a foundation's grants, `Up To    $3,963,133`).
    ["Up To                    $3,963,133", 3963133],
    ["Not to exceed $50,000", 50000],
    ["Max. 20.000 €", 20000],
    ["0.5", 0.5],
    [".5", 0.5],
    [0, 0],
    ["USD 250,000", 250000],
    ["$1.2M", 1200000],
    ["25k", 25000],
    ["£1,200", 1200],
    ["1,200 EUR", 1200],
    ["(£1,200)", -1200],
    ["3 million", 3000000],
    ["$330,000 CAD", 330000], // real: a city's contract awards; `$` is every dollar's mark
    ["AUD $1,500", 1500],
    // As Europe writes amounts, where nothing else can be meant (real: EU and Swiss partners' CSVs).
    ["1.234,56 €", 1234.56],
    ["€ 1.234.567,89", 1234567.89],
    ["1 234,56", 1234.56],
    ["200,00 €", 200],
    ["-1.234,56 EUR", -1234.56],
    ["(1.234,56)", -1234.56],
    ["1'234.50", 1234.5],
    ["CHF 12'000", 12000],
    ["1.234", 1.234], // a US decimal still, never read as thousands
    // In euros a dot before three digits groups thousands (real: a French county's `€ 250.000`, read €250).
    ["€ 250.000", 250000],
    ["250.000 EUR", 250000],
    ["1.234.567 €", 1234567],
    ["€ 1.50", 1.5],
    ["€0.500", 0.5],
    // Thousands grouped by spaces, whole (real: a French city's `12 350 000 €`, every one refused).
    ["12 350 000 €", 12350000],
    ["1 500", 1500],
    ["100\u00a0000", 100000], // a no-break space
    ["100\u202f000 €", 100000], // a narrow no-break space, as French Excel writes
    ["(1 500)", -1500],
    ["1 234.56", 1234.56],
    // A decimal comma after a whole part no US amount has before a comma (real: an Austrian funding
    // list's `28534,6`, 373 of 429 amounts refused).
    ["28534,6", 28534.6],
    ["0,00", 0],
    ["72672,80", 72672.8],
  ])("reads %p as %p", (cell, expected) => {
    expect(coerceNumber(cell)).toBe(expected);
  });

  it.each([
    ["lots"],
    ["1,20"], // a US 1,200 typed short, or 1.20? Refused alone
    ["200,00"],
    ["12,34,567"],
    ["$"],
    ["1.2.3"],
    ["12 3456"],
    ["1 2"],
    ["(-5)"],
    ["(5"],
    ["--5"],
    ["5 apples"],
    ["£5 USD"],
    ["$5 GBP"],
    [true],
    [""],
    [null],
  ])("refuses %p", (cell) => {
    expect(coerceNumber(cell)).toBeUndefined();
  });

  it("reads a decimal comma after one to three digits only where the column writes amounts so", () => {
    // `1,20`, `1,5` alone could be a US amount typed short; beside `1.250,50` in the same column they are not.
    expect([coerceNumber("1,20"), coerceNumber("1,5")]).toEqual([undefined, undefined]);
    expect([coerceNumber("1,20", IN_EUROS), coerceNumber("1,5", IN_EUROS), coerceNumber("1,234", IN_EUROS)]).toEqual([
      1.2, 1.5, 1234,
    ]);
    // In euros, a dot before three digits groups thousands; a lone comma before three stays the US
    // thousands a euro register may write (`81,499`); where the column writes as Europe does, it is decimal.
    expect([coerceNumber("1.500", IN_EUROS), coerceNumber("1,500", IN_EUROS)]).toEqual([1500, 1500]);
    expect([coerceNumber("1.500", AS_EUROPE_WRITES), coerceNumber("1,500", AS_EUROPE_WRITES)]).toEqual([1500, 1.5]);
    expect([coerceNumber("1.500"), coerceNumber("9,999,999", AS_EUROPE_WRITES)]).toEqual([1.5, 9999999]);
  });

  it("reads £ and € whose bytes were misread before the file reached the user (`Â£`, `¬£`, `â‚¬`)", () => {
    expect([coerceNumber("Â£1,200"), lastAmountCurrency()]).toEqual([1200, "GBP"]);
    expect([coerceNumber("¬£350.50"), lastAmountCurrency()]).toEqual([350.5, "GBP"]);
    expect([coerceNumber("â‚¬ 2,000"), lastAmountCurrency()]).toEqual([2000, "EUR"]);
    expect(headerCurrency("Amount (Â£)")).toBe("GBP");
  });

  it("reads a currency code only as a word of its own, in any language's letters", () => {
    // Real (corpus round 10l): a Helsinki programme's title, "… sekä muihin tavoitteisiin …" (Finnish
    // "and"), was SEK: its € figures "mixed currencies" and the summary refused to run.
    expect(headerCurrency("Kaupungin kasvuun sekä muihin tavoitteisiin liittyvät investoinnit.")).toBe("");
    expect(headerCurrency("Määrä (SEK)")).toBe("SEK");
    expect(headerCurrency("Belopp SEK")).toBe("SEK");
    expect(headerCurrency("Förderung in €")).toBe("EUR");
    expect(headerCurrency("Valor (R$)")).toBe("BRL");
  });

  it("reads the commonest codes in lower case closing a field's name, not a word that is one", () => {
    // A helper's round (real): Ireland's PPP register, `committed_eur` and `paid_eur` unread, exit 3.
    expect(headerCurrency("committed_eur")).toBe("EUR");
    expect(headerCurrency("amount cad")).toBe("CAD");
    expect(withoutCurrencyCode("committed eur")).toBe("committed");
    expect(headerCurrency("Total all")).toBe("");
  });

  it("reads the rand said with its multiple (R thousands, R'000), never an R alone", () => {
    // A helper's round (real): South Africa's municipal capital budgets, "R thousands" over the table,
    // printed as dollars.
    expect([headerCurrency("R thousands"), headerCurrency("Amount (R'000)"), headerCurrency("R million")]).toEqual([
      "ZAR",
      "ZAR",
      "ZAR",
    ]);
    expect([headerCurrency("R"), headerCurrency("Roads"), headerCurrency("Ward R 2")]).toEqual(["", "", ""]);
    // Its multiple read with it: `R thousands` over a table is thousands of rand, not rand.
    expect(["R thousands", "Amount (R'000)", "R million"].map(headerScale)).toEqual([1e3, 1e3, 1e6]);
    // `(R)` alone is no rand: registered, required or revised as often.
    expect(["Grant (R)", "Budget (R)"].map(headerCurrency)).toEqual(["", ""]);
    // Nor an `R` of a place's name before figures (a reviewer's repro: `Zone R 000` read as thousands of
    // rand); after a money word, in brackets or written `R'000` it is the rand.
    const read = (t: string) => [headerCurrency(t), headerScale(t)];
    expect(["Zone R 000", "Ward R thousands"].map(read)).toEqual([
      ["", 1],
      ["", 1],
    ]);
    expect(["Budget R 000", "Zone (R 000)", "Grant R'000"].map(read)).toEqual([
      ["ZAR", 1e3],
      ["ZAR", 1e3],
      ["ZAR", 1e3],
    ]);
  });

  it("reads the ringgit as Malaysia writes it, (RM) and RM'000, and a code before its multiple", () => {
    // A corpus round (real): a Malaysian financing directory's `Ticket Max (RM)`, RM1,249,050,000
    // summed as "$1,249,050,000" with "The sheet names no currency".
    const read = (t: string) => [headerCurrency(t), headerScale(t)];
    expect(read("Ticket Max\n(RM)")).toEqual(["MYR", 1]);
    expect(read("Grant (RM'000)")).toEqual(["MYR", 1e3]);
    expect(read("Grant RM'000")).toEqual(["MYR", 1e3]);
    expect(read("Grant (RM million)")).toEqual(["MYR", 1e6]);
    // A code with its multiple in one bracket is a currency whichever list it is in (`(MYR)` was read
    // alone only; `(MAD)` nowhere), and `'000` after a code is thousands as after `£`.
    expect(read("Grant (MYR million)")).toEqual(["MYR", 1e6]);
    expect(read("Grant (MYR thousand)")).toEqual(["MYR", 1e3]);
    expect(read("Grant (MYR bn)")).toEqual(["MYR", 1e9]);
    expect(read("Grant (MAD million)")).toEqual(["MAD", 1e6]);
    expect(read("Grant (Million MAD)")).toEqual(["MAD", 1e6]);
    expect(read("Grant (USD'000)")).toEqual(["USD", 1e3]);
    // A code a header reads as a word (`PEN` in capitals) gives its multiple too, as `CAD 000` does (a
    // reviewer's repro: `PEN 000` was soles read as units).
    expect(["PEN 000", "Grant PEN 000", "CAD 000"].map(read)).toEqual([
      ["PEN", 1e3],
      ["PEN", 1e3],
      ["CAD", 1e3],
    ]);
    // `RM` in a word, in lower case or outside brackets without a multiple is no ringgit; a word that
    // is a code (`MAD`) needs its multiple.
    expect(["Form RM", "Charm (rm)", "RM contact", "Grant (MAD)", "MAD 000"].map(headerCurrency)).toEqual([
      "",
      "",
      "",
      "",
      "",
    ]);
    // Nor `RM` after a word that names a place or a room before figures (a reviewer's repro: `Zone RM
    // 000` read as thousands of ringgit); first, after a money word, in brackets or written `RM'000` it
    // is the ringgit.
    expect(["Zone RM 000", "Room RM 000", "Zone RM million"].map(read)).toEqual([
      ["", 1],
      ["", 1],
      ["", 1],
    ]);
    expect(["RM 000", "(RM'000)", "Amount (RM 000)", "Grant RM 000", "Zone RM'000"].map(read)).toEqual([
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e3],
    ]);
    // After a Malay money word too, as Malaysia's tables head their ringgit (`Jumlah RM 000` was read as
    // units with no currency once `Zone RM 000` stopped being the ringgit); `Jumlah (RM)` in brackets
    // alone. A Malay word before a lone `R` is no rand, and `Zone RM 000` stays no ringgit.
    expect(
      ["Jumlah RM 000", "Amaun RM 000", "Nilai: RM 000", "Peruntukan\nRM 000", "Geran RM million", "Jumlah (RM)"].map(
        read,
      ),
    ).toEqual([
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e3],
      ["MYR", 1e6],
      ["MYR", 1],
    ]);
    expect(["Jumlah R 000", "Zone RM 000", "Jumlahan RM 000"].map(read)).toEqual([
      ["", 1],
      ["", 1],
      ["", 1],
    ]);
  });

  it("reads a multiple written before its currency (1000 €, TEUR, Mio. €), and no letter apart from its mark", () => {
    // A helper's round (real): Helsinki's capital programmes head their costs `1000 €`; German plans
    // write `TEUR`, `Tsd. €` and `Mio. €`.
    const read = (t: string) => [headerScale(t), headerCurrency(t)];
    expect(read("1000 €")).toEqual([1e3, "EUR"]);
    expect(read("Kosten in 1.000 EUR")).toEqual([1e3, "EUR"]);
    expect(read("Betrag TEUR")).toEqual([1e3, "EUR"]);
    expect(read("Kosten (Tsd. €)")).toEqual([1e3, "EUR"]);
    expect(read("k€")).toEqual([1e3, "EUR"]);
    expect(read("Mittel (Mio. EUR)")).toEqual([1e6, "EUR"]);
    expect(read("M€")).toEqual([1e6, "EUR"]);
    expect(read("Mrd. €")).toEqual([1e9, "EUR"]);
    // A price per tonne and a word's last letter are no multiples.
    expect(read("Preis/t €")).toEqual([1, "EUR"]);
    expect(read("Budget EUR")).toEqual([1, "EUR"]);
  });

  it("reads `($b)` as billions, as US budget tables write them", () => {
    // A helper's round (real): a federal infrastructure tracker's `5-yr Total Funding ($b)`, $503.5bn summed as $503.46.
    expect([headerScale("5-yr Total Funding ($b)"), headerScale("Total (£B)"), headerCurrency("Total (£B)")]).toEqual([
      1e9,
      1e9,
      "GBP",
    ]);
    // A b that is a word's, or a column's letter, is none.
    expect([headerScale("Column b"), headerScale("Budget ($)"), headerScale("Plan (b)")]).toEqual([1, 1, 1]);
  });

  it("reads thousands and millions as Spanish, Portuguese, Italian, Polish, Czech and Japanese headers say them", () => {
    // A helper's round: `Importe (miles de euros)` and `補助金額(千円)` summed as €530 and ¥530 for 530,000.
    const read = (t: string) => [headerScale(t), headerCurrency(t)];
    expect(read("Importe (miles de euros)")).toEqual([1e3, "EUR"]);
    expect(read("Valor (R$ mil)")).toEqual([1e3, "BRL"]);
    expect(read("Importo (migliaia di euro)")).toEqual([1e3, "EUR"]);
    expect(read("Kwota (tys. zł)")).toEqual([1e3, "PLN"]);
    expect(read("Částka (tis. Kč)")).toEqual([1e3, "CZK"]);
    expect(read("補助金額(千円)")).toEqual([1e3, "JPY"]);
    expect(read("Importe (millones de euros)")).toEqual([1e6, "EUR"]);
    expect(read("予算(百万円)")).toEqual([1e6, "JPY"]);
    // `mil` inside a word is no multiple, nor English's `(mil)`, millions (a reviewer's repro).
    expect(headerScale("Familias atendidas")).toBe(1);
    expect([headerScale("Budget (mil)"), headerScale("Amount (EUR mil)")]).toEqual([1, 1]);
  });

  it("reads the rouble, the hryvnia and more by their codes, in capitals or closing a field name", () => {
    // A helper's round (real): Russia's school contracts, `price_rub`, printed as dollars.
    expect(["price_rub", "amount_uah", "Amount (CNY)", "Betrag (TRY)", "Value (SGD)"].map(headerCurrency)).toEqual([
      "RUB",
      "UAH",
      "CNY",
      "TRY",
      "SGD",
    ]);
    // Alone as the header, or closing it after a word (a helper's round, real: a Ukrainian NGO's
    // donations under `UAH`, 1,671,784.16 hryvnias summed as dollars).
    expect(["UAH", "Amount UAH", " RUB ", "Sum in TRY", "AED", "Donations SAR"].map(headerCurrency)).toEqual([
      "UAH",
      "UAH",
      "RUB",
      "TRY",
      "AED",
      "SAR",
    ]);
    // Not closing other words — a title's `checked by IDR`, `under ILS`, `LAST TRY` (reviewers' repros) —
    // nor an ISO code that is an English word alone (`ALL`, `TOP`).
    expect(
      [
        "Community partners 2024 - checked by IDR",
        "Grants awarded under ILS",
        "PARTNER LIST - LAST TRY",
        "ALL",
        "TOP",
      ].map(headerCurrency),
    ).toEqual(["", "", "", "", ""]);
    // A word is no code: `rub` alone, `try` in lower case; nor a programme's acronym outside brackets
    // (`ILS Funding`: Independent Living Services, a reviewer's repro).
    expect(["Rub count", "try_again", "Grub", "ILS Funding", "CNY grant"].map(headerCurrency)).toEqual([
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads roubles, hryvnias and leva written beside the figure: codes, signs and words", () => {
    // A helper's round (invented values): `2500 RUB`, `1000 ₽` and `1 000 руб.` each "expected an amount in
    // dollars", a Russian sheet's subsidies summed to 0.
    const read = (cell: string) => [coerceNumber(cell), lastAmountCurrency()];
    expect(["2500 RUB", "RUB 300", "1 000 ₽", "1 000,50 руб.", "12 500 000 ₽"].map(read)).toEqual([
      [2500, "RUB"],
      [300, "RUB"],
      [1000, "RUB"],
      [1000.5, "RUB"],
      [12500000, "RUB"],
    ]);
    expect(["500 грн", "1 250,75 ₴", "300 лв.", "HKD 1,200"].map(read)).toEqual([
      [500, "UAH"],
      [1250.75, "UAH"],
      [300, "BGN"],
      [1200, "HKD"],
    ]);
    // Names are no amounts: a code spelt as a word is left out (`Ron 5`, `Try 2`).
    expect(["Ron 5", "Try 2"].map((cell) => coerceNumber(cell))).toEqual([undefined, undefined]);
  });

  it("reads yen written after the figure (150,000円)", () => {
    // A helper's round: a Japanese town's subsidies, every row "expected an amount in dollars", $0 summed.
    expect(coerceNumber("150,000円")).toBe(150000);
    expect(lastAmountCurrency()).toBe("JPY");
  });

  it("reads the ringgit written RM in cells (RM200 million, RM 1,500), never rm nor RM inside a word", () => {
    // A corpus round (real): a Malaysian financing directory's pools, `RM200 million`, `RM55 million`.
    const read = (t: string) => [coerceNumber(t), lastAmountCurrency()];
    expect(read("RM200 million")).toEqual([200000000, "MYR"]);
    expect(read("RM 1,500")).toEqual([1500, "MYR"]);
    expect(read("1,500 RM")).toEqual([1500, "MYR"]);
    expect(read("MYR 1,500")).toEqual([1500, "MYR"]);
    expect(["rm 1,500", "Rm 12", "FORM 2", "1,500 RMB"].map((t) => coerceNumber(t))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // As a figure in text, as `£30,000 and below` is read.
    expect(
      ["RM50,000 and below", "RM55 million (Budget 2026 allocation)", "FORM 2 due", "rm 5 left"].map(currencyInText),
    ).toEqual(["MYR", "MYR", "", ""]);
  });

  it("reads RM in text as ringgit only before a figure written as an amount, not a postcode or a room", () => {
    // A reviewer's repro: Romford's postcodes (`RM1 3BD`) and room numbers (`RM 101`) in any column
    // turned a pound or dollar ledger's totals into ringgit.
    const codes = ["RM1 3BD", "RM11 1AA", "RM 101", "Room RM 204", "RM-1", "RM500000", "RM 5 m2", "RM 10 Bedford Rd"];
    expect(codes.map(currencyInText)).toEqual(codes.map(() => ""));
    // Grouped, decimal or with its multiple, it is an amount wherever it is written.
    expect(["RM 1,500", "RM 2.5m", "RM200 million", "up to RM1.5bn", "1,500 RM"].map(currencyInText)).toEqual([
      "MYR",
      "MYR",
      "MYR",
      "MYR",
      "MYR",
    ]);
    // A postcode beside an amount in pounds says pounds.
    expect(currencyInText("RM1 3BD; £5,000 pledged")).toBe("GBP");
  });

  it("reads RM before a bare whole figure as no amount alone (a room), as ringgit in an amount column", () => {
    // A reviewer's repro: a column of offices (`RM 101`) offered as the money, "map the one that is Committed".
    const bare = ["RM 101", "RM-1", "RM500000", "(RM 204)", "101 RM"];
    expect(bare.map((t) => coerceNumber(t))).toEqual(bare.map(() => undefined));
    // Written as an amount, it is one alone.
    const read = (t: string) => [coerceNumber(t), lastAmountCurrency()];
    expect(read("RM 2.5")).toEqual([2.5, "MYR"]);
    expect(read("RM 5k")).toEqual([5000, "MYR"]);
    // An amount column's cell (coerceAmount) is ringgit, as `RM500000` under `Grant` was read.
    const amount = (t: string) => [coerceAmount(t), lastAmountCurrency()];
    expect(amount("RM500000")).toEqual([500000, "MYR"]);
    expect(amount("RM 101")).toEqual([101, "MYR"]);
    expect(amount("RM-1")).toEqual([-1, "MYR"]);
    expect(amount("rm 101")).toEqual([undefined, ""]);
    // And coerceNumber is strict again after it.
    expect(coerceNumber("RM 101")).toBeUndefined();
  });

  it("reads a multiple beside a currency's code in a database's field name (nominal_gbp_millions)", () => {
    // A helper's round (real): the British Library's funding, `nominal_gbp_millions`, £417.4M summed as £417.40.
    const read = (t: string) => [headerScale(t), headerCurrency(t)];
    expect(read("nominal_gbp_millions")).toEqual([1e6, "GBP"]);
    expect(read("grant_usd_thousands")).toEqual([1e3, "USD"]);
    expect(read("total_y2000_gbp_millions")).toEqual([1e6, "GBP"]);
    // A header with neither stays as it is.
    expect(read("millions_served")).toEqual([1, ""]);
  });

  it("reads a multiple written as a product or in words (*1000, x € 1.000, in duizenden, i tusen kr)", () => {
    // A helper's round (real): the Dutch government's transfers, `Realisatie (*1000) per bijdrage`,
    // €24.4bn summed as €24.4m; Nordic budgets head their figures `i tusen kr`, `(1000 kr)`.
    const scale = (t: string) => headerScale(t);
    expect(
      [
        "Realisatie (*1000) per bijdrage",
        "Bedrag (x € 1.000)",
        "Bedrag x1000",
        "Bedrag (in duizenden euro)",
        "Beløp i tusen kr",
        "Belopp (1000 kr)",
        "Määrä tuhatta euroa",
        "Budget × 1 000 000",
      ].map(scale),
    ).toEqual([1e3, 1e3, 1e3, 1e3, 1e3, 1e3, 1e3, 1e6]);
    // A word ending in x, a box number, a count: no multiple.
    expect(["Box 1000", "Fax 1000", "Max 1000 people", "Amount"].map(scale)).toEqual([1, 1, 1, 1]);
  });

  it("reads a multiple's abbreviation standing alone (sum_mln, Amount, mln, Сумма (млн руб.))", () => {
    // A helper's round (real): Russia's presidential grants, `sum_mln` in millions of roubles summed
    // as "$6,621.54" — a millionth of the money.
    expect(["sum_mln", "Amount, mln", "Сумма (млн руб.)", "budget_bln", "Сумма, тыс. руб."].map(headerScale)).toEqual([
      1e6, 1e6, 1e6, 1e9, 1e3,
    ]);
    // Letters inside a word are no multiple.
    expect(["Kilmln Road", "smlnx", "Amount"].map(headerScale)).toEqual([1, 1, 1]);
  });

  it("reads US finance's capitals in brackets as millions: (M), ($MM) — never (m), nor (K), the kwacha", () => {
    // A helper's round (real): a tracker of states' CARES Act spending, `Total (M)` summed as $1.2
    // million where the sheet says $1.2 trillion.
    expect(["Total (M)", "Budget ($MM)", "Total ($M)", "Amount in millions"].map(headerScale)).toEqual([
      1e6, 1e6, 1e6, 1e6,
    ]);
    expect(["Size (m)", "Gender (M/F)", "Total (MW)", "Grant (K)"].map(headerScale)).toEqual([1, 1, 1, 1]);
  });

  it("reads a multiple beside a currency's code in one bracket, and the rupee's code", () => {
    // A helper's round (real): Pakistan's legislators' development funds, `Amount (Million PKR)`, PKR
    // 125.59bn summed as "$125,589.44"; the same with `(Million USD)`.
    expect(
      [
        "Amount (Million PKR)",
        "Amount (Million USD)",
        "Budget (USD millions)",
        "Grants (in thousands of EUR)",
        "Cost (KES bn)",
      ].map(headerScale),
    ).toEqual([1e6, 1e6, 1e6, 1e3, 1e9]);
    expect(["Amount (Million PKR)", "Amount (PKR)", "Budget (KES)"].map(headerCurrency)).toEqual(["PKR", "PKR", "KES"]);
    // The yen by name or sign (a helper's round, real: Japanese funders' `annual_grant_amount_yen`).
    expect(["annual_grant_amount_yen", "助成額（円）", "Yenta Fund"].map(headerCurrency)).toEqual(["JPY", "JPY", ""]);
    // The rand and the real by name (corpus round fk: South Africa's lottery, Brazil's registers): whole
    // words only — `Grand total`, `Random`, `Real terms` and a lone `(R)` name no currency.
    expect(
      [
        "Amount (Rand)",
        "Amount in Rands",
        "Valor (reais)",
        "Valor em reais",
        "Grand total",
        "Random",
        "Real terms",
      ].map(headerCurrency),
    ).toEqual(["ZAR", "ZAR", "BRL", "BRL", "", "", ""]);
    expect(headerCurrency("Amount (R)")).toBe("");
    // A bracket of words is no multiple: `(Million Trees Initiative)` names a programme.
    expect(["Amount (PKR)", "Grant (Million Trees Initiative)", "Population (Census)"].map(headerScale)).toEqual([
      1, 1, 1,
    ]);
  });

  it("reads a trailing minus, the word euros, and thousands grouped by dots twice", () => {
    // Helpers' rounds (real): a UK borough's credit notes `2,500.00-` (SAP/Oracle exports), £76,077.50
    // too much summed; Spain's gazette's `408.400,00 euros`, 85 of 95 amounts left out; Denmark's ERDF
    // budgets `15.414.794`, all 107 left out ($0).
    expect(["2,500.00-", "150.00-", "5 -"].map((t) => coerceNumber(t))).toEqual([-2500, -150, -5]);
    expect(["-150-", "(150)-", "abc-", "-"].map((t) => coerceNumber(t))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(coerceNumber("408.400,00 euros")).toBe(408400);
    expect(lastAmountCurrency()).toBe("EUR");
    expect(coerceNumber("3.200,50 Euro")).toBe(3200.5);
    expect(coerceNumber("15.414.794")).toBe(15414794);
    // One dot is a decimal point, as the US writes it, where nothing says otherwise.
    expect(coerceNumber("1.234")).toBe(1.234);
    // The tax said after the amount, either way; two amounts in a cell stay refused.
    expect(
      [
        "103.000,00 euros (IVA excluido)",
        "720.604,16 euros, IVA incluido",
        "3.988.906,68 €, IVA no incluido",
        "£1,200 excl. VAT",
      ].map((t) => coerceNumber(t)),
    ).toEqual([103000, 720604.16, 3988906.68, 1200]);
    expect(
      coerceNumber(
        "694.027,26 euros, IVA incluido. De la cantidad anterior corresponde en concepto de IVA, 95.727,90 euros",
      ),
    ).toBeUndefined();
    // The kind of money said after the amount (a foundation's portfolio: $44.5M summed as $0); other
    // words after it (`1,000 + trade`, `12,000. Trade`, `500 beds`) stay refused.
    expect(
      [
        "$1.4 million unrestricted grants",
        "$300K\u00a0unrestricted grant",
        "$250K loans",
        "$1.5 million convertible debt",
      ].map((t) => coerceNumber(t)),
    ).toEqual([1_400_000, 300_000, 250_000, 1_500_000]);
    expect(["1,000 + trade", "12,000. Trade", "500 beds", "grants"].map((t) => coerceNumber(t))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads an amount with a remark in brackets after it as the amount", () => {
    // Corpus round hn D4 (real: Japan's subsidies to public-interest corporations, 26 grants written
    // "amount円 （note）", ¥20.3bn left out as no amounts).
    expect(
      [
        "446,750,000円 （減額交付決定後の額。初回交付決定額は、600,000,000）",
        "446,750,000円\n（減額交付決定後の額）",
        "$25,000 (revised)",
        "25,000 (reduced from 30,000)",
        "$1.2M (approx.)",
      ].map((t) => coerceNumber(t)),
    ).toEqual([446_750_000, 446_750_000, 25_000, 25_000, 1_200_000]);
    // Figures alone in the bracket, a currency in it, or the amount's own brackets: as before.
    expect(["100 (200)", "1,000 (USD)", "Grant (pending)"].map((t) => coerceNumber(t))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(coerceNumber("(1,200)")).toBe(-1200);
    // A bracket that scales or multiplies the figure is no remark: read as one, `$5 (in millions)` was $5.
    expect(["$5 (in millions)", "500 (thousands)", "3,000 (x2)", "2.4 (bn)"].map((t) => coerceNumber(t))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("tells a cell saying a unit from a cell holding an amount", () => {
    expect(["1000 €", "1.000 €", "(EUR)", "%", "k€", "Spend (£000)"].map(isUnitCell)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["€ 1.000", "1000", "2.500 €", "ennuste", ""].map(isUnitCell)).toEqual([false, false, false, false, false]);
  });

  it("refuses non-finite numbers Excel never sends", () => {
    expect(coerceNumber(Number.NaN)).toBeUndefined();
    expect(coerceNumber(Infinity)).toBeUndefined();
  });
});

describe("dates", () => {
  const march1 = isoToSerial("2024-03-01");

  it.each([
    [45352, march1],
    [45352.75, march1], // a date with a time of day
    ["2024-03-01", march1],
    ["2024-3-1", march1],
    ["2024/03/01", march1],
    ["3/1/2024", march1],
    ["03/01/2024", march1],
    ["3-1-2024", march1],
    ["March 1, 2024", march1],
    ["Mar 1 2024", march1],
    ["1 March 2024", march1],
    ["2024-03-01T00:00:00Z", march1],
  ])("reads %p as 2024-03-01", (cell, expected) => {
    expect(coerceDate(cell)).toBe(expected);
  });

  it("reads a padded day, a day with a dot, and months as German, Spanish, French and Dutch write them", () => {
    // Helpers' rounds (real): a foundation's ledger printed `7/ 9/2018` (49 errors); England's ERDF
    // beneficiaries exported through a German Excel, `01. Nov 15` and `31. Dez 18` (125 errors);
    // Spain's `4 de marzo de 2009`.
    const iso = (t: string) => {
      const d = coerceDate(t);
      return d === undefined ? undefined : serialToIso(d);
    };
    expect(
      ["7/ 9/2018", "01. Nov 15", "31. Dez 18", "1. März 2016", "4 de marzo de 2009", "15 mars 2024"].map(iso),
    ).toEqual(["2018-07-09", "2015-11-01", "2018-12-31", "2016-03-01", "2009-03-04", "2024-03-15"]);
    // A word that is no month stays no date.
    expect(["4 de lunes de 2009", "1. Foo 2016"].map(iso)).toEqual([undefined, undefined]);
  });

  it("reads 01/02/2024 month first, as SPEC says (January 2)", () => {
    expect(coerceDate("01/02/2024")).toBe(isoToSerial("2024-01-02"));
  });

  it.each([
    ["06/30/2017 12:00:00 AM", "2017-06-30"], // the usual open-data export
    ["6/30/2017 0:00", "2017-06-30"],
    ["2017-06-30T00:00:00.000", "2017-06-30"],
    ["1-Mar-2024", "2024-03-01"],
    ["01-Mar-2024", "2024-03-01"],
    ["Mar 1, 2024", "2024-03-01"],
    ["1.3.2024", "2024-01-03"], // dotted, month first unless the column says otherwise (was refused before rev 2)
    ["October 2024", "2024-10-01"], // a month alone: its first day, with a warning from the rules
    ["11/2023", "2023-11-01"],
    ["Mar-16", "2016-03-01"], // Excel's mmm-yy shown as text (a Sutton ledger's dates): a month alone
    ["Jul '16", "2016-07-01"],
    ["Dec-99", "1999-12-01"], // the two-digit year read as Excel reads it
    ["14-MAR-12", "2012-03-14"], // a database export: Excel reads 12 as 2012
    ["3/1/24", "2024-03-01"], // a two-digit year as Excel reads it (00–29: 2000s), said by the rules
    ["6/30/99", "1999-06-30"], // 30–99: 1900s (real: a register of political parties)
    ["Fri, 01 Jan 2010 00:00:00 -0500", "2010-01-01"],
    ["2021-04-01T12:00:00Z", "2021-04-01"],
  ])("reads %p as %p (SPEC rev 2)", (cell, iso) => {
    expect(coerceDate(cell)).toBe(isoToSerial(iso));
  });

  it("reads a date written as one number, year, month and day, as that day (a database export's)", () => {
    // A helper's round (real): Philadelphia's contracts, `20150601`, refused 254 times.
    expect([coerceDate(20150601), coerceDate("20141211"), coerceDate(21001231)]).toEqual([
      isoToSerial("2015-06-01"),
      isoToSerial("2014-12-11"),
      isoToSerial("2100-12-31"),
    ]);
    // Not a day of the calendar, or no year a tracker has: refused as before.
    expect([coerceDate(20151301), coerceDate(20150230), coerceDate(18991231)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads day-first when told the column is written day first", () => {
    expect(coerceDate("01.03.2024", true)).toBe(isoToSerial("2024-03-01"));
    expect(coerceDate("25/03/2024", true)).toBe(isoToSerial("2024-03-25"));
    expect(coerceDate("25/03/2024")).toBeUndefined();
  });

  it.each([
    ["13/1/2024"],
    ["2/30/2024"],
    ["2023-02-29"],
    ["13/13/99"],
    ["soon"],
    ["45352"],
    [true],
    [0],
    [-3],
    [3e6],
    ["Mar 16"], // March the 16th, or 2016? Not said: refused, as before
    ["Ongoing-16"],
  ])("refuses %p", (cell) => {
    expect(coerceDate(cell)).toBeUndefined();
  });

  it("explains why a date was refused", () => {
    expect(dateProblem("13/13/99")).toMatch(/does not exist/);
    expect(dateProblem("13/1/2024")).toMatch(/does not exist/);
    expect(dateProblem("soon")).toMatch(/expected a date, like 2024-03-01 or 3\/1\/2024/);
    // A month name that is none is the word to fix (a lottery list's `17-Mav-17`), not "that day".
    expect(dateProblem("17-Mav-17")).toBe(
      '"Mav" is not a month\'s name — expected a date, like 17-May-2017 or 2024-03-01',
    );
    expect(dateProblem("Mya 3, 2024")).toMatch(/^"Mya" is not a month's name/);
    expect(dateProblem("31-Feb-2024")).toMatch(/does not exist/);
    // A year before Excel's first is a typo of the year (a helper's round, real: FEMA's `1214-07-01`).
    expect([dateProblem("1214-07-01T00:00:00.000Z"), dateProblem("7/1/0015")]).toEqual([
      "the year 1214 is before 1900, the first year Excel has: a mistyped year?",
      "the year 0015 is before 1900, the first year Excel has: a mistyped year?",
    ]);
  });
});

describe("Yes/No", () => {
  it.each([["Yes"], ["yes"], [" Y "], ["TRUE"], ["true"], [true], [1], ["1"]])("reads %p as Yes", (cell) => {
    expect(coerceYesNo(cell)).toBe("Yes");
  });
  it.each([["No"], ["n"], ["FALSE"], [false], [0], ["0"]])("reads %p as No", (cell) => {
    expect(coerceYesNo(cell)).toBe("No");
  });
  it.each([["maybe"], ["Yess"], [2], [""], [null]])("refuses %p", (cell) => {
    expect(coerceYesNo(cell)).toBeUndefined();
  });
});
