/**
 * The declarative tracker: tabs, columns, lists, formats, validation and the Summary. The single
 * source of truth every other module reads (see README "Architecture").
 */
export * from "./types";
export * from "./lists";
export * from "./tabs";
export * from "./workbook";
export * from "./summary";
export * from "./sample";
