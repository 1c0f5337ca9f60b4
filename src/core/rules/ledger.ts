import { BOARD_SEATS, LEADERSHIP, PARTNERS, type TabSpec } from "../../schema";
import { coerceDate } from "../dateCells";
import { formatNumber } from "../coerce";
import type { DuplicateFinder } from "../duplicates";
import { firstLanguage } from "../headerMatch";
import { slotOf, type TypedTable } from "../rows";
import { countryColumnOf, countryKey, placeColumnOf, swappedCountry } from "../summaryPlaces";
import { reportColumnOf, yearColumnOf } from "../summaryYears";
import {
  cellText,
  isAggregatePayee,
  isPartyWord,
  isBlank,
  isPlaceholder,
  MAX_ROWS_NAMED,
  normalizeKey,
  quote,
  rowList,
  trimCaseKey,
  wordsPattern,
} from "../text";
import type { Report, Rule } from "./types";
import { unitCopySaid } from "./unitCopies";
import { amountSaid, COMMITTED, leftOutSaid, RangeCopies, RECEIVED } from "./copies";
import {
  identifierKey,
  isPlaceholderIdentifier,
  organisationIdColumn,
  recordNumberColumns,
  recordNumbersSaid,
  rowText,
  withoutCutShort,
} from "./rowIdentity";

/**
 * A ledger's repeated partners (SPEC "Ledgers"): one warning per partner on several rows with
 * nothing to tell them apart, naming its rows. Where the range has an Initiative ID column that these
 * rows left empty, each warning says to fill it in: the key is Partner + Initiative ID, as SPEC
 * designs the tab. A roster's repeated people (Leadership: one row per committee a member sits on)
 * are read the same way: one warning per person, not one per row.
 */

/**
 * What each ledger warning says after ": " (its rule's `advice`), before what this sheet suggests.
 * True of a directory without amounts too (a food-bank list's branches under one name): "any".
 */
export const LEDGER_ADVICE =
  "read as one partner with several rows — it counts once, with any amounts on its rows added up. If " +
  "these are different organisations, tell them apart by name.";

/**
 * LEDGER_ADVICE where one organisation identifier is on every row of the partner (`SIREN`, `EIN`): no
 * question of two organisations left to ask. Said only where the warning says more (an Initiative ID to
 * fill in, one amount on each row) or the range is no ledger (Ledger.report); one advice for them all,
 * so a sheet's such warnings are rolled up with the others, and counted alike.
 */
export const LEDGER_ONE_ADVICE =
  "one organisation, read as one partner with several rows — it counts once, with any amounts on its rows " +
  "added up.";

/**
 * LEDGER_ADVICE where the partner is a person: a donor list's name read from `first_name + last_name`
 * (personNames.ts), or a key that is half a name with the other half beside it (`last_name`, `first_name`).
 * Two Ann Lees are two people, not two organisations (a reviewer's repro).
 */
export const LEDGER_PEOPLE_ADVICE =
  "read as one partner with several rows — it counts once, with any amounts on its rows added up. If " +
  "these are different people, tell them apart by name (a middle initial, say).";

/**
 * What each roster warning says after ": ". The Leadership tab lists a person once per initiative
 * (CROSSCHECK counts each initiative's champions by its rows), so a person on several rows either
 * is entered twice or leads several initiatives, which the rows should then say.
 */
export const ROSTER_ADVICE =
  "the Leadership tab lists each person once per initiative — keep one row, or say which initiative each " +
  "row is for.";

/**
 * Names, at least, on the rows of one organisation identifier that make it a catch-all (one-off payees,
 * refunds under one vendor number: a school district's `20401` on 465 people), no organisation's.
 */
export const CATCH_ALL_NAMES = 10;

/** Rows of one partner, at least, whose one Committed amount is said to be maybe repeated (see sameAmount). */
export const SAME_AMOUNT_ROWS = 3;

/**
 * Rows of one partner whose one amount is said to be maybe repeated once that is the sheet's way
 * (repeatsThroughout): two, then — a project on two sites repeats its cost as one on four does (a
 * helper's round, real: DC's capital projects, $9.3M on 2 rows left out of the "once" total).
 */
export const SAME_AMOUNT_SHEET_ROWS = 2;

/**
 * Is one amount repeated on every row a sheet's way — half its partners on SAME_AMOUNT_ROWS rows or
 * more (`many`) doing it (`same`) — not a coincidence (a grant ledger's few equal yearly grants)?
 */
export function repeatsThroughout(many: number, same: number): boolean {
  return many > 0 && same * 2 >= many;
}

/**
 * Do the partners repeating one amount on every row mostly repeat the same one — a list's flat rate
 * ($2,000 an artist's grant, each project its own), not each budget shown on its rows (budgets differ)?
 * A helper's round, real: FACTOR's recipients, 392 applicants' $2,000 grants "one amount repeated?".
 */
export function flatRate(amounts: readonly number[]): boolean {
  if (amounts.length < 2) return false;
  const counts = new Map<number, number>();
  let most = 0;
  for (const a of amounts) {
    const n = (counts.get(a) ?? 0) + 1;
    counts.set(a, n);
    if (n > most) most = n;
  }
  return most >= amounts.length * 0.8;
}

