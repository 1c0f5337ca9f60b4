import { firstFilled, sameText } from "./notData";
import { isBlank, isBlankRow } from "./text";
import { isFigure } from "./amountCells";
import type { Cell } from "./types";
import type { TypedTable } from "./rows";

/**
 * A table restated under its header row repeated: rows under the header row again that the table above
 * holds already, the same money twice (forEachRow leaves them out as `restated`). Apart from rows.ts as
 * it reads whole runs of rows once, at a repeated header row, never a row at a time; TypedTable asks it.
 */

/**
 * The rows under the header row again (`header`) when each is a row of the table above it (from
 * `start`), alike in every mapped column: the table restated, the same money again (a helper's
 * round, real: NYC's checkbook reconciliation, its nine agencies' budgets twice under two titles of
 * the same year, $105.6bn summed for $52.8bn and copied twice by `new --from`). Two rows at least,
 * to the next blank row or header; undefined when one differs. Not under a title naming a year the
 * table above does not (a city's budget by year, FY14's and FY15's figures alike, each a year's).
 */
export function restatedBelow(table: TypedTable, start: number, header: number): Set<number> | undefined {
  const head = table.matrix[table.mapping.headerRow] ?? [];
  const columns = table.mapping.columns.map((c) => c.index);
  const signature = (cells: readonly Cell[]) =>
    columns
      .map((i) => (typeof cells[i] === "string" ? (cells[i] as string).trim().toLowerCase() : String(cells[i] ?? "")))
      .join("\u0001");
  const above = new Map<string, number>();
  for (let r = start; r < header; r++) {
    const cells = table.matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    const s = signature(cells);
    above.set(s, (above.get(s) ?? 0) + 1);
  }
  const rows: number[] = [];
  for (let r = header + 1; r < table.rowCount; r++) {
    const cells = table.matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) {
      if (rows.length > 0) break;
      continue;
    }
    const first = firstFilled(cells);
    if (sameText(cells[first], head[first])) break; // the header row once more
    const s = signature(cells);
    const n = above.get(s) ?? 0;
    if (n === 0) return undefined;
    above.set(s, n - 1);
    rows.push(r);
  }
  if (rows.length < 2) return undefined;
  const yearsAbove = yearsIn(table.matrix, table.mapping.headerRow);
  for (const year of yearsIn(table.matrix, header)) if (!yearsAbove.has(year)) return undefined;
  // Under a title of its own, one naming no period the first table's does not: the header repeated
  // at a page break, or a `Quarter 2` over the same rents as `Quarter 1`, is the next rows, the same
  // money paid again (a reviewer's repro: $1,150 summed for $2,300).
  let t = header - 1;
  while (t > table.mapping.headerRow && isBlankRow(table.matrix[t] ?? [])) t--;
  // Three lines or more of fields above it (a project's code and name, its description, its
  // location): another table described, not a page's header again, whatever rows it shares (a
  // drift check, real: Baltimore's capital plan, projects funded alike left out as restated, $29.3M).
  if (linesAbove(table, header) >= 3) return undefined;
  const title = table.matrix[t];
  if (t <= table.mapping.headerRow || !Array.isArray(title) || title.filter((c) => !isBlank(c)).length > 2)
    return undefined;
  // (A title, not a row of the table: nothing in a tracker column but its words.)
  const words = firstFilled(title);
  if (table.mapping.columns.some((c) => c.index !== words && !isBlank(title[c.index]))) return undefined;
  const periodsAbove = periodsIn(table.matrix.slice(0, table.mapping.headerRow));
  for (const period of periodsIn([title])) if (!periodsAbove.has(period)) return undefined;
  return new Set(rows);
}

/**
 * The lines of two cells or more right above row `header` with nothing in a mapped column but
 * words (a record's fields: its code and name, `Description: | …`), up to the first row holding a
 * figure in one (the table above's last row), blank lines passed over.
 */
function linesAbove(table: TypedTable, header: number): number {
  let lines = 0;
  for (let r = header - 1; r > table.mapping.headerRow; r--) {
    const cells = table.matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    if (table.mapping.columns.some((c) => isFigure(cells[c.index]))) break;
    // A label beside its value (`Location: | Various`), not a note or a title alone on its line:
    // notes under the first table are no description of the next (a reviewer's repro).
    // (Nor a note given as a label and its words: `Source: | Mayor's Office`, `As of: | 30 June 2024`.)
    const label = cells[firstFilled(cells)];
    if (cells.filter((c) => !isBlank(c)).length >= 2 && !(typeof label === "string" && NOTE_LABEL_CELL.test(label)))
      lines++;
  }
  return lines;
}

/** A note's label in a cell of its own (`Source:`, `As of:`, `Prepared by`): no field of a record. */
const NOTE_LABEL_CELL =
  /^\s*(?:notes?|sources?|as of|as at|prepared(?: by)?|approved(?: by)?|compiled(?: by)?|(?:last )?updated|date|data|figures)\s*:?\s*$/i;

/** The years (`2023`, `FY15`) the three rows above a header row name: its table's title. */
function yearsIn(matrix: readonly (readonly Cell[] | undefined)[], header: number): Set<string> {
  const years = new Set<string>();
  for (let r = Math.max(0, header - 3); r < header; r++) {
    for (const cell of matrix[r] ?? []) {
      if (typeof cell !== "string" || cell.length > 200) continue;
      for (const m of cell.matchAll(/\b(?:FY ?)?((?:19|20)?\d\d)\b/gi)) {
        if (m[0].length >= 4) years.add(m[1].slice(-2));
      }
    }
  }
  return years;
}

/** A period a title names (`Quarter 2`, `Q3`, `March`, `H1`, `Spring`): its words, lower case. */
const PERIOD_WORD =
  /\b(?:q[1-4]|quarter\s*\d|\d(?:st|nd|rd|th)\s+quarter|h[12]|half|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|week\s*\d+|month\s*\d+|period\s*\d+|semester\s*\d|spring|summer|autumn|fall|winter)\b/gi;

/** The periods the text cells of `rows` name (see PERIOD_WORD). */
function periodsIn(rows: readonly (readonly Cell[] | undefined)[]): Set<string> {
  const found = new Set<string>();
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    for (const cell of row) {
      if (typeof cell !== "string" || cell.length > 200) continue;
      for (const m of cell.matchAll(PERIOD_WORD)) found.add(m[0].toLowerCase().replace(/\s+/g, " "));
    }
  }
  return found;
}
