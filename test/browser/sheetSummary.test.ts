import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CORPUS_FIXTURES } from "../fixtures/real/fixtures";
import { paneSeedOf } from "../fixtures/real/paneSeed";
import { createTracker, openPane, readSheetInUse, ROOT, screenshot, usePaneHarness } from "./harness";

/**
 * "Use an existing sheet" on a Partners sheet shows its summary, as the command line's `summary` gives
 * it (one behaviour, three doors): the same partners, Committed and Received, and the same notes — a
 * currency assumed, years summed together, no Received column — in the pane's words, never an option
 * of the command line.
 */
const pane = usePaneHarness();

/** A fixture whose `summary` says four notes, one naming a --map. */
const FIXTURE = "maryland_grants";

/** The command line's summary of the fixture: its Total row's figures and its notes. */
async function cliSummary(): Promise<{ figures: string[]; notes: string[] }> {
  const fixture = CORPUS_FIXTURES.find((f) => f.name === FIXTURE);
  if (!fixture) throw new Error(`no fixture ${FIXTURE}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheet-summary-"));
  const file = path.join(dir, `${FIXTURE}.xlsx`);
  fs.writeFileSync(file, await fixture.build());
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "partnership-tracker.js"), "summary", file], {
    encoding: "utf8",
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = run.stdout.split("\n");
  // `Total   7   $2,669,713   —`: the label, then Partners, Committed and Received.
  const total = (lines.find((l) => l.startsWith("Total")) ?? "").trim().split(/\s{2,}/);
  const notes = lines.filter((l) => l.startsWith("Note: ")).map((l) => l.slice("Note: ".length));
  return { figures: total.slice(1), notes };
}

/**
 * A note of the command line's in the pane's words: its --map is a column set in the mapping above, and a
 * --map with a unit (`Committed (£)`), a choice the editor does not offer, is left unsaid.
 */
function inPaneWords(note: string): string {
  return note
    .replace(/, as does --map "[^"=]*=[^"]*\([^")]*\)"/g, "")
    .replace(/--map "([^"=]*)=([^"]*)"/g, '"$1" set to $2 above')
    .replace(/`check`/g, "Check");
}

describe("a Partners sheet's summary in Use an existing sheet", () => {
  for (const width of [320, 450]) {
    it(`says the figures and notes summary says, in the pane's words, at ${width} px`, async () => {
      const cli = await cliSummary();
      expect(cli.notes.length).toBeGreaterThanOrEqual(3);
      expect(cli.notes.some((n) => n.includes("--map"))).toBe(true);

      const sheets = await paneSeedOf(FIXTURE);
      const { page, problems } = await openPane(pane, sheets, width);
      await createTracker(page);
      await readSheetInUse(page, sheets[0].name);
      const summary = page.locator("#sheet-summary");
      await summary.waitFor({ timeout: 20000 });

      expect(await summary.locator("dt").allInnerTexts()).toEqual(["Partners", "Committed", "Received"]);
      expect(await summary.locator("dd").allInnerTexts()).toEqual(cli.figures);
      // The pane shows the Total alone: the command line's "No Sector column: only the Total row." explains
      // a table of groups it does not show.
      expect(await summary.locator("li").allInnerTexts()).toEqual(
        cli.notes.filter((n) => !/^No \w+ column: only the Total row\.$/.test(n)).map(inPaneWords),
      );
      const text = await summary.innerText();
      expect(text).not.toMatch(/--(map|tab|header-row|sheet)\b/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await summary.scrollIntoViewIfNeeded();
      await screenshot(page, `use-sheet-summary-${width}`);
      expect(problems).toEqual([]);
    });
  }
});
