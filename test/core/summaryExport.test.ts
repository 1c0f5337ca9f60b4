import { summaryFigures } from "../../src/core";
import { trackerSummaryExport } from "../../src/core/summaryExport";
import { sampleSheet } from "./sheets";

const tables = () => ({
  foundation: sampleSheet("Foundation", "text"),
  assets: sampleSheet("Assets"),
  leadership: sampleSheet("Leadership"),
  partners: sampleSheet("Partners"),
});

const totalRow = (table: (string | number)[][]) => table.find((r) => r[0] === "Total")!;

describe("the task pane's Export by sector (CSV)", () => {
  it("adds the amounts the Summary sheet and the pane's tiles add, and says which it left out", () => {
    const t = tables();
    const header = t.partners[0];
    // A pound ledger's figure pasted as written, and a placeholder: the Summary's SUM adds neither.
    t.partners.push(
      header.map((h) =>
        h === "Partner"
          ? "Pound Trust"
          : h === "Sector"
            ? "Philanthropy"
            : h === "Committed"
              ? "£25,000"
              : h === "Received"
                ? "TBD"
                : "",
      ),
    );
    const f = summaryFigures(t);
    const table = trackerSummaryExport(t.partners);
    const total = totalRow(table);
    expect(total[2]).toBe(f["committed|"]);
    expect(total[3]).toBe(f["received|"]);
    // The partner still counts, as the Summary's headline counts it.
    expect(total[1]).toBe(f["partners|"]);
    // The Summary's own sentence, as the last line, under the Total.
    expect(table[table.length - 1][0]).toBe(f["amountsAsText|"]);
    expect(String(f["amountsAsText|"])).toMatch(/^Not in these totals: 1 Committed and 1 Received/);
  });

  it("is the very table PARTNERS.SUMMARY spills when every amount is a number: no note", () => {
    const t = tables();
    const table = trackerSummaryExport(t.partners);
    expect(table[0]).toEqual(["Sector", "Partners", "Committed", "Received"]);
    expect(table[table.length - 1][0]).toBe("Total");
    expect(totalRow(table)[2]).toBe(summaryFigures(t)["committed|"]);
  });
});
