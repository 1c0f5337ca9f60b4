/**
 * A table of years across (`Purpose | 2016 | 2015 | 2014 | 2013`): its labels down one column, one
 * column of amounts a year — a pivot pasted as values, or a report's table. No header names a tracker
 * column, and "name a Partner column" said nothing of why (corpus round gn D8, real: a university's grants
 * to campus by purpose and year, summed by mapping `Purpose=Partner` and one year, `2016=Committed`).
 * Split from noHeaderMessage.ts, whose hint it feeds.
 */
import { PARTNERS } from "../schema";
import { figuresUnder } from "./closestTab";
import { headerText } from "./headerMatch";
import { isBlank, quote } from "./text";
import type { Matrix } from "./types";

/** A header that is a year and nothing else (`2016`, `FY2016`, `2015-16`, `2015/16`). */
const YEAR_ALONE = /^(?:FY\s*)?((?:19|20)\d{2})(?:\s*[-/–]\s*\d{2,4})?$/i;

/** The row's year columns (two at least, over figures), the latest of them, and the labels' column. */
export interface YearColumns {
  readonly years: readonly string[];
  /** The latest year's header: the one column to map as Committed. */
  readonly latest: string;
  /** The header of the labels down the side (`Purpose`): what each row is. */
  readonly labels: string;
}

/**
 * Row `row`'s headers that are years alone, each over figures — two or more — with the one other header
 * over no figures (the labels); undefined otherwise (a ledger with one `2024` column is no such table).
 */
export function yearColumns(matrix: Matrix, row: number): YearColumns | undefined {
  const years: string[] = [];
  const labels: string[] = [];
  let latest = "";
  let latestYear = 0;
  (matrix[row] ?? []).forEach((cell, c) => {
    if (isBlank(cell)) return;
    const header = headerText(cell).trim();
    const year = YEAR_ALONE.exec(header);
    const figures = figuresUnder(matrix, row, c);
    if (year && figures) {
      years.push(header);
      if (Number(year[1]) > latestYear) [latest, latestYear] = [header, Number(year[1])];
    } else if (!figures) {
      labels.push(header);
    }
  });
  return years.length >= 2 && labels.length === 1 ? { years, latest, labels: labels[0] } : undefined;
}

/** What the no-header message says of them: years across, one to map as Committed, the labels as Partner. */
export function yearColumnsSaid(table: YearColumns): string {
  const { partner, committed } = PARTNERS.col;
  return (
    ` (its columns ${table.years.join(", ")} are years, one column of amounts a year: map the year to sum to ` +
    `${committed.name}, such as ${quote(table.latest)}, and ${quote(table.labels)} to ${partner.name})`
  );
}
