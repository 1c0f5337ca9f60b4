import { LEGAL_FORMS } from "../schema";
import { camelApart, isBlank, isLeader, trimmed } from "./text";
import type { SubtotalKind } from "./subtotals";
import type { Cell } from "./types";

/**
 * Rows inside a user's block that are not data (SPEC "Rows that are not data", rev 2): a Total or
 * Subtotal row (or an Excel table's totals row, which `tblX[#All]` includes), a label row inside the
 * data (`Q2 additions`: one text cell, the rest empty), and notes under the data. They are left out
 * of every check and every sum, and named once.
 */
/**
 * `breakdown`: rows under a Total row that add up to it again (a government table's `ENGLAND` row,
 * then `LONDON BOROUGHS`, `SHIRE COUNTIES` … by class): the same money a second time.
 * `headerMore`: the header row's second line (`Awarded` under `Date Grant`); `wrapped`: a line of a
 * data row's text on a row of its own; both as a printed table converted to a sheet lays them out.
 * `sumAbove`, `subtotalOfBelow`: rows with no name whose figures add up others (subtotals.ts).
 * `table`: the header row of another table stacked under this one; it and every row below are left out;
 * `title`: the label row just above it, that table's title (not a note on this one).
 * `wholeLine`: a line of a CSV file in one cell, quoted whole by a broken export (TypedTable.wholeLine).
 * `rollUp`: a row under a `Totals` heading below the data, the rows above added up again by group.
 * `restated`: a row under the header row again that the table above holds already (rows.ts restatedBelow).
 * `continued`: a line under a record filling only columns the record leaves blank (its delivery bodies,
 *   one a line): that record's list, not a label of its own (rows.ts continues).
 */
export type LeftOutKind =
  | "total"
  | "label"
  | "header"
  | "headerMore"
  | "wrapped"
  | "note"
  | "breakdown"
  | "table"
  | "title"
  | "wholeLine"
  | "rollUp"
  | "restated"
  | "continued"
  | SubtotalKind;

/** How every door names a row that is not data ("row 203 looks like a Total row"). */
export const LEFT_OUT_WORDS: Readonly<Record<LeftOutKind, string>> = {
  total: "a Total row",
  label: "a label row, not data",
  header: "the header row again",
  headerMore: "the header row's second line",
  wrapped: "a line of text wrapped from the row next to it",
  note: "a note under the data",
  breakdown: "a breakdown of the total above it, the same money again",
  // "with no label saying so" beside a quoted `Fact check:` contradicted itself (a helper's round).
  sumAbove: "the sum of the rows above it, though no label says Total",
  subtotalOfBelow: "the subtotal of the rows below it, the same money again",
  table: "the header row of another table under this one",
  title: "the title of another table under this one",
  wholeLine: "a whole line of the file in one cell",
  rollUp: "a line of the totals under the data, the same money again",
  restated: "a row of the table above again, the same money under its header row repeated",
  continued: "a line continuing the record above it",
};

export interface LeftOutRow {
  /** 0-based matrix row. */
  readonly row: number;
  readonly kind: LeftOutKind;
  /** The label as the row has it ("Grand total", "Q2 additions", "Source: city portal"). */
  readonly label: string;
  /** 0-based matrix column of the label. */
  readonly column: number;
  /** For `continued`: the 0-based row of the record it continues. */
  readonly of?: number;
}

/**
 * `Total`, `Totals`, `Subtotal`, `Sub-total`, `Grand total`, `Sum`, `Total:`, `Total - Parks`,
 * `Subtotal (Q1)`, `Total for FY2024`, `Total FY24`, `Parks total`, `Total……` (dot leaders, as a
 * printed statement has them): a label saying the row adds up the rows above.
 * `Total, General Fund` (a city budget's funds). `ac.care Total`, `Lifeline South East (SA) Total`
 * (a state's grants by organisation, a subtotal under each: a helper's round, real, three of 32 summed
 * as partners for their punctuation or length).
 * Not `Total Wine & More` (a business): after the word only a colon, a comma, a dash, for/of, a year or dots.
 * (`Total Mayoralty` — a subtotal named for its section — is told by its amounts: NAMED_TOTAL below.)
 */
