import { COUNTRY_ALIASES, COUNTRY_HEADERS, PARTNERS, PLACE_HEADERS } from "../schema";
import { coerceNumber } from "./amountCells";
import { formatNumber } from "./coerce";
import {
  cellText,
  headerHasWord,
  isBlank,
  isPlaceholder,
  normalizeHeader,
  normalizeKey,
  quote,
  trimCaseKey,
} from "./text";
import type { Cell, HeaderMapping, Matrix } from "./types";
import { phrase } from "./doorWording";
import { holdsStateCodes, isStateAlsoPlaceholder } from "./stateCodes";

/**
 * A ledger's places (PartnerSummary.places): where each row's partner is, by a column the tracker does
 * not map (`County`, `Ward`, `département attributeur`). One name on rows of different places is one
 * partner (SPEC "Ledgers": names are compared as written), which a generic name makes doubtful (real:
 * 13 "Comité des Fêtes" in 13 départements, counted once). The summary says how many partners could be
 * more, so the reader can tell them apart by name.
 */

const PLACE_KEYS = new Set(PLACE_HEADERS.map(normalizeHeader));

/**
 * The 0-based column of a block's place header that the mapping leaves unmapped, or -1. Not a column
 * of amounts whose header has a place's word (a helper's round, real: a state auditor's `Categorical
 * State Aid`, its figures said to be places): a place is written as words or a code (`67`, `17031`).
 */
export function placeColumnOf(mapping: HeaderMapping, matrix: Matrix): number {
  const places = mapping.unknown.filter(
    (u) =>
      headerHasWord(u.header, PLACE_KEYS) &&
      !COUNT_HEADER.test(u.header) &&
      !KIND_OF_PLACE.test(u.header) &&
      !holdsAmounts(matrix, mapping.headerRow, u.index) &&
      !listsPlaces(matrix, mapping.headerRow, u.index),
  );
  if (places.length <= 1) return places.length === 1 ? places[0].index : -1;
  // Places of two parties (`Payor City`, `Payee City`): the partner's is the one its header names (a
  // helper's round, real: California's behested payments, payees said to be in their payors' towns,
  // "up to 6,111 partners").
  const partner = mapping.columns.find((c) => c.id === PARTNERS.col.partner.id);
  const words = new Set(wordsOf(partner?.header ?? ""));
  const own = places.find((u) => wordsOf(u.header).some((w) => words.has(w)));
  return (own ?? places[0]).index;
}

const COUNTRY_KEYS = new Set(COUNTRY_HEADERS.map(normalizeHeader));

/**
 * The block's unmapped column saying which country each row's partner is in (`country`, `Recipient
 * country`: COUNTRY_HEADERS), or undefined. Not a count of countries, nor a column of amounts, nor a
 * column that holds the partners' names while the Partner column holds the countries (swappedCountry).
 */
export function countryColumnOf(
  mapping: HeaderMapping,
  matrix: Matrix,
): { readonly header: string; readonly index: number } | undefined {
  const found = countryHeaderOf(mapping, matrix);
  return found && !swappedCountry(mapping, matrix) ? found : undefined;
}

/** The column a country's header heads (countryColumnOf, whatever its cells hold). */
function countryHeaderOf(
  mapping: HeaderMapping,
  matrix: Matrix,
): { readonly header: string; readonly index: number } | undefined {
  // The header whole: a `Recipient country` or `Project country` says where the money goes, not where
  // the partner is (a reviewer's repro: a funder giving in Kenya and Uganda asked as two funders).
  return mapping.unknown.find(
    (u) => COUNTRY_KEYS.has(normalizeHeader(u.header)) && !holdsAmounts(matrix, mapping.headerRow, u.index),
  );
}

/** A Partner column of countries beside a Country column of organisations' names (swappedCountry). */
export interface SwappedCountry {
  /** The Partner column: its header as written and its 0-based index. */
  readonly partner: { readonly header: string; readonly index: number };
  /** The Country column. */
  readonly country: { readonly header: string; readonly index: number };
  /** The 0-based row of the first country read as a partner, and its cell as written. */
  readonly row: number;
  readonly value: string;
  /** Rows with both cells filled; of them, those whose partner is a country. */
  readonly rows: number;
  readonly countries: number;
  /**
   * The first few countries in the Partner column and names in the Country column, as written: one more
   * than SWAP_SHOWN where there are more.
   */
  readonly countriesShown: readonly string[];
  readonly namesShown: readonly string[];
}

