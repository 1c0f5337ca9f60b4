/**
 * The declarative tracker: tabs, columns, lists, formats and what the Summary shows. The single
 * source of truth every other module reads (see README "Architecture"); how it becomes formulas,
 * validation and highlight rules is the workbook model's (`src/model`).
 */
export * from "./types";
export * from "./lists";
export * from "./tabs";
export * from "./workbook";
export * from "./summary";
export * from "./sample";
