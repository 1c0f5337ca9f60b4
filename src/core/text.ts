import {
  AGGREGATE_PAYEE_WORDS,
  ANONYMOUS_WORDS,
  NO_FIGURE_WORDS,
  NOT_GIVEN_WORDS,
  PLACEHOLDER_WORDS,
  PRIVATE_PERSON_WORDS,
} from "../schema";
import { formGoesOn } from "./legalFormLines";
import type { Cell } from "./types";

/**
 * Text helpers shared by header mapping, list matching and duplicate detection. Kept free of
 * per-call regex construction: the rule engine calls them once per cell on 100k-row ranges.
 */

/** True for the characters String.prototype.trim removes (ASCII control/space, NBSP, BOM …). */
function mayBeSpace(code: number): boolean {
  return code <= 32 || code >= 127;
}

/**
 * `s.trim()`, skipping the call when neither end is a space: trim() is a runtime call that costs
 * more than the rest of a cell's checks, and almost no cell needs it.
 */
export function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  return mayBeSpace(s.charCodeAt(0)) || mayBeSpace(s.charCodeAt(n - 1)) ? s.trim() : s;
}

/** An empty cell: Excel's `""`, `null`, or text made of spaces only. */
export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  // Only pay for trim() when the first character could be a space.
  return mayBeSpace(cell.charCodeAt(0)) && cell.trim().length === 0;
}

/** Is every cell of the row blank? Stops at the first filled cell, so filled rows cost one check. */
export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;
const NOT_ASCII = /[\u0080-\uffff]/;

/** `Non-Profit ` → `nonprofit`: ignores case, spaces and punctuation (list spellings, partner names). */
export function normalizeKey(value: string): string {
  const lower = value.toLowerCase();
  // Unicode-aware matching is several times slower; most names are plain ASCII.
  return NOT_ASCII.test(lower) ? lower.replace(NOT_ALPHANUMERIC, "") : lower.replace(NOT_ASCII_ALPHANUMERIC, "");
}

/**
 * The codes of US states and Canadian provinces, and the provinces' names: the place a vendor
 * register writes under a vendor's name. Only these — `Novartis AG`, `Acme Holdings LP` or a bare `EU`
 * end a co-funder list, not a town (a reviewer's repro: co-funders lost, a false duplicate).
 */
const REGION_CODES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|" +
  "RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT";
const PROVINCE_NAMES =
  "ONTARIO|QU[EÉ]BEC|ALBERTA|BRITISH COLUMBIA|MANITOBA|SASKATCHEWAN|NOVA SCOTIA|NEW BRUNSWICK|NOUVEAU-BRUNSWICK|" +
  "NEWFOUNDLAND(?: AND LABRADOR)?|PRINCE EDWARD ISLAND|YUKON";

/**
 * A line of a place under a name — `OTTAWA ON`, `Ottawa, ON`, `MONTRÉAL QC`, `NEPEAN ONTARIO`, `QC`,
 * `K1P 1J1`, `Springfield IL 62701` — as a vendor register writes the vendor's town on the cell's
 * next line.
 */
const POSTAL_CODE = String.raw`(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)`;
const PLACE_LINE = new RegExp(
  String.raw`^(?:(?:[\p{L} .'’-]+,?\s)?(?:${REGION_CODES})|${POSTAL_CODE})(?:\s+${POSTAL_CODE})?$`,
  "u",
);
/** Words of an organisation's name, not a town's (`University of Alberta`, `Legal Aid Ontario`). */
const ORGANISATION_WORDS =
  /\b(?:of|university|universit[ée]|college|coll[èe]ge|institute|institut|legal|aid|society|soci[ée]t[ée]|association|council|conseil|foundation|fondation|hospital|h[ôo]pital|health|sant[ée]|centre|center|government|gouvernement|ministry|minist[èe]re|department|services?|inc|ltd|corp|trust|fund|bank|commission|agency|board|school|[ée]cole)\b/i;

/** A town and its province written out (`NEPEAN ONTARIO`, `Gatineau, Québec`), in either case. */
const PROVINCE_LINE = new RegExp(String.raw`^[\p{L} .'’-]+,?\s(?:${PROVINCE_NAMES})(?:\s+${POSTAL_CODE})?$`, "iu");

/**
 * Countries in English (and as some donors write their own), the last line of a postal address under a
 * donor's name (`Fundación Vicente Ferrer⏎C/Paris, 71⏎Barcelona - 08029⏎Spain`).
 */
const COUNTRY_LINE = new RegExp(
  String.raw`^(?:the\s+)?(?:` +
    [
      "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain",
      "Bangladesh|Barbados|Belarus|Belgium|Belgique|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana",
      "Brazil|Brasil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo",
      "Costa Rica|C[oô]te d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Danmark|Djibouti|Dominican Republic",
      "Ecuador|Egypt|El Salvador|Estonia|Eswatini|Ethiopia|Fiji|Finland|Suomi|France|Gabon|Gambia|Georgia|Germany",
      "Deutschland|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran",
      "Iraq|Ireland|Israel|Italy|Italia|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|Kosovo|Kuwait",
      "Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi",
      "Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|M[eé]xico|Moldova|Monaco|Mongolia|Montenegro|Morocco",
      "Mozambique|Myanmar|Namibia|Nepal|Netherlands|Nederland|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia",
      "Norway|Norge|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Polska|Portugal",
      "Qatar|Romania|Russia|Russian Federation|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia",
      "Slovenia|Somalia|South Africa|South Sudan|Spain|Espa[ñn]a|Sri Lanka|Sudan|Sweden|Sverige|Switzerland|Schweiz",
      "Suisse|Svizzera|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Trinidad and Tobago|Tunisia",
      "Turkey|T[üu]rkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Great Britain",
      "England|Scotland|Wales|Northern Ireland|United States(?: of America)?|USA|U\\.S\\.A\\.|Uruguay|Uzbekistan",
      "Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe",
    ].join("|") +
    String.raw`)\.?$`,
  "i",
);

