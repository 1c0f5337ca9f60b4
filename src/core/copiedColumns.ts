/**
 * A column beside Committed that repeats it on every row: a copy, the same money, never "an amount
 * column in no total here" one might sum instead (corpus round fn D1, real: Geneva's grants, two
 * `budget2014` columns identical on all 366 rows, the second offered to be summed "instead").
 */
import { PARTNERS } from "../schema";
import { isBlank } from "./text";
import type { TypedTable } from "./rows";
import { figureOf, type OtherColumn } from "./summaryOtherAmounts";

/** A column repeating a mapped amount column on every row: its header and the mapped one's, as --map names them. */
export interface CopiedColumn {
  /** The mapped column's id (Committed's). */
  readonly total: string;
  /** The copy's header, by its place where repeated (`budget2014 (2)`). */
  readonly header: string;
  /** The mapped column's header, likewise (`budget2014 (1)`). */
  readonly of: string;
}

/**
 * Of `money` (a block's amount columns beside the mapped one), those whose figure equals the mapped
 * column's (`slot`, headed `of`) on every row — blank where it is blank, one figure at least. A figure
 * written as text is read both ways (`1.500`: as written, as Europe writes it). One pass a column,
 * stopping at its first row that differs; only where such columns are.
 */
export function copiesAmong(
  t: TypedTable,
  money: readonly OtherColumn[],
  slot: number,
  total: { readonly id: string; readonly header: string },
): CopiedColumn[] {
  if (money.length === 0 || !t.present(slot)) return [];
  const scale = t.scale[slot];
  return money.flatMap((c) => {
    let figures = 0;
    for (let r = t.firstDataRow; r < t.rowCount; r++) {
      const cells = t.matrix[r];
      if (!Array.isArray(cells)) continue;
      const cell = cells[c.index] ?? null;
      const mapped = t.numAt(r, slot) * scale;
      if (isBlank(cell)) {
        if (Number.isFinite(mapped)) return [];
        continue;
      }
      const n = figureOf(cell, false);
      const e = typeof cell === "string" ? figureOf(cell, true) : n;
      const same = (x: number | undefined) => x !== undefined && Math.abs(x * c.scale - mapped) <= 0.005;
      if (!Number.isFinite(mapped) || !(same(n) || same(e))) return [];
      figures++;
    }
    return figures > 0 ? [{ total: total.id, header: c.header, of: total.header }] : [];
  });
}

/** `"budget2014 (2)" repeats "budget2014 (1)" (Committed) on every row: a copy of it, not more money.` */
export function copiesSentence(copies: readonly CopiedColumn[]): string {
  const name = (id: string) => Object.values(PARTNERS.col).find((c) => c.id === id)?.name ?? id;
  const each = copies.map((c) => `"${c.header}" repeats "${c.of}" (${name(c.total)})`);
  const listed = each.length === 1 ? each[0] : `${each.slice(0, -1).join(", ")} and ${each[each.length - 1]}`;
  return `${listed} on every row: ${copies.length === 1 ? "a copy of it" : "copies"}, not more money.`;
}
