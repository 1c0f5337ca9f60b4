/**
 * Words users write in headers and cells that are no one column's synonyms: what says money, a payment
 * method, a name, a seat on a board. Written here once, in the languages of the sheets users keep; the
 * core builds what reads them (a set, a pattern) once, from these lists.
 */

/**
 * Words a header says an amount of money in, read anywhere in it, case aside (`Total_Obligated`,
 * `Gesamtzuwendung`, `montant versé`): stems, so `fund` reads `Funding` and `salar` `Salaries`. Each
 * check that asks whether a header says money reads the groups it needs: one asking whether a header
 * heads amounts (beside a payment method) reads the amount words; one asking whether it says money (the
 * figures named first) the amount words, money's own words and currencies; one asking whether a
 * measure's header says money too (`Staff costs`) only the words a measure never has.
 */
export const MONEY_WORDS: {
  /** An amount, said of money alone. */
  readonly amount: readonly string[];
  /** An amount, said of measures too (`Total emissions`, `Sum of points`, `Value score`). */
  readonly amountOrMeasure: readonly string[];
  /**
   * An amount, in the other languages of users' sheets (German `Summe` is read by `sum`); Ukrainian and
   * Russian `Сума`, `Сумма` (a Ukrainian NGO's donations).
   */
  readonly amountElsewhere: readonly string[];
  /** Money granted, budgeted, paid or spent. */
  readonly money: readonly string[];
  /**
   * More words for money, read only where a header is asked whether it says money: a subsidy (French
   * `subvention`, Czech `dotace`), German `Zuwendung` (a grant: Hamburg's `Gesamtzuwendung`) and `Wert` (value: its
   * sponsoring's `Wert (Euro)`).
   */
  readonly moneyMore: readonly string[];
  /** A person's pay (`Salary`, `Wages`). */
  readonly pay: readonly string[];
  /** The same, ending a word (`Pay`, `Back pay`; not `Payee`). */
  readonly payWordEnd: readonly string[];
  /** Currency signs. */
  readonly signs: readonly string[];
  /** Currency codes, as whole words (`Amount EUR`). */
  readonly codes: readonly string[];
  /** More of them, read only where a header is asked whether it says money (`Grant CAD`, `Betrag CHF`). */
  readonly moreCodes: readonly string[];
} = {
  amount: ["amount"],
  amountOrMeasure: ["sum", "total", "value"],
  amountElsewhere: ["betrag", "montant", "importe", "importo", "monto", "valor", "bedrag", "сума", "сумма"],
  money: ["budget", "cost", "fund", "grant", "award", "paid", "spent", "price"],
  // (French `subvention`: the State's `Total des subventions`, corpus round fj.)
  // (Czech `dotace`, a subsidy: a regional fund's `Proplacená dotace (Kč)`, corpus round io.)
  moneyMore: ["subsid", "subvention", "zuwendung", "wert", "dotac"],
  pay: ["salar", "wage"],
  payWordEnd: ["pay"],
  signs: ["$", "£", "€"],
  codes: ["eur", "usd", "gbp"],
  moreCodes: ["cad", "aud", "chf"],
};

/**
 * Nouns that end a header wrapped in its cell, beside money's (`FY26 Baseline⏎FTE`: a count of staff, read
 * by its first line as the metric's Baseline — the corpus's Detroit budget workbook). The lines above such a
 * last line are its words, not a column of their own (headerMatch: wrappedBeforeItsNoun).
 */
export const WRAPPED_HEAD_NOUNS: readonly string[] = ["fte", "headcount", "positions"];

/**
 * What an e-file's field names end in, saying what the field holds, and how it reads spelt out: the IRS's
 * Form 990 names its fields so (`PersonNm` a person's name, `TitleTxt` a title as text,
 * `BusinessNameLine1Txt`), as CSV exports of it keep them (corpus round fm, real: Part VII's officers and
 * directors). Read only after a small letter or a digit, case and all (`Nm` alone is no field name).
 * (`Amt`, an amount, is read wherever it stands: headerMatch's AMT.)
 */
export const FIELD_NAME_ENDINGS: Readonly<Record<string, string>> = { Nm: "Name", Txt: "" };

/**
 * A payment method's header (`Payment method`, `Paid via`, `Zahlungsart`, `Спосіб оплати`): how money
 * came in (PayPal, Zelle, Fedwire), which a register of things does not say. Read among a header's
 * words, case aside, its words apart by spaces or underscores; `payment`'s joined too, and one or many
 * (`PaymentType`, `payment_channels`).
 */
