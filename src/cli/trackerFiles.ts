import * as fs from "fs";
import * as path from "path";
import { isBlank } from "../core/text";
import { committedUnmapped } from "../core";
import {
  keptCurrencyLine,
  NOT_COPIED_ADVICE,
  NOT_DATA_WORDS,
  rowsToCopy,
  copiesLeftOutLine,
  scaledLine,
  toldApartLine,
  unstatedCurrencyLine,
} from "../core/trackerRows";
import type { Cell } from "../core/types";
import {
  ASSETS,
  FOUNDATION,
  LEADERSHIP,
  LISTS_SHEET,
  PARTNERS,
  SUMMARY_SHEET,
  TABS,
  columnLetter,
  type TabName,
} from "../schema";
import { asksEverySheet, missingSheet } from "./check";
import {
  trackerVersionOf,
  findBlocks,
  isTableOfSheet,
  uncalculatedIn,
  uncalculatedRowsOf,
  type MappingOptions,
  type Skipped,
} from "./workbookBlocks";
import { mapHint } from "./mapHint";
import { blockLabels, restatedPartners } from "./restated";
import { cliWording } from "./report";
import { writeFileSafely } from "./safeWrite";
import { printable } from "./terminal";
import { cachedResults } from "./tracker";
import { readSpreadsheetFile } from "./csvReader";
import { UnreadableWorkbookError, type WorkbookData } from "./xlsxReader";
import { extraKey, trackerXlsxBuffer, type TrackerData, type TrackerRow, type WriteOptions } from "./xlsxWriter";

/**
 * `share` and `new --from`: a tracker written from another workbook.
 * - `share tracker.xlsx partner-copy.xlsx`: the tracker's tables as they are, without the schema's
 *   internal columns (SPEC "Internal columns"); columns users added to the tables stay; sheets that
 *   are not the tracker's are left out (they may hold the city's own notes) and named.
 * - `new --from users.xlsx tracker.xlsx`: a user's own sheets, found and mapped as `check` finds and
 *   maps them, placed as "Copy into tracker" places them (src/core/trackerRows.ts): values in the
 *   tracker's form where unambiguous, Total rows left out; whatever cannot be placed is reported.
 */

