import { csvLine, CSV_BOM } from "../core/csv";
import { adviceIn, groupWords, inDoorWords, mapSheetPrefix, nameCompanions, withoutAdvice, type Cell } from "../core";
import { columnLetter, KEY_COLUMNS, PARTNERS } from "../schema";
import type { CheckedBlock, CheckIssue, CheckResult } from "./check";
import { sheetMapHint } from "./mapHint";
import { RollUp, type Problem, type ProblemLocation } from "./rollUp";
import { clip, jsonSafe, printable, printableKeepingLines, wrap } from "./terminal";

/**
 * `check`'s three reports — text for people, JSON for scripts, CSV for spreadsheets — written as
 * they go: each file's issues as soon as it is checked, in chunks, waiting for the output to drain.
 * A run over forty workbooks, or one sheet with a million issues, never builds its whole report in
 * memory, and nothing spreads a large array into a call (that crashed at 150,000 issues).
 */

/** Where output goes; a returned promise means "wait before writing more" (backpressure). */
export type Sink = (text: string) => void | Promise<void>;

/** Text columns a line may use: a terminal's usual width, and what a mail or a ticket shows unwrapped. */
export const WIDTH = 100;

/** Gathers small writes into ~64 KB chunks for the sink. */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly sink: Sink,
    private readonly chunk = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await this.sink(text);
  }
}

export type FileStatus = "checked" | "unreadable" | "nothing to check";

/** What happened to one input file. */
export interface FileOutcome {
  /** The file as the user named it (or as found in a folder they named). */
  readonly file: string;
  readonly status: FileStatus;
  /** 0 clean, 1 errors, 2 unreadable, 3 nothing to check. */
  readonly exitCode: number;
  /** Why it could not be read, or why nothing in it could be checked. */
  readonly message?: string;
  readonly result?: CheckResult;
}

/** The run's figures, across files. */
export interface RunTotals {
  files: number;
  /** The first file's name, as the user gave it. */
  firstFile: string;
  checked: number;
  clean: number;
  withErrors: number;
  unreadable: string[];
  nothingToCheck: string[];
  sheets: number;
  rows: number;
  errors: number;
  warnings: number;
  /** Rows with at least one error (CheckedBlock.errorRows), over the blocks checked. */
  errorRows: number;
  exitCode: number;
}

export interface Reporter {
  /** Called once per input file, in order, right after it is checked. */
  file(outcome: FileOutcome): Promise<void>;
  /** Called once at the end, with the figures and problems across every file. */
  end(totals: RunTotals, problems: readonly Problem[]): Promise<void>;
}

/**
 * A core message as the command line says it: where the core says how to make a mapping in the
 * functions' words (the `mapping` argument), the CLI's own options — `--tab`, `--map`, `--header-row` —
 * from the one table of each door's words (src/core/doorWording.ts).
 */
export function cliWording(
  message: string,
  /** The sheet a mapping said is for, where the workbook has others (`--map "y2016!Country=Partner"`). */
  sheet?: string,
): string {
  return inDoorWords(message, "cli", sheet === undefined ? "" : `${mapSheetPrefix(sheet)}!`);
}

// (The --map prefix of a sheet is the core's, as the summary's notes say it too: doorWording.)
export { mapSheetPrefix };

function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : plural}`;
}

function errorsAndWarnings(errors: number, warnings: number, errorRows = 0): string {
  // An error said once for many rows (a category off the list on every row) says on how many: "10
  // errors in 2,000 rows" read as a sheet nearly clean when 1,999 rows were wrong (real: Chicago's
  // capital-spending list).
  const on = errorRows > errors ? ` on ${count(errorRows, "row")}` : "";
  return errors + warnings === 0 ? "no issues" : `${count(errors, "error")}${on}, ${count(warnings, "warning")}`;
}

/** A cell reference a person can paste into Excel's Go To box: `'Our pledges'!G7`. */
export function sheetCellOf(sheet: string, cell: string | undefined, row: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${name}!${cell}` : `${name} row ${row.toLocaleString("en-US")}`;
}

/**
 * Where a problem is, for the roll-up: the sheet and column, the first few cells, how many more —
 * and with several files, in how many and the first file.
 */
