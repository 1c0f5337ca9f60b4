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

  it("say every serial Excel has as the calendar date JavaScript's Date gives (the phantom 1900-02-29 aside)", () => {
    const EPOCH = Date.UTC(1899, 11, 30);
    const byDate = (s: number) => new Date(EPOCH + (s < 61 ? s + 1 : s) * 86_400_000).toISOString().slice(0, 10);
    // Every day to 2119, then every 13th day to 9999-12-31 (Excel's last date).
    for (let s = 1; s <= 2_958_465; s += s < 80_000 ? 1 : 13) {
      if (serialToIso(s) !== byDate(s)) expect([s, serialToIso(s)]).toEqual([s, byDate(s)]);
    }
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(2_958_465)).toBe("9999-12-31");
    expect(serialToIso(45352.75)).toBe("2024-03-01"); // the time of day dropped
  });

  it("refuse dates that do not exist", () => {
    expect(isoToSerial("2023-02-29")).toBeUndefined();
    expect(ymdToSerial(2024, 13, 1)).toBeUndefined();
    expect(isoToSerial("3/1/2024")).toBeUndefined();
  });
});
