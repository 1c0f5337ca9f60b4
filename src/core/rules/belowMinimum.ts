/**
 * A column's minimum (common.ts commonRules): amounts below 0, told apart as a column of credits, a
 * ledger's adjustments and money taken back, or an error per row. Split from common.ts.
 */
import type { ColumnSpec } from "../../schema";
import { formatNumber } from "../coerce";
import { OK, type TypedTable } from "../rows";
import { DuplicateFinder } from "../duplicates";
import { cellText, isBlank, quote, rowList } from "../text";
import type { Cell } from "../types";
import type { RuleBody } from "./types";

/** Rows at least, every one negative, that make a column of credits said once (atLeast). */
const CREDITS_ROWS = 5;

/** Half a cent: an amount nearer 0 than this is 0 (atLeast). */
const HALF_CENT = 0.005;

export function atLeast(at: number, column: ColumnSpec, min: number): RuleBody {
  const money = column.type === "currency";
  // (A cell quoted as the sheet shows it, the money after it in a column of thousands: quoteFigure.)
  const shown = (row: TypedTable, n: number, cell?: Cell) => (money ? row.quoteFigure(at, n, cell) : formatNumber(n));
  return {
    severity: "error",
    stateful: {
      on: [OK],
      start: (t, context) => {
        // The rows below `min` (0-based matrix rows): their messages are made at the end, once it is
        // known whether the column says them one by one (a 1M-row ledger holds no strings meanwhile).
        let below: number[] = [];
        let nonZero = 0;
        // (A field, not a captured `let`: see phoneNumbers.)
        const positive = { sum: 0 };
        return {
          check: (row) => {
            let n = row.num[at];
            // An amount within half a cent of 0 is 0: a sum's floating-point residue saved as its
            // value (a helper's round, real: LA's budget, -5.8E-11 said as a "-$0.00" adjustment).
            if (money && n < 0 && n > -HALF_CENT) n = 0;
            if (n !== 0) nonZero++;
            if (n > 0) positive.sum += n;
            if (n < min) below.push(row.row);
          },
          finish: (report) => {
            const valueAt = (r: number): Cell => t.matrix[r]?.[t.index[at]] ?? null;
            // Negative rows read as part of the ledger (adjustments netted off, credit notes): one warning.
            const warnNegatives = (
              rows: readonly number[],
              which: string,
              readAs: string,
              advice = " — if one is not, enter it as a positive amount",
            ) => {
              const first = rows[0];
              const n = rows.length;
              report(
                first,
                at,
                `${t.header[at]} is negative on ${formatNumber(n)} ${n === 1 ? "row" : "rows"} ` +
                  `(${rowList(rows, n)}) ${which} (such as ${shown(t, t.numAt(first, at), valueAt(first))} on row ${first + 1}): ` +
                  `read as ${readAs}, netted in the totals${advice}.`,
                valueAt(first),
                { severity: "warning", rows: n, cells: [...rows] },
              );
            };
            // Every figure negative (a ledger keeping its outlays as credits: a federal account's 262
            // rows, one error each, and a Received of −$1.6T): one error for the column, not one a row.
            if (min === 0 && below.length >= CREDITS_ROWS && below.length === nonZero) {
              const first = below[0];
              const n = below.length;
              report(
                first,
                at,
                `${t.header[at]} is negative on every one of its ${formatNumber(n)} rows with a figure (such as ` +
                  `${shown(t, t.numAt(first, at), valueAt(first))} on row ${first + 1}): kept as credits? Enter them as ` +
                  `positive amounts, or check the source.`,
                valueAt(first),
                { rows: n, cells: below },
              );
              return;
            }
            // A ledger's adjustment lines: negative rows of partners whose other rows are positive
            // (co-funding netted off a grant, `15/IA/100 EPA(N)`): one warning, not an error each (a
            // helper's round, real: Science Foundation Ireland's commitments, 22 errors). Half the rows
            // at most, and never in the tracker's own tables, where Committed is one figure a row.
            // Lines a column of line kinds marks as money taken back (`rescind` beside `designate`): said
            // once, whatever share of the rows they are — the sheet says what they are (a helper's round,
            // real: New York City Council's transparency resolution, 79 errors "expected $0 or more").
            if (min === 0 && !context.trackerTable && below.length > 0 && below.length <= ADJUSTMENTS_LOOKED_AT) {
              const takenBack = takenBackRows(t, at, below);
              if (takenBack) {
                const { rows, as } = takenBack;
                warnNegatives(rows, `marked ${quote(as)}`, "money taken back", "");
                const said = new Set(rows);
                below = below.filter((r) => !said.has(r));
                nonZero -= rows.length;
              }
            }
            if (
              min === 0 &&
              !context.trackerTable &&
              below.length > 0 &&
              below.length <= ADJUSTMENTS_LOOKED_AT &&
              below.length * 2 <= nonZero
            ) {
              // An award ledger's modification lines (`mod_number`): a negative one takes back money
              // obligated before the file begins, whatever the partner's rows here net to (a helper's
              // round, real: USAspending's prison-hospital contracts, 354 "expected $0 or more").
              if (modificationColumn(t)) {
                // (Made positive, money taken back would be money given twice: a helper's round.)
                warnNegatives(below, `on modification lines`, "money taken back (deobligations)", "");
                return;
              }
              const netted = adjustmentRows(t, at, below);
              // A few negative lines among many positive ones, some of partners with none: a payments
              // ledger's credit notes and refunds (a helper's round, real: a police commissioner's
              // monthly spend, 21 errors "expected $0 or more" on a clean ledger). One warning for all.
              // Small beside them too: a plan's line taking back more than the rest commit is no credit note.
              const positives = nonZero - below.length;
              const credited = below.reduce((sum, r) => sum - t.numAt(r, at), 0);
              if (
                netted.length < below.length &&
                below.length * CREDITS_SHARE <= positives &&
                credited * CREDITS_SHARE <= positive.sum &&
                repeatsKeys(t)
              ) {
                warnNegatives(below, `among ${formatNumber(positives)} positive ones`, "credit notes or refunds");
                return;
              }
              if (netted.length > 0) {
                warnNegatives(netted, `of ${ROWS_OF[t.tab.name]} whose other rows are positive`, "adjustments");
                const kept = new Set(netted);
                below = below.filter((r) => !kept.has(r));
              }
            }
            // (The least as the cells are written: `0`, not `0 (thousands: 0)`.)
            const least = money ? t.formatAmount(at, min) : formatNumber(min);
            for (const r of below) {
              const cell = valueAt(r);
              report(r, at, `${t.header[at]} is ${shown(t, t.numAt(r, at), cell)} — expected ${least} or more.`, cell);
            }
          },
        };
      },
    },
  };
}

