import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeFileSafely } from "../../src/cli/safeWrite";
import { ROOT, tempDir } from "./helpers";

/**
 * `new` writes through writeFileSafely: a planted symlink is never followed, a replaced file keeps
 * its permissions, and a full disk (a failed write, or the process's file size limit) leaves the
 * previous file whole and nothing else behind.
 */
const BIN = path.join(ROOT, "bin", "partnership-tracker.js");
/** The fs module itself (the `import * as` view above is read-only), for spying on its calls. */
const nodeFs = require("fs") as typeof fs;

describe("writing a file safely", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir("safe-write");
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("never follows a symlink planted at its temporary name, and never reuses that name", () => {
    const victim = path.join(dir, "victim.txt");
    fs.writeFileSync(victim, "precious");
    const target = path.join(dir, "tracker.xlsx");
    const planted = path.join(dir, ".tracker.xlsx.planted.tmp");
    fs.symlinkSync(victim, planted);
    const names = [planted, path.join(dir, ".tracker.xlsx.second.tmp")];
    writeFileSafely(target, Buffer.from("new workbook"), { replace: true, tempName: () => names.shift() as string });
    expect(fs.readFileSync(victim, "utf8")).toBe("precious");
    expect(fs.readlinkSync(planted)).toBe(victim);
    expect(fs.readFileSync(target, "utf8")).toBe("new workbook");

    // If every name it tries is taken, it gives up without writing anything.
    fs.rmSync(target);
    expect(() => writeFileSafely(target, Buffer.from("x"), { replace: true, tempName: () => planted })).toThrow(
      expect.objectContaining({ code: "EEXIST" }),
    );
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readFileSync(victim, "utf8")).toBe("precious");
  });

  it("picks a different, unpredictable temporary name each time", () => {
    const seen = new Set<string>();
    const spy = jest.spyOn(nodeFs, "openSync");
    for (let i = 0; i < 3; i++) writeFileSafely(path.join(dir, "t.xlsx"), Buffer.from("x"), { replace: true });
    for (const [p] of spy.mock.calls) seen.add(String(p));
    expect(seen.size).toBe(3);
    for (const name of seen) expect(path.basename(name)).toMatch(/^\.t\.xlsx\.[0-9a-f]{24}\.tmp$/);
  });

  it("keeps the permissions of the file it replaces, and gives a new file the umask's", () => {
    const target = path.join(dir, "private.xlsx");
    fs.writeFileSync(target, "old");
    fs.chmodSync(target, 0o600);
    writeFileSafely(target, Buffer.from("new"), { replace: true });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(target, "utf8")).toBe("new");

    const umask = process.umask();
    for (const replace of [true, false]) {
      const fresh = path.join(dir, `fresh-${replace}.xlsx`);
      writeFileSafely(fresh, Buffer.from("x"), { replace });
      expect(fs.statSync(fresh).mode & 0o777).toBe(0o666 & ~umask); // never world-writable by default
    }
  });

  it.each([true, false])(
    "on a failed write (disk full) leaves the previous state and no file behind (replace: %s)",
    (replace) => {
      const target = path.join(dir, "tracker.xlsx");
      if (replace) fs.writeFileSync(target, "old workbook");
      jest.spyOn(nodeFs, "writeSync").mockImplementation(() => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      });
      expect(() => writeFileSafely(target, Buffer.alloc(10_000), { replace })).toThrow(
        expect.objectContaining({ code: "ENOSPC" }),
      );
      expect(fs.readdirSync(dir)).toEqual(replace ? ["tracker.xlsx"] : []);
      if (replace) expect(fs.readFileSync(target, "utf8")).toBe("old workbook");
    },
  );

  it("does not replace a file without replace, even one that appeared after the check", () => {
    const target = path.join(dir, "tracker.xlsx");
    fs.writeFileSync(target, "theirs");
    expect(() => writeFileSafely(target, Buffer.from("ours"), { replace: false })).toThrow(
      expect.objectContaining({ code: "EEXIST" }),
    );
    expect(fs.readFileSync(target, "utf8")).toBe("theirs");
    expect(fs.readdirSync(dir)).toEqual(["tracker.xlsx"]);
  });
});

describe("new on a full disk (a file size limit: ulimit -f)", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("full-disk");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The command with writes capped at 8 KB; SIGXFSZ ignored, so a write fails with EFBIG as on a full disk. */
  function limited(args: string[]) {
    const command = `trap '' XFSZ; ulimit -f 8; exec "$0" "$@"`;
    const r = spawnSync("bash", ["-c", command, process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8" });
    return { code: r.status, stderr: r.stderr };
  }

  it("keeps the old tracker whole with --force, leaves no partial file without it, and the next new works", () => {
    const file = path.join(dir, "tracker.xlsx");
    expect(spawnSync(process.execPath, [BIN, "new", "tracker.xlsx"], { cwd: dir }).status).toBe(0);
    const before = fs.readFileSync(file);
    expect(before.length).toBeGreaterThan(8 * 1024); // so the limit bites

    const forced = limited(["new", "tracker.xlsx", "--sample", "--force"]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/Cannot write tracker\.xlsx: .*size.* The existing file was left as it was\./);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["tracker.xlsx"]);

    const fresh = limited(["new", "other.xlsx"]);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/Cannot write other\.xlsx: .* No file was written\./);
    expect(fs.readdirSync(dir)).toEqual(["tracker.xlsx"]);
    // Nothing left behind blocks the next attempt.
    expect(spawnSync(process.execPath, [BIN, "new", "other.xlsx"], { cwd: dir }).status).toBe(0);
  });
});
