import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runMain, tempDir } from "./helpers";

/** Which tab `check` and `new --from` read a sheet as, and which tab the hint names (corpus round fg). */

/** Tasmania's councillors (real: au_tas_local_councillors.csv), start_date and end_date empty on every row. */
const COUNCILLORS =
  "name,start_date,end_date,executive,council,email\n" +
  "Mick Tucker,,,Mayor,Break O Day Council,\n" +
  "Jock Campbell,,,Deputy Mayor,Clarence City Council,ald_jcampbell@ccc.tas.gov.au\n" +
  "Heather Chong,,,,Clarence City Council,ald_hchong@ccc.tas.gov.au\n";

describe("a roster with two date columns empty on every row", () => {
  it("is checked and copied as Leadership, its council the Organization — not as partners", async () => {
    const dir = tempDir("tab");
    fs.writeFileSync(path.join(dir, "councillors.csv"), COUNCILLORS);
    const check = await runMain(["check", "councillors.csv", "--json"], dir);
    expect(check.code).toBe(0);
    const sheet = JSON.parse(check.stdout).files[0].sheets[0];
    expect(sheet.tab).toBe("Leadership");
    expect(sheet.mapping.map((m: { header: string; column: string }) => `${m.header}=${m.column}`)).toEqual([
      "name=Name",
      "council=Organization",
      "email=Email",
    ]);
    const made = await runMain(["new", "--from", "councillors.csv", "tracker.xlsx"], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("sheet councillors → Leadership: 3 rows");
    expect(made.stdout).not.toMatch(/not placed: column "council"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "tracker.xlsx"));
    const leadership = wb.getWorksheet("Leadership")!;
    expect(["A2", "A3", "A4"].map((a) => leadership.getCell(a).value)).toEqual([
      "Mick Tucker",
      "Jock Campbell",
      "Heather Chong",
    ]);
    expect(wb.getWorksheet("Partners")!.getCell("A2").value).toBeNull();
  });
});