/** What a ledger's warning asks of one name on rows of different countries (of a person's: `people`). */
function countriesApart(what: "organisations" | "people"): string {
  return `two ${what} of one name in different countries, or one in each? Read as one partner until they are told apart by name.`;
}

/** What a roster's warning asks of one name on rows with different email addresses. */
const TWO_PEOPLE = "two people of one name";

/** The advice of a tab's repeated-name warnings: a ledger's (Partners) or a roster's (Leadership). */
function adviceOf(tab: TabSpec): string {
  return tab.name === PARTNERS.name ? LEDGER_ADVICE : ROSTER_ADVICE;
}

/** Says a warning's message its partners are people (LEDGER_PEOPLE_ADVICE, or countriesApart's)? */
function ofPeople(message: string | undefined): boolean {
  return (
    message !== undefined && (message.includes(LEDGER_PEOPLE_ADVICE) || message.includes(countriesApart("people")))
  );
}

/** The rule's declaration: its id and severity, and its words for the problem its warnings make. */
export function repeatedName(tab: TabSpec): Omit<Rule, "id" | "at"> {
  const partners = tab.name === PARTNERS.name;
  const advices = partners ? [LEDGER_ADVICE, LEDGER_PEOPLE_ADVICE, LEDGER_ONE_ADVICE] : [ROSTER_ADVICE];
  return {
    severity: "warning",
    advice: advices,
    problem: ({ issues, rows, column, message }) => {
      // A problem's issues are of one column: a donor list's people (`first_name + last_name`) are a
      // problem apart from its organisations (`company_name`), so the first issue speaks for them all.
      const people = partners && ofPeople(message);
      const advice = advices.find((a) => message?.includes(a)) ?? advices[0];
      return (
        `${formatNumber(issues)} ${partners ? "partners" : "names"} in ${column} are each on several rows ` +
        `(${formatNumber(rows)} rows in all): ` +
        (partners
          ? `each counts once, with any amounts on its rows added up. If any are different ` +
            (people
              ? `people, tell them apart by name (a middle initial, say).`
              : `organisations, tell them apart by name.`)
          : advice) +
        suggestionIn(message, advice)
      );
    },
  };
}

/** What a repeated-name warning suggests for its sheet (after the advice), or "" when it suggests nothing. */
function suggestionIn(message: string | undefined, advice: string): string {
  const at = message?.indexOf(advice) ?? -1;
  // Not what one partner's rows say (sameAmount's "Its … on every one of its 2 rows"): a problem of
  // many partners is no one's (a helper's round: "Its Offer … its 2 rows" said of 392 partners).
  if (at < 0) return "";
  const said = message!.slice(at + advice.length);
  const name = /"([^"]*)"/.exec(message!)?.[1];
  return name === undefined
    ? said.replace(SAME_AMOUNT_SAID, "")
    : said.replace(SAME_AMOUNT_SAID, ` One of them, "${name}": its$1`);
}

/** sameAmount's words at the end of a warning ("Its …"), the rest of them in group 1. */
const SAME_AMOUNT_SAID = / Its( .* on every one of its [\d,]+ rows: if that is one amount repeated on each row.*)$/;

/**
 * A row's key name as compared and as quoted: the key column's text and — when the key column is one
 * half of a name written in two columns (`Last Name`, mapped as Name, beside `First Name`) — the
 * other half too, since two Millers are not one person.
 */
export interface KeyName {
  /** The key column's text on a 1-based row. */
  readonly textOf: (rowNumber: number) => string;
  /**
   * The other half of the name, when the sheet has one — or the row's initiative (`initiative`), where
   * a partner's rows under a few programmes are told apart by it: no half of a person's name.
   */
  readonly other?: {
    readonly header: string;
    readonly textOf: (rowNumber: number) => string;
    readonly initiative?: boolean;
    /** The name's own second line (`Raison sociale 2`: nameCompanions): an organisation's, no person's. */
    readonly continued?: boolean;
  };
}

/**
 * A key name's other part as a message quotes it after the key (` with First Name "Ann"`), or "" where
 * there is none — or where it is the name's second line left empty (`Raison sociale 2`): the name is
 * whole as it is, and `with Raison sociale 2 ""` would say nothing.
 */
export function otherSaid(other: KeyName["other"], rowNumber: number, joiner: "with" | "and"): string {
  if (!other) return "";
  const text = other.textOf(rowNumber);
  return other.continued && text === "" ? "" : ` ${joiner} ${other.header} ${quote(text)}`;
}

/** The declaration of a partner's name on rows of different countries (Georgia the country and the US state). */
export function otherCountries(): Omit<Rule, "id" | "at"> {
  return {
    severity: "warning",
    problem: ({ issues, column, message }) =>
      `${formatNumber(issues)} ${issues === 1 ? "name" : "names"} in ${column} ${issues === 1 ? "is" : "are"} on rows ` +
      `of different countries: two ${ofPeople(message) ? "people" : "organisations"} of one name, or one in each? ` +
      `Each is counted as one partner until they are told apart by name.`,
  };
}

