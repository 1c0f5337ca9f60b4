import { KEY_COLUMNS, LEADERSHIP, PARTNERS } from "../schema";
import { coerceNumber, currencyMark } from "./amountCells";
import { coerceYesNo } from "./coerce";
import { coerceDate } from "./dateCells";
import {
  everyCell,
  firstCell,
  movedTo,
  SAMPLE,
  unmapped,
  type Guess,
  type HeaderNames,
  type Plain,
} from "./guessSample";
import { totalKind, TOTAL } from "./notData";
import { matchList } from "./rows";
import { cellText, isBlank, isPlaceholder, normalizeKey } from "./text";
import type { MappedColumn, Matrix } from "./types";

/**
 * Whether a guessed column's cells fit its kind, checked against the data (guesses.ts): words, dates,
 * ticks and references under an amount or a number, values of no list under a list, flags under text,
 * words under Progress, running totals, currency marks beside the figures.
 */

/** `col`'s tracker column taken by the unmapped header `by` instead, if any (figures beside words). */
function instead<G extends Guess>(guess: G, col: MappedColumn, by: { header: string; index: number } | undefined): G {
  if (!by) return guess;
  return {
    ...guess,
    columns: [...guess.columns, { ...col, header: by.header, index: by.index }].sort((a, b) => a.index - b.index),
    unknown: guess.unknown.filter((u) => u !== by),
  };
}

/**
 * A running total (`Cumulative Total`: each row the row above plus this row's `Project Cost`) is no
 * row's amount: summed, every row's money counts again on each row below it (a helper's round, real:
 * New York's drinking-water project list, $2.15 trillion for $5.12bn, "no issues"). The column it
 * runs over is the amount, where no tracker column has it; said by the figures, not the header
 * (`Total Cumulative Obligations` is a row's own figure). Three rows at least, all of the first SAMPLE.
 */
export function runningTotalsAreNoAmounts<G extends Guess>(matrix: Matrix, guess: G): G {
  let out = guess;
  for (const col of guess.columns) {
    if (guess.tab.columns.find((c) => c.id === col.id)?.type !== "currency") continue;
    const over = out.unknown.find((u) => runsOver(matrix, guess.row, col.index, u.index));
    if (over) out = movedTo(out, col, over);
    else if (out.columns.some((c) => c !== col && runsOver(matrix, guess.row, col.index, c.index))) {
      out = unmapped(out, col);
    }
  }
  return out;
}

/** Is each of `total`'s first SAMPLE figures the one above plus `part`'s on its row (the first, `part`'s)? */
function runsOver(matrix: Matrix, headerRow: number, total: number, part: number): boolean {
  let rows = 0;
  let grew = 0; // rows that added something: a column of zeros runs over nothing
  let sum = 0;
  for (let r = headerRow + 1; r < matrix.length && rows < SAMPLE; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || (isBlank(row[total]) && isBlank(row[part]))) continue;
    const t = coerceNumber(row[total] as Plain);
    const p = coerceNumber(row[part] as Plain);
    if (t === undefined || p === undefined) return false;
    sum += p;
    if (Math.abs(sum - t) > 1 + Math.abs(t) * 1e-9) return false;
    if (p !== 0) grew++;
    rows++;
  }
  return rows >= 3 && grew >= 2;
}

/**
 * An amount header over a column of currency marks (`Amount`: `£` on every row) with the figures in
 * the unmapped column beside it: the guess moves to the figures, named by their own header (or the
 * marks' header when they have none), and the marks say the currency (TypedTable). Real: a town
 * council's grants sheet, where `Amount` held `£` and `Column2` the sums; every row was an error.
 */
