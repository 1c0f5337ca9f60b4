import ExcelJS from "exceljs";
import {
  IGNORED_COLUMN,
  mapHeaders,
  mappingFromPairs,
  readBesideMapping,
  validateRange,
  type Cell,
} from "../../src/core";
import { checkWorkbook } from "../../src/cli/check";
import { readWorkbookBuffer } from "../../src/cli/xlsxReader";
import { readSheetValues } from "../../src/excel/reader";
import {
  blockForKeptMapping,
  blockLabel,
  blocksSideBySide,
  editorHeaders,
  editorMapping,
  formulaStart,
  fromRowOne,
  handRow,
  keptForTable,
  keptPlace,
  keptPlaceRow,
  keptRowOf,
  keptTables,
  overridesFromPairs,
  editorSamples,
  sampleValue,
  pairsOf,
  readBesideLabels,
  unaskedMapping,
  validateFormula,
  validateInPlace,
} from "../../src/taskpane/views/mappingModel";
import { checkArguments, validate } from "../../src/functions/functions";
import type { HeaderMapping } from "../../src/core/types";
import type { SheetBlock } from "../../src/taskpane/backend";
import { createFakeExcel } from "../fakes/excel";

/** The pane's "Use an existing sheet" cuts a sheet into its blocks side by side, as VALIDATE reads it. */
const sheetAt = (values: (string | number | null)[][], firstColumn = 1): SheetBlock => ({
  sheet: "Grants",
  values,
  firstRow: 4,
  firstColumn,
});

describe("blocks side by side in the pane", () => {
  const twoBlocks = [
    ["Partner", "Committed", null, "Grantee", "Sector", "Committed"],
    ["City Food Bank", 1000, null, "Harbor Trust", "Philanthropy", 2000],
  ];

  it("cuts a sheet at its empty column, each block placed where it is on the worksheet", () => {
    // The used range starts in column C: the right block starts in F.
    const parts = blocksSideBySide(sheetAt(twoBlocks, 3));
    expect(parts.map((p) => [p.firstRow, p.firstColumn, p.values[1]])).toEqual([
      [4, 3, ["City Food Bank", 1000]],
      [4, 6, ["Harbor Trust", "Philanthropy", 2000]],
    ]);
    expect(parts.map(blockLabel)).toEqual(["C–D: Partner, Committed", "F–H: Grantee, Sector, Committed"]);
  });

  it("validates a block as one table of its sheet: copies most of its rows are most of the table", () => {
    // As `check` says it of blocks side by side (a reviewer's repro: "most of the sheet" of one of two).
    const copy = ["Ghana", 100, "2023-09-20"];
    const rows = [["Partner", "Committed", "Start date"], copy, copy, copy, copy, ["Kenya", 50, "2022-01-10"]];
    const values = rows.map((r, i) => [...r, null, ...(i === 0 ? ["Grantee", "Committed"] : [`Org ${i}`, i * 10])]);
    const parts = blocksSideBySide(sheetAt(values));
    expect(parts.map((p) => p.ofTable)).toEqual([true, true]);
    const said = validateRange(parts[0].values, null, { ofTable: parts[0].ofTable }).issues.map((i) => i.message);
    expect(said).toContainEqual(expect.stringContaining("in every column — most of the table (3 of the 5 rows"));
    expect(blocksSideBySide(sheetAt(rows))[0].ofTable).toBeUndefined();
  });

  it("opens a kept mapping on the block whose headers it names", () => {
    const parts = blocksSideBySide(sheetAt(twoBlocks));
    expect(
      blockForKeptMapping(parts, [
        ["grantee ", "Partner"],
        ["Sector", "Sector"],
      ]),
    ).toBe(parts[1]);
    expect(blockForKeptMapping(parts, [["Nothing here", "Partner"]])).toBe(parts[0]);
  });

  it("leaves one block, and a sheet nothing on it is recognised yet, whole", () => {
    const one = sheetAt([["Partner", "Committed", "Sector"]]);
    expect(blocksSideBySide(one)).toEqual([one]);
    const unknown = sheetAt([["Who", "How much", null, "When"]]);
    expect(blocksSideBySide(unknown)).toEqual([unknown]);
  });
});

