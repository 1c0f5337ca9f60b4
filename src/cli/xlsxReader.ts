import * as fs from "fs";
import type { PivotArea } from "../core/pivots";
import type { MergedArea } from "../core/mergedCells";
import type { Cell } from "../core/types";
import { DamagedPartError, NotAZipError, PackageLimitError, ZipPackage } from "./zip";
import { parsePart, XmlError } from "./xmlPart";
import {
  cellStyles,
  decodeEscapes,
  GRID,
  MAX_CELL_TEXT,
  MAX_SHEET_CELLS,
  SheetLimitError,
  SheetReader,
  shown,
  type UncalculatedCells,
} from "./xlsxSheet";

/**
 * An .xlsx workbook read into plain matrices of what Excel hands a custom function: numbers
 * (dates as their 1900-system serial numbers, as stored), text (rich text and hyperlinks as their
 * text), booleans, error cells as their error text (`#N/A`), empty cells as null, and formula
 * cells as their cached result. Tables (ListObjects) are read from their parts, so `check` knows
 * where each table sits.
 *
 * Every part is streamed from the package (yauzl) through a streaming tokenizer (htmlparser2's, with
 * XML's well-formedness checked in xmlPart.ts), so a sheet's XML is never held whole: memory is the cells read, and time grows in step with the file. What could
 * not be read — a missing or damaged sheet part, a sheet cut off, rows with impossible numbers,
 * shared strings that are not there — is listed in `notRead`, never silently dropped.
 */

