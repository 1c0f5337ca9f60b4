/**
 * Old-format workbooks (.xls, Excel 97–2003's BIFF8) read through LibreOffice where it is installed:
 * it opens them as Excel does and saves a copy as .xlsx, which the reader then reads. Many city and
 * regional portals still publish .xls (a helper's round, real: both Spanish councils' subsidy lists
 * of round jo, Alcobendas' AMPAS grants among them, refused with "save it as .xlsx first"). A BIFF
 * reader of our own would be a second spreadsheet parser to keep; LibreOffice is the well-kept one.
 * Without it, the message says what to do. The add-in's doors never meet this: Excel opens .xls.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { readWorkbookFile, UnreadableWorkbookError, type ReadOptions, type WorkbookData } from "./xlsxReader";

/** The message for an .xls that is not read, with what to do; `why` says why it was not. */
export function oldWorkbookMessage(why?: string): string {
  return (
    "this is an old-format (.xls) or password-protected workbook, not an .xlsx" +
    (why ? ` (${why})` : "") +
    ": save it as .xlsx (Excel Workbook) first" +
    (why ? "" : ", or install LibreOffice (libreoffice.org), through which .xls files are read")
  );
}

/**
 * A conversion that takes longer is a file LibreOffice cannot open (or a hostile one): given up.
 * (PARTNERS_SOFFICE_TIMEOUT_MS shortens it, for the test of a conversion that never ends.)
 */
const convertTimeoutMs = (): number => Number(process.env.PARTNERS_SOFFICE_TIMEOUT_MS) || 120_000;

/**
 * The LibreOffice program to run: PARTNERS_SOFFICE when set (empty: never use LibreOffice), else
 * `soffice` on the PATH, else where the installers put it on a Mac and on Windows.
 */
export function sofficeProgram(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.PARTNERS_SOFFICE;
  if (given !== undefined) return given.trim() === "" ? undefined : given;
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    for (const name of names) {
      if (isFile(path.join(dir, name))) return path.join(dir, name);
    }
  }
  const installed = [
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ...[env.ProgramFiles, env["ProgramFiles(x86)"]].flatMap((p) =>
      p ? [path.join(p, "LibreOffice", "program", "soffice.exe")] : [],
    ),
  ];
  return installed.find(isFile);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** An .xlsx LibreOffice made of an .xls, and the folder to remove once it is read. */
export interface ConvertedWorkbook {
  readonly xlsx: string;
  readonly remove: () => void;
}

/**
 * `file` (an .xls) saved as .xlsx by LibreOffice `program`, in a temporary folder with a profile of
 * its own (so a LibreOffice the user has open is neither locked nor changed, and two runs never share
 * one). The .xls is copied in under a plain name first (a name of any characters, or `….csv`, never
 * reaches LibreOffice's command line). An Error says why it failed.
 */
export async function convertOldWorkbook(file: string, program: string): Promise<ConvertedWorkbook | Error> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partners-xls-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const input = path.join(dir, "workbook.xls");
    fs.copyFileSync(file, input);
    const out = path.join(dir, "out");
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
      // Excel 97–2003's filter only: a file that is no such workbook fails, never opened as text.
      "--infilter=MS Excel 97",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      input,
    ];
    const failed = await run(program, args);
    const xlsx = path.join(out, "workbook.xlsx");
    if (failed !== undefined || !isFile(xlsx)) {
      remove();
      return new Error(failed ?? "LibreOffice could not open it");
    }
    return { xlsx, remove };
  } catch (err) {
    remove();
    return err as Error;
  }
}

/**
 * Runs `program`; undefined when it ran and exited 0, else why not. Given up after the timeout, with
 * every process it started: `soffice` is a script that runs `oosplash`, which starts `soffice.bin`, so
 * killing the first alone would leave the last at work on the file. It is killed with all it started
 * (killTree) at the timeout, and when this process exits or is stopped (Ctrl-C) first.
 */
