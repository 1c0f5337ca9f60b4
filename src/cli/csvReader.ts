import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../core/types";
import { coerceNumber } from "../core/amountCells";
import { runOnShape, runsOnPast } from "../core/runOnValues";
import { readWorkbookFile, UnreadableWorkbookError, type ReadOptions, type WorkbookData } from "./xlsxReader";
import { readOldWorkbook } from "./oldWorkbook";
import { MAX_SHEET_CELLS } from "./xlsxSheet";
import { columnLetter } from "../schema";
import { csvText, mixedNote, QUOTED_CHARS } from "./csvEncoding";

/**
 * A CSV file read as one sheet, the way a user who opens it in Excel and saves it has it: what
 * open-data portals hand out (grant ledgers, registers), so `check grants.csv` needs no conversion.
 *
 * One choice is made explicit: a field that is a plain number (no leading zero, no thousands
 * separator, no currency sign) becomes a number; every other field stays text — `$1,000,000`,
 * `06/30/2017 12:00:00 AM`, `14-MAR-12`, `07962245`. That is what Excel's "From Text/CSV" gives for a
 * column typed as text, and it loses nothing (Excel's own guessing would drop `07962245`'s zero and
 * read `3/4/2024` by the machine's locale); the core reads amounts and dates written as text
 * (SPEC "Values as people write them"). `1.500` stays text too: one Excel reads it 1.5, another 1500,
 * and the column decides (DOT_THOUSANDS_OR_DECIMAL). Not the separator: a file separated by semicolons
 * may still write `81,499` for eighty-one thousand (real: a Flemish subsidy register). The sheet is
 * named as Excel names a CSV's sheet.
 */

/** Excel's last row: a longer file is more than one sheet holds. */
const MAX_ROWS = 1_048_576;

/**
 * The separator: the one a first line `sep=;` names (Excel writes and honours it), else the one the
 * header line holds most of — a comma, a semicolon (Excel in a decimal-comma locale), a tab or a
 * pipe (real: a town council's project list exported with `|`, read as one column whose message
 * quoted a data row as the header) — a comma when it holds none. A title line above the header
 * line (`PROJECTS`, a participatory budget's export: a helper's round, real, Toulouse's, every line
 * one cell) holds none: the first of the next lines that holds one says. Returns the separator and
 * where the data begins.
 */
export function separatorOf(text: string): { separator: string; start: number } {
  const sep = /^sep=(.)\r?\n/i.exec(text.slice(0, 8));
  if (sep) return { separator: sep[1], start: sep[0].length };
  let from = 0;
  for (let line = 0; line < TITLE_LINES + 1 && from < text.length; line++) {
    const end = text.slice(from).search(/[\r\n]/);
    const first = (end < 0 ? text.slice(from) : text.slice(from, from + end)).replace(/"[^"]*"/g, ""); // quoted text holds no separator
    let best = ",";
    let most = 0;
    let rows = 0;
    // (The lines under it, read only when the header line holds two separators: each holds any.)
    const under = SEPARATORS.filter((c) => first.includes(c)).length > 1 ? linesAfter(text, from, end) : [];
    for (const candidate of SEPARATORS) {
      const n = first.split(candidate).length - 1;
      if (n === 0) continue;
      // One the data lines under the header hold too, before one they lack: a header in two languages
      // (`Nome do Beneficiário | Beneficiary Name,Fundo | Fund`) holds more ` | ` than commas, its rows
      // none (a helper's round, real: Portugal 2020's headers, a CSV cut at every `|` of its header).
      const holding = under.filter((line) => line.includes(candidate)).length;
      if (holding > rows || (holding === rows && n > most)) [best, most, rows] = [candidate, n, holding];
    }
    if (most > 0) return { separator: best, start: 0 };
    if (end < 0) break;
    from += end + 1;
    while (text.charCodeAt(from) === 10 || text.charCodeAt(from) === 13) from++;
  }
  return { separator: ",", start: 0 };
}

