/*
 * eslint-plugin-office-addins' recommended config (it bundles typescript-eslint and prettier), so the
 * Office rules are live: reads before load/sync, context.sync() in loops, navigational loads.
 * Its no-context-sync-in-loop is a warning upstream; here it is an error, because a sync per
 * iteration is the slowest thing an add-in can do on Excel on the web.
 */
const officeAddins = require("eslint-plugin-office-addins");
// The plugin's config names typescript-eslint's parser through a default import that resolves to
// undefined, so ESLint would silently parse TypeScript with espree. Use the plugin's own copy.
const tsParser = require(
  require.resolve("@typescript-eslint/parser", { paths: [require.resolve("eslint-plugin-office-addins")] }),
);

module.exports = [
  { ignores: ["dist/**", "build/**", "coverage/**", "node_modules/**", "test-output/**", "test/fixtures/**"] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        document: "readonly",
        window: "readonly",
        globalThis: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        performance: "readonly",
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
];
