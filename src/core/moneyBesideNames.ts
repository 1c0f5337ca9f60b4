/**
 * Money written out in cells beside a list's names: a board or a staff list has no money columns, so a
 * Leadership reading over columns whose cells are currency-signed amounts (`€ 37.500`) is no list of
 * people. Corpus round hn (real: Amsterdam's subsidy register, `Name, Project, …, Organization, …,
 * Requested, Delivered, Established`, read as Leadership by `Name` and `Organization` — 270-odd "two
 * people of one name?" on organisations' grants, the three euro columns ignored, summary exit 3).
 */
import { LEADERSHIP, TABS } from "../schema";
import { writtenCurrency } from "./amountCells";
import { filledPassing } from "./guessedKeys";
import { matchHeader } from "./headerMatch";
import type { RowMatch } from "./headerRowReading";
import { payHeader, REQUEST_HEADER } from "./moneyHeaders";
import { NAMES_SAMPLED } from "./nameColumnReadings";
import type { Matrix } from "./types";

/**
 * Is `m` a Leadership reading beside a column no tab's header names whose first filled cells (three at
 * least, most of NAMES_SAMPLED) are amounts written with their currency (`€ 37.500`, `$1,200`)? Figures
 * alone say no money (a count, a year); a pay column's header keeps a staff list one. A header another
 * tab knows (`Total`, Partners' Committed) is left to the tabs' own weighing: a staff list's pay under
 * `Total` is no partner's money (a reviewer's repro, headers.test.ts).
 */
export function moneyBesideNames(matrix: Matrix, m: RowMatch): boolean {
  if (m.tab !== LEADERSHIP) return false;
  return m.unknown.some(
    (u) =>
      !payHeader(u.header) &&
      TABS.every((t) => matchHeader(t, u.header) === undefined) &&
      currencySigned(matrix, m.row, u.index),
  );
}

/**
 * Is `column`'s money written out in its cells (`€ 37.500`) under a header that asks for none
 * (`Requested`: a request is no commitment)? The amount a "no header row" hint offers to map as
 * Committed where its header says no currency (Amsterdam's `Delivered`, Dutch *verleend*, granted).
 */
export function grantedInCells(matrix: Matrix, row: number, column: number, header: string): boolean {
  return !REQUEST_HEADER.test(header) && !payHeader(header) && currencySigned(matrix, row, column);
}

/** Are most of the first NAMES_SAMPLED filled cells under `row` in `column`, three at least, currency-signed amounts? */
function currencySigned(matrix: Matrix, row: number, column: number): boolean {
  // Only text can show its currency; a number's format is gone by here. The cheap test first.
  const { filled, passing } = filledPassing(
    matrix,
    row,
    column,
    NAMES_SAMPLED,
    (cell) => typeof cell === "string" && writtenCurrency(cell) !== "",
  );
  return passing >= 3 && passing * 5 >= filled * 3;
}