// (`Total$`, `Total £`, `TOTAL $000`: the currency its figures are in — a helper's round, real: the
// Northern Territory grants commission's `Total$` summed as a council, twice the money.)
const AFTER_TOTAL = String.raw`\s*[$£€¥₹]\s*(?:0{3}s?|'000s?|m|bn|k)?:?|\s*[:,].*|\s*[-–—].*|\s*\(.*|\s+(?:for\b|fy).*|\s+\d.*|\s*(?:…|\.{2,})[\s.…·]*`;
/**
 * The word in the languages of the sheets users keep beside English ones (real: Hamburg's sponsoring
 * reports, `Gesamtwert` and `Summe` rows summed as donors, 2–5× the money): German, French, Dutch,
 * Italian, Spanish, Portuguese, the Nordic, Central European and Slavic languages, Turkish, Greek. Whole labels only: `Gesamtschule Nord` is a school.
 */
const OTHER_LANGUAGES_TOTAL = [
  "gesamt",
  "gesamtsumme",
  "gesamtwert",
  "gesamtbetrag",
  "gesamtergebnis",
  "insgesamt",
  "summe",
  "zwischensumme",
  "endsumme",
  "sous-?\\s*total",
  "total\\s+g[ée]n[ée]ral",
  "(?:sub)?totaal",
  // Excel's pivot grand totals in Dutch, Flemish, Danish, Norwegian and Swedish, and a German order
  // of words (a helper's round: each counted as a partner, the money doubled).
  "eindtotaal",
  "totaal\\s+generaal",
  "hovedtotal",
  "totalsum",
  "totalsumma",
  "summe\\s+gesamt",
  "(?:sub)?totale",
  "totalt",
  "summa",
  "suma(?:\\s+total)?",
  // Danish, Norwegian, Finnish, Czech, Slovak, Polish, Portuguese, Hungarian, Croatian/Serbian,
  // Slovenian, Turkish, Greek, Russian (a helper's round of such sheets: `Celkem`, `Razem`, `I alt`,
  // `Yhteensä` rows were partners, their sums doubled).
  "i\\s+alt",
  "sum\\s+i\\s+alt",
  "yhteens[äa]",
  "kaikki\\s+yhteens[äa]",
  "celkem",
  "celkom",
  "razem",
  "og[óo]łem",
  "[öo]sszesen",
  "ukupno",
  "skupaj",
  "toplam",
  "σύνολο",
  "итого",
  "всего",
  // Excel's pivot grand total in Italian, Polish, Czech, Slovak, Hungarian, Slovenian, Croatian, Greek,
  // Russian, Latvian, Lithuanian, Estonian and Finnish (a helper's round: each counted as a partner).
  "totale\\s+(?:complessivo|generale)",
  "suma\\s+(?:ko[ńn]cowa|ca[łl]kowita)",
  "celkov[ýy]\\s+(?:sou[čc]et|s[úu][čc]et)",
  "v[ée]g[öo]sszeg",
  "skupna\\s+vsota",
  "sveukupni\\s+zbroj",
  "γενικό\\s+σύνολο",
  "общий\\s+итог",
  "gala\\s+summa",
  "bendroji\\s+suma",
  "i[šs]\\s+viso",
  "kokonaissumma",
].join("|");

/**
 * What a Total row's label says it adds up (`Total Amount`, `Total Count`, `Total Funding`): the
 * column's measure, no section's name — so the row is a total whether or not its figure is the sum of
 * the rows above (a helper's round, real: Arkansas' drinking-water awards, whose printed total is
 * $720k off its rows: summed as a partner, $756.8M for $378.7M).
 */
const MEASURES = [
  "amount",
  "count",
  "sum",
  "value",
  "cost",
  "funding",
  "funds",
  "dollars",
  "award",
  "awarded",
  "grant",
  "loan",
  "budget",
  "payment",
  "spend",
  "spending",
  "expenditure",
  "allocation",
  "request",
  "requested",
  "project",
  "number",
].join("|");

