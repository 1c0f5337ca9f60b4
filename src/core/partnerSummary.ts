import type { ColumnSpec } from "../schema";
import type { CopiedColumn } from "./copiedColumns";
import type { FiguresElsewhere } from "./figuresElsewhere";
import type { FractionalAmounts } from "./unsaidScale";
import type { OtherAmounts, TotalParts } from "./summaryOtherAmounts";
import type { PlainRow } from "./rows";
import type { TextCurrency } from "./columnReadings";
import type { TextScript } from "./textScript";
import type { KeptBackTotal } from "./keptBackTotal";
import type { LedgerYears } from "./summaryYears";
import type { LedgerDirections, TransactionKinds } from "./summaryDirections";
import type { LedgerPlaces } from "./summaryPlaces";
import type { ProjectRepeats } from "./summaryProjects";
import type { AmendedContracts } from "./summaryAmendments";
import type { Versions } from "./summaryVersions";
import type { LedgerWithdrawn } from "./summaryWithdrawn";
import type { HeaderMapping, Matrix } from "./types";
import type { RestatedBlock } from "./restatedBlocks";
import type { GivenOtherwise } from "./summaryContribution";

/**
 * What SUMMARY gives back (PartnerSummary, each of its groups' rows, each block's copies) and what it
 * is given (PartnerBlock): the shapes every door reads. Apart from summaries.ts, which works them out,
 * so a reader of the figures finds every field and its meaning in one place.
 */

export interface PartnerGroupRow {
  readonly group: string;
  readonly partners: number;
  readonly committed: number;
  readonly received: number;
}

