import { isBlank } from "../core/text";
import { periodIn } from "../core/summaryYears";
import { cellsToCopy } from "../core/trackerRows";
import { restatedSheets, type Restated } from "../core/restatedSheets";
import type { Cell } from "../core/types";
import { PARTNERS } from "../schema";
import type { Block } from "./workbookBlocks";

/**
 * Which Partners blocks restate another — the same rows again (a copy, a subset table), or a
 * per-partner summary of a ledger — decided once, on the rows `new --from` would copy (partner and
 * amounts as placed: RESTATED_BY's columns, the others may be left ""), for every door that meets several sheets: `new --from` leaves them out,
 * `summary` adds them to no total (its `--sheet all` either), `check` names them (a helper's round,
 * real: the Sarthe's 2018 grants, `Feuil1` the `Table 1` sheet again in a cleaned layout, €6.97M
 * summed as €13.93M while `new --from` already knew it for a copy). By each entry's label.
 */
export function restatedPartners(
  entries: readonly {
    readonly label: string;
    readonly rows: readonly (readonly Cell[])[];
    /** The sheet the rows are on, when the label says more (`table T on S`): its name may say a period. */
    readonly sheet?: string;
  }[],
): Map<string, Restated> {
  const slotOf = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
  const partnerAt = slotOf(PARTNERS.col.partner.id);
  const amountIds = [PARTNERS.col.committed.id, PARTNERS.col.received.id];
  const amountsAt = amountIds.map(slotOf);
  // A row is the same row again only with its dates and initiative too: the same grant on another
  // start date is that year's grant (a reviewer's repro: sheets 2023 and 2024 of four recurring $5,000
  // grants, 2024 read as a copy and its $20,000 left out of summary --sheet all).
  const alsoAt = [PARTNERS.col.initiativeId.id, PARTNERS.col.startDate.id, PARTNERS.col.endDate.id].map(slotOf);
  // Sheets named for different periods (`2023`, `2024`; `FY24 Q1`, `FY24 Q2`) list each its own
  // period's rows: never copies of each other, though the same grants recur with the same figures.
  const sheetOf = new Map(entries.map((e) => [e.label, e.sheet ?? e.label]));
  const periodOf = (label: string) => periodIn(sheetOf.get(label) ?? label);
  const apart = (a: string, b: string) => {
    const [p, q] = [periodOf(a), periodOf(b)];
    return p !== undefined && q !== undefined && p !== q;
  };
  return new Map(
    restatedSheets(
      entries.map(({ label, rows }) => ({
        sheet: label,
        keys: rows.map((r) => r[partnerAt]),
        amounts: amountIds.filter((_, k) => rows.some((r) => !isBlank(r[amountsAt[k]]))),
        rows: rows.map((r) =>
          [partnerAt, ...amountsAt, ...alsoAt]
            .map((at) =>
              String(r[at] ?? "")
                .trim()
                .toLowerCase(),
            )
            .join("\u0000"),
        ),
      })),
      apart,
    ).map((r) => [r.sheet, r]),
  );
}

/** Each block by name as a report says it: `table T on S`, `sheet S`, blocks of one sheet by number. */
export function blockLabels(blocks: readonly { readonly sheet: string; readonly table?: string }[]): string[] {
  const named = blocks.map((b) => (b.table ? `table ${b.table} on ${b.sheet}` : `sheet ${b.sheet}`));
  return named.map((n, i) =>
    named.filter((m) => m === n).length > 1 ? `${n} (block ${named.slice(0, i + 1).filter((m) => m === n).length})` : n,
  );
}

/** The columns restatedPartners compares rows by: partner, amounts, initiative and dates. */
const RESTATED_BY = [
  PARTNERS.col.partner.id,
  PARTNERS.col.committed.id,
  PARTNERS.col.received.id,
  PARTNERS.col.initiativeId.id,
  PARTNERS.col.startDate.id,
  PARTNERS.col.endDate.id,
];

/** A sheet whose Partners rows restate another sheet's: the sheet it restates, and how (Restated). */
export interface RestatedSheet extends Omit<Restated, "sheet" | "of"> {
  readonly sheet: string;
  readonly of: string;
}

/**
 * The sheets whose every Partners block restates a block of another sheet (restatedPartners), by
 * sheet name: what `summary` leaves out of its totals and `check` names. Nothing is read for a workbook
 * with Partners data on one sheet; on several, each block's partner, amounts, initiative and dates are
 * placed as `new --from` places them (cellsToCopy: those cells alone, not every column of every row).
 */
export function restatedPartnerSheets(blocks: readonly Block[]): Map<string, RestatedSheet> {
  const partners = blocks.filter((b) => b.mapping.tab === PARTNERS.name && !b.isTrackerTable);
  const out = new Map<string, RestatedSheet>();
  if (new Set(partners.map((b) => b.sheet)).size < 2) return out;
  const labels = blockLabels(partners);
  const sheetOf = new Map(labels.map((l, i) => [l, partners[i].sheet]));
  const restated = restatedPartners(
    partners.map((block, i) => ({
      label: labels[i],
      sheet: block.sheet,
      rows: cellsToCopy(block.matrix, block.mapping, RESTATED_BY),
    })),
  );
  for (const sheet of new Set(partners.map((b) => b.sheet))) {
    const own = labels.filter((_, i) => partners[i].sheet === sheet).map((l) => restated.get(l));
    const of = own.map((r) => (r ? sheetOf.get(r.of) : undefined));
    if (own.some((r) => r === undefined) || of.some((s) => s === undefined || s === sheet)) continue;
    const all = own as Restated[];
    out.set(sheet, {
      sheet,
      of: of[0] as string,
      partners: all.reduce((n, r) => n + r.partners, 0),
      shared: all.reduce((n, r) => n + r.shared, 0),
      rows: all.reduce((n, r) => n + r.rows, 0),
      money: all.some((r) => r.money),
      ...(all.every((r) => r.copy) ? { copy: true } : {}),
    });
  }
  return out;
}
