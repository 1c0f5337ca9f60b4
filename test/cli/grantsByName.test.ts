import * as fs from "fs";
import * as path from "path";
import { summary, validate } from "../../src/functions/functions";
import { runMain, tempDir } from "./helpers";

/**
 * A sheet of grants whose headers name no tracker column but an amount (corpus round gn D4, real: federal
 * grants to the states by fiscal year and programme, told "state is its one column of names: map it to
 * Asset" — `value` read as an asset's Estimated value — and summary's generic "<your header>=Partner").
 * The hint a user needed: the names and the amounts, spelled out. Names and figures invented; the layout
 * and headers copied.
 */
const BY_STATE =
  "state,fiscal_year,value,agency,bureau,program\n" +
  "Northland,2016,15876,Environment Agency,Office of Water,Drinking Water Revolving Fund\n" +
  "Southland,2016,8312,Environment Agency,Office of Water,Drinking Water Revolving Fund\n" +
  "Eastmark,2016,20950,Environment Agency,Office of Water,Drinking Water Revolving Fund\n" +
  "Westvale,2016,12719,Environment Agency,Office of Water,Drinking Water Revolving Fund\n" +
  "Lakeshire,2016,90412,Environment Agency,Office of Water,Drinking Water Revolving Fund\n" +
  "Northland,2017,16020,Environment Agency,Office of Water,Drinking Water Revolving Fund\n";

/** Subventions to local budgets (the same round, real: Ukraine's): each budget on many rows, amounts by kind. */
const SUBVENTIONS =
  "budget_code,budget,oblast,amount,special_amount,total\n" +
  "02201100000,Barska district,Vinnytsia,120.5,10,130.5\n" +
  "02201100000,Barska district,Vinnytsia,80,0,80\n" +
  "02202100000,Bershad district,Vinnytsia,200,15.25,215.25\n" +
  "02202100000,Bershad district,Vinnytsia,55,5,60\n";

const oneLine = (text: string) => text.replace(/\s+/g, " ");

/** What validate says of a range it finds no header row in. */
function said(rows: (string | number)[][]): string {
  try {
    validate(rows, null as unknown as string);
  } catch (err) {
    return (err as Error).message;
  }
  return "";
}

