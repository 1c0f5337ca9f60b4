import { PARTNERS } from "../schema";
import { copiesSentence } from "./copiedColumns";
import { rowRuns } from "./hiddenRows";
import { withoutNumber } from "./numberedNames";
import { figuresElsewhereNote } from "./figuresElsewhere";
import { ownShareNote } from "./ownShare";
import {
  besideCommittedNone,
  besideCommittedNotes,
  columnNotes,
  partsNote,
  signsBesideFigures,
} from "./summaryColumnNotes";
import { repeatNotes } from "./summaryRepeatNotes";
import {
  blockPlace,
  listed,
  money,
  oneLine,
  sentenceStart,
  type SheetNotes,
  type SheetNotesInput,
} from "./summarySentences";
import { listedNames } from "./text";

/** A text amount Excel's "Convert to Number" reads: a figure with its separators, a sign or a symbol. */
const FIGURE_ALONE = /^[\s$£€¥+-]*[\d.,\s]+\s*$/;

/**
 * What a Partners summary says of the sheet it sums, beside its figures: one text for every door — the
 * command line's `summary`, the task pane's summary of a sheet — each passing the blocks it summed and
 * its own words (doorWording's SUMMARY_WORDS). Here the notes on the amounts read (cells not amounts,
 * ceilings, rows hidden, grants taken back, text amounts, negatives, another table, partners counted or
 * not); then the notes on money that may count twice (summaryRepeatNotes) and on the columns
 * (summaryColumnNotes). What a door says of its workbook — other sheets, pages, rounds, a sheet
 * restated — is the door's.
 */