/**
 * The lines of a name cell before its postal address (`Vicente Ferrer Foundation⏎1100 15th Street NW⏎
 * Washington, D.C. 20005⏎United States of America`): the address ends in a country, a line of it
 * writes a number (the street's, the postcode). Else undefined. A donor's address is no list of
 * names (a helper's round, real: an NGO's foreign grants, "15 rows list several names").
 */
function nameAboveAddress(lines: readonly string[]): string | undefined {
  if (lines.length < 3 || !COUNTRY_LINE.test(lines[lines.length - 1])) return undefined;
  const numbered = lines.findIndex((l, i) => i > 0 && /\d/.test(l));
  // The country stays with the name: a ministry in Nairobi and one in Kampala are two (a reviewer's repro).
  return numbered > 0 && numbered < lines.length - 1
    ? `${lines.slice(0, numbered).join(" ")} ${lines[lines.length - 1]}`
    : undefined;
}

/**
 * Words that do not end an organisation's name, written in lower case as inside one (`of`, `della`,
 * `für`): a line of a name cell ending in one goes on on the next line. In capitals too for the
 * words of two letters or more (`MINISTRY OF⏎HEALTH`); `e`, `y`, `i` only in lower case (`Generation Y`).
 */
const WRAPPING_WORDS = new Set(
  [
    "of|and|the|for|to|in|on|at|by|with|from|into|under|upon",
    "de|del|dela|della|delle|dello|degli|dei|di|da|dal|dalla|dalle|nel|nella|sulla|per|con|ed|od|e|y|i|o|u",
    "du|des|la|le|les|et|pour|sur|aux|au|en|el|los|las|al|do|dos|das|na|nas|no|nos|em|para|por",
    "und|für|fur|der|die|das|den|dem|vom|von|van|zu|zur|zum|im|och|og|för|til|ja|ve|w|z|dla|ze|oraz",
    "и|в|на|для|по|з|та|і",
  ]
    .join("|")
    .split("|"),
);

/** A line ending where a name cannot end: a comma, a joining mark, an elided article (`dell'`). */
const WRAPPING_END = /(?:[,&/(+\-–—]|\b(?:[dl]|dell|all|dall|nell|sull|qu)['’])$/iu;

/** Particles leading a surname on its own line (`de Vries`, `van Dijk`): a name of a list, no wrap. */
const SURNAME_PARTICLES = /^(?:(?:van|von|de|der|den|ter|ten|da|di|du|del|della|le|la|al|el|bin|ibn)\s+)+\p{Lu}/u;

/**
 * Does a line leave a quotation open — its last quotation mark one that opens (`ОАО «НПО «АЛЬФА`,
 * `Stiftung „Hilfe`, `Acme “Blue`), or an odd number of `"`? A name quoted in the cell goes on on the
 * next line, whatever case that line is in (corpus round gn D7, real: Moscow's subsidy register,
 * `ОАО «НПО «ЛИАНОЗОВСКИЙ⏎ЭЛЕКТРОМЕХАНИЧЕСКИЙ⏎ЗАВОД»` said to "list several names"). The last mark, not a
 * count: Russian closes nested quotes with one `»` (`«АП «ЭДЕЛЬВЕЙС»`, closed); `“` closes German `„`.
 */
function leavesQuoteOpen(line: string): boolean {
  let last = "";
  let low = false;
  let straight = 0;
  for (const ch of line) {
    if (ch === '"') straight++;
    else if (ch === "«" || ch === "»" || ch === "“" || ch === "”") last = ch;
    else if (ch === "„") {
      last = ch;
      low = true;
    }
  }
  return straight % 2 === 1 || last === "«" || last === "„" || (last === "“" && !low);
}

/**
 * Does a name cell's line go on on the next (a long name wrapped in its cell: `…Dipartimento della
 * Pubblica⏎Sicurezza, Direzione Centrale dell'Immigrazione e della⏎Polizia delle Frontiere`)? It ends
 * in a word or mark no name ends in (WRAPPING_WORDS, WRAPPING_END), or the next line starts in lower
 * case as a phrase going on (`… Foundation for the protection⏎of rivers`) — not a surname's particle
 * (`Jansen⏎de Vries⏎van Dijk` is three names), not in a cell written all in lower case (a list of
 * names typed so is a list) — or it leaves a quotation open (leavesQuoteOpen), or it is a legal form
 * written out before its quoted name (formGoesOn: `ЗАКРЫТОЕ АКЦИОНЕРНОЕ⏎ОБЩЕСТВО⏎«…»`). Real (a helper's round, corpus new-fi D6): Frontex's grants, one ministry
 * wrapped "lists several names".
 */
function wrapsOnto(line: string, next: string, lowerCell: boolean): boolean {
  if (WRAPPING_END.test(line) || leavesQuoteOpen(line) || formGoesOn(line, next)) return true;
  const last = /[\p{L}]+$/u.exec(line)?.[0];
  if (last !== undefined) {
    const lower = last.toLowerCase();
    if (WRAPPING_WORDS.has(lower) && (last === lower || (last.length >= 2 && last === last.toUpperCase()))) return true;
  }
  return !lowerCell && /^\p{Ll}/u.test(next) && !SURNAME_PARTICLES.test(next);
}

/**
 * A name cell's lines, those of one name wrapped over lines joined by a space (wrapsOnto): `Acme
 * Energy⏎Birch Foundation⏎Cedar Bank` is three, `Ministero dell'Interno, … e della⏎Polizia delle
 * Frontiere` one. Blank lines left out, each line trimmed.
 */
export function unwrappedLines(text: string): string[] {
  const lines = text
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length < 2) return lines;
  const lowerCell = text === text.toLowerCase();
  const out = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    if (wrapsOnto(out[out.length - 1], lines[i], lowerCell)) out[out.length - 1] += ` ${lines[i]}`;
    else out.push(lines[i]);
  }
  return out;
}

/**
 * The names a partner cell lists: apart by `;` when it writes one, else its lines, a wrapped name's
 * lines joined (unwrappedLines).
 */
export function listedNames(text: string): string[] {
  return text.includes(";")
    ? text
        .split(";")
        .map((p) => p.replace(/\s+/g, " ").trim())
        .filter((p) => p !== "")
    : unwrappedLines(text);
}

/**
 * A name cell's first line, where the lines under it give its place (`ALDER AUDIT LLP⏎OTTAWA ON`): the
 * same partner as `ALDER AUDIT LLP` on the rows that write no town (a helper's round, real: Ottawa's
 * contracts over $25k, 1,741 partners for 1,582 and 53 in both years for 411); or its lines above a
 * postal address (nameAboveAddress). Else the text as it is.
 */
export function withoutPlaceLines(text: string): string {
  if (text.indexOf("\n") < 0) return text;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const addressed = nameAboveAddress(lines);
  if (addressed !== undefined) return addressed;
  const last = lines[lines.length - 1];
  // (An organisation of the province is a co-applicant, no town: `University of Alberta`, `Legal Aid
  // Ontario` — a reviewer's repro, merged with its namesake.)
  // A town before a province written out: in capitals as a register writes it, or with a comma (`Volunteer
  // Alberta`, `Nature Saskatchewan` are co-applicants: a reviewer's repro).
  const written = last === last.toUpperCase() || /,\s*\S+$/.test(last) || /,\s/.test(last);
  const town = PLACE_LINE.test(last) || (PROVINCE_LINE.test(last) && written && !ORGANISATION_WORDS.test(last));
  // (A name wrapped onto its last line is no town under it: `City of⏎Ottawa, ON` is not `City of`.)
  return lines.length >= 2 && town && !wrapsOnto(lines[lines.length - 2], last, false) ? lines[0] : text;
}

/** ` food-01 ` → `FOOD-01`-equivalent key: ignores case and outer spaces only (Initiative IDs). */
export function trimCaseKey(value: string): string {
  return value.trim().toLowerCase();
}

/** A cell as text the way a person reads it (numbers without exponent noise, booleans as TRUE/FALSE). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell;
}

/** Excel's TRIM: outer spaces removed and inner runs of spaces collapsed to one (spaces only). */
export function excelTrim(value: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === " ") {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += " ";
      pendingSpace = false;
      out += ch;
    }
  }
  return out;
}

