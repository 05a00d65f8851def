#!/usr/bin/env node
// One-off migration aid: turns an end-to-end file written for node:test + playwright-core
// (tests/e2e/browser.ts's `launch()` in before/after) into a @playwright/test file, keeping every
// assertion as it is (node:assert works inside Playwright Test; a thrown AssertionError fails the test).
//   node scripts/e2e-convert.mjs tests/e2e/press-kit.test.ts [more files]   (rewrites them in place)
// What it does: imports `test` from @playwright/test; `before`/`after` that launched and closed a
// browser become test.beforeAll taking Playwright's worker-scoped `browser` fixture (launched with
// playwright.config.ts's system Chromium and flags); `test(title, { timeout }, fn)` becomes
// test.setTimeout inside the body. Files run fully parallel: a file whose tests share state (files
// on disk, a server's memory) must add `test.describe.configure({ mode: "default" })` by hand.
// Delete this script once no branch has node:test e2e files left.
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  let s = readFileSync(file, "utf8");
  const before = s;
  s = s.replace(/^import \{[^}]*\} from "node:test";$/m, 'import { test } from "@playwright/test";');
  s = s.replace(/from "playwright-core";/g, 'from "@playwright/test";');
  // before(async () => { …; browser = await launch(); … })  →  test.beforeAll(async ({ browser: shared }) => { …; browser = shared; … })
  s = s.replace(/^before\(async \(\) => \{\n((?:.*\n)*?)\}\);\n/m, (_, body) => {
    const b = body.replace(/^(\s*)browser = await launch\(\);$/m, "$1browser = shared;");
    return b === body ? `test.beforeAll(async () => {\n${body}});\n` : `test.beforeAll(async ({ browser: shared }) => {\n${b}});\n`;
  });
  s = s.replace(/^after\(async \(\) => \{\n((?:.*\n)*?)\}\);\n/m, (_, body) => {
    const b = body.replace(/^\s*await browser\?\.close\(\);\n/m, ""); // Playwright closes its own browser
    return b.trim() ? `test.afterAll(async () => {\n${b}});\n` : "";
  });
  s = s.replace(/import \{ ([^}]*)\} from "\.\/browser";/, (m, names) => {
    const kept = names.split(",").map((n) => n.trim()).filter((n) => n && n !== "launch");
    return kept.length ? `import { ${kept.join(", ")} } from "./browser";` : "";
  });
  // test(title, { timeout: N } | SLOW, async () => {  →  test(title, async () => { test.setTimeout(…)
  s = s.replace(/,\s*(\{\s*timeout:\s*[^}]+\}|[A-Z_]+),\s*async \(\) => \{\n/g, ", async () => {\n  test.setTimeout(($1).timeout);\n");
  if (/\bbefore\(|\bafter\(|\blaunch\(\)/.test(s.replace(/\/\/.*$/gm, ""))) console.warn(`${file}: a before/after/launch() left for a hand edit`);
  if (s !== before) writeFileSync(file, s);
  console.log(`${file}: ${s === before ? "nothing to convert" : "converted"}`);
}
