/**
 * SPEC's message when no row is a header row (noHeaderError): what the closest row had, and what would make
 * it one — the column to name or map, a misspelt key, an unheaded first column, an amount to map beside the
 * names. Also the row a reader takes for the headers when nothing matched (widestRow). Split from headers.ts.
 */
import {
  ASSETS,
  DATE_HEADER_WORDS,
  FOUNDATION,
  KEY_COLUMNS,
  LEADERSHIP,
  NAME_WORDS,
  PARTNERS,
  type TabSpec,
} from "../schema";
import { type ProgrammeList, directoryNames, projectTitles } from "./guessedLists";
import { holdsCategories, holdsCodes } from "./guessSample";
import { NOT_TOTAL, totalKind } from "./notData";
import { camelApart, cellText, headerHasWord, isBlank, isBlankRow, normalizeHeader, quote, wordsPattern } from "./text";
import { coerceDate } from "./dateCells";
import { coerceNumber } from "./amountCells";
import { headerCurrency } from "./currencyWords";
import {
  BARE_ID,
  CURRENCY_ONLY,
  headerText,
  isBareName,
  languageLines,
  matchHeader,
  withoutBrackets,
} from "./headerMatch";
import { isFigure, looksLikeData, textFigure } from "./dataSigns";
import { HEADER_SCAN_ROWS, type RowMatch, matchTexts, textsOf } from "./headerRowReading";
import { LEGAL_FORM_END, NAMES_SAMPLED, organisationsColumn } from "./nameColumnReadings";
import { payHeader } from "./moneyHeaders";
import { grantedInCells } from "./moneyBesideNames";
import { HERITAGE, columnSum, figuresUnder, moneyInWords, moneyReceived, saysPeople, thingsSaid } from "./closestTab";
import { type Cell, type Matrix, NoHeaderError } from "./types";
import { phrase } from "./doorWording";
import { isFootnoteMark } from "./footnoteMarks";
import { fundingList, fundingListError } from "./fundingList";
import { grantsByName, grantsSaid } from "./grantsByName";
import { yearColumns, yearColumnsSaid } from "./yearColumns";
import { FINANCIAL_STATEMENT, statementLines } from "./financialStatement";
import { entityColumn, oneNamesColumn } from "./namesColumn";
import { asMapped } from "./mappedRow";
import { ON_ITS_SIDE, onItsSide } from "./onItsSide";
import { figuresOfRow } from "./figureColumns";
import { initiativeNamesColumn, saysInitiatives } from "./initiativeNames";
import { organisationsByNumber } from "./namesWithIdentifier";
import { peopleCountedError } from "./peopleCounts";

const MAX_SEEN = 6;
/** How much of one cell the message quotes. */
const MAX_SEEN_CHARS = 40;

export function listSeen(seen: readonly string[]): string {
  // A note's paragraph in a header-like row (a funder's NOTES sheet: 400 characters) is cut short.
  const cut = (text: string) =>
    text.length > MAX_SEEN_CHARS ? `${text.slice(0, MAX_SEEN_CHARS - 1).trimEnd()}…` : text;
  const shown = seen.slice(0, MAX_SEEN).map(cut).join(", ");
  return seen.length > MAX_SEEN ? `${shown} … (${seen.length - MAX_SEEN} more)` : shown;
}

function includeHeaderAdvice(tab: TabSpec): string {
  return phrase("includeHeaderRow", tab.table);
}

/** The first filled cell under `row` in `column`, as text. */
function firstBelow(matrix: Matrix, row: number, column: number): string {
  for (let r = row + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (!isBlank(cell)) return cellText(cell).trim();
  }
  return "";
}

/**
 * The first filled cell under `row` in `column` that is no Total label, as text: a value the column
 * holds, as holdsCategories reads them (a Total row's `TOTALT` on top is none).
 */
function firstValueBelow(matrix: Matrix, row: number, column: number): string {
  for (let r = row + 1; r < matrix.length; r++) {
    const cell = matrix[r]?.[column];
    if (isBlank(cell) || (typeof cell === "string" && totalKind(cell) !== NOT_TOTAL)) continue;
    return cellText(cell).trim();
  }
  return "";
}

/**
 * A header saying its column holds names (its normalizeHeader'd key), in the words of the registers read
 * (NAME_WORDS: `donor_name`, Norwegian and Danish `organisasjon_navn`, Swedish `namn`, Dutch `naam`).
 */
const NAMES_HEADER = new RegExp(`(?:${wordsPattern(NAME_WORDS.map(normalizeHeader))})$`);

