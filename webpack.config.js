/*
 * Builds the add-in into dist/:
 *  - taskpane.html + taskpane.js (UI), commands.js (ribbon), functions.js + functions.json (custom
 *    functions; functions.json is generated from the JSDoc in src/functions/functions.ts, then given
 *    the top-level allowErrorForDataTypeAny flag the generator cannot emit);
 *  - manifest.xml with the dev host rewritten to the production host (ADDIN_PUBLIC_URL) in production.
 * office.js is always loaded from Microsoft's CDN by the page (store requirement), never bundled.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const { DEV_ORIGIN, publicUrlFrom, rewriteManifest } = require("./scripts/manifest-urls");
const { AllowErrorsInRangesPlugin } = require("./scripts/functions-metadata");

/**
 * HTTPS options for the dev server. office-addin-dev-certs installs its CA with sudo, which fails on
 * Linux and CI; then we still make (or reuse) the certificate files and serve with them.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (err) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const missing = Object.values(files).some((f) => !fs.existsSync(path.join(dir, f)));
    if (missing) await devCerts.generateCertificates();
    console.warn(
      `Could not install the dev CA (${err.message.split("\n")[0]}); serving with the certificate files in ${dir}. ` +
        "Trust ca.crt in your browser to open https://localhost:3000 without a warning.",
    );
    const read = (f) => fs.readFileSync(path.join(dir, f));
    return { ca: read(files.ca), cert: read(files.cert), key: read(files.key) };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  // The one place the production host is decided: ADDIN_PUBLIC_URL (and ADDIN_SUPPORT_URL).
  const publicUrl = dev ? `${DEV_ORIGIN}/` : publicUrlFrom(process.env.ADDIN_PUBLIC_URL);
  const supportUrl = process.env.ADDIN_SUPPORT_URL;
  if (!dev && !process.env.ADDIN_PUBLIC_URL) {
    console.warn("ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at https://localhost:3000/ (fine for tests).");
  }

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // The page (Taskpane.Url, the shared runtime: learn.microsoft.com/office/dev/add-ins/develop/
      // configure-your-add-in-to-use-a-shared-runtime) registers the custom functions itself, from the
      // same bundle as the pane, so it carries the checking core once. functions.js stays whole for
      // hosts that run custom functions without the shared runtime (Functions.Script.Url).
      taskpane: ["./src/functions/register.ts", "./src/taskpane/index.ts"],
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/register.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES modules for the bundle (tsconfig's commonjs stays for jest and the CLI): webpack can then
          // join the core's modules into one scope and drop what no page uses, where commonjs left an
          // `exports.name` lookup at every call across a file — measured 2026-12-06 on the split headers
          // modules: taskpane.js 163.6 → 150.0 KB gzipped, functions.js 132 → 112 KB; every browser,
          // build and asExcel test passes on the ES-module bundle.
          use: {
            loader: "ts-loader",
            options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Error cells in a range argument reach the functions instead of stopping them (scripts/functions-metadata.js).
      new AllowErrorsInRangesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), publicUrl, supportUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? {} : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
