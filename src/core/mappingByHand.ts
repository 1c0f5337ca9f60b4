/**
 * A mapping by hand (SPEC "Mapping by hand"): pairs of (your header, tracker column) from the `mapping`
 * argument's range (pairsOfRange), the CLI's `--map` or the task pane's editor, read into a HeaderMapping
 * (mappingFromPairs) — columns named by header, by group title, by place (`Department (2)`) or by letter
 * (`C`), with a currency or multiple (`Committed (RUB millions)`). Split from headers.ts.
 */
import { PARTNERS, TABS, type TabName, type TabSpec, columnLetter } from "../schema";
import { checkedAgainstData } from "./guesses";
import { isBlank, isBlankRow, normalizeHeader } from "./text";
import { ISO_CURRENCIES, headerCurrency, headerScale } from "./currencyWords";
import { coerceNumber } from "./amountCells";
import { formatNumber } from "./coerce";
import { CURRENCY_SIGN, HEADER_NAMES, headerText, isBareName, isSponsor, matchHeader } from "./headerMatch";
import { dataSigns, isFigure, isTextDate } from "./dataSigns";
import { yearFigure, yearsAlone } from "./headerYears";
import { saysIgnore, withIgnored } from "./ignoredColumns";
import { applyOverrides, matchTexts, textsOf, toMapping } from "./headerRowReading";
import { listSeen } from "./noHeaderMessage";
import { groupedHeaders, groupedText, titlesAlone } from "./twoHeaderRows";
import { namedOn, pairsRow } from "./mappedRow";
import { repeatAt, repeatedHeader, repeatedHeaderName } from "./repeatedHeaders";
import { findHeader, mapHeaders, resolveTab } from "./headers";
import { type HeaderMapping, type Matrix, NoHeaderError, TrackerError } from "./types";
import { phrase } from "./doorWording";

/**
 * A mapping by hand (SPEC "Mapping by hand"): pairs of (your header, tracker column), as the
 * `mapping` argument's two-column range, the CLI's `--map "Your header=Tracker column"` and the task
 * pane's editor give them. A mapping wins over any guess; headers it does not name are matched as
 * usual. The tab is `tab`, else the one whose columns the pairs name, else inferred. The header row
 * is the first of the first 20 non-empty rows holding the most of the mapping's headers. A header
 * the mapping names but the sheet lacks, or a tracker column the tab lacks, is a TrackerError saying
 * which.
 */
