#!/usr/bin/env node
/*
 * `partnership-tracker` (npx partnership-tracker …): runs the command line in src/cli.
 *
 * The TypeScript sources are compiled into build/cli (gitignored) the first time, and again for
 * any source newer than its compiled file, so a fresh clone, a `git pull` or an edit never runs
 * stale code. Transpiling only (no type check: `npm run typecheck` does that) takes about a second
 * and cannot be broken by a type error elsewhere. `npm run build:cli` does the same with a full
 * type-checked `tsc` build.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "build", "cli");
const entry = path.join(outDir, "src", "cli", "index.js");
const SOURCE_DIRS = ["src/cli", "src/core", "src/schema", "src/model"];

function sources() {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) found.push(p);
    }
  };
  for (const d of SOURCE_DIRS) walk(path.join(root, d));
  return found;
}

function outputOf(source) {
  return path.join(outDir, path.relative(root, source)).replace(/\.ts$/, ".js");
}

function isStale(source) {
  try {
    return fs.statSync(outputOf(source)).mtimeMs < fs.statSync(source).mtimeMs;
  } catch {
    return true;
  }
}

function compile(files) {
  let ts;
  try {
    ts = require("typescript");
  } catch {
    return false;
  }
  const options = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    sourceMap: false,
  };
  for (const file of files) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: options,
      fileName: file,
    });
    const out = outputOf(file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // Write then rename, so two commands starting at once never read a half-written file.
    const temp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(temp, outputText);
    fs.renameSync(temp, out);
  }
  return true;
}

const stale = sources().filter(isStale);
if (stale.length > 0 && !compile(stale) && !fs.existsSync(entry)) {
  process.stderr.write("partnership-tracker: TypeScript is not installed. Run `npm ci` in the project first.\n");
  process.exit(2);
}
require(entry)
  .run()
  .catch((err) => {
    process.stderr.write(`${(err && err.stack) || err}\n`);
    process.exitCode = 2;
  });
