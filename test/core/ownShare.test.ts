import { type Matrix } from "../../src/core";
import { mappedIds } from "./mappedIds";
import { sheetNotesOf } from "./sheetNotesOf";

/**
 * An EU list of operations heads the project's whole cost `Total`, beside the grant and the
 * beneficiary's own share of it (corpus round jo D5, real: Bulgaria's EU-funds beneficiaries, the
 * totals summed as Committed, BGN 2.78bn for 2.41bn granted). Invented rows, the layout copied.
 */
const OPERATIONS: Matrix = [
  ["Beneficiary", "Project Name", "Total", "Grant", "Self-financing by the Beneficiary"],
  ["Alpha Ltd", "Line one", 400000, 280000, 120000],
  ["Beta Ltd", "Store", 250000, 175000, 75000],
  ["Gamma Ltd", "Centre", 1000000, 700000, 300000],
];

function summaryOf(sheet: Matrix) {
  const { summary, notes } = sheetNotesOf(sheet);
  return { committed: summary.total.committed, notes };
}

describe("a project's total beside its grant and the beneficiary's own share", () => {
  it("sums the grant as Committed and says the total is the grant with the own share, and how much that is", () => {
    const { committed, notes } = summaryOf(OPERATIONS);
    expect(committed).toBe(1155000);
    expect(notes).toContain(
      'Committed is "Grant": "Total" beside it is the project\'s whole cost, the grant with the beneficiary\'s own ' +
        'share, "Self-financing by the Beneficiary" ($495,000), in no total here (--map "Total=Committed" sums the ' +
        "whole cost instead).",
    );
    // A Total row under the projects is left out of the own share as of every sum.
    const totalled = summaryOf([...OPERATIONS, ["Total", "", 1650000, 1155000, 495000]]);
    expect(totalled.committed).toBe(1155000);
    expect(totalled.notes).toContainEqual(expect.stringContaining('"Self-financing by the Beneficiary" ($495,000)'));
  });

  it("reads the grant whichever comes first and whichever header is the stronger, in other languages too", () => {
    expect(mappedIds(["Beneficiary", "Grant", "Total", "Own contribution"])).toMatchObject({ Grant: "committed" });
    expect(mappedIds(["Beneficiary", "Total amount", "Grant", "Match"])).toMatchObject({ Grant: "committed" });
    expect(mappedIds(["Zuwendungsempfänger", "Gesamt", "Zuschuss", "Eigenanteil"])).toMatchObject({
      Zuschuss: "committed",
    });
    expect(mappedIds(["Beneficiario", "Importe total", "Subvención", "Cofinanciación"])).toMatchObject({
      Subvención: "committed",
    });
  });

  it("keeps a total as Committed where no own share stands beside it, or where the EU's share is the grant", () => {
    // A research funder's `Total` of all years beside a `Grant` of its title: the usual rules decide.
    expect(mappedIds(["Recipient", "Total", "Grant"])).toMatchObject({ Total: "committed" });
    // `EU co-financing` is the EU's grant, no beneficiary's share.
    expect(mappedIds(["Beneficiary", "EU co-financing", "Total"])).toMatchObject({ "EU co-financing": "committed" });
    const { notes } = summaryOf([
      ["Beneficiary", "Total", "Grant"],
      ["Alpha Ltd", 400000, 280000],
    ]);
    expect(notes.join("\n")).not.toContain("own share");
  });
});
