/** Jest: TypeScript through ts-jest without type diagnostics (`npm run typecheck` runs tsc once). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/plainSummaryReporter.js"],
};
