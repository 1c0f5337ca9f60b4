import { GROUP_BACK } from "./labelRows";
import { firstFilled, sameText, totalKind, NOT_TOTAL } from "./notData";
import { sameFigure } from "./subtotals";
import { coerceNumber, isFigure } from "./amountCells";
import { isBlank, isBlankRow, isPlaceholder } from "./text";
import { KIND_DATE, KIND_NUMBER, KIND_TEXT, OK } from "./cellStates";
import type { Cell } from "./types";
import type { RowKinds } from "./rowKinds";

/**
 * What tells a Total row from a partner's (isTotalRow's questions), and the rows that add up a Total
 * again or others without a label: a section's heading above `Total <name>`, a group's subtotal, a
 * record described beside its label, a breakdown under a total, the rows just above adding up, an
 * unlabelled sums row of unmapped columns. Apart from rows.ts as only rows whose words say Total, or
 * nameless rows with figures, are asked. `kind` (`kinds`), `cells` and `totalRows`
 * are RowKinds'.
 */

/**
 * Each text of the data rows that may head a section, lower-cased — as written, and without a code
 * before it (`1000 GENERAL FUND` → `general fund`) — with the first row holding it. Read once, so a
 * report of thousands of `Total …` rows looks each up (a scan up the rows for each cost 62M reads).
 */
export function sectionHeadings(t: RowKinds, kind: Uint8Array): Map<string, number> {
  const headings = new Map<string, number>();
  // Heading rows only: no figure in an amount column (`Security` in a data row's Service column heads
  // nothing: a reviewer's repro, the supplier `Total Security` dropped).
  const amounts = [...t.slots].filter((s) => kind[s] === KIND_NUMBER).map((s) => t.index[s]);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells) || amounts.some((c) => isFigure(cells[c]))) continue;
    for (const cell of cells) {
      if (typeof cell !== "string" || cell.length < 3 || totalKind(cell) !== NOT_TOTAL) continue;
      const text = cell.trim().toLowerCase();
      if (!headings.has(text)) headings.set(text, r);
      const coded = /^[\d.\-/\s]+(?=\S)/.exec(text);
      if (coded) {
        const bare = text.slice(coded[0].length);
        if (!headings.has(bare)) headings.set(bare, r);
      }
    }
  }
  return headings;
}

/**
 * The rows under the loaded Total row that add up to it again: its breakdown (real: a government
 * table's `ENGLAND` row, then `CLASS BREAKDOWN` and six rows by class of authority, the same £89.8bn
 * again). Two rows or more with amounts, up to the next Total row or a note (`Source: …`), whose sums
 * equal the total's in every amount column it fills (within rounding). Undefined when there is
 * none: rows after a subtotal are the next section's data. Each Total row scans only to the next.
 */
export function breakdownBelow(t: RowKinds, kind: Uint8Array, total: number): Set<number> | undefined {
  const slots = t.slots.filter((s) => kind[s] === KIND_NUMBER && t.state[s] === OK);
  if (slots.length === 0) return undefined;
  const sums = new Float64Array(slots.length);
  const rows: number[] = [];
  const head = t.matrix[t.mapping.headerRow] ?? [];
  for (let r = total + 1; r < t.rowCount; r++) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells)) continue;
    const first = firstFilled(cells);
    if (first < 0) continue;
    const label = cells[first];
    if (typeof label === "string" && totalKind(label) !== NOT_TOTAL) break; // a total or a note
    // The header row again: another year's table under this one, its rows no breakdown of this
    // total even where they add up to it (a helper's round, real: a city's budget by year, FY15's
    // rows left out as FY14's "breakdown" when the two years' figures were the same).
    if (sameText(label, head[first])) break;
    let any = false;
    for (let k = 0; k < slots.length; k++) {
      const v = t.numAt(r, slots[k]);
      if (!Number.isFinite(v)) continue;
      sums[k] += v;
      any = true;
    }
    if (any) rows.push(r);
  }
  if (rows.length < 2) return undefined;
  let matched = 0;
  for (let k = 0; k < slots.length; k++) {
    const want = t.num[slots[k]];
    if (Math.abs(want - sums[k]) > Math.max(0.005, Math.abs(want) * 0.001)) return undefined;
    if (want !== 0) matched++;
  }
  return matched > 0 ? new Set(rows) : undefined;
}