// `Total of all funds` adds up; `Sum of lessee move-ins, cable installs and move-outs` is a city's
// measure, with its own ID (real: it was left out of every check).
const TOTAL_LABEL = new RegExp(
  String.raw`^(?:(?:grand\s*|sub-?\s*)?totals?(?:${AFTER_TOTAL}|\s+(?:of|in)\b.*)?|sum(?:${AFTER_TOTAL})?)$` +
    String.raw`|^(?:${OTHER_LANGUAGES_TOTAL})(?:${AFTER_TOTAL})?$` +
    String.raw`|^(?:grand\s+)?totals?\s+(?:${MEASURES})s?:?$` +
    String.raw`|^[\p{L}\p{N} &/.,'’()-]{0,100}\s(?:(?:sub-?)?total|totaal|ergebnis):?$`,
  "iu",
);

/**
 * The word alone where it is also a name (`Spolu`, `Kopa`: a reviewer's repro, partners so called left
 * out): a total only when its amounts add up the rows above, as a `Total <name>`.
 */
const TOTAL_WORDS_ALSO_NAMES = /^(?:spolu|kop[āa]|kokku):?$/i;

/**
 * `Total Mayoralty`, `Subtotal Parks`: the word and a name (totalKind's NAMED_TOTAL_LABEL). A
 * business may be called that too (`Total Wine & More`), so such a row is a total only when its
 * amounts add up the rows above it (RunningSums.addsUpAbove).
 */
const NAMED_TOTAL = /^(?:grand\s+|sub-?\s*)?totals?\s+\S/i;

/**
 * The word in another language and a name (`Gesamtwert igs`, `Zwischensumme Parks`, `Sous-total Culture`):
 * words no business is called, a total whatever its figures (a helper's round, real: Hamburg's
 * sponsoring report, `Gesamtwert igs` over a company's gifts whose values are withheld, summed as a
 * donor — counted twice wherever the gifts above it are given).
 */
const SURE_NAMED_TOTAL =
  /^(?:gesamtwert|gesamtsumme|gesamtbetrag|gesamtergebnis|zwischensumme|endsumme|sous-?\s*total|subtotaal|eindtotaal)\s+\S/i;

/** `Summe Parks`, `Totaal Cultuur`: as NAMED_TOTAL, a total when its amounts add up the rows above. */
// (Not `Summa`, `Suma`: Summa Health, Summa Equity are organisations — a reviewer's repro.)
const OTHER_NAMED_TOTAL = /^(?:gesamt|insgesamt|summe|totaal|totale|totalt)\s+\S/i;

/**
 * Labels of a row that adds up the rows above without saying Total: a whole area or group (real: a
 * government table's `ENGLAND` row under its 443 authorities). A partner may be called that too (`All
 * Saints`, a `UK` office), so, as a `Total <name>`, such a row is a total only when its amounts add up
 * the rows above it.
 */
const AGGREGATE_LABELS: ReadonlySet<string> = new Set([
  "england",
  "wales",
  "scotland",
  "northern ireland",
  "england and wales",
  "great britain",
  "united kingdom",
  "uk",
  "united states",
  "usa",
  "statewide",
  "countywide",
  "citywide",
  "nationwide",
  "overall",
  "all",
  "all authorities",
  "all local authorities",
  "all councils",
  "all counties",
  "all regions",
  "all partners",
  "all grants",
]);

/** Is `text` (trimmed) one of AGGREGATE_LABELS? Short texts only are lower-cased to look. */
function isAggregateLabel(text: string): boolean {
  return text.length >= 2 && text.length <= 24 && AGGREGATE_LABELS.has(text.toLowerCase().replace(/\s+/g, " "));
}

/**
 * `Source: Ministry of …`, `Note: figures are provisional`, `NB:` — a note's own words, whatever the
 * row holds beside them (real: a government table's Source row carries a number under the amounts).
 */
const NOTE_LABEL = /^(?:sources?|notes?|nb|n\.b\.|footnotes?)\s*:/i;

