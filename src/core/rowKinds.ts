import {
  firstFilled,
  isEndMarkerRow,
  isRuleLineRow,
  fewWords,
  figuresOnly,
  isDashAlone,
  onlyFilled,
  sameHeader,
  sameText,
  namesRowsAbove,
  totalKind,
  NOT_TOTAL,
  TOTAL,
  NAMED_TOTAL_LABEL,
  NOTE_ROW,
  type LeftOutRow,
} from "./notData";
import { isBlank, isPlaceholder, trimCaseKey } from "./text";
import type { Cell } from "./types";
import { sameFigure } from "./subtotals";
import { KEY_COLUMNS } from "../schema";
import { figuresFollow } from "./columnDescriptions";
import { RunningSums } from "./runningSums";
import { addsUpPart } from "./partTotals";
import { besideFrom, namesAloneList, type NamesAloneList } from "./tableEdges";
import {
  describedAsARecord,
  lastRowsAddUp,
  listedColumns,
  noWordsBut,
  sectionHeadings,
  subtotalOfGroup,
} from "./totalRows";
import { carriedOnly, defaultsOnly, pageNumber, runningTotalsOnly, untickedOnly } from "./unusedLines";
import { currencyInText } from "./currencyWords";
import { continuesGroup, dashesAcross, subLabels, SUB_LABEL_LENGTH, wholeLine } from "./labelRows";
import { coerceNumber, isFigure } from "./amountCells";
import { BLANK, KIND_NUMBER, OK, PLACEHOLDER } from "./cellStates";
import { TypedCells } from "./typedCells";

/** `<name> Total` (see keyTotalIn), not `Grand total` or `Sub-total`. */
const NAME_THEN_TOTAL = /^(?!\s*(?:grand|sub-?)\s*totals?:?\s*$).*\S\s+(?:sub-?)?totals?:?\s*$/i;

/**
 * A user's block, its cells typed (TypedCells), and the questions that tell its rows apart: is the
 * loaded row a Total, a label row, the header again, a note (SPEC "Rows that are not data")? What
 * forEachRow (rows.ts, TypedTable) asks of each row as it reads them, apart from the loop itself so
 * that each fits in one sitting.
 */
export class RowKinds extends TypedCells {
  /**
   * Rows of the block that are not data, found by the last forEachRow: totals, label rows and notes
   * under the data, in sheet order. They were left out of every check and sum.
   */
  leftOut: LeftOutRow[] = [];

  /**
   * Rows of the block where nothing was entered — only placeholders or zeros (an unused line of a
   * form) — found by the last forEachRow: as good as blank to every check, but a copy names them.
   */
  emptyRows: number[] = [];
  /** The last data row forEachRow passed (0-based), -1 before it has run or when there was none. */
  lastDataRow = -1;
  /** The data rows the last forEachRow read (passed to `each` or taken by its fast lane). */
  dataRows = 0;

  /** The running sums of the amount columns, asked at Total rows (runningSums.ts). */
  protected readonly sums = new RunningSums(this, this.kind);

  /**
   * Does a row above the loaded one head the section `Total <name>` closes: a cell of the name alone, or
   * of a code then the name (`1000 GENERAL FUND`)?
   */
  private sectionAbove(label: Cell): boolean {
    const name = typeof label === "string" ? label.replace(/^\s*(?:grand\s+|sub-?\s*)?totals?\s+/i, "").trim() : "";
    if (name.length < 3) return false;
    const first = (this.headings ??= sectionHeadings(this, this.kind)).get(name.toLowerCase());
    return first !== undefined && first < this.row;
  }

  /** sectionHeadings' answer, once worked out. */
  private headings: Map<string, number> | undefined = undefined;

  /** `Total <name>` rows that added up the rows above them, so far (isTotalRow). */
  private namedTotalsAdding = 0;

  /** Starts the running sums at the block's first data row (forEachRow). */
  protected startSums(): void {
    this.namedTotalsAdding = 0;
    this.sums.start();
  }