describe("a sheet used from below row 1", () => {
  it("is read as from row 1, so the rows messages name are the worksheet's", () => {
    const sheet = {
      ...sheetAt(
        [
          ["Partner", "Committed"],
          ["A", 1],
          ["A", 2],
        ],
        2,
      ),
      tableTotalsRows: [2],
    };
    const read = fromRowOne(sheet); // used range B4:C6
    expect(read.firstRow).toBe(1);
    expect(read.firstColumn).toBe(2);
    expect(read.values.slice(0, 4)).toEqual([[], [], [], ["Partner", "Committed"]]);
    expect(read.tableTotalsRows).toEqual([5]);
    const [issue] = validateRange(read.values, "Partners").issues.filter((i) => i.rule.startsWith("repeated"));
    expect(issue.message).toMatch(/is on 2 rows \(5, 6\)/); // the worksheet's rows 5 and 6
  });
});

describe("a kept mapping of a sheet whose figures have no header (beside a column of £ marks)", () => {
  it("names only headers the sheet has, and read back it still finds the figures", () => {
    const grants = [
      ["Beneficiary", "Sector", "Amount", null],
      ["Friends of Hill Hook", "charity", "£", "3,000.00"],
      ["Carers United", "Nonprofit", "£", 500],
    ];
    const guessed = mapHeaders(grants);
    expect(guessed.columns.map((c) => c.header)).toEqual(["Beneficiary", "Sector", "Amount (beside £)"]);
    const pairs = pairsOf(guessed, grants);
    expect(pairs).toEqual([
      ["Beneficiary", "Partner"],
      ["Sector", "Sector"],
    ]);
    // As the VALIDATE formula reads the kept range: no "no such header" error, the figures still Committed.
    const kept = mappingFromPairs(grants, "Partners", pairs);
    expect(kept.columns.map((c) => [c.name, c.index])).toEqual([
      ["Partner", 0],
      ["Sector", 1],
      ["Committed", 3],
    ]);
  });
});

describe("a kept mapping of a sheet that heads two columns alike", () => {
  it("names the mapped one by its place, and reads it back to that column", () => {
    const fleet = [
      ["Department", "Department", "Equipment Class"],
      ["Parks and", "Recreation", "Van"],
    ];
    const mapped = mappingFromPairs(fleet, "Assets", [
      ["Equipment Class", "Asset"],
      ["Department (1)", "Held by"],
    ]);
    const pairs = pairsOf(mapped, fleet);
    expect(pairs).toEqual([
      ["Department (1)", "Held by"],
      ["Equipment Class", "Asset"],
    ]);
    // As the VALIDATE formula reads the kept range, and as the editor opens it again.
    expect(mappingFromPairs(fleet, "Assets", pairs).columns.map((c) => [c.name, c.index])).toEqual(
      mapped.columns.map((c) => [c.name, c.index]),
    );
    expect(overridesFromPairs(fleet, "Assets", pairs).overrides).toEqual({ 0: "heldBy", 1: null, 2: "asset" });
  });
});

