import {
  besideMapping,
  formatAmount,
  isBlank,
  isTotalLabel,
  otherYearsOf,
  scaleWords,
  summarizePartnerBlocks,
  summaryToSpill,
  TrackerError,
  UNSAID_CURRENCY,
  type HeaderMapping,
  type Matrix,
  type PartnerSummary,
} from "../core";
import { tableToCsv } from "../core/csv";
import { copiesSentence } from "../core/copiedColumns";
import { mappingName } from "../core/repeatedHeaders";
import { withoutNumber } from "../core/numberedNames";
import { partsOfWhole, type SheetRows } from "../core/restatedSheets";
import { copiesMostOf } from "../core/sameRows";
import { cellText, listedNames } from "../core/text";
import { isFigure, markedColumn } from "../core/amountCells";
import { asPhone, PHONE_OUTLIER } from "../core/phoneAmounts";
import { textCurrencyWords } from "../core/typedCells";
import { columnLetter, PARTNERS } from "../schema";
import {
  findBlocks,
  isTableOfSheet,
  mapEntrySheet,
  ALL_SHEETS,
  PAGE_NAME,
  uncalculatedRowsOf,
  workbookCurrencyNote,
  type Block,
  type MappingOptions,
} from "./check";
import { rowRuns } from "../core/hiddenRows";
import { sheetMapHint } from "./mapHint";
import { restatedPartnerSheets } from "./restated";
import { printable } from "./terminal";
import { cliWording } from "./report";
import type { WorkbookData } from "./xlsxReader";

/** Each year's or report's figures as a note lists them: `2025: 3 partners, $4,000 · 2026: …`. */
function periodFigures(
  periods: readonly { readonly year: string; readonly partners: number; readonly committed: number }[],
  currency: string,
): string {
  return periods
    .map(
      (y) =>
        `${oneLine(y.year)}: ${y.partners.toLocaleString("en-US")} ${y.partners === 1 ? "partner" : "partners"}, ` +
        money(y.committed, currency),
    )
    .join(" · ");
}

