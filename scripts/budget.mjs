#!/usr/bin/env node
// `npm run budget`: page weight per page type (gzip), against the budgets in DESIGN.md.
// Every page of every type is weighed; the table shows, per type, the heaviest page of that type.
// Prints a Markdown table (the README shows it; `--markdown` prints the table only) and exits 1
// when any page is over budget. Builds first when dist/ is missing. BUILD_SECONDS, if set, is
// reported (not failed on: wall-clock time depends on the machine's load).
//
// What is counted, gzip level 9: the HTML file (inline SVG and inline CSS included; the inline
// SVG share is shown separately), external stylesheets, and JS: every module script and
// modulepreload the page names, plus the chunks they import statically, transitively. Fonts and
// images are not counted (loaded lazily / by the browser's choice).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, BASE, pageTypes } from "./page-types.mjs";

if (!existsSync(join(DIST, "index.html"))) {
  if (DIST !== "dist") {
    console.error(`${DIST}/ is missing.`);
    process.exit(1);
  }
  console.error("dist/ is missing: building it first (npm run build).");
  execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
}
const gzCache = new Map();
const gz = (/** @type {string} */ file) => {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
};
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

/** A site-absolute URL (with base) → file in dist/. */
const fileOf = (/** @type {string} */ url) => {
  const p = decodeURIComponent(url.split(/[?#]/)[0]);
  return join(DIST, p.startsWith(BASE) ? p.slice(BASE.length) : p.replace(/^\//, ""));
};

/** Module scripts a page loads, following static imports between chunks. */
function scripts(/** @type {string} */ html) {
  const seen = new Set();
  const queue = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => fileOf(m[1])),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => fileOf(m[1])),
  ];
  while (queue.length) {
    const f = queue.pop();
    if (!f || seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    const js = readFileSync(f, "utf8");
    for (const m of js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
      queue.push(m[1].startsWith(".") ? join(dirname(f), m[1]) : fileOf(m[1]));
    }
  }
  return [...seen];
}

function weigh(/** @type {string} */ file) {
  const text = readFileSync(file, "utf8");
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fileOf(m[1])).filter((f) => existsSync(f));
  const html = gz(file);
  // The inline SVG's share: how much smaller the gzipped page is without it.
  const svg = html - gzipSync(Buffer.from(text.replace(/<svg[\s\S]*?<\/svg>/g, "")), { level: 9 }).length;
  const w = {
    html,
    svg,
    css: css.reduce((a, f) => a + gz(f), 0),
    js: scripts(text).reduce((a, f) => a + gz(f), 0),
  };
  return { ...w, total: w.html + w.css + w.js };
}

const STORY = { name: "story", total: 150 * 1024, js: 15 * 1024 };
const EMBED = { name: "embed", total: 60 * 1024, js: 15 * 1024 };
/**
 * The form-based editor (/admin/, /admin/en/) is a tool for editors, not a page for readers: it is
 * the Decap CMS bundle (about 1.5 MB gzip), loaded by nothing else. Its own budget keeps it from
 * growing unnoticed (a second bundle, source maps).
 */
const ADMIN = { name: "editor", total: 1800 * 1024, js: 1750 * 1024 };
/** DESIGN.md budgets: the story pages, and embeds; every other page is held to the story budget. */
const budgetOf = (/** @type {string} */ type) => (/^\/admin\//.test(type) ? ADMIN : /^\/(en\/)?embed\//.test(type) ? EMBED : STORY);

const rows = [];
const overs = [];
for (const t of pageTypes()) {
  const budget = budgetOf(t.type);
  let heaviest;
  for (const f of t.files) {
    const w = weigh(f);
    if (w.total > budget.total || w.js > budget.js) overs.push(`${f}: ${kb(w.total)} KB total, JS ${kb(w.js)} KB (budget ${kb(budget.total)} / JS ${kb(budget.js)})`);
    if (!heaviest || w.total > heaviest.w.total) heaviest = { f, w };
  }
  if (!heaviest) continue;
  const { w } = heaviest;
  const bad = w.total > budget.total || w.js > budget.js;
  const name = t.count > 1 ? `${t.type} (${t.count} pages; heaviest ${heaviest.f.slice(DIST.length).replace(/index\.html$/, "")})` : t.type;
  rows.push(
    `| ${name} | ${kb(w.html)} | ${kb(w.svg)} | ${kb(w.css)} | ${kb(w.js)} | **${kb(w.total)}** | ${budget.name} ${kb(budget.total)} / JS ${kb(budget.js)} | ${bad ? "❌ over" : "✅"} |`,
  );
}
const markdownOnly = process.argv.includes("--markdown");
const table = [
  "| page type | HTML | of which inline SVG | CSS | JS | total | budget | |",
  "|---|---:|---:|---:|---:|---:|---|---|",
  ...rows,
].join("\n");
if (!markdownOnly) console.log("Page weight, KB gzip (HTML includes inline SVG and inline CSS; fonts and images not counted):\n");
console.log(table);
if (process.env.BUILD_SECONDS) {
  const secs = Number(process.env.BUILD_SECONDS);
  console.log(`\n| build time | ${secs.toFixed(0)} s | budget 60 s on 2 cores | ${secs > 60 ? "⚠️ over (not a failure: timing depends on load)" : "✅"} |\n|---|---|---|---|`);
}
if (!markdownOnly) {
  for (const o of overs) console.error(`over budget: ${o}`);
  console.log(overs.length ? `\n${overs.length} page(s) over budget.` : "\nAll pages within budget.");
}
process.exit(overs.length ? 1 : 0);