describe("columns the mapping leaves out that the check reads", () => {
  it("are offered as what the check reads there (the amounts' currency, a person's name), not as ignored", () => {
    // Before, the editor said "(ignore)" of a donor list's first_name, last_name and currency columns
    // while the check read the partner and the currency from them (check's Columns line said so).
    const values = [
      ["company_name", "first_name", "last_name", "donor_type", "amount", "currency", "notes"],
      ["Harbor Trust", "", "", "Organization", 5000, "EUR", ""],
      ["", "Ann", "Example", "Individual", 250, "EUR", "thank you card"],
      ["", "Bo", "Sample", "Individual", 100, "EUR", ""],
    ];
    const mapping = mapHeaders(values, "Partners");
    const labels = readBesideLabels(values, mapping);
    const byHeader = Object.fromEntries([...labels].map(([i, label]) => [values[0][i], label]));
    expect(byHeader).toEqual({
      first_name: "(Partner if no company_name)",
      last_name: "(Partner if no company_name)",
      currency: "(the amounts' currency)",
    });
  });

  it("can be left out on purpose: not read beside the mapping, kept so, and still offered as read", () => {
    // A reviewer's repro: the label took the place of "(ignore)", and the user could not switch it off.
    const values = [
      ["company_name", "first_name", "last_name", "donor_type", "amount", "currency"],
      ["Harbor Trust", "", "", "Organization", 5000, "EUR"],
      ["", "Ann", "Example", "Individual", 250, "EUR"],
    ];
    const mapping = mapHeaders(values, "Partners", { 5: IGNORED_COLUMN });
    expect(mapping.ignored).toEqual([5]);
    expect(validateRange(values, "Partners", { mapping }).currencyColumn).toBe(-1);
    // Still labelled as what the check would read there: the user can choose that again.
    expect(readBesideLabels(values, mapping).get(5)).toBe("(the amounts' currency)");
    // Kept in the workbook as `currency | Ignore`, which the formula and the next reading honour.
    const pairs = pairsOf(mapping, values);
    expect(pairs).toEqual([
      ["company_name", "Partner"],
      ["amount", "Committed"],
      ["currency", "Ignore"],
    ]);
    expect(mappingFromPairs(values, "Partners", pairs).ignored).toEqual([5]);
    expect(overridesFromPairs(values, "Partners", pairs).overrides).toMatchObject({ 1: null, 5: IGNORED_COLUMN });
    // The person's name too: its rows then lack a partner, as the user asked. Its other half, no longer
    // read, is no longer labelled as read; the half left out is, to be chosen again.
    const people = mapHeaders(values, "Partners", { 1: IGNORED_COLUMN });
    expect([...readBesideLabels(values, people)]).toEqual([
      [5, "(the amounts' currency)"],
      [1, "(Partner if no company_name)"],
    ]);
    const issues = validateRange(values, "Partners", { mapping: people }).issues;
    expect(issues.map((i) => [i.rule, i.row])).toContainEqual(["required.partner", 3]);
    // A column merely unmapped (null) is still read beside.
    expect(
      validateRange(values, "Partners", { mapping: mapHeaders(values, "Partners", { 5: null }) }).currencyColumn,
    ).toBe(5);
  });

  it("labels a name's other half as read with the key, and left out on purpose it is not read", () => {
    // A reviewer's repro: first_name beside `last_name → Partner` said "(ignore)" while the check read it
    // with the last name, and the user could not switch that off.
    const values = [
      ["first_name", "last_name", "Amount", "Gift date"],
      ["Colline", "Ryves", 100, "2024-01-01"],
      ["Ann", "Lee", 50, "2024-03-01"],
    ];
    const overrides = { 1: "partner", 2: "committed" };
    const mapping = mapHeaders(values, "Partners", overrides);
    expect([...readBesideLabels(values, mapping)]).toEqual([[0, "(Partner, with last_name)"]]);
    // Left out on purpose: still labelled, to be chosen again, and kept as `first_name | Ignore`.
    const ignored = mapHeaders(values, "Partners", { ...overrides, 0: IGNORED_COLUMN });
    expect(ignored.ignored).toEqual([0]);
    expect([...readBesideLabels(values, ignored)]).toEqual([[0, "(Partner, with last_name)"]]);
    expect(pairsOf(ignored, values)).toContainEqual(["first_name", "Ignore"]);
    expect(readBesideMapping(values, ignored).nameParts).toBeUndefined();
    expect(readBesideMapping(values, mapping).nameParts).toEqual({ key: 1, with: [0] });
  });

  it("keeps a guessed column the user set to (ignore) as `header | Ignore`, so the formula offered leaves it out too", () => {
    // A helper's round (three doors): the pane left a free-text Sector out; the kept mapping said nothing
    // of it, and =PARTNERS.VALIDATE(range, "Partners", mapping), matching unnamed headers as usual,
    // gave its list error again.
    const values = [
      ["Partner", "Committed", "Sector"],
      ["Harbor Trust", 5000, "Banking stuff"],
    ];
    const edited = mapHeaders(values, "Partners", { 2: null });
    const pairs = pairsOf(edited, values, unaskedMapping(values, "Partners"));
    expect(pairs).toEqual([
      ["Partner", "Partner"],
      ["Committed", "Committed"],
      ["Sector", "Ignore"],
    ]);
    const rules = (mapping: string[][]) =>
      validate(values, "Partners", mapping)
        .slice(1)
        .map((r) => r[4]);
    expect(rules(pairs)).not.toContain("list.sector");
    // Read back by the pane, the same columns: Sector left out.
    const { overrides } = overridesFromPairs(values, "Partners", pairs);
    expect(mapHeaders(values, "Partners", overrides).columns.map((c) => c.header)).toEqual(["Partner", "Committed"]);
    // Without the pane's correction, the guess's column is kept as guessed (no Ignore), and the unknown
    // `Ward` beside it is not listed (a column the guess leaves out stays matched as usual).
    const wards = values.map((row, i) => [...row, i === 0 ? "Ward" : "North"]);
    expect(pairsOf(mapHeaders(wards, "Partners"), wards, unaskedMapping(wards, "Partners"))).toEqual([
      ["Partner", "Partner"],
      ["Committed", "Committed"],
      ["Sector", "Sector"],
    ]);
  });

  it("says nothing of a sheet whose left-out columns the check does not read", () => {
    const values = [
      ["Partner", "Committed", "Ward"],
      ["Harbor Trust", 5000, "North"],
    ];
    expect(readBesideLabels(values, mapHeaders(values, "Partners")).size).toBe(0);
  });
});

