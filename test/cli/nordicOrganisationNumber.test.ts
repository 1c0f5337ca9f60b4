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

/**
 * Corpus round kp D3 (real: Norway's price subsidies to industry, `orgnr;navn;ft_egg;…;t_prisnedkorn`; invented
 * names and figures): no column names an amount, so no row is a header row (SPEC: the key column and one more
 * tracker column) — but its `orgnr` says the names are organisations', and the message asked whether they were
 * people or organisations.
 */
const INDUSTRY =
  "orgnr;navn;ft_egg;ft_slakt;t_prisnedkorn\n" +
  "900000001;EKSEMPEL MØLLE AS;;;1 234 567\n" +
  "900000002;PRØVE SLAKTERI AS;;418 852;\n" +
  "900000004;DEMO EGG AS;7 100;;\n";

describe("a register's names beside their organisation numbers, and nothing else the tracker knows", () => {
  it("is read as organisations: the message says to map the names as Partner, and where its figures are", async () => {
    const dir = tempDir("orgnr");
    fs.writeFileSync(path.join(dir, "industry.csv"), INDUSTRY);
    const { code, stdout } = await runMain(["check", "industry.csv"], dir);
    const said = stdout.replace(/\s+/g, " ");
    expect(code).toBe(3);
    expect(said).toContain(
      "No Partners header row: row 1 has orgnr, navn, ft_egg, ft_slakt, t_prisnedkorn — navn names organisations " +
        "(orgnr beside it is an organisation's number), but no other Partners column: map navn to Partner (--tab " +
        'and --map). Its figures are in "ft_egg", "ft_slakt", "t_prisnedkorn": map the one that is Committed.',
    );
    expect(said).not.toContain("people or organisations");
    expect(said).toContain('--tab Partners --map "navn=Partner"');
  });
});
