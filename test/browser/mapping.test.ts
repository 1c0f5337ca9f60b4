import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { MAPPINGS_SHEET, MAPPINGS_TITLE } from "../../src/excel/mappingSheet";
import { validate } from "../../src/functions/functions";
import { PARTNERS } from "../../src/schema";
import { createTracker, inWorkbook, openPane, screenshot, SCREENSHOTS, usePaneHarness, type SeedRow } from "./harness";

/**
 * "Use an existing sheet" as a user meets it (issue 9): a sheet whose headers mean nothing to the
 * tracker is mapped by hand, the mapping is kept in the workbook and reused, and the pane offers the
 * VALIDATE formula that uses it; a user's own `Partners` sheet beside the tracker is named by Check
 * and offered for mapping.
 */
const pane = usePaneHarness();

/** Opens "Use an existing sheet" on `sheet` and reads its headers, as a user does first. */
async function readInUse(page: Page, sheet: string): Promise<void> {
  await page.locator("#tab-use").click();
  await page.locator("#reload-sheets").click();
  await page.locator("#sheet-select").selectOption(sheet);
  await page.locator("#read-sheet").click();
  await page.locator("table.map").waitFor();
}

/**
 * "Read headers" again, to its end: the editor, the block chosen and the status are the last read's
 * until it ends, so a choice made while it runs is replaced by the read's own (a flaky CI run).
 */
async function readAgain(page: Page): Promise<void> {
  await page.locator("#read-sheet").click();
  await page.locator("#read-sheet:not([aria-busy])").waitFor();
}

/** The mapping editor's choice of tracker column for one of the sheet's headers. */
function trackerColumnOf(page: Page, header: string) {
  return page.locator(`select[aria-label='Tracker column for "${header}"']`);
}

const LEDGER: SeedRow[] = [
  ["Who", "How much", "When"],
  ["Harbor Bank", 25000, "2024"],
  ["Eastside Youth League", "lots", "2025"],
];

describe("mapping by hand", () => {
  it("maps a sheet nothing was recognised on, keeps the mapping, reuses it and offers the formula", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Ledger", values: LEDGER }]);
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Ledger");
    await page.locator("#read-sheet").click();
    await page.locator("#tab-select").waitFor();
    // The status quotes the headers; the note under it does not say them again.
    expect(await page.locator("#panel-use .status").innerText()).toMatch(/row 1 has Who, How much, When/);
    expect(await page.locator("#panel-use .note p").first().innerText()).toBe(
      "Nothing on Ledger was recognised for certain. Say which tab it holds, then map its columns by hand.",
    );

    await page.locator("#tab-select").selectOption("Partners");
    await page.locator("table.map").waitFor();
    const mapped = (header: string) => trackerColumnOf(page, header);
    const sample = (header: string) =>
      page.locator("table.map tr", { has: page.locator(`th:text-is("${header}")`) }).locator("td.sample");
    expect(await sample("How much").innerText()).toBe("25000");
    expect(await sample("Who").innerText()).toBe("Harbor Bank");
    await mapped("Who").selectOption("partner");
    await mapped("How much").selectOption("committed");
    // Mapped as an amount, its sample is money, as the check reads it (it showed 25000).
    expect(await sample("How much").innerText()).toBe("$25,000");
    await page.locator("#validate-sheet").click();
    const formula = page.locator("#validate-formula");
    await formula.waitFor({ timeout: 20000 });
    expect(await formula.inputValue()).toBe(
      `=PARTNERS.VALIDATE(Ledger!A1:C3, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$6)`,
    );
    expect(await page.locator("#panel-use li.problem", { hasText: '"lots"' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "mapping-by-hand.png"), fullPage: true });
    expect(await inWorkbook(page, `wb.sheet(${JSON.stringify(MAPPINGS_SHEET)}).visibility`)).toBe("Hidden");
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A5:B6")`)).toEqual([
      ["Who", "Partner"],
      ["How much", "Committed"],
    ]);
    // The user's sheet itself is unchanged, and the hidden sheet is not offered as a source.
    expect(await inWorkbook(page, 'wb.cells("Ledger", "A1:C3")')).toEqual(LEDGER);
    await page.locator("#reload-sheets").click();
    expect(await page.locator("#sheet-select option").allInnerTexts()).not.toContain(MAPPINGS_SHEET);

    // Next time: the kept mapping is applied at once.
    await page.locator("#read-sheet").click();
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await mapped("Who").inputValue()).toBe("partner");
    expect(await mapped("How much").inputValue()).toBe("committed");
    expect(await mapped("When").inputValue()).toBe("");
    expect(problems).toEqual([]);
  });
});

describe("a user's own Partners sheet beside the tracker", () => {
  it("Check says which one it checked and offers to map the user's sheet", async () => {
    const own: SeedRow[] = [
      ["Org name", "Type", "Pledge"],
      ["Harbor Bank", "Business", 25000],
      ["Eastside Youth League", "community based", "lots"],
    ];
    const { page } = await openPane(pane, [{ name: "Partners", values: own }]);
    await page.locator("#tab-create").click();
    await page.locator("#create-tracker").click();
    await page.locator(".report").waitFor({ timeout: 20000 });
    await page.locator("#tab-check").click();
    await page.locator("#check-workbook").click();
    const note = page.locator("#panel-check .which .note");
    await note.waitFor({ timeout: 20000 });
    expect(await note.innerText()).toMatch(
      /Checked the tracker's Partners table on the sheet "[^"]+"\. Your own sheet "Partners" is not the tracker's table and was not checked\./,
    );
    await note.locator(".check-own-sheet").click();
    await page.locator("#panel-use table.map").waitFor({ timeout: 20000 });
    expect(await page.locator("#sheet-select").inputValue()).toBe("Partners");
    // The Issues sheet Check just wrote is the add-in's own: not offered as a sheet to check.
    expect(await inWorkbook(page, 'wb.sheetNames().includes("Issues")')).toBe(true);
    expect(await page.locator("#sheet-select option").allInnerTexts()).not.toContain("Issues");
    expect(await page.locator("#tab-use").getAttribute("aria-selected")).toBe("true");
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use li.problem", { hasText: '"lots"' }).waitFor();
  });
});

