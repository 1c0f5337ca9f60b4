/**
 * Words a header over figures says what they are in, beside MONEY_WORDS (words.ts), which say that
 * they are money: no amount at all (a date, a reference, a quantity), money paid out, a cost, money
 * asked for, an organisation's own finances, money given toward something. Read as whole words, case
 * aside; the core builds each pattern once, from these lists.
 */

/**
 * Figures that are no amounts of money, beside the numbers, codes, years and counts every reading of
 * figures leaves out (text.ts's NO_AMOUNT_HEADER): dates — German `Datum`, Spanish `Fecha`, Portuguese
 * `Data`, Ukrainian and Russian `Дата`, a German `Jahr` —, periods, references and quantities. Read
 * beside a payment method (a helper's round, real: a Ukrainian NGO's donations ledger, `Date | Category
 * | UAH | Payment method`), unless the header says an amount or its currency too.
 */
export const NO_AMOUNT_WORDS: readonly string[] = [
  "date",
  "datum",
  "fecha",
  "data",
  "дата",
  "jahr",
  "month",
  "period",
  "ref",
  "reference",
  "invoice",
  "receipt",
  "account",
  "transaction",
  "quantity",
  "qty",
];

/**
 * A number as Portuguese, Spanish, Italian and French head it (`numero_termo`, `Número`, `Nº`, `N°`,
 * `Núm.`, `Nro`, `Numéro`): an agreement's, a contract's or a document's number, no amount unless the
 * header says money too — as English `No.`, `Nr.`, `Number` and `…_id` are not (text.ts's NO_AMOUNT_HEADER).
 * Whole words, case aside, `_` as a space (corpus round fm D2, real: Minas Gerais' register of technical
 * cooperation agreements, no money at all, told its figures were in `numero_termo` — 1 … 103 — and
 * `numero_documento`, an SEI document's 45634434: "map the one that is Committed").
 */
export const NUMBER_WORDS: readonly string[] = [
  "numero",
  "número",
  "numéro",
  "numeros",
  "números",
  "numéros",
  "núm",
  "nro",
  "nº",
  "n°",
  "n.º",
  "n.°",
];

/**
 * Counts and units no money is in, beside text.ts's NO_AMOUNT_HEADER and the measures of summaries.ts:
 * places or seats on a course (Swedish `platser`, Norwegian `plasser`, Danish `pladser`, German
 * `Plätze`, Spanish `plazas`), study credits (Swedish `YH-poäng`, `högskolepoäng`; `ECTS`, `credit
 * hours` — not a bare `Credit`, a ledger's money), points, hours, weeks, a pace or share (`Studietakt
 * %`), counts said as such (Swedish `Antal`, Norwegian `Antall`, German `Anzahl`, French `Nombre de`), students and
 * participants. Not offered as where Committed is unless the header says money too (corpus round fi D8,
 * real: Sweden's YH decision register, told its figures were in "YH-poäng" — 400 credits, two years of
 * study — then, that refused, in "Studietakt %").
 */
export const COUNT_WORDS: readonly string[] = [
  "places",
  "study places",
  "platser",
  "utbildningsplatser",
  "studieplatser",
  "plasser",
  "studieplasser",
  "pladser",
  "plätze",
  "studienplätze",
  "plazas",
  "seats",
  "poäng",
  "högskolepoäng",
  "studiepoäng",
  "ects",
  "study credits",
  "credit hours",
  "credit points",
  "points",
  "hours",
  "timmar",
  "weeks",
  "veckor",
  "students",
  "studerande",
  "elever",
  "learners",
  "trainees",
  "participants",
  "deltagare",
  "studietakt",
  "%",
  "antal",
  // Norwegian's count (`antall_ansatte`, employees: corpus round kp's registers sit beside them).
  "antall",
  "anzahl",
  // French `Nombre de subventions` (a count of grants: corpus round fj); Spanish `Nombre de …` is a name,
  // words, no figure.
  "nombre de",
  "nombre d'",
];

