/**
 * One tracker, two writers: the add-in builds it in Excel (here the Excel fake) through Office.js,
 * `partnership-tracker new` writes it as an .xlsx file through ExcelJS. Both write the workbook
 * model, so read back — the fake's workbook as Excel holds it, the file as ExcelJS reads it — they
 * must be the same tracker cell for cell. Each side is read into one plain shape (`Seen`) and the
 * two compared whole, so a difference names its sheet and cell.
 *
 * Where the two cannot be alike, by design, the comparison says so and looks only where they meet:
 * - the file's validation and highlights reach row 5,000 (for tools that do not grow tables); the
 *   add-in's cover the table body and grow with it — compared on every data cell;
 * - the file has no chart (ExcelJS cannot write one) — the add-in's is tested in builder.test.ts;
 * - the file gives a column's number format to its header cell too (ExcelJS column styles) —
 *   formats are compared on data and Summary cells, where they change what a user sees.
 */
import ExcelJS from "exceljs";
import { trackerXlsxBuffer } from "../../src/cli/xlsxWriter";
import { isoToSerial } from "../../src/core/excelDate";
import { widthPoints } from "../../src/excel/context";
import { CURRENT_SCHEMA } from "../../src/excel/plan";
import { ASSETS, PARTNERS, SAMPLE_DATA, SUMMARY_SHEET, TABS } from "../../src/schema";
import { summaryLayout } from "../../src/model";
import {
  colToLetters,
  contains,
  parseLocal,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookInspector,
  type Rect,
} from "../fakes/excel";
import { setup } from "../excel/helpers";

type Content = { value: FakeCell } | { formula: string };
interface Look {
  bold?: true;
  fill?: string;
  fontColor?: string;
}
interface SeenSheet {
  name: string;
  hidden: boolean;
  frozenRows: number;
  cells: Record<string, Content>;
  /** A1 → number format, on the cells `formatCells` lists. */
  formats: Record<string, string>;
  validations: Record<string, unknown>;
  highlights: Record<string, unknown[]>;
  looks: Record<string, Look>;
  widths: Record<string, number>;
}
interface Seen {
  sheets: SeenSheet[];
  tables: { name: string; sheet: string; address: string; style: string; headers: string[] }[];
  names: Record<string, string>;
}

/**
 * ExcelJS hands a number in a date format back as a Date (at UTC midnight); the file holds the
 * serial number, as Excel's cell does.
 */
const fileSerial = (d: Date) => isoToSerial(d.toISOString().slice(0, 10)) as number;
const a1 = (row: number, col: number) => `${colToLetters(col)}${row + 1}`;
const hex = (argb: string | undefined) => (argb ? `#${argb.slice(2).toUpperCase()}` : undefined);
/** Office.js writes `[@[Column]]`; a file holds `tblX[[#This Row],[Column]]` (ECMA-376 structured references). */
const fileForm = (formula: string, table: string | undefined) =>
  table ? formula.replace(/\[@\[([^\]]+)\]\]/g, `${table}[[#This Row],[$1]]`) : formula;

/** The cells whose format, validation and highlights are compared: data rows of tables, and the Summary. */
function checkedCells(fromExcel: FakeWorkbookInspector): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const t of fromExcel.state.tables) {
    const sheet = fromExcel.tableSheet(t).name;
    out.set(sheet, [{ ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 }]);
  }
  const summary = summaryLayout();
  out.set(SUMMARY_SHEET, [{ row: 0, col: 0, rows: summary.rows.length, cols: summary.columnWidths.length }]);
  return out;
}

function eachCell(rects: readonly Rect[], f: (row: number, col: number) => void): void {
  for (const r of rects) for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(r.row + i, r.col + j);
}