/**
 * What each first character (lower-cased ASCII) may begin: a total's word (`total`, `subtotal`,
 * `grand total`, `sum`), an area's (AGGREGATE_LABELS) or a note's. A table of 128: totalKind runs on
 * every data row's first cell, and most names are settled by one read.
 */
const MAY_TOTAL = 1;
const MAY_AGGREGATE = 2;
const MAY_NOTE = 4;
const MAY_OTHER_TOTAL = 8;
const OTHER_TOTAL_START = /^(?:yht|kai|kop|kok|cel|raz|og[óo]|[öo]ss|uku|v[ée]g|bendr|σύν|γεν|ито|все|общ)/i;
const FIRST_CHAR = (() => {
  const first = new Uint8Array(128);
  for (const c of "tsgize") first[c.charCodeAt(0)] |= MAY_TOTAL; // `insgesamt`, `zwischensumme`, `endsumme`
  // `yhteensä`, `celkem`, `razem`, `ogółem`, `ukupno`, `kaikki yhteensä`, `összesen`, `σύνολο`, `итого`,
  // `всего` (slotted as totalKind reads a first character): tried by their first letters (OTHER_TOTAL_START)
  // before the whole pattern, as names start with these letters far more often than totals do.
  for (const c of "ycroukövb") first[(c.charCodeAt(0) | 32) & 127] |= MAY_OTHER_TOTAL;
  for (const c of "σивöγоΣИВÖΓО") first[(c.charCodeAt(0) | 32) & 127] |= MAY_OTHER_TOTAL; // both cases: not ASCII's
  for (const label of AGGREGATE_LABELS) first[label.charCodeAt(0)] |= MAY_AGGREGATE;
  for (const c of "snf") first[c.charCodeAt(0)] |= MAY_NOTE;
  return first;
})();

/**
 * `Parks total`, `Total:`: a label ending in "total" (its last letter, a colon aside) — or in a
 * German pivot's "Ergebnis" (`Kultur Ergebnis`: its last three letters, then the word).
 */
function endsLikeTotal(text: string): boolean {
  let end = text.length - 1;
  if (text.charCodeAt(end) === 58 /* : */) end--;
  const last = text.charCodeAt(end) | 32;
  if (last === 108 /* l */) return true;
  return (
    last === 115 /* s */ &&
    (text.charCodeAt(end - 1) | 32) === 105 /* i */ &&
    (text.charCodeAt(end - 2) | 32) === 110 /* n */ &&
    /\sergebnis:?$/i.test(text)
  );
}

/** Does the row's first filled cell say Total (`Total Parks`, `Subtotal`) or a note's words (`Source: …`)? */
export function startsWithTotal(cells: readonly Cell[]): boolean {
  const label = cells[firstFilled(cells)];
  return typeof label === "string" && totalKind(label) !== NOT_TOTAL;
}

export function isTotalLabel(text: string): boolean {
  return totalKind(text) === TOTAL;
}

/**
 * What a row's first cell says of it: not a total, a Total label, `Total <name>` or an area's name
 * (a total only when its amounts add up the rows above), or a note's words (`Source: …`).
 */
export const NOT_TOTAL = 0;
export const TOTAL = 1;
export const NAMED_TOTAL_LABEL = 2;
export const NOTE_ROW = 3;

/** A label of one word glued from several: an underscore, or a capital after a small letter. */
const GLUED = /^[^\s]*(?:_|\p{Ll}\p{Lu})[^\s]*$/u;

