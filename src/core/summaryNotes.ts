import { PARTNERS } from "../schema";
import { headerScale } from "./currencyWords";
import { DuplicateFinder } from "./duplicates";
import { sameText, startsWithTotal } from "./notData";
import type { PartnerSummary } from "./partnerSummary";
import { slotOf, type TypedTable } from "./rows";
import { runOnSaid } from "./runOnValues";
import { swappedCountry, swappedCountrySentence } from "./summaryPlaces";
import { withdrawnOf, type LedgerWithdrawn } from "./summaryWithdrawn";
import { fractionalAmounts } from "./unsaidScale";
import { cellText, isBlank, isBlankRow, isPlaceholder } from "./text";

/**
 * What SUMMARY says of its blocks beside the figures, each read from the tables once their rows are
 * read: another table under one, the header row again, values run on, names and countries swapped,
 * grants taken back, fractions of a cent, amounts at a ceiling, whole lines, bare dollars, scales, an
 * empty column, names read after their numbers. Apart from summaries.ts as none is asked in its row
 * loop: each reads the tables once, after it.
 */

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);

/**
 * The notes of PartnerSummary read from the blocks alone, in its order: values run on, names and
 * countries swapped, grants taken back, fractions of a cent, ceilings, whole lines, the header row
 * again, another table, bare dollars, amounts not scaled and scaled.
 */
export function blockNotes(tables: readonly TypedTable[], amountSlots: readonly number[]) {
  return {
    ...runsOnIn(tables),
    ...swappedIn(tables),
    ...withdrawnIn(tables),
    ...fractionalOf(tables),
    ceilings: {
      committed: tables.reduce((n, t) => n + t.ceilingCount[committedSlot], 0),
      received: tables.reduce((n, t) => n + t.ceilingCount[receivedSlot], 0),
    },
    wholeLines: tables.reduce((n, t) => n + t.leftOut.filter((l) => l.kind === "wholeLine").length, 0),
    ...headerAgainIn(tables),
    ...otherTableIn(tables),
    bareDollars: tables.flatMap((t) =>
      amountSlots
        .filter(
          (slot) =>
            t.present(slot) &&
            t.bareDollars[slot] > 0 &&
            t.currency[slot] !== "USD" &&
            t.currencyRow[slot] > t.mapping.headerRow,
        )
        .map((slot) => ({ column: t.header[slot], count: t.bareDollars[slot], currency: t.currency[slot] })),
    ),
    notScaled: tables.flatMap((t) =>
      [committedSlot, receivedSlot]
        .filter((slot) => t.scaleDoubted[slot] !== 1 && t.present(slot))
        .map((slot) => ({ column: t.header[slot], factor: t.scaleDoubted[slot] })),
    ),
    scaled: tables.flatMap((t) =>
      [committedSlot, receivedSlot]
        .filter((slot) => t.scale[slot] !== 1 && t.present(slot))
        .map((slot) => ({
          column: t.header[slot],
          factor: t.scale[slot],
          row: t.scaleRow[slot],
          what: String(
            t.scaleRow[slot] === t.mapping.headerRow && headerScale(t.header[slot]) !== 1
              ? t.header[slot]
              : (t.matrix[t.scaleRow[slot]] ?? []).find((c) => typeof c === "string" && headerScale(c) !== 1),
          ),
        })),
    ),
  };
}

/** The header of `slot`'s column when every block has it and holds nothing in it but blanks and placeholders. */
export function emptyColumnHeader(tables: readonly TypedTable[], slot: number): string | undefined {
  if (tables.length === 0 || !tables.every((t) => t.present(slot))) return undefined;
  for (const t of tables) {
    const at = t.index[slot];
    for (let r = t.mapping.headerRow + 1; r < t.matrix.length; r++) {
      const cell = t.matrix[r]?.[at];
      if (!isBlank(cell) && !isPlaceholder(cell)) return undefined;
    }
  }
  return tables[0].header[slot];
}

/** Rows left out that may title a table under them. */
const TITLE_KINDS: ReadonlySet<string> = new Set(["label", "note", "title"]);

/** PartnerSummary.otherTable of the first table that has one. */
function otherTableIn(tables: readonly TypedTable[]): Pick<PartnerSummary, "otherTable"> {
  for (const t of tables) {
    const other = t.leftOut.find((l) => l.kind === "table");
    if (!other) continue;
    // Its header row and its rows, not its Total and Source lines, nor a line alone in one cell
    // (`Prepared by Finance`, `OFFICIAL`, `As of …`: a reviewer's repro, 4 rows said for 2).
    let rows = 0;
    for (let r = other.row; r < t.matrix.length; r++) {
      const cells = t.matrix[r] ?? [];
      if (isBlankRow(cells)) continue;
      const alone = cells.filter((c) => !isBlank(c)).length === 1;
      if (r > other.row && (alone || startsWithTotal(cells))) continue;
      rows++;
    }
    return { otherTable: { row: other.row, rows } };
  }
  return {};
}

