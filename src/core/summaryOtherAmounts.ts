import { NOT_GIVEN_BESIDE } from "../schema";
import { AS_EUROPE_WRITES, coerceAmount, coerceNumber, DOLLAR_MARK, lastAmountCurrency, markFits } from "./amountCells";
import { headerScale } from "./currencyWords";
import { yearIn } from "./headerYears";
import { besideMapping } from "./ignoredColumns";
import type { TypedTable } from "./rows";
import { isBlank, isExcelError, isPlaceholder } from "./text";
import type { Cell } from "./types";

/**
 * Amount columns beside Committed that no figure adds (PartnerSummary.otherAmounts): each one's sum and
 * rows, and the partners whose money is in them alone — no partners "given nothing" (a helper's round,
 * real: the Sarthe's grants, its €1,098,756.04 of investment grants on 51 rows unsaid, and 23 of the
 * partners they went to asked whether they were given nothing). A column of loans guaranteed is said as
 * guarantees, no money given (the Sarthe's `Montant de la garantie`, €48.8M beside €6.8M of grants,
 * named as if grants); one marking help in kind (`Avantages en nature`: an `X`) is counted by its marks,
 * its partners helped, not "given nothing" (11 of the Sarthe's were asked so).
 */
export interface OtherAmounts {
  /** The columns of money and of guarantees with figures in them, in the sheet's order. */
  readonly columns: readonly {
    readonly header: string;
    readonly amount: number;
    readonly rows: number;
    /** Loans guaranteed (NOT_GIVEN_BESIDE.guarantees), no money given. */
    readonly guarantees: boolean;
    /**
     * The currencies its cells name where they are not Committed's (`UGX 5,000,000` beside `Amount ($)`,
     * `€500` beside amounts naming none): one, the column's own, its sum in it; several, no one sum.
     * Empty: its figures are in Committed's currency (or name none, as Committed's may).
     */
    readonly currencies: readonly string[];
  }[];
  /** Named partners with nothing above 0 in Committed or Received, and money in the money columns. */
  readonly partners: number;
  /** The same with no money there either, but a guarantee. */
  readonly guaranteed: number;
  /** Columns marking help in kind: their headers, the rows marked, and the partners helped so alone. */
  readonly inKind?: { readonly headers: readonly string[]; readonly rows: number; readonly partners: number };
  /**
   * Columns of the beneficiary's own share of a project (`Self-financing by the Beneficiary`, ownShare.ts):
   * each one's sum, for the note that says the project's total is the grant and this share (mq's leftover of
   * corpus round jo D5: named with no figure). No money given: no partner is helped by it.
   */
  readonly ownShares?: readonly { readonly header: string; readonly amount: number }[];
}

/** What a column beside Committed holds: money of its own, loans guaranteed, or marks of help in kind. */
export type OtherKind = "money" | "guarantees" | "inKind";

/**
 * One column to tally: its 0-based index in its block's rows, its header, the multiple it says, its kind
 * (or the beneficiary's own share: summed, said by the own-share note alone).
 */
export interface OtherColumn {
  readonly index: number;
  readonly header: string;
  readonly scale: number;
  readonly kind: OtherKind | "ownShare";
}

/** A partner's help beside Committed, as bits: money, a guarantee, help in kind. */
const MONEY = 1;
const GUARANTEE = 2;
const IN_KIND = 4;

/** Cells saying no help in kind (`non`, `-`, `0`), case aside: the schema's, read once. */
const NO_MARK: ReadonlySet<string> = new Set(NOT_GIVEN_BESIDE.noMark.map((w) => w.toLowerCase()));

/** A cell of such a column as a figure: as written, or as Europe writes it where Committed is so written. */
export function figureOf(cell: Cell, european: boolean): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string" || cell.trim() === "") return undefined;
  return (european ? coerceNumber(cell, AS_EUROPE_WRITES) : undefined) ?? coerceAmount(cell);
}