export function totalKind(text: string): 0 | 1 | 2 | 3 {
  // The cheap gate first: this runs on every data row's first cell.
  const t = trimmed(text);
  const n = t.length;
  if (n === 0) return NOT_TOTAL;
  const may = FIRST_CHAR[(t.charCodeAt(0) | 32) & 127];
  const ends = endsLikeTotal(t);
  if (may === 0 && !ends) return NOT_TOTAL;
  // A source line is as long as it needs to be (a ministry's runs to 100 characters).
  if (may & MAY_NOTE && NOTE_LABEL.test(t)) return NOTE_ROW;
  if (n > 80) return NOT_TOTAL;
  if (may & MAY_TOTAL || ends || (may & MAY_OTHER_TOTAL && OTHER_TOTAL_START.test(t))) {
    if (n <= 60 && (TOTAL_LABEL.test(t) || SURE_NAMED_TOTAL.test(t))) return TOTAL;
    if (NAMED_TOTAL.test(t) || OTHER_NAMED_TOTAL.test(t) || TOTAL_WORDS_ALSO_NAMES.test(t)) return NAMED_TOTAL_LABEL;
    // Words glued as a field name (`allDepartmentTotal`, `total_all`): read as the words they are (a
    // helper's round, real: Albuquerque's budget book by fund, its `allDepartmentTotal` row summed).
    const words = GLUED.test(t) ? camelApart(t.replace(/_+/g, " ")).trim() : t;
    if (words !== t && /\s/.test(words)) return totalKind(words);
  }
  return may & MAY_AGGREGATE && isAggregateLabel(t) ? NAMED_TOTAL_LABEL : NOT_TOTAL;
}

/**
 * `END`, `End of data`, `*** END ***`: a marker a template puts under its rows (real: a Towns Fund
 * return's END row, in every column). Not `End Hunger Network`: the whole cell says it.
 */