/** The years a summary's note lists figures for, the latest ones (a ledger may span twenty). */
const YEARS_SHOWN = 5;

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
  const notes: string[] = [
    ...(wb.notes ?? []),
    // Values run on past their column, naming the sheet (or block) they are on where several are summed
    // (rows are numbered on their sheet: `--sheet all`'s "rows 2–4" said which sheet's no more).
    ...(summary.runsOn ?? []).map(({ block, said }) =>
      beside.length > 1 ? `${sentenceStart(blockPlace(beside, block))}, ${said}` : said,
    ),
    // Countries summed as partners beside a Country column of organisations: check's warning, said here,
    // naming its sheet (or block) where several are summed, as check names it (a helper's round, real:
    // Frontex's grants with --sheet all, the one sheet of fifteen with its columns swapped unnamed).
    ...(summary.swappedCountries ?? []).map(({ block, said }) => {
      const sheets = new Set(beside.map((b) => b.sheet)).size > 1;
      const wording = cliWording(said, sheets ? beside[block].sheet : undefined);
      return beside.length > 1 ? `${sentenceStart(blockPlace(beside, block))}, ${wording}` : wording;
    }),
    ...readNotes,
  ];
  // The workbook's currency, said of the sheets summed only.
  const currencyNote = workbookCurrencyNote(beside);
  if (currencyNote) notes.push(currencyNote);
  const { committed, received } = PARTNERS.col;
  // Per amount column: cells left out as no amount, and amounts read as their ceiling (`Up To $X`).
  const perColumn = [
    [
      summary.unread,
      (n: number) =>
        `${n === 1 ? "cell is not an amount" : "cells are not amounts"}, left out of these totals ` +
        `(\`check\` lists ${n === 1 ? "it" : "them"}).`,
    ],
    [
      summary.ceilings,
      (n: number) =>
        `${n === 1 ? "amount is" : "amounts are"} written as a ceiling ("Up To …"): added in at ` +
        `${n === 1 ? "its" : "their"} most (\`check\` names them).`,
    ],
  ] as const;
  // Amounts with fractions of a cent under a header saying no multiple: millions or thousands unsaid
  // (a helper's round, real: a tracker of states' relief spending in $ millions, $80.46bn summed as $80,457.40).
  if (summary.fractional) {
    const { header, count, amounts, value, sampled } = summary.fractional;
    notes.push(
      `"${oneLine(header)}" has fractions of a cent in ${count.toLocaleString("en-US")} of its ` +
        `${sampled ? "first " : ""}${amounts.toLocaleString("en-US")} amounts (such as ${value}): millions or thousands? Say so in the header ` +
        `("${oneLine(header)} ($ millions)") or map it so (--map "${oneLine(header)}=${committed.name} (M)"); these totals read them as written.`,
    );
  }
  if (summary.toCome) {
    const { rows, as } = summary.toCome;
    notes.push(
      `${rows.toLocaleString("en-US")} ${rows === 1 ? "row has" : "rows have"} "${oneLine(as)}" for ${committed.name}: ` +
        `an amount still to come, in none of these totals.`,
    );
  }
  if (summary.withheldAmounts) {
    const { rows, as } = summary.withheldAmounts;
    notes.push(
      `${rows.toLocaleString("en-US")} ${committed.name} ${rows === 1 ? "amount is" : "amounts are"} kept back ` +
        `("${oneLine(as)}"${rows === 1 ? "" : " and the like"}): money given, but in none of these totals — the money ` +
        `given is more than they say.`,
    );
  }
  // Rows the sheet hides are in the totals, as Excel's SUM reads them: said, with their money, where a
  // user sees only the rows a filter shows (as check says of the rows it checks: its hiddenRowsNote).
  if (summary.hidden) {
    const { rows, committed: hiddenCommitted, received: hiddenReceived } = summary.hidden;
    const sheets = [...new Set(rows.map((r) => beside[r.block].sheet))];
    const filtered = sheets.some((name) => wb.sheets.find((s) => s.name === name)?.filtered);
    const n = rows.length;
    const where = sheets.length === 1 ? ` on "${sheets[0]}"` : "";
    const sheetRows = rows.map((r) => beside[r.block].top + r.row);
    notes.push(
      `${n.toLocaleString("en-US")} of the rows added up ${n === 1 ? "is" : "are"} hidden${filtered ? " by a filter" : ""}` +
        `${where} (${sheets.length === 1 ? `${n === 1 ? "row" : "rows"} ${rowRuns(sheetRows)}` : `on ${sheets.length} sheets`}): ` +
        `${money(hiddenCommitted, summary.currency)} of ${committed.name}` +
        (hiddenReceived !== 0
          ? ` and ${money(hiddenReceived, summary.currency)} of ${PARTNERS.col.received.name}`
          : "") +
        ` ${hiddenReceived !== 0 ? "are" : "is"} in ${n === 1 ? "it" : "them"} — in these ` +
        `totals all the same, as Excel's SUM reads them${filtered ? " (Data › Clear shows them)" : ""}.`,
    );
  }
  // Grants marked as taken back (rescinded, returned, cancelled) are in the totals as every row is:
  // said, with the total without them (a helper's round, real: $310,000 of returned grants unsaid).
  if (summary.withdrawn) {
    const w = summary.withdrawn;
    const format = (v: number) => money(v, summary.currency);
    const rows = `${w.rows.toLocaleString("en-US")} ${w.rows === 1 ? "row" : "rows"}`;
    const total = summary.total.committed;
    notes.push(
      w.amount !== undefined
        ? `"${oneLine(w.header)}" holds ${format(w.amount)} on ${rows}: taken back of grants whose ` +
            `${committed.name} is in these totals — less it, ${committed.name} is ${format(total - w.amount)}.`
        : `${rows} ${w.rows === 1 ? "is" : "are"} marked in "${oneLine(w.header)}" (such as "${oneLine(w.as)}"): ` +
            `${w.rows === 1 ? "its" : "their"} ${format(w.committed)} ${committed.name} is in these totals — without ` +
            `${w.rows === 1 ? "it" : "them"}, ${committed.name} is ` +
            `${format(total - w.committed)}.`,
    );
  }
  // A total of 0 beside amounts that could not be read is no total: said first, so the 0 is not taken
  // for the money (a helper's round, real: a PPP register's `ประมาณ 6,589 ล้านบาท`, `approx. 3,222
  // million`, summed as "$0" with a note further down).
  const noTotal = summary.total.committed === 0 && summary.unread.committed > 0;
  // A column of currency signs mapped as Committed, its figures in the column beside it (a helper's
  // round, real: a town council's grants, `Amount` of `£` beside `Column2`, mapped by hand: "$0", and
  // advice to write figures "like $3,222M").
  const signs = noTotal ? signsBesideFigures(partners) : undefined;
  if (signs) {
    notes.unshift(
      `The ${committed.name} total is 0: "${oneLine(signs.header)}" holds only the sign "${signs.sign}", and its ` +
        `figures are in "${oneLine(signs.figures)}" beside it: map that one (--map "${oneLine(signs.figures)}=${committed.name}").`,
    );
  } else if (noTotal) {
    const n = summary.unread.committed;
    notes.unshift(
      `The ${committed.name} total is 0, and ${n.toLocaleString("en-US")} of its cells ${n === 1 ? "is not an amount" : "are not amounts"} ` +
        `the tracker reads (\`check\` lists them): 0 is not the sheet's money. Write them as figures (3222000000, ` +
        `or $3,222M) and summarise again.`,
    );
  }
  for (const [counts, says] of perColumn) {
    for (const [column, n] of [
      [committed.name, counts.committed],
      [received.name, counts.received],
    ] as const) {
      if (n > 0 && !(noTotal && counts === summary.unread && column === committed.name)) {
        notes.push(`${n.toLocaleString("en-US")} ${column} ${says(n)}`);
      }
    }
  }
  // Amounts stored as text in a workbook are added up here (SPEC "Values as people write them"),
  // and left out by Excel's SUM: said, with what a SUM of the column gives, so the two figures the
  // user sees do not disagree unexplained.
  if (summary.textAmounts.cells > 0 && !wb.fromText) {
    const { cells, committed: sum, as } = summary.textAmounts;
    notes.push(
      `${cells.toLocaleString("en-US")} ${committed.name} ${cells === 1 ? "amount is" : "amounts are"} text in the ` +
        `sheet ("${oneLine(as)}"): added up here, but Excel's SUM leaves text out — a SUM of these rows gives ` +
        `${money(summary.total.committed - sum, summary.currency)}. Excel's "Convert to Number" makes ${cells === 1 ? "it a number" : "them numbers"}.`,
    );
  }
  // Negative lines netted in: a budget's income and financing written below 0 beside its spending
  // nets to nothing (a helper's round, real: Bergen's and Stavanger's investment budgets, Committed 0
  // for 2.90bn and 1.69bn of spending). Said, with both sides, when they take a fifth off or more.
  const { negatives } = summary;
  const positive = summary.total.committed - negatives.committed;
  if (negatives.rows > 0 && -negatives.committed * 5 >= positive) {
    const n = negatives.rows;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row has" : "rows have"} a ${committed.name} below 0 ` +
        `(${money(negatives.committed, summary.currency)} in all), netted in: the other rows add up to ` +
        `${money(positive, summary.currency)}. If ${n === 1 ? "it is" : "they are"} income or financing rather than ` +
        `money returned, that is the figure (\`check\` names ${n === 1 ? "it" : "them"}).`,
    );
  }
  for (const b of summary.bareDollars) {
    notes.push(
      `${b.count.toLocaleString("en-US")} ${b.count === 1 ? "amount" : "amounts"} in ${oneLine(b.column)} written with a bare $ ` +
        `${b.count === 1 ? "is" : "are"} read as ${b.currency}, the dollar the column's other amounts name.`,
    );
  }
  // Tables one under another, each under the header row again: summed together (a helper's round,
  // real: a city's budget by year, FY14 and FY15 one total).
  if (summary.headerAgain) {
    const { row, title } = summary.headerAgain;
    const n = (row + 1).toLocaleString("en-US");
    notes.push(
      `The header row comes again on row ${n}, under "${oneLine(title)}": the rows of the ` +
        `tables it heads are added up together. If each table is a year's or a version's, sum the one from ` +
        `row ${n} alone with --header-row ${n}.`,
    );
  }
  // Another table under the data, its headers over other columns: its rows are in no total (said, as
  // check says it; --header-row reads it alone).
  if (summary.otherTable) {
    const { row, rows } = summary.otherTable;
    const n = (row + 1).toLocaleString("en-US");
    notes.push(
      `Row ${n} is the header row of another table under this one, its headers over other columns: it and the ` +
        `${(rows - 1).toLocaleString("en-US")} filled ${rows - 1 === 1 ? "row" : "rows"} under it are not in these ` +
        `figures. ${partners.table === undefined ? `Sum that table alone with --header-row ${n}.` : `Move that table to a sheet of its own to sum it.`}`,
    );
  }
  if (summary.wholeLines > 0) {
    const n = summary.wholeLines;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row holds" : "rows hold"} a whole line of the file in one cell: ` +
        `${n === 1 ? "its amounts are" : "their amounts are"} in no total (\`check\` names ${n === 1 ? "it" : "them"}).`,
    );
  }
  // A partner in two groups counts in each, and once in the Total (SPEC "Ledgers"): said, so the
  // groups' counts adding up to more than the Total is not taken for an error (real: a capital
  // programme by Status, 150 in the groups against 106).
  const inGroups = summary.rows.reduce((n, r) => n + r.partners, 0);
  if (inGroups > summary.total.partners) {
    notes.push(
      `A partner on rows of several ${summary.groupBy.name} groups counts in each (${inGroups.toLocaleString("en-US")} ` +
        `in the groups) and once in the Total (${summary.total.partners.toLocaleString("en-US")}).`,
    );
  }
  // SPEC: without the groupBy column SUMMARY still gives the Total row; the text says why it is alone.
  if (!summary.partnerColumn) {
    notes.push(`No ${PARTNERS.col.partner.name} column: the amounts are added up, but no partner is counted.`);
  } else if (summary.unnamed > 0) {
    const n = summary.unnamed;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row has" : "rows have"} no ${PARTNERS.col.partner.name} name (blank, ` +
        `or a placeholder such as N/A): ${n === 1 ? "its amounts are" : "their amounts are"} in the totals, but ` +
        `not counted as ${n === 1 ? "a partner" : "partners"}.`,
    );
  }
  // Partners with no money on any row beside partners with some: applications declined or not yet
  // decided, counted as partners all the same (real: San Francisco's community grants, 39 of 97).
  // Tables side by side listing the same partners: both summed, and said with each one's total
  // (restatedBlocks): a recap's part beside its whole counts twice, a year beside the next does not.
  if (summary.restated) {
    const [{ partners, shared, committed: smaller, keptCommitted: larger }, ...more] = summary.restated;
    const format = (v: number) => money(v, summary.currency);
    notes.push(
      `Two tables side by side list the same partners (${shared.toLocaleString("en-US")} of the ` +
        `${partners.toLocaleString("en-US")} in one are in the other${more.length > 0 ? `; ${more.length} more such ${more.length === 1 ? "pair" : "pairs"} of tables` : ""}): ` +
        `their money is added up here, one adding up to ${format(smaller)}, the other to ${format(larger)}. ` +
        (more.length === 0
          ? `If one restates the other (a part of it, or the same money again), the total is the larger alone, ${format(larger)}.`
          : `If some restate others (a part, or the same money again), the total is less: sum each table apart.`),
    );
  }
  // Amount columns beside Committed mapped to nothing (a second kind of grant, a loan): in no total, said
  // with each one's sum, as another year's figures are (a helper's round, real: the Sarthe's grants,
  // €1,098,756.04 of investment grants unsaid).
  // Yearly columns adding up to a total summed (`Valor Previsto 2005` … `2020` to Committed): its parts,
  // said in one line, never as money in no total (a helper's round, real: a Brazilian register's 32).
  if (summary.partsOfTotals) notes.push(partsNote(summary.partsOfTotals));
  if (summary.copiesOfTotals) notes.push(copiesSentence(summary.copiesOfTotals));
  if (summary.otherAmounts) notes.push(...besideCommittedNotes(summary, partners.mapping));
  // A few among many (a ledger's headings, half-names wrapped from the row above): said as such.
  if (summary.withoutMoney) {
    const { partners, of, example, few, unread, takenBack, elsewhere, otherwise } = summary.withoutMoney;
    const { contribution } = PARTNERS.col;
    // Those not among them, said after the partners with money: money or help beside Committed, a
    // Contribution that is no money (In-kind, Services…: asked for none), amounts unread.
    const more = [
      ...(elsewhere > 0
        ? [
            `${elsewhere.toLocaleString("en-US")} more with ` +
              `${elsewhere === summary.otherAmounts?.partners ? "money" : "money or help"} only beside ` +
              `${PARTNERS.col.committed.name} (said above)`,
          ]
        : []),
      ...(otherwise
        ? [
            `${otherwise.partners.toLocaleString("en-US")} more whose ${contribution.name} is ` +
              `${listed(otherwise.kinds, "or")} (no money asked of ${otherwise.partners === 1 ? "it" : "them"})`,
          ]
        : []),
      ...(unread > 0
        ? [`${unread.toLocaleString("en-US")} whose amounts could not be read (\`check\` names them)`]
        : []),
    ];
    const n = partners.toLocaleString("en-US");
    const { committed, received } = PARTNERS.col;
    notes.push(
      `${n} of the ${of.toLocaleString("en-US")} partners named ${partners === 1 ? "has" : "have"} ` +
        `nothing above 0 in ${committed.name}${summary.receivedColumn ? ` or ${received.name}` : ""}` +
        besideCommittedNone(summary) +
        ` on any of ${partners === 1 ? "its" : "their"} ` +
        `rows (such as ${oneLine(example)}): counted as ${partners === 1 ? "a partner" : "partners"} here — ` +
        (takenBack === partners
          ? `all ${partners === 1 ? "its" : "their"} amounts are below 0: money taken back, not given.`
          : (few
              ? partners === 1
                ? "a heading, a name wrapped from the row above, or a partner given nothing?"
                : "headings, names wrapped from the row above, or partners given nothing?"
              : "declined or not yet decided?") +
            (takenBack > 0
              ? ` (${takenBack.toLocaleString("en-US")} of them with only amounts below 0: money taken back.)`
              : "")) +
        ` Partners with money: ${(of - partners - unread - elsewhere - (otherwise?.partners ?? 0)).toLocaleString("en-US")}` +
        more.map((m, i) => `${i === more.length - 1 ? ", and" : ","} ${m}`).join("") +
        ".",
    );
  }

  // Names that start with their project's number, read as the names after it (check says so too,
  // partners.numberedNames): said, with the partners the names as written would have made.
  if (summary.numberedNames) {
    const { first, namesAsWritten } = summary.numberedNames;
    const name = withoutNumber(first).trim();
    notes.push(
      `${PARTNERS.col.partner.name} names start with a number (such as "${oneLine(first)}"): each is read as the ` +
        `name after it ("${oneLine(name)}"), so an organisation's rows under several numbers are one partner — ` +
        `${summary.total.partners.toLocaleString("en-US")} partners, of ${namesAsWritten.toLocaleString("en-US")} ` +
        `names as written.`,
    );
  }
  // A withheld name is someone's, none known to be another's: one partner a row — which may be far
  // more than the organisations named (real: a city's federal-awards detail, 1,082 households of
  // 1,548 "partners"). Said, so the reader can tell.
  if (summary.withheld > 0) {
    const n = summary.withheld;
    const of = summary.total.partners.toLocaleString("en-US");
    notes.push(
      `${n.toLocaleString("en-US")} of the ${of} partners ${n === 1 ? "is a row" : "are rows"} whose ` +
        `${PARTNERS.col.partner.name} name is withheld or not given (such as ${summary.withheldAs}): each counted as one partner, as none ` +
        `can be told to be another.`,
    );
  }
  // Co-funders listed in one partner cell: counted as one partner with the row's amount, said.
  if (summary.nameLists > 0) {
    const n = summary.nameLists;
    // Its first three names (a real cell held 26).
    const names = listedNames(summary.nameListAs);
    const example = names.slice(0, 3).join("; ") + (names.length > 3 ? "; …" : "");
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row's" : "rows'"} ${PARTNERS.col.partner.name} ${n === 1 ? "cell lists" : "cells list"} ` +
        `several names (such as "${oneLine(example)}"): each list is counted as one partner, with the row's ` +
        `whole amount — one row per partner, with its own amount, counts each.`,
    );
  }
  // Many recipients' money on one line (public accounts' `ACCOUNTS UNDER $120,000`) is in the totals
  // but no partner: said, so the count is not read as missing them.
  if (summary.aggregate > 0) {
    const n = summary.aggregate;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row pays" : "rows pay"} many recipients together (such as ` +
        `${summary.aggregateAs}): ${n === 1 ? "its amounts are" : "their amounts are"} in the totals, but not ` +
        `counted as ${n === 1 ? "a partner" : "partners"}.`,
    );
  }
  // SPEC: money never counted twice unknowingly. A row the same in every column as an earlier row of
  // its partner may be one grant entered twice (real: a council's grants ledger, 34 of 69 rows): its
  // amounts are in the totals, as every row's are, and said, with the total without them.
  // Each block's copies are read on its own (blocks side by side, sheets summed with --sheet all), as
  // check reads each: left out where most of their block's rows, added up with a note where a few.
  const copyBlocks = summary.sameRows.blocks;
  const outOf = copyBlocks.filter((p) => p.leftOut);
  const kept = copyBlocks.filter((p) => !p.leftOut);
  // Where the blocks summed are several and not all read alike, each named (blockPlace).
  const eachNamed = beside.length > 1 && outOf.length > 0;
  const places = (parts: typeof copyBlocks) =>
    eachNamed ? ` ${listed(parts.map((p) => blockPlace(beside, p.block)))}` : "";
  if (outOf.length > 0) {
    // Most rows copies of earlier ones: left out, said with the total they would make.
    const format = (v: number) => money(v, summary.currency);
    const copied = outOf.reduce((n, p) => n + p.committed, 0);
    const withThem =
      `(with them, ${PARTNERS.col.committed.name} would be ${format(summary.total.committed + copied)}; ` +
      `\`check\` names them)`;
    // Most of the sheet, or of the table where the block is one table of its sheet: as check says it
    // (a reviewer's repro: check's "most of the sheet" of one of two blocks side by side).
    const ofTable = outOf.map((p) => isTableOfSheet(blocks, beside[p.block]));
    if (!eachNamed) {
      const { rows: n, of } = outOf[0];
      notes.push(
        `${n.toLocaleString("en-US")} of the ${of.toLocaleString("en-US")} rows are the same in every column as an ` +
          `earlier row of the same partner — ${copiesMostOf(ofTable[0])}: read as copies and left out of these ` +
          `figures ${withThem}.`,
      );
    } else {
      // (Several places, sheets and tables: each a table, one a sheet's only one.)
      const tables = ofTable.some((t) => t);
      const each = outOf.map(
        (p) =>
          `${p.rows.toLocaleString("en-US")} of the ${p.of.toLocaleString("en-US")} rows ${blockPlace(beside, p.block)}` +
          (outOf.length > 1 ? ` (${format(p.committed)} ${PARTNERS.col.committed.name})` : ""),
      );
      notes.push(
        `${listed(each)} are the same in every column as an earlier row of the same partner` +
          (outOf.length === 1 ? ` (${format(copied)} ${PARTNERS.col.committed.name})` : "") +
          ` — ${copiesMostOf(tables, outOf.length === 1 ? "that" : "each")}: read as copies and left out of ` +
          `these figures ${withThem}. Each ${tables ? "table" : "sheet"} is read on its own: its copies are left ` +
          `out where they are most of its rows, as \`check\` reads it.`,
      );
    }
  }
  const n = kept.reduce((k, p) => k + p.rows, 0);
  const keptCommitted = kept.reduce((k, p) => k + p.committed, 0);
  const keptReceived = kept.reduce((k, p) => k + p.received, 0);
  if (n > 0 && keptCommitted === 0 && keptReceived === 0) {
    // Copies with no amount change no total: the total "if they are copies" would be the one shown (a
    // helper's round, real: a broadcaster's sponsors, a `trade?` row twice).
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}${places(kept)} ${n === 1 ? "is" : "are"} the same in every column as an earlier ` +
        `row of the same partner, with no amount: ${n === 1 ? "it changes" : "they change"} no total, but may be ` +
        `an entry made twice (\`check\` names them).`,
    );
  } else if (n > 0) {
    const format = (v: number) => money(v, summary.currency);
    // Each total the copies add to, said: a copy with only a Received amount moves Received alone (a
    // reviewer's repro: "$0 Committed … the Committed total is $3,000", the total shown, its $300 unsaid).
    const totals = [
      { name: PARTNERS.col.committed.name, copied: keptCommitted, total: summary.total.committed },
      { name: PARTNERS.col.received.name, copied: keptReceived, total: summary.total.received },
    ];
    const moved = totals.filter((m) => m.copied !== 0);
    const said = moved.length > 0 ? moved : totals.slice(0, 1);
    // Most of them at an amount other partners' rows repeat too: units at a fixed price, said so.
    const units = summary.sameRows.units;
    const why =
      units === undefined
        ? ""
        : `, most at an amount other partners' rows repeat too (such as ${format(units)}): read as units bought or ` +
          `paid at a fixed amount (bonds, tickets, memberships), each its own, and`;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}${places(kept)} ${n === 1 ? "is" : "are"} the same in every column as an earlier ` +
        `row of the same partner (${said.map((m) => `${format(m.copied)} ${m.name}`).join(", ")})${why}${why ? "" : ":"} added ` +
        `up here; if ${n === 1 ? "it is a copy" : "they are copies"}, ` +
        said.map((m) => `the ${m.name} total is ${format(m.total - m.copied)}`).join(" and ") +
        ` (\`check\` names them).`,
    );
  }
  // A record's amount shown again on its further lines under a merged name: counted once, said with
  // the total were each counted (a helper's round, real: California's transit awards).
  if (summary.mergedRepeats.rows > 0) {
    const n = summary.mergedRepeats.rows;
    const format = (v: number) => money(v, summary.currency);
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"} under a name merged down over a record's lines ` +
        `${n === 1 ? "shows" : "show"} its first line's ${committed.name} again (${format(summary.mergedRepeats.committed)}): ` +
        `counted once; counted on each row, ${committed.name} would be ` +
        `${format(summary.total.committed + summary.mergedRepeats.committed)}.`,
    );
  }
  // A budget repeated on each row of a list (each candidate's row repeats the campaign's) is added up
  // once a row: said, with the total were each counted once (real: Swiss campaign budgets, 10× over).
  const repeated = summary.repeatedAmounts;
  if (repeated.example) {
    const format = (v: number) => money(v, summary.currency);
    const { name, amount, rows } = repeated.example;
    const n = rows.toLocaleString("en-US");
    notes.push(
      (repeated.partners === 1
        ? `${oneLine(name)} has the same ${PARTNERS.col.committed.name} (${format(amount)}) on every one of its ${n} rows`
        : `${repeated.partners.toLocaleString("en-US")} partners have the same ${PARTNERS.col.committed.name} on every ` +
          `one of their rows (${oneLine(name)}: ${format(amount)} on ${n} rows)`) +
        `: added up here; if ${repeated.partners === 1 ? "it is" : "each is"} one amount repeated on each row, the ` +
        `${PARTNERS.col.committed.name} total is ${format(summary.total.committed - repeated.extra)}.`,
    );
  }
  // A project's amount on each of its sites or funding lines (real: Los Angeles' housing projects,
  // +$296.9M): added up once a row, said with the total were each project's counted once.
  const byProject = summary.projectRepeats;
  // With the note above (a partner's one amount on every row), both repeats are taken out: one total,
  // not two that contradict each other (a helper's round: a parks ledger's two multi-site grants).
  const alike = repeated.example ? repeated.extra : 0;
  for (const [column, repeats, total] of [
    [PARTNERS.col.committed.name, byProject?.committed, summary.total.committed - alike],
    [PARTNERS.col.received.name, byProject?.received, summary.total.received],
  ] as const) {
    if (!byProject || !repeats) continue;
    const format = (v: number) => money(v, summary.currency);
    const { name, project, amount, rows } = repeats.example;
    const n = repeats.projects;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "project" : "projects"} (by "${oneLine(byProject.column)}") ` +
        `${n === 1 ? "has" : "have"} the same ${column} on each of ${n === 1 ? "its" : "their"} rows ` +
        `(${n === 1 ? "" : "the most: "}${oneLine(name)}, ${oneLine(project)}: ${format(amount)} on ` +
        `${rows.toLocaleString("en-US")} rows): added up here, ${format(repeats.extra)} more than once a project. ` +
        `If that is ${n === 1 ? "the" : "each"} project's whole amount shown again on each site or funding line, ` +
        `the ${column} total is ${format(total - repeats.extra)}` +
        `${alike > 0 && column === PARTNERS.col.committed.name ? ", with the rows of the note above counted once too" : ""}.`,
    );
  }
  // A contract disclosed again after each amendment, its value restated (real: Canada's proactive
  // disclosure, $53.76bn summed for $21.20bn): the total with each contract once, at its latest value.
  const amended = summary.amendedContracts;
  if (amended) {
    const format = (v: number) => money(v, summary.currency);
    const { name, contract, rows, latest } = amended.example;
    const n = amended.contracts;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "contract" : "contracts"} (by "${oneLine(amended.column)}") ` +
        `${n === 1 ? "is" : "are"} on several rows, ${n === 1 ? "its" : "their"} value restated after amendments ` +
        `(${n === 1 ? "" : "the most: "}${name ? `${oneLine(name)}, ` : ""}${oneLine(contract)} on ${rows.toLocaleString("en-US")} rows, ` +
        `${format(latest)} at the latest): added up here, ${format(amended.extra)} more than once a contract. ` +
        `Counted once at ${n === 1 ? "its" : "each one's"} latest value, the ${PARTNERS.col.committed.name} total is ` +
        `${format(summary.total.committed - amended.extra)}.`,
    );
  }
  // A budget's versions on rows of their own (ACTUAL, ORIGINAL, REVISED; proposed, adopted): summed,
  // each budget counts once per version (real: Bermuda's expenditure summary, 3.9x); each version's total said.
  const versions = summary.versions;
  if (versions) {
    const each = versions.byVersion
      .map(
        (v) =>
          `${oneLine(v.version)}: ${money(v.committed, summary.currency)} on ${v.rows.toLocaleString("en-US")} ${v.rows === 1 ? "row" : "rows"}`,
      )
      .join(" · ");
    notes.push(
      `Rows are ${versions.byVersion.length} versions of a budget by "${oneLine(versions.column)}" (${each}): ` +
        `added up here, each line counts once per version. The ${PARTNERS.col.committed.name} total of the version you mean is its figure.`,
    );
  }
  // Rows for several years with partners in more than one: summed over all of them, which is right
  // for yearly grants and double for a plan's yearly editions (real: a university's capital plans).
  // Each year's figures said, so the reader can tell; editions named only when most partners of the
  // last two years have the same figure in both, as a plan's projects do and yearly grants seldom.
  if (summary.years?.reports) {
    // Reports' dates (`Date Reported As Of`): each report restates the projects, so the latest one's
    // figures are the sheet's (real: NYC's capital projects dashboard, fifteen reports summed, 9.8×).
    const { column, byYear, inSeveral } = summary.years;
    const latest = byYear[byYear.length - 1];
    const each = periodFigures(byYear.slice(-YEARS_SHOWN), summary.currency);
    notes.push(
      `Rows are from ${byYear.length} reports by "${oneLine(column)}" (${byYear.length > YEARS_SHOWN ? `${oneLine(byYear[0].year)} on; the last ${YEARS_SHOWN}: ` : ""}${each}), ` +
        `and ${inSeveral.toLocaleString("en-US")} ${inSeveral === 1 ? "partner is" : "partners are"} in more than one: ` +
        `the totals add up ${byYear.length === 2 ? "both" : `all ${byYear.length}`}. Where each report restates the same ` +
        `projects, the latest one's are the sheet's figures: ${money(latest.committed, summary.currency)} ` +
        `${PARTNERS.col.committed.name} (${oneLine(latest.year)}).`,
    );
  } else if (summary.years) {
    const { column, byYear, inSeveral, lastTwo } = summary.years;
    const [before, last] = byYear.slice(-2).map((y) => oneLine(y.year));
    // Quarters and a programme's rounds are said as such (`2024 Q1`; `Round`).
    const unit = byYear.every((y) => / Q[1-4]$/.test(y.year))
      ? "quarter"
      : /\bround\b/i.test(column)
        ? "round"
        : "year";
    const editions =
      lastTwo.inBoth > 0 && lastTwo.sameCommitted * 2 >= lastTwo.inBoth
        ? ` ${lastTwo.sameCommitted.toLocaleString("en-US")} of the ${lastTwo.inBoth.toLocaleString("en-US")} ` +
          `partners in both ${before} and ${last} ${lastTwo.sameCommitted === 1 ? "has" : "have"} the same ${PARTNERS.col.committed.name} in each: if each ${unit}'s rows ` +
          `are that ${unit}'s edition of one plan rather than new money, one ${unit}'s figures are the plan's total.`
        : "";
    const shown = byYear.slice(-YEARS_SHOWN);
    const each = periodFigures(shown, summary.currency);
    // Quarters are as often a report's snapshots, each restating the same allocations, as new money
    // (a helper's round, real: a state's disaster allocations, 25 quarters summed as $109.5bn where
    // the latest says $4.47bn): the latest quarter's figures, said as what they would be.
    // Only where half the partners or more are in several quarters, as a restated allocation's are:
    // a programme's quarterly rounds, each funding others, are new money (a helper's round, real: San
    // Francisco's community challenge grants, 16 of 97 in two rounds, offered 41% as "the figures").
    const latest = byYear[byYear.length - 1];
    const snapshot =
      unit === "quarter" && inSeveral * 2 >= summary.total.partners
        ? ` Where each quarter restates the same allocations, the latest one's are the sheet's figures: ` +
          `${money(latest.committed, summary.currency)} ${PARTNERS.col.committed.name} (${oneLine(latest.year)}).`
        : "";
    // Rows of no year it reads are in the totals but in no year's figures: said, so the years' figures
    // are not taken for the whole (a helper's round: a stray `` `2017/18 ``, £122,611 in no year).
    const unplaced = summary.years.unplaced;
    const andUnplaced = unplaced
      ? ` and ${unplaced.rows.toLocaleString("en-US")} ${unplaced.rows === 1 ? "row" : "rows"} of no ${unit} it reads ` +
        `(${unplaced.as === undefined ? "blank" : `such as "${oneLine(unplaced.as)}"`}; ` +
        `${money(unplaced.committed, summary.currency)} in all)`
      : "";
    notes.push(
      `Rows are for ${byYear.length} ${unit}s in "${oneLine(column)}" (${shown.length < byYear.length ? `${oneLine(byYear[0].year)} on; the last ${shown.length}: ` : ""}${each}), ` +
        `and ${inSeveral.toLocaleString("en-US")} ${inSeveral === 1 ? "partner has" : "partners have"} rows in more than one: ` +
        `the totals add up ${byYear.length === 2 ? "both" : `all ${byYear.length}`}${andUnplaced}.${editions}${snapshot}`,
    );
  }
  // Money in and money out in one ledger: both summed, which is twice the money when what comes in is
  // paid on (a helper's round, real: Italy's donation accounts). Each kind's figures said.
  if (summary.directions) {
    const { column, kinds } = summary.directions;
    const each = kinds.map(
      (k) =>
        `${oneLine(k.word)}: ${k.rows.toLocaleString("en-US")} ${k.rows === 1 ? "row" : "rows"}, ${money(k.committed, summary.currency)}`,
    );
    notes.push(
      `Rows are money in and money out by "${oneLine(column)}" (${each.join(" · ")}): the totals add up both. ` +
        `If the money out is the money in paid on, the partners' ${PARTNERS.col.committed.name} is ` +
        `${money(kinds[0].committed, summary.currency)}, the ${oneLine(kinds[0].word)} rows'.`,
    );
  }
  // A ledger of transactions: its payments read as Received (a helper's round, real: an IATI export,
  // a £1M grant and its payments summed as £3.55M committed).
  if (summary.transactions) {
    const { column, payments, paid } = summary.transactions;
    notes.push(
      `Rows are transactions by "${oneLine(column)}": its ${payments.toLocaleString("en-US")} ` +
        `${payments === 1 ? "payment" : "payments"} (disbursements, expenditures: ${money(paid, summary.currency)}) ` +
        `are read as ${received.name}, its commitments as ${committed.name} — not all as ${committed.name}.`,
    );
  }
  // One name on rows of different places counts once (SPEC "Ledgers"): a generic name may be several
  // organisations (real: 13 "Comité des Fêtes" in 13 départements). Said, with the count were each
  // place's its own.
  if (summary.places) {
    const { column, partners, people, more, example } = summary.places;
    const rest = example.count - example.places.length;
    const shown =
      example.places.map(oneLine).join(", ") + (rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : "");
    // People are people of one name (a donor list's first_name + last_name), not organisations.
    const what =
      partners === 1
        ? example.person
          ? "people"
          : "organisations"
        : people === partners
          ? "people"
          : people > 0
            ? "organisations or people"
            : "organisations";
    notes.push(
      (partners === 1
        ? `${oneLine(example.name)} is on rows of ${example.count} places in "${oneLine(column)}" (${shown}): counted ` +
          `as one partner. If these are different ${what} of one name`
        : `${partners.toLocaleString("en-US")} partners are each on rows of several places in "${oneLine(column)}" ` +
          `(such as ${oneLine(example.name)}: ${shown}): each counted as one partner. If some are different ` +
          `${what} of one name`) +
        `, there are up to ${(summary.total.partners + more).toLocaleString("en-US")} partners: tell them apart by ` +
        `name (with the place, say).`,
    );
  }
  if (summary.rows.length === 0 && (summary.total.partners > 0 || summary.total.committed !== 0)) {
    notes.push(`No ${summary.groupBy.name} column: only the Total row.`);
  }
  // Figures in thousands (`Spend (£000)`, a title saying "£ thousand") are summed multiplied out.
  for (const s of summary.scaled) {
    const where = s.what === s.column ? `its header says` : `row ${s.row + 1} says ("${oneLine(s.what)}")`;
    notes.push(
      `${oneLine(s.column)} is in ${scaleWords(s.factor)}, as ${where}: its figures are ` +
        `multiplied by ${s.factor.toLocaleString("en-US")} here.`,
    );
  }
  for (const s of summary.notScaled) {
    notes.push(
      `${oneLine(s.column)} says ${scaleWords(s.factor)}, but its figures are whole amounts already (multiplied out, ` +
        `a row would be a trillion or more; a number format may show them in ${scaleWords(s.factor)}): ` +
        `they are added up as they are.`,
    );
  }
  // Phone numbers typed as amounts (phoneAmounts.ts), as check warns of them: said with the total without them.
  const phones = summary.phones;
  if (phones.length > 0) {
    const without = summary.total.committed - phones.reduce((a, v) => a + v, 0);
    notes.push(
      `${phones.length === 1 ? "1 amount is" : `${phones.length} amounts are`} a phone number's ten digits (such as ` +
        `${phones[0]}, ${asPhone(phones[0])}), over ${PHONE_OUTLIER.toLocaleString("en-US")} times the other amounts: ` +
        `added up here; if ${phones.length === 1 ? "it is one" : "they are"}, the ${committed.name} total is ` +
        `${money(without, summary.currency)} (\`check\` names ${phones.length === 1 ? "it" : "them"}).`,
    );
  }
  if (summary.committedEmpty !== undefined) {
    notes.push(
      `${oneLine(summary.committedEmpty)} is empty on every row: ${committed.name} is left blank, not 0 — ` +
        `nothing says what was committed.`,
    );
  }
  // Another year's amounts beside the ones summed (`2023-24 Grant` beside `2024-25 Grant`): said, with
  // the --map that sums that year instead (a helper's round, real: Western Australia's grants tables).
  // Every other year, said alike (corpus round fn: `budget2012` was "an amount column" beside `budget2013`).
  const [otherYear, ...more] = otherYearsOf(partners.mapping, committed.id, partners.matrix as Matrix);
  if (otherYear !== undefined) {
    const summed = oneLine(mappedHeader(partners.mapping, committed.id) ?? "");
    const said = listed([otherYear, ...more].map((h) => `"${oneLine(h)}"`));
    notes.push(
      `${committed.name} is "${summed}"; ${said} beside it ${more.length === 0 ? "is another year's" : "are other years'"}, ` +
        `in no total here (--map "${oneLine(otherYear)}=${committed.name}" sums that year instead).`,
    );
  }
  if (summary.receivedEmpty !== undefined) {
    notes.push(
      `${oneLine(summary.receivedEmpty)} is empty on every row: ${received.name} is left blank, not 0 — nothing says what was received.`,
    );
  } else if (!summary.receivedColumn) {
    const paid = paymentsBeside(partners.mapping);
    notes.push(
      paid
        ? `${committed.name} here is "${oneLine(paid.amount)}"` +
            (paid.date ? `, which sits beside "${oneLine(paid.date)}"` : "") +
            `: payments made, not promises — the total is what was paid. No column says what was promised, and ` +
            `${received.name} is left blank, not 0.`
        : `No ${received.name} column: ${received.name} is left blank, not 0.`,
    );
  }
  // A user's sheet of plain numbers says no currency: the dollars printed are an assumption, said
  // as one (real: a UK fund's allocations and a council's payments printed in $). The tracker's
  // own table is in dollars by design.
  // The currency first: it is how every figure above is read (a helper's round: a UK lottery ledger's
  // £119,960,796 printed as dollars, its note the last of four).
  if (summary.currencyInText) {
    const { code } = summary.currencyInText;
    const said = textCurrencyWords(summary.currencyInText);
    const amount = oneLine(mappedHeader(partners.mapping, committed.id) ?? "Amount");
    notes.unshift(
      `The amounts name no currency, and ${said}: they are read as ${code} (--map "${amount}=${committed.name} ($)" ` +
        `says they are dollars).`,
    );
  } else if (summary.currency === UNSAID_CURRENCY && summary.headedAbroad) {
    // A header on two lines is quoted on one, as --map takes it (a helper's round: the Sarthe's).
    const { column } = summary.headedAbroad;
    const header = oneLine(summary.headedAbroad.header);
    notes.unshift(
      `The sheet names no currency, and heads its amounts "${header}": they are shown without a currency sign ` +
        `(a header such as "${header} (€)" says which, as does --map "${header}=${column} (EUR)").`,
    );
  } else if (summary.currency === UNSAID_CURRENCY && summary.dayFirstDate) {
    notes.unshift(
      `The sheet names no currency, and writes its dates day first (such as ${summary.dayFirstDate}), as outside the ` +
        `US: its amounts are shown without a currency sign (a header such as "Amount (£)" says which, as does ` +
        `--map "Amount=Committed (£)").`,
    );
  } else if (summary.currency === UNSAID_CURRENCY && summary.titleCountry) {
    notes.unshift(
      `The sheet names no currency, and its title names ${summary.titleCountry}: its amounts are shown without a ` +
        `currency sign, not as dollars (a header such as "Amount (£)" says which, as does --map ` +
        `"Amount=Committed (£)").`,
    );
  } else if (summary.currency === UNSAID_CURRENCY) {
    notes.unshift(
      `The sheet names no currency, and its amounts are written as in Europe (such as 1 234,50): they are shown ` +
        `without a currency sign (a header such as "Montant (€)" says which).`,
    );
  } else if (
    summary.currencyAssumed &&
    !signs &&
    !beside.some((b) => b.isTrackerTable) &&
    // A title saying its figures are "in thousands of dollars" says dollars, as the note on its
    // multiple quotes (a helper's round: "names no currency" beside it); which dollar, it does not.
    !summary.scaled.some((s) => /(?:^|[^\p{L}])dollars?(?![\p{L}])/iu.test(s.what))
  ) {
    notes.unshift(
      `The sheet names no currency: amounts are shown as dollars (a header such as "Amount (£)" says otherwise, ` +
        `as does --map "Amount=Committed (£)").`,
    );
  }
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