describe("Validate in place on a sheet holding an Excel table with its totals row on", () => {
  // `Pledges!A3:C7`: a table's header, three pledges and its totals row (Table Design › Total Row).
  const rows: (string | number)[][] = [
    ["Organization", "Pledge ($)", "Partnership status"],
    ["Harbor Trust", 5000, "Active"],
    ["City Food Bank", 2500, "Prospect"],
    ["Riverside Works", 1500, "Active"],
  ];

  it("leaves the totals row out unsaid, as check reads the table, where it said 'looks like a Total row'", async () => {
    const fake = createFakeExcel({ sheets: ["Pledges"] });
    fake.workbook.seedSheet("Pledges", [["Pledges 2025"], [], ...rows, ["Total", 9000, null]]);
    fake.workbook.seedTable("Pledges", "tblPledges", "A3:C7", { showTotals: true });
    const read = await fake.Excel.run((ctx) => readSheetValues(ctx, "Pledges"));
    const sheet = fromRowOne({ sheet: "Pledges", ...read });
    const { result } = validateInPlace(sheet, editorMapping(sheet, null, {}));

    // The same table in a file, checked by the command line.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pledges");
    ws.getCell("A1").value = "Pledges 2025";
    ws.addTable({
      name: "tblPledges",
      ref: "A3",
      totalsRow: true,
      columns: [
        { name: "Organization", totalsRowLabel: "Total" },
        { name: "Pledge ($)", totalsRowFunction: "sum", totalsRowResult: 9000 } as ExcelJS.TableColumnProperties,
        { name: "Partnership status" },
      ],
      rows: rows.slice(1),
    });
    const cli = checkWorkbook(await readWorkbookBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)));

    expect(result.rowsChecked).toBe(3);
    expect(result.issues.map((i) => i.rule)).toEqual(cli.issues.map((i) => i.rule));
    expect(result.issues.map((i) => i.rule)).not.toContain("leftOut.total");
  });
});

