/**
 * Amounts that are phone numbers: a North American number typed or pasted where the figure goes
 * (`9054510208`, 905-451-0208), a thousand times the column's other amounts on average (a helper's
 * round, real: Toronto's awarded contracts, two such "awards" CA$13.2bn of a CA$35.35bn headline,
 * 37%, unsaid). Ten digits in the NANP's shape (area code and exchange each starting 2–9), whole.
 */
export function isPhoneShaped(value: number): boolean {
  if (!Number.isInteger(value) || value < 2_000_000_000 || value >= 10_000_000_000) return false;
  const exchange = Math.floor(value / 10_000) % 1000;
  return exchange >= 200;
}

/** How many times the other amounts' mean a phone-shaped amount is, at least, to be taken for one. */
export const PHONE_OUTLIER = 1000;

/**
 * Which phone-shaped amounts (isPhoneShaped) are phone numbers, beside the column's other amounts above
 * 0 (their sum, count and largest): a thousand times their mean at least. None when there are no
 * others, or when another is a billion or more: a column of such amounts holds ten-digit ones too (a
 * helper's round, real: Canada's transfer payments, Quebec's $9.29bn equalization beside Ontario's
 * $12.46bn and $33.3bn, "a phone number typed as the amount?").
 */
export function phoneNumbersAmong<T extends { readonly value: number }>(
  shaped: readonly T[],
  othersSum: number,
  others: number,
  othersLargest: number,
): T[] {
  if (others === 0 || othersLargest >= 1e9) return [];
  const mean = othersSum / others;
  return shaped.filter((s) => s.value >= mean * PHONE_OUTLIER);
}

/** `9054510208` → `905-451-0208`. */
export function asPhone(value: number): string {
  const s = String(value);
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
}
