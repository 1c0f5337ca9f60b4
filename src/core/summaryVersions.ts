import { cellText, isBlank, trimCaseKey } from "./text";
import type { Cell, HeaderMapping } from "./types";

/**
 * Versions of one budget on rows of their own (PartnerSummary.versions): a budget book's export keeps
 * each line as ACTUAL, ORIGINAL, REVISED and ESTIMATE, a capital budget as proposed and adopted — added
 * up, each budget counts once per version (helpers' rounds, real: Bermuda's expenditure summary, 2020's
 * $1.13M shown as $4.38M; San Diego's capital budget, proposed and adopted FY24 and FY25 both summed,
 * $8.91bn for $7.39bn). A column of such words alone, two of them at least, is that; the summary says
 * each version's total, so the reader sums the one that is meant.
 */

/** The words a budget's versions go by. */
const VERSION_WORDS: ReadonlySet<string> = new Set(
  [
    "actual",
    "actuals",
    "original",
    "original budget",
    "revised",
    "revised budget",
    "revised estimate",
    "estimate",
    "estimates",
    "estimated",
    "proposed",
    "proposed budget",
    "adopted",
    "adopted budget",
    "approved",
    "approved budget",
    "amended",
    "amended budget",
    "enacted",
    "recommended",
    "requested",
    "forecast",
    "projected",
    "projection",
    "budget",
    "final",
    "final budget",
    "preliminary",
  ].map(trimCaseKey),
);

/** Rows looked at to tell a version column. */
const SAMPLE_ROWS = 200;

/** The unmapped column of the block whose values are budget versions (two at least), or -1. */
export function versionColumnOf(matrix: readonly (readonly Cell[] | undefined)[], mapping: HeaderMapping): number {
  const end = Math.min(matrix.length, mapping.headerRow + 1 + SAMPLE_ROWS);
  for (const u of mapping.unknown) {
    const seen = new Set<string>();
    let versions = true;
    for (let r = mapping.headerRow + 1; r < end && versions; r++) {
      const cell = matrix[r]?.[u.index];
      if (isBlank(cell)) continue;
      const key = typeof cell === "string" ? trimCaseKey(cell) : "";
      if (VERSION_WORDS.has(key)) seen.add(key);
      else versions = false;
    }
    if (versions && seen.size >= 2) return u.index;
  }
  return -1;
}

/** One version's rows, and its Committed. */
export interface VersionTotal {
  readonly version: string;
  readonly rows: number;
  readonly committed: number;
}

/** What PartnerSummary says of a budget's versions: the column's header and each version's total. */
export interface Versions {
  readonly column: string;
  readonly byVersion: readonly VersionTotal[];
}

/** Tallies rows by version, in the order the versions are first met. */
export class VersionTally {
  private readonly totals = new Map<string, { version: string; rows: number; committed: number }>();
  private column = "";

  headedBy(header: string): void {
    if (this.column === "") this.column = header;
  }

  /** One row: its version's cell, its Committed, and its partner's name (to tell a line restated). */
  add(cell: Cell, committed: number, partner: string | undefined): void {
    if (isBlank(cell)) return;
    const as = cellText(cell).trim();
    const key = trimCaseKey(as);
    let t = this.totals.get(key);
    if (!t) this.totals.set(key, (t = { version: as, rows: 0, committed: 0 }));
    t.rows++;
    t.committed += committed;
    if (partner === undefined || this.restated) return;
    const name = trimCaseKey(partner);
    const first = this.firstVersion.get(name);
    if (first === undefined) this.firstVersion.set(name, key);
    else if (first !== key) this.restated = true;
  }

  /** Each partner's first version, until one is met under another: a line restated per version. */
  private readonly firstVersion = new Map<string, string>();
  private restated = false;

  result(): Versions | undefined {
    // Versions of one budget restate its lines: a column of such words where no line comes twice
    // (`Value basis`: Actual or Estimated, a partner a row) is a note on each row, not versions (a
    // reviewer's repro).
    if (this.totals.size < 2 || !this.restated) return undefined;
    return { column: this.column, byVersion: [...this.totals.values()] };
  }
}