describe("the hint of a sheet no row of which is a header row", () => {
  async function said(file: string, text: string): Promise<{ code: number; text: string }> {
    const dir = tempDir("tab");
    fs.writeFileSync(path.join(dir, file), text);
    const run = await runMain(["check", file], dir);
    return { code: run.code, text: `${run.stdout}${run.stderr}`.replace(/\s+/g, " ") };
  }

  it("names Foundation and its Initiative for a project register with dates (the UK's major projects)", async () => {
    const run = await said(
      "projects.csv",
      "project_number,project_name,start_date,end_date\n" +
        "CO_0024,Civil Service Pensions,20.05.2020,30.09.2024\n" +
        "GOV_0033,GOV.UK One Login,04.01.2021,31.03.2025\n",
    );
    expect(run.code).toBe(3);
    expect(run.text).toContain("No Foundation header row: row 1 has project_number, project_name");
    expect(run.text).toContain('--tab Foundation --map "project_name=Initiative"');
    expect(run.text).not.toContain("--tab Partners");
  });

  it("names Foundation and the budget lines' titles for a capital budget (NYC's budget lines)", async () => {
    // Real: us_nyc_capital_budget_lines_fy19.csv (its first rows), hinted `--tab Partners --map
    // "<your header>=Partner"`: no header of it is any tab's.
    const run = await said(
      "budget_lines.csv",
      "Published Date,Project Type,Project Type Name,Budget Line,Budget Line Title,Funding Type,First Fiscal Year," +
        "Fiscal Year 1 Amount,Fiscal Year 2 Amount\n" +
        '20180201,AG,DEPARTMENT FOR THE AGING,AG 0001,"IMPROVEMENTS TO PROPERTY USED BY DEPARTMENT FOR THE AGING, ' +
        'CITYWIDE",C,2019,"3,306,783","3,479,000"\n' +
        '20180201,AG,DEPARTMENT FOR THE AGING,AG MN235,"LENOX HILL NEIGHBORHOOD HOUSE, INC.",C,2019,"50,000",0\n' +
        '20180201,BR,WATERWAY BRIDGES,BR 0231,"QUEENSBORO BRIDGE, REHABILITATION",C,2019,"141,151,222",0\n' +
        "20180201,BR,WATERWAY BRIDGES,BR 0253,RECONSTRUCTION OF WILLIAMSBURG BRIDGE,C,2019,0,0\n" +
        '20180201,C,CORRECTION,C  0101,"SECURITY SYSTEMS, VARIOUS FACILITIES",C,2019,0,0\n',
    );
    expect(run.code).toBe(3);
    expect(run.text).toContain("No Foundation header row: row 1 has Published Date, Project Type");
    expect(run.text).toContain('("Budget Line Title" names the projects: map it to Initiative)');
    expect(run.text).toContain('--tab Foundation --map "Budget Line Title=Initiative"');
    expect(run.text).not.toContain("--tab Partners");
  });

  it("names the header holding a directory's names (Trafford's community hubs)", async () => {
    // Real: uk_trafford_community_hubs.csv (its first rows), hinted `--map "<your header>=Partner"`.
    const hubs =
      "community_hub,address,postcode,website,email,telephone,opening_hours,lon,lat\n" +
      'Altrincham,"The Hub, Pownall Road, Altrincham",WA14 2SZ,https://thehub.churchinsight.com/,' +
      'hopefood@altrinchambaptist.org,0161 941 2018,"Tuesdays, Wednesdays and Fridays, 10am-2pm",-2.348,53.382\n' +
      "Old Trafford,\"St John's Centre, St John's Road, Old Trafford\",M16 7GX,https://www.stjohnscentre.org/," +
      'info@stjohnscentre.org,0161 872 7795,"Monday to Friday, 9.30am-4pm",-2.268,53.458\n' +
      'Partington,"The Hope Centre, 49 Wood Lane, Partington",M31 4LT,https://www.hopecentrepartington.com/,' +
      'info@hopecentrepartington.com,0161 776 0980,"Mondays, 9.30am-4pm",-2.434,53.416\n' +
      'Sale,"Sale Community Hub, Newbury Avenue, Sale",M33 4QJ,https://www.oursalewest.co.uk/,' +
      'enquiries@oursalewest.co.uk,0161 973 3778,"Monday to Thursdays, 9-5pm",-2.357,53.418\n';
    const run = await said("hubs.csv", hubs);
    expect(run.code).toBe(3);
    // A guess, "may hold": its header says nothing of names, and it holds the towns the hubs are in.
    expect(run.text).toContain('("community_hub" may hold the names: map it to Partner)');
    expect(run.text).toContain('--tab Partners --map "community_hub=Partner"');
    expect(run.text).not.toContain("<your header>=Partner");
    // A header that says it holds names, over the same towns: it does.
    const named = await said("named.csv", hubs.replace("community_hub,", "hub_name,"));
    expect(named.text).toContain('("hub_name" holds the names: map it to Partner)');
  });

  it("names no column of towns or of services as the names (a directory's Location, Service)", async () => {
    // A reviewer's repros: `("Location" holds the names: map it to Partner)` over Altrincham, Sale …
    const rows = (values: string[]) =>
      values.map((v, i) => `${v},${i + 1} High St,http://example.org/${i},0161 ${i}\n`).join("");
    for (const [header, values] of [
      ["Location", ["Altrincham", "Sale", "Stretford", "Urmston"]],
      ["Service", ["Food bank", "Debt advice", "Youth club", "Library"]],
    ] as const) {
      const run = await said("dir.csv", `${header},Address,Website,Phone\n` + rows([...values]));
      expect(run.code).toBe(3);
      expect(run.text).not.toContain(`"${header}" holds the names`);
      expect(run.text).not.toContain(`--map "${header}=Partner"`);
      expect(run.text).toContain('--tab Partners --map "<your header>=Partner"');
    }
  });

  it("names Assets for a register of things by where they stand (Trafford's CCTV cameras)", async () => {
    const run = await said(
      "cameras.csv",
      "camera_id,location,area_name,area_code,lon,lat\n" +
        "1001,Trafford Wharf Road,Gorse Hill & Cornbrook,E05015247,-2.284777,53.464515\n" +
        "1002,Trafford Wharf Road/Wharfside tram stop,Gorse Hill & Cornbrook,E05015247,-2.289056,53.466406\n",
    );
    expect(run.code).toBe(3);
    expect(run.text).toContain("No Assets header row: row 1 has camera_id, location");
    expect(run.text).toContain("--tab Assets");
  });
});

