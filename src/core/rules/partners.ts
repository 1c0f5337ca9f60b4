import { LEGAL_FORMS, PARTNERS, UNIT_WORDS } from "../../schema";
import { formatDate, formatNumber } from "../coerce";
import { twoDigitYearNote } from "../twoDigitYears";
import { READABLE, slotsOf, type TypedTable } from "../rows";
import {
  cellText,
  headerHasWord,
  isBlank,
  isPlaceholder,
  legalFormsPattern,
  normalizeHeader,
  normalizeKey,
  quote,
  quoteApart,
} from "../text";
import { countryColumnOf, countryKey, placeColumnOf, swappedCountry, swappedCountrySentence } from "../summaryPlaces";
import { projectColumnsOf, ProjectTally } from "../summaryProjects";
import { partnerKey } from "../duplicates";
import { withoutNumber } from "../numberedNames";
import type { Cell } from "../types";
import { firstLanguage } from "../headerMatch";
import { CATCH_ALL_NAMES } from "./ledger";
import {
  identifierKey,
  isPlaceholderIdentifier,
  organisationIdColumn,
  recordNumberColumns,
  rowText,
} from "./rowIdentity";
import type { Rule } from "./types";
import { CONTRIBUTION_FUNDING, PARTNER_ACTIVE, PARTNER_AGREED, PARTNER_COMPLETED, YES } from "./vocabulary";

/** SPEC "Rules — Partners". */
const c = PARTNERS.col;
const { start, end, committed, received, status, signed, contribution, partner, initiativeId } = slotsOf(PARTNERS, {
  start: c.startDate,
  end: c.endDate,
  committed: c.committed,
  received: c.received,
  status: c.status,
  signed: c.agreementSigned,
  contribution: c.contribution,
  partner: c.partner,
  initiativeId: c.initiativeId,
});

const endBeforeStart: Rule = {
  id: "partners.endBeforeStart",
  severity: "error",
  at: end,
  reads: [start],
  each: {
    on: READABLE,
    when: (row) => row.has(start) && row.num[end] < row.num[start],
    message: (row) =>
      `${row.header[end]} ${formatDate(row.num[end])} is before ${row.header[start]} ` +
      `${formatDate(row.num[start])} — check both dates${twoDigitYearNote(row.num[end], row.num[start])}.`,
  },
};

/**
 * Received above Committed on a row — unless the row's partner is on several rows (a ledger) whose
 * amounts, added up, keep Received within Committed: a grant made one year and paid the next is
 * two rows, each lopsided, and nothing to check (real: a Flemish subsidy register, 40 of its 55
 * warnings on such pairs; SPEC "Ledgers": a partner's rows are added up). And a project whose
 * Received is the same on each of its rows, as the summary reads it (projectsOnce), is compared
 * once: its Received once with its rows' Committed.
 */
const receivedOverCommitted: Rule = {
  id: "partners.receivedOverCommitted",
  severity: "warning",
  at: received,
  reads: [committed],
  stateful: {
    on: READABLE,
    start: (t) => {
      const over: { row: number; message: string; value: Cell }[] = [];
      return {
        check: (row) => {
          // A negative Committed is already an error of its own; comparing with it adds only noise.
          if (!row.has(committed) || row.num[committed] < 0 || !(row.num[received] > row.num[committed])) return;
          if (roundingApart(row)) return;
          over.push({
            row: row.row,
            value: row.raw(received),
            message:
              `${row.header[received]} (${row.quoteFigure(received, row.num[received], row.raw(received), true)}) is more than ` +
              `${row.header[committed]} (${row.quoteFigure(committed, row.num[committed], row.raw(committed), true)}) — check both amounts.`,
          });
        },
        finish: (report) => {
          const within =
            over.length > 0
              ? partnersWithinCommitted(
                  t,
                  over.map((o) => o.row),
                )
              : new Set<number>();
          const left = over.filter((o) => !within.has(o.row));
          const once =
            left.length > 0
              ? projectsOnce(
                  t,
                  left.map((o) => o.row),
                )
              : new Map<number, string | null>();
          for (const o of left) {
            const said = once.get(o.row);
            if (said !== null) report(o.row, received, said ?? o.message, o.value);
          }
        },
      };
    },
  },
};

