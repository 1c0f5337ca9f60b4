import * as fs from "fs";
import * as path from "path";
import { AmountsApartError, MONEY_HEADER, resolveGroupBy, resolveTab, TrackerError } from "../core";
import { isoToSerial } from "../core/excelDate";
import { columnLetter, PARTNERS, SAMPLE_DATA, SCHEMA_VERSION, TABS } from "../schema";
import { asksEverySheet, checkWorkbook, missingSheet, sheetNamed, type CheckedBlock } from "./check";
import { trackerVersionOf, findBlocks, type MappingOptions } from "./workbookBlocks";
import {
  cliWording,
  CsvReporter,
  JsonReporter,
  TextReporter,
  type FileOutcome,
  type Reporter,
  type Sink,
  WIDTH,
  writeReport,
} from "./report";
import { partnersSummary, summaryCsv, summaryText } from "./summary";
import { printable, printableKeepingLines, wrap } from "./terminal";
import { cachedResults } from "./tracker";
import { writeFileSafely } from "./safeWrite";
import { readSpreadsheetFile } from "./csvReader";
import { UnreadableWorkbookError, type WorkbookData } from "./xlsxReader";
import { columnNumber, type UncalculatedCells } from "./xlsxSheet";
import { writeTrackerFrom } from "./trackerFiles";
import { moreSheetsLines, sheetReasonLines, SHEETS_EXPLAINED } from "./sheetsNotRead";
import {
  donorHint,
  isStatement,
  countsPeople,
  mapHint,
  onItsSide,
  onlyPivots,
  partnerHeaderOf,
  PIVOT_WAY_ON,
  sidewaysHint,
  STATEMENT_WAY_ON,
  PEOPLE_WAY_ON,
} from "./mapHint";
import { trackerXlsxBuffer } from "./xlsxWriter";

/**
 * `partnership-tracker` — the tracker without the add-in:
 *   new <file.xlsx> [--sample] [--force]            write a tracker workbook
 *   check <files and folders…> [--json | --csv]     check them (any workbook with tracker-like sheets)
 *   summary <file.xlsx|.csv> [--by …] [--csv]       partners, committed and received by sector (or …)
 * Exit codes: 0 done (check: no errors), 1 check found errors, 2 could not do it (bad usage,
 * missing or unreadable file, a file that would be overwritten), 3 nothing to check.
 */

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_CANNOT = 2;
export const EXIT_NOTHING_TO_CHECK = 3;

export interface Io {
  /** Standard output; a returned promise asks the caller to wait before writing more. */
  readonly stdout: Sink;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress then updates one line in place). */
  readonly stderrIsTty?: boolean;
  /** Whether stdout is a terminal (CSV then shows control characters instead of sending them). */
  readonly stdoutIsTty?: boolean;
  readonly cwd?: string;
}

const PROGRAM = "partnership-tracker";

