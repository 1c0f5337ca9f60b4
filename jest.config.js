/** Jest: TypeScript through ts-jest without type diagnostics (`npm run typecheck` runs tsc once). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  // Two workers, not jest's default of one on these 2-core machines: the slow suites spend most of their time
  // waiting on child processes (the CLI, Chromium, LibreOffice). Measured on 2026-12-07 in one fresh clone:
  // 1,536 s with one worker, on a slow hour, against 692 s with two an hour later; all suites passed both times.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/test/plainSummaryReporter.js"],
};