/**
 * Money's words a currency's letter mark may follow before its multiple outside brackets (`Budget R
 * 000`, `Grant RM 000`): after one of these, `R` is the rand and `RM` the ringgit; after any other word
 * they are letters of a name (`Zone RM 000`: a Romford postcode zone, a reviewer's repro). Whole words,
 * case aside, a `:` or a dash may follow. `ringgit`: Malay's, as Malaysia's tables head their ringgit
 * (`Jumlah RM 000`: total; `Amaun` amount, `Nilai` value, `Peruntukan` allocation, `Geran` grant,
 * `Harga` price), read before `RM` only — no rand is headed in Malay.
 */
export const MONEY_WORDS_BEFORE_MARK: { readonly any: readonly string[]; readonly ringgit: readonly string[] } = {
  any: [
    "amount",
    "amounts",
    "budget",
    "budgets",
    "cost",
    "costs",
    "grant",
    "grants",
    "spend",
    "spending",
    "expenditure",
    "total",
    "totals",
    "value",
    "values",
    "funding",
    "allocation",
    "allocations",
    "award",
    "awards",
    "income",
    "revenue",
  ],
  ringgit: ["jumlah", "amaun", "nilai", "peruntukan", "geran", "harga"],
};

/**
 * Money's words only English writes, whole words, case aside: an amount header holding one is English
 * whatever accents its other words have — a fund's or a place's name (`Café Fund Amount`, `Résumé Grant`),
 * whose accented letter sheet-wide left every amount in messages without `$` (a helper's brief). Not
 * words other languages write too (`Total`, `Budget`, `Contribution`, `Allocation`): `Valor Total do
 * Contrato`, `Budget alloué` are no English.
 */
export const ENGLISH_MONEY_WORDS: readonly string[] = [
  "amount",
  "amounts",
  "grant",
  "grants",
  "granted",
  "award",
  "awards",
  "awarded",
  "funding",
  "funded",
  "paid",
  "payment",
  "payments",
  "committed",
  "received",
  "pledged",
  "spent",
  "spend",
  "value",
];

/**
 * A cost (`Project Cost`, `Total cost`): what a project costs, no money committed to it — not offered
 * as Committed beside a request (a helper's round, real: USDOT's TIGER applications, `Project Cost`).
 */
export const COST_WORDS: readonly string[] = [
  "cost",
  "costs",
  // Czech (`Celkové náklady`, total costs: a regional fund's requests beside the grant, corpus round io).
  "náklady",
  "nákladů",
];

/**
 * Pay: what a post or a grade is paid (`Payscale Minimum (£)`, `Salary`, `Pay band`; French `salaire`,
 * Spanish `salario`, German `Gehalt`): a staff list's, never an amount given to a partner — not offered
 * as Committed, by a header row's hint or the summary's notes (corpus round fk, real: the Environment
 * Agency's junior organogram, its pay scales' floors offered as Committed and summed to "£248,786"). Not
 * where the header says money given toward it (`Salary grant`, `Wage subsidy`: GIVEN_TOWARD_WORDS).
 */
export const PAY_WORDS: readonly string[] = [
  "payscale",
  "payscales",
  "pay scale",
  "pay scales",
  "pay band",
  "pay range",
  "pay grade",
  "salary",
  "salaries",
  "wage",
  "wages",
  "remuneration",
  "salaire",
  "salario",
  "gehalt",
];

/**
 * Words in the header of a figure beside Committed saying it is no money given of its own, so the summary
 * does not name it among the amounts it leaves out (a helper's round: a second kind of grant named, a
 * donation's processing fee, an award per cinema and a percent of an award not): a share or a rate and a
 * fee, read as whole words, case aside, `_` as a space (`Percent_of_Award_Fully_Allocated`, `Award per
 * Cinema (£)`, `processing_fee_amount`); a total of other columns, read at a word's start (`Total`,
 * `Montant total`, `Summe`, `Gesamtbetrag`).
 *
 * And help that is no money given, which the summary names as what it is: loans guaranteed (a
 * département's `Montant de la garantie`, `garanties d'emprunt`: the loan's outstanding sum, no money
 * paid — a helper's round, real: the Sarthe's €48.8M of guarantees named beside its grants as if given),
 * whole words; and help in kind (`Avantages en nature`, `In-kind support`: premises, goods, staff lent,
 * marked `X` beside partners given no money, asked whether they were "given nothing" — the Sarthe's 11),
 * whole words or phrases, a cell of `noMark` saying none.
 */