export function whereText(p: Problem, manyFiles: boolean, glue = " "): string {
  const sheetCell = (sheet: string, cell: string | undefined, row: number) =>
    sheetCellOf(sheet, cell, row).replaceAll(" ", glue);
  const first = p.first;
  const oneSheet = p.examples.every((e) => e.file === first.file && e.sheet === first.sheet);
  let places: string;
  if (oneSheet) {
    const rest = p.examples.slice(1).map((e) => e.cell ?? `row ${e.row.toLocaleString("en-US")}`);
    places = [sheetCell(first.sheet, first.cell, first.row), ...rest].join(", ");
    if (manyFiles) places = `${first.file.replaceAll(" ", glue)}${glue}${places}`;
  } else {
    // Name the file where it changes, so two partners' "Our pledges" sheets read apart.
    places = p.examples
      .map((e, k) => {
        const where = sheetCell(e.sheet, e.cell, e.row);
        const file = e.file.replaceAll(" ", glue);
        return manyFiles && (k === 0 || p.examples[k - 1].file !== e.file) ? `${file}${glue}${where}` : where;
      })
      .join(", ");
  }
  const more =
    p.issues > p.examples.length ? ` and ${(p.issues - p.examples.length).toLocaleString("en-US")} more` : "";
  const files = manyFiles && p.files > 1 ? ` in ${count(p.files, "file")}` : "";
  // A column without a header (a row's label in an unheaded first column) is named by nothing.
  return `${p.column === "" ? p.tab : `${p.tab} › ${p.column}`} — ${places}${more}${files}`;
}

/** A no-break space: keeps a place in one piece when the line is wrapped. */
const GLUE = "\u00a0";

/** How many ignored headers the text report names (JSON lists them all). */
const IGNORED_SHOWN = 12;
/** A sheet's issues of one rule listed before the rest are counted (JSON has them all). */
const PER_RULE_SHOWN = 20;

/**
 * Lines that say the same of each row (`Supplier Name is empty`, `Row 7 looks like the subtotal of the
 * rows below it`) are shown a few at a time: a council's payments made 20 lines of the first and a
 * federal report 20 of the second before "… and N more" (real: over-£500 spend, rental-aid reports).
 */
const SAME_EACH_ROW_SHOWN = 5;

function shownPerRule(rule: string): number {
  return rule.startsWith("required.") || rule.startsWith("leftOut.") ? SAME_EACH_ROW_SHOWN : PER_RULE_SHOWN;
}
/** Sheets named in one "Not checked" line before the rest are counted. */
const SKIPPED_SHOWN = 6;

/** A Partners block with amounts: a ledger, whose repeated partners are how it is kept (see issues()). */
function isLedger(block: CheckedBlock): boolean {
  const amounts = [PARTNERS.col.committed.name, PARTNERS.col.received.name];
  return block.tab === PARTNERS.name && block.mapping.some((m) => amounts.includes(m.column));
}

/** The problems the text report lists; the rest are counted (JSON has them all). */
const TEXT_PROBLEMS = 40;

// ——— Text ———

export class TextReporter implements Reporter {
  private readonly out: ChunkedWriter;

  constructor(sink: Sink) {
    this.out = new ChunkedWriter(sink);
  }

  /** One line of the report; file-derived text in it is made printable here. */
  private line(text = ""): Promise<void> {
    return this.out.write(`${printable(text)}\n`);
  }

  /** Text wrapped to the width, made printable first (an escape shown as `\x1B` is longer than it was). */
  private async wrapped(text: string, indent: string, hanging = indent): Promise<void> {
    const lines = wrap(printable(text), WIDTH - hanging.length, hanging.slice(indent.length));
    for (const l of lines) await this.line(indent + l);
  }