describe("a header row the user chooses in the editor (Headers on row N)", () => {
  type Row = (string | number | null)[];
  const block = (values: Row[]): SheetBlock => ({ sheet: "Programs", values, firstRow: 1, firstColumn: 1 });
  const listed = (m: HeaderMapping) =>
    [...m.columns, ...m.unknown].sort((a, b) => a.index - b.index).map((c) => c.header);
  /** The user maps each of the listed headers, as the editor's "Tracker column" choices. */
  const mapped = { 0: "partner", 1: "committed", 2: "received" };

  // A comptroller's table under its title, and a list of other grants under it (a sheet of two tables).
  const programs: Row[] = [
    ["Table 7: Programs by department"],
    [],
    ["Programs Within Department", "Revenue", "Expenditures"],
    ["Parks", 100, 90],
    ["Libraries", 50, 40],
    [],
    ["Grantee", "Amount"],
    ["Harbor Trust", 2000],
  ];

  it("offers, where nothing is recognised, the row the status quotes to map — not the title above it", () => {
    const values: Row[] = programs.slice(0, 5);
    const said = (() => {
      try {
        return mapHeaders(values);
      } catch (err) {
        return err as Error;
      }
    })();
    expect((said as Error).message).toMatch(/^No Partners header row: row 3 has Programs Within Department, Revenue/);
    // The tab chosen there, the editor lists row 3's headers to map (it listed the title's one cell, row 1).
    const row = handRow(values, said);
    expect(row).toBe(2);
    expect(listed(editorMapping(block(values), "Partners", {}, row))).toEqual([
      "Programs Within Department",
      "Revenue",
      "Expenditures",
    ]);
    // A list without headers is still mapped from its first row (the row the status quotes holds data).
    const bare: Row[] = [
      ["Harbor Bank", 25000, "2024-01-05"],
      ["City Food Bank", 1200, "2024-02-11"],
    ];
    expect(
      handRow(
        bare,
        (() => {
          try {
            mapHeaders(bare);
          } catch (err) {
            return err;
          }
        })(),
      ),
    ).toBe(0);
  });

  it("reads the row chosen as the header row — not the title above it, nor a table under it that names more", () => {
    const sheet = block(programs);
    // Found unasked: the grants list under the table, whose headers name tracker columns.
    expect(editorMapping(sheet, "Partners", {}).headerRow).toBe(6);
    // The user says row 3: its headers are listed to map (before, the list under it was read again).
    const chosen = editorMapping(sheet, "Partners", {}, 2);
    expect(chosen.headerRow).toBe(2);
    expect(listed(chosen)).toEqual(["Programs Within Department", "Revenue", "Expenditures"]);
    const m = editorMapping(sheet, "Partners", mapped, 2);
    expect(m.columns.map((c) => [c.header, c.name])).toEqual([
      ["Programs Within Department", "Partner"],
      ["Revenue", "Committed"],
      ["Expenditures", "Received"],
    ]);
    // Checked in place, the rows under the chosen headers — as VALIDATE and `--map` find them.
    const pairs = pairsOf(m, programs, unaskedMapping(programs, "Partners", m.headerRow));
    expect(mappingFromPairs(programs, "Partners", pairs).headerRow).toBe(2);
    const inPlace = validateInPlace(sheet, m).result;
    const formula = validateFormula(sheet, "Partners", "M", formulaStart(sheet, m, pairs));
    const byFormula = checkArguments(programs, "Partners", pairs);
    expect(formula).toBe('=PARTNERS.VALIDATE(Programs!A1:C8, "Partners", M)');
    expect(inPlace.rowsChecked).toBe(byFormula.rowsChecked);
    expect(inPlace.issues.map((i) => [i.row, i.rule])).toEqual(byFormula.issues.map((i) => [i.row, i.rule]));
  });

  it("is kept with its mapping and found again from the kept headers next time", () => {
    const sheet = block(programs);
    const m = editorMapping(sheet, "Partners", mapped, 2);
    const kept = overridesFromPairs(
      programs,
      "Partners",
      pairsOf(m, programs, unaskedMapping(programs, "Partners", m.headerRow)),
    );
    expect(kept.headerRow).toBe(2);
    const again = editorMapping(sheet, "Partners", kept.overrides, kept.headerRow);
    expect(again.columns).toEqual(m.columns);
    expect(again.headerRow).toBe(2);
  });

  it("is found again further down than the first 20 rows, under a long list", () => {
    // A notes list of 30 lines above the table: VALIDATE's mapping names the row further down too.
    const values: Row[] = [
      ["Notes"],
      ...Array.from({ length: 30 }, (_, i): Row => [`Note ${i + 1}: see the annex`]),
      [],
      ["Programs Within Department", "Revenue", "Expenditures"],
      ["Parks", 100, 90],
    ];
    const m = editorMapping(block(values), "Partners", mapped, 32);
    const kept = overridesFromPairs(values, "Partners", pairsOf(m, values));
    expect(kept.headerRow).toBe(32);
    expect(editorMapping(block(values), "Partners", kept.overrides, kept.headerRow).columns).toEqual(m.columns);
    // VALIDATE from the sheet's top would say "start the range at it": the formula offered does.
    expect(validateFormula(block(values), "Partners", "M", formulaStart(block(values), m, pairsOf(m, values)))).toBe(
      '=PARTNERS.VALIDATE(Programs!A33:C34, "Partners", M)',
    );
  });

  it("starts the offered formula at the chosen row where VALIDATE would take a table above with the same headers", () => {
    // Two years' lists, one under the other, headed alike: the user chose 2026's.
    const values: Row[] = [
      ["Grants 2025"],
      ["Publisher:Name", "Amount Awarded"],
      ["Lakeside Arts Council", 600000],
      ["Riverton Community Fund", 300000],
      [],
      ["Grants 2026"],
      ["Publisher:Name", "Amount Awarded"],
      ["Recovery Fund", 700000],
      ["Harbor Trust", 5000],
      ["Eastside League", "lots"],
    ];
    const sheet = block(values);
    const m = editorMapping(sheet, "Partners", { 0: "partner", 1: "committed" }, 6);
    const pairs = pairsOf(m, values, unaskedMapping(values, "Partners", m.headerRow));
    const formula = validateFormula(sheet, "Partners", "M", formulaStart(sheet, m, pairs));
    // Before, A1:B10: VALIDATE read 2025's list, where the pane had checked 2026's.
    expect(formula).toBe('=PARTNERS.VALIDATE(Programs!A7:B10, "Partners", M)');
    const inPlace = validateInPlace(sheet, m).result;
    const byFormula = checkArguments(values.slice(6), "Partners", pairs);
    expect([inPlace.rowsChecked, byFormula.rowsChecked]).toEqual([3, 3]);
    // The same issue, on the same worksheet row (VALIDATE counts from its range's first row, 7).
    expect(inPlace.issues.map((i) => [i.row + 1, i.rule])).toEqual(byFormula.issues.map((i) => [i.row + 7, i.rule]));
  });
});

