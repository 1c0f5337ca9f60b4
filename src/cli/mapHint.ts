import {
  FINANCIAL_STATEMENT,
  matchHeader,
  namePart,
  ON_ITS_SIDE,
  PEOPLE_COUNTED,
  UNHEADED_FIRST_COLUMN,
} from "../core";
import { LEADERSHIP, PARTNERS, tabByName, type TabSpec } from "../schema";
import type { Skipped } from "./workbookBlocks";

/** A family-name header among a row's headers (`Last Name`), and a given-name one beside it. */
function nameParts(seen: readonly string[]): { family: string; given?: string } | undefined {
  const family = seen.find((h) => namePart(h) === "family");
  if (family === undefined) return undefined;
  const given = seen.find((h) => namePart(h) === "given");
  return given === undefined ? { family } : { family, given };
}

/**
 * The way on from a workbook whose only figures are pivot tables: no --tab or --map reads a pivot's
 * cells, and a hint to try them was a loop back to the same answer (a helper's round, real: a state's
 * grant awards released as a pivot, 373 grants and $274.4M).
 */
export const PIVOT_WAY_ON =
  "Its figures are in pivot tables, summaries of other data, which no --tab or --map reads: check the sheet or " +
  "file the pivot tables are made from, or copy a pivot table and paste it as values (Home › Paste › Values) on " +
  "a new sheet, and check that.";

export const onlyPivots = (skipped: readonly Skipped[]): boolean => skipped.length > 0 && skipped.every((s) => s.pivot);

/** The sheet left out that the hints read (nearestSkipped), with its tab and the header of its key column. */
interface Nearest {
  readonly near: Skipped;
  readonly tab: TabSpec;
  /** The header holding the tab's key column (`Org Name`), when the sheet has one, and the column it is. */
  readonly key?: string;
  readonly keyColumn?: string;
  /** A staff or donor list's name in two columns: its family name is the key, its given name read beside it. */
  readonly given?: string;
}

/**
 * Of the sheets left out, the one the hints read: on the tab most sheets came closest to (the first on
 * a tie: a workbook of grant sheets behind a cover sheet is Partners, whatever its cover page
 * resembled), the one with the most headers (a table's, not a cover page's `Last Update | January |
 * 2024`: a helper's round, real, the Covenant of Mayors' README hinted as Foundation).
 */
function nearestSkipped(skipped: readonly Skipped[]): Nearest | undefined {
  const votes = new Map<string, number>();
  for (const s of skipped) if (s.closestTab) votes.set(s.closestTab, (votes.get(s.closestTab) ?? 0) + 1);
  const most = Math.max(0, ...votes.values());
  const headers = (s: Skipped) => s.seenCount ?? s.seen?.length ?? 0;
  const near = skipped
    .filter((s) => s.closestTab !== undefined && votes.get(s.closestTab) === most)
    .reduce<Skipped | undefined>((best, s) => (best === undefined || headers(s) > headers(best) ? s : best), undefined);
  const tab = near?.closestTab ? tabByName(near.closestTab) : undefined;
  if (!near || !tab) return undefined;
  // Its key column is there (`Organization name`): what is missing is the word that it is one. A
  // staff list's name in two columns: its family name is the Name, its given name read beside it.
  // (So does a donor list's, its family name the Partner: the given name is read beside it there too.)
  const people = nameParts(near.seen ?? []);
  const parts = tab.name === LEADERSHIP.name || people?.family === near.keyHeader ? people : undefined;
  const key = near.keyHeader ?? parts?.family;
  if (key === undefined) return { near, tab };
  // The key column the header names (`name` is Foundation's Initiative, not its Initiative ID), or
  // the core says where no synonym does (`Budget Line Title`: the Initiative).
  const keyColumn = near.keyColumn ?? matchHeader(tab, key)?.column.name ?? tab.columns[0].name;
  return { near, tab, key, keyColumn, ...(parts?.given ? { given: parts.given } : {}) };
}

