import {
  committedUnmapped,
  crossCheck,
  isBlankRow,
  mappingName,
  todaySerial,
  validateRange,
  type ValidationResult,
  type HeaderMapping,
  type Issue,
  type Matrix,
  type TabIssue,
} from "../core";
import { hiddenRowsChecked, hiddenRowsNote } from "../core/hiddenRows";
import { SCHEMA_VERSION, TABS, columnLetter, type TabName, type TabSpec } from "../schema";
import type { WorkbookData } from "./xlsxReader";
import { cliWording } from "./report";
import { workbookCurrencyNote } from "./workbookCurrency";
import { restatedPartnerSheets } from "./restated";
import {
  findBlocks,
  trackerVersionOf,
  isTableOfSheet,
  uncalculatedRowsOf,
  type Block,
  type MappingOptions,
  type Skipped,
} from "./workbookBlocks";
import { identifierBeside } from "../core/identifierBeside";
import type { RoundedIdentifiers } from "../core/roundedIdentifiers";
import type { PersonNameColumns } from "../core/personNames";

/**
 * `check`: finds every block of tracker data in a workbook — the tracker's tables, other tables
 * and plain sheets whose headers map to a tab — runs the same rules as PARTNERS.VALIDATE on each,
 * and the cross-tab rules of PARTNERS.CROSSCHECK when the workbook has all four tabs. Issues carry
 * worksheet row numbers, so a person can go straight to the cell.
 */

/** A core issue placed in the workbook: its sheet, block and cell, and `row` as the worksheet's row. */
export interface CheckIssue extends Omit<Issue, "row" | "rowNumbers"> {
  readonly sheet: string;
  /** The table the issue is in, when its block is a table (a sheet can hold several). */
  readonly table?: string;
  /** Which of the result's `blocks` the issue is in (a sheet can hold several blocks). */
  readonly block?: number;
  readonly tab: TabName;
  /** Worksheet row number (1-based, as Excel shows it). */
  readonly row: number;
  /** The cell, e.g. `G5`, when the column exists on the sheet (not in the JSON contract). */
  readonly cell?: string;
}

export interface CheckedBlock {
  readonly sheet: string;
  readonly tab: TabName;
  /** The table's name when the block is a table. */
  readonly table?: string;
  /** Worksheet row of the header row (on the sheet `continues` names, where it does). */
  readonly headerRow: number;
  /** No header row: the data starts under `headerRow` (0: at row 1), its columns named by their letters. */
  readonly headerless?: boolean;
  /** A sheet without a header row of its own, read under another's: that sheet's name. */
  readonly continues?: string;
  /** Worksheet column (1-based) where the block starts: 1 unless it is a table or a block beside another. */
  readonly left: number;
  /** Non-blank data rows checked. */
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  /** Rows with at least one error: one error said once for 1,999 rows is on 1,999 rows. */
  readonly errorRows: number;
  /** How the sheet's headers were read: each header, the tracker column it stands for, and its cell. */
  readonly mapping: readonly {
    readonly header: string;
    readonly column: string;
    readonly cell: string;
    /** The key's columns read where it is blank: a person's name in a donor list of people and organisations. */
    readonly orElse?: readonly string[];
  }[];
  /** Headers that map to no column of the tab (ignored). */
  readonly ignoredColumns: readonly string[];
  /**
   * Of ignoredColumns, those a mapping by hand leaves out on purpose (`--map "first_name=Ignore"`:
   * HeaderMapping.ignored): not read beside the mapping either, not even as the key's other half.
   */
  readonly ignoredOnPurpose?: readonly string[];
  /**
   * Headers read beside the mapping though they map to no column: an organisation's number
   * (`Tax ID`) compared with the Partner's name. Not among the ignored (a helper's round: the text
   * said "compared with Partner" while `--json` listed it as ignored).
   */
  readonly comparedColumns?: readonly { readonly header: string; readonly with: string }[];
  /**
   * The organisation identifier column most of whose values are numbers Excel rounded (`3,26E+13`):
   * compared with nothing, its identifiers lost — said so, with its first such value and how many of
   * how many, never "compared" (roundedIdentifiersIn).
   */
  readonly roundedIdentifiers?: { readonly header: string } & RoundedIdentifiers;
  /**
   * Ignored headers that name a tracker column whose cells did not fit it (HeaderMapping's `notAs`):
   * said, so one header mapped on one sheet and ignored on the next is not unexplained (a helper's
   * round, real: Cuyahoga's `Focus`, empty and mapped on one sheet, words and ignored on another).
   */
  readonly notReadAs?: readonly { readonly header: string; readonly column: string }[];
  /** The header of the column read as the amounts' currency (`Currency`: GBP, EUR …): read, not ignored. */
  readonly currencyColumn?: string;
}

