import {
  crossCheck,
  groupProblems,
  errorsFirst,
  validateRange,
  withoutAdvice,
  MAX_VALUES_PER_COLUMN,
  type Cell,
  type Issue,
} from "../../src/core";
import { sampleSheet, TODAY, type Rows } from "./sheets";

/**
 * Issues grouped into the distinct problems a person fixes: the spelling of one word in many rows
 * is one problem; two different words are two; a negative amount in three rows is one.
 */

/** The sample Partners sheet grown to `n` distinct partners (copies of the sample rows, renamed). */
function partners(n: number): Rows {
  const [header, ...rows] = sampleSheet("Partners");
  const name = header.indexOf("Partner");
  const out: Rows = [header];
  for (let i = 0; i < n; i++) {
    const row = [...rows[i % rows.length]];
    row[name] = `Partner ${i + 1}`;
    out.push(row);
  }
  return out;
}

function setColumn(sheet: Rows, column: string, rows: number[], value: string | number): void {
  const c = sheet[0].indexOf(column);
  for (const r of rows) sheet[r][c] = value;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("groupProblems", () => {
  const sheet = partners(300);
  setColumn(sheet, "Sector", range(2, 121), "nonprofit"); // 120 rows, one spelling
  setColumn(sheet, "Sector", range(122, 126), "BUSINESS"); // 5 rows, another
  setColumn(sheet, "Committed", [130, 140, 150], "lots"); // not an amount, the same text
  setColumn(sheet, "Committed", [160], -5);
  setColumn(sheet, "Committed", [170], -700);
  setColumn(sheet, "Sector", [180, 181], "Martian"); // not in the list
  const { issues } = validateRange(sheet, "Partners", { today: TODAY });
  const problems = groupProblems(issues);
  const find = (rule: string, value?: unknown) =>
    problems.filter((p) => p.rule === rule && (value === undefined || p.value === value));

  it("gives one problem per listed value in another spelling, with its row count and the fix in its message", () => {
    const [nonprofit] = find("spelling.sector", "nonprofit");
    expect(nonprofit).toMatchObject({ column: "Sector", severity: "warning", rows: 120, firstRow: 3 });
    expect(nonprofit.message).toBe(
      'Sector is "nonprofit" in 120 rows (3, 4, 5, 6, 7, 8, 9, 10 … and 112 more) — use the listed spelling "Nonprofit".',
    );
    expect(find("spelling.sector", "BUSINESS")[0].rows).toBe(5);
  });

  it("counts rows left out as rows, not cells (a report's label rows, each its own label)", () => {
    const report: Cell[][] = [
      ["Partner", "Committed"],
      ["Parks department", null],
      ["Harbor Bank", 25000],
      ["Libraries department", null],
      ["Acme Ltd", 4000],
    ];
    const labels = groupProblems(validateRange(report, "Partners", { today: TODAY }).issues).filter((p) =>
      p.rule.startsWith("leftOut."),
    );
    expect(labels.map((p) => p.message)).toEqual([expect.stringMatching(/^2 rows like row 2: Row 2 looks like/)]);
  });

  it("groups a rule about a whole column by column, whatever the values, and says so", () => {
    const negative = find("min.committed");
    expect(negative).toHaveLength(1);
    expect(negative[0]).toMatchObject({ rows: 2, firstRow: 161, value: undefined });
    expect(negative[0].message).toMatch(/^2 cells like row 161: Committed is -\$5/);
  });

  it("says a ledger's repeated partners as one problem counting the partners, not as one partner's words", () => {
    // A grant ledger: no Initiative ID column, three recipients on several rows each.
    const ledger = partners(12).map((row) => row.filter((_, c) => sheet[0][c] !== "Initiative ID"));
    setColumn(ledger, "Partner", [1, 2, 3], "Parks Trust");
    setColumn(ledger, "Partner", [4, 5], "Food Bank");
    setColumn(ledger, "Partner", [6, 7], "Arts Council");
    const repeated = groupProblems(validateRange(ledger, "Partners", { today: TODAY }).issues).filter(
      (p) => p.rule === "repeated.partner",
    );
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toMatchObject({ rows: 7, firstRow: 2, severity: "warning" });
    expect(repeated[0].message).toBe(
      "3 partners in Partner are each on several rows (7 rows in all): each counts once, with any amounts on its rows added up. " +
        "If any are different organisations, tell them apart by name.",
    );
  });

  it("says what would tell a partner's rows apart, in the problem and once per warning: their empty Initiative ID", () => {
    const rows = partners(12);
    setColumn(rows, "Partner", [1, 2, 3], "Parks Trust");
    setColumn(rows, "Initiative ID", [1, 2, 3], "");
    const issues = validateRange(rows, "Partners", { today: TODAY }).issues.filter(
      (i) => i.rule === "repeated.partner",
    );
    const fill = "Fill in Initiative ID on these rows to tell them apart.";
    expect(issues).toHaveLength(1);
    expect(issues[0].message.endsWith(`tell them apart by name. ${fill}`)).toBe(true);
    expect(withoutAdvice(issues[0].rule, issues[0].message)).toBe('Partner "Parks Trust" is on 3 rows (2, 3, 4)');
    setColumn(rows, "Partner", [4, 5], "Food Bank");
    setColumn(rows, "Initiative ID", [4, 5], "");
    const [problem] = groupProblems(validateRange(rows, "Partners", { today: TODAY }).issues).filter(
      (p) => p.rule === "repeated.partner",
    );
    expect(problem.message).toMatch(/^2 partners in Partner are each on several rows \(5 rows in all\)/);
    expect(problem.message.endsWith(`tell them apart by name. ${fill}`)).toBe(true);
  });

  it("keeps every issue in exactly one problem, most rows first", () => {
    // A problem's rows add up the rows its issues stand for (the core reports a spelling once per value).
    expect(problems.reduce((n, p) => n + p.rows, 0)).toBe(issues.reduce((n, i) => n + (i.rows ?? 1), 0));
    expect(new Set(problems.flatMap((p) => p.issues)).size).toBe(issues.length);
    const counts = problems.map((p) => p.rows);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(problems.length).toBeLessThan(12);
    expect(find("type.committed", "lots")[0].rows).toBe(3);
    expect(find("list.sector", "Martian")[0].rows).toBe(2);
  });

  it("errorsFirst puts every error before any warning, keeping most rows first within each", () => {
    const ordered = errorsFirst(problems);
    const firstWarning = ordered.findIndex((p) => p.severity === "warning");
    expect(ordered.slice(firstWarning).every((p) => p.severity === "warning")).toBe(true);
    expect(ordered.slice(0, firstWarning).every((p) => p.severity === "error")).toBe(true);
  });

  it("groups a value ignoring case and outer spaces (one unknown ID typed two ways is one problem)", () => {
    const found = groupProblems<Issue>([
      {
        row: 2,
        column: "Initiative ID",
        severity: "error",
        message: "a",
        rule: "crossTab.unknownInitiative",
        value: "FOOD-9",
      },
      {
        row: 3,
        column: "Initiative ID",
        severity: "error",
        message: "b",
        rule: "crossTab.unknownInitiative",
        value: " food-9",
      },
      {
        row: 4,
        column: "Initiative ID",
        severity: "error",
        message: "c",
        rule: "crossTab.unknownInitiative",
        value: "FOOD-8",
      },
    ]);
    expect(found.map((p) => [p.value, p.rows])).toEqual([
      ["FOOD-9", 2],
      ["FOOD-8", 1],
    ]);
  });

  it("separates places: the same rule on two tabs is two problems", () => {
    const tables = {
      foundation: sampleSheet("Foundation"),
      assets: sampleSheet("Assets"),
      leadership: sampleSheet("Leadership"),
      partners: partners(40),
    };
    setColumn(tables.partners, "Initiative ID", range(1, 30), "NOPE-1");
    const assetId = tables.assets[0].indexOf("Initiative ID");
    tables.assets[1][assetId] = "nope-1";
    const across = crossCheck(tables);
    const grouped = groupProblems(across, { where: (i) => i.tab });
    const unknown = grouped.filter((p) => p.rule === "crossTab.unknownInitiative");
    expect(unknown.map((p) => [p.tab, p.rows])).toEqual(unknown.map((p) => [p.where, p.rows]));
    expect(unknown.map((p) => [p.where, p.rows])).toEqual([
      ["Partners", 30],
      ["Assets", 1],
    ]);
  });

  it("separates severities: one rule's errors and warnings in a column are two problems", () => {
    // A helper's round (real, invented values): a capital plan's negative lines, 375 netted off their
    // assets' other rows (a warning) and 86 not (errors), rolled up as "461 rows warning".
    const plan: Cell[][] = [
      ["Asset", "Estimated value"],
      ["Bridge A", 900000],
      ["Bridge A", -300000], // netted: a warning
      ["Depot B", -5000], // nothing to net it off: an error
      ["Depot C", 10000],
    ];
    const problems = groupProblems(validateRange(plan, "Assets", { today: TODAY }).issues).filter((p) =>
      p.rule.startsWith("min."),
    );
    expect(problems.map((p) => [p.severity, p.rows, p.firstRow])).toEqual([
      ["warning", 1, 3],
      ["error", 1, 4],
    ]);
  });

  it("folds a column's many different values into one problem beyond the cap", () => {
    // (A list column's: many texts where figures go are one finding already, see values.test.ts.)
    const sheet2 = partners(200);
    const c = sheet2[0].indexOf("Sector");
    for (let r = 1; r <= 100; r++) sheet2[r][c] = `about ${r}k dollars`;
    const grouped = groupProblems(validateRange(sheet2, "Partners", { today: TODAY }).issues).filter(
      (p) => p.rule === "list.sector",
    );
    expect(grouped).toHaveLength(MAX_VALUES_PER_COLUMN);
    expect(grouped.reduce((n, p) => n + p.rows, 0)).toBe(100);
    const rest = grouped.find((p) => p.value === undefined)!;
    expect(rest.rows).toBe(100 - (MAX_VALUES_PER_COLUMN - 1));
    expect(rest.message).toMatch(/^76 cells like row \d+: Sector is "about/);
  });

  it("says a roster's repeated people in one problem: one warning per person, not one per row", () => {
    // Real: a committee roster (3,907 rows, 533 members) was 3,374 warnings in 521 problems.
    const roster: Rows = [["Name", "Title"]];
    for (let i = 0; i < 40; i++) roster.push([`Member ${i}`, "Chair"], [`Member ${i}`, "Member"]);
    roster.push(["Member 0", "Secretary"]);
    const issues = validateRange(roster, "Leadership", { today: TODAY }).issues;
    expect(issues).toHaveLength(40);
    expect(issues[0].message).toMatch(/^Name "Member 0" is on 3 rows \(2, 3, 82\): /);
    const grouped = groupProblems(issues);
    expect(grouped.map((p) => [p.rule, p.issues.length, p.rows])).toEqual([["repeated.name", 40, 81]]);
    expect(grouped[0].message).toBe(
      "40 names in Name are each on several rows (81 rows in all): the Leadership tab lists each person once " +
        "per initiative — keep one row, or say which initiative each row is for.",
    );
  });

  it("says a contact list's many repeated Initiative IDs past the cap in one sentence", () => {
    const foundation: Rows = [["Initiative ID", "Initiative"]];
    for (let i = 0; i < 40; i++) foundation.push([`ID-${i}`, "One"], [`ID-${i}`, "Two"]);
    // Among as many initiatives listed once (most rows repeating a key is lines per key, said once).
    for (let i = 0; i < 100; i++) foundation.push([`ONCE-${i}`, "Once"]);
    const grouped = groupProblems(validateRange(foundation, "Foundation", { today: TODAY }).issues).filter(
      (p) => p.rule === "unique.initiativeId",
    );
    expect(grouped).toHaveLength(MAX_VALUES_PER_COLUMN);
    expect(grouped[0].message).toBe(
      "16 more rows each repeat an Initiative ID already on an earlier row — list each one once.",
    );
    // Partners' key is Partner with Initiative ID: the sentence says both (a helper's round: a capital
    // budget's agencies were told "list each one once", against the ledger rule).
    const budget: Rows = [["Organization", "Initiative ID", "Committed"]];
    for (let i = 0; i < 40; i++) budget.push([`Agency ${i}`, `HW ${i}`, 10], [`Agency ${i}`, `HW ${i}`, 20]);
    const partners = groupProblems(validateRange(budget, "Partners", { today: TODAY }).issues).filter(
      (p) => p.rule === "unique.partner",
    );
    expect(partners.find((p) => p.value === undefined)?.message).toBe(
      "16 more rows each repeat an Organization with an Initiative ID already on an earlier row — list each once per " +
        "Initiative ID.",
    );
    // Under one grant line (a few values said again and again), a partner's rows are a ledger's grants:
    // one warning each (a helper's round: Brussels' subsidy register, 495 errors).
    const ledger: Rows = [["Organization", "Initiative ID", "Committed"]];
    for (let i = 0; i < 40; i++) ledger.push([`Agency ${i}`, "HW 1", 10], [`Agency ${i}`, "HW 1", 20]);
    const issues = validateRange(ledger, "Partners", { today: TODAY }).issues;
    expect(issues.filter((i) => i.rule === "unique.partner")).toEqual([]);
    expect(issues.filter((i) => i.rule === "repeated.partner")).toHaveLength(40);
    expect(issues[0].message).toMatch(
      /^Organization "Agency 0" with Initiative ID "HW 1" is on 2 rows \(2, 3\): read as one/,
    );
  });
});
