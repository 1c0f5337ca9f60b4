/**
 * Rows a sheet hides (by its filter or by hand) that a check read: checked all the same, as Excel's
 * formulas read them, where a user looking at the sheet sees only the others (a helper's round, real:
 * DC's school list, its filter showing 2 of 311 rows, "311 rows checked: no issues" with no word of
 * the 309). Said alike by the command line (hidden rows read from the file) and the task pane (from
 * Excel's visible cells): one behaviour, both doors.
 */
import { isBlankRow } from "./text";
import type { Matrix } from "./types";
import type { ValidationResult } from "./validate";

/**
 * The rows of `matrix` a check read that are hidden (0-based, in order): under the header row, not
 * left out (notes, totals, nothing under a table found below the data), not blank.
 */
export function hiddenRowsChecked(
  matrix: Matrix,
  result: Pick<ValidationResult, "mapping" | "leftOut">,
  hidden: readonly number[],
): number[] {
  const leftOut = new Set(result.leftOut.map((l) => l.row));
  // Nothing under a table found below the data is checked (its header row is left out, as "table").
  const end = Math.min(matrix.length, ...result.leftOut.filter((l) => l.kind === "table").map((l) => l.row));
  return hidden.filter(
    (i) => i > result.mapping.headerRow && i < end && !leftOut.has(i) && !isBlankRow(matrix[i] ?? []),
  );
}

/**
 * The sentence saying them: `where` names the sheet (and block), `rows` are worksheet rows, `checked`
 * how many rows were checked, `filtered` whether the sheet has a filter (whose Clear shows them).
 */
export function hiddenRowsNote(where: string, rows: readonly number[], checked: number, filtered: boolean): string {
  const n = rows.length;
  const [are, they] = n === 1 ? ["is", "it was"] : ["are", "they were"];
  return (
    `${where}: ${count(n)} of the ${count(checked)} rows checked ${are} hidden${filtered ? " by its filter" : ""} ` +
    `(${n === 1 ? "row" : "rows"} ${rowRuns(rows)}): ${they} checked all the same, as Excel's formulas read ` +
    `them${filtered ? " (Data › Clear shows them)" : ""}.`
  );
}

const count = (n: number) => n.toLocaleString("en-US");

/** Rows in order as runs, `2–310, 312` (the first four runs, then how many rows more). */
export function rowRuns(rows: readonly number[]): string {
  const runs: string[] = [];
  let shown = 0;
  for (let i = 0; i < rows.length && runs.length < 4;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    runs.push(j === i ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    shown += j - i + 1;
    i = j + 1;
  }
  return runs.join(", ") + (shown < rows.length ? ` … and ${count(rows.length - shown)} more` : "");
}