/**
 * Received above Committed by less than one unit of money and a ten-thousandth of it: amounts rounded
 * apart, nothing to check (real: DC's school capital projects, $19,180,252.79 received of
 * $19,180,252.73 committed — 6 cents — said beside a $27M overrun).
 */
function roundingApart(row: TypedTable): boolean {
  const over = row.num[received] - row.num[committed];
  return over * row.scale[received] < 1 && over < row.num[committed] * 1e-4;
}

/**
 * Of `rows`, those of a ledger (no Initiative ID said) whose partner is on other such data rows too,
 * one of them committing alone and another receiving alone, and whose rows together receive no more than
 * they commit. One pass over the sheet, only when some row receives more than it commits.
 */
function partnersWithinCommitted(t: TypedTable, rows: readonly number[]): Set<number> {
  const within = new Set<number>();
  const column = t.index[partner];
  if (column < 0) return within;
  // A row with its Initiative ID is one partnership, as a tracker keeps them (SPEC's key is Partner +
  // Initiative ID; two rows of one key are a duplicate, an error of its own): checked alone. A ledger's
  // rows — no Initiative ID column, or the cell left empty — are added up by partner.
  const initiative = t.index[initiativeId];
  // (Names after their number where the column's are numbered, as the summary counts them.)
  const numbered = t.numberedNames(partner) !== undefined;
  const keyOf = (r: number): string => {
    const cell = t.matrix[r]?.[column];
    if (typeof cell !== "string" || t.namelessKey(cell)) return "";
    if (initiative >= 0 && !isBlank(t.matrix[r]?.[initiative])) return "";
    return normalizeKey(numbered ? withoutNumber(cell) : cell);
  };
  const wanted = new Map<
    string,
    { rows: number; committed: number; received: number; commitsAlone: boolean; receivesAlone: boolean }
  >();
  for (const r of rows) {
    const key = keyOf(r);
    if (key !== "") wanted.set(key, { rows: 0, committed: 0, received: 0, commitsAlone: false, receivesAlone: false });
  }
  if (wanted.size === 0) return within;
  const notData = new Set([...t.leftOut.map((l) => l.row), ...t.emptyRows]);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (notData.has(r)) continue;
    const sums = wanted.get(keyOf(r));
    if (sums === undefined) continue;
    const c = t.numAt(r, committed);
    const v = t.numAt(r, received);
    sums.rows++;
    if (Number.isFinite(c)) sums.committed += c;
    if (Number.isFinite(v)) sums.received += v;
    // A commitment on one row and its payment on another (a grant paid the next year): the partner's
    // money is split across its rows. Where each row has both (a capital register's phases, each with
    // its budget and its spending), each row is its own and is checked alone (a helper's round: NYC's
    // school construction phases, 782 overspent, 72 said). A line of 0 and 0 holds no money on either
    // side, so it splits nothing (Boston's budget: one 0/0 line hid a department's overspending). Both
    // halves are wanted: a $0 contract paid $3.0M beside another contract of the vendor's, paid less
    // than its amount, is two contracts, the first overpaid (a helper's round, real: Philadelphia's
    // professional-services contracts, 22 of 48 overpaid contracts not said).
    if (c > 0 && !(v > 0)) sums.commitsAlone = true;
    if (v > 0 && !(c > 0)) sums.receivesAlone = true;
  }
  for (const r of rows) {
    const sums = wanted.get(keyOf(r));
    if (sums === undefined || sums.rows < 2 || !sums.commitsAlone || !sums.receivesAlone) continue;
    if (sums.received <= sums.committed) within.add(r);
  }
  return within;
}

/**
 * Of `rows` (each receiving more than it commits), those of a project whose Received is one amount
 * shown on each of its rows — the summary's reading (ProjectTally.repeated, its note "have the same
 * Received on each of their rows"), not restated here — each with what is said of it: null where the
 * project's Received, counted once, is within its Committed (its rows' added up, or counted once too
 * where that also repeats) or the project is said on another row; else, on the project's first such
 * row, the one warning for the project. A project funded from two years, 15,125 and 171,122, shows
 * its expended 186,247 on both lines (real: Caltrans' 5311/5310 ledger, 292 warnings, none over).
 */