export const PAYMENT_METHOD_HEADERS: { readonly payment: readonly string[]; readonly phrases: readonly string[] } = {
  payment: ["Payment method", "Payment type", "Payment mode", "Payment channel", "Payment platform"],
  phrases: [
    "Method of payment",
    "Paid via",
    "Paid by",
    "Paid with",
    "Zahlungsart",
    "Zahlungsweise",
    "Zahlungsmittel",
    "Mode de paiement",
    "Moyen de paiement",
    "Forma de pago",
    "Método de pago",
    "Metodo de pago",
    "Medio de pago",
    "Forma de pagamento",
    "Betaalwijze",
    "Betaalmethode",
    // Ukrainian and Russian, and the two mixed as they are typed.
    "Спосіб оплати",
    "Способ оплаты",
    "Спосіб оплаты",
    "Способ оплати",
  ],
};

/**
 * `Name` in the languages of users' sheets: English, Spanish, French, Italian and Portuguese, Norwegian
 * and Danish, Dutch, Swedish. Alone, a header says nothing of whether its rows are people or
 * organisations (Leadership reads it as its Name; a website or an amount beside it says organisations);
 * ending a header (`donor_name`, `organisasjon_navn`), it says its column holds names.
 */
export const NAME_WORDS: readonly string[] = ["Name", "Nombre", "Nom", "Nome", "Navn", "Naam", "Namn"];
/**
 * Words a name of one organisation's unit begins with — a police station, a school, a branch — as a
 * register keeps many units under their authority's one number (a helper's brief, real: Ceará's
 * agreements register, one CNPJ on 230 names, `DELEGACIA DE POLÍCIA CIVIL …`, `1ª DELEGACIA …`; French
 * SIREN registers, one département's `Collège …`). Single words, any case, accents aside; read after a
 * number (`1ª`, `2e`), and in the name column's header (`Delegacia`, `Escolas`, `School name`).
 */
export const UNIT_WORDS: readonly string[] = [
  // Portuguese
  "Delegacia",
  "Escola",
  "Colégio",
  "Creche",
  "Unidade",
  "Agência",
  "Batalhão",
  "Penitenciária",
  "Presídio",
  "Campus",
  // Spanish
  "Escuela",
  "Comisaría",
  "Sucursal",
  "Unidad",
  "Liceo",
  // French
  "Collège",
  "École",
  "Lycée",
  "Commissariat",
  "Gendarmerie",
  "Établissement",
  "Agence",
  // Italian
  "Scuola",
  "Questura",
  "Commissariato",
  // German, Dutch
  "Schule",
  "Grundschule",
  "Polizeiinspektion",
  "Filiale",
  "Vestiging",
  "Basisschool",
  // English
  "School",
  "Precinct",
  "Branch",
  "Unit",
];
/** NAME_WORDS' plurals, read alone as they are (`Names`). */
export const NAME_PLURALS: readonly string[] = ["Names"];

/**
 * "No data" as a short code, read as a placeholder only where a figure or a date goes (a number or date
 * column), never in a column of words: `SD` is Spanish and Portuguese *sin dato* / *sem dados* in a
 * baseline or an amount (corpus round fm, real: Tenjo's development plan, `SD` in its baselines on 7 rows
 * "values that are no numbers"), and South Dakota in a state's column. (`S.D`, `S/D` are placeholders
 * everywhere: no place is so written.) Lower-case.
 */
export const NO_FIGURE_WORDS: readonly string[] = ["sd"];

/**
 * The US states' and territories' two-letter postal codes, upper-case. A column most of whose cells are
 * such codes holds states, and there a code that is also a placeholder's word is the state: `ND` is
 * North Dakota, not "not disclosed"; `NC` North Carolina, not *non communiqué* (a helper's brief: a
 * grants ledger's State column, its North Dakota and North Carolina rows read as no place, the summary's
 * places missing them). Elsewhere — a name, an amount, a French commune — they stay placeholders.
 */
export const US_STATE_CODES: readonly string[] = (
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND " +
  "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY " +
  // The District and the territories.
  "DC PR GU VI AS MP"
).split(" ");

/**
 * A name or value not given, written as `N/D` and its spellings: "not disclosed" in the UK's
 * organograms (a UK organogram's post whose holder is not disclosed, real: HM Treasury's and the MoD's;
 * DCMS writes it `ND`, 84 times in one file), "não disponível" / "no disponible" (not available) in
 * Portuguese and Spanish sheets, and those words written out, in English too (`Not available`, `Not
 * known`: helpers' briefs). Lower-case. A
 * placeholder, never a name: in a roster's Name column a post with no name given (a warning, not
 * "every row needs one"); in a payee's column someone not named, as `Withheld` is (the core's isWithheld).
 * Each reading said true of both meanings: which one a sheet means, its words alone do not tell.
 */