export const USAGE = `Usage:
  ${PROGRAM} new <file.xlsx> [--sample] [--force]
      Write a tracker workbook: the Foundation, Assets, Leadership and Partners tables with
      dropdowns and checks, the Summary (native formulas) and the hidden Lists sheet.
      --sample  fill it with the sample city's data
      --force   replace the file if it exists (otherwise an existing file is never touched)

  ${PROGRAM} new --from <users.xlsx|.csv> <tracker.xlsx> [--force] [--sheet <name>]
        [--tab …] [--map …]… [--quiet]
      Write a tracker filled from your own sheets, found and mapped as check maps them (values in
      the tracker's form where unambiguous, Total rows left out); says what it could not place.
      A sheet restating another per partner (a 5-year total beside the yearly rows) is not copied.
      --sheet       copy this sheet alone (all: every sheet, but a copy of another's rows)
      --tab, --map  as for check: how to read sheets whose headers do not say
      --quiet       no progress messages on stderr (a file over 1 MB says how its reading goes)

  ${PROGRAM} share <tracker.xlsx> <partner-copy.xlsx> [--force] [--quiet]
      Write a copy for partners without the internal columns (Political dynamics …); its tables,
      dropdowns and Summary still work.

  ${PROGRAM} check <file.xlsx|.csv|folder>… [--json|--csv] [--sheet <name>] [--tab <tab>]
        [--map <a=b>]…
      Check trackers, or any workbooks whose sheets have tracker-like headers, with the same rules
      as PARTNERS.VALIDATE and PARTNERS.CROSSCHECK: the issues by sheet, then the distinct
      problems, then the totals. A folder means every .xlsx and .csv file in it. A .csv (.tsv,
      .txt) file is one sheet: plain numbers are numbers, every other field is text, as typed.
      --json    one JSON object: issues (with rule, cell and value), files, problems, summary
      --csv     the issues as CSV: File, Sheet, Tab, Row, Cell, Column, Severity, Rule, Value,
                Message
      --sheet   check this sheet alone (all: every sheet, as without it); a file without a
                sheet of that name says its sheets (exit 3)
      --tab     read users' sheets as this tab: Foundation, Assets, Leadership or Partners
      --map     "Your header=Tracker column" (a=b), once per column the headers do not explain;
                "Bedrag=Committed (EUR)" also says the currency of a sheet that names none;
                "Grants 2024!Country=Partner" maps that sheet's column alone
      --header-row  the row the headers are on, when a table starts below others (rows above it
                are not read, but for the sheet's title lines: their unit and currency)
      --today   the date the date rules compare with, e.g. 2026-03-01 (default: today)
      --quiet   no progress messages on stderr

  ${PROGRAM} summary <file.xlsx|.csv> [--by <column>] [--csv] [--sheet <name>] [--tab …]
      [--map …]…
      Partners, Committed and Received by Sector (as PARTNERS.SUMMARY), from the tracker's
      Partners table or a sheet whose headers map to Partners.
      --by      Sector (default), Status, Initiative ID, Focus area, Contribution or
                Place-based funder
      --csv     as CSV (a spreadsheet opening it runs no formula)
      --sheet   the sheet to sum when several hold Partners data (one is summed, so no amount
                counts twice; the others are named); --sheet all sums every one (a ledger kept a
                sheet a month), a partner on several counting once
      --quiet   no progress messages on stderr (a file over 1 MB says how its reading goes)

Exit codes: 0 done, no errors (warnings allowed) · 1 errors found (summary: amounts in two
currencies, not added up) · 2 could not read or write, or
an option it cannot do (summary --tab Assets) · 3 nothing to check (no sheet has tracker columns,
or none has the name --sheet gives).
With several files, the worst that any file got: 2, then 3, then 1.`;

class UsageError extends Error {}

interface OptionSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
  /** Options that may be given more than once. */
  readonly repeatable: readonly string[];
}

const COMMANDS: Record<string, OptionSpec> = {
  new: {
    flags: ["--sample", "--force", "--quiet"],
    values: ["--from", "--tab", "--sheet", "--header-row"],
    repeatable: ["--map"],
  },
  check: {
    flags: ["--json", "--csv", "--quiet"],
    values: ["--today", "--tab", "--sheet", "--header-row"],
    repeatable: ["--map"],
  },
  summary: { flags: ["--csv", "--quiet"], values: ["--by", "--tab", "--sheet", "--header-row"], repeatable: ["--map"] },
  share: { flags: ["--force", "--quiet"], values: [], repeatable: [] },
};
const HELP = ["help", "--help", "-h"];
const VERSION = ["--version", "-v"];

