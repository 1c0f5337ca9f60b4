import type { ColumnSpec, TabName } from "../schema";

/**
 * The shapes the pure core trades in. Every adapter (custom functions, task pane, Excel builder,
 * command line) speaks these, so they are pinned here apart from the code that produces them.
 */

/** A cell value as Excel (or ExcelJS, after flattening) hands it over. */
export type Cell = string | number | boolean | null | undefined;
export type Matrix = readonly (readonly Cell[])[];

export type Severity = "error" | "warning";

export interface Issue {
  /** 1-based row within the range the user passed (the header row counts, as do rows above it). */
  readonly row: number;
  /** The header as the user wrote it; the schema's name when the column is missing altogether. */
  readonly column: string;
  readonly severity: Severity;
  /** Plain language a partner understands: names the value and what is expected. */
  readonly message: string;
  /** The rule's stable id (`partners.receivedOverCommitted`): what issues are grouped and filtered by. */
  readonly rule: string;
  /** The offending cell's value as the range held it (absent for a missing column or a whole row). */
  readonly value?: Cell;
  /**
   * How many rows this one issue stands for, when a problem that repeats is reported once (a
   * listed value in the users' own words on 4,210 rows, placeholders in a required column, a
   * partner on 40 rows). Absent: the issue is about its own row.
   */
  readonly rows?: number;
  /**
   * Every row (numbered as `row` is) such an issue stands for, where each is a cell to fix: the task
   * pane lists, selects and fixes them one by one, and the Issues sheet links to each.
   */
  readonly rowNumbers?: readonly number[];
  /**
   * The cell's 0-based column within the range, when its header cannot say where it is: a row left
   * out by a label in a column without a header (`SOURCE: …` in column A of a sheet headed from B).
   */
  readonly columnIndex?: number;
}

export interface TabIssue extends Issue {
  readonly tab: TabName;
}

export interface MappedColumn {
  /** Schema column id, e.g. "committed". */
  readonly id: string;
  /** Schema name, e.g. "Committed". */
  readonly name: string;
  /** The user's header text, e.g. "Pledge ($)". */
  readonly header: string;
  /** 0-based column index in the matrix. */
  readonly index: number;
}

export interface HeaderMapping {
  readonly tab: TabName;
  /** 0-based row index of the header row in the matrix; data starts below it. */
  readonly headerRow: number;
  /**
   * 0-based row of the first header row: `headerRow - 1` when two header rows (group titles above
   * the real headers) are read as one, else `headerRow`. Absent means `headerRow`.
   */
  readonly firstHeaderRow?: number;
  /** Recognised columns, in the user's column order. */
  readonly columns: readonly MappedColumn[];
  /**
   * Headers that map to nothing (ignored by the rules). `notAs`: the tracker column the header names,
   * its cells did not fit (dates under an amount's header, words that are no listed value), so the
   * report can say why a header it reads on another sheet is ignored here.
   */
  readonly unknown: readonly { readonly header: string; readonly index: number; readonly notAs?: string }[];
  /** Schema columns the range does not have. */
  readonly missing: readonly ColumnSpec[];
  /** Share of the tab's columns recognised, 0–1; how tab inference picked this tab. */
  readonly score: number;
  /**
   * Per matrix column, the currency its numbers' number formats show (`"£"#,##0` → GBP), "" for none.
   * Only a caller that sees formats gives it (the CLI reads them from the file); Excel hands a custom
   * function values alone. A header, a title or the cells that name a currency say more.
   */
  readonly formatCurrencies?: readonly string[];
  /**
   * 0-based matrix rows whose key cell shows a name merged down from a row above (a merged area): one
   * record's further lines, read with its first. Only a caller that sees merged cells gives it (the
   * CLI reads them from the file); Excel hands a custom function values alone.
   */
  readonly mergedRows?: ReadonlySet<number>;
  /**
   * Per matrix column, the currency a mapping by hand gives it (`--map "Bedrag=Committed (EUR)"`),
   * for a sheet that names none: it wins over what the header or the cells would say.
   */
  readonly mappedCurrencies?: Readonly<Record<number, string>>;
  /** Per matrix column, the multiple a mapping by hand gives its amounts (`Committed (RUB millions)`). */
  readonly mappedScales?: Readonly<Record<number, number>>;
  /**
   * Matrix columns a mapping by hand leaves out on purpose (`--map "Currency=Ignore"`, a `mapping`
   * argument's `Currency | Ignore`, the task pane's "(ignore)"): listed among `unknown` all the same,
   * but not read beside the mapping either — not the amounts' currency, a person's name, a year, a
   * place, a record number nor any other reading of an unmapped column (besideMapping, the view
   * TypedCells reads). A column merely unmapped is still read so.
   */
  readonly ignored?: readonly number[];
}

/**
 * A user-facing failure (bad argument, no header row …). The custom-functions layer turns it into
 * `CustomFunctions.Error` with this code and message; the CLI and task pane print the message.
 */
export class TrackerError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string,
  ) {
    super(message);
    this.name = "TrackerError";
  }
}

/**
 * The sheet's amounts cannot be added up (a column mixing currencies, blocks in two): an error in the
 * data, as a check reports it, not a sheet without tracker columns (the CLI's exit code 1, not 3).
 */
export class AmountsApartError extends TrackerError {
  constructor(message: string) {
    super("#VALUE!", message);
    this.name = "AmountsApartError";
  }
}

/**
 * No row of the block qualifies as a header row (SPEC "Finding the header row"): nothing the tracker
 * knows, as opposed to a file that cannot be read. The message says what the closest row held and
 * what would make it a header row; the fields let another door (the CLI's `--map`) say it its way.
 */
export class NoHeaderError extends TrackerError {
  constructor(
    message: string,
    /** The tab the closest row came nearest to (Partners when nothing matched). */
    readonly closestTab: TabName,
    /** 0-based row of the closest row (the first non-empty row when nothing matched), -1 if empty. */
    readonly row: number,
    /** The non-empty cells of that row, as text. */
    readonly seen: readonly string[],
    /** That row holds data (numbers, dates): the header row was probably left out of the range. */
    readonly looksLikeData: boolean,
    /**
     * Another tab the row may hold, and the mapping that would say so: a bare `Name` heads a list of
     * organisations (Partners, `Name` → Partner) as often as a list of people (Leadership).
     */
    readonly alternative?: { readonly tab: TabName; readonly header: string; readonly column: string },
    /** The row's header that names the tab's key column, when it has one (what is missing is a second column). */
    readonly keyHeader?: string,
    /** Beside that key, a header that says a currency (`APOYO CONAPESCA ($)`): the amount to map as Committed. */
    readonly amountHeader?: string,
    /**
     * The tab's column `keyHeader` is, when no synonym says it (`Budget Line Title`: Foundation's
     * Initiative); otherwise the column the header names, or the tab's first.
     */
    readonly keyColumn?: string,
    /** Beside that key, the one column of dates, offered as the Start date (`applicationDate`). */
    readonly startHeader?: string,
  ) {
    super("#VALUE!", message);
    this.name = "NoHeaderError";
  }
}
