import * as fs from "fs";
import type { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import * as zlib from "zlib";
import * as yauzl from "yauzl";

/**
 * The .xlsx package (a zip file) through yauzl: it reads the central directory from a file
 * descriptor or a buffer, checks every entry's name and sizes, and inflates one part at a time
 * as a stream, so a sheet is never held whole in memory. What this module adds: plain messages for
 * files that are not zip packages at all (`sniffNonZip`), and caps that refuse a zip bomb before
 * and while it inflates.
 */
export class NotAZipError extends Error {
  constructor(
    message: string,
    readonly kind: "encrypted" | "ole" | "empty" | "other",
  ) {
    super(message);
    this.name = "NotAZipError";
  }
}

/** A part larger, or more compressed, than a real workbook's: refused, never inflated. */
export class PackageLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageLimitError";
  }
}

/** A part that is listed but cannot be read back (damaged, encrypted, unknown compression). */
export class DamagedPartError extends Error {
  constructor(
    message: string,
    readonly part: string,
  ) {
    super(message);
    this.name = "DamagedPartError";
  }
}

/**
 * Caps on what one package may make us inflate. A sheet of Excel's full 1,048,576 rows × 17
 * filled columns is about 650 MB of XML, under the part cap. Real parts compress 5–30:1; a zip
 * bomb compresses about 1000:1 (deflate's limit), so a ratio cap catches one before it inflates.
 * Apache POI's ZipSecureFile guards the same way (a minimum inflate ratio, a maximum entry size),
 * with a grace size (16 MB, under a second to stream) below which small, very regular parts pass.
 */
export const LIMITS = {
  maxPartBytes: 1024 * 1024 * 1024,
  maxRatio: 250,
  ratioGraceBytes: 16 * 1024 * 1024,
  maxEntries: 10_000,
};

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Inflated bytes per chunk handed to the parser. */
const INFLATE_CHUNK = 256 * 1024;
/** Bytes of a non-zip file read to tell what it is (an encrypted workbook names its stream early). */
const SNIFF_BYTES = 16 * 1024 * 1024;

/** What a file that is not a zip most likely is, for a message a person can act on. */
export function sniffNonZip(buf: Buffer): NotAZipError {
  if (buf.length === 0) return new NotAZipError("the file is empty", "empty");
  if (buf.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // Excel saves a password-protected workbook as an OLE container holding "EncryptedPackage".
    if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      return new NotAZipError(
        "the workbook is password-protected: save an unprotected copy and check that",
        "encrypted",
      );
    }
    return new NotAZipError(
      "this is an old-format (.xls) or password-protected workbook, not an .xlsx: save it as .xlsx (Excel Workbook) first",
      "ole",
    );
  }
  // Markup: a portal's table saved as a web page under a spreadsheet's name (a helper's round: India's
  // MPLADS works, `.xls` holding `<div><table>`; renaming it .csv, as this message said, read `<div>` as
  // a header), or Excel 2003's XML spreadsheet. Excel opens both; saved again, they are .xlsx.
  const head = buf
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("<")) {
    const what = /urn:schemas-microsoft-com:office:spreadsheet/i.test(head)
      ? "an Excel 2003 XML spreadsheet"
      : /<(?:!doctype\s+html|html|table|div|body)\b/i.test(head)
        ? "a web page (HTML) with a spreadsheet's name, as portals export their tables"
        : undefined;
    if (what !== undefined) {
      return new NotAZipError(
        `this is ${what}, not an .xlsx workbook: open it in Excel, save it as .xlsx (Excel Workbook), and check that`,
        "other",
      );
    }
  }
  return new NotAZipError(
    "this is not an .xlsx workbook (it is not a zip package); a CSV file is read as one when its name ends in .csv, .tsv or .txt",
    "other",
  );
}

function damaged(err: unknown): NotAZipError {
  const why = err instanceof Error ? err.message : String(err);
  return new NotAZipError(`the .xlsx package is damaged or truncated (${why})`, "other");
}

const MB = (n: number) =>
  n < 1e6 ? `${Math.ceil(n / 1e3).toLocaleString("en-US")} KB` : `${Math.round(n / 1e6).toLocaleString("en-US")} MB`;

