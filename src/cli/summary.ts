import {
  isBlank,
  isTotalLabel,
  SUMMARY_WORDS,
  summarizePartnerBlocks,
  summaryToSpill,
  TrackerError,
  type HeaderMapping,
  type Matrix,
} from "../core";
import { tableToCsv } from "../core/csv";
import { partsOfWhole, type SheetRows } from "../core/restatedSheets";
import { sheetSummaryNotes } from "../core/sheetSummaryNotes";
import { saysPaid } from "../core/summaryColumnNotes";
import { money } from "../core/summarySentences";
import { cellText } from "../core/text";
import { PARTNERS } from "../schema";
import { ALL_SHEETS } from "./check";
import {
  findBlocks,
  isTableOfSheet,
  PAGE_NAME,
  uncalculatedRowsOf,
  type Block,
  type MappingOptions,
} from "./workbookBlocks";
import { mapEntrySheet } from "./mapPairs";
import { workbookCurrencyNote } from "./workbookCurrency";
import { sheetMapHint } from "./mapHint";
import { restatedPartnerSheets } from "./restated";
import { printable } from "./terminal";
import type { WorkbookData } from "./xlsxReader";

/**
 * `summary`: PARTNERS.SUMMARY over the workbook's Partners data (the tracker's table, or the first
 * sheet whose headers map to Partners) — partners, committed and received by a column.
 */

export interface PartnersSummaryResult {
  readonly sheet: string;
  /** The sheets summed, where they are several (`--sheet all`, or a sheet continued on the next). */
  readonly sheets?: readonly string[];
  readonly table?: string;
  /** Header row then rows then the Total row, as PARTNERS.SUMMARY spills it. */
  readonly spill: (string | number)[][];
  /** The currency the amounts are in (`USD` unless the sheet's amounts name another). */
  readonly currency: string;
  /** What the figures leave out, one sentence each (amounts that could not be read, no Received column). */
  readonly notes: string[];
}

/**
 * Each sheet's data rows (partner and amounts as one text; blank names and Total rows left out), as
 * partsOfWhole compares them: the blocks of one sheet together.
 */
function sheetRowsOf(
  blocks: readonly { sheet: string; matrix: readonly (readonly unknown[])[]; mapping: HeaderMapping }[],
): SheetRows[] {
  const bySheet = new Map<string, string[]>();
  for (const b of blocks) {
    const at = (id: string) => b.mapping.columns.find((c) => c.id === id)?.index ?? -1;
    const [name, committed, received] = [
      PARTNERS.col.partner.id,
      PARTNERS.col.committed.id,
      PARTNERS.col.received.id,
    ].map(at);
    if (name < 0 || committed < 0) continue;
    const rows = bySheet.get(b.sheet) ?? [];
    bySheet.set(b.sheet, rows);
    for (const cells of b.matrix.slice(b.mapping.headerRow + 1)) {
      const text = (i: number) =>
        i < 0
          ? ""
          : String(cells?.[i] ?? "")
              .trim()
              .toLowerCase();
      if (text(name) === "" || isTotalLabel(text(name))) continue;
      rows.push([text(name), text(committed), text(received)].join("\u0000"));
    }
  }
  return [...bySheet].map(([sheet, rows]) => ({ sheet, rows }));
}

