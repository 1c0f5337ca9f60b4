import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import AdmZip from "adm-zip";
import { main } from "../../src/cli/cli";

export const ROOT = path.resolve(__dirname, "..", "..");

/** The command line run in this process (main, with the files on disk), its output collected. */
export async function runMain(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/**
 * `args` run on one file, `name` holding `content`, in a folder of its own: the exit code and all the
 * command printed (stdout, then stderr), its spaces collapsed as a reader reads a wrapped line.
 */
export async function runOnFile(
  name: string,
  content: string | Buffer,
  args: readonly string[],
): Promise<{ code: number; said: string }> {
  const dir = tempDir(path.parse(name).name);
  fs.writeFileSync(path.join(dir, name), content);
  const { code, stdout, stderr } = await runMain([...args, name], dir);
  return { code, said: `${stdout}${stderr}`.replace(/\s+/g, " ") };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `partners-${prefix}-`));
}

/** A zip package from parts (deflated), for hand-made workbooks. */
export function writeZip(entries: Record<string, string | Buffer>): Buffer {
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(entries)) {
    zip.addFile(name, Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"));
  }
  return zip.toBuffer();
}

/** A package read whole and at once, for tests (the reader itself streams with yauzl). */
function packageText(file: string | Buffer): { text(part: string): string | undefined } {
  const zip = new AdmZip(Buffer.isBuffer(file) ? file : fs.readFileSync(file));
  return { text: (part) => zip.getEntry(part)?.getData().toString("utf8") };
}

/** The XML of a package part. */
export function partText(file: string | Buffer, part: string): string {
  const text = packageText(file).text(part);
  if (text === undefined) throw new Error(`no part ${part}`);
  return text;
}

/** The worksheet part of a sheet, by sheet name (through workbook.xml and its relationships). */
export function sheetPart(file: string | Buffer, sheet: string): string {
  const zip = packageText(file);
  const wb = zip.text("xl/workbook.xml") ?? "";
  const m = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (!m) throw new Error(`no sheet ${sheet}`);
  const rels = zip.text("xl/_rels/workbook.xml.rels") ?? "";
  const t =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  if (!t) throw new Error(`no relationship ${m[1]}`);
  const target = t[1].replace(/^\/?(xl\/)?/, "xl/");
  return zip.text(target) ?? "";
}

/** `<sheetData>` XML for rows of plain values from A1: numbers as numbers, text inline. */
export function rowsXml(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (ref: string, v: string | number) =>
    typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const letter = (c: number) => String.fromCharCode(65 + c);
  return rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cell(`${letter(c)}${i + 1}`, v)).join("")}</row>`)
    .join("");
}

/** A minimal workbook from sheets of raw `<sheetData>` XML (and optional shared strings). */
export function handMadeXlsx(sheets: Record<string, string>, sharedStrings?: string, prefix = ""): Buffer {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}` : "xmlns";
  const names = Object.keys(sheets);
  const entries: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`,
    "xl/workbook.xml":
      `<?xml version="1.0"?><${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets>` +
      names.map((n, i) => `<${p}sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      names
        .map(
          (_n, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      `</Relationships>`,
  };
  names.forEach((n, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<${p}sheetData>${sheets[n]}</${p}sheetData></${p}worksheet>`;
  });
  if (sharedStrings) {
    entries["xl/sharedStrings.xml"] =
      `<?xml version="1.0"?><${p}sst ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings}</${p}sst>`;
  }
  return writeZip(entries);
}
