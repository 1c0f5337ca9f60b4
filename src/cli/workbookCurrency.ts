import { isBlank } from "../core";
import { writtenCurrency } from "../core/amountCells";
import { withFormatCurrencies } from "../core/coerce";
import { headerCurrency } from "../core/currencyWords";
import { withMergedAreas } from "../core/mergedCells";
import { saidAbove } from "../core/unitsAbove";
import { TABS } from "../schema";
import type { Block } from "./workbookBlocks";
import type { WorkbookData } from "./xlsxReader";

/**
 * A workbook's blocks as its formats and merged cells show them: the currency each sheet's number
 * formats give its amounts, one currency for the sheets that show none where the others agree (and
 * the note saying so), and figures merged down a column filled where they are no amount.
 */
/** A block's mapping given the currencies its sheet's number formats show, column by column. */
export function withSheetFormats(block: Block, wb: WorkbookData): Block {
  // The tracker's own tables are in dollars by design: their `$` format is the tracker's, not the user's.
  if (block.isTrackerTable) return block;
  const shown = wb.sheets.find((s) => s.name === block.sheet)?.numberCurrencies;
  const mapping = withFormatCurrencies(block.mapping, shown?.slice(block.left - 1));
  return mapping === block.mapping ? block : { ...block, mapping };
}

/** Rows writesCurrency reads at most. */
const WRITTEN_ROWS = 200;

/** Does a block's column write a currency in its cells (`$1,000`, `€ 500`, `1,000 USD`)? */
function writesCurrency(block: Block, column: number): boolean {
  const end = Math.min(block.matrix.length, block.mapping.headerRow + 1 + WRITTEN_ROWS);
  // Most of its figures, not one: a stray `€250` among bare figures does not make them euros (a
  // reviewer's repro: £1,900 and €250 shown as €2,150, where the mix was refused before); the bare
  // ones take the workbook's currency, and the mix is then said.
  let written = 0;
  let figures = 0;
  for (let r = block.mapping.headerRow + 1; r < end; r++) {
    const cell = block.matrix[r]?.[column];
    if (typeof cell === "number") figures++;
    else if (typeof cell === "string" && !isBlank(cell)) {
      figures++;
      if (writtenCurrency(cell) !== "") written++;
    }
  }
  return written > 0 && written * 2 >= figures;
}

/** The amount columns (currency type) a block maps: their indexes in its matrix. */
function amountIndexes(block: Block): number[] {
  const tab = TABS.find((t) => t.name === block.mapping.tab);
  return block.mapping.columns
    .filter((c) => tab?.columns.find((s) => s.id === c.id)?.type === "currency")
    .map((c) => c.index);
}

/**
 * Sheets of one workbook whose amount columns' formats show no currency, where the others that show one
 * all show the same (`"£"#,##0` on three monthly sheets of ten, General on seven): that currency for
 * them too, and said — one workbook is kept in one currency, and the same rows were `$` on one run and
 * `£` on another (a helper's round, real: Lancashire's police commissioner's payments, $43,965,059.71
 * shown for April's pounds).
 */
export function workbookCurrency(blocks: Block[]): Block[] {
  const shownBy = new Map<string, Set<string>>();
  for (const b of blocks) {
    if (b.isTrackerTable) continue;
    for (const i of amountIndexes(b)) {
      const code = b.mapping.formatCurrencies?.[i] ?? "";
      if (code === "") continue;
      if (!shownBy.has(code)) shownBy.set(code, new Set());
      shownBy.get(code)!.add(b.sheet);
    }
  }
  if (shownBy.size !== 1) return blocks;
  const [[code, sheets]] = [...shownBy];
  return blocks.map((b) => {
    const amounts = amountIndexes(b);
    // (A currency given by hand, `Committed (USD)`, by a format, by the header or by the cells
    // themselves, `$1,000`, is the block's own: a reviewer's repro, `$` amounts made pounds.)
    // A title or a group's title above the header saying the currency (`IMPORTI (€)` over the amounts:
    // corpus round fk, real, Italy's earthquake reconstruction) is the sheet's own too.
    const above = saidAbove(b.matrix, b.mapping.firstHeaderRow ?? b.mapping.headerRow, amounts);
    const own = (i: number) =>
      above[amounts.indexOf(i)].code !== "" ||
      headerCurrency(b.mapping.columns.find((c) => c.index === i)?.header ?? "") !== "" ||
      writesCurrency(b, i) ||
      (b.mapping.formatCurrencies?.[i] ?? "") !== "" ||
      (b.mapping.mappedCurrencies?.[i] ?? "") !== "";
    if (b.isTrackerTable || amounts.length === 0 || amounts.some(own)) return b;
    const shown = [...(b.mapping.formatCurrencies ?? [])];
    for (const i of amounts) shown[i] = code;
    for (let i = 0; i < shown.length; i++) shown[i] ??= "";
    return { ...b, mapping: { ...b.mapping, formatCurrencies: shown }, currencyFrom: { code, sheets: [...sheets] } };
  });
}

/** The note saying which sheets' amounts were read in the currency other sheets' formats show. */
export function workbookCurrencyNote(blocks: readonly Block[]): string | undefined {
  const read = blocks.filter((b) => b.currencyFrom);
  if (read.length === 0) return undefined;
  const { code, sheets } = read[0].currencyFrom!;
  const list = (names: readonly string[]) =>
    names
      .slice(0, 3)
      .map((n) => `"${n}"`)
      .join(", ") + (names.length > 3 ? ` and ${names.length - 3} more` : "");
  const bare = [...new Set(read.map((b) => b.sheet))];
  return (
    `${list(bare)} ${bare.length === 1 ? "shows" : "show"} no currency in ${bare.length === 1 ? "its" : "their"} amounts' ` +
    `formats, and ${list(sheets)} of the same workbook ${sheets.length === 1 ? "shows" : "show"} ${code}: read as ${code} ` +
    `(--map "<amount header>=Committed (USD)" says otherwise).`
  );
}

/**
 * A block with the figures merged down its columns filled where they are no amount
 * (fillMergedFigures), and the rows under a merged key cell said to be one record's lines.
 */
export function withMergedFigures(block: Block, wb: WorkbookData): Block {
  const areas = wb.sheets.find((s) => s.name === block.sheet)?.mergedDown;
  if (!areas || areas.length === 0 || block.isTrackerTable) return block;
  const read = withMergedAreas(block.matrix, block.mapping, areas, block.top - 1, block.left - 1);
  return read.values === block.matrix && read.mapping === block.mapping
    ? block
    : { ...block, matrix: read.values, mapping: read.mapping };
}