export interface FileReport {
  /** Lines for the person running the command. */
  readonly lines: readonly string[];
  /** The sheets not placed, with the tab each came closest to (for the hint to map them by hand). */
  readonly skipped?: readonly Skipped[];
  readonly rows: Readonly<Partial<Record<TabName, number>>>;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

function keyed(columns: readonly { id: string; index: number }[], row: readonly Cell[]): TrackerRow {
  const out: Record<string, Cell> = {};
  for (const c of columns) {
    const v = row[c.index];
    if (!isBlank(v)) out[c.id] = v;
  }
  return out;
}

/** The partner copy of a tracker: its tables' rows without the internal columns. */
export function partnerCopyOf(wb: WorkbookData): { options: WriteOptions; report: FileReport } {
  const { blocks } = findBlocks(wb, {}, true);
  const lines: string[] = [];
  const data: Record<string, TrackerRow[]> = {};
  const extraColumns: Partial<Record<TabName, string[]>> = {};
  const rows: Partial<Record<TabName, number>> = {};
  const used = new Set<string>();
  for (const tab of TABS) {
    const block = blocks.find((b) => b.isTrackerTable && b.mapping.tab === tab.name);
    if (!block) {
      lines.push(`${tab.name}: the tracker table ${tab.table} is missing, so the copy's is empty.`);
      continue;
    }
    used.add(block.sheet);
    const kept = block.mapping.columns.filter((c) => !tab.columns.find((s) => s.id === c.id)?.internal);
    const dropped = block.mapping.columns.filter((c) => tab.columns.find((s) => s.id === c.id)?.internal);
    const extras = block.mapping.unknown.filter((u) => u.header.trim() !== "");
    extraColumns[tab.name] = extras.map((u) => u.header);
    const body = block.matrix.slice(block.mapping.headerRow + 1);
    // Every row as it is (blank rows too: the Summary lists initiatives by their position).
    data[tab.name] = body.map((row) => ({
      ...keyed(kept, row),
      ...keyed(
        extras.map((u) => ({ id: extraKey(u.header), index: u.index })),
        row,
      ),
    }));
    rows[tab.name] = body.length;
    if (dropped.length > 0)
      lines.push(`${tab.name}: left out the internal columns ${dropped.map((c) => c.header).join(", ")}.`);
    if (extras.length > 0) lines.push(`${tab.name}: kept your own columns ${extras.map((u) => u.header).join(", ")}.`);
  }
  const others = wb.sheets
    .map((s) => s.name)
    .filter((name) => !used.has(name) && name !== SUMMARY_SHEET && name !== LISTS_SHEET);
  if (others.length > 0) lines.push(`Not copied (not part of the tracker's tables): ${others.join(", ")}.`);
  return {
    options: { data: data as TrackerData, extraColumns, partnerCopy: true },
    report: { lines, rows },
  };
}

/** `Pledge ($) → Committed`, or just `Partner` when the header is the column's name. */
function mappedAs(header: string, column: string | undefined): string {
  return column === undefined || header.trim() === column ? header : `${header} → ${column}`;
}

/**
 * What the copy's own check will ask that the user's sheet never could: the tracker holds columns and
 * tabs a sheet lacks (helpers' rounds, real: a university's awards, 25 errors become 82 — every
 * copied project ID "not on the Foundation tab"; NYC's discretionary awards, `Cleared` read as Agreed,
 * then 5,037 "Agreement signed is empty"). Said up front, with what to do, so no error surprises.
 */
function copyWillAsk(data: Partial<Record<TabName, TrackerRow[]>>): string[] {
  const lines: string[] = [];
  const text = (cell: Cell | undefined) => (isBlank(cell) ? "" : String(cell).trim());
  // Compared as the tracker's check compares them: ignoring case (a reviewer's repro: `food-01` beside
  // `FOOD-01`, "not on the Foundation tab", and the advice to drop every link).
  const foundation = new Set((data.Foundation ?? []).map((r) => text(r[FOUNDATION.col.initiativeId.id]).toLowerCase()));
  const missing = new Set<string>();
  for (const tab of [ASSETS, LEADERSHIP, PARTNERS]) {
    for (const r of data[tab.name] ?? []) {
      const id = text(r[FOUNDATION.col.initiativeId.id]);
      if (id !== "" && !foundation.has(id.toLowerCase())) missing.add(id);
    }
  }
  if (missing.size > 0) {
    const shown =
      [...missing]
        .slice(0, 3)
        .map((id) => `"${id}"`)
        .join(", ") + (missing.size > 3 ? " …" : "");
    lines.push(
      `${plural(missing.size, "Initiative ID")} (${shown}) ${missing.size === 1 ? "is" : "are"} not on the ` +
        `${FOUNDATION.name} tab: the tracker's check asks for each — add them to ${FOUNDATION.name}, or copy without them ` +
        `(--map "<their header>=Ignore").`,
    );
  }
  const { status, agreementSigned } = PARTNERS.col;
  const unsigned = (data.Partners ?? []).filter(
    (r) => ["agreed", "active"].includes(text(r[status.id]).toLowerCase()) && text(r[agreementSigned.id]) === "",
  ).length;
  if (unsigned > 0) {
    lines.push(
      `${plural(unsigned, "Partners row")}: ${status.name} Agreed or Active and ${agreementSigned.name} empty — the ` +
        `tracker's check asks for it on each: set it to Yes where the agreement is signed.`,
    );
  }
  return lines;
}

/** Rows left out of one kind that `new --from` names one by one; more are said in one line. */
const LEFT_OUT_EACH = 5;

/** The hint when no sheet came close to any tab. */
const PLACE_ANYWAY =
  `To place it anyway, say which tab it is and which of its headers is which tracker column: ` +
  `--tab Partners --map "<your header>=Partner", once per column.`;

/** A tracker filled from a user's own sheets, mapped as `check` maps them (with its --tab and --map). */
export function trackerFromSheets(
  wb: WorkbookData,
  mapping: MappingOptions = {},
  /** `--sheet`: copy this sheet alone (by name, as written or ignoring case and outer spaces). */
  sheet?: string,
): { options: WriteOptions; report: FileReport } {
  const found = findBlocks(wb, mapping, trackerVersionOf(wb) !== undefined);
  // `--sheet all`: every sheet, a restatement too (the user says so).
  const all = asksEverySheet(
    sheet,
    wb.sheets.map((s) => s.name),
  );
  const named = (name: string) =>
    sheet === undefined || all || name.trim().toLowerCase() === sheet.trim().toLowerCase();
  const blocks = found.blocks.filter((b) => named(b.sheet));
  const skipped = found.skipped.filter((s) => named(s.sheet));
  const lines: string[] = [];
  const data: Partial<Record<TabName, TrackerRow[]>> = {};
  const rows: Partial<Record<TabName, number>> = {};
  // The tracker's own tables first, then the user's sheets in workbook order.
  const ordered = [...blocks]
    .sort((a, b) => Number(b.isTrackerTable) - Number(a.isTrackerTable))
    .map((block) => ({
      block,
      placed: rowsToCopy(block.matrix, block.mapping, [], {
        trackerTable: block.isTrackerTable,
        firstRow: block.top,
        // Copies most of one of several tables on the sheet are said of it, as check says them.
        ofTable: isTableOfSheet(found.blocks, block),
        ...uncalculatedRowsOf(wb, block),
      }),
    }));
  // A sheet restating another per partner (a five-year total beside the yearly ledger), or holding its
  // very rows again, is not copied: its money would be in the tracker twice. Named, with how to copy it
  // alone. (The decision `summary` and `check` take too: restatedPartners.) `--sheet all` copies a
  // restatement per partner (the user asks for every sheet), never a copy: its rows are the other's
  // rows again, as `summary --sheet all` sums it not (a helper's round, real: the Sarthe's grants,
  // `Feuil1` its `Table 1` again, copied twice by --sheet all).
  const labels = blockLabels(ordered.map(({ block }) => block));
  const restated = restatedPartners(
    ordered
      .map((entry, i) => ({ ...entry, label: labels[i] }))
      .filter(({ block }) => block.mapping.tab === PARTNERS.name && !block.isTrackerTable)
      .map(({ placed, label, block }) => ({ label, sheet: block.sheet, rows: placed.rows })),
  );
  for (const [i, { block, placed }] of ordered.entries()) {
    const tab = TABS.find((t) => t.name === block.mapping.tab)!;
    const again = restated.get(labels[i]);
    if (again && (again.copy || !all)) {
      if (again.copy) {
        lines.push(
          `${labels[i]} → not copied: its ${plural(again.rows, "row")} are all on ${again.of} too (the same ` +
            `partner and amounts), copied once from there. To copy it instead: --sheet "${block.sheet}".`,
        );
        continue;
      }
      lines.push(
        `${labels[i]} → not copied: ${plural(again.rows, "row")} for ${plural(again.partners, "partner")}, ` +
          `${again.shared === again.partners ? "every one" : `${again.shared.toLocaleString("en-US")} of them`} also ` +
          `on the rows of ${again.of} — a summary of it, ` +
          (again.money ? `whose money would count twice in ${tab.name}. ` : `each partner again in ${tab.name}. `) +
          `To copy it instead: --sheet "${block.sheet}"; every sheet: --sheet all.`,
      );
      continue;
    }
    const columns = tab.columns.map((c, index) => ({ id: c.id, index }));
    const target = (data[tab.name] ??= []);
    for (const row of placed.rows) target.push(keyed(columns, row));
    rows[tab.name] = (rows[tab.name] ?? 0) + placed.rows.length;
    const where = block.table ? `table ${block.table} on ${block.sheet}` : `sheet ${block.sheet}`;
    const header = block.top + block.mapping.headerRow;
    lines.push(
      `${where} → ${tab.name}: ${plural(placed.rows.length, "row")} (header row ${header}; ` +
        `${block.mapping.columns
          .map((c) => {
            // A name in two columns is copied whole into Name: `last_name + first_name → Name`.
            const column = tab.columns.find((s) => s.id === c.id)?.name;
            const whole = tab === LEADERSHIP && c.id === LEADERSHIP.col.name.id;
            if (whole) return mappedAs([c.header, ...placed.joined].join(" + "), column);
            // A donor list's people, read where its organisation's name is blank (personNames.ts).
            const orElse = c.id === PARTNERS.col.partner.id && placed.orElse.length > 0;
            return mappedAs(orElse ? `${c.header} (or ${placed.orElse.join(" + ")})` : c.header, column);
          })
          .join(", ")}).`,
    );
    // Each row left out by itself, up to a few of a kind; past them, one line for the kind (a helper's
    // round, real: a state's CARES Act workbook, 14,992 lines of empty template rows).
    const byKind = new Map<string, (typeof placed.notData)[number][]>();
    for (const left of placed.notData) {
      const kind = byKind.get(left.kind);
      if (kind) kind.push(left);
      else byKind.set(left.kind, [left]);
    }
    for (const left of placed.notData) {
      const advice = NOT_COPIED_ADVICE[left.kind] ?? "";
      const kind = byKind.get(left.kind)!;
      if (kind.length <= LEFT_OUT_EACH) {
        lines.push(
          `  row ${block.top + left.index} left out: ${NOT_DATA_WORDS[left.kind]} ("${left.label}")${advice}.`,
        );
      } else if (kind[0] === left) {
        const shown = kind.slice(0, LEFT_OUT_EACH).map((l) => block.top + l.index);
        lines.push(
          `  ${plural(kind.length, "row")} left out (rows ${shown.join(", ")} …): ${NOT_DATA_WORDS[left.kind]} ` +
            `("${left.label}"…)${advice}.`,
        );
      }
    }
    // Copies most of the rows, left out as the summary leaves them out of its sums: named, with their money.
    if (placed.copiesLeftOut) lines.push(`  ${copiesLeftOutLine(placed.copiesLeftOut, tab.table, block.top)}`);
    for (const k of placed.keptCurrency) lines.push(`  ${keptCurrencyLine(k, tab.table)}`);
    for (const h of placed.unstatedCurrency) lines.push(`  ${unstatedCurrencyLine(h, tab.table)}`);
    for (const k of placed.scaled) lines.push(`  ${scaledLine(k)}`);
    if (placed.toldApart) lines.push(`  ${toldApartLine(placed.toldApart)}`);
    if (placed.runsOn) lines.push(`  ${placed.runsOn}`);
    // Formulas saved without their result in the columns copied: copied empty, said (as check and
    // summary say them: a helper's round, openpyxl's `=15000-3000` award copied as nothing, unsaid).
    const uncalculated = uncalculatedIn(wb, block);
    if (uncalculated.length > 0) {
      const n = uncalculated.length;
      const first = `${columnLetter(uncalculated[0].column)}${uncalculated[0].row}`;
      lines.push(
        `  ${plural(n, "formula cell")} ${n === 1 ? "was" : "were"} saved without ${n === 1 ? "its" : "their"} result ` +
          `(first: ${first}), so ${n === 1 ? "it was" : "they were"} copied empty: the program that wrote the file ` +
          `did not calculate ${n === 1 ? "it" : "them"}. Open the file in Excel and save it, and copy it again.`,
      );
    }
    // Columns that map to nothing: named with how many values they hold, so nothing goes unsaid.
    const inNotes = new Set(placed.toldApart?.headers ?? []);
    for (const u of block.mapping.unknown) {
      if (placed.joined.includes(u.header) || placed.orElse.includes(u.header)) continue;
      const values = block.matrix.slice(block.mapping.headerRow + 1).filter((r) => !isBlank(r[u.index])).length;
      if (values > 0 || u.header.trim() !== "") {
        lines.push(
          `  not placed: column "${u.header || "(no header)"}" (${plural(values, "value")}) — no tracker column for it` +
            (inNotes.has(u.header.trim() || "(no header)") ? "; in Notes where it tells rows apart." : "."),
        );
      }
    }
    const unmapped = block.isTrackerTable ? undefined : committedUnmapped(block);
    if (unmapped !== undefined) lines.push(`  ${cliWording(unmapped)}`);
  }
  lines.push(...copyWillAsk(data));
  // The tracker's own Summary and Lists hold no data to place; anything else skipped is named.
  const ownSheet = (name: string) => name === SUMMARY_SHEET || name === LISTS_SHEET;
  for (const s of skipped.filter((x) => x.reason !== "empty" && !ownSheet(x.sheet))) {
    lines.push(`not placed: ${s.sheet} — ${cliWording(s.reason).replace(/\.+$/, "")}.`);
  }
  // What the reader noticed of the file (a CSV's rows wider than its header): the copy holds them as read.
  for (const note of wb.notes ?? []) lines.push(`note: ${note}`);
  return { options: { data: data as TrackerData }, report: { lines, rows, skipped } };
}

/** Writes through the CLI's safe writer: never over an existing file unless `force`, never a partial file. */
function writeNew(file: string, buf: Buffer, force: boolean): string | undefined {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return `the folder ${dir} does not exist`;
  try {
    writeFileSafely(file, buf, { replace: force });
    return undefined;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EEXIST") return "it already exists and was not touched (use --force to replace it)";
    if (e.code === "EACCES" || e.code === "EPERM") return "permission denied";
    if (e.code === "ENOSPC" || e.code === "EDQUOT") return "the disk is full";
    return e.message;
  }
}

/** Progress on reading a file: each sheet's rows as read, then the line closed (cli's readingShown). */
export interface ReadingProgress {
  readonly reading: (sheet: string, done: number, total?: number) => void;
  readonly done: () => void;
}

export interface FileCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd?: string;
}

