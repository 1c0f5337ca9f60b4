import {
  firstFilled,
  isEndMarkerRow,
  isRuleLine,
  holdsFootnote,
  isGrandTotal,
  saysMore,
  labelText,
  onlyFilled,
  sameText,
  totalKind,
  NOT_TOTAL,
  type LeftOutRow,
} from "./notData";
import { isBlank, isBlankRow } from "./text";
import type { Cell } from "./types";
import { type SubtotalKind } from "./subtotals";
import { restatedBelow } from "./restatedRows";
import { breakdownBelow, unmappedSumAbove } from "./totalRows";
import { headersMoved, mappedHeaderMoved, startsAnotherTable, titleAbove } from "./stackedTables";
import {
  asSubtotalsOfBelow,
  groupRows as groupRowsOf,
  subtotals as namelessSubtotals,
  totalsFirst,
} from "./tableSubtotals";
import { continues, wrapped as wrappedLine } from "./continuedLines";
import { continuesHeader, subLabels } from "./labelRows";
import { isFigure } from "./amountCells";
import { KIND_NUMBER, OK } from "./cellStates";
import { type QuickRow } from "./typedCells";
import { RowKinds } from "./rowKinds";

export {
  BLANK,
  OK,
  INVALID,
  VARIANT,
  PLACEHOLDER,
  ERROR_CELL,
  CELL_STATES,
  READABLE,
  type CellState,
} from "./cellStates";
export { matchList } from "./listLookups";
export { slotsOf, slotOf, tabSpec, type PlainRow } from "./blockColumns";
export { type QuickRow } from "./typedCells";

/**
 * A user's block, its cells typed (TypedCells), and which of its rows are data: totals, subtotals,
 * label rows, notes and tables stacked under it are found here, row by row as forEachRow reads, so
 * every check and sum leaves them out alike (SPEC "Rows that are not data"). The questions asked of
 * each row are RowKinds' (rowKinds.ts).
 */
export class TypedTable extends RowKinds {
  /**
   * VALIDATE's fast lane (forEachRow): false sends every row the long way, as the fast lane's test
   * compares them. On 100k ordinary rows the long way's questions (notData's, and those about a row
   * without a name) took a fifth of VALIDATE's time.
   */
  fastLane = true;

  /** The mapped columns' matrix indexes, for surelyLoadedData (empty: its key column is not loaded). */
  private mappedColumns: Int32Array | undefined = undefined;

  /**
   * Is loaded row `r` surely data, as the long way would find it? Its key is text the loading read as
   * a value (no placeholder, blank or error), a mapped column holds a number (a header row again holds
   * none, nor does a label row's one cell beside a name), and its first cell says no Total, END or
   * note, nor its header (surelyData). Not the first two rows under the header, where a line
   * describing the columns or annotations may stand (describesColumns, annotations). A row with a
   * name is never asked the questions about a row without one (a subtotal, a note on the sums).
   */
  private surelyLoadedData(r: number): boolean {
    if (r < this.firstDataRow + this.headerLines + 2) return false;
    const key = this.keySlot;
    // (Only where load reads the key: SUMMARY's tables read three slots or four.)
    const columns = (this.mappedColumns ??= this.mappedSlots.includes(key)
      ? Int32Array.from(this.mapping.columns, (c) => c.index)
      : new Int32Array(0));
    if (columns.length === 0 || this.state[key] !== OK) return false;
    const cells = this.cells;
    if (typeof cells[this.index[key]] !== "string") return false;
    for (let i = 0; i < columns.length; i++) {
      if (typeof cells[columns[i]] === "number") return this.surelyData(cells);
    }
    return false;
  }