export function partnersSummary(
  wb: WorkbookData,
  groupBy?: string,
  mapping: MappingOptions = {},
  /** `--sheet`: the sheet to sum, when the workbook holds Partners data on several. */
  sheet?: string,
): PartnersSummaryResult {
  const { blocks, skipped, notes: readNotes } = findBlocks(wb, mapping);
  const all = blocks.filter((b) => b.mapping.tab === PARTNERS.name);
  // The name as given first (a sheet's name may end in a space: real, a federal report's
  // "ERA2 Affordable Housing "), then ignoring case, then ignoring outer spaces too.
  const tries: ((name: string) => boolean)[] = [
    (name) => name === sheet,
    (name) => name.toLowerCase() === sheet?.toLowerCase(),
    (name) => name.trim().toLowerCase() === sheet?.trim().toLowerCase(),
  ];
  // `--sheet all`: every sheet with amounts, summed as one (a ledger kept a month a sheet).
  // (A file of one sheet, a CSV, is summed as it is: a batch passing `--sheet all` to every file gets
  // no "Summed over 1 sheets" note on each: a helper's round.)
  // Sheets named as a document's pages (`Page1` … `Page27`), each with the same columns, are one list
  // cut by page, as a PDF converter writes it: summed as one unasked (a helper's round, real: FACTOR's
  // recipients, $290,000 of $71,690,259 shown, the other 26 pages named in the last note).
  const headersOf = (b: (typeof all)[number]) =>
    b.mapping.columns.map((c) => `${c.header}=${c.id}@${c.index}`).join("|");
  const pages =
    sheet === undefined &&
    new Set(all.map((b) => b.sheet)).size > 1 &&
    all.every((b) => PAGE_NAME.test(b.sheet) && !b.isTrackerTable && headersOf(b) === headersOf(all[0]));
  const rounds = sheet === undefined && !pages && roundsOfOneProgramme(all);
  let every =
    pages ||
    rounds ||
    (sheet !== undefined &&
      sheet.trim().toLowerCase() === ALL_SHEETS &&
      !all.some((b) => b.sheet === sheet) &&
      new Set(all.map((b) => b.sheet)).size > 1);
  if (sheet !== undefined && sheet.trim().toLowerCase() === ALL_SHEETS && !every) sheet = undefined;
  // Parts and their whole (`Part 1` … `Part 3` beside `Compiled`, which holds every row of theirs): the
  // whole is summed, never a part alone, and `--sheet all` sums it without its parts (partsOfWhole).
  const split = sheet === undefined || every ? partsOfWhole(sheetRowsOf(all)) : undefined;
  const inSplit = (name: string) =>
    split !== undefined && (split.whole === name || split.parts.includes(name) || split.copies.includes(name));
  // A sheet holding another's very rows again (the same grants in a cleaned layout), or restating it per
  // partner (a five-year total beside the yearly ledger): the decision `new --from` takes, which copies
  // it not (restatedPartners) — never summed with the other, nor offered to be (a helper's round, real:
  // the Sarthe's 2018 grants, `Feuil1` its `Table 1` again, €6.97M summed by --sheet all as €13.93M).
  // (Parts of a whole and its copies are said as such: partsOfWhole.)
  const restated = new Map(
    [...(sheet === undefined || every ? restatedPartnerSheets(all) : [])].filter(([name]) => !inSplit(name)),
  );
  const apart = (name: string) =>
    (split !== undefined && (split.parts.includes(name) || split.copies.includes(name))) || restated.has(name);
  // (`--sheet all` of a whole, its parts and a copy is the whole alone; of a sheet and its copy, the sheet.)
  if (every && new Set(all.filter((b) => !apart(b.sheet)).map((b) => b.sheet)).size < 2) {
    every = false;
    sheet = undefined;
  }
  const found =
    sheet === undefined || every
      ? all.filter((b) => !(every && apart(b.sheet)))
      : (tries.map((same) => all.filter((b) => same(b.sheet))).find((blocks) => blocks.length > 0) ?? []);
  // The tracker's own table first; then the first sheet with amounts to sum — a workbook's list of
  // programmes (no amounts) before its sheet of awards is no reason to give up (real: a city's
  // infrastructure-funding workbook).
  // A Committed column with nothing under it comes after one with figures: a notes sheet's `TOTAL:`
  // line matched by `--map Total=Committed` is no sheet of amounts (real: a county's federal-awards
  // workbook, whose notes sheet was summed as $0 before its awards).
  const amounts = (b: (typeof found)[number]) => {
    const at = b.mapping.columns.find((c) => c.id === PARTNERS.col.committed.id)?.index;
    if (at === undefined) return 0;
    const filled = b.matrix.slice(b.mapping.headerRow + 1).some((row) => !isBlank(row?.[at]));
    return filled ? 2 : 1;
  };
  // And a sheet whose headers the mapping by hand names before one it names none of (a helper's round,
  // real: a federal parks workbook, `--map "Sponsor Name=Partner"` summed another sheet's projects).
  // (An entry for one sheet, `Grants!Grantee=Partner`, names its header after the sheet's name.)
  const named = new Set(
    (mapping.pairs ?? []).flatMap(([header]) =>
      [header, mapEntrySheet(header).header].map((h) => h.trim().toLowerCase()),
    ),
  );
  const byHand = (b: (typeof found)[number]) =>
    b.mapping.columns.filter((c) => named.has(c.header.trim().toLowerCase())).length;
  const whole = (b: (typeof found)[number]) => Number(b.sheet === split?.whole);
  // (The sheet another restates before the restatement, as `new --from` copies it.)
  const own = (b: (typeof found)[number]) => Number(!restated.has(b.sheet));
  const partners = [...found].sort(
    (a, b) =>
      Number(b.isTrackerTable) - Number(a.isTrackerTable) ||
      byHand(b) - byHand(a) ||
      amounts(b) - amounts(a) ||
      own(b) - own(a) ||
      whole(b) - whole(a),
  )[0];
  if (!partners) {
    // The sheet named, left out: why, as check says it (a helper's round, real: a town council's
    // grants sheet, its partner header fused with the title, "it is on" another sheet and no more).
    const left =
      sheet === undefined ? undefined : tries.map((same) => skipped.find((s) => same(s.sheet))).find((s) => s);
    const sheets = [...new Set(all.map((b) => `"${b.sheet}"`))].join(", ");
    if (left) {
      const hint = sheetMapHint(left);
      const why = `${left.reason.replace(/\.$/, "")}.${hint ? ` To read it: ${hint}.` : ""}`;
      throw new TrackerError(
        "#N/A",
        all.length > 0
          ? `no Partners data on a sheet named "${sheet}": it is on ${sheets}. "${left.sheet}" is not read: ${why}`
          : `sheet "${left.sheet}": ${why}`,
      );
    }
    if (sheet !== undefined && all.length > 0) {
      throw new TrackerError("#N/A", `no Partners data on a sheet named "${sheet}": it is on ${sheets}`);
    }
    // A mapping by hand that a sheet could not take says why (a header heading three columns; two
    // headers mapped to one column — a helper's round: a grant's years, each mapped to Committed, told
    // "no table or sheet has a header row" first).
    const why = mapping.pairs?.length ? skipped.find((s) => s.reason.startsWith("The mapping")) : undefined;
    if (why) throw new TrackerError("#N/A", `sheet "${why.sheet}": ${why.reason}`);
    throw new TrackerError("#N/A", "no Partners data: no table or sheet has a header row naming Partners columns");
  }
  // Blocks side by side on that sheet (SPEC rev 2) are summed together, as PARTNERS.SUMMARY does;
  // a block beside them without a Committed column is not one to sum.
  const beside = every
    ? found.filter((b) => amounts(b) === 2 || b === partners)
    : found.filter(
        (b) =>
          (b.sheet === partners.sheet &&
            b.table === partners.table &&
            (b === partners || b.mapping.columns.some((c) => c.id === PARTNERS.col.committed.id))) ||
          // A sheet going on with its table, its title lines repeated and no header row of its own.
          (b.continues !== undefined && b.continues.sheet === partners.sheet && partners.table === undefined),
      );
  const summedSheets = [...new Set(beside.map((b) => b.sheet))];
  // The mapping check made (the headers, or --tab/--map), so summary reads the columns check read.
  const summary = (() => {
    try {
      return summarizePartnerBlocks(
        beside.map((b) => ({
          matrix: b.matrix as Matrix,
          mapping: b.mapping,
          trackerTable: b.isTrackerTable,
          ...hiddenRowsOf(wb, b),
          ...uncalculatedRowsOf(wb, b),
          // Blocks of one sheet (and table) side by side, not a sheet going on with another's table.
          ...(b.continues ? {} : { beside: summedSheets.indexOf(b.sheet) * 2 + (b.table === undefined ? 0 : 1) }),
        })),
        groupBy,
      );
    } catch (err) {
      if (!(err instanceof TrackerError)) throw err;
      // Told to map its payments as Committed, a user is told too that the summary will say so.
      // Only where it will: a header that says it was paid (saysPaid), not any Received column's.
      const paid = /Its payments are in "([^"]*)"/.exec(err.message);
      const message =
        paid && saysPaid(paid[1])
          ? err.message.replace(/(map it as \S+)\.$/, "$1 (the summary then says they are payments made).")
          : err.message;
      // With Partners data on several sheets, say which one was tried.
      if (new Set(all.map((b) => b.sheet)).size < 2 || every) {
        throw message === err.message ? err : new TrackerError(err.code, message);
      }
      throw new TrackerError(err.code, `sheet "${partners.sheet}": ${message}`);
    }
  })();
  const { committed, received } = PARTNERS.col;
  // The sheet's notes, as every door says them (sheetSummaryNotes), in the command line's words.
  const sheetNotes = sheetSummaryNotes({
    summary,
    blocks: beside,
    main: partners,
    tableOfSheet: beside.map((b) => isTableOfSheet(blocks, b)),
    filteredSheets: new Set(wb.sheets.filter((s) => s.filtered).map((s) => s.name)),
    fromText: wb.fromText === true,
    words: SUMMARY_WORDS.cli,
  });
  // The workbook's currency, said of the sheets summed only.
  const currencyNote = workbookCurrencyNote(beside);
  const notes: string[] = [
    ...sheetNotes.lead,
    ...(wb.notes ?? []),
    ...sheetNotes.blocks,
    ...readNotes,
    ...(currencyNote ? [currencyNote] : []),
    ...sheetNotes.notes,
  ];
  // One sheet is summed: another may be a summary of the same money (a per-partner total beside its
  // ledger), and money never counts twice. The others are named, with how to sum one (real: an NHS
  // workbook's three loan ledgers; the first alone was summed, and nothing said so).
  // A sheet whose Committed column is empty (that notes sheet) holds no figures to leave out.
  const others = [
    ...new Set(
      all
        .filter(
          (b) =>
            !summedSheets.includes(b.sheet) &&
            amounts(b) !== 1 &&
            !restated.has(b.sheet) &&
            !(summedSheets.includes(split?.whole ?? "") && apart(b.sheet)),
        )
        .map((b) => `"${b.sheet}"`),
    ),
  ];
  // A sheet like the Partners ones but for a header the core could not place (`Recipent`): named,
  // with the options reading it (a helper's round, real: a county's ARPA workbook, $548,270 unsaid).
  for (const s of skipped) {
    const hint = s.closestTab === PARTNERS.name && !summedSheets.includes(s.sheet) ? sheetMapHint(s) : undefined;
    if (hint) {
      notes.push(
        `Sheet "${s.sheet}" is not in these figures: its header row names no ${PARTNERS.name} column; ${hint} reads it.`,
      );
    }
  }
  if (split && summedSheets.includes(split.whole)) {
    const parts = split.parts.map((n) => `"${n}"`);
    notes.push(
      `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]} ` +
        `are parts of "${split.whole}" (every row of theirs is on it): "${split.whole}" is summed, and the parts ` +
        `are not added to it again` +
        (split.copies.length > 0
          ? `; ${split.copies.map((n) => `"${n}"`).join(", ")} ${split.copies.length === 1 ? "holds" : "hold"} its very rows again, not added either.`
          : "."),
    );
  }
  // Each sheet restating another, said with why it is in no total (and how to sum it alone).
  for (const r of restated.values()) {
    if (summedSheets.includes(r.sheet)) continue;
    const rows = `${r.rows.toLocaleString("en-US")} ${r.rows === 1 ? "row" : "rows"}`;
    notes.push(
      (r.copy
        ? `"${r.sheet}" holds rows of "${r.of}" again (each of its ${rows} is there too, the same partner and ` +
          `amounts): a copy, `
        : `"${r.sheet}" restates "${r.of}" partner by partner (${rows} for ${r.partners.toLocaleString("en-US")} ` +
          `${r.partners === 1 ? "partner" : "partners"}, ${r.shared === r.partners ? "every one" : `${r.shared.toLocaleString("en-US")} of them`} ` +
          `on its rows): a summary of it, `) +
        `in no total here — ${r.money ? "its money would count twice" : "its partners would count again"} ` +
        `(--sheet "${r.sheet}" sums it alone).`,
    );
  }
  if (pages) {
    notes.push(
      `Summed over the ${summedSheets.length} sheets ${summedSheets[0]} … ${summedSheets[summedSheets.length - 1]}: ` +
        `pages of one list, the same columns on each (--sheet "<name>" sums one page alone).`,
    );
  } else if (rounds) {
    notes.push(
      `Summed over the ${summedSheets.length} sheets ${summedSheets.map((n) => `"${n}"`).join(", ")}: rounds of one ` +
        `programme, each listing its own partners (--sheet "<name>" sums one round alone).`,
    );
  } else if (every && summedSheets.length > 1) {
    notes.push(
      `Summed over ${summedSheets.length} sheets (${summedSheets.map((n) => `"${n}"`).join(", ")}): a partner on ` +
        `several counts once. If one sheet is a total of others, its money counts twice: sum the sheets one by one ` +
        `(--sheet "<name>").`,
    );
  } else if (others.length > 0) {
    // Sheets read with the same headers are one ledger kept a month (or a programme) a sheet (a
    // helper's round, real: a police commissioner's twelve monthly sheets, one month summed as the year).
    const headersOf = (name: string) =>
      found
        .filter((b) => b.sheet === name)
        .map((b) => b.mapping.columns.map((c) => `${c.header}=${c.id}`).join("|"))
        .join("/");
    const alike = others.every((o) => headersOf(JSON.parse(o) as string) === headersOf(partners.sheet));
    notes.push(
      `Partners data on ${others.length === 1 ? "another sheet" : "other sheets"} is not in these figures: ` +
        `${others.join(", ")}. One sheet is summed, so no amount counts twice; --sheet "<name>" sums another` +
        (alike
          ? `, and --sheet all sums every one (${others.length === 1 ? "it has" : "they have"} the same columns: ` +
            `one ledger kept a sheet a month or a programme?).`
          : "."),
    );
  }
  return {
    sheet: partners.sheet,
    // (And a sheet going on with the one summed: two sheets, named as such.)
    // (`--sheet all` where one sheet has figures, the others none: that sheet, as without it — one sheet
    // is no sum over sheets, nor a total of others; a helper's round, real: Wales's structural funds,
    // `ESF` headed with no rows, "Summed over 1 sheets ("ERDF") … if one sheet is a total of others".)
    ...(summedSheets.length > 1 ? { sheets: summedSheets } : {}),
    table: partners.table,
    spill: summaryToSpill(summary, committed.name, received.name),
    currency: summary.currency,
    // A note said of each of several sheets summed alike (`Totals is in thousands, as row 2 says`) once
    // (a helper's round, real: Baltimore's capital plans, 26 such lines with --sheet all).
    notes: [...new Set(notes)],
  };
}