  async file(outcome: FileOutcome): Promise<void> {
    const result = outcome.result;
    // A file that could not be read, or held nothing to check, is said on stderr and in the totals.
    if (outcome.status !== "checked" || !result) return;
    await this.wrapped(outcome.file, "");
    for (const note of result.notes) await this.wrapped(`Note: ${note}`, "  ", "    ");
    // Each block's issues, in one pass (a workbook can hold many tables and a million issues).
    const byBlock: CheckIssue[][] = result.blocks.map(() => []);
    for (const issue of result.issues) if (issue.block !== undefined) byBlock[issue.block]?.push(issue);
    for (let index = 0; index < result.blocks.length; index++) {
      const block = result.blocks[index];
      const where = block.table
        ? `table ${block.table}`
        : block.headerless
          ? "no header row (its columns named by their letters)"
          : block.continues
            ? `under ${block.continues}'s header row ${block.headerRow}`
            : `header row ${block.headerRow}${block.left > 1 ? ` from column ${columnLetter(block.left)}` : ""}`;
      await this.line();
      await this.wrapped(
        // "Our pledges — Partners, header row 3 …", or just "Partners, table tblPartners …".
        `${block.sheet === block.tab ? block.sheet : `${block.sheet} — ${block.tab}`}, ${where}, ` +
          `${count(block.rows, "row")} checked: ` +
          `${errorsAndWarnings(block.errors, block.warnings, block.errorRows)}`,
        "  ",
        "    ",
      );
      // How the headers were read — unless they are the tracker's own names, which need no telling.
      // A sheet of the user's with other columns beside (`Name | Party | Ward | Email`) says which
      // were read, though they are named as the tracker names them.
      // A name written in parts (`LAST-NAME`, `FIRST-NAME`, `MIDDLE-INITIAL`) is read together: said
      // so, not listed as ignored (a helper's round: FIRST-NAME "Ignored" though every message quoted it).
      const parts = nameColumnsOf(block);
      // An organisation's number (`Recipient Org:Identifier`) is compared with its names: read, not
      // ignored (a helper's round: "Ignored", then quoted by the warnings built on it).
      const compared = block.comparedColumns ?? [];
      const ignored = block.ignoredColumns.filter((_, i) => !parts.companions.includes(i));
      if (
        block.mapping.some((m) => m.header !== m.column) ||
        ignored.length > 0 ||
        block.currencyColumn !== undefined ||
        block.roundedIdentifiers !== undefined ||
        block.mapping.some((m) => m.orElse)
      ) {
        const columns = block.mapping.map((m) => {
          const header =
            m === parts.key
              ? [m.header, ...parts.companions.map((i) => block.ignoredColumns[i])].join(" + ")
              : m.header;
          // (A donor list's people, named where the organisation's name is blank: personNames.ts.)
          const read = m.orElse ? `${header} (or ${m.orElse.join(" + ")})` : header;
          return read === m.column ? m.column : `${read} → ${m.column}`;
        });
        for (const c of compared) columns.push(`${c.header} (compared with ${c.with})`);
        // Its identifiers lost to Excel's rounding: not compared, and how to keep them (corpus round fn D8).
        if (block.roundedIdentifiers) {
          const { header, example, rounded, values } = block.roundedIdentifiers;
          // Said by the share: the values written in full are compared still (ledger.ts reads only the
          // rounded ones as none), so "not compared" only of a column with none (Toulouse's: 2 of 543 whole).
          const whole = values - rounded;
          columns.push(
            whole === 0
              ? `${header} (not compared: every value is a number Excel rounded, such as ${example} — the identifiers ` +
                  `are lost; export the column as text)`
              : `${header} (compared with ${PARTNERS.col.partner.name} on ${whole.toLocaleString("en-US")} of its ` +
                  `${values.toLocaleString("en-US")} values only: the other ${rounded.toLocaleString("en-US")} are ` +
                  `numbers Excel rounded, such as ${example} — those identifiers are lost; export the column as text)`,
          );
        }
        if (block.currencyColumn !== undefined) columns.push(`${block.currencyColumn} (the amounts' currency)`);
        await this.wrapped(`Columns: ${columns.join(" · ")}`, "    ", "      ");
      }
      if (ignored.length > 0) {
        // An open-data export can have 70 columns the tracker does not use: name a few, count the rest.
        // A header naming a tracker column, its cells no fit for it, says so (CheckedBlock.notReadAs).
        const why = new Map((block.notReadAs ?? []).map((n) => [n.header, n.column]));
        // Those with that hint first, never cut: it is how the column is read (corpus round fn D4, real:
        // Toulouse's grants, `type`, its 13th ignored column, its `--map "type=Sector"` cut with it).
        const hinted = ignored.filter((h) => why.has(h));
        const listed = [
          ...hinted,
          ...ignored.filter((h) => !why.has(h)).slice(0, Math.max(0, IGNORED_SHOWN - hinted.length)),
        ];
        const shown = listed
          .map((h) =>
            why.has(h)
              ? `${h} (not read as ${why.get(h)}: its cells do not look like one; --map "${h}=${why.get(h)}" reads it so)`
              : h,
          )
          .join(" · ");
        const rest = ignored.length - listed.length;
        await this.wrapped(
          `Ignored: ${shown}${rest > 0 ? ` … and ${rest.toLocaleString("en-US")} more` : ""}`,
          "    ",
          "      ",
        );
      }
      await this.issues(byBlock[index], isLedger(block));
    }
    // Sheets left out: the tracker's own lists and Summary go unsaid; a sheet of notes is named.
    const skipped = result.skipped.filter((s) => s.reason !== "empty" && !s.reason.startsWith("the tracker's"));
    if (skipped.length > 0) await this.line();
    // Sheets left out for the same reason are named together (a funder's 20 summary tables beside
    // the grants list a --map speaks of were 20 paragraphs).
    const byWhy = new Map<string, string[]>();
    for (const s of skipped) {
      const hint = sheetMapHint(s);
      const why =
        s.closestTab === undefined
          ? cliWording(s.reason)
          : `no header row naming tracker columns${hint ? ` (${hint} reads it)` : ""}`;
      byWhy.set(why, [...(byWhy.get(why) ?? []), s.sheet]);
    }
    for (const [why, sheets] of byWhy) {
      const names =
        sheets.length <= SKIPPED_SHOWN
          ? sheets.join(", ")
          : `${sheets.slice(0, SKIPPED_SHOWN).join(", ")} and ${sheets.length - SKIPPED_SHOWN} more sheets`;
      await this.wrapped(`Not checked: ${names} — ${why}`, "  ", "    ");
    }
    if (result.crossCheck.ran) await this.line("  Cross-tab checks: done.");
    // Said only where the workbook has tracker data of two tabs or more (a partner's one sheet is not a tracker).
    else if (new Set(result.blocks.map((b) => b.tab)).size > 1 && result.crossCheck.note) {
      await this.line(`  Cross-tab checks: ${result.crossCheck.note}.`);
    }
    await this.line();
    // Out before the next file's messages on stderr, so a terminal shows them in order.
    await this.out.flush();
  }

