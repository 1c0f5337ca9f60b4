/**
 * A sheet of money given, read from its headers when no tab's key column is named: an amount word the
 * schema gives Committed (`value`, `amount`, `total`) over figures, and the one column of names beside it
 * — the partners, whatever the header (`state`). Split from noHeaderMessage.ts, whose hint it feeds.
 */
import { GRANT_SHEET_HEADERS, PARTNERS, TABS, type TabSpec } from "../schema";
import { columnSum, figuresUnder } from "./closestTab";
import { headerText, matchHeader } from "./headerMatch";
import { payHeader } from "./moneyHeaders";
import { countsPeople } from "./peopleCounts";
import { partnersNamesColumn, saysInitiatives } from "./initiativeNames";
import { namesColumns } from "./namesColumn";
import { headerHasWord, isBlank, normalizeHeader, quote } from "./text";
import type { Matrix } from "./types";

const GRANT_WORDS: ReadonlySet<string> = new Set(GRANT_SHEET_HEADERS.map(normalizeHeader));

/** The names column to map as Partner (if the sheet has exactly one) and the amounts to map as Committed. */
export interface GrantsByName {
  /** Undefined where no one column of names is plain (a ledger's recipients, each on many rows). */
  readonly names?: string;
  readonly amount: string;
  /** The amounts' column (of several headed alike, `Total` seven times, the one meant). */
  readonly amountColumn: number;
  /**
   * Without one plain column of names, the columns of names the partners' may be among (namesColumns:
   * `budget`, `oblast`, `location` — recipients and the places they are in, each on many rows).
   */
  readonly among?: readonly string[];
  /**
   * Beside the amounts, a column of names whose header says projects (`Project Title`: saysInitiatives),
   * never among those offered as the partners': a capital programme's lines name no recipient.
   */
  readonly projects?: string;
}

/**
 * Row `row`'s partners and their amounts, for the hint of a sheet no tab's key column is named on: the
 * header of the amounts (a header the schema reads as Committed, over figures; of several, the one adding
 * up to the most: `total` beside its parts) and the one column of names beside it, no projects' (partnersNamesColumn).
 * Where the row came nearest another tab than Partners (`value` is an asset's Estimated value too), only
 * when another header says the rows are grants (GRANT_SHEET_HEADERS: `program`, `fiscal_year`) — a
 * comptroller's taxpayers beside their assessed `Value` stay Assets (corpus round gn D4, real: federal
 * grants by state, `state | fiscal_year | value | agency | bureau | program`, told "state is its one column
 * of names: map it to Asset"), and with the names only. Undefined without an amount.
 */
export function grantsByName(matrix: Matrix, row: number, tab: TabSpec): GrantsByName | undefined {
  const headers = (matrix[row] ?? []).map((c) => (isBlank(c) ? "" : headerText(c).trim()));
  let amount = -1;
  let most = -Infinity;
  headers.forEach((h, c) => {
    if (h === "" || matchHeader(PARTNERS, h)?.column.id !== PARTNERS.col.committed.id || payHeader(h)) return;
    if (!figuresUnder(matrix, row, c)) return;
    const sum = columnSum(matrix, row, c);
    if (sum > most) [amount, most] = [c, sum];
  });
  // People counted by sex or age (`TOTAL | HOMBRES | MUJERES`): their total is no amount (peopleCounts).
  if (amount < 0 || countsPeople(matrix, row)) return undefined;
  if (tab !== PARTNERS && !headers.some((h, c) => c !== amount && h !== "" && headerHasWord(h, GRANT_WORDS))) {
    return undefined;
  }
  // Not a column a tab's words read (`title`, a grant's purpose; `agency`, the funder): the names no header says.
  const read = new Set(headers.flatMap((h, c) => (c === amount || TABS.some((t) => matchHeader(t, h)) ? [c] : [])));
  const names = partnersNamesColumn(matrix, row, read);
  // Without it, the amounts alone on a Partners-like row (the partner is the user's to name); elsewhere nothing.
  // A column of projects is no column of who received each (a helper's round nx, real: the Philippines'
  // public works appropriations, `Project Title, GAA Page, Amount`, its road and bridge works offered as
  // the partners "if it names who received each"; corpus round io: 167 projects counted as partners).
  if (names === undefined) {
    if (tab !== PARTNERS) return undefined;
    const columns = namesColumns(matrix, row, new Set([amount]));
    const projects = columns.find(saysInitiatives);
    return {
      amount: headers[amount],
      amountColumn: amount,
      among: columns.filter((h) => !saysInitiatives(h)),
      ...(projects !== undefined ? { projects } : {}),
    };
  }
  return { names, amount: headers[amount], amountColumn: amount };
}

/** The columns of names said as those the partners' may be among, at most. */
const AMONG_SAID = 3;

/**
 * What the no-header message says of them: the two columns to map, or, with no one column of names (a
 * ledger's recipients, each on many rows: Ukraine's subventions by budget), the amounts and the columns
 * of names the partners' is among — one said as such, several as those to choose from, none as one to add
 * (corpus round gn, real: Ukraine's subventions told "the column naming who received each" where
 * `budget`, `oblast` and `location` all name places).
 */
export function grantsSaid(given: GrantsByName): string {
  const { partner, committed } = PARTNERS.col;
  if (given.names !== undefined)
    return (
      ` (${quote(given.names)} is its one column of names and ${quote(given.amount)} holds amounts: map them to ` +
      `${partner.name} and ${committed.name})`
    );
  const amounts = ` (${quote(given.amount)} holds amounts: map it to ${committed.name}`;
  const among = given.among ?? [];
  if (among.length === 0)
    return given.projects !== undefined
      ? `${amounts}; ${quote(given.projects)} names projects, not who received each: add a column naming them, ` +
          `headed ${partner.name})`
      : `${amounts}; no column names who received each: add one, headed ${partner.name})`;
  if (among.length === 1)
    return `${amounts}, and ${quote(among[0])}, its one column of names, to ${partner.name} if it names who received each)`;
  const listed = among.slice(0, AMONG_SAID).map(quote).join(", ") + (among.length > AMONG_SAID ? " …" : "");
  return `${amounts}, and to ${partner.name} the one of ${listed} naming who received each)`;
}
