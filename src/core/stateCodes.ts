import { US_STATE_CODES } from "../schema";
import { isBlank, isPlaceholder } from "./text";
import type { Matrix } from "./types";

/**
 * A column of US state codes, and the codes in it that are also placeholders' words — `ND` (not
 * disclosed, *no disponible*) and `NC` (*non communiqué*) — read there as North Dakota and North
 * Carolina, where anywhere else they stay placeholders: an amount `ND` is no figure, a post's holder
 * `ND` is not disclosed (a UK organogram's), a French subsidy's `NC` not given. Decided once per
 * column from its cells, never per row.
 */

const STATES: ReadonlySet<string> = new Set(US_STATE_CODES);

/** The states' codes that the placeholders hold too (`ND`, `NC`): found from the two lists, not restated. */
const STATES_ALSO_PLACEHOLDERS: ReadonlySet<string> = new Set(US_STATE_CODES.filter((code) => isPlaceholder(code)));

/** Filled cells holdsStateCodes reads at most: a column's first say what it holds. */
const LOOK_AT = 50;

/** A cell's text as a state code (`nd `, `Nc` → `ND`, `NC`), or "" where it is no two letters. */
function codeOf(cell: unknown): string {
  if (typeof cell !== "string") return "";
  const text = cell.trim();
  return text.length === 2 ? text.toUpperCase() : "";
}

/**
 * Does `column` hold US state codes: more than half its first filled cells are, and one at least is no
 * placeholder's word too (a column of `NC` alone is a French file's *non communiqué*, no states)?
 */
export function holdsStateCodes(matrix: Matrix, headerRow: number, column: number): boolean {
  let filled = 0;
  let states = 0;
  let plain = 0;
  for (let r = headerRow + 1; r < matrix.length && filled < LOOK_AT; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    filled++;
    const code = codeOf(cell);
    if (!STATES.has(code)) continue;
    states++;
    if (!STATES_ALSO_PLACEHOLDERS.has(code)) plain++;
  }
  return plain > 0 && states * 2 > filled;
}

/** Is `text`, in a column of state codes, a state whose code is also a placeholder's word (`ND`, `NC`)? */
export function isStateAlsoPlaceholder(text: string): boolean {
  return STATES_ALSO_PLACEHOLDERS.has(codeOf(text));
}