/**
 * Is some key (a partner's name, case aside) on two rows: a ledger, whose lines are payments and
 * credits, not a list of one figure a partner? Read only for a column with negative lines. Hashed
 * from the cells' characters (DuplicateFinder), not a Set of lower-cased names: on the bench's 100k
 * distinct names with a negative line in 89, that Set was 5 MB of `check`'s peak memory (0.52× the
 * old reader's, where the goal is 0.50×).
 */
function repeatsKeys(t: TypedTable): boolean {
  if (t.keySlot < 0) return false;
  const key = t.index[t.keySlot];
  const nameAt = (r: number) => cellText(t.matrix[r]?.[key] ?? null);
  const seen = new DuplicateFinder("trimCase", nameAt, t.rowCount - t.firstDataRow);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (seen.firstRowOf(nameAt(r), r) !== undefined) return true;
  }
  return false;
}

/**
 * Positive rows for each negative one, and positive amount for each credited, at least, that make the
 * negatives a ledger's credit notes.
 */
const CREDITS_SHARE = 4;

/** What a tab's rows list, as the adjustments' message names them (a capital plan's assets are no partners). */
const ROWS_OF: Readonly<Record<string, string>> = {
  Partners: "partners",
  Assets: "assets",
  Leadership: "people",
  Foundation: "initiatives",
};

/** Negative rows at most that adjustmentRows reads the column for (a 1M-row ledger's are errors each). */
const ADJUSTMENTS_LOOKED_AT = 10_000;

