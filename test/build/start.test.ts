import { spawn, type ChildProcess } from "child_process";
import * as https from "https";
import { ROOT } from "./projectCopy";

/**
 * `npm start` where there is no desktop Excel (this Linux machine): office-addin-debugging says
 * "platform not supported" and exits 0, so start.js must say so, serve the add-in over https on
 * port 3000 itself, and print how to sideload it into Excel on the web.
 */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

async function until<T>(what: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const v = await what();
      if (v !== undefined) return v;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 500));
  }
}

const describeOnLinux = process.platform === "linux" ? describe : describe.skip;

describeOnLinux("npm start without desktop Excel", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.pid) process.kill(-child.pid, "SIGTERM"); // the whole group: start.js and webpack serve
  });

  it("says why, serves the add-in over https and prints the Excel on the web sideload steps", async () => {
    let output = "";
    child = spawn("node", ["scripts/start.js"], { cwd: ROOT, detached: true, env: { ...process.env, CI: "true" } });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));

    const page = await until(async () => {
      const r = await get("https://localhost:3000/taskpane.html");
      return r.status === 200 ? r : undefined;
    }, 120_000);
    expect(page.body).toContain("Partnership Tracker");
    const metadata = await get("https://localhost:3000/functions.json");
    expect(JSON.parse(metadata.body).functions.length).toBeGreaterThan(0);

    expect(output).toMatch(/not supported/i);
    expect(output).toContain("Upload My Add-in");
    expect(output).toContain("manifest.xml");
  }, 150_000);
});
