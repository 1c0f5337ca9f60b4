/**
 * Whether a CSV file that is not UTF-8 is in Big5 (code page 950), the code page Excel on a Windows set
 * for Taiwan or Hong Kong saves CSV in, and Taipei's open-data portal publishes its CSVs in (real: Taipei
 * City's industry grant recipients, `data.taipei` via `LEO0331/taipei-civic-groups-map`
 * `data/raw/industry-grant-recipients/industry-grant-recipients.csv`: read as Windows-1250, every header
 * and company name garbled, `獲補助年度` quoted as `Ŕň¸É§U¦~«×`, and the sheet refused as having no header
 * row). Asked by csvEncoding.ts's singleByte before the Cyrillic and European code pages: a Big5 file's
 * characters are two bytes, lead 0x81–0xFE and trail 0x40–0x7E or 0xA1–0xFE.
 */

/** The bytes read at most to tell: a file's first mebibyte says its code page as well as all of it. */
const BYTES_READ = 1 << 20;

/** Two-byte characters a file must hold at least to be told Big5. */
const PAIRS = 8;

/**
 * Whether `bytes` (a file's, not UTF-8) are Big5: every byte outside ASCII a lead byte whose trail
 * follows, and Big5's two halves of trail bytes both well used — a trail in 0x40–0x7E (an ASCII letter
 * or sign) on a tenth of its characters at least, and one outside ASCII on a tenth at least. A Western
 * file whose accented letters stand before ASCII letters (`Grünau`, `Straße`) pairs like Big5 but its
 * trails are all ASCII; Windows-1251's or GB2312's words of letters outside ASCII pair with no ASCII
 * trail; and a French `é` or Spanish `á` that ends a word has no trail at all.
 */
export function isBig5(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, BYTES_READ);
  let pairs = 0;
  let asciiTrail = 0;
  // (One pass over bytes, no text made. Where the file is longer than what is read, the pair cut by the
  // end of it is not asked.)
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c < 0x80) continue;
    if (c === 0x80 || c === 0xff) return false;
    if (i + 1 >= n) return n < bytes.length ? pairs >= PAIRS && spread(pairs, asciiTrail) : false;
    const t = bytes[++i];
    if (t >= 0x40 && t <= 0x7e) asciiTrail++;
    else if (t < 0xa1 || t === 0xff) return false;
    pairs++;
  }
  return pairs >= PAIRS && spread(pairs, asciiTrail);
}

function spread(pairs: number, asciiTrail: number): boolean {
  return 10 * asciiTrail >= pairs && 10 * (pairs - asciiTrail) >= pairs;
}