/**
 * The rows of `below` (negative amounts in column `at`) whose partner — the block's key, as written,
 * case aside — has positive amounts on other rows adding up to at least its negatives: adjustments
 * netted off its grants. Read from the cells once, only for a column with negatives.
 */
/** Has the block an unmapped column numbering an award's modifications (`mod_number`, `Modification No`)? */
function modificationColumn(t: TypedTable): boolean {
  // Its cells modifications' numbers (`P00001`, `0`, `A01`), not a home-modification programme's words
  // (`Ramp`: a reviewer's repro).
  const numbered = (column: number) => {
    let seen = 0;
    for (let r = t.firstDataRow; r < t.rowCount && seen < 20; r++) {
      const cell = t.matrix[r]?.[column];
      if (isBlank(cell)) continue;
      if (!/^\s*[A-Za-z]{0,3}\d{1,8}\s*$/.test(cellText(cell))) return false;
      seen++;
    }
    return seen > 0;
  };
  return t.mapping.unknown.some((u) => MODIFICATION_HEADER.test(u.header) && numbered(u.index));
}

/**
 * A line's kind saying money is taken back, the whole cell: `rescind`, `Rescission`, `Deobligation`,
 * `Reduction`, `Refund`, `Cancelled`, `Clawback`.
 */
const TAKEN_BACK =
  /^(?:rescind(?:ed)?|rescission|reduc(?:e|ed|tion)|refund(?:ed)?|returned|revers(?:al|ed)|recapture[d]?|de-?\s?obligat(?:ed?|ion)|decrease[d]?|cancel(?:l?ed|lation)?|claw-?\s?back|withdrawn|withdrawal)s?$/i;

/**
 * The negative rows of `below` that a column outside the mapping marks as money taken back (TAKEN_BACK)
 * with a word no positive row of that column has, and the word (the first such row's): a ledger of
 * designations and rescissions, or of awards and deobligations. Read only for a column with negatives.
 */
function takenBackRows(
  t: TypedTable,
  at: number,
  below: readonly number[],
): { rows: number[]; as: string } | undefined {
  const textAt = (r: number, column: number) => cellText(t.matrix[r]?.[column] ?? null).trim();
  for (const { index: column } of t.mapping.unknown) {
    const words = new Set<string>();
    for (const r of below) {
      const text = textAt(r, column);
      if (text.length <= 20 && TAKEN_BACK.test(text)) words.add(text.toLowerCase());
    }
    if (words.size === 0) continue;
    // A word on a positive row too is no kind of line taking money back (a `Reduction` programme).
    for (let r = t.firstDataRow; r < t.rowCount && words.size > 0; r++) {
      if (t.numAt(r, at) > 0) words.delete(textAt(r, column).toLowerCase());
    }
    const rows = below.filter((r) => words.has(textAt(r, column).toLowerCase()));
    if (rows.length > 0) return { rows, as: textAt(rows[0], column) };
  }
  return undefined;
}

const MODIFICATION_HEADER = /^\s*(?:award[\s_]*)?mod(?:ification)?[\s_]*(?:number|no\.?|num|#)?\s*$/i;

function adjustmentRows(t: TypedTable, at: number, below: readonly number[]): number[] {
  if (t.keySlot < 0) return [];
  const key = t.index[t.keySlot];
  const nameAt = (r: number) =>
    cellText(t.matrix[r]?.[key] ?? null)
      .trim()
      .toLowerCase();
  const net = new Map<string, number>();
  for (const r of below) {
    const name = nameAt(r);
    if (name !== "") net.set(name, (net.get(name) ?? 0) + t.numAt(r, at));
  }
  if (net.size === 0) return [];
  const skip = new Set([...below, ...t.leftOut.map((l) => l.row)]);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (skip.has(r)) continue;
    const name = nameAt(r);
    const sum = net.get(name);
    if (sum === undefined) continue;
    const v = t.numAt(r, at);
    if (Number.isFinite(v) && v > 0) net.set(name, sum + v);
  }
  return below.filter((r) => (net.get(nameAt(r)) ?? -1) >= 0);
}