/** SPEC's message: what the closest row had, and what would make it a header row. */
export function noHeaderError(
  matrix: Matrix,
  wanted: TabSpec | undefined,
  closest: RowMatch | undefined,
  firstFilled: number,
): NoHeaderError {
  // A bare `id` is a row counter as often as a key (a helper's round: an Austrian payments list's `id`
  // beside `EURO` was hinted as Foundation, "name an Initiative ID"): alone it makes no tab near.
  const near = closest && closest.columns.some((c) => !BARE_ID.has(normalizeHeader(c.header)));
  // Nothing came close: a row naming a family name (`last_name`, `Surname`) lists people, so their tab
  // is Leadership, whose Name it is — not Partners by default (real: a borough's councillors). So does
  // a given name, a sex or a date of birth (real: the Sénat's staff, `sexe_collaborateur`).
  const people =
    !near &&
    !wanted &&
    firstFilled >= 0 &&
    (matrix[widestRow(matrix, firstFilled)] ?? []).some((c) => typeof c === "string" && saysPeople(c));
  // Nor is a Partners column alone (a tree register's `Sector`, a district) beside the measures of
  // things (THING_HEADERS): the rows are assets.
  // A bare `name` beside them is the things' name, not a person's (a helper's round, real: Trafford's
  // leisure centres, `name … facilities, opening_hours`, hinted as people or organisations).
  const bareName =
    closest?.tab === LEADERSHIP && closest.columns.length === 1 && isBareName(closest.columns[0].header)
      ? closest.columns[0].header
      : undefined;
  const things =
    !wanted &&
    (!closest?.hasKey || bareName !== undefined) &&
    firstFilled >= 0 &&
    thingsSaid(matrix[near ? closest!.row : widestRow(matrix, firstFilled)] ?? []) >= 2;
  // Money received, no column saying who gave it: a column of amounts beside a payment method is
  // Partners' money, whose Partner column is what is missing — never Assets for a `Category` (a
  // helper's round, real: a Ukrainian NGO's donations, `Date | Category | UAH | Payment method`, told
  // "its rows look like Assets, not Partners' money").
  const paid =
    !wanted && !things && !closest?.hasKey && firstFilled >= 0
      ? moneyReceived(matrix, near ? closest!.row : widestRow(matrix, firstFilled))
      : undefined;
  // Nor are a capital budget's lines, its headers saying projects and one their titles (`Project Type`,
  // `Budget Line Title`): Foundation's initiatives, no Partners by default (corpus round fg, real: NYC's
  // capital budget lines by agency, hinted `--map "<your header>=Partner"`).
  const projects =
    !near && !wanted && !people && !things && !paid && firstFilled >= 0
      ? projectTitles(matrix, widestRow(matrix, firstFilled))
      : undefined;
  // Amounts beside their currency, where another tab read one word: Partners' money (fundingList).
  const funding = !wanted && !things && !paid && near ? fundingList(matrix, closest) : undefined;
  // An amount word over figures beside the one column of names — on a sheet of grants, where another
  // tab came nearer (`value` an asset's too): Partners, those names and amounts the two columns to map.
  const given =
    (!wanted || wanted === PARTNERS) && !things && !paid && !funding && !closest?.hasKey && firstFilled >= 0
      ? grantsByName(
          matrix,
          near ? closest!.row : widestRow(matrix, firstFilled),
          near ? closest!.tab : projects !== undefined ? FOUNDATION : people ? LEADERSHIP : PARTNERS,
        )
      : undefined;
  const tab = things
    ? ASSETS
    : paid || funding || given?.names !== undefined
      ? PARTNERS
      : near
        ? closest!.tab
        : projects !== undefined
          ? FOUNDATION
          : (wanted ?? (people ? LEADERSHIP : PARTNERS));
  if (firstFilled < 0) {
    return new NoHeaderError(
      `No header row found: the range is empty. ${includeHeaderAdvice(tab)}`,
      tab.name,
      -1,
      [],
      false,
    );
  }
  const row = near ? closest!.row : widestRow(matrix, firstFilled);
  const cells = matrix[row] ?? [];
  const seen = cells.filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
  // Its items across the top, what is said of each down its first column: a table on its side, which
  // no mapping reads — mapped by its letters, a measure's three figures were four partners (corpus round
  // fm, real: PA digitale 2026's totals per measure, `Misura | 1.1 Infrastrutture digitali | …` over
  // `importo_finanziamento`, `totale_importo_misura`, `importo_erogato`).
  const side = onItsSide(matrix, row);
  if (side) {
    return new NoHeaderError(
      `No header row found: ${ON_ITS_SIDE}, its items across row ${row + 1} (${listSeen(side.items)}) and what ` +
        `is said of each down its first column (${listSeen(side.labels)}), one column per item. A tracker ` +
        `reads one row per item: ${phrase("transposeIt")}.`,
      tab.name,
      row,
      seen,
      false,
    );
  }
  // People counted by sex or age, and nothing else: no column to map (peopleCounts.ts).
  const counted =
    !wanted || wanted === PARTNERS ? peopleCountedError(matrix, row, seen, listSeen(seen), tab.name) : undefined;
  if (counted) return counted;
  // Accounts and their totals down an unheaded first column: a financial statement, no partners to head.
  const statement = !wanted || wanted === PARTNERS ? statementLines(matrix, row) : undefined;
  if (statement) {
    return new NoHeaderError(
      `No ${tab.name} header row: row ${row + 1} has ${listSeen(seen)} — ${FINANCIAL_STATEMENT} (${statement.slice(0, 3).map(quote).join(", ")} …), ` +
        `not a list of partners: its lines are accounts and their totals, with no partner's money to check or sum.`,
      tab.name,
      row,
      seen,
      false,
    );
  }
  const data = looksLikeData(cells);
  if (data) {
    return new NoHeaderError(
      `No header row found: row ${row + 1} holds data (${listSeen(seen)}), not headers. ${includeHeaderAdvice(tab)}`,
      tab.name,
      row,
      seen,
      true,
    );
  }
  if (funding) return fundingListError(row, seen, listSeen(seen), funding);
  const keys = KEY_COLUMNS[tab.name];
  const key = keys.map((c) => c.name).join(" or ");
  const others = tab.columns
    .filter((c) => c.required && !keys.includes(c))
    .concat(tab.columns.filter((c) => !c.required && !keys.includes(c)))
    .filter((c) => !closest?.columns.some((m) => m.id === c.id))
    .slice(0, 2)
    .map((c) => c.name)
    .join(" or ");
  const article = /^[AEIOU]/i.test(key) ? "an" : "a";
  // A row that names the key column but nothing else lacks a second column, not the key.
  // A key header over codes (a budget's `Org`: 210, 220) or over a few categories said again and again
  // (a capital register's `Facility`: Water, Storm Drain) is no key to name: the user is not told to map it.
  const named =
    closest && closest.tab === tab
      ? closest.columns.find(
          (c) =>
            keys.some((k) => k.id === c.id) &&
            !holdsCodes(matrix, closest.row, c.index) &&
            // (A header saying it holds names, `donor_name`, holds a ledger's names said again on their
            // rows, no category: a helper's round, real: India's electoral bond purchasers, sorted by
            // buyer, told donor_name was "a category, not one Partner a row". So in other languages: a
            // helper's round, real: Norway's grant basis for faith communities, each organisation on a
            // row a year, `organisasjon_navn` told the same, with its `TOTALT` rows as the example.)
            (!holdsCategories(matrix, closest.row, c.index) || NAMES_HEADER.test(normalizeHeader(c.header))),
        )
      : undefined;
  const repeated =
    !named && closest && closest.tab === tab
      ? closest.columns.find((c) => keys.some((k) => k.id === c.id) && holdsCategories(matrix, closest.row, c.index))
      : undefined;
  // Foundation's Initiative ID read (`project_id`, over numbers as ids are), its Initiative not: the
  // Initiative is what is missing, not "an Initiative ID or Initiative" (corpus round fm, real:
  // Proinfância's school works, `project_id | nome | municipio …`, asked to map an Initiative ID).
  const { initiativeId, initiative } = FOUNDATION.col;
  const idRead =
    !named && tab === FOUNDATION && closest?.tab === FOUNDATION && !closest.columns.some((c) => c.id === initiative.id)
      ? closest.columns.find((c) => c.id === initiativeId.id)
      : undefined;
  // Beside it, the one column headed by a name (`nome`) over words, each on a row or so: the
  // initiatives' names, offered as the Initiative.
  const initiatives =
    idRead && closest
      ? namesBeside(
          matrix,
          closest.row,
          closest.columns.map((c) => c.index),
        )
      : undefined;
  // A column headed by its currency beside the partner (`APOYO CONAPESCA ($)`: Mexico's fisheries
  // subsidies) is the amount to map, rather than any column the sheet lacks.
  // Of several (`Total Programme Funding (£)`, then its parts, then `Total Funding Allocation (£)`), the
  // one adding up to the most: the whole allocation, not a part of it (a helper's round, real: England's
  // 16–19 funding, the hint's column £518M short of the total).
  // Where none says its currency, a header saying money in words over figures (`Total des subventions`:
  // corpus round fj, real: the French State's annex of subsidised associations, told to name a Sector
  // column beside ASSOCIATION while its amounts were in plain sight).
  const amounts =
    named && tab === PARTNERS && closest
      ? (matrix[closest.row] ?? []).flatMap((c, i) => {
          // (Never a post's pay, `Payscale Minimum (£)`: corpus round fk, real, an organogram's pay scales.)
          if (typeof c !== "string" || closest.columns.some((m) => m.index === i) || payHeader(c)) return [];
          // (Or money written in its cells, `€ 37.500`, under a header that asks none: grantedInCells.)
          const marked =
            headerCurrency(c) !== "" ||
            CURRENCY_ONLY.test(withoutBrackets(c)) ||
            /\((?:\$|€|£)\)/.test(c) ||
            grantedInCells(matrix, closest.row, i, c);
          if (!marked && !moneyInWords(c)) return [];
          if (!marked && !figuresUnder(matrix, closest.row, i)) return [];
          return [{ header: c, column: i, marked, sum: columnSum(matrix, closest.row, i) }];
        })
      : [];
  const amountAt = amounts.reduce<(typeof amounts)[number] | undefined>(
    (best, a) => (best === undefined || (a.marked !== best.marked ? a.marked : a.sum > best.sum) ? a : best),
    undefined,
  );
  const amount = amountAt?.header;
  const committed = PARTNERS.col.committed.name;
  // People with an amount beside their names (`last_name | first_name | gift_amount`): a donor list,
  // whose people are partners giving money — a Leadership list has no amounts (a helper's round: a
  // donor list told to name "one more Leadership column beside last_name, such as Title").
  const money =
    !wanted && named && tab === LEADERSHIP && closest?.columns.length === 1
      ? matchTexts(textsOf(cells), cells, row, row, PARTNERS).columns.find(
          // (A budget beside a person is theirs to spend — a councillor's ward budget — not a gift.)
          (c) => c.id === PARTNERS.col.committed.id && !/budget/i.test(c.header),
        )
      : undefined;
  if (named && money) {
    const [person, gift] = asMapped(matrix, row, [named, money]);
    return new NoHeaderError(
      `No ${PARTNERS.name} header row: row ${row + 1} has ${listSeen(seen)} — people with an amount beside them ` +
        `(${money.header}) are partners, giving or given it: map ${person} to ${PARTNERS.col.partner.name} and ` +
        `${gift} to ${committed} ${phrase("mappingArgument")}.`,
      PARTNERS.name,
      row,
      seen,
      false,
      undefined,
      person,
      gift,
    );
  }
  // Leadership came closest on a bare `Name` alone: a list of people, or just as often a list of
  // organisations (a directory of food banks). Say both, and how to map each.
  if (
    !wanted &&
    named &&
    tab === LEADERSHIP &&
    closest?.columns.length === 1 &&
    (isBareName(named.header) || fullNameOfAcronym(named.header, seen))
  ) {
    // (Unless an organisation's number beside it says organisations.)
    const organisations = organisationsByNumber(matrix, row, seen, listSeen(seen), named.header);
    if (organisations) return organisations;
    const partner = PARTNERS.col.partner.name;
    const [mapped] = asMapped(matrix, row, [named]);
    return new NoHeaderError(
      `No ${LEADERSHIP.name} or ${PARTNERS.name} header row: row ${row + 1} has ${listSeen(seen)} — ${named.header} ` +
        `alone does not say whether its rows are people or organisations. For people (${LEADERSHIP.name}), name one ` +
        `more column beside ${named.header}, such as ${others}; for organisations (${PARTNERS.name}), map ` +
        `${mapped} to ${partner} ${phrase("mappingArgument")}.`,
      tab.name,
      row,
      seen,
      false,
      { tab: PARTNERS.name, header: mapped, column: partner },
    );
  }
  // Its first column (the names, often) has no header: naming it is the fix — unless the row names
  // the key column elsewhere (real: a federal report's unheaded first column holds group labels,
  // "Local Government", beside its Recipient Name column).
  const unheaded = !named && unheadedFirstColumn(matrix, row) ? ` (${UNHEADED_FIRST_COLUMN}: head it ${key})` : "";
  // A key header misspelt by one letter (`Recipent`: a county's grants sheet, left unchecked): said,
  // with the word it looks like, and offered as the key to map.
  // Not a header over codes: the IRS's `ORGANIZATION` holds a legal form's number (1, 2, 5), and
  // mapped as the Partner it made 6,208 nonprofits 5 partners named "1" … "6" (a helper's round).
  // Nor a header over a few values said again and again, which the message has just called a category
  // (corpus round fk, real: the Environment Agency's junior organogram, `Organisation` "Environment Agency"
  // on all 1,967 rows, told it was a category and then "looks like Organization: map it to Partner").
  const namesRows = (header: string) => {
    const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
    return (
      c < 0 ||
      (!holdsCodes(matrix, row, c) && (!holdsCategories(matrix, row, c) || NAMES_HEADER.test(normalizeHeader(header))))
    );
  };
  const misspelt = named ? undefined : misspeltKey(tab, seen, namesRows);
  // A register's name column headed by what its rows are (`Parks and Recreation Facilities`): offered
  // as the Asset to map.
  const headedByWhat =
    named || misspelt || tab !== ASSETS
      ? undefined
      : (bareName ??
        assetNamesHeader(seen, closest?.tab === tab ? closest : undefined, (header) => {
          const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
          // Names, not counts (`Equipment Count` beside `Equipment Class`: a helper's round, real:
          // Montgomery County's fleet, its assets offered as 21, 3, 42).
          const below = c >= 0 ? firstBelow(matrix, row, c) : "";
          return below !== "" && coerceNumber(below) === undefined;
        }));
  // Else an Assets-like row's one column of names (`Taxpayer` beside `Value`s): offered as the Asset.
  const assetNames =
    named || repeated || misspelt || headedByWhat !== undefined || tab !== ASSETS
      ? undefined
      : oneNamesColumn(matrix, row, new Set(closest?.tab === tab ? closest.columns.map((c) => c.index) : []));
  // A bare `name` over companies (initiativesNamedAsCompanies): offered as the Partner to map.
  const companies =
    named || misspelt || tab !== PARTNERS
      ? undefined
      : seen.find((header) => {
          const c = cells.findIndex((cell) => !isBlank(cell) && headerText(cell).trim() === header);
          return isBareName(header) && c >= 0 && LEGAL_FORM_END.test(firstBelow(matrix, row, c));
        });
  // The one column of names, headed by a kind of organisation, beside a column the row names as
  // Committed (`amount | club | rnd | state`): offered as the Partner to map (a helper's round, real: Australia's sports-club grants, told to map
  // "<your header>" where `club` was the only column it could be).
  const onlyNames =
    named || misspelt || companies !== undefined || tab !== PARTNERS
      ? undefined
      : onlyNamesBesideAmount(matrix, row, cells);
  // A directory's one column of names (`community_hub` beside address, website, email): offered as the
  // Partner to map (corpus round fg, real: Trafford's community hubs, told to map "<your header>") — as
  // a guess, "may hold", where its header says nothing of names (`community_hub` holds towns).
  // Not a column of projects (`Projects`): the Foundation tab's initiatives, no partners (initiativeNames).
  const directory =
    named || misspelt || companies !== undefined || onlyNames !== undefined || paid || tab !== PARTNERS
      ? undefined
      : directoryNames(matrix, row, new Set(closest?.tab === tab ? closest.columns.map((c) => c.index) : []));
  const listed = directory && !saysInitiatives(directory.header) ? directory : undefined;
  // Else the one column whose values name organisations by their marks (`株式会社…`, `高松市`): offered as
  // the Partner, and the one column of dates beside it as their Start date, if it is when each began
  // (corpus round fj, real: Takamatsu's smart-city consortium, `groupName` and `applicationDate`).
  const read = new Set(closest?.tab === tab ? closest.columns.map((c) => c.index) : []);
  const byMarks =
    named || misspelt || companies !== undefined || onlyNames !== undefined || listed !== undefined || paid
      ? undefined
      : tab === PARTNERS
        ? organisationsColumn(matrix, row, read)
        : undefined;
  // Else the one column of names whose header says projects (`Projects`, `Název projektu`): said for
  // what it is, the Foundation tab's Initiative, never offered as the Partner (corpus round io, real: a
  // data company's portfolio, 167 projects counted as partners by following the hint; a Czech regional
  // fund's approved requests, no column naming who receives the money).
  const initiativeNames =
    tab !== PARTNERS ||
    named ||
    misspelt ||
    companies !== undefined ||
    onlyNames !== undefined ||
    listed !== undefined ||
    byMarks !== undefined ||
    given !== undefined ||
    paid
      ? undefined
      : directory !== undefined
        ? directory.header
        : initiativeNamesColumn(matrix, row, read);
  // Else the one column headed as the entity each row is of (`entiteit`), holding names — not beside a
  // column of projects, where the entity is the agency carrying each out, no partner (round nx D-nx6, real:
  // Flanders' capital investment plan, `entiteit` beside `project`: "project" names projects, as before).
  const organisations =
    byMarks ??
    (tab === PARTNERS &&
    initiativeNames === undefined &&
    !(named || misspelt || companies !== undefined || onlyNames !== undefined || listed !== undefined || paid)
      ? entityColumn(matrix, row, read)
      : undefined);
  const began = organisations === undefined ? undefined : datesColumn(matrix, row, organisations);
  const start = PARTNERS.col.startDate.name;
  // (Said where nothing nearer names the key: a header read as it, misspelt, or over companies.)
  const grants = named || misspelt || companies !== undefined || onlyNames !== undefined ? undefined : given;
  // Years across, labels down the side (a pivot pasted as values): one year's column is the amount.
  const years =
    (!wanted || wanted === PARTNERS) && tab === PARTNERS && !named && !misspelt && !given && !paid && !companies
      ? yearColumns(matrix, row)
      : undefined;
  // The headers the hint's --map names (the key, its amount, their start date), as the mapping the
  // command gives takes them: by their place where its header row heads one over two columns (asMapped).
  const keyHeader =
    named?.header ??
    years?.labels ??
    grants?.names ??
    initiatives ??
    misspelt?.header ??
    headedByWhat ??
    companies ??
    onlyNames ??
    assetNames ??
    listed?.header ??
    organisations ??
    projects;
  const amountHeader =
    typeof amount === "string"
      ? amount.trim()
      : (years?.latest ?? (grants?.names !== undefined ? grants.amount : paid?.amount));
  // (Their columns where known: of a header said over several, `Total` seven times, the one meant.)
  const columnOf = (header: string | undefined) =>
    header === undefined
      ? undefined
      : header === named?.header
        ? named.index
        : header === amount?.trim()
          ? amountAt?.column
          : header === grants?.amount
            ? grants.amountColumn
            : undefined;
  const hinted = [keyHeader, amountHeader, began].flatMap((header) =>
    header === undefined ? [] : [{ header, column: columnOf(header) }],
  );
  const mappedAs = new Map(asMapped(matrix, row, hinted).map((h, i) => [hinted[i].header, h]));
  // (A header no --map of the hint names with them, as a --map naming it alone takes it.)
  const as = (header: string) =>
    mappedAs.get(header) ?? asMapped(matrix, row, [{ header, column: columnOf(header) }])[0];
  const what = idRead
    ? `name ${/^[AEIOU]/i.test(initiative.name) ? "an" : "a"} ${initiative.name} column beside ${idRead.header}, ` +
      `read as the ${initiativeId.name}`
    : named
      ? `name one more ${tab.name} column beside ${as(named.header)} (such as ${
          typeof amount === "string" ? `${as(amount.trim())}, as ${committed}` : others
        })`
      : wanted
        ? `name at least two ${tab.name} columns (such as ${key})`
        : repeated
          ? `name ${article} ${key} column (${repeated.header} says a few values again and again, such as ` +
            `${quote(firstValueBelow(matrix, closest!.row, repeated.index))}: a category, not one ${key} a row)`
          : `name ${article} ${key} column`;
  const saidOf = misspelt
    ? ` (${quote(as(misspelt.header))} looks like ${quote(misspelt.word)}: map it to ${keys[0].name})`
    : initiatives !== undefined
      ? ` (${quote(as(initiatives))} may name the initiatives: map it to ${initiative.name})`
      : headedByWhat !== undefined
        ? ` (${quote(as(headedByWhat))} may name the assets: map it to ${keys[0].name})`
        : companies !== undefined
          ? ` (${quote(as(companies))} names companies: map it to ${keys[0].name})`
          : (onlyNames ?? assetNames) !== undefined
            ? ` (${quote(as((onlyNames ?? assetNames)!))} is its one column of names: map it to ${keys[0].name})`
            : listed !== undefined
              ? ` (${quote(as(listed.header))} ${listed.named ? "holds" : "may hold"} the names: map it to ${keys[0].name})`
              : organisations !== undefined
                ? ` (${quote(as(organisations))} holds organisations' names: map it to ${keys[0].name}` +
                  `${began === undefined ? "" : `, and ${quote(as(began))} to ${start} if it is when each began`})`
                : initiativeNames !== undefined
                  ? ` (${quote(initiativeNames)} names projects: the ${FOUNDATION.name} tab's ${initiative.name}, ` +
                    `not a ${keys[0].name})`
                  : projects !== undefined
                    ? ` (${quote(as(projects))} names the projects: map it to ${FOUNDATION.col.initiative.name})`
                    : paid
                      ? ` (${quote(as(paid.amount))} beside ${quote(paid.method)} is money received: name who gave each amount ` +
                        `as the ${keys[0].name}, and map ${quote(as(paid.amount))} to ${committed})`
                      : "";
  const looksLike = years
    ? yearColumnsSaid({ ...years, labels: as(years.labels), latest: as(years.latest) })
    : grants && (grants.names !== undefined || saidOf === "")
      ? grantsSaid({
          ...grants,
          amount: as(grants.amount),
          ...(grants.names !== undefined ? { names: as(grants.names) } : {}),
          ...(grants.among !== undefined ? { among: grants.among.map(as) } : {}),
        })
      : saidOf;
  // No column named as the partners', and none said to hold amounts: where its money is, if anywhere
  // (corpus round io, real: a Czech regional fund's three Kč columns, unsaid).
  const figures =
    tab === PARTNERS &&
    !named &&
    !misspelt &&
    (companies ?? onlyNames ?? listed ?? organisations) === undefined &&
    !given &&
    !years &&
    !paid
      ? figuresOfRow(matrix, row)
      : "";
  return new NoHeaderError(
    `No ${tab.name} header row: row ${row + 1} has ${listSeen(seen)}${unheaded} — ${what}${looksLike}, or map the columns ${phrase("mappingArgument")}.${figures}`,
    tab.name,
    row,
    seen,
    false,
    undefined,
    keyHeader === undefined ? undefined : as(keyHeader),
    amountHeader === undefined ? undefined : as(amountHeader),
    years || grants?.names !== undefined
      ? keys[0].name
      : idRead !== undefined || (misspelt === undefined && projects !== undefined)
        ? initiative.name
        : undefined,
    began === undefined ? undefined : as(began),
  );
}

