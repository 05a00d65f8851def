#!/usr/bin/env node
// `npm run bench`: how long a year change takes on the map page, in headless
// Chromium, against a baseline that re-renders the whole SVG with d3.
// Prints median and 95th percentile; no pass/fail (budgets live in `npm run budget`).
//
//   --reduced-motion   no colour transitions          --quick   20 changes instead of 100
//   --json             print the figures as one JSON line (tests/e2e/bench.test.ts uses it)
//   --url URL          bench a site already served there instead of serving dist/ itself
//
// The d3 baseline is injected into the shipped page, whose Content-Security-Policy allows only the
// site's own scripts: the bench's browser context bypasses the CSP (Playwright's bypassCSP), as a
// measuring tool may; the page as readers get it is unchanged.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, serveDist } from "./serve-local.mjs";
import { STATUSES } from "../src/lib/status-codes.mjs";

const argv = process.argv.slice(2);
const CHANGES = argv.includes("--quick") ? 20 : 100;
const json = argv.includes("--json");
const given = argv.includes("--url") ? argv[argv.indexOf("--url") + 1] : undefined;
let server;
let siteUrl = given;
if (!siteUrl) {
  if (!existsSync("dist/index.html")) {
    console.error("dist/ is missing: run `npm run build` first.");
    process.exit(1);
  }
  server = await serveDist();
  siteUrl = server.url;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
});
try {
  const reduced = process.argv.includes("--reduced-motion");
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, reducedMotion: reduced ? "reduce" : "no-preference", bypassCSP: true });
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page.waitForSelector("figure.ntm-map input.year-slider");
  await page.addScriptTag({ path: "node_modules/d3/dist/d3.min.js" });

  const result = await page.evaluate(async ([n, names]) => {
    // The free-play map (the story's sticky map above it has no slider).
    const fig = document.querySelector("figure.ntm-map:has(input.year-slider)");
    const slider = fig.querySelector("input.year-slider");
    const years = JSON.parse(fig.querySelector("script.map-data").textContent).years;
    const data = JSON.parse(fig.querySelector("script.map-data").textContent);
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
    };
    const run = (fn) => {
      for (let i = 0; i < 10; i++) fn(years[i % years.length]); // warm up
      const times = [];
      for (let i = 0; i < n; i++) {
        const y = years[i % years.length];
        const t0 = performance.now();
        fn(y);
        void document.body.offsetHeight; // include the style recalculation the change causes
        times.push(performance.now() - t0);
      }
      return stats(times);
    };
    // Ours: the shipped island reacts to the slider's input event.
    const ours = run((y) => {
      slider.value = String(y);
      slider.dispatchEvent(new Event("input"));
    });
    // Baseline: rebuild every path with d3 on each change (what a client-rendered map does).
    const svg = fig.querySelector("svg.ntm-map-svg");
    const shapes = [...svg.querySelectorAll("path[data-key]")].map((p) => ({ key: p.dataset.key, d: p.getAttribute("d") }));
    const g = d3.select(svg).select("g.units");
    const baseline = run((y) => {
      const i = years.indexOf(y);
      g.selectAll("path").remove();
      g.selectAll("path")
        .data(shapes.filter((s) => data.shapes[s.key][i] !== "-"))
        .join("path")
        .attr("d", (s) => s.d)
        .attr("class", (s) => `s-${names[Number(data.shapes[s.key][i])]}`);
    });
    return { ours, baseline, paths: shapes.length };
  }, [CHANGES, STATUSES]);

  if (json) {
    console.log(JSON.stringify({ changes: CHANGES, reducedMotion: reduced, ...result }));
    process.exitCode = 0;
  } else printTable(result, reduced);
} finally {
  await browser.close();
  server?.stop();
}

function printTable(result, reduced) {
  const f = (x) => `${x.toFixed(2)} ms`;
  console.log(`Year change on the map page, ${CHANGES} changes, ${result.paths} shapes (headless Chromium${reduced ? ", reduced motion: no colour transitions" : ""}):`);
  console.log(`  class swap (shipped):    median ${f(result.ours.median)}   p95 ${f(result.ours.p95)}`);
  console.log(`  d3 full re-render:       median ${f(result.baseline.median)}   p95 ${f(result.baseline.p95)}`);
  console.log(`  ratio (baseline / ours): median ${(result.baseline.median / result.ours.median).toFixed(1)}×`);
  const ratio = result.baseline.median / result.ours.median;
  console.log(
    `  goals (issue 21): median ≤ 1 ms → ${result.ours.median <= 1 ? "met" : "NOT met"}; p95 ≤ 3 ms → ${result.ours.p95 <= 3 ? "met" : "NOT met"}; ` +
      `≥ 3× faster than the d3 re-render → ${ratio >= 3 ? "met" : "NOT met"}`,
  );
  console.log("  (scripting plus the style recalculation each change causes; the d3 baseline rebuilds every path)");
}
