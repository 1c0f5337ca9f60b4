import {
  DOLLAR_MARK,
  IN_EUROS,
  KRONE_MARK,
  coerceAmount,
  coerceNumber,
  lastAmountCurrency,
  lastAmountEuropean,
  markFits,
  writesAsEurope,
  writtenAsOnlyTheUsWrites,
} from "./amountCells";
import { DAY_FIRST_BY_DOTS, DAY_FIRST_BY_SHEET, KIND_DATE } from "./cellStates";
import { headedInOtherLanguage } from "./amountLanguage";
import { formatAmount, formatFigure, formatSignless } from "./coerce";
import { countryWithoutDollars, currencyInText, namesDollars, scaleWords } from "./currencyWords";
import { coerceDate, numericDateParts } from "./dateCells";
import { numberedNamesOf } from "./numberedNames";
import { scriptWithoutDollars, type TextScript } from "./textScript";
import { BlockColumns } from "./blockColumns";
import { TITLE_ROWS } from "./unitsAbove";
import { isBlank } from "./text";
import type { Cell } from "./types";

/** How many of a column's first data rows are read for the currency its messages speak of. */
const SAMPLE_ROWS = 200;
/** Rows textCurrency reads: a column saying its currency on half its rows says it in the first fifty. */
const TEXT_SAMPLE_ROWS = 50;

/** A whole figure grouped by dots (`12.500`, `1.250.000 €`), its first group no zero alone. */
const DOT_GROUPED = /^\D*[1-9]\d{0,2}(?:\.\d{3})+\D*$/;

/** A whole figure grouped by commas (`150,000`, `1,250,000`). */
const COMMA_GROUPED = /^\D*[1-9]\d{0,2}(?:,\d{3})+\D*$/;

/** A currency the sheet's other columns say (TypedTable.textCurrency): its code, where, and how. */
export interface TextCurrency {
  readonly code: string;
  /** The header of the column that says it. */
  readonly header: string;
  /** A cell that says it (`£30,000 and below`). */
  readonly example: string;
}

/** `"Strand" writes GBP (such as "£30,000 and below")`: where a TextCurrency is said. */
export function textCurrencyWords(t: TextCurrency): string {
  return `"${t.header.replace(/\s+/g, " ")}" writes ${t.code} (such as "${t.example.replace(/\s+/g, " ")}")`;
}

/**
 * What a block's whole columns say, each answer read once, when first asked: the order a date column
 * writes its days and months in; the currency of an amount column (its own, the block's, one the
 * sheet's other columns write), whether its figures are written as Europe writes them, and whether they
 * are shown without a sign (headed in another language, dates day first, a title naming a country whose
 * money is no dollar), with an amount of it as messages show it (formatAmount, quoteFigure); names
 * numbered before their words. Reading each cell is TypedCells' (typedCells.ts), which extends this.
 */
export class ColumnReadings extends BlockColumns {
  /**
   * SPEC: day-first or month-first is decided per column from the values that can only be one
   * (`25/03/2024`). A column whose every such value could be either is read month first, and the
   * first row that could be either is kept for one warning.
   */
  protected dateOrder(slot: number): void {
    this.dateOrderRead[slot] = 1;
    const own = this.orderEvidence(this.index[slot]);
    if (own.dayFirst > 0 || own.monthFirst > 0) {
      this.dayFirst[slot] = own.dayFirst > 0 && own.monthFirst === 0 ? 1 : 0;
      return;
    }
    if (own.ambiguous < 0) return;
    // Every date of the column could be either. The sheet's other date columns may say (a Start date
    // of `01.03.2024` beside an End date of `30.11.2024`: one author, one order); else dotted dates
    // are day first, as everywhere they are written (real: European grants, `01.03.2024` read as
    // 3 January). Only a column nothing settles is read month first (SPEC), with one warning.
    let dayFirst = 0;
    let monthFirst = 0;
    for (let other = 0; other < this.kind.length; other++) {
      if (other === slot || this.kind[other] !== KIND_DATE || this.index[other] < 0) continue;
      const evidence = this.orderEvidence(this.index[other]);
      dayFirst += evidence.dayFirst;
      monthFirst += evidence.monthFirst;
    }
    const sheetSays = dayFirst > 0 && monthFirst === 0 ? DAY_FIRST_BY_SHEET : monthFirst > 0 && dayFirst === 0 ? -1 : 0;
    const readDayFirst =
      sheetSays === DAY_FIRST_BY_SHEET ? DAY_FIRST_BY_SHEET : sheetSays === 0 && own.dotted ? DAY_FIRST_BY_DOTS : 0;
    this.dayFirst[slot] = readDayFirst === 0 ? 0 : 1;
    this.dayFirstBecause[slot] = readDayFirst;
    this.ambiguousDateRow[slot] = own.ambiguous;
  }

