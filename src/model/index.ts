/**
 * The workbook model: how the schema (what the tracker holds) becomes what Excel computes and
 * enforces — data validation, the highlight rules' formulas, the calculated columns, the Summary's
 * native formulas, and the whole workbook as data (`workbookModel`). Pure and Excel-independent:
 * the add-in's builder and the xlsx writer both write what it gives.
 */
export * from "./calculatedColumns";
export * from "./cellRules";
export * from "./listsSheet";
export * from "./rowCells";
export * from "./summaryLayout";
export * from "./workbookModel";