/**
 * What a roster's warning asks of one name on rows of different places (a ward, a district): not to
 * keep one row — a candidate standing in two wards is on both — but which initiative each row is for.
 */
const PLACES_APART =
  "one person in each place, or two people of one name? If one person, say which initiative each row is for; " +
  "if two, tell them apart by name (a middle initial, say).";

/** The declaration of a person's name on rows of different places (a roster's `ward`: placeColumnOf). */
export function otherPlaces(): Omit<Rule, "id" | "at"> {
  return {
    severity: "warning",
    problem: ({ issues, column }) =>
      `${formatNumber(issues)} ${issues === 1 ? "name" : "names"} in ${column} ${issues === 1 ? "is" : "are"} on rows ` +
      `of different places: ${PLACES_APART}`,
  };
}

/**
 * The declaration of a repeated name whose rows say they are different: a partner's rows with
 * different organisation identifiers, a person's with different email addresses or organisations.
 */
export function sameName(tab: TabSpec): Omit<Rule, "id" | "at"> {
  const partners = tab.name === PARTNERS.name;
  return {
    severity: "warning",
    problem: ({ issues, column }) =>
      `${formatNumber(issues)} ${issues === 1 ? "name" : "names"} in ${column} ${issues === 1 ? "is" : "are"} on rows ` +
      (partners
        ? `with different organisation identifiers: two organisations under one name, or an identifier to correct? ` +
          `Each is counted as one partner until they are told apart by name.`
        : `with different email addresses, organizations, titles or pay: ${TWO_PEOPLE} each? Tell them apart by name (a ` +
          `middle initial, say); where one person, keep one row, or say which initiative each row is for.`),
  };
}

/** Characters an identifier's root has at least, to stand for the longer number it begins. */
const ROOT_DIGITS = 6;

/**
 * A seat's role on a board or committee, or two joined (the schema's BOARD_SEATS): not a job. (A
 * helper's round, real: Sweden's foundation boards, 170 of 256 "two people of one name?" on a member
 * listed again as member and chair of the same board.)
 */
const SEAT =
  `(?:(?:${wordsPattern(BOARD_SEATS.bodies)})\\s+)?(?:(?:${wordsPattern(BOARD_SEATS.deputies)})[- ]?)?` +
  `(?:${wordsPattern(BOARD_SEATS.seats)})`;
const SEAT_ROLE = new RegExp(
  `^\\s*${SEAT}(?:\\s*(?:,|&|\\b(?:${wordsPattern(BOARD_SEATS.joiners)}))\\s*${SEAT})*\\s*$`,
  "iu",
);

/** A title naming a body (`Committee 3`, `Chair, Planning Commission`): a seat on it, not a job. */
const BODY_WORD = /\b(?:committee|subcommittee|board|commission|council|caucus|panel)\b/i;

/** A column of a person's pay (see Ledger.payColumns). */
const PAY =
  /\b(?:salary|salaries|wages?|pay|pay\s*rate|hourly\s*rate|annual\s*rate|compensation|remuneration|earnings|gehalt|salario|sueldo|salaire|stipendio)\b/i;

/** How many identifiers a message names before it counts the rest. */
const IDS_NAMED = 3;

/** A partner on several rows with nothing to tell them apart: one warning per partner, naming its rows. */
export class Ledger {
  /**
   * Per repeated partner (by its first 1-based row): its first rows (0-based), how many there are,
   * and every row after the first (0-based), for the rows made twice.
   */
  private readonly groups = new Map<number, { rows: number[]; count: number; later: number[] }>();