interface Parsed {
  readonly command: string | undefined;
  readonly files: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
  readonly lists: Map<string, string[]>;
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest of `known` to what was typed, if it is close enough to be what was meant. */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const bare = word.replace(/^-+/, "");
  const allowed = bare.length <= 4 ? 1 : 2;
  if (best !== undefined && bestDistance <= allowed) return best;
  // A prefix long enough to be unambiguous: `--jso`, `summ`.
  const prefixed = known.filter((k) => bare.length >= 3 && k.replace(/^-+/, "").startsWith(bare));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

const HELP_HINT = `Run \`${PROGRAM} --help\` for the usage.`;

function unknownCommand(command: string): UsageError {
  const guess = didYouMean(command, Object.keys(COMMANDS));
  const shown = printable(command);
  return new UsageError(
    guess
      ? `Unknown command "${shown}". Did you mean "${guess}"?\n${HELP_HINT}`
      : `Unknown command "${shown}": use ${Object.keys(COMMANDS).join(", ")}.\n${HELP_HINT}`,
  );
}

function unknownOption(command: string, arg: string, spec: OptionSpec): UsageError {
  const options = [...spec.flags, ...spec.values, ...spec.repeatable];
  const name = arg.split("=")[0];
  const guess = didYouMean(name, options);
  const shown = printable(arg);
  return new UsageError(
    guess
      ? `Unknown option ${shown} for ${command}. Did you mean ${guess}?\n${HELP_HINT}`
      : `Unknown option ${shown} for ${command}: it takes ${options.join(", ") || "no options"}.\n${HELP_HINT}`,
  );
}

function parse(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const spec = command !== undefined ? COMMANDS[command] : undefined;
  if (command === undefined || HELP.includes(command) || VERSION.includes(command)) {
    return { command, files, flags, values, lists };
  }
  if (!spec) throw unknownCommand(command);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      for (let k = i + 1; k < rest.length; k++) files.push(rest[k]);
      break;
    }
    if (HELP.includes(arg)) return { command: "help", files, flags, values, lists };
    if (arg.startsWith("-") && arg.length > 1) {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      if (spec.values.includes(name) || spec.repeatable.includes(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value.\n${HELP_HINT}`);
        if (spec.repeatable.includes(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
        else values.set(name, value);
      } else if (spec.flags.includes(name) && inline === undefined) {
        flags.add(name);
      } else {
        throw unknownOption(command, arg, spec);
      }
    } else {
      files.push(arg);
    }
  }
  return { command, files, flags, values, lists };
}

async function newTracker(args: Parsed, io: Io): Promise<number> {
  const from = args.values.get("--from");
  if (from !== undefined) {
    if (args.flags.has("--sample")) throw new UsageError("new takes --from or --sample, not both.");
    if (args.files.length !== 1)
      throw new UsageError("new --from needs one file to write, e.g. new --from mine.xlsx tracker.xlsx");
    const force = args.flags.has("--force");
    return writeTrackerFrom("from", from, args.files[0], force, io, mappingOptions(args), args.values.get("--sheet"), {
      reading: (file) => readingShown(file, printable(from), io, args.flags.has("--quiet")),
    });
  }
  if (args.values.has("--tab") || args.lists.has("--map") || args.values.has("--sheet")) {
    throw new UsageError("--tab, --map and --sheet say how to read your sheets: use them with new --from.");
  }
  if (args.files.length !== 1) throw new UsageError("new needs exactly one file name, e.g. new tracker.xlsx");
  const file = path.resolve(io.cwd ?? process.cwd(), args.files[0]);
  const shown = printable(args.files[0]);
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError(`${shown}: the file name must end in .xlsx (Excel opens a workbook by its extension).`);
  }
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) {
    io.stderr(`Cannot write ${shown}: the folder ${printable(dir)} does not exist.\n`);
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
  await io.stdout(
    `Wrote ${shown}: tracker schema ${SCHEMA_VERSION}, ${TABS.map((t) => t.name).join(", ")}, Summary` +
      `${sample ? ` — sample data (${rows} rows)` : " — empty tables, ready to fill"}.\n` +
      `The Summary's chart of commitments by sector is added by the add-in (this file has the figures, not the chart).\n`,
  );
  return EXIT_OK;
}

/**
 * Progress for reading `file`: said only where there is something to wait for (a file of a megabyte
 * or more) and not --quiet. Its first line is said at once; `reading` says each sheet's rows as read.
 */
function readingShown(
  file: string,
  shown: string,
  io: Io,
  quiet: boolean,
): ReturnType<typeof progress> & { reading: (sheet: string, done: number, total?: number) => void } {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // The reader reports it.
  }
  const show = progress(io, quiet || size < 1_000_000);
  show.line(`Reading ${shown} (${(size / 1e6).toFixed(1)} MB)…`);
  const count = (n: number) => n.toLocaleString("en-US");
  return {
    ...show,
    reading: (sheet, done, total) =>
      show.line(`Reading ${sheet}: ${count(done)}${total ? ` of ${count(total)}` : ""} rows`),
  };
}

function progress(io: Io, quiet: boolean): { line: (text: string, always?: boolean) => void; done: () => void } {
  let last = 0;
  let open = false;
  return {
    line(text: string, always = false) {
      if (quiet) return;
      const safe = printable(text);
      if (io.stderrIsTty) {
        io.stderr(`\r\x1b[2K${safe}`);
        open = true;
      } else {
        const now = Date.now();
        if (now - last < 250 && !always && !safe.endsWith("…")) return;
        last = now;
        io.stderr(`${safe}\n`);
      }
    },
    done() {
      if (open) io.stderr("\n");
      open = false;
    },
  };
}

/** `--tab` and `--map` as the core takes them; a bad one is a usage error, said before any file is read. */
function mappingOptions(args: Parsed): MappingOptions {
  const tab = args.values.get("--tab");
  if (tab !== undefined) {
    try {
      resolveTab(tab);
    } catch (err) {
      if (err instanceof TrackerError) throw new UsageError(`--tab: ${err.message}`);
      throw err;
    }
  }
  const pairs = (args.lists.get("--map") ?? []).map((text): [string, string] => {
    // The last "=" splits: a header may hold one ("Amount (=USD)"), a tracker column never does.
    const at = text.lastIndexOf("=");
    const header = at > 0 ? text.slice(0, at).trim() : "";
    const column = at > 0 ? text.slice(at + 1).trim() : "";
    if (header === "" || column === "") {
      throw new UsageError(
        `--map "${printable(text)}": write it as "Your header=Tracker column", e.g. --map "Grantee=Partner".`,
      );
    }
    return [header, column];
  });
  // `--header-row 27`: the table starts there, as a range started at it does for the functions (a
  // helper's round: a Dutch donations register, its second table under the first's notes).
  const row = args.values.get("--header-row");
  let headerRow: number | undefined;
  if (row !== undefined) {
    headerRow = Number(row.trim().replace(/,/g, ""));
    if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1_048_576) {
      throw new UsageError(
        `--header-row "${printable(row)}": give the row number of the header row, e.g. --header-row 27.`,
      );
    }
  }
  return {
    ...(tab !== undefined ? { tab } : {}),
    ...(pairs.length > 0 ? { pairs } : {}),
    ...(headerRow !== undefined ? { headerRow } : {}),
  };
}

