/**
 * A mapping guessed from headers, checked against the column's data before it is used — where a
 * header alone misleads on real sheets. Each check is on a sample of the data rows (MARKS_SAMPLE
 * filled cells), so VALIDATE on 100k rows pays for 50 cells a column, not for the column. A mapping
 * made by hand is never checked here: it wins over any guess (SPEC "Mapping by hand").
 */
import {
  ASSETS,
  DIRECTORY_HEADERS,
  FOUNDATION,
  KEY_COLUMNS,
  KINDS_OF_BODY,
  LEADERSHIP,
  NAME_WORDS,
  CONSTITUTED_AS,
  LEGAL_FORMS,
  PARTNERS,
  PROJECT_HEADERS,
  type TabSpec,
} from "../schema";
import { coerceDate } from "./dateCells";
import { coerceNumber, currencyMark } from "./amountCells";
import { coerceYesNo, isEmail } from "./coerce";
import { NOT_TOTAL, totalKind, TOTAL } from "./notData";
import { matchList } from "./rows";
import { cellText, isBlank, isPlaceholder, normalizeHeader, normalizeKey } from "./text";
import type { Cell, MappedColumn, Matrix } from "./types";

/** The part of a guessed header row these checks read and change. */
export interface Guess {
  /** 0-based header row; data below it. */
  readonly row: number;
  readonly tab: TabSpec;
  readonly columns: MappedColumn[];
  readonly unknown: { header: string; index: number }[];
}

/** What the header matcher says of a header (headers.ts): its column in the tab, and how strongly. */
export interface HeaderNames {
  /** The schema column id `header` names in `tab`, if any (synonyms and fallbacks included). */
  columnOf(tab: TabSpec, header: string): string | undefined;
  /** Does `header` name its column of `tab` by the column's own name (not a synonym)? */
  isExact(tab: TabSpec, header: string): boolean;
}

/** How many filled cells of a column are looked at. */
const SAMPLE = 50;

type Plain = string | number | boolean;

/**
 * Do the first SAMPLE filled data cells of `column` all pass `test`? How many were read when they
 * do, -1 at the first that does not: most guesses are settled by their first cell (VALIDATE and
 * SUMMARY call this on every call). Text, numbers and booleans only: a custom function's range may
 * hold Excel's objects (a linked data type's entity), made plain row by row later (TypedTable's
 * plainRow); the sample passes them by.
 */
