import { checkWorkbook } from "../../src/cli/check";
import { readWorkbookBuffer } from "../../src/cli/xlsxReader";
import { PAYMENTS_LEDGER, PIVOT_BY_PAYEE } from "../core/sheets";
import * as fs from "fs";
import * as path from "path";
import { runMain, tempDir, writeZip } from "./helpers";

/**
 * A pivot table is a report of other data. Real: a council's payments workbook keeps a pivot per
 * payee beside its ledger; checked as a list (with --map Payee=Partner), the pivot's `Payee | (All)`
 * filter row read as a header row and its column labels as a partner with no name.
 */

type Row = readonly (string | number | null)[];

function cellsXml(rows: readonly Row[]): string {
  return rows
    .map((row, r) =>
      row
        .map((v, c) => {
          if (v === null) return "";
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          return typeof v === "number"
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
        })
        .join(""),
    )
    .map((cells, r) => `<row r="${r + 1}">${cells}</row>`)
    .join("");
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook of sheets, each with its rows and, optionally, a pivot table's definition part. */
function workbook(sheets: { name: string; xml: string; pivot?: string }[]): Buffer {
  const entries: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "xl/workbook.xml":
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${s.xml}</sheetData></worksheet>`;
    if (s.pivot) {
      entries[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable${i + 1}.xml"/></Relationships>`;
      entries[`xl/pivotTables/pivotTable${i + 1}.xml`] = s.pivot;
    }
  });
  return writeZip(entries);
}

/** As Excel writes one: a name, its body's location, one page field, and an extension list that repeats the element. */
function pivotPart(name: string, ref: string, pageFields: number): string {
  return (
    `<?xml version="1.0"?><pivotTableDefinition xmlns="${MAIN}" name="${name}" cacheId="1">` +
    `<location ref="${ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"${pageFields ? ` rowPageCount="1" colPageCount="1"` : ""}/>` +
    (pageFields
      ? `<pageFields count="${pageFields}">${`<pageField fld="0" hier="-1"/>`.repeat(pageFields)}</pageFields>`
      : "") +
    `<extLst><ext uri="{962EF5D1-5CA2-4c93-8EF4-DBF5C05439D2}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
    `<x14:pivotTableDefinition hideValuesRow="1"/></ext></extLst></pivotTableDefinition>`
  );
}

const LEDGER: readonly Row[] = PAYMENTS_LEDGER;
const BY_PAYEE: readonly Row[] = PIVOT_BY_PAYEE;

describe("a pivot table in a workbook", () => {
  it("is left out and named, with its filter rows: not a list of partners", async () => {
    const wb = await readWorkbookBuffer(
      workbook([
        { name: "Payments", xml: cellsXml(LEDGER) },
        { name: "By payee", xml: cellsXml(BY_PAYEE), pivot: pivotPart("PivotTable5", "A3:C7", 1) },
      ]),
    );
    expect(wb.sheets[1].pivots).toEqual([{ name: "PivotTable5", top: 1, left: 1, bottom: 7, right: 3 }]);
    const result = checkWorkbook(wb, { today: 46_351, tab: "Partners", pairs: [["Payee", "Partner"]] });
    expect(result.blocks.map((b) => b.sheet)).toEqual(["Payments"]);
    expect(result.skipped).toContainEqual({
      sheet: "By payee",
      reason: "a pivot table (PivotTable5, A1:C7): a summary of other data, not data to check",
      pivot: true,
    });
    expect(result.issues.filter((i) => i.sheet === "By payee")).toEqual([]);
  });

  it("alone in a workbook: check and summary say the way on, not a --tab or --map that reads nothing", async () => {
    // A helper's round (real, invented values): a state's grant awards released as a pivot table; the
    // hint to try --tab and --map gave the same "nothing to check".
    const dir = tempDir("pivot-only");
    fs.writeFileSync(
      path.join(dir, "awards.xlsx"),
      workbook([{ name: "Awards", xml: cellsXml(BY_PAYEE), pivot: pivotPart("PivotTable1", "A3:C7", 1) }]),
    );
    for (const command of ["check", "summary"]) {
      const run = await runMain([command, "awards.xlsx"], dir);
      expect(run.code).toBe(3);
      const said = (run.stdout + run.stderr).replace(/\s+/g, " ");
      expect(said).toContain("Its figures are in pivot tables, summaries of other data, which no --tab or --map reads");
      expect(said).not.toContain("--tab Partners --map");
    }
  });

  it("beside a ledger on one sheet: the ledger is checked, the pivot is not", async () => {
    // The ledger in A:B, the pivot (no filter) in E:F.
    const rows: Row[] = [
      ["Grantee", "Amount", null, null, "Row Labels", "Sum of Amount"],
      ["Scouts", 275, null, null, "Scouts", 395],
      ["Gym Club", 400, null, null, "Gym Club", 400],
      ["Scouts", 120, null, null, "Grand Total", 795],
    ];
    const merged = cellsXml(rows);
    const wb = await readWorkbookBuffer(
      workbook([{ name: "Payments", xml: merged, pivot: pivotPart("PivotTable1", "E1:F4", 0) }]),
    );
    const result = checkWorkbook(wb, { today: 46_351 });
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0].mapping.map((m) => m.header)).toEqual(["Grantee", "Amount"]);
    expect(result.issues.map((i) => i.rule)).toEqual(["repeated.partner"]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "a pivot table (PivotTable1, E1:F4): a summary of other data, not data to check",
    ]);
  });
});