export const NOT_GIVEN_WORDS: readonly string[] = [
  "n/d",
  "nd",
  "n.d.",
  "n.d",
  "não disponível",
  "nao disponivel",
  "não disponivel",
  "no disponible",
  // As English writes the same (a helper's brief: `Unavailable` gave the warning, `Not available` was
  // "a required value missing"): not available, not known.
  "not available",
  "not known",
];

/**
 * The word for a name heading a surname beside that language's word for a given name — `Naam` beside
 * `Voornaam`, `Nom` beside `Prénom`, `Name` beside `Vorname`, as Dutch, French and German lists head a
 * person's two names (a helper's round, real: a Flemish stakeholder list, Ann and Paul Verbeeck told
 * "two people of one name?"). Read whole, as headers are compared (case and accents aside).
 */
export const FAMILY_NAME_BESIDE_GIVEN: Readonly<Record<string, string>> = {
  Naam: "Voornaam",
  Nom: "Prénom",
  Name: "Vorname",
};

/**
 * `Sponsor` alone, as a sponsorship list heads its sponsors (a helper's round, real: a public
 * broadcaster's sponsors; Saudi sport sponsorships' `Sponsor name (parent entity)`, its remark in
 * brackets aside): read whole, as headers are compared. `Direct Sponsor`: the funder paying an award,
 * as universities' sponsored-research exports head it (corpus round hn, real: a department's grants,
 * `Direct Sponsor` beside `Amount*`, exit 3 and "name a Partner column").
 */
export const SPONSOR_HEADERS: readonly string[] = ["Sponsor", "Sponsors", "Sponsor name", "Direct Sponsor"];

/**
 * The seat whose holder sponsors a line's money, as a header names it (`council_member`, `Sponsor`,
 * `Alderman`: a helper's round, real, New York City Council's transparency resolution): read anywhere
 * in a header, case aside.
 */
export const SPONSOR_SEATS: {
  readonly seats: readonly string[];
  /** The same, ending a word (`MP`, `council_mp`; not `MPs`). */
  readonly wordEnd: readonly string[];
} = {
  seats: [
    "member",
    "councilor",
    "councillor",
    "alderman",
    "alderperson",
    "alderwoman",
    "sponsor",
    "legislator",
    "senator",
    "representative",
    "commissioner",
    "supervisor",
  ],
  wordEnd: ["mp"],
};

/**
 * The small words of people's names (`van`, `de la`, `bin`), in lower case: a word in lower case that is
 * none of them (`Shelters for urban wildlife`) names a thing, not a person.
 */
export const NAME_PARTICLES: readonly string[] = [
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "la",
  "le",
  "da",
  "di",
  "do",
  "dos",
  "das",
  "du",
  "bin",
  "binti",
  "al",
  "el",
  "y",
  "e",
  "ter",
  "ten",
  "zu",
  "st.",
];

/**
 * A seat's role on a board or committee, as a roster's title says it (`Chair`, `Vice Chairman`, `Member`,
 * `Ex Officio`; a Nordic board's `Styrelseledamot`, `ordförande`, `styremedlem`), or two joined
 * (`Styrelseledamot och ordförande`, member and chair): no job. Read whole, case aside.
 */
export const BOARD_SEATS: {
  /** The body a seat may be said on, before it (`Board member`, `Committee chair`). */
  readonly bodies: readonly string[];
  /** A deputy's word before a seat, joined, hyphened or apart (`Vice chair`, `Co-chair`, `Deputy chair`). */
  readonly deputies: readonly string[];
  /** The seats. */
  readonly seats: readonly string[];
  /** Words joining two seats, as `,` and `&` do (`Member and treasurer`, `ledamot och ordförande`). */
  readonly joiners: readonly string[];
} = {
  bodies: ["board", "committee", "council", "commission"],
  deputies: ["vice", "co", "deputy"],
  seats: [
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "member",
    "secretary",
    "treasurer",
    "president",
    "ex officio",
    "ex-officio",
    "ranking member",
    "alternate",
    "trustee",
    "commissioner",
    // Swedish (a helper's round, real: Sweden's foundation boards, a member listed again as member
    // and chair of the same board).
    "ledamot",
    "styrelseledamot",
    "suppleant",
    "styrelsesuppleant",
    "ordförande",
    "sekreterare",
    "kassör",
    // Norwegian, and Danish (`medlem` is both).
    "styremedlem",
    "styreleder",
    "varamedlem",
    "nestleder",
    "medlem",
    "bestyrelsesmedlem",
    "formand",
    "næstformand",
  ],
  joiners: ["and", "och", "og", "und"],
};