function fromFake(wb: FakeWorkbookInspector, checked: Map<string, Rect[]>): Seen {
  const sheets = wb.state.sheets
    .filter((s) => s.name !== "Sheet1") // the workbook's own sheet, which the add-in leaves alone
    .map((s: FakeSheet): SeenSheet => {
      const table = wb.state.tables.find((t) => t.sheetId === s.id)?.name;
      const seen = emptySheet(s.name, s.visibility !== "Visible", s.frozenRows);
      s.rows.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (v !== null && v !== undefined && v !== "") seen.cells[a1(r, c)] = { value: v };
        }),
      );
      for (const [k, f] of s.formulas) {
        const [r, c] = k.split(",").map(Number);
        seen.cells[a1(r, c)] = { formula: fileForm(f, table).replace(/^=/, "") };
      }
      eachCell(checked.get(s.name) ?? [], (r, c) => {
        const at = a1(r, c);
        seen.formats[at] = wb.numberFormat(s.name, at);
        const dv = wb.validationAt(s.name, at);
        if (dv) seen.validations[at] = fakeValidation(dv.rule, dv.prompt, dv.errorAlert);
        seen.highlights[at] = wb.conditionalFormatsAt(s.name, at).map((cf) => ({
          formula: cf.formula,
          fill: cf.fill,
          fontColor: cf.fontColor,
          numberFormat: cf.numberFormat,
        }));
      });
      const looks = new Set([...s.fills.keys(), ...s.fontColors.keys(), ...s.bold]);
      for (const k of looks) {
        const [r, c] = k.split(",").map(Number);
        seen.looks[a1(r, c)] = clean({
          bold: s.bold.has(k) || undefined,
          fill: s.fills.get(k)?.toUpperCase(),
          fontColor: s.fontColors.get(k)?.toUpperCase(),
        });
      }
      for (const [c, points] of s.columnWidths) seen.widths[colToLetters(c)] = points;
      return seen;
    });
  return {
    sheets,
    tables: wb.state.tables.map((t) => ({
      name: t.name,
      sheet: wb.tableSheet(t).name,
      address: `${a1(t.rect.row, t.rect.col)}:${a1(t.rect.row + t.rect.rows - 1, t.rect.col + t.rect.cols - 1)}`,
      style: t.style,
      headers: wb.tableHeaders(t.name),
    })),
    names: Object.fromEntries(wb.state.names.map((n) => [n.name, n.formula])),
  };
}

function fakeValidation(rule: Record<string, unknown>, prompt: unknown, alert: unknown): unknown {
  const r = rule as {
    list?: { source: string };
    decimal?: { formula1: number; operator: string };
    date?: { formula1: string; formula2: string; operator: string };
  };
  const p = prompt as { title: string; message: string };
  const e = alert as { style: string; title: string; message: string };
  return {
    rule: r.list
      ? { list: r.list.source.replace(/^=/, "") }
      : r.decimal
        ? { atLeast: r.decimal.formula1 }
        : { dateFrom: r.date?.formula1, dateTo: r.date?.formula2 },
    prompt: [p.title, p.message],
    stop: e.style === "Stop",
    error: [e.title, e.message],
  };
}

function fileValidation(v: ExcelJS.DataValidation): unknown {
  const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);
  return {
    rule:
      v.type === "list"
        ? { list: v.formulae[0] }
        : v.type === "decimal" && v.operator === "greaterThanOrEqual"
          ? { atLeast: v.formulae[0] }
          : { dateFrom: iso(v.formulae[0]), dateTo: iso(v.formulae[1]) },
    prompt: [v.promptTitle, v.prompt],
    stop: v.errorStyle === "stop",
    error: [v.errorTitle, v.error],
  };
}

async function fromFile(buffer: Buffer, checked: Map<string, Rect[]>): Promise<Seen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const tables: Seen["tables"] = [];
  const sheets = wb.worksheets.map((ws): SeenSheet => {
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    const seen = emptySheet(ws.name, ws.state !== "visible", view?.state === "frozen" ? (view.ySplit ?? 0) : 0);
    const own = (ws as unknown as { tables: Record<string, { table: FileTable }> }).tables;
    for (const { table } of Object.values(own)) {
      tables.push({
        name: table.name,
        sheet: ws.name,
        address: table.tableRef,
        style: table.style.theme,
        headers: table.columns.map((c) => c.name),
      });
    }
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.formula) seen.cells[cell.address] = { formula: cell.formula };
        else if (cell.value instanceof Date) seen.cells[cell.address] = { value: fileSerial(cell.value) };
        else if (cell.value !== null && cell.value !== undefined)
          seen.cells[cell.address] = { value: cell.value as FakeCell };
        const look = clean({
          bold: cell.font?.bold || undefined,
          fill: hex((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
          fontColor: hex(cell.font?.color?.argb),
        });
        if (Object.keys(look).length > 0) seen.looks[cell.address] = look;
      }),
    );
    const validations = (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } })
      .dataValidations;
    eachCell(checked.get(ws.name) ?? [], (r, c) => {
      const at = a1(r, c);
      seen.formats[at] = ws.getCell(at).numFmt ?? "General";
      const dv = validations.find(at);
      if (dv) seen.validations[at] = fileValidation(dv);
      const cell = parseLocal(at) as Rect;
      seen.highlights[at] = (
        ws as unknown as { conditionalFormattings: FileConditionalFormat[] }
      ).conditionalFormattings
        .filter((cf) => contains(parseLocal(cf.ref) as Rect, cell))
        .flatMap((cf) => cf.rules)
        .map((rule) => {
          const style = rule.style;
          return {
            formula: `=${rule.formulae[0]}`,
            fill: hex(style?.fill?.bgColor?.argb),
            fontColor: hex(style?.font?.color?.argb),
            numberFormat: style?.numFmt?.formatCode,
          };
        });
    });
    ws.columns?.forEach((col, i) => {
      if (col.width !== undefined) seen.widths[colToLetters(i)] = widthPoints(col.width);
    });
    return seen;
  });
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return { sheets, tables, names: Object.fromEntries(names.map((n) => [n.name, `=${n.ranges[0]}`])) };
}

