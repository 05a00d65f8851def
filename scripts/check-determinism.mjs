#!/usr/bin/env node
// `npm run check:determinism`: the same sources must give the same site, byte for byte — no
// timestamps, random ids or unordered iteration may leak into dist/.
//
//   node scripts/check-determinism.mjs           build once more into .cache/determinism-b and
//                                                compare with dist/ (fast: right after `npm run
//                                                build`, as in `npm test`)
//   node scripts/check-determinism.mjs --twice   build twice into .cache/determinism-a and -b and
//                                                compare those (slow, independent of dist/)
//
// Compares the SHA-256 of every file, prints each difference (with the first differing line of a
// text file) and exits 1 on any. Builds run one after another: two Astro builds of one project
// at once race on .astro/ and Vite's caches.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const twice = process.argv.includes("--twice");
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
const t0 = Date.now();
const build = (/** @type {string} */ outDir) => {
  rmSync(outDir, { recursive: true, force: true });
  const s = Date.now();
  execFileSync("npx", ["astro", "build", "--outDir", outDir], { stdio: ["ignore", "ignore", "inherit"], env });
  console.log(`built ${outDir} in ${((Date.now() - s) / 1000).toFixed(0)} s`);
};

const B = ".cache/determinism-b";
let A = "dist";
if (twice) {
  A = ".cache/determinism-a";
  build(A);
} else if (!existsSync(join(A, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first (or use --twice).");
  process.exit(1);
}
build(B);

/** @returns {string[]} */
const walk = (/** @type {string} */ d) => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]));
const hashes = (/** @type {string} */ root) => new Map(walk(root).map((f) => [relative(root, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
const a = hashes(A);
const b = hashes(B);
// Written into dist/ by scripts/headers.mjs after `astro build`, not by Astro itself.
if (A === "dist" && !b.has("_headers")) a.delete("_headers");

const firstDiff = (/** @type {string} */ f) => {
  if (!/\.(html|js|css|json|svg|xml|txt|csv|md)$/.test(f)) return "";
  const x = readFileSync(join(A, f), "utf8");
  const y = readFileSync(join(B, f), "utf8");
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const line = x.slice(0, i).split("\n").length;
  return ` (line ${line}: …${JSON.stringify(x.slice(Math.max(0, i - 30), i + 40))} vs …${JSON.stringify(y.slice(Math.max(0, i - 30), i + 40))})`;
};
const diff = [];
for (const [f, h] of a) if (b.get(f) !== h) diff.push(b.has(f) ? `differs: ${f}${firstDiff(f)}` : `only in ${A}: ${f}`);
for (const f of b.keys()) if (!a.has(f)) diff.push(`only in ${B}: ${f}`);
for (const d of diff) console.error(d);
console.log(`check:determinism: ${a.size} files compared, ${diff.length} difference(s), ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
rmSync(B, { recursive: true, force: true });
if (twice) rmSync(A, { recursive: true, force: true });
process.exit(diff.length ? 1 : 0);
