/**
 * Mappings a user corrected in "Use an existing sheet", kept in the workbook so they travel with
 * the file, reach co-authors and are reused next time (SPEC "Task pane" 2, rev 2).
 *
 * Kept on a hidden sheet rather than in Office's document settings (`Office.context.document.settings`
 * or `workbook.settings`, also per-document): the mapping must be a *range* so that
 * `=PARTNERS.VALIDATE(range, tab, mapping)` can use it (SPEC "Mapping by hand": a two-column range,
 * your header | tracker column), every tool that reads cells reads it (the CLI, LibreOffice), and a
 * user can unhide the sheet and read or fix it. Hidden, not very hidden, for that reason; formulas
 * may refer to a hidden sheet.
 *
 * Layout: A1 holds the title (how the add-in knows the sheet is its own); each mapped sheet has a
 * block of two columns (and a gap) from row 3: the sheet's name and tab (and, in the gap, the
 * columns of the block it maps when the sheet holds blocks side by side: `D–F`), the headers "Your
 * header | Tracker column" (and, in the gap, where those headers are when the pairs alone would find
 * others — the second of two tables of the same headers: `tblGrants2026`, or `row 12`), then one pair per mapped column. Each table keeps its own
 * mapping — each block side by side, and each of two tables one below the other on a block (their
 * entries then share the sheet's name and columns, and are told apart by the header row each one's
 * pairs, or its place, find): a formula already using one (its range is the formula's `mapping`
 * argument) must not change meaning when the user maps the next table. An entry kept by an earlier
 * version (one per sheet) is read the same: it is that sheet's first table's, wherever its pairs find
 * it. Text is formatted `@` before it is written, so a header such as `-Amount` or `=Total` stays text
 * (Range.values reference).
 */
import { MAPPINGS_SHEET, MAPPINGS_TITLE } from "../schema";
import { a1, letters } from "./context";

export { MAPPINGS_SHEET, MAPPINGS_TITLE };
export const MAPPING_COLUMNS = ["Your header", "Tracker column"] as const;
const BLOCK_WIDTH = 3;
const TITLE_ROW = 2; // 0-based: row 3
const FIRST_PAIR_ROW = TITLE_ROW + 2;

export interface SavedMapping {
  readonly sheet: string;
  readonly tab: string;
  /** The block's columns (`D–F`) on a sheet of blocks side by side; "" for the whole sheet. */
  readonly columns: string;
  /**
   * Where on the sheet (or block) the mapped headers are, when the pairs alone would find other ones:
   * the Excel table they head (`tblGrants2026`), else the worksheet row (`row 12`); "" otherwise. Kept
   * beside the pairs' header row, in the gap, out of the formula's range.
   */
  readonly place?: string;
  /** [your header, tracker column name] */
  readonly pairs: readonly (readonly [string, string])[];
  /** The pairs' range for a formula, e.g. `'Tracker mappings'!$A$5:$B$9`. */
  readonly reference: string;
  /** Which entry of the mappings sheet it is (0 for the first, from column A): saveMapping's `replacing`. */
  readonly entry: number;
}

function absolute(row0: number, col0: number, rows: number, cols: number): string {
  const first = `$${letters(col0)}$${row0 + 1}`;
  const last = `$${letters(col0 + cols - 1)}$${row0 + rows}`;
  return `'${MAPPINGS_SHEET}'!${first}:${last}`;
}

/** The blocks of the mappings sheet, from its values as read from A1. */
export function parseMappings(
  values: readonly (readonly unknown[])[],
): (SavedMapping & { block: number; height: number })[] {
  const out: (SavedMapping & { block: number; height: number })[] = [];
  const title = values[TITLE_ROW] ?? [];
  for (let col = 0, block = 0; col < title.length; col += BLOCK_WIDTH, block++) {
    const sheet = String(title[col] ?? "").trim();
    if (!sheet) continue;
    const pairs: [string, string][] = [];
    let height = 0;
    for (let r = FIRST_PAIR_ROW; r < values.length; r++) {
      const header = String(values[r]?.[col] ?? "").trim();
      if (header) height = r - FIRST_PAIR_ROW + 1;
      if (!header) continue;
      pairs.push([header, String(values[r]?.[col + 1] ?? "").trim()]);
    }
    out.push({
      sheet,
      tab: String(title[col + 1] ?? "").trim(),
      columns: String(title[col + 2] ?? "").trim(),
      place: String(values[TITLE_ROW + 1]?.[col + 2] ?? "").trim(),
      pairs,
      reference: absolute(FIRST_PAIR_ROW, col, Math.max(1, pairs.length), 2),
      entry: block,
      block,
      height,
    });
  }
  return out;
}