/**
 * Does a cell of a column of help in kind mark it (`X`, `oui`, a figure above 0), not `non`, `-`, 0, nor
 * a placeholder (`N/A`, `None`: SPEC's, no help said — a reviewer's repro, `N/A` read as help in kind),
 * nor an Excel error (`#N/A`: read as empty, SPEC)?
 */
function marked(cell: Cell): boolean {
  if (typeof cell === "number") return cell > 0;
  if (typeof cell === "boolean") return cell;
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return text !== "" && !NO_MARK.has(text.toLowerCase()) && !isPlaceholder(text) && !isExcelError(text);
}

/**
 * The currencies a column's cells name (`named`) where any is not Committed's (`currency`): [] for none
 * but Committed's (a bare `$` fits the dollar it is in), else each one, Committed's too if named (a
 * bare `$` beside another as USD).
 */
function ownCurrencies(named: ReadonlySet<string>, currency: string): string[] {
  if (named.size === 0) return [];
  const codes = new Set<string>();
  for (const code of named) {
    codes.add(code === currency || markFits(code, currency) ? currency : code === DOLLAR_MARK ? "USD" : code);
  }
  return codes.size === 1 && codes.has(currency) ? [] : [...codes];
}

/** Tallies the rows' other amounts (only blocks that have such columns pay for it: one test a row else). */
export class OtherAmountTally {
  private readonly byHeader = new Map<
    string,
    { header: string; amount: number; rows: number; kind: OtherColumn["kind"]; named: Set<string> }
  >();
  /** Per partner (by its first row's id), its help beside Committed as bits (MONEY, GUARANTEE, IN_KIND). */
  private readonly helped: Uint8Array;

  /** `rows`: the blocks' rows (partners are known by their first row's id); `columns`: every block's, in order. */
  constructor(rows: number, columns: readonly OtherColumn[]) {
    this.helped = new Uint8Array(rows + 1);
    // (Said in the sheet's column order, whichever holds the first figure.)
    for (const c of columns) {
      if (!this.byHeader.has(c.header)) {
        this.byHeader.set(c.header, { header: c.header, amount: 0, rows: 0, kind: c.kind, named: new Set() });
      }
    }
  }

  /** Row `cells`' figures in `columns`, for `partner` (its first row's id; -1 for a row without a name). */
  add(columns: readonly OtherColumn[], cells: readonly Cell[], partner: number, european: boolean, sign = 1): void {
    for (const c of columns) {
      const t = this.byHeader.get(c.header);
      if (!t) continue;
      if (c.kind === "inKind") {
        if (!marked(cells[c.index] ?? null)) continue;
        t.rows += sign;
        if (partner >= 0 && sign > 0) this.helped[partner] |= IN_KIND;
        continue;
      }
      const cell = cells[c.index] ?? null;
      const n = figureOf(cell, european);
      if (n === undefined || n === 0) continue;
      // (The currency a cell writes, `UGX 5,000,000`, `€500`: a figure beside Committed carries its own.)
      if (typeof cell === "string" && lastAmountCurrency() !== "") t.named.add(lastAmountCurrency());
      t.amount += sign * n * c.scale;
      t.rows += sign;
      if (n > 0 && partner >= 0 && sign > 0 && c.kind !== "ownShare")
        this.helped[partner] |= c.kind === "guarantees" ? GUARANTEE : MONEY;
    }
  }

  /**
   * What partner `first` (its first row's id) has beside Committed, the most first: money, else a
   * guarantee, else help in kind; undefined for none.
   */
  has(first: number): OtherKind | undefined {
    const h = this.helped[first];
    return h & MONEY ? "money" : h & GUARANTEE ? "guarantees" : h & IN_KIND ? "inKind" : undefined;
  }

