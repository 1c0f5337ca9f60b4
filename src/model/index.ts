/**
 * The workbook model: how the schema (what the tracker holds) becomes what Excel computes and
 * enforces — data validation, the highlight rules' formulas, the Summary's native formulas. Pure
 * and Excel-independent: the add-in's builder and the xlsx writer both write what it gives.
 */
export * from "./cellRules";
export * from "./summaryLayout";