export const NOT_GIVEN_BESIDE: {
  readonly rates: readonly string[];
  readonly fees: readonly string[];
  readonly totals: readonly string[];
  readonly guarantees: readonly string[];
  readonly inKind: readonly string[];
  readonly noMark: readonly string[];
} = {
  rates: ["percent", "percentage", "pct", "per", "rate", "ratio", "pourcentage", "taux", "prozent", "anteil"],
  fees: ["fee", "fees", "frais", "gebühr", "gebühren", "commission"],
  totals: ["total", "sum", "gesamt", "totaal", "totale"],
  guarantees: [
    "guarantee",
    "guarantees",
    "garantie",
    "garanties",
    "garantía",
    "garantías",
    "garanzia",
    "garanzie",
    "garantia",
    "garantias",
    "bürgschaft",
    "bürgschaften",
    "borgtocht",
  ],
  inKind: [
    "in kind",
    "in-kind",
    "inkind",
    "en nature",
    "non-cash",
    "non-monetary",
    "sachleistung",
    "sachleistungen",
    "sachspende",
    "sachspenden",
    "en especie",
    "in natura",
    "em espécie",
  ],
  noMark: ["no", "non", "nein", "nee", "n", "none", "aucun", "aucune", "-", "–", "—", "0"],
};

/**
 * Headers of a statistics table counting people (corpus round jo D4, real: Spain's registered unemployment,
 * `TOTAL | HOMBRES | MUJERES` under `MENORES DE 25 AÑOS`, its `TOTAL` hinted as amounts to map to
 * Committed — 3,422,551 people summed as dollars): sexes, ages and age bands (`under 25`, `menores de`
 * before a number; `25-44`, `65+` are read as bands by the core), and counts of persons. A header row
 * saying any of them, or a group title over it, is offered no amount. Whole words or phrases, case aside.
 */
export const PEOPLE_COUNT_HEADERS: {
  readonly sexes: readonly string[];
  readonly ages: readonly string[];
  /** Said before an age (`under 25`, `menores de 25`): a band only with its number. */
  readonly beforeAge: readonly string[];
  readonly persons: readonly string[];
  /**
   * A header that is a total alone (`TOTAL`, `Total general`, `Gesamt`): the sum of the counts beside it,
   * which leaves a row of such headers a table of counts (`totalOf` after it, as Spain's `Total nacional`).
   */
  readonly totals: readonly string[];
  readonly totalOf: readonly string[];
} = {
  sexes: [
    "men",
    "women",
    "male",
    "males",
    "female",
    "females",
    "boys",
    "girls",
    "hombres",
    "mujeres",
    "varones",
    "hommes",
    "femmes",
    "männer",
    "frauen",
    "männlich",
    "weiblich",
    "homens",
    "mulheres",
    "uomini",
    "donne",
    "maschi",
    "femmine",
    "mannen",
    "vrouwen",
    "mænd",
    "kvinder",
    "menn",
    "kvinner",
    "män",
    "kvinnor",
    "мужчины",
    "женщины",
  ],
  ages: [
    "age",
    "ages",
    "aged",
    "age group",
    "age band",
    "years old",
    "edad",
    "edades",
    "años",
    "âge",
    "alter",
    "idade",
    "età",
  ],
  beforeAge: [
    "under",
    "over",
    "menores de",
    "mayores de",
    "menos de",
    "más de",
    "moins de",
    "plus de",
    "unter",
    "über",
  ],
  persons: [
    "persons",
    "people",
    "personas",
    "personnes",
    "personen",
    "pessoas",
    "persone",
    "número de",
    "numero de",
    "number of people",
    "number of persons",
    "jobseekers",
    "unemployed",
    "parados",
  ],
  totals: ["total", "totales", "totale", "totaal", "gesamt", "insgesamt", "sum", "summe", "i alt", "totalt"],
  totalOf: ["general", "nacional", "national"],
};

/**
 * Money paid out, besides a cost (`Price`, `Expenses`, `Spent`, `Outlay`): beside a payment method, a
 * spending log's, no money received (a reviewer's repro: a purchase-card log's `Cost` hinted as gifts).
 */
