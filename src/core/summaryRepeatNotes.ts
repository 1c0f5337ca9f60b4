import { PARTNERS } from "../schema";
import { copiesMostOf } from "./sameRows";
import {
  blockPlace,
  listed,
  money,
  oneLine,
  periodFigures,
  YEARS_SHOWN,
  type SheetNotesInput,
} from "./summarySentences";

/**
 * The notes of a Partners summary on money that may count more than once: rows the same as an earlier
 * one, a record's amount shown again on its lines, a partner's or a project's one amount on each row, a
 * contract restated after amendments, a budget's versions, years or reports summed together, money in
 * and out, a ledger's transactions, and one name in several places (sheetSummaryNotes says them in this
 * order, after the notes on the amounts read).
 */
export function repeatNotes(input: SheetNotesInput): string[] {
  const { summary, blocks, tableOfSheet, words } = input;
  const { committed, received } = PARTNERS.col;
  const notes: string[] = [];
  // SPEC: money never counted twice unknowingly. A row the same in every column as an earlier row of
  // its partner may be one grant entered twice (real: a council's grants ledger, 34 of 69 rows): its
  // amounts are in the totals, as every row's are, and said, with the total without them.
  // Each block's copies are read on its own (blocks side by side, sheets summed with --sheet all), as
  // check reads each: left out where most of their block's rows, added up with a note where a few.
  const copyBlocks = summary.sameRows.blocks;
  const outOf = copyBlocks.filter((p) => p.leftOut);
  const kept = copyBlocks.filter((p) => !p.leftOut);
  // Where the blocks summed are several and not all read alike, each named (blockPlace).
  const eachNamed = blocks.length > 1 && outOf.length > 0;
  const places = (parts: typeof copyBlocks) =>
    eachNamed ? ` ${listed(parts.map((p) => blockPlace(blocks, p.block)))}` : "";
  if (outOf.length > 0) {
    // Most rows copies of earlier ones: left out, said with the total they would make.
    const format = (v: number) => money(v, summary.currency);
    const copied = outOf.reduce((n, p) => n + p.committed, 0);
    const withThem =
      `(with them, ${PARTNERS.col.committed.name} would be ${format(summary.total.committed + copied)}; ` +
      `${words.issues} names them)`;
    // Most of the sheet, or of the table where the block is one table of its sheet: as check says it
    // (a reviewer's repro: check's "most of the sheet" of one of two blocks side by side).
    const ofTable = outOf.map((p) => tableOfSheet[p.block]);
    if (!eachNamed) {
      const { rows: n, of } = outOf[0];
      notes.push(
        `${n.toLocaleString("en-US")} of the ${of.toLocaleString("en-US")} rows are the same in every column as an ` +
          `earlier row of the same partner — ${copiesMostOf(ofTable[0])}: read as copies and left out of these ` +
          `figures ${withThem}.`,
      );
    } else {
      // (Several places, sheets and tables: each a table, one a sheet's only one.)
      const tables = ofTable.some((t) => t);
      const each = outOf.map(
        (p) =>
          `${p.rows.toLocaleString("en-US")} of the ${p.of.toLocaleString("en-US")} rows ${blockPlace(blocks, p.block)}` +
          (outOf.length > 1 ? ` (${format(p.committed)} ${PARTNERS.col.committed.name})` : ""),
      );
      notes.push(
        `${listed(each)} are the same in every column as an earlier row of the same partner` +
          (outOf.length === 1 ? ` (${format(copied)} ${PARTNERS.col.committed.name})` : "") +
          ` — ${copiesMostOf(tables, outOf.length === 1 ? "that" : "each")}: read as copies and left out of ` +
          `these figures ${withThem}. Each ${tables ? "table" : "sheet"} is read on its own: its copies are left ` +
          `out where they are most of its rows, as ${words.issues} reads it.`,
      );
    }
  }
  const n = kept.reduce((k, p) => k + p.rows, 0);
  const keptCommitted = kept.reduce((k, p) => k + p.committed, 0);
  const keptReceived = kept.reduce((k, p) => k + p.received, 0);
  if (n > 0 && keptCommitted === 0 && keptReceived === 0) {
    // Copies with no amount change no total: the total "if they are copies" would be the one shown (a
    // helper's round, real: a broadcaster's sponsors, a `trade?` row twice).
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}${places(kept)} ${n === 1 ? "is" : "are"} the same in every column as an earlier ` +
        `row of the same partner, with no amount: ${n === 1 ? "it changes" : "they change"} no total, but may be ` +
        `an entry made twice (${words.issues} names them).`,
    );
  } else if (n > 0) {
    const format = (v: number) => money(v, summary.currency);
    // Each total the copies add to, said: a copy with only a Received amount moves Received alone (a
    // reviewer's repro: "$0 Committed … the Committed total is $3,000", the total shown, its $300 unsaid).
    const totals = [
      { name: PARTNERS.col.committed.name, copied: keptCommitted, total: summary.total.committed },
      { name: PARTNERS.col.received.name, copied: keptReceived, total: summary.total.received },
    ];
    const moved = totals.filter((m) => m.copied !== 0);
    const said = moved.length > 0 ? moved : totals.slice(0, 1);
    // Most of them at an amount other partners' rows repeat too: units at a fixed price, said so.
    const units = summary.sameRows.units;
    const why =
      units === undefined
        ? ""
        : `, most at an amount other partners' rows repeat too (such as ${format(units)}): read as units bought or ` +
          `paid at a fixed amount (bonds, tickets, memberships), each its own, and`;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}${places(kept)} ${n === 1 ? "is" : "are"} the same in every column as an earlier ` +
        `row of the same partner (${said.map((m) => `${format(m.copied)} ${m.name}`).join(", ")})${why}${why ? "" : ":"} added ` +
        `up here; if ${n === 1 ? "it is a copy" : "they are copies"}, ` +
        said.map((m) => `the ${m.name} total is ${format(m.total - m.copied)}`).join(" and ") +
        ` (${words.issues} names them).`,
    );
  }
  // A record's amount shown again on its further lines under a merged name: counted once, said with
  // the total were each counted (a helper's round, real: California's transit awards).
  if (summary.mergedRepeats.rows > 0) {
    const n = summary.mergedRepeats.rows;
    const format = (v: number) => money(v, summary.currency);
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"} under a name merged down over a record's lines ` +
        `${n === 1 ? "shows" : "show"} its first line's ${committed.name} again (${format(summary.mergedRepeats.committed)}): ` +
        `counted once; counted on each row, ${committed.name} would be ` +
        `${format(summary.total.committed + summary.mergedRepeats.committed)}.`,
    );
  }
  // A budget repeated on each row of a list (each candidate's row repeats the campaign's) is added up
  // once a row: said, with the total were each counted once (real: Swiss campaign budgets, 10× over).
  const repeated = summary.repeatedAmounts;
  if (repeated.example) {
    const format = (v: number) => money(v, summary.currency);
    const { name, amount, rows } = repeated.example;
    const n = rows.toLocaleString("en-US");
    notes.push(
      (repeated.partners === 1
        ? `${oneLine(name)} has the same ${PARTNERS.col.committed.name} (${format(amount)}) on every one of its ${n} rows`
        : `${repeated.partners.toLocaleString("en-US")} partners have the same ${PARTNERS.col.committed.name} on every ` +
          `one of their rows (${oneLine(name)}: ${format(amount)} on ${n} rows)`) +
        `: added up here; if ${repeated.partners === 1 ? "it is" : "each is"} one amount repeated on each row, the ` +
        `${PARTNERS.col.committed.name} total is ${format(summary.total.committed - repeated.extra)}.`,
    );
  }
  // A project's amount on each of its sites or funding lines (real: Los Angeles' housing projects,
  // +$296.9M): added up once a row, said with the total were each project's counted once.
  const byProject = summary.projectRepeats;
  // With the note above (a partner's one amount on every row), both repeats are taken out: one total,
  // not two that contradict each other (a helper's round: a parks ledger's two multi-site grants).
  const alike = repeated.example ? repeated.extra : 0;
  for (const [column, repeats, total] of [
    [PARTNERS.col.committed.name, byProject?.committed, summary.total.committed - alike],
    [PARTNERS.col.received.name, byProject?.received, summary.total.received],
  ] as const) {
    if (!byProject || !repeats) continue;
    const format = (v: number) => money(v, summary.currency);
    const { name, project, amount, rows } = repeats.example;
    const n = repeats.projects;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "project" : "projects"} (by "${oneLine(byProject.column)}") ` +
        `${n === 1 ? "has" : "have"} the same ${column} on each of ${n === 1 ? "its" : "their"} rows ` +
        `(${n === 1 ? "" : "the most: "}${oneLine(name)}, ${oneLine(project)}: ${format(amount)} on ` +
        `${rows.toLocaleString("en-US")} rows): added up here, ${format(repeats.extra)} more than once a project. ` +
        `If that is ${n === 1 ? "the" : "each"} project's whole amount shown again on each site or funding line, ` +
        `the ${column} total is ${format(total - repeats.extra)}` +
        `${alike > 0 && column === PARTNERS.col.committed.name ? ", with the rows of the note above counted once too" : ""}.`,
    );
  }
  // A contract disclosed again after each amendment, its value restated (real: Canada's proactive
  // disclosure, $53.76bn summed for $21.20bn): the total with each contract once, at its latest value.
  const amended = summary.amendedContracts;
  if (amended) {
    const format = (v: number) => money(v, summary.currency);
    const { name, contract, rows, latest } = amended.example;
    const n = amended.contracts;
    notes.push(
      `${n.toLocaleString("en-US")} ${n === 1 ? "contract" : "contracts"} (by "${oneLine(amended.column)}") ` +
        `${n === 1 ? "is" : "are"} on several rows, ${n === 1 ? "its" : "their"} value restated after amendments ` +
        `(${n === 1 ? "" : "the most: "}${name ? `${oneLine(name)}, ` : ""}${oneLine(contract)} on ${rows.toLocaleString("en-US")} rows, ` +
        `${format(latest)} at the latest): added up here, ${format(amended.extra)} more than once a contract. ` +
        `Counted once at ${n === 1 ? "its" : "each one's"} latest value, the ${PARTNERS.col.committed.name} total is ` +
        `${format(summary.total.committed - amended.extra)}.`,
    );
  }
  // A budget's versions on rows of their own (ACTUAL, ORIGINAL, REVISED; proposed, adopted): summed,
  // each budget counts once per version (real: Bermuda's expenditure summary, 3.9x); each version's total said.
  const versions = summary.versions;
  if (versions) {
    const each = versions.byVersion
      .map(
        (v) =>
          `${oneLine(v.version)}: ${money(v.committed, summary.currency)} on ${v.rows.toLocaleString("en-US")} ${v.rows === 1 ? "row" : "rows"}`,
      )
      .join(" · ");
    notes.push(
      `Rows are ${versions.byVersion.length} versions of a budget by "${oneLine(versions.column)}" (${each}): ` +
        `added up here, each line counts once per version. The ${PARTNERS.col.committed.name} total of the version you mean is its figure.`,
    );
  }
  // Rows for several years with partners in more than one: summed over all of them, which is right
  // for yearly grants and double for a plan's yearly editions (real: a university's capital plans).
  // Each year's figures said, so the reader can tell; editions named only when most partners of the
  // last two years have the same figure in both, as a plan's projects do and yearly grants seldom.
  if (summary.years?.reports) {
    // Reports' dates (`Date Reported As Of`): each report restates the projects, so the latest one's
    // figures are the sheet's (real: NYC's capital projects dashboard, fifteen reports summed, 9.8×).
    const { column, byYear, inSeveral } = summary.years;
    const latest = byYear[byYear.length - 1];
    const each = periodFigures(byYear.slice(-YEARS_SHOWN), summary.currency);
    notes.push(
      `Rows are from ${byYear.length} reports by "${oneLine(column)}" (${byYear.length > YEARS_SHOWN ? `${oneLine(byYear[0].year)} on; the last ${YEARS_SHOWN}: ` : ""}${each}), ` +
        `and ${inSeveral.toLocaleString("en-US")} ${inSeveral === 1 ? "partner is" : "partners are"} in more than one: ` +
        `the totals add up ${byYear.length === 2 ? "both" : `all ${byYear.length}`}. Where each report restates the same ` +
        `projects, the latest one's are the sheet's figures: ${money(latest.committed, summary.currency)} ` +
        `${PARTNERS.col.committed.name} (${oneLine(latest.year)}).`,
    );
  } else if (summary.years) {
    const { column, byYear, inSeveral, lastTwo } = summary.years;
    const [before, last] = byYear.slice(-2).map((y) => oneLine(y.year));
    // Quarters and a programme's rounds are said as such (`2024 Q1`; `Round`).
    const unit = byYear.every((y) => / Q[1-4]$/.test(y.year))
      ? "quarter"
      : /\bround\b/i.test(column)
        ? "round"
        : "year";
    const editions =
      lastTwo.inBoth > 0 && lastTwo.sameCommitted * 2 >= lastTwo.inBoth
        ? ` ${lastTwo.sameCommitted.toLocaleString("en-US")} of the ${lastTwo.inBoth.toLocaleString("en-US")} ` +
          `partners in both ${before} and ${last} ${lastTwo.sameCommitted === 1 ? "has" : "have"} the same ${PARTNERS.col.committed.name} in each: if each ${unit}'s rows ` +
          `are that ${unit}'s edition of one plan rather than new money, one ${unit}'s figures are the plan's total.`
        : "";
    const shown = byYear.slice(-YEARS_SHOWN);
    const each = periodFigures(shown, summary.currency);
    // Quarters are as often a report's snapshots, each restating the same allocations, as new money
    // (a helper's round, real: a state's disaster allocations, 25 quarters summed as $109.5bn where
    // the latest says $4.47bn): the latest quarter's figures, said as what they would be.
    // Only where half the partners or more are in several quarters, as a restated allocation's are:
    // a programme's quarterly rounds, each funding others, are new money (a helper's round, real: San
    // Francisco's community challenge grants, 16 of 97 in two rounds, offered 41% as "the figures").
    const latest = byYear[byYear.length - 1];
    const snapshot =
      unit === "quarter" && inSeveral * 2 >= summary.total.partners
        ? ` Where each quarter restates the same allocations, the latest one's are the sheet's figures: ` +
          `${money(latest.committed, summary.currency)} ${PARTNERS.col.committed.name} (${oneLine(latest.year)}).`
        : "";
    // Rows of no year it reads are in the totals but in no year's figures: said, so the years' figures
    // are not taken for the whole (a helper's round: a stray `` `2017/18 ``, £122,611 in no year).
    const unplaced = summary.years.unplaced;
    const andUnplaced = unplaced
      ? ` and ${unplaced.rows.toLocaleString("en-US")} ${unplaced.rows === 1 ? "row" : "rows"} of no ${unit} it reads ` +
        `(${unplaced.as === undefined ? "blank" : `such as "${oneLine(unplaced.as)}"`}; ` +
        `${money(unplaced.committed, summary.currency)} in all)`
      : "";
    notes.push(
      `Rows are for ${byYear.length} ${unit}s in "${oneLine(column)}" (${shown.length < byYear.length ? `${oneLine(byYear[0].year)} on; the last ${shown.length}: ` : ""}${each}), ` +
        `and ${inSeveral.toLocaleString("en-US")} ${inSeveral === 1 ? "partner has" : "partners have"} rows in more than one: ` +
        `the totals add up ${byYear.length === 2 ? "both" : `all ${byYear.length}`}${andUnplaced}.${editions}${snapshot}`,
    );
  }
  // Money in and money out in one ledger: both summed, which is twice the money when what comes in is
  // paid on (a helper's round, real: Italy's donation accounts). Each kind's figures said.
  if (summary.directions) {
    const { column, kinds } = summary.directions;
    const each = kinds.map(
      (k) =>
        `${oneLine(k.word)}: ${k.rows.toLocaleString("en-US")} ${k.rows === 1 ? "row" : "rows"}, ${money(k.committed, summary.currency)}`,
    );
    notes.push(
      `Rows are money in and money out by "${oneLine(column)}" (${each.join(" · ")}): the totals add up both. ` +
        `If the money out is the money in paid on, the partners' ${PARTNERS.col.committed.name} is ` +
        `${money(kinds[0].committed, summary.currency)}, the ${oneLine(kinds[0].word)} rows'.`,
    );
  }
  // A ledger of transactions: its payments read as Received (a helper's round, real: an IATI export,
  // a £1M grant and its payments summed as £3.55M committed).
  if (summary.transactions) {
    const { column, payments, paid } = summary.transactions;
    notes.push(
      `Rows are transactions by "${oneLine(column)}": its ${payments.toLocaleString("en-US")} ` +
        `${payments === 1 ? "payment" : "payments"} (disbursements, expenditures: ${money(paid, summary.currency)}) ` +
        `are read as ${received.name}, its commitments as ${committed.name} — not all as ${committed.name}.`,
    );
  }
  // One name on rows of different places counts once (SPEC "Ledgers"): a generic name may be several
  // organisations (real: 13 "Comité des Fêtes" in 13 départements). Said, with the count were each
  // place's its own.
  if (summary.places) {
    const { column, partners, people, more, example } = summary.places;
    const rest = example.count - example.places.length;
    const shown =
      example.places.map(oneLine).join(", ") + (rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : "");
    // People are people of one name (a donor list's first_name + last_name), not organisations.
    const what =
      partners === 1
        ? example.person
          ? "people"
          : "organisations"
        : people === partners
          ? "people"
          : people > 0
            ? "organisations or people"
            : "organisations";
    notes.push(
      (partners === 1
        ? `${oneLine(example.name)} is on rows of ${example.count} places in "${oneLine(column)}" (${shown}): counted ` +
          `as one partner. If these are different ${what} of one name`
        : `${partners.toLocaleString("en-US")} partners are each on rows of several places in "${oneLine(column)}" ` +
          `(such as ${oneLine(example.name)}: ${shown}): each counted as one partner. If some are different ` +
          `${what} of one name`) +
        `, there are up to ${(summary.total.partners + more).toLocaleString("en-US")} partners: tell them apart by ` +
        `name (with the place, say).`,
    );
  }
  return notes;
}
