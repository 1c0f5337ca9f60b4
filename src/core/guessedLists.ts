import {
  CONSTITUTED_AS,
  DIRECTORY_HEADERS,
  FOUNDATION,
  KINDS_OF_BODY,
  LEGAL_FORMS,
  NAME_WORDS,
  PARTNERS,
  PROJECT_HEADERS,
} from "../schema";
import { coerceNumber } from "./amountCells";
import { everyCell, holdsCategories, holdsCodes, SAMPLE, type Guess, type HeaderNames } from "./guessSample";
import { NOT_TOTAL, totalKind } from "./notData";
import { isBlank, normalizeHeader, normalizeKey } from "./text";
import type { MappedColumn, Matrix } from "./types";

/**
 * What a sheet lists where its guess is no tab's list: programmes rather than partners, projects'
 * titles, a directory's names. Read on a sample, as guesses.ts's checks are.
 */

/** What programmesListed finds: the programme column, and the partner value said on the most rows. */
export interface ProgrammeList {
  readonly programme: { readonly header: string; readonly index: number };
  readonly partner: MappedColumn;
  /** The partner column's value on the most sampled rows, and on how many of them. */
  readonly value: string;
  readonly rows: number;
}

/** Filled rows programmesListed reads, at least, to judge a column repeated or one a row. */
const PROGRAMME_ROWS_MIN = 4;

/**
 * A list of programmes, not of partners: a guessed Partners reading with nothing of the tab but its
 * Partner, named by a synonym (`Recipient`), and Notes — a catch-all any sheet may have, no amount, no
 * date — whose Partner says the same values again on most rows ("States/DC" on 10 of 28) beside a
 * programme's name that differs on every row (`Program name`, a header Foundation reads as its
 * Initiative), and whose repeated values are kinds of body (namesKindOfBody), no organisations. Each
 * row is a programme; its Recipient says what kind of body may receive it (a reviewer's repro, real:
 * Chicago's IIJA programme list, "Recipient "States/DC" is on 10 rows: read as one partner"). A ledger
 * repeats its partners too, beside their amounts (the same workbook's Allocations: Recipient and
 * Amount, 7 partners on 59 rows) or beside their projects alone (`City Harvest Inc.` on 3 rows, a
 * project each: a reviewer's repro, refused as a programme list), and a directory names each once. On
 * a sample, as the other guesses.
 */
export function programmesListed(matrix: Matrix, guess: Guess, names: HeaderNames): ProgrammeList | undefined {
  const { partner: key, notes } = PARTNERS.col;
  if (guess.tab.name !== PARTNERS.name || guess.columns.some((c) => c.id !== key.id && c.id !== notes.id)) {
    return undefined;
  }
  const partner = guess.columns.find((c) => c.id === key.id);
  if (!partner || names.isExact(guess.tab, partner.header)) return undefined;
  // A column Foundation reads as its Initiative (`Program name`, `Project`), which the way on maps.
  const initiative = FOUNDATION.col.initiative.id;
  const programme = guess.unknown.find((u) => names.columnOf(FOUNDATION, u.header) === initiative);
  if (!programme) return undefined;
  const programmes = new Set<string>();
  const count = new Map<string, number>();
  const shown = new Map<string, string>();
  let filled = 0;
  for (let r = guess.row + 1; r < matrix.length && filled < SAMPLE; r++) {
    const cells = matrix[r];
    const name: unknown = cells?.[programme.index];
    const cell: unknown = cells?.[partner.index];
    if (typeof cell !== "string" || isBlank(cell) || totalKind(cell) !== NOT_TOTAL) continue;
    if ((typeof name !== "string" && typeof name !== "number") || isBlank(name)) continue;
    if (typeof name === "string" && totalKind(name) !== NOT_TOTAL) continue;
    const program = normalizeKey(String(name));
    // A programme named twice: a ledger's rows by programme (Allocations, a year a row), not a list of them.
    if (programmes.has(program)) return undefined;
    programmes.add(program);
    filled++;
    const value = normalizeKey(cell);
    count.set(value, (count.get(value) ?? 0) + 1);
    if (!shown.has(value)) shown.set(value, cell.trim());
  }
  if (filled < PROGRAMME_ROWS_MIN) return undefined;
  let repeated = 0;
  let kinds = 0;
  let most = "";
  for (const [value, n] of count) {
    if (n > 1) repeated += n;
    if (n > 1 && namesKindOfBody(shown.get(value) ?? value)) kinds += n;
    if (n > (count.get(most) ?? 0)) most = value;
  }
  // The values said again are kinds of body on most of their rows: organisations said again (`City
  // Harvest Inc.` beside a project on each row) are a ledger's partners.
  return repeated * 2 > filled && kinds * 2 > repeated
    ? { programme, partner, value: shown.get(most) ?? most, rows: count.get(most) ?? 0 }
    : undefined;
}

