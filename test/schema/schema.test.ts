import {
  ASSETS,
  FOUNDATION,
  LEADERSHIP,
  LISTS,
  PARTNERS,
  SAMPLE_DATA,
  TABS,
  columnLetter,
  kindOfCategory,
} from "../../src/schema";
import { LIST_PLACEMENTS, calculatedFormula, summaryLayout } from "../../src/model";
import { entryName, entryParenthetical, readSpec, specColumnEntries } from "../specText";

describe("the schema pins SPEC.md's user-visible names", () => {
  it.each(TABS.map((t) => [t.name, t] as const))("%s has SPEC's columns in SPEC's order", (name, tab) => {
    const specNames = specColumnEntries(name).map(entryName);
    expect(tab.columns.map((c) => c.name)).toEqual(specNames);
  });

  it.each(TABS.map((t) => [t.name, t] as const))("%s marks exactly SPEC's required columns", (name, tab) => {
    const required = specColumnEntries(name)
      .filter((e) => /\brequired\b/.test(entryParenthetical(e) ?? ""))
      .map(entryName);
    expect(tab.columns.filter((c) => c.required).map((c) => c.name)).toEqual(required);
  });

  it("sheet and table names are SPEC's", () => {
    const spec = readSpec();
    for (const tab of TABS) {
      expect(tab.table).toBe(`tbl${tab.name}`);
      expect(spec).toContain(`\`${tab.table}\``);
      expect(spec).toContain(`\`${tab.name}\``);
    }
  });

  it("every list column offers exactly the values SPEC lists", () => {
    const checked: string[] = [];
    for (const tab of TABS) {
      for (const entry of specColumnEntries(tab.name)) {
        const column = tab.columns.find((c) => c.name === entryName(entry));
        const inParens = entryParenthetical(entry);
        if (!column || !inParens) continue;
        if (column.type === "yesNo") {
          expect(inParens).toBe("Yes/No");
          expect(LISTS.yesNo.values).toEqual(["Yes", "No"]);
          continue;
        }
        if (column.type !== "list" || !column.list) continue;
        const listed = inParens
          .replace(/^list:\s*/, "")
          .replace(/\s+—.*$/, "")
          .split(/,\s*/);
        if (inParens.startsWith("same list as")) {
          const other = TABS.find((t) => inParens.endsWith(t.name));
          expect(other?.columns.find((c) => c.name === column.name)?.list).toBe(column.list);
        } else {
          expect([...LISTS[column.list].values]).toEqual(listed);
        }
        checked.push(`${tab.name}.${column.name}`);
      }
    }
    // Guard against the parser silently matching nothing.
    expect(checked).toEqual(
      expect.arrayContaining(["Foundation.Community engagement", "Assets.Category", "Partners.Focus area"]),
    );
  });

  it("Kind is derived from Category: the article's tangible resources vs expertise", () => {
    expect(kindOfCategory("Infrastructure")).toBe("Tangible");
    expect(kindOfCategory("Staff")).toBe("Tangible");
    expect(kindOfCategory("Expertise")).toBe("Expertise");
    expect(calculatedFormula(ASSETS, ASSETS.col.kind)).toContain("Expertise");
    expect(calculatedFormula(ASSETS, ASSETS.col.gap)).toContain("MAX(0,");
  });

  it("SPEC's header synonyms are in the schema", () => {
    const syn = (c: { synonyms?: readonly string[] }) => c.synonyms ?? [];
    expect(syn(PARTNERS.col.partner)).toEqual(expect.arrayContaining(["Org name", "Organization", "Partner name"]));
    expect(syn(PARTNERS.col.committed)).toEqual(expect.arrayContaining(["Pledge", "Commitment", "Amount committed"]));
    expect(syn(PARTNERS.col.sector)).toEqual(expect.arrayContaining(["Type", "Org type"]));
    expect(syn(PARTNERS.col.agreementSigned)).toEqual(expect.arrayContaining(["MOU signed"]));
  });
});

describe("schema consistency", () => {
  it("column ids and names are unique within a tab", () => {
    for (const tab of TABS) {
      expect(new Set(tab.columns.map((c) => c.id)).size).toBe(tab.columns.length);
      expect(new Set(tab.columns.map((c) => c.name)).size).toBe(tab.columns.length);
    }
  });

  it("every list column names a list, and every list has a place on the Lists sheet", () => {
    for (const tab of TABS) {
      for (const c of tab.columns) {
        if (c.type === "list" || c.type === "yesNo") expect(c.list && LISTS[c.list]).toBeTruthy();
      }
    }
    expect(LIST_PLACEMENTS.map((p) => p.id).sort()).toEqual(Object.keys(LISTS).sort());
    expect(new Set(LIST_PLACEMENTS.map((p) => p.column)).size).toBe(LIST_PLACEMENTS.length);
  });

  it("references point at columns that exist", () => {
    for (const tab of TABS) {
      for (const c of tab.columns.filter((x) => x.references)) {
        const target = TABS.find((t) => t.name === c.references!.tab);
        expect(target?.columns.some((x) => x.id === c.references!.column)).toBe(true);
      }
    }
  });

  it("sample data only uses known columns, and list values from their lists", () => {
    for (const tab of TABS) {
      for (const row of SAMPLE_DATA[tab.name]) {
        for (const [id, value] of Object.entries(row)) {
          const column = tab.columns.find((c) => c.id === id);
          expect(column).toBeDefined();
          if (column?.list && value !== "") expect(LISTS[column.list].values).toContain(value);
          if (column?.type === "date") expect(String(value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    expect(SAMPLE_DATA.Foundation.length).toBeGreaterThan(0);
  });

  it("every Summary formula refers only to tables and columns of the schema", () => {
    const known = new Set(TABS.flatMap((t) => t.columns.map((c) => `${t.table}[${c.name}]`)));
    const formulas = summaryLayout()
      .rows.flat()
      .map((c) => c?.formula)
      .filter((f): f is string => !!f);
    expect(formulas.length).toBeGreaterThan(50);
    for (const f of formulas) {
      for (const ref of f.match(/tbl\w+\[[^\]]+\]/g) ?? []) {
        if (!ref.endsWith("[#All]")) expect(known).toContain(ref);
      }
    }
  });

  it("foundation key and leadership name are unique keys with SPEC's severities", () => {
    expect(FOUNDATION.col.initiativeId.unique?.severity).toBe("error");
    expect(PARTNERS.col.partner.unique?.severity).toBe("error");
    expect(LEADERSHIP.col.name.unique?.severity).toBe("warning");
  });
});

describe("columnLetter", () => {
  it("writes Excel's column letters, to the last column (XFD)", () => {
    const letters = [1, 2, 26, 27, 28, 52, 53, 702, 703, 16_384].map(columnLetter);
    expect(letters).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
});
