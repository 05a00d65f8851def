#!/usr/bin/env node
// `npm run check:determinism`: the same sources must give the same site, byte for byte — no
// timestamps, random ids or unordered iteration may leak into dist/.
//
//   node scripts/check-determinism.mjs           build once more into .cache/determinism-b and
//                                                compare with dist/ (right after `npm run build`,
//                                                as in `npm test`)
//   node scripts/check-determinism.mjs --twice   build twice into .cache/determinism-a and -b and
//                                                compare those (independent of dist/)
//   --no-png-cache                               render every PNG again too (slow: ≈ 80 % of a build)
//
// Why the second build may take its PNGs from the render cache and still prove determinism:
// a PNG in the cache is stored under the SHA-256 of its complete input (SVG text, render options,
// resvg's version, font bytes; src/charts/png-cache.ts). The second build recomputes every SVG
// from the sources and looks its PNG up by that hash, so (1) if any image's SVG came out
// different, its key differs and the lookup misses — the check counts misses through
// NTM_PNG_CACHE_LOG and fails on any; (2) every file, PNGs included, is still compared byte for
// byte with the first build. What the cache skips is only resvg turning identical SVG into pixels
// a second time; that step is pure (tests/unit/images.test.ts renders one SVG twice, uncached,
// and compares the bytes), and with the cache the site no longer depends on it anyway: identical
// inputs are written as the identical stored bytes. Everything else — every page, SVG, JSON, CSV,
// script and stylesheet — is built again from scratch.
//
// Compares the SHA-256 of every file (sha256sum manifests), prints each difference (with the first differing line of a
// text file) and exits 1 on any. Builds run one after another: two Astro builds of one project
// at once race on .astro/ and Vite's caches.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const twice = process.argv.includes("--twice");
const noCache = process.argv.includes("--no-png-cache");
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...(noCache ? { NTM_PNG_CACHE: "off" } : {}) };
const t0 = Date.now();
const missLog = ".cache/determinism-png-misses.log";
/** @returns {number} PNGs the build had to render (not found in the cache) */
const build = (/** @type {string} */ outDir) => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(missLog, { force: true });
  const s = Date.now();
  execFileSync("npx", ["astro", "build", "--outDir", outDir], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NTM_PNG_CACHE_LOG: missLog } });
  // The precompressed copies, as `npm run build` writes them (from the compression cache when the files are identical).
  execFileSync("node", ["scripts/compress.mjs"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NTM_DIST: outDir } });
  const misses = existsSync(missLog) ? readFileSync(missLog, "utf8").split("\n").filter(Boolean).length : 0;
  console.log(`built ${outDir} in ${((Date.now() - s) / 1000).toFixed(0)} s (${noCache ? "PNG cache off" : `${misses} PNG(s) rendered, the rest from the cache`})`);
  return misses;
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
const missesB = build(B);

// The comparison is a checksum diff: a `sha256sum` manifest of each tree (coreutils, sorted by path),
// kept in .cache/determinism/ so that `diff .cache/determinism/a.sha256 .cache/determinism/b.sha256`
// shows it again; this script only adds the first differing line of each text file.
mkdirSync(".cache/determinism", { recursive: true });
/** @returns {Map<string, string>} path → SHA-256, from a sha256sum manifest written beside the cache */
const manifest = (/** @type {string} */ root, /** @type {string} */ name) => {
  const text = execFileSync("sh", ["-c", "find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum"], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  writeFileSync(`.cache/determinism/${name}.sha256`, text);
  return new Map(text.split("\n").filter(Boolean).map((l) => [l.slice(66).replace(/^\.\//, ""), l.slice(0, 64)]));
};
const a = manifest(A, "a");
const b = manifest(B, "b");
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
// The second build renders nothing new: every PNG input (SVG + options) hashed to a key the first build stored.
if (!noCache && missesB > 0) diff.push(`${missesB} PNG input(s) of the second build differ from the first build's (render-cache misses; see ${missLog})`);
for (const d of diff) console.error(d);
console.log(`check:determinism: ${a.size} files compared, ${diff.length} difference(s), ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
rmSync(B, { recursive: true, force: true });
if (twice) rmSync(A, { recursive: true, force: true });
process.exit(diff.length ? 1 : 0);
