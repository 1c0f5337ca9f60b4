import * as fs from "fs";
import * as path from "path";
import { runMain, runOnFile, tempDir } from "./helpers";

/**
 * Corpus round kp D4 (real: Norway's price subsidies to industry; invented names and figures, its layout):
 * with `t_prisnedkorn` mapped as Committed, the partners paid in the register's other subsidy columns
 * (`ft_egg`, `ft_korn`, `ft_slakt`, `t_korn`: headers that name no amount) were asked "declined or not
 * yet decided?" — all 38 of them, 191,133,801 on their rows, the columns never named.
 */
async function summarySaid(text: string, ...options: string[]): Promise<string> {
  const dir = tempDir("unheaded");
  fs.writeFileSync(path.join(dir, "register.csv"), text);
  const maps = ["--tab", "Partners", "--map", "navn=Partner", "--map", "t_prisnedkorn=Committed"];
  return (await runMain(["summary", "register.csv", ...maps, ...options], dir)).stdout.replace(/\s+/g, " ");
}

const REGISTER =
  "\ufefforgnr;navn;ft_egg;ft_korn;ft_slakt;t_korn;t_prisnedkorn\r\n" +
  "900000001;EKSEMPEL MØLLE AS;;;;;1 234 567\r\n" +
  "900000002;PRØVE SLAKTERI AS;;;418 852;;\r\n" +
  "900000003;TEST KORNSILO SA;;55 000;;12 500;\r\n" +
  "900000004;DEMO EGG AS;7 100;;;;\r\n" +
  "900000005;ANNEN MØLLE AS;;3 000;;;98 765\r\n";

describe("partners with no money in Committed, paid in columns whose headers name no amount", () => {
  it("says their money is in those columns, each with its sum, and asks none whether it was declined", async () => {
    // (ANNEN MØLLE's 3 000 in `ft_korn` taken out: no other partner has a figure there.)
    const said = await summarySaid(REGISTER.replace(";;3 000;;;98 765", ";;;;;98 765"));
    expect(said).toMatch(/Total 5 1,333,332 —/);
    expect(said).toContain(
      "Note: 3 of the 5 partners named have nothing above 0 in Committed on any of their rows, but figures " +
        'beside it under headers that name no amount (such as PRØVE SLAKTERI AS, 418,852 in "ft_slakt"): their ' +
        'money is there, not declined — 493,452 on their rows, in "ft_slakt" (418,852), "ft_korn" (55,000), ' +
        '"t_korn" (12,500) and "ft_egg" (7,100), in no total here (--map "ft_slakt=Committed" sums one instead). ' +
        "Partners with money in Committed: 2.",
    );
    expect(said).not.toContain("declined or not yet decided");
  });

  it("says what the same columns hold on the paid partners' rows too, each figure once", async () => {
    // Round mw (the kp register: its 32 paid partners' 56,180,874 in `ft_korn` and `t_korn`, in no total
    // and said nowhere): a user summing Committed is told the sheet holds more beside it.
    const said = await summarySaid(REGISTER + "900000006;TREDJE MØLLE AS;;;;1 500;20 000\r\n");
    expect(said).toMatch(/Total 6 1,353,332 —/);
    expect(said).toContain(
      "their money is there, not declined — 493,452 on their rows, and 4,500 on other partners' rows: " +
        '497,952 in "ft_slakt" (418,852), "ft_korn" (58,000), "t_korn" (14,000) and "ft_egg" (7,100), in no ' +
        'total here (--map "ft_slakt=Committed" sums one instead). Partners with money in Committed: 3.',
    );
  });

  it("still asks about the partners with no figure anywhere, counting the others apart", async () => {
    const more = REGISTER + "900000006;UTEN TILSKUDD AS;;;;;\r\n" + "900000007;INGEN PENGER SA;;;;;0\r\n";
    const said = await summarySaid(more);
    expect(said).toContain(
      "Note: 3 of the 7 partners named have nothing above 0 in Committed on any of their rows, but",
    );
    expect(said).toContain(
      "Note: 2 of the 7 partners named have nothing above 0 in Committed on any of their rows (such as UTEN " +
        "TILSKUDD AS): counted as partners here — declined or not yet decided? Partners with money: 2, and 3 more " +
        "with figures only beside it (said above).",
    );
  });

  it("reads no organisation number, postcode, count, share or year as their money", async () => {
    const said = await summarySaid(
      "orgnr;navn;postnr;antall_ansatte;andel (%);aar;t_prisnedkorn\r\n" +
        "900000001;EKSEMPEL MØLLE AS;0150;120;12,5;2019;1 234 567\r\n" +
        "900000002;PRØVE SLAKTERI AS;3001;340;33,3;2019;\r\n" +
        "900000003;TEST KORNSILO SA;7010;55;40,5;2019;\r\n" +
        "900000004;DEMO EGG AS;9008;710;7,25;2019;\r\n",
    );
    expect(said).toContain("3 of the 4 partners named have nothing above 0 in Committed");
    expect(said).toContain("declined or not yet decided?");
    expect(said).not.toContain("under headers that name no amount");
  });

  it("names a column filled on the paid partners' rows alone (paid out where Committed is) with the others", async () => {
    // rb's brief: `utbetalt`, a figure on each row paid in Committed and none elsewhere, was read as a
    // capacity every paid partner has, and unnamed while the note named `ft_korn` beside it.
    const said = await summarySaid(
      "orgnr;navn;ft_korn;utbetalt;t_prisnedkorn\r\n" +
        "900000001;EKSEMPEL MØLLE AS;;20 000;25 000\r\n" +
        "900000002;ANNEN MØLLE AS;;12 000;12 000\r\n" +
        "900000003;TREDJE MØLLE AS;;8 000;8 000\r\n" +
        "900000004;PRØVE SLAKTERI AS;5 000;;\r\n" +
        "900000005;TEST KORNSILO SA;;;\r\n",
    );
    expect(said).toContain(
      "its money is there, not declined — 5,000 on its rows, and 40,000 on other partners' rows: 45,000 in " +
        '"ft_korn" (5,000) and "utbetalt" (40,000), in no total here (--map "ft_korn=Committed" sums one instead).',
    );
    // (Paid out on some of those rows alone: no capacity either way, named all the same.)
    const some = await summarySaid(
      "orgnr;navn;ft_korn;utbetalt;t_prisnedkorn\r\n" +
        "900000001;EKSEMPEL MØLLE AS;;20 000;25 000\r\n" +
        "900000002;ANNEN MØLLE AS;;;12 000\r\n" +
        "900000003;TREDJE MØLLE AS;;8 000;8 000\r\n" +
        "900000004;PRØVE SLAKTERI AS;5 000;;\r\n" +
        "900000005;TEST KORNSILO SA;;;\r\n",
    );
    expect(some).toContain('33,000 in "ft_korn" (5,000) and "utbetalt" (28,000), in no total here');
  });

  it("reads no figure every partner paid in Committed has too (a capacity) as the others' money", async () => {
    const said = await summarySaid(
      "navn;kapasitet;t_prisnedkorn\r\n" +
        "EKSEMPEL MØLLE AS;250;25 000\r\n" +
        "ANNEN MØLLE AS;400;12 000\r\n" +
        "TREDJE MØLLE AS;120;8 000\r\n" +
        "PRØVE SLAKTERI AS;300;\r\n" +
        "TEST KORNSILO SA;90;\r\n",
    );
    expect(said).toContain("2 of the 5 partners named have nothing above 0 in Committed");
    expect(said).toContain("declined or not yet decided?");
    expect(said).not.toContain("kapasitet");
  });
});