const KIND_WORDS: ReadonlySet<string> = new Set(KINDS_OF_BODY.kinds);
const KIND_QUALIFIERS: ReadonlySet<string> = new Set(KINDS_OF_BODY.qualifiers);
/** An organisation's words (`inc`, `gmbh`, `foundation`): its legal forms of one word, and what it is constituted as. */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS.forms.map((f) => f.toLowerCase().replace(/\.$/, "")).filter((f) => /^[\p{L}-]+$/u.test(f)),
  ...CONSTITUTED_AS,
]);
/** A value's parts, each a kind or a name: `States/DC/Local governments`, `MPO, States, Tribes`. */
const BODY_PARTS = /[/,;()&+]|\s(?:and|or)\s/i;
const BODY_WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A short word in capitals, in a value not all in capitals: an abbreviation (`Recipients TBD`, `States DC`), no name. */
const ABBREVIATION = /^\p{Lu}{2,4}$/u;

/**
 * Does a recipient's value say a kind of body (`States/DC`, `Local governments`, `federally recognized
 * Tribes`, `Selected recipients`) rather than name an organisation (`City Harvest Inc.`, `Chicago
 * Public Schools`, `Illinois`)? By its words (KINDS_OF_BODY): one of its parts has a kind's plural
 * word, before which every capitalised word is a kind's or its qualifier's (`Local`, `Public Housing`)
 * — but for the part's first word over a kind in lower case, as a sentence begins (`Selected
 * recipients`); a capitalised word else is a name's (`Chicago Public Schools`, `Catholic Charities`).
 * After it, words in lower case describe the kind (`States for distribution to relevant localities`,
 * `Institutions of higher education`); a capitalised word not a kind's or qualifier's names a charity
 * that begins with a kind (`Families First`, `Students First`, `Cities for Financial Empowerment`,
 * `Community Schools Partnership`: a reviewer's repro, refused as a programme list) — but for a short
 * abbreviation in capitals (`Recipients TBD`).
 * No part says an organisation's form (`Inc.`, `Ltd`, `Foundation`, `Trust`).
 */
export function namesKindOfBody(value: string): boolean {
  let kind = false;
  const mixedCase = value !== value.toUpperCase();
  for (const part of value.split(BODY_PARTS)) {
    const words = part.match(BODY_WORD) ?? [];
    const keys = words.map((w) => w.toLowerCase());
    if (keys.some((k) => ORGANISATION_WORDS.has(k))) return false;
    const kindsWord = (j: number) => !capitalised(words[j]) || KIND_WORDS.has(keys[j]) || KIND_QUALIFIERS.has(keys[j]);
    kind ||= keys.some(
      (k, i) =>
        KIND_WORDS.has(k) &&
        words.slice(0, i).every((_, j) => kindsWord(j) || (j === 0 && !capitalised(words[i]))) &&
        words.slice(i + 1).every((w, j) => kindsWord(i + 1 + j) || (mixedCase && ABBREVIATION.test(w))),
    );
  }
  return kind;
}

const PROJECT_WORDS = PROJECT_HEADERS.projects.map(normalizeHeader);
const PROJECT_TITLES = new Set(
  PROJECT_WORDS.flatMap((p) => PROJECT_HEADERS.titles.map((t) => `${p}${normalizeHeader(t)}`)),
);

