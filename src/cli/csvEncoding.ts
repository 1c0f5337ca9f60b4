import { isUtf8 } from "buffer";
import { isBig5 } from "./big5CodePage";
import { isWindows1251 } from "./cyrillicCodePage";

/**
 * A CSV file's bytes as its text: which encoding, or encodings, its bytes are in (csvText). The
 * parsing of that text into a sheet is csvReader.ts's.
 */

/** Characters of a value a note quotes at most. */
export const QUOTED_CHARS = 40;

/**
 * The text of a CSV file: UTF-16 by its byte-order mark (Excel's "Unicode Text"), UTF-8 by its mark
 * or when its bytes are UTF-8, else Windows-1252 as Excel on Windows reads a file that is not UTF-8.
 * A file mostly UTF-8 with some bytes that are not keeps its UTF-8, those bytes alone read by a code
 * page (csvText).
 */
export function decodeCsv(bytes: Buffer): string {
  return csvText(bytes).text;
}

/** A CSV file's text, and where part of it was read by a code page (see csvText). */
export interface CsvText {
  readonly text: string;
  readonly mixed?: MixedBytes;
}

/** A file mostly UTF-8 whose other bytes were read by a code page: which, where, and a word so read. */
export interface MixedBytes {
  readonly page: string;
  readonly example: string;
  /** Where each byte that was not UTF-8 stands in the text (its character's offset), in order. */
  readonly at: Uint32Array;
}

/** The rows the encoding's note names at most. */
const ROWS_NAMED = 5;

/**
 * The note on a file read as mixed (csvText): how many of its rows hold bytes that are not UTF-8, the
 * first few named by the row numbers check prints, a word so read, and the code page. Rows, not the
 * file's lines: a quoted value's line break makes one row of two lines, and lines named every row
 * below it one past where the user finds it. `rowStarts`: where each row of the sheet starts in the
 * text after `from` (parseCsv's, on the text from there).
 */
export function mixedNote(mixed: MixedBytes, rowStarts: readonly number[], from: number): string {
  let row = 0;
  let last = -1;
  let bad = 0;
  const named: number[] = [];
  for (const at of mixed.at) {
    // (A separator named by `sep=` is no row's.)
    if (at < from) continue;
    while (row + 1 < rowStarts.length && rowStarts[row + 1] <= at - from) row++;
    if (row === last) continue;
    last = row;
    if (bad++ < ROWS_NAMED) named.push(row + 1);
  }
  const count = (k: number) => k.toLocaleString("en-US");
  const rows = named.join(", ") + (bad > ROWS_NAMED ? " …" : "");
  return (
    `${count(bad)} of its ${count(rowStarts.length)} rows ${bad === 1 ? "holds" : "hold"} bytes that are not ` +
    `UTF-8 (${bad === 1 ? "row" : "rows"} ${rows}; such as "${mixed.example.slice(0, QUOTED_CHARS)}"): those ` +
    `bytes are read as ${mixed.page}, the rest of the file as UTF-8.`
  );
}

/**
 * decodeCsv's text, with a note saying so where a file mostly UTF-8 holds bytes that are not: those
 * bytes are read by a code page, the rest as UTF-8 (corpus round fm, D4, real: Brazil's Proinfância
 * works, UTF-8 names and statuses beside one Latin-1 field a row, `obra conclu\xEDda` — read whole as
 * Windows-1250, every `Concluída` a `ConcluĂ­da`, in messages and in the tracker `new --from` wrote).
 */
