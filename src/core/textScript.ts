import { SCRIPTS_WITHOUT_DOLLARS } from "../schema";
import type { Cell } from "./types";

/**
 * The script a sheet's text is written in, where its countries pay in no US dollar (the schema's
 * SCRIPTS_WITHOUT_DOLLARS): amounts naming no currency on such a sheet are shown without a sign, as
 * under a title naming such a country (corpus round io D8, real: Russia's regional helicopter subsidies,
 * every name Cyrillic, summed as "$3,300,000,000"). Read once a table, after the row loop, from its
 * first rows only.
 */

/** The script and an example of it, as the note quotes them. */
export interface TextScript {
  /** The script's name as a note gives it (`Cyrillic`, `Chinese characters`). */
  readonly name: string;
  /** A cell written in it (`Республика Алтай`), trimmed. */
  readonly example: string;
}

/** Data rows read: a sheet written in one script writes it in its first rows. */
const SCRIPT_SAMPLE_ROWS = 100;
/** A cell quoted longer than this is a sentence: the note quotes a shorter one, or its first words. */
const EXAMPLE_LENGTH = 60;

/** One test per script, `\p{Script=…}` of the schema's Unicode name, on a cell's first letter. */
const SCRIPT_TESTS = SCRIPTS_WITHOUT_DOLLARS.map(({ script, name }) => ({
  name,
  test: new RegExp(`^\\p{Script=${script}}`, "u"),
}));

/** A letter of any script (the first one of a cell says what the cell is written in). */
const LETTER = /\p{L}/u;

/**
 * The script without dollars most of the text cells with a letter are written in (by each cell's first
 * letter; such scripts together more than half of them, the one most written named), of the data rows
 * `from` to `to` (the first SCRIPT_SAMPLE_ROWS of them); undefined when most are Latin (an English
 * sheet, a US list with a few names in Chinese) or none.
 */
export function scriptWithoutDollars(
  matrix: readonly (readonly Cell[] | undefined)[],
  from: number,
  to: number,
): TextScript | undefined {
  const end = Math.min(to, from + SCRIPT_SAMPLE_ROWS);
  let lettered = 0;
  const counts = new Map<string, { cells: number; example: string }>();
  for (let r = from; r < end; r++) {
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      // An ASCII letter before any other character past ASCII is the cell's first letter, and Latin: the
      // common case, told without a regexp (SUMMARY asks this of every English sheet's first 100 rows:
      // 50 µs a call at 10k rows with the regexp on each cell, measured).
      if (asciiLetterFirst(cell)) {
        lettered++;
        continue;
      }
      const letter = LETTER.exec(cell);
      if (!letter) continue;
      lettered++;
      // Latin-1 and Latin Extended letters are Latin too.
      if (letter[0].charCodeAt(0) < 0x0250) continue;
      const script = SCRIPT_TESTS.find((s) => s.test.test(letter[0]));
      if (!script) continue;
      const seen = counts.get(script.name);
      const text = cell.trim().replace(/\s+/g, " ");
      if (!seen) counts.set(script.name, { cells: 1, example: text });
      else {
        seen.cells++;
        if (seen.example.length > EXAMPLE_LENGTH && text.length <= EXAMPLE_LENGTH) seen.example = text;
      }
    }
  }
  // Scripts together (a Japanese sheet writes kanji and kana), the note naming the most written.
  let without = 0;
  let most: TextScript | undefined;
  let mostCells = 0;
  for (const [name, { cells, example }] of counts) {
    without += cells;
    if (cells > mostCells) [most, mostCells] = [{ name, example: shortened(example) }, cells];
  }
  return without * 2 > lettered ? most : undefined;
}

/** Does `text` hold an ASCII letter before any character past ASCII (then its first letter is that one)? */
function asciiLetterFirst(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return false;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) return true;
  }
  return false;
}

/** A long cell's first words, to EXAMPLE_LENGTH, and `…` (a legal name listing its purposes runs to 180). */
function shortened(text: string): string {
  if (text.length <= EXAMPLE_LENGTH) return text;
  const cut = text.lastIndexOf(" ", EXAMPLE_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : EXAMPLE_LENGTH)}…`;
}