  /**
   * Is the loaded row a Total row, the header row repeated, or a label row (SPEC "Rows that are not
   * data")? A Total row's first filled cell says Total (isTotalRow). A label row has one text cell and
   * nothing else, or nothing in any tracker column and a few words elsewhere (a section heading), in a
   * block that maps two columns or more.
   */
  protected notData(): "total" | "label" | "header" | "empty" | "wholeLine" | undefined {
    const cells = this.cells;
    const first = firstFilled(cells);
    if (first < 0) return undefined;
    if (this.placeholdersOnly()) return "empty";
    const label = cells[first];
    this.totalLabelAt = -1;
    if (this.totalInAnotherColumn(first) || this.totalInKeyColumn(first)) return "total";
    if (this.yearsOfHeaders()) return "header";
    // Nothing in any tracker column, and in the others only a printed page's number or a running
    // total's step: as good as blank to the tracker (a helper's round, real: a state auditor's report
    // and Tennessee's water awards, "Locality is empty"). Other figures alone stay a row missing its
    // name. (Read from every mapped column's cell, loaded or not: SUMMARY loads three.)
    // (A row holding a formula not calculated in a mapped column has a value there: data.)
    const uncalculated = this.uncalculatedRows?.has(this.row) === true;
    if (
      this.labelRows &&
      !uncalculated &&
      this.mapping.columns.length >= 2 &&
      this.mapping.columns.every((c) => isBlank(cells[c.index])) &&
      ((figuresOnly(cells) && (pageNumber(cells) || runningTotalsOnly(this, cells))) ||
        untickedOnly(cells) ||
        carriedOnly(this, cells) ||
        defaultsOnly(this, cells, this.lastNamedRow()))
    ) {
      return "empty";
    }
    if (typeof label !== "string") return undefined;
    // One text in every filled cell, three at least: a note merged across the table, as an export
    // unmerges it into each cell (a helper's round, real: a Bulgarian list of EU projects, its four
    // notes under the data counted as partners and taken for cells shifted a column).
    if (this.sameTextAcross(cells, first, label)) return "label";
    // An END marker or a rule line under a template's rows, or `Source: …` (whatever numbers the row holds beside
    // it): a note under the data (forEachRow names it so), or a label row inside it.
    if (isEndMarkerRow(cells, first) || isRuleLineRow(cells, first)) return "label";
    const total = totalKind(label);
    if (total === NOTE_ROW) return "label";
    if (total !== NOT_TOTAL && this.isTotalRow(total, first)) return "total";
    if (this.repeatsHeader(first, label)) return "header";
    if (this.annotations() || this.describesColumns(this.row)) return "label";
    // Only a row with at most one filled mapped cell can be a label row: others never pay for the scan.
    if (!this.labelRows || uncalculated || this.mapping.columns.length < 2) return undefined;
    const slots = this.mappedSlots;
    let filled = 0;
    // (Dashes across the row, in its text columns too, are nothing: `Sport | - | -` is a heading.)
    // Looked for only at a placeholder: a row of two values never pays for the scan.
    let dashes: boolean | undefined;
    // A dash alone in a row whose key is blank is nothing either: `Bäderland Hamburg GmbH | | -` under
    // `Department | Partner | Amount` is a unit listed with no gift, not a partner without a name (a
    // helper's round, real: Hamburg's sponsoring report, 10 "Partner is empty" errors). A name with a
    // dash (`Quay Arts | -`) is a partner with no money yet (dashesAcross).
    // (Only where the text is in a column the tracker does not read: `| Nonprofit | -` is a partner's row
    // missing its name — a reviewer's repro.)
    // (Asked only at a placeholder, as dashes are.)
    let keyBlank: boolean | undefined;
    const blankKey = () => {
      const key = this.keySlot;
      return (
        key >= 0 &&
        this.index[key] >= 0 &&
        isBlank(cells[this.index[key]]) &&
        !this.mapping.columns.some((c) => c.index === first)
      );
    };
    for (let k = 0; k < slots.length; k++) {
      const state = this.state[slots[k]];
      if (state === BLANK) continue;
      if (state === PLACEHOLDER && (keyBlank ??= blankKey()) && isDashAlone(cells[this.index[slots[k]]])) continue;
      if (state === PLACEHOLDER && (dashes ??= dashesAcross(this, this.kind, cells))) continue;
      if (++filled > 1) return undefined;
    }
    dashes = (dashes ?? dashesAcross(this, this.kind, cells)) || keyBlank === true;
    // Nothing in any tracker column, and only a few words in the sheet's others: a section heading
    // (`002 | MAYORALTY` above a department's rows), not a partner whose every cell is missing. (A
    // form response abandoned before its name, with its timestamp and answers, stays a row to fix.)
    // A list beside the table, past an empty column (`List of recipients included:` two columns to
    // the right), is not this row's: it does not make a heading a data row.
    const read = dashes ? cells.map((c) => (isDashAlone(c) ? null : c)) : cells;
    const row = this.besideFrom() < read.length ? read.slice(0, this.besideFrom()) : read;
    if (!onlyFilled(row, first)) {
      return filled === 0 && (fewWords(row) || subLabels(this, this.cells)) ? "label" : undefined;
    }
    if (continuesGroup(this, first)) return undefined;
    if (this.namesAlone(first)) return undefined;
    return wholeLine(this, this.kind, label) ? "wholeLine" : "label";
  }

