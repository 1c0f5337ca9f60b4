/**
 * The states a cell is read in (BLANK, OK, INVALID …) and the kinds of column load reads (KIND_NUMBER,
 * KIND_DATE …): small numbers every reader of a TypedCells compares against, in a module importing
 * nothing, so the rules and the modules of the table's own classes read them without an import cycle.
 */
/** What a cell held, after coercion to its column's type. */
export const BLANK = 0;
export const OK = 1;
/** Not readable as the column's type (text in a date column, a value not in the list …). */
export const INVALID = 2;
/** A list value written with other case, spacing or punctuation: readable, but not the listed spelling. */
export const VARIANT = 3;
/** A placeholder (`N/A`, `TBD`, `-`, `REDACTED`): not a value, so empty (SPEC "Values as people write them"). */
export const PLACEHOLDER = 4;
/** An Excel error (`#N/A`, `#REF!`): reported once as such, and otherwise empty. */
export const ERROR_CELL = 5;
/** How many states there are (the engine files cell rules by slot × state). */
export const CELL_STATES = 6;

export type CellState =
  typeof BLANK | typeof OK | typeof INVALID | typeof VARIANT | typeof PLACEHOLDER | typeof ERROR_CELL;

/** The states of a readable value: those in which `TypedCells.has` is true. */
export const READABLE: readonly CellState[] = [OK, VARIANT];

/** Why a column whose every date could be either order is read day first (TypedCells.dayFirstBecause). */
export const DAY_FIRST_BY_SHEET = 1;
export const DAY_FIRST_BY_DOTS = 2;

/** How `load` reads each slot: one small number instead of comparing type names per cell. */
export const KIND_TEXT = 0;
export const KIND_NUMBER = 1;
export const KIND_DATE = 2;
export const KIND_YES_NO = 3;
export const KIND_LIST = 4;
export const KIND_EMAIL = 5;