  /**
   * What a date column's `3/4/2024`-style dates say of their order: how many can only be day first,
   * how many only month first, the first row that could be either, and whether all of those are
   * written with dots.
   */
  private orderEvidence(column: number): { dayFirst: number; monthFirst: number; ambiguous: number; dotted: boolean } {
    const matrix = this.matrix;
    let dayFirst = 0;
    let monthFirst = 0;
    let ambiguous = -1;
    let dotted = true;
    for (let r = this.firstDataRow; r < this.rowCount; r++) {
      const row = matrix[r];
      const cell = row === undefined ? undefined : row[column];
      if (typeof cell !== "string") continue;
      const parts = numericDateParts(cell);
      if (!parts) continue;
      if (parts.first > 12 && parts.second <= 12) dayFirst++;
      else if (parts.second > 12 && parts.first <= 12) monthFirst++;
      // A day or month of 0 is no date either way (`1/0/1900`: see dateCells.isZeroDate).
      else if (parts.first !== parts.second && parts.first > 0 && parts.second > 0) {
        // (Only a day either way: `2/6/3064`, past a tracker's dates, is no date to show as read.)
        if (ambiguous < 0 && coerceDate(cell) !== undefined) ambiguous = r;
        dotted &&= parts.dotted;
      }
    }
    return { dayFirst, monthFirst, ambiguous, dotted };
  }

  /**
   * The currency of an amount column's values: its own, else the one the block's other amount
   * columns name (a sheet in euros says so once: `--map "Kosten=Committed (EUR)"`, and its Received
   * is in euros too, as SUMMARY counts it — a helper's round, real: a German city's climate
   * programme, "Received ($40,000) is more than Committed (€30,000)"); "USD" when none is named.
   */
  currencyOf(slot: number): string {
    return (
      this.currency[slot] || this.sample(slot).currency || this.blockCurrency() || this.textCurrency()?.code || "USD"
    );
  }

  private textSeen: TextCurrency | null | undefined = undefined;

