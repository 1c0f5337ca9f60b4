/**
 * Returns the number of columns of the tracker tab.
 * @customfunction
 * @param tab Foundation, Assets, Leadership or Partners.
 * @returns The column count.
 */
export function columns(tab: string): number {
  return tab.length;
}