export function mappingFromPairs(
  matrix: Matrix,
  tab: TabName | string | null | undefined,
  pairs: readonly (readonly [userHeader: string, trackerColumn: string])[],
): HeaderMapping {
  const given = resolveTab(tab);
  const wanted = pairs.filter(([header]) => header.trim() !== "");
  if (wanted.length === 0) return mapHeaders(matrix, given?.name ?? null);
  const target = given ?? tabOfPairs(matrix, wanted);
  const resolved = wanted.map(([header, column]) => {
    const name = column.trim();
    if (saysIgnore(name)) return { header, column: null, currency: "", scale: 1 };
    const spec =
      target.columns.find((c) => normalizeHeader(c.name) === normalizeHeader(name)) ??
      matchHeader(target, name)?.column;
    if (!spec) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names "${name}", which is not a ${target.name} column — use one of: ` +
          `${target.columns.map((c) => c.name).join(", ")}; or Ignore, to leave the column out.`,
      );
    }
    // `Committed (EUR)`: the column, and the currency its amounts are in where the sheet names none.
    const currency = spec.type === "currency" ? mappedCurrency(name) : "";
    // `Committed (RUB millions)`, `Committed (£m)`: the multiple the amounts are in, too.
    const scale = spec.type === "currency" ? mappedScale(name) : 1;
    return { header, column: spec.id, currency, scale };
  });
  // The header row: the scanned row holding the most of the mapping's headers — its own, or as
  // group titles above it name them (`TOTAL Sum of Dollars obligated`: SPEC, two header rows read as one),
  // or one of a repeated header's columns by its place (`Department (2)`).
  // A column named by its letter (`C`, `Column C`) where no header says that: a column whose header
  // cell is blank can be mapped (a helper's round, real: the Hutchins Center's relief tracker, 986
  // amounts under an empty C1, `--map "C=Committed"` refused).
  const lettered = resolved.filter((r) => COLUMN_BY_LETTER.test(r.header));
  const byName = resolved.filter((r) => !COLUMN_BY_LETTER.test(r.header));
  const keys = byName.map((r) => normalizeHeader(r.header));
  const bases = byName.map((r) => {
    const named = repeatedHeader(r.header);
    return named ? normalizeHeader(named.header) : undefined;
  });
  // (Without any of them, the widest row is the one a reader takes for the headers.)
  const scan = pairsRow(matrix, keys, bases);
  let { row } = scan;
  const { most, widest } = scan;
  const named = (r: number): number => namedOn(matrix, r, keys, bases);
  let r = scan.next;
  // Not all of them among the first rows: a header row further down is named, never passed over as
  // "no such header" (real: South Africa's lottery payments, its header on row 5,056 under 5,055 rows).
  if (most < keys.length) {
    for (; r < matrix.length; r++) {
      const cells = matrix[r];
      if (!Array.isArray(cells) || cells.filter((c) => typeof c === "string").length < keys.length) continue;
      if (named(r) < keys.length) continue;
      throw new TrackerError(
        "#VALUE!",
        `The mapping's headers are ${phrase("headerRowBelow", formatNumber(r + 1), formatNumber(r))}`,
      );
    }
  }
  // Columns named by their letters alone: the header row is the one the tab's headers make, else the
  // first filled row — not the widest, which under a blank header cell is a data row (a reviewer's
  // repro) — and a first row of figures is no header row, said (a headerless export would lose its
  // first record without a word).
  if (row < 0 && lettered.length > 0) {
    const guess = findHeader(matrix, target);
    const first = matrix.findIndex((cells) => Array.isArray(cells) && !isBlankRow(cells));
    // Where no row is the tab's, the row the no-header message quoted as the headers (row 10 under a
    // report's title lines), when it is no record: the mapping by letter follows the hint given for it,
    // not the title in row 1 read as a header (a helper's round, real: a comptroller's largest-taxpayers
    // page, `--map "A=Asset"` mapped "Comptroller's Report for Fiscal 2023", 23 errors "… is empty").
    const quoted = guess instanceof NoHeaderError && !guess.looksLikeData && guess.row > first ? guess.row : undefined;
    row = guess instanceof NoHeaderError ? (quoted ?? first) : guess.row;
    // A list without a header row (an export of records alone): its first row is data, and the
    // mapping by letters is all that names its columns — no row of it is lost as a header (a helper's
    // round: a donor list without headers was told to add one when it had said which column is which).
    // A record, not headers: marked as data (an email, TRUE, a date typed as text, figures outnumbering
    // words), or a figure where the mapping puts an amount (`$5,000`: no header is one) — not a row of
    // month headings over columns of figures (`Org | Jan-23 | Feb-23`, their serials: a reviewer's repro,
    // read as a partner "Org" of $44,927).
    const amountColumns = lettered
      .filter((l) => ["currency", "number"].includes(target.columns.find((c) => c.id === l.column)?.type ?? ""))
      .map((l) => letteredColumn(l.header));
    // A year-like figure where the mapping puts an amount (`2000`) is an amount unless its column, from
    // that row down, is years alone — a column's rule, as its figures are read everywhere (yearsAlone; rb's
    // brief: a list of subsidies without a header row, its first record's $2,000 read as a year heading,
    // that row taken as the headers and its partner lost without a word).
    const figureAt = (at: number, column: number) => {
      const cell = matrix[at]?.[column] ?? null;
      if (isFigure(cell) || !yearFigure(cell)) return isFigure(cell);
      let figures = 0;
      let years = 0;
      for (let r = at; r < matrix.length && figures < 50; r++) {
        const c = matrix[r]?.[column] ?? null;
        if (typeof c !== "number" && (typeof c !== "string" || coerceNumber(c) === undefined)) continue;
        figures++;
        if (yearFigure(c)) years++;
      }
      return !yearsAlone(figures, years, "");
    };
    const isRecord = (at: number) => {
      const amounts = amountColumns.map((column) => matrix[at]?.[column] ?? null);
      const figures = amountColumns.map((column) => figureAt(at, column));
      const dated = amounts.some(
        (c, i) => (typeof c === "string" && isTextDate(c)) || (typeof c === "number" && !figures[i]),
      );
      return (
        at >= 0 &&
        !dated &&
        (dataSigns(matrix[at]) === "marked" ||
          amounts.some((c) => typeof c === "string" && coerceNumber(c) !== undefined) ||
          figures.some(Boolean))
      );
    };
    // A quoted row under records (figures where the mapping puts an amount, above it) is inside the
    // data — a record whose amount is words (`Томская область | нет данных`) — not its header: the list
    // has none, read from its first row (a helper's round, real: Russia's helicopter subsidies, the six
    // regions above such a row lost without a word, "header row 7, 3 rows checked").
    if (quoted !== undefined && matrix.slice(first, quoted).some((_, i) => isRecord(first + i))) row = first;
    let record = isRecord(row);
    // (A quoted row holding a record after all: the list has no header row, read from its first row.)
    if (record && quoted !== undefined) record = isRecord((row = first));
    if (row >= 0 && guess instanceof NoHeaderError && record && byName.length === 0) row--;
    else if (row >= 0 && guess instanceof NoHeaderError && record) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names columns by their letters and by headers, but row ${row + 1} holds data, not headers ` +
          `(${listSeen((matrix[row] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim()))}) — ` +
          `add a header row above the data, or name every column by its letter.`,
      );
    }
  }
  const cells = row >= 0 ? matrix[row] : [];
  const normalized = cells.map((c) => normalizeHeader(headerText(c)));
  const grouped = row >= 0 ? groupedHeaders(matrix, row) : [];
  // The group title two rows up (`Awarded` over `FY2024` over `Amount`): `Awarded Amount`, as it is read unmapped.
  const groupedTop = row >= 0 ? groupedHeaders(matrix, row, 2) : [];
  const alone = row >= 0 ? titlesAlone(matrix, row) : [];
  // (A header row's own `C` is that header.)
  const placed = new Map<string, number>();
  for (const r of lettered) {
    const key = normalizeHeader(r.header);
    if (normalized.includes(key) || grouped.includes(key) || groupedTop.includes(key) || alone.includes(key))
      byName.push(r);
    else placed.set(r.header, letteredColumn(r.header));
  }
  const missing = byName.filter(
    (r) =>
      !normalized.includes(normalizeHeader(r.header)) &&
      !grouped.includes(normalizeHeader(r.header)) &&
      !groupedTop.includes(normalizeHeader(r.header)) &&
      !alone.includes(normalizeHeader(r.header)) &&
      repeatAt(normalized, r.header) === undefined &&
      repeatAt(grouped, r.header) === undefined,
  );
  if (missing.length > 0) {
    const guess = row >= 0 ? undefined : findHeader(matrix, target);
    const at = row >= 0 ? row : guess && !(guess instanceof NoHeaderError) ? guess.row : widest;
    const seen = (matrix[at] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
    const names = missing.map((m) => `"${m.header.trim()}"`).join(", ");
    throw new TrackerError(
      "#VALUE!",
      `The mapping names ${names}, ` +
        phrase("notThere", "has no such header", at >= 0 ? ` (row ${at + 1} has ${listSeen(seen)})` : " (it is empty)"),
    );
  }
  // One tracker column from one header: two mapped to it would have the first dropped without a word
  // (a helper's round: Norway's freight and grain subsidies, both `=Committed`, summed one of the two).
  for (const [i, r] of resolved.entries()) {
    const other = resolved.findIndex(
      (o, j) =>
        j > i && o.column !== null && o.column === r.column && normalizeHeader(o.header) !== normalizeHeader(r.header),
    );
    if (other < 0) continue;
    const column = target.columns.find((c) => c.id === r.column)!.name;
    throw new TrackerError(
      "#VALUE!",
      `The mapping maps both "${r.header.trim()}" and "${resolved[other].header.trim()}" to ${column} — a tracker ` +
        `column takes one of your columns: map one, and the other to another column or Ignore. To add them up, ` +
        `add a column that sums them and map that.`,
    );
  }
  // Each header's column: by its group title and header together when so named, else by the header
  // alone — which must then be the only one (three `Sum of Dollars obligated` under COUNTY, OTHER and
  // TOTAL: the first was taken without a word, and summed the county's share as the whole).
  const texts = [...textsOf(cells)];
  const indexOf = new Map<string, number>();
  const width = matrix.reduce((most, cells) => Math.max(most, Array.isArray(cells) ? cells.length : 0), 0);
  for (const [header, at] of placed) {
    if (at >= width) {
      throw new TrackerError(
        "#VALUE!",
        `The mapping names column ${columnLetter(at + 1)} ("${header.trim()}"), ` +
          phrase("notThere", `ends at column ${columnLetter(Math.max(width, 1))}`, ""),
      );
    }
    indexOf.set(header, at);
    if (isBlank(cells[at])) texts[at] = `(column ${columnLetter(at + 1)})`;
  }
  for (const r of byName) {
    const key = normalizeHeader(r.header);
    // Its group title and header together, once — or one of several so named by its place (`Categorical
    // State Aid (2)`: a state auditor's three-row headers, `Non-` over the first of two).
    const byTitles = grouped.flatMap((n, i) => (n === key ? [i] : []));
    const byGroups = byTitles.length > 0 ? byTitles : groupedTop.flatMap((n, i) => (n === key ? [i] : []));
    const byGroup = byGroups.length === 1 ? byGroups[0] : (repeatAt(grouped, r.header) ?? -1);
    if (byGroup >= 0) {
      indexOf.set(r.header, byGroup);
      texts[byGroup] = r.header.trim();
      continue;
    }
    if (byGroups.length > 1) throw headsSeveral(r.header.trim(), byGroups);
    const all = normalized.flatMap((n, i) => (n === key ? [i] : []));
    if (all.length === 0) {
      // A group title over its one column (`Total` over `Uitgave per inwoner`) names that column.
      const titled = alone.indexOf(key);
      if (titled >= 0) texts[titled] = r.header.trim();
      indexOf.set(r.header, titled >= 0 ? titled : (repeatAt(normalized, r.header) as number));
      continue;
    }
    if (all.length > 1) {
      const header = r.header.trim();
      // Named by their titles where a row of them stands above (and tells them apart); else by their
      // place, as a user who cannot rename a published file's columns can say it (a county's
      // `Department`, `Department`).
      const titled = all.map((i) => groupedText(matrix, row, i));
      if (grouped[all[0]] && new Set(titled.map(normalizeHeader)).size === all.length) {
        throw new TrackerError(
          "#VALUE!",
          `The mapping names "${header}", which heads ${all.length} columns (${titled.map((t) => `"${t}"`).join(", ")}) — ` +
            `say which: name it with the title above it.`,
        );
      }
      throw headsSeveral(header, all);
    }
    indexOf.set(r.header, all[0]);
  }
  // A header row whose header mapped to an amount is a figure (`80000`), or to a date a date (`20-Sep-17`),
  // is a record, not headers: mapped so, it would be left out of every figure without a word (corpus round
  // fk, real: South Africa's lottery payments, no header row, `--map "80000=Committed"` lost a R80,000 grant
  // and its partner). Its columns are named by their letters, and that row read as data.
  const recordCell = resolved.find((r) => {
    const at = indexOf.get(r.header);
    const type = target.columns.find((c) => c.id === r.column)?.type;
    if (at === undefined || !byName.includes(r) || type === undefined) return false;
    const cell = cells[at];
    if (type === "currency" || type === "number") {
      return isFigure(cell) || (typeof cell === "string" && isFigure(coerceNumber(cell) ?? null));
    }
    return type === "date" && typeof cell === "string" && isTextDate(cell);
  });
  // So is a row the mapping's headers are on that reads as data by its own signs (a date typed as text, ids
  // and figures outnumbering its words), a figure among them: mapping its name column alone lost the
  // record as surely (a `31/03/2024` over each year's figures is a header row with a date, no figure).
  const figure =
    recordCell === undefined && byName.length > 0 && dataSigns(cells) === "marked"
      ? cells.find((c) => isFigure(c) || (typeof c === "string" && isFigure(coerceNumber(c) ?? null)))
      : undefined;
  if (recordCell !== undefined || figure !== undefined) {
    const first = matrix.findIndex((c) => Array.isArray(c) && !isBlankRow(c));
    const seen = cells.filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
    const letters = byName.map(
      (r) => `${columnLetter((indexOf.get(r.header) as number) + 1)} for "${r.header.trim()}"`,
    );
    const mapped = recordCell ?? byName[0];
    const column = target.columns.find((c) => c.id === mapped.column);
    const why =
      recordCell !== undefined
        ? `"${recordCell.header.trim()}" is ${column?.type === "date" ? "a date" : "an amount"}, which no header is`
        : `"${headerText(figure!).trim()}" is a figure, which no header is`;
    throw new TrackerError(
      "#VALUE!",
      `The mapping names "${mapped.header.trim()}"${column ? ` as ${column.name}` : ""}, but row ${row + 1} holds ` +
        `data, not headers (${listSeen(seen)}): ${why}. Name its columns by their letters instead ` +
        `(${letters.join(", ")})${row === first ? ", its first row then read as data" : ""}; or add a header row ` +
        `above it.`,
    );
  }
  // A header the mapping names with its currency (`Total $`) is not one without any (`Total`, over
  // square metres on another sheet): reading past the sign put a bridge's area in Committed (a helper's
  // round, real: Tasmania's council workbook, "$142,630").
  const unsigned = resolved.filter((r) => {
    const at = indexOf.get(r.header);
    return CURRENCY_SIGN.test(r.header) && at !== undefined && !CURRENCY_SIGN.test(texts[at] ?? "");
  });
  if (unsigned.length > 0) {
    const names = unsigned.map((u) => `"${u.header.trim()}"`).join(", ");
    const seen = cells.filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
    throw new TrackerError(
      "#VALUE!",
      `The mapping names ${names}, ` +
        phrase(
          "notThere",
          "has no such header",
          ` (row ${row + 1} has ${listSeen(seen)}, none with that currency sign)`,
        ),
    );
  }
  const guessed = matchTexts(texts, cells, row, row, target);
  const overrides: Record<number, string | null> = {};
  // In Partners, a bare `Name` is the partner's when nothing else is (as check guesses it without a
  // mapping): mapping another column by hand does not take it away (real: an organisations list,
  // `--map "Type=Sector"` turned `Name → Partner` into "There is no Partner column").
  const partner = PARTNERS.col.partner.id;
  if (
    target === PARTNERS &&
    !guessed.columns.some((c) => c.id === partner) &&
    !resolved.some((r) => r.column === partner)
  ) {
    const nameAt = cells.findIndex((c) => typeof c === "string" && (isBareName(c) || isSponsor(c)));
    if (nameAt >= 0) overrides[nameAt] = partner;
  }
  for (const r of resolved) overrides[indexOf.get(r.header) as number] = r.column;
  const labelled = toMapping(applyOverrides(matrix, checkedAgainstData(matrix, guessed, HEADER_NAMES), overrides));
  // Without a header row, the columns the mapping leaves out are named by their letters too.
  const unlabelled = isBlankRow(cells) ? { ...labelled, unknown: unheadedColumns(matrix, labelled) } : labelled;
  // A column mapped by its letter over a blank header cell is named by its place where messages quote it.
  const blankAt = new Set([...placed.values()].filter((at) => isBlank(cells[at])));
  const mapping =
    blankAt.size === 0
      ? unlabelled
      : {
          ...unlabelled,
          columns: unlabelled.columns.map((c) =>
            blankAt.has(c.index) ? { ...c, header: `(column ${columnLetter(c.index + 1)})` } : c,
          ),
        };
  // Headers the mapping says to ignore are left out on purpose: not read beside it either.
  const ignoring = withIgnored(
    mapping,
    resolved.filter((r) => r.column === null).map((r) => indexOf.get(r.header) as number),
  );
  const currencies = resolved.filter((r) => r.currency);
  const scales = resolved.filter((r) => r.scale !== 1);
  if (currencies.length === 0 && scales.length === 0) return ignoring;
  return {
    ...ignoring,
    ...(currencies.length > 0
      ? { mappedCurrencies: Object.fromEntries(currencies.map((r) => [indexOf.get(r.header) as number, r.currency])) }
      : {}),
    ...(scales.length > 0
      ? { mappedScales: Object.fromEntries(scales.map((r) => [indexOf.get(r.header) as number, r.scale])) }
      : {}),
  };
}