/**
 * An organisation's legal form, as a name ends with it (`Lakeside Employment Solutions Corporation`,
 * `FOUR GUMTREE ROAD PTY LTD`, `(Indigenous Corporation)`) or says it after a comma (`Harbor Youth Fund,
 * Inc.`, `ACME BUILDERS, LLP`): part of the name, the same organisation without it — no other row's name,
 * no given name after a surname, and a name ending with one is a company's. Read case aside; a dot
 * ending one may be left off (`Inc`, `L.L.C`), a space after a dot within may be written (`e. V.`), and a
 * form of two words written with a dot between them or as one (`Pty. Ltd`, `PTYLTD`).
 */
export const LEGAL_FORMS: {
  /** The forms, in English, German and Dutch, and Australia's `Pty`. */
  readonly forms: readonly string[];
  /**
   * Forms that end names as something else as often — a US state's code (`Denver, CO`, `Erie PA`), a
   * computer (`Gaming PC`): read where a name's form is compared or said after a comma, not where its end
   * alone must say the name is a company's.
   */
  readonly alsoOther: readonly string[];
} = {
  forms: [
    "Inc",
    "Incorporated",
    "Corp",
    "Corporation",
    "Company",
    "Ltd",
    "Limited",
    "LLC",
    "L.L.C.",
    "LLP",
    "PLC",
    // Maryland's minority-business register (a helper's round, real: `ACME BUILDERS, LLP`): a limited
    // partnership and a professional LLC.
    "LP",
    "PLLC",
    // Supply Nation's business directory (a helper's round, real: `FOUR GUMTREE ROAD PTY LTD`), and
    // co-operatives (`… Co-op`, `Cooperative`).
    "Pty",
    "Pty Ltd",
    "Co-op",
    "Coop",
    "Co-operative",
    "Cooperative",
    // German: a company, a non-profit one and a registered association (Berlin's grants ledger:
    // `Werkstatt Probestadt gGmbH`, `Nachbarschaftshaus Testweg e. V.`).
    "GmbH",
    "gGmbH",
    "e.V.",
    // Dutch: a private and a public company (corpus round hn, real: Amsterdam's subsidy register,
    // `A Real Community B.V.`, `529 Events BV`). Not `NV`: Nevada's code.
    "B.V.",
    "BV",
    "N.V.",
  ],
  // A company (`… & Co.`); Maryland's register's professional corporation and association (`…, PC`,
  // `…, PA`).
  alsoOther: ["Co", "PC", "PA"],
};

/**
 * The words of a legal form written out in Russian and Ukrainian (`ОБЩЕСТВО С ОГРАНИЧЕННОЙ
 * ОТВЕТСТВЕННОСТЬЮ`, `ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО`, `ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ`,
 * `ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ`), case aside: written before the quoted name it is the
 * form of, so a line of a name cell made of them alone is no name of its own but the start of the one
 * on the next line (corpus round gn, real: Moscow's subsidy register, `ЗАКРЫТОЕ АКЦИОНЕРНОЕ⏎ОБЩЕСТВО⏎
 * «ИННОВАЦИОННЫЙ …»` said to "list several names").
 */
export const LEGAL_FORM_WORDS_WRITTEN_OUT: readonly string[] = [
  // Russian: companies, partnerships, state and municipal bodies, non-profits.
  "общество",
  "с",
  "ограниченной",
  "ответственностью",
  "акционерное",
  "закрытое",
  "открытое",
  "публичное",
  "непубличное",
  "товарищество",
  "партнерство",
  "партнёрство",
  "некоммерческое",
  "некоммерческая",
  "автономная",
  "автономное",
  "организация",
  "общественная",
  "региональная",
  "межрегиональная",
  "государственное",
  "муниципальное",
  "унитарное",
  "казенное",
  "казённое",
  "бюджетное",
  "учреждение",
  "предприятие",
  "федеральное",
  "фонд",
  "благотворительный",
  // Ukrainian.
  "товариство",
  "з",
  "обмеженою",
  "відповідальністю",
  "акціонерне",
  "приватне",
  "громадська",
  "організація",
  "благодійний",
  "державне",
  "комунальне",
  "підприємство",
  "установа",
];

/**
 * An organisation's marks in a name written in Japanese (or Chinese, Korean) script, where no space sets a
 * legal form apart and it may stand first (`株式会社百十四銀行`, `四国電力株式会社`): a company's form, a
 * corporation's (`…法人`: a university's, a foundation's, an NPO's), an association, a bank, a
 * university, anywhere in the name (`within`); a city, town or village, a prefecture, an office, a school,
 * ending it (`ending`: `高松市`, not the 町 inside `高松丸亀町商店街振興組合`). Read where no header names the
 * Partner, to offer the one column whose values they mark (corpus round fj, real: Takamatsu's smart-city
 * consortium, `groupName` over 159 member organisations, told to map "<your header>").
 */