export class UnreadableWorkbookError extends Error {
  constructor(
    message: string,
    /** What the file was found to be, where that says more can be done (`ole`: an old .xls). */
    readonly kind?: "ole",
  ) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

export interface TableInfo {
  /** The table's name, e.g. `tblPartners`. */
  readonly name: string;
  /** Its range, e.g. `A1:Q9`. */
  readonly ref: string;
  /** 1-based worksheet coordinates, inclusive, header (if any) and totals rows included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

export interface SheetData {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** cells[r][c] is worksheet row r+1, column c+1 (so the matrix starts at A1). Rows may be ragged. */
  readonly cells: Cell[][];
  readonly tables: readonly TableInfo[];
  /**
   * Its pivot tables, each with the rows of its page filters above it (a `Payee | (All)` row): a
   * report of other data, not data. Absent: none, as in a CSV file.
   */
  readonly pivots?: readonly PivotArea[];
  /**
   * Merged areas over several rows (`C2:C5`): text merged down is filled as the sheet is read
   * (fillMergedDown), a figure once the block's columns say it is no amount (fillMergedFigures), and
   * the rows under a merged key are one record's lines. Absent: none, as in a CSV file.
   */
  readonly mergedDown?: readonly MergedArea[];
  /**
   * Per column (0-based), the currency its numbers' number formats show (`"£"#,##0` → GBP), "" for
   * none or two. Absent: the file says none (a CSV file).
   */
  readonly numberCurrencies?: readonly string[];
  /**
   * Rows the sheet hides (1-based worksheet rows, in order) — by its filter when `filtered` — which a
   * check reads all the same, as Excel's formulas do. Absent: none, as in a CSV file.
   */
  readonly hiddenRows?: readonly number[];
  readonly filtered?: boolean;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  readonly definedNames: ReadonlyMap<string, string>;
  /** The workbook uses the 1904 date system (Mac); its dates were read as 1900-system serials. */
  readonly date1904?: boolean;
  /** What was in the file but could not be read, one sentence each: a check of the rest is incomplete. */
  readonly notRead?: readonly string[];
  /**
   * Formula cells saved without their result, on rows holding other values, one sentence a sheet:
   * read as empty, so a check of a user's file is incomplete. A tracker this tool wrote holds its
   * calculated columns so (Excel calculates them on opening), and the checks compute those figures.
   */
  readonly uncalculated?: readonly UncalculatedCells[];
  /**
   * The cells came from a text file (CSV), whose amounts written as text (`$1,200`) Excel turns
   * into numbers as it opens it: no SUM of the user's leaves them out, as one over a workbook's text
   * cells does.
   */
  readonly fromText?: boolean;
  /** What the reader noticed of the file as a whole, one sentence each (a CSV's rows wider than its header). */
  readonly notes?: readonly string[];
}

export interface ReadOptions {
  /** Called while a sheet is parsed: rows done so far and the sheet's row count (from its dimension). */
  readonly onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
  /** Rows between two progress calls. */
  readonly progressEvery?: number;
}

/** `AB12` → { col: 28, row: 12 } (either part may be missing; 0 where it is). */
export function decodeAddress(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
  if (!m) return { col: 0, row: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: m[2] ? Number(m[2]) : 0 };
}

interface Relationship {
  readonly target: string;
  readonly type: string;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function relationships(zip: ZipPackage, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const map = new Map<string, Relationship>();
  await parsePart(zip, relsPath, {
    open(name, a) {
      if (name !== "Relationship") return;
      if (a.Id && a.Target && a.TargetMode !== "External") {
        map.set(a.Id, { target: resolveTarget(part, a.Target), type: a.Type ?? "" });
      }
    },
  });
  return map;
}

/** `A1` within Excel's grid, or undefined. */
function gridAddress(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const a = decodeAddress(ref);
  return a.col >= 1 && a.col <= GRID.columns && a.row >= 1 && a.row <= GRID.rows ? a : undefined;
}

/**
 * A pivot table's place on its sheet, or undefined when its part says none (then the sheet is read as
 * it is). Its `location` gives the body without the report filters (ECMA-376 Part 1, 18.10.1.49;
 * MS-OI29500 2.1.770: "Office assumes that @ref specifies the range of the PivotTable excluding the
 * page fields"); each `pageField` is a filter row above it, `rowPageCount` of them to a column
 * (label and value, then a gap column), with one empty row before the body.
 */
async function readPivot(zip: ZipPackage, part: string): Promise<PivotArea | undefined> {
  let name = "";
  let location: Record<string, string> | undefined;
  let pageFields = 0;
  const found = await parsePart(zip, part, {
    open(tag, a) {
      // The root's name; an extension list repeats the element (x14:pivotTableDefinition) without one.
      if (tag === "pivotTableDefinition" && name === "") name = a.name ?? "";
      else if (tag === "location" && !location) location = a;
      else if (tag === "pageField") pageFields++;
    },
  });
  if (!found || !location?.ref) return undefined;
  const [a, b = a] = location.ref.split(":");
  const tl = gridAddress(a);
  const br = gridAddress(b);
  if (!tl || !br || br.row < tl.row || br.col < tl.col) return undefined;
  const perColumn = Number(location.rowPageCount ?? 0);
  const rows =
    pageFields === 0 ? 0 : Number.isInteger(perColumn) && perColumn > 0 ? Math.min(pageFields, perColumn) : pageFields;
  const columns = rows === 0 ? 0 : Math.ceil(pageFields / rows) * 3 - 1;
  return {
    name,
    top: Math.max(1, tl.row - (rows === 0 ? 0 : rows + 1)),
    left: tl.col,
    bottom: br.row,
    right: Math.max(br.col, tl.col + columns - 1),
  };
}

async function readTable(
  zip: ZipPackage,
  part: string,
  sheet: string,
  notRead: string[],
): Promise<TableInfo | undefined> {
  let attrs: Record<string, string> | undefined;
  const found = await parsePart(zip, part, {
    open(name, a) {
      if (name === "table" && !attrs) attrs = a;
    },
  });
  if (!found) {
    notRead.push(
      `Sheet ${shown(sheet)}: its table part ${part} is missing from the package, so that table was not read.`,
    );
    return undefined;
  }
  const ref = attrs?.ref;
  const name = attrs?.displayName ?? attrs?.name;
  if (!attrs || !ref || !name) {
    notRead.push(`Sheet ${shown(sheet)}: the table part ${part} names no table and range, so it was not read.`);
    return undefined;
  }
  const [a, b = a] = ref.split(":");
  const tl = gridAddress(a);
  const br = gridAddress(b);
  if (!tl || !br || br.row < tl.row || br.col < tl.col) {
    throw new SheetLimitError(
      `table ${shown(name)} on sheet ${shown(sheet)} has the range ${shown(ref)}, which is not a range within Excel's ` +
        `${GRID.columns.toLocaleString("en-US")} columns × ${GRID.rows.toLocaleString("en-US")} rows`,
    );
  }
  const cells = (br.row - tl.row + 1) * (br.col - tl.col + 1);
  if (cells > MAX_SHEET_CELLS) {
    throw new SheetLimitError(
      `table ${shown(name)} on sheet ${shown(sheet)} spans ${ref} (${cells.toLocaleString("en-US")} cells), more than the ` +
        `${MAX_SHEET_CELLS.toLocaleString("en-US")} this tool reads: resize the table to its data`,
    );
  }
  const count = (v: string | undefined, fallback: number) => {
    const n = Number(v ?? fallback);
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  };
  return {
    name,
    ref,
    top: tl.row,
    left: tl.col,
    bottom: br.row,
    right: br.col,
    headerRowCount: count(attrs.headerRowCount, 1),
    totalsRowCount: count(attrs.totalsRowCount, 0),
  };
}

/** Shared strings: each `<si>`'s runs joined, phonetic hints (`<rPh>`) left out, OOXML escapes decoded. */
async function sharedStrings(zip: ZipPackage, part: string): Promise<string[]> {
  const out: string[] = [];
  let item: string | undefined;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, part, {
    open(name, _a, selfClosing) {
      if (name === "si") item = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && item !== undefined) {
        out.push(decodeEscapes(item));
        item = undefined;
      }
    },
    text(t) {
      if (inText && item !== undefined) {
        item += t;
        if (item.length > MAX_CELL_TEXT) {
          throw new SheetLimitError(
            `shared string ${out.length} in ${part} is longer than ${MAX_CELL_TEXT.toLocaleString("en-US")} characters`,
          );
        }
      }
    },
  });
  return out;
}