/**
 * Which header of the sheets left out holds the partners' names, as `check`'s hint names it: the key
 * of a sheet nearest Partners (`Org Name`), or the header a bare Name is read by as Partners. `summary`'s
 * hint names the same (a helper's round, real: a free-meals provider list, check naming `Org Name`
 * where summary said `--map "<your header>=Partner"`). With it, the amount header the sheet names, if any.
 */
export function partnerHeaderOf(
  skipped: readonly Skipped[],
): { readonly header: string; readonly amount?: string } | undefined {
  const found = nearestSkipped(skipped);
  if (!found) return undefined;
  const { near, key, keyColumn } = found;
  const amount = near.amountHeader !== undefined ? { amount: near.amountHeader } : {};
  if (key !== undefined && keyColumn === PARTNERS.col.partner.name) return { header: key, ...amount };
  const other = near.alternative;
  return other?.tab === PARTNERS.name && other.column === PARTNERS.col.partner.name
    ? { header: other.header, ...amount }
    : undefined;
}

/**
 * The hint under "nothing to check" (or, for `new --from`, nothing to place): map it by hand, naming the
 * closest tab and its key column (which of the sheet's headers that is, only the user knows).
 */
export function mapHint(skipped: readonly Skipped[], verb: "check" | "place" = "check"): string | undefined {
  if (onlyPivots(skipped)) return PIVOT_WAY_ON;
  const found = nearestSkipped(skipped);
  if (!found) return undefined;
  const { near, tab, key, keyColumn } = found;
  // A table on its side: no --map turns it (by its letters, a measure's figures were read as partners).
  if (onItsSide(near)) return sidewaysHint(verb);
  // A financial statement: no --map makes its accounts partners (corpus round gn D10: `A=Partner` offered).
  if (isStatement(near)) return STATEMENT_WAY_ON;
  // Counts of people (by sex, by age): no --map makes them partners (mq's leftover of corpus round jo D4).
  if (countsPeople(near)) return PEOPLE_WAY_ON;
  // A bare Name: the core names the other tab it may be (Partners, for a list of organisations).
  const other = near.alternative;
  const orOther = other
    ? `; or, if its rows are organisations, --tab ${other.tab} --map "${other.header}=${other.column}"`
    : "";
  if (key !== undefined) {
    const given = found.given ? ` (${found.given} is compared with it: two Millers are two people)` : "";
    // The amount beside the partner, headed by its currency: the second mapping to give.
    const amount = near.amountHeader ? ` --map "${near.amountHeader}=${PARTNERS.col.committed.name}"` : "";
    // The one column of dates beside the partners (`applicationDate`): their Start date, if it fits.
    const start = near.startHeader ? ` --map "${near.startHeader}=${PARTNERS.col.startDate.name}"` : "";
    return (
      `To ${verb} it anyway, say which tab it is and which of its headers is which tracker column: ` +
      `--tab ${tab.name} --map "${key}=${keyColumn}"${amount}${start}${given}, and once more for each other ` +
      `column to ${verb} (--map "<your header>=<tracker column>")${orOther}.`
    );
  }
  // Money received with no column naming who gave it: the core names its amounts (`UAH`), the user the
  // donor column, or adds one (a helper's round, real: a Ukrainian NGO's donations, hinted as Assets).
  if (tab.name === PARTNERS.name && near.amountHeader !== undefined) {
    return (
      `${donorHint(verb, near.amountHeader)}, and once more for each other column to ${verb} ` +
      `(--map "<your header>=<tracker column>").`
    );
  }
  // A column without a header has no header to name (a helper's round, real: NYC's capital-asset
  // schedule, told to map "<your header>"): it is mapped by its letter, the first column's A.
  if (near.reason.includes(UNHEADED_FIRST_COLUMN)) {
    return (
      `To ${verb} it anyway, map its first column, which has no header, by its letter: --tab ${tab.name} ` +
      `--map "A=${tab.columns[0].name}", and once more for each other column to ${verb} ` +
      `(--map "<your header>=<tracker column>"); or type a header over it.`
    );
  }
  // A list without a header row has no header to name either: its columns are named by their letters,
  // and its first row is read as data (a helper's round: a donor list exported without headers was
  // told to map "<your header>", then that its first row was no header row).
  if (near.reason.includes(HOLDS_DATA)) {
    return (
      `To ${verb} it anyway, say which tab it is and name its columns by their letters (A, B, C …): ` +
      `--tab ${tab.name} --map "A=${tab.columns[0].name}", once per column to ${verb} ` +
      `(--map "<letter>=<tracker column>"); its first row is then read as data. Or add a header row above it.`
    );
  }
  return (
    `To ${verb} it anyway, say which tab it is and which of its headers is which tracker column: ` +
    `--tab ${tab.name} --map "<your header>=${near.keyColumn ?? tab.columns[0].name}", once per column${orOther}.`
  );
}