/** The lines looked at under a header line to tell its separator (separatorOf). */
const LINES_UNDER = 5;

/**
 * Up to LINES_UNDER non-empty lines after the one at `from` (ending `end` characters on, -1 for the
 * text's end), their quoted text left out (a quoted value's separators are none).
 */
function linesAfter(text: string, from: number, end: number): string[] {
  if (end < 0) return [];
  const lines = text
    .slice(from + end + 1, from + end + 1 + LINES_UNDER * 4096)
    .split(/\r?\n|\r/, LINES_UNDER * 2 + 1)
    .filter((line) => line.trim() !== "")
    .slice(0, LINES_UNDER);
  return lines.map((line) => line.replace(/"[^"]*"/g, ""));
}

/** How many lines without a separator (titles) are passed over to find the header line's. */
const TITLE_LINES = 5;

/** In the order a tie goes: commas first, as Excel reads a .csv. */
const SEPARATORS = [",", ";", "\t", "|"] as const;

/**
 * RFC 4180 fields: quoted fields may hold separators, quotes ("") and line breaks; CR, LF or CRLF end
 * a row. Unquoted fields are cut from the text (no string built a character at a time). `bare`, when
 * given, gets for each row whether a separator in it may stand outside quotes: two fields side by side
 * written without quotes (the first's end, the second's start), not both empty — what a value holding
 * the separator unquoted is cut into. A row without them holds none: every field quoted, or numbers
 * alone left bare between quoted text (R's write.csv) (raggedRows). `starts`, when given, gets where
 * each row starts in the text.
 */
export function parseCsv(text: string, separator = ",", bare?: boolean[], starts?: number[]): string[][] {
  const rows: string[][] = [];
  const sep = separator.charCodeAt(0);
  let row: string[] = [];
  let unquoted = false;
  // The last field's end without quotes: 0 no (or none), 1 an empty field, 2 text.
  let open = 0;
  let i = 0;
  let rowStart = 0;
  const n = text.length;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // A quoted field: up to the quote that is not doubled.
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote and before the separator is kept, as Excel keeps it.
      let j = i;
      while (j < n && !isEnd(text.charCodeAt(j), sep)) j++;
      field = value + text.slice(i, j);
      open = j > i ? 2 : 0;
      i = j;
    } else {
      let j = i;
      while (j < n && !isEnd(text.charCodeAt(j), sep)) j++;
      field = text.slice(i, j);
      if (open === 2 || (open === 1 && j > i)) unquoted = true;
      open = j > i ? 2 : 1;
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === sep) {
      if (i >= n) row.push(""); // a separator at the very end: one more, empty, field
      continue;
    }
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    rows.push(row);
    bare?.push(unquoted);
    starts?.push(rowStart);
    rowStart = i;
    row = [];
    unquoted = false;
    open = 0;
  }
  if (row.length > 0) {
    rows.push(row);
    bare?.push(unquoted);
    starts?.push(rowStart);
  }
  return rows;
}

