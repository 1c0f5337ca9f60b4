import { IGNORED_COLUMN, saysIgnore } from "./ignoredColumns";

/**
 * How each door says "make this mapping": ONE table, a phrase → each door's words.
 *
 * The core's messages tell the user how to fix a mapping in the custom functions' words — `(the
 * \`mapping\` argument)`, `(map "Sector" to Ignore)`, "start the range at it" — since a formula's
 * message is shown as the core says it. The command line says its own options (`--tab`, `--map`,
 * `--header-row`) and the task pane its own controls ("map the columns below", `(ignore)`, "Headers on
 * row N"). The core writes each of those phrases only through `phrase` below, and each door puts its
 * words in with `inDoorWords`, both from this table: a phrase added here must be given every door's words
 * (the type says so), and test/core/doorWording.test.ts reads the core's sources for a phrase spelled out
 * by hand or one the table lacks.
 *
 * The core knows the doors by name only: what the CLI's `--map` or the pane's "below" means is theirs;
 * how each door says where its user makes the mapping (`at`) is computed by the door.
 */

/** The three doors into the same core (SPEC): Excel's custom functions, the command line, the task pane. */
export type Door = "functions" | "cli" | "pane";

export const DOORS: readonly Door[] = ["functions", "cli", "pane"];

/**
 * One door's words for a phrase, from the phrase's parts and `at` — where that door's user makes the
 * mapping, as the door says it: the command line, the sheet a `--map` entry is for, as written before a
 * header (`y2016!`, or "" for every sheet); the task pane, where its mapping editor is from where the
 * message is shown ("below", "above", "in Use an existing sheet"); the functions, nothing ("").
 */
type Words<P extends readonly string[]> = (parts: P, at: string) => string;

interface Phrase<P extends readonly string[]> {
  /** Finds the phrase as the core writes it (the functions' words) in a message; its groups are the parts. */
  readonly found: RegExp;
  /** Each door's words. The functions' are the core's own: the phrase as every message writes it. */
  readonly doors: { readonly [D in Door]: Words<P> };
  /** Parts the phrase is shown with here and in its test: a reader sees each door's words at a glance. */
  readonly example: P;
}

const entry = <P extends readonly string[]>(phrase: Phrase<P>): Phrase<P> => phrase;

/** The pane's choice for a column left out (its column list's `(ignore)`), else the tracker column's name. */
const paneChoice = (column: string): string => (saysIgnore(column) ? IGNORED_COLUMN : column);

/** The sheet a command line's --map prefix names (`y2016!`, `'Q1!Q2'!` → `y2016`, `Q1!Q2`). */
/** `--header-row 5056` as a user types it: the row as a message numbers it (`5,056`), without its commas. */
const headerRowOption = (row: string): string => `--header-row ${row.replace(/,/g, "")}`;
const sheetOfPrefix = (at: string): string => {
  const name = at.replace(/!$/, "");
  return /^'.*'$/.test(name) ? name.slice(1, -1).replace(/''/g, "'") : name;
};

/**
 * The phrases, in the order a message is rewritten: none holds another but noColumn, which holds
 * mappingArgument's words and so comes first.
 */
