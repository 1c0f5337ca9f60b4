import { normalizeHeader, repeatedHeaderName } from "../core";

/**
 * A header a hint offers to --map, named as the mapping accepts it: by its place where it heads several
 * of the row's columns, compared as the mapping compares them (`Name` and `name`: `Name (1)`), else as
 * written. A hint offering the bare header led to the mapping's own refusal, "which heads 2 columns"
 * (a helper's round nx, real: a youth co-operatives' directory, `Organization Type, Name, name, …`, told
 * `--map "Name=Partner"`). `seen`: the row's headers, one per column, in order.
 */
export function hintHeader(header: string, seen: readonly string[] | undefined): string {
  if (!seen) return header;
  const key = normalizeHeader(header);
  const alike = seen.filter((h) => normalizeHeader(h) === key);
  if (alike.length < 2) return header;
  // The column the core named, as written (`Name`, not `name`); the first where both are written alike.
  const place = alike.findIndex((h) => h.trim() === header.trim());
  return repeatedHeaderName(header, place >= 0 ? place + 1 : 1);
}
