/**
 * End-to-end tests: @playwright/test driving Debian's Chromium (no browser download: .npmrc has
 * ignore-scripts and `npx playwright install` is never run), against the built dist/ served by
 * scripts/serve.mjs (precompressed brotli/gzip, the site's 404 page, the base path).
 *
 *   npm run test:e2e                       all files (npm test runs them after the build)
 *   npx playwright test tests/e2e/map.test.ts -g "slider"     one file, one test
 *   E2E_WORKERS=1 npx playwright test      one worker (default 2: one per core)
 *
 * Converting a node:test e2e file (node:test + playwright-core + ./browser's launch()):
 *   node scripts/e2e-convert.mjs tests/e2e/<file>.test.ts
 * swaps the imports, takes the browser from Playwright's `browser` fixture in test.beforeAll and
 * moves `{ timeout }` into test.setTimeout; node:assert assertions stay as they are. Tests run
 * fully parallel: a file whose tests share state adds `test.describe.configure({ mode: "default" })`.
 *
 * The server listens where the build says the site lives (the canonical URL in dist/index.html)
 * when that is 127.0.0.1:<port>: embed codes copied from the pages then work as pasted on the
 * second origin of tests/e2e/embed.test.ts. Build with NTM_SITE=http://127.0.0.1:<port> to move it.
 * Any other origin (a production build): a free port.
 */
import { defineConfig } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/e2e/browser";

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need it.\n` +
      `Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium/Chrome binary, or set SKIP_E2E=1 (npm test) to skip these tests on purpose.`,
  );
}
if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` first (npm test does it for you).");

// The config is evaluated again in every worker: the port chosen here travels to them in E2E_PORT.
if (!process.env.E2E_PORT) {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync("dist/index.html", "utf8"))?.[1];
  const built = canonical ? new URL(canonical) : undefined;
  process.env.E2E_PORT =
    built && built.hostname === "127.0.0.1" && built.port
      ? built.port
      : execFileSync(process.execPath, ["-e", 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'], { encoding: "utf8" });
}
const port = Number(process.env.E2E_PORT);
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}${base}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.test.ts",
  // Test files share nothing but the read-only server; tests in a file each open their own context.
  fullyParallel: true,
  // Two workers on the 2-core CI machine. Measured on four files (22 tests) at load ≈ 20: one worker
  // 129 s, two 73 s. More than two only queue for the same two cores.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Generous: a shared 2-core machine is slow; the admin tests set their own, longer timeout.
  timeout: 180_000,
  // One retry in CI, as Playwright's own template does: a test that passes only on its retry is listed as
  // "flaky" on the console and in test-results/e2e.json, so it is seen and mended, not hidden (three such
  // races were found and fixed on 2026-12-06: a half-written file, a lazy iframe, the editor's locale).
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Artifacts of failed tests; the screenshots the tests take themselves go to test-results/ (browser.ts).
  outputDir: "test-results/playwright",
  reporter: [
    ["list"],
    // scripts/test.mjs adds this file's counts to the unit tests' for npm test's last line.
    ["json", { outputFile: "test-results/e2e.json" }],
    ["junit", { outputFile: "test-results/e2e-junit.xml" }],
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --quiet`,
    url: process.env.E2E_BASE_URL,
    // A server already on the port may serve another build: fail (Playwright says the port is in use).
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
