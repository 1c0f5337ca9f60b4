import { IGNORED_COLUMN, isBlankRow, pivotLeftOut } from "../../core";
import { hiddenRowsChecked, hiddenRowsNote } from "../../core/hiddenRows";
import { withMergedAreas } from "../../core/mergedCells";
import {
  keptCurrencyLine,
  NOT_COPIED_ADVICE,
  NOT_DATA_WORDS,
  scaledLine,
  toldApartLine,
  copiesLeftOutLine,
  unstatedCurrencyLine,
} from "../../core/trackerRows";
import type { HeaderMapping } from "../../core/types";
import { TABS, type TabName, tabByName } from "../../schema";
import type { Backend, CopyResult, SavedMapping, SheetBlock } from "../backend";
import { announce, breakable, errorMessage, h, replace } from "../dom";
import {
  blockColumns,
  blockForKeptMapping,
  blockLabel,
  blocksSideBySide,
  handRow,
  quotedRow,
  fromRowOne,
  keptForTable,
  keptPlace,
  keptRowOf,
  keptTables,
  editorHeaders,
  editorMapping,
  editorSamples,
  formulaStart,
  overridesFromPairs,
  pairsOf,
  readBesideLabels,
  sampleValue,
  unaskedMapping,
  validateFormula,
  validateInPlace,
} from "./mappingModel";
import { problemList } from "./problemList";
import { locateEach } from "./problemModel";
import { progressBar } from "./progress";
import { actionButton, holdControls } from "./layout";
import { sidewaysError, sidewaysNote } from "./onItsSide";
import { sheetSummarySlot } from "./sheetSummarySlot";
import { useSheetSection } from "./useSheetSlot";
import { paneWording } from "../wording";

const IGNORE = "";

/** "rows 4, 5, 9 and 12 more" — the first few worksheet rows of a list. */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(", ");
  return `${rows.length === 1 ? "row" : "rows"} ${shown}${rows.length > 5 ? ` and ${rows.length - 5} more` : ""}`;
}

/**
 * The editor's Sample cell: each word its own box, so a line breaks only between words and a word wider
 * than the column ends in an ellipsis (taskpane.css); the whole value in the tooltip.
 */
function sampleCell(sample: string): HTMLElement {
  if (sample === "") return h("td", { class: "sample" }, "(empty)");
  const words = sample.split(/\s+/).flatMap((word, i) => (i === 0 ? [] : [" "]).concat([word]));
  return h(
    "td",
    { class: "sample", title: sample },
    words.map((w) => (w === " " ? w : h("span", { class: "word" }, w))),
  );
}

/**
 * What a copy did, in words: rows copied, rows already in the tracker, rows that are not data left
 * out. `sheet` names what was copied (with its columns when it is one block of several); `original`
 * the worksheet, which is unchanged.
 */
export function copyMessage(result: CopyResult, sheet: string, table: string, original = sheet): HTMLElement {
  const lines: string[] = [];
  const already = result.alreadyInTracker;
  if (result.written > 0) lines.push(`Copied ${result.written} rows from ${sheet} into ${table}.`);
  else if (already.length > 0) lines.push(`Nothing copied: every row of ${sheet} is already in ${table}.`);
  else lines.push(`Nothing copied: ${sheet} has no data rows under its headers.`);
  if (already.length > 0) {
    lines.push(
      `${already.length} ${already.length === 1 ? "row was" : "rows were"} already in ${table} (same ${result.keyColumns.join(" and ")}) and not copied again: ${rowList(already)}.`,
    );
  }
  for (const n of result.notData.slice(0, 3)) {
    const label = n.label ? ` ("${n.label}")` : "";
    lines.push(`Row ${n.row} is ${NOT_DATA_WORDS[n.kind]}${label}${NOT_COPIED_ADVICE[n.kind] ?? ""}: not copied.`);
  }
  if (result.notData.length > 3) {
    lines.push(
      `${result.notData.length - 3} more rows that are not data (totals, labels, notes, placeholders only) were not copied.`,
    );
  }
  for (const s of result.scaled ?? []) lines.push(scaledLine(s));
  if (result.toldApart) lines.push(toldApartLine(result.toldApart));
  // (Worksheet row numbers already: the sheet's first row is added in.)
  for (const c of result.copiesLeftOut ?? []) lines.push(copiesLeftOutLine(c, table, 0));
  lines.push(...(result.runsOn ?? []));
  lines.push(`${original} itself is unchanged.`);
  // Amounts kept in pounds or euros ask the user to act: said as a warning, whatever else went well.
  const kept = [
    ...(result.keptCurrency ?? []).map((k) => keptCurrencyLine(k, table)),
    ...(result.unstatedCurrency ?? []).map((header) => unstatedCurrencyLine(header, table)),
  ].map((line) => h("p", { class: "warning" }, line));
  return h(
    "div",
    { class: result.written > 0 ? "ok" : "warning", role: "status" },
    lines.map((l) => h("p", {}, l)),
    kept,
  );
}
/**
 * Flow 2: use an existing sheet. Pick it, see (and correct) how its headers map to a tracker tab,
 * then validate it in place or copy it into the tracker table. The original sheet is only read.
 * Loaded when first opened (useSheetSlot.ts), which hands it Check's "Map and check" through `openOn`.
 */