/** PartnerSummary.headerAgain of the first table that has one: its row, and the title above it. */
function headerAgainIn(tables: readonly TypedTable[]): Pick<PartnerSummary, "headerAgain"> {
  for (const t of tables) {
    // The header's own words again (a row of years under `cost_2024 … cost_2028` heads no table: a
    // helper's round, real: a district's capital plan, told to sum "the one from row 4 alone").
    const head = t.matrix[t.mapping.headerRow] ?? [];
    const again = t.leftOut.find(
      (l) =>
        l.kind === "header" && l.row < t.lastDataRow && (t.matrix[l.row] ?? []).some((c, i) => sameText(c, head[i])),
    );
    if (!again) continue;
    // Under a title of its own: a page's header repeated by an export has none.
    const title = [...t.leftOut]
      .reverse()
      .find((l) => l.row < again.row && l.row >= again.row - 3 && TITLE_KINDS.has(l.kind));
    if (title) return { headerAgain: { row: again.row, title: title.label } };
  }
  return {};
}

/** Grants marked as taken back (summaryWithdrawn), the rows left out (a Total row) known. */
function withdrawnIn(tables: readonly TypedTable[]): { withdrawn?: LedgerWithdrawn } {
  const withdrawn = withdrawnOf(tables, committedSlot)?.withdrawn;
  return withdrawn ? { withdrawn } : {};
}

/** The first block's Committed amounts with fractions of a cent (PartnerSummary.fractional), if any. */
function fractionalOf(tables: readonly TypedTable[]): Pick<PartnerSummary, "fractional"> {
  for (const t of tables) {
    const found = fractionalAmounts(t, committedSlot);
    if (found) return { fractional: { ...found, header: t.header[committedSlot] } };
  }
  return {};
}

/** The blocks whose Partner and Country columns hold each other's values, each said once (swappedCountry). */
function swappedIn(tables: readonly TypedTable[]): Pick<PartnerSummary, "swappedCountries"> {
  const said = tables.flatMap((t, block) => {
    const swap = swappedCountry(t.mapping, t.matrix);
    return swap ? [{ block, said: swappedCountrySentence(swap) }] : [];
  });
  return said.length > 0 ? { swappedCountries: said } : {};
}

/** The blocks' values run on past their last column, each said once (runOnSaid), by block. */
function runsOnIn(tables: readonly TypedTable[]): Pick<PartnerSummary, "runsOn"> {
  const said = tables.flatMap((t, block) => {
    const sentence = runOnSaid(t)?.sentence;
    return sentence === undefined ? [] : [{ block, said: sentence }];
  });
  return said.length > 0 ? { runsOn: said } : {};
}

/**
 * Partner names read after their project's number (TypedTable.numberedNames), with the partners their
 * names as written would have made: `partners` and the names the numbers kept apart (each block's names,
 * told apart as written and after their numbers, in one pass over its Partner column — only where the
 * column is numbered, after SUMMARY's rows: no work in their loop). Undefined where no block is numbered.
 */
export function numberedNamesRead(
  tables: readonly TypedTable[],
  partnerSlot: number,
  partners: number,
): { first: string; namesAsWritten: number } | undefined {
  if (tables.length === 0) return undefined;
  const first = tables[0].numberedNames(partnerSlot)?.name ?? "";
  const textAt = (t: TypedTable, column: number) => (row: number) => cellText(t.matrix[row]?.[column] ?? null);
  // Names the numbers tell apart: so many more partners, as written, than after the numbers.
  let apart = 0;
  for (const t of tables) {
    const column = t.index[partnerSlot];
    const text = textAt(t, column);
    const written = new DuplicateFinder("normalize", text, t.rowCount);
    const after = new DuplicateFinder("normalize", text, t.rowCount);
    after.numbered = true;
    for (let r = t.firstDataRow; r < t.rowCount; r++) {
      const cell = t.matrix[r]?.[column];
      if (isBlank(cell) || isPlaceholder(cell)) continue;
      const name = text(r);
      if (written.firstRowOf(name, r) === undefined) apart++;
      if (after.firstRowOf(name, r) === undefined) apart--;
    }
  }
  return { first, namesAsWritten: partners + apart };
}
