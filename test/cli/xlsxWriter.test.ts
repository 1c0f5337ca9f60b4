import ExcelJS from "exceljs";
import { isoToSerial } from "../../src/core/excelDate";
import { trackerXlsxBuffer, VALIDATED_ROWS } from "../../src/cli/xlsxWriter";
import { decodeAddress, readWorkbookBuffer, sliceCells } from "../../src/cli/xlsxReader";
import {
  HEADER_FILL,
  INVALID_FILL,
  LISTS,
  LISTS_SHEET,
  SAMPLE_DATA,
  SCHEMA_VERSION,
  SUMMARY_SHEET,
  TABLE_STYLE,
  TABS,
  TRACKER_MARKER,
  numberFormatOf,
} from "../../src/schema";
import {
  LIST_PLACEMENTS,
  calculatedFormula,
  summaryLayout,
  invalidEntryFormula,
  numberDisplayRules,
  validationOf,
} from "../../src/model";
import { partText, sheetPart } from "./helpers";

/** Unescapes the few entities ExcelJS writes in attribute and element text. */
const xmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

interface Validation {
  type: string;
  errorStyle?: string;
  prompt?: string;
  sqref: string;
  formula1: string;
  formula2?: string;
}

function validations(sheetXml: string): Validation[] {
  const out: Validation[] = [];
  const re = /<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sheetXml))) {
    const attrs = m[1];
    out.push({
      type: /type="([^"]+)"/.exec(attrs)?.[1] ?? "any",
      errorStyle: /errorStyle="([^"]+)"/.exec(attrs)?.[1],
      prompt: xmlText(/prompt="([^"]*)"/.exec(attrs)?.[1] ?? ""),
      sqref: /sqref="([^"]+)"/.exec(attrs)?.[1] ?? "",
      formula1: xmlText(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1] ?? ""),
      formula2: /<formula2>([\s\S]*?)<\/formula2>/.exec(m[2])?.[1],
    });
  }
  return out;
}

/** Every cell address an sqref covers, as "col:row" strings (only for columns, rows bounded). */
function cellsOf(sqref: string): { col: number; from: number; to: number }[] {
  return sqref.split(/\s+/).map((part) => {
    const [a, b = a] = part.split(":");
    const tl = decodeAddress(a);
    const br = decodeAddress(b);
    expect(tl.col).toBe(br.col); // one column per range
    return { col: tl.col, from: tl.row, to: br.row };
  });
}

