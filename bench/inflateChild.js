/*
 * The floor for bench/cli.bench.ts: `node inflateChild.js <file.xlsx>` opens the package with
 * yauzl, as the reader does, and inflates the first sheet's XML in the reader's 256 KB chunks,
 * keeping nothing and decoding nothing. Measured as a whole process, like the reader beside it,
 * so both pay Node's start-up and the package's opening: "the time to merely decompress the
 * sheet XML" (issue 13), measured the same way as the work it is a floor for.
 */
"use strict";
const yauzl = require("yauzl");
const zlib = require("zlib");

const SHEET = "xl/worksheets/sheet1.xml";

yauzl.open(process.argv[2], { lazyEntries: true }, (err, zip) => {
  if (err) throw err;
  zip.on("entry", (entry) => {
    if (entry.fileName !== SHEET) return zip.readEntry();
    zip.openReadStream(entry, { decodeFileData: false }, (openErr, raw) => {
      if (openErr) throw openErr;
      let bytes = 0;
      raw
        .pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 }))
        .on("data", (chunk) => (bytes += chunk.length))
        .on("end", () => {
          zip.close();
          process.stdout.write(`${bytes} bytes inflated`);
        });
    });
  });
  zip.on("end", () => {});
  zip.readEntry();
});
