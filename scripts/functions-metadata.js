/*
 * Post-processes the functions.json that custom-functions-metadata generates from the JSDoc.
 *
 * Excel does not call a custom function at all when any cell of a range argument holds an error
 * (#N/A, #REF! …) unless the metadata sets the top-level `allowErrorForDataTypeAny: true`; it then
 * passes error cells of parameters of type `any` (our range parameters are `any[][]`) to the
 * function ("Manually create JSON metadata for custom functions", learn.microsoft.com/office/dev/
 * add-ins/excel/custom-functions-json, the metadata example and "allowErrorForDataTypeAny"; and
 * "Handle and return errors from your custom function", custom-functions-errors). The generator has
 * no JSDoc tag for it, so the flag is added here, to the generated file, on every build (production
 * and dev server alike) — never to a hand-kept copy.
 */
const FUNCTIONS_JSON = "functions.json";

/** The generated metadata text with the top-level flags set; throws on anything that is not the metadata. */
function allowErrorsInRanges(jsonText) {
  const metadata = JSON.parse(jsonText);
  if (!metadata || !Array.isArray(metadata.functions) || metadata.functions.length === 0) {
    throw new Error(`${FUNCTIONS_JSON} does not look like custom-functions metadata (no "functions" array)`);
  }
  // Key order matters to nobody but readers: flags first, as in Microsoft's example.
  const { functions, ...rest } = metadata;
  return JSON.stringify({ ...rest, allowErrorForDataTypeAny: true, functions }, null, 4);
}

/** Webpack plugin: rewrites the functions.json asset after CustomFunctionsMetadataPlugin added it. */
class AllowErrorsInRangesPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AllowErrorsInRangesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AllowErrorsInRangesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_JSON);
          // A build without the metadata would register no function: fail it rather than ship it.
          if (!asset) {
            if (compilation.errors.length === 0)
              compilation.errors.push(new WebpackError(`${FUNCTIONS_JSON} was not generated`));
            return;
          }
          try {
            const text = allowErrorsInRanges(asset.source.source().toString());
            compilation.updateAsset(FUNCTIONS_JSON, new sources.RawSource(text));
          } catch (e) {
            compilation.errors.push(new WebpackError(String(e.message || e)));
          }
        },
      );
    });
  }
}

module.exports = { allowErrorsInRanges, AllowErrorsInRangesPlugin, FUNCTIONS_JSON };