function projectsOnce(t: TypedTable, rows: readonly number[]): Map<number, string | null> {
  const said = new Map<number, string | null>();
  const column = t.index[partner];
  const columns = column < 0 ? undefined : projectColumnsOf(t.mapping, [t.index[committed], t.index[received]]);
  if (columns === undefined) return said;
  // Partners as the summary knows them (its DuplicateFinder's key), and only those of `rows`.
  const numbered = t.numberedNames(partner) !== undefined;
  const keyOf = (r: number): string => {
    const cell = t.matrix[r]?.[column] ?? null;
    if (t.namelessKey(cell)) return "";
    const text = cellText(cell).trim();
    return partnerKey(numbered ? withoutNumber(text) : text);
  };
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key !== "") firstRow.set(key, -1);
  }
  if (firstRow.size === 0) return said;
  // Figures as the summary adds them (times the column's multiple, 0 when unread), and a row the same
  // as an earlier one of its partner in every column (a copy, which tells a project's rows apart there).
  const money = (r: number, slot: number): number => {
    const value = t.numAt(r, slot) * t.scale[slot];
    return Number.isFinite(value) ? value : 0;
  };
  // (A copy has its project's cell too: rows are compared whole only once their project comes again.)
  const recordNumbers = recordNumberColumns(t.mapping, t.matrix[t.mapping.headerRow] ?? []);
  const textOf = (r: number) => rowText(t.matrix[r] ?? [], recordNumbers);
  const projectFirst = new Map<string, number>();
  const seen = new Set<string>();
  const tally = new ProjectTally();
  const notData = new Set([...t.leftOut.map((l) => l.row), ...t.emptyRows]);
  for (let r = t.firstDataRow; r < t.rowCount; r++) {
    if (notData.has(r)) continue;
    const key = keyOf(r);
    let first = firstRow.get(key);
    if (first === undefined) continue;
    if (first < 0) firstRow.set(key, (first = r));
    const cells = t.matrix[r] ?? [];
    const project = `${key}\u0000${cellText(cells[columns.project]).trim()}`;
    const before = projectFirst.get(project);
    let copy = false;
    if (before === undefined) projectFirst.set(project, r);
    else {
      if (before >= 0) {
        seen.add(`${key}\u0000${textOf(before)}`);
        projectFirst.set(project, -1);
      }
      const text = `${key}\u0000${textOf(r)}`;
      copy = seen.has(text);
      seen.add(text);
    }
    tally.add(first, cells, columns, [money(r, committed), money(r, received)], copy, r);
  }
  const over = new Set(rows);
  for (const p of tally.repeated(1)) {
    const its = p.rows.filter((r) => over.has(r));
    if (its.length === 0) continue;
    const paid = p.figure;
    let commits = p.other ?? 0;
    if (p.other === undefined) for (const r of p.rows) commits += money(r, committed);
    const apart = paid - commits;
    const within = apart <= 0 || (apart < 1 && apart < commits * 1e-4);
    its.forEach((r, i) =>
      said.set(
        r,
        within || i > 0
          ? null
          : `${t.header[received]} (${t.formatAmount(received, paid)} on each of the ${p.shown} rows of ` +
              `${columns.header} ${quote(p.project)}, counted once) is more than ${t.header[committed]} ` +
              `(${t.formatAmount(committed, commits)}${p.other === undefined ? " on them in all" : " on each"}) — ` +
              `check both amounts.`,
      ),
    );
  }
  return said;
}

const needsSignature = new Set([PARTNER_AGREED, PARTNER_ACTIVE]);

const agreedWithoutSignature: Rule = {
  id: "partners.agreedWithoutSignature",
  severity: "error",
  at: signed,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row) => needsSignature.has(row.listed[status] as string) && row.listValue(signed) !== YES,
    message: (row) =>
      `${row.header[status]} is ${row.listed[status]} but ${row.header[signed]} is ` +
      `${row.blank(signed) ? "empty" : quote(row.raw(signed))} — set it to ${YES} once the agreement is signed, ` +
      `or change the status.`,
  },
};

const fundingWithoutCommitted: Rule = {
  id: "partners.fundingWithoutCommitted",
  severity: "error",
  at: committed,
  reads: [contribution],
  each: {
    of: contribution,
    on: READABLE,
    when: (row) => row.listed[contribution] === CONTRIBUTION_FUNDING && row.blank(committed),
    message: (row) =>
      `${row.header[committed]} is empty but ${row.header[contribution]} is ${CONTRIBUTION_FUNDING} — ` +
      `enter the amount committed.`,
  },
};

