import * as fs from "fs";
import * as path from "path";
import { TrackerError } from "../core";
import { isoToSerial } from "../core/excelDate";
import { issuesToCsv } from "../core/csv";
import { SAMPLE_DATA, SCHEMA_VERSION, TABS } from "../schema";
import { checkWorkbook, type CheckResult } from "./check";
import { partnersSummary, summaryCsv, summaryText } from "./summary";
import { cachedResults } from "./tracker";
import { writeFileSafely } from "./safeWrite";
import { readWorkbookFile, UnreadableWorkbookError } from "./xlsxReader";
import { writeTrackerFrom } from "./trackerFiles";
import { trackerXlsxBuffer } from "./xlsxWriter";

/**
 * `partnership-tracker` — the tracker without the add-in:
 *   new <file.xlsx> [--sample] [--force]   write a tracker workbook
 *   check <file.xlsx> [--json | --csv]     check it (or any workbook with tracker-like sheets)
 *   summary <file.xlsx> [--by …] [--csv]   partners, committed and received by sector (or …)
 * Exit codes: 0 done (check: no errors), 1 check found errors, 2 could not do it (bad usage,
 * missing or unreadable file, a file that would be overwritten).
 */

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_CANNOT = 2;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress then updates one line in place). */
  readonly stderrIsTty?: boolean;
  readonly cwd?: string;
}

export const USAGE = `Usage:
  partnership-tracker new <file.xlsx> [--sample] [--force]
      Write a tracker workbook: the Foundation, Assets, Leadership and Partners tables with
      dropdowns and checks, the Summary (native formulas) and the hidden Lists sheet.
      --sample  fill it with the sample city's data
      --force   replace the file if it exists (otherwise an existing file is never touched)

  partnership-tracker new --from <users.xlsx> <tracker.xlsx> [--force]
      Write a tracker filled from your own sheets, found and mapped as check maps them (values in
      the tracker's form where unambiguous, Total rows left out); says what it could not place.

  partnership-tracker share <tracker.xlsx> <partner-copy.xlsx> [--force]
      Write a copy for partners without the internal columns (Political dynamics …); its tables,
      dropdowns and Summary still work.

  partnership-tracker check <file.xlsx> [--json | --csv] [--today YYYY-MM-DD] [--quiet]
      Check a tracker, or any workbook whose sheets have tracker-like headers, with the same
      rules as PARTNERS.VALIDATE and PARTNERS.CROSSCHECK. Prints the issues by sheet.
      --json    one JSON object: {"issues":[{sheet,tab,row,column,severity,message}],"summary":{…}}
      --csv     the issues as CSV (Sheet, Tab, Row, Column, Severity, Message)
      --today   the date the date rules compare with (default: today)
      --quiet   no progress messages on stderr

  partnership-tracker summary <file.xlsx> [--by <column>] [--csv]
      Partners, Committed and Received by Sector (as PARTNERS.SUMMARY), from the tracker's
      Partners table or a sheet whose headers map to Partners.
      --by      Sector (default), Status, Initiative ID, Focus area or Contribution
      --csv     as CSV (a spreadsheet opening it runs no formula)

Exit codes: 0 done, no errors (warnings allowed) · 1 errors found · 2 could not read or write.`;

class UsageError extends Error {}