export function figuresBesideMarks<G extends Guess>(matrix: Matrix, guess: G): G {
  const schema = new Map(guess.tab.columns.map((c) => [c.id, c]));
  let columns = guess.columns;
  let unknown = guess.unknown;
  for (const col of guess.columns) {
    if (schema.get(col.id)?.type !== "currency") continue;
    if (everyCell(matrix, guess.row, col.index, (c) => currencyMark(c) !== "") <= 0) continue;
    const right = col.index + 1;
    if (columns.some((c) => c.index === right)) continue;
    if (everyCell(matrix, guess.row, right, (c) => coerceNumber(c) !== undefined) <= 0) continue;
    // Figures with a header of their own are named by it; figures without one by the marks' header
    // and where they are (`Amount (beside £)`). The marks' column is listed as ignored.
    const named = unknown.find((u) => u.index === right)?.header;
    const header = named || `${col.header} (beside ${cellText(firstCell(matrix, guess, col.index) ?? "").trim()})`;
    columns = columns.map((c) => (c === col ? { ...c, index: right, header } : c));
    unknown = [...unknown.filter((u) => u.index !== right), { header: col.header, index: col.index }];
    unknown.sort((a, b) => a.index - b.index);
  }
  return columns === guess.columns ? guess : { ...guess, columns, unknown };
}

/**
 * A list or Yes/No column named by a synonym (`Type` → Sector) whose values name none of its values,
 * in any spelling or the vocabulary users write them in, is not that column: procurement types
 * (`Selected`, `Public`) and spend types (`Revenue`, `Capital`) gave 5,000 "not in the list" errors a
 * file, and a summary by those "sectors". A column named exactly (`Sector`) stays: its values are
 * the user's to fix, and the checks say so.
 */
export function listValuesFit<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  let out = guess;
  for (const col of guess.columns) {
    const spec = guess.tab.columns.find((c) => c.id === col.id);
    if (names.isExact(guess.tab, col.header)) {
      out = jobTitlesAsTitle(matrix, out, col);
      continue;
    }
    // A Yes/No column named by a synonym that holds no yes nor no (`signed` over signing dates: a
    // helper's round, real: a US agency's compacts, 13 "expected Yes or No" errors) is another column.
    const fits =
      spec?.type === "list" && spec.list
        ? (c: Plain) => typeof c === "string" && matchList(spec.list!, c.trim()) !== undefined
        : spec?.type === "yesNo"
          ? (c: Plain) => coerceYesNo(c) !== undefined
          : undefined;
    if (fits === undefined) continue;
    const none = everyCell(matrix, guess.row, col.index, (c) => !fits(c));
    if (none > 0 && !SAYS_SECTOR.has(normalizeKey(col.header))) out = unmapped(out, col, true);
    // Any header but one saying the organisation's kind outright: a field of work under `granteeType`
    // (Health, Food, Arts — and one `City`, read as Government: a helper's round, real: a state's
    // nonprofit grants, ten kinds of error on 37 rows) is not the Sector.
    else if (!SAYS_SECTOR.has(normalizeKey(col.header)) && fewKindsFit(matrix, guess.row, col.index, fits)) {
      out = unmapped(out, col, true);
    }
  }
  return out;
}

/**
 * A roster's `Role` holding job titles (`Professor`, `CEO`), none of them a partnership role, is the
 * people's Title where the sheet has none: every real roster writes it so (a helper's round, real: a
 * quantum-safety working group's leaders, one error "Role holds values of its own" that the advice
 * to retype as Catalyst or Champion could not mend).
 */
function jobTitlesAsTitle<G extends Guess>(matrix: Matrix, guess: G, col: MappedColumn): G {
  const title = LEADERSHIP.col.title;
  if (col.id !== LEADERSHIP.col.role.id || guess.tab !== LEADERSHIP) return guess;
  if (guess.columns.some((c) => c.id === title.id)) return guess;
  const list = LEADERSHIP.col.role.list!;
  if (everyCell(matrix, guess.row, col.index, (c) => typeof c === "string" && !matchList(list, c.trim())) < 2) {
    return guess;
  }
  return { ...guess, columns: guess.columns.map((c) => (c === col ? { ...c, id: title.id, name: title.name } : c)) };
}