describe("the tab of a directory (corpus round fh)", () => {
  async function said(file: string, text: string): Promise<{ code: number; text: string }> {
    const dir = tempDir("tab");
    fs.writeFileSync(path.join(dir, file), text);
    const run = await runMain(["check", file], dir);
    return { code: run.code, text: `${run.stdout}${run.stderr}`.replace(/\s+/g, " ") };
  }

  it("checks a funder directory numbered by `#` as Partners, the issuer the Partner (Malaysia's financing directory)", async () => {
    // Real: my_semiconductor_financing_directory.xlsx (repros/D3.csv), checked as Foundation with 4
    // "There is no … column" errors.
    const run = await said(
      "financing.csv",
      "#,Issuer / Programme Name,Type of Financing,Ticket Max (RM),Notes / Source\n" +
        "1,NSS SME Matching Grant — MOF,Grant,5000000,MOF\n" +
        "2,Cradle Fund — CIP SPARK,Grant,150000,Cradle\n",
    );
    expect(run.code).toBe(0);
    expect(run.text).toContain("financing — Partners, header row 1, 2 rows checked: no issues");
    expect(run.text).toContain("Columns: Issuer / Programme Name → Partner · Notes / Source → Notes");
    expect(run.text).toContain('its figures are in "Ticket Max (RM)"');
    expect(run.text).not.toContain("Initiative ID");
  });

  it("hints Partners and its Org Name for a providers list headed by a form's questions (England's free meals)", async () => {
    // Real: uk_fsm_support_providers.csv (repros/D4.csv), hinted `--tab Assets --map "<your header>=Asset"`.
    const run = await said(
      "providers.csv",
      "Org Name,Street Address 1 (building number + street),Street Address 2,Town/City,Postcode,County," +
        "What is the organisation's phone number? Please include the area code.," +
        "The website of the organisation giving the free meals,What time does the organisation open?," +
        "What time does the organisation close?,Which days are the meals available?," +
        "Other info or description about the free meals\n" +
        '#Coffee Street,15,Cavendish Street,Chesterfield,S40 1XA,Derbyshire,01246 769898,,10:00,15:00,"Monday, ' +
        'Tuesday","A take away free packed lunch"\n' +
        '108 The Bakery,"Unit 7, Basepoint Business Centre",Premier Way,Romsey,SO51 9AQ,Hampshire,1794878336,' +
        'https://108thebakery.co.uk/,10:00,12:30,Wednesday,"Family Lunch: a loaf of bread, jam and fruit"\n',
    );
    expect(run.code).toBe(3);
    expect(run.text).toContain("No Partners header row: row 1 has Org Name");
    expect(run.text).toContain('--tab Partners --map "Org Name=Partner"');
    expect(run.text).not.toContain("--tab Assets");
  });

  it("hints people or organisations for a gardens directory, however many gardens (Bath's community gardens)", async () => {
    // Real: uk_banes_community_gardens.csv (repros/D6.csv), hinted `--tab Foundation --map
    // "Name=Initiative"` for its first 5 rows, people or organisations for 4.
    const header = "Name,Address,LocationDescription,Website,Description,Easting,Northing,Ward\n";
    const gardens = [
      'Alice Park Community Garden,"Alice Park, Bath, BA1 7BL",2 Alice Park,http://apcg.co.uk/,Veg beds,376395,166657,23\n',
      'Bath Organic Group Demonstration Garden,"Lower Common, Bath",Next to the playground,www.bog.org.uk,Run by volunteers,374003,165246,34\n',
      "Monksdale Community Plot,Monksdale Road,Above the play area,http://monksdale.example,A community garden,373565,163779,31\n",
      '"Transition Bath Guerrilla Gardening site, Veg Mead",Hedgemead Park,Gravel Walk,www.tb.org,A fruit patch,374568,165250,34\n',
      "Transition Bath Guerrilla Gardening site,Donkey Lane,Claremont Walk,www.tb.org,Fruits and herbs,375330,166257,36\n",
    ];
    for (const n of [4, 5]) {
      const run = await said(`gardens${n}.csv`, header + gardens.slice(0, n).join(""));
      expect(run.code).toBe(3);
      expect(run.text).toContain("No Leadership or Partners header row: row 1 has Name");
      expect(run.text).toContain('--tab Partners --map "Name=Partner"');
      expect(run.text).not.toContain("--tab Foundation");
    }
  });
});

