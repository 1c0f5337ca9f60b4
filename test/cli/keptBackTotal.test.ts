import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir } from "./helpers";

/**
 * A sponsoring report whose donations kept back have the sheet's own total under them (corpus round io
 * D9, real: Hamburg's sponsoring report, `Gesamtwert igs` 404,598 under the garden show's 14 donations
 * whose donors did not consent to publication, while the summary said only "the money given is more
 * than they say"). Invented names and figures in that report's layout: a title, the body giving in
 * column A on its first row only, the kept-back sentence in the amount's place, a subtotal per body,
 * a note row, the sheet's total.
 */
const KEPT = "Einwilligung des Zuwendungsgebers zur Veröffentlichung liegt nicht vor";

function report(group: readonly string[], subtotal = "Gesamtwert Gartenschau,,,30000,"): string {
  return [
    "Bericht über Zuwendungen 2. Halbjahr,,,,",
    ",,,,",
    "Beteiligung,Name und Wohnort/ Sitz des Zuwendungsgebers,Zuwendungsart,Wert (Euro),Verwendungszweck",
    "Hafen GmbH,Muster Bau GmbH,Sponsoring,5000,Fest",
    ",Beispiel Bank,Sponsoring,7500,Ausstellung",
    ...group,
    subtotal,
    "Stadtreinigung AöR,,,-,",
    "Gesamtwert,,,42500,",
  ].join("\r\n");
}

const GARDEN_SHOW = [
  `Gartenschau Nord GmbH,Baumschule Anders KG,Sponsoring,${KEPT},Gehölze`,
  `,Gartengeräte Berg GmbH,Sponsoring,${KEPT},Geräte`,
  `,Wasser Carl AG,Spende,${KEPT},Brunnen`,
];

async function summarySaid(text: string): Promise<string> {
  const dir = tempDir("kept-back");
  fs.writeFileSync(path.join(dir, "report.csv"), text);
  return (await runMain(["summary", "report.csv"], dir)).stdout.replace(/\s+/g, " ");
}

describe("amounts kept back, with the sheet's own total of them", () => {
  it("quotes the subtotal that stands for exactly the rows kept back, in the note on them", async () => {
    const said = await summarySaid(report(GARDEN_SHOW));
    expect(said).toMatch(/Total 5 €12,500 —/);
    expect(said).toContain(
      "Note: 3 Committed amounts are kept back (" +
        `"${KEPT}" and the like): money given, but in none of these totals — the money given is more than ` +
        `they say; the sheet's own total for them, row 9 ("Gesamtwert Gartenschau"): €30,000.`,
    );
  });

  it("quotes a plain Total whose rows since the last total are all kept back", async () => {
    const said = await summarySaid(
      report(
        ["Zwischensumme,,,12500,", ...GARDEN_SHOW.map((r) => r.replace("Gartenschau Nord GmbH", ""))],
        "Summe,,,30000,",
      ),
    );
    expect(said).toContain(`the sheet's own total for them, row 10 ("Summe"): €30,000.`);
  });

  it("quotes no total that adds up other rows too, nor one for some of them only", async () => {
    const noTotal = "the money given is more than they say.";
    // A figure among the group's rows: its subtotal is theirs and that one's.
    const mixed = [...GARDEN_SHOW.slice(0, 2), ",Wasser Carl AG,Spende,900,Brunnen"];
    expect(await summarySaid(report(mixed))).toContain(noTotal);
    // The subtotal's label names no group above it: the rows since the header, figures among them.
    expect(await summarySaid(report(GARDEN_SHOW, "Gesamtwert Messe,,,30000,"))).toContain(noTotal);
    // A partner's name on each of its rows, its total under them: the partner's rows, one with a figure.
    const partnerRows = [
      `Gartenschau Nord GmbH,Baumschule Anders KG,Sponsoring,1000,Gehölze`,
      `Gartenschau Nord GmbH,Baumschule Anders KG,Sponsoring,${KEPT},Gehölze`,
    ];
    expect(await summarySaid(report(partnerRows))).toContain(noTotal);
    // Kept-back rows elsewhere than under the subtotal: it stands for some of them only.
    const more = report(GARDEN_SHOW).replace("Beispiel Bank,Sponsoring,7500", `Beispiel Bank,Sponsoring,${KEPT}`);
    expect(await summarySaid(more)).toContain(noTotal);
  });
});
