import { PARTNERS } from "../schema";
import type { SummaryWords } from "./doorWording";
import type { DuplicateFinder } from "./duplicates";
import { unheadedFigureColumns } from "./figureColumns";
import { slotOf, type TypedTable } from "./rows";
import type { PartnerSummary } from "./partnerSummary";
import { figureOf } from "./summaryOtherAmounts";
import { listed, listedCapped, money, oneLine } from "./summarySentences";
import { isBlank } from "./text";

/**
 * The partners SUMMARY would ask about ("nothing above 0 in Committed … declined or not yet decided?")
 * whose rows hold figures in columns beside it whose headers name no amount: their money is there, in
 * no total — no application declined (corpus round kp D4, real: Norway's price subsidies to industry,
 * `t_prisnedkorn` mapped as Committed, and all 38 partners asked "declined?" paid in `ft_egg`,
 * `ft_korn`, `ft_slakt`, `t_korn`, 191,133,801 on their rows, never named). Read after the row loop,
 * and only where that note would be said: the rows of those partners alone are summed.
 */
export interface FiguresElsewhere {
  /** Those partners with a figure above 0 in the columns. */
  readonly partners: number;
  /** The first one's name, a figure of its and that figure's column. */
  readonly example: { readonly name: string; readonly amount: number; readonly header: string };
  /**
   * The columns with figures on those partners' rows, the largest sum first, each with its sum on every
   * row: the other partners' figures there are in no total either (said with them, each figure once).
   */
  readonly columns: readonly { readonly header: string; readonly amount: number }[];
  /** Their sums on those partners' rows together. */
  readonly amount: number;
  /** What those columns hold on the other partners' rows (0: nothing), in no total either. */
  readonly others: number;
  /** The named partners, and those with money in Committed or Received (said where no "declined?" note follows). */
  readonly of: number;
  readonly paid: number;
}

const committedSlot = slotOf(PARTNERS, PARTNERS.col.committed);

/**
 * FiguresElsewhere of the partners `unpaid` says the note would name (by their first row's id), and
 * those partners; undefined where none has a figure above 0 there. The money columns beside Committed
 * (otherAmountColumns: headers saying money) are not these, and have their own note. `partnerAt`: row
 * `id`'s partner (its first row's id), asked only of rows with a figure in those columns.
 */
export function figuresElsewhere(
  tables: readonly TypedTable[],
  /** Each block's columns read as a total's parts (amountsBeside): said as such, none of these. */
  partsAt: readonly ReadonlySet<number>[],
  unpaid: (partner: number) => boolean,
  partnerAt: (id: number) => number,
  textOf: (id: number) => string,
): { said: Omit<FiguresElsewhere, "of" | "paid">; found: ReadonlySet<number> } | undefined {
  const sums = new Map<string, number>();
  // (Every row's, by header: a user summing Committed is told what else the sheet holds beside it — round
  // mw, the kp register's paid partners' 56,180,874 in `ft_korn` and `t_korn`, said nowhere.)
  const rest = new Map<string, number>();
  const found = new Set<number>();
  let example: FiguresElsewhere["example"] | undefined;
  let offset = 0;
  tables.forEach((t, b) => {
    const at = offset;
    offset += t.rowCount;
    const candidates = unheadedFigureColumns(t).filter((c) => !partsAt[b]?.has(c.index));
    if (candidates.length === 0) return;
    // A column filled on nearly every row with money in Committed, and on the others' rows too, is
    // something each partner has (a capacity, a size), not where the others were paid instead: a
    // register's kinds of subsidy are filled where each applies (the kp register's `ft_korn` on 5 of the
    // 32 rows paid in Committed). One filled on those rows alone is money paid where Committed is (a
    // `utbetalt` beside it: rb's brief), said with the others.
    const paidRow = new Uint8Array(t.rowCount);
    const filledWhenPaid = new Array<number>(candidates.length).fill(0);
    const filledElse = new Uint8Array(candidates.length);
    let paidRows = 0;
    for (let r = t.mapping.headerRow + 1; r < t.rowCount; r++) {
      const paid = t.numAt(r, committedSlot) > 0;
      if (paid) {
        paidRow[r] = 1;
        paidRows++;
      }
      candidates.forEach((c, i) => {
        if (isBlank(t.matrix[r]?.[c.index] ?? null)) return;
        if (paid) filledWhenPaid[i]++;
        else filledElse[i] = 1;
      });
    }
    const columns = candidates.filter(
      (_, i) => paidRows < 3 || filledWhenPaid[i] * 10 < paidRows * 9 || filledElse[i] === 0,
    );
    // (As Committed is read: `418 852` and `1.234,50` where its amounts are written as in Europe.)
    const european = t.writtenAsEurope[committedSlot] === 1;
    for (let r = t.mapping.headerRow + 1; r < t.rowCount; r++) {
      const cells = t.matrix[r];
      // No figure beside Committed: nothing to add. Money in Committed: its partner is none asked about,
      // so most rows pay no lookup of their partner.
      if (cells === undefined || !columns.some((c) => !isBlank(cells[c.index] ?? null))) continue;
      const partner = paidRow[r] === 0 ? partnerAt(at + r + 1) : -1;
      const theirs = partner >= 0 && unpaid(partner);
      for (const c of columns) {
        const n = figureOf(cells[c.index] ?? null, european);
        if (n === undefined || n === 0) continue;
        if (!theirs) {
          rest.set(c.header, (rest.get(c.header) ?? 0) + n * c.scale);
          continue;
        }
        sums.set(c.header, (sums.get(c.header) ?? 0) + n * c.scale);
        if (n <= 0) continue;
        found.add(partner);
        example ??= { name: textOf(partner), amount: n * c.scale, header: c.header };
      }
    }
  });
  if (example === undefined) return undefined;
  // The columns their partners' figures are in, first (the hint sums the largest); then those with the
  // other partners' figures alone — no sign of money given instead, but money beside Committed in no
  // total all the same, each named with its sum (rb's brief: a `utbetalt` filled where a payment was
  // made, left unnamed while the note named the columns beside it).
  const theirs = [...sums].filter(([, amount]) => amount !== 0);
  const amount = theirs.reduce((sum, [, a]) => sum + a, 0);
  const othersOnly = [...rest].filter(([header, a]) => a !== 0 && !theirs.some(([h]) => h === header));
  const others =
    theirs.reduce((sum, [header]) => sum + (rest.get(header) ?? 0), 0) + othersOnly.reduce((sum, [, a]) => sum + a, 0);
  const byAmount = (a: { amount: number }, b: { amount: number }) => b.amount - a.amount;
  const columns = [
    ...theirs.map(([header, a]) => ({ header, amount: a + (rest.get(header) ?? 0) })).sort(byAmount),
    ...othersOnly.map(([header, a]) => ({ header, amount: a })).sort(byAmount),
  ];
  return {
    said: {
      partners: found.size,
      example,
      columns,
      amount,
      others,
    },
    found,
  };
}