/** A list without a header row: its columns the mapping leaves out that hold something, by their letters. */
function unheadedColumns(matrix: Matrix, mapping: HeaderMapping): HeaderMapping["unknown"] {
  const mapped = new Set(mapping.columns.map((c) => c.index));
  const filled = new Set<number>();
  for (let r = mapping.headerRow + 1; r < matrix.length; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells)) continue;
    cells.forEach((c, i) => (mapped.has(i) || isBlank(c) ? undefined : filled.add(i)));
  }
  return [...filled].sort((a, b) => a - b).map((index) => ({ header: `(column ${columnLetter(index + 1)})`, index }));
}

/** A column named by its letter in a mapping: `C`, `Column C`, `(column AB)`, `col. C`. */
const COLUMN_BY_LETTER = /^\s*(?:([A-Z])|\(?\s*col(?:umn)?\.?\s+([A-Z]{1,2})\s*\)?)\s*$/i;

/** The 0-based column a header matching COLUMN_BY_LETTER names (`C` → 2, `Column AB` → 27). */
function letteredColumn(header: string): number {
  const m = COLUMN_BY_LETTER.exec(header) as RegExpExecArray;
  let at = 0;
  for (const ch of (m[1] ?? m[2]).toUpperCase()) at = at * 26 + (ch.charCodeAt(0) - 64);
  return at - 1;
}

