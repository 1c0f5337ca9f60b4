import { inDoorWords } from "../core";

/**
 * The core's messages say how to make a mapping in the functions' words — `(the \`mapping\` argument)`,
 * `(map "Sector" to Ignore)`, "start the range at it" — and the task pane says its own way: "Use an
 * existing sheet", its tab choice, its column choices (`(ignore)`) and its "Headers on row N". Its words
 * are in the one table of each door's words (src/core/doorWording.ts), beside the command line's; this
 * door says only where its user makes the mapping.
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

/** A core message as the task pane says it, for where it is shown (`place`). */
export function paneWording(message: string, place: MappingPlace = "elsewhere"): string {
  return inDoorWords(message, "pane", WHERE[place]);
}