const completedWithFutureEnd: Rule = {
  id: "partners.completedWithFutureEnd",
  severity: "warning",
  at: end,
  reads: [status],
  each: {
    of: status,
    on: READABLE,
    when: (row, { today }) => row.listed[status] === PARTNER_COMPLETED && row.has(end) && row.num[end] > today,
    message: (row) =>
      `${row.header[status]} is ${PARTNER_COMPLETED} but ${row.header[end]} ${formatDate(row.num[end])} ` +
      `is in the future — check the end date or the status.`,
  },
};

/**
 * One organisation identifier under two names or more (`City of Madison Arts Commision` and `Madison
 * CitiArts ArtWORKS! program` under one 360Giving number): counted as two partners, where the number
 * says one (a helper's round, real: a foundation's 360Giving grants, its partners over-counted).
 */
const oneIdentifierTwoNames: Rule = {
  id: "partners.oneIdentifierTwoNames",
  severity: "warning",
  at: partner,
  stateful: {
    on: READABLE,
    start: (t) => {
      const column = organisationIdColumn(t);
      if (column === undefined) return { finish: () => undefined };
      const byId = new Map<string, { key: string; text: string; row: number; others: Map<string, number> }>();
      return {
        check: (row) => {
          const cell = t.matrix[row.row]?.[column.index];
          if (cell === undefined || isBlank(cell) || isPlaceholder(cell) || isPlaceholderIdentifier(String(cell)))
            return;
          const id = identifierKey(String(cell));
          if (id === "") return;
          const text = row.text(partner);
          const key = normalizeKey(text);
          const seen = byId.get(id);
          if (!seen) byId.set(id, { key, text, row: row.row, others: new Map() });
          else if (seen.key !== key && !seen.others.has(key)) seen.others.set(key, row.row);
        },
        finish: (report) => {
          for (const s of byId.values()) {
            if (s.others.size === 0) continue;
            const names = [s.row, ...s.others.values()];
            // People a funder marks as such (`Individual - Elicia Sanchez`) under its one number for
            // individuals: different people, no organisation to name once (a helper's round, real: an
            // artists' fund's 360Giving grants, "give them one name" of three grantees).
            const nameAt = (r: number) => String(t.matrix[r]?.[t.index[partner]] ?? "");
            if (names.filter((r) => PERSON_MARKED.test(nameAt(r))).length >= 2) continue;
            const first = names.slice(0, NAMES_SHOWN);
            const quoted = quoteApart(first.map((r) => String(t.matrix[r]?.[t.index[partner]] ?? "").trim()));
            const shown = first.map((r, i) => `${quoted[i]} on row ${r + 1}`).join(", ");
            const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
            const value = t.matrix[s.row]?.[column.index] ?? null;
            // An identifier on many names is a catch-all (one-off payees, refunds under one vendor number: a
            // helper's round, real: a school district's check register, `20401` on 465 people's names),
            // not one organisation: merging them as asked would make hundreds one partner.
            const catchAll = names.length >= CATCH_ALL_NAMES;
            // Or one organisation's units, each named, under its one number — as a register keeps them
            // (a helper's brief, real: Ceará's agreements register, one CNPJ on 230 police stations and
            // prisons): no payees to give an identifier. Looked for once per such identifier.
            const units = catchAll ? unitsSaid(names.map(nameAt), t.header[partner] ?? "") : undefined;
            report(
              s.row,
              partner,
              `${firstLanguage(column.header)} ${quote(String(value).trim())} is on rows with ${names.length} names (${shown}${more}): ` +
                (units !== undefined
                  ? `units of one organisation under its one identifier (${units}) — fine if that is how the register ` +
                    `is kept; each name counts as a partner.`
                  : catchAll
                    ? `an identifier shared by many payees (one-off payments, refunds?), not one organisation — each ` +
                      `name counts as a partner; give the organisations among them their own identifier.`
                    : `one organisation under ${names.length} names? Each name counts as a partner; give them one ` +
                      `name to count it once.`),
              value,
            );
          }
        },
      };
    },
  },
};