export function csvText(bytes: Buffer): CsvText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  // A file whose bytes are all UTF-8 is, with U+FFFD written in it by an export that lost a character
  // (a helper's round, real: Science Foundation Ireland's grants, read as Windows-1252 for two such
  // names: `ï»¿Proposal ID`, `Patrickâ€™s`, and --map "Proposal ID=…" refused). (Told on the bytes by
  // Node's own check, before any text is made: a file in a code page is never read whole as UTF-8
  // only to be read again.)
  const marked = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = marked ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { text: body.toString("utf8") };
  const scan = scanUtf8(body);
  // More characters written in UTF-8 than bytes that are not: a UTF-8 file with a few fields in a code
  // page, each read as written. A file in one code page holds UTF-8's sequences only by chance (`ŁÓŹ`
  // in Windows-1250 is `Ł` and a Cyrillic letter to UTF-8), far fewer than its other accented bytes.
  // A byte-order mark says UTF-8 however few its characters, as Excel reads it: its bytes that are not
  // are read as mixed too, never as `�` (`Associa��o`, in messages and in the tracker new --from wrote).
  if (marked || scan.multiByte > scan.invalid) return mixedText(body, scan);
  return { text: singleByte(bytes) };
}

/** A file in one code page: Windows-1252, unless its bytes say Big5, or its letters Windows-1251, 1250 or Mac Roman. */
function singleByte(bytes: Buffer): string {
  if (isBig5(bytes)) return new TextDecoder("big5").decode(bytes);
  if (isWindows1251(bytes)) return new TextDecoder("windows-1251").decode(bytes);
  // Node's "windows-1252" decoder is ISO-8859-1 since 20.18.3 (nodejs/node#56542, #60888; measured on
  // 20.20.2: 0x80 gave U+0080, not €): the 32 characters where the two differ are put right by hand. Real: a French city's
  // grants, every `12 350 €` unreadable, summed to $0.
  const windows = bytes
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] || c);
  // Excel for Mac's CSV is Mac Roman: its ’ read as Windows-1252 is `Õ` inside a word, its é an `Ž`
  // (a helper's round, real: New York City's awards, `Children’s Aid Society` split in two partners;
  // a tumour foundation's grants, every dash an `Ð`). Where Mac Roman reads fewer such letters, it is.
  // Central Europe's Windows-1250 read as 1252 puts signs inside Polish words (`G£ÓWNY URZ¥D`,
  // `MIASTO £ÓD\x8F`): where they stand between letters, it is 1250 (a helper's round, real: Poland's
  // cohesion-fund beneficiaries, every name garbled). Czech and Hungarian letters come out as other
  // letters (`Mìsto Plzeò`, `Gyõr`): told by where they stand (centralLetters).
  if (signsInWords(windows) >= 2 || centralLetters(windows)) return new TextDecoder("windows-1250").decode(bytes);
  const odd = oddCapitals(windows);
  if (odd === 0) return windows;
  const mac = bytes.toString("latin1").replace(/[\u0080-\u00ff]/g, (c) => MAC_ROMAN_HIGH[c.charCodeAt(0) - 0x80]);
  return oddCapitals(mac) < odd ? mac : windows;
}

/** Where a file's bytes are not UTF-8 (scanUtf8). */
interface Utf8Scan {
  /** How many bytes are not UTF-8, and the offsets of the first FIRST_INVALID of them, in order. */
  readonly invalid: number;
  readonly firstInvalid: number[];
  /** Characters written in UTF-8 with two bytes or more. */
  readonly multiByte: number;
}

/**
 * The offsets of bytes that are not UTF-8 a scan keeps at most: enough for the words mixedText reads
 * (WORDS_READ), and no more — a file wholly in a code page has millions, and keeping each made reading
 * a 100 MB Latin-1 file 16% slower and 150 MB larger than telling its code page took before.
 */
const FIRST_INVALID = 1 << 17;

/**
 * The bytes of `bytes` that are not UTF-8, counted: each byte that starts no well-formed sequence (a
 * stray continuation, a lead byte whose sequence is cut or overlong, a surrogate) is one; a well-formed
 * sequence is a character. One pass, ASCII passed over.
 */
function scanUtf8(bytes: Buffer): Utf8Scan {
  const firstInvalid: number[] = [];
  let invalid = 0;
  let multiByte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
      continue;
    }
    if (invalid++ < FIRST_INVALID) firstInvalid.push(i);
    i++;
  }
  return { invalid, firstInvalid, multiByte };
}

