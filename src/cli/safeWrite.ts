import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";

/**
 * Writes a file so that a failure never costs the user a file and nobody else can redirect the
 * write: the bytes go to a temporary file in the target's folder, created exclusively
 * (O_CREAT|O_EXCL, and O_NOFOLLOW: a planted symlink is never followed) under a random name, are
 * flushed to disk, and only then take the target's name. On any failure — a full disk, a file
 * size limit, a permission — the temporary file is removed and the previous file is untouched.
 */

export interface SafeWriteOptions {
  /** Replace an existing file (keeping its permissions); otherwise an existing file is an EEXIST error. */
  readonly replace: boolean;
  /** The temporary file's name (tests plant a symlink at it); by default unpredictable. */
  readonly tempName?: (target: string) => string;
}

const ATTEMPTS = 5;
const CHUNK = 1024 * 1024;

function randomTempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(12).toString("hex")}.tmp`);
}

/** Creates the temporary file exclusively, with a fresh name if one is taken. */
function createTemp(target: string, mode: number, name: (target: string) => string): { fd: number; temp: string } {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  for (let attempt = 1; ; attempt++) {
    const temp = name(target);
    try {
      return { fd: fs.openSync(temp, flags, mode), temp };
    } catch (err) {
      // EEXIST: the name is taken (by chance, or by a planted file or link): never reuse it.
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= ATTEMPTS) throw err;
    }
  }
}

function writeAll(fd: number, data: Buffer): void {
  for (let at = 0; at < data.length;) at += fs.writeSync(fd, data, at, Math.min(CHUNK, data.length - at));
  fs.fsyncSync(fd);
}

/** Gives the finished temporary file the target's name without ever replacing a file that appeared meanwhile. */
function placeNew(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target); // fails with EEXIST, atomically, if the target exists
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw err;
    // A file system without hard links: reserve the name exclusively, then rename over the reservation.
    fs.closeSync(fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL));
    try {
      fs.renameSync(temp, target);
      return;
    } catch (renameErr) {
      fs.rmSync(target, { force: true });
      throw renameErr;
    }
  }
  fs.rmSync(temp, { force: true });
}

export function writeFileSafely(target: string, data: Buffer, options: SafeWriteOptions): void {
  let kept: number | undefined; // the replaced file's permissions
  if (options.replace) {
    try {
      const existing = fs.statSync(target);
      if (existing.isFile()) kept = existing.mode & 0o7777; // keep a 600 file 600
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  } else if (fs.existsSync(target)) {
    throw Object.assign(new Error(`${target} already exists`), { code: "EEXIST" });
  }
  // A new file gets 666 less the umask, as any file would; a replacement exactly the old mode.
  const { fd, temp } = createTemp(target, kept ?? 0o666, options.tempName ?? randomTempName);
  let placed = false;
  try {
    try {
      if (kept !== undefined) fs.fchmodSync(fd, kept); // open() applied the umask to it
      writeAll(fd, data);
    } finally {
      fs.closeSync(fd);
    }
    if (options.replace)
      fs.renameSync(temp, target); // atomic: the old file stays whole until now
    else placeNew(temp, target);
    placed = true;
  } finally {
    if (!placed) fs.rmSync(temp, { force: true });
  }
}
