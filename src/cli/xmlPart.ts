import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import type { ZipPackage } from "./zip";

/**
 * One package part through htmlparser2's streaming tokenizer: the part is tokenised as it inflates,
 * in linear time, and each event gives only positions, so we make strings of just the names,
 * attributes and text we read. Chosen by measurement (issue 13): on the 54 MB sheet XML of the
 * bench's 100,000-row workbook, its events cost 0.37–0.41 s of CPU where saxes's cost 0.65–0.81 s
 * and htmlparser2's own Parser's 0.67–0.80 s, with the same counting handlers, in one process.
 *
 * The tokenizer is lenient (HTML's habits), so what makes XML well-formed that a damaged workbook
 * breaks is checked here: every tag closed, in order, with a root element; entities are XML's
 * five and character references naming a Unicode character (a DOCTYPE's own entities are never
 * expanded: `&j;` is an undefined entity, so a billion laughs is an error, not a gigabyte).
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

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** `&name;` or `&#…;` (a name of at most 40 characters, so a stray `&` costs no long scan), or a bare `&`. */
const ENTITY = /&([^;&<\s]{1,40});|&/g;

/** A Char of XML 1.0 (§2.2): what a character reference may name. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Text with XML's entities decoded; a reason (thrown as an XmlError) for one XML does not allow. */
function decode(raw: string, fail: (reason: string) => never): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (whole, body: string | undefined) => {
    if (body === undefined) fail("a bare & (an entity without its ;)");
    if (body.charCodeAt(0) !== 35 /* # */) {
      const named = NAMED[body];
      if (named === undefined) fail(`undefined entity ${whole}`);
      return named;
    }
    const hex = body[1] === "x";
    const digits = body.slice(hex ? 2 : 1);
    const cp = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (!isXmlChar(cp)) fail(`malformed character entity ${whole}`);
    return String.fromCodePoint(cp);
  });
}

/**
 * The tokenizer's callbacks: positions into the chunks written so far (kept from the oldest one a
 * pending event may still start in, as htmlparser2's own Parser keeps them), turned into the
 * handlers' names, attributes and text.
 */
class PartReader implements TokenizerCallbacks {
  private readonly buffers: string[] = [];
  /** Absolute position of buffers[0]; and the line it starts on, for messages. */
  private bufferOffset = 0;
  private linesBefore = 0;
  private columnBefore = 0;
  /** Open elements' names as written, and their local names (what the handlers are given). */
  private readonly stack: string[] = [];
  private readonly localStack: string[] = [];
  private rooted = false;
  private tagName = "";
  private localName = "";
  private attributes: Record<string, string> = {};
  private attributeName = "";
  private attributeValue = "";
  /** Where the event being handled starts, for a message. */
  private at = 0;
  /**
   * Text not yet handed over: the tokenizer gives a chunk's text up to its end, which may cut an
   * entity (`&am` | `p;`), so text is decoded and given once the next tag (or the end) comes.
   */
  private pendingText = "";
  private textStart = -1;

  constructor(
    private readonly part: string,
    private readonly handlers: PartHandlers,
  ) {}

  push(chunk: string): void {
    this.buffers.push(chunk);
  }

  private slice(start: number, end: number): string {
    while (this.buffers.length > 1 && start - this.bufferOffset >= this.buffers[0].length) this.shift();
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length && this.buffers.length > 1) {
      this.shift();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }

  private shift(): void {
    const gone = this.buffers.shift() as string;
    let last = -1;
    for (let i = gone.indexOf("\n"); i >= 0; i = gone.indexOf("\n", i + 1)) {
      this.linesBefore++;
      last = i;
    }
    this.columnBefore = last >= 0 ? gone.length - last - 1 : this.columnBefore + gone.length;
    this.bufferOffset += gone.length;
  }

  /** Throws what is wrong, at the line and column where the event being handled starts. */
  fail = (reason: string): never => {
    let line = this.linesBefore + 1;
    let column = this.columnBefore + 1;
    let left = Math.max(0, this.at - this.bufferOffset);
    for (const b of this.buffers) {
      const upTo = b.slice(0, Math.min(left, b.length));
      const last = upTo.lastIndexOf("\n");
      if (last >= 0) {
        line += upTo.split("\n").length - 1;
        column = upTo.length - last;
      } else {
        column += upTo.length;
      }
      left -= upTo.length;
      if (left <= 0) break;
    }
    throw new XmlError(this.part, `${reason} at line ${line}, column ${column}`);
  };

