import { PARTNERS } from "../schema";
import { isFigure, markedColumn } from "./amountCells";
import { scaleWords } from "./currencyWords";
import type { SummaryWords } from "./doorWording";
import { otherYearsOf, yearFigure, yearsAlone } from "./headerYears";
import { besideMapping } from "./ignoredColumns";
import type { PartnerSummary } from "./partnerSummary";
import { asPhone, PHONE_OUTLIER } from "./phoneAmounts";
import { UNSAID_CURRENCY } from "./summaryCurrency";
import {
  listed,
  listedCapped,
  mappedHeader,
  money,
  NOTE_NAMES,
  oneLine,
  type SheetNotesInput,
  type SummedBlock,
} from "./summarySentences";
import { cellText, headerWordsOf } from "./text";
import { textCurrencyWords } from "./columnReadings";
import { formatAmount } from "./coerce";
import type { HeaderMapping } from "./types";

/**
 * The notes of a Partners summary on its columns: their multiples, phone numbers among the amounts,
 * an empty Committed or Received, another year's amounts beside Committed, payments read as Committed,
 * what is beside Committed in no total, and — said before every other note — the currency the figures
 * are read in (sheetSummaryNotes says them in this order).
 */

/**
 * The notes on the columns, in order, and the currency's (said first of all); `signs`, the currency
 * signs beside Committed's figures a total of 0 was said of (no currency is assumed of them).
 */