export const DOOR_WORDING = {
  /**
   * A column SUMMARY needs and the block lacks (Committed). A formula's range is what its user selected,
   * so "include it with its header"; the command line and the pane read the whole sheet, whose column
   * there is to add or map — "the range" is no word of theirs (mw's leftover: `summary` on a Dutch
   * joint-arrangements list told to include its Committed column in "the range").
   */
  noColumn: entry<[column: string]>({
    found: /The range has no ([A-Z][\w ]*) column — include it with its header, or map it \(the `mapping` argument\)/g,
    doors: {
      functions: ([column]) =>
        `The range has no ${column} column — include it with its header, or map it (the \`mapping\` argument)`,
      cli: ([column]) =>
        `The sheet has no ${column} column — add one, or map the column that holds it (--tab and --map)`,
      pane: ([column], at) => `The sheet has no ${column} column — add one, or map the column that holds it ${at}`,
    },
    example: ["Committed"],
  }),

  /**
   * A header or column the mapping names that is not there: a formula's range may leave it out, so "include
   * that column"; the command line and the pane read the whole sheet, where there is nothing to include —
   * the mapping is what to correct (rb's brief: check's `--map "Grantee=Partner"` said "the range").
   */
  notThere: entry<[lacks: string, seen: string]>({
    found:
      /but the range (has no such header|ends at column [A-Z]+)((?: \([^]*?\))?) — correct the mapping or include that column\./g,
    doors: {
      functions: ([lacks, seen]) => `but the range ${lacks}${seen} — correct the mapping or include that column.`,
      cli: ([lacks, seen]) => `but the sheet ${lacks}${seen} — correct that --map entry.`,
      pane: ([lacks, seen], at) => `but the sheet ${lacks}${seen} — correct the mapping ${at}.`,
    },
    example: ["has no such header", " (row 1 has Grantee name, Amount)"],
  }),

  /** Where a mapping is made: the functions' `mapping` argument. */
  mappingArgument: entry<[]>({
    found: /\(the `mapping` argument\)/g,
    doors: {
      functions: () => "(the `mapping` argument)",
      cli: () => "(--tab and --map)",
      // `…, or map the columns (the `mapping` argument).` → `…, or map the columns below.`
      pane: (_, at) => at,
    },
    example: [],
  }),

  /**
   * One column read as a tracker column, or left out (`Ignore`). The command line's `--map` names the
   * sheet it is for where the workbook has others (a --map for every sheet would read the other
   * sheets' Country as partners too: Frontex's fifteen sheets, one swapped); a column left out adds
   * nothing anywhere, so its --map is for every sheet.
   */
  mapColumn: entry<[header: string, column: string]>({
    found: /\(map "([^"]*)" to ([A-Z][\w ]*)\)/g,
    doors: {
      functions: ([header, column]) => `(map "${header}" to ${column})`,
      cli: ([header, column], at) => `(--map "${saysIgnore(column) ? "" : at}${header}=${column}")`,
      pane: ([header, column], at) => `(set "${header}" to ${paneChoice(column)} ${at})`,
    },
    example: ["Sector", "Ignore"],
  }),

  /** A header row further down than the range's first rows: `row` and `above` as the message numbers them. */
  headerRowBelow: entry<[row: string, above: string]>({
    found:
      /on row ([\d,]+), under ([\d,]+) rows — move that row to the top of the range \(rows above a header row are not read\), or start the range at it\./g,
    doors: {
      functions: ([row, above]) =>
        `on row ${row}, under ${above} rows — move that row to the top of the range (rows above a header row ` +
        `are not read), or start the range at it.`,
      cli: ([row, above]) =>
        `on row ${row}, under ${above} rows — pass ${headerRowOption(row)} to read the table from there (the rows ` +
        `above it are not read).`,
      pane: ([row, above], at) =>
        `on row ${row}, under ${above} rows — say "Headers on row ${row.replace(/,/g, "")}" ${at} (the rows ` +
        `above it are not read).`,
    },
    example: ["5,056", "5,055"],
  }),

  /**
   * Another table's header row under the one read (leftOut `table`): that table is checked on its own —
   * from the functions, a range of its own; from the command line, `--header-row` (and `--sheet` where
   * the workbook has others); from the pane, its "Headers on row N" (a helper's brief: the pane's user
   * was told to select it, or copy it to a sheet of its own).
   */
  tableOnItsOwn: entry<[row: string]>({
    found: /check that table on its own \(select it from row ([\d,]+), or copy it to a sheet of its own\)\./g,
    doors: {
      functions: ([row]) =>
        `check that table on its own (select it from row ${row}, or copy it to a sheet of its own).`,
      cli: ([row], at) =>
        `check that table on its own with ${at === "" ? "" : `--sheet "${sheetOfPrefix(at)}" `}` +
        `${headerRowOption(row)}.`,
      pane: ([row], at) => `check that table on its own: say "Headers on row ${row.replace(/,/g, "")}" ${at}.`,
    },
    example: ["10"],
  }),

  /** A range without its header row: a formula given a table's data (`tblPartners`) instead of all of it. */
  includeHeaderRow: entry<[table: string]>({
    found: /Include the header row — for a table pass (\S+)\[#All\], not \1\./g,
    doors: {
      functions: ([table]) => `Include the header row — for a table pass ${table}[#All], not ${table}.`,
      cli: () => "Add the header row above the data, or say which tab it is and map its columns (--tab and --map).",
      pane: (_, at) => `Add the header row above the data, or say which tab it is and map its columns ${at}.`,
    },
    example: ["tblPartners"],
  }),

  /**
   * A table on its side (its items across, one column per item): turned so each item is a row, then read
   * again, as each door reads a sheet — a formula passed the range it makes, the command line's command run
   * again (no --tab or --map turns it), the pane's Read headers on the sheet it makes.
   */
  transposeIt: entry<[]>({
    found: /transpose it \(Copy, then Paste Special › Transpose\) and pass the range it makes/g,
    doors: {
      functions: () => "transpose it (Copy, then Paste Special › Transpose) and pass the range it makes",
      cli: () =>
        "transpose it (Copy, then Paste Special › Transpose), save it and run the command on it again (no " +
        "--tab or --map turns a table)",
      // The pane lists the steps (Copy, Paste Special › Transpose, read the new sheet) in "Use an existing
      // sheet", under its message: said here too, they made the message too long to read at 320 px.
      pane: (_, at) => `transpose it onto a new sheet — the steps are ${at}`,
    },
    example: [],
  }),
} as const;