describe("the editor's names for headers a row repeats", () => {
  it("names each with the group title over it: Committed › 2023 and Received › 2023", () => {
    const years = [
      ["Partner", "Committed", "", "Received", ""],
      ["", 2023, 2024, 2023, 2024],
      ["Harbor Bank", 100, 200, 50, 60],
    ];
    // The row the user chose ("Headers on row 2"): the years, under the titles merged over them.
    expect(editorHeaders(years, 1)).toEqual([
      "",
      "Committed › 2023",
      "Committed › 2024",
      "Received › 2023",
      "Received › 2024",
    ]);
    // The titles' own row names no header twice: as it is.
    expect(editorHeaders(years, 0)).toEqual(["Partner", "Committed", "", "Received", ""]);
  });

  it("names them by their place where no title tells them apart, as a mapping names them", () => {
    const county = [
      ["Department", "Department", "Amount"],
      ["Parks", "Recreation", 100],
    ];
    const names = editorHeaders(county, 0);
    expect(names).toEqual(["Department (1)", "Department (2)", "Amount"]);
    // The name kept for the second is the one the editor shows.
    const m = editorMapping({ sheet: "S", values: county, firstRow: 1, firstColumn: 1 }, "Partners", { 1: "partner" });
    expect(pairsOf(m, county)[0][0]).toBe(names[1]);
    // Rows of data above a header row the user chose are no group titles.
    const under = [["Harbor Bank", "Parks", 100], ...county];
    expect(editorHeaders(under, 1)).toEqual(names);
  });
});

