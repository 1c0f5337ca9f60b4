import { SaxesParser } from "saxes";
import type { ZipPackage } from "./zip";

/**
 * One package part through saxes, a streaming SAX parser: the part is parsed as it inflates, in
 * linear time (no backtracking, no entities beyond XML's five and character references, which
 * must name a Unicode character; a DOCTYPE's own entities are never expanded).
 */

/** A part's XML is not well-formed (unclosed tags, bad characters, a character reference beyond Unicode). */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`the part ${part} is not well-formed XML (${reason})`);
    this.name = "XmlError";
  }
}

export interface PartHandlers {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local name of a possibly prefixed tag (`x:row` → `row`). */
export function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams one part through saxes; false if the package has no such part. What is not well-formed
 * (an unclosed tag at the end included) becomes an XmlError with saxes's line and column.
 */
export async function parsePart(zip: ZipPackage, part: string, handlers: PartHandlers): Promise<boolean> {
  const parser = new SaxesParser({ position: true });
  parser.on("error", (err) => {
    // saxes says "line:column: what"; a person reads "what at line 3, column 7".
    const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(err.message);
    throw new XmlError(part, m ? `${m[3]} at line ${m[1]}, column ${m[2]}` : err.message);
  });
  const open = handlers.open?.bind(handlers);
  const close = handlers.close?.bind(handlers);
  const text = handlers.text?.bind(handlers);
  if (open)
    parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const found = await zip.stream(part, (chunk) => parser.write(chunk));
  if (found) parser.close();
  return found;
}