  /**
   * The detail lines of one block: cell, column, severity, message (wrapped under itself). Where a
   * rule's messages all end with the same advice (a ledger's repeated partners), the first says it
   * and the others give only what differs: 340 partners are 340 lines, not 1,200.
   */
  private async issues(issues: readonly CheckIssue[], ledger: boolean): Promise<void> {
    if (issues.length === 0) return;
    let cellWidth = 0;
    let columnWidth = 0;
    for (const i of issues) {
      cellWidth = Math.max(cellWidth, (i.cell ?? `row ${i.row}`).length);
      columnWidth = Math.max(columnWidth, i.column.length);
    }
    cellWidth = Math.min(cellWidth, 12);
    columnWidth = Math.min(columnWidth, 22);
    const messageAt = 4 + cellWidth + 2 + columnWidth + 2 + 7 + 2;
    const hanging = " ".repeat(messageAt);
    const advised = new Set<string>();
    // A sheet's lines of one rule past the first PER_RULE_SHOWN are counted, not printed: a payments
    // ledger's 541 "Supplier … is on N rows" made 1,751 lines. The problems below count them all,
    // and --json lists each.
    const shownOf = new Map<string, number>();
    const leftOf = new Map<string, number>();
    // In a ledger (a Partners sheet with amounts: one row per grant or payment), a partner on several
    // rows is how the sheet is kept, not something to fix: its warnings inform. Listed one by one they
    // buried the one row made twice among 340 (seven real ledgers); the problems below say it once.
    const ledgerOf = new Map<string, { count: number; columns: Set<string> }>();
    // Without amounts (a directory), repeated names are listed — a form sent twice is a row to delete
    // — unless there are more than a screen shows: one row per partner and school, as a district's
    // partner list keeps them, made 20 lines and "… and 109 more" that no one acts on.
    const repeats = new Map<string, number>();
    for (const i of issues) {
      if (withoutAdvice(i.rule, i.message) !== undefined) repeats.set(i.rule, (repeats.get(i.rule) ?? 0) + 1);
    }
    const rolledUp = (rule: string) => ledger || (repeats.get(rule) ?? 0) > PER_RULE_SHOWN;
    for (const i of issues) {
      if (withoutAdvice(i.rule, i.message) !== undefined && rolledUp(i.rule)) {
        const seen = ledgerOf.get(i.rule);
        if (seen) {
          seen.count++;
          seen.columns.add(i.column);
        } else ledgerOf.set(i.rule, { count: 1, columns: new Set([i.column]) });
        continue;
      }
      const shown = shownOf.get(i.rule) ?? 0;
      if (shown >= shownPerRule(i.rule)) {
        leftOf.set(i.rule, (leftOf.get(i.rule) ?? 0) + 1);
        continue;
      }
      shownOf.set(i.rule, shown + 1);
      const lead =
        `    ${clip(i.cell ?? `row ${i.row}`, cellWidth).padEnd(cellWidth)}  ` +
        `${clip(printable(i.column), columnWidth).padEnd(columnWidth)}  ${i.severity.padEnd(7)}  `;
      const bare = withoutAdvice(i.rule, i.message);
      // Each form of the advice once (a donor list's organisations' and people's).
      const form = `${i.rule}\u0001${adviceIn(i.rule, i.message)}`;
      const said = bare !== undefined && advised.has(form);
      if (bare !== undefined) advised.add(form);
      const lines = wrap(printable(said ? bare : i.message), WIDTH - messageAt, hanging);
      await this.line(lead + lines[0]);
      for (let k = 1; k < lines.length; k++) await this.line(lines[k]);
    }
    for (const [rule, { count: repeated, columns }] of ledgerOf) {
      // Its issues' columns, the key's own first: a donor list's organisations and people read beside a
      // blank organisation's name are `company_name (or first_name + last_name)`, not whichever came first
      // (a reviewer's repro: "first_name + last_name: 564 partners", 57 of them companies).
      const [key, ...others] = [...columns].sort((a, b) => Number(a.includes(" + ")) - Number(b.includes(" + ")));
      const column = others.length > 0 ? `${key} (or ${others.join(", ")})` : key;
      const kept = ledger ? "as in a ledger" : "as the sheet is kept";
      // People on a roster are names, not partners (a helper's round: a council's allowances register,
      // "Councillor: 98 partners on several rows").
      const partners = rule === "repeated.partner";
      const counted = !partners
        ? ""
        : ledger
          ? " — each counted once, its rows' amounts added up"
          : " — each counted once";
      await this.wrapped(
        `${column}: ${count(repeated, partners ? "partner" : "name")} on several rows, ${kept} (${rule})${counted}; said once ` +
          `in the problems below, and --json lists each.`,
        "    ",
        "      ",
      );
    }
    for (const [rule, left] of leftOf) {
      const first = issues.find((i) => i.rule === rule);
      const kind = first?.severity === "error" ? "error" : "warning";
      const what = first ? `${left === 1 ? kind : `${kind}s`} like these (${rule})` : rule;
      await this.wrapped(
        `… and ${left.toLocaleString("en-US")} more ${what}: counted in the problems below; --json lists each.`,
        "    ",
        "      ",
      );
    }
  }