  /**
   * `withSlot` is the tab's Initiative ID slot when the range has that column (these rows left it
   * empty), else -1.
   */
  constructor(
    private readonly t: TypedTable,
    private readonly at: number,
    private readonly name: KeyName,
    private readonly rule: string,
    private readonly withSlot = -1,
    /** The rule id of a row made twice (sameRow), for the tab's key column. */
    private readonly sameRowRule = `sameRow.${t.tab.columns[at].id}`,
    /** The range's copies, read with those of its other ledgers (RangeCopies). */
    private readonly rangeCopies = new RangeCopies(t),
  ) {
    rangeCopies.join(this);
    this.advice = adviceOf(t.tab);
    // A roster's email column: one name on rows with different addresses is two people, as often as not.
    // And its organisation column: one name at two councils is two councillors, or one person on two
    // bodies (real: Australian states' councillor lists, "keep one row" on namesakes of other councils).
    if (t.tab.name === LEADERSHIP.name) {
      const email = slotOf(LEADERSHIP, LEADERSHIP.col.email);
      if (t.index[email] >= 0) this.emailColumn = { header: t.header[email], index: t.index[email] };
      const organization = slotOf(LEADERSHIP, LEADERSHIP.col.organization);
      if (t.index[organization] >= 0) {
        this.organizationColumn = { header: t.header[organization], index: t.index[organization] };
      }
      // And its Title column: one name as a police officer and as a groundskeeper is two people as
      // often as one with two jobs (a helper's round, real: New Orleans' salaries, 9 of 10 namesakes
      // told "keep one row").
      const title = slotOf(LEADERSHIP, LEADERSHIP.col.title);
      if (t.index[title] >= 0) this.titleColumn = { header: t.header[title], index: t.index[title] };
      // And its pay (`Annual Salary`, `Hourly Rate`): one name of one title and department on two
      // salaries is two people as often as one paid twice (a helper's round, real: Chicago's employees,
      // 29 namesakes of 60 rows, police officers on 111,966 and 97,974, each told "keep one row").
      this.payColumns = t.mapping.unknown
        .filter((u) => PAY.test(u.header))
        .map((u) => ({ header: u.header.trim(), index: u.index }));
      // And its Year column: a roster kept year by year (a helper's round, real: a school district's
      // board candidates, 1995–2014, nine "keep one row" on people who stood in several elections).
      // Or a snapshot's date: an organogram published each half-year lists its officials in each (a
      // helper's round, real: the DfT's, 284 "two people of one name?" on one person per snapshot).
      const year = yearColumnOf(t.mapping) >= 0 ? yearColumnOf(t.mapping) : reportColumnOf(t.mapping);
      // (A snapshot's rows may give the person's mailbox of the day: another address is no other person.)
      this.snapshots = year >= 0 && yearColumnOf(t.mapping) < 0;
      if (year >= 0)
        this.yearColumn = { header: String(t.matrix[t.mapping.headerRow]?.[year] ?? "").trim(), index: year };
      // And its place (`ward`, `district`: PLACE_HEADERS): one name in two wards is one person standing
      // in both, or two people (corpus round io, real: Toronto's council candidates, a candidate in wards
      // 39 and 43 told "keep one row").
      const place = placeColumnOf(t.mapping, t.matrix);
      const placed = t.mapping.unknown.find((u) => u.index === place);
      if (placed) this.placeColumn = { header: placed.header.trim(), index: place };
      return;
    }
    this.idColumn = organisationIdColumn(t);
    this.countryColumn = countryColumnOf(t.mapping, t.matrix);
  }

  /** The block's record-number columns (OBJECTID, FID), left out when its rows are compared. */
  private readonly recordNumbers = recordNumberColumns(this.t.mapping, this.t.matrix[this.t.mapping.headerRow] ?? []);
  /** A Partners range's country column (countryColumnOf), if any. */
  private countryColumn: { readonly header: string; readonly index: number } | undefined;
  /** The organisation identifier column this ledger's rows carry, if any. */
  private idColumn: { readonly header: string; readonly index: number } | undefined;
  /** A roster's email column, if it has one. */
  private emailColumn: { readonly header: string; readonly index: number } | undefined;
  /** A roster's organisation column, if it has one. */
  private organizationColumn: { readonly header: string; readonly index: number } | undefined;
  /** A roster's pay columns, if it has any. */
  private payColumns: readonly { readonly header: string; readonly index: number }[] = [];
  /** A roster's place column (placeColumnOf), if it has one. */
  private placeColumn: { readonly header: string; readonly index: number } | undefined;
  /** A roster's Title column, if it has one. */
  private titleColumn: { readonly header: string; readonly index: number } | undefined;
  /** A roster's Year column, if it has one. */
  /** Whether yearColumn is a snapshot's date (reportColumnOf), not a year of the roster. */
  private snapshots = false;
  private yearColumn: { readonly header: string; readonly index: number } | undefined;
  private readonly advice: string;
  /** The rows made twice (sameRows), once found. */
  private found: { row: number; earlier: number; partner: number; many: boolean }[] | undefined;

  /** Records a row: `finder` compares the key name (both halves, when it has two: see KeyName). */
  add(finder: DuplicateFinder, row: TypedTable): void {
    const other = this.name.other;
    const text = row.text(this.at);
    const first = other
      ? finder.firstRowOfPair(text, row.rowNumber, other.textOf(row.rowNumber))
      : finder.firstRowOf(text, row.rowNumber);
    if (first === undefined) return;
    this.addRepeat(first, row);
  }

  /** Records a row as repeating the key first met on 1-based row `first` (found by the caller). */
  addRepeat(first: number, row: TypedTable): void {
    let group = this.groups.get(first);
    if (!group) this.groups.set(first, (group = { rows: [first - 1], count: 1, later: [] }));
    group.count++;
    group.later.push(row.row);
    if (group.rows.length < MAX_ROWS_NAMED) group.rows.push(row.row);
  }

