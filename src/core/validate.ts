import type { PersonNameColumns } from "./personNames";
import { runOnSaid, type RunOn } from "./runOnValues";
import type { TabName } from "../schema";
import { todaySerial } from "./excelDate";
import { mapHeaders } from "./headers";
import { identifierBeside } from "./identifierBeside";
import type { RoundedIdentifiers } from "./roundedIdentifiers";
import { mappedNameCompanions } from "./nameParts";
import { CELL_STATES, TypedTable, type PlainRow } from "./rows";
import { rulesFor, startRules, type Check, type Emit, type Report } from "./rules";
import { LEFT_OUT_WORDS, type LeftOutRow } from "./notData";
import { isBlankRow, quote } from "./text";
import { partSums, partWords } from "./partTotals";
import { phrase } from "./doorWording";
import { placeholderColumnMessage, placeholderColumns } from "./placeholderColumns";
import type { HeaderMapping, Issue, Matrix, Severity } from "./types";

/** Cell states (rows.ts): BLANK, OK, INVALID, VARIANT, PLACEHOLDER, ERROR_CELL. */
const STATES = CELL_STATES;

export interface ValidateOptions {
  /** A mapping already made (e.g. corrected by the user in the task pane). */
  readonly mapping?: HeaderMapping;
  /** Today as an Excel serial; defaults to today's date (UTC). */
  readonly today?: number;
  /** The range is a tracker table read by the Summary's native formulas (see RuleContext). */
  readonly trackerTable?: boolean;
  /** Makes a row with values that are not Cells plain (the custom functions; see TypedTable). */
  readonly plainRow?: PlainRow;
  /** false: every row the long way (TypedTable.fastLane; its test compares the two). */
  readonly fastLane?: boolean;
  /**
   * The range is one table of several on its sheet (blocks side by side, Excel tables), not the whole
   * sheet: what is said of all its rows is said of the table (TypedTable.ofTable).
   */
  readonly ofTable?: boolean;
  /** Rows holding a formula saved without its result in a mapped column (TypedCells.uncalculatedRows). */
  readonly uncalculatedRows?: ReadonlySet<number>;
}

export interface ValidationResult {
  readonly mapping: HeaderMapping;
  readonly issues: Issue[];
  /** Data rows checked (not blank rows, totals, label rows or notes). */
  readonly rowsChecked: number;
  /** Rows that are not data, left out of every check and sum (each also named by an issue). */
  readonly leftOut: readonly LeftOutRow[];
  /** The unmapped column read as the amounts' currency (TypedCells.currencyColumnRead), 0-based; -1 none. */
  readonly currencyColumn: number;
  /**
   * Where the Partner column is an organisation's name and some rows are people's, named in two columns
   * beside it: those columns (personNames.ts), and how many rows were read by them.
   */
  readonly personNames?: PersonNameColumns & { readonly rows: number };
}

/** SPEC: a row that is not data is named once: "row 203 looks like a Total row: left out". */
function leftOutIssue(mapping: HeaderMapping, l: LeftOutRow): Issue {
  // The label's own column; one without a header is named by none (not the first mapped column's,
  // which put a wrapped line in E under "Beneficiary" of column C).
  const header =
    mapping.columns.find((c) => c.index === l.column)?.header ??
    mapping.unknown.find((u) => u.index === l.column)?.header ??
    "";
  return {
    row: l.row + 1,
    column: header,
    // A whole line in one cell is a row of data nothing can read: an error, where the others are not data.
    severity: l.kind === "wholeLine" ? "error" : "warning",
    rule: `leftOut.${l.kind}`,
    value: l.label,
    columnIndex: l.column,
    message:
      l.kind === "table"
        ? `Row ${l.row + 1} looks like ${LEFT_OUT_WORDS[l.kind]} (${quote(l.label)}): it and every row below it are ` +
          `left out of every check and sum — ${phrase("tableOnItsOwn", String(l.row + 1))}`
        : l.kind === "wholeLine"
          ? `Row ${l.row + 1} holds ${LEFT_OUT_WORDS[l.kind]} (${quote(l.label)}): the file quoted the line whole, so ` +
            `it was not split into columns, and it is in no check or sum — split it (Data › Text to Columns) or ` +
            `export the file again.`
          : `Row ${l.row + 1} looks like ${LEFT_OUT_WORDS[l.kind]} (${quote(l.label)}): left out of every check and sum.`,
  };
}

