import {
  concentration,
  crosscheck,
  FunctionError,
  functionError,
  gaps,
  issues,
  problems,
  readiness,
  summary,
  validate,
} from "../../src/functions/functions";
import { sampleSheet } from "../core/sheets";

/**
 * The wrappers as Excel calls them: ranges as 2-D arrays with "" for blank cells, and null for an
 * omitted optional argument. Errors must be CustomFunctions.Error-shaped, with a message.
 */
function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (err) {
    return err as FunctionError;
  }
  throw new Error("expected the function to fail");
}

function isRectangular(result: unknown[][]): boolean {
  return result.length > 0 && result.every((row) => row.length === result[0].length && row.length > 0);
}

const partners = sampleSheet("Partners");

describe("PARTNERS.VALIDATE", () => {
  it("says so when there is nothing to fix, keeping the four columns", () => {
    const result = validate(partners, null as unknown as string);
    expect(result).toEqual([
      ["Row", "Column", "Severity", "Message", "Rule"],
      ["—", "—", "—", "No issues found: 8 Partners rows checked.", "—"],
    ]);
  });

  it("reads a number past 2100 in a date column as the CLI does: no date, quoted as the cell holds it", () => {
    // Corpus round fl: `425180` under a CSV's start date was "Start date 3064-02-06"; in Excel a date
    // column's number is a serial too, and past the tracker's last day (2100-12-31) it is none.
    const result = validate(
      [
        ["Partner", "Committed", "Start date", "End date"],
        ["Acme", 100, 425180, 45000],
      ],
      "Partners",
    );
    expect(result.slice(1).map((row) => row.slice(1, 4))).toEqual([
      [
        "Start date",
        "error",
        'Start date is "425180" — expected a date (as a day, that number is 3064-02-06: past 2100, where a ' +
          "tracker's dates end).",
      ],
    ]);
  });

  it("reads a date typed as text past 2100 as the CLI does: no date, quoted as written", () => {
    const result = validate(
      [
        ["Partner", "Committed", "Start date", "End date"],
        ["Acme", 100, "3064-02-06", 45000],
      ],
      "Partners",
    );
    expect(result.slice(1).map((row) => row.slice(1, 4))).toEqual([
      [
        "Start date",
        "error",
        'Start date is "3064-02-06" — expected a date (the year 3064 is past 2100, where a tracker\'s dates end).',
      ],
    ]);
  });

  it("lists issues with the user's row numbers and headers", () => {
    const result = validate(
      [
        ["My partners", "", ""],
        ["", "", ""],
        ["Org name", "Pledge", "MOU signed?"],
        ["Acme", "lots", "Y"],
      ],
      null as unknown as string,
    );
    expect(result).toEqual([
      ["Row", "Column", "Severity", "Message", "Rule"],
      [
        4,
        "Pledge",
        "error",
        'Pledge is "lots" — expected an amount in dollars, like 1200 or $1,200.',
        "type.committed",
      ],
    ]);
  });

  it("fails with #VALUE! and advice when the header row is missing", () => {
    const err = thrown(() => validate(partners.slice(1), "Partners"));
    expect(err).toBeInstanceOf(FunctionError);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/Include the header row — for a table pass tblPartners\[#All\], not tblPartners\./);
  });

  it("on a directory headed by a bare Name, says it may be Leadership or Partners, as check and the pane do", () => {
    const directory = [
      ["Name", "Opening times", "Postcode"],
      ["Northside Food Bank", "Mon 10-12", "M1 1AA"],
    ];
    const err = thrown(() => validate(directory));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(
      /^No Leadership or Partners header row: .* for organisations \(Partners\), map Name to Partner/,
    );
  });

  it("fails with #VALUE! for an unknown tab", () => {
    const err = thrown(() => validate(partners, "Donors"));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/Unknown tab "Donors"/);
  });
});

