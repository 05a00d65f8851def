#!/usr/bin/env node
// `npm run budget`: page weight per page type (gzip), against the budgets in DESIGN.md.
// Prints a Markdown table (the README shows it) and exits 1 when a page is over budget.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
if (!existsSync(join(DIST, "index.html"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

/** A site-absolute URL (with base) → file in dist/. */
const fileOf = (url) => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]).replace(base, "/").replace(/^\//, ""));

/** Module scripts a page loads, following static imports between chunks. */
function scripts(html) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => fileOf(m[1]));
  while (queue.length) {
    const f = queue.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    const js = readFileSync(f, "utf8");
    for (const m of js.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith(".") ? join(dirname(f), m[1]) : fileOf(m[1]));
    }
  }
  return [...seen];
}

function weigh(file) {
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const js = scripts(text);
  const svg = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((a, m) => a + gz(Buffer.from(m[0])), 0);
  const w = {
    html: gz(html),
    svg,
    css: css.filter(existsSync).reduce((a, f) => a + gz(readFileSync(f)), 0),
    js: js.reduce((a, f) => a + gz(readFileSync(f)), 0),
  };
  return { ...w, total: w.html + w.css + w.js };
}

const firstPage = (dir) => {
  const d = join(DIST, dir);
  if (!existsSync(d)) return undefined;
  const sub = readdirSync(d).filter((x) => statSync(join(d, x)).isDirectory()).sort()[0];
  return sub && existsSync(join(d, sub, "index.html")) ? join(d, sub, "index.html") : undefined;
};
const STORY = { total: 150 * 1024, js: 15 * 1024 };
const EMBED = { total: 60 * 1024, js: 15 * 1024 };
const types = [
  ["story (vi)", join(DIST, "index.html"), STORY],
  ["story (en)", join(DIST, "en/index.html"), STORY],
  ["commune page", firstPage("xa"), STORY],
  ["district page", firstPage("huyen"), STORY],
  ["methodology", join(DIST, "phuong-phap/index.html"), STORY],
  ["sources", join(DIST, "nguon/index.html"), STORY],
  ["data", join(DIST, "du-lieu/index.html"), STORY],
  ["404", join(DIST, "404.html"), STORY],
];
for (const embedDir of [join(DIST, "embed"), join(DIST, "en", "embed")]) {
  if (!existsSync(embedDir)) continue;
  const walk = (d) =>
    readdirSync(d).flatMap((x) => {
      const p = join(d, x);
      return statSync(p).isDirectory() ? walk(p) : x === "index.html" ? [p] : [];
    });
  for (const f of walk(embedDir).sort()) types.push([`embed ${posix.dirname(f.replace(/\\/g, "/").replace(`${DIST}/`, "/"))}/`, f, EMBED]);
}
/** Every embed page is checked; the table shows one of each kind and the heaviest. */
const shownEmbeds = new Set(["embed /embed/map/", "embed /embed/timeline/", "embed /embed/districts/", "embed /embed/map/co-to/"]);

const rows = [];
let over = 0;
let heaviest;
let embeds = 0;
for (const [name, file, budget] of types) {
  if (!file || !existsSync(file)) continue;
  const w = weigh(file);
  const bad = w.total > budget.total || w.js > budget.js;
  if (bad) over++;
  if (name.startsWith("embed ")) {
    embeds++;
    if (!heaviest || w.total > heaviest.w.total) heaviest = { name, w };
    if (!bad && !shownEmbeds.has(name)) continue;
  }
  rows.push(
    `| ${name} | ${kb(w.html)} | ${kb(w.svg)} | ${kb(w.css)} | ${kb(w.js)} | **${kb(w.total)}** | ${kb(budget.total)} / JS ${kb(budget.js)} | ${bad ? "❌ over" : "✅"} |`,
  );
}
if (heaviest) rows.push(`| all ${embeds} embed pages (heaviest: ${heaviest.name.slice(6)}) | | | | ${kb(heaviest.w.js)} | **${kb(heaviest.w.total)}** | ${kb(EMBED.total)} | ✅ |`);
const markdownOnly = process.argv.includes("--markdown");
const table = [
  "| page type | HTML | of which inline SVG | CSS | JS | total | budget | |",
  "|---|---:|---:|---:|---:|---:|---:|---|",
  ...rows,
].join("\n");
if (!markdownOnly) console.log("Page weight, KB gzip (HTML includes inline SVG and inline CSS; fonts not counted):\n");
console.log(table);
if (process.env.BUILD_SECONDS) {
  // Reported, never failed on: a wall-clock time depends on the machine's load (page weights do not).
  const secs = Number(process.env.BUILD_SECONDS);
  console.log(`\n| build time | ${secs.toFixed(0)} s | budget 60 s on 2 cores | ${secs > 60 ? "⚠️ over (not a failure: timing depends on load)" : "✅"} |\n|---|---|---|---|`);
}
if (!markdownOnly) console.log(over ? `\n${over} page type(s) over budget.` : "\nAll page types within budget.");
process.exit(over ? 1 : 0);
