import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { sampleSheet } from "../core/sheets";

/**
 * The custom functions loaded the way Excel loads them: ids come from the metadata generated from
 * functions.ts' JSDoc, the functions register themselves through CustomFunctions.associate (the
 * calls the build appends), and each is called by id with arguments shaped as Excel sends them —
 * ranges as 2-D arrays with "" for blank cells, null for every omitted optional argument.
 * `npm test` builds dist/ before jest, so the second suite runs the production bundle itself.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const DIST = path.join(ROOT, "dist");

interface Parameter {
  name: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}

/** Excel's runtime, as far as the functions can tell: associate, Error and ErrorCode. */
class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
function fakeRuntime() {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    registered,
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
  };
}

/** Calls a function by id the way Excel does: missing trailing arguments become null. */
function callAsExcel(
  registered: Map<string, (...args: unknown[]) => unknown>,
  metadata: FunctionMetadata[],
  id: string,
  ...given: unknown[]
): unknown {
  const meta = metadata.find((f) => f.id === id);
  const fn = registered.get(id);
  if (!meta || !fn) throw new Error(`Excel would show #NAME? for PARTNERS.${id}`);
  const args = meta.parameters.map((_, i) => (i < given.length ? given[i] : null));
  return fn(...args);
}

function failure(call: () => unknown): ExcelError {
  try {
    call();
  } catch (err) {
    return err as ExcelError;
  }
  throw new Error("expected an error");
}

const EXPECTED_IDS = ["VALIDATE", "PROBLEMS", "ISSUES", "CROSSCHECK", "SUMMARY", "GAPS", "READINESS", "CONCENTRATION"];

let generated: { metadataJson: string; associate: { functionName: string; id: string }[]; errors: string[] };
let metadata: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE, false);
  metadata = JSON.parse(generated.metadataJson).functions;
});

describe("the generated metadata", () => {
  it("declares SPEC's eight functions with the expected argument shapes", () => {
    expect(generated.errors).toEqual([]);
    expect(metadata.map((f) => f.id)).toEqual(EXPECTED_IDS);
    const shape = (id: string) =>
      metadata
        .find((f) => f.id === id)!
        .parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.dimensionality ?? "scalar"}`);
    expect(shape("VALIDATE")).toEqual(["range:matrix", "tab?:scalar"]);
    expect(shape("PROBLEMS")).toEqual(["range:matrix", "tab?:scalar", "mapping?:matrix"]);
    expect(shape("ISSUES")).toEqual(["range:matrix", "tab?:scalar", "severity?:scalar"]);
    expect(shape("CROSSCHECK")).toEqual(["foundation:matrix", "assets:matrix", "leadership:matrix", "partners:matrix"]);
    expect(shape("SUMMARY")).toEqual(["partners:matrix", "groupBy?:scalar"]);
    expect(shape("GAPS")).toEqual(["assets:matrix"]);
    expect(shape("READINESS")).toEqual(["foundation:matrix", "initiative:scalar"]);
    expect(shape("CONCENTRATION")).toEqual(["partners:matrix"]);
    for (const id of ["VALIDATE", "PROBLEMS", "CROSSCHECK", "SUMMARY", "GAPS"]) {
      expect(metadata.find((f) => f.id === id)!.result.dimensionality).toBe("matrix");
    }
    for (const id of ["ISSUES", "READINESS", "CONCENTRATION"]) {
      expect(metadata.find((f) => f.id === id)!.result.type).toBe("number");
    }
  });
});

describe("functions.ts registered through the associate calls the build appends", () => {
  const runtime = fakeRuntime();

  beforeAll(async () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime.CustomFunctions;
    const mod = (await import("../../src/functions/functions")) as unknown as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    for (const a of generated.associate) runtime.CustomFunctions.associate(a.id, mod[a.functionName]);
  });
  afterAll(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("answers every id", () => {
    expect([...runtime.registered.keys()]).toEqual(EXPECTED_IDS);
  });

  it("VALIDATE with the tab omitted infers it", () => {
    const result = callAsExcel(runtime.registered, metadata, "VALIDATE", sampleSheet("Leadership")) as unknown[][];
    expect(result[1][3]).toBe("No issues found: 7 Leadership rows checked.");
  });

  it("errors are Excel's CustomFunctions.Error with the right code", () => {
    const err = failure(() => callAsExcel(runtime.registered, metadata, "READINESS", sampleSheet("Foundation"), "ZZZ"));
    expect(err).toBeInstanceOf(ExcelError);
    expect(err.code).toBe("#N/A");
  });
});

describe("the production bundle dist/functions.js", () => {
  const runtime = fakeRuntime();
  let distMetadata: FunctionMetadata[];

  beforeAll(() => {
    const missing = ["functions.js", "functions.json"].filter((f) => !fs.existsSync(path.join(DIST, f)));
    if (missing.length) throw new Error(`dist/ lacks ${missing.join(", ")}: run npm run build first (npm test does)`);
    distMetadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;
    const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    vm.runInNewContext(code, { CustomFunctions: runtime.CustomFunctions, console }, { filename: "functions.js" });
  });

  it("ships the metadata generated from today's functions.ts", () => {
    expect(distMetadata).toEqual(metadata);
  });

  it("registers one function per metadata entry, by id", () => {
    expect([...runtime.registered.keys()].sort()).toEqual(distMetadata.map((f) => f.id).sort());
  });

  it("runs every function on the sample tracker, optional arguments passed as null", () => {
    const call = (id: string, ...args: unknown[]) => callAsExcel(runtime.registered, distMetadata, id, ...args);
    const f = sampleSheet("Foundation");
    const a = sampleSheet("Assets");
    const l = sampleSheet("Leadership");
    const p = sampleSheet("Partners");
    expect((call("VALIDATE", p) as unknown[][])[1][3]).toBe("No issues found: 8 Partners rows checked.");
    expect(call("ISSUES", p)).toBe(0);
    const spelled = p.map((row) => [...row]);
    spelled[3][p[0].indexOf("Sector")] = "business";
    expect((call("PROBLEMS", spelled) as unknown[][])[1].slice(0, 6)).toEqual([
      "spelling.sector",
      "Sector",
      "warning",
      "business",
      1,
      4,
    ]);
    expect((call("CROSSCHECK", f, a, l, p) as unknown[][])[0]).toEqual([
      "Tab",
      "Row",
      "Column",
      "Severity",
      "Message",
      "Rule",
    ]);
    const summary = call("SUMMARY", p) as unknown[][];
    expect(summary[summary.length - 1]).toEqual(["Total", 8, 1835000, 985000]);
    expect((call("GAPS", a) as unknown[][])[1][5]).toBe(200000);
    expect(call("READINESS", f, "SPACE-01")).toBe(1);
    expect(call("CONCENTRATION", p)).toBeCloseTo(500000 / 1835000);
  });

  it("turns bad arguments into Excel errors with messages", () => {
    const call = (id: string, ...args: unknown[]) => callAsExcel(runtime.registered, distMetadata, id, ...args);
    const noHeader = failure(() => call("VALIDATE", sampleSheet("Partners").slice(1)));
    expect(noHeader.constructor).toBe(ExcelError);
    expect(noHeader.code).toBe("#VALUE!");
    expect(noHeader.message).toMatch(/tblPartners\[#All\]/);
    expect(failure(() => call("ISSUES", sampleSheet("Partners"), "Donors")).message).toMatch(/Unknown tab "Donors"/);
    expect(failure(() => call("READINESS", sampleSheet("Foundation"), "NOPE")).code).toBe("#N/A");
  });
});
