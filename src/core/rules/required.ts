/**
 * SPEC's required columns (common.ts commonRules): a column missing altogether, a value missing on a
 * row, a placeholder instead of one — and a roster's seats that have no holder to name (vacant,
 * abolished, a name kept back), which are facts about the body, not values missing. Split from
 * common.ts.
 */
import { formatNumber } from "../coerce";
import { BLANK, PLACEHOLDER, type TypedTable } from "../rows";
import { cellText, isWithheld, normalizeKey, quote, rowList } from "../text";
import { isWithheldName } from "./withheldNames";
import type { RuleBody } from "./types";

/** A required column the range lacks altogether: one error on the header row, not one per row. */
export function missingColumn(): RuleBody {
  return {
    severity: "error",
    absent: (header) => `There is no ${header} column — add one headed "${header}"; every row needs one.`,
  };
}

/**
 * A seat without its holder (`Vacant`, `Vacant post`, `VAKANT`) in a roster's name column: a fact about
 * the body, not a value missing (a helper's round, real: DC's neighbourhood commissions, 15 of 345
 * seats vacant, each "every row needs one" and the correct roster exit 1). So are an org chart's
 * abolished posts (`Eliminated`): a UK department's senior-staff chart, 142 eliminated posts among
 * 196 rows "every row needs one" (a helper's round, real). So is a holder's name not given (`N/D`,
 * `Not disclosed`, `Withheld`, `REDACTED`: isWithheld): a post the sheet does not mark vacant, its
 * holder's name kept back or not to hand (corpus round fk, real: the Environment Agency's organogram,
 * `N/D` on 104 posts an error, the correct file exit 1, where `Vacant` and `Eliminated` beside it were
 * read for what they are). Said true of every such word: `N/D` is "not disclosed" in a UK organogram
 * (no name published below the senior grades) and "não disponível", "no disponible" (not available)
 * in a Portuguese or Spanish sheet, and the core does not know a sheet's language (a helper's brief).
 * A placeholder saying there is none (`N/A`, `TBD`) stays a required value missing, as SPEC has
 * placeholders.
 */
// (`(vacant)`, `Vacant - recruiting`, `Poste vacant`, `To be appointed`: a helper's round, each read as a name;
// `No candidate`, a seat no one stood for: DC's neighbourhood commissions, "two people of one name?".)
const VACANCY =
  /^\s*[([]?(?:vacant|vakant|vacante|vacancy|vago)[)\]]?(?:\s+(?:post|position|seat))?(?:\s*[-–—:].{0,80})?\s*$|^\s*(?:post|poste|position|seat)\s+vacant\s*$|^\s*to\s+be\s+(?:appointed|filled)\s*$|^\s*no\s+(?:candidates?|nominee)\s*$/i;
const ABOLISHED = /^\s*(?:(?:post|position)\s+)?(?:eliminated|abolished|deleted)(?:\s+(?:post|position))?\s*$/i;

type SeatKind = "vacant" | "abolished" | "withheld" | "vacantBeside";

function seatKind(row: TypedTable, at: number): SeatKind | undefined {
  const raw = row.raw(at);
  const text = cellText(raw);
  if (VACANCY.test(text)) return "vacant";
  if (ABOLISHED.test(text)) return "abolished";
  if (isWithheld(raw)) return "withheld";
  return text.trim() === "" && saidVacantBeside(row, at) ? "vacantBeside" : undefined;
}

/**
 * A blank name on a row another column of which says `Vacant` (`PositionStatus`: a helper's round,
 * real: the US Plum Book, 2,318 vacant seats each "Name is empty").
 */
function saidVacantBeside(row: TypedTable, at: number): boolean {
  const cells = row.matrix[row.row] ?? [];
  const headers = row.matrix[row.mapping.headerRow] ?? [];
  const own = row.index[at];
  return cells.some((cell, c) => {
    if (c === own || typeof cell !== "string") return false;
    const header = cellText(headers[c]);
    // Another person's column (`DIVISION MANAGER`, `REPORTS TO`) says their seat is vacant, not this
    // row's; a status column's `PENDING PROMO` says this one is being filled (a helper's round, real:
    // NYC Buildings' staff chart, 13 of 18 posts being filled "Name is empty", 5 "vacant" by a manager's).
    if (OTHER_PERSON.test(header)) return false;
    return VACANCY.test(cell) || (/status/i.test(header) && BEING_FILLED.test(cell));
  });
}