const MAX_QUOTED = 40;

/** How much of a long text's end `quote` keeps when the end tells it apart (see quote). */
const QUOTED_END = 14;

/**
 * `"lots"` for messages: quoted, shortened when long, so a message stays one readable line. A long
 * text ending in a code (a number, no space) keeps its end (`"ARCADIA REPUBLIC_ALL PROJ…CTIVITIES_0002"`):
 * identifiers that share a long start differ there (a helper's round, real: an indicator table's
 * IDs, 24 duplicate-ID problems each shown as the same cut-off text).
 */
export function quote(cell: Cell): string {
  const s = cellText(cell).replace(/\s+/g, " ").trim();
  if (s.length <= MAX_QUOTED) return `"${s}"`;
  const end = s.slice(-QUOTED_END);
  if (/\d/.test(end) && !end.includes(" "))
    return `"${s.slice(0, MAX_QUOTED - QUOTED_END - 1)}…${s.slice(-QUOTED_END)}"`;
  return `"${s.slice(0, MAX_QUOTED - 1)}…"`;
}

/**
 * Cells quoted together (quote each), where cut short two would read the same though they differ
 * (`"Northshire Lesbian and Gay Migrants Gro…"` twice): those are quoted whole, so the difference the
 * message is about shows (a helper's round, real: a 360Giving file's "one identifier, two names").
 */
export function quoteApart(cells: readonly Cell[]): string[] {
  const quoted = cells.map(quote);
  return quoted.map((q, i) =>
    quoted.some((other, j) => j !== i && other === q && cellText(cells[j]).trim() !== cellText(cells[i]).trim())
      ? `"${cellText(cells[i]).replace(/\s+/g, " ").trim().slice(0, MAX_QUOTED_APART)}"`
      : q,
  );
}

/** The most of a cell quoteApart shows. */
const MAX_QUOTED_APART = 160;

/** `text` equals `lower` (lower-case ASCII) ignoring case, without allocating. */
function equalsIgnoringCase(text: string, lower: string): boolean {
  if (text.length !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const want = lower.charCodeAt(i);
    if (c === want) continue;
    // A letter beyond ASCII (`NON RENSEIGNÉ`): compared as the runtime lower-cases it.
    if (c < 128 || String.fromCharCode(c).toLowerCase().charCodeAt(0) !== want) return false;
  }
  return true;
}

/** `text` from `offset` starts with `lower` (lower-case ASCII), ignoring case, without allocating. */
function startsIgnoringCase(text: string, offset: number, lower: string): boolean {
  if (text.length - offset < lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(offset + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** PLACEHOLDER_WORDS grouped by first character, so a name costs one comparison. */
const PLACEHOLDERS: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const w of PLACEHOLDER_WORDS) {
    const first = w.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
  }
  return byFirst;
})();

/**
 * The first characters beyond ASCII a placeholder may start with, in either case (`—`, `…`, `нет
 * данных`, `Нет данных`): a set, asked only of text starting beyond ASCII.
 */
const MAY_START_PLACEHOLDER_BEYOND_ASCII: ReadonlySet<number> = new Set(
  [...PLACEHOLDERS.keys()]
    .filter((c) => c >= 128)
    .flatMap((c) => [c, String.fromCharCode(c).toUpperCase().charCodeAt(0)]),
);

