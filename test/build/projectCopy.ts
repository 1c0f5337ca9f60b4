import { execFileSync, spawnSync, type SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

/**
 * A throwaway copy of the project's sources (node_modules linked, not copied) so a test can break a
 * file and run the real build or linter on it without touching the working tree.
 */
export function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partners-build-"));
  for (const entry of [
    "src",
    "assets",
    "scripts",
    "manifest.xml",
    "package.json",
    "tsconfig.json",
    "webpack.config.js",
    "eslint.config.js",
    ".prettierrc.json",
  ]) {
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export function runBin(dir: string, bin: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", bin), args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export { execFileSync };
