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
  const rounded = block.roundedIdentifiers as Json | undefined;
  if (rounded) out[String(rounded.header)] = "(not compared: rounded by Excel)";
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
      const found = blocksOf(check(file, []).json ?? {});
      const sheets = await excelWorkbook(file);
      const fake = fakeWorkbook(sheets);
      fake.install(globalThis);
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
        expect({ sheet: name, pane }).toEqual({ sheet: name, pane: cliLabels(here[0]) });
      }
    });
  }

  it("covers Oxford's organisation identifier", () => {
    expect(plain.map((f) => f.name)).toContain("oxford_community_grants");
  });
});
