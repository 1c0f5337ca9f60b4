/**
 * A column whose header says its rows are projects, programmes or initiatives (the schema's
 * INITIATIVE_HEADER_WORDS: `Projects`, `Project name`, `Název projektu`): the Foundation tab's
 * initiatives, never a Partner column for the no-header hint to offer (corpus round io, real: a data
 * company's portfolio, `Projects` offered as Partner — 167 projects counted as partners).
 */
import { INITIATIVE_HEADER_WORDS } from "../schema";
import { headerText } from "./headerMatch";
import { oneNamesColumn } from "./namesColumn";
import { headerWordsOf, isBlank } from "./text";
import type { Matrix } from "./types";

const INITIATIVE_WORDS: ReadonlySet<string> = new Set(INITIATIVE_HEADER_WORDS.initiatives);
const BESIDE_WORDS: ReadonlySet<string> = new Set(INITIATIVE_HEADER_WORDS.names);
/**
 * The two run together, as a database writes its columns (`projname`, `projectname`, `programtitle`: real,
 * Colorado DOLA's grants, `projname` offered as the partners' one column of names).
 */
const RUN_TOGETHER: ReadonlySet<string> = new Set(
  INITIATIVE_HEADER_WORDS.initiatives.flatMap((i) => INITIATIVE_HEADER_WORDS.names.map((n) => i + n)),
);

/**
 * Does a header say its column holds projects, programmes or initiatives, and nothing else — its words
 * those words or a word for their names (`Project title`, `projname`)? Not `Project partner`, `Programme
 * lead`, whose columns hold who takes part, nor `Project description`.
 */
export function saysInitiatives(header: string): boolean {
  const words = headerWordsOf(header);
  const says = (w: string) => INITIATIVE_WORDS.has(w) || RUN_TOGETHER.has(w);
  return words.some(says) && words.every((w) => says(w) || BESIDE_WORDS.has(w));
}

/**
 * The header of the row's one column of names (oneNamesColumn: text on every row, no number, most of it
 * different — a project's name runs long: `Projekty partnerství a spolupráce v rámci dohod …`) whose
 * header says initiatives (saysInitiatives), besides those `read`; undefined for none or several.
 */
export function initiativeNamesColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  return namesColumnOf(matrix, row, read, true);
}

/**
 * The row's one column of names (oneNamesColumn), besides those `read`, that is no column of projects
 * (saysInitiatives): the one a hint may offer as who received each. A capital programme's or a state's
 * awards' projects are no partners (real: Colorado DOLA's grants, "projname is its one column of names:
 * map it to Partner").
 */
export function partnersNamesColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  return namesColumnOf(matrix, row, read, false);
}

/** oneNamesColumn among the row's columns besides `read` whose headers say initiatives (`projects`) or do not. */
function namesColumnOf(matrix: Matrix, row: number, read: ReadonlySet<number>, projects: boolean): string | undefined {
  const skipped = new Set(read);
  (matrix[row] ?? []).forEach((c, i) => {
    if (isBlank(c) ? projects : saysInitiatives(headerText(c)) !== projects) skipped.add(i);
  });
  return oneNamesColumn(matrix, row, skipped);
}
