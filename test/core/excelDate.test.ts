import { isoToSerial, serialToIso, ymdToSerial } from "../../src/core/excelDate";

describe("Excel date serials", () => {
  it("match the serials Excel shows", () => {
    expect(isoToSerial("2024-03-01")).toBe(45352);
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2026-11-25")).toBe(46351);
  });

  it("round-trip every day across decades", () => {
    for (let s = 61; s < 80000; s += 37) expect(isoToSerial(serialToIso(s))).toBe(s);
  });

  it("refuse dates that do not exist", () => {
    expect(isoToSerial("2023-02-29")).toBeUndefined();
    expect(ymdToSerial(2024, 13, 1)).toBeUndefined();
    expect(isoToSerial("3/1/2024")).toBeUndefined();
  });
});