/** `share <tracker.xlsx> <copy.xlsx>` and `new --from <users.xlsx> <tracker.xlsx>`. Returns the exit code. */
export async function writeTrackerFrom(
  kind: "share" | "from",
  input: string,
  output: string,
  force: boolean,
  io: FileCommandIo,
  mapping: MappingOptions = {},
  /** `new --from … --sheet`: the one sheet to copy. */
  sheet?: string,
  /** Progress while the input (its resolved path) is read, as check and summary show it (none: silent). */
  progress: { readonly reading?: (file: string) => ReadingProgress } = {},
): Promise<number> {
  const resolve = (f: string) => path.resolve(io.cwd ?? process.cwd(), f);
  // Each argument one line, made printable: a sheet's name, a header or a value holding a line break
  // (a wrapped header, `Unit/⏎Sector`) prints on its line (a helper's round, real, corpus new-fi D7:
  // Frontex's grants, "(header row 1; Unit/" and the rest of the line under it).
  const said = (...lines: string[]) => lines.map((l) => `${printable(l)}\n`).join("");
  if (!/\.xlsx$/i.test(output)) {
    io.stderr(said(`${output}: the file name must end in .xlsx (Excel opens a workbook by its extension).`));
    return 2;
  }
  if (resolve(input) === resolve(output)) {
    io.stderr(said(`${output} is the file being read: write the new workbook under another name.`));
    return 2;
  }
  if (fs.existsSync(resolve(output)) && !force) {
    io.stderr(said(`${output} already exists and was not touched. Use --force to replace it.`));
    return 2;
  }
  let wb: WorkbookData;
  const show = progress.reading?.(resolve(input));
  try {
    wb = await readSpreadsheetFile(resolve(input), { onProgress: show?.reading });
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) {
      io.stderr(said(`Cannot read ${input}: ${err.message.replace(`${resolve(input)}: `, "")}.`));
      return 2;
    }
    throw err;
  } finally {
    show?.done();
  }
  // A sheet the workbook has not: its sheets, as check and summary say them — nothing to place (3), or
  // could not read (2) where a sheet of it could not be read.
  const missing = missingSheet(sheet, wb);
  if (missing) {
    io.stderr(
      said(`Nothing to place from ${input}: ${missing.message}.`, ...(missing.unread ? (wb.notRead ?? []) : [])),
    );
    return missing.unread ? 2 : 3;
  }
  if (kind === "share" && trackerVersionOf(wb) === undefined) {
    io.stderr(said(`${input} is not a tracker (no schema marker on a Lists sheet): share copies trackers only.`));
    return 2;
  }
  const { options, report } = kind === "share" ? partnerCopyOf(wb) : trackerFromSheets(wb, mapping, sheet);
  const total = Object.values(report.rows).reduce((s, n) => s + (n ?? 0), 0);
  if (kind === "from" && total === 0) {
    io.stderr(
      said(
        `Nothing to place from ${input}: no sheet has a header row naming tracker columns ` +
          `(e.g. Partner, Committed, Initiative ID).`,
        ...report.lines,
        mapHint(report.skipped ?? [], "place") ?? PLACE_ANYWAY,
      ),
    );
    return 3; // nothing to place, as check's 3 is nothing to check: no file written
  }
  const buf = await trackerXlsxBuffer({ ...options, ...cachedResults(options.data ?? {}, options.partnerCopy) });
  const why = writeNew(resolve(output), buf, force);
  if (why) {
    io.stderr(said(`Cannot write ${output}: ${why}.`));
    return 2;
  }
  const counts = TABS.map((t) => `${t.name} ${(report.rows[t.name] ?? 0).toLocaleString("en-US")}`).join(", ");
  io.stdout(
    said(
      `Wrote ${output}: ${kind === "share" ? "a partner copy of" : "a tracker filled from"} ${input} (${counts} rows).`,
      ...report.lines,
    ),
  );
  return 0;
}
