import ExcelJS from "exceljs";

/**
 * A partner's submission as they arrive at a city's finance team: a title and a note above the
 * headers, the partner's own column names, amounts and dates typed as text in several ways,
 * placeholders, list values in the partner's own words, a repeated partner, a Total row under the
 * data, a notes sheet, and one cell holding a terminal escape sequence.
 */
export async function messySubmission(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("FY27 pledges");
  ws.addRow(["Riverton Community Foundation — pledges to the city, FY27"]);
  ws.addRow(["Prepared by M. Ortiz, updated 3/14/2026"]);
  ws.addRow([]);
  ws.addRow([
    "Org name",
    "Org type",
    "Initiative #",
    "Pledge ($)",
    "Paid to date",
    "Start",
    "End",
    "Partner status",
    "MOU signed?",
    "Contact email",
    "Region",
  ]);
  const rows: (string | number | null)[][] = [
    [
      "Fresh Air Fund",
      "NGO",
      "PARK-01",
      "$25,000",
      "$5,000",
      "3/1/2026 12:00:00 AM",
      "2/28/2027",
      "Active",
      "Y",
      "ana@freshair.org",
      "North",
    ],
    [
      "Blue Bank",
      "Corporate",
      "FOOD-01",
      "120k",
      0,
      "2026-04-01",
      "2027-03-31",
      "Agreed",
      "no",
      "giving@bluebank",
      "East",
    ],
    ["Riverton Rotary", "Community-based", "PARK-01", 5000, 7500, "N/A", "TBD", "complete", "Yes", "", "North"],
    [
      "Fresh Air Fund",
      "NGO",
      "PARK-01",
      "$25,000",
      "",
      "3/1/2026",
      "2/28/2027",
      "Active",
      "Y",
      "ana@freshair.org",
      "North",
    ],
    [
      "\u001b[2J\u001b[31mHacked Co",
      "\u001b]0;owned\u0007Business",
      "WORK-02",
      -300,
      null,
      "2026-05-01",
      "2026-01-01",
      "Negotiating",
      "No",
      "x@y.org",
      "South",
    ],
    [
      "State University",
      "University",
      "WORK-02",
      "(1,200)",
      null,
      "Oct 2026",
      "2027-06-30",
      "On hold",
      "",
      "grants@state.edu",
      "West",
    ],
    ["Total", null, null, 149_000, 12_500, null, null, null, null, null, null],
  ];
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet("Notes").addRow(["Call Ana about the second tranche"]);
  await wb.xlsx.writeFile(file);
}
