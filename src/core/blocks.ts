import { KEY_COLUMNS, type TabName } from "../schema";
import { mappingFromPairs } from "./mappingByHand";
import { mapHeaders } from "./headers";
import { repeatedHeader } from "./repeatedHeaders";
import { firstFilled, startsWithTotal } from "./notData";
import { isBlank, normalizeHeader } from "./text";
import { TrackerError, type Cell, type HeaderMapping, type Issue, type Matrix } from "./types";
import type { PlainRow } from "./rows";
import { validateRange, type ValidateOptions, type ValidationResult } from "./validate";

/**
 * Two blocks on one sheet, separated by an empty column, are two blocks (SPEC rev 2), each checked
 * on its own. A block keeps every row of the sheet (so row numbers stay the sheet's) and the columns
 * between two empty ones; `column` is where it starts in the sheet.
 */
export interface Block {
  readonly matrix: Matrix;
  /** 0-based sheet column of the block's first column. */
  readonly column: number;
  /** How many columns it spans. */
  readonly width: number;
  /**
   * The mapping's pairs as this block names its headers, when blockOfPairs found it by a header named
   * by its place across the sheet (`Licence (2)`, the second block's one `Licence`).
   */
  readonly pairs?: readonly (readonly [string, string])[];
}

/**
 * Splits a sheet at its empty columns (blank in every row). A column proves itself filled at its
 * first non-blank cell, usually in the header row, so a sheet costs about one pass over its rows'
 * lengths plus the empty columns themselves.
 */
export function splitBlocks(matrix: Matrix): Block[] {
  const width = widthOf(matrix);
  const filled = new Uint8Array(width);
  // Columns not yet seen filled; each row looks only at those.
  let pending = Array.from({ length: width }, (_, c) => c);
  for (let r = 0; r < matrix.length && pending.length > 0; r++) {
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    let kept = 0;
    for (let k = 0; k < pending.length; k++) {
      const c = pending[k];
      if (!isBlank(row[c])) filled[c] = 1;
      else pending[kept++] = c;
    }
    if (kept < pending.length) pending = pending.slice(0, kept);
  }
  const spans: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (filled[c] === 0) continue;
    const start = c;
    while (c < width && filled[c] === 1) c++;
    spans.push([start, c]);
  }
  if (spans.length <= 1) return [{ matrix, column: 0, width }];
  return spans.map(([start, end]) => ({
    matrix: matrix.map((row) => (Array.isArray(row) ? (row.slice(start, end) as Cell[]) : [])),
    column: start,
    width: end - start,
  }));
}

export interface BlockResult extends ValidationResult {
  /** 0-based sheet column where the block starts (its mapping's indexes are within the block). */
  readonly column: number;
}

/**
 * VALIDATE over a sheet that may hold several blocks side by side: each block with a header row is
 * checked on its own, and the issues come out in sheet order (row, then left to right). When fewer
 * than two blocks have a header row of their own, the sheet is one block (an empty spacer column
 * inside one table does not cut it in two).
 */
export function validateBlocks(
  matrix: Matrix,
  tab?: TabName | string | null,
  options: ValidateOptions = {},
): { blocks: BlockResult[]; issues: Issue[] } {
  if (options.mapping) {
    const result = validateRange(matrix, tab, options);
    return { blocks: [{ ...result, column: 0 }], issues: result.issues };
  }
  const mapped = mapBlocks(matrix, tab, options.plainRow);
  const blocks = mapped.map((b) => ({
    ...validateRange(b.matrix, b.mapping.tab, {
      ...options,
      mapping: b.mapping,
      // Rows cut into blocks were made plain before the cut; the hook serves the whole sheet only.
      plainRow: b.matrix === matrix ? options.plainRow : undefined,
      // A block cut from the range is one table of it: its rows' words say so (copiesMostOf).
      ofTable: b.matrix !== matrix,
    }),
    column: b.column,
  }));
  if (blocks.length === 1) return { blocks, issues: blocks[0].issues };
  // Sheet order: by row, then the blocks left to right (each block's issues already in column order).
  const tagged = blocks.flatMap((b, i) => b.issues.map((issue, k) => ({ issue, i, k })));
  tagged.sort((a, b) => a.issue.row - b.issue.row || a.i - b.i || a.k - b.k);
  return { blocks, issues: tagged.map((t) => t.issue) };
}

/** A block of a sheet with its header mapping (indexes within the block; `column` is where it starts). */
export interface MappedBlock extends Block {
  readonly mapping: HeaderMapping;
}

/**
 * The blocks of a sheet that have a header row, each with its mapping: the blocks side by side when
 * two or more have a header row of their own (key column plus one more); else the whole sheet when
 * it has a header row; else the one block that has. Throws the sheet's NoHeaderError when none has.
 */