function isEnd(c: number, sep: number): boolean {
  return c === sep || c === 10 || c === 13;
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/**
 * `1.500`, `250.000`, `1.234.567`: a decimal point before three digits to Excel in the US, thousands
 * to Excel in Germany or France — the same file opens as 1.5 or 1,500 by the reader's locale. Kept as
 * the text it is, so the column decides (amountCells.ts: in euros, or beside `1.250,50`, it is thousands).
 */
const DOT_THOUSANDS_OR_DECIMAL = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * A field as the cell it becomes: plain numbers as numbers (but see DOT_THOUSANDS_OR_DECIMAL), empty
 * as empty, the rest as text.
 */
export function csvCell(field: string): string | number | null {
  if (field === "") return null;
  if (field.length <= 15 && PLAIN_NUMBER.test(field) && !DOT_THOUSANDS_OR_DECIMAL.test(field)) return Number(field);
  return field;
}

/**
 * A column where two fields written differently are one number (`7.1` and `7.10`) numbers sections
 * of a plan, not quantities: its decimals are kept as written. Read as numbers, `7.10` became 7.1 —
 * "Strategy Number "7.1" is already on row 2" for a row its writer told apart, and `new --from`
 * copied 7.1 as its Initiative ID (a helper's round, real: a town's comprehensive plan, strategies
 * 1.1 … 1.10). Money written as `12.50` beside `12.5` is read from the text all the same.
 */
function keepOutlineNumbersAsText(fields: readonly string[][], cells: Cell[][]): void {
  // Columns holding a decimal that ends in 0, each with the text first written for its value.
  const written = new Map<number, Map<number, string>>();
  for (let r = 0; r < fields.length; r++) {
    const row = fields[r];
    for (let c = 0; c < row.length; c++) {
      const f = row[c];
      if (typeof cells[r][c] !== "number" || f.charCodeAt(f.length - 1) !== 48 || !f.includes(".")) continue;
      let texts = written.get(c);
      if (!texts) written.set(c, (texts = new Map()));
      if (!texts.has(cells[r][c] as number)) texts.set(cells[r][c] as number, f);
    }
  }
  for (const [c, texts] of written) {
    const outline = fields.some((row, r) => {
      const v = cells[r][c];
      return typeof v === "number" && texts.has(v) && texts.get(v) !== row[c];
    });
    if (!outline) continue;
    for (let r = 0; r < fields.length; r++) {
      if (typeof cells[r][c] === "number" && fields[r][c].includes(".")) cells[r][c] = fields[r][c];
    }
  }
}

/** The sheet name Excel gives a CSV file: its name without the extension, cut to 31 characters. */
export function sheetNameForCsv(file: string): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/, "")
    .replace(/[\\/?*[\]:]/g, "_")
    .slice(0, 31);
}

