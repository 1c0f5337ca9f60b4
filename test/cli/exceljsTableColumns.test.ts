import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

/**
 * src/cli/exceljsTableColumns.ts patches ExcelJS's table-column xform (a private module). This
 * pins down the shape it relies on, on an unpatched copy: if an ExcelJS upgrade moves the module,
 * renames a method, or writes or reads another attribute (which the patched writer would then
 * drop), this fails and names what changed, before a tracker loses a column silently.
 */
interface XformClass {
  new (): {
    tag: string;
    model?: Record<string, unknown>;
    render(stream: unknown, model: unknown): boolean;
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
    parseText(text: string): void;
    parseClose(name: string): boolean;
  };
}

function unpatched(): { Column: XformClass; Table: new () => { map: Record<string, { childXform?: unknown }> } } {
  let mods: ReturnType<typeof unpatched> | undefined;
  jest.isolateModules(() => {
    mods = {
      Column: require("exceljs/lib/xlsx/xform/table/table-column-xform"),
      Table: require("exceljs/lib/xlsx/xform/table/table-xform"),
    };
  });
  return mods!;
}

describe("the ExcelJS internals that exceljsTableColumns.ts patches", () => {
  it("is the exact ExcelJS version package.json pins", () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).dependencies.exceljs;
    const installed = JSON.parse(fs.readFileSync(require.resolve("exceljs/package.json"), "utf8")).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/); // no range: the patch is for this release only
    expect(installed).toBe(pinned);
  });

  it("has a table-column xform that the table xform uses for its columns", () => {
    const { Column, Table } = unpatched();
    expect(new Table().map.tableColumns.childXform).toBeInstanceOf(Column);
    for (const method of ["render", "parseOpen", "parseText", "parseClose"] as const) {
      expect(typeof Column.prototype[method]).toBe("function");
    }
  });

  it("writes a column as one <tableColumn> leaf with exactly the attributes the patch writes", () => {
    const { Column } = unpatched();
    const calls: unknown[] = [];
    const stream = {
      leafNode: (...args: unknown[]) => calls.push(["leafNode", ...args]),
      openNode: (...args: unknown[]) => calls.push(["openNode", ...args]),
      closeNode: () => calls.push(["closeNode"]),
    };
    new Column().render(stream, { id: 3, name: "Gap", totalsRowLabel: "T", totalsRowFunction: "sum", dxfId: "1" });
    expect(calls).toEqual([
      ["leafNode", "tableColumn", { id: "3", name: "Gap", totalsRowLabel: "T", totalsRowFunction: "sum", dxfId: "1" }],
    ]);
  });

  it("reads a column's attributes into this.model on open and ends it on close, as the patched parser expects", () => {
    const { Column } = unpatched();
    const xform = new Column();
    expect(xform.parseOpen({ name: "tableColumn", attributes: { id: "1", name: "Gap", dxfId: "2" } })).toBe(true);
    expect(xform.model).toEqual({ name: "Gap", totalsRowLabel: undefined, totalsRowFunction: undefined, dxfId: "2" });
    expect(xform.parseOpen({ name: "calculatedColumnFormula", attributes: {} })).toBe(false); // what the patch adds
    expect(xform.parseClose("tableColumn")).toBe(false);
  });
});
