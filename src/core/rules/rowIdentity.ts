/**
 * What tells one row or one organisation from another: organisation identifiers (read as compared:
 * one number however written, fillers as none), a row's cells as one text (rowText), and the columns
 * a data portal numbers its records in, which never tell rows apart.
 */
import { ORGANISATION_ID_HEADERS, PARTNERS } from "../../schema";
import { coerceNumber } from "../amountCells";
import { isEmail } from "../coerce";
import { firstLanguage } from "../headerMatch";
import type { TypedTable } from "../rows";
import { isRoundedNumber } from "../roundedIdentifiers";
import { isBlank, normalizeHeader } from "../text";
import type { Cell, HeaderMapping } from "../types";

/**
 * A Partners sheet's organisation identifier column, the most specific the list names (if any): a
 * partner's, not a person's. A bilingual export's is read by its first language
 * (`…Charitable Registration Number: Org du …`).
 */
export function organisationIdColumn(t: TypedTable): { readonly header: string; readonly index: number } | undefined {
  return t.tab.name === PARTNERS.name ? organisationIdAmong(t.mapping.unknown) : undefined;
}

/** Of a Partners range's unmapped columns, the one organisationIdColumn reads (the report says so). */
export function organisationIdAmong<U extends { readonly header: string }>(unknown: readonly U[]): U | undefined {
  const keyed = unknown.map((u) => ({ u, key: normalizeHeader(firstLanguage(u.header)) }));
  for (const key of ORGANISATION_ID_KEYS) {
    const found = keyed.find((k) => k.key === key);
    if (found) return found.u;
  }
  return undefined;
}

/** ORGANISATION_ID_HEADERS, as headers are compared. */
const ORGANISATION_ID_KEYS: readonly string[] = ORGANISATION_ID_HEADERS.map(normalizeHeader);

/**
 * An organisation identifier that stands for none: zeros (`0`, `00000000`), or a filler such as
 * `DUMMY01`, `TEST`, `XXXX`, `UNKNOWN`. Helpers' rounds (real): the Indigo Trust's 360Giving grants,
 * `DUMMY01` under 67 names ("one organisation under 67 names?"); Northern Ireland's charity register,
 * company number `0` under 5,978 charities. Read as no identifier, as a blank is.
 */
export function isPlaceholderIdentifier(text: string): boolean {
  const t = text.trim();
  return /^0+$/.test(t) || /^(?:dummy|test|x+|unknown|none|nil|null)[-_ ]?\d*$/i.test(t) || isRoundedNumber(t);
}

/**
 * An organisation identifier as compared: letters and digits only, upper case, without a `BN` before
 * the digits, and by its long number where it has one — `11878 9429 RR0001`, `118789429RR0001` and
 * `BN: 118789429 RR 0001` are one number (real: a Canadian foundation's grants, 57 "different"
 * charity numbers, 49 of them one number written apart).
 */
export function identifierKey(text: string): string {
  // A record code in mixed case with digits (a Salesforce ID's `…0014000000IZuFv`) is told apart by its
  // case: `IZuFv` and `IZuFV` are two organisations (a helper's round, real: a foundation's 360Giving
  // grants, 33 pairs "one organisation under 2 names").
  if (text.split(/[^A-Za-z0-9]+/).some((t) => t.length >= 12 && /[a-z]/.test(t) && /[A-Z]/.test(t) && /\d/.test(t))) {
    return text.replace(/[^A-Za-z0-9]/g, "");
  }
  const key = text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .replace(/^BN(?=\d)/, "");
  // A long number inside words (`Canada Revenue Agency Registration #: 825536980RR001`, `RT0001`
  // beside `RR0001`: one business's accounts) is the organisation's number — at the identifier's end,
  // or before a program account's two letters and digits. Not a run inside a record's code: a
  // Salesforce ID's `…ORG0014000000AbCdE` shares its zeros with every other (a helper's round, real:
  // a foundation's 360Giving grants, 175 organisations "one organisation under 175 names?").
  const digits = numberAtEnd(key);
  if (digits.length >= NUMBER_DIGITS) return digits;
  // Or a word of its own, words after it (`EIN 12-3456789 (verified)`: a reviewer's repro), each word
  // read as the whole identifier is.
  let best = "";
  for (const word of text.toUpperCase().split(/[\s()[\]]+/)) {
    const run = numberAtEnd(word.replace(/[^A-Z0-9]/g, ""));
    if (run.length > best.length) best = run;
  }
  return best.length >= NUMBER_DIGITS ? best : key;
}

/** The longest run of digits that ends `key` or comes before a program account (`RR0001`), or "". */
function numberAtEnd(key: string): string {
  let digits = "";
  for (const m of key.matchAll(/\d+/g)) {
    if (m[0].length > digits.length && PROGRAM_ACCOUNT.test(key.slice(m.index + m[0].length))) digits = m[0];
  }
  return digits;
}