export function sheetSummaryNotes(input: SheetNotesInput): SheetNotes {
  const { summary, blocks, main, filteredSheets, fromText, words } = input;
  const blockNotes = [
    // Values run on past their column, naming the sheet (or block) they are on where several are summed
    // (rows are numbered on their sheet: `--sheet all`'s "rows 2–4" said which sheet's no more).
    ...(summary.runsOn ?? []).map(({ block, said }) =>
      blocks.length > 1 ? `${sentenceStart(blockPlace(blocks, block))}, ${said}` : said,
    ),
    // Countries summed as partners beside a Country column of organisations: check's warning, said here,
    // naming its sheet (or block) where several are summed, as check names it (a helper's round, real:
    // Frontex's grants with --sheet all, the one sheet of fifteen with its columns swapped unnamed).
    ...(summary.swappedCountries ?? []).map(({ block, said }) => {
      const sheets = new Set(blocks.map((b) => b.sheet)).size > 1;
      const wording = words.message(said, sheets ? blocks[block].sheet : undefined);
      return blocks.length > 1 ? `${sentenceStart(blockPlace(blocks, block))}, ${wording}` : wording;
    }),
  ];
  const notes: string[] = [];
  let zero: string | undefined;
  const { committed, received } = PARTNERS.col;
  // Per amount column: cells left out as no amount, and amounts read as their ceiling (`Up To $X`).
  const perColumn = [
    [
      summary.unread,
      (n: number) =>
        `${n === 1 ? "cell is not an amount" : "cells are not amounts"}, left out of these totals ` +
        `(${words.issues} lists ${n === 1 ? "it" : "them"}).`,
    ],
    [
      summary.ceilings,
      (n: number) =>
        `${n === 1 ? "amount is" : "amounts are"} written as a ceiling ("Up To …"): added in at ` +
        `${n === 1 ? "its" : "their"} most (${words.issues} names them).`,
    ],
  ] as const;
  // Amounts with fractions of a cent under a header saying no multiple: millions or thousands unsaid
  // (a helper's round, real: a tracker of states' relief spending in $ millions, $80.46bn summed as $80,457.40).
  if (summary.fractional) {
    const { header, count, amounts, value, sampled } = summary.fractional;
    const mapped = words.mapWithUnit?.(oneLine(header), `${committed.name} (M)`);
    notes.push(
      `"${oneLine(header)}" has fractions of a cent in ${count.toLocaleString("en-US")} of its ` +
        `${sampled ? "first " : ""}${amounts.toLocaleString("en-US")} amounts (such as ${value}): millions or thousands? Say so in the header ` +
        `("${oneLine(header)} ($ millions)")${mapped ? ` or map it so (${mapped})` : ""}; these totals read them as written.`,
    );
  }
  if (summary.toCome) {
    const { rows, as } = summary.toCome;
    notes.push(
      `${rows.toLocaleString("en-US")} ${rows === 1 ? "row has" : "rows have"} "${oneLine(as)}" for ${committed.name}: ` +
        `an amount still to come, in none of these totals.`,
    );
  }
  if (summary.withheldAmounts) {
    const { rows, as, totals } = summary.withheldAmounts;
    // The sheet's own total of them, where a Total row left out stands for exactly them (keptBackTotal.ts).
    const own = (totals ?? []).map(
      (t) => `row ${blocks[t.block].top + t.row} ("${oneLine(t.label)}"): ${money(t.figure, summary.currency)}`,
    );
    notes.push(
      `${rows.toLocaleString("en-US")} ${committed.name} ${rows === 1 ? "amount is" : "amounts are"} kept back ` +
        `("${oneLine(as)}"${rows === 1 ? "" : " and the like"}): money given, but in none of these totals — the money ` +
        `given is more than they say` +
        (own.length === 0
          ? "."
          : `; the sheet's own ${own.length === 1 ? "total" : "totals"} for them, ${listed(own)}.`),
    );
  }
  // Rows the sheet hides are in the totals, as Excel's SUM reads them: said, with their money, where a
  // user sees only the rows a filter shows (as check says of the rows it checks: its hiddenRowsNote).
  if (summary.hidden) {
    const { rows, committed: hiddenCommitted, received: hiddenReceived } = summary.hidden;
    const sheets = [...new Set(rows.map((r) => blocks[r.block].sheet))];
    const filtered = sheets.some((name) => filteredSheets.has(name));
    const n = rows.length;
    const where = sheets.length === 1 ? ` on "${sheets[0]}"` : "";
    const sheetRows = rows.map((r) => blocks[r.block].top + r.row);
    notes.push(
      `${n.toLocaleString("en-US")} of the rows added up ${n === 1 ? "is" : "are"} hidden${filtered ? " by a filter" : ""}` +
        `${where} (${sheets.length === 1 ? `${n === 1 ? "row" : "rows"} ${rowRuns(sheetRows)}` : `on ${sheets.length} sheets`}): ` +
        `${money(hiddenCommitted, summary.currency)} of ${committed.name}` +
        (hiddenReceived !== 0
          ? ` and ${money(hiddenReceived, summary.currency)} of ${PARTNERS.col.received.name}`
          : "") +
        ` ${hiddenReceived !== 0 ? "are" : "is"} in ${n === 1 ? "it" : "them"} — in these ` +
        `totals all the same, as Excel's SUM reads them${filtered ? " (Data › Clear shows them)" : ""}.`,
    );
  }
  // Grants marked as taken back (rescinded, returned, cancelled) are in the totals as every row is:
  // said, with the total without them (a helper's round, real: $310,000 of returned grants unsaid).
  if (summary.withdrawn) {
    const w = summary.withdrawn;
    const format = (v: number) => money(v, summary.currency);
    const rows = `${w.rows.toLocaleString("en-US")} ${w.rows === 1 ? "row" : "rows"}`;
    const total = summary.total.committed;
    notes.push(
      w.amount !== undefined
        ? `"${oneLine(w.header)}" holds ${format(w.amount)} on ${rows}: taken back of grants whose ` +
            `${committed.name} is in these totals — less it, ${committed.name} is ${format(total - w.amount)}.`
        : `${rows} ${w.rows === 1 ? "is" : "are"} marked in "${oneLine(w.header)}" (such as "${oneLine(w.as)}"): ` +
            `${w.rows === 1 ? "its" : "their"} ${format(w.committed)} ${committed.name} is in these totals — without ` +
            `${w.rows === 1 ? "it" : "them"}, ${committed.name} is ` +
            `${format(total - w.committed)}.`,
    );
  }
  // A total of 0 beside amounts that could not be read is no total: said first, so the 0 is not taken
  // for the money (a helper's round, real: a PPP register's `ประมาณ 6,589 ล้านบาท`, `approx. 3,222
  // million`, summed as "$0" with a note further down).
  const noTotal = summary.total.committed === 0 && summary.unread.committed > 0;
  // A column of currency signs mapped as Committed, its figures in the column beside it (a helper's
  // round, real: a town council's grants, `Amount` of `£` beside `Column2`, mapped by hand: "$0", and
  // advice to write figures "like $3,222M").
  const signs = noTotal ? signsBesideFigures(main) : undefined;
  if (signs) {
    zero =
      `The ${committed.name} total is 0: "${oneLine(signs.header)}" holds only the sign "${signs.sign}", and its ` +
      `figures are in "${oneLine(signs.figures)}" beside it: map that one (${words.mapTo(oneLine(signs.figures), committed.name)}).`;
  } else if (noTotal) {
    const n = summary.unread.committed;
    zero =
      `The ${committed.name} total is 0, and ${n.toLocaleString("en-US")} of its cells ${n === 1 ? "is not an amount" : "are not amounts"} ` +
      `the tracker reads (${words.issues} lists them): 0 is not the sheet's money. Write them as figures (3222000000, ` +
      `or $3,222M) and summarise again.`;
  }
  for (const [counts, says] of perColumn) {
    for (const [column, n] of [
      [committed.name, counts.committed],
      [received.name, counts.received],
    ] as const) {
      if (n > 0 && !(noTotal && counts === summary.unread && column === committed.name)) {
        notes.push(`${n.toLocaleString("en-US")} ${column} ${says(n)}`);
      }
    }
  }
  // Amounts stored as text in a workbook are added up here (SPEC "Values as people write them"),
  // and left out by Excel's SUM: said, with what a SUM of the column gives, so the two figures the
  // user sees do not disagree unexplained.
  if (summary.textAmounts.cells > 0 && !fromText) {
    const { cells, committed: sum, as } = summary.textAmounts;
    notes.push(
      `${cells.toLocaleString("en-US")} ${committed.name} ${cells === 1 ? "amount is" : "amounts are"} text in the ` +
        `sheet ("${oneLine(as)}"): added up here, but Excel's SUM leaves text out — a SUM of these rows gives ` +
        `${money(summary.total.committed - sum, summary.currency)}. Excel's "Convert to Number" makes ${cells === 1 ? "it a number" : "them numbers"}` +
        // Only of a cell holding its figure alone: `446,750,000円 （減額…）` (a remark after the amount,
        // real: Japan's subsidy disclosure) stays text however often it is converted.
        `${FIGURE_ALONE.test(as) ? "" : `, once ${cells === 1 ? "the cell holds its" : "each cell holds its"} figure alone (no words beside it)`}.`,
    );
  }
  // Negative lines netted in: a budget's income and financing written below 0 beside its spending
  // nets to nothing (a helper's round, real: Bergen's and Stavanger's investment budgets, Committed 0
  // for 2.90bn and 1.69bn of spending). Said, with both sides, when they take a fifth off or more.
  const { negatives } = summary;
  const positive = summary.total.committed - negatives.committed;
  if (negatives.rows > 0 && -negatives.committed * 5 >= positive) {
    const n = negatives.rows;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row has" : "rows have"} a ${committed.name} below 0 ` +
        `(${money(negatives.committed, summary.currency)} in all), netted in: the other rows add up to ` +
        `${money(positive, summary.currency)}. If ${n === 1 ? "it is" : "they are"} income or financing rather than ` +
        `money returned, that is the figure (${words.issues} names ${n === 1 ? "it" : "them"}).`,
    );
  }
  for (const b of summary.bareDollars) {
    notes.push(
      `${b.count.toLocaleString("en-US")} ${b.count === 1 ? "amount" : "amounts"} in ${oneLine(b.column)} written with a bare $ ` +
        `${b.count === 1 ? "is" : "are"} read as ${b.currency}, the dollar the column's other amounts name.`,
    );
  }
  // Tables one under another, each under the header row again: summed together (a helper's round,
  // real: a city's budget by year, FY14 and FY15 one total).
  if (summary.headerAgain) {
    const { row, title } = summary.headerAgain;
    const n = (row + 1).toLocaleString("en-US");
    notes.push(
      `The header row comes again on row ${n}, under "${oneLine(title)}": the rows of the ` +
        `tables it heads are added up together. If each table is a year's or a version's, sum the one from ` +
        `row ${n} alone with ${words.headerRow(n)}.`,
    );
  }
  // Another table under the data, its headers over other columns: its rows are in no total (said, as
  // check says it; --header-row reads it alone).
  if (summary.otherTable) {
    const { row, rows } = summary.otherTable;
    const n = (row + 1).toLocaleString("en-US");
    notes.push(
      `Row ${n} is the header row of another table under this one, its headers over other columns: it and the ` +
        `${(rows - 1).toLocaleString("en-US")} filled ${rows - 1 === 1 ? "row" : "rows"} under it are not in these ` +
        `figures. ${main.table === undefined ? `Sum that table alone with ${words.headerRow(n)}.` : `Move that table to a sheet of its own to sum it.`}`,
    );
  }
  if (summary.wholeLines > 0) {
    const n = summary.wholeLines;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row holds" : "rows hold"} a whole line of the file in one cell: ` +
        `${n === 1 ? "its amounts are" : "their amounts are"} in no total (${words.issues} names ${n === 1 ? "it" : "them"}).`,
    );
  }
  // A partner in two groups counts in each, and once in the Total (SPEC "Ledgers"): said, so the
  // groups' counts adding up to more than the Total is not taken for an error (real: a capital
  // programme by Status, 150 in the groups against 106).
  const inGroups = summary.rows.reduce((n, r) => n + r.partners, 0);
  if (inGroups > summary.total.partners) {
    notes.push(
      `A partner on rows of several ${summary.groupBy.name} groups counts in each (${inGroups.toLocaleString("en-US")} ` +
        `in the groups) and once in the Total (${summary.total.partners.toLocaleString("en-US")}).`,
    );
  }
  // SPEC: without the groupBy column SUMMARY still gives the Total row; the text says why it is alone.
  if (!summary.partnerColumn) {
    notes.push(`No ${PARTNERS.col.partner.name} column: the amounts are added up, but no partner is counted.`);
  } else if (summary.unnamed > 0) {
    const n = summary.unnamed;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row has" : "rows have"} no ${PARTNERS.col.partner.name} name (blank, ` +
        `or a placeholder such as N/A): ${n === 1 ? "its amounts are" : "their amounts are"} in the totals, but ` +
        `not counted as ${n === 1 ? "a partner" : "partners"}.`,
    );
  }
  // Partners with no money on any row beside partners with some: applications declined or not yet
  // decided, counted as partners all the same (real: San Francisco's community grants, 39 of 97).
  // Tables side by side listing the same partners: both summed, and said with each one's total
  // (restatedBlocks): a recap's part beside its whole counts twice, a year beside the next does not.
  if (summary.restated) {
    const [{ partners, shared, committed: smaller, keptCommitted: larger }, ...more] = summary.restated;
    const format = (v: number) => money(v, summary.currency);
    notes.push(
      `Two tables side by side list the same partners (${shared.toLocaleString("en-US")} of the ` +
        `${partners.toLocaleString("en-US")} in one are in the other${more.length > 0 ? `; ${more.length} more such ${more.length === 1 ? "pair" : "pairs"} of tables` : ""}): ` +
        `their money is added up here, one adding up to ${format(smaller)}, the other to ${format(larger)}. ` +
        (more.length === 0
          ? `If one restates the other (a part of it, or the same money again), the total is the larger alone, ${format(larger)}.`
          : `If some restate others (a part, or the same money again), the total is less: sum each table apart.`),
    );
  }
  // Amount columns beside Committed mapped to nothing (a second kind of grant, a loan): in no total, said
  // with each one's sum, as another year's figures are (a helper's round, real: the Sarthe's grants,
  // €1,098,756.04 of investment grants unsaid).
  // Yearly columns adding up to a total summed (`Valor Previsto 2005` … `2020` to Committed): its parts,
  // said in one line, never as money in no total (a helper's round, real: a Brazilian register's 32).
  if (summary.partsOfTotals) notes.push(partsNote(summary.partsOfTotals));
  if (summary.copiesOfTotals) notes.push(copiesSentence(summary.copiesOfTotals));
  if (summary.otherAmounts) notes.push(...besideCommittedNotes(summary, main.mapping, words));
  // A grant beside the project's Total and the beneficiary's own share: the total said as the two (ownShare).
  const share = ownShareNote(main.mapping, words, summary);
  if (share) notes.push(share);
  // Partners with no money in Committed but figures in columns beside it headed with no amount word.
  const unheadedNote = figuresElsewhereNote(summary, words);
  if (unheadedNote) notes.push(unheadedNote);
  // A few among many (a ledger's headings, half-names wrapped from the row above): said as such.
  if (summary.withoutMoney) {
    const { partners, of, example, few, unread, takenBack, elsewhere, unheaded, otherwise } = summary.withoutMoney;
    const { contribution } = PARTNERS.col;
    // Those not among them, said after the partners with money: money or help beside Committed, a
    // Contribution that is no money (In-kind, Services…: asked for none), amounts unread.
    const more = [
      ...(elsewhere > 0
        ? [
            `${elsewhere.toLocaleString("en-US")} more with ` +
              `${elsewhere === summary.otherAmounts?.partners ? "money" : "money or help"} only beside ` +
              `${PARTNERS.col.committed.name} (said above)`,
          ]
        : []),
      ...(unheaded > 0 ? [`${unheaded.toLocaleString("en-US")} more with figures only beside it (said above)`] : []),
      ...(otherwise
        ? [
            `${otherwise.partners.toLocaleString("en-US")} more whose ${contribution.name} is ` +
              `${listed(otherwise.kinds, "or")} (no money asked of ${otherwise.partners === 1 ? "it" : "them"})`,
          ]
        : []),
      ...(unread > 0
        ? [`${unread.toLocaleString("en-US")} whose amounts could not be read (${words.issues} names them)`]
        : []),
    ];
    const n = partners.toLocaleString("en-US");
    const { committed, received } = PARTNERS.col;
    notes.push(
      `${n} of the ${of.toLocaleString("en-US")} partners named ${partners === 1 ? "has" : "have"} ` +
        `nothing above 0 in ${committed.name}${summary.receivedColumn ? ` or ${received.name}` : ""}` +
        besideCommittedNone(summary) +
        ` on any of ${partners === 1 ? "its" : "their"} ` +
        `rows (such as ${oneLine(example)}): counted as ${partners === 1 ? "a partner" : "partners"} here — ` +
        (takenBack === partners
          ? `all ${partners === 1 ? "its" : "their"} amounts are below 0: money taken back, not given.`
          : (few
              ? partners === 1
                ? "a heading, a name wrapped from the row above, or a partner given nothing?"
                : "headings, names wrapped from the row above, or partners given nothing?"
              : "declined or not yet decided?") +
            (takenBack > 0
              ? ` (${takenBack.toLocaleString("en-US")} of them with only amounts below 0: money taken back.)`
              : "")) +
        ` Partners with money: ${(of - partners - unread - elsewhere - unheaded - (otherwise?.partners ?? 0)).toLocaleString("en-US")}` +
        more.map((m, i) => `${i === more.length - 1 ? ", and" : ","} ${m}`).join("") +
        ".",
    );
  }

  // Names that start with their project's number, read as the names after it (check says so too,
  // partners.numberedNames): said, with the partners the names as written would have made.
  if (summary.numberedNames) {
    const { first, namesAsWritten } = summary.numberedNames;
    const name = withoutNumber(first).trim();
    notes.push(
      `${PARTNERS.col.partner.name} names start with a number (such as "${oneLine(first)}"): each is read as the ` +
        `name after it ("${oneLine(name)}"), so an organisation's rows under several numbers are one partner — ` +
        `${summary.total.partners.toLocaleString("en-US")} partners, of ${namesAsWritten.toLocaleString("en-US")} ` +
        `names as written.`,
    );
  }
  // A withheld name is someone's, none known to be another's: one partner a row — which may be far
  // more than the organisations named (real: a city's federal-awards detail, 1,082 households of
  // 1,548 "partners"). Said, so the reader can tell.
  if (summary.withheld > 0) {
    const n = summary.withheld;
    const of = summary.total.partners.toLocaleString("en-US");
    notes.push(
      `${n.toLocaleString("en-US")} of the ${of} partners ${n === 1 ? "is a row" : "are rows"} whose ` +
        `${PARTNERS.col.partner.name} name is withheld or not given (such as ${summary.withheldAs}): each counted as one partner, as none ` +
        `can be told to be another.`,
    );
  }
  // Co-funders listed in one partner cell: counted as one partner with the row's amount, said.
  if (summary.nameLists > 0) {
    const n = summary.nameLists;
    // Its first three names (a real cell held 26).
    const names = listedNames(summary.nameListAs);
    const example = names.slice(0, 3).join("; ") + (names.length > 3 ? "; …" : "");
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row's" : "rows'"} ${PARTNERS.col.partner.name} ${n === 1 ? "cell lists" : "cells list"} ` +
        `several names (such as "${oneLine(example)}"): each list is counted as one partner, with the row's ` +
        `whole amount — one row per partner, with its own amount, counts each.`,
    );
  }
  // Many recipients' money on one line (public accounts' `ACCOUNTS UNDER $120,000`) is in the totals
  // but no partner: said, so the count is not read as missing them.
  if (summary.aggregate > 0) {
    const n = summary.aggregate;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row pays" : "rows pay"} many recipients together (such as ` +
        `${summary.aggregateAs}): ${n === 1 ? "its amounts are" : "their amounts are"} in the totals, but not ` +
        `counted as ${n === 1 ? "a partner" : "partners"}.`,
    );
  }
  notes.push(...repeatNotes(input));
  const columns = columnNotes(input, signs);
  notes.push(...columns.notes);
  return {
    lead: [...(columns.currency === undefined ? [] : [columns.currency]), ...(zero === undefined ? [] : [zero])],
    blocks: blockNotes,
    notes,
  };
}