interface Input {
  /** As the user named it, or folder/name for a file found in a folder. */
  readonly shown: string;
  readonly file: string;
  /** Set when a folder named on the command line holds no workbook. */
  readonly emptyFolder?: boolean;
}

/**
 * The files named, with each folder replaced by the .xlsx, .xls and .csv files in it (sorted, not descending into
 * subfolders; Excel's `~$` lock files and hidden files left out). A name given twice is read once.
 */
function expandInputs(names: readonly string[], cwd: string): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (shown: string, file: string, emptyFolder = false) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ shown, file, ...(emptyFolder ? { emptyFolder } : {}) });
  };
  for (const name of names) {
    const file = path.resolve(cwd, name);
    let isDir = false;
    try {
      isDir = fs.statSync(file).isDirectory();
    } catch {
      // Missing or unreadable: the reader says why, in the file's turn.
    }
    if (!isDir) {
      add(name, file);
      continue;
    }
    const found = fs
      .readdirSync(file, { withFileTypes: true })
      // An old .xls among them is listed, to be said unreadable (save it as .xlsx), never skipped unsaid.
      .filter((e) => /\.(xlsx|xls|csv)$/i.test(e.name) && !e.name.startsWith("~$") && !e.name.startsWith("."))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    if (found.length === 0) add(name, file, true);
    for (const entry of found) add(path.join(name, entry), path.join(file, entry));
  }
  return inputs;
}

function reporterFor(args: Parsed, io: Io): Reporter {
  if (args.flags.has("--json")) return new JsonReporter(io.stdout);
  if (args.flags.has("--csv")) return new CsvReporter(io.stdout, io.stdoutIsTty === true);
  return new TextReporter(io.stdout);
}