describe("the hints of a sheet not read, its money in plain sight (corpus round fj)", () => {
  async function ran(command: string, file: string, text: string): Promise<{ code: number; text: string }> {
    const dir = tempDir("tab");
    fs.writeFileSync(path.join(dir, file), text);
    const run = await runMain([command, file], dir);
    return { code: run.code, text: `${run.stdout}${run.stderr}`.replace(/\s+/g, " ") };
  }

  it("names the amount column beside the partner, not a Sector to add (the French State's annex, D6)", async () => {
    // Real: fr_jaune_associations_subventionnees_2010.csv's layout, its amount headed as another annex
    // heads it (`Subventions versées`): told to "name one more Partners column beside ASSOCIATION (such
    // as Sector or Place-based funder)" with its money in plain sight.
    const jaune =
      "SIREN;ASSOCIATION;IMPUTATION;Subventions versées;Détail\n" +
      "490135456;1 2 3 SOLEIL LUDOTHEQUE;;3 000;\n" +
      "490135456;1 2 3 SOLEIL LUDOTHEQUE;Jeunesse et vie associative;;3 000\n" +
      "445311210;1.2.3 ARCHITECTE;;30 000;\n" +
      "445311210;1.2.3 ARCHITECTE;Culture et communication;;30 000\n";
    const check = await ran("check", "jaune.csv", jaune);
    expect(check.code).toBe(3);
    expect(check.text).toContain(
      "name one more Partners column beside ASSOCIATION (such as Subventions versées, as Committed)",
    );
    expect(check.text).toContain('--tab Partners --map "ASSOCIATION=Partner" --map "Subventions versées=Committed"');
    expect(check.text).not.toContain("Sector");
    const summary = await ran("summary", "jaune.csv", jaune);
    expect(summary.code).toBe(3);
    expect(summary.text).toContain('--tab Partners --map "ASSOCIATION=Partner" --map "Subventions versées=Committed"');
    // A count of grants is no amount to name.
    const counted = await ran(
      "check",
      "counted.csv",
      jaune.replace("Subventions versées", "Nombre de subventions").replace("Détail", "Effectif"),
    );
    expect(counted.text).not.toContain("as Committed");
    // Nor is an organisation's own budget (real: us_philly_violence_prevention_nonprofits.csv, round ff),
    // a sum asked for, or a cost.
    for (const header of ["Annual_Operating_Budget", "Amount requested", "Project cost"]) {
      const own = await ran(
        "check",
        "own.csv",
        `Organization_Name,${header},Website\nLevel Up Philly,293600,x\nA,1200,y\n`,
      );
      expect([header, own.text]).toEqual([header, expect.stringContaining("(such as Sector or Place-based funder)")]);
    }
  });

  it("hints Partners' money for a capital register by project, not people for its TITLE (NYC Council's, D5)", async () => {
    // Real: us_nyc_council_capital_fy26.xlsx (its first rows): "No Leadership header row … name a Name
    // column", and summary "Its rows look like Leadership, not Partners' money" over $779.3M of FY26.
    const register =
      "PROJECT,BORO,BUDLINE,CD,SPONSOR,TITLE,DESC,FY26,FY27,FY28,FY29\n" +
      "E CN0001,M,E D001,01,Marte,P.S. 124 UPPER PLAYGROUND RENOVATION,AT P.S. 124,1000000,0,0,0\n" +
      "P CN0003,M,P D018,01,Marte,DUANE PARK UPGRADES,UPGRADES AT DUANE PARK,300000,0,0,0\n" +
      "HN CN0021,M,HN D300,02,Rivera,BARUCH CAMPUS SAFETY IMPROVEMENTS,TURNSTILES,500000,0,0,0\n";
    const check = await ran("check", "capital.csv", register);
    expect(check.code).toBe(3);
    expect(check.text).toContain("No Partners header row: row 1 has PROJECT, BORO");
    expect(check.text).toContain('--tab Partners --map "<your header>=Partner"');
    expect(check.text).not.toContain("Leadership");
    const summary = await ran("summary", "capital.csv", register);
    expect(summary.code).toBe(3);
    expect(summary.text).not.toContain("not Partners' money");
    expect(summary.text).toContain('--map "<your amount header>=Committed"');
  });
});

