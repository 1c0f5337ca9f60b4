import { PARTNERS } from "../schema";
import { mapBlocks } from "./blocks";
import { phrase } from "./doorWording";
import { figuresIn } from "./figureColumns";
import { mapHeaders } from "./headers";
import type { PartnerBlock } from "./partnerSummary";
import { restatedBlocks, tallyOf, type RestatedBlock } from "./restatedBlocks";
import { slotOf, TypedTable, type PlainRow } from "./rows";
import { normalizeKey } from "./text";
import { TrackerError, type HeaderMapping, type Matrix } from "./types";

/**
 * The Partners blocks SUMMARY and CONCENTRATION add up, and their typed tables: which blocks of a
 * range, which are restated side by side, and each one's table, refused when it is no Partners block
 * or has no Committed. Apart from summaries.ts as they are read once, before its rows.
 */

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);
const receivedSlot = slotOf(PARTNERS, PARTNERS.col.received);
const partnerSlot = slotOf(PARTNERS, PARTNERS.col.partner);

/** The Partners block, coercing only the columns the caller reads (3 of 17 for SUMMARY). */
function partnersTable(
  matrix: Matrix,
  slots: readonly number[],
  mapping?: HeaderMapping,
  plainRow?: PlainRow,
): TypedTable {
  return new TypedTable(matrix, mapping ?? mapHeaders(matrix, PARTNERS.name), slots, plainRow);
}

/** The blocks side by side that restate each other (restatedBlocks), each read for its partners and Committed alone. */
export function restatedOf(given: readonly PartnerBlock[]): RestatedBlock[] {
  // Tables side by side listing the same partners: said, both summed (restatedBlocks) — a year's table
  // beside the next year's lists the same partners too (a reviewer's repro: 2023 beside 2024, a year dropped).
  return restatedBlocks(
    given.map((b) => b.beside),
    (i) => {
      const b = given[i];
      const table = partnersTable(b.matrix, [partnerSlot, committedSlot], b.mapping, b.plainRow);
      table.labelRows = b.trackerTable !== true;
      table.uncalculatedRows = b.uncalculatedRows;
      return tallyOf(table, partnerSlot, committedSlot);
    },
  );
}

/** Each block's table, reading the group column `slot`, Committed, Received and Partner. */
export function partnerTablesOf(blocks: readonly PartnerBlock[], slot: number): TypedTable[] {
  return blocks.map((b) => {
    if (b.mapping && b.mapping.tab !== PARTNERS.name) {
      throw new TrackerError("#VALUE!", `SUMMARY needs a ${PARTNERS.name} block; the mapping is for ${b.mapping.tab}.`);
    }
    const table = partnersTable(b.matrix, [slot, committedSlot, receivedSlot, partnerSlot], b.mapping, b.plainRow);
    table.labelRows = b.trackerTable !== true;
    table.uncalculatedRows = b.uncalculatedRows;
    // SPEC: without Committed it says so (never a column of zeros); without the groupBy column it
    // still gives the Total row.
    if (!table.present(committedSlot)) {
      throw new TrackerError("#N/A", `${phrase("noColumn", PARTNERS.col.committed.name)}.` + figuresIn(table));
    }
    return table;
  });
}

/**
 * The Partners blocks of a range that SUMMARY and CONCENTRATION add up: blocks side by side
 * (SPEC rev 2) that have a Committed column, or the range as one block.
 */
export function partnerBlocksOf(matrix: Matrix, plainRow?: PlainRow): PartnerBlock[] {
  const blocks = mapBlocks(matrix, PARTNERS.name, plainRow);
  if (blocks.length === 1) notAnotherTab(matrix, blocks[0].mapping);
  const withAmounts = blocks.filter((b) => b.mapping.columns.some((c) => c.id === PARTNERS.col.committed.id));
  const summed = blocks.length > 1 && withAmounts.length > 0 ? withAmounts : blocks;
  // A block cut from the sheet holds rows already made plain (mapBlocks does it before cutting).
  return summed.map((b) => ({
    matrix: b.matrix,
    mapping: b.mapping,
    plainRow: b.matrix === matrix ? plainRow : undefined,
    ...(summed.length > 1 ? { beside: 0 } : {}),
  }));
}

/**
 * A range whose Partner is only a bare `Name` (or `ID`), which reads as another tab untold — a capital
 * programme's projects (`id | name | budgeted_amount | status`, Foundation to VALIDATE and `check`) —
 * is no list of partners to add up: SUMMARY says so, as the command line's `summary` does, where it had
 * summed 92 projects as partners (a helper's round, real: Pittsburgh's capital projects, one behaviour
 * at two doors). Only such ranges pay for the second reading.
 */
function notAnotherTab(matrix: Matrix, mapping: HeaderMapping): void {
  const key = mapping.columns.find((c) => c.id === PARTNERS.col.partner.id);
  if (!key || !BARE_KEY.has(normalizeKey(key.header))) return;
  let untold: HeaderMapping;
  try {
    untold = mapHeaders(matrix);
  } catch {
    return;
  }
  if (untold.tab === PARTNERS.name) return;
  const read = untold.columns
    .slice(0, 3)
    .map((c) => `${c.header} → ${c.name}`)
    .join(", ");
  throw new TrackerError(
    "#N/A",
    `The range reads as ${untold.tab} (${read}${untold.columns.length > 3 ? ", …" : ""}), not ${PARTNERS.name}: ` +
      `no partners' money to add up. To sum it as ${PARTNERS.name}, map its columns ${phrase("mappingArgument")}.`,
  );
}
const BARE_KEY: ReadonlySet<string> = new Set(["name", "id", "names"]);
