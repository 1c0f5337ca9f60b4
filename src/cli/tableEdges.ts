import { isBlank, type Cell } from "../core";
import type { SheetData, TableInfo } from "./xlsxReader";

/**
 * What lies at an Excel table's edges and belongs to it: a column of ids just left of it, columns of its
 * data right beside it, rows of its data right under it — the table stopped short of its data, and
 * check reads them with it (tableBlock in check.ts) and says so.
 */
/** The longest code idsBesideTable reads as an id. */
const ID_LENGTH = 40;

/**
 * Is the column just left of a table the sheet's ids of its rows — headed on the table's header row,
 * filled on each of its rows, no value twice, in no other table? Rows it numbers apart are not one
 * entry made twice, whatever the table's own columns say (a helper's round, real: Slovenia's cohesion
 * beneficiaries, `ID (ne spreminjaj)` in A beside `Tabela1`, two young-researcher grants to one firm
 * told "the same entry made twice? delete the extra row" 21 times, while the summary added both up).
 * Numbers or codes, not words: a column of names is no id.
 */
export function idsBesideTable(sheet: SheetData, table: TableInfo): boolean {
  const c = table.left - 1;
  if (c < 1) return false;
  const header = sheet.cells[table.top - 1]?.[c - 1];
  if (typeof header !== "string" || isBlank(header)) return false;
  if (
    sheet.tables.some(
      (t) => t !== table && t.left <= c && c <= t.right && t.top <= table.bottom && table.top <= t.bottom,
    )
  ) {
    return false;
  }
  const seen = new Set<string>();
  for (let r = table.top + 1; r <= table.bottom - table.totalsRowCount; r++) {
    const cell = sheet.cells[r - 1]?.[c - 1];
    if (isBlank(cell)) return false;
    const id = String(cell).trim().toLowerCase();
    // A number or a code (`36`, `OP-2011-017`), not words: a column of names beside a table is no id.
    if (typeof cell !== "number" && (typeof cell !== "string" || /\s/.test(id) || id.length > ID_LENGTH)) return false;
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return seen.size >= 2;
}

/**
 * Columns right beside a table, each headed on the table's header row and filled on half its rows or
 * more, and not below them, up to the first that is not: the table stopped short of its data (a helper's round, real: Lancashire
 * Fire's payments, table `MonthlySpends` at A:E and `Amount` in F — never read, £15.1M unsaid). Read
 * with the table, and said: a formula over the table in Excel leaves them out.
 */
export function columnsBesideTable(sheet: SheetData, table: TableInfo): number {
  const rows = table.bottom - table.top - table.totalsRowCount;
  let n = 0;
  for (let c = table.right + 1; ; c++) {
    const header = sheet.cells[table.top - 1]?.[c - 1];
    if (typeof header !== "string" || isBlank(header)) break;
    if (
      sheet.tables.some(
        (t) => t !== table && t.left <= c && c <= t.right && t.top <= table.bottom && table.top <= t.bottom,
      )
    )
      break;
    // (A column filled on the first rows only, with more headed columns after it, is the table's own:
    // a `Contact` known for some partners beside Received, a reviewer's repro, Received lost.)
    const after = sheet.cells[table.top - 1]?.[c];
    if (listBeside(sheet, table, c, rows) && (typeof after !== "string" || isBlank(after))) break;
    n++;
  }
  return n;
}

/**
 * Is column `c`, right beside `table`, empty under its header, or a list of values kept there for a
 * drop-down (a reviewer's repro: `Sector`'s five values read as the partners' sectors) rather than
 * the table's own data? A list: words, each once, from the first row down without a gap, ending
 * before the table's last row or running past it. Figures are data however sparse (Received on two
 * rows of six) and whatever sums them under the table (a reviewer's repro: a `=SUM` under `Amount`
 * took the column out, £21,000 with it).
 */
function listBeside(sheet: SheetData, table: TableInfo, c: number, rows: number): boolean {
  const values: Cell[] = [];
  let gap = false;
  let run = 0;
  for (let r = table.top + 1; r <= table.bottom - table.totalsRowCount; r++) {
    const cell = sheet.cells[r - 1]?.[c - 1];
    if (isBlank(cell)) {
      gap = true;
      continue;
    }
    values.push(cell);
    if (!gap) run++;
  }
  if (values.length === 0) return true;
  if (values.some((v) => typeof v !== "string") || run !== values.length) return false;
  if (new Set(values.map((v) => String(v).trim().toLowerCase())).size !== values.length) return false;
  return run < rows || !isBlank(sheet.cells[table.bottom]?.[c - 1]);
}

/**
 * Rows filled right under a table without a totals row, up to the first blank one, in its columns:
 * the table stopped growing while its data went on (a helper's round, real: a state's list of
 * training providers, its Table1 ending 1,034 rows above the data's end — $32.6M from 422 providers
 * checked and summed, where the sheet holds $39.5M from 606, and nothing said). Read with the table,
 * and said: a formula over the table in Excel leaves them out.
 */
export function rowsUnderTable(sheet: SheetData, table: TableInfo): number {
  let n = 0;
  for (let r = table.bottom + 1; r <= sheet.cells.length; r++) {
    const row = sheet.cells[r - 1] ?? [];
    let filled = false;
    for (let c = table.left; c <= table.right && !filled; c++) filled = !isBlank(row[c - 1]);
    // Another table starting here is its own.
    if (!filled || sheet.tables.some((t) => t !== table && t.top === r)) break;
    n++;
  }
  return n;
}
