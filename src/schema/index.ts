/**
 * The declarative tracker: tabs, columns, lists, formats and what the Summary shows, and the words
 * users write in headers and cells that no one column's synonyms hold (words.ts). The single
 * source of truth every other module reads (see README "Architecture"); how it becomes a workbook —
 * formulas, validation, highlight rules, where the lists stand on the Lists sheet — is the workbook
 * model's (`src/model`).
 */
export * from "./types";
export * from "./lists";
export * from "./tabs";
export * from "./workbook";
export * from "./summary";
export * from "./sample";
export * from "./words";
export * from "./figureWords";
export * from "./valueWords";
