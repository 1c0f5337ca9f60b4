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
  /**
   * Has row `r` no text of its own: words only where the row above has the same (its group's programme
   * and priority), and figures only where they add up that column's rows from `from` — no code, name
   * or title of a record (a grant's number `1004` is its own: a reviewer's repro)?
   */
  readonly noTextOfItsOwn?: (r: number, from: number) => boolean;
}

/** Within rounding: a statement rounds each line and its total apart. */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 0.001);
}

/** Do `sums` give every figure `want` has (at least one of them not 0)? */
function addsUp(want: readonly number[], sums: readonly number[]): boolean {
  let matched = 0;
  for (let k = 0; k < want.length; k++) {
    if (!Number.isFinite(want[k])) continue;
    if (!sameFigure(want[k], sums[k])) return false;
    if (want[k] !== 0) matched++;
  }
  return matched > 0;
}

function hasFigure(values: readonly number[]): boolean {
  return values.some((v) => Number.isFinite(v));
}

/**
 * The nameless rows of a block that add up others, by kind. Only a block with nameless rows that
 * hold figures pays for this; two passes that keep no more than the candidates' figures (a sheet of
 * a million rows with a few blank names kept a million lines here: +150 MB).
 */
export function subtotalRows(rows: SubtotalRows): Map<number, SubtotalKind> {
  const found = new Map<number, SubtotalKind>();
  const add = (sums: number[], values: readonly number[]) =>
    values.forEach((v, k) => (sums[k] += Number.isFinite(v) ? v : 0));

  // A group's subtotal above its rows: the named rows down to the next nameless row (or boundary)
  // add up to it. Taken only when the sheet is laid out so — two such rows at least, and most of its
  // nameless rows — since one row whose figure equals the next row's may be a grant missing its name.
  const below: number[] = [];
  let candidates = 0;
  let open: { row: number; values: readonly number[]; sums: number[]; named: number } | undefined;
  const close = () => {
    if (open && open.named > 0 && addsUp(open.values, open.sums)) below.push(open.row);
    open = undefined;
  };
  for (let r = rows.first; r < rows.end; r++) {
    if (rows.boundary(r)) {
      close();
      continue;
    }
    const values = rows.amounts(r);
    if (!hasFigure(values)) continue;
    if (rows.nameless(r)) {
      close();
      candidates++;
      open = { row: r, values, sums: new Array<number>(values.length).fill(0), named: 0 };
    } else if (open) {
      add(open.sums, values);
      open.named++;
    }
  }
  close();
  if (candidates === 0) return found;
  if (below.length >= 2 && below.length * 2 >= candidates) {
    for (const r of below) found.set(r, "subtotalOfBelow");
  }

  // A total under its rows: the last row with figures before a boundary (or the end), nameless, and
  // the rows since the last boundary — two at least — add up to it, or the last of them do (see
  // addsUpLastRows). Only the last: amid the rows, a figure that happens to equal those above it
  // (100, 200, then 300) is no total.
  let sums: number[] | undefined;
  let counted = 0;
  let runFirst = rows.first;
  type Candidate = { row: number; values: readonly number[]; before: number[]; counted: number };
  let last: Candidate | undefined;
  // The first nameless row after the last named one: a total right under the data may have figures on
  // the sums under it (an average, a count: real, a helper's round — Sydney's contracts, an unlabelled
  // total then the average contract, 2.02x).
  let trailing: Candidate | undefined;
  let lastNamed = false;
  const settle = () => {
    if (
      !lastNamed &&
      last &&
      last.counted >= 2 &&
      (addsUp(last.values, last.before) || addsUpLastRows(rows, runFirst, last.row, last.values, found))
    ) {
      found.set(last.row, "sumAbove");
    } else if (!lastNamed && trailing && trailing !== last && trailing.counted >= 2) {
      if (addsUp(trailing.values, trailing.before)) found.set(trailing.row, "sumAbove");
    }
    last = undefined;
    trailing = undefined;
  };
  for (let r = rows.first; r < rows.end; r++) {
    if (rows.boundary(r)) {
      settle();
      sums = undefined;
      counted = 0;
      runFirst = r + 1;
      continue;
    }
    if (found.has(r)) continue;
    const values = rows.amounts(r);
    if (!hasFigure(values)) continue;
    sums ??= new Array<number>(values.length).fill(0);
    lastNamed = !rows.nameless(r);
    // Amid the rows, a row with no text of its own — no code, no name, its group's words at most —
    // adding up every row since the last boundary (three at least): a block's subtotal nobody labelled
    // (a helper's round, real: Brussels' ERDF list, each priority's sum under its projects, +21%). A
    // grant missing its name keeps its code and title.
    // (Its figures first: the look at its columns sums each of them, and runs only for a row that adds up.)
    if (!lastNamed && counted >= LAST_ROWS_TOTALLED && addsUp(values, sums) && rows.noTextOfItsOwn?.(r, runFirst)) {
      found.set(r, "sumAbove");
      sums = undefined;
      counted = 0;
      runFirst = r + 1;
      last = undefined;
      trailing = undefined;
      continue;
    }
    // The sums before this row, kept only for a nameless row: it may be the last.
    last = lastNamed ? undefined : { row: r, values, before: [...sums], counted };
    if (lastNamed) trailing = undefined;
    else trailing ??= last;
    add(sums, values);
    counted++;
  }
  settle();
  return found;
}

