import * as fs from "fs";
import * as path from "path";
import { DOOR_WORDING, DOORS, inDoorWords, phrase, type Door, type PhraseKey } from "../../src/core";
import { SUMMARY_WORDS } from "../../src/core/doorWording";

/**
 * The core says how to make a mapping in the functions' words; the command line and the task pane put
 * in their own, all from one table (src/core/doorWording.ts). Every phrase the core writes — read from
 * the core's sources, not listed here — must come out in each door's words, so a phrase cannot be given
 * to one door and forgotten in the other.
 */

const CORE = path.join(__dirname, "../../src/core");

/** The core's sources (src/core, every folder), without comments, a message split over `…` + `…` joined. */
function coreSources(): { file: string; text: string }[] {
  const files = (fs.readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  return files.map((file) => ({
    file,
    text: fs
      .readFileSync(path.join(CORE, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|\s)\/\/.*$/gm, "$1")
      .replace(/(["`])\s*\+\s*\1/g, "")
      .replace(/\\`/g, "`"),
  }));
}

/** Where each door's user makes the mapping, as that door passes it (the CLI: a sheet's --map prefix). */
const AT: Readonly<Record<Door, string>> = { functions: "", cli: "y2016!", pane: "below" };

const KEYS = Object.keys(DOOR_WORDING) as PhraseKey[];

/** The phrase `key` as the core writes it, with the table's example parts. */
function said(key: PhraseKey): string {
  const { example } = DOOR_WORDING[key];
  return (phrase as (k: PhraseKey, ...parts: readonly string[]) => string)(key, ...example);
}

describe("one table of each door's words for making a mapping", () => {
  it("holds every phrase the core writes, and only those", () => {
    const written = new Set(
      coreSources().flatMap(({ text }) => [...text.matchAll(/\bphrase\(\s*"(\w+)"/g)].map((m) => m[1])),
    );
    expect([...written].sort()).toEqual([...KEYS].sort());
  });

  it("is the only way the core writes them: no core message spells one out by hand", () => {
    for (const key of KEYS) {
      // The phrase's own words (its longest stretch between parts), as a message would spell them.
      const { example } = DOOR_WORDING[key];
      const pieces = example.length === 0 ? [said(key)] : said(key).split(new RegExp(example.map(escaped).join("|")));
      const words = pieces.reduce((a, b) => (b.length > a.length ? b : a));
      expect(words.length).toBeGreaterThan(4);
      const spelled = coreSources()
        .filter(({ file, text }) => file !== "doorWording.ts" && text.includes(words))
        .map(({ file }) => `${key} in ${file}`);
      expect(spelled).toEqual([]);
    }
  });

  describe.each(KEYS)("%s", (key) => {
    const { example, found } = DOOR_WORDING[key];
    const core = said(key);
    const message = `Something is off: ${core} Then check again.`;

    it("is found in a message as the core writes it, with its parts, and the functions say it as written", () => {
      expect([...message.matchAll(new RegExp(found.source, "g"))].map((m) => m.slice(1))).toEqual([[...example]]);
      expect(inDoorWords(message, "functions")).toBe(message);
    });

    it.each(DOORS.filter((d) => d !== "functions"))(
      "the %s says it in its own words, none of the functions' left",
      (door) => {
        const said = inDoorWords(message, door, AT[door]);
        expect(said).toMatch(/^Something is off: .+ Then check again\.$/);
        expect(said).not.toContain(core);
        expect(new RegExp(found.source).test(said)).toBe(false);
        expect(said).not.toMatch(/`mapping`|\[#All\]|the range/);
        // Where this door's user makes the mapping: an option on the command line, a place in the pane.
        if (door === "cli") expect(said).toMatch(/--[a-z]/);
        else expect(said).toContain(` ${AT.pane}`);
        // Each door's words are its own: the command line's options are never the pane's, nor the other way.
        if (door === "pane") expect(said).not.toContain("--");
        // An option is typed as given: a row number without the thousands' comma a message writes it with.
        if (door === "cli") expect(said).not.toMatch(/--header-row \d+,/);
      },
    );
  });

  it("the command line's summary notes give a row past 999 as an option is typed", () => {
    expect(SUMMARY_WORDS.cli.headerRow("1,234")).toBe("--header-row 1234");
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