/**
 * A sheet of payments whose one amount column is read as Committed, as SPEC reads a plain `Amount`:
 * the amount's header says no more than that, and a column beside it dates a payment (`Paid Date`,
 * `Payment date`, `Date paid`). The total is then what was paid, and the summary says so (a helper's
 * round, real: Oxfordshire's spend over £500, "Committed 11,344,005.35" for a quarter's payments).
 */
function paymentsBeside(mapping: HeaderMapping): { amount: string; date?: string } | undefined {
  const amount = mapping.columns.find((c) => c.id === PARTNERS.col.committed.id)?.header;
  if (amount === undefined) return undefined;
  // A header saying payment itself (`PaymentAmount`, `Invoice Net Amt`), mapped as Committed by hand
  // as the refusal without a Committed column advises (a helper's round, real: Scottsdale's payments,
  // then "Committed $290,657,324.27" for money paid).
  if (saysPaid(amount)) return { amount };
  if (!PLAIN_AMOUNT.test(amount.trim())) return undefined;
  // (Never a date the mapping leaves out on purpose: `--map "Paid Date=Ignore"`.)
  const date = besideMapping(mapping).unknown.find((u) => PAYMENT_DATE.test(u.header.trim()))?.header;
  return date === undefined ? undefined : { amount, date };
}