export interface CheckResult {
  readonly blocks: readonly CheckedBlock[];
  /** Sheets (or tables) that hold no tracker data, and why. */
  readonly skipped: readonly Skipped[];
  readonly issues: readonly CheckIssue[];
  readonly crossCheck: { readonly ran: boolean; readonly note?: string };
  readonly errors: number;
  readonly warnings: number;
  /** The schema version recorded in the workbook by the tracker, if it is one. */
  readonly trackerVersion?: number;
  readonly notes: readonly string[];
}

export interface CheckOptions extends MappingOptions {
  /** Today as an Excel serial, for the date rules (default: today, UTC). */
  readonly today?: number;
  /** Called before each block is checked (for progress on large files). */
  readonly onBlock?: (sheet: string, tab: TabName, rows: number) => void;
  /**
   * `--sheet`: check this sheet alone (its name as the workbook spells it: sheetNamed). The workbook
   * is read whole — a sheet going on with another's table, the tracker's other tabs for the cross-tab
   * rules — and only this sheet's blocks, issues and notes are said.
   */
  readonly sheet?: string;
}

/** `--sheet all`: every sheet, as without --sheet. */
export const ALL_SHEETS = "all";

/**
 * Does `--sheet` (`asked`) ask for every sheet — `all`, in any case and outer spaces, unless a sheet of
 * the workbook (`names`) is called just that? One reading for check, summary and new --from.
 */
export function asksEverySheet(asked: string | undefined, names: readonly string[]): boolean {
  return asked !== undefined && asked.trim().toLowerCase() === ALL_SHEETS && !names.includes(asked);
}

/**
 * The workbook's sheet `--sheet` names: as given first (a sheet's name may end in a space: real, a
 * federal report's "ERA2 Affordable Housing "), then ignoring case, then ignoring outer spaces too —
 * as summary finds it. Undefined for none.
 */