interface WorkbookPart {
  readonly sheets: { name: string; state: SheetData["state"]; rid: string | undefined }[];
  readonly definedNames: Map<string, string>;
  readonly date1904: boolean;
}

async function workbookPart(zip: ZipPackage, part: string): Promise<WorkbookPart | undefined> {
  const sheets: WorkbookPart["sheets"] = [];
  const definedNames = new Map<string, string>();
  let date1904 = false;
  let definedName: { name: string; text: string } | undefined;
  const found = await parsePart(zip, part, {
    open(name, a) {
      if (name === "sheet") {
        // The relationship id is `r:id`, whatever prefix the file binds to the namespace.
        const ridKey = Object.keys(a).find((k) => k === "r:id" || /^[\w.-]+:id$/.test(k));
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, state, rid: ridKey ? a[ridKey] : undefined });
      } else if (name === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (name === "definedName" && a.name) {
        definedName = { name: a.name, text: "" };
      }
    },
    close(name) {
      if (name === "definedName" && definedName) {
        definedNames.set(definedName.name, definedName.text);
        definedName = undefined;
      }
    },
    text(t) {
      if (definedName && definedName.text.length < MAX_CELL_TEXT) definedName.text += t;
    },
  });
  return found ? { sheets, definedNames, date1904 } : undefined;
}

async function readPackage(zip: ZipPackage, options: ReadOptions): Promise<WorkbookData> {
  // The package's main part is named by its root relationships (almost always xl/workbook.xml).
  const main = [...(await relationships(zip, "")).values()].find((r) => /\/officeDocument$/.test(r.type));
  const workbookName = main && zip.has(main.target) ? main.target : "xl/workbook.xml";
  const workbook = await workbookPart(zip, workbookName);
  if (!workbook) {
    const hint = zip.has("word/document.xml")
      ? " (it is a Word document)"
      : zip.has("content.xml")
        ? " (it is an OpenDocument file: save it as .xlsx first)"
        : "";
    throw new UnreadableWorkbookError(`this is not an .xlsx workbook${hint}: it has no xl/workbook.xml`);
  }
  const rels = await relationships(zip, workbookName);
  const partOf = (type: RegExp, fallback: string) =>
    [...rels.values()].find((r) => type.test(r.type))?.target ?? fallback;
  const strings = await sharedStrings(zip, partOf(/\/sharedStrings$/, "xl/sharedStrings.xml"));
  // Dates in a 1904 workbook are 1,462 days smaller; which numbers are dates, only their style says
  // (and which are amounts in a currency the sheet says nowhere else).
  const styles = await cellStyles(zip, partOf(/\/styles$/, "xl/styles.xml")).catch((err: unknown) => {
    // Damaged styles cost a 1900 workbook nothing but the currencies its formats show.
    if (workbook.date1904 || !(err instanceof XmlError || err instanceof DamagedPartError)) throw err;
    return { dates: new Set<number>(), currencies: new Map<number, string>() };
  });
  const dates = workbook.date1904 ? styles.dates : undefined;

  const notRead: string[] = [];
  const uncalculated: UncalculatedCells[] = [];
  const sheets: SheetData[] = [];
  for (const entry of workbook.sheets) {
    const rel = entry.rid ? rels.get(entry.rid) : undefined;
    if (!rel) {
      notRead.push(`Sheet ${shown(entry.name)}: the workbook names no part for it, so it was not read.`);
      continue;
    }
    if (!/\/worksheet$/.test(rel.type)) continue; // chart sheets, dialog sheets: no cells to check
    const reader = new SheetReader(entry.name, strings, dates, styles.currencies, options);
    let found: boolean;
    try {
      found = await parsePart(zip, rel.target, reader);
    } catch (err) {
      if (!(err instanceof XmlError || err instanceof DamagedPartError)) throw err;
      const why =
        err instanceof XmlError ? `its XML is damaged (${err.reason})` : err.message.replace(/^the part /, "its part ");
      notRead.push(
        `Sheet ${shown(entry.name)}: ${why}; ` +
          (reader.rowsRead > 0 ? `from row ${reader.lastRow} on, it was not read.` : "it was not read."),
      );
      found = true;
    }
    if (!found) {
      notRead.push(
        `Sheet ${shown(entry.name)}: its part ${rel.target} is missing from the package, so it was not read.`,
      );
      continue;
    }
    notRead.push(...reader.problems());
    const formulas = reader.uncalculatedCells();
    if (formulas) uncalculated.push(formulas);
    const tables: TableInfo[] = [];
    const pivots: PivotArea[] = [];
    for (const sheetRel of (await relationships(zip, rel.target)).values()) {
      if (/\/table$/.test(sheetRel.type)) {
        const t = await readTable(zip, sheetRel.target, entry.name, notRead);
        if (t) tables.push(t);
      } else if (/\/pivotTable$/.test(sheetRel.type)) {
        const p = await readPivot(zip, sheetRel.target);
        if (p) pivots.push(p);
      }
    }
    sheets.push({
      name: entry.name,
      state: entry.state,
      cells: reader.finish(),
      mergedDown: reader.mergedDownAreas(),
      numberCurrencies: reader.numberCurrencies(),
      ...(reader.hidden.length > 0 ? { hiddenRows: reader.hidden, filtered: reader.filtered } : {}),
      tables,
      ...(pivots.length > 0 ? { pivots } : {}),
    });
  }
  return { sheets, definedNames: workbook.definedNames, date1904: workbook.date1904, notRead, uncalculated };
}