describe("a mapping kept for the second of two tables of the same headers", () => {
  const values = [
    ["Grantee", "Sector", "Committed"],
    ["Harbor Trust", "Philanthropy", 2000],
    [],
    ["Grantee", "Sector", "Committed"],
    ["River Clinic", "Health", 700],
  ];
  const pairs: [string, string][] = [
    ["Grantee", "Partner"],
    ["Sector", "Ignore"],
    ["Committed", "Committed"],
  ];
  const second = (block: SheetBlock) => editorMapping(block, "Partners", { 1: null }, 3);

  it("is kept with the table it is for, and found there again after rows were added above it", () => {
    const block: SheetBlock = {
      sheet: "Grants",
      values,
      firstRow: 1,
      firstColumn: 1,
      tables: [
        { name: "tblGrants2025", headerRow: 0, column: 0, width: 3 },
        { name: "tblGrants2026", headerRow: 3, column: 0, width: 3 },
      ],
    };
    // Its pairs alone find the first table's header row.
    expect(overridesFromPairs(values, "Partners", pairs).headerRow).toBe(0);
    const place = keptPlace(block, second(block), pairs);
    expect(place).toBe("tblGrants2026");
    const moved: SheetBlock = {
      ...block,
      values: [...values.slice(0, 2), ["City Food Bank", "Nonprofit", 1000], ...values.slice(2)],
      tables: [
        { name: "tblGrants2025", headerRow: 0, column: 0, width: 3 },
        { name: "tblGrants2026", headerRow: 4, column: 0, width: 3 },
      ],
    };
    expect(keptPlaceRow(moved, place, pairs)).toBe(4);
    // The first table's mapping needs no place: its pairs find it.
    expect(keptPlace(block, editorMapping(block, "Partners", { 1: null }), pairs)).toBe("");
  });

  it("is kept by its row where the sheet has no tables, and that row used only while it holds the headers", () => {
    const block: SheetBlock = { sheet: "Grants", values, firstRow: 1, firstColumn: 1 };
    const place = keptPlace(block, second(block), pairs);
    expect(place).toBe("row 4");
    expect(keptPlaceRow(block, place, pairs)).toBe(3);
    expect(overridesFromPairs(values, "Partners", pairs, keptPlaceRow(block, place, pairs)).headerRow).toBe(3);
    // A row added above: row 4 holds a partner now, not the headers — the pairs' own row then.
    const shifted: SheetBlock = {
      ...block,
      values: [values[0], ["City Food Bank", "Nonprofit", 1000], ...values.slice(1)],
    };
    expect(keptPlaceRow(shifted, place, pairs)).toBeUndefined();
  });
});

describe("mappings kept for two tables one below the other", () => {
  // Table B's columns in another order: each table's pairs find its own header row.
  const values = [
    ["Grantee", "Sector", "Committed"],
    ["Harbor Trust", "Philanthropic giving", 2000],
    [],
    ["Sector", "Grantee", "Pledged"],
    ["Health care", "River Clinic", 700],
  ];
  const block: SheetBlock = { sheet: "Grants", values, firstRow: 1, firstColumn: 1 };
  const a = {
    tab: "Partners",
    pairs: [
      ["Grantee", "Partner"],
      ["Sector", "Ignore"],
      ["Committed", "Committed"],
    ] as [string, string][],
  };
  const b = {
    tab: "Partners",
    pairs: [
      ["Sector", "Sector"],
      ["Grantee", "Partner"],
      ["Pledged", "Received"],
    ] as [string, string][],
  };

  it("are each the mapping of their own table, found at its header row whichever was kept first", () => {
    expect([keptRowOf(block, a), keptRowOf(block, b)]).toEqual([0, 3]);
    expect(keptForTable(block, [b, a], 0)).toBe(a);
    expect(keptForTable(block, [a, b], 3)).toBe(b);
    // The editor opens on the top one; the other is named.
    expect(keptTables(block, [b, a]).map((t) => [t.kept, t.row])).toEqual([
      [a, 0],
      [b, 3],
    ]);
    // A mapping kept by an earlier version (one per sheet, no place) is found where its pairs are.
    expect(keptForTable(block, [b], 3, true)).toBe(b);
  });

  it("keeps a column of the lower table the user left out as Ignore, so the formula leaves it out too", () => {
    // Table B's Sector set to (ignore): VALIDATE, given B's pairs, finds B's row and maps its Sector
    // unasked unless the kept mapping says Ignore. The guess was B's tab read at A's row, so it was not.
    const second = editorMapping(block, "Partners", { 0: null, 2: "received" }, 3);
    const pairs = pairsOf(second, values, unaskedMapping(values, "Partners", second.headerRow));
    expect(pairs).toEqual([
      ["Sector", "Ignore"],
      ["Grantee", "Partner"],
      ["Pledged", "Received"],
    ]);
    // The formula checks what the pane checked: its Sector left out — without the Ignore, read again.
    const rules = (kept: [string, string][]) => validate(values as never, "Partners", kept).map((r) => r[4]);
    expect(rules(pairs)).not.toContain("list.sector");
    expect(rules(pairs.filter(([, column]) => column !== "Ignore"))).toContain("list.sector");
    // The pane's own check of B: no Sector problem either.
    expect(validateInPlace(block, second).result.issues).toEqual([]);
  });

  it("keep a new table's mapping beside another's: a table with its rows between is another table", () => {
    // Table B mapped while only A's is kept: A's rows lie between the two header rows — a new entry.
    expect(keptForTable(block, [a], 3, true)).toBeUndefined();
    expect(keptForTable(block, [b], 0, true)).toBeUndefined();
  });

  it("bring the mapping kept from a title's row up to date when the user moves the header row under it", () => {
    const titled = [["Grants awarded 2024"], [], ...values];
    const under: SheetBlock = { ...block, values: titled };
    const fromTitle = {
      tab: "Partners",
      place: "row 1",
      pairs: [["Grants awarded 2024", "Partner"]] as [string, string][],
    };
    expect(keptRowOf(under, fromTitle)).toBe(0);
    // Row 3 heads the same table: only the title (and a blank row) above it.
    expect(keptForTable(under, [fromTitle], 2)).toBeUndefined();
    expect(keptForTable(under, [fromTitle], 2, true)).toBe(fromTitle);
    // Row 6 heads another table, under the first one's rows.
    expect(keptForTable(under, [fromTitle], 5, true)).toBeUndefined();
  });
});