/**
 * Headers that say an organisation's kind in so many words: its Sector, in the sheet's own categories
 * where none is the tracker's — mapped, and the checks say once that the categories are its own (a
 * helper's round, real: a STEM network's directory, `organization_type` of ten own categories ignored
 * without a word, `new --from` leaving Sector empty; one cell of `Business` made it ten errors).
 */
const SAYS_SECTOR: ReadonlySet<string> = new Set(
  ["Organization type", "Organisation type", "Org type", "Type of organization", "Type of organisation"].map(
    normalizeKey,
  ),
);

/**
 * Do fewer than half of the different values among the first filled cells fit? A header every sheet
 * has (`type`) maps a list only when its values are mostly the list's kinds (a helper's round, real:
 * Toulouse Métropole's subsidies, `type` of 30 legal forms, two of them read as sectors: 29 errors).
 */
function fewKindsFit(matrix: Matrix, headerRow: number, column: number, fits: (c: Plain) => boolean): boolean {
  const kinds = new Map<string, boolean>();
  everyCell(matrix, headerRow, column, (c) => {
    const key = normalizeKey(cellText(c));
    if (!kinds.has(key)) kinds.set(key, fits(c));
    return true;
  });
  let fit = 0;
  for (const f of kinds.values()) if (f) fit++;
  return fit * 2 < kinds.size;
}

/**
 * A number or amount column named by a synonym (`Goal` → Target) whose values are sentences — three
 * words or more, no digit — is not that column: a city's measures table writes its goals so
 * ("Promptly review initial construction plans"), 207 "expected a number" errors, while its number
 * sat in `Target.MMR`. Where a user's `Goal` holds 20,000 it stays; a Pledge of "lots" is an amount
 * typed wrong, the user's to fix; and a column named exactly stays whatever it holds.
 */
const SENTENCE = /^\s*[^\d\s]+(?:\s+[^\d\s]+){2,}\s*$/;

/**
 * Words with no figure in them (`children`, `youth,adults`, `Park maintenance and safety`): a column of
 * them under a number's synonym (`target`, `need`) names the audience or the need, not how many (a
 * helper's round, real: a participatory budget's `target` and NYC's community-board requests' `need`,
 * 2,941 "expected a number" errors). Placeholders (`TBD`) are a figure not given yet, not words.
 */
const WORDS_ONLY = /^\s*[^\d\s]+(?:\s+[^\d\s]+)*\s*$/;

/** A term, not a day: `5 years`, `18 months`, `2-year`, `Permanent program`. */
const DURATION = /^\s*(?:\d+(?:\.\d+)?\s*-?\s*(?:years?|yrs?|months?|mos?|weeks?|days?)\b.*|permanent\b.*)$/i;

/** A checkbox's value as a sheet shows it. */
const TICK = /^\s*(?:true|false)\s*$/i;