export function sheetNamed(names: readonly string[], sheet: string): string | undefined {
  const tries: ((name: string) => boolean)[] = [
    (name) => name === sheet,
    (name) => name.toLowerCase() === sheet.toLowerCase(),
    (name) => name.trim().toLowerCase() === sheet.trim().toLowerCase(),
  ];
  for (const same of tries) {
    const found = names.find(same);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What `--sheet NAME` says of a workbook without a sheet of that name (as sheetNamed finds one; `--sheet
 * all` asks for every sheet): the sheets it has — one sentence for check, summary and new --from. The
 * file was read and holds nothing of that name: SPEC's "nothing to check (no sheet recognised)", exit 3
 * (check said 2, summary and new --from 3: a helper's round). Unless a sheet of the workbook could not be
 * read (`unread`: it may be the one named), which makes it "could not read", exit 2, as check says a
 * file it found nothing in with a part it could not read. Undefined where the sheet is there.
 */
export function missingSheet(
  asked: string | undefined,
  wb: WorkbookData,
): { readonly message: string; readonly unread: boolean } | undefined {
  const names = wb.sheets.map((s) => s.name);
  if (asked === undefined || asksEverySheet(asked, names) || sheetNamed(names, asked) !== undefined) return undefined;
  return {
    message: `no sheet named "${asked}": its sheets are ${names.map((n) => `"${n}"`).join(", ")}`,
    unread: (wb.notRead ?? []).length > 0,
  };
}

/** The rows a block checked that its sheet hides, said (core/hiddenRows.ts); a block beside another by its columns. */
function hiddenRowsNoteOf(b: Block, wb: WorkbookData, result: ValidationResult, several: boolean): string[] {
  const sheet = wb.sheets.find((s) => s.name === b.sheet);
  if (!sheet?.hiddenRows || b.continues) return [];
  // Matrix row i is worksheet row top + i.
  const hidden = hiddenRowsChecked(
    b.matrix,
    result,
    sheet.hiddenRows.map((r) => r - b.top),
  ).map((i) => b.top + i);
  if (hidden.length === 0) return [];
  const width = (b.matrix[b.mapping.headerRow] ?? []).length;
  const columns = `columns ${columnLetter(b.left)}–${columnLetter(b.left + Math.max(width, 1) - 1)}`;
  const where = `${b.sheet}${b.table ? ` (table ${b.table})` : several ? ` (${columns})` : ""}`;
  return [hiddenRowsNote(where, hidden, result.rowsChecked, sheet.filtered === true)];
}

/** An issue as the report gives it: where it is, its `cell` says (no column index beside it). */
const withoutColumnIndex = ({ columnIndex: _, ...issue }: Issue): Issue => issue;

/** Worksheet cell of a matrix column index. */
function cellOf(block: Block, issue: Issue, row: number): string | undefined {
  const header = issue.column;
  const mapped = block.mapping.columns.find((c) => c.header === header);
  const index = issue.columnIndex ?? mapped?.index ?? block.mapping.unknown.find((u) => u.header === header)?.index;
  return index === undefined ? undefined : `${columnLetter(block.left + index)}${row}`;
}

/** A header-only block, standing in for a tab the workbook does not have. */
function emptyTab(tab: TabSpec): Matrix {
  return [tab.columns.map((c) => c.name)];
}

export function checkWorkbook(wb: WorkbookData, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? todaySerial();
  const trackerVersion = trackerVersionOf(wb);
  const notes: string[] = [...(wb.notes ?? [])];
  if (trackerVersion !== undefined && trackerVersion > SCHEMA_VERSION) {
    notes.push(
      `The workbook was built by a newer tracker (schema ${trackerVersion}; this tool knows ${SCHEMA_VERSION}): update the tool.`,
    );
  } else if (trackerVersion !== undefined && trackerVersion < SCHEMA_VERSION) {
    notes.push(`The workbook was built by an older tracker (schema ${trackerVersion}): upgrade it from the add-in.`);
  }
  const read = findBlocks(wb, options, trackerVersion !== undefined);
  // `--sheet`: that sheet's blocks alone, and what is said of it; what is said of another sheet
  // (`Feuil1: …`) is not.
  const only = options.sheet;
  const ours = (sheet: string) => only === undefined || sheet === only;
  const otherSheet = (note: string) =>
    only !== undefined && wb.sheets.some((s) => s.name !== only && note.startsWith(`${s.name}: `));
  const blocks = read.blocks.filter((b) => ours(b.sheet));
  const skipped = read.skipped.filter((s) => ours(s.sheet));
  notes.push(...read.notes.filter((n) => !otherSheet(n)));
  const currencyNote = workbookCurrencyNote(blocks);
  if (currencyNote) notes.push(currencyNote);
  // A sheet holding another's Partners rows again, or restating them per partner: checked as every sheet
  // is (its problems are its own), and named, so its rows and problems counted again are not taken for
  // more grants — `summary` and `new --from` count its money once (restatedPartnerSheets). Decided on
  // every sheet, `--sheet` or not: the sheet checked alone may be the copy.
  for (const r of restatedPartnerSheets(read.blocks).values()) {
    if (!ours(r.sheet)) continue;
    const rows = `${r.rows.toLocaleString("en-US")} ${r.rows === 1 ? "row" : "rows"}`;
    notes.push(
      (r.copy
        ? `${r.sheet}: each of its ${rows} is on ${r.of} too (the same partner and amounts) — a copy`
        : `${r.sheet}: ${rows} for ${r.partners.toLocaleString("en-US")} ${r.partners === 1 ? "partner" : "partners"}, ` +
          `${r.shared === r.partners ? "every one" : `${r.shared.toLocaleString("en-US")} of them`} also on the rows of ` +
          `${r.of} — a summary of it`) +
        `: \`summary\` and \`new --from\` count ${r.money ? "its money" : "its partners"} once, from ${r.of}.`,
    );
  }

  const issues: CheckIssue[] = [];
  const checked: CheckedBlock[] = [];
  // A mapping a message offers is for its sheet alone where other sheets are read too.
  const severalSheets = new Set(blocks.map((b) => b.sheet)).size > 1;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const tab = block.mapping.tab;
    options.onBlock?.(block.sheet, tab, block.matrix.length - block.mapping.headerRow - 1);
    // A Partners sheet whose figures no column maps as Committed: said, as the summary would say it.
    const unmapped = block.isTrackerTable ? undefined : committedUnmapped(block);
    if (unmapped !== undefined) notes.push(`${block.sheet}: ${cliWording(unmapped)}`);
    const result = validateRange(block.matrix, tab, {
      mapping: block.mapping,
      today,
      trackerTable: block.isTrackerTable,
      ofTable: isTableOfSheet(blocks, block),
      ...uncalculatedRowsOf(wb, block),
    });
    const several = blocks.filter((b) => b.sheet === block.sheet && !b.table).length > 1;
    notes.push(...hiddenRowsNoteOf(block, wb, result, several));
    let errors = 0;
    let kept = 0;
    // Rows with an error, one byte each (a million-row sheet: 1 MB), counted once however many it has.
    const erred = new Uint8Array(block.matrix.length + 1);
    let errorRows = 0;
    const markError = (r: number) => {
      if (r >= 0 && r < erred.length && erred[r] === 0) {
        erred[r] = 1;
        errorRows++;
      }
    };
    // Each core issue is let go once copied, so a million issues are never held twice.
    const found = result.issues as (Issue | undefined)[];
    for (let k = 0; k < found.length; k++) {
      const issue = found[k] as Issue;
      found[k] = undefined;
      // A continued sheet's header row is the sheet before it's: a missing column is said there, once.
      if (block.continues && issue.row - 1 === block.mapping.headerRow) continue;
      kept++;
      const row = block.top + issue.row - 1;
      if (issue.severity === "error") {
        errors++;
        // A missing column's error stands on the header row: it is about every row, no row of its own.
        if (issue.row - 1 !== block.mapping.headerRow) for (const r of issue.rowNumbers ?? [issue.row]) markError(r);
      }
      issues.push({
        sheet: block.sheet,
        table: block.table,
        block: index,
        tab,
        ...withoutColumnIndex(issue),
        // How the CLI says a mapping is made (`--map`), where the core names the `mapping` argument.
        message: cliWording(issue.message, severalSheets ? block.sheet : undefined),
        row,
        cell: cellOf(block, issue, row),
      });
    }
    // (A continued sheet's header row is on the sheet it continues.)
    const headerRow = block.continues?.headerRow ?? block.top + block.mapping.headerRow;
    // A list without a header row, its columns named by their letters (--map "A=Partner").
    const headerless = !block.continues && isBlankRow(block.matrix[block.mapping.headerRow] ?? []);
    checked.push({
      sheet: block.sheet,
      tab,
      table: block.table,
      left: block.left,
      headerRow,
      ...(headerless ? { headerless } : {}),
      ...(block.continues ? { continues: block.continues.sheet } : {}),
      rows: result.rowsChecked,
      errors,
      warnings: kept - errors,
      errorRows,
      mapping: block.mapping.columns.map((c) => {
        const people = result.personNames;
        const orElse = people?.key === c.index ? nameColumnsOf(block.mapping, people) : [];
        return {
          header: byPlace(block.mapping, c),
          column: c.name,
          cell: `${columnLetter(block.left + c.index)}${headerless ? "" : headerRow}`,
          ...(orElse.length > 0 ? { orElse } : {}),
        };
      }),
      ...readBeside(block.mapping, block.matrix, result.currencyColumn, result.personNames),
    });
  }

  // Cross-tab rules: one block per tab (the tracker's table first), and only with all four tabs,
  // so a partner's single Partners sheet is not flooded with "not in Foundation".
  // (With --sheet, the tracker's other tabs are read for them, and only this sheet's issues said.)
  const byTab = new Map<TabName, Block>();
  for (const block of [...read.blocks].sort((a, b) => Number(b.isTrackerTable) - Number(a.isTrackerTable))) {
    if (!byTab.has(block.mapping.tab)) byTab.set(block.mapping.tab, block);
  }
  const absent = TABS.filter((t) => !byTab.has(t.name)).map((t) => t.name);
  let crossCheckState: CheckResult["crossCheck"];
  if (blocks.length === 0) {
    crossCheckState = { ran: false, note: "no tracker data found" };
  } else if (absent.length > 0) {
    crossCheckState = { ran: false, note: `skipped: the workbook has no ${absent.join(", ")} data` };
  } else {
    const matrix = (t: TabName) => byTab.get(t)?.matrix ?? emptyTab(TABS.find((x) => x.name === t) as TabSpec);
    const tabIssues: TabIssue[] = crossCheck(
      {
        foundation: matrix("Foundation"),
        assets: matrix("Assets"),
        leadership: matrix("Leadership"),
        partners: matrix("Partners"),
      },
      { today },
    );
    for (const issue of tabIssues) {
      const block = byTab.get(issue.tab) as Block;
      if (!blocks.includes(block)) continue;
      const row = block.top + issue.row - 1;
      issues.push({
        sheet: block.sheet,
        table: block.table,
        block: blocks.indexOf(block),
        tab: issue.tab,
        row,
        column: issue.column,
        severity: issue.severity,
        message: issue.message,
        rule: issue.rule,
        value: issue.value,
        ...(issue.rows !== undefined ? { rows: issue.rows } : {}),
        cell: cellOf(block, issue, row),
      });
    }
    crossCheckState = { ran: true };
    for (const block of byTab.values()) {
      const index = blocks.indexOf(block);
      if (index < 0) continue;
      const c = checked[index];
      const own = tabIssues.filter((i) => i.tab === block.mapping.tab);
      const errors = own.filter((i) => i.severity === "error").length;
      checked[index] = { ...c, errors: c.errors + errors, warnings: c.warnings + own.length - errors };
    }
    const duplicates = blocks.filter((b) => byTab.get(b.mapping.tab) !== b);
    if (duplicates.length > 0) {
      notes.push(
        `Cross-tab checks used ${[...byTab.values()].map((b) => `${b.sheet} for ${b.mapping.tab}`).join(", ")}; ` +
          `also found: ${duplicates.map((b) => `${b.sheet} (${b.mapping.tab})`).join(", ")}.`,
      );
    }
  }

  // Grouped by sheet in workbook order, then by row; in place, and only when the blocks interleave
  // (Array.prototype.sort is stable: issues of one row keep their column order).
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const before = (a: CheckIssue, b: CheckIssue) =>
    (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row;
  let inOrder = true;
  for (let k = 1; k < issues.length && inOrder; k++) inOrder = before(issues[k - 1], issues[k]) <= 0;
  const sorted = inOrder ? issues : issues.sort(before);
  let errors = 0;
  for (const issue of sorted) if (issue.severity === "error") errors++;
  return {
    blocks: checked,
    skipped,
    issues: sorted,
    crossCheck: crossCheckState,
    errors,
    warnings: sorted.length - errors,
    trackerVersion,
    notes,
  };
}

/**
 * A column's header as the report lists it: where the header heads several columns, by its place among
 * them (`Amount (2)`), as --map names it — two `Amount`s, one mapped and one ignored, were listed alike
 * (a helper's round, real: a fund's layers, the programme total in F and the grant in K).
 */
function byPlace(mapping: HeaderMapping, column: { readonly header: string; readonly index: number }): string {
  return mappingName(mapping, column.index) ?? column.header;
}

/** The headers of a person's name read where the key is blank (given, then family), as --map names them. */
function nameColumnsOf(mapping: HeaderMapping, people: PersonNameColumns): string[] {
  return [people.given, people.family].flatMap((i) => {
    const u = mapping.unknown.find((c) => c.index === i);
    return u ? [byPlace(mapping, u)] : [];
  });
}

/**
 * A block's ignored columns, and those of them read beside the mapping (CheckedBlock.comparedColumns,
 * currencyColumn: the column at `currencyAt`, 0-based, whose codes say the amounts' currency).
 */
function readBeside(
  mapping: HeaderMapping,
  matrix: Matrix,
  currencyAt: number,
  people?: PersonNameColumns,
): Pick<
  CheckedBlock,
  "ignoredColumns" | "ignoredOnPurpose" | "comparedColumns" | "roundedIdentifiers" | "notReadAs" | "currencyColumn"
> {
  // The one the check compares (organisationIdColumn): never one the mapping leaves out on purpose
  // (`--map "Tax ID=Ignore"`), which is listed among the ignored as the user said.
  // Most values numbers Excel rounded (`3,26E+13`): compared with nothing, and said so (corpus round fn D8).
  // (The core's reading, as the task pane's editor labels the column.)
  const beside = identifierBeside(matrix, mapping);
  const identifier = beside?.column;
  const currency = mapping.unknown.find((u) => u.index === currencyAt);
  const named = (u: { readonly index: number }) =>
    people !== undefined && (u.index === people.given || u.index === people.family);
  const ignored = mapping.unknown.filter((u) => u !== identifier && u !== currency && !named(u));
  const ignoredColumns = ignored.map((u) => byPlace(mapping, u));
  const onPurpose = ignored.filter((u) => mapping.ignored?.includes(u.index)).map((u) => byPlace(mapping, u));
  const notReadAs = ignored.flatMap((u) => (u.notAs ? [{ header: byPlace(mapping, u), column: u.notAs }] : []));
  return {
    ignoredColumns,
    ...(onPurpose.length > 0 ? { ignoredOnPurpose: onPurpose } : {}),
    ...(notReadAs.length > 0 ? { notReadAs } : {}),
    ...(beside?.rounded
      ? { roundedIdentifiers: { header: byPlace(mapping, beside.column), ...beside.rounded } }
      : beside
        ? { comparedColumns: [{ header: beside.column.header, with: beside.with }] }
        : {}),
    ...(currency ? { currencyColumn: byPlace(mapping, currency) } : {}),
  };
}
