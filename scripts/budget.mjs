#!/usr/bin/env node
// `npm run budget`: what each page costs to load, against the budgets in DESIGN.md and issue 21.
// Every page of every type is weighed; the table shows, per type, the heaviest page of that type.
// Prints a Markdown table (the README shows it; `--markdown` prints the table only) and exits 1
// when any page is over budget. Builds first when dist/ is missing. BUILD_SECONDS, if set, is
// reported (not failed on: wall-clock time depends on the machine's load).
//
// Bytes transferred, as `npm start` sends them: each file's precompressed brotli copy written at
// build (dist/**.br, scripts/compress.mjs), or its gzip level 9 size where there is none. Counted:
// the HTML (inline SVG and inline CSS included; the inline SVG share is shown separately), external
// stylesheets, JS (every module script and modulepreload the page names, plus the chunks they
// import statically, transitively) and the web fonts its CSS declares (WOFF2, already compressed).
// Images are not counted (lazy / the browser's choice). Also failed on: more than one
// render-blocking stylesheet, a first screen (head with its inline CSS, headline, key numbers, the
// first chart's frame) that does not fit in the first 14 KB of the response (the first round trip), and web fonts over 40 KB in all.
//
// Why our own script and not a budget tool (issue 20 asked; checked in December 2026):
//  - size-limit sums the files of each entry you list: it has no notion of a page, of what a page
//    pulls in (its module graph, the fonts its CSS declares), of "the heaviest page of each type",
//    nor of the precompressed copies a page is actually served as.
//  - bundlewatch limits single files, not a page's total.
//  - Lighthouse CI budgets (`resourceSizes` per URL path) do weigh a page as loaded, fonts included,
//    but only by loading each URL in Chromium (≈ 20 s a page on this machine, so a sample, not every
//    page of every type), and they cannot express the first-14-KB and render-blocking rules.
// What this script adds is only the page model above; compression is node:zlib, parsing regexes.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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
/** Bytes on the wire: the .br copy beside the file if the build wrote one, else gzip -9; fonts as they are. */
const gz = (/** @type {string} */ file) => {
  if (!gzCache.has(file)) {
    const n = /\.woff2$/.test(file)
      ? statSync(file).size
      : existsSync(`${file}.br`)
        ? statSync(`${file}.br`).size
        : gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, n);
  }
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

/** Web fonts a stylesheet declares (url(…woff2) in @font-face), as files; relative URLs resolve against the CSS file or the page. */
function fonts(/** @type {string} */ cssText, /** @type {string} */ from) {
  return [...cssText.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => (m[1].startsWith("/") ? fileOf(m[1]) : join(dirname(from), m[1])));
}

/** Brotli at the quality scripts/compress.mjs uses for a file of this size. */
const brotli = (/** @type {string} */ text) => {
  const b = Buffer.from(text);
  return brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: b.length > 150 * 1024 ? 11 : 6, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length;
};

function weigh(/** @type {string} */ file) {
  const text = readFileSync(file, "utf8");
  const links = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  const css = links.map((l) => fileOf(/href="([^"]+)"/.exec(l)?.[1] ?? "")).filter((f) => existsSync(f));
  // Render-blocking: a stylesheet link for all media (not print, not disabled).
  const blocking = links.filter((l) => !/\bmedia="(?!all|screen)[^"]*"/.test(l) && !/\bdisabled\b/.test(l)).length;
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
  const fontFiles = new Set([...fonts(inlineCss, file), ...css.flatMap((f) => fonts(readFileSync(f, "utf8"), f))].filter((f) => existsSync(f)));
  const html = gz(file);
  // The inline SVG's share: how much smaller the compressed page is without it (same compressor as the page's).
  const pack = existsSync(`${file}.br`) ? brotli : (/** @type {string} */ t) => gzipSync(Buffer.from(t), { level: 9 }).length;
  const svg = html - pack(text.replace(/<svg[\s\S]*?<\/svg>/g, ""));
  // The first screen's markup, compressed: the head (with the inline CSS), the headline, the key
  // numbers and the map's frame (its <svg> tag with the viewBox that sizes it), or up to </h1> on a page without a chart.
  const h1 = text.indexOf("</h1>") + 5;
  const svgAt = text.indexOf("<svg");
  const end = Math.max(h1, svgAt >= 0 ? text.indexOf(">", svgAt) + 1 : 0, text.indexOf("</head>") + 7);
  const first = pack(text.slice(0, end));
  const w = {
    html,
    svg,
    css: css.reduce((a, f) => a + gz(f), 0),
    js: scripts(text).reduce((a, f) => a + gz(f), 0),
    fonts: [...fontFiles].reduce((a, f) => a + gz(f), 0),
    blocking,
    first,
  };
  return { ...w, total: w.html + w.css + w.js + w.fonts };
}