async function readAll(context: Excel.RequestContext): Promise<{ exists: boolean; values: unknown[][] }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MAPPINGS_SHEET);
  await context.sync();
  if (sheet.isNullObject) return { exists: false, values: [] };
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return { exists: true, values: [] };
  // Re-base on A1 so block positions are the sheet's own.
  const values: unknown[][] = [];
  used.values.forEach((row, i) => {
    values[used.rowIndex + i] = [...new Array<unknown>(used.columnIndex).fill(""), ...row];
  });
  return { exists: true, values };
}

/** Every kept mapping (none when the workbook has no mappings sheet). */
export async function readMappings(context: Excel.RequestContext): Promise<SavedMapping[]> {
  const { values } = await readAll(context);
  if (String(values[0]?.[0] ?? "") !== MAPPINGS_TITLE) return [];
  return parseMappings(values).map(({ sheet, tab, columns, place, pairs, reference, entry }) => ({
    sheet,
    tab,
    columns,
    ...(place ? { place } : {}),
    pairs,
    reference,
    entry,
  }));
}

/**
 * Keeps `pairs` as the mapping of a table of `sheet` — on its block `columns` (`D–F`) when it holds
 * blocks side by side — replacing that table's previous mapping, never another table's. `replacing`:
 * the entry (SavedMapping.entry) kept for this table before, which the caller found by where its
 * header row is — brought up to date where formulas already look, its columns too when the block has
 * moved (a column inserted to its left made `D–F` `E–G`); `null`: a table none is kept for yet (a
 * new entry, beside the one of another table one above or below it); undefined: the entry of the
 * same sheet, columns and place, if any. Creates the hidden sheet the first time. Returns what a
 * formula can refer to.
 */
export async function saveMapping(
  context: Excel.RequestContext,
  sheetName: string,
  tab: string,
  pairs: readonly (readonly [string, string])[],
  columns = "",
  replacing?: number | null,
  /** Where the mapped headers are, when the pairs alone would find others (SavedMapping.place). */
  place = "",
): Promise<SavedMapping> {
  const { exists, values } = await readAll(context);
  if (exists && values.length && String(values[0]?.[0] ?? "") !== MAPPINGS_TITLE) {
    throw new Error(
      `A sheet called "${MAPPINGS_SHEET}" is in the way; rename it so the add-in can keep your mappings.`,
    );
  }
  const blocks = exists ? parseMappings(values) : [];
  const mine =
    replacing === undefined
      ? blocks.find((b) => b.sheet === sheetName && b.columns === columns && b.place === place)
      : blocks.find((b) => b.sheet === sheetName && b.block === replacing);
  const block = mine ? mine.block : blocks.reduce((n, b) => Math.max(n, b.block + 1), 0);
  const col = block * BLOCK_WIDTH;
  let sheet: Excel.Worksheet;
  if (exists) sheet = context.workbook.worksheets.getItem(MAPPINGS_SHEET);
  else {
    sheet = context.workbook.worksheets.add(MAPPINGS_SHEET);
    sheet.visibility = "Hidden";
    const title = sheet.getRange("A1");
    title.numberFormat = [["@"]];
    title.values = [[MAPPINGS_TITLE]];
  }
  // The block: its title row, its header row, the pairs, and blanks over any longer old mapping.
  const height = Math.max(pairs.length, mine?.height ?? 0);
  const rows: string[][] = [
    [sheetName, tab],
    [...MAPPING_COLUMNS],
    ...pairs.map(([header, column]) => [header, column]),
    ...Array.from({ length: height - pairs.length }, () => ["", ""]),
  ];
  const range = sheet.getRange(a1(TITLE_ROW, col, rows.length, 2));
  range.numberFormat = rows.map(() => ["@", "@"]);
  range.values = rows;
  const columnsCell = sheet.getRange(a1(TITLE_ROW, col + 2, 1, 1));
  columnsCell.numberFormat = [["@"]];
  columnsCell.values = [[columns]];
  // (Written when there is one, or one kept before is out of date.)
  if (place !== "" || mine?.place) {
    const placeCell = sheet.getRange(a1(TITLE_ROW + 1, col + 2, 1, 1));
    placeCell.numberFormat = [["@"]];
    placeCell.values = [[place]];
  }
  await context.sync();
  return {
    sheet: sheetName,
    tab,
    columns,
    ...(place ? { place } : {}),
    pairs,
    reference: absolute(FIRST_PAIR_ROW, col, Math.max(1, pairs.length), 2),
    entry: block,
  };
}