export function numbersFit<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  let out = guess;
  for (const col of guess.columns) {
    const type = guess.tab.columns.find((c) => c.id === col.id)?.type;
    // Terms and words under a date's synonym (`Expiration`: `5 years`, `Permanent program`) say how
    // long, not when: a programme catalogue's, one "expected a date" error a row (a helper's round, real:
    // Chicago's IIJA programme list). Three rows at least, none a date; under the column's name, kept.
    if (type === "date" && !names.isExact(guess.tab, col.header)) {
      const term = (c: Plain) =>
        typeof c === "string" &&
        !isPlaceholder(c) &&
        coerceDate(c) === undefined &&
        (DURATION.test(c) || WORDS_ONLY.test(c));
      if (everyCell(matrix, guess.row, col.index, term) >= 3) out = unmapped(out, col, true);
      continue;
    }
    if (type !== "number" && type !== "currency") continue;
    // Dates written as text: when the money moved, not how much (a helper's round, real: a donor's
    // log, `disbursed` over `2021-03-04`, its 808 dates one error "expected an amount" for Received) —
    // under the column's very name too (real: federal agencies' foreign gifts, `received` the day a
    // gift came, 4,529 errors, and its bare years `2022` summed as $22,169 Received).
    if (datesMostly(matrix, guess.row, col.index) || serialsOverCommitted(matrix, guess, col)) {
      out = unmapped(out, col, true);
      continue;
    }
    if (names.isExact(guess.tab, col.header)) continue;
    // Three rows of sentences, or of words and no figure, at least: one row proves nothing. (A column of
    // `TBD` alone stays: figures not given yet.)
    const wordsOnly = (c: Plain) =>
      typeof c === "string" &&
      (SENTENCE.test(c) || (WORDS_ONLY.test(c) && coerceNumber(c) === undefined && !isPlaceholder(c)));
    // Or of names, with another header naming the same column over figures: `Amt` (a German office)
    // beside `Wert (Euro)` (a helper's round: Hamburg's sponsoring reports, the offices read as the
    // amounts and €0 summed). Without such a header, names under an amount's header are the user's to fix.
    const figuresBeside = (): { header: string; index: number } | undefined =>
      out.unknown.find(
        (u) =>
          u.index !== col.index &&
          names.columnOf(guess.tab, u.header) === col.id &&
          holdsFigures(matrix, guess.row, u.index),
      );
    // A header of words over the figures' own header: the figures are the column (a helper's round,
    // real: NYC's management indicators, `Goal` in words before `Target.MMR`'s 351 targets — "There is
    // no Target column").
    if (everyCell(matrix, guess.row, col.index, wordsOnly) >= 3) {
      const by = figuresBeside();
      out = instead(unmapped(out, col, by === undefined), col, by);
      continue;
    }
    // Or of ticks (TRUE/FALSE): a checkbox under a group title, `Impact › Goals` (a helper's round,
    // real: Austin's recommendations tracker, 1,436 "expected a number" errors under Target).
    if (everyCell(matrix, guess.row, col.index, (c) => typeof c === "boolean" || TICK.test(String(c))) >= 2) {
      out = unmapped(out, col, true);
      continue;
    }
    // Or of references (`FRO.37579`: an EU agency's `Commitment` numbers, its amounts under `Amount
    // granted` beside them): no amount among them. Another header naming the same column, over
    // figures, is the column instead (real: 474 "expected an amount" errors and $0).
    const references =
      everyCell(
        matrix,
        guess.row,
        col.index,
        (c) => typeof c === "string" && REFERENCE.test(c) && coerceNumber(c) === undefined,
      ) >= 3;
    const words = !references && namesMostly(matrix, guess.row, col.index) && figuresBeside() !== undefined;
    if (references || words) {
      const by = figuresBeside();
      out = instead(unmapped(out, col, by === undefined), col, by);
      continue;
    }
    // Or of names and not one figure down to the table's Total, two rows at least: no amount (a helper's
    // round, real: Hamburg's sponsoring report, `Amt/Organisationseinheit` — the German office — over its
    // offices' names, "expected an amount" for each and €0 summed). Another header naming the same column
    // is the column then, though its cells say only `-` so far (`Wert (Euro)`: nothing received yet).
    // (Without such a header, words under an amount's are the user's to fix: "expected an amount" — a
    // reviewer's repro, `Pledge` of `In-kind` ignored unsaid.)
    if (noFigureAmongNames(matrix, guess.row, col.index)) {
      const by = out.unknown.find(
        (u) =>
          u.index !== col.index &&
          names.columnOf(guess.tab, u.header) === col.id &&
          (holdsFigures(matrix, guess.row, u.index) || !holdsWords(matrix, guess.row, u.index)),
      );
      if (by) out = instead(unmapped(out, col), col, by);
    }
  }
  return out;
}

/**
 * Down to its table's Total row: no cell of `column` reads as a figure, and two at least are words (text
 * that is no placeholder).
 */
function noFigureAmongNames(matrix: Matrix, headerRow: number, column: number): boolean {
  let figures = 0;
  let words = 0;
  tableCells(matrix, headerRow, column, (c) => {
    if (coerceNumber(c) !== undefined) figures++;
    else if (typeof c === "string" && !isPlaceholder(c)) words++;
  });
  return figures === 0 && words >= 2;
}