describe("a sheet of two blocks side by side", () => {
  it("is mapped, checked and copied one block at a time, and no copied row takes a value from the other block", async () => {
    // Before, one mapping over the sheet gave City Food Bank the sector on Harbor Trust's row
    // (Philanthropy) and left the right block's partners out of the tracker.
    const grants: SeedRow[] = [
      ["Partner", "Committed", null, "Grantee", "Sector", "Committed"],
      ["City Food Bank", 1000, null, "Harbor Trust", "Philanthropy", 2000],
      ["Acme Ltd", 200, null, "Riverside Bank", "Business", "lots"],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: grants }], 320);
    await createTracker(page);
    await readInUse(page, "Grants");
    expect(await page.locator("#block-select option").allInnerTexts()).toEqual([
      "A–B: Partner, Committed",
      "D–F: Grantee, Sector, Committed",
    ]);
    expect(await page.locator("table.map th[scope=row]").allInnerTexts()).toEqual(["Partner", "Committed"]);
    await page.locator("#copy-sheet").click();
    await page.getByText("Copied 2 rows from Grants (A–B)").waitFor({ timeout: 20000 });

    await page.locator("#block-select").selectOption("1");
    expect(await page.locator("table.map th[scope=row]").allInnerTexts()).toEqual(["Grantee", "Sector", "Committed"]);
    await page.locator("#validate-sheet").click();
    // The right block's "lots" is in column F of the sheet, and its formula names D1:F3.
    await page.locator("#panel-use li.problem", { hasText: '"lots"' }).waitFor({ timeout: 20000 });
    expect(await page.locator("#validate-formula").inputValue()).toMatch(
      /^=PARTNERS\.VALIDATE\(Grants!D1:F3, "Partners"/,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "blocks-side-by-side-320.png"), fullPage: true });
    await page.locator("#copy-sheet").click();
    await page.getByText("Copied 2 rows from Grants (D–F)").waitFor({ timeout: 20000 });
    expect(await page.locator("#panel-use .result").innerText()).toContain("Grants itself is unchanged.");

    const at = (id: string) => PARTNERS.columns.findIndex((c) => c.id === id);
    const rows = await inWorkbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    expect(rows.map((r) => [r[at("partner")], r[at("sector")], r[at("committed")]])).toEqual([
      ["City Food Bank", null, 1000],
      ["Acme Ltd", null, 200],
      ["Harbor Trust", "Philanthropy", 2000],
      ["Riverside Bank", "Business", "lots"],
    ]);
    expect(problems).toEqual([]);
  });
});

/** Two blocks side by side (A–B and D–F), each with headers of its own. */
const TWO_BLOCKS: SeedRow[] = [
  ["Partner", "Pledged", null, "Grantee", "Sector", "Committed"],
  ["City Food Bank", 1000, null, "Harbor Trust", "Philanthropy", 2000],
];

describe("mappings kept per block", () => {
  it("keeps each block's corrected mapping on its own: mapping the second leaves the first's (and its formula's) alone", async () => {
    // Before, the kept mapping was one per sheet: correcting block D–F replaced block A–B's pairs, so
    // a VALIDATE formula already using A–B's mapping range silently read D–F's.
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: TWO_BLOCKS }], 320);
    await readInUse(page, "Grants");
    const mapped = (header: string) => trackerColumnOf(page, header);
    const validateFormula = async () => {
      await page.locator("#validate-sheet").click();
      await page.locator("#validate-formula").waitFor({ timeout: 20000 });
      return page.locator("#validate-formula").inputValue();
    };
    await mapped("Pledged").selectOption("received");
    expect(await validateFormula()).toBe(`=PARTNERS.VALIDATE(Grants!A1:B2, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$6)`);
    await page.locator("#block-select").selectOption("1");
    await mapped("Sector").selectOption("");
    expect(await validateFormula()).toBe(`=PARTNERS.VALIDATE(Grants!D1:F2, "Partners", '${MAPPINGS_SHEET}'!$D$5:$E$7)`);
    // Both kept, each under its block's columns; A–B's pairs are where its formula looks. The Sector
    // the user set to (ignore) is kept as Ignore: the formula, matching unnamed headers as usual, would
    // read it again otherwise.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A3:E7")`)).toEqual([
      ["Grants", "Partners", "A–B", "Grants", "Partners"],
      ["Your header", "Tracker column", null, "Your header", "Tracker column"],
      ["Partner", "Partner", null, "Grantee", "Partner"],
      ["Pledged", "Received", null, "Sector", "Ignore"],
      [null, null, null, "Committed", "Committed"],
    ]);
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "F3")`)).toEqual([["D–F"]]);
    // Back to the first block without reading again: its correction is still there.
    await page.locator("#block-select").selectOption("0");
    expect(await mapped("Pledged").inputValue()).toBe("received");

    // Next time: the first kept block opens with its mapping, and the other block brings back its own.
    await readAgain(page);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await page.locator("#block-select").inputValue()).toBe("0");
    expect(await mapped("Pledged").inputValue()).toBe("received");
    await page.locator("#block-select").selectOption("1");
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await mapped("Sector").inputValue()).toBe("");
    expect(await mapped("Committed").inputValue()).toBe("committed");
    expect(problems).toEqual([]);
  });
});

describe("reading the sheet again", () => {
  it("holds the last read's block choice, editor, Validate and Copy until the read ends", async () => {
    // Before, a block chosen while "Read headers" ran was replaced by the read's own choice when it
    // ended (the race a browser test met in a fresh clone): the controls looked usable and were not.
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: TWO_BLOCKS }], 320);
    await readInUse(page, "Grants");
    // Excel's round trips wait until the test lets them go: the read stays under way meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      w.__openGate = open;
      (w.__partnersFake as { onBeforeSync(hook: () => Promise<void>): void }).onBeforeSync(() => gate);
    });
    await page.locator("#read-sheet").click();
    await page.locator("#read-sheet[aria-busy]").waitFor();
    for (const control of ["#block-select", "#tab-select", "#validate-sheet", "#copy-sheet"]) {
      expect(await page.locator(control).isDisabled()).toBe(true);
    }
    expect(await trackerColumnOf(page, "Pledged").isDisabled()).toBe(true);
    await page.evaluate(() => (window as unknown as { __openGate: () => void }).__openGate());
    await page.locator("#read-sheet:not([aria-busy])").waitFor();
    for (const control of ["#block-select", "#tab-select", "#validate-sheet", "#copy-sheet"]) {
      expect(await page.locator(control).isEnabled()).toBe(true);
    }
    await page.locator("#block-select").selectOption("1");
    expect(await trackerColumnOf(page, "Committed").inputValue()).toBe("committed");
    expect(problems).toEqual([]);
  });
});

describe("a donor list of people and organisations, in euros", () => {
  it("says in the editor what the check reads in the columns it maps to no tracker column", async () => {
    // Before, first_name, last_name and currency said "(ignore)" while the check read the partner
    // and the amounts' currency from them (the command line's Columns line said so).
    const donors: SeedRow[] = [
      ["company_name", "first_name", "last_name", "donor_type", "amount", "currency", "notes"],
      ["Harbor Trust", null, null, "Organization", 5000, "EUR", null],
      [null, "Ann", "Example", "Individual", 250, "EUR", "thank you card"],
      [null, "Bo", "Sample", "Individual", 100, "EUR", null],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Donors", values: donors }], 450);
    await readInUse(page, "Donors");
    const shown = (header: string) => trackerColumnOf(page, header).locator("option:checked").innerText();
    expect(await shown("first_name")).toBe("(Partner if no company_name)");
    expect(await shown("last_name")).toBe("(Partner if no company_name)");
    expect(await shown("currency")).toBe("(the amounts' currency)");
    expect(await shown("donor_type")).toBe("(ignore)");
    expect(await shown("amount")).toBe("Committed");
    await screenshot(page, "donor-list-read-beside-450");
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, "donor-list-read-beside-320");
    // The editor fits the pane: at 320 px it scrolled sideways to 411 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
  });

  it("offers a real (ignore) beside what the check reads there, kept and honoured by the formula", async () => {
    // A reviewer's repro: the read-beside label took the place of "(ignore)", and a user could no longer
    // switch that reading off.
    const donors: SeedRow[] = [
      ["company_name", "first_name", "last_name", "donor_type", "amount", "currency"],
      ["Harbor Trust", null, null, "Organization", 5000, "EUR"],
      [null, "Ann", "Example", "Individual", 250, "EUR"],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Donors", values: donors }], 450);
    await readInUse(page, "Donors");
    const options = (header: string) => trackerColumnOf(page, header).locator("option").allInnerTexts();
    const shown = (header: string) => trackerColumnOf(page, header).locator("option:checked").innerText();
    expect((await options("currency")).slice(0, 2)).toEqual(["(the amounts' currency)", "(ignore)"]);
    expect((await options("first_name")).slice(0, 2)).toEqual(["(Partner if no company_name)", "(ignore)"]);
    // A column the check does not read keeps its one "(ignore)".
    expect((await options("donor_type")).filter((o) => o === "(ignore)")).toHaveLength(1);
    await trackerColumnOf(page, "first_name").selectOption({ label: "(ignore)" });
    await trackerColumnOf(page, "last_name").waitFor();
    expect(await shown("first_name")).toBe("(ignore)");
    // Still offered as read (the user can choose it again); the person's row now lacks its partner.
    expect((await options("first_name"))[0]).toBe("(Partner if no company_name)");
    await page.locator("#validate-sheet").click();
    await page.locator("#validate-formula").waitFor({ timeout: 20000 });
    expect(await page.locator("#panel-use .result").innerText()).toContain("company_name is empty");
    const kept = (await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A5:B7")`)) as string[][];
    expect(kept).toEqual([
      ["company_name", "Partner"],
      ["first_name", "Ignore"],
      ["amount", "Committed"],
    ]);
    // The formula reads the kept mapping alike.
    expect(validate(donors as string[][], "Partners", kept)[1].slice(1, 4)).toEqual([
      "company_name",
      "error",
      "company_name is empty — every row needs one.",
    ]);
    // Read again, the kept mapping opens with it ignored; choosing the reading again reads it.
    await readAgain(page);
    expect(await shown("first_name")).toBe("(ignore)");
    expect(await shown("currency")).toBe("(the amounts' currency)");
    await trackerColumnOf(page, "first_name").selectOption({ label: "(Partner if no company_name)" });
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use .result", { hasText: "Checked Donors" }).waitFor();
    expect(await page.locator("#panel-use .result").innerText()).not.toContain("company_name is empty");
    await screenshot(page, "donor-list-ignore-on-purpose-450");
    expect(problems).toEqual([]);
  });
});