/** A block's rows its sheet hides, 0-based in its matrix (PartnerBlock.hiddenRows), if any. */
function hiddenRowsOf(wb: WorkbookData, b: Block): { hiddenRows?: ReadonlySet<number> } {
  const sheet = wb.sheets.find((s) => s.name === b.sheet);
  if (!sheet?.hiddenRows || b.continues) return {};
  const rows = sheet.hiddenRows.map((r) => r - b.top).filter((i) => i > b.mapping.headerRow && i < b.matrix.length);
  return rows.length > 0 ? { hiddenRows: new Set(rows) } : {};
}

export function summaryText(file: string, result: PartnersSummaryResult): string {
  const [header, ...rows] = result.spill;
  // Labels and headers on one line each, made printable before the columns are measured (a group
  // label `TF\rDeploy` printed raw put `Deploy` over `TF`: a helper's round, real, corpus new-fi D7).
  const cells = [
    header.map((h) => printable(String(h))),
    ...rows.map((r) =>
      r.map((v, i) =>
        typeof v === "number" ? (i >= 2 ? money(v, result.currency) : v.toLocaleString("en-US")) : printable(v) || "—",
      ),
    ),
  ];
  const widths = header.map((_, i) => {
    let width = 0;
    for (const r of cells) width = Math.max(width, String(r[i]).length);
    return width;
  });
  const line = (r: (string | number)[]) =>
    r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join("   ");
  const where = result.sheets
    ? `${result.sheets.length} sheets`
    : result.table
      ? `table ${result.table}`
      : `sheet ${result.sheet}`;
  const notes = result.notes.length ? `\n${result.notes.map((n) => `Note: ${printable(n)}`).join("\n")}\n` : "";
  // "by Sector" only over rows of sectors: a sheet without the column gets its Total row alone, and a
  // note saying why — a heading saying "by Sector" above it promised what the note then took back.
  const by = rows.length > 1 ? `, by ${cells[0][0]}` : "";
  return `${file} — Partners (${printable(where)})${by}\n\n${cells.map(line).join("\n")}\n${notes}`;
}

