/**
 * Client objects of the Excel fake: proxies that queue commands and read loaded properties, the
 * way Office.js does. Nothing touches the workbook state until `context.sync()`; reading a
 * property that was not loaded (and synced) throws `PropertyNotLoaded`; failures surface at sync
 * time with Excel's error codes, and the commands queued after the failing one do not run.
 * Only what the add-in's adapters use is implemented; anything else is absent or throws
 * `NotImplemented`, so a new adapter call fails loudly instead of passing against a lie.
 * One file per Excel object; this one gathers them.
 */
export * from "./errors";
export * from "./base";
export * from "./events";
export * from "./context";
export * from "./workbook";
export * from "./worksheet";
export * from "./range";
export * from "./format";
export * from "./dataValidation";
export * from "./conditionalFormats";
export * from "./tables";
export * from "./tableColumns";
export * from "./names";
export * from "./charts";
export type { FakeSheet, FakeTable } from "./state";