/**
 * Does an amount's header say it was paid (`PaymentAmount`, `Invoice Net Amt`, `Amount paid`,
 * `Check Amount`)? Word by word, camel case split: not `Amount (unpaid)`, `Budgeted expenditure`,
 * `Outstanding invoices` (a reviewer's repros: "payments made" said of money not paid).
 */
function saysPaid(header: string): boolean {
  const words = header
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.some((w) => PAID_WORDS.has(w)) && !words.some((w) => NOT_PAID_WORDS.has(w));
}
const PAID_WORDS = new Set([
  "payment",
  "payments",
  "paid",
  "invoice",
  "disbursed",
  "disbursement",
  "cheque",
  "check",
  "spent",
  "spend",
  "spending",
  "expenditure",
]);
const NOT_PAID_WORDS = new Set([
  "unpaid",
  "unspent",
  "outstanding",
  "budget",
  "budgeted",
  "planned",
  "projected",
  "estimated",
  "forecast",
  "due",
  // The EU's `total eligible expenditure allocated to the operation`, `Expenditure approved`: what was
  // granted (a helper's round, real: every ERDF list of operations said to be "what was paid").
  "allocated",
  "approved",
  "eligible",
  "committed",
  "awarded",
  "granted",
]);

/** An amount's header that says nothing of promise or payment (`Amount`, `Net Amount`, `Value (£)`). */
const PLAIN_AMOUNT = /^(?:(?:net|gross|total|line)\s+)?(?:amount|value|sum)\b[^a-z]*$/i;