function run(program: string, args: readonly string[]): Promise<string | undefined> {
  const timeout = convertTimeoutMs();
  const grouped = process.platform !== "win32";
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: "ignore", windowsHide: true, detached: grouped });
    const killAll = () => killTree(child, grouped);
    const stopped = (signal: NodeJS.Signals) => {
      killAll();
      process.kill(process.pid, signal);
    };
    const onInterrupt = () => stopped("SIGINT");
    const onTerminate = () => stopped("SIGTERM");
    process.once("exit", killAll);
    process.once("SIGINT", onInterrupt);
    process.once("SIGTERM", onTerminate);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killAll();
    }, timeout);
    const done = (why: string | undefined) => {
      clearTimeout(timer);
      process.removeListener("exit", killAll);
      process.removeListener("SIGINT", onInterrupt);
      process.removeListener("SIGTERM", onTerminate);
      resolve(why);
    };
    child.on("error", (err) => done(`LibreOffice could not be started: ${err.message}`));
    child.on("exit", (code, signal) => {
      // The group's others too: a `soffice.bin` left behind by a wrapper that has exited.
      if (timedOut || code !== 0) killAll();
      if (timedOut) done(`LibreOffice took over ${Math.round(timeout / 1000)} s to open it`);
      else done(code === 0 ? undefined : `LibreOffice could not open it (exit ${code ?? signal})`);
    });
  });
}

/**
 * Kills `child` and every process it started. On Linux and macOS it was started in a process group of
 * its own (`grouped`), killed whole. Windows has no process groups, and `child.kill` there ends
 * soffice.exe alone, not the soffice.bin it started: `taskkill /pid … /T /F` ends a process and the
 * processes it started, by force (the way nodejs/node#64406 names for Windows; tree-kill's too).
 * Synchronous, as it runs in the "exit" handler too.
 */
function killTree(child: ChildProcess, grouped: boolean): void {
  if (child.pid === undefined) return;
  try {
    if (grouped) {
      process.kill(-child.pid, "SIGKILL");
      return;
    }
    const taskkill = spawnSync(taskkillProgram(), ["/pid", String(child.pid), "/T", "/F"], {
      stdio: "ignore",
      windowsHide: true,
      timeout: 10_000,
    });
    // (No taskkill, or the tree gone already: the child itself at least.)
    if (taskkill.error !== undefined || taskkill.status !== 0) child.kill("SIGKILL");
  } catch {
    // (Gone already.)
  }
}

/**
 * Windows' own taskkill.exe, by its full path: Windows looks for a bare program name in the current
 * folder first, and a folder of downloaded files is where this command line is run.
 */
function taskkillProgram(): string {
  return path.join(process.env.SystemRoot ?? "C:\\Windows", "System32", "taskkill.exe");
}

/** Said of a workbook read so, in `check`'s and `summary`'s notes. */
export const READ_THROUGH_LIBREOFFICE =
  "An old-format (.xls) workbook: read through LibreOffice, which saved a copy as .xlsx to read (the file itself is unchanged).";

/**
 * An old .xls read through LibreOffice (convertOldWorkbook), its copy removed once read. Without
 * LibreOffice, or where it cannot open the file, an UnreadableWorkbookError says what to do.
 */
export async function readOldWorkbook(file: string, options: ReadOptions = {}): Promise<WorkbookData> {
  const program = sofficeProgram();
  if (program === undefined) throw new UnreadableWorkbookError(oldWorkbookMessage());
  const converted = await convertOldWorkbook(file, program);
  if (converted instanceof Error) throw new UnreadableWorkbookError(oldWorkbookMessage(converted.message));
  try {
    const wb = await readWorkbookFile(converted.xlsx, options);
    return { ...wb, notes: [...(wb.notes ?? []), READ_THROUGH_LIBREOFFICE] };
  } finally {
    converted.remove();
  }
}