export function summaryCsv(result: PartnersSummaryResult): string {
  const [header, ...rows] = result.spill;
  return tableToCsv(header.map(String), rows, { bom: true });
}

/** A sheet named as a programme's numbered round (`Round 1`, `Tranche 2`, `Call 3`): its word. */
const ROUND_NAME = /^\s*(round|tranche|call|wave|cohort|intake|phase)\s*(\d{1,2})\s*$/i;

/**
 * Are the Partners sheets a programme's rounds — named by one word and a running number, each with
 * figures under its Committed column, sharing under half their partners two by two — so that the
 * programme's money is all of them (a helper's round, real: Arts Council England's culture recovery
 * grants, `Round 1` and `Round 2`, one summed: £76.7M of £334.1M)? A filtered copy or a restatement
 * shares its partners; rounds fund others.
 */
function roundsOfOneProgramme(blocks: readonly Block[]): boolean {
  const sheets = [...new Set(blocks.map((b) => b.sheet))];
  if (sheets.length < 2 || blocks.some((b) => b.isTrackerTable)) return false;
  const words = sheets.map((name) => ROUND_NAME.exec(name)?.[1].toLowerCase());
  if (words.some((w) => w === undefined || w !== words[0])) return false;
  const partnersOf = (name: string): Set<string> => {
    const names = new Set<string>();
    for (const b of blocks.filter((x) => x.sheet === name)) {
      const key = b.mapping.columns.find((c) => c.id === PARTNERS.col.partner.id)?.index;
      const committed = b.mapping.columns.find((c) => c.id === PARTNERS.col.committed.id)?.index;
      if (key === undefined || committed === undefined) return new Set();
      for (const row of b.matrix.slice(b.mapping.headerRow + 1)) {
        const name = cellText(row?.[key] ?? null)
          .replace(/\s+/g, " ")
          .trim()
          .toLowerCase();
        if (name !== "") names.add(name);
      }
    }
    return names;
  };
  const lists = sheets.map(partnersOf);
  if (lists.some((l) => l.size === 0)) return false;
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      let shared = 0;
      for (const name of lists[i]) if (lists[j].has(name)) shared++;
      if (shared * 2 >= Math.min(lists[i].size, lists[j].size)) return false;
    }
  }
  return true;
}
