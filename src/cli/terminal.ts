/**
 * Text from other people's files (sheet names, headers, cell values inside messages, file names)
 * on a terminal. A cell can hold an escape sequence that clears the screen, retitles the window or
 * rewrites what was printed above, and bidirectional-override characters can make a line read in
 * another order than it is. Everything the command line prints for a person goes through
 * `printable`; JSON goes through `jsonSafe`.
 */

/**
 * C0 controls and DEL, C1 controls (U+0080–U+009F: 8-bit CSI and OSC among them), bidi embeddings,
 * overrides and isolates, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  if (ch === "\t" || ch === "\n" || ch === "\r") return " ";
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

/** A line break inside a cell (`\n`, Excel's `\r` stored as `_x000D_`, both), with the spaces beside it. */
const LINE_BREAK = /[ \t]*[\r\n]+[ \t]*/g;

/**
 * One line's worth of file-derived text, safe to show: a line break (with the spaces beside it) and a
 * tab become one space, other control and bidi characters a visible `\x1B` / `\u202E`, so a reader
 * sees that they are there. A header wrapped in its cell (`Unit/⏎Sector`) reads `Unit/ Sector`, a
 * label holding a carriage return (`TF\rDeploy`) `TF Deploy`: a line break printed raw splits a table's
 * row (a helper's round, real, corpus new-fi D7: Frontex's grants, `Deploy` printed over `TF`). The
 * text reports (check, summary, new --from) print every cell, header and name through it; JSON keeps
 * the values as they are (jsonSafe).
 */
export function printable(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(LINE_BREAK, " ").replace(UNSAFE, escapeChar) : text;
}

/** Like `printable`, but keeps tabs and line breaks (for CSV shown on a terminal). */
export function printableKeepingLines(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === "\t" || ch === "\n" || ch === "\r" ? ch : escapeChar(ch)));
}

/**
 * JSON with the characters JSON.stringify leaves raw but a terminal may act on (C1 controls, bidi
 * controls, line separators) written as `\u` escapes: the same JSON value, safe to print.
 */
export function jsonSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Splits `text` into lines of at most `width` characters at spaces (a word longer than a line is
 * cut); every line but the first is led by `indent` (not counted in `width`).
 */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  const room = Math.max(20, width);
  let rest = text.trim();
  while (rest.length > room) {
    let cut = rest.lastIndexOf(" ", room);
    if (cut <= 0) cut = room;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines.map((line, i) => (i === 0 ? line : indent + line));
}

/** Shortens text to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}
