/**
 * "Fix these N cells": writes a listed value over cells that hold it in another spelling, in
 * blocks, without overwriting a co-author. Excel does not sync the add-in's memory with other
 * people's edits (ENGINEERING "Co-authoring"), so each block is read again just before it is
 * written, and a cell that no longer holds the value the check saw is left as it is and reported.
 * The write covers the block's rows of one column with `null` for every cell not being fixed:
 * Office.js leaves a cell whose entry is null unchanged ("null input in 2-D Array",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), so
 * neighbours — and any co-author's edit to them — are untouched.
 *
 * What this cannot close: the milliseconds between a block's read and its write (Office.js has
 * no compare-and-swap). A block is two round trips apart, not two user actions apart.
 */
import type { Cell } from "../core/types";
import type { Progress } from "./context";

export interface CellFix {
  readonly sheet: string;
  /** 1-based worksheet row and column. */
  readonly row: number;
  readonly column: number;
  /** What the cell held when it was checked: the fix applies only if it still does. */
  readonly expected: Cell;
  /** The listed value to write. */
  readonly value: string;
}

export interface FixReport {
  readonly written: readonly CellFix[];
  /** Cells a co-author (or the user) changed since the check: left alone. */
  readonly skipped: readonly { readonly fix: CellFix; readonly found: Cell }[];
}

/** Most rows of one column read and written in one round trip (10,000 cells are ~0.2 MB of JSON). */
export const FIX_BLOCK_ROWS = 10_000;

interface Block {
  readonly sheet: string;
  readonly column: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly fixes: readonly CellFix[];
}

/** Fixes grouped by sheet and column, in row order, cut into blocks of at most `blockRows` rows. */
export function fixBlocks(fixes: readonly CellFix[], blockRows = FIX_BLOCK_ROWS): Block[] {
  const byColumn = new Map<string, CellFix[]>();
  for (const fix of fixes) {
    const key = `${fix.sheet}\u0001${fix.column}`;
    let list = byColumn.get(key);
    if (!list) byColumn.set(key, (list = []));
    list.push(fix);
  }
  const blocks: Block[] = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.row - b.row);
    let start = 0;
    while (start < list.length) {
      let end = start + 1;
      while (end < list.length && list[end].row - list[start].row < blockRows) end++;
      const part = list.slice(start, end);
      const firstRow = part[0].row;
      blocks.push({
        sheet: part[0].sheet,
        column: part[0].column,
        firstRow,
        rows: part[part.length - 1].row - firstRow + 1,
        fixes: part,
      });
      start = end;
    }
  }
  return blocks;
}

function sameValue(found: Cell, expected: Cell): boolean {
  const blank = (v: Cell) => v === null || v === undefined || v === "";
  if (blank(found) || blank(expected)) return blank(found) && blank(expected);
  return found === expected;
}

/** Applies `fixes` block by block: read the block, then write what still holds the checked value. */
export async function fixCells(
  context: Excel.RequestContext,
  fixes: readonly CellFix[],
  onProgress?: Progress,
): Promise<FixReport> {
  const blocks = fixBlocks(fixes);
  const written: CellFix[] = [];
  const skipped: { fix: CellFix; found: Cell }[] = [];
  let done = 0;
  const step = async (i: number): Promise<void> => {
    if (i >= blocks.length) return;
    const block = blocks[i];
    const range = context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.firstRow - 1, block.column - 1, block.rows, 1);
    range.load("values");
    await context.sync();
    const current = range.values as Cell[][];
    const grid: (string | null)[][] = current.map(() => [null]);
    let any = false;
    for (const fix of block.fixes) {
      const found = current[fix.row - block.firstRow][0];
      if (sameValue(found, fix.expected)) {
        grid[fix.row - block.firstRow][0] = fix.value;
        written.push(fix);
        any = true;
      } else {
        skipped.push({ fix, found });
      }
    }
    if (any) {
      range.values = grid;
      await context.sync();
    }
    done += block.fixes.length;
    onProgress?.("Fixing cells", done / fixes.length);
    return step(i + 1);
  };
  await step(0);
  return { written, skipped };
}
