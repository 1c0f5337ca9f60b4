import { LISTS, TABS } from "../../src/schema";

/**
 * What the schema derives rather than repeats: help that names a list's values reads them from the
 * list (a renamed value renames the help), and a Yes/No column carries the Yes/No list.
 */
describe("the schema derives from its lists", () => {
  const listColumns = TABS.flatMap((t) => t.columns.filter((c) => c.type === "list" || c.type === "derived"));

  it.each(listColumns.filter((c) => c.list).map((c) => [c.name, c] as const))(
    "%s's help names its list's values as the list spells them",
    (_, column) => {
      const values = LISTS[column.list!].values;
      // An abbreviated help ("A, B, … or Z") names at least the first and the last value.
      const named = column.help.includes("…") ? [values[0], values[values.length - 1]] : values;
      for (const v of named) expect(column.help).toContain(v);
    },
  );

  it("every Yes/No column offers the Yes/No list", () => {
    const yesNo = TABS.flatMap((t) => t.columns.filter((c) => c.type === "yesNo"));
    expect(yesNo.length).toBeGreaterThan(0);
    for (const c of yesNo) expect(c.list).toBe("yesNo");
  });
});

describe("a derived column says what it computes", () => {
  const derived = TABS.flatMap((t) => t.columns.filter((c) => c.type === "derived"));

  it("every derived column has a derivation", () => {
    expect(derived.length).toBeGreaterThan(0);
    for (const c of derived)
      expect({ column: c.name, derive: c.derive?.kind }).toEqual({ column: c.name, derive: expect.any(String) });
  });

  it("a classifying column gives only values of its own list (Kind: Tangible or Expertise)", () => {
    let checked = 0;
    for (const tab of TABS) {
      for (const c of tab.columns) {
        if (c.derive?.kind !== "classify") continue;
        expect(LISTS[c.list!].values).toEqual(expect.arrayContaining([c.derive.then, c.derive.otherwise]));
        // Every value it tests for is one a user can pick in the source column.
        const source = tab.columns.find((s) => s.id === (c.derive as { source: string }).source);
        expect(LISTS[source!.list!].values).toEqual(expect.arrayContaining([...c.derive.values]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