describe("a block whose mapping was kept, moved by a column inserted to its left", () => {
  it("opens with its kept mapping, and keeping it again updates that one in place", async () => {
    // Before, the mapping kept for D–F was lost once the block sat in E–G, and keeping it again left
    // a stale D–F entry beside a new E–G one.
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: TWO_BLOCKS }], 320);
    await readInUse(page, "Grants");
    const mapped = (header: string) => trackerColumnOf(page, header);
    await page.locator("#block-select").selectOption("1");
    await mapped("Sector").selectOption("");
    await page.locator("#validate-sheet").click();
    await page.locator("#validate-formula").waitFor({ timeout: 20000 });
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "C3")`)).toEqual([["D–F"]]);

    // The user inserts a column before column A: every cell moves one column right.
    await inWorkbook(
      page,
      `(() => { const s = wb.sheet("Grants"); s.rows = s.rows.map((r) => (r ? [null, ...r] : r)); return true; })()`,
    );
    await readAgain(page);
    await page.locator("#block-select").selectOption("1");
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await mapped("Sector").inputValue()).toBe("");
    await mapped("Grantee").selectOption("partner"); // touched again, so kept again
    await page.locator("#validate-sheet").click();
    await page.locator("#validate-formula").waitFor({ timeout: 20000 });
    expect(await page.locator("#validate-formula").inputValue()).toBe(
      `=PARTNERS.VALIDATE(Grants!E1:G2, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$7)`,
    );
    // One entry, under the block's columns now; none left for D–F.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A3:E3")`)).toEqual([
      ["Grants", "Partners", "E–G", null, null],
    ]);
    expect(problems).toEqual([]);
  });
});