const END_MARKER =
  /^[\s*#=\-–—_.]*end(?:\s+of(?:\s+the)?\s+(?:data|table|list|sheet|section|form|report|file|rows?))?[\s*#=\-–—_.]*$/i;

/**
 * Can an end marker begin this way? `en…`, or one of the characters a marker is framed with (spaces,
 * `*#=-–—_.`). A cheap gate before the pattern: this runs on every data row's first cell.
 */
function mayBeEndMarker(label: string): boolean {
  const c = label.charCodeAt(0);
  if ((c | 32) === 101 /* e */) return (label.charCodeAt(1) | 32) === 110; /* n */
  return (
    c === 32 ||
    c === 9 ||
    c === 160 ||
    c === 42 ||
    c === 35 ||
    c === 61 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 95 ||
    c === 46
  );
}

/** Is every filled cell of the row (from `first`, its first filled cell) an end-of-data marker? */
export function isEndMarkerRow(cells: readonly Cell[], first: number): boolean {
  const label = cells[first];
  if (typeof label !== "string" || label.length > 40 || !mayBeEndMarker(label)) return false;
  if (!END_MARKER.test(label)) return false;
  for (let i = first + 1; i < cells.length; i++) {
    const cell = cells[i];
    if (!isBlank(cell) && !(typeof cell === "string" && END_MARKER.test(cell))) return false;
  }
  return true;
}

/**
 * Is every filled cell of the row (from `first`, its first filled cell) a rule line (`___________`,
 * `-----`)? The line a printed statement draws between its table and its footnotes: no row of data,
 * even where the block maps one column and so has no label rows (a helper's round, real: NYC's largest
 * taxpayers, `--map "Taxpayer=Asset"` as the tool hinted, then "Taxpayer is empty" on its rule line).
 */
export function isRuleLineRow(cells: readonly Cell[], first: number): boolean {
  const label = cells[first];
  if (typeof label !== "string" || !mayBeEndMarker(label) || !isRuleLine(label)) return false;
  for (let i = first + 1; i < cells.length; i++) {
    const cell = cells[i];
    if (!isBlank(cell) && !(typeof cell === "string" && isRuleLine(cell))) return false;
  }
  return true;
}

/**
 * `*Includes updated capacities for buildings that open in Winter`, `† Estimated`: a footnote's words,
 * marked as footnotes are, three words at least.
 */
const FOOTNOTE = /^\s*(?:\*{1,3}|[†‡§¹²³]|\(\d\))\s*\p{L}[^\s]*(?:\s+\S+){2,}/u;

/**
 * Does a row hold a footnote's words in any cell? Under the last named row, a row with no name that
 * does is the table's footnote, whatever figures it carries (real: DC's school buildings, the note
 * `*Includes updated capacities …` beside $1.13bn of the buildings it footnotes, summed in: +27%).
 */
export function holdsFootnote(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (typeof cell === "string" && FOOTNOTE.test(cell)) return true;
  return false;
}

/**
 * A rule line (`___________`, `-----`, `=====`): what a printed statement puts between its total and
 * its footnotes.
 */
export function isRuleLine(text: string): boolean {
  return /^\s*[_\-=–—]{3,}\s*$/.test(text);
}

/**
 * A left-out row's label as a message quotes it: its text, or a figure as a person reads it
 * (`2,450,000`, not `2450000`: a row with no label is quoted by its first figure; `2024` stays).
 */
export function labelText(cell: Cell): string {
  // A year or a code of four digits (`2024`) stays as written.
  if (typeof cell === "number" && Math.abs(cell) >= 10_000) {
    return cell.toLocaleString("en-US", { maximumFractionDigits: 2 });
  }
  return String(cell).trim();
}

/** A row whose first cell says Grand Total: the table's last word on its sums. */
export function isGrandTotal(cells: readonly Cell[]): boolean {
  const label = cells[firstFilled(cells)];
  return typeof label === "string" && /^\W*grand\s*total/i.test(label);
}

/**
 * A row that says more than a name: its first text ends in a colon or runs past 60 characters
 * (`Other part of obligations not tagged as relief obligations for some reason:`).
 */
export function saysMore(cells: readonly Cell[]): boolean {
  const label = cells[firstFilled(cells)];
  if (typeof label !== "string") return false;
  const t = label.trim();
  return t.endsWith(":") || t.length > 60;
}

/** The first non-blank cell of a row (-1 when none). */
export function firstFilled(cells: readonly Cell[]): number {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return i;
  return -1;
}

/** Is `column` the only non-blank cell of the row? */
export function onlyFilled(cells: readonly Cell[], column: number): boolean {
  // A line left to fill in (`Lugar y fecha: ………`) is as good as blank: the label is the row's one word.
  for (let i = column + 1; i < cells.length; i++) if (!isBlank(cells[i]) && !isLeader(cells[i])) return false;
  return true;
}

/** `-`, `–`, `—` or `--` alone in a cell: nothing, as a printed table writes it. */
export function isDashAlone(cell: Cell): boolean {
  if (typeof cell !== "string" || cell.length > 8) return false;
  const text = cell.trim();
  return text === "-" || text === "--" || text === "\u2013" || text === "\u2014";
}

/** A space, tab, line break or no-break space: what a header's words are parted by. */
function space(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** Two characters that differ only in case (`W`, `w`; `Ä`, `ä`). */
function sameLetter(x: number, y: number): boolean {
  if (x < 128 && y < 128) return (x | 32) === (y | 32) && (x | 32) >= 97 && (x | 32) <= 122;
  return String.fromCharCode(x).toLowerCase() === String.fromCharCode(y).toLowerCase();
}

/**
 * The same header text, as headers are read: a run of spaces or line breaks is one space, outer ones
 * none, case aside (`Wert\n(Euro)`, `Wert (Euro)`). Character by character, building nothing, and
 * most texts part at their last letters: this runs on every data row's key cell (repeatsHeader).
 */
export function sameHeader(a: Cell, b: Cell): boolean {
  if (typeof a !== "string" || typeof b !== "string" || a.length === 0) return false;
  if (a === b) return true;
  // Their last letters first: a data row's name (`Partner 12`) parts from its header there.
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA > 0 && space(a.charCodeAt(endA))) endA--;
  while (endB > 0 && space(b.charCodeAt(endB))) endB--;
  const lastA = a.charCodeAt(endA);
  const lastB = b.charCodeAt(endB);
  if (lastA !== lastB && !sameLetter(lastA, lastB)) return false;
  let i = 0;
  let j = 0;
  while (i < a.length && space(a.charCodeAt(i))) i++;
  while (j < b.length && space(b.charCodeAt(j))) j++;
  for (;;) {
    if (i >= a.length || j >= b.length) {
      while (i < a.length && space(a.charCodeAt(i))) i++;
      while (j < b.length && space(b.charCodeAt(j))) j++;
      return i >= a.length && j >= b.length;
    }
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (space(x) && space(y)) {
      while (i < a.length && space(a.charCodeAt(i))) i++;
      while (j < b.length && space(b.charCodeAt(j))) j++;
      continue;
    }
    if (x !== y && !sameLetter(x, y)) return false;
    i++;
    j++;
  }
}

/** The same text, ignoring case (a repeated header row is the export's own words again). */
export function sameText(a: Cell, b: Cell): boolean {
  if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length || a.length === 0) return false;
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** A date or time written as text (`8/13/2020 8:55:54`, `2020-08-13`): a value, never a heading's words. */
const DATE_LIKE = /\d[/.:-]\d/;

/** Are the row's filled cells all figures (numbers, or digits with no letter: `$ 1,00,000`; no rule line)? */
export function figuresOnly(cells: readonly Cell[]): boolean {
  let any = false;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "number" && (typeof cell !== "string" || /\p{L}/u.test(cell) || !/\d/.test(cell))) return false;
    any = true;
  }
  return any;
}