describe("the hints of a sheet not read, as the message reads it (corpus rounds fj, fk)", () => {
  async function ran(command: string, file: string, text: string): Promise<{ code: number; text: string }> {
    const dir = tempDir("tab");
    fs.writeFileSync(path.join(dir, file), text);
    const run = await runMain([command, file], dir);
    return { code: run.code, text: `${run.stdout}${run.stderr}`.replace(/\s+/g, " ") };
  }

  it("maps the column of organisations named in Japanese, and its date as the Start date (Takamatsu)", async () => {
    // Real: jp_takamatsu_smartcity_members.xlsx (its first rows), hinted `--map "<your header>=Partner"`.
    const members =
      "#property,groupName,applicationDate\n" +
      "1,高松市,10/19/2017\n2,株式会社ＳＴＮｅｔ,10/19/2017\n3,株式会社百十四銀行,10/6/2017\n" +
      "4,四国電力株式会社,10/13/2017\n5,国立大学法人香川大学,10/17/2017\n6,Code for Sanuki,10/19/2017\n";
    const check = await ran("check", "members.csv", members);
    expect(check.code).toBe(3);
    expect(check.text).toContain(
      '--tab Partners --map "groupName=Partner" --map "applicationDate=Start date", and once more for each other column',
    );
    const summary = await ran("summary", "members.csv", members);
    expect(summary.text).toContain('--tab Partners --map "groupName=Partner"');
  });

  it("offers no column the message calls a category, nor a pay scale (the Environment Agency's organogram)", async () => {
    // Real: uk_environment_agency_organogram_junior_2013-09.csv (repros/D5.csv): told `Organisation` was
    // a category, then `--map "Organisation=Partner"`; followed, twelve pay floors summed as "£248,786".
    const post = (unit: string, grade: string, pay: string) =>
      `"Department for Environment, Food and Rural Affairs",Environment Agency,${unit},${grade},${pay},1.0\n`;
    const organogram =
      "Parent Department,Organisation,Unit,Grade,Payscale Minimum (£),Payscale Maximum (£),Number of Posts in FTE\n" +
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
        .map((i) => post(`Office ${i % 4}`, `AS${2 + (i % 3)}`, `${16387 + 1000 * (i % 3)},${20983 + 1000 * (i % 3)}`))
        .join("");
    for (const command of ["check", "summary"]) {
      const run = await ran(command, "organogram.csv", organogram);
      expect(run.code).toBe(3);
      expect(run.text).toContain("a category, not one Partner a row");
      expect(run.text).not.toContain('--map "Organisation=Partner"');
      expect(run.text).not.toContain("read Organisation as the partners' names");
      expect(run.text).not.toContain("Payscale Minimum (£)=Committed");
    }
  });
});