  async end(totals: RunTotals, problems: readonly Problem[]): Promise<void> {
    if (problems.length > 0) {
      await this.line(
        problems.length === 1 ? "One problem:" : `${count(problems.length, "distinct problem")}, largest first:`,
      );
      // Each problem's count is of rows (an issue said once for a word in 15 rows counts 15, as
      // PROBLEMS' Rows column): said as rows, so "1 error" above and "15 × error" here were not read
      // as two counts of the same thing.
      const countWidth = Math.min(9, problems[0].count.toLocaleString("en-US").length);
      const indent = " ".repeat(2 + countWidth + 6 + 7 + 2);
      for (const p of problems.slice(0, TEXT_PROBLEMS)) {
        const message = problemWords(p);
        const rows = p.count === 1 ? "row " : "rows";
        const lead = `  ${p.count.toLocaleString("en-US").padStart(countWidth)} ${rows} ${p.severity.padEnd(7)}  `;
        const lines = wrap(printable(message), WIDTH - indent.length, indent);
        await this.line(lead + lines[0]);
        for (let k = 1; k < lines.length; k++) await this.line(lines[k]);
        // Places are glued with no-break spaces so a line never breaks inside 'Our pledges'!A6.
        for (const l of wrap(printable(whereText(p, totals.files > 1, GLUE)), WIDTH - indent.length, indent)) {
          await this.line((indent + l.trimStart()).replaceAll(GLUE, " "));
        }
      }
      if (problems.length > TEXT_PROBLEMS) {
        let rest = 0;
        for (let k = TEXT_PROBLEMS; k < problems.length; k++) rest += problems[k].count;
        await this.line(
          `  … and ${count(problems.length - TEXT_PROBLEMS, "more problem")} (${count(rest, "row")}): ` +
            `the details above, or --json, list them all.`,
        );
      }
      await this.line();
    }
    // The totals last, where the eye lands.
    const figures =
      `${errorsAndWarnings(totals.errors, totals.warnings, totals.errorRows)} in ${count(totals.rows, "row")} ` +
      `on ${count(totals.sheets, "sheet")}`;
    if (totals.files === 1 && totals.checked === 1) {
      await this.wrapped(`${totals.firstFile}: ${figures}.`, "");
    } else if (totals.files > 1) {
      const parts = [
        `${totals.clean.toLocaleString("en-US")} clean`,
        `${totals.withErrors.toLocaleString("en-US")} with errors`,
      ];
      if (totals.unreadable.length > 0)
        parts.push(`${count(totals.unreadable.length, "unreadable")} (${totals.unreadable.join(", ")})`);
      if (totals.nothingToCheck.length > 0) {
        parts.push(
          `${totals.nothingToCheck.length.toLocaleString("en-US")} with nothing to check (${totals.nothingToCheck.join(", ")})`,
        );
      }
      await this.wrapped(`${count(totals.files, "file")}: ${parts.join(", ")}.`, "");
      await this.wrapped(`Checked: ${figures}.`, "");
    }
    await this.out.flush();
  }
}

