import * as fs from "fs";
import * as path from "path";

/** ../shared/SPEC.md, the product contract the tests pin user-visible names against. */
export const SPEC_PATH = path.resolve(__dirname, "..", "..", "shared", "SPEC.md");

export function readSpec(): string {
  return fs.readFileSync(SPEC_PATH, "utf8");
}

/** The column entries of a tab's section ("### Partners — …"), joined across wrapped lines. */
export function specColumnEntries(tab: string): string[] {
  const spec = readSpec();
  const start = spec.indexOf(`### ${tab} —`);
  if (start < 0) throw new Error(`SPEC.md has no section for ${tab}`);
  const body = spec.slice(spec.indexOf("\n", start) + 1);
  const paragraph = body.slice(0, body.search(/\n\s*\n|\n###/)).replace(/\s*\n\s*/g, " ");
  // Split on the middle dots that separate columns, but not inside parentheses.
  const entries: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of paragraph) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "·" && depth === 0) {
      entries.push(current.trim());
      current = "";
    } else current += ch;
  }
  entries.push(current.trim());
  return entries.filter(Boolean);
}

export function entryName(entry: string): string {
  const i = entry.indexOf(" (");
  return (i < 0 ? entry : entry.slice(0, i)).trim();
}

export function entryParenthetical(entry: string): string | undefined {
  const m = entry.match(/\((.*)\)\s*$/);
  return m ? m[1] : undefined;
}