/** A CSV file's bytes as a workbook of one sheet (see the module's comment). */
export function csvWorkbook(bytes: Buffer, file: string): WorkbookData {
  const { text, mixed } = csvText(bytes);
  const { separator, start } = separatorOf(text);
  const bare: boolean[] = [];
  const rowStarts: number[] | undefined = mixed ? [] : undefined;
  const fields = parseCsv(start > 0 ? text.slice(start) : text, separator, bare, rowStarts);
  if (fields.length > MAX_ROWS) {
    throw new UnreadableWorkbookError(
      `it has ${fields.length.toLocaleString("en-US")} rows, more than a sheet holds (${MAX_ROWS.toLocaleString("en-US")}): split it into several files`,
    );
  }
  withoutClosingMarks(fields);
  let count = 0;
  const cells: Cell[][] = fields.map((row) => {
    count += row.length;
    return row.map(csvCell);
  });
  if (count > MAX_SHEET_CELLS) {
    throw new UnreadableWorkbookError(
      `it has ${count.toLocaleString("en-US")} fields, more than can be checked at once: split it into several files`,
    );
  }
  keepOutlineNumbersAsText(fields, cells);
  const encoding = mixed && rowStarts ? [mixedNote(mixed, rowStarts, start)] : [];
  const notes = [...encoding, ...raggedRows(fields, cells, bare)];
  return {
    sheets: [{ name: sheetNameForCsv(file), state: "visible", cells, tables: [] }],
    definedNames: new Map(),
    fromText: true,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * An exporter's closing `;` after each line's last field, read as no value: the header's last name ends
 * in it (`…,Toteutunut julkinen rahoitus yhteensä;`) and the rows close with a field of it alone, after an
 * empty one or not (`…,54941,,;`) — every value under its header, the `;` under none (corpus round fl,
 * real: Finland's ERDF projects, 407 such rows said to "have more fields than the header row's 13", named
 * before the 1,020 really longer). Those fields are emptied; rows are looked at only under such a header.
 */
function withoutClosingMarks(fields: string[][]): void {
  const header = fields.findIndex((row) => row.filter((f) => f.trim() !== "").length >= 2);
  if (header < 0 || !lastFilled(fields[header])?.trimEnd().endsWith(";")) return;
  for (let r = header + 1; r < fields.length; r++) {
    const row = fields[r];
    let n = row.length - 1;
    while (n > 0 && row[n].trim() === "") n--;
    if (n > 0 && row[n].trim() === ";") row[n] = "";
  }
}

/** A row's last field that is not empty, or undefined. */
function lastFilled(row: readonly string[]): string | undefined {
  for (let n = row.length - 1; n >= 0; n--) if (row[n].trim() !== "") return row[n];
  return undefined;
}

/** Rows under the first row of two fields looked at for the header row under title lines (raggedRows). */
const HEADER_UNDER_TITLES = 6;

/** The row numbers a note names at most. */
const RAGGED_NAMED = 5;

/**
 * Rows with more fields than the header row while others fit it: a value holding the separator
 * without quotes (an address, `Pasaje 7, oficina 2`) puts every value after it one column or more to
 * the right, and nothing else says so (a helper's round: Chile's lobbying register, 350 of 587 rows;
 * its Contact held addresses, and `new --from` copied them). Said once, as a note; "" for none. Every
 * data row longer alike is no such thing: columns the header left unheaded. Nor is a row whose last
 * column's words run on past it, its other values in their columns (runsOnPast): nothing is read to
 * the right, and the checks read that value whole and say so (runOnValues.ts; real: Berlin's grants,
 * 362 names cut at a comma, "read one column or more to the right" of rows where nothing was).
 * Nor is a row whose separators all stand by a quote (`bare`, from parseCsv): it holds none unquoted,
 * and its values past the header's last are under columns with no header, which nothing reads — said
 * so, with what they hold (a helper's round, real: a UK free-school-meals provider list, every field
 * quoted, its header row 14 names and 14 `""`, 5 rows' claim text and link under those, told "a value
 * holding the separator without quotes? … Put such values in quotes").
 * The notes, none to two.
 */
function raggedRows(fields: readonly string[][], cells: readonly Cell[][], bare: readonly boolean[]): string[] {
  const width = (row: readonly string[]) => {
    let n = row.length;
    while (n > 0 && row[n - 1].trim() === "") n--;
    return n;
  };
  const filled = (row: readonly string[]) => row.filter((f) => f.trim() !== "").length;
  let header = fields.findIndex((row) => filled(row) >= 2);
  if (header < 0) return [];
  // Title lines above it with a field or two each (`Table 4,,,,,Table 5,,`: two tables' titles above
  // their headers) are no header row: the widest row of words before the first figure is (a helper's
  // round: a recap saved as CSV, "2 rows have more fields than the header row's 6", every row 8).
  // (Only a row of titles with gaps between them gives way: a header row filled across stays one, a
  // shifted row of words under it is no header.)
  const gapped = (row: readonly string[]) => {
    let n = row.length;
    while (n > 0 && row[n - 1].trim() === "") n--;
    return filled(row) * 2 <= n;
  };
  for (let r = header + 1; r < Math.min(fields.length, header + HEADER_UNDER_TITLES) && gapped(fields[header]); r++) {
    if (fields[r].some((f) => coerceNumber(f) !== undefined)) break;
    if (filled(fields[r]) > filled(fields[header])) header = r;
  }
  // A header row with empty fields at its end (an export's used range) leaves room for side notes
  // under them, past an empty field (`…,1100000,,,Scaling Factor,1.1`): no shift (a helper's round,
  // real: New South Wales' council grants, "read one column to the right" under every summary). A row
  // whose values run on into them without a gap is shifted still (a reviewer's repro).
  let headerWidth = width(fields[header]);
  let room = fields[header].length;
  const sideNote = (row: readonly string[]) =>
    room > headerWidth &&
    ((row[headerWidth] ?? "").trim() === "" || row.slice(0, headerWidth).every((f) => f.trim() === ""));
  // Counted per table (a row of words after a blank line starts the next): rows longer than their own
  // table's header while others of that table fit it (a helper's round, real: a Japanese subsidy list,
  // its rows all one field past a header ending in a blank under a group title, said shifted because
  // the lookup list under it, a table of its own, fits its own four fields).
  const long: number[] = [];
  const unheaded: Unheaded[] = [];
  let tableLong: number[] = [];
  let fit = 0;
  let most = 0;
  let over = -1;
  let tableHeader = header;
  const endTable = (end: number) => {
    if (tableLong.length > 0 && fit > 0) {
      // (The table's columns' kinds, as the checks read them, for rows whose last value runs on.)
      const shape = runOnShape(cells, tableHeader + 1, end, headerWidth);
      for (const r of tableLong) {
        const row = fields[r - 1];
        if (runsOnPast(cells[r - 1], headerWidth - 1, shape)) continue;
        if (!bare[r - 1]) {
          const columns: number[] = [];
          for (let c = headerWidth; c < row.length; c++) if (row[c].trim() !== "") columns.push(c);
          unheaded.push({ row: r, columns, values: columns.map((c) => row[c].trim()) });
          continue;
        }
        long.push(r);
        most = Math.max(most, width(row));
        if (over < 0) over = headerWidth;
      }
    }
    [tableLong, fit] = [[], 0];
  };
  let afterBlank = false;
  for (let r = header + 1; r < fields.length; r++) {
    const w = width(fields[r]);
    if (w === 0) {
      afterBlank = true;
      continue;
    }
    // A row of words alone after a blank line heads the next table of the file (tables stacked one
    // under another: a Dutch donations register's second table is wider than its first).
    // (Two fields filled at least: a section's label after a blank line, `,Schools,,,`, heads no table —
    // a helper's round, real: a music institute's agreements register, 44 rows said shifted.)
    const heads =
      afterBlank &&
      fields[r].filter((f) => f.trim() !== "").length >= 2 &&
      fields[r].every((f) => f.trim() === "" || coerceNumber(f) === undefined);
    afterBlank = false;
    // (One as wide as the header above is that table's row of words, a data row of text: the same table
    // goes on — a reviewer's repro, `Kite Club,Nonprofit,TBD` after a blank line hid the shifted row under it.)
    if (heads && w !== headerWidth) {
      endTable(r);
      tableHeader = r;
      headerWidth = w;
      room = fields[r].length;
      continue;
    }
    if (heads) continue;
    if (w > headerWidth && !(w <= room && sideNote(fields[r]))) tableLong.push(r + 1);
    else if (w >= 2) fit++;
  }
  endTable(fields.length);
  const notes: string[] = [];
  if (long.length > 0) {
    const n = long.length;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row has" : "rows have"} more fields than the header row's ` +
        `${over} (${n === 1 ? "row" : "rows"} ${rowList(long)}; up to ${most}): a value holding the separator ` +
        `without quotes? The values after it are read one column or more to the right. Put such values in quotes.`,
    );
  }
  if (unheaded.length > 0) notes.push(unheadedNote(unheaded));
  return notes;
}

/** A row whose values past its table's header are under columns with no header (raggedRows). */
interface Unheaded {
  /** The sheet's row number. */
  readonly row: number;
  /** The columns (0-based) holding those values, and the values. */
  readonly columns: readonly number[];
  readonly values: readonly string[];
}

/** The row numbers a note names: the first RAGGED_NAMED, then `…`. */
function rowList(rows: readonly number[]): string {
  return rows.slice(0, RAGGED_NAMED).join(", ") + (rows.length > RAGGED_NAMED ? " …" : "");
}

/**
 * `Row 2 has values under columns with no header (D–E: "Just walk in", "https://x.example/a"): not
 * read — …`; for several rows, their numbers, every column any of them fills and the first one's values.
 */
function unheadedNote(rows: readonly Unheaded[]): string {
  const columns = [...new Set(rows.flatMap((u) => u.columns))].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < columns.length;) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
    const first = columnLetter(columns[i] + 1);
    spans.push(j === i ? first : `${first}–${columnLetter(columns[j] + 1)}`);
    i = j + 1;
  }
  const [first] = rows;
  const values =
    first.values
      .slice(0, 3)
      .map((v) => `"${v.length > QUOTED_CHARS ? `${v.slice(0, QUOTED_CHARS - 1).trimEnd()}…` : v}"`)
      .join(", ") + (first.values.length > 3 ? ", …" : "");
  const n = rows.length;
  const where =
    n === 1
      ? `Row ${first.row} has values under columns with no header (${spans.join(", ")}: ${values})`
      : `${n.toLocaleString("en-US")} rows have values under columns with no header (rows ${rowList(rows.map((u) => u.row))}; ` +
        `${spans.join(", ")}: ${values} on row ${first.row})`;
  return `${where}: not checked, summed or copied — give those columns a header, or move the values.`;
}

