import { summaryFigures, trackerPicture } from "../../src/core";
import {
  LISTS,
  MORE_GAPS_NOTE,
  MORE_INITIATIVES_NOTE,
  OTHER_OR_BLANK,
  SUMMARY_GAP_ROWS,
  SUMMARY_INITIATIVE_ROWS,
} from "../../src/schema";
import { summaryLayout } from "../../src/model";
import { SAMPLE_DATA } from "./imports";
import { sampleSheet, sheet } from "./sheets";

const tables = () => ({
  foundation: sampleSheet("Foundation", "text"),
  assets: sampleSheet("Assets"),
  leadership: sampleSheet("Leadership"),
  partners: sampleSheet("Partners"),
});
const partners = SAMPLE_DATA.Partners;
const sum = (rows: readonly Record<string, unknown>[], key: string) =>
  rows.reduce((s, r) => s + (typeof r[key] === "number" ? (r[key] as number) : 0), 0);

describe("the Summary's figures", () => {
  it("has a value for every figure cell of the Summary layout, and no custom function anywhere", () => {
    const figures = summaryFigures(tables());
    const cells = summaryLayout().rows.flat();
    const keys = cells.filter((c) => c?.figure).map((c) => `${c!.figure!.metric}|${c!.figure!.key ?? ""}`);
    expect(Object.keys(figures).sort()).toEqual([...new Set(keys)].sort());
    expect(cells.filter((c) => c?.formula && /PARTNERS\./.test(c.formula))).toEqual([]);
  });

  it("headline: totals, the place-based funders' share and the largest funder by name", () => {
    const f = summaryFigures(tables());
    const committed = sum(partners, "committed");
    const placeBased = sum(
      partners.filter((p) => p.placeBasedFunder === "Yes"),
      "committed",
    );
    expect(f["partners|"]).toBe(partners.length);
    expect(f["initiatives|"]).toBe(SAMPLE_DATA.Foundation.length);
    expect(f["committed|"]).toBe(committed);
    expect(placeBased).toBeGreaterThan(0);
    expect(f["placeBasedShare|"]).toBeCloseTo(placeBased / committed);
    expect(f["largestFunder.name|"]).toBe("Bloomberg Philanthropies");
    expect(f["largestFunder.committed|"]).toBe(500000);
    expect(f["largestFunder.share|"]).toBeCloseTo(500000 / committed);
  });

  it("leaves amounts written as text out of every total, as Excel's SUM does, and says how many", () => {
    const t = tables();
    const header = t.partners[0];
    const before = summaryFigures(t);
    expect(before["amountsAsText|"]).toBe("");
    // A pound ledger copied as written, and a placeholder: Excel adds neither once it recalculates.
    t.partners.push(
      header.map((h) =>
        h === "Partner" ? "Pound Trust" : h === "Committed" ? "£25,000" : h === "Received" ? "TBD" : "",
      ),
      header.map((h) => (h === "Partner" ? "Text Figures" : h === "Committed" ? "1,000" : "")),
    );
    const f = summaryFigures(t);
    expect(f["committed|"]).toBe(before["committed|"]);
    expect(f["received|"]).toBe(before["received|"]);
    expect(f["amountsAsText|"]).toBe(
      "Not in these totals: 2 Committed and 1 Received amounts written as text (another currency's, such as £25,000, or words) — enter them as dollar figures to count them.",
    );
  });

  it("the largest funder adds up a partner's rows across initiatives (names compared ignoring case)", () => {
    const t = tables();
    const header = t.partners[0];
    const row = (name: string, committed: number) =>
      header.map((h) =>
        h === "Partner" ? name : h === "Committed" ? committed : h === "Initiative ID" ? "TECH-01" : "",
      );
    t.partners.push(row("riverton community foundation", 200000)); // 350,000 + 200,000 > Bloomberg's 500,000
    const f = summaryFigures(t);
    expect(f["largestFunder.name|"]).toBe("Riverton Community Foundation");
    expect(f["largestFunder.committed|"]).toBe(550000);
  });

  it("the Partners headline counts a partner in several initiatives once, in the pane and on the sheet", () => {
    const t = tables();
    const header = t.partners[0];
    const row = (name: string, initiative: string) =>
      header.map((h) => (h === "Partner" ? name : h === "Initiative ID" ? initiative : h === "Committed" ? 1000 : ""));
    // The Fresh Air Fund again in two more initiatives: once in other case (the same name to Excel's
    // COUNTIF, so the same partner), once with a hyphen (another name to Excel). A name with a
    // wildcard is itself, not a pattern; a blank row is nobody.
    t.partners.push(
      row("fresh air fund", "TECH-01"),
      row("Fresh-Air Fund", "PARK-01"),
      row("Fresh*", "PARK-01"),
      header.map(() => ""),
    );
    const p = trackerPicture(t);
    expect(p.distinctPartners).toBe(partners.length + 2);
    expect(p.partners).toBe(partners.length + 3);
    // The Summary sheet's headline is the same figure (its formula is checked in LibreOffice).
    expect(summaryFigures(t)["partners|"]).toBe(partners.length + 2);
  });

  it("asset gaps by category and unit: FTEs, trucks and dollars are never added together", () => {
    const p = trackerPicture(tables());
    const staff = p.gaps.find((g) => g.category === "Staff" && g.unit === "FTE");
    const expertise = p.gaps.find((g) => g.category === "Expertise" && g.unit === "FTE");
    const trucks = p.gaps.find((g) => g.unit === "trucks");
    const dollars = p.gaps.find((g) => g.category === "Financial");
    expect(staff).toMatchObject({ gap: 8, assetsShort: 1, estimatedValue: 640000, notValued: 0, firstRow: 3 });
    expect(expertise).toMatchObject({ gap: 4 });
    expect(trucks).toMatchObject({ category: "Equipment", gap: 3, estimatedValue: 85000 });
    expect(dollars).toMatchObject({ unit: "USD", gap: 200000 });
    // Category list order, then first row: Infrastructure before Financial before Staff …
    expect(p.gaps.map((g) => g.category)).toEqual([
      "Infrastructure",
      "Financial",
      "Staff",
      "Expertise",
      "Equipment",
      "Equipment",
    ]);
    // The play streets have no agreed dollar value: counted as not valued, not as $0.
    expect(p.gaps[0]).toMatchObject({ unit: "blocks", notValued: 1, estimatedValue: 0 });
    const f = summaryFigures(tables());
    expect(f["gaps.unit|2"]).toBe("USD");
    expect(f[`gaps.category|${p.gaps.length + 1}`]).toBe("");
    expect(f["gaps.more|"]).toBe("");
  });

  it("pairs match ignoring case; a gap with no Unit is counted apart, never totalled", () => {
    const t = sheet(
      ["Asset", "Category", "Unit", "Available", "Needed", "Estimated value"],
      { Asset: "a", Category: "Staff", Unit: "FTE", Available: 1, Needed: 3, "Estimated value": 10 },
      { Asset: "b", Category: "staff", Unit: "fte", Available: 0, Needed: 2 },
      { Asset: "c", Category: "Staff", Unit: "", Available: 0, Needed: 5 },
      { Asset: "d", Category: "Staff", Unit: "FTE", Available: 5, Needed: 1 },
    );
    const p = trackerPicture({ ...tables(), assets: t });
    expect(p.gaps).toEqual([
      { category: "Staff", unit: "FTE", gap: 4, assetsShort: 2, estimatedValue: 10, notValued: 1, firstRow: 2 },
    ]);
    expect(p.gapsUnplaced).toBe(1);
  });

  it(`lists at most ${SUMMARY_GAP_ROWS} pairs and says when there are more`, () => {
    const rows = Array.from({ length: SUMMARY_GAP_ROWS + 1 }, (_, i) => ({
      Asset: `a${i}`,
      Category: "Equipment",
      Unit: `unit ${i}`,
      Available: 0,
      Needed: 1,
    }));
    const f = summaryFigures({
      ...tables(),
      assets: sheet(["Asset", "Category", "Unit", "Available", "Needed"], ...rows),
    });
    expect(f[`gaps.unit|${SUMMARY_GAP_ROWS}`]).toBe(`unit ${SUMMARY_GAP_ROWS - 1}`);
    expect(f["gaps.more|"]).toBe(MORE_GAPS_NOTE);
  });

  it("per initiative: readiness with what is missing, progress, partners and leadership coverage", () => {
    const p = trackerPicture(tables());
    const [space, food, tech, vax] = p.initiatives;
    expect(space).toMatchObject({ id: "SPACE-01", readiness: 1, missing: [], committed: 750000, partners: 2 });
    expect(space.progress).toBeCloseTo(2600 / 4000);
    expect(space).toMatchObject({ championsInGovernment: 3, championsOutside: 1, deputizedLeads: 1, assetsShort: 2 });
    expect(food.progress).toBeCloseTo((13400 - 12000) / 8000);
    expect(food).toMatchObject({ championsInGovernment: 0, championsOutside: 1, deputizedLeads: 0 });
    expect(tech.progress).toBeUndefined();
    expect(tech.readiness).toBeCloseTo(4 / 7);
    expect(tech.missing).toEqual([
      "past efforts not reviewed",
      "political dynamics not noted",
      "requirements not agreed",
    ]);
    expect(vax.missing).toEqual(["partner priorities not acknowledged"]);
    const f = summaryFigures(tables());
    expect(f["initiative.id|1"]).toBe("SPACE-01");
    expect(f["initiative.progress|3"]).toBe("");
    expect(f["initiative.deputizedLeads|4"]).toBe(1);
    expect(f["initiative.id|5"]).toBe("");
    expect(f[`initiative.readiness|${SUMMARY_INITIATIVE_ROWS}`]).toBe("");
    expect(f["initiatives.more|"]).toBe("");
  });

  it("progress follows the Progress column's formula: clamped to 0–100%, blank when Target equals Baseline", () => {
    const t = tables();
    const h = t.foundation[0];
    const set = (row: number, column: string, value: string | number) => (t.foundation[row][h.indexOf(column)] = value);
    set(1, "Current value", 5000); // past the target
    set(2, "Current value", 11000); // behind the baseline
    set(3, "Current value", "n/a"); // not a number
    set(4, "Target", 54); // equal to its Baseline
    const [a, b, c, d] = trackerPicture(t).initiatives.map((i) => i.progress);
    expect([a, b, c, d]).toEqual([1, 0, undefined, undefined]);
  });

  it(`says when Foundation has more rows than the ${SUMMARY_INITIATIVE_ROWS.toLocaleString("en-US")} the Summary lists`, () => {
    const header = ["Initiative ID", "Initiative"];
    const rows = Array.from({ length: SUMMARY_INITIATIVE_ROWS + 1 }, (_, i) => ({
      "Initiative ID": `I-${i}`,
      Initiative: "x",
    }));
    const f = summaryFigures({ ...tables(), foundation: sheet(header, ...rows) });
    expect(f[`initiative.id|${SUMMARY_INITIATIVE_ROWS}`]).toBe(`I-${SUMMARY_INITIATIVE_ROWS - 1}`);
    expect(f["initiatives.more|"]).toBe(MORE_INITIATIVES_NOTE);
  });

  it("sector rows plus (other or blank) add up to the total, comparing like COUNTIFS", () => {
    const t = tables();
    const sector = t.partners[0].indexOf("Sector");
    t.partners[1][sector] = "NONPROFIT"; // COUNTIFS ignores case: still Nonprofit
    t.partners[2][sector] = "Philanthropy "; // but not spaces: other
    const f = summaryFigures(t);
    const listed = LISTS.sector.values.reduce((s, v) => s + (f[`sector.partners|${v}`] as number), 0);
    expect(listed + (f[`sector.partners|${OTHER_OR_BLANK}`] as number)).toBe(f["sector.partners|Total"]);
    expect(f["sector.partners|Nonprofit"]).toBe(3);
    expect(f[`sector.committed|${OTHER_OR_BLANK}`]).toBe(500000);
  });

  it("leave out a table's totals row, which tblX[#All] includes (SPEC rev 2)", () => {
    const t = tables();
    const header = t.partners[0] as string[];
    const totals = header.map((h) => (h === "Partner" ? "Total" : h === "Committed" ? sum(partners, "committed") : ""));
    expect(summaryFigures({ ...t, partners: [...t.partners, totals] })).toEqual(summaryFigures(t));
    // A partner whose name merely starts with the word is a partner.
    const wine = header.map((h) => (h === "Partner" ? "Total Wine & More" : h === "Committed" ? 10 : ""));
    expect(summaryFigures({ ...t, partners: [...t.partners, wine] })["committed|"]).toBe(
      sum(partners, "committed") + 10,
    );
  });

  it("an empty tracker gives zeros and blanks, not errors", () => {
    const header = (m: ReturnType<typeof tables>) => ({
      foundation: m.foundation.slice(0, 1),
      assets: m.assets.slice(0, 1),
      leadership: m.leadership.slice(0, 1),
      partners: m.partners.slice(0, 1),
    });
    const f = summaryFigures(header(tables()));
    expect(f["committed|"]).toBe(0);
    expect(f["largestFunder.name|"]).toBe("");
    expect(f["largestFunder.share|"]).toBe(0);
    expect(f["initiative.id|1"]).toBe("");
  });
});