/**
 * The currency a mapping by hand names for an amount column (`Committed (EUR)`, `Committed (£)`): any
 * ISO 4217 code the runtime knows (`Committed (ARS)`: Buenos Aires' works printed as dollars, the
 * code dropped without a word), and a code it does not know is said, never dropped.
 */
function mappedCurrency(name: string): string {
  const named = headerCurrency(name);
  if (named !== "") return named;
  // `(EUR)`, or with its multiple: `(RUB millions)`, `(RUB m)`.
  const code = /\(\s*([A-Za-z]{3})(?:\s+[\p{L}']+)?\s*\)\s*$/u.exec(name)?.[1]?.toUpperCase();
  if (code === undefined) return "";
  if (ISO_CURRENCIES.has(code)) return code;
  throw new TrackerError(
    "#VALUE!",
    `The mapping names "${name}": ${code} is not a currency code — use one such as EUR, GBP or BRL (ISO 4217).`,
  );
}

/**
 * The multiple a mapping by hand names for an amount column: `Committed (RUB millions)`, `(£m)`,
 * `(thousands)`, `(EUR k)` — 1 for none. A helper's round (real: Russia's presidential grants,
 * `--map "sum_mln=Committed (RUB millions)"` taken without a word, its millions summed as units).
 */
function mappedScale(name: string): number {
  const inside = /\(([^()]*)\)\s*$/.exec(name)?.[1];
  if (inside === undefined) return 1;
  const scale = headerScale(`(${inside})`);
  if (scale !== 1) return scale;
  const rest = inside
    .replace(/[£$€¥₹]/gu, " ")
    .replace(/\b[A-Za-z]{3}\b(?=\s)/u, " ")
    .trim()
    .toLowerCase();
  return /^(?:k|thousands?|'?000s?)$/.test(rest)
    ? 1e3
    : /^(?:m|mn|mln|mio|millions?)$/.test(rest)
      ? 1e6
      : /^(?:bn|bln|billions?)$/.test(rest)
        ? 1e9
        : 1;
}

/** "The mapping names X, which heads N columns (C, D) — say which by its place: "X (1)" is column C, …". */
function headsSeveral(header: string, columns: readonly number[]): TrackerError {
  return new TrackerError(
    "#VALUE!",
    `The mapping names "${header}", which heads ${columns.length} columns ` +
      `(${columns.map((i) => columnLetter(i + 1)).join(", ")}) — say which by its place: ` +
      columns.map((i, n) => `"${repeatedHeaderName(header, n + 1)}" is column ${columnLetter(i + 1)}`).join(", ") +
      ".",
  );
}

/** The tab whose columns a mapping names (most of them), else the tab the headers suggest. */
function tabOfPairs(matrix: Matrix, pairs: readonly (readonly [string, string])[]): TabSpec {
  const counts = TABS.map((t) => pairs.filter(([, column]) => matchHeader(t, column) !== undefined).length);
  const most = Math.max(...counts);
  const found = findHeader(matrix, undefined);
  const guessed = found instanceof NoHeaderError ? undefined : found.tab;
  if (most === 0) return guessed ?? PARTNERS;
  const tied = TABS.filter((_, i) => counts[i] === most);
  return guessed && tied.includes(guessed) ? guessed : tied.includes(PARTNERS) ? PARTNERS : tied[0];
}

const TITLE_CELLS = new Set(["trackercolumn", "trackerheader", "column", "mapsto", "tracker"]);

/** Reads the `mapping` argument's two-column range into pairs, skipping blank rows and a title row. */
export function pairsOfRange(range: Matrix): [string, string][] {
  const pairs: [string, string][] = [];
  range.forEach((row, i) => {
    const header = headerText(row?.[0]).trim();
    const column = headerText(row?.[1]).trim();
    if (header === "" && column === "") return;
    // The task pane writes a title row above the pairs ("Your header | Tracker column").
    if (i === 0 && TITLE_CELLS.has(normalizeHeader(column))) return;
    pairs.push([header, column]);
  });
  return pairs;
}