/** Rows swappedCountry reads before it gives up on a column whose partners are not mostly countries. */
const FIRST_LOOK = 50;

/** Rows with both cells filled, at least, to say the columns are swapped. */
const SWAP_ROWS = 3;

/** Values each side of swappedCountry's sentence shows. */
const SWAP_SHOWN = 3;

const swapped = new WeakMap<Matrix, WeakMap<HeaderMapping, SwappedCountry | null>>();

/**
 * The Partner column holding countries while the Country column holds organisations' names — the two
 * headers over each other's values (a helper's round, real: Frontex's grants, y2016: `Name of
 * Beneficiary` holds `France`, `Spain`, and `Country` their police forces — 19 "France … with 10
 * different countries" warnings, the countries summed as partners). By evidence: most rows' partner
 * is a country (a name or code COUNTRY_NAMES knows), most rows' Country is not — and is text, not a
 * code: a ledger whose partners are governments named by their country (the Global Fund's recipients)
 * beside a `country_code` of `KEN`, `MDG` is no swap.
 */
export function swappedCountry(mapping: HeaderMapping, matrix: Matrix): SwappedCountry | undefined {
  let byMapping = swapped.get(matrix);
  if (!byMapping) swapped.set(matrix, (byMapping = new WeakMap()));
  let found = byMapping.get(mapping);
  if (found === undefined) byMapping.set(mapping, (found = findSwap(mapping, matrix) ?? null));
  return found ?? undefined;
}

function findSwap(mapping: HeaderMapping, matrix: Matrix): SwappedCountry | undefined {
  if (mapping.tab !== PARTNERS.name) return undefined;
  const partner = mapping.columns.find((c) => c.id === PARTNERS.col.partner.id);
  const country = countryHeaderOf(mapping, matrix);
  if (!partner || !country) return undefined;
  let rows = 0;
  let countries = 0;
  let names = 0;
  let first = -1;
  const countriesShown = new Map<string, string>();
  const namesShown = new Map<string, string>();
  for (let r = mapping.headerRow + 1; r < matrix.length; r++) {
    const who = filledText(matrix[r]?.[partner.index]);
    const where = filledText(matrix[r]?.[country.index]);
    if (who === "" || where === "") continue;
    rows++;
    if (isCountry(who)) {
      countries++;
      if (first < 0) first = r;
      if (countriesShown.size <= SWAP_SHOWN && !countriesShown.has(countryKey(who)))
        countriesShown.set(countryKey(who), who);
    }
    if (isOrganisationText(where)) {
      names++;
      if (namesShown.size <= SWAP_SHOWN && !namesShown.has(normalizeKey(where)))
        namesShown.set(normalizeKey(where), where);
    }
    // Most sheets' partners are no countries: said at once, not after every row.
    if (rows === FIRST_LOOK && countries * 2 <= rows) return undefined;
  }
  if (rows < SWAP_ROWS || countries * 2 <= rows || names * 2 <= rows) return undefined;
  return {
    partner: { header: partner.header, index: partner.index },
    country: { header: country.header, index: country.index },
    row: first,
    value: cellText(matrix[first]?.[partner.index] ?? null).trim(),
    rows,
    countries,
    countriesShown: [...countriesShown.values()],
    namesShown: [...namesShown.values()],
  };
}

/** A cell's text, its spaces run together, or "" for a blank or a placeholder. */
function filledText(cell: Cell | undefined): string {
  if (cell === undefined || isBlank(cell) || isPlaceholder(cell)) return "";
  return cellText(cell).replace(/\s+/g, " ").trim();
}

/** A Country cell that is text and no country: words (four letters at least), not a code (`KEN`, `404`). */
function isOrganisationText(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) >= 4 && !isCountry(text);
}

/**
 * What a sheet's swapped columns say (swappedCountry), in every door: check's one warning for the
 * sheet, and summary's note.
 */
export function swappedCountrySentence(swap: SwappedCountry): string {
  const shown = (values: readonly string[]) =>
    values
      .slice(0, SWAP_SHOWN)
      .map((v) => quote(v))
      .join(", ") + (values.length > SWAP_SHOWN ? " …" : "");
  return (
    `${swap.partner.header} holds names of countries (${shown(swap.countriesShown)}: ` +
    `${formatNumber(swap.countries)} of its ${formatNumber(swap.rows)} rows) while ${swap.country.header} holds ` +
    `names of organisations (${shown(swap.namesShown)}): are the two columns' headers swapped? Each ` +
    `country is read as a partner. If ${swap.country.header} holds the partners, read it as the Partner ` +
    `column ${phrase("mapColumn", swap.country.header, PARTNERS.col.partner.name)}.`
  );
}