  /** What namesAlone read of the block's list, once worked out (undefined: not yet). */
  private namesAloneRead: NamesAloneList | undefined = undefined;

  /**
   * Is `first` the key column, and three in four of the block's rows a name there and nothing else? A
   * list of partners with nothing beside their names yet, not label rows (a helper's round, real:
   * Arts Council England's portfolio, its rows without figures "label rows" and "a note under the
   * data" — `new --from` copied 26 partners of 985). Worked out once, at the first such row
   * (tableEdges.ts).
   */
  private namesAlone(first: number): boolean {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    if (key !== first) return false;
    const list = (this.namesAloneRead ??= namesAloneList(this, key));
    return (list.alone || this.row >= list.tailFrom) && this.row < list.end;
  }

  /** Is `label`, at `first`, in every filled cell of the row, three cells at least? */
  private sameTextAcross(cells: readonly Cell[], first: number, label: string): boolean {
    let same = 0;
    for (let c = first; c < cells.length; c++) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      if (cell !== label) return false;
      same++;
    }
    return same >= 3;
  }

  /** besideFrom's answer, once worked out (-1: not yet). */
  private beside = -1;

  /** The first column of what stands beside the table rather than in it (tableEdges.ts), once worked out. */
  protected besideFrom(): number {
    if (this.beside < 0) this.beside = besideFrom(this);
    return this.beside;
  }
  /**
   * Is the first row under the header a template's note on each column, a few words said again and
   * again (`No change` under most headers, `Could change`, `Will change` under others)? A helper's
   * round (real: Treasury's relief-fund reporting template, "No change" counted as a partner and
   * "Could change" an amount in error). Every filled cell short text without a digit (a formula's 0
   * aside), four at least, each text twice on average — and the key column's text among the repeated
   * ones: a data row's name is its own, whatever its other cells repeat (`Yes`, `Yes`, `No`).
   */
  protected annotations(): boolean {
    if (this.row !== this.firstDataRow) return false;
    const counts = new Map<string, number>();
    let texts = 0;
    for (const cell of this.cells) {
      if (isBlank(cell) || cell === 0) continue;
      if (typeof cell !== "string" || cell.length > SUB_LABEL_LENGTH || /\d/.test(cell)) return false;
      const text = trimCaseKey(cell);
      counts.set(text, (counts.get(text) ?? 0) + 1);
      texts++;
    }
    if (texts < 4 || counts.size * 2 > texts) return false;
    const key = KEY_COLUMNS[this.tab.name].map((k) => this.index[this.tab.columns.indexOf(k)]).find((i) => i >= 0);
    const name = key === undefined ? undefined : this.cells[key];
    return typeof name === "string" && (counts.get(trimCaseKey(name)) ?? 0) >= 2;
  }

  /**
   * Is row `r`, at the top of the data, a line describing each column — a data dictionary's row under
   * its headers (`The total cost of the project estimated …` under Budget Forecast), or the notes row after
   * it (`Negative numbers represent dollars under budget`)? A helper's round (real: NYC's capital projects
   * dashboard, a partner named "Agency that is managing the project development process" and its amount in
   * error). A sentence (three words or more) where a figure or a date goes and figures there below it
   * (figuresFollow), and sentences in half its filled cells at least; on the first data row, or the next after one.
   */
  protected describesColumns(r: number): boolean {
    if (r !== this.firstDataRow && !(r === this.firstDataRow + 1 && this.describesColumns(this.firstDataRow))) {
      return false;
    }
    const cells = this.matrix[r] ?? [];
    // Words of letters: `2 000,50 kr` is an amount as the Nordic countries write it, no sentence.
    // A web address is no sentence, nor is a figure followed by words where a figure goes (`$1.2
    // million unrestricted grants`: a helper's round, real, a foundation's portfolio, its first grant
    // called the header's second line and left out of the sums).
    const sentence = (cell: Cell) =>
      typeof cell === "string" && !/^\s*https?:/i.test(cell) && (cell.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3;
    // Nor is a sentence naming an amount in a currency (`Up to €1.5M (+ up to €1M extra …)`): a record's
    // (corpus round io, real: a grants database, its first two calls left out of the sums).
    const described = (cell: Cell) =>
      sentence(cell) && !/^\W*\d/.test(cell as string) && currencyInText(cell as string) === "";
    const describedAt: number[] = [];
    for (let slot = 0; slot < this.tab.columns.length; slot++) {
      const c = this.index[slot];
      const type = this.tab.columns[slot].type;
      if (c < 0 || (type !== "currency" && type !== "number" && type !== "date")) continue;
      // A figure where one goes is a record's, whatever its other cells say: no column is described by
      // a number (a helper's round, real: the UK's major projects, a project whose Target date says
      // `Exempt under Section 43` beside its Target, 95, left out as the header row's second line).
      // (Not a 0, a formula's over the words beside it: a reviewer's repro, `=SUM(C2:D2)` filled down.)
      if (typeof cells[c] === "number" && cells[c] !== 0) return false;
      if (described(cells[c])) describedAt.push(c);
    }
    if (describedAt.length === 0 || !figuresFollow(this.matrix, r, describedAt)) return false;
    let filled = 0;
    let sentences = 0;
    for (const cell of cells) {
      if (isBlank(cell)) continue;
      filled++;
      if (sentence(cell)) sentences++;
    }
    return sentences * 2 >= filled;
  }

  /** The column of the figure subtotalBeside read last. */
  protected subtotalColumn = -1;

  /**
   * Is the loaded row, nameless with no amount in a mapped column, the subtotal of an amount column's
   * rows since the last total, written in a column of its own (an unmapped column's figure equal to
   * their sum)? Real (a helper's round): Canada's transfer payments, each department and class of
   * recipient closed by a row with no name, `AGRG_PYMT_AMT` 0 and the class's sum in
   * `TOT_CY_XPND_AMT`: 559 "Partner is empty" errors.
   */
  protected subtotalBeside(r: number): boolean {
    const slots = this.mappedSlots;
    const amounts: number[] = [];
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      if (this.kind[slot] !== KIND_NUMBER) continue;
      if (this.state[slot] === OK && this.num[slot] !== 0) return false;
      amounts.push(slot);
    }
    if (amounts.length === 0) return false;
    const cells = this.cells;
    const figures: number[] = [];
    for (let c = 0; c < cells.length && figures.length <= 3; c++) {
      const cell = cells[c];
      if (typeof cell === "number" && cell !== 0 && !this.index.includes(c)) figures.push(c);
    }
    this.subtotalColumn = figures.find((c) => this.sumsColumn(c, amounts)) ?? -1;
    if (this.subtotalColumn >= 0) return true;
    if (figures.length !== 1) return false; // one figure, or no one subtotal (a code beside it: `10`)
    this.subtotalColumn = figures[0];
    const figure = cells[figures[0]] as number;
    return this.sums.sinceLastTotal(r, figure, amounts);
  }

  /** sumsColumn's answers, by column. */
  private readonly sumsColumns = new Map<number, boolean>();

  /**
   * Is unmapped column `c` one no named row fills (blank or 0 on each), whose figures on the nameless
   * rows add up to an amount column's over the block? Then those rows are its subtotals wherever they
   * stand (the same Canadian file sorts its recipients by name, each class's subtotal away from them).
   * Asked once a column.
   */
  private sumsColumn(c: number, amounts: readonly number[]): boolean {
    const known = this.sumsColumns.get(c);
    if (known !== undefined) return known;
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    const slotAt = amounts.map((slot) => this.index[slot]);
    const figure = (cell: Cell) =>
      typeof cell === "number" ? cell : typeof cell === "string" ? (coerceNumber(cell) ?? 0) : 0;
    let subtotals = 0;
    const sums = new Float64Array(amounts.length);
    let answer = key >= 0;
    for (let r = this.firstDataRow; r < this.rowCount && answer; r++) {
      const cells = this.matrix[r];
      if (!Array.isArray(cells)) continue;
      const v = figure(cells[c]);
      if (this.namelessKey(cells[key])) {
        subtotals += v;
        continue;
      }
      // Words in it on a named row (a programme's name) make it no column of sums.
      const words = typeof cells[c] === "string" && !isBlank(cells[c]) && coerceNumber(cells[c]) === undefined;
      if (v !== 0 || words) answer = false;
      for (let k = 0; k < slotAt.length; k++) sums[k] += figure(cells[slotAt[k]]);
    }
    answer &&= subtotals !== 0 && [...sums].some((sum) => sameFigure(subtotals, sum));
    this.sumsColumns.set(c, answer);
    return answer;
  }

  /** Has the loaded row no name in the key column (blank, a placeholder, or no such column)? */
  protected nameless(): boolean {
    const slot = this.keySlot;
    return slot < 0 || this.blank(slot);
  }

  /** Does the key cell, when another cell comes first (`first`), say Total (see totalInKeyColumn)? */
  protected keyTotalIn(cells: readonly Cell[], first: number): boolean {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    if (key < 0 || key === first) return false;
    const cell = cells[key];
    if (typeof cell !== "string" || totalKind(cell) !== TOTAL) return false;
    // The word alone (`TOTALT`, `Grand total`), never a name with Total after it: Maryland's grants
    // write `HOLY CROSS HOSPITAL Total` on 56 rows of data, each with its year and purpose.
    return !NAME_THEN_TOTAL.test(cell);
  }

  /** Is the key column's cell of `cells` blank (or is there no key column)? */
  protected keyBlankIn(cells: readonly Cell[]): boolean {
    const slot = this.keySlot;
    return slot < 0 || isBlank(cells[this.index[slot]]);
  }

  /**
   * The block's last row with a name in the key column (-1 when none): what lies below it is the
   * table's sums and notes. Found from the bottom, once.
   */
  protected lastNamedRow(): number {
    if (this.lastNamed !== -2) return this.lastNamed;
    const slot = this.keySlot;
    const key = slot < 0 ? -1 : this.index[slot];
    if (key < 0) return (this.lastNamed = this.lastRowOfValues());
    let r = this.rowCount - 1;
    for (; r >= this.firstDataRow; r--) {
      if (!this.namelessKey(this.matrix[r]?.[key])) break;
    }
    return (this.lastNamed = r);
  }

  /**
   * Without a key column, the last row with values in two mapped columns or more (-1 when none): the
   * data's end, as a note under it fills one cell. A row in the middle with a footnote-like remark
   * (`* Census updated in 2030`) is no note under the data (a helper's round, real: a Basque plan's
   * KPI table, its fourth indicator left out and its bad Target never said).
   */
  private lastRowOfValues(): number {
    const columns = this.mapping.columns.map((c) => c.index);
    for (let r = this.rowCount - 1; r >= this.firstDataRow; r--) {
      const cells = this.matrix[r];
      if (!Array.isArray(cells)) continue;
      let filled = 0;
      for (const c of columns) if (!isBlank(cells[c]) && !isPlaceholder(cells[c]) && ++filled >= 2) return r;
    }
    return -1;
  }

  /** lastNamedRow, once found (-2: not yet). */
  private lastNamed = -2;

  /**
   * The last row under the last named row with a Total label in any of its cells (-1 when none).
   * Found once, from the bottom.
   */
  protected lastTotalUnderData(): number {
    if (this.lastTotal !== -2) return this.lastTotal;
    const named = this.lastNamedRow();
    let r = this.rowCount - 1;
    for (; r > named && r >= this.firstDataRow; r--) {
      const cells = this.matrix[r];
      if (Array.isArray(cells) && cells.some((c) => typeof c === "string" && totalKind(c) === TOTAL)) break;
    }
    return (this.lastTotal = r > named && r >= this.firstDataRow ? r : -1);
  }

  /** lastTotalUnderData, once found (-2: not yet). */
  private lastTotal = -2;

  /** How many mapped cells of the loaded row are filled. */
  protected filledSlots(): number {
    let filled = 0;
    for (let k = 0; k < this.mappedSlots.length; k++) if (this.state[this.mappedSlots[k]] !== BLANK) filled++;
    return filled;
  }

  /** Does the loaded row hold a readable number in a mapped amount or number column? */
  protected hasAmount(): boolean {
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      if (this.kind[slots[k]] === KIND_NUMBER && this.state[slots[k]] === OK) return true;
    }
    return false;
  }

  /**
   * Where a nameless row's Total label stands when it is not its first cell, else -1 (notData sets it;
   * forEachRow names the row by it).
   */
  protected totalLabelAt = -1;

  /**
   * A row without a name whose kind is said in a column of its own — `Total` in a capital programme's
   * `amt_type`, beside its project's code and year — is that project's Total row. Real: a city's CIP
   * requests list each project's funding sources, then a row typed Total with the source `NA`;
   * summed, the programme doubled to $4.92bn. Only a cell saying Total alone (`Total`, `Grand total`,
   * `Subtotal:`), and only on a row whose key column is empty: a partner called Total Wine is a name.
   */
  protected totalInAnotherColumn(first: number): boolean {
    if (!this.nameless() || this.keySlot < 0) return false;
    const cells = this.cells;
    for (let i = first; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== "string" || cell.length > 60 || !/total/i.test(cell)) continue;
      const kind = totalKind(cell);
      // `Total Groupe d'opérations 2.1.` amid the rows, in the last column, its figures the sum of the
      // group's rows above it: that group's subtotal (a helper's round, real: Brussels' ERDF list, +21%).
      if (
        kind === NAMED_TOTAL_LABEL &&
        i !== first &&
        noWordsBut(this, this.cells, i) &&
        lastRowsAddUp(this, this.kind, this.sums.totalRows)
      ) {
        this.totalLabelAt = i;
        return true;
      }
      if (kind !== TOTAL) continue;
      // Any Total label (`New Total`, `Master List Total:`) under the last named row: the table's own
      // sums, wherever the publisher typed the label (real: a city council's awards list, its `New
      // Total` in the street-address column, doubled its $528M). Amid the rows only `Total` alone.
      const alone = cell.length <= 16 && /^\W*(?:grand\s*|sub-?\s*)?totals?\W*$/i.test(cell);
      if (!alone && this.row <= this.lastNamedRow()) continue;
      if (i === first) return false; // the first cell says it: notData's own test decides
      this.totalLabelAt = i;
      return true;
    }
    return false;
  }

  /**
   * A row whose key cell says Total and nothing else (`TOTALT`, `Total`, `Celkem`) behind a first cell of
   * another column (its year): a Total row wherever it stands, as nothing else of it describes a partner
   * (real: a Norwegian grants list opens with a `2016 | | TOTALT | 1500` row a year, read as a partner
   * on 8 rows and its money summed twice). Whole labels only: `Total Wine` is a name.
   */
  private totalInKeyColumn(first: number): boolean {
    if (!this.keyTotalIn(this.cells, first)) return false;
    const key = this.index[this.keySlot];
    if (!this.isTotalRow(TOTAL, key)) return false;
    this.totalLabelAt = key;
    return true;
  }

  /**
   * A row whose first filled cell (`first`) says Total: a total when nothing else of it describes a
   * partner (no list, Yes/No, date or email cell filled) and, for `Total <name>`, when its amounts add
   * up the rows above. Kept out of notData, which runs on every row.
   */
  private isTotalRow(total: number, first: number): boolean {
    // A `Total <name>` that does not add up — a hand-kept total, or 0 — is a total still where such
    // labels have added up above it and a row above names its section (a helper's round, real:
    // Missoula's expenditure report, `Total GENERAL FUND` under `1000 GENERAL FUND` summed as a
    // partner, +$76.6M, and 811 `Total CAPITAL OUTLAY` rows of 0 as partners). `Total Wine & More`
    // names no section.
    if (total === NAMED_TOTAL_LABEL) {
      if (this.sums.addsUpAbove()) this.namedTotalsAdding++;
      else if (addsUpPart(this, this.kind, this.sums.totalRows, String(this.cells[first]))) {
        // (A total of a part of the rows above: the withheld ones, a group's — partTotals.ts.)
      } else if (this.namedTotalsAdding === 0 || !this.sectionAbove(this.cells[first])) return false;
    }
    // Read from the row's cells in every mapped column, not only the slots this reading loads: SUMMARY
    // loads three, and a row check left in with its Start date was one SUMMARY left out (a helper's
    // round, real: a state's awards, `Total | $150,000 | 1/0/1900`). A date does not make a Total row
    // data (a total as of a day); a listed value does (`Total`, the company, in Business).
    for (const column of (this.valueColumns ??= listedColumns(this, this.kind))) {
      const cell = this.cells[column];
      if (column !== first && !isBlank(cell) && !isPlaceholder(cell)) return false;
    }
    return subtotalOfGroup(this, this.cells, first) || !describedAsARecord(this.cells, first);
  }

  /** Does the loaded row's key cell list two rows above `row` by name (a breakdown of them: namesRowsAbove)? */
  protected namesRowsAbove(row: number): boolean {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    const label = key < 0 ? undefined : this.cells[key];
    if (typeof label !== "string") return false;
    const names: string[] = [];
    for (let r = this.firstDataRow; r < row; r++) {
      const cell = this.matrix[r]?.[key];
      if (typeof cell === "string") names.push(cell);
    }
    return namesRowsAbove(label, names);
  }

  /** Does a row above `row` (from the first data row) name `name` in the key column? */
  protected namedAbove(name: Cell, row: number): boolean {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    if (key < 0 || typeof name !== "string") return false;
    const wanted = name.trim();
    for (let r = this.firstDataRow; r < row; r++) {
      const cell = this.matrix[r]?.[key];
      if (typeof cell === "string" && sameText(cell.trim(), wanted)) return true;
    }
    return false;
  }

  /**
   * Does the loaded row start with the header row's first header, and hold two of its headers or more
   * (`Supplier Name | Amount | Category` under `Supplier Name | Category | Amount`)?
   */
  protected headersAgainElsewhere(): boolean {
    const head = this.matrix[this.mapping.headerRow] ?? [];
    const cells = this.cells;
    const first = firstFilled(cells);
    if (first < 0 || !sameText(cells[first], head[first])) return false;
    let headers = 0;
    for (const cell of cells) if (typeof cell === "string" && head.some((h) => sameHeader(cell, h))) headers++;
    return headers >= 2;
  }

  /** listedColumns' answer, once worked out. */
  private valueColumns: number[] | undefined = undefined;

  /**
   * The years of the columns' headers again, with no name: `| | 2024 | 2025 | 2026` under `cost_2024 |
   * cost_2025 | cost_2026` — every figure of the row a year its column's header writes (real: a
   * Zambian council's capital plan repeats its years under each objective; 2,024 was summed, and
   * "activity is empty").
   */
  private yearsOfHeaders(): boolean {
    const key = this.keySlot < 0 ? -1 : this.index[this.keySlot];
    const cells = this.cells;
    if (key < 0 || !isBlank(cells[key])) return false;
    const head = this.matrix[this.mapping.headerRow];
    if (!Array.isArray(head)) return false;
    let years = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== "number") continue;
      if (!Number.isInteger(cell) || cell < 1900 || cell > 2100) return false;
      const header = head[i];
      if (typeof header !== "string" || !new RegExp(`(?<!\\d)${cell}(?!\\d)`).test(header)) return false;
      years++;
    }
    return years > 0 && this.mapping.columns.some((c) => typeof cells[c.index] === "number");
  }

  /**
   * The header row again inside the data (an export that repeats it on every page): its first filled
   * cell and at least one other say what the header row says above them.
   */
  private repeatsHeader(first: number, label: string): boolean {
    const head = this.matrix[this.mapping.headerRow];
    if (!Array.isArray(head)) return false;
    if (sameText(label, head[first])) {
      let same = 0;
      for (let i = first; i < this.cells.length; i++) if (sameHeaderCell(this.cells[i], head[i])) same++;
      // And no mapped column holding another figure: a file without a header row, mapped by its first
      // row, has data rows sharing its date and source code (a helper's round, real: a county's check
      // register, 166 checks and $2.5M left out as "the header row again"). (A repeated header may
      // word a column otherwise — `email` under `Point of Contact Email` — but holds no figure.)
      if (same >= 2 && !this.mapping.columns.some((c) => figureUnlike(this.cells[c.index], head[c.index]))) return true;
    }
    // Or the mapped columns' headers again under a first cell of its own: the next block of a report
    // that stacks blocks of one kind, each under its title and its header row (real: Hamburg's
    // sponsoring reports, `Einrichtung` then `Beteiligung` over `Name … des Zuwendungsgebers | Wert
    // (Euro)`; the donations of its second block are the report's, and were left out or, where the
    // header row was read as a donor, its words an amount to fix).
    // Its key cell first: a data row's name is not its header, and the rest is never read.
    const key = this.keySlot;
    const columns = this.mapping.columns;
    // A header row holds no figure (a partner called `Partner` with its amounts is a row of data):
    // asked first, as it settles nearly every data row without comparing words.
    for (const c of columns) if (typeof this.cells[c.index] === "number") return false;
    if (key < 0 || !sameHeader(this.cells[this.index[key]], head[this.index[key]])) {
      // Or a header row worded otherwise in its key column (`Institute Name` over `Name`) saying the
      // others' headers word for word (`Status`, `Sign date`): a second table's, not a partner named
      // `Institute Name` whose Status is "Status" (a helper's round, real: a music institute's
      // agreements register).
      let same = 0;
      let filled = 0;
      for (const c of columns) {
        const cell = this.cells[c.index];
        if (isBlank(cell)) continue;
        filled++;
        if (sameText(cell, head[c.index])) same++;
      }
      return same >= 2 && same * 2 >= filled;
    }
    let same = 0;
    for (const c of columns) if (sameHeader(this.cells[c.index], head[c.index])) same++;
    return same >= 2 && same * 2 >= columns.length;
  }

  /**
   * A row where nothing was entered — every filled cell a placeholder or a 0 (an unused line of a
   * form: lookups showing `-`, SUMIFS giving 0) — is as good as blank. Only a row with no other
   * value in any mapped column pays for looking at the rest.
   */
  private placeholdersOnly(): boolean {
    const slots = this.mappedSlots;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      const s = this.state[slot];
      if (s === BLANK || s === PLACEHOLDER) continue;
      if (s === OK && this.kind[slot] === KIND_NUMBER && this.cells[this.index[slot]] === 0) continue;
      return false;
    }
    const cells = this.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell !== 0 && !isBlank(cell) && !isPlaceholder(cell)) return false;
    }
    return true;
  }

  /** 1-based row number within the user's range, as issues report it. */
  get rowNumber(): number {
    return this.row + 1;
  }

  /**
   * The rows are one table of several on their sheet (blocks side by side, Excel tables), not the whole
   * sheet: what is said of all of them is said of the table (copiesMostOf). Set by validateRange.
   */
  ofTable = false;
}

/** A figure in a data cell that its header row's cell does not hold: no repeated header has one. */
function figureUnlike(cell: Cell, header: Cell): boolean {
  return !sameHeaderCell(cell, header) && isFigure(cell);
}

/**
 * Is `cell` its header cell again: the same words, or the same year where headers are years (`2029`
 * over a plan's columns, a number as read — a helper's round, real: Baltimore's six-year capital
 * plan, each repeated header row a partner "Source of Funds" of 2,029 thousand)?
 */
function sameHeaderCell(cell: Cell, header: Cell): boolean {
  return sameText(cell, header) || (typeof cell === "number" && cell === header && Number.isInteger(cell));
}
