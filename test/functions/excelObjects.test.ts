// Every function, as Excel calls it.
import * as fn from "../../src/functions/functions";
import { sampleSheet } from "../core/sheets";

/**
 * Every function, called as Excel calls it once functions.json sets allowErrorForDataTypeAny (docs:
 * "Handle and return errors from your custom function", errors as inputs): an error cell in a range
 * arrives as an error object ({ code }), a linked data type as an entity object with its text
 * (allowCustomDataForDataTypeAny). Neither may stop a function: each returns a result.
 */
const NULL = null as unknown as string;
const NO_RANGE = null as unknown as any[][];

/** The sample tab with an error object in its second data row and an entity in its first column. */
function withExcelObjects(tab: "Foundation" | "Assets" | "Leadership" | "Partners"): any[][] {
  const rows = sampleSheet(tab).map((r) => [...r]) as any[][];
  rows[1][0] = { type: "Entity", text: String(rows[1][0]), properties: {} };
  rows[2][rows[2].length - 1] = { code: "#REF!" };
  return rows;
}

describe("each function with error and entity cells in its ranges, as Excel hands them over", () => {
  const foundation = withExcelObjects("Foundation");
  const assets = withExcelObjects("Assets");
  const leadership = withExcelObjects("Leadership");
  const partners = withExcelObjects("Partners");

  it("VALIDATE, PROBLEMS and ISSUES report the error cell and read the entity by its text", () => {
    const listed = fn.validate(partners, "Partners", NO_RANGE);
    expect(listed.slice(1).some((r) => String(r[3]).includes("holds #REF!"))).toBe(true);
    expect(listed.slice(1).some((r) => String(r[3]).includes("[object Object]"))).toBe(false);
    expect(
      fn
        .problems(partners, "Partners", NO_RANGE)
        .slice(1)
        .some((r) => String(r[0]).startsWith("errorCell.")),
    ).toBe(true);
    expect(fn.issues(partners, "Partners", NULL, NO_RANGE)).toBe(listed.length - 1);
  });

  it("CROSSCHECK, SUMMARY, GAPS, READINESS and CONCENTRATION return their results", () => {
    expect(Array.isArray(fn.crosscheck(foundation, assets, leadership, partners))).toBe(true);
    const table = fn.summary(partners, NULL, NO_RANGE);
    expect(table[table.length - 1][0]).toBe("Total");
    expect(fn.gaps(assets)[0]).toEqual(["Asset", "Category", "Initiative ID", "Available", "Needed", "Gap"]);
    // The entity in the first Foundation row is that row's Initiative ID, read by its text.
    const firstId = (foundation[1][0] as { text: string }).text;
    expect(fn.readiness(foundation, firstId)).toBeGreaterThanOrEqual(0);
    expect(fn.concentration(partners)).toBeGreaterThan(0);
  });
});