interface Parsed {
  readonly command: string | undefined;
  readonly files: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

const FLAGS: Record<string, readonly string[]> = {
  new: ["--sample", "--force"],
  check: ["--json", "--csv", "--quiet"],
  summary: ["--csv"],
  share: ["--force"],
};
const VALUE_FLAGS: Record<string, readonly string[]> = {
  new: ["--from"],
  check: ["--today"],
  summary: ["--by"],
  share: [],
};

function parse(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const known = FLAGS[command ?? ""] ?? [];
  const valued = VALUE_FLAGS[command ?? ""] ?? [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [name, inline] = arg.split(/=(.*)/s, 2);
      if (valued.includes(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value.`);
        values.set(name, value);
      } else if (known.includes(name) && inline === undefined) {
        flags.add(name);
      } else {
        throw new UsageError(`Unknown option ${arg} for "${command}".`);
      }
    } else {
      files.push(arg);
    }
  }
  return { command, files, flags, values };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

async function newTracker(args: Parsed, io: Io): Promise<number> {
  const from = args.values.get("--from");
  if (from !== undefined) {
    if (args.flags.has("--sample")) throw new UsageError("new takes --from or --sample, not both.");
    if (args.files.length !== 1)
      throw new UsageError("new --from needs one file to write, e.g. new --from mine.xlsx tracker.xlsx");
    return writeTrackerFrom("from", from, args.files[0], args.flags.has("--force"), io);
  }
  if (args.files.length !== 1) throw new UsageError("new needs exactly one file name, e.g. new tracker.xlsx");
  const file = path.resolve(io.cwd ?? process.cwd(), args.files[0]);
  const shown = args.files[0];
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError(`${shown}: the file name must end in .xlsx (Excel opens a workbook by its extension).`);
  }
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) {
    io.stderr(`Cannot write ${shown}: the folder ${dir} does not exist.\n`);
    return EXIT_CANNOT;
  }
  if (fs.existsSync(file) && !args.flags.has("--force")) {
    io.stderr(`${shown} already exists and was not touched. Use --force to replace it.\n`);
    return EXIT_CANNOT;
  }
  const sample = args.flags.has("--sample");
  const data = sample ? SAMPLE_DATA : undefined;
  // Cached results (the engine's figures and issue counts) so viewers that do not recalculate
  // show the right numbers; Excel recalculates on load anyway.
  const buf = await trackerXlsxBuffer({ data, ...cachedResults(data ?? {}) });
  try {
    // Through a temporary file created exclusively: a failure leaves no partial file and, with
    // --force, the old file whole (with its permissions kept on success).
    writeFileSafely(file, buf, { replace: args.flags.has("--force") });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === "EEXIST"
        ? "it already exists (use --force to replace it)"
        : e.code === "EACCES" || e.code === "EPERM"
          ? "permission denied"
          : e.code === "EISDIR"
            ? "it is a folder"
            : e.code === "ENOSPC" || e.code === "EDQUOT"
              ? "the disk is full"
              : e.code === "EFBIG"
                ? "the file would exceed the size this process may write"
                : e.message;
    const kept = fs.existsSync(file) ? " The existing file was left as it was." : " No file was written.";
    io.stderr(`Cannot write ${shown}: ${why}.${e.code === "EEXIST" ? "" : kept}\n`);
    return EXIT_CANNOT;
  }
  const rows = sample ? TABS.map((t) => `${t.name} ${SAMPLE_DATA[t.name].length}`).join(", ") : "";
  io.stdout(
    `Wrote ${shown}: tracker schema ${SCHEMA_VERSION}, ${TABS.map((t) => t.name).join(", ")}, Summary` +
      `${sample ? ` — sample data (${rows} rows)` : " — empty tables, ready to fill"}.\n` +
      `The Summary's chart of commitments by sector is added by the add-in (this file has the figures, not the chart).\n`,
  );
  return EXIT_OK;
}

function progress(io: Io, quiet: boolean): { line: (text: string, always?: boolean) => void; done: () => void } {
  let last = 0;
  let open = false;
  return {
    line(text: string, always = false) {
      if (quiet) return;
      if (io.stderrIsTty) {
        io.stderr(`\r\x1b[2K${text}`);
        open = true;
      } else {
        const now = Date.now();
        if (now - last < 250 && !always && !text.endsWith("…")) return;
        last = now;
        io.stderr(`${text}\n`);
      }
    },
    done() {
      if (open) io.stderr("\n");
      open = false;
    },
  };
}

function textReport(file: string, result: CheckResult): string {
  const out: string[] = [];
  const totals = `${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}`;
  out.push(`${file}: ${totals}`);
  for (const note of result.notes) out.push(`Note: ${note}`);
  for (const block of result.blocks) {
    const where = block.table ? `table ${block.table}` : `header row ${block.headerRow}`;
    const counts =
      block.errors + block.warnings === 0
        ? "no issues"
        : `${plural(block.errors, "error")}, ${plural(block.warnings, "warning")}`;
    out.push("");
    out.push(`${block.sheet} — ${block.tab} tab, ${where}, ${plural(block.rows, "row")} checked: ${counts}`);
    if (block.ignoredColumns.length > 0) out.push(`  (ignored columns: ${block.ignoredColumns.join(", ")})`);
    const issues = result.issues.filter((i) => i.sheet === block.sheet && i.tab === block.tab);
    const rowWidth = Math.max(0, ...issues.map((i) => String(i.row).length));
    const colWidth = Math.min(
      28,
      Math.max(0, ...issues.map((i) => (i.cell ? `${i.column} (${i.cell})` : i.column).length)),
    );
    for (const i of issues) {
      const column = i.cell ? `${i.column} (${i.cell})` : i.column;
      out.push(
        `  row ${String(i.row).padEnd(rowWidth)}  ${column.padEnd(colWidth)}  ${i.severity.padEnd(7)}  ${i.message}`,
      );
    }
  }
  out.push("");
  out.push(result.crossCheck.ran ? "Cross-tab checks: done." : `Cross-tab checks: ${result.crossCheck.note}.`);
  const skipped = result.skipped.filter((s) => s.reason !== "empty");
  if (skipped.length > 0) out.push(`Not checked: ${skipped.map((s) => `${s.sheet} (${s.reason})`).join("; ")}.`);
  return `${out.join("\n")}\n`;
}

function jsonReport(file: string, result: CheckResult): string {
  return `${JSON.stringify(
    {
      issues: result.issues.map(({ sheet, tab, row, column, severity, message }) => ({
        sheet,
        tab,
        row,
        column,
        severity,
        message,
      })),
      summary: {
        file,
        errors: result.errors,
        warnings: result.warnings,
        sheets: result.blocks,
        skipped: result.skipped,
        crossCheck: result.crossCheck,
        trackerVersion: result.trackerVersion ?? null,
        notes: result.notes,
      },
    },
    null,
    2,
  )}\n`;
}

async function check(args: Parsed, io: Io): Promise<number> {
  if (args.files.length !== 1) throw new UsageError("check needs exactly one .xlsx file, e.g. check tracker.xlsx");
  if (args.flags.has("--json") && args.flags.has("--csv")) throw new UsageError("choose --json or --csv, not both.");
  const shown = args.files[0];
  const file = path.resolve(io.cwd ?? process.cwd(), shown);
  let today: number | undefined;
  const todayText = args.values.get("--today");
  if (todayText !== undefined) {
    today = isoToSerial(todayText);
    if (today === undefined) throw new UsageError(`--today ${todayText}: expected a date like 2026-03-01.`);
  }
  const started = Date.now();
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  // Progress only where there is something to wait for.
  const show = progress(io, args.flags.has("--quiet") || size < 1_000_000);
  show.line(`Reading ${shown} (${(size / 1e6).toFixed(1)} MB)…`);
  let result: CheckResult;
  let notRead: readonly string[] = [];
  try {
    const wb = await readWorkbookFile(file, {
      onProgress: (sheet, done, total) =>
        show.line(
          `Reading ${sheet}: ${done.toLocaleString("en-US")}${total ? ` of ${total.toLocaleString("en-US")}` : ""} rows`,
        ),
    });
    notRead = wb.notRead ?? [];
    result = checkWorkbook(wb, {
      today,
      onBlock: (sheet, tab, rows) => show.line(`Checking ${sheet} (${tab}, ${rows.toLocaleString("en-US")} rows)…`),
    });
  } catch (err) {
    show.done();
    if (err instanceof UnreadableWorkbookError) {
      io.stderr(`Cannot check ${shown}: ${err.message.replace(`${file}: `, "")}.\n`);
      return EXIT_CANNOT;
    }
    throw err;
  }
  show.line(`Checked in ${((Date.now() - started) / 1000).toFixed(1)} s.`, true);
  show.done();
  // What the file holds but could not be read makes the check incomplete: never a clean exit.
  if (notRead.length > 0) io.stderr(notReadReport(shown, notRead, "check"));
  if (result.blocks.length === 0) {
    io.stderr(
      `Cannot check ${shown}: no sheet has a header row naming tracker columns ` +
        `(e.g. Partner, Committed, Initiative ID). Sheets: ${result.skipped.map((s) => s.sheet).join(", ") || "none"}.\n`,
    );
    return EXIT_CANNOT;
  }
  if (args.flags.has("--json")) io.stdout(jsonReport(shown, result));
  // With a byte-order mark: Excel on Windows then reads the messages' dashes and accents right.
  else if (args.flags.has("--csv")) io.stdout(issuesToCsv(result.issues, { bom: true }));
  else io.stdout(textReport(shown, result));
  if (notRead.length > 0) return EXIT_CANNOT;
  return result.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

function notReadReport(file: string, notRead: readonly string[], what: "check" | "summary"): string {
  return `Not read from ${file}, so this ${what} is incomplete:\n${notRead.map((n) => `  ${n}\n`).join("")}`;
}

async function summary(args: Parsed, io: Io): Promise<number> {
  if (args.files.length !== 1) throw new UsageError("summary needs exactly one .xlsx file, e.g. summary tracker.xlsx");
  const shown = args.files[0];
  const file = path.resolve(io.cwd ?? process.cwd(), shown);
  try {
    const wb = await readWorkbookFile(file);
    const result = partnersSummary(wb, args.values.get("--by"));
    if (wb.notRead?.length) io.stderr(notReadReport(shown, wb.notRead, "summary"));
    io.stdout(args.flags.has("--csv") ? summaryCsv(result) : summaryText(shown, result));
    return wb.notRead?.length ? EXIT_CANNOT : EXIT_OK;
  } catch (err) {
    if (err instanceof UnreadableWorkbookError || err instanceof TrackerError) {
      io.stderr(`Cannot summarise ${shown}: ${err.message.replace(`${file}: `, "").replace(/\.$/, "")}.\n`);
      return EXIT_CANNOT;
    }
    throw err;
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parse(argv);
    switch (args.command) {
      case "new":
        return await newTracker(args, io);
      case "check":
        return await check(args, io);
      case "summary":
        return await summary(args, io);
      case "share":
        if (args.files.length !== 2)
          throw new UsageError("share needs two files, e.g. share tracker.xlsx partner-copy.xlsx");
        return await writeTrackerFrom("share", args.files[0], args.files[1], args.flags.has("--force"), io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${USAGE}\n`);
        return args.command === undefined ? EXIT_CANNOT : EXIT_OK;
      case "--version":
      case "-v":
        io.stdout(`partnership-tracker (tracker schema ${SCHEMA_VERSION})\n`);
        return EXIT_OK;
      default:
        throw new UsageError(`Unknown command "${args.command}".`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${USAGE}\n`);
      return EXIT_CANNOT;
    }
    io.stderr(`Unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_CANNOT;
  }
}