export interface PartnerSummary {
  /** The column grouped by (its schema name is the spilled table's first header). */
  readonly groupBy: ColumnSpec;
  /** Sorted by Committed, largest first. */
  readonly rows: PartnerGroupRow[];
  readonly total: PartnerGroupRow;
  /**
   * The currency the amounts are in (`USD` unless they name another: `£1,200` → `GBP`), or
   * UNSAID_CURRENCY ("") when nothing names one and the amounts are written as Europe writes them.
   */
  readonly currency: string;
  /** No amount or header names a currency: `currency` is the tracker's dollars by default. */
  readonly currencyAssumed: boolean;
  /**
   * CONCENTRATION: the largest partner's share (0–1) of the positive Committed, rows of one partner
   * together, copies left out where the totals leave them out; only when asked (withShares).
   */
  readonly largestShare?: number;
  /**
   * The amount header, in another language, that left the currency unsaid (`montant`: Committed), if
   * any — the amounts' own writing (`1 234,50`) leaves it unsaid too.
   */
  readonly headedAbroad: { readonly header: string; readonly column: string } | undefined;
  /** A date of the sheet only day first can read (`26/09/2017`) where its amounts name no currency. */
  readonly dayFirstDate?: string;
  /** The country a title line names whose money is no dollar, as written (TypedTable.titleCountry), where it says the currency is unsaid. */
  readonly titleCountry?: string;
  /** The script the sheet's text is written in whose countries pay in no dollar (TypedTable.textScript), where it says the currency is unsaid. */
  readonly textScript?: TextScript;
  /** The currency the sheet's other columns say where its amounts name none (`currency` is it). */
  readonly currencyInText?: TextCurrency;
  /**
   * Whether the range has a Received column with a figure in it (without one, Received is no figure
   * at all, not 0; nor is it where the column is empty on every row: `receivedEmpty`).
   */
  readonly receivedColumn: boolean;
  /**
   * The Received column's header when it is there but empty on every row (blank or placeholders: a
   * funder's `Amount Disbursed`, never filled in): its Received is blank, not 0.
   */
  readonly receivedEmpty?: string;
  /** The Committed column's header when it is there but empty on every row: its $0 says nothing. */
  readonly committedEmpty?: string;
  /** Whether the range has a Partner column (without one, no partner is counted: blank, not 0). */
  readonly partnerColumn: boolean;
  /** Data rows without a partner's name (blank or a placeholder): added in, not counted as partners. */
  readonly unnamed: number;
  /**
   * Named partners with no money on any of their rows (Committed and Received 0 or blank) beside
   * partners with some: applications declined, or not yet decided — counted as partners, and said
   * (a helper's round, real: San Francisco's community challenge grants, 39 of 97 "partners" granted
   * $0). `of` the named partners (a name kept back is not one); `example` the first one's name.
   */
  /** Tables side by side listing the same partners, each pair (restatedBlocks): summed, and said. */
  readonly restated?: readonly RestatedBlock[];
  readonly withoutMoney?: {
    readonly partners: number;
    readonly of: number;
    readonly example: string;
    /**
     * Under a tenth of the partners: no sign of a list of applications, rather headings among a
     * ledger's payees, names wrapped from the row above, an amount not given (a helper's round, real:
     * Ontario's transfer payments, 92 programme headings and half-names of 4,295 "partners", unsaid).
     */
    readonly few: boolean;
    /** Partners whose amounts, every one, could not be read: neither declined nor with money. */
    readonly unread: number;
    /** Of `partners`, those with amounts below 0 and none above: money taken back (rescinded, refunded). */
    readonly takenBack: number;
    /**
     * Named partners with nothing above 0 in Committed or Received, and money, a guarantee or help in kind
     * in otherAmounts' columns: not among `partners`.
     */
    readonly elsewhere: number;
    /** Named partners with nothing above 0 in Committed or Received, and figures in figuresElsewhere's columns: not among `partners`. */
    readonly unheaded: number;
    /** Named partners with no money whose Contribution is In-kind, Services, Expertise or Data: not among `partners`. */
    readonly otherwise?: GivenOtherwise;
  };
  /**
   * Columns beside Committed the mapping leaves out: amounts (a second kind of grant), loans guaranteed,
   * each one's sum; help in kind, its marks. In no figure.
   */
  readonly otherAmounts?: OtherAmounts;
  /**
   * Partners with nothing above 0 in Committed or Received whose rows hold figures in columns whose
   * headers name no amount (`ft_slakt`): their money, said with each column's sum (figuresElsewhere.ts).
   */
  readonly figuresElsewhere?: FiguresElsewhere;
  /**
   * Yearly columns beside Committed or Received that add up to it on every row (`Valor Previsto 2005`
   * … `2020` to `Repasse total previsto`): its parts, in no figure, said as such — never as money beside it.
   */
  readonly partsOfTotals?: readonly TotalParts[];
  /** Columns beside Committed repeating it on every row (`budget2014` twice): copies, in no figure, said as such. */
  readonly copiesOfTotals?: readonly CopiedColumn[];
  /**
   * Partner names that start with their project's number (`104114 - CRIME & DRUGS FREE FOUNDATION`,
   * numberedNames.ts), read as the names after it: the first as written, and how many partners the
   * names as written would have made (`namesAsWritten`, against total.partners).
   */
  readonly numberedNames?: { readonly first: string; readonly namesAsWritten: number };
  /** Data rows whose partner's name is withheld (`REDACTED DUE TO PII`): each counted as one partner. */
  readonly withheld: number;
  /** The first withheld name as written (`(Particulier)`), for the note that says so ("" for none). */
  readonly withheldAs: string;
  /**
   * Committed amounts that are phone numbers (phoneAmounts.ts: ten digits in a column not scaled, a
   * thousand times the others), each in the totals: said, with the total without them.
   */
  readonly phones: readonly number[];
  /** A ledger of transactions whose payments were read as Received (summaryDirections.ts). */
  readonly transactions?: TransactionKinds;
  /** Data rows whose payee is many recipients together (`ACCOUNTS UNDER $120,000`): see isAggregatePayee. */
  readonly aggregate: number;
  /** The first of them as written, for the note that says so ("" for none). */
  readonly aggregateAs: string;
  /**
   * Data rows whose partner cell lists several names (`Acme Energy; Birch Foundation; Cedar Bank`):
   * each list counted as one partner, the row's amount its own (see NAME_LIST).
   */
  readonly nameLists: number;
  /** The first such cell as written ("" for none). */
  readonly nameListAs: string;
  /**
   * Rows the same in every column as an earlier row of the same partner (the rule `sameRow`'s "the
   * same entry made twice?"): added up as every row is, and counted here with their Committed, so
   * the reader can tell what the total would be without them.
   */
  readonly sameRows: {
    readonly rows: number;
    readonly committed: number;
    readonly received: number;
    /** The data rows summed (copies among them): the copies are left out when they are most of them. */
    readonly of: number;
    /** Left out of every figure (most rows copies), not added up with a note. */
    readonly leftOut: boolean;
    /**
     * Most copies are at an amount other partners' copies are at too (a bond's denomination): units
     * bought at a fixed price, each its own — added up, not left out. The amount most of them are at.
     */
    readonly units?: number;
    /**
     * Each block's copies as read on their own (blocks side by side, or sheets summed together, are
     * read apart, as `check` reads each): the blocks with copies, by their index in the blocks given.
     * `leftOut` (above) is whether any block's are left out; the figures above are every block's.
     */
    readonly blocks: readonly SameRowsOfBlock[];
  };
  /**
   * Rows under a name merged down over them (a record's further lines: HeaderMapping.mergedRows) that
   * show its first line's Committed again: the same money shown twice, counted once (left out of the
   * totals), with what the total would be with them. Only a caller that sees merged cells has them.
   */
  readonly mergedRepeats: { readonly rows: number; readonly committed: number };
  /**
   * Partners whose rows (three at least, none a copy) say the same in every column the tracker reads
   * — one Committed, and no date or other mapped column apart — differing only in columns it ignores
   * (a candidate's name beside the campaign's budget): a budget repeated on each row is added up once
   * a row. `extra` is what the repeats add; `example`
   * the partner with the most rows. Said, so the reader can tell (the rule's ledger warning says it too).
   */
  readonly repeatedAmounts: {
    readonly partners: number;
    readonly rows: number;
    readonly extra: number;
    readonly example?: { readonly name: string; readonly amount: number; readonly rows: number };
  };
  /**
   * Projects (by Initiative ID, or a `Project number` column the tracker does not read) whose rows of
   * one partner show one amount each — a project's whole amount on each of its sites or funding
   * lines — with what the repeats add (see summaryProjects). In the totals, and said.
   */
  readonly projectRepeats?: ProjectRepeats;
  /**
   * Rows added up that their sheet hides (PartnerBlock.hiddenRows): in the totals, as Excel's SUM
   * reads them, where the user looking at the sheet sees only the others. Each row's block and its
   * 0-based row in that block's matrix, in order.
   */
  readonly hidden?: {
    readonly rows: readonly { readonly block: number; readonly row: number }[];
    readonly committed: number;
    readonly received: number;
  };
  /** Contracts disclosed again after amendments, their values restated (summaryAmendments.ts). */
  readonly amendedContracts?: AmendedContracts;
  /** A budget's versions on rows of their own (ACTUAL, ORIGINAL, REVISED …): each one's total (summaryVersions). */
  readonly versions?: Versions;
  /** Rows whose Committed is still to come (`TBC`): in no total; the first one's text. */
  readonly toCome?: { readonly rows: number; readonly as: string };
  /**
   * Rows whose Committed is kept back (`withheld`, `Einwilligung … liegt nicht vor`): money given, its
   * figure unpublished — in no total, and its partners no partners "given nothing"; the first one's text.
   */
  readonly withheldAmounts?: {
    readonly rows: number;
    readonly as: string;
    /** The Total rows left out of the sums that stand for exactly these rows (keptBackTotal.ts). */
    readonly totals?: readonly KeptBackTotal[];
  };
  /**
   * Per block whose last column's values run on past it (a CSV's separator unquoted): read whole, as
   * VALIDATE reads them, and said in its words (runOnValues.ts' runOnSaid), once a block.
   */
  readonly runsOn?: readonly { readonly block: number; readonly said: string }[];
  /**
   * Per block whose Partner column holds countries beside a Country column of organisations' names
   * (summaryPlaces' swappedCountry): its countries summed as partners, and said in check's words, with
   * the block's index among those summed (a door summing several names its sheet).
   */
  readonly swappedCountries?: readonly { readonly block: number; readonly said: string }[];
  /** Grants a column marks as rescinded, returned or cancelled: in the totals, and said (summaryWithdrawn). */
  readonly withdrawn?: LedgerWithdrawn;
  /** Data rows whose amount is there but not readable (`DOER`, `see note`): left out of the sums. */
  readonly unread: { readonly committed: number; readonly received: number };
  /**
   * Amounts read from text cells (`"2,500"`, `"$300"` stored as text in a workbook): added in here,
   * where Excel's SUM leaves text out — so a SUM of the user's column is lower by `committed`. The
   * first one's text as `as`.
   */
  readonly textAmounts: { readonly cells: number; readonly committed: number; readonly as: string };
  /**
   * Data rows whose Committed is below 0, and what they add up to (a negative figure): netted in the
   * totals. The positive rows' sum is `total.committed - negatives.committed`.
   */
  readonly negatives: { readonly rows: number; readonly committed: number };
  /** Amounts written as a ceiling (`Up To $1,500,000`): added in at their most. */
  readonly ceilings: { readonly committed: number; readonly received: number };
  /** Committed amounts with fractions of a cent under a header saying no multiple (unsaidScale.ts): millions unsaid? */
  readonly fractional?: FractionalAmounts & { readonly header: string };
  /** Rows holding a whole line of a CSV file in one cell (leftOut `wholeLine`): whatever they say is in no total. */
  readonly wholeLines: number;
  /**
   * The first header row repeated under data, with rows of data under it (0-based row), under a title
   * of its own just above it (`FY15 - General Fund`): tables one under another, whose rows are summed
   * together — a year's or an edition's each, maybe (a helper's round, real: a city's budget by year).
   */
  readonly headerAgain?: { readonly row: number; readonly title: string };
  /**
   * Another table's header row under the data (leftOut `table`: its headers over other columns), 0-based,
   * and the filled rows from it down: in no total (a drift check, real: Lancashire Fire's payments, a
   * second table's £1.56M left out and only `check` saying so).
   */
  readonly otherTable?: { readonly row: number; readonly rows: number };
  /**
   * Amount columns whose figures are in thousands or millions, as their header or the sheet's title
   * says (`Spend (£000)`): summed multiplied out, and said (`what` is the words that say it).
   */
  readonly scaled: readonly {
    readonly column: string;
    readonly factor: number;
    readonly row: number;
    readonly what: string;
  }[];
  /**
   * Amount columns whose header says a multiple their figures show they are not in (`$ Millions`
   * over whole dollars, a number format dividing them for display): summed as they are, and said.
   */
  readonly notScaled: readonly { readonly column: string; readonly factor: number }[];
  /**
   * Amount columns whose cells name another dollar (`AUD 1,000`) beside amounts marked with a bare `$`:
   * those are read as that dollar, and said (a header naming it says so already: not listed).
   */
  readonly bareDollars: readonly { readonly column: string; readonly count: number; readonly currency: string }[];
  /**
   * The rows' years, by a Year column the tracker does not map, when partners have rows in more than
   * one (see LedgerYears): all years are summed, and each year's figures said.
   */
  readonly years?: LedgerYears;
  /**
   * Partners whose rows name different places, by a place column the tracker does not map (see
   * LedgerPlaces): each counted once, and said, as a generic name may be several organisations.
   */
  readonly places?: LedgerPlaces;
  /**
   * Rows of money in and money out, by a column the tracker does not map (see LedgerDirections):
   * both are summed, and each kind's figures said.
   */
  readonly directions?: LedgerDirections;
}

