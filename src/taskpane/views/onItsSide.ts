import { ON_ITS_SIDE } from "../../core";
import { isBlank } from "../../core/text";
import { NoHeaderError } from "../../core/types";
import { a1 } from "../../excel/context";
import type { SheetBlock } from "../backend";
import { h } from "../dom";

/**
 * A table on its side (core/onItsSide.ts: items across its top row, what is said of each down its first
 * column) as "Use an existing sheet" meets it. No mapping reads it: mapped by hand, one measure's figures
 * became that many partners, summed. So the pane says how to turn it, step by step, and offers the
 * editor only when the user asks for it.
 */

/** Is this read's error a table on its side? (The core says so in its message, as the command line reads it.) */
export function sidewaysError(err: unknown): err is NoHeaderError {
  return err instanceof NoHeaderError && err.message.includes(ON_ITS_SIDE);
}

/** The table's cells, `A1:D4`: from its top row (0-based in the block) to the last cell filled. */
export function sidewaysRange(b: SheetBlock, top: number): string {
  let [bottom, right] = [top, 0];
  b.values.forEach((row, r) => {
    if (r < top) return;
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      [bottom, right] = [Math.max(bottom, r), Math.max(right, c)];
    });
  });
  return a1(b.firstRow - 1 + top, b.firstColumn - 1, bottom - top + 1, right + 1);
}

/**
 * How to turn the table, in Excel's own menu words, and a quiet "Map it anyway" for the rare sheet whose
 * columns really are one partner each (`mapAnyway` shows the editor; the steps stay above it).
 */
export function sidewaysNote(b: SheetBlock, top: number, mapAnyway: () => void): HTMLElement {
  const button = h(
    "button",
    {
      class: "btn stealth",
      id: "map-anyway",
      onclick: () => {
        button.remove();
        mapAnyway();
      },
    },
    "Map it anyway",
  );
  return h(
    "div",
    { class: "note", id: "on-its-side" },
    h("p", {}, "To turn it so each item is a row:"),
    h(
      "ol",
      { class: "steps" },
      h("li", {}, `On ${b.sheet}, select ${sidewaysRange(b, top)} and copy it (Home › Copy).`),
      h("li", {}, "Add a new sheet and click its cell A1."),
      h("li", {}, "Home › Paste › Paste Special: tick Transpose, then OK."),
      h("li", {}, "Choose that sheet under Sheet above, then Read headers."),
    ),
    h("p", { class: "muted" }, "Mapped as it is, each column would be read as a partner and its figures summed."),
    button,
  );
}