/** Does `column` hold any text that is no figure and no placeholder, down to its table's Total row? */
function holdsWords(matrix: Matrix, headerRow: number, column: number): boolean {
  let words = 0;
  tableCells(matrix, headerRow, column, (c) => {
    if (typeof c !== "number" && coerceNumber(c) === undefined && !isPlaceholder(c)) words++;
  });
  return words > 0;
}

/**
 * Words without a digit in two thirds of a column's cells at least, down to its table's Total row (a
 * note or a placeholder among them is no figure either).
 */
function namesMostly(matrix: Matrix, headerRow: number, column: number): boolean {
  let words = 0;
  let other = 0;
  tableCells(matrix, headerRow, column, (c) => {
    if (typeof c === "string" && !/\d/.test(c)) words++;
    else other++;
  });
  return words > 0 && other * 2 <= words;
}

/**
 * The first SAMPLE filled cells of `column` down to the table's first Total row (`Gesamtwert`), where a
 * sheet of several tables ends the first: the notes and tables under it say nothing of its columns.
 */
function tableCells(matrix: Matrix, headerRow: number, column: number, visit: (cell: Plain) => void): void {
  let n = 0;
  for (let r = headerRow + 1; r < matrix.length && n < SAMPLE; r++) {
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    const label = row.find((c) => !isBlank(c));
    if (typeof label === "string" && totalKind(label) === TOTAL) return;
    const cell: unknown = row[column];
    if ((typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") || isBlank(cell)) continue;
    visit(cell);
    n++;
  }
}

/** Figures in two thirds of a column's cells at least, placeholders aside (see namesMostly). */
function holdsFigures(matrix: Matrix, headerRow: number, column: number): boolean {
  let figures = 0;
  let other = 0;
  tableCells(matrix, headerRow, column, (c) => {
    if (coerceNumber(c) !== undefined) figures++;
    else if (!isPlaceholder(c)) other++;
  });
  return figures > 0 && other * 2 <= figures;
}

/**
 * Are a column's first cells dates as text, three at least, beside parts of dates at most (`2012-06`,
 * a year alone)?
 */
function datesMostly(matrix: Matrix, headerRow: number, column: number): boolean {
  let dates = 0;
  const when = (c: Plain) => {
    if (typeof c === "string" && (DATE_TEXT.test(c) || (namedMonth(c) && coerceDate(c) !== undefined))) {
      return ++dates > 0;
    }
    const text = String(c).trim();
    return /^\d{4}-\d{1,2}$/.test(text) || (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100);
  };
  return everyCell(matrix, headerRow, column, when) >= 3 && dates >= 3;
}

/**
 * A month's name or its three letters among digits: `05-Dec-24`, `3 March 2024` (coerceDate reads which).
 * Short text only, tested by two scans: `.*` between them made a 200,000-character cell quadratic.
 */
function namedMonth(text: string): boolean {
  return text.length <= 40 && DIGIT.test(text) && LETTERS.test(text);
}
const DIGIT = /\d/;
const LETTERS = /[A-Za-z]{3}/;

/**
 * Received as Excel hands a date over, a serial (39239: 6 June 2007): a whole number of the days of
 * 1980–2049 on every filled row, three at least, over the row's Committed on four in five — a donor log's
 * `disbursed` dates once Excel has typed the CSV it opened (a helper's round, real: PARTNERS.SUMMARY
 * received $158,105 of $15,600 given, with 380 "received more than committed" warnings, where the command
 * line, reading the dates as text, left the column out). One behaviour, whichever door.
 */
function serialsOverCommitted(matrix: Matrix, guess: Guess, col: MappedColumn): boolean {
  if (col.id !== PARTNERS.col.received.id) return false;
  const committed = guess.columns.find((c) => c.id === PARTNERS.col.committed.id);
  if (!committed) return false;
  let rows = 0;
  let over = 0;
  for (let r = guess.row + 1; r < matrix.length && rows < SAMPLE; r++) {
    const v = matrix[r]?.[col.index];
    if (isBlank(v)) continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < FIRST_SERIAL || v > LAST_SERIAL) return false;
    rows++;
    const given = coerceNumber(matrix[r]?.[committed.index] ?? null);
    if (given !== undefined && v > given) over++;
  }
  return rows >= 3 && over * 5 >= rows * 4;
}
/** The serials of 1 January 1980 and 31 December 2049. */
const FIRST_SERIAL = 29_221;
const LAST_SERIAL = 54_789;

/** A date as text: `2021-03-04` (a time may follow), `3/4/2021`, `04.03.2021`. */
const DATE_TEXT = /^\s*(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{4})\s*$/;

/** A reference: letters and digits run together or joined by `.`, `/` or `-` (`FRO.37579`, `GR-2023/14`). */
const REFERENCE = /^\s*(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+)*\s*$/;

/**
 * A text column named by a synonym (`KPI` → Benchmark metric) whose values are yeses and noes (`no`,
 * `yes - 10-6`, TRUE), all but a note or two, is a flag, not that column's words: a city's measures
 * register marks its headline measures so, and its blank flags were "KPI is empty" errors (real: New
 * Orleans' register, mapped on one sheet and not the other for one `similar - 12-11`). Two values at
 * least; a column named exactly stays.
 */
const YES_OR_NO = /^\s*(?:yes|no|y|n|true|false)\b/i;

/** Flags for each other value, at least, in a column of flags with more than one note among them. */
const OTHERS_PER_FLAG = 4;

export function flagsAreNoText<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  // Not a key column: the header row was found by it (a Partner of yeses is the user's to fix).
  const keys = new Set(KEY_COLUMNS[guess.tab.name].map((k) => k.id));
  let out = guess;
  for (const col of guess.columns) {
    const type = guess.tab.columns.find((c) => c.id === col.id)?.type;
    if (type !== "text" || keys.has(col.id) || names.isExact(guess.tab, col.header)) continue;
    let flags = 0;
    let others = 0;
    everyCell(matrix, guess.row, col.index, (c) => {
      if (typeof c === "boolean" || (typeof c === "string" && YES_OR_NO.test(c))) flags++;
      else others++;
      return true;
    });
    // A note among the flags (`similar - 12-11, …`) does not make the column a metric's words.
    if (flags >= 2 && (others <= 1 || others * OTHERS_PER_FLAG <= flags)) out = unmapped(out, col, true);
  }
  return out;
}