  report(report: Report): void {
    if (this.groups.size === 0) return;
    // Partners that are countries beside a Country column of organisations are the sheet's one warning
    // (partners.swappedCountry): no country asked to be told apart by name (a helper's round, real:
    // Frontex's grants, y2016, "France" on 140 rows "with 10 different countries").
    const swapped =
      this.t.tab.name === PARTNERS.name &&
      this.at === slotOf(PARTNERS, PARTNERS.col.partner) &&
      swappedCountry(this.t.mapping, this.t.matrix) !== undefined;
    const suggestion = swapped ? "" : this.suggestion();
    const sameAmounts = !swapped && this.sameAmountsThroughout();
    for (const [first, g] of swapped ? [] : this.groups) {
      const name = this.name.textOf(first);
      // Many recipients' money on one line (`ACCOUNTS UNDER $120,000`) on each ministry's rows is no
      // partner repeated (a helper's round, real: Ontario's transfer payments, 77 such rows).
      // Nor is the word for the party (`Grantee`: an award paid to the person), each row someone's own.
      if (this.t.tab.name === PARTNERS.name && (isAggregatePayee(name) || isPartyWord(name))) continue;
      const other = this.name.other;
      const given = otherSaid(other, first, "with");
      const person = this.at === this.t.keySlot ? this.t.personNameHeader(first - 1) : undefined;
      const header = person?.header ?? this.t.header[this.at];
      // A person's name (a donor list's `first_name + last_name`, or a name in two columns): two of one
      // name are two people, not two organisations. Not a partner beside its initiative (corpus round
      // kp D8, real: a joint arrangement's member municipality listed twice, "different people").
      const people =
        this.t.tab.name === PARTNERS.name &&
        (person !== undefined || (other !== undefined && !other.initiative && !other.continued));
      const on =
        `${header} ${quote(name)}${given} is on ${formatNumber(g.count)} rows ` + `(${rowList(g.rows, g.count)})`;
      // Rows that say they are different: a person's with different email addresses (real: a list of
      // election candidates, five names each on two rows, every pair two people — "keep one row" would
      // have deleted one), a partner's with different organisation identifiers.
      const rows = [first - 1, ...g.later];
      // A column is named as its header says it (`where ward differs`: "with 2 different ward" read as a
      // slip); a kind of value by its plural (`with 2 different countries`).
      const differing = (
        column: { readonly header: string },
        found: readonly { text: string; row: number }[],
        plural?: string,
      ) => {
        const shown = found.slice(0, IDS_NAMED).map((i) => `${i.text} on row ${i.row + 1}`);
        const more = found.length > IDS_NAMED ? ` and ${formatNumber(found.length - IDS_NAMED)} more` : "";
        const apart =
          plural === undefined
            ? `where ${firstLanguage(column.header)} differs`
            : `with ${formatNumber(found.length)} different ${plural}`;
        return `${on} ${apart} (${shown.join(", ")}${more})`;
      };
      const emails = this.emailColumn ? withoutCutShort(this.identifiers(rows, this.emailColumn)) : [];
      // One address on every row (one cut short counts as it: withoutCutShort) is one person's: no two
      // people to ask about for their other departments or titles (corpus round kp D6, real: a staff chart's
      // one person on two rows, `Programmes` and `Summer`, asked "two people of one name?").
      const oneMailbox =
        emails.length === 1 && rows.every((r) => !isBlank(this.t.matrix[r]?.[this.emailColumn!.index]));
      const organizations =
        this.organizationColumn && !oneMailbox ? this.identifiers(rows, this.organizationColumn) : [];
      // (A seat's role on a body, `Chair` and `Member`, is one person's on two bodies: no sign of two.)
      const titles =
        this.titleColumn && organizations.length <= 1 && !oneMailbox
          ? this.identifiers(rows, this.titleColumn).filter((i) => !SEAT_ROLE.test(i.text) && !BODY_WORD.test(i.text))
          : [];
      const pay =
        organizations.length <= 1 && titles.length <= 1 && !oneMailbox
          ? this.payColumns.map((c) => ({ c, found: this.identifiers(rows, c) })).find((p) => p.found.length > 1)
          : undefined;
      const places =
        this.placeColumn && organizations.length <= 1 && titles.length <= 1 && !pay
          ? this.identifiers(rows, this.placeColumn)
          : [];
      const ids = this.idColumn ? this.identifiers(rows) : [];
      const countries =
        this.countryColumn && ids.length <= 1 ? this.identifiers(rows, this.countryColumn, countryKey) : [];
      // A roster kept year by year lists a person once a year: rows each of another year are nothing to
      // delete or tell apart (one person, read once); two rows of one year still are.
      if (
        this.yearColumn &&
        (emails.length <= 1 || this.snapshots) &&
        this.identifiers(rows, this.yearColumn).length === rows.length
      ) {
        continue;
      }
      // Other organisations beside other mailboxes of one domain are offices' mailboxes (a helper's round,
      // real: India's directory of officials, one minister of two ministries, `min-alpha@` and
      // `min-beta@` on gov.in, told "keep one row"): asked as one person in both, or two.
      const domains = new Set(emails.map((e) => e.text.slice(e.text.lastIndexOf("@") + 1).toLowerCase()));
      const offices = organizations.length > 1 && domains.size === 1;
      const apart =
        emails.length > 1 && this.emailColumn && !offices
          ? `${differing(this.emailColumn, emails)}: ${TWO_PEOPLE}? Tell them apart by name (a middle initial, ` +
            `say); if it is one person, keep one row, or say which initiative each row is for.`
          : organizations.length > 1 && this.organizationColumn
            ? `${differing(this.organizationColumn, organizations)}: ${TWO_PEOPLE}, or one person in ` +
              `${organizations.length === 2 ? "both" : "each"}? Tell two people apart by name (a middle initial, say); ` +
              `if it is one person, say which initiative each row is for.`
            : titles.length > 1 && this.titleColumn
              ? `${differing(this.titleColumn, titles)}: ${TWO_PEOPLE}, or one person in ` +
                `${titles.length === 2 ? "both" : "each"}? Tell two people apart by name (a middle initial, say); ` +
                `if it is one person, say which initiative each row is for.`
              : pay
                ? `${differing(pay.c, pay.found)}: ${TWO_PEOPLE}, or one person paid twice? Tell two people apart ` +
                  `by name (a middle initial, say); if it is one person, keep one row.`
                : places.length > 1 && this.placeColumn
                  ? `${differing(this.placeColumn, places)}: ${PLACES_APART}`
                  : ids.length > 1 && this.idColumn
                    ? `${differing(this.idColumn, ids)}: two organisations under one name, or an identifier to correct? ` +
                      `Read as one partner until they are told apart by name.`
                    : countries.length > 1 && this.countryColumn
                      ? `${differing(this.countryColumn, countries, "countries")}: ${countriesApart(people ? "people" : "organisations")}`
                      : undefined;
      if (apart !== undefined) {
        const rule = apart.endsWith(countriesApart(people ? "people" : "organisations"))
          ? `otherCountries.${this.t.tab.columns[this.at].id}`
          : apart.endsWith(PLACES_APART)
            ? `otherPlaces.${this.t.tab.columns[this.at].id}`
            : this.sameNameRule;
        report(first - 1, this.at, apart, name, { rule, severity: "warning", rows: g.count });
        continue;
      }
      // Rows that are all copies of the first are said once, as copies (reportSameRows), not also as a
      // partner on several rows to tell apart (real: a French county's grants, four rows made twice).
      if (this.allCopies(first - 1, g.later)) continue;
      // One identifier on every row says one organisation: nothing to tell apart (a helper's round,
      // real: the NYC Council's awards, a Tax ID on each of a grantee's rows, "tell them apart by name").
      const column = this.idColumn;
      const one =
        column !== undefined &&
        ids.length === 1 &&
        rows.every((r) => {
          const cell = this.t.matrix[r]?.[column.index];
          return !isBlank(cell) && !isPlaceholder(cell) && !isPlaceholderIdentifier(cellText(cell).trim());
        }) &&
        this.advice === LEDGER_ADVICE &&
        !people &&
        !this.catchAll(ids[0].text);
      const repeatedAmount = sameAmounts ? this.sameAmount(rows, SAME_AMOUNT_SHEET_ROWS) : "";
      // In a ledger (grants or payments, each on its row), what the warning asks — one organisation or
      // several of one name? — that identifier answers, and the partner counts once as it is: nothing
      // to act on, so nothing said (a helper's round, real: the State's list of subsidised associations,
      // 919 warnings, one an association, each ending "one organisation"; the Mayenne's register, 8 of
      // its 11). Said where it asks more: an Initiative ID to fill in, or one amount on each row. Not
      // for an identifier many names share (a catch-all payee number), which proves nothing (`one`).
      if (one && suggestion === "" && repeatedAmount === "" && this.isLedger()) continue;
      const advice = one ? LEDGER_ONE_ADVICE : people ? LEDGER_PEOPLE_ADVICE : this.advice;
      const proof = one ? ` with one ${firstLanguage(column.header)} (${ids[0].text}) on each` : "";
      report(first - 1, this.at, `${on}${proof}: ${advice}${suggestion}${repeatedAmount}`, name, {
        rule: this.rule,
        severity: "warning",
        rows: g.count,
      });
    }
    this.reportSameRows(report);
  }