/** Rows a total of the last rows adds up, at least: two rows' sum under them is as often a grant. */
const LAST_ROWS_TOTALLED = 3;

/**
 * Do the last rows above `row` — LAST_ROWS_TOTALLED at least, back to `first` at most — add up to its
 * figures? A total of the sheet's last part only (real: South Africa's lottery payments, whose
 * unlabelled last row `=SUM(E5057:E5659)` adds up the 603 rows under a header repeated mid-sheet:
 * R192M counted twice). One walk up from the row, once per block.
 */
function addsUpLastRows(
  rows: SubtotalRows,
  first: number,
  row: number,
  want: readonly number[],
  found: ReadonlyMap<number, SubtotalKind>,
): boolean {
  const sums = new Array<number>(want.length).fill(0);
  let counted = 0;
  for (let r = row - 1; r >= first; r--) {
    if (found.has(r)) continue;
    const values = rows.amounts(r);
    if (!hasFigure(values)) continue;
    values.forEach((v, k) => (sums[k] += Number.isFinite(v) ? v : 0));
    if (++counted >= LAST_ROWS_TOTALLED && addsUp(want, sums)) return true;
  }
  return false;
}

/**
 * Group rows above their rows, each with a name of its own, which only the Total row under them
 * gives away: `RELIEF ACT 300` over `PROGRAM ALPHA 100` and `PROGRAM BETA 200`, then `RECOVERY ACT
 * 500` over its programmes, then `Grand Total 800` — a pivot table pasted as values (real: a county's
 * federal awards, $4.25bn summed for its own Grand Total of $1.04bn). Named rows cannot be told from
 * partners by their figures alone (a grant of 5,000 above two of 2,500), so this is taken only when
 * the Total row disagrees with the sum of the rows above it and the layout explains it exactly: from
 * the first row down, each group row is followed by rows that add up to it (two or more, for one
 * group at least), the next row after them is the next group's, and the group rows add up to the Total. The rows of [first, total) in order;
 * `amounts` as for subtotalRows; undefined when the layout is not so.
 */
export function groupRowsAbove(
  first: number,
  total: number,
  amounts: (r: number) => readonly number[],
): number[] | undefined {
  const want = amounts(total);
  const k = want.findIndex((v) => Number.isFinite(v) && v !== 0);
  if (k < 0) return undefined;
  const rows: number[] = [];
  for (let r = first; r < total; r++) if (hasFigure(amounts(r))) rows.push(r);
  // The Total row agrees with the rows above it: no group rows among them.
  const all = new Array<number>(want.length).fill(0);
  for (const r of rows) amounts(r).forEach((v, j) => (all[j] += Number.isFinite(v) ? v : 0));
  if (addsUp(want, all)) return undefined;
  return everyRowGrouped(rows, want, k, amounts) ?? oneGroupRow(rows, want, all, k, amounts);
}

/**
 * Group rows under their rows, each named as its group — `Public Safety 600` under `Fire 200` and
 * `Police 400`, then `Public Infrastructure 100` under its departments, then `allDepartmentTotal 700`
 * — a budget book's goals under their departments (a helper's round, real: Albuquerque's budget by
 * fund, every dollar summed three times). As groupRowsAbove, taken only when the Total row disagrees
 * with the rows above it and the layout explains it exactly: from the first row down, rows and then
 * the row that adds them up (two rows or more, for one group at least; GROUPS_UNDER groups at least),
 * each group's row its name and figures alone, the last row a group's, and the group rows adding up
 * to the Total. Their rows, or undefined.
 */