async function checkOne(
  input: Input,
  args: Parsed,
  io: Io,
  today: number | undefined,
  mapping: MappingOptions,
): Promise<FileOutcome> {
  const shown = input.shown;
  if (input.emptyFolder) {
    return {
      file: shown,
      status: "nothing to check",
      exitCode: EXIT_NOTHING_TO_CHECK,
      message: "the folder holds no .xlsx or .csv file",
    };
  }
  const started = Date.now();
  const show = readingShown(input.file, shown, io, args.flags.has("--quiet"));
  let notRead: readonly string[] = [];
  try {
    const wb = await readSpreadsheetFile(input.file, { onProgress: show.reading });
    // `--sheet NAME`: that sheet alone; a workbook without it says its sheets, as summary and new --from
    // do: nothing to check (`--sheet all`, unless a sheet is called that: every sheet, as without it).
    const asked = args.values.get("--sheet");
    const names = wb.sheets.map((s) => s.name);
    const missing = missingSheet(asked, wb);
    if (missing) {
      show.done();
      if (missing.unread) io.stderr(notReadReport(printable(shown), (wb.notRead ?? []).map(printable), "check"));
      return {
        file: shown,
        status: missing.unread ? "unreadable" : "nothing to check",
        exitCode: missing.unread ? EXIT_CANNOT : EXIT_NOTHING_TO_CHECK,
        message: missing.message,
      };
    }
    const sheet = asked === undefined || asksEverySheet(asked, names) ? undefined : sheetNamed(names, asked);
    const result = checkWorkbook(wb, {
      today,
      ...mapping,
      ...(sheet !== undefined ? { sheet } : {}),
      onBlock: (sheet, tab, rows) => show.line(`Checking ${sheet} (${tab}, ${rows.toLocaleString("en-US")} rows)…`),
    });
    show.line(`Checked in ${((Date.now() - started) / 1000).toFixed(1)} s.`, true);
    const noTrackerColumns =
      sheet === undefined
        ? "no sheet has a header row naming tracker columns"
        : `sheet "${sheet}" has no header row naming tracker columns`;
    show.done();
    // Formulas without their result in columns the check read make it incomplete; elsewhere they are
    // said, and change nothing (with no block checked, they may be why: all count).
    notRead = unreadIn(wb, result.blocks.length > 0 ? result.blocks : undefined);
    if (result.blocks.length > 0) {
      for (const note of unreadNotNeeded(wb, result.blocks)) io.stderr(`${printable(shown)}: ${printable(note)}\n`);
    }
    // What the file holds but could not be read makes the check incomplete: never a clean exit,
    // and "could not read" outranks "nothing to check" (the unread part may be what mattered).
    if (notRead.length > 0) {
      io.stderr(notReadReport(printable(shown), notRead.map(printable), "check"));
      // Every sheet read, some formulas without their result, and none of it a tracker's: the sheets'
      // hints are said as for any sheet with nothing to check (a Helsinki programme: "could not be
      // read" sent the user looking for a damaged file).
      if (result.blocks.length === 0 && (wb.notRead ?? []).length === 0) {
        return {
          file: shown,
          status: "nothing to check",
          exitCode: EXIT_CANNOT,
          message: noTrackerColumns,
          result,
        };
      }
      if (result.blocks.length === 0) {
        return {
          file: shown,
          status: "unreadable",
          exitCode: EXIT_CANNOT,
          message: "the sheets it holds could not be read",
        };
      }
      return { file: shown, status: "checked", exitCode: EXIT_CANNOT, result };
    }
    if (result.blocks.length === 0) {
      // With --map, a sheet the mapping does not fit says why below: "no header row naming tracker
      // columns" above it would send the user looking for the wrong thing.
      const refused =
        (mapping.pairs ?? []).length > 0 && result.skipped.some((s) => s.reason.startsWith("The mapping"));
      return {
        file: shown,
        status: "nothing to check",
        exitCode: EXIT_NOTHING_TO_CHECK,
        message: refused ? "the mapping does not fit its sheets" : noTrackerColumns,
        result,
      };
    }
    return { file: shown, status: "checked", exitCode: result.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK, result };
  } catch (err) {
    show.done();
    if (err instanceof UnreadableWorkbookError) {
      const message = err.message.replace(`${input.file}: `, "").replace(/\.$/, "");
      return { file: shown, status: "unreadable", exitCode: EXIT_CANNOT, message };
    }
    // A core message that escaped the per-sheet handling still reads as a message, and the run
    // goes on to the next file.
    if (err instanceof TrackerError) {
      return {
        file: shown,
        status: "unreadable",
        exitCode: EXIT_CANNOT,
        message: cliWording(err.message).replace(/\.$/, ""),
      };
    }
    throw err;
  }
}

/**
 * What a file holds that could not be read (see WorkbookData): its unreadable parts, and — in a user's
 * workbook, not a tracker this tool wrote, whose calculated columns the checks compute — formulas
 * saved without their result.
 */
function unreadIn(wb: WorkbookData, checked?: readonly CheckedBlock[]): readonly string[] {
  const uncalculated = trackerVersionOf(wb) === undefined ? (wb.uncalculated ?? []) : [];
  return [
    ...(wb.notRead ?? []),
    ...uncalculated.filter((u) => checked === undefined || readBy(u, checked)).map((u) => u.sentence),
  ];
}

/**
 * Do the checked blocks read any of these cells — in a mapped column, below its header? Formulas in
 * columns no check reads change nothing it says (a helper's round, real: a Colombian municipal plan's
 * 78 uncalculated ratios in two unmapped columns made the whole file "could not read", exit 2).
 */
function readBy(cells: UncalculatedCells, checked: readonly CheckedBlock[]): boolean {
  return checked.some(
    (b) =>
      b.sheet === cells.sheet && b.mapping.some((m) => (cells.columns.get(columnNumber(m.cell)) ?? 0) > b.headerRow),
  );
}

/** Formula cells without their result that no checked block reads, one sentence a sheet. */
function unreadNotNeeded(wb: WorkbookData, checked: readonly CheckedBlock[]): string[] {
  if (trackerVersionOf(wb) !== undefined) return [];
  return (wb.uncalculated ?? [])
    .filter((u) => !readBy(u, checked))
    .map((u) => {
      const letters = [...u.columns.keys()].sort((a, b) => a - b).map(columnLetter);
      return (
        `Sheet ${JSON.stringify(u.sheet)}: formula cells saved without their result, in ${letters.length === 1 ? "column" : "columns"} ` +
        `${letters.slice(0, 6).join(", ")}${letters.length > 6 ? " …" : ""}, which this check does not read: it is complete without them.`
      );
    });
}

