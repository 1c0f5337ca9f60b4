import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A staff chart listing one person twice, once with the email address cut short (corpus round kp D6,
 * real: a university department's chart, `J.Brennan6@lse.ac.u` on one row and `…@lse.ac.uk` on the other,
 * asked "two people of one name?"). Invented people in its layout.
 */
function chart(second: string, secondDepartment = "Summer"): string {
  return (
    "id,name,parentId,positionName,Department,Email\n" +
    "1,Ada Lovelace,,Director,SLT,ada@example.ac.uk\n" +
    `2,Sam Example,1,"Programme Assistant, Programmes",Programmes,S.Example6@example.ac.uk\n` +
    "3,Grace Hopper,1,Learning Technologist,Programmes,grace@example.ac.uk\n" +
    `4,Sam Example,3,Programme Assistant Programmes,${secondDepartment},${second}\n`
  );
}

async function checkSaid(text: string): Promise<string> {
  const dir = tempDir("mailbox");
  fs.writeFileSync(path.join(dir, "chart.csv"), text);
  return (await runMain(["check", "chart.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("a staff chart's person on two rows", () => {
  it("is one person when the second email is the first cut short", async () => {
    const said = await checkSaid(chart("S.Example6@example.ac.u"));
    expect(said).toContain('Email is "S.Example6@example.ac.u" — expected an email address');
    expect(said).toContain('name "Sam Example" is on 2 rows (3, 5): the Leadership tab lists each person once');
    expect(said).not.toContain("two people of one name");
  });

  it("is one person when both rows give one address, whatever their departments", async () => {
    const said = await checkSaid(chart("s.example6@example.ac.uk"));
    expect(said).toContain('name "Sam Example" is on 2 rows (3, 5): the Leadership tab lists each person once');
    expect(said).not.toContain("two people of one name");
  });

  it("is still asked about as two people when the addresses are two", async () => {
    const said = await checkSaid(chart("sam.example@other.example.org"));
    expect(said).toContain("where Email differs");
    expect(said).toContain("two people of one name?");
  });
});
