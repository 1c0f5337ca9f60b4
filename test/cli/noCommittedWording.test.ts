import * as fs from "fs";
import * as path from "path";
import { summary } from "../../src/functions/functions";
import { paneWording } from "../../src/taskpane/wording";
import { runMain, tempDir } from "./helpers";

/**
 * A list of partners with no Committed column, summed (mw's leftover, real: a Dutch register of joint
 * arrangements' members, `summary` told "The range has no Committed column — include it with its
 * header"). "The range" is what a formula is given; the command line and the pane read a sheet, and
 * say so. Invented members, the layout of such a list.
 */
const MEMBERS = [
  ["Regeling", "Deelnemer", "Soort"],
  ["Veiligheidsregio Noord", "Gemeente Aaberg", "Gemeente"],
  ["Veiligheidsregio Noord", "Gemeente Beekveld", "Gemeente"],
  ["Omgevingsdienst Zuid", "Provincie Zuid", "Provincie"],
];

describe("a partners list with no Committed column, summed", () => {
  it("the command line says the sheet has none, and how to map it", async () => {
    const dir = tempDir("no-committed");
    fs.writeFileSync(path.join(dir, "deelnemers.csv"), MEMBERS.map((r) => r.join(",")).join("\n") + "\n");
    const run = await runMain(["summary", "deelnemers.csv", "--tab", "Partners", "--map", "Deelnemer=Partner"], dir);
    expect(run.code).toBe(3);
    const said = run.stderr.replace(/\s+/g, " ");
    expect(said).toContain(
      "The sheet has no Committed column — add one, or map the column that holds it (--tab and --map).",
    );
    expect(said).not.toContain("range");
  });

  it("SUMMARY says the range, the pane the sheet", () => {
    let message = "";
    try {
      summary(MEMBERS, undefined, [["Deelnemer", "Partner"]]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(
      "The range has no Committed column — include it with its header, or map it (the `mapping` argument).",
    );
    expect(paneWording(message, "above")).toContain(
      "The sheet has no Committed column — add one, or map the column that holds it above.",
    );
  });
});