/** Lines continuing one record (leftOut `continued`, consecutive): one warning naming them all. */
function continuedIssue(mapping: HeaderMapping, lines: readonly LeftOutRow[]): Issue {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const issue = leftOutIssue(mapping, first);
  return {
    ...issue,
    rows: lines.length,
    rowNumbers: lines.map((l) => l.row + 1),
    message:
      `Rows ${first.row + 1}–${last.row + 1} look like lines continuing the record on row ${(first.of ?? 0) + 1} ` +
      `(such as ${quote(first.label)}): left out of every check and sum.`,
  };
}

/**
 * Values of the last column run on past it, read whole (runOnValues.ts): one warning for the sheet,
 * on the first such row, naming them all.
 */
function runOnIssue(table: TypedTable, runOn: RunOn): Issue {
  const said = runOnSaid(table) as NonNullable<ReturnType<typeof runOnSaid>>;
  return {
    row: runOn.rows[0] + 1,
    column: said.header,
    severity: "warning",
    rule: `runsOn.${said.slot < 0 ? "value" : table.tab.columns[said.slot].id}`,
    value: runOn.example,
    rows: runOn.rows.length,
    ...(runOn.rows.length > 1 ? { rowNumbers: runOn.rows.map((r) => r + 1) } : {}),
    message: said.sentence,
  };
}

/**
 * VALIDATE's engine: maps the headers, then runs every rule of the tab over each non-blank data
 * row. Issues come out in sheet order (row, then the user's column order).
 */
export function validateRange(
  matrix: Matrix,
  tab?: TabName | string | null,
  options: ValidateOptions = {},
): ValidationResult {
  const mapping = options.mapping ?? mapHeaders(matrix, tab);
  const table = new TypedTable(matrix, mapping, undefined, options.plainRow);
  table.labelRows = options.trackerTable !== true;
  table.uncalculatedRows = options.uncalculatedRows;
  table.fastLane = options.fastLane !== false;
  table.ofTable = options.ofTable === true;
  const context = { today: options.today ?? todaySerial(), trackerTable: options.trackerTable === true };

  const issues: Issue[] = [];
  const order: number[] = []; // matrix column of each issue, to sort a row's issues

  let severity: Severity = "error";
  let rule = "";
  const emit: Emit = (slot, message) => {
    const value = table.raw(slot);
    issues.push({ row: table.rowNumber, column: table.header[slot], severity, message, rule, value });
    order.push(table.index[slot]);
  };
  const { byCell, finishers } = startRules(rulesFor(table.tab), table, context);
  const run = (checks: Check[]) => {
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i];
      const when = c.when;
      if (when !== undefined && !when(table, context)) continue;
      severity = c.severity;
      rule = c.rule;
      c.check(table, emit);
    }
  };

  let rowsChecked = 0;
  const slots = table.slots;
  const state = table.state;
  table.forEachRow(() => {
    rowsChecked++;
    const before = issues.length;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      const checks = byCell[slot * STATES + state[slot]];
      if (checks !== undefined) run(checks);
    }
    if (issues.length - before > 1) sortSegment(issues, order, before);
  });

  // Problems reported once (counts, column-wide findings) go where their first row is.
  const late: { issue: Issue; order: number }[] = [];
  const left = table.leftOut;
  let lastTotal = -1;
  for (let i = 0; i < left.length; i++) if (left[i].kind === "total") lastTotal = i;
  for (let i = 0; i < left.length; i++) {
    // A record's lines under it, said once for the record (not one warning a line: 565 for 25 records).
    let j = i;
    while (left[i].kind === "continued" && left[j + 1]?.kind === "continued" && left[j + 1].of === left[i].of) j++;
    let issue = j > i ? continuedIssue(mapping, left.slice(i, j + 1)) : leftOutIssue(mapping, left[i]);
    if (i === lastTotal)
      issue = { ...issue, message: issue.message.replace(/\.$/, totalApart(table, left[i].row, left)) };
    late.push({ issue, order: left[i].column });
    i = j;
  }
  if (table.runOn) late.push({ issue: runOnIssue(table, table.runOn), order: table.runOn.column });
  for (const p of placeholderColumns(table, left)) {
    const issue: Issue = {
      row: p.rows[0] + 1,
      column: table.header[p.slot],
      severity: "warning",
      rule: `placeholders.${table.tab.columns[p.slot].id}`,
      value: p.value,
      rows: p.rows.length,
      message: placeholderColumnMessage(table, p),
    };
    late.push({ issue, order: table.index[p.slot] });
  }
  for (const f of finishers) {
    const report: Report = (row, slot, message, value, as) => {
      // A person read into a blank key (personNames.ts) is named by the columns that name them.
      const person = slot === table.keySlot ? table.personNameHeader(row) : undefined;
      const issue: Issue = {
        row: row + 1,
        column: person?.header ?? table.header[slot],
        ...(person ? { columnIndex: person.index } : {}),
        severity: as?.severity ?? f.severity,
        message,
        rule: as?.rule ?? f.rule,
        ...(value === undefined ? {} : { value }),
        ...(as?.rows === undefined ? {} : { rows: as.rows }),
        ...(as?.cells === undefined || as.cells.length < 2 ? {} : { rowNumbers: as.cells.map((r) => r + 1) }),
      };
      late.push({ issue, order: table.index[slot] });
    };
    f.finish(report);
  }
  const merged = late.length ? merge(issues, order, late) : issues;
  return {
    mapping,
    issues: merged,
    rowsChecked,
    leftOut: table.leftOut,
    currencyColumn: table.currencyColumnRead,
    ...(table.personNames ? { personNames: { ...table.personNames, rows: table.personRows } } : {}),
  };
}

