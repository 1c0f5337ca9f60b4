/**
 * One header over several columns (`Department`, `Department`), named by its place as a mapping does:
 * `Department (2)`. Split from headers.ts.
 */
import { normalizeHeader } from "./text";
import type { HeaderMapping } from "./types";

/** `Department (2)`: a header and its place among the columns it heads, as a mapping names one of them. */
const REPEATED_HEADER = /^(.*\S)\s*\((\d{1,2})\)$/;

/** How a mapping names the `nth` (1-based) of the columns headed `header`. */
export function repeatedHeaderName(header: string, nth: number): string {
  return `${header.trim()} (${nth})`;
}

/** `Department (2)` read as the header and its place; undefined for any other header. */
export function repeatedHeader(text: string): { header: string; nth: number } | undefined {
  const m = REPEATED_HEADER.exec(text.trim());
  return m ? { header: m[1], nth: Number(m[2]) } : undefined;
}

/**
 * The column a header named by its place (`Department (2)`) stands in, among headers `normalized`
 * (normalised, one per column); undefined when the header is not so named or has no such place.
 */
export function repeatAt(normalized: readonly string[], text: string): number | undefined {
  const named = repeatedHeader(text);
  if (!named) return undefined;
  const base = normalizeHeader(named.header);
  const all = normalized.flatMap((n, i) => (n === base ? [i] : []));
  return named.nth >= 1 && all.length > 1 ? all[named.nth - 1] : undefined;
}

/**
 * Column `index`'s header as a mapping accepts it: by its place among the columns it heads where the
 * header heads several (`budget2014 (2)`), else as written. What every note offering `--map "<header>=…"`
 * names — a note naming the bare repeated header led to the mapping's own refusal, exit 3 (corpus round
 * fn D1, real: Geneva's grants, `budget2014` twice; a comptroller's table, `Value` twice). Headers are
 * compared as the mapping compares them (normalizeHeader); undefined where no column is at `index`.
 */
export function mappingName(mapping: Pick<HeaderMapping, "columns" | "unknown">, index: number): string | undefined {
  const column = mapping.columns.find((c) => c.index === index) ?? mapping.unknown.find((c) => c.index === index);
  if (!column) return undefined;
  const key = normalizeHeader(column.header);
  const places = [...mapping.columns, ...mapping.unknown]
    .filter((c) => normalizeHeader(c.header) === key)
    .map((c) => c.index)
    .sort((a, b) => a - b);
  return places.length < 2 ? column.header : repeatedHeaderName(column.header, places.indexOf(index) + 1);
}