export const ORGANISATION_MARKS: { readonly within: readonly string[]; readonly ending: readonly string[] } = {
  within: [
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "(株)",
    "（株）",
    "㈱",
    "㈲",
    "法人",
    "組合",
    "協会",
    "協議会",
    "財団",
    "大学",
    "銀行",
    "有限公司",
    "公司",
    // Taiwan's and China's associations, foundations, societies, guilds and unions, in traditional and
    // simplified characters (corpus round qa D-qa3, real: Taipei City's register of civic groups,
    // `臺北市…協會`, `…基金會`, `…同業公會`, its names not offered as the Partner).
    "協會",
    "协会",
    "基金會",
    "基金会",
    "學會",
    "学会",
    "公會",
    "工會",
    "工会",
    "商會",
    "商会",
    "聯合會",
    "联合会",
    "促進會",
    "促进会",
    "주식회사",
    "(주)",
  ],
  ending: ["市", "町", "村", "区", "県", "府", "庁", "役所", "役場", "学園", "学校", "研究所", "病院"],
};

/**
 * Words a header over dates says it in (`applicationDate`, `date_joined`, German `Datum`, Spanish `Fecha`,
 * Portuguese `Data`, Russian `Дата`; Japanese `申請日`, `加入年月日` ending in 日, Chinese `成立日期`): beside the
 * one column of organisations' names offered as the Partner, the one such column over dates is offered as
 * the Start date; and no such column is offered as money (figureColumns, where words in CJK script stand
 * unspaced and NO_AMOUNT_HEADER's whole words miss them).
 */
export const DATE_HEADER_WORDS: { readonly words: readonly string[]; readonly ending: readonly string[] } = {
  words: ["date", "datum", "fecha", "data", "дата"],
  // Chinese `日期` ("date": `成立日期`, a civic group's founding date — corpus round qa D-qa4, real: Taipei
  // City's register of civic groups, told its figures were in "成立日期", to map as Committed).
  ending: ["日", "日付", "日期"],
};

/**
 * A recipient column's words when its rows are programmes, not partners: kinds of body that may receive
 * each (`States/DC`, `Local governments`, `federally recognized Tribes`, `Institutions of higher
 * education`), not organisations (`City Harvest Inc.`, `Chicago Public Schools`). Read as words, case
 * aside (a real programme list: Chicago's IIJA programmes, "States/DC" on 10 of 28).
 */
export const KINDS_OF_BODY: {
  /** Plural words for a kind of body (`States`, `Tribes`, `Nonprofits`, `Individuals`). */
  readonly kinds: readonly string[];
  /**
   * Words a kind is qualified by, capitalised in a title-case kind (`Local Governments`, `Public
   * Housing Agencies`): any other capitalised word before a kind's word is a name (`Chicago Public
   * Schools`, `Catholic Charities`).
   */
  readonly qualifiers: readonly string[];
} = {
  kinds: [
    "states",
    "territories",
    "tribes",
    "localities",
    "locals",
    "governments",
    "municipalities",
    "counties",
    "cities",
    "towns",
    "townships",
    "villages",
    "districts",
    "authorities",
    "agencies",
    "nonprofits",
    "non-profits",
    "charities",
    "foundations",
    "individuals",
    "persons",
    "households",
    "families",
    "residents",
    "students",
    "institutions",
    "universities",
    "colleges",
    "schools",
    "hospitals",
    "airports",
    "ports",
    "utilities",
    "providers",
    "operators",
    "recipients",
    "grantees",
    "applicants",
    "entities",
    "organizations",
    "organisations",
    "businesses",
    "employers",
    "partnerships",
    "consortia",
    "coalitions",
    "combinations",
    "groups",
    "owners",
    "ngos",
    "cbos",
    "mpos",
    // Groups of people a service is for (`Homeless People`, `Low-income Seniors`, `At-risk Children`).
    // Not `youth`: `Youth Villages` is a charity.
    "people",
    "veterans",
    "seniors",
    "children",
    "refugees",
  ],
  qualifiers: [
    "local",
    "state",
    "federal",
    "federally",
    "recognized",
    "recognised",
    "public",
    "private",
    "tribal",
    "regional",
    "metropolitan",
    "planning",
    "special",
    "higher",
    "education",
    "educational",
    "community",
    "rural",
    "urban",
    "small",
    "eligible",
    "qualified",
    "selected",
    "certain",
    "other",
    "all",
    "nonprofit",
    "non-profit",
    "housing",
    "health",
    "school",
    "transit",
    "transportation",
    // What a group of people a service is for is (`Homeless Families`, `Low-income Households`): no
    // name's word, so `Homeless Families` is a kind and `Homeless Families Foundation` an organisation.
    "homeless",
    "low-income",
    "vulnerable",
    "disadvantaged",
    "displaced",
    "elderly",
    "older",
    "young",
    "unemployed",
    "disabled",
    "at-risk",
  ],
};