/**
 * The columns a mapping leaves out that a check still reads, as `check` lists them: the column whose
 * codes say the amounts' currency, a donor list's person-name columns (personNames.ts), and the other
 * half of a name the key holds in parts (`last_name + first_name`: nameCompanions), an organisation's
 * identifier compared with the Partner's names (identifierBeside) — never one
 * the mapping leaves out on purpose (HeaderMapping.ignored). The task pane's editor says so beside them,
 * where it said "(ignore)" of columns the check was reading, and offers "(ignore)" to switch it off.
 */
export function readBesideMapping(
  matrix: Matrix,
  mapping: HeaderMapping,
): {
  readonly currencyColumn: number;
  readonly personNames?: PersonNameColumns;
  /** The key's name read in parts (`last_name + first_name → Partner`): the key's column and the others. */
  readonly nameParts?: { readonly key: number; readonly with: readonly number[] };
  /**
   * The organisation identifier column (0-based) compared with the key's names; `rounded`: where Excel
   * rounded its numbers, "all" (compared with nothing) or "some" (those written in full compared still).
   */
  readonly identifier?: { readonly index: number; readonly with: string; readonly rounded?: "all" | "some" };
} {
  const table = new TypedTable(matrix, mapping);
  const slot = table.keySlot;
  const key = slot < 0 ? undefined : mapping.columns.find((c) => c.index === table.index[slot]);
  const { other, middle } = key ? mappedNameCompanions(key.header, mapping) : {};
  const parts = [other, middle].flatMap((i) => (i === undefined ? [] : [mapping.unknown[i].index]));
  const id = identifierBeside(matrix, mapping);
  return {
    currencyColumn: table.currencyColumnRead,
    ...(table.personNames ? { personNames: table.personNames } : {}),
    ...(key && parts.length > 0 ? { nameParts: { key: key.index, with: parts } } : {}),
    ...(id ? { identifier: { index: id.column.index, with: id.with, ...roundedOf(id.rounded) } } : {}),
  };
}

/** How much of an identifier column Excel rounded, as readBesideMapping says it (nothing: none of it). */
function roundedOf(rounded: RoundedIdentifiers | undefined): { rounded?: "all" | "some" } {
  if (rounded === undefined) return {};
  return { rounded: rounded.rounded < rounded.values ? "some" : "all" };
}

/** A Total's figure off what its rows add up to by more than this share of it is said (totalApart). */
const TOTAL_OFF_BY = 0.005;