  /**
   * The columns with figures or marks in them, and the partners helped there alone (counted by the
   * caller: moneyOf); `currency`, Committed's as the summary says it (PartnerSummary.currency).
   */
  result(partners: { readonly [kind in OtherKind]: number }, currency: string): OtherAmounts | undefined {
    const filled = [...this.byHeader.values()].filter((c) => c.rows > 0);
    const columns = filled
      .filter((c) => c.kind !== "inKind" && c.kind !== "ownShare")
      .map(({ header, amount, rows, kind, named }) => ({
        header,
        amount,
        rows,
        guarantees: kind === "guarantees",
        currencies: ownCurrencies(named, currency),
      }));
    const kind = filled.filter((c) => c.kind === "inKind");
    const shares = filled.filter((c) => c.kind === "ownShare").map(({ header, amount }) => ({ header, amount }));
    if (columns.length === 0 && kind.length === 0 && shares.length === 0) return undefined;
    return {
      columns,
      partners: partners.money,
      guaranteed: partners.guarantees,
      ...(shares.length > 0 ? { ownShares: shares } : {}),
      ...(kind.length > 0
        ? {
            inKind: {
              headers: kind.map((c) => c.header),
              rows: kind.reduce((sum, c) => sum + c.rows, 0),
              partners: partners.inKind,
            },
          }
        : {}),
    };
  }
}

/**
 * Yearly columns beside a mapped total that add up to it: its parts, in no figure and in no note of
 * money beside it (PartnerSummary.partsOfTotals) — a helper's round, real: a Brazilian state's
 * partnership register, 16 `Valor Previsto 2005` … `2020` columns summing on all 56 rows to
 * `Repasse total previsto` (Committed), and 16 `Valor Realizado` to `Repasse total efetuado`
 * (Received): all 32 listed as "amount columns in no total here", $1.08bn and $0.94bn of them.
 */
export interface TotalParts {
  /** The total's column id (Committed's, Received's). */
  readonly total: string;
  /** The parts' headers, in the sheet's order (one a year: `Valor Previsto 2005` … `2020`). */
  readonly headers: readonly string[];
  /**
   * One a year (`Valor Previsto 2005` … `2020`), or the total's breakdown in the columns beside it
   * (`Valor Inicial do Contrato`, `Valor em Aditivos` before `Valor Total do Contrato`).
   */
  readonly yearly: boolean;
}

/** A mapped amount column to look for parts of: its slot and its column id. */
export interface TotalSlot {
  readonly slot: number;
  readonly id: string;
}

/**
 * The year columns of `t` (unmapped, one words a year apart: `Valor Previsto 2019`, `… 2020`) that
 * add up to one of `totals` on every row holding a figure in them, the total too (within rounding:
 * half a unit a part), and the columns they are; only groups of which `money` (the block's amount
 * columns beside Committed) holds one are looked at. Then a total's breakdown (breakdownsOf): columns of
 * `money` side by side, just before or just after the total's, adding up to it likewise. Per block: a
 * row loop over a group's cells only where such a group is, each stopping at its first row that does
 * not add up.
 */
export function totalPartsOf(
  t: TypedTable,
  money: readonly OtherColumn[],
  totals: readonly TotalSlot[],
): { parts: TotalParts[]; columns: Set<number> } {
  const parts: TotalParts[] = [];
  const columns = new Set<number>();
  if (money.length === 0) return { parts, columns };
  const groups = new Map<string, { index: number; header: string }[]>();
  for (const u of besideMapping(t.mapping).unknown) {
    const year = yearIn(u.header);
    if (!year) continue;
    const group = groups.get(year.words) ?? [];
    if (group.length === 0) groups.set(year.words, group);
    group.push({ index: u.index, header: u.header });
  }
  const headers = t.matrix[t.mapping.headerRow] ?? [];
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((g) => money.some((m) => m.index === g.index))) continue;
    const scales = group.map((g) => headerScale(g.header));
    for (const { slot, id } of totals) {
      if (!t.present(slot) || !addsUp(t, group, scales, slot)) continue;
      parts.push({
        total: id,
        headers: headersOf(headers, group),
        yearly: true,
      });
      for (const g of group) columns.add(g.index);
      break;
    }
  }
  for (const p of breakdownsOf(t, money, totals, columns)) parts.push(p);
  return { parts, columns };
}

