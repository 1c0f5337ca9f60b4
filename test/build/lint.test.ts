import * as path from "path";
import { ROOT, runBin } from "./projectCopy";

describe("npm run lint", () => {
  it("reports a context.sync() inside a loop (the office-addins rules are live)", () => {
    const run = runBin(ROOT, "eslint", [
      "--no-ignore",
      "--format",
      "json",
      path.join("test", "fixtures", "sync-in-loop.ts"),
    ]);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    const rules = result.messages.map((m: { ruleId: string }) => m.ruleId);
    expect(rules).toContain("office-addins/no-context-sync-in-loop");
  });
});
