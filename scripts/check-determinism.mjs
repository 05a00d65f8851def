#!/usr/bin/env node
// `npm run check:determinism`: build a second time into another folder and compare every file
// of dist/ byte for byte (SHA-256). No timestamps or random ids may leak into the output.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const A = "dist";
const B = ".cache/determinism-dist";
if (!existsSync(join(A, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
rmSync(B, { recursive: true, force: true });
execFileSync("npx", ["astro", "build", "--outDir", B], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });

const walk = (d) => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]));
const hashes = (root) => new Map(walk(root).map((f) => [relative(root, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
const a = hashes(A);
const b = hashes(B);
b.set("_headers", a.get("_headers")); // written by scripts/headers.mjs into dist/ only
const diff = [];
for (const [f, h] of a) if (b.get(f) !== h) diff.push(b.has(f) ? `differs: ${f}` : `only in first build: ${f}`);
for (const f of b.keys()) if (!a.has(f)) diff.push(`only in second build: ${f}`);
for (const d of diff) console.error(d);
console.log(`check:determinism: ${a.size} files compared, ${diff.length} difference(s).`);
rmSync(B, { recursive: true, force: true });
process.exit(diff.length ? 1 : 0);