// ——— JSON ———

/** One issue as the JSON report writes it (README "Command line" documents the fields). */
function issueJson(file: string, i: CheckIssue): string {
  return JSON.stringify({
    file,
    sheet: i.sheet,
    tab: i.tab,
    row: i.row,
    cell: i.cell ?? null,
    column: i.column,
    severity: i.severity,
    rule: i.rule,
    value: jsonValue(i.value),
    rows: i.rows ?? 1,
    message: i.message,
  });
}

function jsonValue(value: Cell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}

function sheetJson(b: CheckedBlock): object {
  // A name in two columns (`last_name`, `first_name`) is read as one: the other half is listed `with`
  // the key, not as ignored, as the text report says `last_name + first_name → Name` (a helper's
  // round: the JSON said first_name was ignored while the check compared it).
  const parts = nameColumnsOf(b);
  const joined = parts.companions.map((i) => b.ignoredColumns[i]);
  return {
    sheet: b.sheet,
    tab: b.tab,
    table: b.table ?? null,
    headerRow: b.headerless ? null : b.headerRow,
    ...(b.continues ? { continues: b.continues } : {}),
    rows: b.rows,
    errors: b.errors,
    warnings: b.warnings,
    mapping: joined.length === 0 ? b.mapping : b.mapping.map((m) => (m === parts.key ? { ...m, with: joined } : m)),
    ignoredColumns:
      joined.length === 0 ? b.ignoredColumns : b.ignoredColumns.filter((_, i) => !parts.companions.includes(i)),
    ...(b.comparedColumns ? { comparedColumns: b.comparedColumns } : {}),
    ...(b.roundedIdentifiers ? { roundedIdentifiers: b.roundedIdentifiers } : {}),
    ...(b.currencyColumn !== undefined ? { currencyColumn: b.currencyColumn } : {}),
    ...(b.notReadAs ? { notReadAs: b.notReadAs } : {}),
  };
}

