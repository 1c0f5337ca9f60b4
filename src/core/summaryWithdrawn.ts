/**
 * Grants a ledger marks as taken back — rescinded, returned, cancelled, recovered — in a column the
 * tracker does not map: their money is in SUMMARY's Committed, as every row's is, and the CLI's
 * summary says how much (a helper's round, real: a state's civic-information grants, $310,000 of five
 * returned grants; a foundation's grants, $10.9M rescinded or recovered on 485 rows, both unsaid).
 */
import { coerceNumber } from "./amountCells";
import { firstLanguage } from "./headerMatch";
import type { TypedTable } from "./rows";
import { isBlank, isBlankRow, isPlaceholder } from "./text";

/** What a ledger marks as taken back, in the column that says so. */
export interface LedgerWithdrawn {
  /** The user's header (`Returned/Cancelled grant?`, `Amount Rescinded/Recovered`). */
  readonly header: string;
  /** Rows marked so. */
  readonly rows: number;
  /** Their Committed, added up. */
  readonly committed: number;
  /** In a column of amounts taken back: their sum (else the column is a flag: `Yes`, `checked`). */
  readonly amount?: number;
  /** A flag's first text, as the sheet writes it. */
  readonly as: string;
}

/** A header naming what was taken back of a grant. */
const WITHDRAWN =
  /\b(?:rescind\w*|revok\w*|revoc\w*|returned|cancel+ed|cancel+ation|withdrawn|recovered|claw\s?back|clawed back|r[ée]voqu[ée]\w*)\b/i;

/** A flag's cell that marks nothing. */
const NOT_MARKED = /^(?:no|n|non|false|0|none|nein|-)$/i;

/** The column read as taken back (withdrawnOf): what it holds, and where — its block and 0-based column. */
export interface WithdrawnColumn {
  readonly withdrawn: LedgerWithdrawn;
  readonly block: number;
  readonly index: number;
}

/**
 * The first column of `tables` (unmapped, its header WITHDRAWN) marking rows as taken back, with
 * what they hold and where; a column of amounts before a column of flags. Undefined when none marks a
 * row. (Where: so no other note names it again — as an amount column in no total, to be summed as
 * Committed: a helper's round, real: Ontario Trillium's `Amount Rescinded/Recovered`, said as taken
 * back, then offered as the money committed.)
 */
export function withdrawnOf(tables: readonly TypedTable[], committedSlot: number): WithdrawnColumn | undefined {
  let flags: WithdrawnColumn | undefined;
  for (let block = 0; block < tables.length; block++) {
    const t = tables[block];
    for (const column of t.mapping.unknown) {
      if (!WITHDRAWN.test(column.header)) continue;
      // A bilingual header said in its first language (`Amount Rescinded/Recovered:Montant révoqué/récupéré`).
      const found = marked(t, column.index, firstLanguage(column.header).trim(), committedSlot);
      if (!found) continue;
      if (found.amount !== undefined) return { withdrawn: found, block, index: column.index };
      flags ??= { withdrawn: found, block, index: column.index };
    }
  }
  return flags;
}

function marked(t: TypedTable, at: number, header: string, committedSlot: number): LedgerWithdrawn | undefined {
  const left = new Set(t.leftOut.map((l) => l.row));
  let rows = 0;
  let committed = 0;
  let amount = 0;
  let numbers = 0;
  let texts = 0;
  let as = "";
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    const cells = t.matrix[r];
    if (left.has(r) || !Array.isArray(cells) || isBlankRow(cells)) continue;
    const cell = cells[at];
    if (isBlank(cell) || isPlaceholder(cell)) continue;
    const text = String(cell).trim();
    if (NOT_MARKED.test(text)) continue;
    const n = typeof cell === "number" ? cell : coerceNumber(text);
    if (n !== undefined) {
      numbers++;
      if (n === 0) continue;
      amount += n;
    } else {
      texts++;
      if (as === "") as = text;
    }
    rows++;
    const c = t.present(committedSlot) ? t.numAt(r, committedSlot) * t.scale[committedSlot] : NaN;
    if (Number.isFinite(c)) committed += c;
  }
  if (rows === 0) return undefined;
  return numbers > texts ? { header, rows, committed, amount, as } : { header, rows, committed, as };
}