/** The schema's UNIT_WORDS as normalizeHeader keys, singular and plural (`escolas`, `sucursales`). */
const UNIT_KEYS: ReadonlySet<string> = new Set(
  UNIT_WORDS.flatMap((w) => {
    const key = normalizeHeader(w);
    return [key, `${key}s`, `${key}es`];
  }),
);

/** A number before a unit's word: `1ª`, `10ª`, `2º`, `3e`, `2nd`, `1.`. */
const ORDINAL_LEAD = /^\s*\d+\s*(?:ª|º|°|st|nd|rd|th|ème|eme|er|re|e)?\.?\s+/iu;

/** The word a unit's name begins with (`DELEGACIA`, after `1ª` too), if it is one of UNIT_WORDS. */
function unitWordOf(name: string): string | undefined {
  const word = /^\p{L}+/u.exec(name.replace(ORDINAL_LEAD, "").trimStart())?.[0];
  return word !== undefined && UNIT_KEYS.has(normalizeHeader(word)) ? word : undefined;
}

/** The unit words a message names, most names first (`"DELEGACIA …", "Penitenciária …"`). */
const UNIT_WORDS_SHOWN = 3;

/**
 * Do the names under one identifier read as one organisation's units (see oneIdentifierTwoNames)? Half
 * of them at least begin with a unit's word (`DELEGACIA …`, `1ª Delegacia …`, `Collège …`, `Lycée …`),
 * or the name column is headed as units (`Delegacia`, `Escolas`): what says so, for the message; else
 * undefined.
 */
function unitsSaid(names: readonly string[], header: string): string | undefined {
  const byWord = new Map<string, { word: string; count: number }>();
  let units = 0;
  for (const name of names) {
    const word = unitWordOf(name);
    if (word === undefined) continue;
    units++;
    const key = normalizeHeader(word);
    const seen = byWord.get(key);
    if (seen) seen.count++;
    else byWord.set(key, { word, count: 1 });
  }
  if (units * 2 >= names.length) {
    const words = [...byWord.values()].sort((a, b) => b.count - a.count).slice(0, UNIT_WORDS_SHOWN);
    return (
      `${formatNumber(units)} of the ${formatNumber(names.length)} names are ` +
      `${words.map((w) => `"${w.word} …"`).join(", ")}${byWord.size > UNIT_WORDS_SHOWN ? " …" : ""}`
    );
  }
  const heading = firstLanguage(header).trim();
  return heading !== "" && headerHasWord(heading, UNIT_KEYS) ? `the column is headed ${quote(heading)}` : undefined;
}

/** A grantee's name marked as a person's: `Individual - Favianna Rodriguez`, `Individual: …`. */
const PERSON_MARKED = /^\s*individual\s*[-–—:]/i;

/** The names an identifier's message quotes before it counts the rest. */
const NAMES_SHOWN = 3;

/**
 * A legal form closing a name (`Corporation`, `Inc.`, `Ltd`, `LLC`, `gGmbH`: the schema's LEGAL_FORMS, all
 * of them): the same organisation without it.
 */
const ALL_LEGAL_FORMS = [...LEGAL_FORMS.forms, ...LEGAL_FORMS.alsoOther];
const LEGAL_FORM = new RegExp(`[\\s,]+(?:${legalFormsPattern(ALL_LEGAL_FORMS)})\\.?$`, "i");

/** The last characters of the legal forms, in lower case, and a dot (`…Inc.`), as char codes. */
const FORM_LAST: ReadonlySet<number> = new Set([
  46,
  ...ALL_LEGAL_FORMS.map((form) => form.replace(/\.$/, "").slice(-1).toLowerCase().charCodeAt(0)),
]);

/** Does a name end as a legal form can (`…Inc`, `…Ltd.`, `…LLC`, `…GmbH`)? A cheap look before LEGAL_FORM. */
function mayCloseWithForm(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 32) end--;
  return FORM_LAST.has(text.charCodeAt(end) | 32);
}