/**
 * For the last Total row (0-based `row`): where its figure in the tab's first amount column is not what
 * the data rows above it add up to, the words saying so — a total typed before rows were deleted, or one
 * of more than the sheet holds — else "." (a helper's round, real: a school district's capital projects,
 * a Grand Total of $5.15bn over rows adding up to $1.45bn, "left out" and no more). Read only where a
 * Total row is left out.
 */
function totalApart(table: TypedTable, row: number, left: readonly LeftOutRow[]): string {
  const slot = table.tab.columns.findIndex((c, i) => c.type === "currency" && table.index[i] >= 0);
  if (slot < 0) return ".";
  const total = table.numAt(row, slot);
  if (!Number.isFinite(total) || total === 0) return ".";
  // The Total under all the data, the only one: a section's Total (another above it) adds up its section,
  // and one above the data or amid it adds up rows it does not follow (a reviewer's repros, real: NHMRC's
  // 2013 tables, "($0)" of a Total over its institutions).
  if (left.some((l) => l.kind === "total" && l.row < row)) return ".";
  const skip = new Set(left.map((l) => l.row));
  for (let r = row + 1; r < table.rowCount; r++) {
    if (!skip.has(r) && Array.isArray(table.matrix[r]) && !isBlankRow(table.matrix[r])) return ".";
  }
  let sum = 0;
  let rows = 0;
  for (let r = table.firstDataRow; r < row; r++) {
    if (skip.has(r) || !Array.isArray(table.matrix[r]) || isBlankRow(table.matrix[r])) continue;
    rows++;
    const v = table.numAt(r, slot);
    if (Number.isFinite(v)) sum += v;
  }
  const near = (figure: number) => Math.abs(total - figure) <= Math.max(1, Math.abs(total) * TOTAL_OFF_BY);
  if (rows === 0 || near(sum)) return ".";
  // (In a column of thousands, each figure as the cells show it, then the money: `300 (thousands:
  // $300,000)`; quoted multiplied alone, the Total read as the cell's own, a thousand times too much.)
  const cell = table.matrix[row]?.[table.index[slot]];
  // A Total of a part of the rows above (the withheld ones, a group's: partTotals.ts) says which part.
  const label = left.find((l) => l.row === row)?.label ?? "";
  const part = partSums(table, [slot], table.firstDataRow, row, label, skip).find((p) => p.rows > 0 && near(p.sums[0]));
  if (part) {
    const words = partWords(table, part);
    const verb = part.rows === 1 ? "adds" : "add";
    return ` — its ${table.header[slot]}, ${table.quoteFigure(slot, total, cell)}, is what ${words} ${verb} up to.`;
  }
  return (
    ` — its ${table.header[slot]}, ${table.quoteFigure(slot, total, cell)}, is not what the rows above it add up to ` +
    `(${table.quoteFigure(slot, sum, undefined, true)}): rows missing above it, or a total of more than this sheet holds?`
  );
}

/** Merges issues reported once into the sheet-ordered list (both ordered by row, then column). */
function merge(issues: Issue[], order: number[], late: { issue: Issue; order: number }[]): Issue[] {
  late.sort((a, b) => a.issue.row - b.issue.row || a.order - b.order);
  const out: Issue[] = [];
  let i = 0;
  for (const l of late) {
    while (
      i < issues.length &&
      (issues[i].row < l.issue.row || (issues[i].row === l.issue.row && order[i] <= l.order))
    ) {
      out.push(issues[i++]);
    }
    out.push(l.issue);
  }
  while (i < issues.length) out.push(issues[i++]);
  return out;
}

/** Puts one row's issues in column order (stable: rules keep their order within a cell). */
function sortSegment(issues: Issue[], order: number[], from: number): void {
  const idx = Array.from({ length: issues.length - from }, (_, i) => from + i);
  idx.sort((a, b) => order[a] - order[b] || a - b);
  const sortedIssues = idx.map((i) => issues[i]);
  const sortedOrder = idx.map((i) => order[i]);
  for (let k = 0; k < idx.length; k++) {
    issues[from + k] = sortedIssues[k];
    order[from + k] = sortedOrder[k];
  }
}

/** Issue counts by severity, for ISSUES. */
export function countIssues(issues: readonly Issue[], severity: Severity | "all"): number {
  if (severity === "all") return issues.length;
  let n = 0;
  for (const issue of issues) if (issue.severity === severity) n++;
  return n;
}
