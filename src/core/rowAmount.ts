import type { TypedTable } from "./rows";

/**
 * The loaded row's amount as SUMMARY adds it up, shared by the sums (summaryTally.ts, at every row
 * read the long way) and the sums said per currency when a column mixes them (summaryCurrency.ts):
 * its own module, so neither imports the other.
 */

/** A readable amount of the loaded row, 0 when blank or unreadable (VALIDATE reports those). */
export function amount(t: TypedTable, slot: number): number {
  return t.has(slot) ? t.num[slot] * t.scale[slot] : 0;
}
