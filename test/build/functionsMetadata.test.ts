import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./projectCopy";

/**
 * Excel never calls a custom function whose range argument holds an error cell unless functions.json
 * sets the top-level `allowErrorForDataTypeAny: true` (learn.microsoft.com custom-functions-json and
 * custom-functions-errors). The generator cannot emit it; scripts/functions-metadata.js adds it to the
 * generated file in the webpack build. `npm test` builds before jest, so dist/ is that build.
 */

const { allowErrorsInRanges } = require("../../scripts/functions-metadata") as {
  allowErrorsInRanges(text: string): string;
};

interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: { id: string; parameters: Parameter[] }[];
}

describe("functions.json post-processing", () => {
  test("adds the top-level flag and keeps everything the generator wrote", () => {
    const generated = { allowCustomDataForDataTypeAny: true, functions: [{ id: "X", name: "X", parameters: [] }] };
    const out = JSON.parse(allowErrorsInRanges(JSON.stringify(generated))) as Metadata;
    expect(out).toEqual({ ...generated, allowErrorForDataTypeAny: true });
  });

  test("refuses text that is not custom-functions metadata, so the build fails instead of shipping it", () => {
    expect(() => allowErrorsInRanges("{}")).toThrow(/functions/);
    expect(() => allowErrorsInRanges('{"functions":[]}')).toThrow(/functions/);
    expect(() => allowErrorsInRanges("not json")).toThrow();
  });

  const built = path.join(ROOT, "dist", "functions.json");
  const maybe = fs.existsSync(built) ? test : test.skip;
  maybe("the built functions.json lets error cells reach every range parameter", () => {
    const metadata = JSON.parse(fs.readFileSync(built, "utf8")) as Metadata;
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    // The flag applies to parameters of type any only: a range typed number[][] would be stopped again.
    const ranges = metadata.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => ({ fn: f.id, ...p })),
    );
    expect(ranges.length).toBeGreaterThanOrEqual(metadata.functions.length);
    for (const p of ranges)
      expect({ fn: p.fn, name: p.name, type: p.type }).toEqual({ fn: p.fn, name: p.name, type: "any" });
  });
});