export function columnNotes(
  input: SheetNotesInput,
  signs: ReturnType<typeof signsBesideFigures>,
): { currency?: string; notes: string[] } {
  const { summary, blocks, main, words } = input;
  const { committed, received } = PARTNERS.col;
  const notes: string[] = [];
  let currency: string | undefined;
  const noGroups = words.noGroupColumn;
  if (noGroups && summary.rows.length === 0 && (summary.total.partners > 0 || summary.total.committed !== 0)) {
    notes.push(noGroups(summary.groupBy.name));
  }
  // Figures in thousands (`Spend (£000)`, a title saying "£ thousand") are summed multiplied out.
  for (const s of summary.scaled) {
    const where = s.what === s.column ? `its header says` : `row ${s.row + 1} says ("${oneLine(s.what)}")`;
    notes.push(
      `${oneLine(s.column)} is in ${scaleWords(s.factor)}, as ${where}: its figures are ` +
        `multiplied by ${s.factor.toLocaleString("en-US")} here.`,
    );
  }
  for (const s of summary.notScaled) {
    notes.push(
      `${oneLine(s.column)} says ${scaleWords(s.factor)}, but its figures are whole amounts already (multiplied out, ` +
        `a row would be a trillion or more; a number format may show them in ${scaleWords(s.factor)}): ` +
        `they are added up as they are.`,
    );
  }
  // Phone numbers typed as amounts (phoneAmounts.ts), as check warns of them: said with the total without them.
  const phones = summary.phones;
  if (phones.length > 0) {
    const without = summary.total.committed - phones.reduce((a, v) => a + v, 0);
    notes.push(
      `${phones.length === 1 ? "1 amount is" : `${phones.length} amounts are`} a phone number's ten digits (such as ` +
        `${phones[0]}, ${asPhone(phones[0])}), over ${PHONE_OUTLIER.toLocaleString("en-US")} times the other amounts: ` +
        `added up here; if ${phones.length === 1 ? "it is one" : "they are"}, the ${committed.name} total is ` +
        `${money(without, summary.currency)} (${words.issues} names ${phones.length === 1 ? "it" : "them"}).`,
    );
  }
  if (summary.committedEmpty !== undefined) {
    notes.push(
      `${oneLine(summary.committedEmpty)} is empty on every row: ${committed.name} is left blank, not 0 — ` +
        `nothing says what was committed.`,
    );
  }
  // Another year's amounts beside the ones summed (`2023-24 Grant` beside `2024-25 Grant`): said, with
  // the --map that sums that year instead (a helper's round, real: Western Australia's grants tables).
  // Every other year, said alike (corpus round fn: `budget2012` was "an amount column" beside `budget2013`).
  const [otherYear, ...more] = otherYearsOf(main.mapping, committed.id, main.matrix);
  if (otherYear !== undefined) {
    const summed = oneLine(mappedHeader(main.mapping, committed.id) ?? "");
    const said = listed([otherYear, ...more].map((h) => `"${oneLine(h)}"`));
    notes.push(
      `${committed.name} is "${summed}"; ${said} beside it ${more.length === 0 ? "is another year's" : "are other years'"}, ` +
        `in no total here (${words.mapTo(oneLine(otherYear), committed.name)} sums that year instead).`,
    );
  }
  if (summary.receivedEmpty !== undefined) {
    notes.push(
      `${oneLine(summary.receivedEmpty)} is empty on every row: ${received.name} is left blank, not 0 — nothing says what was received.`,
    );
  } else if (!summary.receivedColumn) {
    const paid = paymentsBeside(main.mapping);
    notes.push(
      paid
        ? `${committed.name} here is "${oneLine(paid.amount)}"` +
            (paid.date ? `, which sits beside "${oneLine(paid.date)}"` : "") +
            `: payments made, not promises — the total is what was paid. No column says what was promised, and ` +
            `${received.name} is left blank, not 0.`
        : `No ${received.name} column: ${received.name} is left blank, not 0.`,
    );
  }
  // A user's sheet of plain numbers says no currency: the dollars printed are an assumption, said
  // as one (real: a UK fund's allocations and a council's payments printed in $). The tracker's
  // own table is in dollars by design.
  // The currency first: it is how every figure above is read (a helper's round: a UK lottery ledger's
  // £119,960,796 printed as dollars, its note the last of four).
  if (summary.currencyInText) {
    const { code } = summary.currencyInText;
    const said = textCurrencyWords(summary.currencyInText);
    const amount = oneLine(mappedHeader(main.mapping, committed.id) ?? "Amount");
    currency =
      `The amounts name no currency, and ${said}: they are read as ${code} ` +
      `(${words.mapWithUnit?.(amount, `${committed.name} ($)`) ?? `a header such as "${amount} ($)"`} says they are dollars).`;
  } else if (summary.currency === UNSAID_CURRENCY && summary.headedAbroad) {
    // A header on two lines is quoted on one, as --map takes it (a helper's round: the Sarthe's).
    const { column } = summary.headedAbroad;
    const header = oneLine(summary.headedAbroad.header);
    currency =
      `The sheet names no currency, and heads its amounts "${header}": they are shown without a currency sign ` +
      `(a header such as "${header} (€)" says which${asDoes(words, header, `${column} (EUR)`)}).`;
  } else if (summary.currency === UNSAID_CURRENCY && summary.dayFirstDate) {
    currency =
      `The sheet names no currency, and writes its dates day first (such as ${summary.dayFirstDate}), as outside the ` +
      `US: its amounts are shown without a currency sign (a header such as "Amount (£)" says which` +
      `${asDoes(words, "Amount", "Committed (£)")}).`;
  } else if (summary.currency === UNSAID_CURRENCY && summary.titleCountry) {
    currency =
      `The sheet names no currency, and its title names ${summary.titleCountry}: its amounts are shown without a ` +
      `currency sign, not as dollars (a header such as "Amount (£)" says which` +
      `${asDoes(words, "Amount", "Committed (£)")}).`;
  } else if (summary.currency === UNSAID_CURRENCY && summary.textScript) {
    // No `$` and no "not as dollars" either: a sheet in Chinese characters may be in Hong Kong's or
    // Taiwan's dollars, which `$` here (the US's) is not.
    // The --map names the amounts' own column (its letter, `B`, where the sheet has no header row and is
    // mapped by letter: doorWording's typedHeader).
    const { name, example } = summary.textScript;
    const amount = oneLine(mappedHeader(main.mapping, committed.id) ?? "Amount");
    currency =
      `The sheet names no currency, and its text is in ${name} (such as "${example}"): its amounts are shown ` +
      `without a currency sign (a header such as "Amount (€)" says which${asDoes(words, amount, "Committed (€)")}).`;
  } else if (summary.currency === UNSAID_CURRENCY) {
    currency =
      `The sheet names no currency, and its amounts are written as in Europe (such as 1 234,50): they are shown ` +
      `without a currency sign (a header such as "Montant (€)" says which).`;
  } else if (
    summary.currencyAssumed &&
    !signs &&
    !blocks.some((b) => b.isTrackerTable) &&
    // A title saying its figures are "in thousands of dollars" says dollars, as the note on its
    // multiple quotes (a helper's round: "names no currency" beside it); which dollar, it does not.
    !summary.scaled.some((s) => /(?:^|[^\p{L}])dollars?(?![\p{L}])/iu.test(s.what))
  ) {
    currency =
      `The sheet names no currency: amounts are shown as dollars (a header such as "Amount (£)" says otherwise` +
      `${asDoes(words, "Amount", "Committed (£)")}).`;
  }
  return { currency, notes };
}