/** Bytes above which a CSV is refused before it is read (its fields would not fit in memory). */
const MAX_CSV_BYTES = 512 * 1024 * 1024;

/**
 * Is this a CSV file by its name (as Excel decides how to open a file)? Also `.tsv` and `.txt`: text
 * Excel opens split by its tabs (a helper's round: a Norwegian grants list published as .tsv was
 * refused as "not an .xlsx workbook"); the separator is found from the lines either way.
 */
export function isCsvName(file: string): boolean {
  return /\.(?:csv|tsv|txt)$/i.test(file);
}

/** Reads a CSV file (a regular file only). Rejects with UnreadableWorkbookError, saying why. */
export async function readCsvFile(file: string): Promise<WorkbookData> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableWorkbookError(`${file}: no such file`);
    if (code === "EACCES" || code === "EPERM") throw new UnreadableWorkbookError(`${file}: permission denied`);
    throw new UnreadableWorkbookError(`${file}: ${(err as Error).message}`);
  }
  if (!stat.isFile()) throw new UnreadableWorkbookError(`${file}: it is not a regular file`);
  if (stat.size > MAX_CSV_BYTES) {
    throw new UnreadableWorkbookError(`${file}: it is ${(stat.size / 1e6).toFixed(0)} MB: split it into several files`);
  }
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    throw new UnreadableWorkbookError(`${file}: ${(err as Error).message}`);
  }
  return csvWorkbook(bytes, file);
}

/**
 * A file the command line reads: a CSV file by its name, else an .xlsx workbook — and a workbook
 * saved under a .csv name (a zip package, or an old .xls) read as the workbook it is, as Excel opens
 * it, rather than its bytes as text (real: a Canadian foundation's grants, committed as `….csv`).
 */
export async function readSpreadsheetFile(file: string, options: ReadOptions = {}): Promise<WorkbookData> {
  if (isCsvName(file) && !isWorkbookBytes(file)) return readCsvFile(file);
  try {
    return await readWorkbookFile(file, options);
  } catch (err) {
    // An old .xls: read through LibreOffice where it is installed (oldWorkbook.ts).
    if (err instanceof UnreadableWorkbookError && err.kind === "ole") return readOldWorkbook(file, options);
    throw err;
  }
}

/** Does the file begin as a zip package or an OLE container (.xls) does? False when it cannot be read. */
function isWorkbookBytes(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const head = Buffer.alloc(4);
    const got = fs.readSync(fd, head, 0, 4, 0);
    return got === 4 && (head.equals(ZIP_HEAD) || head.equals(OLE_HEAD));
  } catch {
    return false; // readCsvFile says why
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const ZIP_HEAD = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_HEAD = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
