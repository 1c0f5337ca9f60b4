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