/**
 * A word: four letters running (`National`, not a code such as `PIF`), or two of a script written
 * without spaces, where two characters make a word (`国認定`, `公財`). Real (a helper's round): Japan's
 * subsidies to public-interest bodies (jp_npo_subsidies_r1.xlsx), the lookup list under the grants,
 * its first row `公財 | 国認定` read as a grant with no name ("補助金交付先名 is empty"), as `PIF |
 * National` never was.
 */
const WORD = /\p{L}{4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;

/**
 * At most three filled cells, all text and one of them a word: what a heading row holds (a code, a
 * name). Not a form response saved before its name was typed (a timestamp and a "Yes"): that is a
 * row with its name missing, to fill or delete.
 */
export function fewWords(cells: readonly Cell[]): boolean {
  let n = 0;
  let word = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || ++n > 3 || DATE_LIKE.test(cell)) return false;
    if (!word && WORD.test(cell)) word = true;
  }
  return word;
}

/**
 * Legal forms (the schema's LEGAL_FORMS) as wordsOf reads them, their dots and hyphens aside (`L.L.C.`
 * llc, `Co-op` coop): part of a name, never another row's name.
 */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(
  [...LEGAL_FORMS.forms, ...LEGAL_FORMS.alsoOther].flatMap((form) => wordsOf(form.replace(/[.-]/g, ""))),
);

/** A label's words that say something: three letters or more, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/**
 * Does a label list two rows above by name, as a breakdown of them does (`Other (Student Support,
 * Departmental Support)` under the Total, the same money again: a helper's round, real, a university
 * foundation's pledges, +10.8%)? Its parts between brackets, commas and semicolons each say most of
 * one name's words (a misspelt word aside: `Gift and adminstrative fees`).
 */
export function namesRowsAbove(label: string, names: readonly string[]): boolean {
  if (!/[(,;]/.test(label)) return false;
  // The row's own name on a row above is that partner's row again, no breakdown — however its cell
  // wraps it (`First (Original)⏎Submission (A0)`); and a name on several rows above is one name: a
  // breakdown names two different rows (a helper's round, real: NIH's success rates by year, each
  // year's first line after a wrapped one "a breakdown", $23.5bn of $49.3bn left out).
  const flat = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
  const own = flat(label);
  const known = [...new Set(names.map(flat))].filter((name) => name !== own).map((name) => new Set(wordsOf(name)));
  const named = new Set<number>();
  for (const part of label.split(/[(),;]/)) {
    const words = wordsOf(part);
    // A legal form after a comma is the name's own (`Harbor Youth Fund, Inc.`), naming no other row
    // (a helper's round, real: a foundation's grants under yearly subtotals, the next year's first
    // grantee "a breakdown" of two rows above — one its own, one any other `…, Inc.`: $60,000 lost).
    if (words.length === 0 || words.every((w) => LEGAL_FORM_WORDS.has(w))) continue;
    const says = (set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length * 3 >= words.length * 2;
    const row = known.findIndex((set, i) => !named.has(i) && says(set));
    if (row >= 0 && named.add(row).size === 2) return true;
  }
  return false;
}
