#!/usr/bin/env node
/*
 * Offline manifest validation (`npm run validate [-- path/to/manifest.xml]`):
 *  1. xmllint against Microsoft's XSDs in ../shared/schemas/manifest (element order, types);
 *  2. every resid="…" resolves to a resource id in <Resources>, and no resource id is defined twice;
 *  3. every icon the manifest names on the dev host exists in assets/.
 * `office-addin-manifest validate` posts the manifest to an online service, so it is kept as the
 * separate `validate:online` script for release machines.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const manifestPath = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const schemaDir = process.env.MANIFEST_SCHEMA_DIR || path.resolve(root, "..", "shared", "schemas", "manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

const problems = [];

function schemaCheck() {
  if (!fs.existsSync(schema)) {
    problems.push(`schema not found at ${schema} (set MANIFEST_SCHEMA_DIR, or keep ../shared beside the repo)`);
    return;
  }
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, manifestPath], { stdio: "pipe" });
  } catch (err) {
    if (err.code === "ENOENT") {
      problems.push("xmllint is not installed: apt-get install libxml2-utils (scripts/setup.sh does it)");
    } else {
      problems.push(`schema validation failed:\n${String(err.stderr || err.message).trim()}`);
    }
  }
}

function residCheck(xml) {
  const defined = new Map();
  const resources = xml.match(/<Resources>[\s\S]*<\/Resources>/);
  for (const m of (resources ? resources[0] : "").matchAll(/\bid="([^"]+)"/g)) {
    defined.set(m[1], (defined.get(m[1]) || 0) + 1);
  }
  for (const [id, count] of defined) {
    if (count > 1) problems.push(`resource id "${id}" is defined ${count} times`);
  }
  for (const m of xml.matchAll(/\bresid="([^"]*)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid "${m[1]}" does not resolve to any resource in <Resources>`);
  }
}

function assetCheck(xml) {
  for (const m of xml.matchAll(/"https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) {
    if (!fs.existsSync(path.join(root, m[1]))) problems.push(`${m[1]} is named in the manifest but missing`);
  }
}

if (!fs.existsSync(manifestPath)) {
  console.error(`Manifest not found: ${manifestPath}`);
  process.exit(1);
}
const xml = fs.readFileSync(manifestPath, "utf8");
schemaCheck();
residCheck(xml);
assetCheck(xml);

const name = path.relative(process.cwd(), manifestPath) || manifestPath;
if (problems.length) {
  console.error(`${name}: INVALID`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${name}: valid (schema, resids, icons)`);
