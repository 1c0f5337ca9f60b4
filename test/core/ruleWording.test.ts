import { rulesFor, validateRange, type Cell, type Issue } from "../../src/core";
import { ASSETS, FOUNDATION, LEADERSHIP, LISTS, PARTNERS, TABS, type TabName } from "./imports";
import { sampleSheet, TODAY } from "./sheets";
import { WELL_DEFINED_MIN_LENGTH } from "../../src/schema";

/**
 * One case per rule, pinning the exact words a user reads: the row and column it is filed on and the
 * message. A rule whose wording changes changes here, on purpose; a rule added without a case here
 * fails the inventory test at the end. Each case starts from the schema's valid sample rows.
 */

type Tab = typeof PARTNERS | typeof FOUNDATION | typeof ASSETS | typeof LEADERSHIP;
type Changes = Record<string, Cell>;

/** The tab's sample sheet with its first row repeated once per `rows`, each changed by column id. */
function sheetOf(tab: Tab, rows: Changes[], drop?: string, extra?: Case["extra"]): Cell[][] {
  const [header, first] = sampleSheet(tab.name as TabName);
  let matrix = [
    header,
    ...rows.map((changes) => {
      const row = [...first];
      for (const [id, value] of Object.entries(changes)) row[tab.columns.findIndex((c) => c.id === id)] = value;
      return row;
    }),
  ];
  if (extra) matrix = matrix.map((r, i) => [...r, i === 0 ? extra.header : extra.values[i - 1]]);
  if (drop === undefined) return matrix;
  const i = tab.columns.findIndex((c) => c.id === drop);
  return matrix.map((r) => r.filter((_, k) => k !== i));
}

