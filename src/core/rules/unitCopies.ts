/**
 * A Partners row the same in every column as an earlier one, where the range's copies read as units
 * bought or paid at a fixed amount (SameRows.reading's `units`: bonds of a few denominations, a row
 * each, bought again and again by each purchaser on one day). The summary adds each up, "each its own";
 * the check said "the same entry made twice? … If it is one, delete the extra row" of each (corpus round
 * jo D3, real: India's electoral-bond purchasers, 1,750 rows, ₹9.6bn of the ₹10.7bn a user was told to
 * delete). Both doors now give the one reading, the copies still named for whoever knows them to be.
 */

/** What a unit's warning says after `… in every column`: `amount` as the added-up words say it (` ($1,000 each)`). */
export function unitCopySaid(amount: string): string {
  return (
    `: read as units bought or paid at a fixed amount (bonds, tickets, memberships), each row its own — ` +
    `both are added up${amount}. If it is the same entry made twice, delete the extra row.`
  );
}

/** A message unitCopySaid ends. */
const UNIT_COPY = /: read as units bought or paid at a fixed amount \(/;

/** Is `message` a unit's warning (unitCopySaid)? */
export function isUnitCopy(message: string | undefined): boolean {
  return message !== undefined && UNIT_COPY.test(message);
}

/** The problem's words for its unit copies, after `N rows are the same as another row in every column`. */
export const UNIT_COPIES_SAID =
  ": read as units bought or paid at a fixed amount (bonds, tickets, memberships), each row its own and added " +
  "up. If any is the same entry made twice, delete the extra row.";