export type PhraseKey = keyof typeof DOOR_WORDING;

type PartsOf<K extends PhraseKey> = Parameters<(typeof DOOR_WORDING)[K]["doors"]["functions"]>[0];

/** The phrase `key` as the core writes it in a message: the functions' words. */
export function phrase<K extends PhraseKey>(key: K, ...parts: PartsOf<K>): string {
  return (DOOR_WORDING[key].doors.functions as Words<PartsOf<K>>)(parts, "");
}

/**
 * The phrases as inDoorWords reads them, each one's parts as a match's groups (plain text, as many as
 * its example has: the test holds each `found` to its example).
 */
const PHRASES = Object.values(DOOR_WORDING) as unknown as readonly Phrase<readonly string[]>[];

/**
 * A core message as `door` says it: each phrase in the functions' words put in that door's words, with
 * `at` where that door's user makes the mapping (see Words). The functions' own door changes nothing.
 */
export function inDoorWords(message: string, door: Door, at = ""): string {
  let text = message;
  for (const p of PHRASES) {
    text = text.replace(p.found, (...match: string[]) => p.doors[door](match.slice(1, 1 + p.example.length), at));
  }
  return text;
}

/**
 * A sheet's name before `!` in a --map entry, as Excel writes it before a cell: quoted (`'Q1!Q2'`, a
 * quote inside doubled) where the name holds a `!` or a quote, or spaces at its ends.
 */
export function mapSheetPrefix(sheet: string): string {
  return /[!']|^\s|\s$/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/**
 * How each door says what the notes of a Partners summary point to (sheetSummaryNotes): where rows are
 * named one by one, how a header is mapped to a column (`Committed (M)`, `Committed (£)`: with a unit),
 * how a table is read from a header row further down. The notes are one text for every door but for
 * these words: the command line's options, the pane's controls, the functions' arguments.
 */
export interface SummaryWords {
  /** What names the rows a note counts, one by one: the command line's `check`. */
  readonly issues: string;
  /** A header read as a tracker column: `--map "Grant=Committed"`. */
  mapTo(header: string, column: string): string;
  /**
   * A header read as a tracker column with a unit (`Committed (£)`, `Committed (M)`), where the door can
   * say one: the pane's editor offers no unit, so there only a header saying it does (its notes said
   * `"Amount" set to Committed (£) above` of a choice the editor does not have).
   */
  readonly mapWithUnit?: (header: string, column: string) => string;
  /** The table from row `row` (as the note numbers it) read alone: `--header-row 12`. */
  headerRow(row: string): string;
  /**
   * Where this door shows a row per group (`--by`, the functions' `groupBy`), what a summary with no such
   * column shows instead: the pane shows the Total alone, so it has nothing to explain ("No Sector column:
   * only the Total row." read there as if something were missing).
   */
  readonly noGroupColumn?: (column: string) => string;
  /** A core message said in this door's words (inDoorWords), for a note on `sheet` of several. */
  message(said: string, sheet?: string): string;
}

/**
 * A header as a mapping names it: a column with no header, which messages call `(column B)`, by its
 * letter alone — as check's own hint for a sheet without a header row has it (`--map "A=Partner"`), not
 * a header the sheet does not have (a helper's round: Russia's headerless subsidies list told `--map
 * "(column B)=Committed (€)"`).
 */
function typedHeader(header: string): string {
  return LETTER_PLACE.exec(header)?.[1] ?? header;
}
const LETTER_PLACE = /^\(column ([A-Z]{1,3})\)$/;

export const SUMMARY_WORDS: { readonly [D in Door]: SummaryWords } = {
  functions: {
    issues: "PARTNERS.ISSUES",
    mapTo: (header, column) => `mapping "${typedHeader(header)}" to ${column}`,
    mapWithUnit: (header, column) => `mapping "${typedHeader(header)}" to ${column}`,
    headerRow: (row) => `a range starting at row ${row}`,
    noGroupColumn: (column) => `No ${column} column: only the Total row.`,
    message: (said) => said,
  },
  cli: {
    issues: "`check`",
    mapTo: (header, column) => `--map "${typedHeader(header)}=${column}"`,
    mapWithUnit: (header, column) => `--map "${typedHeader(header)}=${column}"`,
    headerRow: headerRowOption,
    noGroupColumn: (column) => `No ${column} column: only the Total row.`,
    message: (said, sheet) => inDoorWords(said, "cli", sheet === undefined ? "" : `${mapSheetPrefix(sheet)}!`),
  },
  // The pane shows a sheet's summary under its mapping editor: "above" is where a column is mapped.
  pane: {
    issues: "Check",
    mapTo: (header, column) => `"${header}" set to ${column} above`,
    headerRow: (row) => `"Headers on row ${row.replace(/,/g, "")}" above`,
    message: (said) => inDoorWords(said, "pane", "above"),
  },
};