/** The length of the well-formed UTF-8 sequence at `i` (a byte 0x80 or above), 0 where none starts. */
function sequenceAt(bytes: Buffer, i: number): number {
  const c = bytes[i];
  const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
  if (more === 0 || i + more >= bytes.length) return 0;
  const second = bytes[i + 1];
  // The second byte's range narrows after E0 (no overlong), ED (no surrogate), F0 and F4.
  const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k <= more; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return more + 1;
}

/** A code page's characters for the bytes 0x80–0xFF, each as UTF-8's bytes. */
interface CodePage {
  readonly name: string;
  readonly utf8: readonly Buffer[];
}

function codePage(name: string, high: readonly string[]): CodePage {
  return { name, utf8: high.map((c) => Buffer.from(c, "utf8")) };
}

/**
 * `bytes` as UTF-8, each of its `invalid` bytes that are not (scanUtf8's count) read by `page`: the
 * spans between copied as they are, and the whole read as UTF-8 once. Found again as it goes, rather
 * than kept by the scan: they may be millions. `at`, when given, gets where each stands in the text.
 */
function readMixed(bytes: Buffer, invalid: number, page: CodePage, at?: Uint32Array): string {
  const out = Buffer.allocUnsafe(bytes.length + 2 * invalid);
  const n = bytes.length;
  let o = 0;
  let from = 0;
  let i = 0;
  // The bytes read so far beyond their characters' UTF-16 units (a byte's offset less these is its
  // character's; a code page's character is one unit, as its byte is one byte).
  let beyond = 0;
  let k = 0;
  while (i < n) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      beyond += length === 4 ? 2 : length - 1;
      i += length;
      continue;
    }
    if (at) at[k++] = i - beyond;
    // (A short span copied byte by byte: a call to copy each costs more, a million times over.)
    if (i - from < 64) for (let k = from; k < i; k++) out[o++] = bytes[k];
    else o += bytes.copy(out, o, from, i);
    for (const b of page.utf8[bytes[i] - 0x80]) out[o++] = b;
    from = ++i;
  }
  o += bytes.copy(out, o, from);
  return out.toString("utf8", 0, o);
}

/** A byte that ends a word, for the words holding bytes that are not UTF-8 (spaces and separators). */
function endsWord(c: number): boolean {
  return c === 32 || c === 44 || c === 59 || c === 9 || c === 124 || c === 34 || c === 10 || c === 13;
}

/**
 * A file mostly UTF-8: its UTF-8 as it is, its other bytes read by the code page their words say —
 * Windows-1252, or 1250 or Mac Roman as singleByte tells them, on those words alone (with the spaces
 * or separators either side, which its tests read); and where those bytes stand, for the note (mixedNote).
 */
function mixedText(bytes: Buffer, scan: Utf8Scan): CsvText {
  const gathered = Buffer.allocUnsafe(WORDS_READ + 2);
  let w = 0;
  let end = -1;
  for (const at of scan.firstInvalid) {
    if (at < end) continue;
    let from = at;
    while (from > 0 && !endsWord(bytes[from - 1])) from--;
    end = at + 1;
    while (end < bytes.length && !endsWord(bytes[end])) end++;
    const span = Math.min(bytes.length, end + 1) - Math.max(0, from - 1);
    if (w + span > WORDS_READ) break;
    w += bytes.copy(gathered, w, Math.max(0, from - 1), Math.min(bytes.length, end + 1));
    gathered[w++] = 10;
  }
  const words = gathered.subarray(0, w);
  const wordsInvalid = scanUtf8(words).invalid;
  const windows = readMixed(words, wordsInvalid, WINDOWS_1252);
  let page = WINDOWS_1252;
  let sample = windows;
  if (signsInWords(windows) >= 2 || centralLetters(windows)) page = WINDOWS_1250;
  else {
    const odd = oddCapitals(windows);
    const mac = odd > 0 ? readMixed(words, wordsInvalid, MAC_ROMAN) : "";
    if (odd > 0 && oddCapitals(mac) < odd) page = MAC_ROMAN;
  }
  if (page !== WINDOWS_1252) sample = readMixed(words, wordsInvalid, page);
  // (The first word with what it was gathered with stripped: the byte before a row's first word is the
  // line break that ends the row above, a line of its own in the sample.)
  let example = "";
  for (const word of sample.slice(0, 4 * QUOTED_CHARS).split("\n")) {
    example = word.replace(/^[\s,;|"]+|[\s,;|"]+$/g, "");
    if (example !== "") break;
  }
  const at = new Uint32Array(scan.invalid);
  return { text: readMixed(bytes, scan.invalid, page, at), mixed: { page: page.name, example, at } };
}

