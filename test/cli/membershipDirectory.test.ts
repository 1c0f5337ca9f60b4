import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A membership directory: the bodies taking part in each joint arrangement between municipalities
 * (corpus round kp D8, real: a Dutch province's `Deelnemer, Gemeenschappelijke regeling, Postcode, Plaats,
 * Provincie`, exit 3 "name a Partner column"). Invented places in that layout; `Proefdorp` is listed twice
 * in one arrangement, as the real file lists a member under each of an arrangement's two addresses.
 */
const DIRECTORY =
  "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\n" +
  "Voorbeeldstad,Afvalschap Voorbeeld,1000 AA,Voorbeeldstad,Provincie Voorbeeld\n" +
  "Proefdorp,Afvalschap Voorbeeld,1000 AA,Voorbeeldstad,Provincie Voorbeeld\n" +
  "Proefdorp,Afvalschap Voorbeeld,1000 AB,Voorbeeldstad,Provincie Voorbeeld\n" +
  "Proefdorp,Veiligheidsregio Proef,2000 BB,Proefdorp,Provincie Voorbeeld\n" +
  "Waterschap Voorbeeld,Veiligheidsregio Proef,2000 BB,Proefdorp,Provincie Voorbeeld\n" +
  "Voorbeeldstad,Veiligheidsregio Proef,2000 BB,Proefdorp,Provincie Voorbeeld\n";

async function check(text: string): Promise<{ code: number; said: string }> {
  const dir = tempDir("members");
  fs.writeFileSync(path.join(dir, "deelnemers.csv"), text);
  const { code, stdout } = await runMain(["check", "deelnemers.csv"], dir);
  return { code, said: stdout.replace(/\s+/g, " ") };
}

describe("a joint arrangements' directory of participants", () => {
  it("is checked as Partners: each participant in each arrangement it takes part in", async () => {
    const { code, said } = await check(DIRECTORY);
    expect(code).toBe(0);
    expect(said).toContain("Deelnemer → Partner · Gemeenschappelijke regeling → Initiative ID");
    // A member in two arrangements is no repeat; one listed twice in one arrangement is.
    expect(said).toContain(
      'Deelnemer "Proefdorp" with Gemeenschappelijke regeling "Afvalschap Voorbeeld" is on 2 rows',
    );
    expect(said).not.toContain('"Voorbeeldstad" with');
  });

  it("asks whether a repeated member is two organisations, not two people", async () => {
    const { said } = await check(DIRECTORY);
    expect(said).toContain("If these are different organisations, tell them apart by name.");
    expect(said).not.toMatch(/different people|middle initial/);
  });

  it("takes a member organisation's header as the Partner beside another Partners column", async () => {
    const { code, said } = await check(
      "Member organisation,Initiative,Contact email\n" +
        "Voorbeeld Food Bank,FOOD-01,info@example.org\n" +
        "Proef Housing Trust,FOOD-01,office@example.org\n",
    );
    expect(code).toBe(0);
    expect(said).toContain("Member organisation → Partner");
  });

  it("reads an organisation beside a participant as the partner", async () => {
    const { said } = await check(
      "Deelnemer,Organisatie,Initiative\n" +
        "Jan Jansen,Voorbeeld Food Bank,FOOD-01\n" +
        "Piet Pieters,Proef Trust,FOOD-01\n",
    );
    expect(said).toContain("Organisatie → Partner");
    expect(said).not.toContain("Deelnemer → Partner");
  });
});