/** Did the core read the sheet left out as a financial statement (its accounts and totals)? */
export const isStatement = (s: Skipped): boolean => s.reason.includes(FINANCIAL_STATEMENT);

/** The way on from a financial statement: the list its figures come from, not a --map. */
export const STATEMENT_WAY_ON =
  "A financial statement's lines are accounts, not partners: check the grants list or ledger its figures come from.";

/** Did the core read the sheet left out as a table counting people (by sex, by age)? */
export const countsPeople = (s: Skipped): boolean => s.reason.includes(PEOPLE_COUNTED);

/** The way on from a table counting people: none, said plainly, for `check`, `summary` and `new --from`. */
export const PEOPLE_WAY_ON =
  "Counts of people are no partners and no money: no --tab or --map reads them as a tracker's rows.";

/** Did the core read the sheet left out as a table on its side (its items across, one column per item)? */
export const onItsSide = (s: Skipped): boolean => s.reason.includes(ON_ITS_SIDE);

/** The way on from a table on its side, for `verb` (check, place, sum): turned first, no --map. */
export function sidewaysHint(verb: string): string {
  return (
    `To ${verb} it, transpose it first: its labels then head its columns, one row per item. Mapped as it ` +
    `stands, by its letters, its figures would be read as names.`
  );
}

/**
 * How to read money received as Partners' (`check` and `summary` alike): name its donor column, or add
 * one, and map its amounts as Committed.
 */
export function donorHint(verb: string, amountHeader: string): string {
  const { partner, committed } = PARTNERS.col;
  return (
    `To ${verb} it anyway, say which of its columns names who gave each amount (add one if it has none): ` +
    `--tab ${PARTNERS.name} --map "<donor column>=${partner.name}" --map "${amountHeader}=${committed.name}"`
  );
}

/** How the core says a sheet's first row is a record, not headers (headers.ts, findHeader). */
const HOLDS_DATA = "holds data (";

/**
 * For one sheet left out (a workbook's other sheets read): the options reading it, where the core
 * saw which of its headers is the key column's (`Recipent`, a typo of Recipient), else undefined (a
 * helper's round, real: a county's ARPA workbook, one sheet of three headed `Recipent`, its $548,270
 * left out of `--sheet all` with no word).
 */
export function sheetMapHint(s: Skipped): string | undefined {
  const tab = s.closestTab ? tabByName(s.closestTab) : undefined;
  // Partners only, whose key a header names plainly or misspelt (`Recipent`): another tab's nearest
  // reading is a guess, no way to "read it" (a helper's drift check, real: Sutton's community grants,
  // `--tab Assets --map "Registration Number=Asset"` offered for a list of 22 grants).
  if (!tab || tab.name !== PARTNERS.name || s.keyHeader === undefined) return undefined;
  const keyColumn = matchHeader(tab, s.keyHeader)?.column.name ?? tab.columns[0].name;
  return `--tab ${tab.name} --map "${s.keyHeader}=${keyColumn}"`;
}