  /** Is the range a Partners ledger: amounts (Committed or Received), each row a grant or payment? */
  private isLedger(): boolean {
    return this.t.tab.name === PARTNERS.name && (this.t.present(COMMITTED) || this.t.present(RECEIVED));
  }

  /** Per organisation identifier (identifierKey), the names on its rows, up to CATCH_ALL_NAMES (catchAll). */
  private namesById: Map<string, Set<string>> | undefined = undefined;

  /**
   * Is `id` on rows of CATCH_ALL_NAMES names or more: a catch-all payee number (one-off payees, refunds),
   * no organisation's? The identifier column read once, at the first partner asked about.
   */
  private catchAll(id: string): boolean {
    const column = this.idColumn;
    if (!column) return false;
    if (!this.namesById) {
      const names = (this.namesById = new Map<string, Set<string>>());
      const at = this.t.index[this.at];
      for (let r = this.t.firstDataRow; r < this.t.rowCount; r++) {
        const cells = this.t.matrix[r];
        const cell = cells?.[column.index];
        if (!cells || isBlank(cell) || isPlaceholder(cell)) continue;
        const key = identifierKey(cellText(cell).trim());
        if (key === "") continue;
        let seen = names.get(key);
        if (!seen) names.set(key, (seen = new Set()));
        if (seen.size < CATCH_ALL_NAMES) seen.add(normalizeKey(cellText(cells[at] ?? null)));
      }
    }
    return (this.namesById.get(identifierKey(id))?.size ?? 0) >= CATCH_ALL_NAMES;
  }