/**
 * Words only an organisation's own name has besides its legal form (LEGAL_FORMS): what it is constituted
 * as (`Foundation`, `Trust`), read as whole words, case aside. A kind of body says them in the plural
 * (`Foundations`, `Trusts`).
 */
export const CONSTITUTED_AS: readonly string[] = [
  "foundation",
  "trust",
  "association",
  "society",
  "institute",
  // Dutch: a foundation, an association and a co-operative (corpus round hn, real: Amsterdam's subsidy
  // register, `Stichting …`, `Vereniging …`, `… Coöperatie UA`).
  "stichting",
  "vereniging",
  "coöperatie",
  "cooperatie",
];

/**
 * Headers that say a sheet's rows are projects, where no tab's column is named: a project's or a
 * capital budget line's (`Project Type`, `Budget Line`), and, ending one of them, the word that it heads
 * their titles (`Budget Line Title`, `Project Description`) — the projects' names, an Initiative (a real
 * capital budget: NYC's budget lines by agency, fiscal-year amounts, hinted as Partners).
 */
export const PROJECT_HEADERS: { readonly projects: readonly string[]; readonly titles: readonly string[] } = {
  projects: ["Project", "Budget line", "Capital project", "Scheme"],
  titles: ["Title", "Name", "Description"],
};

/**
 * Words naming a funding programme in its name (`Community Care Training Grant`, `Harmony Fund`, `Senior
 * Management Associate Scheme`, `Home Access Programme`, `Community Silver Trust`): under a bare `Name`,
 * names most of which hold one are programmes', not people's — a person may be named Grant, not most of
 * a list (corpus round qa D-qa5, real: Singapore's directory of grants for social causes, `Name | agency |
 * description | link`, read as a Leadership roster of 95 people, "no issues"). Whole words, case aside.
 */
export const PROGRAMME_NAME_WORDS: readonly string[] = [
  "fund",
  "funds",
  "funding",
  "grant",
  "grants",
  "scheme",
  "schemes",
  "programme",
  "programmes",
  "program",
  "programs",
  "initiative",
  "project",
  "projects",
  "award",
  "awards",
  "prize",
  "fellowship",
  "scholarship",
  "scholarships",
  "bursary",
  "bursaries",
  "subsidy",
  "subsidies",
  "trust",
  "voucher",
  "vouchers",
];

/**
 * Words a header names an organisation by as an entity, the body each row is of (Flemish `entiteit`):
 * its column, holding names, is offered as the Partner where no header names one (a helper's round, real:
 * a Flemish investment plan, `entiteit` beside Dutch words, hinted `--map "<your header>=Partner"`).
 * Whole words, lower-case.
 */
export const ENTITY_HEADER_WORDS: readonly string[] = ["entity", "entities", "entiteit", "entiteiten"];

/**
 * Words a header says its rows are projects, programmes or initiatives in — the Foundation tab's
 * initiatives, never partners — and the words beside them that say the column holds their names
 * (`Project name`, `Programme title`; Czech `Název projektu`, "the project's name"). A column headed by
 * these alone is no Partner column to offer (corpus round io, real: a data company's portfolio, `Projects`
 * offered as Partner and 167 projects counted as partners; a Czech regional fund's approved requests, whose
 * one column of names is `Název projektu`). Whole words, case aside, or the two run together (`projname`);
 * Czech in its declined forms.
 */
export const INITIATIVE_HEADER_WORDS: { readonly initiatives: readonly string[]; readonly names: readonly string[] } = {
  initiatives: [
    "project",
    "projects",
    // Its abbreviation, where a database shortens its column names (`projname`: real, Colorado DOLA's
    // grants). Safe: a header says projects only where its every word is theirs (`proj_id` does not).
    "proj",
    "programme",
    "programmes",
    "program",
    "programs",
    "initiative",
    "initiatives",
    "scheme",
    "schemes",
    "projet",
    "projets",
    "proyecto",
    "proyectos",
    "progetto",
    "progetti",
    "projeto",
    "projetos",
    "projekt",
    "projekte",
    "projekty",
    "projektu",
    "projektů",
  ],
  names: ["name", "names", "title", "titles", "název", "nazev", "nom", "nombre", "nome", "titel", "titre", "título"],
};