describe("a grant ledger validated in place", () => {
  it("counts its warnings as VALIDATE does, and under the problem gives each partner's rows without repeating the advice", async () => {
    const names = ["Parks Trust", "Food Bank", "Arts Council", "Harbor Bank", "Youth League"];
    const ledger: SeedRow[] = [["Grantee", "Amount", "Fiscal year"]];
    for (let i = 0; i < 40; i++) ledger.push([names[i % 5], 1000 * (i + 1), 2024 + (i % 2)]);
    ledger.push(["Total", 820000, null]);
    const { page, problems } = await openPane(pane, [{ name: "Ledger", values: ledger }], 320);
    await readInUse(page, "Ledger");
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use .problems").waitFor();
    // Five repeated partners and the Total row: six warnings, as VALIDATE lists them (not the 41 rows
    // they stand on, which the pane said before); the problem's badge counts its 40 rows.
    const listed = validate(ledger as never, "Partners").length - 1;
    expect(listed).toBe(6);
    expect(await page.locator("#panel-use .problems .count").innerText()).toMatch(
      /^0 errors and 6 warnings in 2 problems/,
    );
    const ledgerProblem = page.locator("#panel-use li.problem", { hasText: "5 partners in Grantee" });
    expect(await ledgerProblem.locator(".problem-count").innerText()).toBe("40");
    await ledgerProblem.locator("button.problem-toggle").click();
    const cells = await ledgerProblem.locator("button.issue .what").allInnerTexts();
    expect(cells[0]).toBe('Grantee "Parks Trust" is on 8 rows (2, 7, 12, 17, 22, 27, 32, 37)');
    expect(cells).toHaveLength(5);
    expect(cells.join(" ")).not.toMatch(/tell them apart/); // said once, in the problem above
    await page.screenshot({ path: path.join(SCREENSHOTS, "ledger-in-place-320.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe("a sheet with a pivot table", () => {
  // A council's payments sheet: the ledger in A:B, a pivot per payee in D:F with its filter row
  // above it (as test/cli/pivots.test.ts has it for the command line). Before, the pane offered the
  // pivot as a second block, its `Payee | (All)` filter row as a header row.
  const PAYMENTS: SeedRow[] = [
    ["Grantee", "Amount", null, "Payee", "(All)", null],
    ["Scouts", 275, null, null, null, null],
    ["Gym Club", 400, null, "Sum of Amount", "Column Labels", null],
    ["Scouts", 120, null, "Row Labels", 2016, "Grand Total"],
    [null, null, null, "Scouts", 395, 395],
    [null, null, null, "Gym Club", 400, 400],
    [null, null, null, "Grand Total", 795, 795],
  ];

  it("offers nothing of the last sheet read when the next read fails", async () => {
    // A sheet deleted (by a co-author, in a shared workbook) after the list was read: the read fails,
    // and the last sheet's editor, Validate and Copy stayed — Validate checked the sheet read before.
    const { page } = await openPane(
      pane,
      [
        { name: "Payments", values: PAYMENTS },
        { name: "Gone", values: PAYMENTS },
      ],
      320,
    );
    await readInUse(page, "Payments");
    expect(await page.locator("#validate-sheet").isVisible()).toBe(true);
    await page.locator("#sheet-select").selectOption("Gone");
    await inWorkbook(page, `(wb.state.sheets = wb.state.sheets.filter((s) => s.name !== "Gone"), true)`);
    await page.locator("#read-sheet").click();
    await page.locator("#read-sheet:not([aria-busy])").waitFor();
    expect(await page.locator("#panel-use table.map").count()).toBe(0);
    expect(await page.locator("#validate-sheet").isVisible()).toBe(false);
    expect(await page.locator("#copy-sheet").isVisible()).toBe(false);
    expect(await page.locator("#panel-use .status").innerText()).toMatch(/^That sheet or table is no longer there/);
  });

  it("leaves the pivot out and names it, and checks the ledger beside it as the command line does", async () => {
    const { page, problems } = await openPane(
      pane,
      [
        { name: "Payments", values: PAYMENTS },
        { name: "By payee", values: PAYMENTS.map((row) => row.slice(3)) },
      ],
      320,
    );
    await inWorkbook(
      page,
      `(wb.seedPivot("Payments", "PivotTable5", "D3:F7", { address: "D1:E1", fields: ["Payee"] }),
        wb.seedPivot("By payee", "PivotTable1", "A3:C7", { address: "A1:B1", fields: ["Payee"] }), true)`,
    );
    await readInUse(page, "Payments");
    expect(await page.locator("#left-out").innerText()).toBe(
      "Left out: a pivot table (PivotTable5, D1:F7): a summary of other data, not data to check.",
    );
    expect(await page.locator("#block-choice").count()).toBe(0);
    const headers = await page.locator("table.map tbody th").allInnerTexts();
    expect(headers).toEqual(["Grantee", "Amount"]);
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use li.problem").first().waitFor();
    // The same issues as VALIDATE over the ledger alone, and as `check` (test/cli/pivots.test.ts).
    const ledgerAlone = validate(PAYMENTS.slice(0, 4).map((row) => row.slice(0, 2)));
    const rules = ledgerAlone.slice(1).map((row) => row[4]);
    expect(rules).toEqual(["repeated.partner"]);
    expect(await page.locator("#panel-use li.problem").count()).toBe(1);
    expect(await page.locator("#panel-use li.problem").innerText()).toMatch(/Scouts/);
    // The formula it offers covers the ledger, not the pivot: VALIDATE would read the pivot's labels.
    await page.locator("#validate-formula").waitFor();
    expect(await page.locator("#validate-formula").inputValue()).toBe('=PARTNERS.VALIDATE(Payments!A1:B4, "Partners")');
    await page.screenshot({ path: path.join(SCREENSHOTS, "pivot-left-out-320.png"), fullPage: true });

    await page.locator("#sheet-select").selectOption("By payee");
    await page.locator("#read-sheet").click();
    await page.locator("#panel-use .status", { hasText: "holds only" }).waitFor();
    expect(await page.locator("#panel-use .status").innerText()).toBe(
      "By payee holds only a pivot table: nothing to check or copy. Use the sheet it summarises.",
    );
    expect(await page.locator("#panel-use table.map").count()).toBe(0);
    // Nothing to validate or copy: neither is offered (both answered "Read a sheet first.", a sheet just read).
    expect(await page.locator("#validate-sheet").isVisible()).toBe(false);
    expect(await page.locator("#copy-sheet").isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe("a sheet with cells merged down", () => {
  // A transit awards report (real: California's TIRCP awards; invented values): the project's number
  // and its recipient merged down over its component rows, its award merged over them too.
  const AWARDS: SeedRow[] = [
    ["Project_#", "Award_Recipient", "Components", "TIRCP_Award_Amount"],
    [11, "Coast Rail Agency", "Track work", 22962000],
    [null, null, "Signals", null],
    [null, null, "Fencing", null],
    [12, "Valley Transit", "Buses", 4000000],
  ];

  it("is checked and copied as it shows, as the command line reads it, and the formula's limit is said", async () => {
    const { page, problems } = await openPane(
      pane,
      [{ name: "Awards", values: AWARDS, merges: ["A2:A4", "B2:B4", "D2:D4"] }],
      320,
    );
    await createTracker(page, false);
    await readInUse(page, "Awards");
    await page.locator("#validate-sheet").click();
    await page.locator("#panel-use li.problem").first().waitFor();
    // One record's lines: one warning naming them — not "is empty" on each line the recipient spans.
    expect(await page.locator("#panel-use li.problem").count()).toBe(1);
    expect(await page.locator("#panel-use li.problem").innerText()).toContain(
      'Award_Recipient "Coast Rail Agency" with Project_# "11" is on 3 rows (2, 3, 4)',
    );
    // VALIDATE, handed the values as Excel hands them (each merged area in its first cell only), reads
    // the project's further lines as text wrapped from the row above: the note below the formula says why.
    expect(validate(AWARDS as never, "Partners")[1][3]).toMatch(/wrapped from the row next to it/);
    await page.locator("#merged-note").waitFor();
    expect(await page.locator("#merged-note").innerText()).toMatch(/^This sheet has cells merged down\./);

    await page.locator("#copy-sheet").click();
    await page.getByText("Copied 4 rows").waitFor({ timeout: 20000 });
    const rows = await inWorkbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    const at = (id: "partner" | "committed") => PARTNERS.columns.indexOf(PARTNERS.col[id]);
    expect(rows.map((r) => [r[at("partner")], r[at("committed")]])).toEqual([
      ["Coast Rail Agency", 22962000],
      ["Coast Rail Agency", null],
      ["Coast Rail Agency", null],
      ["Valley Transit", 4000000],
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "merged-cells-320.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe("a sheet with rows hidden by its filter", () => {
  // A school list filtered to 2 of its 6 schools (a helper's round, real: DC's school list, 2 of 311
  // shown): the check reads all six, as Excel's formulas do, and says which it read that the user
  // does not see — as `check` says it of the file (test/excel/hiddenRows.test.ts).
  const SCHOOLS: SeedRow[] = [
    ["Partner", "Committed"],
    ...Array.from({ length: 6 }, (_, i): SeedRow => [`School ${i + 1}`, 100 * (i + 1)]),
  ];

  it("is checked whole, and the pane says which rows it checked are hidden", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Schools", values: SCHOOLS }], 320);
    await inWorkbook(page, `(wb.seedHiddenRows("Schools", [3, 4, 5, 7], true), true)`);
    await readInUse(page, "Schools");
    await page.locator("#validate-sheet").click();
    await page.locator("#hidden-rows").waitFor();
    expect(await page.locator("#hidden-rows").innerText()).toBe(
      "Schools: 4 of the 6 rows checked are hidden by its filter (rows 3–5, 7): they were checked all the same, " +
        "as Excel's formulas read them (Data › Clear shows them).",
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "hidden-rows-320.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe("a grants list in pounds", () => {
  it("is copied into the tracker as written, in pounds, and the pane says so — never as that many dollars", async () => {
    // A printed list's layout: £ under Amount on every row, the figures in the column beside it.
    const grants: SeedRow[] = [
      ["Beneficiary", "Amount", "Column2"],
      ["Friends of Hill Hook", "£", "3,000.00"],
      ["Carers United", "£", 500],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: grants }], 320);
    await createTracker(page, false);
    await readInUse(page, "Grants");
    const mapped = (header: string) => trackerColumnOf(page, header);
    expect(await mapped("Column2").inputValue()).toBe("committed");
    expect(await mapped("Amount").inputValue()).toBe("");
    await page.locator("#copy-sheet").click();
    const result = page.locator("#panel-use .result");
    await result.getByText("Copied 2 rows").waitFor({ timeout: 20000 });
    expect(await result.innerText()).toContain(
      `Committed is in GBP: copied as written (£3,000), not as dollars — the tracker's Partners table adds up dollars, so convert these amounts to dollars there.`,
    );
    const rows = await inWorkbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    const committed = PARTNERS.columns.indexOf(PARTNERS.col.committed);
    expect(rows.map((r) => r[committed])).toEqual(["£3,000", "£500"]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "copy-pounds-320.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("lists figures without a header of their own by where they are, so the user sees what is Committed", async () => {
    const grants: SeedRow[] = [
      ["Beneficiary", "Amount", null],
      ["Friends of Hill Hook", "£", "3,000.00"],
      ["Carers United", "£", 500],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: grants }], 320);
    await readInUse(page, "Grants");
    const mapped = (header: string) => trackerColumnOf(page, header);
    expect(await page.locator("table.map tbody th").allInnerTexts()).toEqual([
      "Beneficiary",
      "Amount",
      "Amount (beside £)",
    ]);
    expect(await mapped("Amount (beside £)").inputValue()).toBe("committed");
    expect(await mapped("Amount").inputValue()).toBe("");
    expect(problems).toEqual([]);
  });
});

describe("a sheet opened from a CSV whose names hold unquoted commas", () => {
  it("copies each name whole and says so, with the sheet's row, as Check does", async () => {
    // Real: Berlin's grants ledger, names cut at a comma into the column past the last header. Check
    // said so; the copy read them whole without a word. A blank row above: the rows named are the sheet's.
    const grants: SeedRow[] = [
      [null, null, null, null],
      ["jahr", "betrag", "name", null],
      [2013, 169144, "Internationaler Bund (IB) Freier Träger der Jugend-", " Sozial- und Bildungsarbeit"],
      [2014, 500, "Kiek in e. V.", null],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Zuwendungen", values: grants }], 320);
    await createTracker(page, false);
    await readInUse(page, "Zuwendungen");
    await page.locator("#copy-sheet").click();
    const result = page.locator("#panel-use .result");
    await result.getByText("Copied 2 rows").waitFor({ timeout: 20000 });
    expect((await result.innerText()).replace(/\s+/g, " ")).toContain(
      `1 row's name runs on past its column (row 3): read as one name, "…Jugend-, Sozial- und Bildungsarbeit" — in a CSV, put such a name in quotes.`,
    );
    const rows = await inWorkbook<unknown[][]>(page, `wb.tableRows(${JSON.stringify(PARTNERS.table)})`);
    const partner = PARTNERS.columns.indexOf(PARTNERS.col.partner);
    expect(rows.map((r) => r[partner])).toEqual([
      "Internationaler Bund (IB) Freier Träger der Jugend-, Sozial- und Bildungsarbeit",
      "Kiek in e. V.",
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "copy-run-on-name-320.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe("a sheet whose headers sit under a title and name no tracker column until mapped", () => {
  // The three-doors corpus test's reported difference (a comptroller's schedule, a council's outturn
  // table, a register of gifts to parties …): the editor listed the title as the headers, so the sheet
  // could not be mapped, where `--map` and VALIDATE's mapping find the row holding the mapped headers.
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

  it("opens on the row the status quotes, not the title above it", async () => {
    const programs: SeedRow[] = [
      ["Table 7: Programs by department"],
      [],
      ["Programs Within Department", "Revenue", "Expenditures"],
      ["Parks", 100, 90],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Programs", values: programs }], 320);
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Programs");
    await page.locator("#read-sheet").click();
    await page.locator("#tab-select").waitFor();
    expect(await page.locator("#panel-use .status").innerText()).toMatch(/row 3 has Programs Within Department/);
    // Before: "its headers: Table 7: Programs by department", and that one cell listed to map. The
    // note does not quote row 3 again: the status has.
    expect(await page.locator("#panel-use .mapping .note").innerText()).not.toMatch(/Table 7|Programs Within/);
    expect(await page.getByLabel("Headers on row").inputValue()).toBe("3");
    await page.locator("#tab-select").selectOption("Partners");
    await page.locator("table.map").waitFor();
    expect(await page.locator("table.map tbody th").allInnerTexts()).toEqual([
      "Programs Within Department",
      "Revenue",
      "Expenditures",
    ]);
    expect(problems).toEqual([]);
  });

  // A register of gifts to parties (real: the Netherlands'; invented values): the parties' table under
  // the title, the donors' table under it — wider, so the one the status quotes.
  const GIFTS: SeedRow[] = [
    ["Overzicht giften van € 10.000 en hoger aan politieke partijen 2026"],
    [],
    ["Politieke partij", "Giften van € 10.000 en hoger ontvangen?", "Totaalbedrag"],
    ["D66", "Ja.", 60090],
    ["PVV", "Nee.", 0],
    ["SP", "Ja.", "veel"],
    ["Totaal", null, 60090],
    [],
    ["Politieke partij", "Totaal 2026", "Naam donateur", "Adres gever", "Datum"],
    ["D66", 10090, "P. Voorbeeld", "Den Dolder", "01/20/2026"],
    ["D66", 50000, "A. Exempel", "Amsterdam", "02/26/2026"],
  ];

  it("lets the user say which row holds the headers, keeps it with the mapping and offers a formula that reads the same", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Giften", values: GIFTS }], 320);
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Giften");
    await page.locator("#read-sheet").click();
    await page.locator("#tab-select").waitFor();
    const headerRow = page.getByLabel("Headers on row");
    const note = page.locator("#panel-use .mapping .note");
    expect(await headerRow.inputValue()).toBe("9");
    await screenshot(page, "header-row-nothing-recognised-320");

    // From the keyboard: the parties' table's row typed, then Enter; then the tab.
    await headerRow.focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");
    await note.getByText("row 3 has Politieke partij, Giften van € 10.000 en hoger ontvangen?, Totaalbedrag").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("header-row");
    await page.locator("#tab-select").selectOption("Partners");
    const listed = page.locator("table.map tbody th");
    await page.locator("table.map").waitFor();
    expect(await listed.allInnerTexts()).toEqual([
      "Politieke partij",
      "Giften van € 10.000 en hoger ontvangen?",
      "Totaalbedrag",
    ]);
    expect(await headerRow.inputValue()).toBe("3");
    // An arrow key steps to row 2, which is empty: refused and said, the headers stay row 3's.
    await headerRow.focus();
    await page.keyboard.press("ArrowDown");
    await page.locator("#panel-use .status", { hasText: "Row 2 is empty" }).waitFor();
    expect(await headerRow.inputValue()).toBe("3");
    expect(await listed.allInnerTexts()).toHaveLength(3);

    await trackerColumnOf(page, "Politieke partij").selectOption("partner");
    await trackerColumnOf(page, "Totaalbedrag").selectOption("committed");
    await page.locator("#validate-sheet").click();
    const formula = page.locator("#validate-formula");
    await formula.waitFor({ timeout: 20000 });
    expect(await formula.inputValue()).toBe(
      `=PARTNERS.VALIDATE(Giften!A1:E11, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$6)`,
    );
    const kept = (await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A5:B6")`)) as string[][];
    expect(kept).toEqual([
      ["Politieke partij", "Partner"],
      ["Totaalbedrag", "Committed"],
    ]);
    // The formula, with the kept mapping, lists what the pane checked: "veel", and as many warnings.
    const spill = validate(GIFTS as never, "Partners", kept);
    const severities = spill.slice(1).map((row) => row[2]);
    const [errors, warnings] = ["error", "warning"].map((s) => severities.filter((x) => x === s).length);
    expect(spill.slice(1).map((row) => [row[0], row[4]])).toContainEqual([6, "type.committed"]);
    expect(await page.locator("#panel-use .problems .count").innerText()).toMatch(
      new RegExp(`^${plural(errors, "error")} and ${plural(warnings, "warning")} in `),
    );
    expect(await page.locator("#panel-use li.problem", { hasText: '"veel"' }).count()).toBe(1);
    await screenshot(page, "header-row-chosen-320");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "header-row-chosen-450");

    // No serious accessibility problem in the flow (the row number's label, the editor).
    await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const axe = (await page.evaluate(`axe.run(document.querySelector("#panel-use"))`)) as {
      violations: { id: string; impact: string }[];
    };
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    // Next time: the kept mapping opens on row 3, its columns mapped.
    await readAgain(page);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await headerRow.inputValue()).toBe("3");
    expect(await trackerColumnOf(page, "Politieke partij").inputValue()).toBe("partner");
    expect(await trackerColumnOf(page, "Totaalbedrag").inputValue()).toBe("committed");
    expect(problems).toEqual([]);
  });
});

describe("the status and the editor's words, after the user chose the tab", () => {
  it("says to map the columns below, where the functions' mapping argument is no way of the pane's", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Ledger", values: LEDGER }], 320);
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Ledger");
    await page.locator("#read-sheet").click();
    await page.locator("#tab-select").waitFor();
    const status = page.locator("#panel-use .status");
    // Before: "… or map the columns (the `mapping` argument)."
    expect(await status.innerText()).toMatch(/, or map the columns below\.$/);
    expect(await status.innerText()).not.toMatch(/`mapping`|argument/);
    await screenshot(page, "status-nothing-recognised-320");
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "status-nothing-recognised-450");
    expect(problems).toEqual([]);
  });

  it("says the tab the user chose and what is left to do, never '0 columns recognised'", async () => {
    const { page, problems } = await openPane(pane, [{ name: "Ledger", values: LEDGER }], 320);
    await page.locator("#tab-use").click();
    await page.locator("#reload-sheets").click();
    await page.locator("#sheet-select").selectOption("Ledger");
    await page.locator("#read-sheet").click();
    await page.locator("#tab-select").waitFor();
    const status = page.locator("#panel-use .status");

    await page.locator("#tab-select").selectOption("Partners");
    await page.locator("table.map").waitFor();
    // Before: "Looks like the Partners tab: 0 columns recognised."
    expect(await status.innerText()).toBe("Partners tab, as you chose: map its columns below.");
    await screenshot(page, "status-tab-chosen-320");
    await trackerColumnOf(page, "Who").selectOption("partner");
    expect(await status.innerText()).toBe("Partners tab, as you chose: 1 column mapped — change any below.");
    await trackerColumnOf(page, "How much").selectOption("committed");
    expect(await status.innerText()).toBe("Partners tab, as you chose: 2 columns mapped — change any below.");
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "status-tab-chosen-450");
    expect(problems).toEqual([]);
  });

  it("says how to leave a column out as the editor does it, not as the functions' mapping says it", async () => {
    const sectors: SeedRow[] = [
      ["Partner", "Sector", "Committed"],
      ["Harbor Bank", "Arts", 1000],
      ["City Food Bank", "Health", 2000],
      ["Eastside Youth League", "Sport", 3000],
      ["River Clinic", "Youth work", 4000],
      ["Museum Friends", "Heritage", 5000],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Sectors", values: sectors }], 320);
    await readInUse(page, "Sectors");
    await page.locator("#validate-sheet").click();
    const problem = page.locator("#panel-use li.problem", { hasText: "holds values of its own" }).first();
    await problem.waitFor({ timeout: 20000 });
    // Before: "… or leave the column out of the mapping (map "Sector" to Ignore)."
    expect(await problem.innerText()).toMatch(
      /leave the column out of the mapping \(set "Sector" to \(ignore\) above\)\./,
    );
    expect(await problem.innerText()).not.toMatch(/to Ignore\)/);
    await screenshot(page, "problem-ignore-wording-320");
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "problem-ignore-wording-450");
    expect(problems).toEqual([]);
  });
});

describe("headers repeated under group titles", () => {
  it("lists each with the title over it, so the user can tell the two Amounts apart", async () => {
    const pledges: SeedRow[] = [
      ["", "Pledged", "", "Paid", ""],
      ["Grantee", "Amount", "Date", "Amount", "Date"],
      ["Harbor Bank", 1000, "2026-01-02", 500, "2026-03-04"],
      ["City Food Bank", 2000, "2026-02-03", 700, "2026-05-06"],
    ];
    const { page, problems } = await openPane(pane, [{ name: "Pledges", values: pledges }], 320);
    await readInUse(page, "Pledges");
    // Before: Grantee, Amount, Date, Amount, Date.
    expect(await page.locator("table.map tbody th").allInnerTexts()).toEqual([
      "Grantee",
      "Pledged › Amount",
      "Pledged › Date",
      "Paid › Amount",
      "Paid › Date",
    ]);
    expect(await trackerColumnOf(page, "Pledged › Amount").inputValue()).toBe("committed");
    expect(await trackerColumnOf(page, "Paid › Amount").inputValue()).toBe("received");
    await screenshot(page, "group-titles-320");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "group-titles-450");
    expect(problems).toEqual([]);
  });
});

describe("two Excel tables of the same headers on one sheet", () => {
  const TWO_TABLES: SeedRow[] = [
    ["Grantee", "Sector", "Committed"],
    ["Harbor Trust", "Philanthropy", 2000],
    ["City Food Bank", "Nonprofit", 1000],
    [],
    ["Grantee", "Sector", "Committed"],
    ["Eastside Youth League", "Nonprofit", 500],
    ["River Clinic", "Health", 700],
  ];

  it("keeps the mapping of the second one for the second one: read again, the editor opens on it", async () => {
    const tables = [
      { name: "tblGrants2025", address: "A1:C3" },
      { name: "tblGrants2026", address: "A5:C7" },
    ];
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: TWO_TABLES, tables }], 320);
    await readInUse(page, "Grants");
    const headerRow = page.getByLabel("Headers on row");
    expect(await headerRow.inputValue()).toBe("1");
    // The user maps the second table: its header row, and its Sector left out.
    await headerRow.fill("5");
    await headerRow.press("Enter");
    await page.locator("#panel-use .status", { hasText: "Headers read from row 5" }).waitFor();
    await trackerColumnOf(page, "Sector").selectOption("");
    await page.locator("#validate-sheet").click();
    await page.locator("#validate-formula").waitFor({ timeout: 20000 });
    expect(await page.locator("#validate-formula").inputValue()).toMatch(/^=PARTNERS\.VALIDATE\(Grants!A5:C7, /);

    // Next time: the second table, as mapped — before, the first table's row 1, its Sector mapped again.
    await readAgain(page);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await headerRow.inputValue()).toBe("5");
    expect(await trackerColumnOf(page, "Sector").inputValue()).toBe("");
    expect(await trackerColumnOf(page, "Grantee").inputValue()).toBe("partner");
    // Kept with the table it is for, beside its pairs.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "C4")`)).toEqual([["tblGrants2026"]]);
    await screenshot(page, "two-tables-second-kept-320");
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "two-tables-second-kept-450");
    expect(problems).toEqual([]);
  });
});

/** The words of an element's text that the browser laid out over more than one line. */
function wordsBrokenOverLines(element: Locator): Promise<string[]> {
  return element.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? "").matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index ?? 0);
        range.setEnd(node, (match.index ?? 0) + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

describe("two tables one below the other, each mapped", () => {
  // Table A's Sector holds words of its own (left out); table B, its columns in another order, says
  // Pledged for what was received. Their header rows differ: each mapping's pairs find their own table.
  const STACKED: SeedRow[] = [
    ["Grantee", "Sector", "Committed"],
    ["Harbor Trust", "Philanthropic giving", 2000],
    ["City Food Bank", "Nonprofit", 1000],
    [],
    ["Sector", "Grantee", "Pledged"],
    ["Nonprofit", "Eastside Youth League", 500],
    ["Health care", "River Clinic", 700],
  ];
  const headerRowOf = (page: Page) => page.getByLabel("Headers on row");
  const validateIt = async (page: Page): Promise<string> => {
    await page.locator("#validate-sheet").click();
    await page.locator("#validate-formula").waitFor({ timeout: 20000 });
    return page.locator("#validate-formula").inputValue();
  };
  const goToRow = async (page: Page, row: number) => {
    await headerRowOf(page).fill(String(row));
    await headerRowOf(page).press("Enter");
    await page.locator("#panel-use .status", { hasText: `Headers read from row ${row}` }).waitFor();
  };
  const problemsListed = (page: Page) => page.locator("#panel-use li.problem").allInnerTexts();

  it("keeps each table's mapping: mapping the second leaves the first's alone, and each is checked with its own", async () => {
    // Before, one mapping was kept per sheet: keeping table B's wrote over table A's pairs, so the
    // formula already offered for A read B's mapping, and A opened with B's mapping next time.
    const { page, problems } = await openPane(pane, [{ name: "Grants", values: STACKED }], 320);
    await readInUse(page, "Grants");
    expect(await headerRowOf(page).inputValue()).toBe("1");
    // At 320 px the Sample column is narrower than "Philanthropic": the word is shortened with an
    // ellipsis, never broken over two lines to read as two words ("Philanthr opic giving").
    const sample = page.locator("#panel-use td.sample", { hasText: "Philanthropic" });
    expect(await wordsBrokenOverLines(sample)).toEqual([]);
    expect(await sample.getAttribute("title")).toBe("Philanthropic giving");
    await trackerColumnOf(page, "Sector").selectOption("");
    expect(await validateIt(page)).toBe(`=PARTNERS.VALIDATE(Grants!A1:C7, "Partners", '${MAPPINGS_SHEET}'!$A$5:$B$7)`);

    await goToRow(page, 5);
    expect(await trackerColumnOf(page, "Pledged").inputValue()).toBe("committed");
    await trackerColumnOf(page, "Pledged").selectOption("received");
    // (Given the whole block, VALIDATE finds B's header row from B's pairs: its Pledged is on row 5 only.)
    expect(await validateIt(page)).toBe(`=PARTNERS.VALIDATE(Grants!A1:C7, "Partners", '${MAPPINGS_SHEET}'!$D$5:$E$7)`);
    // Both kept, side by side on the mappings sheet; A's pairs where A's formula looks.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A3:E7")`)).toEqual([
      ["Grants", "Partners", null, "Grants", "Partners"],
      ["Your header", "Tracker column", null, "Your header", "Tracker column"],
      ["Grantee", "Partner", null, "Sector", "Sector"],
      ["Sector", "Ignore", null, "Grantee", "Partner"],
      ["Committed", "Committed", null, "Pledged", "Received"],
    ]);

    // Next time: table A opens with its mapping, table B is named, and each is checked with its own.
    await readAgain(page);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await page.locator("#panel-use .status").innerText()).toMatch(
      /A mapping is kept for the table with headers on row 5 too/,
    );
    expect(await headerRowOf(page).inputValue()).toBe("1");
    expect(await trackerColumnOf(page, "Sector").inputValue()).toBe("");
    expect(await validateIt(page)).toMatch(/\$A\$5:\$B\$7\)$/);
    // Which of the two was checked: its header row said, as another table of the sheet has a mapping kept.
    expect(await page.locator("#panel-use .result h3").innerText()).toBe(
      "Checked Grants (headers on row 1) as Partners",
    );
    // A's Sector left out: its "Philanthropic giving" is no problem; B's rows are not A's.
    expect((await problemsListed(page)).join("\n")).not.toMatch(/Philanthropic giving|Health care/);
    await screenshot(page, "stacked-tables-first-kept-320");

    await goToRow(page, 5);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    expect(await trackerColumnOf(page, "Pledged").inputValue()).toBe("received");
    expect(await trackerColumnOf(page, "Sector").inputValue()).toBe("sector");
    expect(await validateIt(page)).toMatch(/^=PARTNERS\.VALIDATE\(Grants!A1:C7, "Partners", .*\$D\$5:\$E\$7\)$/);
    expect((await problemsListed(page)).join("\n")).toMatch(/Health care/);
    expect(await page.locator("#panel-use .result h3").innerText()).toBe(
      "Checked Grants (headers on row 5) as Partners",
    );
    await screenshot(page, "stacked-tables-second-kept-320");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 450, height: 900 });
    await screenshot(page, "stacked-tables-second-kept-450");
    // Still two entries: keeping each again brought it up to date in place.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "G3")`)).toEqual([[null]]);
    expect(problems).toEqual([]);
  });

  it("reads a workbook kept by an earlier version (one mapping for the sheet) as that table's, and keeps the next table's beside it", async () => {
    // The form earlier versions wrote: one entry for the sheet, no columns, no place — table B's.
    const oldForm: SeedRow[] = [
      [MAPPINGS_TITLE],
      [],
      ["Grants", "Partners"],
      ["Your header", "Tracker column"],
      ["Sector", "Sector"],
      ["Grantee", "Partner"],
      ["Pledged", "Received"],
    ];
    const { page, problems } = await openPane(
      pane,
      [
        { name: "Grants", values: STACKED },
        { name: MAPPINGS_SHEET, values: oldForm },
      ],
      320,
    );
    await readInUse(page, "Grants");
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    // Its pairs find table B: the editor opens there, as the earlier version kept it.
    expect(await headerRowOf(page).inputValue()).toBe("5");
    expect(await trackerColumnOf(page, "Pledged").inputValue()).toBe("received");

    await goToRow(page, 1);
    await trackerColumnOf(page, "Sector").selectOption("");
    expect(await validateIt(page)).toMatch(/\$D\$5:\$E\$7\)$/);
    // B's entry as it was, where a formula made with it looks; A's beside it.
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A3:E7")`)).toEqual([
      ["Grants", "Partners", null, "Grants", "Partners"],
      ["Your header", "Tracker column", null, "Your header", "Tracker column"],
      ["Sector", "Sector", null, "Grantee", "Partner"],
      ["Grantee", "Partner", null, "Sector", "Ignore"],
      ["Pledged", "Received", null, "Committed", "Committed"],
    ]);
    // Kept again, B's old entry is brought up to date in place, not copied.
    await goToRow(page, 5);
    await page.locator("#panel-use .status", { hasText: "Using the mapping you corrected before" }).waitFor();
    await trackerColumnOf(page, "Pledged").selectOption("committed");
    expect(await validateIt(page)).toMatch(/\$A\$5:\$B\$7\)$/);
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "A5:B7")`)).toEqual([
      ["Sector", "Sector"],
      ["Grantee", "Partner"],
      ["Pledged", "Committed"],
    ]);
    expect(await inWorkbook(page, `wb.cells(${JSON.stringify(MAPPINGS_SHEET)}, "G3")`)).toEqual([[null]]);
    expect(problems).toEqual([]);
  });
});
