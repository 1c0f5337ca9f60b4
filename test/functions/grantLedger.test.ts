import { cellOf, issues, problems, summary, validate } from "../../src/functions/functions";

/**
 * A city grant ledger as open-data portals export it (SPEC rev 2): one row per grant, its own column
 * names among many the tracker does not know, and the tracker's functions pointed straight at it.
 */
const NULL = null as unknown as string;

const ledger = [
  ["Fiscal Year", "Department", "Grantee", "Program", "Amount Awarded", "Amount Paid", "State", "Grant Start Date"],
  ["2017", "Parks", "City Food Bank", "Meals", 120000, 60000, "OR", "07/01/2016 12:00:00 AM"],
  ["2017", "Parks", "Riverside Youth League", "Sports", 45000, 45000, "OR", "07/01/2016 12:00:00 AM"],
  ["2018", "Housing", "City Food Bank", "Pantry", 80000, 20000, "WA", "07/01/2017 12:00:00 AM"],
];

describe("a grant ledger passed to the functions as it is", () => {
  it("VALIDATE recognises the header row and never reads State as Status", () => {
    const result = validate(ledger, NULL, NULL as unknown as string[][]);
    const columns = result.slice(1).map((r) => r[1]);
    expect(columns).not.toContain("State");
    expect(result[0]).toEqual(["Row", "Column", "Severity", "Message", "Rule"]);
  });

  it("SUMMARY adds the awards, with a mapping that names the sector column by hand", () => {
    const withType = ledger.map((row, i) => [...row, i === 0 ? "Kind of org" : i === 2 ? "Nonprofit" : "Nonprofit"]);
    const mapping = [
      ["Your header", "Tracker column"],
      ["Kind of org", "Sector"],
    ];
    const table = summary(withType, NULL, mapping);
    expect(table[0]).toEqual(["Sector", "Partners", "Committed", "Received"]);
    expect(table[table.length - 1].slice(2)).toEqual([245000, 125000]);
  });

  it("a mapping naming a header the sheet lacks is #VALUE! with a message", () => {
    expect(() => issues(ledger, "Partners", NULL, [["Recipient name", "Partner"]])).toThrow(
      /The mapping names "Recipient name", but the range has no such header/,
    );
  });
});

describe("cells as Excel hands them to a custom function", () => {
  it("error objects become their error text, entities their displayed text", () => {
    expect(cellOf({ code: "#N/A", message: "" })).toBe("#N/A");
    expect(cellOf({ type: "Entity", text: "City Food Bank", properties: {} })).toBe("City Food Bank");
    expect(cellOf({ type: "FormattedNumber", basicValue: 1200 })).toBe(1200);
    expect(cellOf("x")).toBe("x");
    expect(cellOf(null)).toBeNull();
  });

  it("a linked data type in the Partner column is read by its text", () => {
    const sheet = [
      ["Partner", "Committed"],
      [{ type: "Entity", text: "City Food Bank", properties: {} }, 100],
    ] as unknown as any[][];
    expect(validate(sheet, "Partners")[1][3]).toBe("No issues found: 1 Partners row checked.");
  });
});

describe("a ledger with a title, a Total row and a note (SPEC rev 2)", () => {
  const withTotal = [
    ["Community grants FY2017 (REDACTED where personal)", "", "", "", "", "", "", ""],
    ...ledger,
    ["Total", "", "", "", 245000, 125000, "", ""],
    ["Source: city open data portal", "", "", "", "", "", "", ""],
  ];

  it("SUMMARY adds the grants, not the Total row", () => {
    const table = summary(withTotal, "Initiative ID");
    // Three grants to two partners: City Food Bank's two rows count once, their amounts added up.
    expect(table[table.length - 1]).toEqual(["Total", 2, 245000, 125000]);
  });

  it("VALIDATE names the Total row and the note once each", () => {
    const result = validate(withTotal, NULL);
    const named = result.filter((r) => typeof r[3] === "string" && (r[3] as string).includes("left out"));
    expect(named.map((r) => r[0])).toEqual([6, 7]);
  });
});