function fileJson(outcome: FileOutcome): object {
  const r = outcome.result;
  return {
    file: outcome.file,
    status: outcome.status,
    exitCode: outcome.exitCode,
    message: outcome.message ?? null,
    errors: r?.errors ?? 0,
    warnings: r?.warnings ?? 0,
    trackerVersion: r?.trackerVersion ?? null,
    sheets: (r?.blocks ?? []).map(sheetJson),
    skipped: (r?.skipped ?? []).map((s) => ({ ...s, reason: cliWording(s.reason) })),
    crossCheck: r ? { ran: r.crossCheck.ran, note: r.crossCheck.note ?? null } : { ran: false, note: null },
    notes: r?.notes ?? [],
  };
}

function place(p: ProblemLocation): object {
  return { file: p.file, sheet: p.sheet, row: p.row, cell: p.cell ?? null };
}

/**
 * A problem in one sentence, as the text report says it and JSON's `said` gives it: its issues' own
 * words when they all say the same, else the rule's words for the group ("373 partners in
 * Organization are each on several rows …"), else the first issue's, as an example.
 */
function problemWords(p: Problem): string {
  if (p.sameMessage || p.issues === 1) return p.message;
  return (
    groupWords(p.rule, { issues: p.issues, rows: p.count, column: p.column, message: p.message }) ?? `e.g. ${p.message}`
  );
}

function problemJson(p: Problem): object {
  return {
    tab: p.tab,
    rule: p.rule,
    column: p.column,
    severity: p.severity,
    value: jsonValue(p.value),
    count: p.count,
    issues: p.issues,
    files: p.files,
    message: p.message,
    sameMessage: p.sameMessage,
    said: problemWords(p),
    first: place(p.first),
    examples: p.examples.map(place),
  };
}

/**
 * `{"issues":[…],"files":[…],"problems":[…],"summary":{…}}` — issues one per line as each file is
 * checked; the per-file details (small) after them.
 */
export class JsonReporter implements Reporter {
  private readonly out: ChunkedWriter;
  private readonly files: object[] = [];
  /** Every checked sheet across files, for `summary.sheets`. */
  private readonly sheets: object[] = [];
  private firstIssue = true;

  constructor(sink: Sink) {
    this.out = new ChunkedWriter(sink);
  }

  private write(text: string): Promise<void> {
    return this.out.write(jsonSafe(text));
  }

  async file(outcome: FileOutcome): Promise<void> {
    if (this.files.length === 0) await this.write('{\n  "issues": [');
    this.files.push(fileJson(outcome));
    for (const b of outcome.result?.blocks ?? []) this.sheets.push({ file: outcome.file, ...sheetJson(b) });
    for (const issue of outcome.result?.issues ?? []) {
      await this.write(`${this.firstIssue ? "\n" : ",\n"}    ${issueJson(outcome.file, issue)}`);
      this.firstIssue = false;
    }
  }

