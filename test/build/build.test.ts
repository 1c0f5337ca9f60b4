import * as fs from "fs";
import * as path from "path";
import { copyProject, removeDir, ROOT, runBin } from "./projectCopy";

/**
 * `npm test` builds before jest, so dist/ is the real production build. These tests read it, and
 * break a copy of the sources to prove the build refuses bad code.
 */
const dist = (f: string) => path.join(ROOT, "dist", f);

describe("the production build", () => {
  it("emits the task pane page, the scripts and functions.json generated from the JSDoc", () => {
    for (const f of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "commands.js",
      "manifest.xml",
      "assets/icon-80.png",
    ]) {
      expect(fs.existsSync(dist(f))).toBe(true);
    }
    const metadata = JSON.parse(fs.readFileSync(dist("functions.json"), "utf8"));
    const source = fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");
    const tagged = source.match(/@customfunction/g)?.length ?? 0;
    expect(tagged).toBeGreaterThan(0);
    expect(metadata.functions).toHaveLength(tagged);
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z.]+$/);
      expect(f.description.length).toBeGreaterThan(10);
    }
  });

  it("registers every custom function from the page itself, carrying the checking core once", () => {
    // In the shared runtime Excel loads the page, not functions.js (manifest: Runtime Taskpane.Url), so
    // the page's own scripts must associate every function; functions.js stays whole for hosts without it.
    const metadata = JSON.parse(fs.readFileSync(dist("functions.json"), "utf8")) as { functions: { id: string }[] };
    const html = fs.readFileSync(dist("taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*?\bsrc=["']?([^"'\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    const onPage = scripts.map((src) => fs.readFileSync(dist(src.replace(/^\.?\//, "")), "utf8")).join("\n");
    const alone = fs.readFileSync(dist("functions.js"), "utf8");
    for (const { id } of metadata.functions) {
      const associated = new RegExp(`associate\\(\\s*["']${id.replace(/\./g, "\\.")}["']`, "g");
      expect([id, onPage.match(associated)?.length ?? 0]).toEqual([id, 1]);
      expect([id, alone.match(associated)?.length ?? 0]).toEqual([id, 1]);
    }
    expect(scripts).not.toContain("functions.js");
  });

  it("loads office.js from Microsoft's CDN and ships no source maps", () => {
    const html = fs.readFileSync(dist("taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(fs.readdirSync(path.join(ROOT, "dist")).filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(fs.readFileSync(dist("taskpane.js"), "utf8")).not.toContain("sourceMappingURL");
  });

  describe("refuses broken sources", () => {
    let dir: string;
    beforeEach(() => {
      dir = copyProject();
    });
    afterEach(() => removeDir(dir));

    it("fails on a type error", () => {
      const file = path.join(dir, "src", "functions", "functions.ts");
      fs.appendFileSync(file, '\nexport const broken: number = "not a number";\n');
      const run = runBin(dir, "webpack", ["--mode", "production"]);
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/TS2322|not assignable to type 'number'/);
    });

    it("fails on a malformed @customfunction tag", () => {
      const file = path.join(dir, "src", "functions", "functions.ts");
      fs.appendFileSync(
        file,
        "\n/**\n * Broken.\n * @customfunction\n * @param lookup A map.\n */\nexport function broken(lookup: Map<string, string>): number {\n  return lookup.size;\n}\n",
      );
      const run = runBin(dir, "webpack", ["--mode", "production"]);
      expect(run.status).not.toBe(0);
      expect(run.stdout + run.stderr).toMatch(/not supported|Invalid|type/i);
    });
  });
});
