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

/** Runs the command line with this process's arguments and streams; sets the exit code. */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, {
    // Wait for a full pipe to drain before writing more, so a huge report never piles up in memory.
    stdout: (t) =>
      process.stdout.write(t) ? undefined : new Promise<void>((resolve) => process.stdout.once("drain", resolve)),
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