describe("Excel's objects far below the header row", () => {
  const rows: unknown[][] = [["Partner", "Committed", "Sector"]];
  for (let i = 0; i < 40; i++) rows.push([`Partner ${i}`, 10, "Business"]);
  rows.push([
    { type: "Entity", text: "City Food Bank", properties: {} },
    { type: "FormattedNumber", basicValue: 100 },
    "Nonprofit",
  ]);
  rows.push([{ code: "#N/A" }, 5, "Nonprofit"]);

  it("are read by their text and values, row by row as the core reads them", () => {
    const table = summary(rows as any[][], NULL);
    // 41 partners: the #N/A row's 5 is added in, but a name read as empty is no partner to count.
    expect(table[table.length - 1]).toEqual(["Total", 41, 505, ""]);
    const checked = validate(rows as any[][], NULL);
    expect(checked.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      [43, "Partner", "Partner: cell holds #N/A — read as empty; correct the formula or the value."],
    ]);
  });
});

describe("rows the same in every column, most of the sheet (a reviewer's repro: the Global Fund's grants)", () => {
  const header = ["Amount", "Grant code", "Start date", "Partner"];
  const ghana = [100, "GHA-H-MOH", "2023-09-20", "Ghana"];
  const kenya = [50, "KEN-M-TNT", "2022-01-10", "Kenya"];
  const tail =
    " — most of the sheet (3 of the 5 rows are copies of an earlier row): read as copies, their $250 left out of " +
    "the totals. If they are separate entries, tell them apart (a date or a reference on each) and each is added up.";

  it("VALIDATE and PROBLEMS say the copies are left out, as SUMMARY leaves them out", () => {
    const sheet = [header, ghana, ghana, ghana, kenya, kenya];
    const same = validate(sheet, NULL, NULL as unknown as string[][]).filter((r) => r[4] === "sameRow.partner");
    expect(same.map((r) => [r[0], r[3]])).toEqual([
      [3, `Row 3 ($100) is the same as row 2 in every column${tail}`],
      [4, `Row 4 ($100) is the same as row 2 in every column${tail}`],
      [6, `Row 6 ($50) is the same as row 5 in every column${tail}`],
    ]);
    const problem = problems(sheet, NULL, NULL as unknown as string[][]).find((r) => r[0] === "sameRow.partner");
    expect(problem?.[6]).toBe(`3 rows are the same as another row in every column${tail}`);
    // SUMMARY: $150 of the $400 the rows add, the $250 the warnings say is left out.
    const table = summary(sheet, NULL, NULL as unknown as string[][]);
    expect(table[table.length - 1].slice(1, 3)).toEqual([2, 150]);
  });

  it("a date column the mapping says to ignore dates no copy: VALIDATE and SUMMARY both add them up", () => {
    // A reviewer's repro: `Start date | Ignore` still made the copies dated and left out.
    const sheet = [header, ghana, ghana, ghana, kenya, kenya];
    const mapping = [
      ["Your header", "Tracker column"],
      ["Start date", "Ignore"],
    ];
    const same = validate(sheet, NULL, mapping).filter((r) => r[4] === "sameRow.partner");
    expect(same.map((r) => r[3])).toEqual([
      "Row 3 is the same as row 2 in every column: the same entry made twice? Both are added up ($100 each). If it " +
        "is one, delete the extra row.",
      "Row 4 is the same as row 2 in every column: the same entry made twice? Both are added up ($100 each). If it " +
        "is one, delete the extra row.",
      "Row 6 is the same as row 5 in every column: the same entry made twice? Both are added up ($50 each). If it " +
        "is one, delete the extra row.",
    ]);
    const table = summary(sheet, NULL, mapping);
    expect(table[table.length - 1].slice(1, 3)).toEqual([2, 400]);
  });

  it("blocks side by side: each block's copies read on its own by VALIDATE and SUMMARY alike", () => {
    // A reviewer's repro: 3 dated copies most of the left block, none in the right one's 10 rows.
    // VALIDATE left them out; SUMMARY read "3 of 15" and added them up ($950 for $700).
    const left = [header, ghana, ghana, ghana, kenya, kenya];
    const right = [
      header,
      ...Array.from({ length: 10 }, (_, i) => [(i + 1) * 10, `C-${i + 1}`, `2021-0${(i % 9) + 1}-01`, `Org ${i + 1}`]),
    ];
    const sheet = right.map((r, i) => [...(left[i] ?? [null, null, null, null]), null, ...r]);
    const same = validate(sheet, NULL, NULL as unknown as string[][]).filter((r) => r[4] === "sameRow.partner");
    expect(same.map((r) => r[3])).toEqual([3, 4, 6].map((n) => expect.stringContaining(`Row ${n} (`)));
    // Most of the left block's rows, not of the sheet's 15: said of its table.
    expect(same[0][3]).toContain(tail.replace("most of the sheet", "most of the table"));
    const table = summary(sheet, NULL, NULL as unknown as string[][]);
    expect(table[table.length - 1].slice(1, 3)).toEqual([12, 700]);
  });

  it("under an Initiative ID, the repeated key's error says its copies are left out, as SUMMARY leaves them", () => {
    // A reviewer's repro: "already on row 2 — list each partner once per initiative", the money unsaid.
    const withId = ["Amount", "Initiative ID", "Start date", "Partner"];
    const g = [100, "INI-1", "2023-09-20", "Ghana"];
    const k = [50, "INI-2", "2022-01-10", "Kenya"];
    const sheet = [withId, g, g, g, g, k, k, [20, "INI-3", "2022-01-10", "Mali"]];
    const keyed = validate(sheet, NULL, NULL as unknown as string[][]).filter((r) => r[4] === "unique.partner");
    expect(keyed.map((r) => r[0])).toEqual([3, 4, 5, 7]);
    expect(keyed[0][3]).toBe(
      'Partner "Ghana" with Initiative ID "INI-1" is already on row 2 — list each partner once per initiative. It ' +
        "is the same as row 2 in every column — most of the sheet (4 of the 7 rows are copies of an earlier row): " +
        "read as copies, their $350 left out of the totals. If they are separate entries, tell them apart (a date " +
        "or a reference on each) and each is added up.",
    );
    const problem = problems(sheet, NULL, NULL as unknown as string[][]).find((r) => r[0] === "unique.partner");
    expect(problem?.[6]).toContain("their $350 left out of the totals");
    const table = summary(sheet, NULL, NULL as unknown as string[][]);
    // $520 on the rows, $350 of it the copies the errors say are left out.
    expect(table[table.length - 1].slice(1, 3)).toEqual([3, 170]);
  });

  it("copies a few among many are added up by both, as before", () => {
    const others = [
      [70, "UGA-M-TASO", "2022-02-11", "Uganda"],
      [80, "TZA-H-MOH", "2022-03-12", "Tanzania"],
      [90, "RWA-C-MOH", "2022-04-13", "Rwanda"],
    ];
    const sheet = [header, ghana, ghana, kenya, ...others];
    const same = validate(sheet, NULL, NULL as unknown as string[][]).filter((r) => r[4] === "sameRow.partner");
    expect(same.map((r) => r[3])).toEqual([
      "Row 3 is the same as row 2 in every column: the same entry made twice? Both are added up ($100 each). If it " +
        "is one, delete the extra row.",
    ]);
    const table = summary(sheet, NULL, NULL as unknown as string[][]);
    expect(table[table.length - 1].slice(1, 3)).toEqual([5, 490]);
  });
});