describe("PARTNERS.PROBLEMS", () => {
  const ledger = [["Org name", "Sector", "Pledge"]];
  for (let i = 1; i <= 40; i++)
    ledger.push([`Org ${i}`, i <= 30 ? "non-profit" : "Business", i % 10 === 0 ? "lots" : "100"]);

  it("spills one row per distinct problem, most rows first, beside VALIDATE's many lines", () => {
    const result = problems(ledger, null as unknown as string, null as unknown as string[][]);
    expect(result).toEqual([
      ["Rule", "Column", "Severity", "Value", "Rows", "First row", "Message"],
      [
        "spelling.sector",
        "Sector",
        "warning",
        "non-profit",
        30,
        2,
        'Sector is "non-profit" in 30 rows (2, 3, 4, 5, 6, 7, 8, 9 … and 22 more) — use the listed spelling "Nonprofit".',
      ],
      [
        "type.committed",
        "Pledge",
        "error",
        "lots",
        4,
        11,
        'Pledge is "lots" in 4 rows (11, 21, 31, 41) — expected an amount in dollars, like 1200 or $1,200.',
      ],
    ]);
    // VALIDATE says the spelling once for its 30 rows, and the one unreadable amount once for its 4.
    expect(validate(ledger, null as unknown as string)).toHaveLength(1 + 1 + 1);
    expect(isRectangular(result)).toBe(true);
  });

  it("says so when there is nothing to fix, keeping the seven columns", () => {
    const result = problems(partners, "Partners", null as unknown as string[][]);
    expect(result[1]).toEqual(["—", "—", "—", "—", 0, "—", "No issues found: 8 Partners rows checked."]);
  });

  it("reads the headers as the mapping says, as VALIDATE does", () => {
    // By hand, Pledge is Received rather than Committed: its unreadable amounts are filed under it.
    const byHand = problems(ledger, "", [["Pledge", "Received"]]);
    expect(byHand.slice(1).map((r) => r[0])).toContain("type.received");
    expect(byHand.slice(1).map((r) => r[0])).not.toContain("type.committed");
    expect(problems(ledger, "", [["", ""]])).toEqual(problems(ledger, "", null as unknown as string[][])); // an empty range is no mapping
  });
});

describe("PARTNERS.ISSUES", () => {
  const broken = partners.map((r) => [...r]);
  broken[1][broken[0].indexOf("Committed")] = "lots"; // error
  broken[2][broken[0].indexOf("Contact email")] = "nobody"; // warning

  it("counts all issues by default (severity omitted is null)", () => {
    expect(issues(broken, null as unknown as string, null as unknown as string)).toBe(2);
  });
  it("counts one severity, however it is typed", () => {
    expect(issues(broken, "Partners", "error")).toBe(1);
    expect(issues(broken, "", "Warnings")).toBe(1);
    expect(issues(broken, "partners", "ALL")).toBe(2);
  });
  it("refuses an unknown severity with #VALUE!", () => {
    const err = thrown(() => issues(broken, "Partners", "fatal"));
    expect(err).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/use error, warning or all/) });
  });
});

describe("PARTNERS.CROSSCHECK", () => {
  it("reports no issues for the sample tracker, with a Tab column", () => {
    expect(crosscheck(sampleSheet("Foundation"), sampleSheet("Assets"), sampleSheet("Leadership"), partners)).toEqual([
      ["Tab", "Row", "Column", "Severity", "Message", "Rule"],
      ["—", "—", "—", "—", "No issues found between the tabs.", "—"],
    ]);
  });
});