/**
 * Where no tab's column is named: does the row say its rows are projects — two headers or more saying a
 * project or a capital budget line (`Project Type`, `Budget Line`; PROJECT_HEADERS) — with one heading
 * their titles (`Budget Line Title`) over words, no codes, no few values said again? Its header, the
 * projects' names to map as Foundation's Initiative (corpus round fg, real: NYC's capital budget lines
 * by agency, `Budget Line | Budget Line Title | Fiscal Year 1 Amount …`, hinted as Partners). A column
 * of categories (`Project Type Name`: the agencies) is no title.
 */
export function projectTitles(matrix: Matrix, row: number): string | undefined {
  const cells = matrix[row] ?? [];
  const headers = cells.map((c) => (typeof c === "string" ? normalizeHeader(c) : ""));
  if (headers.filter((h) => h !== "" && PROJECT_WORDS.some((p) => h.includes(p))).length < 2) return undefined;
  const at = headers.findIndex(
    (h, i) =>
      PROJECT_TITLES.has(h) &&
      everyCell(matrix, row, i, (c) => typeof c === "string" && coerceNumber(c) === undefined) > 0 &&
      !holdsCodes(matrix, row, i) &&
      !holdsCategories(matrix, row, i),
  );
  return at < 0 ? undefined : String(cells[at]).trim();
}

const CONTACT_WORDS: ReadonlySet<string> = new Set(DIRECTORY_HEADERS.contact);
const DETAIL_WORDS: ReadonlySet<string> = new Set([...DIRECTORY_HEADERS.contact, ...DIRECTORY_HEADERS.details]);
const NAMES_WORDS: ReadonlySet<string> = new Set([
  ...DIRECTORY_HEADERS.names,
  ...NAME_WORDS.map((w) => w.toLowerCase()),
]);
const headerWords = (header: string) => header.toLowerCase().match(/\p{L}+(?:-\p{L}+)?/gu) ?? [];

/**
 * A directory's column of names, where no header names the Partner: on a row two headers or more of
 * which say how to reach each row (`address`, `website`, `email`, `telephone`; DIRECTORY_HEADERS), the
 * one column none of whose header's words says a detail (`postcode`, `opening_hours`, `lon`) and that
 * holds text on every sampled row, no number, e-mail or web address, each value on one row mostly —
 * or of several, the one headed name, title or organisation. Its header, to map as the Partner (corpus
 * round fg, real: Trafford's community hubs, `community_hub` holding Altrincham, Old Trafford …,
 * hinted `--map "<your header>=Partner"`), and whether the header says it holds names (`named`): the
 * values alone can't tell a hub's name from a town's (`community_hub` holds the towns the hubs are in,
 * the names of the centres that run them are in its address), so where the header says nothing of
 * names the column is only a guess. `read`: the columns the tab already reads.
 */
export function directoryNames(
  matrix: Matrix,
  row: number,
  read: ReadonlySet<number>,
): { header: string; named: boolean } | undefined {
  const cells = matrix[row] ?? [];
  const words = cells.map((c) => (typeof c === "string" ? headerWords(c) : []));
  if (words.filter((w) => w.some((x) => CONTACT_WORDS.has(x))).length < 2) return undefined;
  const names: { header: string; named: boolean }[] = [];
  words.forEach((w, i) => {
    if (w.length === 0 || read.has(i) || w.some((x) => DETAIL_WORDS.has(x))) return;
    const values = new Set<string>();
    let filled = 0;
    for (let r = row + 1; r < matrix.length && filled < SAMPLE; r++) {
      const data = matrix[r];
      if (!Array.isArray(data) || data.every((c) => isBlank(c))) continue;
      const cell: unknown = data[i];
      if (typeof cell !== "string" || isBlank(cell) || coerceNumber(cell) !== undefined) return;
      if (/@|:\/\/|^www\./i.test(cell)) return;
      values.add(cell.trim().toLowerCase());
      filled++;
    }
    if (filled >= 3 && values.size * 5 >= filled * 4) {
      names.push({ header: String(cells[i]).trim(), named: w.some((x) => NAMES_WORDS.has(x)) });
    }
  });
  const named = names.filter((n) => n.named);
  const pick = named.length > 0 ? named : names;
  return pick.length === 1 ? pick[0] : undefined;
}