  /**
   * A partner whose rows (three at least) say the same in every column the tracker reads, one
   * Committed among them, apart only in columns it ignores: a budget
   * repeated on each row of a list (each candidate's row repeats the campaign's; each location of a
   * project repeats its cost) is added up once a row. Said with the ledger's warning (real: Swiss
   * campaign budgets, CHF 532.8M summed for CHF 52.4M; DC's capital projects).
   */
  private sameAmount(rows: readonly number[], least = SAME_AMOUNT_ROWS): string {
    if (this.t.tab.name !== PARTNERS.name || rows.length < least) return "";
    const committed = slotOf(PARTNERS, PARTNERS.col.committed);
    if (!this.t.present(committed)) return "";
    const amount = this.t.numAt(rows[0], committed);
    if (!(amount > 0) || rows.some((r) => this.t.numAt(r, committed) !== amount)) return "";
    // Rows apart in a column the tracker reads (a year, a start date) are grants of one amount each;
    // so are rows apart in a date it does not read (a helper's drift check, real: Sutton's payments,
    // £278 to one centre on two dates "one amount repeated on each row?").
    const first = this.t.mappedText(rows[0]);
    if (rows.some((r) => this.t.mappedText(r) !== first)) return "";
    if (this.datedApart(rows)) return "";
    const shown = this.t.quoteFigure(committed, amount, this.t.matrix[rows[0]]?.[this.t.index[committed]]);
    return (
      ` Its ${this.t.header[committed]} is ${shown} on every one of its ${formatNumber(rows.length)} rows: if that is ` +
      `one amount repeated on each row, it is added up ${formatNumber(rows.length)} times — keep it on one row.`
    );
  }

  /** Do the rows hold different dates in a column the mapping leaves out (an invoice's, a payment's)? */
  private datedApart(rows: readonly number[]): boolean {
    const head = this.t.matrix[this.t.mapping.headerRow] ?? [];
    return this.t.mapping.unknown.some((u) => {
      if (!/date|\bdt\b|\bdated?\b/i.test(String(head[u.index] ?? u.header))) return false;
      const seen = new Set<number>();
      for (const r of rows) {
        const day = coerceDate(this.t.matrix[r]?.[u.index] ?? null);
        if (day !== undefined) seen.add(Math.floor(day));
      }
      return seen.size > 1;
    });
  }

  /**
   * Do half the partners on three rows or more repeat one amount on every row (see sameAmount)? A
   * sheet's way, then, not a coincidence: a grant ledger's few equal yearly grants are grants.
   */
  private sameAmountsThroughout(): boolean {
    let many = 0;
    let same = 0;
    const repeated: number[] = [];
    const committed = slotOf(PARTNERS, PARTNERS.col.committed);
    for (const [first, g] of this.groups) {
      if (g.count < SAME_AMOUNT_ROWS) continue;
      many++;
      if (this.sameAmount([first - 1, ...g.later]) === "") continue;
      same++;
      repeated.push(this.t.numAt(first - 1, committed));
    }
    if (!repeatsThroughout(many, same)) return false;
    // (Partners on two rows weighed too, only now: a sheet without the habit never pays for them.)
    for (const [first, g] of this.groups) {
      if (g.count < SAME_AMOUNT_ROWS && this.sameAmount([first - 1, ...g.later], SAME_AMOUNT_SHEET_ROWS) !== "")
        repeated.push(this.t.numAt(first - 1, committed));
    }
    return !flatRate(repeated);
  }

  /** Is every row of `later` the same in every column as row `first` (one entry made several times)? */
  private allCopies(first: number, later: readonly number[]): boolean {
    const skip = this.recordNumbers;
    const text = rowText(this.t.matrix[first], skip);
    return later.every((row) => rowText(this.t.matrix[row], skip) === text);
  }

  /**
   * The rows of each repeated partner that are the same as an earlier one of its rows in every column
   * (the block's cells, tracker columns or not), each with that earlier row (0-based) and the partner's
   * first row (1-based), in the groups' order. Only a repeated partner's rows are compared, so a sheet
   * without repeats never pays for it. `many`: the name is many recipients' (`ACCOUNTS UNDER
   * $120,000`), no partner the summary reads copies of.
   */
  private sameRows(): readonly {
    readonly row: number;
    readonly earlier: number;
    readonly partner: number;
    readonly many: boolean;
  }[] {
    if (this.found) return this.found;
    const found: { row: number; earlier: number; partner: number; many: boolean }[] = [];
    const skip = this.recordNumbers;
    const partners = this.t.tab.name === PARTNERS.name;
    for (const [first, g] of this.groups) {
      // Rows of people not named (`X`, `Grantee`) alike in every column are two people's equal grants (a
      // helper's round, real: the Dutch subsidies register's flat-rate grants to `X`), not one entry twice.
      const name = this.name.textOf(first);
      if (partners && isPartyWord(name)) continue;
      const many = partners && isAggregatePayee(name);
      const seen = new Map<string, number>([[rowText(this.t.matrix[first - 1], skip), first - 1]]);
      for (const row of g.later) {
        const text = rowText(this.t.matrix[row], skip);
        const earlier = seen.get(text);
        if (earlier === undefined) seen.set(text, row);
        else found.push({ row, earlier, partner: first, many });
      }
    }
    return (this.found = found);
  }

