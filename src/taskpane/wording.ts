/**
 * The core's messages speak to every door; where one says how to make a mapping in the functions'
 * words — `(the \`mapping\` argument)`, `(map "Sector" to Ignore)`, "start the range at it" — the task
 * pane says its own way: "Use an existing sheet", its tab choice, its column choices and its "Headers on
 * row N". As the command line says `--tab` and `--map` (src/cli/report.ts, cliWording); the core's
 * messages are not forked, only this door's words for a mapping put in.
 */

/**
 * Where the pane's user makes the mapping, from where the message is shown: the mapping editor below
 * (the status line over it), above (the problems found under it), or in "Use an existing sheet" (from
 * Check, the Summary, or an error anywhere else).
 */
export type MappingPlace = "below" | "above" | "elsewhere";

const WHERE: Readonly<Record<MappingPlace, string>> = {
  below: "below",
  above: "above",
  elsewhere: "in Use an existing sheet",
};

/** The pane's words for a column mapped in the editor: its choice in the column's list (`(ignore)`, `Partner`). */
function choiceName(column: string): string {
  return /^ignore$/i.test(column.trim()) ? "(ignore)" : column;
}

/** A core message as the task pane says it, for where it is shown (`place`). */
export function paneWording(message: string, place: MappingPlace = "elsewhere"): string {
  const where = WHERE[place];
  return (
    message
      // `…, or map the columns (the `mapping` argument).` → `…, or map the columns below.`
      .replace(/ \(the `mapping` argument\)/g, ` ${where}`)
      .replace(/\bthe `mapping` argument\b/g, `the mapping ${where}`)
      // `(map "Sector" to Ignore)` → `(set "Sector" to (ignore) above)`: the editor's own choice.
      .replace(
        /\(map "([^"]*)" to ([A-Z][\w ]*)\)/g,
        (_, header: string, column: string) => `(set "${header}" to ${choiceName(column)} ${where})`,
      )
      // The pane's way to start at a header row further down: its "Headers on row N".
      .replace(
        /on row ([\d,]+), under ([\d,]+) rows — move that row to the top of the range \(rows above a header row are not read\), or start the range at it\./g,
        (_, row: string, above: string) =>
          `on row ${row}, under ${above} rows — say "Headers on row ${row.replace(/,/g, "")}" ${where} (the rows above it are not read).`,
      )
      .replace(
        /Include the header row — for a table pass \S+\[#All\], not \S+\./g,
        `Add the header row above the data, or say which tab it is and map its columns ${where}.`,
      )
  );
}
