import type { ListId } from "./lists";

/**
 * What a column holds. The type decides coercion, validation rules, number format and Excel data
 * validation, so a column never needs those spelled out separately.
 * - `id`: short key text (Initiative ID); compared ignoring case and surrounding spaces.
 * - `text`: free text.
 * - `number`: a quantity; `currency`: a dollar amount. Both accept `$1,200` typed as text.
 * - `date`: an Excel serial number or an unambiguous date text.
 * - `yesNo`: Yes/No (also Y, TRUE, 1 …), with the Yes/No dropdown.
 * - `list`: one value of `list`.
 * - `email`: an email address (a malformed one is a warning).
 * - `derived`: computed from other columns of its row (`derive`), never typed by the user.
 */
export type ColumnType = "id" | "text" | "number" | "currency" | "date" | "yesNo" | "list" | "email" | "derived";

export type TabName = "Foundation" | "Assets" | "Leadership" | "Partners";

export interface ColumnSpec {
  /** Stable key used by code (rules, summaries); never shown to users. */
  readonly id: string;
  /** The header users see, exactly as SPEC.md spells it. */
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** For `list` columns (and `yesNo`, implicitly `yesNo`). */
  readonly list?: ListId;
  /** Lowest allowed value of a number or currency column. */
  readonly min?: number;
  /**
   * Duplicate values in this column are an issue of this severity (the tab's key). `normalize`
   * compares ignoring case, spaces and punctuation; `trimCase` ignores case and outer spaces only.
   */
  readonly unique?: { readonly severity: "error" | "warning"; readonly compare: "normalize" | "trimCase" };
  /** Other headers users write for this column (matched ignoring case, spaces and punctuation). */
  readonly synonyms?: readonly string[];
  /**
   * Headers that name this column only when no other header of the row does: a grant list's
   * `Funder` is the partner on a list of funders, but where the same row names the grantee
   * (`Recipient`, `Organization`) the funder is the file's owner, the same on every row.
   */
  readonly fallbackSynonyms?: readonly string[];
  /** Where values must come from another tab (checked by CROSSCHECK). */
  readonly references?: { readonly tab: TabName; readonly column: string; readonly severity: "error" | "warning" };
  /** For `derived` columns: what the column computes (the workbook model writes it as a table formula). */
  readonly derive?: Derivation;
  /** Number format when the type's default does not fit (a derived percentage). */
  readonly format?: string;
  /**
   * The city's own notes, which it may not want partners to read (SPEC "Internal columns"): left
   * out of a partner copy and named as internal where the tracker is built.
   */
  readonly internal?: boolean;
  /**
   * For a date column: what users write instead of a date when there is none yet (`Ongoing` for an
   * End date). Read as empty — no date, nothing wrong — never as a value that is not a date.
   */
  readonly noDateWords?: readonly string[];
  /**
   * For a date column that says when something ends or is due: a date written without its day
   * (`March 2024`, `Q2 2025`, `2030`) means the period's last day, not its first.
   */
  readonly endOfPeriod?: boolean;
  /** Column width in characters (Excel's unit). */
  readonly width: number;
  /** One line of help: shown in the task pane and the docs. */
  readonly help: string;
}

/**
 * What a derived column computes from other columns of the same row, named by column id. The
 * schema says only this; `src/model/calculatedColumns.ts` turns it into Excel's table formula.
 * - `progress`: how far `current` has moved from `baseline` (blank counts as 0) toward `target`, 0–1.
 * - `shortfall`: `needed` minus `available`, never below 0; blank when both are blank.
 * - `classify`: `then` when `source` is one of `values`, else `otherwise`; blank when `source` is.
 */
export type Derivation<Id extends string = string> =
  | { readonly kind: "progress"; readonly baseline: Id; readonly target: Id; readonly current: Id }
  | { readonly kind: "shortfall"; readonly needed: Id; readonly available: Id }
  | {
      readonly kind: "classify";
      readonly source: Id;
      readonly values: readonly string[];
      readonly then: string;
      readonly otherwise: string;
    };

export interface TabSpec {
  readonly name: TabName;
  /** The sheet's Excel table (ListObject). */
  readonly table: string;
  /** One line: what a row of this tab is. */
  readonly rowIs: string;
  readonly columns: readonly ColumnSpec[];
}
