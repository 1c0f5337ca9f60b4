import { HEADER_SCAN_ROWS, looksLikeData, normalizeHeader, type Matrix } from "../core";
import type { MappingOptions } from "./workbookBlocks";
import type { SheetData } from "./xlsxReader";

/**
 * `--map` entries as check reads them against a workbook: which sheets name their headers, which lack
 * them, and the entries written for one sheet (`Grants 2024!Country=Partner`). Apart from check.ts,
 * which finds the blocks; these only read the entries and the sheets' first rows.
 */
/**
 * Does one of the first rows (where a header row is looked for) hold a header the mapping names? A
 * row of data does not count: a summary table's `Total | 10 | 5000` row names no `Total` header.
 */
export function namesAnyOf(cells: Matrix, pairs: readonly (readonly [string, string])[]): boolean {
  return mappedHeadersIn(cells, pairs).size > 0;
}

/**
 * The headers the mapping names that one of the first rows holds — the row holding the most of them
 * (normalised; data rows do not count). One row: a data dictionary lists the same names down a column,
 * one a row, and is no table of them (real: the Cabinet Office's public bodies workbook, its
 * `Variables` sheet told to "correct the mapping" that was right for its `Data` sheet).
 */
function mappedHeadersIn(cells: Matrix, pairs: readonly (readonly [string, string])[]): Set<string> {
  const wanted = new Set(pairs.map(([h]) => normalizeHeader(h)).filter((h) => h !== ""));
  let found = new Set<string>();
  let scanned = 0;
  for (const row of cells) {
    if (scanned >= HEADER_SCAN_ROWS) break;
    if (!Array.isArray(row) || row.every((c) => c === null || c === undefined || c === "")) continue;
    scanned++;
    if (looksLikeData(row)) continue;
    const here = new Set<string>();
    for (const c of row) if (typeof c === "string" && wanted.has(normalizeHeader(c))) here.add(normalizeHeader(c));
    if (here.size > found.size) found = here;
  }
  return found;
}

/**
 * The headers of the mapping a sheet lacks, as the user typed them, when another sheet of the
 * workbook has them all: that sheet is another table (real: an NHS loans workbook's interest and
 * summary sheets beside three loan ledgers), named in a line, not told to "correct the mapping".
 */
export function missingMapped(cells: Matrix, pairs: readonly (readonly [string, string])[]): string[] {
  const found = mappedHeadersIn(cells, pairs);
  return pairs.map(([h]) => h.trim()).filter((h) => h !== "" && !found.has(normalizeHeader(h)));
}

/**
 * `--map` entries split by the sheet they name: `Grants 2024!Country=Partner` (or `'Grants 2024'!…`, as
 * Excel writes a sheet's name before a cell) is for the sheet so named alone — a workbook of fifteen
 * sheets, one with its Partner and Country headers swapped, is mended on that sheet without the other
 * fourteen. A prefix naming no sheet of the workbook is part of the header (`Amount!` stays a header).
 */
export function pairsBySheet(
  pairs: readonly (readonly [string, string])[],
  sheets: readonly SheetData[],
): { shared: (readonly [string, string])[]; bySheet: Map<string, (readonly [string, string])[]> } {
  const shared: (readonly [string, string])[] = [];
  const bySheet = new Map<string, (readonly [string, string])[]>();
  for (const [header, column] of pairs) {
    const { sheet: named, header: rest } = mapEntrySheet(header);
    const sheet = named === undefined ? undefined : sheets.find((s) => s.name === named || sameHeader(s.name, named));
    if (sheet === undefined) {
      shared.push([header, column]);
      continue;
    }
    const own = bySheet.get(sheet.name) ?? [];
    own.push([rest, column]);
    bySheet.set(sheet.name, own);
  }
  return { shared, bySheet };
}

/**
 * A --map entry's header split at the sheet's name before it, if it names one (`Grants!Amount`,
 * `'Q1!Q2'!Amount`: a quoted name ends at its closing quote, a quote inside it doubled); whether that
 * name is a sheet of the workbook is for the caller to say (`Amount!` names none: a header).
 */
export function mapEntrySheet(text: string): { readonly sheet?: string; readonly header: string } {
  const quoted = /^\s*'((?:[^']|'')*)'!/.exec(text);
  const at = quoted ? quoted[0].length - 1 : text.indexOf("!");
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : at > 0 ? text.slice(0, at).trim() : "";
  const header = at > 0 ? text.slice(at + 1).trim() : "";
  return sheet === "" || header === "" ? { header: text } : { sheet, header };
}

export const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The options with these entries of --map (none: no `pairs`, as without --map). */
export function withPairs(options: MappingOptions, pairs: readonly (readonly [string, string])[]): MappingOptions {
  const rest: MappingOptions = { ...options };
  delete (rest as { pairs?: unknown }).pairs;
  return pairs.length > 0 ? { ...rest, pairs } : rest;
}