export const SPENDING_WORDS: readonly string[] = [
  "price",
  "expense",
  "expenses",
  "expenditure",
  "expenditures",
  "spend",
  "spent",
  "spending",
  "outlay",
  "purchase",
  "purchases",
];

/**
 * Money asked for (`Funding Request`, `Amount requested`, `Amount applied for`; Norwegian `søkt`, also
 * typed `sokt`: Norway's grants, `søkt beløp` beside `tildelt beløp`): no commitment until awarded (a
 * helper's round, real: USDOT's TIGER applications, `Funding Request` offered as Committed).
 */
export const REQUEST_WORDS: readonly string[] = [
  "request",
  "requested",
  "requests",
  "asked",
  "applied",
  "søkt",
  "sokt",
  // Dutch (`BEDRAG_AANGEVRAAGD`, a subsidy register's amount applied for: corpus round gn D3).
  "aangevraagd",
  // Czech, as it declines (`Celková požadovaná dotace`, the grant asked for: corpus round io).
  "požadovaná",
  "požadované",
  "požadovaný",
  "požadovaných",
];

/**
 * Money given toward something (`Operating expenses grant`, `Total assets funded`: a reviewer's repro):
 * a header with one of these says money given, never an organisation's own finances.
 */
export const GIVEN_TOWARD_WORDS: readonly string[] = [
  "grant",
  "grants",
  "award",
  "awards",
  "funded",
  "funding",
  "subsidy",
  "subsidies",
  "contribution",
  "contributions",
];

/**
 * What an organisation spends in a year or owns (`Annual Operating Budget`, `Organization's revenue`,
 * `Net assets`: a helper's round, real, Philadelphia's violence-prevention nonprofits'
 * `Annual_Operating_Budget`): its own finances, no money committed to a partnership. Whose they are,
 * then what, words apart by spaces (or underscores, read as spaces).
 */
export const ORGANISATION_FINANCES: {
  /** Whose or which finances, first (`Annual`, `Operating`, `Organisational`). */
  readonly whose: readonly string[];
  /** A word that may stand between (`Annual Operating Budget`). */
  readonly between: readonly string[];
  /** The finances. */
  readonly finances: readonly string[];
  /** What it owns, said whole. */
  readonly holdings: readonly string[];
} = {
  whose: [
    "annual",
    "operating",
    "organisation",
    "organization",
    "organisational",
    "organizational",
    "organisation's",
    "organization's",
  ],
  between: ["operating"],
  finances: ["budget", "revenue", "revenues", "income", "expenses"],
  // (The IRS's exempt organisations file heads them `ASSET_AMT`, `INCOME_AMT`, `REVENUE_AMT`.)
  holdings: ["net assets", "total assets", "asset amt", "income amt", "revenue amt"],
};

/**
 * The beneficiary's own share of a project's cost (`Self-financing by the Beneficiary`, `Own
 * contribution`, `Match`, German `Eigenanteil`, Spanish `cofinanciación`, French `autofinancement`):
 * beside a `Total` and a grant, the total is the project's whole cost, grant and own share together, and
 * the grant is what the funder committed (corpus round jo D5, real: Bulgaria's EU-funds beneficiaries,
 * `Total` summed as Committed beside `Grant`, BGN 2.78bn for 2.41bn). Whole words or phrases, case aside,
 * a phrase's words apart by a space, `-` or `_`, or none (`selffinancing`).
 */
export const OWN_SHARE_WORDS: readonly string[] = [
  "self financing",
  "self financed",
  "self funding",
  "co financing",
  "co funding",
  "own contribution",
  "own contributions",
  "own funds",
  "own share",
  "own resources",
  "match",
  "match amount",
  "matching funds",
  "eigenanteil",
  "eigenmittel",
  "eigenleistung",
  "cofinanciación",
  "cofinanciacion",
  "autofinanciación",
  "autofinanciacion",
  "aportación propia",
  "aportacion propia",
  "fondos propios",
  "autofinancement",
  "cofinancement",
  "apport propre",
  "fonds propres",
  "cofinanziamento",
  "quota propria",
  "contrapartida",
];