/**
 * Words of a financial statement's account lines (`Total Current Assets`, `LIABILITIES`, `Net Position`),
 * read as words of a label: down an unheaded first column, with Total lines, they make the sheet a
 * statement, not a list of partners (corpus round gn D10, real: a university's statement of financial
 * position, told to head its label column Partner).
 */
export const STATEMENT_LINE_WORDS: readonly string[] = [
  "assets",
  "liabilities",
  "net assets",
  "net position",
  "equity",
  "fund balance",
  "fund balances",
  "revenues",
  "expenses",
  "expenditures",
  "receivable",
  "receivables",
  "payable",
  "payables",
  "cash and cash equivalents",
  "investments",
  "depreciation",
  "inventories",
  "prepaid",
  "deferred",
  "accrued",
];

/**
 * Headers saying a sheet's rows are grants — a grant, an award, a programme, a subsidy, a fiscal year —
 * read as a header or one of its words, case aside. Beside a column of amounts and one column of names
 * they make the names the partners given the money, never assets (corpus round gn D4, real: federal
 * grants by state, `state, fiscal_year, value, agency, bureau, program`, told to map state to Asset
 * for `value` read as an asset's estimated value).
 */
export const GRANT_SHEET_HEADERS: readonly string[] = [
  "Grant",
  "Grants",
  "Award",
  "Awards",
  "Program",
  "Programs",
  "Programme",
  "Programmes",
  "Subsidy",
  "Subsidies",
  "Subvention",
  "Subventions",
  "Funding",
  "Fiscal year",
  "Financial year",
  "FY",
  "FFY",
];

/**
 * A directory's headers (a list of organisations by how to reach them: Trafford's community hubs,
 * `community_hub, address, postcode, website, email, telephone, opening_hours, lon, lat`), read as a
 * header's words, case aside. Two of its headers saying how to reach each row (`contact`) make a sheet a
 * directory; its names are in the one column of names whose header says none of these (`details`),
 * or says it holds names (`names`).
 */
export const DIRECTORY_HEADERS: {
  readonly contact: readonly string[];
  readonly details: readonly string[];
  readonly names: readonly string[];
} = {
  contact: ["address", "website", "url", "email", "e-mail", "mail", "phone", "telephone", "tel"],
  // Where each row is and what it offers, in the singular and the plural: a column of towns or of
  // services beside an address is no column of names (a reviewer's repros: `Location` holding
  // Altrincham, Sale …; `Service` holding Food bank, Debt advice …, each hinted as "the names").
  details: [
    "street",
    "streets",
    "road",
    "postcode",
    "zip",
    "zipcode",
    "postal",
    "location",
    "locations",
    "place",
    "places",
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "suburb",
    "suburbs",
    "locality",
    "localities",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "parish",
    "parishes",
    "county",
    "counties",
    "state",
    "states",
    "country",
    "countries",
    "web",
    "homepage",
    "mobile",
    "fax",
    "contact",
    "hours",
    "opening",
    "open",
    "times",
    "days",
    "lon",
    "lng",
    "long",
    "longitude",
    "lat",
    "latitude",
    "easting",
    "northing",
    "x",
    "y",
    "ward",
    "wards",
    "area",
    "areas",
    "region",
    "regions",
    "district",
    "districts",
    "borough",
    "boroughs",
    "type",
    "types",
    "category",
    "categories",
    "kind",
    "kinds",
    "sector",
    "sectors",
    "theme",
    "themes",
    "topic",
    "topics",
    "activity",
    "activities",
    "description",
    "notes",
    "note",
    "comments",
    "service",
    "services",
    "facility",
    "facilities",
    "id",
    "code",
    "number",
    "no",
    "ref",
    "reference",
    "date",
    "status",
    "uprn",
  ],
  names: ["name", "title", "organisation", "organization", "org"],
};

/**
 * A payee's cell when it is many recipients' money on one line, as public accounts print the payments too
 * small to list (a helper's round, real: Ontario's transfer payments, `ACCOUNTS UNDER $120,000/COMPTES
 * INFÉRIEURS À 120 000$`, 77 such rows and $904M; Canada's public accounts, `Transfer payments under
 * $100,000 (94,260 recipients)`, 143 such "partners" and $50.8bn; corpus round fm, real: Linz's subsidies,
 * `Subventionen unter € 1.200,--` on 9 rows and `Sonstiges`, counted as partners). Its money is real and in
 * every total; it is no one partner to count, repeat or be the largest. Lower-case; the core compares
 * them with a cell's accents left off, so `Übrige` is read as `ubrige` too (and `Foerderungen` is written
 * out as exports write it).
 */