export function mapBlocks(matrix: Matrix, tab?: TabName | string | null, plainRow?: PlainRow): MappedBlock[] {
  const whole = (): MappedBlock[] => [{ matrix, column: 0, width: widthOf(matrix), mapping: mapHeaders(matrix, tab) }];
  let parts = splitBlocks(matrix);
  if (parts.length < 2) return whole();
  if (plainRow) {
    // Blocks are cut from the rows: make every row plain first, then cut again.
    for (let r = 0; r < matrix.length; r++) plainRow(r);
    parts = splitBlocks(matrix);
  }
  const mapped: MappedBlock[] = [];
  for (const block of parts) {
    const mapping = ownHeaderRow(block, tab);
    if (mapping) mapped.push({ ...block, mapping });
  }
  if (mapped.length >= 2) return mapped;
  try {
    return whole();
  } catch (err) {
    // The sheet as a whole has no header row, but one of its blocks has: that block it is.
    if (mapped.length === 1 && err instanceof TrackerError) return mapped;
    throw err;
  }
}

/**
 * The block's mapping when it has a header row of its own — its tab's key column and one more (SPEC),
 * or two with `tab` given — else undefined.
 */
function ownHeaderRow(block: Block, tab?: TabName | string | null): HeaderMapping | undefined {
  try {
    const mapping = mapHeaders(block.matrix, tab);
    const keys = KEY_COLUMNS[mapping.tab];
    const keyed = mapping.columns.some((c) => keys.some((k) => k.id === c.id));
    return mapping.columns.length >= 2 && (keyed || (tab ?? "") !== "") ? mapping : undefined;
  } catch (err) {
    if (!(err instanceof TrackerError)) throw err;
    return undefined;
  }
}

/** Rows compared by sameRows: a table's first rows say whether its parts are one table. */
const ROWS_COMPARED = 200;

/**
 * Do the parts fill the same rows — each row filled in every part or in none? Then empty columns
 * only space out one table (a council's payments export, `Name:` and `Amount Paid` apart by blank
 * columns), where tables side by side end on different rows (a county's list beside its Total row).
 */
function sameRows(parts: readonly Block[]): boolean {
  const rows = Math.min(ROWS_COMPARED, ...parts.map((p) => p.matrix.length));
  // The table's title above it (`Grants awarded 2023` in its first column) and its Total row (`Total`,
  // its figure in the last part, a list column blank) fill some parts only: neither says tables
  // side by side (a helper's round, real: NYC's capital-asset schedule, spaced out by empty columns;
  // `--map "Net book value=Estimated value"` cut off its Asset column, "There is no Asset column").
  // A label row inside the table (SPEC: one text cell, the rest empty — a directory's `GATESHEAD` or
  // `Art Groups` over its groups) fills one part too, but the table goes on past it: rows filling every
  // part again say so (a helper's round, real: a community groups' directory, `Company` over four blank
  // columns beside `Website, Address, Details`; mapped by hand, its Company column was read alone and
  // groups listed under two headings "the same in every column" with two addresses). Tables side by side
  // that end on different rows fill one part only to the end.
  let table = false;
  let label = false;
  for (let r = 0; r < rows; r++) {
    const filled = parts.map((p) => (p.matrix[r] ?? []).some((cell) => !isBlank(cell)));
    if (filled.every((f) => f === filled[0])) {
      table ||= filled[0];
      if (filled[0]) label = false;
      continue;
    }
    if (!table || saysTotal(parts, r)) continue;
    if (isLabelRow(parts, r)) {
      label = true;
      continue;
    }
    return false;
  }
  return !label;
}

/** Is row `r`, across the parts, one text cell and nothing else (a label row)? */
function isLabelRow(parts: readonly Block[], r: number): boolean {
  let cells = 0;
  for (const part of parts) {
    for (const cell of part.matrix[r] ?? []) {
      if (isBlank(cell)) continue;
      if (typeof cell !== "string" || ++cells > 1) return false;
    }
  }
  return cells === 1;
}

/** Does row `r`'s first filled cell, across the parts, say Total (`Total`, `Total buildings`)? */
function saysTotal(parts: readonly Block[], r: number): boolean {
  for (const part of parts) {
    const row = part.matrix[r] ?? [];
    if (firstFilled(row) >= 0) return startsWithTotal(row);
  }
  return false;
}

/**
 * A mapping by hand over a sheet of blocks side by side (SPEC rev 2): the block whose first rows hold
 * every header the mapping names, mapped by it — the others are other tables, not rows of its own
 * (real: Indiana's community asset inventory, a county's name and population in the left block were
 * read as notes and a Total row of the right one). The whole sheet when it is one block, or when no
 * block alone holds them (the mapping then names columns across blocks). `plainRow` as mapBlocks.
 */
export function mapBlockByPairs(
  matrix: Matrix,
  tab: TabName | string | null | undefined,
  pairs: readonly (readonly [string, string])[],
  plainRow?: PlainRow,
): MappedBlock {
  const block = blockOfPairs(matrix, pairs, plainRow);
  return { ...block, mapping: mappingFromPairs(block.matrix, tab, block.pairs ?? pairs) };
}

