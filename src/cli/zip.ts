import { inflateRawSync } from "zlib";

/**
 * Just enough of the ZIP format to read an .xlsx: the central directory, stored and deflated
 * entries. Reading the parts directly (rather than through a spreadsheet library's object model)
 * lets `check` read 100k-row sheets quickly and see what a library hides: tables, the raw cell
 * values Excel hands to functions, and what kind of file a non-zip input really is.
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

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

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
  return new NotAZipError("this is not an .xlsx workbook (it is not a zip package)", "other");
}

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly buf: Buffer) {
    if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL_SIGNATURE) throw sniffNonZip(buf);
    const eocd = this.findEndOfCentralDirectory();
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
        throw new NotAZipError("the .xlsx package is damaged (bad central directory)", "other");
      }
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
      this.entries.set(name, { name, method, compressedSize, size, localOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEndOfCentralDirectory(): number {
    const { buf } = this;
    const stop = Math.max(0, buf.length - 22 - 0xffff);
    for (let p = buf.length - 22; p >= stop; p--) {
      if (buf.readUInt32LE(p) === EOCD_SIGNATURE) return p;
    }
    throw new NotAZipError("the .xlsx package is damaged or truncated (no zip directory)", "other");
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or undefined if there is no such entry. */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const { buf } = this;
    const p = entry.localOffset;
    if (buf.readUInt32LE(p) !== LOCAL_SIGNATURE) {
      throw new NotAZipError(`the .xlsx package is damaged (entry ${name})`, "other");
    }
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method === 8) {
      try {
        return inflateRawSync(data);
      } catch {
        throw new NotAZipError(`the .xlsx package is damaged (${name} cannot be decompressed)`, "other");
      }
    }
    throw new NotAZipError(`the .xlsx package uses an unsupported compression (${entry.method})`, "other");
  }

  text(name: string): string | undefined {
    return this.read(name)?.toString("utf8");
  }
}
