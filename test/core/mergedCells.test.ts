import {
  fillMergedDown,
  fillMergedFigures,
  mergedArea,
  rowsUnderMergedKey,
  withMergedAreas,
} from "../../src/core/mergedCells";
import { mapHeaders, summarizePartnerBlocks, validateRange, type Cell, type Matrix } from "../../src/core";

describe("cells merged down a column", () => {
  it("reads an area's reference, either way round, with or without $", () => {
    expect(mergedArea("C2:C5")).toEqual({ top: 1, left: 2, bottom: 4, right: 2 });
    expect(mergedArea("$AA$10:$AB$9")).toEqual({ top: 8, left: 26, bottom: 9, right: 27 });
    expect(mergedArea("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(mergedArea("not a range")).toBeUndefined();
  });

  it("carries text down the area's first column only, and never over a value the sheet has", () => {
    const cells: Cell[][] = [["Party", null, null], [null, "x"], [], [null, null, "kept"]];
    fillMergedDown(cells, [
      { top: 0, left: 0, bottom: 2, right: 1 }, // Party over three rows and two columns
      { top: 1, left: 1, bottom: 3, right: 1 }, // x down to a row that is empty
      { top: 0, left: 2, bottom: 3, right: 2 }, // nothing at its top: nothing carried
    ]);
    expect(cells).toEqual([
      ["Party", null, null],
      ["Party", "x"],
      ["Party", "x"],
      [null, "x", "kept"],
    ]);
  });

  it("carries a figure down only where the block's column is no amount, and names the rows under a merged key", () => {
    const matrix: Cell[][] = [
      ["Award_Year", "Project_#", "Award_Recipient", "Award Amount"],
      [2018, 11, "Coast Rail Agency", 22962000],
      [null, null, "Coast Rail Agency", null],
      [null, 12, "Valley Transit", 4000000],
    ];
    const mapping = mapHeaders(matrix, "Partners");
    const areas = [
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ];
    fillMergedFigures(matrix, areas, mapping, 0, 0);
    expect(matrix.map((r) => r.slice(0, 2).concat(r[3]))).toEqual([
      ["Award_Year", "Project_#", "Award Amount"],
      [2018, 11, 22962000],
      [2018, 11, null], // the award stays on its first row: counted once
      [2018, 12, 4000000],
    ]);
    expect([...rowsUnderMergedKey(areas, mapping, 0, 0)]).toEqual([2]);
  });

  it("counts a record's amount once where a further line under its merged name shows it again, either lane", () => {
    const matrix: Cell[][] = [
      ["Partner", "Initiative ID", "Committed"],
      ["Coast Rail Agency", "11", 22962000],
      ["Coast Rail Agency", "11", 22962000], // the second agency's line, under the merged name
      ["Coast Rail Agency", "11", 5000], // a line with money of its own
      ["Valley Transit", "12", 4000000],
    ];
    const mapping = { ...mapHeaders(matrix, "Partners"), mergedRows: new Set([2, 3]) };
    for (const fastLane of [true, false]) {
      const s = summarizePartnerBlocks([{ matrix, mapping }], null, fastLane);
      expect([fastLane, s.total.committed, s.mergedRepeats]).toEqual([
        fastLane,
        22962000 + 5000 + 4000000,
        { rows: 1, committed: 22962000 },
      ]);
    }
  });

  it("reads a header whose every cell is merged down over two rows as one header, not the header row again", () => {
    // Corpus round fi, D1 (real: Frontex's 2023 grants, A5:A6 … Y5:Y6 merged, nothing on row 6 of
    // its own): read with each merged cell's text on both rows, row 6 was "the header row again".
    const header = ["Grant No", "Unit/ Sector", "Name of Beneficiary", "Amount granted"];
    const sheet = (): Cell[][] => [
      [],
      ["Grants awarded in 2023"],
      [...header],
      [...header], // the merged cells' second row, as the sheet is read (fillMergedDown)
      ["2023/1", "ECRET", "Portugal - Border Service", 4968],
      ["2023/2", "DMD", "Poland - Border Guard", 30047],
    ];
    const areas = header.map((_, c) => ({ top: 2, bottom: 3, left: c, right: c }));
    const values = sheet();
    const found = mapHeaders(values);
    expect(found.headerRow).toBe(2);
    const read = withMergedAreas(values, found, areas, 0, 0);
    expect([read.mapping.headerRow, read.mapping.firstHeaderRow]).toEqual([3, 2]);
    expect(read.mapping.columns).toEqual(found.columns);
    const leftOut = (v: Matrix, m: typeof found) => validateRange(v, null, { mapping: m }).leftOut.map((l) => l.kind);
    expect(leftOut(read.values, read.mapping)).toEqual([]);
    // A block placed further down the sheet (`top`): the same areas, in the sheet's rows.
    const lower = withMergedAreas(
      values,
      found,
      areas.map((a) => ({ ...a, top: a.top + 4, bottom: a.bottom + 4, left: a.left + 1, right: a.right + 1 })),
      4,
      1,
    );
    expect(lower.mapping.headerRow).toBe(3);
    // Without the merges (a CSV file, a page's header repeated), the same rows are the header row again.
    expect(leftOut(values, found)).toEqual(["header"]);
    expect(withMergedAreas(values, found, [], 0, 0).mapping.headerRow).toBe(2);
    // A merge that stops at the header row, or one over the data alone, moves nothing.
    const short = [
      { top: 2, bottom: 2, left: 0, right: 1 },
      { top: 4, bottom: 5, left: 1, right: 1 },
    ];
    expect(withMergedAreas(values, found, short, 0, 0).mapping.headerRow).toBe(2);
    // One cell of the row under the header its own (not merged from the header): a row of its own.
    const partly = areas.slice(1);
    expect(withMergedAreas(values, found, partly, 0, 0).mapping.headerRow).toBe(2);
  });
});
