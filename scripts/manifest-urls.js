/*
 * Rewrites the development host in manifest.xml for a release build. Kept apart from
 * webpack.config.js so it can be unit tested: test/build/manifest-urls.test.ts.
 */
const DEV_ORIGIN = "https://localhost:3000";
const DEV_SUPPORT_URL = "https://partnership-tracker.example.org/support";

/** The production base URL from ADDIN_PUBLIC_URL (must be https), with a trailing slash. */
function publicUrlFrom(value) {
  if (!value) return `${DEV_ORIGIN}/`;
  if (!/^https:\/\/[^/\s]+/.test(value)) throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL, got "${value}"`);
  return value.endsWith("/") ? value : `${value}/`;
}

/** AppDomain takes an origin; every other URL takes the full base (which may have a path). */
function rewriteManifest(xml, publicUrl, supportUrl = DEV_SUPPORT_URL) {
  const origin = new URL(publicUrl).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(publicUrl)
    .split(DEV_SUPPORT_URL)
    .join(supportUrl);
}

module.exports = { DEV_ORIGIN, DEV_SUPPORT_URL, publicUrlFrom, rewriteManifest };
