import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * An org chart as chart tools export it heads each person's job `positionName` (corpus round kp D2, real:
 * a university department's chart, `id, name, parentId, positionName, Department, Email, Info` — the
 * titles, "Director, Extended Education", listed under "Ignored"). Invented people in that layout.
 */
const CHART =
  "id,name,parentId,positionName,Department,Email\n" +
  '1,Ada Lovelace,,"Director, Extended Learning",SLT,ada@example.org\n' +
  "2,Alan Turing,1,Head of Digital Operations,Tech,alan@example.org\n" +
  "3,Grace Hopper,2,Programme Manager,Tech,grace@example.org\n";

async function checkSaid(header: string): Promise<string> {
  const dir = tempDir("position");
  fs.writeFileSync(path.join(dir, "chart.csv"), CHART.replace("positionName", header));
  return (await runMain(["check", "chart.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("a staff list's position name", () => {
  it("is read as the person's Title, camel case or spaced", async () => {
    for (const header of ["positionName", "Position Name", "position_name"]) {
      const said = await checkSaid(header);
      expect(said).toContain(`${header} → Title`);
      expect(said).not.toMatch(new RegExp(`Ignored:[^:]*${header}`));
    }
  });
});
