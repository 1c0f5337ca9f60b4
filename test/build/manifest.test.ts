import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { ROOT } from "./projectCopy";

const { publicUrlFrom, rewriteManifest } = require("../../scripts/manifest-urls");

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function validate(xml: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  return spawnSync("node", [path.join(ROOT, "scripts", "validate-manifest.js"), file], { encoding: "utf8" });
}

describe("npm run validate (offline)", () => {
  it("passes the project's manifest", () => {
    const run = validate(manifest);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("fails when an element is out of order", () => {
    // <Version> must follow <Id>: swap them.
    const swapped = manifest.replace(/(\s*<Id>[^<]*<\/Id>)(\s*<Version>[^<]*<\/Version>)/, "$2$1");
    expect(swapped).not.toBe(manifest);
    const run = validate(swapped);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/schema validation failed[\s\S]*Version|Id/);
  });

  it("fails when a resid does not resolve", () => {
    const broken = manifest.replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tooltipp"');
    const run = validate(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('resid "TaskpaneButton.Tooltipp" does not resolve');
  });

  it("declares what the add-in needs: shared runtime, PARTNERS namespace, ReadWriteDocument", () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/id="Functions.Namespace" DefaultValue="PARTNERS"/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    for (const size of [16, 32, 64, 80, 128])
      expect(fs.existsSync(path.join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  });
});

describe("production host from ADDIN_PUBLIC_URL", () => {
  it("rewrites every dev URL, and AppDomain to the origin", () => {
    const out: string = rewriteManifest(
      manifest,
      publicUrlFrom("https://tracker.city.gov/addin"),
      "https://city.gov/help",
    );
    expect(out).not.toContain("https://localhost");
    expect(out).toContain("<AppDomain>https://tracker.city.gov</AppDomain>");
    expect(out).toContain('DefaultValue="https://tracker.city.gov/addin/taskpane.html"');
    expect(out).toContain('<SupportUrl DefaultValue="https://city.gov/help"/>');
    expect(validate(out).status).toBe(0);
  });

  it("refuses a non-https host", () => {
    expect(() => publicUrlFrom("http://tracker.city.gov")).toThrow(/https/);
  });
});