export const AGGREGATE_PAYEE_WORDS: {
  /** What small payments lumped together are called, before `under` and an amount: `Grants under $5,000`. */
  readonly lumped: readonly string[];
  /** Words between them and `under` (`Grants of less than $5,000`, `Contributi di importo inferiore a`). */
  readonly of: readonly string[];
  /** `under` and its twins, an amount after them. */
  readonly under: readonly string[];
  /**
   * A cell that is one of these alone — `Other`, `Various`, `Sonstiges`, `Outros`, `Varios`, `Altri` —
   * or followed by one of `whom` (`All other recipients`, `Sundry creditors`, `Otros beneficiarios`).
   * Whole cells only: `Other Voices Theatre`, `Various Artists Collective` and `Diverse City Arts` are
   * names. (Not Italian `Altro`: a flooring company is so named.)
   */
  readonly others: readonly string[];
  /** Whom `others` and `many` may name after them. */
  readonly whom: readonly string[];
  /**
   * `others` written as a line of a spend file's totals: `VARIOUS - TOTAL EXPENSES` (a helper's round,
   * real: Leeds' spend by supplier, 17,177 payments and £35.5M counted as one partner).
   */
  readonly expenses: readonly string[];
  /**
   * Many recipients said so, which may say more after a dash, a colon or a bracket: `Multiple Vendors -
   * see award` (a helper's round, real: DOGE's contracts, $20.2bn as the second-largest "partner").
   */
  readonly many: readonly string[];
} = {
  lumped: [
    "accounts",
    "payments",
    "grants",
    "awards",
    "transfers",
    "amounts",
    "items",
    "recipients",
    "payees",
    "suppliers",
    "vendors",
    "transfer payments",
    // French, as Ontario's accounts print it beside the English.
    "comptes",
    "paiements",
    "subventions",
    "aides",
    // German (Linz's `Subventionen unter € 1.200,--`), Portuguese, Spanish and Italian.
    "subventionen",
    "förderungen",
    "foerderungen",
    "zuschüsse",
    "zuschuesse",
    "zuwendungen",
    "zahlungen",
    "beträge",
    "betraege",
    "subvenções",
    "pagamentos",
    "doações",
    "transferências",
    "repasses",
    "auxílios",
    "subvenciones",
    "ayudas",
    "pagos",
    "transferencias",
    "donaciones",
    "contributi",
    "pagamenti",
    "sovvenzioni",
    "erogazioni",
  ],
  of: ["of", "von", "de", "di", "di importo", "de valor", "de importe", "d'un montant"],
  under: [
    "under",
    "below",
    "less than",
    "not exceeding",
    "inférieur à",
    "inférieurs à",
    "inférieure à",
    "inférieures à",
    "moins de",
    "unter",
    "bis",
    "bis zu",
    "weniger als",
    "abaixo de",
    "inferior a",
    "inferiores a",
    "até",
    "menores que",
    "menos de",
    "menores de",
    "menores a",
    "por debajo de",
    "hasta",
    "inferiore a",
    "inferiori a",
    "sotto",
    "fino a",
  ],
  others: [
    "other",
    "others",
    "all other",
    "all others",
    "various",
    "miscellaneous",
    "misc",
    "misc.",
    "sundry",
    // French, German, Portuguese, Spanish, Italian: other(s), various, the rest.
    "autres",
    "divers",
    "sonstige",
    "sonstiges",
    "diverse",
    "diverses",
    "verschiedene",
    "verschiedenes",
    "übrige",
    "übriges",
    "outros",
    "outras",
    "diversos",
    "diversas",
    "vários",
    "várias",
    "otros",
    "otras",
    "varios",
    "varias",
    "altri",
    "varie",
    "diversi",
    // German and Dutch `Andere` (`Andere Partner`: a helper's brief, counted as one partner).
    "andere",
  ],
  whom: [
    "recipients",
    "payees",
    "grantees",
    "suppliers",
    "vendors",
    "contractors",
    "creditors",
    "accounts",
    "organisations",
    "organizations",
    "awardees",
    "partners",
    "funders",
    "donors",
    "bénéficiaires",
    "fournisseurs",
    "empfänger",
    "zuwendungsempfänger",
    "förderempfänger",
    "begünstigte",
    "beneficiários",
    "fornecedores",
    "credores",
    "beneficiarios",
    "proveedores",
    "acreedores",
    "beneficiari",
    "fornitori",
    // Partners in each language (`Outros parceiros`, `Otros socios`, `Autres partenaires`, `Andere
    // Partner`, `Altri partner`: a helper's brief, where `Other partners` was read).
    "parceiros",
    "parceiras",
    "socios",
    "sócios",
    "partenaires",
    "partner",
  ],
  expenses: ["expenses", "expenditure", "payments", "costs", "items"],
  many: ["multiple"],
};
