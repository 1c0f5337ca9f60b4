import { cellText } from "./text";
import type { Cell } from "./types";

/** One sheet's rows as a copy would place them: the key cell (Partner) of each row. */
export interface SheetKeys {
  readonly sheet: string;
  readonly keys: readonly Cell[];
  /** The amount columns it fills (`committed`, `received`): a restatement fills no other than its ledger's. */
  readonly amounts: readonly string[];
  /** Each row's partner and amounts as one text, for rows another sheet holds already. */
  readonly rows: readonly string[];
}

/** A sheet that restates another per partner: one row each for the partners of the other's rows. */
export interface Restated {
  readonly sheet: string;
  /** The sheet whose rows it restates. */
  readonly of: string;
  /** Its partners (distinct names), and how many of them are also on the other sheet's rows. */
  readonly partners: number;
  readonly shared: number;
  /** Whether it holds amounts (then its money would count twice), or names only. */
  readonly money: boolean;
  readonly rows: number;
  /** Its rows are all the other's rows too (a subset table, or the same sheet twice), not a per-partner summary. */
  readonly copy?: boolean;
}

/** Rows a sheet has at least for every one of them on another sheet to make it a copy, not chance. */
const MIN_COPIED_ROWS = 3;

/** Fewer partners than this is no summary sheet to tell from a short list that shares names. */
const MIN_PARTNERS = 10;

const keyOf = (cell: Cell) => cellText(cell).replace(/\s+/g, " ").trim().toLowerCase();

/**
 * A workbook's sheets that restate another sheet of the same tab per partner — a five-year total or
 * average for each municipality beside the year-by-year ledger — so copying both would put each
 * partner's money in the tracker twice (a helper's round, real: the SWPA grant-revenue workbook, whose
 * 2,698 yearly rows came with 536 five-year averages and 536 five-year totals of the same
 * municipalities: 3,770 rows in Partners, each municipality seven times).
 *
 * A sheet restates another when the other is a ledger (two rows or more a partner, on average), it has
 * about one row a partner, nine in ten of its partners are on the other's rows, and it names half of
 * the other's partners at least, and it fills no amount column the other does not (a directory's
 * pledges beside a sheet of payments is two kinds of money, not one twice: a reviewer's repro). Sheets
 * of a ledger kept a month a sheet are not: each has one row a
 * partner or several, never one sheet several and the next one for the same partners — and where one
 * does, the month with one payment each is said, not dropped unseen.
 */
export function restatedSheets(
  sheets: readonly SheetKeys[],
  /**
   * Sheets that are never copies of each other, whatever rows they share (sheets named for different
   * years or quarters: the same recurring grants a year each, not one year twice).
   */
  apart: (a: string, b: string) => boolean = () => false,
): Restated[] {
  const read = sheets.map((s) => {
    const keys = s.keys.map(keyOf).filter((k) => k !== "");
    return { sheet: s.sheet, rows: keys.length, names: new Set(keys), amounts: s.amounts };
  });
  const out: Restated[] = [];
  // A sheet whose every row (partner and amounts) another sheet holds too: a table of the City's own
  // awards beside the full list that has them, or one sheet twice (a helper's round, real: Chicago's
  // federal-funds workbooks, $7.96bn copied for $5.43bn). The larger or earlier one is copied.
  const copied = new Set<string>();
  sheets.forEach((a, i) => {
    if (a.rows.length < MIN_COPIED_ROWS) return;
    const of = sheets.find((b, j) => {
      if (j === i || copied.has(b.sheet) || b.rows.length < a.rows.length || apart(a.sheet, b.sheet)) return false;
      if (b.rows.length === a.rows.length && j > i) return false;
      const has = new Set(b.rows);
      return a.rows.every((r) => has.has(r));
    });
    if (!of) return;
    copied.add(a.sheet);
    const names = new Set(a.keys.map(keyOf).filter((k) => k !== ""));
    out.push({
      sheet: a.sheet,
      of: of.sheet,
      partners: names.size,
      shared: names.size,
      rows: a.rows.length,
      money: a.amounts.length > 0,
      copy: true,
    });
  });
  for (const summary of read) {
    if (copied.has(summary.sheet)) continue;
    if (summary.names.size < MIN_PARTNERS || summary.rows > summary.names.size * 1.25) continue;
    for (const d of read) {
      if (d.sheet === summary.sheet || d.rows < d.names.size * 2) continue;
      if (!summary.amounts.every((a) => d.amounts.includes(a))) continue;
      let shared = 0;
      for (const name of summary.names) if (d.names.has(name)) shared++;
      if (shared < summary.names.size * 0.9 || summary.names.size < d.names.size * 0.5) continue;
      const money = summary.amounts.length > 0;
      out.push({ sheet: summary.sheet, of: d.sheet, partners: summary.names.size, shared, rows: summary.rows, money });
      break;
    }
  }
  return out;
}

/** One sheet's data rows as partsOfWhole compares them: each row's partner and amounts as one text. */
export interface SheetRows {
  readonly sheet: string;
  readonly rows: readonly string[];
}

/**
 * A sheet whose rows hold every row of two other sheets or more — a `Compiled` sheet beside `Part 1`,
 * `Part 2` and `Part 3` — its parts, and the sheets holding its very rows again (`Reg`, the same councils
 * sorted by region): the whole is the figure, the others pieces or copies of it (a helper's round, real:
 * South Australia's grants commission tables, Part 1 summed as $38.0M for $153.2M, and every sheet
 * together as three times it). The first such sheet in workbook order; undefined for none.
 */
export function partsOfWhole(
  sheets: readonly SheetRows[],
): { whole: string; parts: string[]; copies: string[] } | undefined {
  // The parts share no row and make up the whole row for row: quarters of recurring grants, each the
  // same payments again, are no parts of the quarter holding most of them (a reviewer's repro: --sheet
  // all summed Q1 alone, $6,500 for $21,500). A copy holds the whole's rows, each as often.
  const sorted = (rows: readonly string[]) => [...rows].sort().join("\u0001");
  for (const whole of sheets) {
    const has = new Set(whole.rows);
    const within = (s: SheetRows) => s !== whole && s.rows.length > 0 && s.rows.every((r) => has.has(r));
    const parts = sheets.filter((s) => within(s) && s.rows.length < whole.rows.length);
    if (parts.length < 2) continue;
    const earlier = new Set<string>();
    let disjoint = true;
    for (const p of parts) {
      if (p.rows.some((r) => earlier.has(r))) disjoint = false;
      for (const r of p.rows) earlier.add(r);
    }
    if (!disjoint || parts.reduce((n, p) => n + p.rows.length, 0) !== whole.rows.length) continue;
    const copies = sheets.filter((s) => within(s) && sorted(s.rows) === sorted(whole.rows));
    return { whole: whole.sheet, parts: parts.map((p) => p.sheet), copies: copies.map((c) => c.sheet) };
  }
  return undefined;
}