describe("the editor's sample beside a header", () => {
  // A sponsoring report's layout: a placeholder first under the amount, the header row said again under a
  // section title, then the first gift.
  const report: Cell[][] = [
    ["Unit", "Name und Wohnort des Zuwendungsgebers", "Wert (Euro)"],
    ["Behörde für Umwelt", null, "-"],
    ["Beteiligung", "Name und Wohnort des Zuwendungsgebers", "Wert (Euro)"],
    ["Friedhöfe AöR", "Bürgerstiftung Musterstadt", 18935.28],
  ];

  it("is a value the column holds, not a placeholder nor its header said again", () => {
    expect(sampleValue(report, 0, 2)).toBe("18935.28");
    expect(sampleValue(report, 0, 1)).toBe("Bürgerstiftung Musterstadt");
    expect(sampleValue(report, 0, 0)).toBe("Behörde für Umwelt");
  });

  it("is the placeholder where the column holds nothing else, and empty where it holds nothing", () => {
    const pending: Cell[][] = [
      ["Partner", "Committed", "Notes"],
      ["Harbor Bank", "TBD", null],
      ["Acme", "-", null],
    ];
    expect(sampleValue(pending, 0, 1)).toBe("TBD");
    expect(sampleValue(pending, 0, 2)).toBe("");
  });
});

describe("the editor's Sample", () => {
  it("shows a mapped amount in its currency and a date as a date, as the check reads them", () => {
    // Oxford's 360Giving layout (invented values): pounds in a Currency column, a date Excel hands as a serial.
    const values = [
      ["Recipient Org:Name", "Amount Awarded", "Currency", "Start date", "Grant reference"],
      ["Archway Friends", 7500, "GBP", 45352, 2],
      ["Ark Youth Music", 4690.5, "GBP", 45353, 3],
    ];
    const mapping = mapHeaders(values, "Partners");
    expect(mapping.columns.map((c) => c.name)).toEqual(["Partner", "Committed", "Start date"]);
    const samples = editorSamples(values, mapping, [0, 1, 2, 3, 4]);
    expect([...samples.values()]).toEqual(["Archway Friends", "£7,500", "GBP", "2024-03-01", "2"]);
    // Dollars where nothing names another currency, cents as written; text under an amount as it is.
    const dollars = [
      ["Partner", "Committed"],
      ["Harbor Bank", 1234567.5],
    ];
    expect(editorSamples(dollars, mapHeaders(dollars, "Partners"), [1]).get(1)).toBe("$1,234,567.50");
    const words = [
      ["Partner", "Committed"],
      ["Harbor Bank", "lots"],
    ];
    expect(editorSamples(words, mapHeaders(words, "Partners"), [1]).get(1)).toBe("lots");
  });

  it("shows an amount written with a bare `$` as dollars, never failing the read", () => {
    // A pledges sheet's `$25,000` typed as text: the cell names the dollar sign, no code, and the
    // editor's read failed whole ("Invalid currency code : $") — no mapping editor at all.
    const pledges = [
      ["Org name", "Pledge"],
      ["Harbor Bank", "$25,000"],
    ];
    expect(editorSamples(pledges, mapHeaders(pledges, "Partners"), [1]).get(1)).toBe("$25,000");
  });
});