interface Case {
  readonly rule: string;
  readonly tab: Tab;
  readonly rows: Changes[];
  /** A column id the sheet does not have. */
  readonly drop?: string;
  /** A column of the user's own, after the tracker's: its header and each row's value. */
  readonly extra?: { readonly header: string; readonly values: readonly Cell[] };
  readonly trackerTable?: boolean;
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

const P = PARTNERS.col;
const F = FOUNDATION.col;
const A = ASSETS.col;
const L = LEADERSHIP.col;
const partner = "Fresh Air Fund";

const CASES: Case[] = [
  // Every tab
  {
    rule: "missingColumn.partner",
    tab: PARTNERS,
    rows: [{}],
    drop: "partner",
    row: 1,
    column: P.partner.name,
    message: `There is no ${P.partner.name} column — add one headed "${P.partner.name}"; every row needs one.`,
  },
  {
    rule: "required.partner",
    tab: PARTNERS,
    rows: [{ partner: "" }],
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} is empty — every row needs one.`,
  },
  {
    rule: "required.partner",
    tab: PARTNERS,
    rows: [{ partner: "N/A" }],
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} is "N/A", a placeholder, not a value — every row needs one.`,
  },
  {
    rule: "required.partner",
    tab: PARTNERS,
    rows: [{ partner: "(blank)" }, { partner: "TBD" }],
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} holds a placeholder (such as "(blank)") instead of a value in 2 rows (2, 3) — every row needs one.`,
  },
  {
    rule: "withheld.partner",
    tab: PARTNERS,
    rows: [{ partner: "REDACTED" }, { partner: "TBD" }],
    row: 2,
    column: P.partner.name,
    message:
      `${P.partner.name} is missing in row 2: "REDACTED", a name withheld (redacted, a private person's, not ` +
      `disclosed) that no edit here can supply; the summary counts the row as one partner.`,
  },
  {
    rule: "withheld.partner",
    tab: PARTNERS,
    rows: [{ partner: "(Particulier)" }, { partner: "Private individual" }],
    row: 2,
    column: P.partner.name,
    message:
      `${P.partner.name} is missing in 2 rows (2, 3): names withheld (such as "(Particulier)": redacted, a private ` +
      `person's, not disclosed) that no edit here can supply; the summary counts each row as one partner.`,
  },
  {
    rule: "errorCell.received",
    tab: PARTNERS,
    rows: [{ received: "#N/A" }],
    row: 2,
    column: P.received.name,
    message: `${P.received.name}: cell holds #N/A — read as empty; correct the formula or the value.`,
  },
  {
    rule: "type.committed",
    tab: PARTNERS,
    rows: [{ committed: "lots" }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is "lots" — expected an amount in dollars, like 1200 or $1,200.`,
  },
  {
    rule: "type.committed",
    tab: PARTNERS,
    rows: [{ committed: "£1,200" }, { committed: "lots" }],
    row: 3,
    column: P.committed.name,
    message: `${P.committed.name} is "lots" — expected an amount in GBP, like 1200 or £1,200.`,
  },
  {
    rule: "type.startDate",
    tab: PARTNERS,
    rows: [{ startDate: "soon" }],
    row: 2,
    column: P.startDate.name,
    message: `${P.startDate.name} is "soon" — expected a date, like 2024-03-01 or 3/1/2024.`,
  },
  {
    rule: "type.placeBasedFunder",
    tab: PARTNERS,
    rows: [{ placeBasedFunder: "maybe" }],
    row: 2,
    column: P.placeBasedFunder.name,
    message: `${P.placeBasedFunder.name} is "maybe" — expected Yes or No.`,
  },
  {
    rule: "type.available",
    tab: ASSETS,
    rows: [{ available: "some" }],
    row: 2,
    column: A.available.name,
    message: `${A.available.name} is "some" — expected a number, like 12 or 1,200.`,
  },
  {
    rule: "storedAsText.committed",
    tab: PARTNERS,
    rows: [{ committed: "$12,000" }],
    trackerTable: true,
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is the text "$12,000": the rules read it, but the Summary's formulas skip text — retype it as a number.`,
  },
  {
    rule: "dateReading.startDate",
    tab: PARTNERS,
    rows: [{ startDate: "3/4/2024" }],
    row: 2,
    column: P.startDate.name,
    message: `${P.startDate.name}: every date like "3/4/2024" could be day-first or month-first — read month first (2024-03-04); write dates like 2024-03-01 to be sure.`,
  },
  {
    rule: "dateReading.startDate",
    tab: PARTNERS,
    rows: [{ startDate: "October 2024" }, { startDate: "May 2025" }],
    row: 2,
    column: P.startDate.name,
    message: `${P.startDate.name} is "October 2024" and 1 more month(s) without a day — read as the 1st of the month; add the day.`,
  },
  {
    rule: "dateReading.startDate",
    tab: PARTNERS,
    rows: [{ startDate: 2024 }],
    row: 2,
    column: P.startDate.name,
    message: `${P.startDate.name} is "2024" without a month or day — read as 1 January of that year; add the date.`,
  },
  {
    rule: "currency.committed",
    tab: PARTNERS,
    rows: [{ committed: "£1,200" }, { committed: "$500" }],
    row: 3,
    column: P.committed.name,
    message: `${P.committed.name} mixes currencies: GBP from row 2, and "$500" here — convert them to one currency so they can be added up.`,
  },
  {
    rule: "dollarKind.committed",
    tab: PARTNERS,
    rows: [{ committed: "$1,200" }, { committed: "$500 CAD" }],
    row: 3,
    column: P.committed.name,
    message: `${P.committed.name} names CAD here ("$500 CAD"), and 1 amount written with a bare $ ("$1,200" in row 2) is read as CAD with it — if it is another dollar, write its code beside it (USD 1,200).`,
  },
  {
    rule: "runTogether.partner",
    tab: PARTNERS,
    rows: [{ partner: "Kite Academy2129/05/2012740", committed: null, received: null, notes: null }],
    drop: "lastContact",
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} holds a name with a date and figures run on after it (such as "Kite Academy2129/05/2012740") in 1 row (2), its other cells short of the header — did the file lose separators? Fix it there; its amount is in no sum until then.`,
  },
  {
    rule: "phone.committed",
    tab: PARTNERS,
    rows: [{ committed: 9054510208 }, { committed: 25000 }, { committed: 1500 }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is 9054510208, a phone number's ten digits (905-451-0208) and over 1,000 times the column's other amounts: a phone number typed as the amount? It is in every total.`,
  },
  {
    rule: "amountReading.committed",
    tab: PARTNERS,
    rows: [{ committed: "Up to $1,500,000" }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is "Up to $1,500,000" written as a ceiling — read as the most it can be ($1,500,000); where less was committed, write that amount.`,
  },
  {
    rule: "unsaidScale.committed",
    tab: PARTNERS,
    rows: [{ committed: 0.757 }, { committed: 3.6 }, { committed: 2.565817 }, { committed: 0.183869 }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} has fractions of a cent in 3 of its 4 amounts (such as 0.757): no sum of money has them — are these millions or thousands? Say so in the header (\`${P.committed.name} ($ millions)\`), and they are read so; until then every sum is off by that multiple.`,
  },
  {
    rule: "list.sector",
    tab: PARTNERS,
    rows: [{ sector: "Aliens" }],
    row: 2,
    column: P.sector.name,
    message: `${P.sector.name} is "Aliens" — expected one of: ${LISTS.sector.values.join(", ")}.`,
  },
  {
    rule: "spelling.sector",
    tab: PARTNERS,
    rows: [{ sector: "nonprofit" }],
    row: 2,
    column: P.sector.name,
    message: `${P.sector.name} is "nonprofit" — use the listed spelling "Nonprofit".`,
  },
  {
    rule: "spelling.sector",
    tab: PARTNERS,
    rows: [
      { sector: "NGO", initiativeId: "A" },
      { sector: "NGO", initiativeId: "B" },
    ],
    row: 2,
    column: P.sector.name,
    message: `${P.sector.name} is "NGO" in 2 rows (2, 3) — read as "Nonprofit": use the listed spelling "Nonprofit", or another value from the list if it means something else.`,
  },
  {
    rule: "spelling.status",
    tab: PARTNERS,
    rows: [{ status: "Active\n" }],
    row: 2,
    column: P.status.name,
    message: `${P.status.name} is "Active" with a line break around it — retype it as "Active" (filters and formulas looking for it miss it).`,
  },
  {
    // A helper's round (real: NYC Council's discretionary grants, `*` in Status on 727 rows, read as blank unsaid).
    rule: "mark.status",
    tab: PARTNERS,
    rows: [
      { status: "*", initiativeId: "A" },
      { status: "*", initiativeId: "B" },
    ],
    row: 2,
    column: P.status.name,
    message: `${P.status.name} is "*" in 2 rows (2, 3): a mark, not a value — read as empty. Write what it marks as one of: ${LISTS.partnerStatus.values.join(", ")}, or in a column of its own.`,
  },
  {
    // A dagger, no placeholder, is a mark too (a reviewer's repro: an error per row).
    rule: "mark.status",
    tab: PARTNERS,
    rows: [{ status: "†" }],
    row: 2,
    column: P.status.name,
    message: `${P.status.name} is "†": a mark, not a value — read as empty. Write what it marks as one of: ${LISTS.partnerStatus.values.join(", ")}, or in a column of its own.`,
  },
  {
    rule: "min.committed",
    tab: PARTNERS,
    rows: [{ committed: -5, received: "" }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is -$5 — expected $0 or more.`,
  },
  {
    rule: "email.contactEmail",
    tab: PARTNERS,
    rows: [{ contactEmail: "bob" }],
    row: 2,
    column: P.contactEmail.name,
    message: `${P.contactEmail.name} is "bob" — expected an email address, like name@example.org.`,
  },
  {
    rule: "unique.partner",
    tab: PARTNERS,
    // Two grants (a row made twice also says what the summary does with its money: KeyCopies).
    rows: [{ committed: 5000 }, { committed: 7000 }],
    row: 3,
    column: P.partner.name,
    message: `${P.partner.name} "${partner}" with ${P.initiativeId.name} "SPACE-01" is already on row 2 — list each partner once per initiative.`,
  },
  {
    rule: "repeated.partner",
    tab: PARTNERS,
    rows: [{ committed: 5000 }, { committed: 7000 }], // two grants (rows made twice are sameRow's)
    drop: "initiativeId",
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} "${partner}" is on 2 rows (2, 3): read as one partner with several rows — it counts once, with any amounts on its rows added up. If these are different organisations, tell them apart by name.`,
  },
  {
    rule: "sameName.partner",
    tab: PARTNERS,
    rows: [{ committed: 5000 }, { committed: 700 }],
    drop: "initiativeId",
    extra: { header: "Charity number", values: [1137129, "137129"] },
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} "${partner}" is on 2 rows (2, 3) where Charity number differs (1137129 on row 2, 137129 on row 3): two organisations under one name, or an identifier to correct? Read as one partner until they are told apart by name.`,
  },
  {
    // A helper's round (real): the Net Zero Tracker's Georgia, the country and the US state.
    rule: "otherCountries.partner",
    tab: PARTNERS,
    rows: [{ committed: 5000 }, { committed: 700 }],
    drop: "initiativeId",
    extra: { header: "country", values: ["GEO", "USA"] },
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} "${partner}" is on 2 rows (2, 3) with 2 different countries (GEO on row 2, USA on row 3): two organisations of one name in different countries, or one in each? Read as one partner until they are told apart by name.`,
  },
  {
    // A helper's round (real): Frontex's grants, y2016, the countries under the beneficiary's header.
    rule: "partners.swappedCountry",
    tab: PARTNERS,
    rows: [{ partner: "Spain" }, { partner: "Greece" }, { partner: "Spain" }],
    extra: { header: "Country", values: ["Guardia Civil", "Hellenic Police", "Cuerpo Nacional de Policia"] },
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} holds names of countries ("Spain", "Greece": 3 of its 3 rows) while Country holds names of organisations ("Guardia Civil", "Hellenic Police", "Cuerpo Nacional de Policia"): are the two columns' headers swapped? Each country is read as a partner. If Country holds the partners, read it as the Partner column (map "Country" to ${P.partner.name}).`,
  },
  {
    // Corpus round fk (real): South Africa's lottery payments, each name after its project's number.
    rule: "partners.numberedNames",
    tab: PARTNERS,
    rows: [
      "104114 - CRIME & DRUGS FREE FOUNDATION",
      "74643 - NELSON MANDELA BAY TOURISM",
      "91467 - HUDSON PARK PRIMARY SCHOOL",
      "56623-GUNGUBELE JUNIOR SECONDARY SCHOOL",
      "59451-GRAHAMSTOWN FOUNDATION",
      "73181-SOUTH END MUSEUM TRUST",
      "73828 - CATHOLIC DEVELOPMENT CENTRE",
      "73821 - THE DONALD WOODS FOUNDATION (SA) TRUST",
      "80112 - CRIME & DRUGS FREE FOUNDATION",
      "81530: IKAGENG YOUTH CLUB",
    ].map((partner) => ({ partner })),
    row: 2,
    column: P.partner.name,
    message: `${P.partner.name} names start with a number (such as "104114 - CRIME & DRUGS FREE FOUNDATION"): each is read as the name after it ("CRIME & DRUGS FREE FOUNDATION"), so an organisation's rows under several numbers are one partner. If the numbers tell different organisations apart, give each its own name.`,
  },
  {
    // A helper's round (real): a foundation's 360Giving grants, one organisation number under two names.
    rule: "partners.oneIdentifierTwoNames",
    tab: PARTNERS,
    rows: [{ partner: "Lakeside Arts Commision" }, { partner: "Lakeside Arts ArtWORKS! program" }],
    extra: { header: "Charity number", values: ["1137129", "1137129"] },
    row: 2,
    column: P.partner.name,
    message: `Charity number "1137129" is on rows with 2 names ("Lakeside Arts Commision" on row 2, "Lakeside Arts ArtWORKS! program" on row 3): one organisation under 2 names? Each name counts as a partner; give them one name to count it once.`,
  },
  {
    rule: "partners.legalFormTwoNames",
    tab: PARTNERS,
    rows: [{ partner: "Lakeside Employment Solutions Corporation" }, { partner: "Lakeside Employment Solutions" }],
    row: 2,
    column: P.partner.name,
    message: `Partner "Lakeside Employment Solutions Corporation" on row 2 and "Lakeside Employment Solutions" on row 3 differ by a legal form alone: one organisation under 2 names? Each name counts as a partner; give them one name to count it once.`,
  },
  {
    // Corpus round fk (real): South Africa's lottery grants, `… - LP` the row's own Province (Limpopo),
    // not a limited partnership.
    rule: "partners.legalFormTwoNames",
    tab: PARTNERS,
    rows: [{ partner: "Masungulo Daycare Centre" }, { partner: "Masungulo Daycare Centre - LP" }],
    extra: { header: "Province", values: ["LP", "LP"] },
    row: 2,
    column: P.partner.name,
    message: `Partner "Masungulo Daycare Centre" on row 2 and "Masungulo Daycare Centre - LP" on row 3 differ by "LP" alone, the row's own Province (a place, not a legal form): one organisation under 2 names? Each name counts as a partner; give them one name to count it once.`,
  },
  {
    rule: "sameRow.partner",
    tab: PARTNERS,
    rows: [{ committed: 5000 }, { committed: 5000 }],
    drop: "initiativeId",
    row: 3,
    column: P.partner.name,
    message: `Row 3 is the same as row 2 in every column: the same entry made twice? Both are added up ($5,000 each). If it is one, delete the extra row.`,
  },
  {
    rule: "unique.initiativeId",
    tab: FOUNDATION,
    rows: [{}, {}],
    row: 3,
    column: F.initiativeId.name,
    message: `${F.initiativeId.name} "${sampleSheet("Foundation")[1][0]}" is already on row 2 — list each one once.`,
  },
  {
    rule: "unique.name",
    tab: LEADERSHIP,
    rows: [{ name: "Ana Ruiz" }, { name: "ana ruiz" }],
    row: 3,
    column: L.name.name,
    message: `${L.name.name} "ana ruiz" with ${L.initiativeId.name} "SPACE-01" is already on row 2 — list each person once per initiative.`,
  },
  {
    rule: "repeated.name",
    tab: LEADERSHIP,
    // (Told apart by a date: spelt alike and otherwise the same, the rows are one entry made twice.)
    rows: [
      { name: "Ana Ruiz", lastContact: "2026-01-05" },
      { name: "ana ruiz", lastContact: "2026-02-05" },
    ],
    drop: "initiativeId",
    row: 2,
    column: L.name.name,
    message: `${L.name.name} "Ana Ruiz" is on 2 rows (2, 3): the Leadership tab lists each person once per initiative — keep one row, or say which initiative each row is for.`,
  },
  {
    // Corpus round io D7 (real): Toronto's council candidates, one candidate in wards 39 and 43.
    rule: "otherPlaces.name",
    tab: LEADERSHIP,
    rows: [{ name: "Ana Ruiz" }, { name: "ana ruiz" }],
    drop: "initiativeId",
    extra: { header: "Ward", values: [39, 43] },
    row: 2,
    column: L.name.name,
    message: `${L.name.name} "Ana Ruiz" is on 2 rows (2, 3) where Ward differs (39 on row 2, 43 on row 3): one person in each place, or two people of one name? If one person, say which initiative each row is for; if two, tell them apart by name (a middle initial, say).`,
  },
  {
    rule: "vacant.name",
    tab: LEADERSHIP,
    rows: [{ name: "Vacant" }, { name: "Vacant seat" }],
    row: 2,
    column: L.name.name,
    message: `${L.name.name} is "Vacant" in 2 rows (2, 3): seats without a holder — name each holder when one is appointed.`,
  },