/**
 * Countries by their names as compared (countryName: `czech  republic` is `czechrepublic`), each to
 * its ISO code's lower case: Intl's English names and the ledgers' own (COUNTRY_ALIASES).
 */
const COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>(COUNTRY_ALIASES.map(([name, code]) => [countryName(name), code.toLowerCase()]));
  try {
    const display = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = display.of(code);
        // The first code wins: `GB` is the United Kingdom's, `UK` only an alias Intl names alike.
        if (name && name !== code && !names.has(countryName(name))) names.set(countryName(name), code.toLowerCase());
      }
    }
  } catch {
    // A runtime without region names compares countries as written.
  }
  return names;
})();

/** The ISO codes COUNTRY_NAMES knows, lower case. */
const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRY_NAMES.values());

/**
 * A country's name as compared: as names are, case, spaces and punctuation aside (`Czech  Republic`, a
 * PDF's doubled space, is `Czech Republic`: a helper's round, real: Frontex's grants, "2 different
 * countries"), without a leading `the`, `&` read as `and` (Intl's `Bosnia & Herzegovina`).
 */
function countryName(text: string): string {
  return normalizeKey(
    trimCaseKey(text)
      .replace(/^the\s+/, "")
      .replace(/&/g, " and "),
  );
}

/**
 * A country cell as compared: `UK`, `United Kingdom`, `GB`, `U.K.` and `united  kingdom` alike (its ISO
 * code where known, else its name as compared).
 */
export function countryKey(text: string): string {
  const key = countryName(text);
  return COUNTRY_NAMES.get(key) ?? key;
}

/** Does a cell name a country (by a name or an ISO code COUNTRY_NAMES knows)? */
export function isCountry(text: string): boolean {
  return COUNTRY_CODES.has(countryKey(text));
}