/** The block mapBlockByPairs maps: the one holding every header `pairs` names, else the whole sheet. */
export function blockOfPairs(
  matrix: Matrix,
  pairs: readonly (readonly [string, string])[],
  plainRow?: PlainRow,
): Block {
  const whole: Block = { matrix, column: 0, width: widthOf(matrix) };
  let parts = splitBlocks(matrix);
  if (parts.length < 2) return whole;
  if (plainRow) {
    for (let r = 0; r < matrix.length; r++) plainRow(r);
    parts = splitBlocks(matrix);
  }
  // One table spaced out by empty columns, as mapBlocks reads it without a mapping: its parts fill
  // the same rows and fewer than two have a header row of their own. A mapping naming one part's
  // header speaks of the whole table (a helper's round, real: a council's payments; mapping its
  // `Amount Paid` cut off the `Name:` column the tool had found, "There is no Partner column").
  if (sameRows(parts) && parts.filter((p) => ownHeaderRow(p) !== undefined).length < 2) return whole;
  const wanted = pairs.map(([h]) => normalizeHeader(h)).filter((h) => h !== "");
  // A part with every header on one row is the table mapped; where none has, but the sheet has such
  // a row, the mapping names columns across the parts — a table's `Total` column past an empty one,
  // its `Total` row's label no header (a helper's round, real: Baltimore's capital plans, `--map
  // "Total=Committed"` refused as "no such header").
  const onOneRow = parts.filter((part) => rowHoldingAll(part.matrix, wanted));
  if (onOneRow.length === 1) return onOneRow[0];
  if (onOneRow.length === 0 && rowHoldingAll(matrix, wanted)) return whole;
  const holding = parts.filter((part) => {
    const seen = new Set<string>();
    for (let r = 0; r < part.matrix.length && r < HEADER_ROWS_LOOKED_AT; r++) {
      for (const cell of part.matrix[r] ?? []) if (typeof cell === "string") seen.add(normalizeHeader(cell));
    }
    return wanted.every((h) => seen.has(h));
  });
  if (holding.length === 1) return holding[0];
  return holding.length === 0 ? (byPlace(matrix, parts, pairs) ?? whole) : whole;
}

/**
 * The block holding a header named by its place across the sheet (`Licence (2)`: blocks side by side
 * that repeat their headers, a regulator's payments by supplier group beside its licensees'), with
 * the pairs as that block names them (`Licence`), when it holds every other header too; else
 * undefined. A helper's round: the whole sheet was mapped instead, its neighbour's `Total Payments`
 * read as Received (£647.7M that was not there).
 */
function byPlace(
  matrix: Matrix,
  parts: readonly Block[],
  pairs: readonly (readonly [string, string])[],
): Block | undefined {
  let found: Block | undefined;
  const named = pairs.map(([h, c]): [string, string] => [h, c]);
  for (const [i, [header]] of pairs.entries()) {
    const place = repeatedHeader(header);
    if (!place) continue;
    const key = normalizeHeader(place.header);
    let column = -1;
    for (let r = 0; r < matrix.length && r < HEADER_ROWS_LOOKED_AT && column < 0; r++) {
      const at = (matrix[r] ?? []).flatMap((cell, c) =>
        typeof cell === "string" && normalizeHeader(cell) === key ? [c] : [],
      );
      if (at.length >= place.nth) column = at[place.nth - 1];
    }
    if (column < 0) return undefined;
    const part = parts.find((p) => p.column <= column && column < p.column + p.width);
    if (!part || (found && found !== part)) return undefined;
    found = part;
    named[i] = [place.header, named[i][1]];
  }
  if (!found) return undefined;
  // Every header named, as this block names them, is in it — once for those named by their place.
  const seen = new Map<string, number>();
  for (let r = 0; r < found.matrix.length && r < HEADER_ROWS_LOOKED_AT; r++) {
    for (const cell of found.matrix[r] ?? []) {
      if (typeof cell === "string") seen.set(normalizeHeader(cell), (seen.get(normalizeHeader(cell)) ?? 0) + 1);
    }
  }
  const fits = named.every(([h]) => h.trim() === "" || (seen.get(normalizeHeader(h)) ?? 0) >= 1);
  return fits ? { ...found, pairs: named } : undefined;
}

/** Has one of the first rows every header of `wanted` (normalised) among its cells? */
function rowHoldingAll(matrix: Matrix, wanted: readonly string[]): boolean {
  for (let r = 0; r < matrix.length && r < HEADER_ROWS_LOOKED_AT; r++) {
    const seen = new Set<string>();
    for (const cell of matrix[r] ?? []) if (typeof cell === "string") seen.add(normalizeHeader(cell));
    if (wanted.every((h) => seen.has(h))) return true;
  }
  return false;
}

/** Rows a block's headers are looked for in (a title and two header rows above its data, and more). */
const HEADER_ROWS_LOOKED_AT = 30;

/** Rows looked at for a sheet's width: Excel's ranges are rectangles, and a block's headers are on top. */
const WIDTH_ROWS = 100;

/**
 * The sheet's width, from its first rows: reading every row's length would touch every row of a
 * 100k-row range once more. A longer row further down only adds cells under no header.
 */
function widthOf(matrix: Matrix): number {
  let width = 0;
  for (let r = 0; r < matrix.length && r < WIDTH_ROWS; r++) {
    const row = matrix[r];
    if (Array.isArray(row) && row.length > width) width = row.length;
  }
  return width;
}
