#!/usr/bin/env node
// `npm test`: every check in order, failing fast. Ends with one plain line,
// "N passed, N failed", adding up the unit and end-to-end test counts.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, rmSync, existsSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

/** Each step: a name, a command, and where to read its test counts from (if it runs tests). */
const steps = [
  { name: "type check (astro check)", cmd: ["npx", "astro", "check"] },
  {
    name: "unit tests (vitest)",
    cmd: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
    counts: "test-results/vitest.json",
    read: (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }),
  },
  { name: "data check", cmd: ["npm", "run", "-s", "data:check"] },
  { name: "production build", cmd: ["npm", "run", "-s", "build"] },
  { name: "deterministic build (second build, PNGs by content hash, byte for byte)", cmd: ["npm", "run", "-s", "check:determinism"], optional: "check:determinism" },
  { name: "HTML validity and internal links", cmd: ["npm", "run", "-s", "check:html"], optional: "check:html" },
  { name: "budget", cmd: ["npm", "run", "-s", "budget"], optional: "budget" },
  {
    // @playwright/test (playwright.config.ts): it serves dist/ itself; its JSON reporter gives the counts.
    name: "end-to-end tests (Playwright, Chromium)",
    cmd: ["npx", "playwright", "test"],
    counts: "test-results/e2e.json",
    read: (j) => ({ passed: (j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0), failed: j.stats?.unexpected ?? 0 }),
    skip: process.env.SKIP_E2E === "1" && "SKIP_E2E=1: end-to-end tests skipped on request.",
  },
];

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
let passed = 0;
let failed = 0;
const started = Date.now();
/** Seconds per step, printed at the end (the README's CI row comes from them). */
const timings = [];

for (const step of steps) {
  if (step.optional && !pkg.scripts?.[step.optional]) continue;
  if (step.skip) {
    console.log(`\n━━ ${step.name}: ${step.skip}`);
    continue;
  }
  if (step.counts) rmSync(step.counts, { force: true });
  console.log(`\n━━ ${step.name}: ${step.cmd.join(" ")}`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: "inherit", env });
  if (step.counts && existsSync(step.counts)) {
    const c = step.read(JSON.parse(readFileSync(step.counts, "utf8")));
    passed += c.passed ?? 0;
    failed += c.failed ?? 0;
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (step.name === "production build") env.BUILD_SECONDS = secs; // the budget step reports it
  if (r.status !== 0) {
    console.log(`\n✗ ${step.name} failed (exit ${r.status ?? r.signal}) after ${secs} s; stopping here.`);
    if (failed === 0) failed = 1; // a failed step with no counted test still counts as a failure
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${secs} s)`);
  timings.push({ name: step.name, secs });
}

console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
for (const t of timings) console.log(`  ${t.secs.padStart(6)} s  ${t.name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
