#!/usr/bin/env node
// End-to-end tests: serve the built dist/ on 127.0.0.1 and run tests/e2e/*.test.ts
// with Node's test runner driving Debian's Chromium through playwright-core.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";

mkdirSync("test-results", { recursive: true });
const record = (passed, failed) => writeFileSync("test-results/e2e.json", JSON.stringify({ passed, failed }));

if (process.env.SKIP_E2E === "1") {
  console.log("SKIP_E2E=1: end-to-end tests skipped on request.");
  record(0, 0);
  process.exit(0);
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. The end-to-end tests need it.\n` +
      `Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium/Chrome binary, or set SKIP_E2E=1 to skip these tests on purpose.`,
  );
  record(0, 1);
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first (npm test does it for you).");
  record(0, 1);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// Serve where the build says the site lives, when that is this machine (npm start's 127.0.0.1:4321,
// or NTM_SITE=http://127.0.0.1:<port> at build): embed codes copied from the pages then work as
// pasted, which tests/e2e/embed.test.ts checks. Any other origin: a free port.
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync("dist/index.html", "utf8"))?.[1];
const built = canonical ? new URL(canonical) : undefined;
let port;
if (built && built.hostname === "127.0.0.1" && built.port) {
  port = Number(built.port);
  const free = await new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
  if (!free) {
    console.error(
      `dist/ was built for ${built.origin}, but port ${port} is in use. Stop what listens there, or rebuild with ` +
        `NTM_SITE=http://127.0.0.1:<free port> npm run build.`,
    );
    record(0, 1);
    process.exit(1);
  }
} else port = await freePort();
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
const baseUrl = `http://127.0.0.1:${port}${base}`;
const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--quiet"], { stdio: "inherit" });

// Wait until the server answers.
for (let i = 0; ; i++) {
  try {
    const r = await fetch(baseUrl);
    if (r.ok) break;
  } catch {}
  if (i > 100) {
    console.error(`The preview server did not answer at ${baseUrl}.`);
    server.kill();
    record(0, 1);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}

const only = process.argv.slice(2);
const files = readdirSync("tests/e2e")
  .filter((f) => f.endsWith(".test.ts"))
  .filter((f) => only.length === 0 || only.some((o) => `tests/e2e/${f}`.includes(o.replace(/^\.\//, ""))))
  .sort()
  .map((f) => `tests/e2e/${f}`);
if (files.length === 0) {
  // Without files, node --test would go looking for tests all over the repository.
  console.error(`No e2e test file matches ${only.join(", ")} (files are in tests/e2e/).`);
  server.kill();
  record(0, 1);
  process.exit(1);
}

// Test files run in parallel, each in its own process with its own Chromium: two at a time by
// default (one per core of the 2-core CI machine; E2E_CONCURRENCY overrides). The files share
// nothing but the read-only server, and each writes only its own screenshots.
const concurrency = Math.max(1, Number(process.env.E2E_CONCURRENCY ?? Math.min(2, files.length)));
console.log(`Serving dist/ at ${baseUrl}; running ${files.length} e2e file(s), ${concurrency} at a time.`);
const started = Date.now();
const child = spawn(
  "node",
  ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, "--test-reporter=tap", ...files],
  { env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium }, stdio: ["ignore", "pipe", "inherit"] },
);
let out = "";
child.stdout.on("data", (d) => {
  out += d;
  process.stdout.write(d);
});
const code = await new Promise((r) => child.on("close", r));
server.kill();
const num = (re) => Number(out.match(re)?.[1] ?? 0);
const passed = num(/^# pass (\d+)/m);
const failed = num(/^# fail (\d+)/m) + num(/^# cancelled (\d+)/m);
record(passed, code !== 0 && failed === 0 ? 1 : failed);
console.log(`e2e: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code === 0 ? 0 : 1);