/**
 * Has the loaded row no words but the one at `label` and those the row above has too (a group's
 * programme)? A grant with its own ID, missing its name, whose purpose says `Total refurbishment …`,
 * is a grant (a reviewer's repro).
 */
export function noWordsBut(t: RowKinds, cells: readonly Cell[], label: number): boolean {
  const above = t.matrix[t.row - 1] ?? [];
  return cells.every((c, j) => j === label || isBlank(c) || isFigure(c) || c === above[j]);
}

/**
 * Does each amount of the loaded row equal the sum of the last two rows above it or more (up to the
 * data's first row, or a row already left out as a total)? A group's subtotal under its rows.
 */
export function lastRowsAddUp(t: RowKinds, kind: Uint8Array, totalRows: ReadonlySet<number>): boolean {
  const slots = [...t.slots].filter((s) => kind[s] === KIND_NUMBER && t.state[s] === OK);
  if (slots.length === 0 || slots.every((s) => t.num[s] === 0)) return false;
  const sums = slots.map(() => 0);
  let counted = 0;
  for (let r = t.row - 1; r >= t.firstDataRow && r >= t.row - GROUP_BACK; r--) {
    if (totalRows.has(r)) break;
    const values = slots.map((s) => t.numAt(r, s));
    if (values.every((v) => !Number.isFinite(v))) continue;
    values.forEach((v, k) => (sums[k] += Number.isFinite(v) ? v : 0));
    if (++counted >= 2 && slots.every((s, k) => sameFigure(sums[k], t.num[s]))) return true;
  }
  return false;
}

/**
 * `Total | Comcast | 6200 The Corners | Unincorporated | 6,355,057` under Comcast's parcels: a
 * group's subtotal, the word alone in a column of codes left of the key, the key repeating the name
 * of the row above — a record of the group, not of a company called Total (a helper's round, real:
 * Atlanta's Gwinnett abatements, each company's Total row summed with its parcels).
 */
export function subtotalOfGroup(t: RowKinds, cells: readonly Cell[], first: number): boolean {
  const key = t.keySlot < 0 ? -1 : t.index[t.keySlot];
  const label = cells[first];
  if (key <= first || typeof label !== "string" || !/^\W*(?:sub-?\s*)?totals?\W*$/i.test(label)) return false;
  const name = cells[key];
  if (typeof name !== "string" || isBlank(name)) return false;
  for (let r = t.row - 1; r >= t.firstDataRow; r--) {
    const above = t.matrix[r];
    if (!Array.isArray(above) || isBlankRow(above)) continue;
    return typeof above[key] === "string" && sameText(above[key].trim(), name.trim());
  }
  return false;
}

/**
 * Does the loaded row describe one thing in three texts or more beside its label — a code, a
 * country, a type — as the rows above do? A company named Total then (a helper's round, real: a
 * net-zero tracker's `COM-0102 | Total | FRA | Company | Net zero | In corporate strategy`, left
 * out of every check). A Total row writes figures beside its label, and few words if any.
 */
export function describedAsARecord(cells: readonly Cell[], first: number): boolean {
  const seen = new Set<string>();
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (c === first || typeof cell !== "string" || isBlank(cell) || isPlaceholder(cell)) continue;
    if (coerceNumber(cell) !== undefined || totalKind(cell) !== NOT_TOTAL || /^\s*all\b/i.test(cell)) continue;
    // A share or a change written as a percentage (`100%`, `+1%`) is a figure, not a description (a
    // helper's round, real: Tasmania's grants tables, a Total row with three `%` columns summed as a
    // council, twice the money).
    if (PERCENT_TEXT.test(cell)) continue;
    seen.add(cell.trim().toLowerCase());
  }
  return seen.size >= 3;
}

