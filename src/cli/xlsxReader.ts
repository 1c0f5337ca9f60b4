import * as fs from "fs";
import type { Cell } from "../core/types";
import { isoToSerial } from "../core/excelDate";
import { NotAZipError, ZipReader } from "./zip";

/**
 * An .xlsx workbook read into plain matrices of what Excel hands a custom function: numbers
 * (dates as their serial numbers, as stored), text (rich text and hyperlinks as their text),
 * booleans, empty cells as null, and formula cells as their cached result. Tables (ListObjects)
 * are read from their parts, so `check` knows where each table sits.
 *
 * It reads the sheet XML directly: a 100k-row sheet takes seconds and a few hundred MB, where
 * a full object model (ExcelJS `readFile`) takes far longer and expands every data-validation
 * range into one entry per cell.
 */

export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
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
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  readonly definedNames: ReadonlyMap<string, string>;
}

export interface ReadOptions {
  /** Called while a sheet is parsed: rows done so far and the sheet's row count (from its dimension). */
  readonly onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
  /** Rows between two progress calls. */
  readonly progressEvery?: number;
}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML entities and OOXML's `_x000D_` escapes, decoded. */
export function decodeXmlText(s: string): string {
  let out = s;
  if (out.includes("&")) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
      if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
      return ENTITY[e];
    });
  }
  if (out.includes("_x")) {
    out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return out;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  if (!m) return undefined;
  return decodeXmlText(m[1] ?? m[2] ?? "");
}

/** Text of a string item (`<si>` or `<is>`): its runs joined, phonetic runs (`<rPh>`) left out. */
function itemText(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out += decodeXmlText(m[1] ?? "");
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[1] ? itemText(m[1]) : "");
  return out;
}

/** `AB12` → { col: 28, row: 12 } (either part may be missing). */
export function decodeAddress(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
  if (!m) return { col: 0, row: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: m[2] ? Number(m[2]) : 0 };
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

function relationships(zip: ZipReader, part: string): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = zip.text(relsPath);
  const map = new Map<string, { target: string; type: string }>();
  if (!xml) return map;
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    const mode = attr(m[1], "TargetMode");
    if (id && target && mode !== "External") {
      map.set(id, { target: resolveTarget(part, target), type: attr(m[1], "Type") ?? "" });
    }
  }
  return map;
}

function readTable(zip: ZipReader, part: string): TableInfo | undefined {
  const xml = zip.text(part);
  if (!xml) return undefined;
  const m = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
  if (!m) return undefined;
  const ref = attr(m[1], "ref");
  const name = attr(m[1], "displayName") ?? attr(m[1], "name");
  if (!ref || !name) return undefined;
  const [a, b = a] = ref.split(":");
  const tl = decodeAddress(a);
  const br = decodeAddress(b);
  const headerRowCount = Number(attr(m[1], "headerRowCount") ?? "1");
  const totalsRowCount = Number(attr(m[1], "totalsRowCount") ?? "0");
  return { name, ref, top: tl.row, left: tl.col, bottom: br.row, right: br.col, headerRowCount, totalsRowCount };
}

function cellValue(type: string | undefined, inner: string, strings: readonly string[]): Cell {
  if (type === "inlineStr") {
    const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    return is ? itemText(is[1]) : "";
  }
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  if (!v) return null; // a formula never calculated, or a styled empty cell
  const raw = v[1];
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "str":
    case "e":
      return decodeXmlText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "d": {
      const serial = isoToSerial(raw.trim().slice(0, 10));
      return serial ?? decodeXmlText(raw);
    }
    default: {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? n : decodeXmlText(raw);
    }
  }
}