/**
 * A derived column (Progress, the tracker's own share of the way to Target) that a sheet fills with
 * words — `In Progress`, `Complete`, `Not Yet Started` — says the initiative's status: read as Status
 * when most of its words are Status's and the sheet has no Status column; otherwise let go. Real: a
 * mayor's 100-day action tracker, whose every action read as having no status.
 */
export function progressInWords<G extends Guess>(matrix: Matrix, guess: G): G {
  let out = guess;
  for (const col of guess.columns) {
    if (guess.tab.columns.find((c) => c.id === col.id)?.type !== "derived") continue;
    let words = 0;
    let listed = 0;
    const status = guess.tab.columns.find((c) => c.id === "status" && c.type === "list" && c.list);
    const read = everyCell(matrix, guess.row, col.index, (c) => {
      if (typeof c !== "string" || coerceNumber(c) !== undefined || /%\s*$/.test(c)) return false;
      words++;
      if (status?.list && matchList(status.list, c.trim()) !== undefined) listed++;
      return true;
    });
    if (read <= 0) continue;
    if (status && listed * 2 >= words && !out.columns.some((c) => c.id === status.id)) {
      out = { ...out, columns: out.columns.map((c) => (c === col ? { ...c, id: status.id, name: status.name } : c)) };
    } else out = unmapped(out, col, true);
  }
  return out;
}
