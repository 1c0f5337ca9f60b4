import * as fs from "fs";
import * as path from "path";
import { decodeCsv } from "../../src/cli/csvEncoding";
import { runMain, tempDir } from "./helpers";

/**
 * A CSV saved by Excel on a Russian, Ukrainian, Bulgarian or Serbian Windows is in Windows-1251 (corpus
 * round io D1, real: Russia's subsidies to regions, no header row, `;`, `Республика Алтай` quoted as
 * `Ðåñïóáëèêà Àëòàé`). Invented names and amounts, the layout of that file.
 */

const cp1251 = (text: string) => {
  const table = new TextDecoder("windows-1251").decode(Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k)));
  return Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x80 + table.indexOf(c))));
};

describe("a Windows-1251 CSV", () => {
  it("reads Russian, Ukrainian and Serbian names as written, not as Windows-1252 or 1250", () => {
    const russian = "Северная область;1250000\nРеспублика Озёрная;980000\nХанты-Лесной автономный округ;455500\n";
    // Ukrainian `і`, `ї`, `є` are `³`, `¿`, `º` to Windows-1252: signs between letters, as Polish 1250's are.
    const ukrainian = "Отримувач;Сума\nКиївська міська рада;1000\nФонд підтримки молоді;2000\nЄдність громади;300\n";
    const serbian = "Прималац;Износ\nОпштина Љубовија;500\nЂурђевданско удружење;700\n";
    for (const text of [russian, ukrainian, serbian]) expect(decodeCsv(cp1251(text))).toBe(text);
  });

  it("leaves Western and Central European code pages as they were read", () => {
    // A Latin name's accented letters stand inside words of ASCII ones; one all-accented word (`ŁÓŹ`) is
    // not a Cyrillic file.
    const western = "Beneficiario;Importo\nUniversità di Torino;1000\nHøyskolen i Østfold;200\nFête à la Rivière;300\n";
    expect(decodeCsv(Buffer.from(western, "latin1"))).toBe(western);
    const polish = Buffer.from([
      ...Buffer.from("Nazwa;Kwota\nG"),
      ...[0xa3, 0xd3],
      ...Buffer.from("WNY URZ"),
      0xa5,
      ...Buffer.from("D;100\nMIASTO "),
      ...[0xa3, 0xd3, 0x8f],
      ...Buffer.from(";50\n"),
    ]);
    expect(decodeCsv(polish)).toBe("Nazwa;Kwota\nGŁÓWNY URZĄD;100\nMIASTO ŁÓŹ;50\n");
  });

  it("quotes its first row in Cyrillic when check asks for a header row, and sums it by the names", async () => {
    const dir = tempDir("csv-1251");
    fs.writeFileSync(path.join(dir, "subsidies.csv"), cp1251("Северная область;1250000\nРеспублика Озёрная;980000\n"));
    const check = await runMain(["check", "subsidies.csv"], dir);
    expect(check.code).toBe(3);
    expect((check.stdout + check.stderr).replace(/\s+/g, " ")).toContain(
      "row 1 holds data (Северная область, 1250000)",
    );
    const json = await runMain(["check", "subsidies.csv", "--json", "--tab", "Partners", "--map", "A=Partner"], dir);
    expect(JSON.parse(json.stdout).summary.rows).toBe(2);
    const summary = await runMain(
      ["summary", "subsidies.csv", "--tab", "Partners", "--map", "A=Partner", "--map", "B=Committed"],
      dir,
    );
    // (Without a `$`: a sheet in Cyrillic naming no currency is in no dollars — corpus round io D8.)
    expect(summary.stdout).toMatch(/Total +2 +2,230,000/);
  });
});
