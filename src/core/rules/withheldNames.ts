import { PLACEHOLDER, type TypedTable } from "../rows";
import { formatNumber } from "../coerce";
import { isWithheld, quote, rowList } from "../text";
import type { Grouped } from "./types";

/**
 * A partner's name the publisher keeps back — `REDACTED`, `Withheld`, a private person's (`(Particulier)`,
 * `Private individual`, `Privatperson`): the text's isWithheld, the same words SUMMARY counts as a
 * partner kept back, one a row. Someone was paid; the sheet cannot name them, often by law (real:
 * Amsterdam's subsidy register, `(Particulier)` on 289 rows an error "every row needs one", which no
 * user may fix). So it is no name missing: said once for the column, a warning, with its rows —
 * as a roster's names not given are (common.ts's vacantSeats). A placeholder saying there is none
 * (`N/A`, `TBD`) stays a required value missing.
 */
export function isWithheldName(row: TypedTable, at: number): boolean {
  return isWithheld(row.raw(at));
}

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
          ? `${t.header[at]} is ${quote(value)} (row ${rowList(rows, count)}): a partner whose name is withheld or not ` +
            `given (redacted, a private person's, not disclosed) — not a name missing; the summary counts the row as ` +
            `one partner.`
          : `${t.header[at]} holds a name withheld or not given (such as ${quote(value)}) in ${formatNumber(count)} ` +
            `rows (${rowList(rows, count)}): partners kept back (redacted, a private person's, not disclosed) — not ` +
            `names missing; the summary counts each row as one partner.`,
    },
  };
}