  /**
   * Is a row that has at least two mapped cells holding ordinary values (the caller has seen them:
   * text that is no placeholder, finite numbers) surely a data row — no Total, END marker or header
   * row again — without loading it? notData's questions, asked of the raw cells and answered only
   * when the answer is plain: false sends the row the long way (load, then notData), never wrongly
   * one way or the other. With two values filled the row is neither empty nor a label row.
   */
  surelyData(cells: readonly Cell[]): boolean {
    const first = firstFilled(cells);
    const label = cells[first];
    // A row of figures with no name may be a total nobody labelled (unmappedSumAbove): the long way.
    if (typeof label === "number") return !this.keyBlankIn(cells) && !this.keyTotalIn(cells, first);
    // A `Total <name>` or an area's name that may add up the rows above it is settled the long way
    // (isTotalRow), and so is a note's words (`Source: …`).
    if (typeof label !== "string" || totalKind(label) !== NOT_TOTAL || isEndMarkerRow(cells, first)) return false;
    if (this.keyTotalIn(cells, first)) return false;
    const head = this.matrix[this.mapping.headerRow];
    return !(Array.isArray(head) && sameText(label, head[first]));
  }
  /**
   * The column a sums row is named by: its first filled cell when that holds words (its group's name,
   * `North`); when it holds a figure, its first mapped amount holding one (the money it repeats) — not
   * a column the mapping ignores because it comes first (a helper's round, real: DC's school
   * buildings, each ward's sums row cited by its `past` cell, I14, where `total` was the column mapped).
   */
  private figureColumn(): number {
    const first = firstFilled(this.cells);
    if (!isFigure(this.cells[first])) return first;
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      if (this.kind[slots[k]] === KIND_NUMBER && this.has(slots[k])) return this.index[slots[k]];
    }
    return first;
  }

  /**
   * Calls `each` for every data row, loaded: blank rows, totals, label rows and notes under the data
   * are skipped (the last three recorded in `leftOut`). A row that `quick` takes (see QuickRow) is
   * data it has read itself: it is neither loaded nor passed to `each`.
   */
  forEachRow(each: () => void, quick?: QuickRow): void {
    const leftOut: LeftOutRow[] = [];
    const emptyRows: number[] = [];
    let lastData = -1;
    // After a Total row and a rule line (`___________`), a printed statement's footnotes: a row there
    // with no amount is a note, not a partner (real: NYC's largest-taxpayers table lists
    // "2014-Consolidated Edison" under its total and a rule, as a footnote to its first line).
    let totalSeen = false;
    let footnotes = false;
    this.startSums();
    const matrix = this.matrix;
    // Rows under a Total row that add up to it again (see breakdownBelow): left out as they come.
    let breakdown: Set<number> | undefined;
    let subtotals: Map<number, SubtotalKind> | undefined;
    // Rows under the header row again that the table above holds already (see restatedBelow), and
    // where the table above began.
    let restated: Set<number> | undefined;
    let blockStart = this.firstDataRow + this.headerLines;
    const groupRows = groupRowsOf(this, this.kind) ?? asSubtotalsOfBelow(totalsFirst(this, this.kind));
    // After a Grand Total that adds up the rows above it, a row saying more (`Other obligations not
    // tagged as relief:  70`) is a note on the table, not a partner.
    let afterGrandTotal = false;
    // Under a `Totals` heading below the data (the word alone, a blank row above it), the rows to the
    // next blank row add up the data again by group: nameless, or names the data has already (a
    // helper's round, real: Atlanta's Gwinnett abatements, its four companies again under `Totals`,
    // their names in the code column, summed a second time with "Property is empty" on each).
    let rollUp = false;
    // The row the fast lane last refused: it goes the long way without being offered again.
    let refused = -1;
    let dataRows = 0;
    const rowCount = this.rowCount;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      if (r < this.firstDataRow + this.headerLines) {
        const cells = matrix[r] ?? [];
        const column = firstFilled(cells);
        // A blank line inside the header (above its units) is nothing to name.
        if (column >= 0) leftOut.push({ row: r, kind: "headerMore", label: labelText(cells[column]), column });
        continue;
      }
      if (breakdown !== undefined && breakdown.has(r)) {
        const cells = matrix[r] ?? [];
        const column = firstFilled(cells);
        leftOut.push({ row: r, kind: "breakdown", label: labelText(cells[column]), column });
        continue;
      }
      if (restated !== undefined && restated.has(r)) {
        const cells = matrix[r] ?? [];
        const column = firstFilled(cells);
        leftOut.push({ row: r, kind: "restated", label: labelText(cells[column]), column });
        continue;
      }
      const groupKind = groupRows?.get(r);
      if (groupKind !== undefined) {
        const cells = matrix[r] ?? [];
        // Named by its name, where it has one (`England`, not its code `Eng`).
        const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
        const column = key >= 0 && !isBlank(cells[key]) ? key : firstFilled(cells);
        this.sums.totalAt(r);
        leftOut.push({ row: r, kind: groupKind, label: labelText(cells[column]), column });
        continue;
      }
      if (rollUp) {
        const cells = matrix[r];
        if (!Array.isArray(cells) || isBlankRow(cells)) {
          rollUp = false;
          continue;
        }
        if (this.keyBlankIn(cells) || this.namedAbove(cells[this.index[this.keySlot]], r)) {
          const column = firstFilled(cells);
          this.sums.totalAt(r);
          leftOut.push({ row: r, kind: "rollUp", label: labelText(cells[column]), column });
          continue;
        }
        rollUp = false;
      }
      // Right after a label or Total row under the data, the next row is read the long way: it may be
      // another table's header row (below). So is a row after a blank one under the data.
      const afterLabel = lastData >= 0 && leftOut.length > 0 && leftOut[leftOut.length - 1].row > lastData;
      const afterBlank = lastData >= 0 && lastData < r - 1 && isBlankRow(matrix[r - 1] ?? []);
      if (quick !== undefined && !afterGrandTotal && !afterLabel && !afterBlank && r !== refused) {
        // A run of rows the fast lane takes, up to the next row this loop must look at itself: none
        // while rows are read as breakdowns, restated, group rows or a roll-up (asked above, a row each).
        const to =
          breakdown === undefined && restated === undefined && groupRows === undefined && !rollUp ? rowCount : r + 1;
        const next = quick(r, to);
        if (next > r) {
          dataRows += next - r;
          lastData = next - 1;
          refused = next; // (taken the long way when the loop gets there)
          r = next - 1;
          continue;
        }
      }
      if (!this.load(r)) continue;
      // A named row with a figure, ordinary all through (surelyLoadedData), past the rows where the long
      // way's questions about what follows a Total, a label or a blank row are asked: data.
      if (this.fastLane && !afterLabel && !afterBlank && !afterGrandTotal && !footnotes && this.surelyLoadedData(r)) {
        lastData = r;
        dataRows++;
        each();
        continue;
      }
      // After a blank row, only a row that says some of this table's headers again (a second table
      // stacked under the first, its columns in another order: a helper's round, real: Atlanta's
      // Gwinnett sheet, its addresses read as partners under the first table's headers).
      if (
        (afterLabel && startsAnotherTable(this, this.kind, this.cells, r)) ||
        (afterBlank && headersMoved(this, this.cells))
      ) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "table", label: labelText(this.cells[column]), column });
        break;
      }
      // A row with no name right under a Total row, its figures the total's again: a check of the total
      // (a helper's round, real: a city's budget trends, `,,210,90,TRUE,300` under each year's Total,
      // +$3.89bn where another year's block follows).
      if (this.nameless() && this.hasAmount() && this.sums.repeatsTotalAbove(r)) {
        this.sums.totalAt(r);
        const column = this.figureColumn();
        leftOut.push({ row: r, kind: "sumAbove", label: labelText(this.cells[column]), column });
        continue;
      }
      if (this.nameless() && this.subtotalBeside(r)) {
        this.sums.totalAt(r);
        const column = this.subtotalColumn;
        leftOut.push({ row: r, kind: "sumAbove", label: labelText(this.cells[column]), column });
        continue;
      }
      // A row with no name but figures may add up others though no label says so (see subtotals.ts):
      // looked for once, at the first such row, so a sheet whose rows all have names never pays.
      if (this.nameless() && this.hasAmount()) {
        const kind = (subtotals ??= namelessSubtotals(this, this.kind)).get(r);
        if (kind !== undefined) {
          this.sums.totalAt(r); // its figures are no row's to add up again
          // An unlabelled total under the data, as a labelled one: unnamed rows under it are on the sums.
          if (kind === "sumAbove") totalSeen ||= lastData >= 0;
          // A label saying Total in another column names it so ("the sum … with no label saying so
          // ("TOTAL")" contradicted itself).
          const labelled = this.totalInAnotherColumn(firstFilled(this.cells));
          const column = labelled ? this.totalLabelAt : this.figureColumn();
          leftOut.push({ row: r, kind: labelled ? "total" : kind, label: labelText(this.cells[column]), column });
          continue;
        }
      }
      if (leftOut.length === 0 && this.nameless() && !this.hasAmount() && unmappedSumAbove(this, this.cells, r)) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "sumAbove", label: labelText(this.cells[column]), column });
        continue;
      }
      // Under a Total row, a row naming rows above it (`Other (Student Support, Departmental Support)`)
      // is a breakdown of them, the same money again (a helper's round, real: a university
      // foundation's pledges and grants, +10.8%, counted as a partner).
      if (afterLabel && totalSeen && this.namesRowsAbove(r)) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "breakdown", label: labelText(this.cells[column]), column });
        continue;
      }
      const kind = this.notData();
      // The header row again, but a mapped column's header now over another column (`Amount` in E,
      // not F): another table stacked under this one, its rows not to be read under these headers
      // (a helper's round, real: Lancashire Fire's payments, the second table's £1.56M read as blanks).
      if (
        (kind === "header" || (kind === undefined && this.headersAgainElsewhere())) &&
        mappedHeaderMoved(this, this.cells)
      ) {
        const column = firstFilled(this.cells);
        leftOut.push({ row: r, kind: "table", label: labelText(this.cells[column]), column });
        break;
      }
      if (kind === undefined) {
        // Under the last named row, a row with no name after a Total row, or with nothing in a tracker
        // column above one, is a figure on the sums (a check figure, a `Difference` line), not a
        // partner missing its name (real: a council's awards list). A form's unnamed responses, with no
        // Total under them, stay rows to fix.
        const underTotals =
          this.nameless() &&
          r > this.lastNamedRow() &&
          (totalSeen || (this.filledSlots() === 0 && r < this.lastTotalUnderData()) || holdsFootnote(this.cells));
        // Under a Total row, a sentence with nothing in a tracker column is a note on the table, whatever
        // names a table further down has (real: Atlanta's Gwinnett sheet, "Aggregated county abatement %
        // is 2 points higher …" beside a ratio, three times "Property is empty").
        const sentence = totalSeen && this.nameless() && this.filledSlots() === 0 && saysMore(this.cells);
        if ((footnotes && !this.hasAmount()) || (afterGrandTotal && saysMore(this.cells)) || underTotals || sentence) {
          // Named by its words where it has some (`Admin New Add`, not the 500 before them): a
          // footnote's, where it has one.
          const note = this.cells.findIndex((c) => typeof c === "string" && holdsFootnote([c]));
          const words = note >= 0 ? note : this.cells.findIndex((c) => typeof c === "string" && c.trim() !== "");
          const column = words >= 0 ? words : firstFilled(this.cells);
          leftOut.push({ row: r, kind: "note", label: labelText(this.cells[column]), column });
          continue;
        }
        lastData = r;
        dataRows++;
        each();
        continue;
      }
      if (kind === "total") {
        afterGrandTotal ||= isGrandTotal(this.cells) && this.sums.addsUpAbove();
        rollUp =
          lastData >= 0 &&
          lastData < r - 1 &&
          isBlankRow(matrix[r - 1] ?? []) &&
          onlyFilled(this.cells, firstFilled(this.cells));
        this.sums.totalAt(r);
        // Totals above every data row (a Norwegian list's `TOTALT` a year, first) are no sums under the data.
        totalSeen ||= lastData >= 0;
        // A Total above every data row (a report's Grand Total printed first) totals the rows below
        // it: they are the data, not the same money again (real: a rental-aid report, $0 summed).
        if (lastData >= 0) breakdown = breakdownBelow(this, this.kind, r) ?? breakdown;
      }
      // A section's label (`NONPROFITS:`) starts the rows its `Total nonprofit grants` adds up, as a
      // Total row does (a helper's round, real: NYC's component units, a section subtotal counted).
      if (kind === "label") {
        this.sums.totalAt(r);
        this.sums.labelAt(r);
      }
      if (kind === "label" && totalSeen && !footnotes) {
        const label = this.cells[firstFilled(this.cells)];
        footnotes = typeof label === "string" && isRuleLine(label);
      }
      if (kind === "header" && lastData >= blockStart) {
        restated = restatedBelow(this, blockStart, r) ?? restated;
        blockStart = r + 1;
      }
      if (kind === "empty") {
        emptyRows.push(r); // as good as blank: no check names it
        continue;
      }
      const column = this.totalLabelAt >= 0 ? this.totalLabelAt : firstFilled(this.cells);
      const more =
        kind === "label" &&
        ((r === this.firstDataRow &&
          (continuesHeader(this, this.cells, this.besideFrom()) ||
            subLabels(this, this.cells) ||
            this.annotations())) ||
          this.describesColumns(r));
      leftOut.push({ row: r, kind: more ? "headerMore" : kind, label: labelText(this.cells[column]), column });
    }
    this.emptyRows = emptyRows;
    this.lastDataRow = lastData;
    this.dataRows = dataRows;
    // Label rows below the last data row are notes under the data; inside it, a label row whose text
    // goes on a data row's text beside it is that row's wrapped line.
    // The label row just above another table's header row (blank rows between) is that table's title.
    const notData = new Set(leftOut.map((l) => l.row));
    const next = leftOut[leftOut.length - 1];
    const titleRow = next?.kind === "table" ? titleAbove(this, next.row, lastData) : -1;
    // (In row order: a line continues a record past the lines continuing it above.)
    const continuing = new Map<number, number>();
    const wrapped = new Set<number>();
    for (const l of leftOut) {
      if (l.kind !== "label") continue;
      if (l.row <= lastData && wrappedLine(this, l.row, notData)) wrapped.add(l.row);
      else {
        const of = continues(this, l.row, continuing, notData, l.row > lastData);
        if (of >= 0) continuing.set(l.row, of);
      }
    }
    this.leftOut = leftOut.map((l) => {
      if (l.kind !== "label") return l;
      if (wrapped.has(l.row)) return { ...l, kind: "wrapped" };
      const of = continuing.get(l.row);
      if (of !== undefined) return { ...l, kind: "continued", of };
      return l.row > lastData ? { ...l, kind: l.row === titleRow ? "title" : "note" } : l;
    });
  }
}
