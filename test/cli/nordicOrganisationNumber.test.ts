import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * Norway's registers give each organisation's number (`orgnr`, `Organisasjonsnummer`) beside its name
 * (corpus round kp, real: the 2023 farm subsidies, `ANDERS KOMMEDAL` on two rows with two `orgnr` — two
 * enterprises — read as "one partner with several rows"; the Research Council's EU grants, `TELLU AS`
 * under two numbers). As a charity or company number does, two numbers under one name ask which.
 * Invented farms and numbers in that layout.
 */
const REGISTER =
  "komnr;navn;orgnr;sum_tilskudd\n" +
  "1122;KARI NORDMANN;900000021;18000\n" +
  "1122;KARI NORDMANN;900000022;8100\n" +
  "0101;EKSEMPEL GÅRD AS;900000011;1200\n" +
  "0105;PRØVEBRUKET SA;900000012;300\n";

describe("a Norwegian register's orgnr", () => {
  it("tells one name under two organisation numbers apart from one partner on several rows", async () => {
    const dir = tempDir("orgnr");
    fs.writeFileSync(path.join(dir, "register.csv"), REGISTER);
    const said = (await runMain(["check", "register.csv"], dir)).stdout.replace(/\s+/g, " ");
    expect(said).toContain(
      'navn "KARI NORDMANN" is on 2 rows (2, 3) where orgnr differs (900000021 on row 2, 900000022 on row 3): ' +
        "two organisations under one name, or an identifier to correct?",
    );
  });
});