/**
 * A sheet of payments whose one amount column is read as Committed, as SPEC reads a plain `Amount`:
 * the amount's header says no more than that, and a column beside it dates a payment (`Paid Date`,
 * `Payment date`, `Date paid`). The total is then what was paid, and the summary says so (a helper's
 * round, real: Oxfordshire's spend over £500, "Committed 11,344,005.35" for a quarter's payments).
 */
function paymentsBeside(mapping: HeaderMapping): { amount: string; date?: string } | undefined {
  const amount = mapping.columns.find((c) => c.id === PARTNERS.col.committed.id)?.header;
  if (amount === undefined) return undefined;
  // A header saying payment itself (`PaymentAmount`, `Invoice Net Amt`), mapped as Committed by hand
  // as the refusal without a Committed column advises (a helper's round, real: Scottsdale's payments,
  // then "Committed $290,657,324.27" for money paid).
  if (saysPaid(amount)) return { amount };
  if (!PLAIN_AMOUNT.test(amount.trim())) return undefined;
  // (Never a date the mapping leaves out on purpose: `--map "Paid Date=Ignore"`.)
  const date = besideMapping(mapping).unknown.find((u) => PAYMENT_DATE.test(u.header.trim()))?.header;
  return date === undefined ? undefined : { amount, date };
}

/**
 * Does an amount's header say it was paid (`PaymentAmount`, `Invoice Net Amt`, `Amount paid`,
 * `Check Amount`)? Word by word, camel case split: not `Amount (unpaid)`, `Budgeted expenditure`,
 * `Outstanding invoices` (a reviewer's repros: "payments made" said of money not paid).
 */
export function saysPaid(header: string): boolean {
  const words = headerWordsOf(header);
  return words.some((w) => PAID_WORDS.has(w)) && !words.some((w) => NOT_PAID_WORDS.has(w));
}
const PAID_WORDS = new Set([
  "payment",
  "payments",
  "paid",
  "invoice",
  "disbursed",
  "disbursement",
  "cheque",
  "check",
  "spent",
  "spend",
  "spending",
  "expenditure",
]);
const NOT_PAID_WORDS = new Set([
  "unpaid",
  "unspent",
  "outstanding",
  "budget",
  "budgeted",
  "planned",
  "projected",
  "estimated",
  "forecast",
  "due",
  // The EU's `total eligible expenditure allocated to the operation`, `Expenditure approved`: what was
  // granted (a helper's round, real: every ERDF list of operations said to be "what was paid").
  "allocated",
  "approved",
  "eligible",
  "committed",
  "awarded",
  "granted",
]);

/** An amount's header that says nothing of promise or payment (`Amount`, `Net Amount`, `Value (£)`). */
const PLAIN_AMOUNT = /^(?:(?:net|gross|total|line)\s+)?(?:amount|value|sum)\b[^a-z]*$/i;