describe("the .xlsx writer", () => {
  let sample: Buffer;
  let empty: Buffer;
  beforeAll(async () => {
    sample = await trackerXlsxBuffer({ data: SAMPLE_DATA });
    empty = await trackerXlsxBuffer();
  });

  it("writes one table per tab on its own sheet, with the schema's headers and the table style", async () => {
    for (const buf of [sample, empty]) {
      const wb = await readWorkbookBuffer(buf);
      expect(wb.sheets.map((s) => s.name)).toEqual([...TABS.map((t) => t.name), SUMMARY_SHEET, LISTS_SHEET]);
      for (const tab of TABS) {
        const sheet = wb.sheets.find((s) => s.name === tab.name);
        expect(sheet?.tables.map((t) => t.name)).toEqual([tab.table]);
        const table = sheet!.tables[0];
        expect(table.top).toBe(1);
        expect(table.right - table.left + 1).toBe(tab.columns.length);
        const rows = (buf === sample ? SAMPLE_DATA[tab.name].length : 1) + 1;
        expect(table.bottom).toBe(rows);
        expect(sheet!.cells[0]).toEqual(tab.columns.map((c) => c.name));
      }
      const tableXml = partText(buf, "xl/tables/table1.xml");
      expect(tableXml).toContain(`<tableStyleInfo name="${TABLE_STYLE}"`);
    }
  });

  it("writes the sample rows as values: dates as serial numbers with a date format, derived columns as formulas", async () => {
    const wb = await readWorkbookBuffer(sample);
    for (const tab of TABS) {
      const sheet = wb.sheets.find((s) => s.name === tab.name)!;
      const rows = SAMPLE_DATA[tab.name];
      const body = sliceCells(sheet.cells, 2, 1, rows.length + 1, tab.columns.length);
      rows.forEach((row, r) => {
        tab.columns.forEach((column, c) => {
          if (column.type === "derived") return; // formulas without a cached result until a recalculation
          const given = row[column.id];
          const expected =
            given === undefined || given === ""
              ? null
              : column.type === "date" && typeof given === "string"
                ? isoToSerial(given)
                : given;
          expect({ tab: tab.name, column: column.name, r, value: body[r][c] }).toEqual({
            tab: tab.name,
            column: column.name,
            r,
            value: expected,
          });
        });
      });
    }
  });

  it("makes derived columns calculated table columns, with a formula in every data row", () => {
    TABS.forEach((tab, i) => {
      const derived = tab.columns.filter((c) => c.type === "derived");
      const tableXml = xmlText(partText(sample, `xl/tables/table${i + 1}.xml`));
      const sheetXml = xmlText(sheetPart(sample, tab.name));
      for (const column of derived) {
        const fileForm = calculatedFormula(tab, column)!
          .replace(/^=/, "")
          .replace(/\[@\[([^\]]+)\]\]/g, `${tab.table}[[#This Row],[$1]]`);
        expect(tableXml).toContain(`name="${column.name}"`);
        expect(tableXml).toContain(`<calculatedColumnFormula>${fileForm}</calculatedColumnFormula>`);
        const letter = String.fromCharCode(65 + tab.columns.indexOf(column));
        for (let r = 2; r <= SAMPLE_DATA[tab.name].length + 1; r++) {
          const cell = new RegExp(`<c r="${letter}${r}"[^>]*><f>([^<]*)</f>`).exec(sheetXml);
          expect(cell?.[1]).toBe(fileForm);
        }
      }
    });
  });

  it("puts one data validation on each validated column's range, none overlapping, from the schema's lists", () => {
    for (const buf of [sample, empty]) {
      for (const tab of TABS) {
        const found = validations(sheetPart(buf, tab.name));
        const expected = tab.columns.filter((c) => validationOf(c));
        expect(found).toHaveLength(expected.length);
        const covered = new Map<number, { from: number; to: number }[]>();
        for (const v of found) {
          for (const range of cellsOf(v.sqref)) {
            const others = covered.get(range.col) ?? [];
            for (const o of others) expect(range.from > o.to || range.to < o.from).toBe(true);
            covered.set(range.col, [...others, range]);
          }
        }
        for (const column of expected) {
          const col = tab.columns.indexOf(column) + 1;
          const ranges = covered.get(col)?.map(({ from, to }) => ({ from, to }));
          expect({ column: column.name, ranges }).toEqual({
            column: column.name,
            ranges: [{ from: 2, to: VALIDATED_ROWS }],
          });
          const v = found.find((x) => cellsOf(x.sqref)[0].col === col)!;
          const spec = validationOf(column)!;
          expect(v.errorStyle).toBe("stop"); // as the add-in's builder: a wrong entry is refused
          expect(v.prompt).toBe(spec.prompt);
          if (spec.kind === "list") {
            expect(v.type).toBe("list");
            expect(`=${v.formula1}`).toBe(spec.source);
          } else if (spec.kind === "decimalMin") {
            expect(v.type).toBe("decimal");
            expect(Number(v.formula1)).toBe(spec.min);
          } else {
            expect(v.type).toBe("date");
            expect([Number(v.formula1), Number(v.formula2)]).toEqual([isoToSerial(spec.from), isoToSerial(spec.to)]);
          }
        }
      }
    }
  });

  it("highlights invalid entries with the schema's conditional-format formulas and fill", () => {
    const styles = partText(sample, "xl/styles.xml");
    expect(styles.toUpperCase()).toContain(INVALID_FILL.replace("#", "").toUpperCase());
    for (const tab of TABS) {
      const xml = xmlText(sheetPart(sample, tab.name));
      const rules = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">[\s\S]*?<formula>([\s\S]*?)<\/formula>/g)];
      const expected = tab.columns
        .map((c, i) => {
          const letter = String.fromCharCode(65 + i);
          const sqref = `${letter}2:${letter}${VALIDATED_ROWS}`;
          const f = invalidEntryFormula(c, `${letter}2`);
          // Then the number-display rules, a block of their own (the regex reads a block's first rule).
          const display = numberDisplayRules(c, `${letter}2`)[0];
          return [
            f ? { sqref, formula: f.replace(/^=/, "") } : undefined,
            display ? { sqref, formula: display.formula.replace(/^=/, "") } : undefined,
          ];
        })
        .flat()
        .filter((x) => x !== undefined);
      expect(rules.map((m) => ({ sqref: m[1], formula: m[2] }))).toEqual(expected);
    }
  });

  it("gives columns their number formats and widths", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sample as unknown as ArrayBuffer); // ExcelJS reads its calculated columns back
    const assets = wb.getWorksheet("Assets") as unknown as {
      tables: Record<string, { table: { columns: { name: string; calculatedColumnFormula?: string }[] } }>;
    };
    expect(Object.keys(assets.tables)).toEqual(["tblAssets"]);
    const assetsTab = TABS.find((t) => t.name === "Assets")!;
    expect(assets.tables.tblAssets.table.columns.map((c) => c.name)).toEqual(assetsTab.columns.map((c) => c.name));
    expect(assets.tables.tblAssets.table.columns.filter((c) => c.calculatedColumnFormula).map((c) => c.name)).toEqual(
      assetsTab.columns.filter((c) => c.type === "derived").map((c) => c.name),
    );
    for (const tab of TABS) {
      const ws = wb.getWorksheet(tab.name)!;
      tab.columns.forEach((column, i) => {
        expect(ws.getColumn(i + 1).width).toBe(column.width);
        const fmt = numberFormatOf(column);
        // "General" is the absence of a format: ExcelJS reads it back as none.
        if (fmt)
          expect({ column: column.name, fmt: ws.getCell(2, i + 1).numFmt ?? "General" }).toEqual({
            column: column.name,
            fmt,
          });
      });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const { font, fill } = ws.getRow(1).getCell(1).style; // ExcelJS, not Office.js: no load/sync
      expect(font?.bold).toBe(true);
      expect((fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${HEADER_FILL.slice(1).toUpperCase()}`);
    }
  });

  it("hides the Lists sheet, records the schema version and names every list", async () => {
    const wb = await readWorkbookBuffer(empty);
    const lists = wb.sheets.find((s) => s.name === LISTS_SHEET)!;
    expect(lists.state).toBe("hidden");
    expect(lists.cells[0].slice(0, 2)).toEqual([TRACKER_MARKER, SCHEMA_VERSION]);
    expect(wb.definedNames.size).toBe(LIST_PLACEMENTS.length);
    for (const p of LIST_PLACEMENTS) {
      expect(`=${wb.definedNames.get(p.rangeName)}`).toBe(p.refersTo);
      const [from, to] = p.valuesAddress.replace(/\$/g, "").split(":").map(decodeAddress);
      const values = sliceCells(lists.cells, from.row, from.col, to.row, to.col).map((r) => r[0]);
      expect(values).toEqual([...LISTS[p.id].values]);
    }
  });

  it("writes every Summary cell of the layout, with each formula as the add-in writes it", async () => {
    const xml = xmlText(sheetPart(sample, SUMMARY_SHEET));
    const layout = summaryLayout();
    let formulas = 0;
    layout.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (!cell?.formula) return;
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        const m = new RegExp(`<c r="${address}"[^>]*><f>([\\s\\S]*?)</f>`).exec(xml);
        // Native formulas only: no custom function anywhere on the Summary (SPEC rev 2).
        expect(cell.formula).not.toMatch(/PARTNERS\./);
        const expected = cell.formula.replace(/^=/, "");
        expect({ address, formula: m?.[1] }).toEqual({ address, formula: expected });
        formulas++;
      });
    });
    expect(formulas).toBeGreaterThan(100);
    const text = (await readWorkbookBuffer(sample)).sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    expect(text[0][0]).toBe(layout.rows[0][0]?.value);
  });

  it("caches the Summary figures it is given, and asks Excel to recalculate on load", async () => {
    const layout = summaryLayout();
    const figures: Record<string, number | string> = {};
    layout.rows.flat().forEach((cell, i) => {
      if (cell?.figure) figures[`${cell.figure.metric}|${cell.figure.key ?? ""}`] = i;
    });
    const buf = await trackerXlsxBuffer({ figures });
    const summary = (await readWorkbookBuffer(buf)).sheets.find((s) => s.name === SUMMARY_SHEET)!.cells;
    layout.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell?.figure) {
          expect(summary[r][c]).toBe(figures[`${cell.figure.metric}|${cell.figure.key ?? ""}`]);
        }
      }),
    );
    expect(partText(buf, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});
