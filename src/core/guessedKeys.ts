import { ASSETS, KEY_COLUMNS, LEADERSHIP, PARTNERS } from "../schema";
import { isEmail } from "./coerce";
import {
  everyCell,
  holdsCategories,
  holdsCodes,
  movedTo,
  SAMPLE,
  unmapped,
  type Guess,
  type HeaderNames,
} from "./guessSample";
import { NOT_TOTAL, totalKind } from "./notData";
import { cellText, isBlank, normalizeHeader, normalizeKey } from "./text";
import type { Cell, Matrix } from "./types";

/**
 * Which column names a guessed mapping's rows, checked against the data (guesses.ts): the owner on
 * every row is no partner, a vendor named on some rows, a subrecipient left blank, co-funders, codes
 * and sentences are no names, one site is no asset's name; and a roster's office, a contact's e-mail
 * read where no header names them.
 */

/**
 * An officials' roster's `Office` (`Mayor of the District of Columbia`, `At-Large Member of the
 * Council`) is their Title where its cells name posts, two in three at least (a helper's round, real:
 * DC's elected officials, `office` ignored and the Title left empty in the tracker `new --from` made).
 * A bare `Office` is no synonym: a staff directory's is a room, a department's (`Budget Office`) as often.
 */
export function officesAreTitles<G extends Guess>(matrix: Matrix, guess: G): G {
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
export function filledPassing(
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
export function contactEmails<G extends Guess>(matrix: Matrix, guess: G): G {
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
export function meetingsAreNoRecords<G extends Guess>(guess: G): G {
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
export function subrecipientsFilled<G extends Guess>(matrix: Matrix, guess: G): G {
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
export function vendorsOnEveryRow<G extends Guess>(matrix: Matrix, guess: G): G {
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
export function repeatedHeadersAreNoGuess<G extends Guess>(matrix: Matrix, guess: G): G {
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
export function sentencesAreNoIds<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
  const col = guess.columns.find((c) => c.id === PARTNERS.col.initiativeId.id);
  if (!col || names.isExact(guess.tab, col.header)) return guess;
  return mostlySentences(matrix, guess.row, col.index, 4) ? unmapped(guess, col) : guess;
}

/**
 * A Title over sentences, eight words or more in most filled cells (`capital repair of the roof of the
 * village school`), is a grant's or a project's title, not a person's post: left unmapped, so a list of
 * grants is not checked as Leadership (corpus round gn D1, real: Ukraine's subventions by MP, `title`
 * of 80–200 characters beside a mostly empty `fullname`, 8 errors "fullname is empty"). The longest
 * posts real rosters write (`Deputy Director, Office of Management and Budget`) stay under eight.
 */
export function sentencesAreNoTitles<G extends Guess>(matrix: Matrix, guess: G): G {
  const col = guess.columns.find((c) => c.id === LEADERSHIP.col.title.id);
  if (guess.tab !== LEADERSHIP || !col) return guess;
  return mostlySentences(matrix, guess.row, col.index, 8) ? unmapped(guess, col) : guess;
}

/** Do most of column `at`'s first 50 filled cells under `headerRow` hold `words` words or more? */
function mostlySentences(matrix: Matrix, headerRow: number, at: number, words: number): boolean {
  let filled = 0;
  let sentences = 0;
  for (let r = headerRow + 1; r < matrix.length && filled < 50; r++) {
    const cell = matrix[r]?.[at];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "string" && (cell.match(/\p{L}{2,}/gu)?.length ?? 0) >= words) sentences++;
  }
  return filled > 0 && sentences * 2 > filled;
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
export function coFundersAreNoRecipient<G extends Guess>(matrix: Matrix, guess: G): G {
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

/**
 * A key name column (Partner, a leader's Name) named by a synonym whose values are all numbers or
 * codes of digits is a chart of accounts' unit, not an organisation: a city budget's `Fund | Org |
 * Activity | Total` read as a list of partners named 210 and 220 (real: Missoula's program
 * inventory; `Org` is the US municipal org-unit code). A column named exactly stays: its values are
 * the user's to fix.
 */
export function codesAreNoNames<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
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

/**
 * An asset list's key naming every row the same (`Site`: the park all its trees stand in) beside a
 * column of identifiers, each row its own (`Tree ID`): the identifiers name the assets (a helper's
 * round, real: a park's 55 trees all named `RH-P`, "no issues", and copied so by `new --from`).
 * Five rows at least, all of the first SAMPLE.
 */
export function oneSiteIsNoAssetName<G extends Guess>(matrix: Matrix, guess: G): G {
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
 * A key name column (Partner) holding one name on every row is the sheet's owner — the council on
 * each line of its payments, the funder on each of its grants — not the partner: when another column
 * names the key column too (`Supplier Name`, a fallback) and holds different names, it is the
 * partner. Real: a council's payments ledger put `Organisation Name` ("Wakefield MDC", 5,000 rows) as
 * Partner and left `Supplier Name` out.
 */
export function ownerIsNoPartner<G extends Guess>(matrix: Matrix, guess: G, names: HeaderNames): G {
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