/**
 * Row `id`'s partner (its first row's id, or its own) as SUMMARY's row loop knew it: from `partnerOf`
 * where the loop kept it, else asked of its finder once the loop is done — every name is in it then,
 * so a name is found, never added. `numbered`: whether row `id`'s block reads its names after their
 * leading number (DuplicateFinder.numbered).
 */
export function partnerOfRow(
  partnerOf: Int32Array | undefined,
  partners: DuplicateFinder,
  textOf: (id: number) => string,
  givenOf: ((id: number) => string) | undefined,
  numbered: (id: number) => boolean,
): (id: number) => number {
  if (partnerOf) return (id) => partnerOf[id];
  return (id) => {
    partners.numbered = numbered(id);
    const name = textOf(id);
    return (givenOf ? partners.firstRowOfPair(name, id, givenOf(id)) : partners.firstRowOf(name, id)) ?? id;
  };
}

/**
 * SUMMARY's note on PartnerSummary.figuresElsewhere: the partners, their money's columns with each one's
 * sum (on every row: what the other partners have there too, said apart), and how to sum one instead — said before the "declined?" note on the others, or in its place
 * (with the partners with money) where none is left to ask about.
 */
export function figuresElsewhereNote(summary: PartnerSummary, words: SummaryWords): string | undefined {
  const said = summary.figuresElsewhere;
  if (!said) return undefined;
  const { committed, received } = PARTNERS.col;
  const { partners, of, example, columns, amount, others, paid } = said;
  const format = (v: number) => money(v, summary.currency);
  const one = columns.length === 1;
  // (Four or five named whole: "and 1 more columns" says less than the one column would.)
  const each = columns.map((c) => `"${oneLine(c.header)}" (${format(c.amount)})`);
  const where = one
    ? `"${oneLine(columns[0].header)}"`
    : each.length <= 5
      ? listed(each)
      : listedCapped(each, "more columns");
  const its = partners === 1 ? "its" : "their";
  return (
    `${partners.toLocaleString("en-US")} of the ${of.toLocaleString("en-US")} partners named ` +
    `${partners === 1 ? "has" : "have"} nothing above 0 in ${committed.name}` +
    `${summary.receivedColumn ? ` or ${received.name}` : ""} on any of ${its} rows, ` +
    `but figures beside it under headers that name no amount (such as ${oneLine(example.name)}, ` +
    `${format(example.amount)} in "${oneLine(example.header)}"): ${its} money is there, not declined — ` +
    `${format(amount)} on ${its} rows, ` +
    // (Each column's sum is its whole: the other partners' figures there are beside Committed too, in no
    // total — a user summing Committed is told the sheet holds them, each figure said once.)
    (others !== 0 ? `and ${format(others)} on other partners' rows: ${format(amount + others)} ` : "") +
    `in ${where}, in no total here ` +
    `(${words.mapTo(oneLine(columns[0].header), committed.name)} sums ${one ? "it" : "one"} instead).` +
    (summary.withoutMoney ? "" : ` Partners with money in ${committed.name}: ${paid.toLocaleString("en-US")}.`)
  );
}
