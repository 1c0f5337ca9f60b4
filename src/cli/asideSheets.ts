import { isBlank, normalizeHeader, type Matrix } from "../core";
import type { SheetData } from "./xlsxReader";

/**
 * Sheets check passes over, and why: empty, hidden (and how to unhide it), a sheet of dropdown lists
 * or a data dictionary — said in the report's skipped list instead of checked as data.
 */
export function isEmptySheet(sheet: SheetData): boolean {
  return sheet.cells.every((row) => row.every((c) => c === null || c === undefined || c === ""));
}

/**
 * Why a hidden sheet is not checked. An empty one is "empty", unsaid as an empty visible sheet is (real: a
 * PDF converter's `Acerno_Cache_XXXXX`, very hidden, no cells, was told to "unhide it to check it"). A very
 * hidden sheet is not listed by Excel's Unhide dialog: Microsoft's XlSheetVisibility has xlSheetVeryHidden
 * hide it "so that the only way for you to make it visible again is by setting this property" (the user
 * cannot make it visible from Excel's menus; https://learn.microsoft.com/office/vba/api/excel.xlsheetvisibility,
 * and Excel.SheetVisibility.veryHidden in Office.js), so "unhide it" would be advice no one can follow.
 */
export function hiddenSheetReason(sheet: SheetData): string {
  if (sheet.tables.length === 0 && isEmptySheet(sheet)) return "empty";
  return sheet.state === "veryHidden"
    ? "a very hidden sheet, hidden by a program or macro (Excel's Unhide dialog does not list it): " +
        "to check it, set its Visible property to xlSheetVisible in the Visual Basic editor"
    : "a hidden sheet (lookups or calculations): unhide it to check it";
}

/** A sheet named for a workbook's dropdown lists (`Dropdowns`, `Picklists`, `Lookups`, `Valid values`). */
const DROPDOWN_SHEET =
  /^\s*(?:drop[-\s]?downs?(?:\s+(?:lists?|options|values))?|pick[-\s]?lists?|look[-\s]?ups?|valid\s+values)\s*$/i;
/** Words of a data dictionary's header row: a column's name, its type, its description. */
const DICTIONARY_NAME = new Set([
  "field",
  "fieldname",
  "variable",
  "variablename",
  "column",
  "columnname",
  "name",
  "attribute",
]);
const DICTIONARY_TYPE = new Set(["type", "datatype", "fieldtype", "format"]);
const DICTIONARY_WHAT = new Set(["description", "definition", "meaning", "content"]);
/** The most headers a data dictionary's header row has. */
const DICTIONARY_WIDTH = 8;

/**
 * Why a sheet is no data to check, when it describes the data instead: a sheet of dropdown lists, or a
 * data dictionary (a name, a type and a description a row, on its first filled row). Helpers' rounds,
 * real: Ohio's ARPA workbook, its Dropdowns sheet 54 "Subrecipient is empty" — the file's only
 * findings; the Covenant of Mayors' METADATA sheet checked as a second Partners block.
 */
export function asideSheet(sheet: { readonly name: string; readonly cells: Matrix }): string | undefined {
  if (DROPDOWN_SHEET.test(sheet.name)) return "a sheet of dropdown lists, not data";
  const first = sheet.cells.find((row) => Array.isArray(row) && row.some((c) => !isBlank(c)));
  if (!first) return undefined;
  const cells = first.filter((c): c is string => typeof c === "string");
  // A dictionary is narrow; a catalogue of datasets with a Name, a Type and a Description among 30
  // columns is a table of its own (the council's open-data catalogue).
  if (cells.length > DICTIONARY_WIDTH) return undefined;
  const words = new Set(cells.map(normalizeHeader));
  const has = (set: ReadonlySet<string>) => [...words].some((w) => set.has(w));
  return has(DICTIONARY_NAME) && has(DICTIONARY_TYPE) && has(DICTIONARY_WHAT)
    ? "a data dictionary (a column's name, type and description a row), not data"
    : undefined;
}
