/**
 * Columns a mapping leaves out on purpose (HeaderMapping.ignored): `--map "Year=Ignore"`, a `mapping`
 * argument's `Year | Ignore`, the task pane's "(ignore)" — unmapped, and not read beside the mapping
 * either (besideMapping). Split from headers.ts.
 */
import type { HeaderMapping } from "./types";

/**
 * An override (mapHeaders) that leaves a column out on purpose: unmapped, as null leaves it, and not
 * read beside the mapping either (HeaderMapping.ignored) — the task pane's "(ignore)" where the check
 * would read the column (the amounts' currency, a person's name).
 */
export const IGNORED_COLUMN = "(ignore)";

/**
 * `mapping` as the readings beside it see it: `unknown` without the columns it leaves out on purpose
 * (HeaderMapping.ignored: `--map "Year=Ignore"`, a `mapping` argument's `Year | Ignore`, the task pane's
 * "(ignore)"). The same mapping when there are none.
 *
 * One mechanism, not a check in each reading: some two dozen readings look among `unknown` for a
 * column the tracker has no place for — the amounts' currency, a name's other half, a year, a place, a
 * country, a pay, an organisation's number, a record number, a project, a payment's date … — and a new
 * one is written as easily. TypedCells keeps this view as its `mapping` (`t.mapping`, which they all
 * read), so a column the user said to ignore is in none of them; a column merely unmapped still is.
 * The mapping a caller was given keeps `unknown` whole: the report lists the ignored columns from it
 * (`check`'s "Ignored:", `--json`'s ignoredColumns), and `ignored` stays on the view (a column past
 * the last the mapping names is one of its own: runOnValues.ts).
 */
export function besideMapping(mapping: HeaderMapping): HeaderMapping {
  const ignored = mapping.ignored;
  if (ignored === undefined || ignored.length === 0) return mapping;
  const unknown = mapping.unknown.filter((u) => !ignored.includes(u.index));
  return unknown.length === mapping.unknown.length ? mapping : { ...mapping, unknown };
}

/** `mapping` with the columns at `indexes` left out on purpose (HeaderMapping.ignored), where any is. */
export function withIgnored(mapping: HeaderMapping, indexes: readonly number[]): HeaderMapping {
  const mapped = new Set(mapping.columns.map((c) => c.index));
  const ignored = [...new Set(indexes)].filter((i) => i >= 0 && !mapped.has(i)).sort((a, b) => a - b);
  return ignored.length > 0 ? { ...mapping, ignored } : mapping;
}

/** What a mapping's right-hand cell says to do with a header: a column of the tab, or nothing. */
const IGNORE = new Set(["", "ignore", "(ignore)", "none", "skip", "-", "—"]);

/**
 * Does a mapping's right-hand cell say to leave the header out (`Ignore`, `(ignore)`, `-`, blank)? Then
 * on purpose: the column is not read beside the mapping either (HeaderMapping.ignored).
 */
export function saysIgnore(column: string): boolean {
  return IGNORE.has(column.trim().toLowerCase());
}
