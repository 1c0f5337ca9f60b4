import { firstFilled, onlyFilled } from "./notData";
import { isBlank, isBlankRow } from "./text";
import type { Cell } from "./types";
import { MARKING, NOTE_WORDS } from "./continuedLines";
import type { RowKinds } from "./rowKinds";

/**
 * Where a table's list ends and what stands beside it: the names alone that are partners, not label
 * rows or notes (namesAloneList), and the columns right of the table that are not its own
 * (besideFrom). Apart from rows.ts as each is worked out once a table, at the first row asking, and
 * kept there; never a row at a time.
 */

/** What namesAloneList read of the block's list. */
export interface NamesAloneList {
  /** Three in four of the list's rows a name in the key column and nothing else. */
  readonly alone: boolean;
  /** The row after the list (its first blank line under the data). */
  readonly end: number;
  /** The first of the names alone that end the list (`end`: none). */
  readonly tailFrom: number;
}

/**
 * Is key column `key` a list of partners with nothing beside their names yet, three in four of the
 * block's rows a name there and nothing else, and where does the list end? (See RowKinds.namesAlone.)
 */
export function namesAloneList(t: RowKinds, key: number): NamesAloneList {
  // The list's rows down to its first blank line: what is under it is notes ("Figures as of June
  // 2024": a reviewer's repro, counted as a partner).
  let rows = 0;
  let alone = 0;
  // The rows ending the list, each a name alone (`Asbestos Diseases Research Institute`): from
  // tailFrom to the list's end.
  let tail = 0;
  let r = t.firstDataRow;
  for (; r < t.rowCount; r++) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) {
      if (rows > 0) break;
      continue;
    }
    rows++;
    if (firstFilled(cells) === key && onlyFilled(cells, key)) {
      alone++;
      tail = isNameAlone(cells[key]) ? tail + 1 : 0;
    } else tail = 0;
  }
  return {
    end: r,
    alone: alone >= 3 && alone * 4 >= rows * 3,
    // Two names alone or more ending a list of rows with figures, no line between, are partners
    // with nothing beside them (yet), not notes under the data (a helper's round, real: NHMRC's
    // Table 5, 14 institutions with no award, "a note under the data" each).
    tailFrom: tail >= 2 && rows > tail ? lastRowsFrom(t.matrix, r, tail) : r,
  };
}

/**
 * The first column of what stands beside the table rather than in it: past the last mapped column,
 * a column with no header and nothing in its first 50 data rows, and everything right of it. The
 * row's length when there is none. (Blocks side by side are split before a table is read; a mapping
 * made by hand reads the whole sheet.)
 */
export function besideFrom(t: RowKinds): number {
  if (t.mapping.columns.length === 0) return Number.MAX_SAFE_INTEGER;
  const head = t.matrix[t.mapping.headerRow] ?? [];
  const last = Math.max(...t.mapping.columns.map((c) => c.index));
  const width = Math.max(
    head.length,
    ...t.matrix.slice(t.firstDataRow, t.firstDataRow + 50).map((r) => r?.length ?? 0),
  );
  for (let c = last + 1; c < width; c++) {
    if (!isBlank(head[c])) continue;
    let empty = true;
    for (let r = t.firstDataRow; r < Math.min(t.rowCount, t.firstDataRow + 50) && empty; r++) {
      empty = isBlank(t.matrix[r]?.[c]);
    }
    if (empty) return c;
  }
  return width;
}

/** The small words of organisations' names (`of`, `and`, `for`): any other word in lower case says a sentence. */
const NAME_SMALL_WORDS = /^(?:of|and|the|for|in|on|at|&|-|–|de|du|des|la|le|et|y|e|van|von|der|und|für)$/;

/**
 * Is `cell` an organisation's name, alone on its row — not a note (`Figures as of June 2024`,
 * `Source: …`, `Unaudited.`)? No figure, colon or closing stop; ten words at most, each capitalised
 * or a name's small word.
 */
function isNameAlone(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text === "" || /[\d:;!?*]|\.$/.test(text) || NOTE_WORDS.test(text) || MARKING.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 10 && words.every((w) => /^[(\p{Lu}]/u.test(w) || NAME_SMALL_WORDS.test(w));
}

/** The row of the `count`th filled row up from `end` (exclusive): where a run of them starts. */
function lastRowsFrom(matrix: readonly (readonly Cell[] | undefined)[], end: number, count: number): number {
  let r = end;
  for (let n = 0; n < count && r > 0;) {
    r--;
    const cells = matrix[r];
    if (Array.isArray(cells) && !isBlankRow(cells)) n++;
  }
  return r;
}
