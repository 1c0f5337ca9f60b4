/**
 * Whether a CSV file that is not UTF-8 is in Windows-1251, the code page Excel on a Russian, Ukrainian,
 * Belarusian, Bulgarian, Serbian or Kazakh Windows saves CSV in (corpus round io D1, real: Russia's
 * subsidies to regions for air-ambulance flights, `Республика Алтай` read as Windows-1252 and quoted as
 * `Ðåñïóáëèêà Àëòàé` in every message, every partner's name so garbled). Asked by csvEncoding.ts's
 * singleByte before its Western and Central European code pages: Ukrainian `і`, `ї`, `є` are `³`, `¿`,
 * `º` to Windows-1252, the very signs its Windows-1250 test looks for between letters.
 */

/** The bytes read at most to tell: a file's first mebibyte says its code page as well as all of it. */
const BYTES_READ = 1 << 20;

/** Letters of the Cyrillic alphabet a word must hold at least, none of them ASCII, to count as Cyrillic. */
const CYRILLIC_WORD = 3;

/**
 * Windows-1251's letters among the bytes 0x80–0xFF (1 for a letter): А–я at 0xC0–0xFF, and Ё, Є, Ї, І,
 * Ґ, Ў and Serbian and Macedonian Ђ, Љ, Њ, Ћ, Џ … scattered below. Taken from the decoder, not restated.
 */
const LETTER = (() => {
  const letters = new Uint8Array(256);
  const high = new TextDecoder("windows-1251").decode(Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k)));
  for (let k = 0; k < 128; k++) if (/\p{L}/u.test(high[k])) letters[0x80 + k] = 1;
  return letters;
})();

/**
 * Whether `bytes` (a file's, not UTF-8) are Windows-1251: their words of non-ASCII letters stand alone,
 * three letters or more (`Республика`), where a Western or Central European code page's accented letters
 * stand inside words of ASCII ones (`Città`, `Høyskolen`, `GŁÓWNY`). Two such words at least, and more
 * than twice the words that mix the two (a Latin name in a Cyrillic list, `Excel-файл`, is one).
 * (Greek's Windows-1253 writes whole words of high bytes too; it is garbled either way and not told.)
 */
export function isWindows1251(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, BYTES_READ);
  let cyrillic = 0;
  let mixed = 0;
  let high = 0;
  let ascii = 0;
  // (One pass over bytes, no text made: a file in a code page may be 100 MB.)
  for (let i = 0; i <= n; i++) {
    const c = i < n ? bytes[i] : 0x20;
    if (c >= 0x80 && LETTER[c] === 1) {
      high++;
      continue;
    }
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      ascii++;
      continue;
    }
    if (high >= CYRILLIC_WORD && ascii === 0) cyrillic++;
    else if (high > 0 && ascii > 0) mixed++;
    high = 0;
    ascii = 0;
  }
  return cyrillic >= 2 && cyrillic > 2 * mixed;
}
