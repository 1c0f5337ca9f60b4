import { firstFilled, onlyFilled, startsWithTotal, totalKind, NOT_TOTAL, TOTAL } from "./notData";
import { isBlank, isBlankRow } from "./text";
import { groupRowsAbove, groupRowsUnder, sameFigure, subtotalRows, type SubtotalKind } from "./subtotals";
import { coerceNumber, isFigure } from "./amountCells";
import { KIND_NUMBER } from "./cellStates";
import type { TypedTable } from "./rows";

/**
 * A block's rows that add up others though no label may say Total, found over the whole block at once:
 * group rows its Total row at the bottom gives away, totals printed first, nameless subtotals
 * (subtotals.ts reads the figures; this, the table's cells for it). Apart from rows.ts as each is read
 * once, before or at the first row asking, never a row at a time; `kind` is TypedTable's own, per slot.
 */

/**
 * The group rows above their rows that the block's Total row at the bottom gives away (subtotals.ts
 * groupRowsAbove, groupRowsUnder), or undefined. Only a block that ends in a Total row pays for the look.
 */
export function groupRows(t: TypedTable, kind: Uint8Array): Map<number, SubtotalKind> | undefined {
  let seen = 0;
  for (let r = t.rowCount - 1; r >= t.firstDataRow && seen < 10; r--) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    seen++;
    const first = firstFilled(cells);
    const label = cells[first];
    if (typeof label !== "string" || totalKind(label) !== TOTAL) continue;
    const slots = [...t.slots].filter((s) => kind[s] === KIND_NUMBER);
    if (slots.length === 0) return undefined;
    // The last Total row may add up more than the table (`Total including other amounts:` under
    // its Grand Total): each of the last rows that says Total is asked.
    const amounts = (row: number) => slots.map((slot) => t.numAt(row, slot));
    const above = groupRowsAbove(t.firstDataRow, r, amounts);
    if (above !== undefined) return asSubtotalsOfBelow(above);
    // Or each group's row under its rows (a budget book's goal under its departments).
    // (Those saying Total are Total rows, as notData reads them: `Total Parks` under the parks.)
    const under = groupRowsUnder(t.firstDataRow, r, amounts, (row) => nameAndFiguresOnly(t, kind, row))?.filter(
      (row) => !saysTotal(t, row),
    );
    if (under !== undefined && under.length > 0) return new Map(under.map((row) => [row, "sumAbove"]));
  }
  return undefined;
}

/** Has row `r` nothing but its key cell's name and figures (a group's row: no ID, date or code of its own)? */
function nameAndFiguresOnly(t: TypedTable, kind: Uint8Array, r: number): boolean {
  const key = t.keySlot < 0 ? -1 : t.index[t.keySlot];
  const cells = t.matrix[r] ?? [];
  return cells.every((c, i) => i === key || isBlank(c) || (typeof c === "number" && !codeColumn(t, kind, i)));
}

/**
 * Is column `i` no amount — a mapped column of another kind, or one headed as an ID, a number, a code
 * or a date (`Grant ID`, `Award date`): its figures are no group's sums (a reviewer's repro: a grant's
 * own number and date, as a workbook stores them, taken for a group's figures).
 */
function codeColumn(t: TypedTable, kind: Uint8Array, i: number): boolean {
  const slot = t.index.indexOf(i);
  if (slot >= 0) return kind[slot] !== KIND_NUMBER;
  const header = t.matrix[t.mapping.headerRow]?.[i];
  return typeof header === "string" && /\b(?:id|no|nr|number|num|code|ref|date|dated|year|fy)\b|#/i.test(header);
}

/** Does row `r`'s first filled cell say Total (`Total Parks`, `Subtotal`) or a note's words? */
function saysTotal(t: TypedTable, r: number): boolean {
  return startsWithTotal(t.matrix[r] ?? []);
}