export function useSheetView(backend: Backend): { element: HTMLElement; openOn(sheet: string): void } {
  const sheetSelect = h("select", { id: "sheet-select", "aria-label": "Sheet to use" }) as HTMLSelectElement;
  const status = h("p", { class: "status", role: "status" });
  /** What on the sheet is not read as data (its pivot tables), said once per read. */
  const leftOut = h("div", { class: "left-out muted", id: "left-out" });
  const progress = progressBar("Reading the sheet");
  const mappingArea = h("div", { class: "mapping" });
  const results = h("div", { class: "result" });
  const checked = problemList(backend, status); // the user's sheet is only read: no fixes offered

  /** The sheet's blocks side by side (one, the whole sheet, for most sheets); `block` is the one in hand. */
  let parts: SheetBlock[] = [];
  let block: SheetBlock | undefined;
  let tab: TabName | null = null;
  let overrides: Record<number, string | null> = {};
  let mapping: HeaderMapping | undefined;
  /** The user chose the tab or a column by hand, or a kept mapping was applied: keep it in the workbook. */
  let corrected = false;
  /** The user chose the tab (nothing was recognised, or another tab than the one found): the status says so. */
  let tabChosen = false;
  /**
   * The header row (0-based) the user chose ("Headers on row N") or a kept mapping names; undefined: the
   * one the core finds. Read with mapFrom either way, so a chosen row is kept with its mapping and found
   * again from its pairs next time.
   */
  let chosenRow: number | undefined;
  /** The mappings kept for the sheet being read (one per table: per block side by side, per header row). */
  let keptHere: SavedMapping[] = [];

  /**
   * The kept mappings of block `b`, the preferred first: one kept for an Excel table of it, those saved
   * for its columns — one per table, tables one below the other each with its own — and, on a sheet of
   * blocks side by side, one saved under columns no block has now (the block moved) or for the whole
   * sheet (before blocks kept their own) when `b` is the block whose headers it names.
   */
  const keptOf = (b: SheetBlock): SavedMapping[] => {
    // One kept for an Excel table is that table's block's, wherever the block is now.
    const tables = new Set((b.tables ?? []).map((t) => t.name));
    const columns = parts.length < 2 ? "" : blockColumns(b);
    // A block that moved (a column inserted to its left: `D–F` is now `E–G`) keeps its mappings: those
    // kept under columns no block has now, whose headers this block names best.
    const here = new Set(parts.map(blockColumns));
    const moved = (k: SavedMapping) =>
      parts.length >= 2 && k.columns !== "" && !here.has(k.columns) && blockForKeptMapping(parts, k.pairs) === b;
    const whole = (k: SavedMapping) =>
      parts.length >= 2 && k.columns === "" && blockForKeptMapping(parts, k.pairs) === b;
    const ofTable = keptHere.filter((k) => k.place !== undefined && tables.has(k.place));
    const own = keptHere.filter((k) => k.columns === columns);
    return [...new Set([...ofTable, ...own, ...keptHere.filter(moved), ...keptHere.filter(whole)])];
  };

  /**
   * Starts the editor on block `b` from scratch, or from the mapping kept for it: for the table whose
   * header row is `row` (0-based) when given, else for its top table that has one.
   */
  const startBlock = (b: SheetBlock, row?: number): SavedMapping | undefined => {
    block = b;
    tab = null;
    overrides = {};
    corrected = false;
    tabChosen = false;
    chosenRow = undefined;
    const kept = row === undefined ? keptTables(b, keptOf(b))[0]?.kept : keptForTable(b, keptOf(b), row);
    const keptTab = kept && TABS.find((t) => t.name === kept.tab)?.name;
    if (!kept || !keptTab) return undefined;
    tab = keptTab;
    // Where the user mapped it (the second of two tables of the same headers), not where its pairs are first.
    ({ overrides, headerRow: chosenRow } = overridesFromPairs(b.values, keptTab, kept.pairs, keptRowOf(b, kept)));
    corrected = true;
    return kept;
  };

  /**
   * After "Using the mapping you corrected before": the other tables of the block a mapping is kept for
   * (one below the other), and how to open one — else nothing.
   */
  const otherTablesKept = (b: SheetBlock): string => {
    const others = keptTables(b, keptOf(b))
      .map((t) => b.firstRow + t.row)
      .filter((row) => chosenRow === undefined || row !== b.firstRow + chosenRow);
    if (others.length === 0) return "";
    const rows = others.length === 1 ? `row ${others[0]}` : `rows ${others.join(", ")}`;
    return ` A mapping is kept for the table with headers on ${rows} too: give that row in "Headers on row" to use it.`;
  };

  const refreshSheets = async () => {
    try {
      const names = await backend.listSheets();
      const current = sheetSelect.value;
      replace(
        sheetSelect,
        names.map((n) => h("option", { value: n }, n)),
      );
      if (names.includes(current)) sheetSelect.value = current;
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  };

  const remap = () => {
    if (!block) return;
    try {
      mapping = editorMapping(block, tab, overrides, chosenRow);
      // A Partners sheet's summary under its mapping, as the command line's `summary` gives it.
      replace(mappingArea, partPicker(), mappingTable(block, mapping), sheetSummarySlot(block, mapping));
      status.textContent = mappedStatus(mapping);
    } catch (err) {
      mapping = undefined;
      status.textContent = errorMessage(err, "below");
      const b = block;
      const byHand = () => pickTab(b, handRow(b.values, err), quotedRow(err) >= 0);
      // A table on its side: the steps to turn it, and the editor only when asked for (mapped as it is,
      // each column was a partner and one measure's figures were summed as partners' commitments).
      if (sidewaysError(err)) {
        const note = sidewaysNote(b, err.row, () => mappingArea.appendChild(byHand()));
        replace(mappingArea, partPicker(), note);
      } else replace(mappingArea, partPicker(), byHand());
    }
    // Validate and Copy act on a mapping: none yet (nothing recognised, a table on its side), none offered.
    actions.hidden = mapping === undefined;
  };

  /**
   * What the editor shows, in a line: the tab the headers look like and how many columns were
   * recognised — or, once the user chose the tab, that choice and what is left to do (a sheet nothing
   * was recognised on said "Looks like the Partners tab: 0 columns recognised" after the user chose it).
   */
  const mappedStatus = (m: HeaderMapping): string => {
    const n = m.columns.length;
    const columns = `${n} ${n === 1 ? "column" : "columns"}`;
    if (tabChosen) {
      return n === 0
        ? `${m.tab} tab, as you chose: map its columns below.`
        : `${m.tab} tab, as you chose: ${columns} mapped — change any below.`;
    }
    return n === 0
      ? `Looks like the ${m.tab} tab, but no column is recognised yet: map its columns below.`
      : `Looks like the ${m.tab} tab: ${columns} recognised.`;
  };

  /** Where the sheet holds blocks side by side: which one the editor, Validate and Copy work on. */
  const partPicker = (): HTMLElement | null => {
    if (parts.length < 2 || !block) return null;
    const current = parts.indexOf(block);
    return h(
      "div",
      { class: "note", id: "block-choice" },
      h(
        "p",
        {},
        `${block.sheet} holds ${parts.length} blocks side by side (an empty column between them). Each is mapped, ` +
          `checked and copied on its own: copy one, then choose the next.`,
      ),
      h("label", { for: "block-select" }, "Block "),
      h(
        "select",
        {
          id: "block-select",
          "aria-label": "Block of the sheet to use",
          onchange: (e: Event) => {
            const kept = startBlock(parts[Number((e.target as HTMLSelectElement).value)]);
            replace(results);
            remap();
            if (kept && mapping && block) {
              status.textContent += ` Using the mapping you corrected before.${otherTablesKept(block)}`;
            }
          },
        },
        parts.map((p, i) => h("option", { value: String(i), selected: i === current }, blockLabel(p))),
      ),
    );
  };

  /** The block's name in messages: the sheet, and its columns when the sheet holds several blocks. */
  const blockName = (b: SheetBlock): string => (parts.length < 2 ? b.sheet : `${b.sheet} (${blockColumns(b)})`);

  /**
   * The table's name in what Validate and Copy say: the block's, and its header row where another table
   * of the block has a mapping kept (tables one below the other: "Checked Grants" said of either).
   */
  const tableName = (b: SheetBlock, m: HeaderMapping): string => {
    const another = keptTables(b, keptOf(b)).some((t) => t.row !== m.headerRow);
    if (!another) return blockName(b);
    const where = `headers on row ${b.firstRow + m.headerRow}`;
    return parts.length < 2 ? `${b.sheet} (${where})` : `${b.sheet} (${blockColumns(b)}, ${where})`;
  };

  /**
   * Nothing recognised: the user says which tab the sheet holds, then maps its columns by hand — those of
   * `found` (the row the status quotes as closest to headers: handRow; `quoted`, when it quotes one), or
   * of the row the user chose.
   */
  const pickTab = (b: SheetBlock, found: number, quoted: boolean): HTMLElement => {
    const row = chosenRow ?? found;
    // (Headers the row repeats with the title over them, as the editor lists them: `Committed › 2023`.)
    // The row the status quotes is not quoted again (the pane said its headers twice, one under the
    // other); a row the user chose is, as the status quotes none of it.
    const headers = quoted && row === found ? [] : editorHeaders(b.values, row).filter((c) => c !== "");
    const listed = headers.length
      ? ` (row ${b.firstRow + row} has ${headers.slice(0, 8).join(", ")}${headers.length > 8 ? ", …" : ""})`
      : "";
    return h(
      "div",
      { class: "note" },
      h(
        "p",
        {},
        `Nothing on ${b.sheet} was recognised for certain${listed}. Say which tab it holds, then map its columns by hand.`,
      ),
      h(
        "div",
        { class: "map-choices" },
        h(
          "span",
          {},
          h("label", { for: "tab-select" }, "This sheet holds "),
          h(
            "select",
            {
              id: "tab-select",
              "aria-label": "Tracker tab this sheet holds",
              onchange: (e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                if (!value) return;
                tab = value as TabName;
                overrides = {};
                chosenRow = row; // mapped by hand: the row whose headers the note lists
                corrected = true;
                tabChosen = true;
                remap();
              },
            },
            h("option", { value: "" }, "(choose a tab)"),
            TABS.map((t) => h("option", { value: t.name }, t.name)),
          ),
        ),
        headerRowChoice(b, row),
      ),
    );
  };

  /**
   * "Headers on row N", beside the tab: the worksheet row the editor reads the headers from — the one it
   * found, until the user says another. Under a title, headers that name no tracker column until the
   * user maps one were never listed (the title's cells were), and the sheet could not be mapped; the
   * command line's `--map` and VALIDATE's mapping find the row holding the mapped headers. Choosing a
   * row lists its headers to map afresh; the mapping kept finds that row again from its headers.
   */
  const headerRowChoice = (b: SheetBlock, row: number): HTMLElement => {
    const [first, last] = [b.firstRow, b.firstRow + Math.max(0, b.values.length - 1)];
    const input = h("input", {
      type: "number",
      id: "header-row",
      inputmode: "numeric",
      min: first,
      max: last,
      step: 1,
      value: first + row,
      onchange: () => {
        const typed = Number(input.value);
        const at = typed - b.firstRow;
        const refused =
          !Number.isInteger(typed) || at < 0 || at >= b.values.length
            ? `Give a row number from ${first} to ${last}.`
            : isBlankRow(b.values[at])
              ? `Row ${typed} is empty: give the row your headers are on.`
              : undefined;
        if (refused) {
          input.value = String(first + row);
          status.textContent = refused;
          return;
        }
        if (at === row) return;
        // A table one below another whose mapping is kept: that mapping, as the user left it.
        const kept = keptForTable(b, keptOf(b), at) && startBlock(b, at);
        if (!kept) {
          chosenRow = at;
          overrides = {}; // the columns of another row: mapped afresh
          corrected = true;
        }
        remap();
        status.textContent += ` Headers read from row ${typed}.${kept ? " Using the mapping you corrected before." : ""}`;
        // The editor was made again: the keyboard stays on the row number (arrow keys step on).
        document.getElementById("header-row")?.focus();
      },
    }) as HTMLInputElement;
    return h("span", { class: "header-row" }, h("label", { for: "header-row" }, "Headers on row "), input);
  };

  const mappingTable = (b: SheetBlock, m: HeaderMapping): HTMLElement => {
    const tabSpec = tabByName(m.tab);
    const tabSelect = h(
      "select",
      {
        id: "tab-select",
        "aria-label": "Tracker tab this sheet matches",
        onchange: (e: Event) => {
          tab = (e.target as HTMLSelectElement).value as TabName;
          overrides = {};
          corrected = true;
          tabChosen = true;
          remap();
        },
      },
      TABS.map((t) => h("option", { value: t.name, selected: t.name === m.tab }, t.name)),
    );
    // Headers the row repeats are named with the group title over them (`Committed › 2023`).
    const headerCells = editorHeaders(b.values, m.headerRow);
    const readBeside = readBesideLabels(b.values, m);
    const samples = editorSamples(
      b.values,
      m,
      headerCells.map((_, i) => i),
    );
    const width = Math.max(headerCells.length, ...m.columns.map((c) => c.index + 1));
    // A column mapped without a header of its own (figures beside a column of £ marks) is listed
    // by the name the mapping gives it, `Amount (beside £)`.
    const rows = Array.from({ length: width }, (_, index) => ({
      header: (headerCells[index] ?? "") || (m.columns.find((c) => c.index === index)?.header ?? ""),
      index,
    }))
      .filter((x) => x.header !== "")
      .map(({ header, index }) => {
        const mapped = m.columns.find((c) => c.index === index);
        const beside = readBeside.get(index);
        const ignored = !mapped && (m.ignored?.includes(index) ?? false);
        const select = h(
          "select",
          {
            "aria-label": `Tracker column for "${header}"`,
            "data-index": index,
            onchange: (e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              overrides = { ...overrides, [index]: value === IGNORE ? null : value };
              corrected = true;
              remap();
            },
          },
          // A column the check reads beside the mapping (the amounts' currency, a person's name) says so,
          // and offers "(ignore)" too: chosen, the check leaves it out on purpose (HeaderMapping.ignored).
          h("option", { value: IGNORE, selected: !mapped && !ignored }, beside ?? "(ignore)"),
          beside === undefined ? null : h("option", { value: IGNORED_COLUMN, selected: ignored }, "(ignore)"),
          (tabSpec?.columns ?? []).map((c) => h("option", { value: c.id, selected: mapped?.id === c.id }, c.name)),
        );
        const sample = samples.get(index) ?? sampleValue(b.values, m.headerRow, index);
        return h("tr", {}, h("th", { scope: "row" }, breakable(header)), h("td", {}, select), sampleCell(sample));
      });
    const missingRequired = m.missing.filter((c) => c.required);
    return h(
      "div",
      {},
      h(
        "div",
        { class: "map-choices" },
        h("span", {}, h("label", { for: "tab-select" }, "Matches tab "), tabSelect),
        headerRowChoice(b, m.headerRow),
      ),
      h(
        "table",
        { class: "map" },
        h("caption", {}, "How your headers map to the tracker (change any that are wrong)"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Your header"),
            h("th", { scope: "col" }, "Tracker column"),
            h("th", { scope: "col" }, "Sample"),
          ),
        ),
        h("tbody", {}, rows),
      ),
      missingRequired.length
        ? h("p", { class: "warning" }, `Missing required columns: ${missingRequired.map((c) => c.name).join(", ")}.`)
        : null,
    );
  };

  /** No sheet read to act on: no editor, no summary, no Validate or Copy (a read of nothing, or one that failed). */
  const nothingRead = (): void => {
    block = undefined;
    mapping = undefined;
    replace(mappingArea);
    actions.hidden = true;
  };

  const readButton = actionButton("Read headers", { id: "read-sheet" }, async () => {
    replace(results);
    replace(leftOut);
    if (!sheetSelect.value) await refreshSheets();
    if (!sheetSelect.value) {
      status.textContent = "This workbook has no sheet to read.";
      return;
    }
    // The last read's editor, Validate and Copy wait for this read: what they would act on is about to change.
    const release = holdControls([mappingArea, validateButton, copyButton]);
    try {
      const sheet = fromRowOne(await backend.readSheet(sheetSelect.value, (step, f) => progress.update(step, f)));
      const pivots = sheet.pivots ?? [];
      replace(
        leftOut,
        pivots.map((p) => h("p", {}, `Left out: ${pivotLeftOut(p)}.`)),
      );
      if (pivots.length > 0 && sheet.values.every(isBlankRow)) {
        // Nothing to validate or copy: not offered (they answered "Read a sheet first." after this read).
        nothingRead();
        status.textContent = `${sheet.sheet} holds only ${pivots.length === 1 ? "a pivot table" : "pivot tables"}: nothing to check or copy. Use the sheet ${pivots.length === 1 ? "it summarises" : "they summarise"}.`;
        return;
      }
      keptHere = (await backend.readMappings().catch(() => [])).filter((k) => k.sheet === sheet.sheet);
      // The kept tab helps find blocks whose headers need it; blocks kept as different tabs split without one.
      const keptTabs = new Set(keptHere.map((k) => TABS.find((t) => t.name === k.tab)?.name));
      const [keptTab] = keptTabs.size === 1 ? keptTabs : [undefined];
      parts = blocksSideBySide(sheet, keptTab ?? null);
      // Open on the first block that has a kept mapping (the one the user worked on), else the first.
      const kept = startBlock(parts.find((p) => keptTables(p, keptOf(p)).length > 0) ?? parts[0]);
      remap();
      if (kept && mapping && block) {
        status.textContent += ` Using the mapping you corrected before.${otherTablesKept(block)}`;
      }
    } catch (err) {
      // A read that failed leaves nothing to act on: the last sheet's editor, summary, Validate and Copy
      // go (they stayed, and Validate checked the sheet read before while another was chosen above).
      nothingRead();
      status.textContent = errorMessage(err);
    } finally {
      release();
      progress.done();
    }
  });

  const validateButton = h(
    "button",
    {
      class: "btn accent",
      id: "validate-sheet",
      onclick: () => {
        if (!block || !mapping) {
          status.textContent = "Read a sheet first.";
          return;
        }
        const read = validateInPlace(block, mapping);
        const { result } = read;
        // The core's words for making a mapping, as the pane makes one: in the editor above the list.
        const issues = result.issues.map((i) => ({ ...i, message: paneWording(i.message, "above") }));
        const current = block;
        const used = mapping;
        checked.show(issues.flatMap((i) => locateEach(i, current, used, used.tab)));
        const formula = h("div", { class: "formula-offer" });
        // Rows the sheet hides are checked too, as Excel's formulas read them: said, as the command line says it.
        const hidden = hiddenRowsChecked(read.values, result, current.hiddenRows ?? []).map(
          (i) => current.firstRow + i,
        );
        replace(
          results,
          h("h3", {}, `Checked ${tableName(current, used)} as ${mapping.tab}`),
          hidden.length
            ? h(
                "p",
                { class: "note", id: "hidden-rows" },
                hiddenRowsNote(blockName(current), hidden, result.rowsChecked, current.filtered === true),
              )
            : null,
          formula,
          checked.element,
        );
        void offerFormula(current, used, formula);
        announce(`${issues.length} issues found in ${tableName(current, used)}.`);
      },
    },
    "Validate in place",
  );

  /** Keeps a corrected mapping in the workbook, then shows the formula that checks the sheet with it. */
  const offerFormula = async (b: SheetBlock, m: HeaderMapping, area: HTMLElement) => {
    const headerRow = chosenRow;
    let reference: string | undefined;
    let pairs: [string, string][] = [];
    let note = "";
    if (corrected) {
      try {
        const columns = parts.length < 2 ? "" : blockColumns(b);
        // The entry kept for this table before (at its header row, or one the user moved it from; kept
        // under other columns when the block has moved since) is updated in place; another table's,
        // one below or above it, is left alone: a new entry is kept beside it.
        const before = keptForTable(b, keptOf(b), m.headerRow, true);
        const kept = pairsOf(m, b.values, unaskedMapping(b.values, m.tab, m.headerRow));
        const saved = await backend.saveMapping(
          b.sheet,
          m.tab,
          kept,
          columns,
          before?.entry ?? null,
          keptPlace(b, m, kept),
        );
        [reference, pairs] = [saved.reference, kept];
        // Switching to another block or table and back brings this correction back without reading again.
        keptHere = [...keptHere.filter((k) => k !== before && k.entry !== saved.entry), saved];
        note = "Your mapping is kept in this workbook (on a hidden sheet) and used next time. ";
      } catch (err) {
        note = `Your mapping could not be kept: ${errorMessage(err)} `;
      }
    }
    // A header row VALIDATE would not find from the block's top (one the user chose): the range starts at it.
    const text = validateFormula(b, m.tab, reference, headerRow === undefined ? 0 : formulaStart(b, m, pairs));
    replace(
      area,
      h("p", { class: "muted" }, `${note}To keep checking ${tableName(b, m)} in a cell, use:`),
      // A read-only text area wraps the long formula at 320 px; focusing it selects it for copying.
      h(
        "textarea",
        {
          class: "formula",
          id: "validate-formula",
          readonly: true,
          rows: 3,
          "aria-label": "Formula that checks this sheet",
          onfocus: (e: Event) => (e.target as HTMLTextAreaElement).select(),
        },
        text,
      ),
      // Excel hands a formula a merged area's value in its first cell only: it cannot read the sheet
      // as this check did (README: merged cells).
      b.mergedDown?.length
        ? h(
            "p",
            { class: "muted", id: "merged-note" },
            "This sheet has cells merged down. The formula sees a merged cell's value on its first row only, so it " +
              "may report more than this check. Unmerge them (Home › Merge & Center › Unmerge, then fill down) for " +
              "the two to agree.",
          )
        : null,
    );
  };

  const copyButton = actionButton("Copy into tracker", { id: "copy-sheet" }, async () => {
    if (!block || !mapping) {
      status.textContent = "Read a sheet first.";
      return;
    }
    try {
      const read = withMergedAreas(block.values, mapping, block.mergedDown, 0, 0);
      const result = await backend.copyIntoTracker({ ...block, values: read.values }, read.mapping);
      // Named as a user knows it, as Check names it: "the tracker's Partners table", not its Excel name
      // (`tblPartners` read as jargon under "Copied 8 rows … into").
      const table = `the tracker's ${mapping.tab} table`;
      replace(results, copyMessage(result, tableName(block, mapping), table, block.sheet));
    } catch (err) {
      replace(results, h("p", { class: "error", role: "alert" }, errorMessage(err)));
    }
  });

  const actions = h("div", { class: "actions" }, validateButton, copyButton);
  const view = useSheetSection(
    h("label", { for: "sheet-select" }, "Sheet "),
    sheetSelect,
    h("button", { class: "btn stealth", id: "reload-sheets", onclick: () => void refreshSheets() }, "Reload list"),
    h("div", { class: "actions" }, readButton),
    progress.element,
    status,
    leftOut,
    mappingArea,
    actions,
    results,
  );
  // Check's "Map and check" on a user's own sheet named like a tab: read that sheet (its tab is shown).
  const openOn = (sheet: string): void => {
    void refreshSheets().then(() => {
      sheetSelect.value = sheet;
      (readButton as HTMLElement).click();
      sheetSelect.focus();
    });
  };
  void refreshSheets();
  return { element: view, openOn };
}
