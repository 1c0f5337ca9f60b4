/**
 * The tracker outside Excel: the `partnership-tracker` command (`bin/partnership-tracker.js`
 * runs `run()`), and its parts for other Node code.
 */
import { main } from "./cli";

export { main, USAGE, EXIT_OK, EXIT_ERRORS_FOUND, EXIT_CANNOT, EXIT_NOTHING_TO_CHECK, type Io } from "./cli";
export { checkWorkbook, type CheckIssue, type CheckResult, type CheckedBlock } from "./check";
export { readWorkbookBuffer, readWorkbookFile, UnreadableWorkbookError, type WorkbookData } from "./xlsxReader";
export { buildTrackerWorkbook, trackerXlsxBuffer, type TrackerData, type WriteOptions } from "./xlsxWriter";
export { cachedResults, tabMatrix, trackerMatrices } from "./tracker";
export { partnersSummary, type PartnersSummaryResult } from "./summary";

/**
 * Standard output as the command line writes to it: waits for a full pipe to drain, so a huge
 * report never piles up in memory; and when the reader goes away (`check dir/ | head`), drops the
 * rest quietly instead of dying on EPIPE with a stack trace — the run still ends with its exit code.
 */
function stdoutSink(): (text: string) => void | Promise<void> {
  let closed = false;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw err;
  });
  return (text) => {
    if (closed) return undefined;
    if (process.stdout.write(text)) return undefined;
    return new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off("drain", done);
        process.stdout.off("error", done);
        process.stdout.off("close", done);
        resolve();
      };
      process.stdout.on("drain", done);
      process.stdout.on("error", done);
      process.stdout.on("close", done);
    });
  };
}

/** Runs the command line with this process's arguments and streams; sets the exit code. */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, {
    stdout: stdoutSink(),
    stderr: (t) => process.stderr.write(t),
    stderrIsTty: process.stderr.isTTY === true,
    stdoutIsTty: process.stdout.isTTY === true,
    // `npm run cli -- check x.xlsx` runs in the project root: file names are relative to where
    // the user typed the command, which npm passes as INIT_CWD. (npx keeps the working directory,
    // and its INIT_CWD leaks into child processes, so only our own script uses it.)
    cwd: process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