/**
 * A table's totals printed first, named as places, under no label saying Total: its first row the
 * whole (`England`), then rows that add up to it (its regions), then the rows they add up (its
 * councils). Those first rows are the same money again
 * (a helper's round, real: GOV.UK's council tax receipts, England and its 9 regions summed with the
 * 309 councils, £109.6bn for £36.5bn). Found from the first amount column's figures: a sheet whose
 * rows outgrow its first row stops being read in a few rows.
 */
export function totalsFirst(t: TypedTable, kind: Uint8Array): Set<number> | undefined {
  const slot = t.slots.find((s) => kind[s] === KIND_NUMBER && t.tab.columns[s].type === "currency");
  if (slot === undefined) return undefined;
  let r = t.firstDataRow + t.headerLines;
  let negative = false; // (a sheet of totals first holds no refunds: its answer is no, at once)
  const next = (): [number, number] | undefined => {
    for (; r < t.rowCount && !negative; r++) {
      const v = t.numAt(r, slot);
      if (!Number.isFinite(v) || v === 0) continue;
      negative = v < 0;
      return [r++, v];
    }
    return undefined;
  };
  const head = next();
  if (!head || head[1] <= 0) return undefined;
  const whole = head[1];
  const over = (sum: number) => negative || (sum > whole && !sameFigure(sum, whole));
  const parts: number[] = [];
  let sum = 0;
  for (let row = next(); row; row = next()) {
    sum += row[1];
    parts.push(row[0]);
    if (sameFigure(sum, whole)) break;
    if (over(sum)) return undefined;
  }
  if (parts.length < 2 || !sameFigure(sum, whole)) return undefined;
  let rest = 0;
  let rows = 0;
  for (let row = next(); row; row = next()) {
    rest += row[1];
    rows++;
    if (over(rest)) return undefined;
  }
  // (The first row the sum of all below it alone is as likely a grant equal to the rest by chance: a
  // Total printed first says so by its label.)
  return rows >= 2 && sameFigure(rest, whole) ? new Set([head[0], ...parts]) : undefined;
}

/** The block's nameless rows that add up others (subtotals.ts), by row. */
export function subtotals(t: TypedTable, kind: Uint8Array): Map<number, SubtotalKind> {
  const key = t.keySlot < 0 ? -1 : t.index[t.keySlot];
  const slots = [...t.slots].filter((s) => kind[s] === KIND_NUMBER);
  return subtotalRows({
    first: t.firstDataRow,
    end: t.rowCount,
    nameless: (r) => {
      const cell = key < 0 ? undefined : t.matrix[r]?.[key];
      return t.namelessKey(cell);
    },
    amounts: (r) => slots.map((slot) => t.numAt(r, slot)),
    noTextOfItsOwn: (r, from) => {
      const cells = t.matrix[r];
      const above = t.matrix[r - 1] ?? [];
      const sumsItsColumn = (i: number, value: number) => {
        let sum = 0;
        for (let row = from; row < r; row++) sum += coerceNumber(t.matrix[row]?.[i]) ?? 0;
        return sameFigure(sum, value);
      };
      return (
        Array.isArray(cells) &&
        cells.every((c, i) => {
          if (isBlank(c) || c === above[i]) return true;
          const n = isFigure(c) ? coerceNumber(c) : undefined;
          return n !== undefined && sumsItsColumn(i, n);
        })
      );
    },
    boundary: (r) => {
      const cells = t.matrix[r];
      if (!Array.isArray(cells)) return false;
      const first = firstFilled(cells);
      const label = first < 0 ? undefined : cells[first];
      if (typeof label !== "string") return false;
      if (totalKind(label) !== NOT_TOTAL) return true;
      // A heading alone after a blank row: what follows is another table (real: a Brazilian ledger's
      // `CONTAGEM POR SITUAÇÃO` counts under its unlabelled total, which were summed with it).
      return onlyFilled(cells, first) && r > 0 && isBlankRow(t.matrix[r - 1] ?? []);
    },
  });
}

/** Group rows above their rows, as forEachRow names them. */
export function asSubtotalsOfBelow(rows: Iterable<number> | undefined): Map<number, SubtotalKind> | undefined {
  return rows === undefined ? undefined : new Map([...rows].map((row) => [row, "subtotalOfBelow"]));
}