/** A column dating a payment: `Paid Date`, `Date Paid`, `Payment Date`, `Pay date`. */
const PAYMENT_DATE = /^(?:(?:paid|payment|pay)\s*date|date\s*(?:paid|of\s+payment))$/i;

/** An amount in the summary's currency; with none said (UNSAID_CURRENCY), a figure without a sign. */
/** A block's rows its sheet hides, 0-based in its matrix (PartnerBlock.hiddenRows), if any. */
function hiddenRowsOf(wb: WorkbookData, b: Block): { hiddenRows?: ReadonlySet<number> } {
  const sheet = wb.sheets.find((s) => s.name === b.sheet);
  if (!sheet?.hiddenRows || b.continues) return {};
  const rows = sheet.hiddenRows.map((r) => r - b.top).filter((i) => i > b.mapping.headerRow && i < b.matrix.length);
  return rows.length > 0 ? { hiddenRows: new Set(rows) } : {};
}

/**
 * Where block `i` of those summed is, as a summary's note names it: `in columns G–J` (blocks side by
 * side), `in table tblGrants`, `on Jan` (sheets summed with --sheet all; `on Jan (columns A–D)`).
 */
function blockPlace(blocks: readonly Block[], i: number): string {
  const b = blocks[i];
  const width = (b.matrix[b.mapping.headerRow] ?? []).length;
  const columns = `columns ${columnLetter(b.left)}–${columnLetter(b.left + Math.max(width, 1) - 1)}`;
  const sideBySide = blocks.filter((x) => x.sheet === b.sheet && x.table === b.table).length > 1;
  const at = b.table ? `table ${b.table}` : sideBySide ? columns : "";
  return new Set(blocks.map((x) => x.sheet)).size > 1 ? `on ${b.sheet}${at ? ` (${at})` : ""}` : `in ${at || b.sheet}`;
}

