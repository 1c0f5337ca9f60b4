import { PLACEHOLDER, type TypedTable } from "../rows";
import { formatNumber } from "../coerce";
import { NOT_GIVEN_WORDS } from "../../schema";
import { isWithheld, quote, rowList, trimmed } from "../text";
import type { Grouped } from "./types";

/**
 * A partner's name the publisher keeps back — `REDACTED`, `Withheld`, a private person's (`(Particulier)`,
 * `Private individual`, `Privatperson`): the text's isWithheld, the same words SUMMARY counts as a
 * partner kept back, one a row. Someone was paid; the sheet cannot name them, often by law (real:
 * Amsterdam's subsidy register, `(Particulier)` on 289 rows an error "every row needs one", which no
 * user may fix). Still a name missing, as SPEC reports a placeholder in a required column — once for
 * the column, with a count — but a warning that says why it is missing and that no edit supplies it.
 * A word saying only that nothing is known (`N/A`, `TBD`, `Not available`, `Not known`, `N/D`) stays a
 * required value missing, an error: someone may yet fill it in.
 */
export function isWithheldName(row: TypedTable, at: number): boolean {
  const cell = row.raw(at);
  if (!isWithheld(cell)) return false;
  const text = trimmed(String(cell)).toLowerCase();
  return !NOT_KEPT_BACK.has(text);
}

/** isWithheld's words that say nothing is known rather than that a name is kept back. */
const NOT_KEPT_BACK: ReadonlySet<string> = new Set([...NOT_GIVEN_WORDS, "unavailable"]);

/** The warning for the Partner column's names kept back (see isWithheldName). */
export function withheldNames(at: number): { severity: "warning"; grouped: Grouped } {
  return {
    severity: "warning",
    grouped: {
      on: [PLACEHOLDER],
      when: (row) => isWithheldName(row, at),
      key: () => "",
      message: ({ value, rows, count }, t) =>
        count === 1
          ? `${t.header[at]} is missing in row ${rowList(rows, count)}: ${quote(value)}, a name withheld (redacted, a ` +
            `private person's, not disclosed) that no edit here can supply; the summary counts the row as one partner.`
          : `${t.header[at]} is missing in ${formatNumber(count)} rows (${rowList(rows, count)}): names withheld ` +
            `(such as ${quote(value)}: redacted, a private person's, not disclosed) that no edit here can supply; the ` +
            `summary counts each row as one partner.`,
    },
  };
}
