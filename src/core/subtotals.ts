/**
 * Totals that say nothing (SPEC "Rows that are not data", money never counted twice): rows with no
 * name in the key column whose amounts add up other rows — found by their figures, since no label
 * says Total. Two layouts of real sheets:
 * - `sumAbove`: a grand total under the data with no label at all, its last row (real: a city's
 *   budget status sheet, whose unlabelled row 509 doubled its $338.5M; a state's grants to 79 councils).
 * - `subtotalOfBelow`: a group's subtotal on a row of its own above the group's rows, its name in
 *   another column (real: a federal report's state rows — `Arkansas | | | 250,000` over its two
 *   local grants of 50,000 and 200,000 — which doubled every figure).
 * A row without a name whose figures add up nothing stays a data row (its missing name an error).
 */

export type SubtotalKind = "sumAbove" | "subtotalOfBelow";

export interface SubtotalRows {
  /** 0-based rows to look at: [first, end). */
  readonly first: number;
  readonly end: number;
  /** Does row `r` have no name in the key column (blank, or a placeholder)? */
  readonly nameless: (r: number) => boolean;
  /** Row `r`'s figures, one per amount column (NaN where it has none). */
  readonly amounts: (r: number) => readonly number[];
  /** Is row `r` a boundary that no sum crosses: a labelled Total row, or a note? */
  readonly boundary: (r: number) => boolean;
}

/** Within rounding: a statement rounds each line and its total apart. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 0.001);
}

/** Do `sums` give every figure `want` has (at least one of them not 0)? */
function addsUp(want: readonly number[], sums: readonly number[]): boolean {
  let matched = 0;
  for (let k = 0; k < want.length; k++) {
    if (!Number.isFinite(want[k])) continue;
    if (!same(want[k], sums[k])) return false;
    if (want[k] !== 0) matched++;
  }
  return matched > 0;
}

function hasFigure(values: readonly number[]): boolean {
  return values.some((v) => Number.isFinite(v));
}

/**
 * The nameless rows of a block that add up others, by kind. Only a block with nameless rows that
 * hold figures pays for more than one look at each row.
 */
export function subtotalRows(rows: SubtotalRows): Map<number, SubtotalKind> {
  const found = new Map<number, SubtotalKind>();
  // Each row once: nameless rows with figures (the candidates), named rows with figures, boundaries.
  type Line = { row: number; nameless: boolean; boundary: boolean; values: readonly number[] };
  const lines: Line[] = [];
  for (let r = rows.first; r < rows.end; r++) {
    if (rows.boundary(r)) {
      lines.push({ row: r, nameless: false, boundary: true, values: [] });
      continue;
    }
    const values = rows.amounts(r);
    if (!hasFigure(values)) continue;
    lines.push({ row: r, nameless: rows.nameless(r), boundary: false, values });
  }
  const candidates = lines.filter((l) => l.nameless);
  if (candidates.length === 0) return found;
  const width = candidates[0].values.length;

  // A group's subtotal above its rows: the named rows down to the next nameless row (or boundary)
  // add up to it. Taken only when the sheet is laid out so — two such rows at least, and most of its
  // nameless rows — since one row whose figure equals the next row's may be a grant missing its name.
  const below: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].nameless) continue;
    const sums = new Array<number>(width).fill(0);
    let named = 0;
    for (let j = i + 1; j < lines.length && !lines[j].nameless && !lines[j].boundary; j++) {
      lines[j].values.forEach((v, k) => (sums[k] += Number.isFinite(v) ? v : 0));
      named++;
    }
    if (named > 0 && addsUp(lines[i].values, sums)) below.push(lines[i].row);
  }
  if (below.length >= 2 && below.length * 2 >= candidates.length) {
    for (const r of below) found.set(r, "subtotalOfBelow");
  }

  // A total under its rows: the last row with figures before a boundary (or the end), nameless, and
  // the rows since the last boundary — two at least — add up to it. Only the last: amid the rows, a
  // figure that happens to equal those above it (100, 200, then 300) is no total.
  let sums = new Array<number>(width).fill(0);
  let counted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.boundary) {
      sums = new Array<number>(width).fill(0);
      counted = 0;
      continue;
    }
    if (found.has(line.row)) continue;
    const last = i + 1 === lines.length || lines[i + 1].boundary;
    if (last && line.nameless && counted >= 2 && addsUp(line.values, sums)) {
      found.set(line.row, "sumAbove");
      continue;
    }
    line.values.forEach((v, k) => (sums[k] += Number.isFinite(v) ? v : 0));
    counted++;
  }
  return found;
}