/**
 * Round mw (dm's leftover of corpus round kp D4): the figure-column filter read every whole figure from
 * 1900 to 2100 as a year, one value at a time, so a column of small subsidies holding 2,000 and 2,015 was
 * left out as years. A column is years when its figures are, every one.
 */
describe("a column of figures some of which look like years", () => {
  it("reads amounts that hold 2 000 and 2 015 as money, not as years", async () => {
    const said = await summarySaid(
      "orgnr;navn;ft_korn;t_prisnedkorn\r\n" +
        "900000001;EKSEMPEL MØLLE AS;;25 000\r\n" +
        "900000002;ANNEN MØLLE AS;;12 000\r\n" +
        "900000003;PRØVE SLAKTERI AS;2 000;\r\n" +
        "900000004;TEST KORNSILO SA;2 015;\r\n" +
        "900000005;DEMO EGG AS;1 500;\r\n",
    );
    expect(said).toContain('their money is there, not declined — 5,515 on their rows, in "ft_korn", in no total here');
    expect(said).not.toContain("declined or not yet decided");
  });

  it("reads a column of years (a year founded) as no money", async () => {
    const said = await summarySaid(
      "orgnr;navn;etablert;t_prisnedkorn\r\n" +
        "900000001;EKSEMPEL MØLLE AS;1987;25 000\r\n" +
        "900000002;ANNEN MØLLE AS;2003;12 000\r\n" +
        "900000003;PRØVE SLAKTERI AS;2019;\r\n" +
        "900000004;TEST KORNSILO SA;1995;\r\n" +
        "900000005;DEMO EGG AS;2000;\r\n",
    );
    expect(said).toContain("3 of the 5 partners named have nothing above 0 in Committed");
    expect(said).toContain("declined or not yet decided?");
    expect(said).not.toContain("etablert");
  });
});

/**
 * rb's brief (an Italian list of grants, invented names and figures, its layout): `Quota a)` + `Quota b)`
 * add up to `Contributo spettante` (Committed) on every row. Their headers name no amount, so they were
 * no total's parts: said nowhere, or — where a partner unpaid in Committed has a figure beside it — as
 * more money "in no total here". They are Committed's parts, and said so.
 */
describe("columns whose headers name no amount, adding up to Committed", () => {
  const LIST =
    "Beneficiario;Comune;Anticipo;Quota a);Quota b);Contributo spettante\r\n" +
    "Associazione Alfa;Roma;;1000;500;1500\r\n" +
    "Cooperativa Beta;Milano;;2000;1200;3200\r\n" +
    "Fondazione Gamma;Torino;;750;250;1000\r\n" +
    "Circolo Delta;Napoli;300;;;\r\n" +
    "Comitato Epsilon;Bari;;;;0\r\n";

  it("are said as Committed's parts, not as money beside it", async () => {
    const { said } = await runOnFile("contributi.csv", LIST, ["summary"]);
    expect(said).toContain(
      'Note: "Quota a)" and "Quota b)" add up to Committed on every row: its parts, not more money.',
    );
    expect(said).toContain('its money is there, not declined — 300 on its rows, in "Anticipo", in no total here');
    expect(said).not.toMatch(/"Quota [ab]\)" \(/);
  });
});
