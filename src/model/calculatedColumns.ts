import type { ColumnSpec, Derivation, TabSpec } from "../schema";

/**
 * A derived column's table formula, from what the schema says it computes (`ColumnSpec.derive`).
 * In Office.js form: `[@[Column]]` is "this row's Column" (the .xlsx writer turns it into the
 * file's `tblX[[#This Row],[Column]]`). Native functions only, so the column computes in a
 * partner's Excel or LibreOffice without the add-in.
 */
export function calculatedFormula(tab: TabSpec, column: ColumnSpec): string | undefined {
  if (column.type !== "derived" || !column.derive) return undefined;
  const at = (id: string): string => {
    const source = tab.columns.find((c) => c.id === id);
    // The schema's types make this unreachable for its own tabs; a hand-made tab would get it.
    if (!source) throw new Error(`${tab.name}.${column.id} is derived from ${id}, which ${tab.name} does not have.`);
    return `[@[${source.name}]]`;
  };
  return `=${formulaBody(column.derive, at)}`;
}

function formulaBody(d: Derivation, at: (id: string) => string): string {
  switch (d.kind) {
    case "progress": {
      // Blank until the current value and the target are numbers; a Target equal to its
      // Baseline has no distance to cover. N() reads a blank Baseline as 0. Clamped to 0–100%.
      const [baseline, target, current] = [at(d.baseline), at(d.target), at(d.current)];
      return (
        `IF(OR(NOT(ISNUMBER(${current})),NOT(ISNUMBER(${target})),N(${target})=N(${baseline})),"",` +
        `MAX(0,MIN(1,(${current}-N(${baseline}))/(${target}-N(${baseline})))))`
      );
    }
    case "shortfall": {
      const [needed, available] = [at(d.needed), at(d.available)];
      return `IF(AND(${needed}="",${available}=""),"",MAX(0,N(${needed})-N(${available})))`;
    }
    case "classify": {
      const source = at(d.source);
      const matches = d.values.map((v) => `${source}=${excelText(v)}`).join(",");
      return `IF(${source}="","",IF(OR(${matches}),${excelText(d.then)},${excelText(d.otherwise)}))`;
    }
  }
}

/** Excel text literal: "a ""quoted"" word". */
export function excelText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