describe("a sheet of grants by name, its amounts under an amount word", () => {
  const dir = tempDir("grants-by-name");
  const file = path.join(dir, "grants_by_state.csv");
  fs.writeFileSync(file, BY_STATE);

  it("check names the partners' column and the amounts to map, as Partners, never Assets", async () => {
    const { code, stdout, stderr } = await runMain(["check", file], dir);
    const said = oneLine(stdout + stderr);
    expect(code).toBe(3);
    expect(said).toContain(
      '"state" is its one column of names and "value" holds amounts: map them to Partner and Committed',
    );
    expect(said).toContain('--tab Partners --map "state=Partner" --map "value=Committed"');
    expect(said).not.toContain("Asset");
  });

  it("summary offers the same two mappings", async () => {
    const { code, stdout, stderr } = await runMain(["summary", file], dir);
    expect(code).toBe(3);
    expect(oneLine(stdout + stderr)).toContain('--tab Partners --map "state=Partner" --map "value=Committed"');
  });

  it("the functions say it in their own words: the mapping argument", () => {
    const rows = BY_STATE.trim()
      .split("\n")
      .map((l, r) => l.split(",").map((v, i) => (r > 0 && (i === 1 || i === 2) ? Number(v) : v)));
    const said =
      /"state" is its one column of names and "value" holds amounts: map them to Partner and Committed\), or map the columns \(the `mapping` argument\)/;
    expect(() => validate(rows, null as unknown as string)).toThrow(said);
    expect(() => summary(rows, null as unknown as string)).toThrow(said);
  });

  it("where no one column holds the names, the amounts to map are said, and the columns of names to choose from", async () => {
    // Not "the column naming who received each", as if one did: `budget` and `oblast` both name (a helper's
    // brief, Ukraine's subventions: `budget`, `oblast`, `location`), each on several rows.
    const ledger = path.join(dir, "subventions.csv");
    fs.writeFileSync(ledger, SUBVENTIONS);
    const { code, stdout, stderr } = await runMain(["check", ledger], dir);
    expect(code).toBe(3);
    expect(oneLine(stdout + stderr)).toContain(
      '"total" holds amounts: map it to Committed, and to Partner the one of "budget", "oblast" naming who ' +
        "received each)",
    );
  });

  it("with one column of names on several rows, offers it as the partners' if it names them; with none, says so", () => {
    const oneColumn = [
      ["budget_code", "budget", "amount", "special_amount", "total"],
      ["02201100000", "Barska district", 120.5, 10, 130.5],
      ["02201100000", "Barska district", 80, 0, 80],
      ["02202100000", "Bershad district", 200, 15.25, 215.25],
      ["02202100000", "Bershad district", 55, 5, 60],
    ];
    expect(said(oneColumn)).toContain(
      '"total" holds amounts: map it to Committed, and "budget", its one column of names, to Partner if it names ' +
        "who received each)",
    );
    const noNames = oneColumn.map((r) => r.filter((_, i) => i !== 1));
    expect(said(noNames)).toContain(
      '"total" holds amounts: map it to Committed; no column names who received each: add one, headed Partner)',
    );
  });
  it("never offers a column of projects as the partners': a capital programme's lines name no recipient", async () => {
    // A helper's round nx (real: the Philippines' public works appropriations, `Project Title, GAA Page,
    // Amount`, the page number run into some titles): told to map Project Title to Partner "if it names who
    // received each". Works and amounts invented.
    const works = path.join(dir, "public_works.csv");
    fs.writeFileSync(
      works,
      "Project Title,GAA Page,Amount\r\n" +
        '12 Riverside Br. (B00001XX) along Coast Rd,,"100,000,000"\r\n' +
        '"34 Hill Road Bypass, Package A, Northshire",,"300,000,000"\r\n' +
        'Harbour Flyover (B00002XX) along Ring Rd,56,"150,000,000"\r\n' +
        'Valley Rd K0012+000-K0013+500,78,"98,000,000"\r\n',
    );
    const { code, stdout, stderr } = await runMain(["check", works], dir);
    const said = oneLine(stdout + stderr);
    expect(code).toBe(3);
    expect(said).not.toContain('"Project Title", its one column of names, to Partner');
    expect(said).toContain(
      '"Amount" holds amounts: map it to Committed; "Project Title" names projects, not who received each: add a ' +
        "column naming them, headed Partner)",
    );
  });
  it("never offers a column of projects or of dates as the partners': a state's awards to local governments", () => {
    // Corpus round (real: Colorado DOLA's grants, colorado_dola_grants): `projname` names projects, in an
    // abbreviation, and `dateofaward` holds `14-MAR-12`. Told "to Partner the one of "projname",
    // "dateofaward", "county"", or, where the projects' names alone differ from row to row, "projname is its
    // one column of names: map it to Partner". Awards invented.
    const header = ["award", "projname", "projectnmbr", "dateofaward", "lgid", "program", "county"];
    const awards = [
      header,
      [25000, "Pinewood County Comp Plan", "00193", "14-MAR-12", "01001", "CHPG", "Pinewood"],
      [300000, "Pinewood County Clay Street Drainage", "07098", "17-APR-13", "01001", "EIAF", "Pinewood"],
      [3000, "Bennett Ridge Community Assessment", "07166", "14-FEB-13", "64258", "EIAF", "Aspen Flats"],
      [200000, "Aspen Flats Fire Station", "16-941", "11-JUN-14", "10003", "EIAF", "Aspen Flats"],
      [0, "NA", "15-PINE", "28-OCT-13", "NA", "GAME", "Pinewood"],
      [1000000, "Red Mesa Water Treatment", "08120", "04-AUG-16", "24005", "EIAF", "Red Mesa"],
      [25000, "Red Mesa Main Street Plan", "08121", "17-APR-16", "24005", "REDI", "Red Mesa"],
    ];
    const county =
      '"award" holds amounts: map it to Committed, and "county", its one column of names, to Partner if it ' +
      "names who received each)";
    expect(said(awards)).toContain(county);
    // Awarded on a few days, the projects' names the one column differing from row to row: still no partners.
    const fewDays = awards.map((r, i) =>
      i === 0 ? r : r.map((v, c) => (c === 3 ? ["14-MAR-12", "17-APR-13"][i % 2] : v)),
    );
    expect(said(fewDays)).toContain(county);
    expect(said(fewDays)).not.toContain('"projname" is its one column of names');
  });

  it("never offers a column holding a placeholder on every row: a capital plan's coordinates", () => {
    // A capital plan (derived_capital_plan) whose map columns hold NA on every row: told "to Partner the one of
    // "Phase", "lon", "lat"". Works invented.
    const plan = [
      ["Project", "Phase", "Project Budget Amount", "Total Phase Actual Spending Amount", "lon", "lat"],
      ["P.S. 901 - QUEENS", "Scope", 68000, 79000, "NA", "NA"],
      ["P.S. 901 - QUEENS", "Design", 343000, 345000, "NA", "NA"],
      ["P.S. 901 - QUEENS", "Construction", 2000000, 150000, "NA", "NA"],
      ["Fire Station 12", "Construction", 888000, 0, "NA", "NA"],
    ];
    expect(said(plan)).toContain(
      '"Project Budget Amount" holds amounts: map it to Committed, and "Phase", its one column of names, to ' +
        "Partner if it names who received each)",
    );
  });
});
