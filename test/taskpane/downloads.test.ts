import { downloadStarted } from "../../src/taskpane/dom";

/** Office on Mac ignores download links (office-js #2700): the pane never claims a file was exported. */
test("after a download the pane says it started and where the figures are if nothing came", () => {
  const text = downloadStarted("partnership-tracker-issues.csv", "the Issues sheet");
  expect(text).toBe(
    "Download of partnership-tracker-issues.csv started — if nothing appears (Office on Mac), use the Issues sheet.",
  );
  expect(text).not.toMatch(/exported/i);
});