/** A group's headers as the sheet writes them (its header cells, on one line), for a note. */
function headersOf(headers: readonly Cell[], group: readonly { index: number; header: string }[]): string[] {
  return group.map((g) =>
    String(headers[g.index] ?? g.header)
      .replace(/\s+/g, " ")
      .trim(),
  );
}

/** The most columns a total's breakdown is looked for among, on each side of it. */
const BREAKDOWN_COLUMNS = 6;

/**
 * A mapped total's breakdown: two or more of `money`'s columns (amounts beside Committed, none of them
 * in `taken`) side by side, ending just before the total's column or starting just after it, that add
 * up to it on every row with a figure in them (addsUp) — the fewest such first, one breakdown a side.
 * Its columns are added to `taken`. Corpus round fm D7, real: Minas Gerais' road-works contracts,
 * `Valor Inicial do Contrato` + `Valor em Aditivos` = `Valor Total do Contrato` (Committed) and `Valor
 * Medido Preços Iniciais` + `Valor Medido Reajuste` = `Total Medido` (Received) on all 636 rows, said as
 * R$14bn of "amount columns in no total here" and one offered to be summed as Committed instead. (Side by
 * side only: the way a breakdown is printed, and few to try — any columns adding up by chance on a few
 * rows, as invented figures may, are not a total's parts.)
 */
function breakdownsOf(
  t: TypedTable,
  money: readonly OtherColumn[],
  totals: readonly TotalSlot[],
  taken: Set<number>,
): TotalParts[] {
  const parts: TotalParts[] = [];
  const free = new Map(money.filter((m) => !taken.has(m.index)).map((m) => [m.index, m]));
  if (free.size < 2) return parts;
  const headers = t.matrix[t.mapping.headerRow] ?? [];
  for (const { slot, id } of totals) {
    const at = t.mapping.columns.find((c) => c.id === id)?.index;
    if (at === undefined || !t.present(slot)) continue;
    for (const step of [-1, 1]) {
      const run: OtherColumn[] = [];
      for (let i = at + step; run.length < BREAKDOWN_COLUMNS; i += step) {
        const c = free.get(i);
        if (!c || taken.has(i)) break;
        run.push(c);
        if (run.length < 2) continue;
        const group = step < 0 ? [...run].reverse() : run;
        if (
          !addsUp(
            t,
            group,
            group.map((g) => g.scale),
            slot,
          )
        )
          continue;
        parts.push({
          total: id,
          headers: headersOf(headers, group),
          yearly: false,
        });
        for (const g of group) taken.add(g.index);
        break;
      }
    }
  }
  return parts;
}

/**
 * Does `group` add up to `slot` on every row with a figure in it (a row of the total alone is none),
 * one row at least? A figure written as text is read both ways (`1.500`: as written, as Europe writes it).
 * (Before the rows are read: a Total row under them is one more row, adding up as the others do.)
 */
function addsUp(t: TypedTable, group: readonly { index: number }[], scales: readonly number[], slot: number): boolean {
  let rows = 0;
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    const cells = t.matrix[r];
    if (!Array.isArray(cells)) continue;
    let sum = 0;
    let europe = 0;
    let filled = 0;
    for (let k = 0; k < group.length; k++) {
      const cell = cells[group[k].index] ?? null;
      if (isBlank(cell)) continue;
      const n = figureOf(cell, false);
      const e = typeof cell === "string" ? figureOf(cell, true) : n;
      if (n === undefined && e === undefined) return false;
      sum += (n ?? Number.NaN) * scales[k];
      europe += (e ?? Number.NaN) * scales[k];
      filled++;
    }
    if (filled === 0) continue;
    const total = t.numAt(r, slot) * t.scale[slot];
    if (!Number.isFinite(total)) return false;
    const within = 0.5 * filled + 1e-9 * Math.abs(total);
    if (!(Math.abs(sum - total) <= within || Math.abs(europe - total) <= within)) return false;
    rows++;
  }
  return rows > 0;
}