  // Partners
  {
    rule: "partners.endBeforeStart",
    tab: PARTNERS,
    rows: [{ startDate: "2026-05-01", endDate: "2026-04-01" }],
    row: 2,
    column: P.endDate.name,
    message: `${P.endDate.name} 2026-04-01 is before ${P.startDate.name} 2026-05-01 — check both dates.`,
  },
  {
    rule: "partners.receivedOverCommitted",
    tab: PARTNERS,
    rows: [{ committed: 1000, received: 1500 }],
    row: 2,
    column: P.received.name,
    message: `${P.received.name} ($1,500) is more than ${P.committed.name} ($1,000) — check both amounts.`,
  },
  {
    rule: "partners.agreedWithoutSignature",
    tab: PARTNERS,
    rows: [{ status: "Agreed", agreementSigned: "No" }],
    row: 2,
    column: P.agreementSigned.name,
    message: `${P.status.name} is Agreed but ${P.agreementSigned.name} is "No" — set it to Yes once the agreement is signed, or change the status.`,
  },
  {
    rule: "partners.fundingWithoutCommitted",
    tab: PARTNERS,
    rows: [{ contribution: "Funding", committed: "", received: "" }],
    row: 2,
    column: P.committed.name,
    message: `${P.committed.name} is empty but ${P.contribution.name} is Funding — enter the amount committed.`,
  },
  {
    rule: "partners.completedWithFutureEnd",
    tab: PARTNERS,
    rows: [{ status: "Completed", endDate: "2027-01-01" }],
    row: 2,
    column: P.endDate.name,
    message: `${P.status.name} is Completed but ${P.endDate.name} 2027-01-01 is in the future — check the end date or the status.`,
  },

