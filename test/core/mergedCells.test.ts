import { fillMergedDown, fillMergedFigures, mergedArea, rowsUnderMergedKey } from "../../src/core/mergedCells";
import { mapHeaders, summarizePartnerBlocks, type Cell } from "../../src/core";

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
});
