import fc from "fast-check";
import { parsePart, XmlError, type PartHandlers } from "../../src/cli/xmlPart";
import type { ZipPackage } from "../../src/cli/zip";

/**
 * The part reader on the tokenizer: the events a workbook's parts give, whatever the chunks the
 * inflater hands over, and the well-formedness a damaged part breaks (the tokenizer itself is
 * lenient, so these are ours to keep).
 */

/** A package of one part, streamed in the given chunks. */
function packageOf(chunks: readonly string[]): ZipPackage {
  return {
    stream: async (_name: string, onText: (text: string) => void) => {
      for (const chunk of chunks) onText(chunk);
      return true;
    },
  } as unknown as ZipPackage;
}

/** Every event, as a line: `open c {"r":"A1"}`, `close c`, `text …` (adjacent texts joined). */
async function events(chunks: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const handlers: PartHandlers = {
    open: (name, a, selfClosing) => out.push(`open ${name} ${JSON.stringify(a)}${selfClosing ? " /" : ""}`),
    close: (name) => out.push(`close ${name}`),
    text: (t) => {
      if (out.length > 0 && out[out.length - 1].startsWith("text ")) out[out.length - 1] += t;
      else out.push(`text ${t}`);
    },
  };
  await parsePart(packageOf(chunks), "xl/worksheets/sheet1.xml", handlers);
  return out;
}

async function failure(xml: string | readonly string[]): Promise<string> {
  try {
    await events(typeof xml === "string" ? [xml] : xml);
  } catch (err) {
    if (err instanceof XmlError) return err.reason;
    throw err;
  }
  throw new Error("read without complaint");
}

const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<x:worksheet xmlns:x="main"><x:sheetData>` +
  `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Parks &amp; Rec &#38; &#x1F333;</x:t></x:is></x:c>` +
  `<x:c r="B1" s="3"/><x:c r="C1" t="str"><x:v><![CDATA[a <b> & c]]></x:v></x:c></x:row>` +
  `<!-- a comment --><x:row r="2" spans="1:3"><x:c r="A2" t="s" title="Tom &quot;T&quot; &lt;O&apos;Neil&gt;"><x:v>7</x:v></x:c></x:row>` +
  `</x:sheetData></x:worksheet>`;

describe("parsePart", () => {
  it("gives local names, decoded attributes and text, CDATA as text, and a self-closing tag's close", async () => {
    expect(await events([SHEET])).toEqual([
      "text \n",
      'open worksheet {"xmlns:x":"main"}',
      "open sheetData {}",
      'open row {"r":"1"}',
      'open c {"r":"A1","t":"inlineStr"}',
      "open is {}",
      "open t {}",
      "text Parks & Rec & 🌳",
      "close t",
      "close is",
      "close c",
      'open c {"r":"B1","s":"3"} /',
      "close c",
      'open c {"r":"C1","t":"str"}',
      "open v {}",
      "text a <b> & c",
      "close v",
      "close c",
      "close row",
      'open row {"r":"2","spans":"1:3"}',
      `open c {"r":"A2","t":"s","title":"Tom \\"T\\" <O'Neil>"}`,
      "open v {}",
      "text 7",
      "close v",
      "close c",
      "close row",
      "close sheetData",
      "close worksheet",
    ]);
  });

  it("gives the same events however the inflater cuts the part into chunks", async () => {
    const whole = await events([SHEET]);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 40 }),
        async (cuts) => {
          const at = [0, ...[...cuts].sort((a, b) => a - b), SHEET.length];
          const chunks = at.slice(1).map((end, i) => SHEET.slice(at[i], end));
          expect(await events(chunks)).toEqual(whole);
        },
      ),
    );
  });

  it("reads a line break as \\n however the file wrote it (\\r\\n, \\r), even cut between chunks", async () => {
    const text = async (chunks: string[]) => (await events(chunks)).filter((e) => e.startsWith("text "));
    expect(await text(["<t>one\r\ntwo\rthree\nfour</t>"])).toEqual(["text one\ntwo\nthree\nfour"]);
    expect(await text(["<t>one\r", "\ntwo\r", "</t>"])).toEqual(["text one\ntwo\n"]);
    expect(await text(["<t>a&#13;&#10;b</t>"])).toEqual(["text a\r\nb"]); // a character reference stays what it names
  });

  it("refuses what is not well-formed, saying what and where (line and column)", async () => {
    expect(await failure("<a><b></a>")).toBe("</a> where </b> was expected at line 1, column 7");
    expect(await failure("<a>\n<b>\n  </c></b></a>")).toBe("</c> where </b> was expected at line 3, column 3");
    expect(await failure(["<a>\n<b>\n", "  </c>", "</b></a>"])).toBe(
      "</c> where </b> was expected at line 3, column 3",
    );
    expect(await failure("<a><b>")).toBe("unclosed tag <b> at line 1, column 7");
    expect(await failure("<a/></a>")).toBe("a closing tag </a> with nothing open at line 1, column 5");
    expect(await failure("<a/><b/>")).toBe("a second root element <b> at line 1, column 5");
    expect(await failure("just text")).toBe("no root element at line 1, column 10");
    expect(await failure("<a>Parks & Rec</a>")).toBe("a bare & (an entity without its ;) at line 1, column 4");
    expect(await failure("<a>&nbsp;</a>")).toBe("undefined entity &nbsp; at line 1, column 4");
    expect(await failure('<a b="&#1;"/>')).toMatch(/^malformed character entity &#1; at line 1/);
    expect(await failure("<a>&#x110000;</a>")).toMatch(/^malformed character entity &#x110000; at/);
    expect(await failure("<a>&#xZZ;</a>")).toMatch(/^malformed character entity &#xZZ; at/);
  });
});