/** A place (blockPlace) opening a sentence: `On y2016`, `In columns A–C`. */
function sentenceStart(place: string): string {
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/**
 * "16 yearly columns ("Valor Previsto 2005" … "Valor Previsto 2020") add up to Committed on every row:
 * its parts, not more money." — and Received's beside it in the same line (PartnerSummary.partsOfTotals).
 * A breakdown beside the total named whole, three columns at most: ""Valor Inicial do Contrato" and
 * "Valor em Aditivos" add up to Committed on every row …".
 */
function partsNote(all: NonNullable<PartnerSummary["partsOfTotals"]>): string {
  const each = all.map(({ headers, total, yearly }, i) => {
    const first = `"${oneLine(headers[0])}"`;
    const last = `"${oneLine(headers[headers.length - 1])}"`;
    const name = Object.values(PARTNERS.col).find((c) => c.id === total)?.name ?? total;
    const firstYearly = yearly && !all.slice(0, i).some((p) => p.yearly);
    const columns =
      !yearly && headers.length <= NOTE_NAMES
        ? listed(headers.map((h) => `"${oneLine(h)}"`))
        : `${headers.length}${firstYearly ? " yearly columns" : yearly ? "" : " columns"} ` +
          `(${first}${headers.length === 2 ? " and " : " … "}${last})`;
    return `${columns} ${i === 0 ? "add up " : ""}to ${name}`;
  });
  return all.length === 1
    ? `${each[0]} on every row: its parts, not more money.`
    : `${each[0]} on every row, and ${listed(each.slice(1))}: their parts, not more money.`;
}

/** The header of the column mapped to `id`, as --map names it (`budget2014 (1)` where repeated: mappingName). */
function mappedHeader(mapping: HeaderMapping, id: string): string | undefined {
  const at = mapping.columns.find((c) => c.id === id)?.index;
  return at === undefined ? undefined : mappingName(mapping, at);
}

/** Most items a note lists by name (listedCapped): the rest counted, so no note runs past ~3 lines. */
const NOTE_NAMES = 3;

/** `a, b, c and 29 more columns`: listed, the first NOTE_NAMES named. */
function listedCapped(items: readonly string[], more = "more"): string {
  return items.length <= NOTE_NAMES
    ? listed(items)
    : `${items.slice(0, NOTE_NAMES).join(", ")} and ${(items.length - NOTE_NAMES).toLocaleString("en-US")} ${more}`;
}

/**
 * The notes on what is beside Committed and in no total (PartnerSummary.otherAmounts): the columns of
 * money of their own (a second kind of grant), with each one's sum and how to sum one instead; the
 * columns of loans guaranteed, said as guarantees — no money given, nothing to sum as Committed (a
 * helper's round, real: the Sarthe's `Montant de la garantie`, €48.8M named beside its grants as if
 * given); the columns marking help in kind (`Avantages en nature`: `X`). Each with the partners helped
 * there alone, counted as partners and none "given nothing" (the Sarthe's 11 so helped were asked).
 */
function besideCommittedNotes(summary: PartnerSummary, mapping: HeaderMapping): string[] {
  const other = summary.otherAmounts;
  if (!other) return [];
  const { committed } = PARTNERS.col;
  const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const rows = (n: number) => count(n, "row", "rows");
  const grants = other.columns.filter((c) => !c.guarantees);
  const guarantees = other.columns.filter((c) => c.guarantees);
  const amount = oneLine(mappedHeader(mapping, committed.id) ?? committed.name);
  const beside = `${committed.name} is "${amount}"; beside it, `;
  // A column's sum in the currency its cells name where not Committed's (`UGX 5,000,000` beside `Amount
  // ($)`: "$12,000,000"); in several, no one sum.
  const held = (c: (typeof other.columns)[number]) =>
    c.currencies.length === 0
      ? money(c.amount, summary.currency)
      : c.currencies.length === 1
        ? formatAmount(c.amount, c.currencies[0])
        : `amounts in ${listed(c.currencies.map((code) => (code === "" ? "no currency named" : code)))}`;
  const notes: string[] = [];
  if (grants.length > 0) {
    const one = grants.length === 1;
    const each = grants.map((c) => `"${oneLine(c.header)}" holds ${held(c)} on ${rows(c.rows)}`);
    notes.push(
      `${beside}${listedCapped(each, "more such columns")}: ${one ? "an amount column" : "amount columns"} ` +
        `in no total here (--map "${oneLine(grants[0].header)}=${committed.name}" sums ${one ? "it" : "one"} instead).` +
        (other.partners > 0
          ? ` ${count(other.partners, "partner has", "partners have")} money in ${one ? "it" : "them"} alone: counted as ` +
            `${other.partners === 1 ? "a partner" : "partners"}, none of ${other.partners === 1 ? "its" : "their"} money in these totals.`
          : ""),
    );
  }
  if (guarantees.length > 0) {
    const each = guarantees.map(
      (c) => `"${oneLine(c.header)}" holds ${held(c)} of loans guaranteed on ${rows(c.rows)}`,
    );
    notes.push(
      `${grants.length > 0 ? "" : beside}${listedCapped(each, "more such columns")}: guarantees, not grants — no money given, in no total here.` +
        (other.guaranteed > 0
          ? ` ${count(other.guaranteed, "partner has", "partners have")} a guarantee alone: counted as ` +
            `${other.guaranteed === 1 ? "a partner" : "partners"}, with no money in these totals.`
          : ""),
    );
  }
  if (other.inKind) {
    const { headers, rows: marked, partners: alone } = other.inKind;
    notes.push(
      `${other.columns.length > 0 ? "" : beside}${listedCapped(headers.map((h) => `"${oneLine(h)}"`))} ` +
        `${headers.length === 1 ? "marks" : "mark"} help in kind on ${rows(marked)}: no money, in no total here.` +
        (alone > 0
          ? ` ${count(alone, "partner has", "partners have")} that help alone: counted as ` +
            `${alone === 1 ? "a partner" : "partners"}, helped in kind, with no money in these totals.`
          : ""),
    );
  }
  return notes;
}

/** What the "nothing above 0" note says its partners have none of beside Committed (", nor …,"), or "". */
function besideCommittedNone(summary: PartnerSummary): string {
  const other = summary.otherAmounts;
  if (!other) return "";
  const what: string[] = [];
  if (other.columns.length > 0)
    what.push(`in the amount ${other.columns.length === 1 ? "column" : "columns"} beside it`);
  if (other.inKind) what.push("help in kind marked beside it");
  return `, nor ${what.join(", nor ")},`;
}

/** `a`, `a and b`, `a, b and c` (or `or`). */
function listed(items: readonly string[], last = "and"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

function money(value: number, currency: string): string {
  return currency === UNSAID_CURRENCY
    ? value.toLocaleString("en-US", {
        maximumFractionDigits: 2,
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      })
    : formatAmount(value, currency);
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
  return `${file} — Partners (${printable(where)}), by ${cells[0][0]}\n\n${cells.map(line).join("\n")}\n${notes}`;
}

export function summaryCsv(result: PartnersSummaryResult): string {
  const [header, ...rows] = result.spill;
  return tableToCsv(header.map(String), rows, { bom: true });
}

/** A header or title as one line: a header typed on two lines (`Total Allocation⏎$ Millions`) reads as one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
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

/**
 * The Committed column of `block` when its filled cells are all one currency's sign alone (`£`) and
 * the column right of it holds figures: its header, the sign, and the figures' header (or where they
 * are, when unheaded); else undefined.
 */
function signsBesideFigures(block: Block): { header: string; sign: string; figures: string } | undefined {
  const col = block.mapping.columns.find((c) => c.id === PARTNERS.col.committed.id);
  if (!col) return undefined;
  const from = block.mapping.headerRow + 1;
  const marks = markedColumn(block.matrix, col.index, from);
  if (!marks) return undefined;
  // Money, not years, dates or another mapped column (a reviewer's repro: `Year` beside the signs
  // offered as Committed, a total of £6,070 made of years).
  const named = cellText(block.matrix[block.mapping.headerRow]?.[col.index + 1] ?? null).trim();
  if (block.mapping.columns.some((c) => c.index === col.index + 1) || /\b(?:years?|yr|fy|dates?)\b/i.test(named)) {
    return undefined;
  }
  let figures = 0;
  let years = 0;
  for (let r = from; r < block.matrix.length; r++) {
    const cell = block.matrix[r]?.[col.index + 1];
    if (!isFigure(cell)) continue;
    figures++;
    const n = typeof cell === "number" ? cell : Number(String(cell).trim());
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) years++;
  }
  if (figures === 0 || years === figures) return undefined;
  const sign = cellText(block.matrix[marks.first]?.[col.index] ?? null).trim();
  return { header: col.header, sign, figures: named || `column ${col.index + 2} of the table` };
}