interface FileTable {
  name: string;
  tableRef: string;
  style: { theme: string };
  columns: { name: string }[];
}
interface FileConditionalFormat {
  ref: string;
  rules: { formulae: string[]; style?: FileRuleStyle }[];
}
interface FileRuleStyle {
  fill?: { bgColor?: { argb?: string } };
  font?: { color?: { argb?: string } };
  numFmt?: { formatCode?: string };
}

function emptySheet(name: string, hidden: boolean, frozenRows: number): SeenSheet {
  return { name, hidden, frozenRows, cells: {}, formats: {}, validations: {}, highlights: {}, looks: {}, widths: {} };
}

/** Drops undefined members, so `{ fill: undefined }` equals `{}`. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The sample, with text that Excel would read as something else if it were typed into a General
 * cell: a number with leading zeros, a date, a fraction. Both trackers must hold it as the text it is.
 */
const TEXT_THAT_LOOKS_LIKE_VALUES = {
  ...SAMPLE_DATA,
  Partners: SAMPLE_DATA.Partners.map((row, i) =>
    i === 0 ? { ...row, [PARTNERS.col.partner.id]: "0012", [PARTNERS.col.notes.id]: "3/1/24" } : row,
  ),
  Assets: SAMPLE_DATA.Assets.map((row, i) => (i === 0 ? { ...row, [ASSETS.col.unit.id]: "1/2" } : row)),
};

describe.each([
  ["an empty tracker", undefined],
  ["the sample", SAMPLE_DATA],
  ["text that looks like numbers and dates", TEXT_THAT_LOOKS_LIKE_VALUES],
] as const)("%s, built in Excel and written as a file", (_, data) => {
  let excel: Seen;
  let file: Seen;
  beforeAll(async () => {
    const f = setup();
    await f.build(data ? { sample: true, schema: { ...CURRENT_SCHEMA, sample: data } } : {});
    const checked = checkedCells(f.workbook);
    excel = fromFake(f.workbook, checked);
    file = await fromFile(await trackerXlsxBuffer(data ? { data } : {}), checked);
  });
  const sheet = (seen: Seen, name: string) => seen.sheets.find((s) => s.name === name) as SeenSheet;
  const part = <K extends keyof SeenSheet>(seen: Seen, k: K) =>
    Object.fromEntries(seen.sheets.map((s) => [s.name, s[k]]));

  test("the same sheets in the same order, hidden and frozen alike", () => {
    const outline = (seen: Seen) => seen.sheets.map(({ name, hidden, frozenRows }) => ({ name, hidden, frozenRows }));
    expect(outline(excel)).toEqual(outline(file));
    expect(excel.sheets.length).toBe(TABS.length + 2);
  });

  test("the same tables (name, sheet, place, style, header row) and the same list names", () => {
    expect(excel.tables).toEqual(file.tables);
    expect(excel.names).toEqual(file.names);
  });

  test("every cell holds the same value or formula", () => {
    for (const s of excel.sheets)
      expect({ sheet: s.name, cells: s.cells }).toEqual({ sheet: s.name, cells: sheet(file, s.name).cells });
    // Not two empty workbooks: the Summary alone holds hundreds of formulas.
    expect(Object.values(sheet(excel, "Summary").cells).filter((c) => "formula" in c).length).toBeGreaterThan(100);
  });

  test("data cells have the same number formats, validation and highlight rules", () => {
    expect(part(excel, "formats")).toEqual(part(file, "formats"));
    expect(part(excel, "validations")).toEqual(part(file, "validations"));
    expect(part(excel, "highlights")).toEqual(part(file, "highlights"));
    expect(Object.keys(sheet(excel, "Partners").validations).length).toBeGreaterThan(0);
    expect(new Set(Object.values(sheet(excel, SUMMARY_SHEET).formats)).size).toBeGreaterThan(3);
  });

  test("the same column widths, fills, fonts and bold", () => {
    expect(part(excel, "widths")).toEqual(part(file, "widths"));
    expect(part(excel, "looks")).toEqual(part(file, "looks"));
  });
});
