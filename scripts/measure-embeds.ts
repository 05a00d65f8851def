#!/usr/bin/env tsx
// Measures how tall each embed is at 320, 600 and 1000 px wide (both languages, live and pinned to
// every frozen release, the years with the longest captions) in Chromium, and writes the tallest,
// plus a margin, to src/charts/embed-heights.json: the iframe's height without /embed.js.
// Needs a built dist/ (npm run build). Usage: npm run measure:embeds [-- --port 4405]
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { launch } from "../tests/e2e/browser";
import { releaseVersions } from "../src/data/releases";
import { EMBED_WIDTHS } from "../src/charts/embed-heights";

const args = process.argv.slice(2);
const port = Number(args[args.indexOf("--port") + 1] || process.env.PORT || 4400 + Math.floor(Math.random() * 90));
const base = (process.env.NTM_BASE ?? "/").replace(/\/?$/, "/");
const root = `http://127.0.0.1:${port}${base}`;
const file = "src/charts/embed-heights.json";
const charts = Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, number>);
/** The years whose caption is longest (first bounded years, mid-programme, the end). */
const YEARS = [2011, 2018, 2025];
const MARGIN = 24;

const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--quiet"], { stdio: "inherit" });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(root)).ok) break;
  } catch {}
  if (i > 100) throw new Error(`no server at ${root}`);
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await launch();
const page = await (await browser.newContext()).newPage();
const out: Record<string, number> = {};
try {
  for (const chart of charts) {
    let max = 0;
    const versions = ["", ...releaseVersions().map((v) => `v${v}/`)];
    for (const prefix of ["embed/", "en/embed/"])
      for (const v of versions)
        for (const y of chart.startsWith("map") ? YEARS : [undefined]) {
          const url = `${root}${prefix}${v}${chart}/${y ? `?year=${y}` : ""}`;
          await page.setViewportSize({ width: EMBED_WIDTHS[0], height: 800 });
          await page.goto(url, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          for (const width of EMBED_WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            const h = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(document.body.getBoundingClientRect().height))));
            max = Math.max(max, h);
          }
        }
    out[chart] = Math.ceil((max + MARGIN) / 10) * 10;
    console.log(`${chart}: tallest ${Math.ceil(max)} px → ${out[chart]} px`);
  }
} finally {
  await browser.close();
  server.kill();
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${file} written.`);