describe("PARTNERS.SUMMARY", () => {
  it("spills a rectangular table ending with Total", () => {
    const result = summary(partners, null as unknown as string);
    expect(result[0]).toEqual(["Sector", "Partners", "Committed", "Received"]);
    expect(result[result.length - 1][0]).toBe("Total");
    expect(isRectangular(result)).toBe(true);
  });
  it("refuses an unknown groupBy with #VALUE!", () => {
    expect(thrown(() => summary(partners, "Colour")).code).toBe("#VALUE!");
  });
  it("says the currency a mapping gives a sheet that names none (`Committed (EUR)`)", () => {
    const register = [
      ["Ontvanger", "Realisatie"],
      ["Stichting Podium Noord", 125000],
    ];
    const byHand = [
      ["Ontvanger", "Partner"],
      ["Realisatie", "Committed (EUR)"],
    ];
    expect(summary(register, null as unknown as string, byHand)[0]).toEqual([
      "Sector",
      "Partners",
      "Committed (EUR)",
      "Received (EUR)",
    ]);
  });
  it("leaves out a column the mapping says to ignore, not reading the amounts' currency from it either", () => {
    // A reviewer's repro: the pane's "(ignore)" on a currency column, kept as `Currency | Ignore`, was
    // read as the amounts' currency all the same.
    const grants = [
      ["Grantee", "Amount", "Currency"],
      ["Harbor Trust", 5000, "EUR"],
      ["Food Bank", 250, "EUR"],
    ];
    const guessed = [
      ["Grantee", "Partner"],
      ["Amount", "Committed"],
    ];
    expect(summary(grants, null as unknown as string, guessed)[0][2]).toBe("Committed (EUR)");
    for (const ignore of ["Ignore", "(ignore)"]) {
      const byHand = [...guessed, ["Currency", ignore]];
      expect(summary(grants, null as unknown as string, byHand)[0][2]).toBe("Committed");
    }
    // Nor a person's name beside a blank organisation's name: the rows are then missing their partner.
    const donors = [
      ["company_name", "first_name", "last_name", "donor_type", "amount"],
      [null, "Ann", "Example", "Individual", 250],
    ];
    const read = validate(donors, "Partners", [["amount", "Committed"]]);
    expect(read[1][3]).toMatch(/^No issues/);
    const ignored = validate(donors, "Partners", [
      ["amount", "Committed"],
      ["first_name", "Ignore"],
    ]);
    expect(ignored[1].slice(1, 4)).toEqual(["company_name", "error", "company_name is empty — every row needs one."]);
  });
  it("reads no other column beside the mapping that it says to ignore — a transaction's kind — and still tells no rows apart by an ignored record number", () => {
    // `Transaction Type | Ignore` still moved the disbursements to Received: a column merely unmapped is
    // read, one said Ignore is not. (`OID_ | Ignore` still leaves the row's number out when rows are
    // compared: ignoring it must not make two rows of one entry two entries, their money added twice.)
    const projects = [
      ["OID_", "Name", "Construction_Start_Date", "Construction_Budget"],
      [12, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [53, "Pump Station Phase 2", "5/30/2021 0:00:00", 700000],
      [54, "Valve Renewal", "7/30/2014 0:00:00", 1250000],
    ];
    const byHand = [
      ["Name", "Partner"],
      ["Construction_Budget", "Committed"],
    ];
    const read = validate(projects, "Partners", byHand);
    expect(read[1][4]).toBe("sameRow.partner");
    expect(read[1][3]).toContain("but its record number (OID_)");
    // Ignored, its values are read as nothing — but a row's number still tells no two rows apart.
    const ignored = validate(projects, "Partners", [...byHand, ["OID_", "Ignore"]]);
    expect(ignored.slice(1).map((r) => r[4])).toEqual(["sameRow.partner"]);
    expect(ignored[1][3]).toContain("but its record number (OID_)");
    const ledger = [
      ["Transaction Type", "Recipient", "Value"],
      ["Commitment", "Harbor Trust", 1000],
      ["Disbursement", "Harbor Trust", 400],
      ["Commitment", "Food Bank", 500],
      ["Disbursement", "Food Bank", 500],
    ];
    const pairs = [
      ["Recipient", "Partner"],
      ["Value", "Committed"],
    ];
    expect(summary(ledger, null as unknown as string, pairs)[1]).toEqual(["Total", 2, 1500, 900]);
    expect(summary(ledger, null as unknown as string, [...pairs, ["Transaction Type", "Ignore"]])[1]).toEqual([
      "Total",
      2,
      2400,
      "",
    ]);
  });
  it("does not read a name's other half the mapping says to ignore with the key", () => {
    // A reviewer's repro: `first_name | Ignore` beside `last_name | Partner` still compared the first names.
    const gifts = [
      ["first_name", "last_name", "Amount"],
      ["Colline", "Ryves", 100],
      ["Colline", "Ryves", 200],
    ];
    const byHand = [
      ["last_name", "Partner"],
      ["Amount", "Committed"],
    ];
    expect(validate(gifts, "Partners", byHand)[1][3]).toContain('with first_name "Colline"');
    const ignored = validate(gifts, "Partners", [...byHand, ["first_name", "Ignore"]]);
    expect(ignored[1][3]).toContain('last_name "Ryves" is on 2 rows');
    expect(ignored[1][3]).not.toContain("first_name");
  });
  it("counts None, a comune among comuni in capitals, as the CLI does, and VALIDATE finds nothing to fix", () => {
    // A helper's round (real: Italy's food-solidarity allocations, `NONE` read as no name).
    const comuni = [
      ["Comune", "Regione", "Contributo (EUR)"],
      ["NONE", "PIEMONTE", 47959.13],
      ["NOLE", "PIEMONTE", 29781.46],
      ["NOVI LIGURE", "PIEMONTE", 149960.04],
    ];
    const byHand = [
      ["Comune", "Partner"],
      ["Contributo (EUR)", "Committed (EUR)"],
    ];
    expect(
      summary(comuni, null as unknown as string, byHand)
        .at(-1)
        ?.slice(0, 2),
    ).toEqual(["Total", 3]);
    expect(issues(comuni, "Partners", "all", byHand)).toBe(0);
    expect(validate(comuni, "Partners", byHand)[1][3]).toMatch(/^No issues/);
  });
});

describe("PARTNERS.GAPS", () => {
  it("spills Asset, Category, Initiative ID, Available, Needed, Gap", () => {
    const result = gaps(sampleSheet("Assets"));
    expect(result[0]).toEqual(["Asset", "Category", "Initiative ID", "Available", "Needed", "Gap"]);
    expect(result[1]).toEqual(["Recovery fund allocation", "Financial", "VAX-01", 300000, 500000, 200000]);
    expect(isRectangular(result)).toBe(true);
  });
  it("still says something readable when no asset has a gap", () => {
    const result = gaps([
      ["Asset", "Available", "Needed"],
      ["Vans", 3, 3],
    ]);
    expect(result).toHaveLength(2);
    expect(isRectangular(result)).toBe(true);
    expect(String(result[1][0])).toMatch(/No asset has a gap/);
  });
});

describe("PARTNERS.READINESS and PARTNERS.CONCENTRATION", () => {
  it("return numbers between 0 and 1", () => {
    expect(readiness(sampleSheet("Foundation"), "VAX-01")).toBeCloseTo(6 / 7);
    expect(concentration(partners)).toBeGreaterThan(0);
  });
  it("READINESS of an initiative that is not there is #N/A with a message", () => {
    expect(thrown(() => readiness(sampleSheet("Foundation"), "NOPE"))).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/Initiative "NOPE" is not in this Foundation range/),
    });
  });
  it("READINESS without an initiative is #VALUE!", () => {
    expect(thrown(() => readiness(sampleSheet("Foundation"), null as unknown as string)).code).toBe("#VALUE!");
  });
  it("CONCENTRATION of a range without Committed is #N/A", () => {
    expect(
      thrown(() =>
        concentration([
          ["Partner", "Sector"],
          ["A", "Business"],
        ]),
      ).code,
    ).toBe("#N/A");
  });
});

describe("the error factory", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("uses Excel's CustomFunctions.Error when the runtime provides it", () => {
    class ExcelError {
      constructor(
        readonly code: string,
        readonly message: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    const err = functionError("#N/A", "not there");
    expect(err).toBeInstanceOf(ExcelError);
    expect(err).toMatchObject({ code: "#N/A", message: "not there" });
  });

  it("falls back to a local class of the same shape in Node", () => {
    expect(functionError("#VALUE!", "bad")).toMatchObject({ code: "#VALUE!", message: "bad" });
  });
});