export function groupRowsUnder(
  first: number,
  total: number,
  amounts: (r: number) => readonly number[],
  /** May row `r` be a group's row: its name and figures alone (no ID, no date of a grant)? */
  mayBeGroup: (r: number) => boolean = () => true,
): number[] | undefined {
  const want = amounts(total);
  const k = want.findIndex((v) => Number.isFinite(v) && v !== 0);
  if (k < 0) return undefined;
  const rows: number[] = [];
  const values: (readonly number[])[] = [];
  const all = new Array<number>(want.length).fill(0);
  const add = (to: number[], v: readonly number[]) => v.forEach((x, j) => (to[j] += Number.isFinite(x) ? x : 0));
  for (let r = first; r < total; r++) {
    const v = amounts(r);
    if (!hasFigure(v)) continue;
    rows.push(r);
    values.push(v);
    add(all, v);
  }
  // Every row in a group or a group's own: the rows add up to the Total twice.
  if (
    addsUp(want, all) ||
    !addsUp(
      all,
      want.map((v) => 2 * v),
    )
  )
    return undefined;
  // A row equal to the rows above it since the last group may be a department of that figure (`Police
  // 300` under 100 and 200): each such row is tried both ways, its group's row first.
  let tries = 0;
  const from = (start: number, widest: number, groups: number): number[] | undefined => {
    const sums = new Array<number>(want.length).fill(0);
    for (let i = start, count = 0; i < rows.length; i++, count++) {
      const v = values[i];
      if (
        count >= 2 &&
        Number.isFinite(v[k]) &&
        v[k] !== 0 &&
        sameFigure(sums[k], v[k]) &&
        addsUp(v, sums) &&
        mayBeGroup(rows[i])
      ) {
        const wide = Math.max(widest, count);
        // (A "group" of one row is one grant equal to the one above it: every group two rows at least.)
        const rest =
          i + 1 === rows.length
            ? wide >= 2 && groups + 1 >= GROUPS_UNDER
              ? []
              : undefined
            : from(i + 1, wide, groups + 1);
        if (rest !== undefined) return [rows[i], ...rest];
        if (++tries > GROUP_TRIES) return undefined;
      }
      add(sums, v);
    }
    return undefined;
  };
  return from(0, 0, 0);
}

/**
 * Groups groupRowsUnder takes at least: two rows of round figures each the sum of the two above (5,000,
 * 5,000, 10,000) under a Total left stale are as often grants (a reviewer's repro: $20,000 read as $10,000).
 */
const GROUPS_UNDER = 3;

/** How many readings groupRowsUnder tries before it gives up (a sheet of figures that keep adding up). */
const GROUP_TRIES = 200;

/** groupRowsAbove's layout: from the first row down, every row a group's or one of its rows. */
function everyRowGrouped(
  rows: readonly number[],
  want: readonly number[],
  k: number,
  amounts: (r: number) => readonly number[],
): number[] | undefined {
  const groups: number[] = [];
  const groupSums = new Array<number>(want.length).fill(0);
  let widest = 0;
  for (let i = 0; i < rows.length;) {
    const head = amounts(rows[i]);
    if (!Number.isFinite(head[k]) || head[k] === 0) return undefined;
    const sums = new Array<number>(want.length).fill(0);
    let j = i + 1;
    for (; j < rows.length; j++) {
      amounts(rows[j]).forEach((v, c) => (sums[c] += Number.isFinite(v) ? v : 0));
      if (sameFigure(sums[k], head[k])) break;
    }
    if (j >= rows.length || !addsUp(head, sums)) return undefined;
    groups.push(rows[i]);
    head.forEach((v, c) => (groupSums[c] += Number.isFinite(v) ? v : 0));
    widest = Math.max(widest, j - i);
    i = j + 1;
  }
  return widest >= 2 && addsUp(want, groupSums) ? groups : undefined;
}

/**
 * One row whose figures are exactly what the Total row is short of the sum, and the sum of the two or
 * more rows right under it: a group row amid plain rows (real: a state's federal awards, `Multiple
 * legislations` over the seven programmes funded by several acts, $3.31bn counted twice).
 */
function oneGroupRow(
  rows: readonly number[],
  want: readonly number[],
  all: readonly number[],
  k: number,
  amounts: (r: number) => readonly number[],
): number[] | undefined {
  const over = all.map((v, j) => (Number.isFinite(want[j]) ? v - want[j] : Number.NaN));
  for (let i = 0; i < rows.length - 2; i++) {
    const head = amounts(rows[i]);
    if (!Number.isFinite(head[k]) || head[k] === 0 || !addsUp(head, over)) continue;
    const sums = new Array<number>(want.length).fill(0);
    for (let j = i + 1; j < rows.length; j++) {
      amounts(rows[j]).forEach((v, c) => (sums[c] += Number.isFinite(v) ? v : 0));
      if (sameFigure(sums[k], head[k])) {
        if (j - i >= 2 && addsUp(head, sums)) return [rows[i]];
        break;
      }
    }
  }
  return undefined;
}
