#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 (mobile: simulated slow 4G, 4× CPU slowdown) with the system
// Chromium against the built site served as `npm start` serves it (precompressed brotli/gzip), on
// the story page /, one commune page and the map embed /embed/map/. Prints the table with each
// goal of issue 21. Not part of `npm test`: the figures are timings and depend on the machine's
// load (the byte budgets, which are deterministic, are in `npm run budget`).
//
//   node scripts/lighthouse.mjs [--markdown] [/path/ …]     other pages instead of the three
// Reports go to test-results/lighthouse-<page>.json.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { pageTypes } from "./page-types.mjs";
import { CHROMIUM_FLAGS, serveDist } from "./serve-local.mjs";

const run = promisify(execFile);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync("dist/index.html")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium} (sudo apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}
const args = process.argv.slice(2);
const markdown = args.includes("--markdown");
const commune = pageTypes().find((t) => t.type === "/xa/*/")?.path ?? "/xa/";
const pages = args.filter((a) => a.startsWith("/"));
if (pages.length === 0) pages.push("/", commune, "/embed/map/");

const { origin, base, stop } = await serveDist();

const flags = CHROMIUM_FLAGS;
mkdirSync("test-results", { recursive: true });
const rows = [];
try {
  for (const path of pages) {
    const out = `test-results/lighthouse-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.json`;
    const url = `${origin}${base}${path.replace(/^\//, "")}`;
    await run(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        url,
        "--quiet",
        `--chrome-flags=${flags.join(" ")}`,
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
      ],
      { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
    const noindex = lhr.audits["is-crawlable"]?.score === 0;
    rows.push({
      path,
      perf: score("performance"),
      fcp: audit("first-contentful-paint") / 1000,
      lcp: audit("largest-contentful-paint") / 1000,
      cls: audit("cumulative-layout-shift"),
      tbt: audit("total-blocking-time"),
      a11y: score("accessibility"),
      bp: score("best-practices"),
      seo: score("seo"),
      noindex,
      kb: audit("total-byte-weight") / 1024,
    });
  }
} finally {
  stop();
}

const ok = (b) => (b ? "✅" : "❌");
const lines = [
  "| page | performance (≥ 98) | FCP | LCP (≤ 1.5 s) | CLS (≤ 0.02) | TBT | accessibility (100) | best practices (100) | SEO (100; noindex embeds excepted) | transferred |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.path} | ${r.perf} ${ok(r.perf >= 98)} | ${r.fcp.toFixed(2)} s | ${r.lcp.toFixed(2)} s ${ok(r.lcp <= 1.5)} | ${r.cls.toFixed(3)} ${ok(r.cls <= 0.02)} | ${r.tbt.toFixed(0)} ms | ` +
      `${r.a11y} ${ok(r.a11y === 100)} | ${r.bp} ${ok(r.bp === 100)} | ${r.seo}${r.noindex ? " (noindex)" : ""} ${ok(r.seo === 100 || r.noindex)} | ${r.kb.toFixed(1)} KB |`,
  ),
];
if (!markdown) console.log("Lighthouse 12, mobile (simulated slow 4G, 4× CPU), served compressed from dist/:\n");
console.log(lines.join("\n"));