/** A header's words, lower case: `Payee City` → payee, city. */
function wordsOf(header: string): string[] {
  return header.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * A header counting places (`n_county_partners`, `Number of wards`, `County count`): how many, not
 * where (a helper's round, real: California's climate investments, counts said to be places, "up to
 * 79 partners" for 21).
 */
/**
 * A kind of place, not a place: the EU's `Category of region` (SER, UER: more developed, in transition),
 * `Region type`, `Area classification` (a helper's round, real: Lower Saxony's ERDF operations, "up to
 * 64 partners" for 61).
 */
const KIND_OF_PLACE = /\b(?:categor(?:y|ies)|type|kind|class|classification)\b/i;

const COUNT_HEADER = /^\s*(?:n|num|no|nr|nb|number|count|#)(?:[\s_.]|\s*of\b)|\b(?:count|number of)\b|_count\b/i;

/** How many filled cells holdsAmounts looks at. */
const LOOK_AT = 20;

/** Does the column hold a figure no place code is — a fraction, or 6 digits and more — in its first cells? */
function holdsAmounts(matrix: Matrix, headerRow: number, column: number): boolean {
  for (let r = headerRow + 1, n = 0; r < matrix.length && n < LOOK_AT; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    n++;
    const v = typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
    if (v !== undefined && (!Number.isInteger(v) || Math.abs(v) >= 100_000)) return true;
  }
  return false;
}

/**
 * A cell listing places as an export joins them (`12025;11037`, `Asse;Dilbeek`): a semicolon or a bar
 * between two filled parts. Commas are not enough: `Springfield, IL` is one place.
 */
const PLACE_LIST = /[^\s;|]\s*[;|]\s*[^\s;|]/;

/** Of a column's filled cells, the share (one in LIST_SHARE at least) that lists places for listsPlaces. */
const LIST_SHARE = 10;

/**
 * Does the column list several places in one cell on many rows (one in LIST_SHARE of its filled
 * cells)? Then it says where each row's work is, not where its partner is: a capital programme's
 * `municipality_codes` (a helper's round, real: Flanders' investment plan, an agency's road works in
 * 20 towns said to be "up to 24 partners: tell them apart by name"). A ward column with one partner's
 * `3; 4` among hundreds of single wards is still the partner's place. Whole column, cheap per cell: a
 * character looked for before any pattern.
 */
function listsPlaces(matrix: Matrix, headerRow: number, column: number): boolean {
  let filled = 0;
  let lists = 0;
  for (let r = headerRow + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "string" && (cell.includes(";") || cell.includes("|")) && PLACE_LIST.test(cell)) lists++;
  }
  return lists > 0 && lists * LIST_SHARE >= filled;
}

/** What PartnerSummary says of partners on rows of different places. */
export interface LedgerPlaces {
  /** The place column's header as written. */
  readonly column: string;
  /** Partners whose rows name two places or more. */
  readonly partners: number;
  /** Of those, the people (a donor list's names read from `first_name + last_name`): not organisations. */
  readonly people: number;
  /** The places those partners' rows name beyond each one's first: partners there could be, at most. */
  readonly more: number;
  /** The partner in the most places: its name as first written and its first places. */
  readonly example: {
    readonly name: string;
    readonly places: readonly string[];
    readonly count: number;
    /** Whether it is a person's name, not an organisation's. */
    readonly person: boolean;
  };
}

/** A place cell naming several: parts between commas, semicolons, slashes or `and`. */
const SEVERAL_PLACES = /[,;/|&]|\s(?:and|et|und|y|e)\s/i;

/** The places an example lists. */
const PLACES_SHOWN = 3;

/**
 * Places, at most, that rows under one organisation identifier name and still prove one organisation:
 * its town, or two (it moved, or its town is spelt two ways — a foundation's `Middleton` and
 * `Middletown`). An identifier on rows of more places is a catch-all record, no organisation's (a
 * helper's round, real: a foundation's 360Giving grants, `Prince-Inspired Grant Awardee`, 9 awards to
 * people in 8 cities of 6 states under one identifier): its doubt is said as any name's.
 */
const ONE_ORGANISATION_PLACES = 2;

/**
 * Names, at least, on whose rows one organisation identifier stands when it is a catch-all record, no
 * organisation's (a foundation's individuals, three people's names under one). Under two names it is
 * still one organisation's, named two ways: a parent and its hospital under one EIN, a name spelt
 * twice (a reviewer's round, real: New York City Council's expense grants; the foundation's own
 * `Center for Social Inclusion` and `Center For Social Inclusion`).
 */
const CATCH_ALL_NAMES = 3;

/** A partner's other identifier cells kept, at most: enough to find one that is not its first's. */
const OTHER_IDS = 8;

/** A partner's first place (its cell as given, its key and as written) and its row's identifier cell. */
interface FirstPlace {
  readonly cell: Cell;
  readonly key: string;
  readonly text: string;
  /** The identifier cell of that row (null: blank), or undefined where the block has no such column. */
  readonly id: Cell | undefined;
}

/** Tallies each partner's places as SUMMARY adds its rows (partners known by the id of their first row). */
export class PlaceTally {
  /** Each partner's first place, and the identifier on its row. */
  private readonly first = new Map<number, FirstPlace>();
  private readonly several = new Map<number, Map<string, string>>();
  /**
   * A partner's identifiers on its later rows with a place, where one is not as its first row's cell:
   * rare (one organisation's rows carry one), so the common row adds nothing.
   */
  private readonly otherIds = new Map<number, Cell[]>();
  private column = "";
  /** Whether the block being added holds US state codes (stateCodes), where `ND` and `NC` are states. */
  private states = false;

  /**
   * A block's place column, before its rows are added: its header names the tally (the first block's
   * that has one), and its cells say whether it holds state codes — once per block, not per row.
   */
  headedBy(matrix: Matrix, headerRow: number, column: number): void {
    if (this.column === "") this.column = String(matrix[headerRow]?.[column] ?? "").trim();
    this.states = holdsStateCodes(matrix, headerRow, column);
  }

  /**
   * One named row: its partner and its place's cell (blank and placeholders are no place, but for a
   * state's code among state codes: `ND`, North Dakota), and the
   * row's organisation identifier cell where the block has such a column (`Recipient Org:Identifier`).
   */
  add(partner: number, cell: Cell, id?: Cell): void {
    if (isBlank(cell)) return;
    const first = this.first.get(partner);
    // The partner's first place again, as given (a ledger's common row): nothing more to tally.
    if (first !== undefined && cell === first.cell) {
      if (id !== first.id) this.otherId(partner, id);
      return;
    }
    // A place wrapped over two lines (`NORTHERN MARIANA⏎ISLANDS`, a PDF's column) is the place on one
    // (a helper's round, real: HHS's grants list, one place quoted twice as two).
    const text = cellText(cell).trim().replace(/\s+/g, " ");
    if (text === "" || (isPlaceholder(text) && !(this.states && isStateAlsoPlaceholder(text)))) return;
    // A cell naming several places (`Southern Plain, Northern Valley`) is one partner working in each,
    // no sign of another organisation (a helper's round: a foundation's grants by region).
    if (SEVERAL_PLACES.test(text)) return;
    const key = trimCaseKey(text);
    if (first === undefined) {
      this.first.set(partner, { cell, key, text, id });
      return;
    }
    if (id !== first.id) this.otherId(partner, id);
    if (first.key === key && !this.several.has(partner)) return;
    let places = this.several.get(partner);
    if (!places) this.several.set(partner, (places = new Map([[first.key, first.text]])));
    if (!places.has(key)) places.set(key, text);
  }

  /** A later row's identifier cell, not the same cell as the partner's first row's. */
  private otherId(partner: number, id: Cell | undefined): void {
    const ids = this.otherIds.get(partner);
    if (!ids) this.otherIds.set(partner, [id ?? null]);
    else if (ids.length < OTHER_IDS && !ids.includes(id ?? null)) ids.push(id ?? null);
  }

  /**
   * The partners in several places, or undefined for none; `nameOf` a partner's name (by its first row),
   * `isPerson` whether it is a person's.
   */
  result(
    nameOf: (partner: number) => string,
    isPerson: (partner: number) => boolean = () => false,
    /**
     * How identifiers are compared (`keyOf`) and which stand for none (`none`): a partner whose rows
     * in several places all carry one identifier is one organisation, as check reads it — no doubt to
     * say (a helper's round, real: the UK's grant register, "East Surrey Rural Transport Partnership
     * is on rows of 2 places … up to 1,236 partners" under one `Recipient Org:Identifier`). Not an
     * identifier on the rows of CATCH_ALL_NAMES names or more, nor one on rows of more than
     * ONE_ORGANISATION_PLACES places: a catch-all record's.
     */
    identifiers?: { readonly keyOf: (text: string) => string; readonly none: (text: string) => boolean },
  ): LedgerPlaces | undefined {
    const idKey = (cell: Cell | undefined): string => {
      if (!identifiers || cell === undefined || isBlank(cell) || isPlaceholder(cell)) return "";
      const text = cellText(cell).trim();
      return text === "" || identifiers.none(text) ? "" : identifiers.keyOf(text);
    };
    // Identifiers on rows of CATCH_ALL_NAMES partners' names or more, found once, at the first partner
    // asked about.
    let shared: Set<string> | undefined;
    const sharedKeys = (): Set<string> => {
      if (shared) return shared;
      shared = new Set();
      const partnersOf = new Map<string, number[]>();
      const see = (partner: number, cell: Cell | undefined) => {
        const key = idKey(cell);
        if (key === "") return;
        const seen = partnersOf.get(key);
        if (seen === undefined) partnersOf.set(key, [partner]);
        else if (seen.length < CATCH_ALL_NAMES && !seen.includes(partner)) {
          seen.push(partner);
          if (seen.length === CATCH_ALL_NAMES) shared!.add(key);
        }
      };
      for (const [partner, first] of this.first) see(partner, first.id);
      for (const [partner, ids] of this.otherIds) for (const id of ids) see(partner, id);
      return shared;
    };
    const oneOrganisation = (partner: number, places: number) => {
      const key = identifiers ? idKey(this.first.get(partner)?.id) : "";
      if (key === "" || places > ONE_ORGANISATION_PLACES) return false;
      if (this.otherIds.get(partner)?.some((id) => idKey(id) !== key)) return false;
      return !sharedKeys().has(key);
    };
    let counted = 0;
    let more = 0;
    let people = 0;
    let top: [number, Map<string, string>] | undefined;
    for (const entry of this.several) {
      if (oneOrganisation(entry[0], entry[1].size)) continue;
      counted++;
      more += entry[1].size - 1;
      if (isPerson(entry[0])) people++;
      if (!top || entry[1].size > top[1].size) top = entry;
    }
    if (!top) return undefined;
    const [partner, places] = top;
    const shown = [...places.values()].slice(0, PLACES_SHOWN);
    return {
      column: this.column,
      partners: counted,
      people,
      more,
      example: { name: nameOf(partner), places: shown, count: places.size, person: isPerson(partner) },
    };
  }
}