function everyCell(matrix: Matrix, headerRow: number, column: number, test: (cell: Plain) => boolean): number {
  let n = 0;
  for (let r = headerRow + 1; r < matrix.length && n < SAMPLE; r++) {
    const cell: unknown = matrix[r]?.[column];
    if ((typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") || isBlank(cell)) continue;
    // A totals row's label, wherever it sits (`TOTAL` under `DATE PAID`), says nothing of the column's
    // cells (a helper's round, real: Rochdale's spend, its dates read as Received beside the label).
    if (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL) continue;
    if (!test(cell)) return -1;
    n++;
  }
  return n;
}

/** The first filled plain data cell of `column`, if any. */
function firstCell(matrix: Matrix, guess: Guess, column: number): Plain | undefined {
  let first: Plain | undefined;
  everyCell(matrix, guess.row, column, (cell) => ((first = cell), false));
  return first;
}

export function checkedAgainstData<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  const checked = progressInWords(
    matrix,
    flagsAreNoText(
      matrix,
      numbersFit(
        matrix,
        listValuesFit(
          matrix,
          runningTotalsAreNoAmounts(matrix, oneSiteIsNoAssetName(matrix, figuresBesideMarks(matrix, guess))),
          names,
        ),
        names,
      ),
      names,
    ),
  );
  return meetingsAreNoRecords(
    officesAreTitles(
      matrix,
      contactEmails(
        matrix,
        subrecipientsFilled(
          matrix,
          vendorsOnEveryRow(
            matrix,
            repeatedHeadersAreNoGuess(
              matrix,
              codesAreNoNames(
                matrix,
                sentencesAreNoIds(
                  matrix,
                  coFundersAreNoRecipient(matrix, ownerIsNoPartner(matrix, checked, names)),
                  names,
                ),
                names,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * An officials' roster's `Office` (`Mayor of the District of Columbia`, `At-Large Member of the
 * Council`) is their Title where its cells name posts, two in three at least (a helper's round, real:
 * DC's elected officials, `office` ignored and the Title left empty in the tracker `new --from` made).
 * A bare `Office` is no synonym: a staff directory's is a room, a department's (`Budget Office`) as often.
 */
function officesAreTitles<G extends Guess>(matrix: Matrix, guess: G): G {
  const title = LEADERSHIP.col.title;
  if (guess.tab.name !== LEADERSHIP.name || guess.columns.some((c) => c.id === title.id)) return guess;
  const u = guess.unknown.find(
    (x) => OFFICE_HEADER.test(normalizeKey(x.header)) && mostlyPosts(matrix, guess.row, x.index),
  );
  return u ? readAs(guess, title, u) : guess;
}

const OFFICE_HEADER = /^(?:office|seat|post|officeheld)$/;

/** `guess` with its unmapped column `u` read as the tab's column `as`. */
function readAs<G extends Guess>(
  guess: G,
  as: { readonly id: string; readonly name: string },
  u: { readonly header: string; readonly index: number },
): G {
  const columns = [...guess.columns, { id: as.id, name: as.name, header: u.header, index: u.index }];
  return {
    ...guess,
    columns: columns.sort((a, b) => a.index - b.index),
    unknown: guess.unknown.filter((x) => x !== u),
  };
}

/** Of a column's first `most` filled cells: how many there are, and how many pass `test`. */
function filledPassing(
  matrix: Matrix,
  headerRow: number,
  column: number,
  most: number,
  test: (cell: Cell) => boolean,
): { filled: number; passing: number } {
  let filled = 0;
  let passing = 0;
  for (let r = headerRow + 1; r < matrix.length && filled < most; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    filled++;
    if (test(cell)) passing++;
  }
  return { filled, passing };
}

/**
 * A post's word: `Mayor`, `Member of the Council`, `County Commissioner`, `Sheriff`. And the Nordic
 * words that are a seat on a board (ledger.ts SEAT) and a job alike, as `Secretary` and `Treasurer` are:
 * `Sekreterare`, `Kassör` (treasurer, cashier), `Formand` (chair, foreman) — between letters of any
 * alphabet (`\b` sees no letter in `ö`).
 */
const POST_WORD =
  /(?<![\p{L}\p{N}_])(?:mayor|member|council(?:l?or|member)|commissioner|chair(?:man|woman|person)?|president|director|clerk|treasurer|secretary|judge|sheriff|officer|manager|chief|delegate|representative|senator|trustee|governor|assessor|attorney|auditor|coroner|recorder|superintendent|alder(?:man|woman|person)|deputy|minister|executive|controller|comptroller|magistrate|constable|supervisor|registrar|sekreterare|kassör|(?:næst)?formand)(?![\p{L}\p{N}_])/iu;

/**
 * A department's name or a place, no post: `Office of the Mayor`, `Budget Office`, `Planning Department`,
 * `County Executive Building`, `Sheriff Department Annex`, `Room 201` (a reviewer's repro).
 */
const DEPARTMENT =
  /^\s*(?:office|department|bureau|division)\s+of\b|\b(?:office|department|bureau|division|agency)\s*$|\b(?:building|annex|room|hall|floor|suite|wing|tower|centre|center|plaza|street|avenue|road)\b/i;

function mostlyPosts(matrix: Matrix, headerRow: number, column: number): boolean {
  const post = (c: Cell) => typeof c === "string" && POST_WORD.test(c) && !DEPARTMENT.test(c);
  const { filled, passing } = filledPassing(matrix, headerRow, column, SAMPLE, post);
  return passing >= 2 && passing * 3 >= filled * 2;
}

/** Rows contactEmails reads at most. */
const EMAIL_ROWS = 200;

/**
 * A column of e-mail addresses under a header saying contact details (`ContactDetails`, `Contact
 * info`) is the tab's email column, where no header names one (a helper's round, real: Trafford's org
 * chart, `ContactDetails` an address on all 80 rows, ignored and unchecked). Four in five filled cells
 * must be addresses, so a column of phone numbers and addresses mixed stays unread.
 */
function contactEmails<G extends Guess>(matrix: Matrix, guess: G): G {
  const email = guess.tab.columns.find((c) => c.type === "email");
  if (!email || guess.columns.some((c) => c.id === email.id)) return guess;
  // Not the sheet's own side's (a helper's drift check, real: Toronto's awarded bids, `Buyer Email`, all
  // 707 at the city's domain, read as the suppliers' contacts). (Addresses all at one domain say nothing
  // of whose they are: community groups on one webmail — a reviewer's repro.)
  const u = guess.unknown.find(
    (x) => /contact|e-?mail/i.test(x.header) && !OWN_SIDE.test(x.header) && mostlyEmails(matrix, guess.row, x.index),
  );
  return u ? readAs(guess, email, u) : guess;
}

/** Are four in five filled cells of the column (two at least) e-mail addresses? */
/** Headers of the sheet's own people's addresses (`Buyer Email`, `Officer e-mail`), not a partner's. */
const OWN_SIDE = /buyer|purchas|procure|officer|analyst|staff|internal/i;

function mostlyEmails(matrix: Matrix, headerRow: number, column: number): boolean {
  const email = (c: Cell) => typeof c === "string" && isEmail(c);
  const { filled, passing } = filledPassing(matrix, headerRow, column, EMAIL_ROWS, email);
  return passing >= 2 && passing * 5 >= filled * 4;
}

/**
 * A calendar of meetings or events — a time of day and a weekday beside each row's date — lists
 * events, not partners: its `name` is a meeting's (a helper's round, real: a city's public-meetings
 * calendar, "Commission" of 14 agencies one partner, `Canceled` read as Withdrawn, 2,415 errors on
 * 2,558 rows). No key is guessed; a mapping by hand still reads it.
 */
function meetingsAreNoRecords<G extends Guess>(guess: G): G {
  const headers = guess.unknown.map((u) => normalizeKey(u.header));
  const time = headers.some((k) => /^(?:start|end|begin|meeting|event)?time$/.test(k));
  const day = headers.some((k) => /^(?:start|meeting|event)?day$|weekday|dayofweek/.test(k));
  if (!time || !day) return guess;
  // (Nor initiatives, their names read as Foundation's: the same calendar with fewer columns.)
  const keys = new Set(KEY_COLUMNS[guess.tab.name].map((k) => k.id));
  return guess.columns.filter((c) => keys.has(c.id)).reduce((out, key) => unmapped(out, key), guess);
}

/** Data rows whose Partner cell is blank, of the first VENDOR_ROWS filled ones (Total and note rows aside). */
function blankShare(matrix: Matrix, headerRow: number, column: number): { rows: number; blank: number } {
  let rows = 0;
  let blank = 0;
  for (let r = headerRow + 1; r < matrix.length && rows < VENDOR_ROWS; r++) {
    const row = matrix[r];
    if (!Array.isArray(row)) continue;
    const first = row.find((c) => !isBlank(c));
    if (first === undefined) continue;
    // A Total or Subtotal row leaves the name blank by nature (a reviewer's repro: a subtotalled
    // payments report lost its Vendor Name).
    if (row.some((c) => typeof c === "string" && totalKind(c) !== NOT_TOTAL)) continue;
    rows++;
    if (isBlank(row[column])) blank++;
  }
  return { rows, blank };
}

/**
 * A pass-through list's subrecipient is its partner where it names one (headers.ts saysName); where a
 * quarter of the rows or more leave it blank, the recipient is (a reviewer's repro: a correct list's
 * direct grants, subrecipient blank, three "Subrecipient is empty" errors and $15,500 without a partner).
 */
function subrecipientsFilled<G extends Guess>(matrix: Matrix, guess: G): G {
  const col = guess.columns.find(
    (c) => c.id === PARTNERS.col.partner.id && /^sub(recipient|grantee|awardee)/.test(normalizeKey(c.header)),
  );
  if (!col) return guess;
  const party = /^sub(recipient|grantee|awardee)/.exec(normalizeKey(col.header))![1];
  const other = guess.unknown.find((u) => normalizeKey(u.header).startsWith(party));
  if (!other) return guess;
  const { rows, blank } = blankShare(matrix, guess.row, col.index);
  return blank * 4 < rows || blank === 0 ? guess : movedTo(guess, col, other);
}

/** Data rows vendorsOnEveryRow reads at most. */
const VENDOR_ROWS = 200;

/**
 * A `Vendor Name` is the partner of a ledger that names one on every row (a payments ledger, a
 * contracts register: helpers' rounds, real — Philadelphia's, Phoenix's, Scottsdale's); where a
 * quarter of the rows or more leave it blank it names the vendor of some budget lines, and the sheet
 * is no list of partners (real: Detroit's FY26 detail sheet, 19 "Vendor Name is empty" errors).
 */
function vendorsOnEveryRow<G extends Guess>(matrix: Matrix, guess: G): G {
  const col = guess.columns.find((c) => c.id === PARTNERS.col.partner.id && normalizeKey(c.header) === "vendorname");
  if (!col) return guess;
  const { rows, blank } = blankShare(matrix, guess.row, col.index);
  return blank * 4 >= rows && blank > 0 ? unmapped(guess, col) : guess;
}

/**
 * A header that heads two columns of the row (`Total ($)` under `General Purpose Grants` and again
 * under `Local Roads Grants`) says neither is the one: the first was summed and nothing said which
 * (real: a grants commission's allocations). No guess is made; a mapping by hand names one by its
 * group title (`--map "Local Roads Grants Total ($)=Committed"`).
 */
function repeatedHeadersAreNoGuess<G extends Guess>(matrix: Matrix, guess: G): G {
  // The headers as read (two header rows joined where they name a column: `Awarded Amount` and `Paid
  // Amount` are two), compared as written, spaces aside (`Total\n($)`): `Initiative #` is not `Initiative`.
  const same = (header: string) => header.toLowerCase().replace(/\s+/g, " ").trim();
  const byHeader = new Map<string, number[]>();
  for (const { header, index } of [...guess.columns, ...guess.unknown]) {
    const key = same(header);
    byHeader.set(key, [...(byHeader.get(key) ?? []), index]);
  }
  let out = guess;
  for (const col of guess.columns) {
    const heading = byHeader.get(same(col.header)) ?? [];
    if (heading.length > 1 && !heading.every((i) => sameColumn(matrix, guess.row, col.index, i)))
      out = unmapped(out, col);
  }
  return out;
}

/** Rows of two columns compared by sameColumn: enough to tell a copy from another column's figures. */
const SAME_COLUMN_ROWS = 200;

/**
 * Do two columns hold the same cells on every data row (the first SAME_COLUMN_ROWS)? An export that
 * writes one column twice (real: a council's land register, `Organisation` in columns A and C) has
 * no second column to choose between: the first is read.
 */
function sameColumn(matrix: Matrix, headerRow: number, a: number, b: number): boolean {
  if (a === b) return true;
  const end = Math.min(matrix.length, headerRow + 1 + SAME_COLUMN_ROWS);
  let filled = 0;
  for (let r = headerRow + 1; r < end; r++) {
    const row = matrix[r] ?? [];
    const x = isBlank(row[a]) ? "" : row[a];
    const y = isBlank(row[b]) ? "" : row[b];
    if (x !== y) return false;
    if (x !== "") filled++;
  }
  return filled > 0;
}

/** A header saying its column holds an asset's number or code. */
const ASSET_NUMBER_HEADER = /(?:\b(?:number|no|code|tag|ref|reference|registration|serial|nr|nummer)\b|id$)/;

/**
 * An Initiative ID named by a synonym (`initiatives`) over sentences, four words or more in most filled
 * cells (`Weekly kai packs for whānau | Coordination …`), is a description of the work, not a code
 * tying tabs together: left unmapped, not checked against Foundation's IDs (a helper's round, real:
 * Porirua's organisations directory, 94 descriptions read as Initiative IDs without a word).
 */
function sentencesAreNoIds<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  const col = guess.columns.find((c) => c.id === PARTNERS.col.initiativeId.id);
  if (!col || names.isExact(guess.tab, col.header)) return guess;
  let filled = 0;
  let sentences = 0;
  for (let r = guess.row + 1; r < matrix.length && filled < 50; r++) {
    const cell = matrix[r]?.[col.index];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "string" && (cell.match(/\p{L}{2,}/gu)?.length ?? 0) >= 4) sentences++;
  }
  return filled > 0 && sentences * 2 > filled ? unmapped(guess, col) : guess;
}

/** A header naming the project a row funds (`Project Name`, `Programme title`, `Grant`). */
const PROJECT_HEADER = /^(?:project|programme|program|grant|scheme|initiative)(?:name|title)?$/;

/**
 * A cell listing names: `;` or a line between them, or two commas at least — one comma is a name's own
 * (`University of California, Berkeley`: a reviewer's repro, moved to the grant titles).
 */
const LISTED = /[;\n]|,[^,]*,/;

/**
 * A Partner column headed in the plural (`Partners`) whose cells list several names on half the
 * filled rows or more, beside a column naming each row's project, names the project's co-funders,
 * not the recipient of the row's amount: the project column is the partner (a helper's round, real:
 * the Public Health Agency of Canada's 32 funded projects, `The Apple Schools Foundation: …` under
 * `Project Name`, the matching partners' lists read as 31 partners and their rows to be split).
 */
function coFundersAreNoRecipient<G extends Guess>(matrix: Matrix, guess: G): G {
  const col = guess.columns.find((c) => c.id === PARTNERS.col.partner.id);
  if (!col || !/s$/.test(normalizeKey(col.header))) return guess;
  const project = guess.unknown.find((u) => PROJECT_HEADER.test(normalizeKey(u.header)));
  if (!project) return guess;
  let filled = 0;
  let lists = 0;
  for (let r = guess.row + 1; r < matrix.length && filled < SAMPLE; r++) {
    const cell = matrix[r]?.[col.index];
    if (typeof cell !== "string" || isBlank(cell)) continue;
    filled++;
    if (LISTED.test(cell.trim())) lists++;
  }
  return lists >= 1 && lists * 2 >= filled ? movedTo(guess, col, project) : guess;
}

/** Numbers, or text of digits alone (`210`, `0410-22`): an account code, not a name. */
const CODE = /^\s*\d[\d\s./-]*$/;

/**
 * A key name column (Partner, a leader's Name) named by a synonym whose values are all numbers or
 * codes of digits is a chart of accounts' unit, not an organisation: a city budget's `Fund | Org |
 * Activity | Total` read as a list of partners named 210 and 220 (real: Missoula's program
 * inventory; `Org` is the US municipal org-unit code). A column named exactly stays: its values are
 * the user's to fix.
 */
function codesAreNoNames<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  let out = guess;
  for (const key of KEY_COLUMNS[guess.tab.name]) {
    if (key.type !== "text") continue;
    const col = out.columns.find((c) => c.id === key.id);
    // An asset register keyed by its numbers (`EquipID`, `Asset number`: a fleet's 41001) is keyed by
    // what tells its assets apart (a helper's round, real: Seattle's fleet, hinted as Partners).
    if (col && guess.tab.name === ASSETS.name && ASSET_NUMBER_HEADER.test(normalizeHeader(col.header))) continue;
    if (col && !names.isExact(guess.tab, col.header) && holdsCodes(matrix, guess.row, col.index)) {
      out = unmapped(out, col);
    }
    // Nor is a column empty on most rows that says a few kinds again and again: a type, not a name (a
    // helper's round, real: Oakland's youth programmes, `provider` of 3 kinds on 107 of 545 rows, the
    // names under `program`: 438 "provider is empty").
    else if (
      col &&
      !names.isExact(guess.tab, col.header) &&
      mostlyBlank(matrix, guess.row, col.index) &&
      holdsCategories(matrix, guess.row, col.index)
    ) {
      out = unmapped(out, col);
    }
  }
  // A roster's Organization of codes (`ORGANIZATION`: 1, 5 — the IRS register of exempt organisations'
  // kind of body) names no one's organisation, under its very name: read beside a `NAME`, it made the
  // register a roster of 13,665 people.
  const organization = out.columns.find((c) => c.id === LEADERSHIP.col.organization.id);
  if (guess.tab.name === LEADERSHIP.name && organization && holdsCodes(matrix, guess.row, organization.index)) {
    out = unmapped(out, organization);
  }
  return out;
}

/**
 * Are the filled cells under row `row` of `column` (a sample) numbers or codes of digits — all but a
 * few words (a table stacked under this one heads the column with a word of its own: real, a grants
 * research workbook's `Recipients` counts, taken for partner names)?
 */
export function holdsCodes(matrix: Matrix, row: number, column: number): boolean {
  let codes = 0;
  let words = 0;
  everyCell(matrix, row, column, (c) => {
    if (typeof c === "number" || (typeof c === "string" && CODE.test(c))) codes++;
    else words++;
    return true;
  });
  return codes > 0 && words * WORDS_AMONG_CODES <= codes;
}

/** Codes for each word, at least, in a column of codes. */
const WORDS_AMONG_CODES = 4;

/**
 * Does the column under `row` hold a few words over and over (`Water`, `Storm Drain`, `Water` …), as
 * a category does — not one name a row? A key header over such a column (a capital register's
 * `Facility`) is not what tells its rows apart, so no hint offers it as the key (real: DC's capital
 * projects, `--map "Facility=Asset"` suggested while `Name` held the projects).
 */
export function holdsCategories(matrix: Matrix, row: number, column: number): boolean {
  const seen = new Set<string>();
  const filled = everyCell(matrix, row, column, (c) => (seen.add(String(c).trim().toLowerCase()), true));
  return filled >= MIN_ROWS_FOR_CATEGORIES && seen.size * ROWS_PER_CATEGORY <= filled;
}

/** Is the column blank on more than half of its first rows (SAMPLE × 4 at most)? */
function mostlyBlank(matrix: Matrix, row: number, column: number): boolean {
  let blank = 0;
  let filled = 0;
  for (let r = row + 1; r < matrix.length && r <= row + SAMPLE * 4; r++) {
    if (isBlank(matrix[r]?.[column])) blank++;
    else filled++;
  }
  return blank > filled;
}

/** Rows read, at least, before a column is said to hold categories; and rows per distinct value. */
const MIN_ROWS_FOR_CATEGORIES = 6;
const ROWS_PER_CATEGORY = 3;

/** The guess with `col` moved to the unmapped columns. */
function unmapped<G extends Guess>(guess: G, col: MappedColumn, misfit = false): G {
  // (`misfit`: its cells are no fit for the column — words under an amount, dates under a list — said in
  // the report with the --map that reads it all the same; not for a column let go for another reason, a
  // second `Amount` beside the first, where that --map would read the wrong one: a reviewer's repro.)
  const left = misfit
    ? { header: col.header, index: col.index, notAs: col.name }
    : { header: col.header, index: col.index };
  const unknown = [...guess.unknown, left].sort((a, b) => a.index - b.index);
  return { ...guess, columns: guess.columns.filter((c) => c !== col), unknown };
}

/** `col`'s tracker column read from the unmapped header `to` instead, `col`'s header then unmapped. */
function movedTo<G extends Guess>(guess: G, col: MappedColumn, to: { header: string; index: number }): G {
  const columns = guess.columns.map((c) => (c === col ? { ...c, header: to.header, index: to.index } : c));
  const unknown = [...guess.unknown.filter((u) => u !== to), { header: col.header, index: col.index }];
  return { ...guess, columns, unknown: unknown.sort((a, b) => a.index - b.index) };
}

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
 * An asset list's key naming every row the same (`Site`: the park all its trees stand in) beside a
 * column of identifiers, each row its own (`Tree ID`): the identifiers name the assets (a helper's
 * round, real: a park's 55 trees all named `RH-P`, "no issues", and copied so by `new --from`).
 * Five rows at least, all of the first SAMPLE.
 */
function oneSiteIsNoAssetName<G extends Guess>(matrix: Matrix, guess: G): G {
  if (guess.tab.name !== ASSETS.name) return guess;
  const key = guess.columns.find((c) => c.id === ASSETS.col.asset.id);
  // Where the things stand (`Site`, `Park`), not what they are (`Asset`: five minibuses are five).
  if (!key || !PLACE_OF_THINGS.test(key.header)) return guess;
  const values = (column: number) => {
    const seen = new Set<string>();
    let n = 0;
    everyCell(matrix, guess.row, column, (c) => (seen.add(cellText(c).trim().toLowerCase()), ++n > 0));
    return { distinct: seen.size, n };
  };
  const own = values(key.index);
  if (own.n < 5 || own.distinct !== 1) return guess;
  const ids = guess.unknown.find((u) => {
    if (!IDENTIFIER_HEADER.test(u.header)) return false;
    const v = values(u.index);
    return v.n === own.n && v.distinct === v.n;
  });
  return ids ? movedTo(guess, key, ids) : guess;
}

/** An asset list's header naming where its things stand. */
const PLACE_OF_THINGS = /site|location|park|property|premises|facility|campus/i;

/** A header of identifiers: `Tree ID`, `Asset No.`, `Unit #`, `Number`. */
const IDENTIFIER_HEADER = /(?:^|[\s_])(?:id|no\.?|number|#|nr)\s*$/i;

/**
 * A running total (`Cumulative Total`: each row the row above plus this row's `Project Cost`) is no
 * row's amount: summed, every row's money counts again on each row below it (a helper's round, real:
 * New York's drinking-water project list, $2.15 trillion for $5.12bn, "no issues"). The column it
 * runs over is the amount, where no tracker column has it; said by the figures, not the header
 * (`Total Cumulative Obligations` is a row's own figure). Three rows at least, all of the first SAMPLE.
 */
function runningTotalsAreNoAmounts<G extends Guess>(matrix: Matrix, guess: G): G {
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
function figuresBesideMarks<G extends Guess>(matrix: Matrix, guess: G): G {
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
function listValuesFit<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
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

function numbersFit<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
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

function flagsAreNoText<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
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
function progressInWords<G extends Guess>(matrix: Matrix, guess: G): G {
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

/**
 * A key name column (Partner) holding one name on every row is the sheet's owner — the council on
 * each line of its payments, the funder on each of its grants — not the partner: when another column
 * names the key column too (`Supplier Name`, a fallback) and holds different names, it is the
 * partner. Real: a council's payments ledger put `Organisation Name` ("Wakefield MDC", 5,000 rows) as
 * Partner and left `Supplier Name` out.
 */
function ownerIsNoPartner<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  const keys = new Set(KEY_COLUMNS[guess.tab.name].map((k) => k.id));
  const key = guess.columns.find(
    (c) => keys.has(c.id) && guess.tab.columns.find((s) => s.id === c.id)?.type === "text",
  );
  // One or two rows may well be one partner's: three or more of the same name make an owner.
  if (!key || oneName(matrix, guess, key.index) < 3) return guess;
  const other = guess.unknown.find(
    (u) => names.columnOf(guess.tab, u.header) === key.id && oneName(matrix, guess, u.index) < 0,
  );
  return other ? movedTo(guess, key, other) : guess;
}

/**
 * Does the column's sample hold one name only (compared as the duplicate rule does)? How many cells
 * when it does, -1 at the first other name: a partner column says so on its second row.
 */
function oneName(matrix: Matrix, guess: Guess, column: number): number {
  let name: string | undefined;
  return everyCell(matrix, guess.row, column, (cell) => {
    const key = normalizeKey(String(cell));
    name ??= key;
    return key === name;
  });
}

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
