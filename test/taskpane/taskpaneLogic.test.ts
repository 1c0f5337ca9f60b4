import { errorMessage } from "../../src/taskpane/dom";

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