/** The bytes of words holding bytes that are not UTF-8 read at most to tell their code page (mixedText). */
const WORDS_READ = 1 << 20;

/**
 * Windows-1250's letters as Windows-1252 shows them, between two letters (not `£m`, `m³`): `£` Ł, `¥` Ą, `³` ł, `¹` ą,
 * `¿` ż, `¯` Ż, `¾` ľ, `¼` Ľ, `\x8f` Ź, `\x8d` Ť, `\x9d` ť — signs no word holds.
 */
function signsInWords(text: string): number {
  return text.match(/(?<=\p{L})[£¥³¹¿¯¾¼\u008d\u008f\u009d](?=\p{L})/gu)?.length ?? 0;
}

/**
 * Czech and Hungarian letters of Windows-1250 as Windows-1252 shows them, where only they stand: `ì` (ě)
 * or `ù` (ů) inside a word (Italian's stand at a word's end: `più`, `così`), `ø` (ř) or `è` (č) before a
 * vowel (`pøi`, `Èeská`; Nordic `ø` comes before consonants and `y`: `Bjørn`, `Høyre`), `õ` (ő) before a
 * letter other than `e` (`Gyõr`; Portuguese writes `-ões`). Three at least, and twice as many as the
 * letters that say Windows-1252 (`à` ending a word, `ñ`, `ã`, `å`, `æ`), which 1250 would garble.
 */
function centralLetters(text: string): boolean {
  // (`õ` small only: Excel for Mac's ’ is a capital `Õ` to 1252, `ChildrenÕs`.)
  const central =
    (text.match(/(?<=\p{L})[ìù](?=\p{L})|[øè](?=[aeiouáéíóú])/giu)?.length ?? 0) +
    (text.match(/õ(?=[a-df-zá-ý])/gu)?.length ?? 0);
  if (central < 3) return false;
  const western = text.match(/à(?!\p{L})|[ñãåæ]/giu)?.length ?? 0;
  return central > 2 * western;
}

/**
 * Capital letters outside ASCII where no text has them: right after a small letter (`ChildrenÕs`,
 * `CafŽ`), or alone between spaces (` Ð `) — what a file read in the wrong code page shows.
 */
function oddCapitals(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/(?<=[a-z])\p{Lu}|(?<= )\p{Lu}(?= )/gu)) if (m[0].charCodeAt(0) > 0x7f) n++;
  return n;
}

/** Mac Roman's characters for the bytes 0x80–0xFF (Excel for Mac's CSV code page). */
const MAC_ROMAN_HIGH: readonly string[] = [
  ..."ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ",
];

/** Windows-1252's characters for the bytes 0x80–0x9F ("" where it has none: the byte stays as it is). */
const WINDOWS_1252_HIGH: readonly string[] = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"].map(
  (c) => (c.charCodeAt(0) >= 0x80 && c.charCodeAt(0) <= 0x9f ? "" : c),
);

/** The code pages a file mostly UTF-8 reads its other bytes by (mixedText). */
const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k));
const WINDOWS_1252: CodePage = codePage(
  "Windows-1252",
  [...HIGH_BYTES.toString("latin1")].map((c, k) => (k < 32 && WINDOWS_1252_HIGH[k]) || c),
);
const WINDOWS_1250: CodePage = codePage("Windows-1250", [...new TextDecoder("windows-1250").decode(HIGH_BYTES)]);
const MAC_ROMAN: CodePage = codePage("Mac Roman", MAC_ROMAN_HIGH);
