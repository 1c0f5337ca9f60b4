import type { Cell } from "./types";
import type { FiguresElsewhere } from "./figuresElsewhere";
import type { PartnerSummary } from "./partnerSummary";
import { givenOtherwise } from "./summaryContribution";
import type { OtherAmountTally, OtherKind } from "./summaryOtherAmounts";

/**
 * The partners SUMMARY says were given no money, once its rows are read: those with money, a guarantee
 * or help in kind beside Committed counted apart, and those whose Contribution asks for none. Apart
 * from summaries.ts as it reads the partners once, after its row loop, from what the loop noted.
 */

/** Partners without money said (PartnerSummary.withoutMoney) when they are one in this many at least. */
const WITHOUT_MONEY_SHARE = 10;

/**
 * PartnerSummary.withoutMoney, and the partners helped beside Committed by kind (for the note on those
 * amounts). `moneyOf`: per partner (by first row) 1 named, 2 with money, 3 its amounts unread, 4 below 0
 * only; `namedCount`: the named partners; `negatives`: rows below 0; `contributionOf`: row `id`'s
 * Contribution cell; `figuresElsewhere`: for the partners the note would name (`unpaid`, by first row),
 * their figures in columns whose headers name no amount, and those partners (figuresElsewhere.ts).
 */
export function partnersWithoutMoney(
  namedCount: number,
  withMoney: number,
  unreadOnly: number,
  moneyOf: Uint8Array,
  negatives: number,
  otherAmounts: OtherAmountTally | undefined,
  partnerOf: Int32Array | undefined,
  textOf: (id: number) => string,
  contributionOf: (id: number) => Cell | undefined,
  figuresElsewhere?: (
    unpaid: (p: number) => boolean,
  ) => { said: Omit<FiguresElsewhere, "of" | "paid">; found: ReadonlySet<number> } | undefined,
): {
  withoutMoney: PartnerSummary["withoutMoney"];
  helpedBeside: { [kind in OtherKind]: number };
  unheaded?: FiguresElsewhere;
} {
  // Declined applications where they are a tenth of the partners at least; a few among thousands (a
  // ledger's headings) are said as such — two at least: one partner at $0 in an ordinary ledger is no
  // news (a reviewer's repro). A withheld name is a partner of its own row, but no named one.
  // A partner with money, a guarantee or help in kind beside Committed alone is none given nothing: counted apart.
  // (Money, a guarantee or help in kind: each partner counted once, under the most it has.)
  const moneyElsewhere = (p: number) => otherAmounts !== undefined && otherAmounts.has(p) !== undefined;
  const helpedBeside: { [kind in OtherKind]: number } = { money: 0, guarantees: 0, inKind: 0 };
  let elsewhere = 0;
  let takenBack = 0;
  // Partners whose Contribution is In-kind, Services, Expertise or Data: asked for no money (summaryContribution).
  const otherwise =
    partnerOf !== undefined && withMoney > 0 && namedCount - withMoney >= 2
      ? givenOtherwise(partnerOf, (p) => (moneyOf[p] === 1 || moneyOf[p] === 4) && !moneyElsewhere(p), contributionOf)
      : undefined;
  if (negatives > 0 || otherAmounts) {
    for (let p = 0; p < moneyOf.length; p++) {
      const state = moneyOf[p];
      if (state !== 1 && state !== 4) continue;
      const beside = otherAmounts?.has(p);
      if (beside !== undefined) {
        elsewhere++;
        helpedBeside[beside]++;
      } else if (state === 4 && otherwise?.otherwise[p] !== 1) takenBack++;
    }
  }
  let without = namedCount - withMoney - elsewhere - (otherwise?.said.partners ?? 0);
  const named = (p: number) =>
    (moneyOf[p] === 1 || moneyOf[p] === 4) && !moneyElsewhere(p) && otherwise?.otherwise[p] !== 1;
  // Those with figures in columns whose headers name no amount: their money is there, none declined
  // (corpus round kp D4). Asked only where the note would be said.
  const figures = withMoney > 0 && without >= 2 ? figuresElsewhere?.(named) : undefined;
  if (figures) {
    without -= figures.said.partners;
    for (const p of figures.found) if (moneyOf[p] === 4) takenBack--;
  }
  const withoutMoney =
    withMoney > 0 && without >= 2
      ? {
          partners: without,
          of: namedCount,
          example: textOf(moneyOf.findIndex((_, p) => named(p) && !figures?.found.has(p))),
          takenBack,
          few: without * WITHOUT_MONEY_SHARE < namedCount,
          unread: unreadOnly,
          elsewhere,
          unheaded: figures?.said.partners ?? 0,
          ...(otherwise ? { otherwise: otherwise.said } : {}),
        }
      : undefined;
  return {
    withoutMoney,
    helpedBeside,
    ...(figures ? { unheaded: { ...figures.said, of: namedCount, paid: withMoney - unreadOnly } } : {}),
  };
}
