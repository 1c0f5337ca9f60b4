/**
 * Words people write in a cell in place of a value (SPEC "Values as people write them"): placeholders
 * for a value not known or not public, and the registers' words for a private person kept anonymous.
 * Written here once; core/text.ts builds what reads them (its gates by first character and length).
 */
import { NOT_GIVEN_WORDS } from "./words";

/** A private person kept anonymous, as registers write it (see PLACEHOLDER_WORDS, and core/text.ts's isWithheld). */
export const PRIVATE_PERSON_WORDS: readonly string[] = [
  "particulier",
  "(particulier)",
  "natuurlijk persoon",
  "privatperson",
  "(privatperson)",
  "personne physique",
  "persona fisica",
  "private individual",
  "(private individual)",
  "private person",
  // A lottery distributor's grants to people (a helper's round: Bath's `Named Individual` and
  // `An application from an individual`, read as one partner on several rows). Not a bare `Individual`:
  // in a type column it is a value to question, not a blank.
  "named individual",
  "individual applicant",
  "award to an individual",
  "grant to an individual",
  // A payee's name anonymised by the publisher (a helper's round, real: Vitoria-Gasteiz's payments,
  // `ANONIMIZADO` on 188 rows of social aid, read as one partner and its rows as copies to delete).
  "anonimizado",
  "anonimizada",
  "datos protegidos",
  "persona física",
  "anonymisiert",
];

/**
 * A donor who asked not to be named (real: Hamburg's sponsoring reports; donor lists everywhere): someone,
 * not one partner on many rows. In brackets too, as a funder's grants list writes it (a helper's round,
 * real: an animal-welfare fund's 22 anonymised grantees, $1.25M, read as one partner on 22 rows).
 */
export const ANONYMOUS_WORDS: readonly string[] = [
  "anonymous",
  "anonymous donor",
  "anonym",
  "(anonymous)",
  "[anonymous]",
];