/** A column dating a payment: `Paid Date`, `Date Paid`, `Payment Date`, `Pay date`. */
const PAYMENT_DATE = /^(?:(?:paid|payment|pay)\s*date|date\s*(?:paid|of\s+payment))$/i;

/**
 * "16 yearly columns ("Valor Previsto 2005" … "Valor Previsto 2020") add up to Committed on every row:
 * its parts, not more money." — and Received's beside it in the same line (PartnerSummary.partsOfTotals).
 * A breakdown beside the total named whole, three columns at most: ""Valor Inicial do Contrato" and
 * "Valor em Aditivos" add up to Committed on every row …".
 */
export function partsNote(all: NonNullable<PartnerSummary["partsOfTotals"]>): string {
  const each = all.map(({ headers, total, yearly }, i) => {
    const first = `"${oneLine(headers[0])}"`;
    const last = `"${oneLine(headers[headers.length - 1])}"`;
    const name = Object.values(PARTNERS.col).find((c) => c.id === total)?.name ?? total;
    const firstYearly = yearly && !all.slice(0, i).some((p) => p.yearly);
    const columns =
      !yearly && headers.length <= NOTE_NAMES
        ? listed(headers.map((h) => `"${oneLine(h)}"`))
        : `${headers.length}${firstYearly ? " yearly columns" : yearly ? "" : " columns"} ` +
          `(${first}${headers.length === 2 ? " and " : " … "}${last})`;
    return `${columns} ${i === 0 ? "add up " : ""}to ${name}`;
  });
  return all.length === 1
    ? `${each[0]} on every row: its parts, not more money.`
    : `${each[0]} on every row, and ${listed(each.slice(1))}: their parts, not more money.`;
}

/**
 * The notes on what is beside Committed and in no total (PartnerSummary.otherAmounts): the columns of
 * money of their own (a second kind of grant), with each one's sum and how to sum one instead; the
 * columns of loans guaranteed, said as guarantees — no money given, nothing to sum as Committed (a
 * helper's round, real: the Sarthe's `Montant de la garantie`, €48.8M named beside its grants as if
 * given); the columns marking help in kind (`Avantages en nature`: `X`). Each with the partners helped
 * there alone, counted as partners and none "given nothing" (the Sarthe's 11 so helped were asked).
 */
export function besideCommittedNotes(summary: PartnerSummary, mapping: HeaderMapping, words: SummaryWords): string[] {
  const other = summary.otherAmounts;
  if (!other) return [];
  const { committed } = PARTNERS.col;
  const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const rows = (n: number) => count(n, "row", "rows");
  const grants = other.columns.filter((c) => !c.guarantees);
  const guarantees = other.columns.filter((c) => c.guarantees);
  const amount = oneLine(mappedHeader(mapping, committed.id) ?? committed.name);
  const beside = `${committed.name} is "${amount}"; beside it, `;
  // A column's sum in the currency its cells name where not Committed's (`UGX 5,000,000` beside `Amount
  // ($)`: "$12,000,000"); in several, no one sum.
  const held = (c: (typeof other.columns)[number]) =>
    c.currencies.length === 0
      ? money(c.amount, summary.currency)
      : c.currencies.length === 1
        ? formatAmount(c.amount, c.currencies[0])
        : `amounts in ${listed(c.currencies.map((code) => (code === "" ? "no currency named" : code)))}`;
  const notes: string[] = [];
  if (grants.length > 0) {
    const one = grants.length === 1;
    const each = grants.map((c) => `"${oneLine(c.header)}" holds ${held(c)} on ${rows(c.rows)}`);
    notes.push(
      `${beside}${listedCapped(each, "more such columns")}: ${one ? "an amount column" : "amount columns"} ` +
        `in no total here (${words.mapTo(oneLine(grants[0].header), committed.name)} sums ${one ? "it" : "one"} instead).` +
        (other.partners > 0
          ? ` ${count(other.partners, "partner has", "partners have")} money in ${one ? "it" : "them"} alone: counted as ` +
            `${other.partners === 1 ? "a partner" : "partners"}, none of ${other.partners === 1 ? "its" : "their"} money in these totals.`
          : ""),
    );
  }
  if (guarantees.length > 0) {
    const each = guarantees.map(
      (c) => `"${oneLine(c.header)}" holds ${held(c)} of loans guaranteed on ${rows(c.rows)}`,
    );
    notes.push(
      `${grants.length > 0 ? "" : beside}${listedCapped(each, "more such columns")}: guarantees, not grants — no money given, in no total here.` +
        (other.guaranteed > 0
          ? ` ${count(other.guaranteed, "partner has", "partners have")} a guarantee alone: counted as ` +
            `${other.guaranteed === 1 ? "a partner" : "partners"}, with no money in these totals.`
          : ""),
    );
  }
  if (other.inKind) {
    const { headers, rows: marked, partners: alone } = other.inKind;
    notes.push(
      `${other.columns.length > 0 ? "" : beside}${listedCapped(headers.map((h) => `"${oneLine(h)}"`))} ` +
        `${headers.length === 1 ? "marks" : "mark"} help in kind on ${rows(marked)}: no money, in no total here.` +
        (alone > 0
          ? ` ${count(alone, "partner has", "partners have")} that help alone: counted as ` +
            `${alone === 1 ? "a partner" : "partners"}, helped in kind, with no money in these totals.`
          : ""),
    );
  }
  return notes;
}

