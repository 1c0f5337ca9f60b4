/**
 * A list column's values (common.ts commonRules): values outside the list (one finding per value, or
 * one for a column of the user's own categories), marks alone, and listed values in users' words.
 * Split from common.ts.
 */
import { formatNumber } from "../coerce";
import { INVALID, PLACEHOLDER, VARIANT } from "../rows";
import { mappingName } from "../repeatedHeaders";
import { cellText, isMarkAlone, quote, rowList } from "../text";
import { phrase } from "../doorWording";
import type { RuleBody } from "./types";

/**
 * A value that is not in the list, nor one of its spellings: one error per distinct value and column
 * giving the rows (a capital register's 893 rows of "State of Good Repair" were 893 errors), as a
 * listed value in another spelling is one warning.
 */
export function inList(at: number, values: readonly string[]): RuleBody {
  const choices = values.join(", ");
  return {
    byValue: true,
    severity: "error",
    grouped: {
      on: [INVALID],
      // (A mark alone, `†` or `#`, is said by markedCells.)
      when: (row) => !isMarkAlone(row.raw(at)),
      key: (row) => cellText(row.raw(at)).trim(),
      message: ({ value, rows, count }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        ` — expected one of: ${choices}.`,
      // A column of the user's own categories, none the list's (a helper's round, real: an asset
      // map's 26 business categories, each an error repeating the list): one decision, said once.
      whole: (groups, t) => {
        const shown = groups
          .slice(0, OWN_VALUES_SHOWN)
          .map((g) => `${quote(g.value)} in ${formatNumber(g.count)} ${g.count === 1 ? "row" : "rows"}`)
          .join(", ");
        const more =
          groups.length > OWN_VALUES_SHOWN ? ` and ${formatNumber(groups.length - OWN_VALUES_SHOWN)} more` : "";
        // (Beside values it reads as the list's, each said with its listed spelling: ownValuesIn.)
        const beside = t.ownValuesBesideListed(at);
        return (
          `${t.header[at]} holds values of its own, ` +
          `${beside ? "besides those read as the tracker's" : "none of them the tracker's"}: ` +
          `${formatNumber(groups.length)} ` +
          `values (${shown}${more}) — expected one of: ${choices}. Change each to one of these` +
          // Not left out where values are read: the mapping's Ignore would lose those too (a helper's
          // brief: Toulouse's `type`, its 263 rows read as Nonprofit and Government).
          (beside
            ? `; keep the column mapped, as its other values are read already (leaving it out loses them too).`
            : // How: the mapping's `Ignore` (a helper's round: "there is no option to un-map a column").
              // (By its place where its header heads several columns, `Type (2)`, as the mapping takes it.)
              `, or leave the column out of the mapping ` +
              `${phrase("mapColumn", mappingName(t.mapping, t.index[at]) ?? t.header[at], "Ignore")}.`)
        );
      },
    },
  };
}

/**
 * A list column's cells holding a mark alone (`*` in Status on 727 rows: NYC Council's discretionary
 * grants, a helper's round): read as empty, as placeholders are (SPEC), and said once, so the rows
 * it marks do not silently join "(blank)".
 */
export function markedCells(at: number, values: readonly string[]): RuleBody {
  const choices = values.join(", ");
  return {
    byValue: true,
    severity: "warning",
    grouped: {
      on: [PLACEHOLDER, INVALID],
      when: (row) => isMarkAlone(row.raw(at)),
      key: (row) => cellText(row.raw(at)).trim(),
      message: ({ value, rows, count }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        `: a mark, not a value — read as empty. Write what it marks as one of: ${choices}, or in a column of its own.`,
    },
  };
}

/** The values a column of the user's own categories names (inList's `whole`). */
export const OWN_VALUES_SHOWN = 4;

/**
 * A list value in other spelling or in the users' own words (`Complete` → Completed): read as the
 * listed value, with one warning per distinct value and column giving the rows (SPEC).
 */
export function listedSpelling(at: number): RuleBody {
  return {
    byValue: true,
    certainFix: true,
    severity: "warning",
    grouped: {
      on: [VARIANT],
      key: (row) => cellText(row.raw(at)).trim(),
      note: (row) => row.listed[at] as string,
      message: ({ value, rows, count, note }, t) =>
        `${t.header[at]} is ${quote(value)}` +
        (count > 1 ? ` in ${formatNumber(count)} rows (${rowList(rows, count)})` : "") +
        // The listed word with spaces or a line break around it, which no one sees in the cell but a
        // filter or a SUMIFS on the word does not match (a helper's round, real: a meetings calendar's
        // `Active⏎`, told "use the listed spelling "Active"").
        (cellText(value).trim() === note
          ? ` with ${/[\r\n]/.test(cellText(value)) ? "a line break" : "spaces"} around it — retype it as "${note}" (filters and formulas looking for it miss it).`
          : isSpellingOf(cellText(value), note as string)
            ? ` — use the listed spelling "${note}".`
            : // Another word read as the listed one (`NGO` as Nonprofit): the reading said first, to be confirmed
              // or corrected ("…, as it is read here, or the listed value it is" read as a riddle).
              ` — read as "${note}": use the listed spelling "${note}", or another value from the list if it means something else.`),
    },
  };
}

/**
 * Is a user's word a spelling of the listed value (`complete` of Completed, `Facilities` of Facility,
 * `In-kind` of In kind), or another word read as it (`Land and Building` as Infrastructure, `In
 * Design` as Defining)? The second is a reading to confirm, not only a spelling to correct: SPEC's
 * "use the listed spelling" warning says so (a helper's round, real: a council's land register,
 * "use the listed spelling Infrastructure" on 212 rows, read as a correction of a typo).
 */
function isSpellingOf(value: string, listed: string): boolean {
  const letters = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "")
      .replace(/ies$/, "y")
      .replace(/s$/, "");
  const [a, b] = [letters(value), letters(listed)];
  return a === b || (a.length >= 4 && b.length >= 4 && editDistance(a, b) <= 2);
}

/** Levenshtein distance (short words only: list values). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
