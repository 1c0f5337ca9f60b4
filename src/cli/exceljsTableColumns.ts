/**
 * ExcelJS 4.4 writes a table column's name and totals but not its `calculatedColumnFormula`, so a
 * derived column (Kind, Gap) would be plain formulas that new rows do not inherit. This teaches
 * its table-column writer that one element; columns without the property render exactly as before.
 * Its reader also stumbles on that element (Excel writes it for every calculated column) and
 * loses the table's columns, so the reader learns it too. Applied once; the writer's tests check
 * the element is in the file and that ExcelJS reads the file back.
 */
interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: string): void;
  closeNode(): void;
}

interface TableColumnModel {
  id: number;
  name: string;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  dxfId?: string;
  calculatedColumnFormula?: string;
}

interface TableColumnXform {
  model?: TableColumnModel;
  formulaText?: string[];
  render(xmlStream: XmlStream, model: TableColumnModel): boolean;
  parseOpen(node: { name: string }): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
  __calculatedColumns?: boolean;
}

export function enableCalculatedColumns(): void {
  const Xform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as { prototype: TableColumnXform };
  const proto = Xform.prototype;
  if (proto.__calculatedColumns) return;
  const { render: originalRender, parseOpen: originalParseOpen } = proto;
  proto.render = function render(this: TableColumnXform, xmlStream: XmlStream, model: TableColumnModel): boolean {
    if (!model.calculatedColumnFormula) return originalRender.call(this, xmlStream, model);
    xmlStream.openNode("tableColumn", {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    });
    xmlStream.leafNode("calculatedColumnFormula", undefined, model.calculatedColumnFormula);
    xmlStream.closeNode();
    return true;
  };
  proto.parseOpen = function parseOpen(this: TableColumnXform, node: { name: string }): boolean {
    if (node.name === "calculatedColumnFormula") {
      this.formulaText = [];
      return true;
    }
    return originalParseOpen.call(this, node);
  };
  proto.parseText = function parseText(this: TableColumnXform, text: string): void {
    this.formulaText?.push(text);
  };
  proto.parseClose = function parseClose(this: TableColumnXform, name: string): boolean {
    if (name === "calculatedColumnFormula" && this.formulaText) {
      if (this.model) this.model.calculatedColumnFormula = this.formulaText.join("");
      this.formulaText = undefined;
      return true; // still inside <tableColumn>
    }
    return false;
  };
  proto.__calculatedColumns = true;
}