  /** Hands over the text before the event at hand, decoded. */
  private flush(): void {
    if (this.textStart < 0) return;
    const at = this.at;
    this.at = this.textStart;
    const text = decode(this.pendingText, this.fail);
    this.at = at;
    this.pendingText = "";
    this.textStart = -1;
    this.handlers.text?.(text);
  }

  onopentagname(start: number, end: number): void {
    this.flush();
    this.at = start - 1;
    this.tagName = this.slice(start, end);
    this.localName = local(this.tagName);
    this.attributes = {};
    if (this.stack.length === 0 && this.rooted) this.fail(`a second root element <${this.tagName}>`);
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.slice(start, end);
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.slice(start, end);
  }

  onattribend(): void {
    this.attributes[this.attributeName] = decode(this.attributeValue, this.fail);
    this.attributeValue = "";
  }

  onopentagend(): void {
    this.stack.push(this.tagName);
    this.localStack.push(this.localName);
    this.rooted = true;
    this.handlers.open?.(this.localName, this.attributes, false);
  }

  onselfclosingtag(): void {
    this.rooted = true;
    this.handlers.open?.(this.localName, this.attributes, true);
    this.handlers.close?.(this.localName);
  }

  onclosetag(start: number, end: number): void {
    this.flush();
    this.at = start - 2;
    const name = this.slice(start, end);
    const open = this.stack.pop();
    const localName = this.localStack.pop() as string;
    if (open !== name) {
      this.fail(
        open === undefined ? `a closing tag </${name}> with nothing open` : `</${name}> where </${open}> was expected`,
      );
    }
    this.handlers.close?.(localName);
  }

  ontext(start: number, end: number): void {
    if (!this.handlers.text) return;
    if (this.textStart < 0) this.textStart = start;
    this.pendingText += this.slice(start, end);
  }

  oncdata(start: number, end: number, endOffset: number): void {
    this.flush();
    this.handlers.text?.(this.slice(start, end - endOffset));
  }

  onend(): void {
    this.flush();
    this.at = this.bufferOffset + this.buffers.reduce((n, b) => n + b.length, 0);
    if (this.stack.length > 0) this.fail(`unclosed tag <${this.stack[this.stack.length - 1]}>`);
    if (!this.rooted) this.fail("no root element");
  }

  // Entities are decoded above (decodeEntities: false); declarations, comments and processing
  // instructions hold nothing a workbook's cells need, but end the text before them.
  onattribentity(): void {}
  ontextentity(): void {}
  ondeclaration(): void {
    this.flush();
  }
  oncomment(): void {
    this.flush();
  }
  onprocessinginstruction(): void {
    this.flush();
  }
}

/**
 * Streams one part through the tokenizer; false if the package has no such part. What is not
 * well-formed (an unclosed tag at the end included) becomes an XmlError with its line and column.
 */
export async function parsePart(zip: ZipPackage, part: string, handlers: PartHandlers): Promise<boolean> {
  const reader = new PartReader(part, handlers);
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, reader);
  const write = (chunk: string) => {
    if (chunk === "") return;
    reader.push(chunk);
    tokenizer.write(chunk);
  };
  // XML's end-of-line handling (§2.11): \r\n and a lone \r are \n, as any XML parser gives them
  // (a cell's line break reads the same whichever writer saved it). A \r that ends a chunk waits for
  // the next one, whose \n may belong to it.
  let heldCr = false;
  const found = await zip.stream(part, (chunk) => {
    if (heldCr) chunk = "\r" + chunk;
    heldCr = chunk.endsWith("\r");
    if (heldCr) chunk = chunk.slice(0, -1);
    write(chunk.indexOf("\r") < 0 ? chunk : chunk.replace(/\r\n?/g, "\n"));
  });
  if (found) {
    if (heldCr) write("\n");
    tokenizer.end();
  }
  return found;
}