  /** The copies the summary reads (see sameRows), for the range's reading (RangeCopies). */
  copies(): readonly { readonly row: number; readonly earlier: number; readonly partner: number }[] {
    return this.sameRows().filter((c) => !c.many);
  }

  /**
   * The rows the same as an earlier one of their partner in every column (sameRows): one warning each,
   * naming the earlier row — added up, or, where copies are most of the range, left out of the totals
   * as the summary leaves them (RangeCopies).
   */
  private reportSameRows(report: Report): void {
    const found = this.sameRows();
    if (found.length === 0) return;
    const skip = this.recordNumbers;
    const but = skip ? recordNumbersSaid(this.t.mapping, skip, this.t.matrix[this.t.mapping.headerRow] ?? []) : "";
    const range = this.rangeCopies.reading();
    const tail = range.leftOut ? leftOutSaid(range) : "";
    for (const { row, earlier, many } of found) {
      // "Both are added up" only where there are amounts to add (a directory has none: both count), and
      // where this row has one (a helper's round, real: a station's sponsors, `trade?` twice, "added up").
      const amount = this.hasAmounts() ? this.amountOf(row) : "";
      const message =
        range.leftOut && !many
          ? `Row ${row + 1}${this.figureOf(row)} is the same as row ${earlier + 1} in every column${but}${tail}`
          : range.units && !many && amount !== ""
            ? `Row ${row + 1} is the same as row ${earlier + 1} in every column${but}${unitCopySaid(amount)}`
            : `Row ${row + 1} is the same as row ${earlier + 1} in every column${but}: the same entry made twice? ` +
              `${amount !== "" ? `Both are added up${amount}` : "Both are counted"}. If it is one, delete the extra row.`;
      report(row, this.at, message, this.name.textOf(row + 1), { rule: this.sameRowRule, severity: "warning" });
    }
  }

  /** The rule id of a repeated name with different identifiers (sameName). */
  private get sameNameRule(): string {
    return `sameName.${this.t.tab.columns[this.at].id}`;
  }

  /**
   * The distinct organisation identifiers of these rows (ignoring case and outer spaces; blanks and
   * placeholders are none), each with the first row that has it, in row order.
   */
  private identifiers(
    rows: readonly number[],
    column: { readonly index: number } | undefined = this.idColumn,
    keyOf: (text: string) => string = trimCaseKey,
  ): { text: string; row: number }[] {
    if (!column) return [];
    const loose = column === this.idColumn;
    const seen = new Map<string, { text: string; row: number }>();
    for (const row of [...rows].sort((a, b) => a - b)) {
      const cell = this.t.matrix[row]?.[column.index];
      if (isBlank(cell) || (typeof cell === "string" && isPlaceholder(cell))) continue;
      const text = cellText(cell).trim();
      if (loose && isPlaceholderIdentifier(text)) continue;
      const key = loose ? identifierKey(text) : keyOf(text);
      if (!seen.has(key)) seen.set(key, { text, row });
    }
    if (!loose) return [...seen.values()];
    // One number written whole and as its root (`139423859` beside `139423859RR0001`: a Canadian
    // charity's business number and its program account) is one organisation.
    const keys = [...seen.keys()];
    return keys
      .filter((k) => !keys.some((other) => other !== k && k.length >= ROOT_DIGITS && other.startsWith(k)))
      .map((k) => seen.get(k)!);
  }

  /** ` (… each)`: the row's Committed amount, when the range has one; else "". */
  /** Does the range have an amount column whose figures a repeated row would add twice? */
  private hasAmounts(): boolean {
    return this.t.tab.name === PARTNERS.name && this.t.present(COMMITTED);
  }

  /** ` ($100)`: a row's amount as amountOf reads it, without "each"; "" for none. */
  private figureOf(row: number): string {
    return this.amountOf(row).replace(/ each\)$/, ")");
  }

  /** The amount a row adds up, as a message says it: its Committed, else its Received (a payment alone). */
  private amountOf(row: number): string {
    return amountSaid(this.t, row);
  }

  /**
   * What would tell this range's repeated rows apart, as a sentence (with a leading space): the
   * Initiative ID these rows left empty, when the range has that column. A grant's own ID column is
   * not suggested: an Initiative ID names one of the tracker's initiatives (Foundation), which a grant
   * number is not — mapping one to the other would only trade these warnings for cross-tab errors.
   */
  private suggestion(): string {
    return this.withSlot < 0 ? "" : ` Fill in ${this.t.header[this.withSlot]} on these rows to tell them apart.`;
  }
}
