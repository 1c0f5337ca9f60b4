/**
 * The one column of names on a row no tab's header words read: a printed table's `Taxpayer` over
 * `Consolidated Edison`, `Verizon`, `Met Life Building` beside columns of figures. Offered as the key to
 * map where nothing else names it (a helper's round, real: a comptroller's largest-taxpayers page, hinted
 * `--map "<your header>=Asset"` — or, before, told to map its empty column A — where Taxpayer was the
 * only column it could be).
 */
import { coerceNumber } from "./amountCells";
import { headerText } from "./headerMatch";
import { NAMES_SAMPLED } from "./nameColumnReadings";
import { NOT_TOTAL, totalKind } from "./notData";
import { isBlank, isBlankRow } from "./text";
import type { Matrix } from "./types";

/**
 * The header of the row's one column, besides those read (`read`), holding a name on each of the rows
 * under it to the first Total row (three at least, most of them different, none a number); undefined
 * when no column or more than one does. The rows under a Total are its footnotes (`2014-Consolidated
 * Edison`, a part of one taxpayer's figure), not names of the table.
 */
export function oneNamesColumn(matrix: Matrix, row: number, read: ReadonlySet<number>): string | undefined {
  const cells = matrix[row] ?? [];
  let found: string | undefined;
  for (let c = 0; c < cells.length; c++) {
    const header = cells[c];
    if (isBlank(header) || read.has(c)) continue;
    const values = new Set<string>();
    let filled = 0;
    let names = true;
    for (let r = row + 1; r < matrix.length && filled < NAMES_SAMPLED; r++) {
      const data = matrix[r];
      if (!Array.isArray(data) || isBlankRow(data)) continue;
      const cell = data[c];
      if (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL) break;
      if (typeof cell !== "string" || isBlank(cell) || coerceNumber(cell) !== undefined || !/\p{L}{2}/u.test(cell)) {
        names = false;
        break;
      }
      values.add(cell.trim().toLowerCase());
      filled++;
    }
    if (!names || filled < 3 || values.size * 5 < filled * 4) continue;
    if (found !== undefined) return undefined;
    found = headerText(header).trim();
  }
  return found;
}