  // Foundation
  {
    rule: "foundation.problemStatementTooShort",
    tab: FOUNDATION,
    rows: [{ problemStatement: "Too  few" }],
    row: 2,
    column: F.problemStatement.name,
    message: `${F.problemStatement.name} "Too few" is short (7 characters) — describe the problem in a sentence of ${WELL_DEFINED_MIN_LENGTH} characters or more so partners agree on it.`,
  },
  {
    rule: "foundation.targetEqualsBaseline",
    tab: FOUNDATION,
    rows: [{ baseline: 10, target: 10 }],
    row: 2,
    column: F.target.name,
    message: `${F.target.name} equals ${F.baseline.name}, both 10 — the target should be a change from today's value.`,
  },
  {
    rule: "foundation.targetDatePassed",
    tab: FOUNDATION,
    rows: [{ status: "Ready", targetDate: "2025-01-01" }],
    row: 2,
    column: F.targetDate.name,
    message: `${F.targetDate.name} 2025-01-01 has passed but ${F.status.name} is Ready — set a new date or update the status.`,
  },
  {
    rule: "foundation.activeWithoutRequirementsAgreed",
    tab: FOUNDATION,
    rows: [{ status: "Active", requirementsAgreed: "" }],
    row: 2,
    column: F.requirementsAgreed.name,
    message: `${F.status.name} is Active but ${F.requirementsAgreed.name} is empty — agree requirements with partners first (Yes), or change the status.`,
  },