/** PLACEHOLDERS of an ASCII first character, by that character (an array: no hashing per cell). */
const PLACEHOLDERS_ASCII: (readonly string[] | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  PLACEHOLDERS.get(c),
);

/** Per ASCII first character: bit n set when a placeholder of length n starts with it (all are < 32). */
const PLACEHOLDER_LENGTHS = (() => {
  const bits = new Uint32Array(128);
  for (const [first, words] of PLACEHOLDERS) {
    if (first < 128) for (const w of words) bits[first] |= 1 << w.length;
  }
  return bits;
})();

/** Excel's error values as Range.values and the .xlsx reader give them (BRIEF's contract). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/** An Excel error value (`#N/A`, `#REF!` …). */
export function isExcelError(cell: Cell): cell is string {
  return typeof cell === "string" && cell.charCodeAt(0) === 35 && EXCEL_ERRORS.has(trimmed(cell).toUpperCase());
}

/** First characters a placeholder can start with (ASCII, lower-cased): one array read rejects a name. */
const MAY_START_PLACEHOLDER = (() => {
  const flags = new Uint8Array(128);
  for (const first of PLACEHOLDERS.keys()) if (first < 128) flags[first] = 1;
  // REDACTED, [REDACTED], (Redacted …), Einwilligung …, Organisatie in provincie …
  for (const c of "r[(eo") flags[c.charCodeAt(0)] = 1;
  return flags;
})();

/**
 * A German register's sentence for a donor who did not consent to be named: "Einwilligung des
 * Zuwendungsgebers zur Veröffentlichung liegt nicht vor." (a helper's round, real: Hamburg's
 * sponsoring report, 271 donors read as one worth €7.9M, and their gifts as entries made twice).
 */
const CONSENT_WITHHELD = /^einwilligung\b.*\bver(?:ö|oe)ffentlichung\b.*\bnicht\b/i;

/**
 * The Dutch subsidy registers' recipient kept back by its province: "Organisatie in provincie
 * Drenthe" (a helper's round, real: the ministries' 2015 subsidies, 1,762 of 3,068 "the same entry
 * made twice?" warnings, and each province one partner worth up to €150M).
 */
const REGION_WITHHELD = /^organisatie in (?:de )?provincie\s+\S/i;

/**
 * A value kept back under a freedom-of-information law: "Exempt under Section 43 of the Freedom of
 * Information Act 2000 (Commercial Interests)" (a helper's round, real: the UK's major projects
 * portfolio, a project's dates and costs withheld, one "expected a date" error per Section).
 */
const EXEMPT_WITHHELD =
  /^exempt(?:ed)?\s+(?:under\s+(?:section|s\.?\s*\d|article|regulation)|from\s+(?:disclosure|publication))/i;

/** Placeholders for a value that exists but is not published (see isWithheld). */
const WITHHELD = new Set([
  "withheld",
  "undisclosed",
  "unavailable",
  "not disclosed",
  "third party supplier",
  "not published",
  "unpublished",
  ...NOT_GIVEN_WORDS,
  ...ANONYMOUS_WORDS,
  ...PRIVATE_PERSON_WORDS,
]);