/**
 * The one column of the row, besides those read (`read`), headed by a word for a name (NAME_WORDS:
 * `nome`, `name`) over words — no figures, no codes, no few values said again: the names of the row's
 * things; else undefined.
 */
function namesBeside(matrix: Matrix, row: number, read: readonly number[]): string | undefined {
  const found: string[] = [];
  (matrix[row] ?? []).forEach((header, column) => {
    if (typeof header !== "string" || read.includes(column) || !NAMES_HEADER.test(normalizeHeader(header))) return;
    const below = firstBelow(matrix, row, column);
    if (below === "" || coerceNumber(below) !== undefined) return;
    if (holdsCodes(matrix, row, column) || holdsCategories(matrix, row, column)) return;
    found.push(header.trim());
  });
  return found.length === 1 ? found[0] : undefined;
}

/** A header's words over dates (`applicationDate`, `date_joined`, `申請日`: the schema's DATE_HEADER_WORDS). */
const DATE_HEADER = new RegExp(
  `(?<!\\p{L})(?:${wordsPattern(DATE_HEADER_WORDS.words)})(?!\\p{L})|(?:${wordsPattern(DATE_HEADER_WORDS.ending)})\\s*$`,
  "iu",
);

/**
 * The one header of the row besides `except` saying dates (DATE_HEADER, its words apart by case too:
 * `applicationDate`) over dates — two in three of its first filled cells — else undefined.
 */