/** One block's copies of earlier rows, as read on their own (PartnerSummary.sameRows.blocks). */
export interface SameRowsOfBlock {
  /** The block's index among those summed. */
  readonly block: number;
  /** Its copies, and its data rows (copies among them). */
  readonly rows: number;
  readonly of: number;
  /** The copies' amounts. */
  readonly committed: number;
  readonly received: number;
  /** Left out of every figure (most of the block's rows copies), else added up. */
  readonly leftOut: boolean;
  /** Added up as units at a fixed amount (see sameRows.units): the amount most are at. */
  readonly units?: number;
  /**
   * Left out: the copies' rows (0-based in the block's matrix), each with the earlier row it is the
   * same as — what a copy into the tracker leaves out too (rowsToCopy), so its sums are the summary's.
   */
  readonly copies?: readonly { readonly row: number; readonly earlier: number }[];
}

/** One Partners block for summarizePartnerBlocks: a sheet (or a block of it) and its mapping, if made. */
export interface PartnerBlock {
  readonly matrix: Matrix;
  readonly mapping?: HeaderMapping;
  readonly plainRow?: PlainRow;
  /**
   * The tracker's own table, whose rows are data by construction: a partner with only its name typed
   * is a partner, not a label row (as VALIDATE reads it; a helper's round: a tracker copied from a
   * portfolio summed 26 partners of 985).
   */
  readonly trackerTable?: boolean;
  /**
   * The block's rows its sheet hides (a filter's, or by hand), 0-based in `matrix`: said when summed
   * (PartnerSummary.hidden). The command line reads them from the file; a custom function cannot know.
   */
  readonly hiddenRows?: ReadonlySet<number>;
  /** Rows holding a formula saved without its result in a mapped column (TypedCells.uncalculatedRows). */
  readonly uncalculatedRows?: ReadonlySet<number>;
  /**
   * Blocks side by side on one sheet share a number (see restatedBlocks): two listing the same
   * partners are one table restated, not two to add up. Undefined: a block on its own.
   */
  readonly beside?: number;
}
