import * as fs from "fs";
import * as path from "path";
import { summarizePartners } from "../../src/core";
import { summary, validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * A sheet naming no currency whose text is written in a script of countries without dollars (corpus
 * round io D8, real: Russia's regional helicopter subsidies — no header row, a region's name and a
 * figure per line, `;` — summed as "$3,300,000,000", "shown as dollars"). Invented regions and figures
 * in that file's layout.
 */
const REGIONS = "Республика Алтай;69688874\nАлтайский край;41881795\nАмурская область;116411181\n";

/** `summary` of `text` saved as `file`, its words on one line as a person reads them. */
async function summarySaid(file: string, text: string, ...options: string[]): Promise<string> {
  const dir = tempDir("script");
  fs.writeFileSync(path.join(dir, file), text);
  return (await runMain(["summary", file, ...options], dir)).stdout.replace(/\s+/g, " ");
}

describe("amounts on a sheet written in Cyrillic, Greek, Chinese … naming no currency", () => {
  it("are shown without a dollar sign, and the note says the sheet's script is why", async () => {
    // check's hint for a sheet without a header row: --tab and --map by column letter.
    const said = await summarySaid(
      "regions.csv",
      REGIONS,
      "--tab",
      "Partners",
      "--map",
      "A=Partner",
      "--map",
      "B=Committed",
    );
    expect(said).toMatch(/Total 3 227,981,850 —/);
    expect(said).not.toContain("$");
    expect(said).not.toContain("shown as dollars");
    expect(said).toContain(
      'Note: The sheet names no currency, and its text is in Cyrillic (such as "Республика Алтай"): its amounts ' +
        "are shown without a currency sign",
    );
    // Headed in English, the names Greek or Japanese: alike.
    const greek = await summarySaid("greek.csv", "Partner,Amount\nΔήμος Αθηναίων,1000\nΠεριφέρεια Κρήτης,2500\n");
    expect(greek).toMatch(/Total 2 3,500 —/);
    expect(greek).toContain('its text is in Greek (such as "Δήμος Αθηναίων")');
    const japanese = await summarySaid("jp.csv", "Partner,Amount\n公益財団法人 日本財団,1000\nトヨタ財団,2500\n");
    expect(japanese).toMatch(/Total 2 3,500 —/);
    expect(japanese).not.toContain("$");
  });

  it("hints a --map a user can type on a sheet without a header row: the column's letter, as check's hint", async () => {
    const letters = ["--tab", "Partners", "--map", "A=Partner"];
    const said = await summarySaid("regions.csv", REGIONS, ...letters, "--map", "B=Committed");
    expect(said).toContain('a header such as "Amount (€)" says which, as does --map "B=Committed (€)").');
    expect(said).not.toContain("(column B)");
    // Typed as the note has it, the amounts are in euros.
    expect(await summarySaid("regions.csv", REGIONS, ...letters, "--map", "B=Committed (€)")).toMatch(
      /Total 3 €227,981,850 —/,
    );
  });

  it("keeps the dollars of an English sheet, and of a US list with a few names in another script", async () => {
    const english = await summarySaid("us.csv", "Partner,Amount\nRiverside Food Bank,1000\nAcme Works,2500\n");
    expect(english).toMatch(/Total 2 \$3,500 —/);
    expect(english).toContain("amounts are shown as dollars");
    const chinatown = await summarySaid(
      "chinatown.csv",
      "Partner,Amount,Sector\n華埠社區協會,1000,Nonprofit\nRiverside Food Bank,2500,Nonprofit\nAcme Works,500,Business\n",
    );
    expect(chinatown).toMatch(/Total 3 \$4,000 —/);
  });

  it("are shown so in every door: check's messages, VALIDATE's, and SUMMARY's currency", async () => {
    const sheet = [
      ["Partner", "Committed", "Received"],
      ["Республика Алтай", 400, 500],
      ["Алтайский край", 1000, 200],
    ];
    const dir = tempDir("script");
    fs.writeFileSync(path.join(dir, "regions.csv"), sheet.map((r) => r.join(",")).join("\n") + "\n");
    const check = (await runMain(["check", "regions.csv"], dir)).stdout.replace(/\s+/g, " ");
    expect(check).toContain("Received (500) is more than Committed (400)");
    const message = validate(sheet, "Partners")[1][3];
    expect(message).toBe("Received (500) is more than Committed (400) — check both amounts.");
    const read = summarizePartners(sheet);
    expect([read.currency, read.textScript?.name]).toEqual(["", "Cyrillic"]);
    expect(summary(sheet).at(-1)).toEqual(["Total", 2, 1400, 700]);
    // The tracker's own dollars stay where the names are Latin.
    expect(summarizePartners([sheet[0], ["Riverside", 400, 500]]).currency).toBe("USD");
  });
});