/** The mapped columns of lists, Yes/No and emails: values no Total row holds. */
export function listedColumns(t: RowKinds, kinds: Uint8Array): number[] {
  return t.mapping.columns
    .filter((c) => {
      const kind = kinds[t.tab.columns.findIndex((s) => s.id === c.id)];
      return kind !== KIND_NUMBER && kind !== KIND_TEXT && kind !== KIND_DATE;
    })
    .map((c) => c.index);
}

/** A percentage written as text: `100%`, `+1.5 %`, `-2%`, `(3%)`. */
const PERCENT_TEXT = /^\s*\(?\s*[+-]?\d[\d.,]*\s*%\s*\)?\s*$/;

/**
 * Is the loaded row, the block's last, a total of columns the mapping leaves out: no name, nothing
 * in a mapped column, and each of its figures the sum of its column over the rows above (two at
 * least), or a ratio of two of those sums (ratioOf)? Real: a grants list whose yearly columns map to nothing had its unlabelled sums row
 * reported as "Partner is empty". Only the block's last filled row is asked, and only when no row
 * above was left out (a labelled subtotal would be summed again).
 */
export function unmappedSumAbove(t: RowKinds, cells: readonly Cell[], row: number): boolean {
  const columns: number[] = [];
  const figures: number[] = [];
  // Figures as a CSV writes them too (`"6,000,000"`: a helper's round, real: New South Wales'
  // council grants, its unlabelled totals row "Council name is empty").
  const figure = (cell: Cell) =>
    typeof cell === "number" ? cell : typeof cell === "string" ? coerceNumber(cell) : undefined;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    const value = figure(cell);
    if (value === undefined || t.index.includes(c)) return false;
    columns.push(c);
    figures.push(value);
  }
  if (columns.length === 0) return false;
  for (let r = row + 1; r < t.rowCount; r++) {
    const below = t.matrix[r];
    if (Array.isArray(below) && !isBlankRow(below)) return false;
  }
  const sums = new Float64Array(columns.length);
  let counted = 0;
  for (let r = t.firstDataRow; r < row; r++) {
    const above = t.matrix[r];
    if (!Array.isArray(above)) continue;
    let any = false;
    for (let k = 0; k < columns.length; k++) {
      const v = figure(above[columns[k]]);
      if (v === undefined) continue;
      sums[k] += v;
      any = true;
    }
    if (any) counted++;
  }
  if (counted < 2) return false;
  // Beside the sums, a ratio of two of them (`% executed`, executed ÷ planned, as each row has it) is
  // the totals row's too: a plan's budget totals, `=SUM(BN2:BN332)` … with `BS333/BR333` beside them,
  // were read as an initiative with five required cells empty (corpus round fm, D5, real: Tenjo's
  // development plan). Two sums at least then, and every other figure such a ratio (or its percent).
  const summed: number[] = [];
  for (let k = 0; k < figures.length; k++) if (sameFigure(figures[k], sums[k])) summed.push(figures[k]);
  if (summed.length === figures.length) return true;
  if (summed.length < 2) return false;
  return figures.every((v, k) => sameFigure(v, sums[k]) || ratioOf(v, summed));
}

/**
 * Is `v` one of `sums` over another (or that times 100, a percent), within a thousandth of it? (Not
 * sameFigure's half a cent: a ratio is below 1, and any figure that small would pass.)
 */
function ratioOf(v: number, sums: readonly number[]): boolean {
  const near = (r: number) => Math.abs(v - r) <= Math.abs(r) * 0.001;
  for (let i = 0; i < sums.length; i++) {
    for (let j = 0; j < sums.length; j++) {
      if (i === j || sums[j] === 0 || sums[i] === 0) continue;
      const r = sums[i] / sums[j];
      if (near(r) || near(r * 100)) return true;
    }
  }
  return false;
}