/** Every failure of a hostile or damaged package as an UnreadableWorkbookError, never a stack. */
async function guarded(open: () => Promise<ZipPackage>, options: ReadOptions): Promise<WorkbookData> {
  let zip: ZipPackage | undefined;
  try {
    zip = await open();
    return await readPackage(zip, options);
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) throw err;
    if (err instanceof NotAZipError)
      throw new UnreadableWorkbookError(err.message, err.kind === "ole" ? "ole" : undefined);
    if (err instanceof PackageLimitError || err instanceof SheetLimitError) {
      throw new UnreadableWorkbookError(err.message);
    }
    if (err instanceof XmlError || err instanceof DamagedPartError) throw new UnreadableWorkbookError(err.message);
    if (err instanceof RangeError) {
      throw new UnreadableWorkbookError(`it is too large to read (${err.message}): split it into several files`);
    }
    throw err;
  } finally {
    zip?.close();
  }
}

/** Reads an .xlsx from memory. Rejects with UnreadableWorkbookError, with a message a person can act on. */
export function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): Promise<WorkbookData> {
  return guarded(() => ZipPackage.fromBuffer(buf), options);
}

/**
 * Reads an .xlsx file without loading it whole. Only a regular file is read: a FIFO would block
 * forever and a device (`/dev/zero`) never ends, so both are refused at once. A missing or
 * unreadable file is an UnreadableWorkbookError.
 */
export function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<WorkbookData> {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once (a regular file ignores it).
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return Promise.reject(new UnreadableWorkbookError(`${file}: no such file`));
    if (code === "EACCES" || code === "EPERM")
      return Promise.reject(new UnreadableWorkbookError(`${file}: permission denied`));
    if (code === "EISDIR")
      return Promise.reject(new UnreadableWorkbookError(`${file}: it is a folder, not an .xlsx file`));
    return Promise.reject(new UnreadableWorkbookError(`${file}: ${(err as Error).message}`));
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    const what = stat.isDirectory()
      ? "a folder"
      : stat.isFIFO()
        ? "a pipe (FIFO)"
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? "a device"
          : "not a regular file";
    return Promise.reject(
      new UnreadableWorkbookError(
        `${file}: it is ${what}, not an .xlsx file: save the workbook to a file and check that`,
      ),
    );
  }
  return guarded(() => ZipPackage.fromFd(fd), options);
}

/** The rectangle `top..bottom` × `left..right` (1-based, inclusive) of a sheet, padded with nulls. */
export function sliceCells(
  cells: readonly (readonly Cell[])[],
  top: number,
  left: number,
  bottom: number,
  right: number,
): Cell[][] {
  const out: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = cells[r - 1] ?? [];
    const slice: Cell[] = [];
    for (let c = left; c <= right; c++) slice.push(row[c - 1] ?? null);
    out.push(slice);
  }
  return out;
}
