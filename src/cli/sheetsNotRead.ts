import { cliWording, WIDTH } from "./report";
import { printable, wrap } from "./terminal";

/**
 * The sheets a file's "nothing to check" and "cannot summarise" messages explain one by one, and the
 * line naming the rest: a workbook of many sheets says a few, and names the others (a helper's round,
 * real: a state's grants workbook, 43 paragraphs before the hint; corpus round io D5, real: a Japanese
 * region's subsidy calls, 15 sheets each "No Partners header row", all 15 said by summary, 8 by check).
 */

/** Sheets whose reasons are given one by one, and further sheets named after them. */
export const SHEETS_EXPLAINED = 8;
const SHEETS_NAMED = 12;

/** A sheet not read, and why (the core's skipped sheet, as both messages say it). */
interface SheetNotRead {
  readonly sheet: string;
  readonly reason: string;
}

/** A sheet's reason, as both messages indent it under the file's line. */
export function sheetReasonLines(s: SheetNotRead): string[] {
  return wrap(`${printable(s.sheet)}: ${printable(cliWording(s.reason))}`, WIDTH - 4, "    ").map((l) => `  ${l}`);
}

/**
 * The lines naming the sheets past the first SHEETS_EXPLAINED (none when there are no more); `whyFrom`,
 * the command that says why for each (summary has no --json: `check --json` does).
 */
export function moreSheetsLines(skipped: readonly SheetNotRead[], whyFrom = "--json"): string[] {
  const rest = skipped.slice(SHEETS_EXPLAINED);
  if (rest.length === 0) return [];
  const names = rest.map((s) => printable(s.sheet));
  const shown = names.slice(0, SHEETS_NAMED).join(", ") + (names.length > SHEETS_NAMED ? " …" : "");
  const more = `… and ${rest.length} more sheets, none with a header row naming tracker columns: ${shown} (${whyFrom} says why for each).`;
  return wrap(more, WIDTH - 4, "    ").map((l) => `  ${l}`);
}