function notReadReport(file: string, notRead: readonly string[], what: "check" | "summary"): string {
  return `Not read from ${file}, so this ${what} is incomplete:\n${notRead.map((n) => `  ${n}\n`).join("")}`;
}

/** How many of a row's headers the core's "no header row" message names (headers.ts MAX_SEEN). */
const SEEN_IN_MESSAGE = 6;

/**
 * Why a file was not checked. In the text report, on stdout with the report: it is the report of that
 * file, and `check file > report.txt` saved an empty report (helpers' rounds: three noticed). With
 * --json or --csv, whose stdout is data (the file's status is in it), on stderr.
 */
function explain(outcome: FileOutcome, io: Io, inReport: boolean): void | Promise<void> {
  const file = printable(outcome.file);
  if (outcome.status === "unreadable") {
    io.stderr(`Cannot check ${file}: ${printable(outcome.message ?? "")}.\n`);
    return;
  }
  if (outcome.status !== "nothing to check") return;
  const lines = wrap(`Nothing to check in ${file}: ${printable(outcome.message ?? "")}.`, WIDTH, "  ");
  const skipped = (outcome.result?.skipped ?? []).filter((s) => s.reason !== "empty");
  // A workbook of many sheets says a few, and names the rest (a helper's round, real: a state's grants
  // workbook, 43 paragraphs before the hint).
  for (const s of skipped.slice(0, SHEETS_EXPLAINED)) {
    lines.push(...sheetReasonLines(s));
    // The message names six headers and counts the rest: the one to map may be among the rest (a
    // helper's round, real: Roanoke's `Subrecipient`, seventh of nine). All of them, to copy from.
    // (Not a table on its side's items: no mapping names them.)
    if (s.seen !== undefined && s.seen.length > SEEN_IN_MESSAGE && / \(\d+ more\)/.test(s.reason) && !onItsSide(s)) {
      const all = `Its headers: ${s.seen.map(printable).join(" · ")}${s.seenCount ? ` … (${s.seenCount} in all)` : ""}`;
      for (const l of wrap(all, WIDTH - 4, "  ")) lines.push(`    ${l}`);
    }
  }
  lines.push(...moreSheetsLines(skipped));
  const hint = mapHint(skipped);
  if (hint) for (const l of wrap(printable(hint), WIDTH - 2, "  ")) lines.push(l);
  return (inReport ? io.stdout : io.stderr)(`${lines.join("\n")}\n`);
}

async function check(args: Parsed, io: Io): Promise<number> {
  if (args.files.length === 0) {
    throw new UsageError(
      `check needs .xlsx or .csv files or folders, e.g. check submission.xlsx or check submissions/\n${HELP_HINT}`,
    );
  }
  if (args.flags.has("--json") && args.flags.has("--csv")) throw new UsageError("choose --json or --csv, not both.");
  let today: number | undefined;
  const todayText = args.values.get("--today");
  if (todayText !== undefined) {
    today = isoToSerial(todayText);
    if (today === undefined) throw new UsageError(`--today ${printable(todayText)}: expected a date like 2026-03-01.`);
  }
  const mapping = mappingOptions(args);
  const inputs = expandInputs(args.files, io.cwd ?? process.cwd());
  // One file at a time: each is read, checked and reported before the next is opened.
  // On a terminal, a run over several files says which one it is on (one line, rewritten).
  const counting = inputs.length > 1 && io.stderrIsTty === true && !args.flags.has("--quiet");
  async function* outcomes(): AsyncGenerator<FileOutcome> {
    for (let k = 0; k < inputs.length; k++) {
      if (counting) io.stderr(`\r\x1b[2KChecking ${k + 1} of ${inputs.length}: ${printable(inputs[k].shown)}…`);
      yield await checkOne(inputs[k], args, io, today, mapping);
    }
  }
  const totals = await writeReport(outcomes(), reporterFor(args, io), (outcome) => {
    if (counting) io.stderr("\r\x1b[2K"); // cleared before the file's report and messages
    return explain(outcome, io, !args.flags.has("--json") && !args.flags.has("--csv"));
  });
  return totals.exitCode;
}

/**
 * What each sheet came closest to, and how to sum it anyway, as `check` says when nothing is
 * recognised (real: a state contract register, `Vendor` beside `Amount`, got one line and no way on).
 */