/** A column naming another person than the row's: a manager, a supervisor, whom the row reports to. */
const OTHER_PERSON = /manager|supervisor|reports?\s*to|line\s*manager|previous|former|deputy/i;

/** A post's status while it is being filled. */
const BEING_FILLED =
  /^\s*(?:pending\s+(?:promo(?:tion)?|hire|hiring|appointment|fill)|to\s+be\s+(?:filled|appointed|hired)|unfilled|open\s+position|recruiting)\s*$/i;

const SEATS: Record<SeatKind, (count: number) => string> = {
  vacant: (n) => `${n === 1 ? "a seat" : "seats"} without a holder — name each holder when one is appointed.`,
  abolished: (n) => `${n === 1 ? "a post" : "posts"} abolished, with no holder to name.`,
  withheld: (n) =>
    `${n === 1 ? "a post" : "posts"} with no name given (not disclosed, or not available) — not marked vacant; ` +
    `add a name only where you know who holds ${n === 1 ? "it" : "one"}.`,
  vacantBeside: (n) => `${n === 1 ? "a seat" : "seats"} without a holder — name each holder when one is appointed.`,
};

/** A roster's seats without a named holder: each kind said once, a warning, with its rows (see VACANCY). */
export function vacantSeats(at: number): RuleBody {
  return {
    severity: "warning",
    grouped: {
      on: [PLACEHOLDER, BLANK],
      when: (row) => seatKind(row, at) !== undefined,
      key: (row) => seatKind(row, at) ?? "",
      note: (row) => seatKind(row, at) ?? "vacant",
      message: ({ value, rows, count, note }, t) =>
        (note === "vacantBeside"
          ? `${t.header[at]} is empty in ${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}) ` +
            `another column marks vacant or being filled: `
          : `${t.header[at]} is ${quote(value)} in ${formatNumber(count)} ${count === 1 ? "row" : "rows"} (${rowList(rows, count)}): `) +
        SEATS[note as SeatKind](count),
    },
  };
}

/**
 * A UK organogram's junior posts: rows a `Senior/Junior` column marks Junior, each a grade's count of
 * posts (`FTE` 2.6), no person named by design (a helper's round, real: the Department for Transport's,
 * 4,905 "Name is empty" errors of 4,909). No name to ask for.
 */
function juniorPosts(row: TypedTable): boolean {
  const column = row.mapping.unknown.find((u) => SENIORITY_HEADERS.has(normalizeKey(u.header)))?.index;
  return column !== undefined && /^\s*junior\s*$/i.test(cellText(row.matrix[row.row]?.[column]));
}

/** The column saying a row is a senior post or junior posts (`Senior/Junior`; the DfT's `Seniority`). */
const SENIORITY_HEADERS: ReadonlySet<string> = new Set(["seniorjunior", "seniority"]);

export function required(at: number, seats: boolean, withheld: boolean): RuleBody {
  return {
    byValue: true,
    severity: "error",
    each: {
      on: [BLANK],
      when: seats ? (row) => !juniorPosts(row) && !saidVacantBeside(row, at) : undefined,
      message: (row) => `${row.header[at]} is empty — every row needs one.`,
    },
    // A placeholder (`N/A`, `TBD`) is reported once per column with a count (SPEC); a roster's
    // vacant seats are said apart (vacantSeats), and a partner's name withheld (withheldNames).
    grouped: {
      on: [PLACEHOLDER],
      when: seats ? (row) => seatKind(row, at) === undefined : withheld ? (row) => !isWithheldName(row, at) : undefined,
      key: () => "",
      message: ({ value, rows, count }, t) =>
        count === 1
          ? `${t.header[at]} is ${quote(value)}, a placeholder, not a value — every row needs one.`
          : `${t.header[at]} holds a placeholder (such as ${quote(value)}) instead of a value in ${formatNumber(count)} ` +
            `rows (${rowList(rows, count)}) — every row needs one.`,
    },
  };
}