function parseSheet(xml: string, name: string, strings: readonly string[], options: ReadOptions): Cell[][] {
  const rows: Cell[][] = [];
  const start = xml.search(/<(\w+:)?sheetData\b/);
  if (start < 0) return rows;
  const dim = /<(?:\w+:)?dimension\b([^>]*)>/.exec(xml);
  const dimRef = dim ? attr(dim[1], "ref") : undefined;
  const rowsTotal = dimRef ? decodeAddress(dimRef.split(":").pop() ?? "").row || undefined : undefined;
  const every = options.progressEvery ?? 10_000;

  const re = /<(\w+:)?(row|c|\/sheetData)\b([^>]*?)(\/?)>/g;
  re.lastIndex = start;
  let rowNum = 0;
  let colNum = 0;
  let current: Cell[] = [];
  let seenRows = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const [, prefix = "", tag, attrs, selfClose] = m;
    if (tag === "/sheetData") break;
    if (tag === "row") {
      const r = attr(attrs, "r");
      rowNum = r ? Number(r) : rowNum + 1;
      colNum = 0;
      current = rows[rowNum - 1] ??= [];
      seenRows++;
      if (options.onProgress && seenRows % every === 0) options.onProgress(name, rowNum, rowsTotal);
      continue;
    }
    const ref = attr(attrs, "r");
    colNum = ref ? decodeAddress(ref).col || colNum + 1 : colNum + 1;
    if (selfClose) continue;
    const closeTag = `</${prefix}c>`;
    const end = xml.indexOf(closeTag, re.lastIndex);
    if (end < 0) break;
    const inner = xml.slice(re.lastIndex, end);
    re.lastIndex = end + closeTag.length;
    const value = cellValue(attr(attrs, "t"), inner, strings);
    if (value !== null && value !== "") {
      for (let i = current.length; i < colNum - 1; i++) current[i] = null;
      current[colNum - 1] = value;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  if (options.onProgress) options.onProgress(name, rowNum, rowsTotal ?? rowNum);
  return rows;
}

/** A worksheet's XML; a sheet too big for one string (over ~500 MB of XML) gets a clear error. */
function sheetXml(zip: ZipReader, part: string, name: string): string | undefined {
  const bytes = zip.read(part);
  if (!bytes) return undefined;
  try {
    return bytes.toString("utf8");
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === "ERR_STRING_TOO_LONG") {
      throw new UnreadableWorkbookError(
        `sheet "${name}" is too large to read (${Math.round(bytes.length / 1e6)} MB of XML): split it into several files`,
      );
    }
    throw err;
  }
}

/** Reads an .xlsx from memory. Throws UnreadableWorkbookError with a message a person can act on. */
export function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): WorkbookData {
  try {
    return readPackage(new ZipReader(buf), options);
  } catch (err) {
    if (err instanceof NotAZipError) throw new UnreadableWorkbookError(err.message);
    throw err;
  }
}

function readPackage(zip: ZipReader, options: ReadOptions): WorkbookData {
  // The package's main part is named by its root relationships (almost always xl/workbook.xml).
  const main = [...relationships(zip, "").values()].find((r) => /\/officeDocument$/.test(r.type));
  const workbookPart = main && zip.has(main.target) ? main.target : "xl/workbook.xml";
  const workbookXml = zip.text(workbookPart);
  if (!workbookXml) {
    const hint = zip.has("word/document.xml")
      ? " (it is a Word document)"
      : zip.has("content.xml")
        ? " (it is an OpenDocument file: save it as .xlsx first)"
        : "";
    throw new UnreadableWorkbookError(`this is not an .xlsx workbook${hint}: it has no xl/workbook.xml`);
  }
  const rels = relationships(zip, workbookPart);
  const stringsPart = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.target ?? "xl/sharedStrings.xml";
  const strings = sharedStrings(zip.text(stringsPart));

  const definedNames = new Map<string, string>();
  const dn = /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
  let m: RegExpExecArray | null;
  while ((m = dn.exec(workbookXml))) {
    const name = attr(m[1], "name");
    if (name) definedNames.set(name, decodeXmlText(m[2]));
  }

  const sheets: SheetData[] = [];
  const sheetRe = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  while ((m = sheetRe.exec(workbookXml))) {
    const name = attr(m[1], "name") ?? `Sheet${sheets.length + 1}`;
    const rid = attr(m[1], "r:id") ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const state = (attr(m[1], "state") ?? "visible") as SheetData["state"];
    const target = rid ? rels.get(rid) : undefined;
    if (!target || !/worksheet$/.test(target.type)) continue; // chart sheets, dialog sheets
    const xml = sheetXml(zip, target.target, name);
    if (xml === undefined) continue;
    const tables: TableInfo[] = [];
    for (const rel of relationships(zip, target.target).values()) {
      if (/\/table$/.test(rel.type)) {
        const t = readTable(zip, rel.target);
        if (t) tables.push(t);
      }
    }
    sheets.push({ name, state, cells: parseSheet(xml, name, strings, options), tables });
  }
  return { sheets, definedNames };
}

/** Reads an .xlsx file; a missing or unreadable file is an UnreadableWorkbookError. */
export function readWorkbookFile(file: string, options: ReadOptions = {}): WorkbookData {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new UnreadableWorkbookError(`${file} is a folder, not an .xlsx file`);
    buf = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableWorkbookError(`${file}: no such file`);
    if (code === "EACCES" || code === "EPERM") throw new UnreadableWorkbookError(`${file}: permission denied`);
    throw new UnreadableWorkbookError(`${file}: ${(err as Error).message}`);
  }
  return readWorkbookBuffer(buf, options);
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
