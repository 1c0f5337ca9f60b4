import type { Cell } from "../../src/core";
import { mapHeaders } from "../../src/core/headers";
import { BLANK, TypedTable, type CellState } from "../../src/core/rows";
import { isBlank, specialText } from "../../src/core/text";
import { LISTS, TABS } from "./imports";

/**
 * load() reads a list's value spelled as listed, and `Yes` or `No`, as OK at once, without asking
 * whether the text is a placeholder or an error first (its fast path for list cells). Whatever the
 * text, the state, listed value and number it makes must be what the long way makes of it: the blank
 * test, then specialText, then coerce. Compared for every list and Yes/No column of every tab, on every
 * listed value and variants of each (other case, spaces, placeholders, errors).
 */

/** A table that also reads a cell the long way (blank, then specialText, then coerce). */
class LongWay extends TypedTable {
  longWay(slot: number, cell: string): CellState {
    if (isBlank(cell)) return BLANK;
    return specialText(cell) || this.coerce(slot, cell);
  }
}

const OTHERS = [
  "Yes",
  "No",
  "yes",
  "NO",
  " Yes",
  "No ",
  "Y",
  "n",
  "N/A",
  "TBD",
  "None",
  "-",
  "?",
  "#N/A",
  "",
  "  ",
  "0",
];

const texts = new Set<string>(OTHERS);
for (const list of Object.values(LISTS)) {
  for (const v of list.values) for (const t of [v, v.toLowerCase(), v.toUpperCase(), ` ${v}`, `${v} `]) texts.add(t);
}

/** What one cell of `slot` makes, loaded in a row of its own or read the long way. */
function read(tab: string, header: Cell[], column: number, text: string, longWay: boolean) {
  const row: Cell[] = header.map(() => "");
  row[column] = text;
  const matrix: Cell[][] = [header, row];
  const mapping = mapHeaders(matrix as never, tab);
  const table = new LongWay(matrix as never, mapping);
  const slot = table.slots.find((s) => table.index[s] === column) as number;
  table.load(1);
  const state = longWay ? table.longWay(slot, text) : (table.state[slot] as CellState);
  const readable = state === 1 || state === 3;
  return { state, listed: readable ? table.listed[slot] : undefined, num: readable ? table.num[slot] : undefined };
}

describe("load's list and Yes/No cells", () => {
  for (const tab of TABS) {
    const header: Cell[] = tab.columns.map((c) => c.name);
    tab.columns.forEach((column, i) => {
      if (column.type !== "yesNo" && !(column.type === "list" && column.list)) return;
      it(`${tab.name}: ${column.name} reads each text as the long way does`, () => {
        const mapping = mapHeaders([header] as never, tab.name);
        expect(mapping.columns.find((c) => c.index === i)?.header).toBe(column.name);
        for (const text of texts) {
          const fast = read(tab.name, header, i, text, false);
          const slow = read(tab.name, header, i, text, true);
          expect({ text, ...fast }).toEqual({ text, ...slow });
        }
      });
    });
  }
});
