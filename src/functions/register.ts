/**
 * Entry of functions.js. Outside Excel (the page in a plain browser, a test) there is no
 * CustomFunctions runtime, and the `CustomFunctions.associate` calls that the metadata plugin appends
 * to functions.ts would throw; load the functions only where Excel provides the runtime.
 */
if (typeof CustomFunctions !== "undefined") {
  require("./functions");
}
