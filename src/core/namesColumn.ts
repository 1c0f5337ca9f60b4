/**
 * The one column of names on a row no tab's header words read: a printed table's `Taxpayer` over
 * `Consolidated Edison`, `Verizon`, `Met Life Building` beside columns of figures. Offered as the key to
 * map where nothing else names it (a helper's round, real: a comptroller's largest-taxpayers page, hinted
 * `--map "<your header>=Asset"` — or, before, told to map its empty column A — where Taxpayer was the
 * only column it could be).
 */
import { ENTITY_HEADER_WORDS, NAME_WORDS } from "../schema";
import { coerceNumber } from "./amountCells";
import { headerText } from "./headerMatch";
import { NAMES_SAMPLED } from "./nameColumnReadings";
import { NOT_TOTAL, totalKind } from "./notData";
import { headerWordsOf, isBlank, isBlankRow, isPlaceholder } from "./text";
import { isTextDate } from "./dataSigns";
import type { Matrix } from "./types";

/**
 * The header of the row's one column, besides those read (`read`), holding a name on each of the rows
 * under it to the first Total row (three at least, most of them different, none a number); undefined
 * when no column or more than one does. The rows under a Total are its footnotes (`2014-Consolidated
 * Edison`, a part of one taxpayer's figure), not names of the table.
 */
export function oneNamesColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  const cells = matrix[row] ?? [];
  let found: string | undefined;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c]) || read.has(c)) continue;
    const names = namesUnder(matrix, row, c);
    if (names === undefined || names.distinct * 5 < names.filled * 4) continue;
    if (found !== undefined) return undefined;
    found = headerText(cells[c]).trim();
  }
  return found;
}

/**
 * The headers of the row's columns, besides `skipped`, holding a name on each of the rows under it (three
 * at least, none a number, none a sentence past NAME_LONGEST), the same names on several rows or not,
 * whatever a header says (`budget`, a money word, over the budgets given to): where no one column is plain
 * (oneNamesColumn), those among which the user says which names the partners (a ledger's recipients
 * beside the places they are in: Ukraine's subventions, `budget`, `oblast`, `location`; not `title`, each
 * grant's purpose in a sentence).
 */
export function namesColumns(matrix: Matrix, row: number, skipped: ReadonlySet<number>): string[] {
  const cells = matrix[row] ?? [];
  const out: string[] = [];
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c]) || skipped.has(c) || namesUnder(matrix, row, c, NAME_LONGEST) === undefined) continue;
    out.push(headerText(cells[c]).trim());
  }
  return out;
}

/** The longest text read as a name where headers say nothing (a grant's purpose in a sentence is longer). */
const NAME_LONGEST = 100;

/**
 * Column `c`'s first cells under row `row` to the first Total row, placeholders aside, when each is a
 * name (text of two letters at least, no number, no date, no longer than `longest`; three at least): how
 * many, and how many different. Else undefined.
 */
function namesUnder(
  matrix: Matrix,
  row: number,
  c: number,
  longest = Infinity,
): { filled: number; distinct: number } | undefined {
  const values = new Set<string>();
  let filled = 0;
  let placeholders = 0;
  for (let r = row + 1; r < matrix.length && filled < NAMES_SAMPLED && placeholders <= NAMES_SAMPLED; r++) {
    const data = matrix[r];
    if (!Array.isArray(data) || isBlankRow(data)) continue;
    const cell = data[c];
    if (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL) break;
    // A placeholder (`NA`, `-`) names nothing, passed over: a column of them, or mostly of them, is none of
    // names (a helper's round, a capital plan's `lon` and `lat`, NA on every row, offered as who received
    // each; real: Detroit's FY26 detail, four appropriations' names over 35 dashes).
    if (isPlaceholder(cell)) {
      placeholders++;
      continue;
    }
    if (typeof cell !== "string" || isBlank(cell) || coerceNumber(cell) !== undefined || !/\p{L}{2}/u.test(cell))
      return undefined;
    // Nor does a date written with its month's name (`14-MAR-12`: real, Colorado DOLA's `dateofaward`).
    if (cell.length > longest || isTextDate(cell)) return undefined;
    values.add(cell.trim().toLowerCase());
    filled++;
  }
  return filled < 3 || placeholders > filled ? undefined : { filled, distinct: values.size };
}

const ENTITY_WORDS: ReadonlySet<string> = new Set(ENTITY_HEADER_WORDS);
const ENTITY_NAME_WORDS: ReadonlySet<string> = new Set(NAME_WORDS.map((w) => w.toLowerCase()));

/**
 * A header saying an entity and nothing else, its words an entity's or a name's (`entiteit`, `Entity name`,
 * `Naam entiteit`): not `RegulatedEntityTypeName`, a register's kinds of party (derived_party_register).
 */
function saysEntity(header: string): boolean {
  const words = headerWordsOf(header);
  return words.some((w) => ENTITY_WORDS.has(w)) && words.every((w) => ENTITY_WORDS.has(w) || ENTITY_NAME_WORDS.has(w));
}

/**
 * The header of the row's one column, besides those `read`, headed by a word for an entity (the schema's
 * ENTITY_HEADER_WORDS: `entiteit`; saysEntity) and holding names (namesUnder: the same entity on many rows or not);
 * undefined for none or several.
 */
export function entityColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  const cells = matrix[row] ?? [];
  const found = cells.flatMap((cell, c) =>
    isBlank(cell) ||
    read.has(c) ||
    !saysEntity(headerText(cell)) ||
    namesUnder(matrix, row, c, NAME_LONGEST) === undefined
      ? []
      : [headerText(cell).trim()],
  );
  return found.length === 1 ? found[0] : undefined;
}