describe("a project's expended total on each of its funding lines (corpus round fi D4: Caltrans' 5311/5310 ledger)", () => {
  const sheet = [
    ["organization_name", "upin", "description", "allocationamount", "expendedamount"],
    ["Choice in Aging", "BCG0000875", "Operating Assistance", 15125, 186247],
    ["Choice in Aging", "BCG0000875", "Operating Assistance", 171122, 186247],
    ["City of Lafayette: Lamorinda Sprit Van Program", "BCG0000560", "Operating Assistance", 15125, 186247],
    ["City of Lafayette: Lamorinda Sprit Van Program", "BCG0000560", "Operating Assistance", 171122, 186247],
  ];

  it("VALIDATE compares each project's Received once with its lines' Committed, as SUMMARY's note reads it", () => {
    const rules = validate(sheet, NULL, NULL as unknown as string[][]).map((r) => r[4]);
    expect(rules).not.toContain("partners.receivedOverCommitted");
    // Still said where the project, counted once, is over: once, not on each line.
    const over = sheet.map((r, i) => (i === 1 || i === 2 ? [...r.slice(0, 4), 200000] : r));
    const said = validate(over, NULL, NULL as unknown as string[][]).filter(
      (r) => r[4] === "partners.receivedOverCommitted",
    );
    expect(said.map((r) => [r[0], r[1]])).toEqual([[2, "expendedamount"]]);
  });
});