/**
 * Currencies' names as a sheet's header or title writes them, each a whole word (case aside), by its
 * code: `Amount (Rand)`, `Valor em reais` — South Africa's and Brazil's money, printed as dollars
 * where no `R` or `R$` was written (corpus round fk, real: the National Lottery's grants, Minas
 * Gerais' partnership register); the euro and the pound. Read in brackets or after `in` (`Amount in
 * Rands`: the header matcher reads past either). Not the rand's `R` alone (a Total row's or a register's
 * letter as often), nor `real` (`Real terms`).
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  rand: "ZAR",
  rands: "ZAR",
  reais: "BRL",
  // And as English headers write them after `in` (`Amount in euros`, `Amount in pounds`: a helper's
  // brief, exit 3 where `Amount (Rand)` mapped; `Amount (pounds)` printed as dollars). Not `pound` or
  // `sterling` alone, names of places and firms as often (Sterling, Virginia; Pound Ridge) in a title.
  euro: "EUR",
  euros: "EUR",
  pounds: "GBP",
  "pound sterling": "GBP",
  "pounds sterling": "GBP",
  // The dollars of a country, by name (`Amount in US dollars`, `Grant (Canadian dollars)`, `Montant en
  // dollars canadiens`: a helper's brief, no column after `in`, and Canada's dollars printed as `$`, as
  // if US): a currency said, not the dollar by default. (`dollars` alone is DOLLAR_NAMES'.)
  "us dollar": "USD",
  "us dollars": "USD",
  "u.s. dollars": "USD",
  "dollars américains": "USD",
  "canadian dollar": "CAD",
  "canadian dollars": "CAD",
  "dollar canadien": "CAD",
  "dollars canadiens": "CAD",
  // As an aid export's currency column writes them, each cell a name (a helper's round, real: an IATI
  // transactions export, `Pound Sterling` and `US Dollar` added together as dollars); a header naming
  // one says it too (`Grant (Swiss franc)`). Names of two words, never a place's or a firm's.
  "british pound": "GBP",
  "british pounds": "GBP",
  "united states dollar": "USD",
  "united states dollars": "USD",
  "australian dollar": "AUD",
  "australian dollars": "AUD",
  "new zealand dollar": "NZD",
  "new zealand dollars": "NZD",
  "swiss franc": "CHF",
  "swiss francs": "CHF",
  "japanese yen": "JPY",
  "korean won": "KRW",
  "south korean won": "KRW",
  "swedish krona": "SEK",
  "norwegian krone": "NOK",
  "danish krone": "DKK",
  "indian rupee": "INR",
  "south african rand": "ZAR",
  // The lev, as a Bulgarian list's note names it in English (corpus round jo D1, real: Bulgaria's EU-funds
  // beneficiaries, "All amounts are in Bulgarian lev (BGN)", 2.78bn leva printed as dollars).
  "bulgarian lev": "BGN",
  "bulgarian leva": "BGN",
  // Currencies named by their plural in an English header (`Amount (leva)`, `Grant in roubles`: a helper's
  // round, both printed as dollars), each one country's money. Not `lev` (a name), nor `kroner` (Norway's
  // or Denmark's) or `lei` (a garland as often).
  leva: "BGN",
  roubles: "RUB",
  rubles: "RUB",
  hryvnias: "UAH",
  hryvnia: "UAH",
  zloty: "PLN",
  złoty: "PLN",
  zlotys: "PLN",
  forints: "HUF",
  kronor: "SEK",
  yuan: "CNY",
  renminbi: "CNY",
};

/**
 * Currencies' names a currency column's cell may be whole, but a header or title never says as one:
 * `Sterling` (Sterling, Virginia), `Won` (grants won), `Yen` (read in a header by its own pattern, with
 * 円). With CURRENCY_NAMES, the names typedCells reads in a currency column (the IATI export's `Won`, its
 * only three-letter value, was taken for every row's code: "WON 6.7bn").
 */
export const CURRENCY_CELL_NAMES: Readonly<Record<string, string>> = {
  ...CURRENCY_NAMES,
  sterling: "GBP",
  yen: "JPY",
  won: "KRW",
};