  async end(totals: RunTotals, problems: readonly Problem[]): Promise<void> {
    if (this.files.length === 0) await this.write('{\n  "issues": [');
    await this.write(`${this.firstIssue ? "" : "\n  "}],\n  "files": [`);
    for (let k = 0; k < this.files.length; k++) {
      await this.write(`${k === 0 ? "\n" : ",\n"}    ${JSON.stringify(this.files[k])}`);
    }
    await this.write(`${this.files.length === 0 ? "" : "\n  "}],\n  "problems": [`);
    for (let k = 0; k < problems.length; k++) {
      await this.write(`${k === 0 ? "\n" : ",\n"}    ${JSON.stringify(problemJson(problems[k]))}`);
    }
    const summary = {
      files: totals.files,
      checked: totals.checked,
      clean: totals.clean,
      withErrors: totals.withErrors,
      unreadable: totals.unreadable,
      nothingToCheck: totals.nothingToCheck,
      sheets: this.sheets,
      rows: totals.rows,
      errors: totals.errors,
      warnings: totals.warnings,
      problems: problems.length,
      exitCode: totals.exitCode,
    };
    await this.write(`${problems.length === 0 ? "" : "\n  "}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    await this.out.flush();
  }
}

// ——— CSV ———

/** `File, Sheet, Tab, Row, Cell, Column, Severity, Rule, Value, Message`, one issue a line. */
export const CHECK_CSV_HEADER = [
  "File",
  "Sheet",
  "Tab",
  "Row",
  "Cell",
  "Column",
  "Severity",
  "Rule",
  "Value",
  "Message",
];

export class CsvReporter implements Reporter {
  private readonly out: ChunkedWriter;
  private started = false;

  /** `terminal`: stdout is a terminal, so control characters are shown, not sent. */
  constructor(
    sink: Sink,
    private readonly terminal = false,
  ) {
    this.out = new ChunkedWriter(sink);
  }

  private write(text: string): Promise<void> {
    return this.out.write(this.terminal ? printableKeepingLines(text) : text);
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // With a byte-order mark: Excel on Windows then reads the messages' dashes and accents right.
    await this.write(CSV_BOM + csvLine(CHECK_CSV_HEADER));
  }

  async file(outcome: FileOutcome): Promise<void> {
    await this.start();
    for (const i of outcome.result?.issues ?? []) {
      await this.write(
        csvLine([outcome.file, i.sheet, i.tab, i.row, i.cell ?? "", i.column, i.severity, i.rule, i.value, i.message]),
      );
    }
  }

  async end(): Promise<void> {
    await this.start();
    await this.out.flush();
  }
}

/** How bad an exit code is, for the worst across files: could not read, nothing to check, errors, clean. */
const EXIT_RANK = [0, 1, 3, 2];

/**
 * Runs a report over the outcomes, file by file as they come (a generator that checks each file
 * when asked keeps one workbook in memory at a time), and returns the run's figures. The exit code
 * is the worst any file got: 2 (unreadable), then 3 (nothing to check), then 1 (errors), then 0.
 */
export async function writeReport(
  outcomes: Iterable<FileOutcome> | AsyncIterable<FileOutcome>,
  reporter: Reporter,
  onFile?: (outcome: FileOutcome) => void | Promise<void>,
): Promise<RunTotals> {
  const problems = new RollUp();
  const totals: RunTotals = {
    files: 0,
    firstFile: "",
    checked: 0,
    clean: 0,
    withErrors: 0,
    unreadable: [],
    nothingToCheck: [],
    sheets: 0,
    rows: 0,
    errors: 0,
    warnings: 0,
    errorRows: 0,
    exitCode: 0,
  };
  for await (const outcome of outcomes) {
    if (totals.files === 0) totals.firstFile = outcome.file;
    totals.files++;
    if (EXIT_RANK.indexOf(outcome.exitCode) > EXIT_RANK.indexOf(totals.exitCode)) totals.exitCode = outcome.exitCode;
    if (outcome.status === "unreadable") totals.unreadable.push(outcome.file);
    else if (outcome.status === "nothing to check") totals.nothingToCheck.push(outcome.file);
    else if (outcome.result) {
      const r = outcome.result;
      totals.checked++;
      if (r.errors > 0) totals.withErrors++;
      else totals.clean++;
      totals.errors += r.errors;
      totals.warnings += r.warnings;
      // Sheets, not blocks: two blocks side by side are on one sheet (a reviewer's repro: "on 2 sheets").
      totals.sheets += new Set(r.blocks.map((b) => b.sheet)).size;
      for (const b of r.blocks) {
        totals.rows += b.rows;
        totals.errorRows += b.errorRows;
      }
      for (const issue of r.issues) problems.add(outcome.file, issue);
    }
    await onFile?.(outcome);
    await reporter.file(outcome);
  }
  await reporter.end(totals, problems.problems());
  return totals;
}

/**
 * The block's key column written as a name in parts, and the ignored columns (by index) read with it
 * (nameCompanions): none where the key is one column.
 */
function nameColumnsOf(block: CheckedBlock): { key?: CheckedBlock["mapping"][number]; companions: number[] } {
  const keys = KEY_COLUMNS[block.tab] ?? [];
  const key = block.mapping.find((m) => keys.some((k) => k.name === m.column));
  if (!key) return { companions: [] };
  // Never one the mapping leaves out on purpose (`--map "first_name=Ignore"`).
  const onPurpose = block.ignoredOnPurpose;
  const { other, middle } = nameCompanions(
    key.header,
    block.ignoredColumns,
    onPurpose ? (i) => onPurpose.includes(block.ignoredColumns[i]) : undefined,
  );
  if (other === undefined) return { companions: [] };
  return { key, companions: middle === undefined ? [other] : [other, middle] };
}