function nothingToSumHint(wb: WorkbookData, mapping: MappingOptions): string {
  const lines: string[] = [];
  const found = findBlocks(wb, mapping);
  const skipped = found.skipped.filter((s) => s.reason !== "empty");
  // Sheets `check` reads, as another tab (a roster as Leadership, a project register as Foundation):
  // their tab's check is the way on, not the generic Partners mapping (a reviewer's repro: Sweden's
  // board roster, read as Leadership since this session, told to map "<your amount header>").
  const readAs = new Set(found.blocks.map((b) => b.mapping.tab));
  // As check says them: a few sheets' reasons, the rest named (corpus round io D5).
  for (const s of skipped.slice(0, SHEETS_EXPLAINED)) lines.push(...sheetReasonLines(s));
  lines.push(...moreSheetsLines(skipped, "check --json"));
  const { partner, committed } = PARTNERS.col;
  // Every sheet came closest to another tab (an inventory to Assets, a roster to Leadership), no
  // header saying money: summing its figures as Partners' money is no way on (a helper's round, real:
  // a county's fleet counts, "$58 Committed" after following the hint). Its tab's check is. (A
  // council's discretionary spending, `ward | cost | category`, nearest Assets, is money to sum.)
  const near = new Set(skipped.flatMap((s) => (s.closestTab === undefined ? [] : [s.closestTab])));
  const [other] = near;
  // (Nor is a sheet whose amounts the core named, `UAH` beside a payment method: money received.)
  const money = skipped.some((s) => s.amountHeader !== undefined || (s.seen ?? []).some((h) => MONEY_HEADER.test(h)));
  // Money received with no column naming who gave it (a helper's round, real: a Ukrainian NGO's
  // donations in UAH, told its rows looked like Assets): the donor column to name, its amounts to map.
  const paid = skipped.find(
    (s) => s.closestTab === PARTNERS.name && s.keyHeader === undefined && s.amountHeader !== undefined,
  )?.amountHeader;
  // The partner and its amount both named (`ASSOCIATION` beside `Subventions versées`): the two mappings
  // to give, as check's hint gives them.
  const named = skipped.find(
    (s) => s.closestTab === PARTNERS.name && s.keyHeader !== undefined && s.amountHeader !== undefined,
  );
  const [readTab] = readAs;
  // The header holding the partners' names, as check's hint names it (one decision: partnerHeaderOf).
  const names = partnerHeaderOf(skipped);
  // Its amounts: as the names' sheet says them, else as the sheet naming both says them.
  const amountOf = (n: { readonly amount?: string }) => n.amount ?? named?.amountHeader;
  const hint = onlyPivots(skipped)
    ? PIVOT_WAY_ON
    : // A table on its side: turned first, whatever tab its labels come near (no --tab turns it).
      skipped.length > 0 && skipped.every(onItsSide)
      ? sidewaysHint("sum")
      : skipped.length > 0 && skipped.every(isStatement)
        ? STATEMENT_WAY_ON
        : skipped.length > 0 && skipped.every(countsPeople)
          ? PEOPLE_WAY_ON
          : skipped.length === 0 && readAs.size === 1 && readTab !== PARTNERS.name
            ? `It reads as ${readTab}, not Partners' money, which is what summary adds up: check it with the check ` +
              `command, or sum it as Partners' with --tab ${PARTNERS.name} and --map for its name and amount columns.`
            : near.size === 1 && other !== PARTNERS.name && !money && !skipped.some((s) => s.alternative !== undefined)
              ? `Its rows look like ${other}, not Partners' money, which is what summary adds up: check it with --tab ` +
                `${other} (and --map for the headers it does not know).`
              : skipped.length > 0 && skipped.every((s) => s.reason.includes("holds data ("))
                ? // No header row at all: its columns are named by their letters (as check's hint says it).
                  `To sum it anyway, name its columns by their letters: --tab ${PARTNERS.name} --map "A=${partner.name}" ` +
                  `--map "<letter of the amounts>=${committed.name}"; its first row is then read as data.`
                : paid !== undefined
                  ? `${donorHint("sum", paid)}.`
                  : names !== undefined
                    ? `To sum it anyway, read ${names.header} as the partners' names and ` +
                      `${amountOf(names) !== undefined ? `${amountOf(names)} as their amounts` : "say which header holds their amounts"}: ` +
                      `--tab ${PARTNERS.name} --map "${names.header}=${partner.name}" ` +
                      `--map "${amountOf(names) ?? "<your amount header>"}=${committed.name}".`
                    : named !== undefined
                      ? `To sum it anyway, say which of its headers names the partner and which the amount: --tab ` +
                        `${PARTNERS.name} --map "${named.keyHeader}=${partner.name}" --map "${named.amountHeader}=${committed.name}".`
                      : `To sum it anyway, say which of its headers names the partner and which the amount: --tab ${PARTNERS.name} ` +
                        `--map "<your header>=${partner.name}" --map "<your amount header>=${committed.name}".`;
  for (const l of wrap(printable(hint), WIDTH - 2, "  ")) lines.push(l);
  return `${lines.join("\n")}\n`;
}

