/*
 * One measured run for bench/cli.bench.ts: `node checkChild.js <reader module> <file.xlsx> [read]`
 * reads the workbook with that reader (the current one or the one it replaced) and runs `check`'s
 * core on it (or, with `read`, only reads it), then prints what it found, so the bench compares
 * readers on the very same work.
 */
"use strict";
const path = require("path");

const [readerModule, file, only] = process.argv.slice(2);
const { readWorkbookFile } = require(readerModule);
const { checkWorkbook } = require(path.join(__dirname, "..", "build", "cli", "src", "cli", "check.js"));

// The old reader returns the workbook, the new one a promise of it.
Promise.resolve(readWorkbookFile(file)).then((wb) => {
  if (only === "read") {
    process.stdout.write(`${wb.sheets.map((s) => s.cells.length).join("+")} rows read`);
    return;
  }
  const result = checkWorkbook(wb, { today: 46174 }); // 2026-06-01
  const rows = result.blocks.map((b) => b.rows).join("+");
  process.stdout.write(`${rows} rows, ${result.errors} errors, ${result.warnings} warnings`);
});
