import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { FunctionError, UNEXPECTED } from "../../src/functions/functions";
import { LISTS, TABS } from "../core/imports";
import { MAX_SPILLED_ISSUES } from "../../src/core";

/**
 * Random matrices of what Excel (or a careless caller) can send — mixed types, null, huge strings,
 * ragged rows, no rows at all — fed to every function. Whatever arrives, a function either returns a
 * well-formed result or throws a CustomFunctions.Error-shaped error with a real message.
 */
const schemaWords = [
  ...new Set(TABS.flatMap((t) => t.columns.flatMap((c) => [c.name, ...(c.synonyms ?? [])]))),
  ...Object.values(LISTS).flatMap((l) => l.values),
];
const hugeString = "x".repeat(200_000);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...schemaWords), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1e6, max: 3e6 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined, "", "  "), weight: 3 },
  {
    arbitrary: fc.constantFrom("$1,200", "(5)", "3/1/2024", "2024-02-30", "13/1/2024", "Y", "no", "a@b.co"),
    weight: 2,
  },
  { arbitrary: fc.constant(hugeString), weight: 1 },
);

/** A block whose first row is often made of real headers, so the rules get exercised too. */
const matrix: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
  fc
    .tuple(
      fc.array(fc.constantFrom(...schemaWords), { minLength: 1, maxLength: 20 }),
      fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 25 }),
    )
    .map(([header, rows]) => [header, ...rows]),
  fc.constant([] as unknown[][]),
  fc.constant([[]] as unknown[][]),
);

const optionalText: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("", "Partners", "assets", "Foundation", "Leadership", "error", "warning", "all", "Sector", "Status"),
  fc.string({ maxLength: 10 }),
);

function wellFormedSpill(result: unknown): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0].length;
  expect(width).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).toHaveLength(width);
    for (const value of row) {
      const ok = typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
      if (!ok) throw new Error(`spilled cell ${String(value)} is not a string or finite number`);
    }
  }
}

function explainedError(err: unknown): void {
  if (!(err instanceof FunctionError)) throw err; // a bare exception: the property fails with it
  expect(["#VALUE!", "#N/A"]).toContain(err.code);
  expect(err.message.length).toBeGreaterThan(10);
  // The catch-all message means the core crashed on input it should have handled.
  expect(err.message).not.toContain(UNEXPECTED);
}

function outcome(call: () => unknown, check: (result: unknown) => void): void {
  let result: unknown;
  try {
    result = call();
  } catch (err) {
    explainedError(err);
    return;
  }
  check(result);
}

type Loose = (...args: unknown[]) => unknown;
const fn = (f: unknown) => f as Loose;
const RUNS = { numRuns: 150 };

describe("every function, on random input", () => {
  it("VALIDATE spills a rectangle, and ISSUES counts what it lists", () => {
    fc.assert(
      fc.property(matrix, optionalText, (m, tab) => {
        outcome(
          () => fn(functions.validate)(m, tab),
          (result) => {
            wellFormedSpill(result);
            const rows = result as unknown[][];
            expect(rows[0]).toEqual(["Row", "Column", "Severity", "Message", "Rule"]);
            const listed = rows[1][0] === "—" ? 0 : rows.length - 1;
            if (listed <= MAX_SPILLED_ISSUES) expect(fn(functions.issues)(m, tab, null)).toBe(listed);
          },
        );
      }),
      RUNS,
    );
  });

  it("ISSUES is a whole number or an explained error", () => {
    fc.assert(
      fc.property(matrix, optionalText, optionalText, (m, tab, severity) => {
        outcome(
          () => fn(functions.issues)(m, tab, severity),
          (n) => expect(Number.isInteger(n) && (n as number) >= 0).toBe(true),
        );
      }),
      RUNS,
    );
  });

  it("CROSSCHECK spills a rectangle", () => {
    fc.assert(
      fc.property(matrix, matrix, matrix, matrix, (f, a, l, p) => {
        outcome(() => fn(functions.crosscheck)(f, a, l, p), wellFormedSpill);
      }),
      RUNS,
    );
  });

  it("SUMMARY and GAPS spill rectangles", () => {
    fc.assert(
      fc.property(matrix, optionalText, (m, groupBy) => {
        outcome(() => fn(functions.summary)(m, groupBy), wellFormedSpill);
        outcome(() => fn(functions.gaps)(m), wellFormedSpill);
      }),
      RUNS,
    );
  });

  it("READINESS and CONCENTRATION are between 0 and 1", () => {
    const between = (x: unknown) => expect(typeof x === "number" && x >= 0 && x <= 1).toBe(true);
    fc.assert(
      fc.property(matrix, fc.oneof(optionalText, fc.constantFrom("SPACE-01", "x")), (m, initiative) => {
        outcome(() => fn(functions.readiness)(m, initiative), between);
        outcome(() => fn(functions.concentration)(m), between);
      }),
      RUNS,
    );
  });

  it("survive arguments that are not even matrices", () => {
    for (const odd of [null, undefined, 5, "text", [1, 2, 3], [[1], "row"], [[undefined]]]) {
      outcome(() => fn(functions.validate)(odd, null), wellFormedSpill);
      outcome(() => fn(functions.summary)(odd, null), wellFormedSpill);
      outcome(
        () => fn(functions.concentration)(odd),
        (x) => expect(typeof x).toBe("number"),
      );
    }
  });
});