async function summary(args: Parsed, io: Io): Promise<number> {
  if (args.files.length !== 1) {
    throw new UsageError(`summary needs one .xlsx or .csv file, e.g. summary tracker.xlsx\n${HELP_HINT}`);
  }
  const shown = args.files[0];
  const file = path.resolve(io.cwd ?? process.cwd(), shown);
  const mapping = mappingOptions(args);
  // The summary is the partners' money; another tab said was answered "no Partners data" and the
  // advice to read the sheet as Partners (a helper's round: a council's asset register, whose assets
  // were then counted as partners).
  const tab = resolveTab(mapping.tab);
  if (tab !== undefined && tab !== PARTNERS) {
    throw new UsageError(
      `summary adds up ${PARTNERS.name} (${PARTNERS.col.committed.name} and ${PARTNERS.col.received.name} by partner); ` +
        `it does not sum ${tab.name}.\nTo check the ${tab.name} sheet: check "${shown}" --tab ${tab.name}` +
        `${(args.lists.get("--map") ?? []).map((m) => ` --map "${m}"`).join("")}`,
    );
  }
  const by = args.values.get("--by");
  try {
    resolveGroupBy(by);
  } catch (err) {
    if (err instanceof TrackerError) throw new UsageError(`--by: ${err.message}`);
    throw err;
  }
  let wb: WorkbookData | undefined;
  // As check does: a large file's reading is said on stderr, as it goes.
  const show = readingShown(file, shown, io, args.flags.has("--quiet"));
  try {
    wb = await readSpreadsheetFile(file, { onProgress: show.reading });
    show.done();
    // A sheet the workbook has not: its sheets, as check and new --from say them (nothing to sum, 3).
    const missing = missingSheet(args.values.get("--sheet"), wb);
    if (missing) {
      if (missing.unread) io.stderr(notReadReport(printable(shown), (wb.notRead ?? []).map(printable), "summary"));
      io.stderr(`Cannot summarise ${printable(shown)}: ${printable(missing.message)}.\n`);
      return missing.unread ? EXIT_CANNOT : EXIT_NOTHING_TO_CHECK;
    }
    const result = partnersSummary(wb, by, mapping, args.values.get("--sheet"));
    const notRead = unreadIn(wb);
    if (notRead.length) io.stderr(notReadReport(printable(shown), notRead.map(printable), "summary"));
    if (args.flags.has("--csv")) {
      const csv = summaryCsv(result);
      // The figures go to stdout as data; what they leave out is said on stderr, as check's notes are.
      for (const note of result.notes) io.stderr(`${printable(shown)}: ${printable(note)}\n`);
      await io.stdout(io.stdoutIsTty ? printableKeepingLines(csv) : csv);
    } else {
      await io.stdout(summaryText(printable(shown), result));
    }
    return notRead.length ? EXIT_CANNOT : EXIT_OK;
  } catch (err) {
    if (err instanceof UnreadableWorkbookError || err instanceof TrackerError) {
      const message = cliWording(err.message.replace(`${file}: `, "")).replace(/\.+$/, "");
      io.stderr(`Cannot summarise ${printable(shown)}: ${printable(message)}.\n`);
      if (wb && err instanceof TrackerError && /^no Partners data: no table or sheet/.test(err.message)) {
        io.stderr(nothingToSumHint(wb, mapping));
      }
      // Amounts it cannot add up are errors in the data the sheet was recognised by (exit 3 made a
      // batch count a recognised ledger as "nothing recognised": a helper's round, real: Unbound
      // Philanthropy's grants in pounds and dollars).
      if (err instanceof AmountsApartError) return EXIT_ERRORS_FOUND;
      return err instanceof UnreadableWorkbookError ? EXIT_CANNOT : EXIT_NOTHING_TO_CHECK;
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
        return await writeTrackerFrom(
          "share",
          args.files[0],
          args.files[1],
          args.flags.has("--force"),
          io,
          {},
          undefined,
          {
            reading: (file) => readingShown(file, printable(args.files[0]), io, args.flags.has("--quiet")),
          },
        );
      case undefined:
      case "help":
      case "--help":
      case "-h":
        await io.stdout(`${USAGE}\n`);
        return args.command === undefined ? EXIT_CANNOT : EXIT_OK;
      case "--version":
      case "-v":
        await io.stdout(`${PROGRAM} (tracker schema ${SCHEMA_VERSION})\n`);
        return EXIT_OK;
      default:
        throw unknownCommand(args.command);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n`);
      return EXIT_CANNOT;
    }
    io.stderr(`Unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_CANNOT;
  }
}
