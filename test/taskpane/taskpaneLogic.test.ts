import { mapHeaders } from "../../src/core";
import { PARTNERS } from "../../src/schema";
import { errorMessage } from "../../src/taskpane/dom";
import { recordsFrom } from "../../src/taskpane/views/useSheet";

describe("task pane messages", () => {
  it("turns Office error codes a user can cause into what to do next", () => {
    expect(errorMessage({ code: "ItemNotFound", message: "The requested resource doesn't exist." })).toMatch(
      /co-author may have renamed or deleted it/,
    );
    expect(errorMessage({ code: "InvalidOperationInCellEditMode", message: "x" })).toMatch(/Press Enter or Esc/);
  });

  it("keeps the add-in's own messages, and never shows a stack trace", () => {
    expect(errorMessage(new Error("The tracker table tblPartners does not exist yet"))).toBe(
      "The tracker table tblPartners does not exist yet",
    );
    expect(errorMessage(undefined)).toMatch(/Something went wrong/);
    expect(errorMessage({})).not.toMatch(/at \w+ \(/);
  });
});

describe("copying an existing sheet into the tracker", () => {
  const sheet = [
    ["Pledges — spring", null, null],
    [null, null, null],
    ["Org name", "Pledge", "Remarks"],
    ["Harbor Bank", "$25,000", "quarterly"],
    [null, "", "  "],
    ["Eastside Youth League", 4000, null],
  ];

  it("takes the rows under the header, by schema column, skipping blank rows and unmapped columns", () => {
    const mapping = mapHeaders(sheet, "Partners");
    const records = recordsFrom({ sheet: "Pledges", values: sheet, firstRow: 1, firstColumn: 1 }, mapping);
    expect(records).toEqual([
      { [PARTNERS.col.partner.id]: "Harbor Bank", [PARTNERS.col.committed.id]: "$25,000" },
      { [PARTNERS.col.partner.id]: "Eastside Youth League", [PARTNERS.col.committed.id]: 4000 },
    ]);
  });

  it("follows the user's corrected mapping", () => {
    const mapping = mapHeaders(sheet, "Partners", { 2: PARTNERS.col.notes.id });
    const records = recordsFrom({ sheet: "Pledges", values: sheet, firstRow: 1, firstColumn: 1 }, mapping);
    expect(records[0][PARTNERS.col.notes.id]).toBe("quarterly");
  });
});