  // Assets
  {
    rule: "assets.neededWithoutAvailable",
    tab: ASSETS,
    rows: [{ available: "", needed: 5 }],
    row: 2,
    column: A.available.name,
    message: `${A.available.name} is empty while ${A.needed.name} is 5 — enter 0 if none is available, so the gap can be worked out.`,
  },
];

function issuesOf(c: Case): Issue[] {
  return validateRange(sheetOf(c.tab, c.rows, c.drop, c.extra), c.tab.name, {
    today: TODAY,
    trackerTable: c.trackerTable,
  }).issues;
}

describe("each rule's wording", () => {
  it.each(CASES.map((c) => [c.rule, c] as const))("%s", (_, c) => {
    const found = issuesOf(c).filter((i) => i.rule === c.rule);
    expect(found.map(({ row, column, message }) => ({ row, column, message }))).toEqual([
      { row: c.row, column: c.column, message: c.message },
    ]);
  });

  it("every rule the tabs run has a case above", () => {
    // A rule's kind: `type` for `type.committed` (generated per column), the whole id for a tab's own.
    const kind = (id: string) => (/^(foundation|assets|leadership|partners)\./.test(id) ? id : id.split(".")[0]);
    const covered = new Set(CASES.map((c) => kind(c.rule)));
    const run = new Set(TABS.flatMap((t) => rulesFor(t).map((r) => kind(r.id))));
    expect([...run].filter((k) => !covered.has(k))).toEqual([]);
    expect(covered.has("repeated")).toBe(true); // the ledger's companion of unique.partner
  });
});
