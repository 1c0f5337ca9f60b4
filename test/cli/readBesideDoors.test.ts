import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { CORPUS_FIXTURES } from "../fixtures/real/fixtures";
import { asArray, blocksOf, check, goldenFor, type Json } from "./corpusRun";
import { excelWorkbook, fakeWorkbook } from "./doors";
import { tempDir } from "./helpers";
import { excelBackend } from "../../src/taskpane/excelBackend";
import { blocksSideBySide, editorMapping, fromRowOne, readBesideLabels } from "../../src/taskpane/views/mappingModel";

/**
 * What the check reads in a column no tracker column maps — the amounts' currency, an organisation's
 * identifier compared with the Partner's names, or one not compared because Excel rounded its numbers —
 * said the same at two doors: `check`'s Columns line (its --json) and the task pane's mapping editor, which
 * offered Oxford's `Recipient Org:Identifier` as "(ignore)" while check said "(compared with Partner)".
 * On every corpus sheet read without options as one block at both doors.
 */
const READ_BESIDE = /^\((the amounts' currency|compared with .+|not compared: .+)\)$/;

/** check's words for one block, as the editor's labels: header → label. */
function cliLabels(block: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof block.currencyColumn === "string") out[block.currencyColumn] = "(the amounts' currency)";
  for (const c of asArray(block.comparedColumns)) out[String(c.header)] = `(compared with ${String(c.with)})`;
  // Every value rounded: compared with nothing; a few written in full: those compared still (check's
  // "compared with Partner on 2 of its 543 values only").
  const rounded = block.roundedIdentifiers as Json | undefined;
  if (rounded) {
    out[String(rounded.header)] =
      rounded.rounded === rounded.values
        ? "(not compared: rounded by Excel)"
        : "(compared with Partner where Excel did not round it)";
  }
  return out;
}

/** Each one-block sheet of `file`, read at both doors: its columns read beside the mapping, as each labels them. */
async function labelsAtBothDoors(
  file: string,
): Promise<{ sheet: string; cli: Record<string, string>; pane: Record<string, string> }[]> {
  const found = blocksOf(check(file, []).json ?? {});
  const sheets = await excelWorkbook(file);
  const fake = fakeWorkbook(sheets);
  fake.install(globalThis);
  const out: { sheet: string; cli: Record<string, string>; pane: Record<string, string> }[] = [];
  for (const name of new Set(found.map((b) => String(b.sheet)))) {
    const here = found.filter((b) => b.sheet === name);
    const sheet = fromRowOne(await excelBackend().readSheet(name, () => undefined));
    const parts = blocksSideBySide(sheet, null);
    if (here.length !== 1 || parts.length !== 1) continue; // one block each: the same table at both doors
    const mapping = editorMapping(parts[0], null, {});
    const pane: Record<string, string> = {};
    for (const [index, label] of readBesideLabels(parts[0].values, mapping)) {
      const header = mapping.unknown.find((u) => u.index === index)?.header;
      if (header !== undefined && READ_BESIDE.test(label)) pane[header] = label;
    }
    out.push({ sheet: name, cli: cliLabels(here[0]), pane });
  }
  return out;
}

describe("a column read beside the mapping is said the same by check and the task pane's editor", () => {
  const dir = tempDir("beside");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const plain = CORPUS_FIXTURES.filter(
    (f) => (f.extension ?? "xlsx") === "xlsx" && goldenFor(f.name).runs.some((r) => r.args.length === 0),
  );
  for (const fixture of plain) {
    it(fixture.name, async () => {
      const file = path.join(dir, `${fixture.name}.xlsx`);
      fs.writeFileSync(file, await fixture.build());
      for (const { sheet, cli, pane } of await labelsAtBothDoors(file))
        expect({ sheet, pane }).toEqual({ sheet, pane: cli });
    });
  }

  // No corpus sheet has an identifier column Excel rounded in part (real: Toulouse's grants, 541 of its 543
  // `idBeneficiaire` values `2,13E+13`, two SIRENs whole): check said "compared with Partner on 2 of its 543
  // values only" while the editor said "(not compared: rounded by Excel)". Invented rows in that layout.
  it.each([
    ["every identifier rounded", [] as (string | number)[][]],
    ["a few identifiers whole among the rounded", [["SCOP MENUISERIE", "880386354", 900]]],
  ])("%s", async (_, whole) => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet("Subventions")
      .addRows([
        ["nomBeneficiaire", "idBeneficiaire", "montant"],
        ["ASSOC JARDINS", "3,26E+13", 12000],
        ["ASSOC VELO", "3,26E+13", 2000],
        ["SARL BOULANGERIE", "7,88E+13", 3500],
        ...whole,
      ]);
    const file = path.join(dir, `rounded-${whole.length}.xlsx`);
    await workbook.xlsx.writeFile(file);
    const [read] = await labelsAtBothDoors(file);
    expect(read.pane).toEqual(read.cli);
    expect(read.pane.idBeneficiaire).toBe(
      whole.length === 0 ? "(not compared: rounded by Excel)" : "(compared with Partner where Excel did not round it)",
    );
  });

  it("covers Oxford's organisation identifier", () => {
    expect(plain.map((f) => f.name)).toContain("oxford_community_grants");
  });
});