/** What the "nothing above 0" note says its partners have none of beside Committed (", nor …,"), or "". */
export function besideCommittedNone(summary: PartnerSummary): string {
  const other = summary.otherAmounts;
  if (!other) return "";
  const what: string[] = [];
  if (other.columns.length > 0)
    what.push(`in the amount ${other.columns.length === 1 ? "column" : "columns"} beside it`);
  if (other.inKind) what.push("help in kind marked beside it");
  // (Nothing to say where only an own share is beside it: no money given.)
  return what.length === 0 ? "" : `, nor ${what.join(", nor ")},`;
}

/**
 * The Committed column of `block` when its filled cells are all one currency's sign alone (`£`) and
 * the column right of it holds figures: its header, the sign, and the figures' header (or where they
 * are, when unheaded); else undefined.
 */
export function signsBesideFigures(block: SummedBlock): { header: string; sign: string; figures: string } | undefined {
  const col = block.mapping.columns.find((c) => c.id === PARTNERS.col.committed.id);
  if (!col) return undefined;
  const from = block.mapping.headerRow + 1;
  const marks = markedColumn(block.matrix, col.index, from);
  if (!marks) return undefined;
  // Money, not years, dates or another mapped column (a reviewer's repro: `Year` beside the signs
  // offered as Committed, a total of £6,070 made of years).
  const named = cellText(block.matrix[block.mapping.headerRow]?.[col.index + 1] ?? null).trim();
  if (block.mapping.columns.some((c) => c.index === col.index + 1) || /\b(?:years?|yr|fy|dates?)\b/i.test(named)) {
    return undefined;
  }
  let figures = 0;
  let years = 0;
  for (let r = from; r < block.matrix.length; r++) {
    const cell = block.matrix[r]?.[col.index + 1];
    if (!isFigure(cell)) continue;
    figures++;
    if (yearFigure(cell)) years++;
  }
  if (figures === 0 || yearsAlone(figures, years, named)) return undefined;
  const sign = cellText(block.matrix[marks.first]?.[col.index] ?? null).trim();
  return { header: col.header, sign, figures: named || `column ${col.index + 2} of the table` };
}

/** `, as does --map "Amount=Committed (£)"` where the door maps with a unit; nothing in the pane. */
function asDoes(words: SummaryWords, header: string, column: string): string {
  const mapped = words.mapWithUnit?.(header, column);
  return mapped ? `, as does ${mapped}` : "";
}
