import { NOT_GIVEN_BESIDE, OWN_SHARE_WORDS, PARTNERS, TABS } from "../schema";
import type { SummaryWords } from "./doorWording";
import { matchHeader } from "./headerMatch";
import type { PartnerSummary } from "./partnerSummary";
import { listed, money, oneLine } from "./summarySentences";
import { wordsPattern } from "./text";
import type { HeaderMapping } from "./types";

/**
 * A project's `Total` beside its grant and the beneficiary's own share of it: the total is the project's
 * whole cost, and what the funder committed is the grant (corpus round jo D5, real: Bulgaria's EU-funds
 * beneficiaries, `Total | Grant | Self-financing by the Beneficiary`, the totals summed as Committed,
 * BGN 2.78bn for 2.41bn granted). Read once per header row (headerRowReading's matchTexts).
 */

/** A header of the beneficiary's own share (`Self-financing by the Beneficiary`: OWN_SHARE_WORDS). */
const OWN_SHARE = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(OWN_SHARE_WORDS, "[\\s_-]*")})(?![\\p{L}\\d])`, "iu");

/** A header saying it is a total (`Total`, `Montant total`, `Gesamtbetrag`: NOT_GIVEN_BESIDE.totals). */
const TOTAL = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(NOT_GIVEN_BESIDE.totals)})`, "iu");

/** Does a header say the beneficiary's own share (`Self-financing by the Beneficiary`, `Eigenanteil`)? */
export function ownShareHeader(header: string): boolean {
  return OWN_SHARE.test(header);
}

/**
 * Two headers read as Committed, `earlier` then `header`, with a column of the beneficiary's own share
 * among the row's `others` (neither of the two, nor read as Committed itself — `isCommitted`): is the
 * later one the funder's part (true: it wins), the earlier (false: it stays), or is neither a total
 * beside a part (undefined: the usual rules decide)? Whichever header is the stronger synonym — `Total
 * amount` beside a bare `Grant` is the project's cost all the same.
 */
export function fundersPart(
  header: string,
  earlier: string,
  others: readonly (string | undefined)[],
  isCommitted: (header: string) => boolean,
): boolean | undefined {
  const total = TOTAL.test(header);
  if (total === TOTAL.test(earlier)) return undefined;
  const beside = others.some(
    (h) => h !== undefined && h !== header && h !== earlier && ownShareHeader(h) && !isCommitted(h),
  );
  return beside ? !total : undefined;
}

/**
 * The summary's note where Committed is a grant beside the project's `Total` and the beneficiary's own
 * share of it: the total named as the two together, in no total, and how to sum it instead — so the cost
 * the funder did not pay is neither lost from sight nor taken for a second grant. Undefined where
 * Committed is not such a part (mapped by hand to the total, or no own share beside).
 */
export function ownShareNote(
  mapping: HeaderMapping,
  words: SummaryWords,
  /** The summary, for each own share's sum (OtherAmounts.ownShares) in its currency. */
  summary: Pick<PartnerSummary, "otherAmounts" | "currency">,
): string | undefined {
  const { committed } = PARTNERS.col;
  const grant = mapping.columns.find((c) => c.id === committed.id);
  if (!grant || TOTAL.test(grant.header)) return undefined;
  const tab = TABS.find((t) => t.name === mapping.tab);
  if (!tab) return undefined;
  const asCommitted = (h: string) => matchHeader(tab, h)?.column.id === committed.id;
  const totals = mapping.unknown.filter((u) => TOTAL.test(u.header) && asCommitted(u.header));
  const shares = mapping.unknown.filter((u) => ownShareHeader(u.header) && !asCommitted(u.header));
  if (totals.length !== 1 || shares.length === 0) return undefined;
  const total = oneLine(totals[0].header);
  // Each share with its sum where the summary has it (corpus round jo D5's leftover: named, no figure).
  const sums = summary.otherAmounts?.ownShares ?? [];
  const shareSaid = (header: string) => {
    const sum = sums.find((s) => oneLine(s.header) === oneLine(header));
    return `"${oneLine(header)}"${sum ? ` (${money(sum.amount, summary.currency)})` : ""}`;
  };
  return (
    `${committed.name} is "${oneLine(grant.header)}": "${total}" beside it is the project's whole cost, the grant ` +
    `with the beneficiary's own share, ${listed(shares.map((s) => shareSaid(s.header)))}, in no total here ` +
    `(${words.mapTo(total, committed.name)} sums the whole cost instead).`
  );
}