const FIRST = 14 * 1024;
const STORY = { name: "story", total: 100 * 1024, js: 8 * 1024 };
const COMMUNE = { name: "commune", total: 50 * 1024, js: 8 * 1024 };
const EMBED = { name: "embed", total: 40 * 1024, js: 8 * 1024 };
/** DESIGN.md budgets: commune pages, embeds, and the story budget for every other page. */
/**
 * The form-based editor (/admin/, /admin/en/) is a tool for editors, not a page for readers: it is
 * the Decap CMS bundle (about 1.5 MB gzip), loaded by nothing else. Its own budget keeps it from
 * growing unnoticed (a second bundle, source maps).
 */
const ADMIN = { name: "editor", total: 1800 * 1024, js: 1750 * 1024 };
const budgetOf = (/** @type {string} */ type) => (/^\/admin\//.test(type) ? ADMIN : /^\/(en\/)?embed\//.test(type) ? EMBED : /^\/(xa|en\/commune)\/\*\/$/.test(type) ? COMMUNE : STORY);
const over = (/** @type {ReturnType<typeof weigh>} */ w, /** @type {typeof STORY} */ b) => w.total > b.total || w.js > b.js || (b !== ADMIN && (w.blocking > 1 || w.first > FIRST));

const rows = [];
const overs = [];
for (const t of pageTypes()) {
  const budget = budgetOf(t.type);
  let heaviest;
  for (const f of t.files) {
    const w = weigh(f);
    if (over(w, budget))
      overs.push(
        `${f}: ${kb(w.total)} KB transferred, JS ${kb(w.js)} KB, ${w.blocking} render-blocking stylesheet(s), first screen ${kb(w.first)} KB ` +
          `(budget ${kb(budget.total)} / JS ${kb(budget.js)} / 1 / ${kb(FIRST)})`,
      );
    if (!heaviest || w.total > heaviest.w.total) heaviest = { f, w };
  }
  if (!heaviest) continue;
  const { w } = heaviest;
  const bad = over(w, budget);
  const name = t.count > 1 ? `${t.type} (${t.count} pages; heaviest ${heaviest.f.slice(DIST.length).replace(/index\.html$/, "")})` : t.type;
  rows.push(
    `| ${name} | ${kb(w.html)} | ${kb(w.svg)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.fonts)} | **${kb(w.total)}** | ${w.blocking} | ${kb(w.first)} | ${budget.name} ${kb(budget.total)} / JS ${kb(budget.js)} | ${bad ? "❌ over" : "✅"} |`,
  );
}
// Every web font the site ships, all weights together.
const walk = (/** @type {string} */ d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const allFonts = walk(DIST).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
const fontBytes = allFonts.reduce((a, f) => a + statSync(f).size, 0);
const FONTS = 40 * 1024;
if (fontBytes > FONTS) overs.push(`web fonts: ${allFonts.length} file(s), ${kb(fontBytes)} KB in all (budget ${kb(FONTS)} KB)`);
const markdownOnly = process.argv.includes("--markdown");
const table = [
  "| page type | HTML | of which inline SVG | CSS | JS | fonts | transferred | blocking CSS | first screen | budget | |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
  ...rows,
].join("\n");
if (!markdownOnly)
  console.log(
    "Bytes transferred per page, KB (brotli as served, fonts included, images not; HTML includes inline SVG and CSS; " +
      "first screen = compressed markup up to the headline and the first chart's frame, budget 14 KB):\n",
  );
console.log(table);
console.log(`\n| web fonts, all weights | ${allFonts.length} file(s) | ${kb(fontBytes)} KB | budget ${kb(FONTS)} KB | ${fontBytes > FONTS ? "❌ over" : "✅"} |\n|---|---|---|---|---|`);
if (process.env.BUILD_SECONDS) {
  const secs = Number(process.env.BUILD_SECONDS);
  console.log(`\n| build time | ${secs.toFixed(0)} s | budget 30 s on 2 cores | ${secs > 30 ? "⚠️ over (not a failure: timing depends on load)" : "✅"} |\n|---|---|---|---|`);
}
if (!markdownOnly) {
  for (const o of overs) console.error(`over budget: ${o}`);
  console.log(overs.length ? `\n${overs.length} page(s) over budget.` : "\nAll pages within budget.");
}
process.exit(overs.length ? 1 : 0);