function datesColumn(matrix: Matrix, row: number, except: string): string | undefined {
  const found: string[] = [];
  (matrix[row] ?? []).forEach((header, column) => {
    if (typeof header !== "string" || header.trim() === except) return;
    const words = camelApart(header).replace(/_/g, " ");
    if (!DATE_HEADER.test(words) || matchHeader(PARTNERS, header) !== undefined) return;
    let dates = 0;
    let filled = 0;
    for (let r = row + 1; r < matrix.length && filled < NAMES_SAMPLED; r++) {
      const cell = matrix[r]?.[column];
      if (isBlank(cell)) continue;
      filled++;
      if (coerceDate(cell) !== undefined) dates++;
    }
    if (filled >= 2 && dates * 3 >= filled * 2) found.push(header.trim());
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Rows under a header row read to tell a column of names (onlyNamesBesideAmount). */
const NAMES_SAMPLE = 20;

/**
 * A header naming a kind of organisation (`club`, `Society`, `charity name`): its rows are the partners
 * when they hold names. Not `Department`, `Scheme`, `Region`, `Gender`: a summary's categories, whose
 * rows hold names too (a drift run: NHMRC's tables by scheme and gender offered as partners).
 */
const ORGANISATION_NOUN =
  /^\s*(?:club|society|association|charity|school|church|congregation|company|business|firm|venue|group|team|league|trust|cooperative|co-?op)s?(?:\s+name)?\s*$/i;

/**
 * The header of the row's one column of names under a header naming a kind of organisation — words with
 * a letter, most of them different, not codes (`ACT` again and again) — where another of its headers
 * names Committed (`amount`); undefined when there is no such amount, or not exactly one such column.
 */
function onlyNamesBesideAmount(matrix: Matrix, row: number, cells: readonly Cell[]): string | undefined {
  const headers = cells.map((cell) => (isBlank(cell) ? "" : headerText(cell).trim()));
  const isAmount = (h: string) => h !== "" && matchHeader(PARTNERS, h)?.column.id === PARTNERS.col.committed.id;
  if (!headers.some(isAmount)) return undefined;
  const names = headers.filter((h, c) => {
    if (!ORGANISATION_NOUN.test(h) || matchHeader(PARTNERS, h) !== undefined) return false;
    const values: string[] = [];
    for (let r = row + 1; r < matrix.length && values.length < NAMES_SAMPLE; r++) {
      const cell = matrix[r]?.[c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "string" || coerceNumber(cell) !== undefined) return false;
      values.push(cell.trim().toLowerCase());
    }
    // Names run to a word or two each (`Northside Bmx Club`), and differ from row to row.
    const named = values.filter((v) => /\p{L}{2,}.*\s\S|\p{L}{6,}/u.test(v));
    return values.length >= 3 && named.length * 5 >= values.length * 4 && new Set(values).size * 5 >= values.length * 4;
  });
  return names.length === 1 ? names[0] : undefined;
}

/** Words a register's name column is headed by, saying what its rows are (see assetNamesHeader). */
const ASSET_NOUNS: ReadonlySet<string> = new Set(
  [
    "asset",
    "facility",
    "site",
    "property",
    "building",
    "park",
    "equipment",
    "vehicle",
    "item",
    "venue",
    "land",
    "station",
  ].flatMap((w) => [w, w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`]),
);
/** Words of a header that describe the asset rather than name it (`Facility Type`, `Site address`). */
const ASSET_DESCRIBED =
  /\b(?:types?|category|categories|class|code|ids?|numbers?|no|ref|phone|address|url|area|size|value|status|owner|cost|date)\b/i;

/**
 * Among an Assets-like row's headers not yet read, one that says what the rows are
 * (`Parks and Recreation Facilities`, `Sites`) and not something about them (`Facility Type`): a
 * helper's round, real: Oakland's parks and recreation facilities, hinted `<your header>=Asset`.
 */
function assetNamesHeader(
  seen: readonly string[],
  closest: RowMatch | undefined,
  filled: (header: string) => boolean,
): string | undefined {
  // `_` joins words as a space does (`CNG_Vehicle_Size` is a size); a column empty on every row names
  // nothing (a helper's round, real: DC's fuel stations, the hint's column blank on all 151 rows).
  return seen.find(
    (header) =>
      !closest?.columns.some((c) => c.header === header) &&
      !ASSET_DESCRIBED.test(header.replace(/_/g, " ")) &&
      filled(header) &&
      (header
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((w) => ASSET_NOUNS.has(w)) ||
        headerHasWord(header, HERITAGE)),
  );
}

/**
 * A header one letter away from a word naming the tab's key column (its name or a synonym of six
 * letters or more: `Recipent`, `Grantee`), and that word; undefined when none is.
 */
function misspeltKey(
  tab: TabSpec,
  seen: readonly string[],
  namesRows: (header: string) => boolean,
): { header: string; word: string } | undefined {
  const words = KEY_COLUMNS[tab.name].flatMap((c) => [c.name, ...(c.synonyms ?? [])]).filter((w) => w.length >= 6);
  for (const header of seen) {
    // Each language of a header in two (`Nome do Beneficiário | Benficiary Name`, as Portugal's list of
    // operations writes its headers: corpus round fl), as matchHeader reads them.
    for (const side of languageLines(header)?.flat() ?? [header]) {
      const h = normalizeHeader(side);
      if (h.length < 6) continue;
      const word = words.find((w) => oneEditApart(h, normalizeHeader(w)));
      if (word !== undefined && namesRows(header)) return { header, word };
    }
  }
  return undefined;
}

/** Are `a` and `b` one letter apart: one left out, added, changed, or two side by side swapped? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * `Full name` beside `Short name`: an organisation's name and its acronym, as a consortium lists its
 * partners (a helper's round, real: an EU project's, hinted as Leadership alone). A person's `Full
 * name` stands beside no short one.
 */
function fullNameOfAcronym(header: string, seen: readonly string[]): boolean {
  return normalizeHeader(header) === "fullname" && seen.some((h) => normalizeHeader(h) === "shortname");
}

/**
 * The scanned row with the most filled cells (the first of them): when nothing matched, the row a
 * reader takes for the headers, rather than a title above it.
 */
function widestRow(matrix: Matrix, firstFilled: number): number {
  // A row of headers before a row of data, however wide: a header row whose first cell is blank (a
  // hospital list's `| Number of incidents | …` over its trusts) was passed over for its first trust.
  let best = firstFilled;
  let most = 0;
  let bestWords = -1;
  let mostWords = 0;
  // Of those, a row of words alone: a data row with one figure among many words (a CSV row whose
  // address holds unquoted commas, `3, Club Rio, Pasaje 7, oficina 2 …`: wider than its header row)
  // is no header row to quote (a helper's round: Chile's lobbying register, "row 3 has 1186 …").
  let bestText = -1;
  let mostText = 0;
  for (let r = firstFilled, scanned = 0; r < matrix.length && scanned < HEADER_SCAN_ROWS; r++) {
    const cells = matrix[r];
    if (!Array.isArray(cells) || isBlankRow(cells)) continue;
    scanned++;
    const filled = cells.filter((c) => !isBlank(c)).length;
    if (filled > most) [best, most] = [r, filled];
    if (filled < 2 || looksLikeData(cells)) continue;
    if (filled > mostWords) [bestWords, mostWords] = [r, filled];
    // (Figures kept as text, `3,340,685`, are figures too: a grants table stored so had its first
    // council quoted as the headers, not the `Initial ($) | Final ($)` row above it — a helper's round.)
    if (filled > mostText && !cells.some((c) => isFigure(c) || isFigure(textFigure(c))))
      [bestText, mostText] = [r, filled];
  }
  // As wide as half the widest at least: a short title row is no header row before a header with a
  // figure among its words (a pandas export's `… | End Date | 0`).
  if (bestText >= 0 && mostText * 2 >= mostWords) return bestText;
  return bestWords >= 0 ? bestWords : best;
}

/** The header row's first cell is blank over a column of text below it: that column has no header. */
function unheadedFirstColumn(matrix: Matrix, row: number): boolean {
  const cells = matrix[row] ?? [];
  if (!isBlank(cells[0]) || cells.every((c) => isBlank(c))) return false;
  // Years across the top (`2015, 2016, 2018, Grand_Total`): a table of figures by year, its first
  // column the measures (`Award_Amount`), no partners to head (a helper's round, real: a transit
  // awards report's Summary sheet, told to head its measures Partner).
  const filled = cells.filter((c) => !isBlank(c));
  const years = filled.filter((c) => /^(?:FY\s*)?(?:19|20)\d{2}$/i.test(String(c).trim())).length;
  if (years >= 3 && years * 3 >= filled.length * 2) return false;
  let text = false;
  let names = 0;
  let alone = 0;
  // Rows carrying data with the column blank: a group's rows under its title.
  let under = 0;
  for (let r = row + 1; r < Math.min(matrix.length, row + GROUP_ROWS_LOOKED_AT); r++) {
    const cells = matrix[r] ?? [];
    const cell = cells[0];
    // A footnote's mark under the data (`*` beside "Including Special Franchises:", a `___` rule above it)
    // is a note's, no name: the column holding only those is empty in the table (a helper's round, real: a
    // comptroller's largest-taxpayers page, told to head its column A Asset, whose 14 rows then read as
    // "is empty").
    if (isBlank(cell) || isFootnoteMark(cell)) {
      if (!isBlankRow(cells)) under++;
      continue;
    }
    // Row numbers a program wrote (`0`, `1`, `2` in a CSV, pandas' index) head no partner (a helper's
    // round, real: Finland's election-funding disclosures, told to head them Partner: 1,085 partners
    // named 0–1084).
    if (r <= row + 5 && (typeof cell !== "string" || coerceNumber(cell) !== undefined)) return false;
    text = true;
    names++;
    if (cells.every((c, i) => i === 0 || isBlank(c))) alone++;
  }
  // Names each alone on its row, above rows that carry the data and leave the column blank, are group
  // titles (a firm over its buildings): headed Partner, every data row would be "Partner is empty" (a
  // helper's round, real: a lighting institute's resources, 27 of 30 rows). A name with its data on
  // its own row, anywhere in the rows looked at, says a list of partners (a reviewer's repro: names
  // with nothing yet above one anonymous pledge lost the hint).
  return text && !(alone === names && under >= names);
}

/** What the no-header message says of a first column to head (the CLI's hint reads it: no --map names it). */
export const UNHEADED_FIRST_COLUMN = "its first column has no header";

/** How many rows under the header row unheadedFirstColumn reads for group titles. */
const GROUP_ROWS_LOOKED_AT = 51;

/**
 * A list of programmes read as Partners by a kind of recipient (programmesListed): no header row of a
 * tab, and the way on is the programme's name as Initiative — or the recipient as Partner, if its values
 * are organisations after all.
 */
export function programmeListError(matrix: Matrix, row: number, found: ProgrammeList): NoHeaderError {
  const seen = (matrix[row] ?? []).filter((c) => !isBlank(c)).map((c) => headerText(c).trim());
  const { programme, partner, value, rows } = found;
  const { initiative } = FOUNDATION.col;
  return new NoHeaderError(
    `No ${PARTNERS.name} or ${FOUNDATION.name} header row: row ${row + 1} has ${listSeen(seen)} — ${partner.header} ` +
      `says the same values on most rows (${quote(value)} on ${rows}) beside ${programme.header}, a different one ` +
      `on each: a list of programmes and who may receive them, not of partners. Map ${programme.header} to ` +
      `${initiative.name} to check them as initiatives, or ${partner.header} to ${PARTNERS.col.partner.name} if ` +
      `its values are organisations ${phrase("mappingArgument")}.`,
    FOUNDATION.name,
    row,
    seen,
    false,
    { tab: PARTNERS.name, header: partner.header, column: PARTNERS.col.partner.name },
    programme.header,
  );
}