/** `word` with its accents left off (`übrige` → `ubrige`). */
function withoutAccents(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Words of the schema's lists as a pattern's alternatives, longest first: spaces as any run of them,
 * and each word also without its accents (`Ubrige`, `Forderungen`, as exports write them).
 */
function alternatives(words: readonly string[]): string {
  const all = new Set<string>();
  for (const w of words) for (const form of [w, withoutAccents(w)]) all.add(form);
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`))
    .join("|");
}

/**
 * Many recipients' money on one line (the schema's AGGREGATE_PAYEE_WORDS): small payments lumped
 * together under an amount (`Payments below £500`, `Subventionen unter € 1.200,--`), a whole cell of
 * `Other`, `Various`, `Sonstiges`, `Outros` (with whom they are after it), `Multiple` (and more after a
 * dash), `VARIOUS - TOTAL EXPENSES`.
 */
const AGGREGATE_PAYEE = (() => {
  const w = AGGREGATE_PAYEE_WORDS;
  const whom = String.raw`(?:\s+(?:${alternatives(w.whom)}))?`;
  return new RegExp(
    String.raw`^(?:(?:${alternatives(w.lumped)})\s+(?:(?:${alternatives(w.of)})\s+)?(?:${alternatives(w.under)})\s` +
      String.raw`|(?:${alternatives(w.others)})${whom}\s*$` +
      String.raw`|(?:${alternatives(w.many)})${whom}(?:\s*[-–—:(].*)?\s*$` +
      String.raw`|(?:${alternatives(w.others)})\s*[-–—:]\s*(?:total\s+)?(?:${alternatives(w.expenses)})\s*$)`,
    "i",
  );
})();

/** Per Latin-1 letter à–þ (its code less 0xE0): the index a–z of the letter without its accent, or -1. */
const LATIN1_BASE = Int8Array.from({ length: 32 }, (_, i) => {
  const base = withoutAccents(String.fromCharCode(0xe0 + i)).charCodeAt(0) - 97;
  return base >= 0 && base < 26 ? base : -1;
});

/** A letter's index a–z, either case, its accent left off for Latin-1's (`Ü` → u), or -1. */
function letterIndex(c: number): number {
  const ascii = (c | 32) - 97;
  if (ascii >>> 0 < 26 && c < 128) return ascii;
  // (Not ß, whose code with 0x20 is ÿ's.)
  return c >= 0xc0 && c <= 0xfe && c !== 0xdf ? LATIN1_BASE[(c | 0x20) - 0xe0] : -1;
}

/** AGGREGATE_STARTS' mask where a word's fourth character is no letter: any fourth passes. */
const ANY_FOURTH = 0xffffffff;

/**
 * The first four letters AGGREGATE_PAYEE can start with: per first three (a table of a–z³), a mask of the
 * fourth (bit a–z; every bit where a word's fourth is no letter, `all other`): one lookup for most names,
 * two for the rest. (Three letters alone let `Community …` through on `comptes`' account, and
 * `Connecticut …` on `contributi`'s, to a test of the whole pattern: half a microsecond a name.)
 */
const AGGREGATE_STARTS = (() => {
  const table = new Uint32Array(26 * 26 * 26);
  const w = AGGREGATE_PAYEE_WORDS;
  for (const word of [...w.lumped, ...w.others, ...w.many]) {
    const at = letters3(word);
    if (at < 0) throw new Error(`AGGREGATE_PAYEE_WORDS: "${word}" does not start with three letters`);
    const fourth = letterIndex(word.charCodeAt(3));
    table[at] |= fourth < 0 ? ANY_FOURTH : 1 << fourth;
  }
  return table;
})();

/** `name`'s first three letters as an index into a table of a–z³, accents left off (-1 when one is no letter). */
function letters3(name: string): number {
  const a = letterIndex(name.charCodeAt(0));
  const b = letterIndex(name.charCodeAt(1));
  const c = letterIndex(name.charCodeAt(2));
  return a >= 0 && b >= 0 && c >= 0 ? (a * 26 + b) * 26 + c : -1;
}

/** `Vacant` and a word more on what is being done about it, after a dash or a colon. */
const VACANT_SAYING_MORE = /^vacant\s*[-–—:]/i;

/** Is this payee's name many recipients' money on one line (see AGGREGATE_PAYEE)? */
export function isAggregatePayee(name: string): boolean {
  if (name.length < 5) return false;
  const at = letters3(name);
  const fourths = at >= 0 ? AGGREGATE_STARTS[at] : 0;
  if (fourths === 0) return false;
  const fourth = letterIndex(name.charCodeAt(3));
  if (fourths !== ANY_FOURTH && (fourth < 0 || (fourths & (1 << fourth)) === 0)) return false;
  return AGGREGATE_PAYEE.test(name.trim());
}

/**
 * A placeholder for a value that exists but is kept back or not to hand — `REDACTED`, `Withheld`,
 * `N/D` (not disclosed; not available: NOT_GIVEN_WORDS) — unlike `N/A`, `TBD` or `-`, which say there
 * is none (yet). A grant to a redacted
 * recipient went to someone: SUMMARY counts it as a partner, where an `N/A` supplier is none.
 */
/**
 * An amount kept back: given, its figure not published — `withheld`, `undisclosed`, `not disclosed`,
 * `confidential`, `redacted`, or the German consent sentence. Not `N/D` or `unavailable`, which in an
 * amount's cell say there is no figure (a reviewer's repro: prospects' `N/D` pledges called money given).
 */
export function isAmountKeptBack(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const text = trimmed(cell).toLowerCase();
  return KEPT_BACK.has(text) || /^[[(]?redacted/.test(text) || CONSENT_WITHHELD.test(text);
}
const KEPT_BACK: ReadonlySet<string> = new Set(["withheld", "undisclosed", "not disclosed", "confidential"]);

export function isWithheld(cell: Cell): boolean {
  if (!isPlaceholder(cell)) return false;
  const text = trimmed(cell as string).toLowerCase();
  return (
    /^[[(]?redacted/.test(text) ||
    WITHHELD.has(text) ||
    CONSENT_WITHHELD.test(text) ||
    REGION_WITHHELD.test(text) ||
    EXEMPT_WITHHELD.test(text)
  );
}

/**
 * A partner cell holding the word for the party, not a name: `Grantee`, `Recipient`, `Individual` —
 * an award paid to the person, whose institution column says so (a helper's round, real: SSHRC's 1998
 * awards, `Institution` = "Grantee" on 1,663 rows and $31.6M, counted as one partner 4.8× the largest
 * university). Someone's, none known to be another's: read as a withheld name. Only in the Partner
 * column: elsewhere (a contacts list's Role) `Grantee` is a value.
 */
export function isPartyWord(name: string): boolean {
  // One length and one character compared for most names: the summary's fast lane asks it every row.
  const n = name.length;
  // A programme's award to a person, so named (a helper's round, real: Bath's lottery grants, 72
  // veterans' `Heroes Return Award to an individual`, £90,217, counted as one partner).
  if (n > 20 && (name.charCodeAt(n - 1) | 32) === 108 && TO_AN_INDIVIDUAL.test(name)) return true;
  // A lone `X` for a person not named (a helper's round, real: the Dutch ministries' subsidies register,
  // 4,268 rows and €76.5M to `X`, counted as one partner).
  if (n === 1) return (name.charCodeAt(0) | 32) === 120;
  if (n < 6 || n > 15) return false;
  const first = name.charCodeAt(0) | 32;
  if (first !== 103 && first !== 114 && first !== 98 && first !== 97 && first !== 105 && first !== 116) return false;
  return PARTY_WORDS.has(name.trim().toLowerCase());
}
const TO_AN_INDIVIDUAL = /\b(?:award|grant|bursary|payment)s?\s+(?:made\s+)?to\s+an?\s+individual$/i;
const PARTY_WORDS = new Set([
  "grantee",
  "the grantee",
  "recipient",
  "beneficiary",
  "awardee",
  "applicant",
  "individual",
  "individuals",
  "bénéficiaire",
]);

/** Dots, underscores or ellipses alone, three at least: a line left to fill in. */
const LEADER = /^[._\u2026][\s._\u2026]{2,}$/;

/**
 * A form's line left to fill in (`………………`, `______`, `.........`): nothing written. Beside a label
 * (`Lugar y fecha: ………`) the row is the label's alone (onlyFilled): a helper's round, an Argentine
 * creditors' form, its signature line counted as a partner. (Alone on a row it is a rule line under
 * a printed table, which ends the data: not a placeholder.)
 */
export function isLeader(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const first = cell.charCodeAt(0);
  return (first === 46 || first === 95 || first === 0x2026) && LEADER.test(cell);
}

/**
 * `TBC`, `TBD`, `to be confirmed`: a value to come, not one that is none (`N/A`, `-`). An amount so
 * written is in no total yet, which a summary says (a helper's round, real: South Australia's grants
 * to NGOs, two `TBC` fundings left out without a word).
 */
export function isToCome(cell: Cell): boolean {
  return typeof cell === "string" && TO_COME.test(cell);
}
const TO_COME = /^\s*(?:tb[cda]|to be (?:confirmed|determined|agreed|announced)|pending)\.?\s*$/i;

/**
 * `Pending`, `Not yet reported`, `Data not available` where a figure or a date goes: a value not in yet, no wrong one (a
 * helper's round, real: a development agency's KPIs, `Pending` in Current value on 53 rows, each an
 * error beside `N/A` and `TBD` read as empty), and `SD`, no data (NO_FIGURE_WORDS). Only in number and
 * date columns: a status of `Pending` is a word to read, not a cell to empty, and `SD` a state's code.
 */
export function isNotYet(cell: Cell): boolean {
  return typeof cell === "string" && (NOT_YET.test(cell) || NO_FIGURE.has(cell.trim().toLowerCase()));
}
/** The schema's NO_FIGURE_WORDS (`SD`, *sin dato*): no data, where a figure or a date goes only. */
const NO_FIGURE: ReadonlySet<string> = new Set(NO_FIGURE_WORDS);
// `Data not available` (a helper's round, real: Massachusetts' opioid-abatement reports, towns not
// required to report, 84 "expected an amount" errors on a state's correct file).
const NOT_YET =
  /^\s*(?:pending|awaiting(?: data| results)?|not yet (?:reported|available|known|measured)|(?:data )?not (?:available|reported)|no data(?: available)?)\.?\s*$/i;

/** A footnote's mark alone in a cell (`*`, `**`, `†`, `#`): it marks something, and is no value. */
const MARK_ALONE = /^\s*(?:\*{1,3}|†|‡|#)\s*$/;

export function isMarkAlone(cell: Cell): boolean {
  return typeof cell === "string" && cell.length <= 5 && MARK_ALONE.test(cell);
}

/** `N/A`, `TBD`, `-`, `(blank)`, `REDACTED …`: a placeholder, not a value. */
export function isPlaceholder(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  let first = cell.charCodeAt(0);
  if (first >= 65 && first <= 90) first += 32;
  // Most text fails here, before any trimming (a leading space takes the long way).
  if (
    first < 128
      ? MAY_START_PLACEHOLDER[first] === 0 && first > 32
      : first !== 0xa0 && !MAY_START_PLACEHOLDER_BEYOND_ASCII.has(first)
  ) {
    return false;
  }
  const text = trimmed(cell);
  first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) first += 32;
  if (first === 114 /* r */ || first === 91 /* [ */ || first === 40 /* ( */) {
    // REDACTED, [REDACTED], (Redacted – personal information)
    if (startsIgnoringCase(text, first === 114 ? 0 : 1, "redacted")) return true;
  }
  if (first === 101 /* e */ && (CONSENT_WITHHELD.test(text) || EXEMPT_WITHHELD.test(text))) return true;
  if (first === 111 /* o */ && text.length >= 27 && REGION_WITHHELD.test(text)) return true;
  // `Vacant - recruiting`, `Vacant: interim cover` (a helper's round): a seat without its holder.
  if (first === 118 /* v */ && VACANT_SAYING_MORE.test(text)) return true;
  let words: readonly string[] | undefined;
  if (first < 128) {
    // An array read and a length test instead of a Map lookup: `No`, `Note for row 3` and
    // `Reach more residents` pass the first-character gate, and most of them stop here.
    const n = text.length;
    if (n >= 32 || (PLACEHOLDER_LENGTHS[first] & (1 << n)) === 0) return false;
    words = PLACEHOLDERS_ASCII[first];
  } else {
    words = PLACEHOLDERS.get(String.fromCharCode(first).toLowerCase().charCodeAt(0));
  }
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) {
    if (!equalsIgnoringCase(text, words[i])) continue;
    // `Nan` and `Nat` written as names are (a Thai province, a grandmother, a first name: a helper's
    // round, real: the Net Zero Tracker's `Nan` an error); pandas writes `nan`, `NaN`, `NaT`.
    return !(text.length === 3 && (text === "Nan" || text === "Nat"));
  }
  return false;
}

/** Is `cell` the word `None`, in any case (a placeholder, and a name: see noneNamesIn)? */
export function isNoneWord(cell: Cell): boolean {
  return typeof cell === "string" && cell.length >= 4 && cell.length < 16 && trimmed(cell).toLowerCase() === "none";
}

/** How many of a key column's names (other than `None`) it takes to say how the column writes them. */
const NONE_AMONG_NAMES = 2;

/**
 * The spellings of `None` that a tab's key column (Partner, Name, Asset) holds as names, not as
 * placeholders. `None` is both: a provider left blank (Oakland's youth programmes' `none`, and a
 * pandas export's `None` wherever a value is missing), and a place — None, a comune of 8,000 near
 * Turin (a helper's round, real: Italy's food-solidarity allocations to 2,000 comuni, `NONE` among
 * `NOLE` and `NOVI LIGURE` read as no name: 1,999 partners and a "placeholder, not a value" error).
 * SPEC's placeholders do not name it. It is a name where it is written as the column writes its
 * names, in a column of names in capitals (`NONE`; `None` among names in title case is Python's missing
 * value) — and stands on no more rows than the column's most repeated name: a placeholder is typed
 * wherever a value is missing, and outnumbers any one name. Two names at least besides it.
 */
export function noneNamesIn(cells: Iterable<Cell>): ReadonlySet<string> {
  const spellings = new Set<string>();
  let nones = 0;
  const names = new Map<string, number>();
  let lettered = 0;
  let capitals = 0;
  for (const cell of cells) {
    if (typeof cell !== "string" || isBlank(cell)) continue;
    const text = trimmed(cell);
    if (isNoneWord(text)) {
      nones++;
      spellings.add(text);
      continue;
    }
    if (isPlaceholder(text) || !/\p{L}/u.test(text)) continue;
    const key = text.toLowerCase();
    names.set(key, (names.get(key) ?? 0) + 1);
    lettered++;
    if (text === text.toUpperCase()) capitals++;
  }
  const read = new Set<string>();
  if (nones === 0 || names.size < NONE_AMONG_NAMES) return read;
  let most = 0;
  for (const n of names.values()) if (n > most) most = n;
  if (nones > most) return read;
  // In capitals: nine names in ten (a name with a lower-case particle, `Reggio nell'Emilia`, aside).
  // Only there: `None` among names in title case is what pandas and Python write for a missing value
  // (a reviewer's repro: `Acme Corp | Birch Ltd | None` read as three partners, no placeholder said).
  if (capitals * 10 < lettered * 9) return read;
  if (spellings.has("NONE")) read.add("NONE");
  return read;
}

/**
 * Per ASCII first character (either case), bit n set when text of length n starting with it may be
 * a placeholder or an Excel error (their lengths are all below 32); see mayBeSpecial.
 */
const SPECIAL_LENGTHS = (() => {
  const bits = new Uint32Array(128);
  const add = (first: number, length: number) => {
    for (const c of [first, first >= 97 && first <= 122 ? first - 32 : first]) bits[c] |= 1 << length;
  };
  for (const [first, words] of PLACEHOLDERS) if (first < 128) for (const w of words) add(first, w.length);
  for (const error of EXCEL_ERRORS) add(35, error.length);
  for (let n = 5; n < 32; n++) (add(91, n), add(40, n)); // [blank], (n/a), [REDACTED …], (Redacted …)
  return bits;
})();

/**
 * The same per ASCII last character: with the first character's bits, a name like `Partner 10000`
 * (13 characters, as `please select` is) is told ordinary by its last character, without a call.
 * Words in brackets end in anything (`(Redacted – personal information)`): they are gated by their
 * first character only.
 */
const SPECIAL_LAST_LENGTHS = (() => {
  const bits = new Uint32Array(128);
  const add = (word: string) => {
    const last = word.charCodeAt(word.length - 1);
    if (last >= 128) return;
    for (const c of [last, last >= 97 && last <= 122 ? last - 32 : last, last >= 65 && last <= 90 ? last + 32 : last]) {
      bits[c] |= 1 << word.length;
    }
  };
  for (const words of PLACEHOLDERS.values()) for (const w of words) add(w);
  for (const error of EXCEL_ERRORS) add(error);
  return bits;
})();

/**
 * Can `text` (a non-empty string) be blank, a placeholder or an Excel error? False for nearly all
 * text, decided from its length and first and last characters without a call: specialText (the
 * long way) then runs only for the rest. Text with a space or another script at either end always
 * takes the long way.
 */
export function mayBeSpecial(text: string): boolean {
  const n = text.length;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (!(first > 32 && first < 127 && last > 32 && last < 127)) return true;
  // REDACTED …: an r, then "ed" (`Reach more residents` is not).
  if ((first | 32) === 114) return n >= 8 && (text.charCodeAt(2) | 32) === 100;
  if (first === 91 || first === 40) return n >= 32 || (SPECIAL_LENGTHS[first] & (1 << n)) !== 0;
  // Einwilligung … nicht vor (CONSENT_WITHHELD): a sentence, longer than any word placeholder; `Ei`
  // first, so long names starting with an E still stop here.
  if ((first | 32) === 101 && n >= 32 && (text.charCodeAt(1) | 32) === 105) return true;
  // Exempt under Section 43 … (EXEMPT_WITHHELD): `Exempt` first, whatever space follows it.
  if ((first | 32) === 101 && n >= 12 && (text.charCodeAt(1) | 32) === 120 && startsIgnoringCase(text, 0, "exempt"))
    return true;
  // Organisatie in provincie … (REGION_WITHHELD): `Org` and a space after eleven letters.
  if ((first | 32) === 111 && n >= 27 && text.charCodeAt(11) === 32 && startsIgnoringCase(text, 0, "organisatie in "))
    return true;
  // Vacant - recruiting (VACANT_SAYING_MORE): `Vac` first, the long way.
  if ((first | 32) === 118 && n > 7 && (text.charCodeAt(1) | 32) === 97 && (text.charCodeAt(2) | 32) === 99)
    return true;
  if (n >= 32) return false;
  return (SPECIAL_LENGTHS[first] & SPECIAL_LAST_LENGTHS[last] & (1 << n)) !== 0;
}

/**
 * The rule engine's per-cell test for text that is not a value: 4 for a placeholder, 5 for an Excel
 * error (rows.ts PLACEHOLDER, ERROR_CELL), 0 for ordinary text. One character compared for most text.
 */
export function specialText(text: string): 0 | 4 | 5 {
  if (text.charCodeAt(0) === 35 && isExcelError(text)) return 5;
  return isPlaceholder(text) ? 4 : 0;
}

/** How many rows a message names before it says how many more (`rowList`). */
export const MAX_ROWS_NAMED = 8;

/** `4, 7, 9` or `4, 7, 9 … and 120 more` (0-based rows given; 1-based sheet rows of the range said). */
export function rowList(rows: readonly number[], count: number): string {
  const shown = rows
    .slice(0, MAX_ROWS_NAMED)
    .map((r) => r + 1)
    .join(", ");
  return count > MAX_ROWS_NAMED ? `${shown} … and ${count - MAX_ROWS_NAMED} more` : shown;
}

/**
 * Is `header`, whole or as one of its words (`sexe_collaborateur`, `département attributeur`), one of
 * `keys` (normalised headers)?
 */
export function headerHasWord(header: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(normalizeHeader(header))) return true;
  return header.split(/[^\p{L}]+/u).some((word) => word !== "" && keys.has(normalizeHeader(word)));
}

const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;

/** Words run together in camel case, apart: `BuyerPhone` → `Buyer Phone`, `allDepartmentTotal` → `all Department Total`. */
export function camelApart(text: string): string {
  return text.replace(CAMEL_CASE, "$1 $2");
}

/** A header's words, lower-cased, letters only, camel case apart: `ProjectTitle` → project, title. */
export function headerWordsOf(header: string): string[] {
  return camelApart(header)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
}

/** `MOU signed?` → `mousigned`; `Initiative #` → `initiativeid` (`#` is how people write "number/ID"). */
export function normalizeHeader(header: string): string {
  let key = HEADER_KEYS.get(header);
  if (key === undefined) {
    if (HEADER_KEYS.size >= HEADER_KEYS_KEPT) HEADER_KEYS.clear();
    HEADER_KEYS.set(header, (key = headerKey(header)));
  }
  return key;
}

/**
 * Headers' keys as worked out, by header: the same few dozen headers are read again by every matcher
 * (matchHeader, isBareName, isSponsor …) and on every call of a custom function as the sheet
 * recalculates — four patterns each time, 5% of VALIDATE's and SUMMARY's time per call on a small
 * range. Emptied when full, so a sheet of many distinct texts costs a bounded memory.
 */
const HEADER_KEYS = new Map<string, string>();
const HEADER_KEYS_KEPT = 4096;

function headerKey(header: string): string {
  // A leading `%` says the column is a share (`% taxes abated` beside `Taxes abated`: a helper's round,
  // real, Atlanta's abatements, where --map "Taxes abated=…" was refused as naming both); read as its word.
  const key = header
    .toLowerCase()
    .replace(/^\s*%/, "percent ")
    .replace(/#/g, " id ")
    .replace(/[^\p{L}\p{N}]+/gu, "");
  // Accents are written and left off alike (France's SCDL schema heads `nomBeneficiaire`, lists write
  // `Nom du bénéficiaire`): compared without them.
  return /[\u0080-\uffff]/.test(key) ? key.normalize("NFD").replace(/\p{M}/gu, "") : key;
}

/**
 * The schema's words (src/schema/words.ts) as a pattern's alternatives, each read as written (`$` a
 * dollar); a phrase's words apart by `between` (a pattern: `[\s_]+`). For patterns built once, at load.
 */
export function wordsPattern(words: readonly string[], between = " "): string {
  return words.map((w) => w.split(" ").map(literally).join(between)).join("|");
}

/**
 * The schema's legal forms (LEGAL_FORMS) as a pattern's alternatives, read case aside: a dot ending one
 * is left to the pattern to read or not (`\.?` after them: `Inc`, `Inc.`, `L.L.C`), a space may follow a
 * dot within (`e. V.`), and a form of two words is read with a dot between them or as one (`Pty. Ltd`,
 * `PTYLTD`). Built once, at load.
 */
export function legalFormsPattern(forms: readonly string[]): string {
  return forms
    .map((form) => literally(form.replace(/\.$/, "")).replace(/\\\./g, "\\.\\s?").replace(/ /g, "\\.?\\s*"))
    .join("|");
}
function literally(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Headers of figures that are no amount: a position (`Latitude`, `X`, `Easting`), a code or number
 * (`Custodian code`, `No.`, `OBJECTID`, `Zip`, `Phone`, a municipality's `municode`: a helper's
 * round, real, offered as Committed and summed as $33,161), a year, a count of people — or of an
 * audience, events, homes or jobs (helpers' rounds, real: Leeds 2023's `digital_audiences` and
 * `audience_numbers`; San Francisco's housing, `Proj_Key` and `Affordable Units`, offered as the money),
 * a date (not `Paid to date`) or a score (the Covenant of Mayors' `date_of_adhesion` and a university's `Proposed Start Date`,
 * real dates in an .xlsx, offered as the money; a nonprofit directory's 1–5 scores).
 * A code as Portuguese, Spanish and Italian head it (`Código`, `Codigo`, `Cód.`, `Codice`): a helper's
 * round, real: Ceará's register of agreement counterparts — police units, prisons — each one's `Código`
 * (20176298, 617154, 25195) offered as the amounts to map as Committed, where a column headed `Code` is not.
 * Codes plural too (round nx, real: Flanders' investment plan, its `municipality_codes` offered as figures).
 */
export const NO_AMOUNT_HEADER =
  /(?:^|[^\p{L}])(?:lat(?:itude)?|lon(?:g|gitude)?|lng|x|y|easting|northing|coord(?:inate)?s?|id|key|objectid|fid|\p{L}*codes?|c[oó]d(?:igos?|ice)?|no\.?|nr\.?|num(?:bers?)?|#|zip(?:code)?|post ?code|phone|tel(?:ephone)?|fax|year|fy|population|count|students|pupils|participants|attendees|members|people|persons|beneficiaries|households|visitors|visits|downloads|clicks|hits|followers|audiences?|events|sessions|views|viewers|tickets|seats|units|beds|rooms|homes|dwellings|jobs|size|area|sq ?ft|m2|m²|acres|hectares|ha|km|miles|\p{L}*nummer|\p{L}+nr\.?|kapitel|titel|open|close|opens|closes|hours?|time|(?<!to[\s_-])dates?|score|scores|rating|rank|ages?)(?![\p{L}])/iu;
