/**
 * Years in headers (`2024-25 Grant`, `FY2024`): the year a header names (yearIn), and another year's
 * amounts beside a mapped column (otherYearOf); years among a column's figures (yearFigure, yearsAlone).
 * Split from headers.ts.
 */
import { isBlank, normalizeHeader } from "./text";
import { besideMapping } from "./ignoredColumns";
import type { Cell, HeaderMapping, Matrix } from "./types";

/**
 * A figure that may be a year, as written: a whole number from 1900 to 2100, or those four digits typed as
 * text. An amount written as one — grouped or signed, `2,015`, `$2,000` — is money whatever its value.
 */
export function yearFigure(cell: Cell): boolean {
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{4}\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/**
 * Whether a column's figures are years: every one of them is a yearFigure (a year founded, a grant's year
 * on each row), and its header names no year (`Valor Previsto 2020` holds that year's amounts, `2000`
 * among them). One year-like figure among amounts is an amount (round mw: a register's subsidies of 2,000
 * and 2,015 beside 1,500 and 3,000, left out as years). Amounts that vary leave 1900–2100 within a few
 * rows; a column of one flat 2,000 throughout stays ambiguous, read as years. `figures` counted, `years`
 * among them.
 */
export function yearsAlone(figures: number, years: number, header: string): boolean {
  return figures > 0 && years === figures && yearIn(header) === undefined;
}

/** A year a header names (`2024-25`, `FY2024`, `2024/25`) and its words without it; undefined without one. */
export function yearIn(header: string): { year: number; words: string } | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?:\s*[-/–]\s*\d{2,4})?(?!\d)/.exec(header);
  if (!m) return undefined;
  return { year: Number(m[1]), words: normalizeHeader(header.replace(m[0], " ").replace(/\bfy\b/i, " ")) };
}

/**
 * The header of another year's amounts beside the mapping's `column` (same words, another year:
 * `2023-24 Grant` beside `2024-25 Grant`), filled on the rows the summed one is — a table of each
 * partner's grant for two years, of which the total adds one; undefined when there is none. (Awards
 * spread over year columns, one year a row, are another thing: a reviewer's repro.)
 */
export function otherYearOf(mapping: HeaderMapping, column: string, matrix: Matrix): string | undefined {
  return otherYearsOf(mapping, column, matrix)[0];
}

/**
 * Every other year's header beside the mapping's `column` (otherYearOf), in the sheet's order: a table of
 * four years has three beside the one summed, each the same kind of column, said the same way (corpus
 * round fn: Geneva's `budget2013` was "another year's" and `budget2012` beside it "an amount column").
 */
export function otherYearsOf(mapping: HeaderMapping, column: string, matrix: Matrix): string[] {
  const mapped = mapping.columns.find((c) => c.id === column);
  const year = mapped && yearIn(mapped.header);
  if (!mapped || !year || year.words === "") return [];
  return besideMapping(mapping)
    .unknown.filter((u) => {
      const other = yearIn(u.header);
      if (other === undefined || other.year === year.year || other.words !== year.words) return false;
      let filled = 0;
      let both = 0;
      for (let r = mapping.headerRow + 1; r < matrix.length; r++) {
        if (isBlank(matrix[r]?.[u.index])) continue;
        filled++;
        if (!isBlank(matrix[r]?.[mapped.index])) both++;
      }
      return filled > 0 && both * 5 >= filled * 4;
    })
    .map((u) => u.header);
}