/** A name without its legal forms, as compared: `Lakeside Employment Solutions Corporation` → `lakeside employment solutions`. */
function withoutLegalForm(lower: string): string {
  return lower
    .slice(0, legalFormsStart(lower))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Where a name's closing legal forms begin (its length when it has none). */
function legalFormsStart(lower: string): number {
  let name = lower;
  for (let m = LEGAL_FORM.exec(name); m && m.index >= 3; m = LEGAL_FORM.exec(name)) name = name.slice(0, m.index);
  return name.length;
}

/**
 * One organisation under two names that differ by a legal form alone (`Lakeside Employment Solutions`
 * and `… Corporation`): two partners, where it is one, and its grant listed under both counted twice
 * (a helper's round, real: a foundation's grants, five grants twice under variant names, $13.5M too
 * much). Asked, as one identifier under two names is; names are never merged without the user.
 */
const legalFormTwoNames: Rule = {
  id: "partners.legalFormTwoNames",
  severity: "warning",
  at: partner,
  // A state's grants list had 350 such pairs (Maryland's): one problem in the roll-up, not 350.
  problem: ({ issues, column }) =>
    `${formatNumber(issues)} names in ${column} are each written again with a legal form added or dropped ` +
    `(Inc, LLC, Ltd, Corporation …): one organisation under two names, counted as two partners — give each ` +
    `one name to count it once.`,
  stateful: {
    on: READABLE,
    start: (t) => {
      if (organisationIdColumn(t) !== undefined) return { finish: () => undefined }; // said by identifier
      // A list with no name closing with a legal form (most, and the bench's 100,000 partners) pays for
      // one look at each name's last character, taken row by row while the row is at hand: a second
      // pass over the column at the end took 5 ms of VALIDATE's 170 at 100k rows, each row read again
      // from memory.
      let anyForm = false;
      return {
        check: (row) => {
          if (anyForm) return;
          const cell = row.raw(partner);
          if (typeof cell === "string" && mayCloseWithForm(cell)) anyForm = LEGAL_FORM.test(cell.trim());
        },
        finish: (report) => {
          if (!anyForm) return;
          const column = t.index[partner];
          const matrix = t.matrix;
          const notData = new Set([...t.leftOut.map((l) => l.row), ...t.emptyRows]);
          // Not past another table stacked under this one: its rows are in no check (a reviewer's repro,
          // `Acme Widgets` asked beside the other table's `Acme Widgets Ltd`, or not, as the row checks
          // found a legal form in this table or not).
          const end = t.leftOut.find((l) => l.kind === "table")?.row ?? t.rowCount;
          const firstRow = new Map<string, number>();
          for (let r = t.firstDataRow; r < end; r++) {
            const cell = matrix[r]?.[column];
            if (typeof cell !== "string" || notData.has(r) || t.namelessKey(cell)) continue;
            const lower = cell.trim().toLowerCase();
            if (lower !== "" && !firstRow.has(lower)) firstRow.set(lower, r);
          }
          // Each name once as compared (case, spaces and punctuation aside: `fresh-air FUND` is
          // `Fresh Air Fund`, the duplicate rules' business), grouped by the name without its legal form.
          const byBase = new Map<string, Map<string, number>>();
          for (const [lower, r] of firstRow) {
            const base = withoutLegalForm(lower);
            if (base.length < 4) continue;
            const whole = lower.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
            let names = byBase.get(base);
            if (!names) byBase.set(base, (names = new Map()));
            if (!names.has(whole)) names.set(whole, r);
          }
          // Names in different countries are two organisations as often as one (a helper's round, real:
          // the SBTi's `Sodexo` in France and `Sodexo Limited` in the UK): not asked. (Towns are not: a
          // food bank and its `… Ltd` in two towns of Greater Manchester are one charity.)
          const where = countryColumnOf(t.mapping, matrix)?.index ?? -1;
          const countryOf = (r: number) => (where >= 0 ? countryKey(cellText(matrix[r]?.[where])) : "");
          // Nor firms of different certification numbers (a helper's round, real: Maryland's
          // minority-business register, `CONTINENTAL CONSTRUCTION, LLP` and `…, INC.`): no identifier of
          // an organisation (one firm may hold two), but two firms' where the names differ.
          const cert = t.mapping.unknown.find((u) => CERTIFICATION.test(u.header))?.index ?? -1;
          const certOf = (r: number) => (cert >= 0 ? cellText(matrix[r]?.[cert]).trim() : "");
          // A "form" that is the row's own place (`Masungulo Daycare Centre - LP` in Province `LP`: Limpopo,
          // not a limited partnership — corpus round fk, real: South Africa's lottery grants) is the place,
          // read from the row itself rather than a list of every country's codes. Names told apart by
          // their places, each in its own, are two organisations (`Ebenezer Daycare Centre - MP` and `… -
          // LP`): not asked; in one place, asked with the place as the difference.
          const place = placeColumnOf(t.mapping, matrix);
          const placeOf = (r: number) => (place >= 0 ? normalizeKey(cellText(matrix[r]?.[place])) : "");
          for (const named of byBase.values()) {
            if (named.size < 2) continue;
            const rows = [...named.values()];
            rows.sort((a, b) => a - b);
            if (new Set(rows.map(countryOf).filter((c) => c !== "")).size > 1) continue;
            if (new Set(rows.map(certOf).filter((c) => c !== "")).size > 1) continue;
            const names = rows.map((r) => String(t.matrix[r]?.[t.index[partner]] ?? "").trim());
            const forms = names.map((name) => {
              const lower = name.toLowerCase();
              return normalizeKey(lower.slice(legalFormsStart(lower)));
            });
            const placed = forms.map((form, i) => form !== "" && form === placeOf(rows[i]));
            const byPlace = placed.some(Boolean) && forms.every((form, i) => form === "" || placed[i]);
            if (byPlace && new Set(rows.map(placeOf).filter((p) => p !== "")).size > 1) continue;
            const shown = rows
              .slice(0, NAMES_SHOWN)
              // Whole, not cut at 40 characters: the legal form closing a long name is the difference.
              .map((r, i) => `"${names[i].replace(/\s+/g, " ")}" on row ${r + 1}`)
              .join(" and ");
            const at = placed.indexOf(true);
            const difference = byPlace
              ? `differ by ${quote(cellText(matrix[rows[at]]?.[place]).trim())} alone, the row's own ` +
                `${cellText(matrix[t.mapping.headerRow]?.[place]).trim()} (a place, not a legal form)`
              : `differ by a legal form alone`;
            report(
              rows[0],
              partner,
              `${t.header[partner]} ${shown} ${difference}: one organisation under ${rows.length} names? ` +
                `Each name counts as a partner; give them one name to count it once.`,
              names[0],
            );
          }
        },
      };
    },
  },
};

/**
 * A Partner column of countries beside a Country column of organisations' names: the two headers over
 * each other's values (swappedCountry). One warning for the sheet, where each country-as-partner was
 * asked as "one name in different countries" (a helper's round, real: Frontex's grants, y2016).
 */
const swappedCountryColumns: Rule = {
  id: "partners.swappedCountry",
  severity: "warning",
  at: partner,
  after: (t, report) => {
    const swap = swappedCountry(t.mapping, t.matrix);
    if (swap) report(swap.row, partner, swappedCountrySentence(swap), swap.value, { rows: swap.countries });
  },
};

/**
 * Names that start with their project's number (`104114 - CRIME & DRUGS FREE FOUNDATION`) on nearly
 * every row: read as the name after it, so one organisation's projects are one partner — said once,
 * as the reading every count of partners and every repeated name makes (corpus round fk, real: South
 * Africa's lottery payments, 1,941 "partners" for 1,903 organisations).
 */
const numberedNames: Rule = {
  id: "partners.numberedNames",
  severity: "warning",
  at: partner,
  after: (t, report) => {
    const first = t.numberedNames(partner);
    if (first === undefined) return;
    const name = withoutNumber(first.name).trim();
    report(
      first.row,
      partner,
      `${t.header[partner]} names start with a number (such as ${quote(first.name)}): each is read as the name ` +
        `after it (${quote(name)}), so an organisation's rows under several numbers are one partner. If the ` +
        `numbers tell different organisations apart, give each its own name.`,
      first.value,
    );
  },
};

/** A certified-business register's number (`Certification Number`). */
const CERTIFICATION = /^\s*certification\s*(?:number|no\.?|#)\s*$/i;

export const PARTNER_RULES: readonly Rule[] = [
  endBeforeStart,
  receivedOverCommitted,
  oneIdentifierTwoNames,
  legalFormTwoNames,
  swappedCountryColumns,
  numberedNames,
  agreedWithoutSignature,
  fundingWithoutCommitted,
  completedWithFutureEnd,
];