  /**
   * The one currency the sheet's other columns write figures in (`Strand`: `£30,000 and below`, on
   * half a column's filled rows at least of the first TEXT_SAMPLE_ROWS, three at least), where no dollar is
   * written beside them — no header (`Equivalent (EUR)` converts), no note now and then: the currency
   * of amounts that name none (a helper's round, real: Arts Council England's project grants, £662.6M
   * printed as dollars beside 14,791 `£` bands).
   * Undefined when none is, or several are; never for the tracker's own tables, in dollars by design.
   */
  textCurrency(): TextCurrency | undefined {
    if (this.textSeen !== undefined) return this.textSeen ?? undefined;
    this.textSeen = null;
    if (!this.labelRows) return undefined;
    // Not the amount columns themselves, nor a column the mapping leaves out on purpose (`--map
    // "Postcode=Ignore"`: HeaderMapping.ignored), as no other reading beside the mapping reads one (a
    // reviewer's repro: an ignored column of Romford's `RM1 3BD` postcodes made a ledger's total ringgit).
    const unread = new Set<number>(this.mapping.ignored ?? []);
    for (let s = 0; s < this.tab.columns.length; s++) {
      if (this.tab.columns[s].type === "currency" && this.index[s] >= 0) unread.add(this.index[s]);
    }
    if (this.currencyAt >= 0) unread.add(this.currencyAt);
    // Per column: its filled text cells, in the order columns first have one, and those writing a
    // figure in each currency (kept only for columns that have one: most have none, and a Map per
    // column cost every call of SUMMARY and VALIDATE as much as reading the cells).
    const filled: number[] = [];
    const order: number[] = [];
    const codesOf = new Map<number, Map<string, { cells: number; example: string; texts: Set<string> }>>();
    const end = Math.min(this.rowCount, this.firstDataRow + TEXT_SAMPLE_ROWS);
    for (let r = this.firstDataRow; r < end; r++) {
      const row = this.matrix[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== "string" || isBlank(cell) || unread.has(c)) continue;
        if (filled[c] === undefined) {
          filled[c] = 0;
          order.push(c);
        }
        filled[c]++;
        // (currencyInText asks first for a figure with a mark beside it: most text has none, and pays
        // for no more — currencyGate.ts.)
        if (cell.length > 200) continue;
        const code = currencyInText(cell);
        if (code === "") continue;
        let codes = codesOf.get(c);
        if (!codes) codesOf.set(c, (codes = new Map()));
        const seen = codes.get(code);
        if (seen) {
          seen.cells++;
          seen.texts.add(cell.trim());
        } else codes.set(code, { cells: 1, example: cell.trim(), texts: new Set([cell.trim()]) });
      }
    }
    // A column that writes its figures in one currency on half its rows at least, three at least, in
    // words said again (a band, a range: `£30,000 and below`), not notes each mentioning one (`Matched
    // £5k from UK office`: a reviewer's repro); the sheet's columns all in the same one, and no dollar.
    let found: TextCurrency | undefined;
    for (const c of order) {
      const codes = codesOf.get(c);
      if (!codes) continue;
      for (const [code, seen] of codes) {
        if (code === "USD" || markFits(DOLLAR_MARK, code) || code === KRONE_MARK) return undefined;
        if (seen.cells < 3 || seen.texts.size >= seen.cells || seen.cells * 2 < filled[c]) continue;
        if (found && found.code !== code) return undefined;
        const header = String(this.matrix[this.mapping.headerRow]?.[c] ?? "").trim();
        found ??= { code, header, example: seen.example };
      }
    }
    if (found) this.textSeen = found;
    return found;
  }

  /** The one currency the block's amount columns name of their own, or "" (none, or several). */
  private blockCurrency(): string {
    // Kept once found: a currency a later row names (read as rows load) may still come before it.
    if (!this.namedByBlock) {
      const named = new Set<string>();
      for (let s = 0; s < this.tab.columns.length; s++) {
        if (this.tab.columns[s].type !== "currency" || this.index[s] < 0) continue;
        const code = this.currency[s] || this.sample(s).currency;
        if (code) named.add(code);
      }
      this.namedByBlock = named.size === 1 ? [...named][0] : "";
    }
    return this.namedByBlock;
  }

  private namedByBlock: string | undefined = undefined;

  /** Per slot: what the column's first rows say of its amounts (see sample), once looked for. */
  private readonly samples = new Map<
    number,
    { readonly currency: string; readonly european: boolean; readonly commaGrouped: boolean }
  >();

  /**
   * What the column's first SAMPLE_ROWS data rows say of its amounts: the first currency other than a
   * bare `$` they name ("" for none), so a message about row 2 speaks of the column's euros though the
   * first `€` is on row 6 (real: a French city's grants, "expected an amount in dollars" on rows 2–5,
   * "in EUR" after); and whether one is written as Europe writes amounts (`1.250,50`).
   */
  protected sample(slot: number): {
    readonly currency: string;
    readonly european: boolean;
    readonly commaGrouped: boolean;
  } {
    let found = this.samples.get(slot);
    if (found !== undefined) return found;
    let currency = "";
    // Amounts only Europe writes so (`2,25`, `1.250,50`, `12 350 €`) against amounts only the US
    // writes so (`9,999,999`, `12.50`): the column is European when the first outnumber the second.
    let europe = 0;
    let us = 0;
    // Whole figures grouped by dots (`12.500`, `1.250.000`), and figures with a dot and not three
    // digits after it (`0.500`, `12.50`), which no one writes for thousands.
    let grouped = 0;
    let decimals = 0;
    let commaGrouped = false;
    const inEuros = writesAsEurope(this.currency[slot]);
    const column = this.index[slot];
    const end = Math.min(this.rowCount, this.firstDataRow + SAMPLE_ROWS);
    for (let r = this.firstDataRow; r < end; r++) {
      const cell = this.matrix[r]?.[column];
      if (typeof cell !== "string") continue;
      if (coerceAmount(cell) === undefined) {
        // `2,25`, `1,5`: refused alone (a US `2,250` typed short?), but in a column of euros, Europe's.
        if (inEuros && coerceNumber(cell, IN_EUROS) !== undefined && lastAmountEuropean()) europe++;
        continue;
      }
      const named = lastAmountCurrency();
      if (currency === "" && named !== DOLLAR_MARK) currency = named;
      // (A dollar sign in the cell says the US: `$1.500` is a dollar and a half, a reviewer's repro.)
      commaGrouped ||= COMMA_GROUPED.test(cell);
      if (cell.includes("$")) decimals++;
      else if (DOT_GROUPED.test(cell)) grouped++;
      else if (/\d\.\d/.test(cell)) decimals++;
      // Thousands grouped by apostrophes are Switzerland's, whose decimal point is a point.
      if (lastAmountEuropean() && !/['’]/.test(cell)) europe++;
      else if (writtenAsOnlyTheUsWrites(cell)) us++;
    }
    // Two whole figures grouped by dots or more, and no decimal point in the column, in no multiple
    // (`($ millions)`'s `1.250` is a million and a quarter): Europe's thousands (a helper's round,
    // `12.500` under `Importe` in a Spanish list of grants, summed as 12.5).
    const named = this.columnCurrency[slot];
    // (Not beside figures grouped by commas, `150,000`: the column writes both ways, and neither is read
    // as the other — a reviewer's repro, `10.000` and `12.500` beside them summed the column as $422.50.)
    const dotted =
      grouped >= 2 &&
      decimals === 0 &&
      us === 0 &&
      !commaGrouped &&
      this.scale[slot] === 1 &&
      (named === "" || inEuros);
    const european = this.writtenAsEurope[slot] === 1 ? us === 0 || europe > us : europe > us || dotted;
    // A figure grouped by one dot is doubtful only where the column groups by commas and shows no decimals.
    this.samples.set(slot, (found = { currency, european, commaGrouped: commaGrouped && decimals === 0 }));
    return found;
  }

  /**
   * An amount of `slot` for messages, in its column's currency (`£1,200`, never `$` for pounds); in
   * none where the sheet names none and the column is no dollars' — written as Europe writes amounts,
   * or headed in another language (`Montant is -500`, not `-$500`).
   */
  formatAmount(slot: number, value: number): string {
    return this.withoutSign(slot) ? formatSignless(value) : formatAmount(value, this.currencyOf(slot));
  }

  /** Are `slot`'s amounts in no currency this sheet says, and no dollars' (formatAmount shows no sign)? */
  withoutSign(slot: number): boolean {
    return (
      this.currencyOf(slot) === "USD" && !this.currency[slot] && !this.sample(slot).currency && this.signless(slot)
    );
  }

  /**
   * A cell's figure of `slot` as money, for messages: times the column's scale (`Realisatie (*1000)`:
   * its -14 is -€14,000, as the summary counts it — a helper's round, real: the Dutch subsidy register).
   */
  formatFigure(slot: number, value: number): string {
    return this.formatAmount(slot, value * this.scale[slot]);
  }

  /**
   * A cell's figure of `slot` as a message quotes it: in a column of units, its amount (formatAmount);
   * in a column of thousands (`Realisatie (*1000)`), the cell as the sheet shows it, then the money it
   * stands for as the summary adds it: `-14,00 (thousands: -14,000)`. Quoted multiplied alone, it read
   * as the cell's own, a thousand times too much (a helper's round, real: the Dutch subsidy register's
   * `-14,00`, "is -14,000"). `cell`: the cell, shown as written when it is text (a CSV's, `-14,00`);
   * otherwise its figure. `inParentheses`: for a quote inside them, `-14,00, thousands: -14,000`;
   * `after`, words after the figure (` each`): `1,00 each, thousands: 1,000`.
   */
  quoteFigure(slot: number, value: number, cell?: Cell, inParentheses = false, after = ""): string {
    const scale = this.scale[slot];
    if (scale === 1) return `${this.formatAmount(slot, value)}${after}`;
    const written = typeof cell === "string" && cell.trim() !== "" ? cell.trim() : formatFigure(value);
    const money = `${scaleWords(scale)}: ${this.formatAmount(slot, value * scale)}`;
    return inParentheses ? `${written}${after}, ${money}` : `${written}${after} (${money})`;
  }

  /**
   * Is an amount column of the sheet written as Europe writes amounts, or headed in another language, or
   * the sheet's dates day first? Any amount column speaks for all, as SUMMARY reads the sheet: one
   * message quoting two amounts shows both alike (corpus round fm, D8, real: Minas Gerais's road works,
   * `Total Medido ($1,456,946.54) is more than Valor Total do Contrato (1,315,533.91)`, the summary
   * showing both without a sign — `Valor` is Portuguese, `Total Medido` reads as English).
   */
  private signless(slot: number): boolean {
    return (
      this.writtenAsEurope[slot] === 1 ||
      this.amountSlots().some((s) => this.writtenAsEurope[s] === 1) ||
      this.headedAbroad() ||
      this.dayFirstDate() !== undefined ||
      this.titleCountry() !== undefined ||
      this.textScript() !== undefined
    );
  }

  private amountsSeen: number[] | undefined = undefined;

  /** The sheet's amount columns (of the tab's currency columns, those it has). */
  private amountSlots(): readonly number[] {
    if (this.amountsSeen) return this.amountsSeen;
    this.amountsSeen = [];
    for (let s = 0; s < this.tab.columns.length; s++) {
      if (this.tab.columns[s].type === "currency" && this.index[s] >= 0) this.amountsSeen.push(s);
    }
    return this.amountsSeen;
  }

  private headedAbroadSeen: boolean | undefined = undefined;

  /** Is one of the sheet's amount columns headed in another language (`Valor Total do Contrato`)? */
  private headedAbroad(): boolean {
    this.headedAbroadSeen ??= this.amountSlots().some((s) => headedInOtherLanguage(this.header[s]));
    return this.headedAbroadSeen;
  }

  private numberedSeen: (ReturnType<typeof numberedNamesOf> | null)[] = [];

  /**
   * Where nearly every name of `slot`'s column starts with a number and a separator (`104114 - CRIME &
   * DRUGS FREE FOUNDATION`): the first such name, its row and cell; names are then compared after their
   * numbers (numberedNames.ts). Undefined for a column of names as names are written. Read once.
   */
  numberedNames(slot: number): ReturnType<typeof numberedNamesOf> {
    const seen = this.numberedSeen[slot];
    if (seen !== undefined) return seen ?? undefined;
    const column = this.index[slot];
    const found = column < 0 ? undefined : numberedNamesOf(this.matrix, column, this.firstDataRow, this.rowCount);
    this.numberedSeen[slot] = found ?? null;
    return found;
  }

  private titleCountrySeen: string | null | undefined = undefined;

  /**
   * The country a title line above the header names whose money is no dollar (`National Lottery
   * Commission: grants paid, South Africa`), as written: amounts naming no currency under it are shown
   * without a sign (corpus round fk, real: the lottery's rand printed as dollars). Read once; undefined
   * when no title line names one, and for the tracker's own tables, in dollars by design.
   */
  titleCountry(): string | undefined {
    if (this.titleCountrySeen !== undefined) return this.titleCountrySeen ?? undefined;
    this.titleCountrySeen = null;
    if (!this.labelRows) return undefined;
    const top = this.mapping.firstHeaderRow ?? this.mapping.headerRow;
    let found: string | undefined;
    for (let r = Math.max(0, top - TITLE_ROWS); r < top; r++) {
      const row = this.matrix[r];
      // A title line (two filled cells at most), not a row of a table stacked above whose cells name
      // a country (a partner's `France`): that says nothing of these amounts.
      if (!Array.isArray(row) || row.filter((c) => !isBlank(c)).length > 2) continue;
      for (const cell of row) {
        if (typeof cell !== "string" || cell.length > 200) continue;
        // A title naming the dollar (`Grants to partners in India (US dollars)`) says its amounts are
        // dollars, whatever country it names: a US funder's grants abroad.
        if (namesDollars(cell)) return undefined;
        found ??= countryWithoutDollars(cell) || undefined;
      }
    }
    if (found !== undefined) this.titleCountrySeen = found;
    return found;
  }

  private textScriptSeen: TextScript | null | undefined = undefined;

  /**
   * The script the sheet's text is written in where its countries pay in no US dollar (textScript.ts:
   * `Республика Алтай`): amounts naming no currency are then shown without a sign. Read once; undefined
   * for the tracker's own tables, in dollars by design.
   */
  textScript(): TextScript | undefined {
    if (!this.labelRows) return undefined;
    if (this.textScriptSeen === undefined) {
      this.textScriptSeen = scriptWithoutDollars(this.matrix, this.firstDataRow, this.rowCount) ?? null;
    }
    return this.textScriptSeen ?? undefined;
  }

  /**
   * Whether a row with one text cell is a label row. Off for the tracker's own tables, whose rows are
   * data by construction: a new prospect with only its name typed is a partner, not a label. (And
   * whose amounts are dollars by design: see dayFirstDate.)
   */
  labelRows = true;

  private dayFirstSeen: string | null | undefined = undefined;

  /**
   * A date of the sheet that can only be day first (`26/09/2017`), in any column, where none can only
   * be month first — a sheet from outside the US, whose amounts naming no currency are no dollars of
   * certainty (a helper's round, real: a UK council's spend over £500, `Paid Date` 26/09/2017, summed
   * and printed as $11,344,005.35). The first SAMPLE_ROWS data rows are read, and as many again four
   * times over spread through the rest when they settle nothing; undefined when none says.
   */
  dayFirstDate(): string | undefined {
    // The tracker's own tables are in dollars by design (a mistyped date there says nothing of them).
    if (!this.labelRows) return undefined;
    if (this.dayFirstSeen !== undefined) return this.dayFirstSeen ?? undefined;
    let example: string | undefined;
    let monthFirst = false;
    // The first rows, then rows spread over the rest: a ledger sorted by date has its days past the
    // 12th further down (a helper's round, real: Hyndburn's July spend, its 494 such dates after row
    // 200, shown as $9.6M).
    const first = Math.min(this.rowCount, this.firstDataRow + SAMPLE_ROWS);
    const stride = Math.max(1, Math.ceil((this.rowCount - first) / (SAMPLE_ROWS * 4)));
    // Further down, only the columns that wrote such a date in the first rows are read: the rest of
    // a sheet's cells, read in a thousand rows for nothing, were a tenth of SUMMARY's time at 10k rows.
    const dated: number[] = [];
    const read = (cell: Cell): boolean => {
      if (typeof cell !== "string" || cell.length < 6 || cell.length > 24) return false;
      const parts = numericDateParts(cell);
      if (!parts) return false;
      if (parts.second > 12 && parts.first <= 12) monthFirst = true;
      else if (example === undefined && parts.first > 12 && parts.second <= 12) example = cell.trim();
      return true;
    };
    const headers = (this.matrix[this.mapping.headerRow] ?? []).length;
    // (1 where a column holds something in the first rows: a flag a column, not a Set's entry a cell.)
    const filled = new Uint8Array(headers);
    for (let r = this.firstDataRow; r < first && !monthFirst; r++) {
      const row = this.matrix[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (read(row[c]) && !dated.includes(c)) dated.push(c);
        if (c < headers && filled[c] === 0 && !isBlank(row[c])) filled[c] = 1;
      }
    }
    // And the columns empty so far: a ledger sorted with its unpaid rows first fills its `Date paid`
    // only further down (a reviewer's repro: its day-first dates unread, the amounts shown as dollars).
    for (let c = 0; c < headers; c++) if (filled[c] === 0 && !dated.includes(c)) dated.push(c);
    for (let r = first; r < this.rowCount && !monthFirst && example === undefined && dated.length > 0; r += stride) {
      const row = this.matrix[r] ?? [];
      for (const c of dated) read(row[c]);
    }
    this.dayFirstSeen = monthFirst || example === undefined ? null : example;
    return this.dayFirstSeen ?? undefined;
  }
}
