import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A Norwegian grants register names its recipient and amount in one word each, `tilskuddsmottaker` and
 * `tilskuddsbeløp` (corpus round io D2, real: Norway's compensation-scheme register, exit 3 "No Partners
 * header row" until both were mapped by hand). Invented names and amounts in that file's layout: `;`,
 * every field quoted, a byte-order mark, camelCase headers, decimal commas, ISO datetimes.
 */
const REGISTER =
  "\uFEFF" +
  '"tilskuddsnummer";"tilskuddsmottakerOrganisasjonsnummer";"tilskuddsmottakerNavn";"kommune";"tilskuddsbelop";"tildelingsdato"\n' +
  '"2021000001";"900000001";"FJORDKAFE AS";"BERGEN";"12500,00";"2021-03-08T00:00"\n' +
  '"2021000002";"900000002";"NORDLYS TAXI";"TROMSØ";"8030,50";"2021-03-08T00:00"\n' +
  '"2021000003";"900000001";"FJORDKAFE AS";"BERGEN";"4100,25";"2021-03-07T00:00"\n';

describe("a Norwegian grants register", () => {
  it("is read as Partners: tilskuddsmottakerNavn the partner, tilskuddsbelop the amount", async () => {
    const dir = tempDir("nordic");
    fs.writeFileSync(path.join(dir, "tilskudd.csv"), REGISTER);
    const check = await runMain(["check", "tilskudd.csv"], dir);
    expect(check.code).toBe(0);
    expect(check.stdout.replace(/\s+/g, " ")).toContain(
      "Columns: tilskuddsmottakerNavn → Partner · tilskuddsbelop → Committed",
    );
    const summary = await runMain(["summary", "tilskudd.csv"], dir);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/Total +2 +24,630\.75/);
  });

  it("knows Danish's words for the recipient and the amount too", async () => {
    const dir = tempDir("nordic-da");
    fs.writeFileSync(
      path.join(dir, "tilskud.csv"),
      "Tilskudsmodtager;Tilskudsbeløb\nHavnens Roklub;10000\nByens Kor;2500\n",
    );
    const check = await runMain(["check", "tilskud.csv"], dir);
    expect(check.stdout.replace(/\s+/g, " ")).toContain(
      "Columns: Tilskudsmodtager → Partner · Tilskudsbeløb → Committed",
    );
  });
});