export class ZipPackage {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  /** Opens a package held in memory. */
  static async fromBuffer(buf: Buffer): Promise<ZipPackage> {
    if (buf.length < 4 || !buf.subarray(0, 4).equals(ZIP_SIGNATURE)) throw sniffNonZip(buf);
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(buf, { lazyEntries: true }, (err, z) => (err ? reject(damaged(err)) : resolve(z))),
    );
    return ZipPackage.list(zip);
  }

  /** Opens a package from an open file descriptor (of a regular file); closes it when done. */
  static async fromFd(fd: number): Promise<ZipPackage> {
    const head = Buffer.alloc(4);
    const got = fs.readSync(fd, head, 0, 4, 0);
    if (got < 4 || !head.equals(ZIP_SIGNATURE)) {
      const buf = Buffer.alloc(Math.min(SNIFF_BYTES, fs.fstatSync(fd).size));
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      fs.closeSync(fd);
      throw sniffNonZip(buf.subarray(0, n));
    }
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromFd(fd, { lazyEntries: true, autoClose: false }, (err, z) => {
        if (err) {
          fs.closeSync(fd);
          reject(damaged(err));
        } else resolve(z);
      }),
    );
    return ZipPackage.list(zip);
  }

  private static list(zip: yauzl.ZipFile): Promise<ZipPackage> {
    if (zip.entryCount > LIMITS.maxEntries) {
      zip.close();
      return Promise.reject(
        new PackageLimitError(
          `the package holds ${zip.entryCount.toLocaleString("en-US")} parts, more than the ${LIMITS.maxEntries.toLocaleString("en-US")} this tool reads`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const entries = new Map<string, yauzl.Entry>();
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on("end", () => resolve(new ZipPackage(zip, entries)));
      zip.on("error", (err) => {
        zip.close();
        reject(damaged(err));
      });
      zip.readEntry();
    });
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Refuses a part too large or too compressed to be a real workbook's, before inflating it. */
  private checkLimits(entry: yauzl.Entry): void {
    const { uncompressedSize: size, compressedSize: packed, fileName: name } = entry;
    if (size > LIMITS.maxPartBytes) {
      throw new PackageLimitError(
        `the part ${name} would inflate to ${MB(size)}, more than the ${MB(LIMITS.maxPartBytes)} this tool reads: split the workbook into several files`,
      );
    }
    if (size > LIMITS.ratioGraceBytes && size > packed * LIMITS.maxRatio) {
      throw new PackageLimitError(
        `the part ${name} would inflate from ${MB(packed)} to ${MB(size)} (over ${LIMITS.maxRatio}:1): ` +
          `no real workbook compresses that much, so it was not read (a "zip bomb")`,
      );
    }
  }

  /**
   * Streams a part's text to `onText`, chunk by chunk (UTF-8 decoded across chunk borders).
   * Returns false if the package has no such part. If `onText` throws, reading stops and the
   * promise rejects with that error.
   */
  async stream(name: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry) return false;
    this.checkLimits(entry);
    if (entry.isEncrypted()) throw new DamagedPartError(`the part ${name} is encrypted`, name);
    if (!entry.canDecodeFileData()) {
      throw new DamagedPartError(`the part ${name} uses an unsupported compression (${entry.compressionMethod})`, name);
    }
    // The raw bytes from yauzl, inflated here with large output chunks: zlib's default 16 KB
    // chunks cost one thread-pool round trip each, which left the reader idle a third of the time.
    const raw = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, { decodeFileData: false }, (err, s) =>
        err
          ? reject(new DamagedPartError(`the part ${name} is damaged and cannot be read (${err.message})`, name))
          : resolve(s),
      ),
    );
    const inflate = entry.compressionMethod === 8 ? zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }) : undefined;
    const source = inflate ? raw.pipe(inflate) : raw;
    const decoder = new StringDecoder("utf8");
    const declared = entry.uncompressedSize;
    let inflated = 0;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        raw.unpipe();
        raw.destroy();
        inflate?.destroy();
        reject(err);
      };
      const broken = (why: string) =>
        new DamagedPartError(`the part ${name} is damaged and cannot be decompressed (${why})`, name);
      source.on("data", (chunk: Buffer) => {
        if (failed) return;
        inflated += chunk.length;
        // The directory's size was checked against the caps; a part may not outgrow it.
        if (inflated > declared)
          return fail(
            broken(`it holds more than the ${declared.toLocaleString("en-US")} bytes its directory entry declares`),
          );
        try {
          onText(decoder.write(chunk));
        } catch (err) {
          fail(err);
        }
      });
      raw.on("error", (err: Error) => fail(broken(err.message)));
      inflate?.on("error", (err: Error) => fail(broken(err.message)));
      source.on("end", () => {
        if (failed) return;
        if (inflated !== declared)
          return fail(
            broken(`it ends after ${inflated.toLocaleString("en-US")} of ${declared.toLocaleString("en-US")} bytes`),
          );
        try {
          const rest = decoder.end();
          if (rest) onText(rest);
          resolve();
        } catch (err) {
          fail(err);
        }
      });
    });
    return true;
  }
}