/** What may follow an organisation's number in its identifier: nothing, or a program account (`RR0001`). */
const PROGRAM_ACCOUNT = /^(?:[A-Z]{2}\d{3,4})?$/;

/** Digits of a number that identifies an organisation by itself (Canada's business numbers have 9). */
const NUMBER_DIGITS = 8;

/**
 * A row's cells as one string — blanks as "", trailing blanks dropped, text as a person reads it —
 * equal for rows a person reads as the same: an amount as its figure (`$2,382,000` and 2382000.00),
 * words whatever their case, spacing and full stops (`Alder Services Inc.` and `ALDER SERVICES INC`; a
 * helper's round, real: Toronto's awarded contracts re-posted so, CA$43.1M added up twice unsaid).
 */
export function rowText(cells: readonly Cell[], recordNumbers?: ReadonlySet<number>): string {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const out: Cell[] = [];
  for (let i = 0; i < end; i++) {
    const cell = cells[i];
    out.push(isBlank(cell) || recordNumbers?.has(i) ? "" : typeof cell === "string" ? readAs(cell) : cell);
  }
  return JSON.stringify(out);
}

/** A text cell as rowText compares it. */
function readAs(text: string): Cell {
  // An amount written with the dollar or thousands separators (`$2,382,000`) is its figure, as the
  // same amount typed as a number is; a figure without them (`1.10`, an outline number) stays text,
  // and `£500` is no `$500`.
  if (text.includes("$") || /\d,\d{3}/.test(text)) {
    const figure = coerceNumber(text);
    if (figure !== undefined && !/[£€¥]/.test(text)) return figure;
  }
  return text
    .trim()
    .toLowerCase()
    .replace(/\.(?=\s|$)/g, "")
    .replace(/\s+/g, " ");
}

/**
 * The columns (0-based) a GIS or data portal numbers its records in (`OBJECTID`, `FID`, `OID_`,
 * `_id`): a row's number, never what it records, so rows the same but for them are one entry made
 * twice (a helper's round, real: DC's capital projects, a $9.3M budget on two rows apart only in
 * `OID_` and `FID`, added up twice unsaid). A grant's own number (`Grant ID`) is no such column.
 */
export function recordNumberColumns(mapping: HeaderMapping, head: readonly Cell[]): ReadonlySet<number> | undefined {
  const found = recordNumbersOf(mapping, head).map((u) => u.index);
  return found.length > 0 ? new Set(found) : undefined;
}

/**
 * The record-number columns, headers and all: among the columns beside the mapping and those it says
 * to ignore too (`--map "OID_=Ignore"`). Ignoring a column stops the check reading its values, never
 * makes a row's number tell two rows apart: that would add a $9.3M budget up twice again, unsaid.
 * (`head`: the header row's cells, where the ignored columns' headers are.)
 */
function recordNumbersOf(mapping: HeaderMapping, head: readonly Cell[]): { header: string; index: number }[] {
  const beside = mapping.unknown.map((u) => ({ header: u.header.trim(), index: u.index }));
  const ignored = (mapping.ignored ?? []).map((index) => ({ header: String(head[index] ?? "").trim(), index }));
  return [...beside, ...ignored].filter((u) => RECORD_NUMBER.test(u.header)).sort((a, b) => a.index - b.index);
}

/** ` but its record number (OID_, FID)`: what a row compared without `skip` was not compared in. */
export function recordNumbersSaid(mapping: HeaderMapping, skip: ReadonlySet<number>, head: readonly Cell[]): string {
  const names = recordNumbersOf(mapping, head)
    .filter((u) => skip.has(u.index))
    .map((u) => u.header);
  return ` but its record number (${names.join(", ")})`;
}
const RECORD_NUMBER = /^(?:_id|_?(?:object_?id|oid|fid|row_?id|unique_?id|uuid|guid)_?\d*)$/i;

/**
 * A person's email addresses on their rows, less any cut short: an address that is no address (the email
 * rule reports it) and whose text begins another of them, as an export that truncates a cell leaves it
 * (corpus round kp D6, real: a staff chart's `J.Brennan6@lse.ac.u` beside `…@lse.ac.uk`, asked "two people
 * of one name?"). Case aside, as addresses are compared.
 */
export function withoutCutShort<F extends { readonly text: string }>(found: readonly F[]): F[] {
  if (found.length < 2) return [...found];
  const lower = found.map((f) => f.text.toLowerCase());
  return found.filter(
    (f, i) =>
      isEmail(f.text) ||
      !lower.some((other, j) => j !== i && other.length > lower[i].length && other.startsWith(lower[i])),
  );
}
