/**
 * Money written out in cells beside a list's names: a board or a staff list has no money columns, so a
 * Leadership reading over columns whose cells are currency-signed amounts (`€ 37.500`) is no list of
 * people. Corpus round hn (real: Amsterdam's subsidy register, `Name, Project, …, Organization, …,
 * Requested, Delivered, Established`, read as Leadership by `Name` and `Organization` — 270-odd "two
 * people of one name?" on organisations' grants, the three euro columns ignored, summary exit 3).
 */
import { LEADERSHIP, MONEY_WORDS, TABS } from "../schema";
import { writtenCurrency } from "./amountCells";
import { matchHeader } from "./headerMatch";
import type { RowMatch } from "./headerRowReading";
import { NAMES_SAMPLED } from "./nameColumnReadings";
import { isBlank, wordsPattern } from "./text";
import type { Matrix } from "./types";

/**
 * A person's pay (`Salary`, `Wages`, `Annual pay`): a staff list may show it in dollars, so a column so
 * headed says nothing against people.
 */
const PAY_HEADER = new RegExp(`${wordsPattern(MONEY_WORDS.pay)}|(?:${wordsPattern(MONEY_WORDS.payWordEnd)})\\b`, "i");

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
      !PAY_HEADER.test(u.header) &&
      TABS.every((t) => matchHeader(t, u.header) === undefined) &&
      currencySigned(matrix, m.row, u.index),
  );
}

/** Are most of the first NAMES_SAMPLED filled cells under `row` in `column`, three at least, currency-signed amounts? */
function currencySigned(matrix: Matrix, row: number, column: number): boolean {
  let filled = 0;
  let signed = 0;
  for (let r = row + 1; r < matrix.length && filled < NAMES_SAMPLED; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell)) continue;
    filled++;
    // Only text can show its currency; a number's format is gone by here. The cheap test first.
    if (typeof cell === "string" && writtenCurrency(cell) !== "") signed++;
  }
  return signed >= 3 && signed * 5 >= filled * 3;
}