/**
 * Words a header writes before a currency's name at its end, in the languages sheets come in (`Amount in
 * euros`, `Betrag in Euro`, `Importo in euro`, `Montant en euros`, `Importe en euros`, `Valor em
 * reais`): the header matcher reads past them and the name, as past a currency in brackets (a helper's
 * brief: only English `in` was read, `Montant en euros` no amount).
 */
export const BEFORE_CURRENCY_NAME: readonly string[] = ["in", "en", "em"];

/**
 * The nouns a note under a table says all its amounts by (`All amounts are in Bulgarian lev (BGN)`,
 * `Figures in £000`, `Tous les montants sont en euros`, `Alle Beträge in Euro`): a note so worded names
 * the amounts' currency (notedCurrency), before BEFORE_CURRENCY_NAME's word. Plurals: a note speaks of
 * them all (corpus round jo D1, real: Bulgaria's EU-funds beneficiaries, leva printed as dollars).
 */
export const AMOUNTS_NOTE_NOUNS: readonly string[] = [
  "amounts",
  "figures",
  "values",
  "sums",
  "montants",
  "beträge",
  "importes",
  "importi",
  "valores",
];

/**
 * Countries a sheet's title may name whose money is no dollar (`National Lottery Commission — grants
 * paid, South Africa`): amounts naming no currency under such a title are shown without a sign — the
 * country says they are no dollars, not which money they are in (a funder abroad pays in its own).
 * Whole words, case aside.
 */
export const COUNTRIES_WITHOUT_DOLLARS: readonly string[] = [
  "South Africa",
  "Suid-Afrika",
  "Brasil",
  "Brazil",
  "Italia",
  "Italy",
  "Portugal",
  "Moçambique",
  "Mozambique",
  "Angola",
  "Kenya",
  "Nigeria",
  "Ghana",
  "India",
  "United Kingdom",
  "España",
  "Spain",
  "France",
  "Deutschland",
  "Germany",
];

/**
 * The dollar by name, whole words, case aside: a title saying it (`Grants to partners in India (US
 * dollars)`) says its amounts are dollars, whatever country it names (COUNTRIES_WITHOUT_DOLLARS: a US
 * funder's grants abroad are in its own money).
 */
export const DOLLAR_NAMES: readonly string[] = ["dollar", "dollars"];

/**
 * Scripts whose countries pay in no US dollar, by Unicode's name for the script and the name a note
 * gives it: amounts naming no currency on a sheet whose text is written in one (`Республика Алтай`)
 * are shown without a sign — the script says they are no dollars, not which money they are in (corpus
 * round io D8, real: Russia's regions' subsidies, 3.3bn roubles printed as "$3,300,000,000"). Latin is
 * none of them: it is the US's own, as Canada's syllabics and Cherokee are the US's and Canada's. (Hong
 * Kong's and Taiwan's dollars are no US dollars either: `$` here is the US's.)
 */
export const SCRIPTS_WITHOUT_DOLLARS: readonly { readonly script: string; readonly name: string }[] = [
  { script: "Cyrillic", name: "Cyrillic" },
  { script: "Greek", name: "Greek" },
  { script: "Armenian", name: "Armenian" },
  { script: "Georgian", name: "Georgian" },
  { script: "Arabic", name: "Arabic script" },
  { script: "Hebrew", name: "Hebrew" },
  { script: "Devanagari", name: "Devanagari" },
  { script: "Bengali", name: "Bengali" },
  { script: "Gurmukhi", name: "Gurmukhi" },
  { script: "Gujarati", name: "Gujarati" },
  { script: "Tamil", name: "Tamil" },
  { script: "Telugu", name: "Telugu" },
  { script: "Kannada", name: "Kannada" },
  { script: "Malayalam", name: "Malayalam" },
  { script: "Sinhala", name: "Sinhala" },
  { script: "Thai", name: "Thai" },
  { script: "Lao", name: "Lao" },
  { script: "Khmer", name: "Khmer" },
  { script: "Myanmar", name: "Burmese" },
  { script: "Ethiopic", name: "Ethiopic" },
  { script: "Han", name: "Chinese characters" },
  { script: "Hiragana", name: "Japanese kana" },
  { script: "Katakana", name: "Japanese kana" },
  { script: "Hangul", name: "Hangul" },
];