/**
 * Placeholders people type where a value is not known or not public (SPEC "Values as people write
 * them"): not values. Lower-case; core/text.ts builds its fast gates from them (isPlaceholder).
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  "n/a",
  "n\\a",
  "na",
  "n.a.",
  "not applicable",
  "not available",
  // (Helpers' rounds, real: Massachusetts' opioid-abatement reports' `Data not available` for towns
  // not required to report; a school district's partner list's e-mails `Not available on website`;
  // Oakland's youth programmes' provider `none`, counted as a partner on 3 rows.)
  "data not available",
  "not reported",
  "not listed",
  "not available on website",
  "not listed on website",
  "information not available",
  "none",
  // A city's performance measures with no figure yet (real: Austin's `No Data` on 1,529 rows, each
  // "expected a number"), and a target not set.
  "no data",
  "no data available",
  "nodata",
  "no goal",
  "no target",
  "not provided",
  "not known",
  // A 990-PF's grants line pointing at a schedule the data does not hold (a helper's round, real: a
  // foundations' grants table, `SEE ATTACHED SCHEDULE` counted as a partner with $269,500).
  "see attached",
  "see attached schedule",
  "see attached list",
  "see attached statement",
  "see schedule",
  "see statement",
  // A vendor's name not published (a helper's round, real: DOGE's contract terminations, `Unavailable`
  // on 3,591 rows, $31.6bn as one partner, the largest by far).
  "unavailable",
  // A state's procurement tracker's empty fields and kept-back vendors (a helper's round, real: Texas'
  // IT contracts, `Undefined` on 3,998 statuses and 820 e-mails, `Undisclosed` 820 vendors as one).
  "undefined",
  "undisclosed",
  "null",
  "tbd",
  "tbc",
  "to be determined",
  "to be confirmed",
  "-",
  "--",
  "---",
  "—",
  "–",
  "?",
  "??",
  "???",
  // A footnote's mark where a value goes (a helper's round, real: NYC Council's Schedule C, `*` in
  // Status on 727 rows, each "expected one of: Prospect …", a correct list exit 1).
  "*",
  "**",
  "***",
  "(blank)",
  "(none)",
  "(n/a)",
  "[blank]",
  "unknown",
  // Spain's directory of public bodies (DIR3) writes an unknown value `_U` (a helper's round, real:
  // the Canary Islands' health officials, "expected an email address" on every such row).
  "_u",
  // A value nobody gave (real: South Africa's lottery grants, `UNSPECIFIED` as the sector of all
  // 1,449 rows, each "expected one of …" and a summary group of its own), and as other languages
  // write it (Spanish `sin dato`, `s/d`; French `non renseigné`, `n.c.`).
  "unspecified",
  // A budget system's export of a figure it does not hold (a helper's round, real: Boston's budget,
  // `#Missing` in 223 cells, each "expected an amount"). Not an Excel error: Excel has none so named.
  "#missing",
  // What a pandas export writes for a missing value and a missing date (a helper's round, real: a
  // coalition's funder list, `NaT` in its status column, "expected one of").
  "nan",
  "nat",
  // (A helper's round, real: a state's funding-programs workbook, `Missing` beside `TBD` in its date
  // columns, 63 "expected a date".)
  "missing",
  "not specified",
  "not stated",
  "sin dato",
  "sin datos",
  "s/d",
  // (`S.D`, as a Colombian municipal plan writes it: a helper's round, "expected a number".)
  "s.d",
  "s.d.",
  // Russian `нет данных` (no data), `н/д` (a helper's round, real: Russia's helicopter subsidies, a
  // region's amount so, "expected an amount"), and the Nordic `unknown` (corpus round kp, real: Norway's
  // EU grants, `ukjent` counted as a partner).
  "нет данных",
  "н/д",
  "ukjent",
  "ukendt",
  "okänd",
  "non renseigné",
  "non renseigne",
  "n.c.",
  // Non communiqué, as SCDL subsidy files write an amount not given (a helper's round, real: the
  // Nièvre's `NC`, "expected an amount").
  "nc",
  // A statistics office's figure not available (a helper's round, real: a Swiss federal table's
  // `…` in years before a group was counted, "expected a number").
  "…",
  "..",
  "...",
  "vacant",
  // As organograms write a post without its holder (a helper's round, real: an NHS organogram's
  // vacant posts read as people).
  "vacant post",
  "post vacant",
  "vacant position",
  "position vacant",
  "vacant seat",
  "seat vacant",
  // (And in brackets, in French, or said as a post to be filled: a helper's round.)
  "(vacant)",
  "[vacant]",
  "poste vacant",
  "to be appointed",
  "to be filled",
  // A seat no one stood for (a helper's round, real: DC's advisory neighbourhood commissioners, `No
  // candidate` on 2 seats, "two people of one name?").
  "no candidate",
  "no candidates",
  "no nominee",
  // And as other languages write it (real: Sweden's foundation boards, `VAKANT` on 17 rows of 13
  // boards, "two people of one name?").
  "vakant",
  "vacante",
  "vacancy",
  "vago",
  "vacature",
  // A UK organogram's post that no longer has a holder, beside `Vacant` (real: the Environment
  // Agency's: `Eliminated` on 43 rows was "one person, keep one row").
  "eliminated",
  "unk",
  "withheld",
  // `N/D`: not disclosed (a UK organogram's post whose holder is not named: "one person, keep one
  // row"), not available (Portuguese and Spanish sheets), and their spellings (the schema's).
  ...NOT_GIVEN_WORDS,
  ...ANONYMOUS_WORDS,
  "not disclosed",
  // A UK spend file's supplier kept back (a helper's round, real: a police commissioner's, 65 rows
  // counted as one partner).
  "third party supplier",
  // A register's contact kept back (real: Ireland's lobbying register, `Not published` in its Email
  // column read as a malformed address).
  "not published",
  "unpublished",
  // A private person's name kept back by the publisher (real: Amsterdam's subsidy register,
  // `(Particulier)` on 765 rows, read as one partner): one person per row, in the words of the
  // registers that write so.
  ...PRIVATE_PERSON_WORDS,
  // A dropdown's prompt left in a template's unused rows (real: a Towns Fund return's "< Select >",
  // a funder's form's "Please select an option"): nothing was chosen. (`Select` alone too, though a
  // supplier may be so named: a template's unused rows are the commoner — a reviewer's repro.)
  "select",
  "select...",
  "select…",
  "select one",
  "select an option",
  "<select>",
  "< select >",
  "<select one>",
  "-- select --",
  "--select--",
  "- select -",
  "(select)",
  "[select]",
  "please select",
  "please select...",
  "please select one",
  "please select an option",
  "please choose",
  "choose an option",
];
